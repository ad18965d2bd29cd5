/**
 * Everything a learner can do inside a scenario attempt, as one zod discriminated union.
 * The tRPC router uses `learnerActionSchema` as its input; the engine (runtime.ts) validates each
 * action against the attempt's state. Text is trimmed; lengths and numbers are bounded.
 */
import { z } from "zod";
import { CASE_CATEGORIES, CASE_STATUSES, CHANNELS, LIFECYCLE_STAGES, REMEDY_KINDS } from "../vocabulary";

import {
  MESSAGE_CHANNELS,
  PERSON_CHANNELS,
  RECOMMENDATION_METRICS,
  SURVEY_KINDS,
} from "./learner-action-kinds";

export {
  channelHasSubject,
  MESSAGE_CHANNELS,
  METRIC_NAMES,
  type MessageChannel,
  PERSON_CHANNELS,
  PERSON_ROLES,
  type PersonChannel,
  type PersonRole,
  RECOMMENDATION_METRICS,
  type RecommendationMetric,
  SURVEY_KINDS,
  type SurveyKind,
} from "./learner-action-kinds";

/** The largest amount any single remedy may carry: £10,000. */
export const MAX_REMEDY_PENCE = 10_000_00;

/** Names every plain object has ("constructor", "__proto__", "toString"…): never a reference. */
const isObjectBuiltin = (v: string) => Object.hasOwn(Object.prototype, v);

const ref = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, `${what} is required`)
    .max(40, `${what} is too long`)
    // The engine looks references up in plain objects; "constructor" would find a function there.
    .refine((v) => !isObjectBuiltin(v), `${what} is not a reference in this scenario`);
const text = (what: string, max: number) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, `${what} cannot be empty`)
    .max(max, `${what} must be ${max} characters or fewer`);

export const learnerActionSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("send_message"),
    customerRef: ref("Customer"),
    channel: z.enum(MESSAGE_CHANNELS),
    subject: z.string().trim().max(200, "Subject must be 200 characters or fewer").optional(),
    text: text("Message", 4000),
  }),
  z.object({ type: z.literal("view_record"), customerRef: ref("Customer") }),
  z.object({ type: z.literal("add_note"), customerRef: ref("Customer"), text: text("Note", 4000) }),
  z.object({
    type: z.literal("log_call"),
    customerRef: ref("Customer"),
    direction: z.enum(["inbound", "outbound"]).optional(),
    summary: text("Call summary", 4000),
  }),
  z.object({
    type: z.literal("open_case"),
    customerRef: ref("Customer"),
    orderRef: ref("Order").optional(),
    category: z.enum(CASE_CATEGORIES),
    summary: text("Case summary", 2000),
  }),
  z.object({
    type: z.literal("update_case"),
    caseRef: ref("Case"),
    status: z.enum(CASE_STATUSES),
    note: z.string().trim().max(2000, "Note must be 2000 characters or fewer").optional(),
  }),
  z.object({ type: z.literal("close_case"), caseRef: ref("Case"), resolution: text("Resolution", 2000) }),
  z.object({
    type: z.literal("issue_remedy"),
    customerRef: ref("Customer"),
    orderRef: ref("Order"),
    sku: z
      .string()
      .trim()
      .min(1)
      .max(40)
      .refine((v) => !isObjectBuiltin(v), "SKU is not on this order")
      .optional(),
    kind: z.enum(REMEDY_KINDS),
    amountPence: z
      .number()
      .int("Amount must be a whole number of pence")
      .min(0, "Amount cannot be negative")
      .max(MAX_REMEDY_PENCE, "Amount cannot be more than £10,000.00")
      .optional(),
    note: z.string().trim().max(1000, "Note must be 1000 characters or fewer").optional(),
  }),
  z.object({
    type: z.literal("create_task"),
    customerRef: ref("Customer"),
    title: text("Task title", 200),
    dueInDays: z
      .number()
      .int()
      .min(0, "A task cannot be due in the past")
      .max(365, "A task must be due within a year"),
    note: z.string().trim().max(2000).optional(),
  }),
  z.object({
    type: z.literal("change_stage"),
    customerRef: ref("Customer"),
    stage: z.enum(LIFECYCLE_STAGES),
  }),
  z.object({
    type: z.literal("update_consent"),
    customerRef: ref("Customer"),
    channel: z.enum(CHANNELS),
    granted: z.boolean(),
    reason: text("Reason", 500),
  }),
  z
    .object({
      type: z.literal("update_preferences"),
      customerRef: ref("Customer"),
      preferredChannel: z.enum(CHANNELS).optional(),
      accessibilityNotes: z
        .string()
        .trim()
        .max(1000, "Accessibility notes must be 1000 characters or fewer")
        .optional(),
    })
    .refine((a) => a.preferredChannel !== undefined || a.accessibilityNotes !== undefined, {
      message: "Change the preferred channel or the accessibility notes",
    }),
  z.object({ type: z.literal("send_survey"), customerRef: ref("Customer"), kind: z.enum(SURVEY_KINDS) }),
  z.object({
    type: z.literal("escalate"),
    customerRef: ref("Customer"),
    caseRef: ref("Case").optional(),
    reason: text("Reason", 2000),
    /** The person (a team leader or manager in the scenario's `people`) it is routed to. */
    toRef: ref("Person").optional(),
  }),
  z.object({ type: z.literal("verify_identity"), customerRef: ref("Customer"), method: text("Method", 300) }),
  z.object({
    type: z.literal("message_person"),
    personRef: ref("Person"),
    channel: z.enum(PERSON_CHANNELS),
    text: text("Message", 4000),
    /** The customer (and case) the message is about, if any. */
    customerRef: ref("Customer").optional(),
    caseRef: ref("Case").optional(),
  }),
  z.object({ type: z.literal("answer_prompt"), promptId: ref("Question"), text: text("Answer", 4000) }),
  z.object({
    type: z.literal("make_recommendation"),
    metric: z.enum(RECOMMENDATION_METRICS),
    cause: text("Cause", 1000),
    action: text("Action", 1000),
  }),
  z.object({
    type: z.literal("wait"),
    minutes: z
      .number()
      .int("Wait a whole number of minutes")
      .min(1, "Wait at least a minute")
      .max(120, "Wait at most two hours"),
  }),
]);

export type LearnerAction = z.infer<typeof learnerActionSchema>;
export type LearnerActionType = LearnerAction["type"];
export type ActionOf<T extends LearnerActionType> = Extract<LearnerAction, { type: T }>;

/**
 * Whether an attempt's events hold anything to mark: a learner event other than opening a record
 * (which the workspace logs by itself). With nothing, every criterion is not met and the band is a Fail,
 * so the submit confirmation says so first.
 */
export const hasWorkToMark = (events: readonly { actor: string; type: string }[]): boolean =>
  events.some((e) => e.actor === "learner" && e.type !== "view_record");

export const LEARNER_ACTION_TYPES = [
  "send_message",
  "view_record",
  "add_note",
  "log_call",
  "open_case",
  "update_case",
  "close_case",
  "issue_remedy",
  "create_task",
  "change_stage",
  "update_consent",
  "update_preferences",
  "send_survey",
  "escalate",
  "verify_identity",
  "message_person",
  "answer_prompt",
  "make_recommendation",
  "wait",
] as const satisfies readonly LearnerActionType[];

/** Plain-English names for each action (for timelines and reports). */
export const ACTION_LABELS: Record<LearnerActionType, string> = {
  send_message: "Sent a message",
  view_record: "Viewed the customer record",
  add_note: "Added a note",
  log_call: "Logged a call",
  open_case: "Opened a case",
  update_case: "Updated a case",
  close_case: "Closed a case",
  issue_remedy: "Issued a remedy",
  create_task: "Created a follow-up task",
  change_stage: "Changed the lifecycle stage",
  update_consent: "Updated marketing consent",
  update_preferences: "Updated preferences",
  send_survey: "Sent a survey",
  escalate: "Escalated to a manager",
  verify_identity: "Verified identity",
  message_person: "Messaged a colleague",
  answer_prompt: "Answered a question",
  make_recommendation: "Made a recommendation",
  wait: "Waited for replies",
};

/** The customer an action is about, when the action names one directly. */
export function actionCustomerRef(action: LearnerAction): string | undefined {
  return "customerRef" in action ? action.customerRef : undefined;
}
