/**
 * The CRM's domain vocabulary: channels, lifecycle stages, statuses and kinds. It lives in the pure core
 * because the scenario engine reasons in these words; the database schema imports it (arrows point down).
 */
export const LIFECYCLE_STAGES = ["onboarding", "engagement", "loyalty", "win-back", "lapsed"] as const;
export const CHANNELS = ["email", "phone", "sms", "post"] as const;
export const ORDER_STATUSES = ["processing", "dispatched", "delivered", "cancelled"] as const;
export const RETURN_STATUSES = ["none", "requested", "returned"] as const;
export const REFUND_STATUSES = ["none", "partial", "full"] as const;
export const FEEDBACK_KINDS = ["nps", "csat", "ces", "comment", "complaint"] as const;
export const CASE_STATUSES = ["open", "in_progress", "escalated", "resolved", "closed"] as const;
export const CASE_CATEGORIES = [
  "faulty_product",
  "delivery",
  "billing",
  "service",
  "subscription",
  "data_protection",
  "accessibility",
  "other",
] as const;
export const INTERACTION_KINDS = [
  "note",
  "call",
  "email",
  "sms",
  "letter",
  "message",
  "task",
  "consent_change",
  "stage_change",
  "case_update",
  "remedy",
  "survey",
  "escalation",
] as const;
export const REMEDY_KINDS = ["refund", "replacement", "repair", "goodwill", "voucher"] as const;

// ---------------------------------------------------------------- lessons

/** "void": set aside, kept for the record and never marked. */
export const ATTEMPT_STATUSES = ["in_progress", "submitted", "void"] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];
/**
 * Why an attempt was set aside. restarted: its learner chose "Start again"; reset: a tutor gave it
 * back (it does not use up one of the attempts allowed); voided: a tutor cancelled it (it does).
 */
export const VOID_KINDS = ["restarted", "reset", "voided"] as const;
export type VoidKind = (typeof VOID_KINDS)[number];
/** What happens at an assignment's due date: keep accepting work (flagged late), or lock it. */
export const LATE_WORK_POLICIES = ["accept", "lock"] as const;
export type LateWorkPolicy = (typeof LATE_WORK_POLICIES)[number];
/** When learners see their marks: at once, or once the tutor releases them. */
export const MARK_RELEASE_MODES = ["immediate", "held"] as const;
export type MarkReleaseMode = (typeof MARK_RELEASE_MODES)[number];
