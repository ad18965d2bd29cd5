/**
 * Database schema. Every CRM table carries a workspace id: the seeded demo CRM is one workspace,
 * and each scenario attempt gets its own workspace holding a private copy of the scenario's data,
 * so learners in a class never see each other's changes.
 * Money is integer pence; timestamps are integer milliseconds (drizzle maps them to Date).
 */
import { sql } from "drizzle-orm";
import { sqliteTable, integer, text, index, uniqueIndex } from "drizzle-orm/sqlite-core";
import {
  LIFECYCLE_STAGES,
  CHANNELS,
  ORDER_STATUSES,
  RETURN_STATUSES,
  REFUND_STATUSES,
  FEEDBACK_KINDS,
  CASE_STATUSES,
  CASE_CATEGORIES,
  INTERACTION_KINDS,
  REMEDY_KINDS,
  ATTEMPT_STATUSES,
  VOID_KINDS,
  LATE_WORK_POLICIES,
  MARK_RELEASE_MODES,
} from "../server/core/vocabulary";

const ts = (name: string) => integer(name, { mode: "timestamp_ms" });
const createdAt = () => ts("created_at").notNull().default(sql`(unixepoch('subsec') * 1000)`);

// Re-exported so data-layer code can keep importing the vocabulary beside the tables it constrains.
export {
  LIFECYCLE_STAGES,
  CHANNELS,
  ORDER_STATUSES,
  RETURN_STATUSES,
  REFUND_STATUSES,
  FEEDBACK_KINDS,
  CASE_STATUSES,
  CASE_CATEGORIES,
  INTERACTION_KINDS,
  REMEDY_KINDS,
  ATTEMPT_STATUSES,
  VOID_KINDS,
  LATE_WORK_POLICIES,
  MARK_RELEASE_MODES,
};

export const workspaces = sqliteTable("workspaces", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  kind: text("kind", { enum: ["demo", "attempt"] }).notNull(),
  label: text("label").notNull(),
  /** The CRM's "today": recency filters and relative dates are measured from here. */
  asOf: ts("as_of").notNull(),
  createdAt: createdAt(),
});

/** The shop's catalogue is shared by every workspace. */
export const products = sqliteTable("products", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  sku: text("sku").notNull().unique(),
  name: text("name").notNull(),
  category: text("category").notNull(),
  pricePence: integer("price_pence").notNull(),
});

export const customers = sqliteTable(
  "customers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: integer("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    ref: text("ref").notNull(),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    email: text("email").notNull(),
    phone: text("phone"),
    addressLine: text("address_line"),
    town: text("town"),
    postcode: text("postcode"),
    preferredChannel: text("preferred_channel", { enum: CHANNELS }).notNull(),
    lifecycleStage: text("lifecycle_stage", { enum: LIFECYCLE_STAGES }).notNull(),
    segment: text("segment").notNull(),
    /** JSON array of strings. */
    tags: text("tags", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    accessibilityNotes: text("accessibility_notes"),
    vulnerabilityNotes: text("vulnerability_notes"),
    subscription: text("subscription", { enum: ["none", "active", "paused", "cancelled"] })
      .notNull()
      .default("none"),
    loyaltyPoints: integer("loyalty_points").notNull().default(0),
    customerSince: ts("customer_since").notNull(),
  },
  (t) => [
    uniqueIndex("customers_workspace_ref").on(t.workspaceId, t.ref),
    index("customers_workspace_name").on(t.workspaceId, t.lastName, t.firstName),
  ],
);

/** Current marketing consent per customer and channel; every change is also on the timeline. */
export const consents = sqliteTable(
  "consents",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: integer("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    channel: text("channel", { enum: CHANNELS }).notNull(),
    granted: integer("granted", { mode: "boolean" }).notNull(),
    /** How it was given or withdrawn, e.g. "checkout tick-box", "phone call". */
    method: text("method").notNull(),
    recordedAt: ts("recorded_at").notNull(),
  },
  (t) => [uniqueIndex("consents_customer_channel").on(t.customerId, t.channel)],
);

export const orders = sqliteTable(
  "orders",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: integer("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    ref: text("ref").notNull(),
    placedAt: ts("placed_at").notNull(),
    channel: text("channel", { enum: ["web", "app", "phone"] }).notNull(),
    status: text("status", { enum: ORDER_STATUSES }).notNull(),
    deliveredAt: ts("delivered_at"),
    paymentMethod: text("payment_method").notNull(),
    totalPence: integer("total_pence").notNull(),
  },
  (t) => [
    uniqueIndex("orders_workspace_ref").on(t.workspaceId, t.ref),
    index("orders_customer_placed").on(t.customerId, t.placedAt),
    index("orders_workspace_placed").on(t.workspaceId, t.placedAt),
  ],
);

export const orderItems = sqliteTable(
  "order_items",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    orderId: integer("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    productId: integer("product_id")
      .notNull()
      .references(() => products.id),
    productName: text("product_name").notNull(),
    quantity: integer("quantity").notNull(),
    unitPricePence: integer("unit_price_pence").notNull(),
    returnStatus: text("return_status", { enum: RETURN_STATUSES }).notNull().default("none"),
    refundStatus: text("refund_status", { enum: REFUND_STATUSES }).notNull().default("none"),
    refundedPence: integer("refunded_pence").notNull().default(0),
  },
  (t) => [index("order_items_order").on(t.orderId)],
);

export const feedback = sqliteTable(
  "feedback",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: integer("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    orderId: integer("order_id").references(() => orders.id, { onDelete: "set null" }),
    kind: text("kind", { enum: FEEDBACK_KINDS }).notNull(),
    /** NPS 0–10, CSAT 1–5, CES 1–7; null for comments and complaints. */
    score: integer("score"),
    comment: text("comment"),
    channel: text("channel").notNull(),
    receivedAt: ts("received_at").notNull(),
  },
  (t) => [
    index("feedback_customer").on(t.customerId),
    index("feedback_workspace_kind").on(t.workspaceId, t.kind, t.receivedAt),
  ],
);

export const cases = sqliteTable(
  "cases",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: integer("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    orderId: integer("order_id").references(() => orders.id, { onDelete: "set null" }),
    ref: text("ref").notNull(),
    category: text("category", { enum: CASE_CATEGORIES }).notNull(),
    status: text("status", { enum: CASE_STATUSES }).notNull(),
    summary: text("summary").notNull(),
    resolution: text("resolution"),
    openedAt: ts("opened_at").notNull(),
    closedAt: ts("closed_at"),
  },
  (t) => [
    uniqueIndex("cases_workspace_ref").on(t.workspaceId, t.ref),
    index("cases_customer").on(t.customerId),
  ],
);

export const remedies = sqliteTable(
  "remedies",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: integer("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    orderId: integer("order_id").references(() => orders.id, { onDelete: "set null" }),
    caseId: integer("case_id").references(() => cases.id, { onDelete: "set null" }),
    kind: text("kind", { enum: REMEDY_KINDS }).notNull(),
    amountPence: integer("amount_pence").notNull().default(0),
    note: text("note"),
    issuedAt: ts("issued_at").notNull(),
  },
  (t) => [index("remedies_customer").on(t.customerId)],
);

/** The timeline: notes, calls, messages, tasks and a record of every change made to the customer. */
export const interactions = sqliteTable(
  "interactions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: integer("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    caseId: integer("case_id").references(() => cases.id, { onDelete: "set null" }),
    kind: text("kind", { enum: INTERACTION_KINDS }).notNull(),
    direction: text("direction", { enum: ["inbound", "outbound"] }),
    subject: text("subject"),
    body: text("body").notNull(),
    author: text("author").notNull(),
    occurredAt: ts("occurred_at").notNull(),
    dueAt: ts("due_at"),
    doneAt: ts("done_at"),
  },
  (t) => [index("interactions_customer_time").on(t.customerId, t.occurredAt)],
);

// ---------------------------------------------------------------- classrooms

export const tutors = sqliteTable("tutors", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  /** Set for the demo tutor while it still has the published password: the app asks for a new one first. */
  mustChangePassword: integer("must_change_password", { mode: "boolean" }).notNull().default(false),
  createdAt: createdAt(),
});

/**
 * One row per signed-in tutor browser. The cookie carries a random token; only its SHA-256 is kept
 * here, so a copy of the database cannot be turned into cookies. Deleting a row signs that browser
 * out at once (sign-out, password change, "sign out everywhere").
 */
export const tutorSessions = sqliteTable(
  "tutor_sessions",
  {
    id: text("id").primaryKey(),
    tutorId: integer("tutor_id")
      .notNull()
      .references(() => tutors.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: ts("expires_at").notNull(),
  },
  (t) => [index("tutor_sessions_tutor").on(t.tutorId)],
);

export const classes = sqliteTable(
  "classes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    tutorId: integer("tutor_id")
      .notNull()
      .references(() => tutors.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    joinCode: text("join_code").unique(),
    joinOpen: integer("join_open", { mode: "boolean" }).notNull().default(true),
    archivedAt: ts("archived_at"),
    createdAt: createdAt(),
  },
  (t) => [index("classes_tutor").on(t.tutorId)],
);

export const learners = sqliteTable(
  "learners",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Null for a learner practising alone. */
    classId: integer("class_id").references(() => classes.id, { onDelete: "cascade" }),
    displayName: text("display_name").notNull(),
    /** Bumped when a tutor resets access: sessions carrying an older version stop working. */
    sessionVersion: integer("session_version").notNull().default(1),
    /**
     * SHA-256 of the random token in the cookie of the one device signed in as this learner; null when
     * none is (signed out, reset, removed). Knowing the cookie key is not enough to pass as a learner.
     */
    sessionHash: text("session_hash"),
    /**
     * Learners from before session tokens (cookies naming only id and session version): until this
     * time such a cookie is accepted once and swapped for a token. Null for everyone since.
     */
    legacySessionUntil: ts("legacy_session_until"),
    /**
     * When the learner last used the app on the device signed in as them (written at most every few
     * minutes): the session ends after LEARNER_IDLE_MINUTES without use (server/auth/learner-idle.ts).
     */
    sessionActiveAt: ts("session_active_at"),
    /**
     * Set when a tutor resets the learner's access; while set (and recent), the learner can rejoin
     * with the class code, the same display name and the reclaim code to pick up their own record again.
     */
    accessResetAt: ts("access_reset_at"),
    /**
     * SHA-256 of the one-time reclaim code the tutor was given at the reset: rejoining under the same
     * name takes the record back only with it. Null once used, or for a reset from before codes.
     */
    reclaimCodeHash: text("reclaim_code_hash"),
    removedAt: ts("removed_at"),
    /**
     * Set on the one learner row a tutor plays scenarios as ("preview"). It has no class, so its
     * attempts never count in any class's results.
     */
    previewTutorId: integer("preview_tutor_id").references(() => tutors.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [index("learners_class").on(t.classId), uniqueIndex("learners_preview_tutor").on(t.previewTutorId)],
);

export const assignments = sqliteTable(
  "assignments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    classId: integer("class_id")
      .notNull()
      .references(() => classes.id, { onDelete: "cascade" }),
    scenarioId: text("scenario_id").notNull(),
    dueAt: ts("due_at"),
    /** Set while the tutor has closed the assignment: learners can read their work but not add to it. */
    closedAt: ts("closed_at"),
    /** At the due date: "accept" keeps it open and flags later submissions as late; "lock" closes it. */
    lateWork: text("late_work", { enum: LATE_WORK_POLICIES }).notNull().default("accept"),
    /** Marked attempts each learner may submit; null means unlimited. */
    maxAttempts: integer("max_attempts"),
    /** "held": learners see "submitted, awaiting marks" until the tutor releases them (marksReleasedAt). */
    marksRelease: text("marks_release", { enum: MARK_RELEASE_MODES }).notNull().default("immediate"),
    marksReleasedAt: ts("marks_released_at"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("assignments_class_scenario").on(t.classId, t.scenarioId)],
);

export const attempts = sqliteTable(
  "attempts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    learnerId: integer("learner_id")
      .notNull()
      .references(() => learners.id, { onDelete: "cascade" }),
    assignmentId: integer("assignment_id").references(() => assignments.id, { onDelete: "set null" }),
    scenarioId: text("scenario_id").notNull(),
    workspaceId: integer("workspace_id")
      .notNull()
      .references(() => workspaces.id),
    /** "void": set aside (by the learner starting again, or a tutor's reset or void); kept for the record, never marked. */
    status: text("status", { enum: ATTEMPT_STATUSES }).notNull(),
    /** Simulated minutes since the scenario began. */
    clockMinutes: integer("clock_minutes").notNull().default(0),
    /** Number of stored learner actions; the live dashboard reads it without replaying events. */
    actionCount: integer("action_count").notNull().default(0),
    /** JSON progress summary (e.g. LASS steps reached) for the live dashboard. */
    progress: text("progress", { mode: "json" }).$type<Record<string, unknown>>(),
    startedAt: createdAt(),
    submittedAt: ts("submitted_at"),
    /** Scored report (JSON) as computed at submission, before any tutor override. */
    report: text("report", { mode: "json" }).$type<Record<string, unknown>>(),
    totalPercent: integer("total_percent"),
    band: text("band"),
    /** Submitted after the assignment's due date while it accepted late work. */
    late: integer("late", { mode: "boolean" }).notNull().default(false),
    /** Why the attempt was set aside, when, and by which tutor (null when the learner started again). */
    voidKind: text("void_kind", { enum: VOID_KINDS }),
    voidedAt: ts("voided_at"),
    voidedByTutorId: integer("voided_by_tutor_id").references(() => tutors.id, { onDelete: "set null" }),
    voidReason: text("void_reason"),
    updatedAt: ts("updated_at").notNull().default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [
    index("attempts_learner").on(t.learnerId, t.scenarioId),
    index("attempts_assignment").on(t.assignmentId),
  ],
);

/** Every learner action and every scripted customer reaction, in order. */
export const attemptEvents = sqliteTable(
  "attempt_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    attemptId: integer("attempt_id")
      .notNull()
      .references(() => attempts.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    /** Client-generated id for learner actions, so a retried request is stored once. */
    clientId: text("client_id"),
    actor: text("actor", { enum: ["learner", "customer", "system"] }).notNull(),
    type: text("type").notNull(),
    payload: text("payload", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    simMinute: integer("sim_minute").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("attempt_events_seq").on(t.attemptId, t.seq),
    uniqueIndex("attempt_events_client").on(t.attemptId, t.clientId),
  ],
);

/** Tutor moderation: the original mark is kept in the attempt's report; each override is audited. */
export const markOverrides = sqliteTable(
  "mark_overrides",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    attemptId: integer("attempt_id")
      .notNull()
      .references(() => attempts.id, { onDelete: "cascade" }),
    criterionId: text("criterion_id").notNull(),
    tutorId: integer("tutor_id")
      .notNull()
      .references(() => tutors.id),
    previousStatus: text("previous_status").notNull(),
    newStatus: text("new_status", { enum: ["met", "partly", "not_met"] }).notNull(),
    comment: text("comment").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("mark_overrides_attempt").on(t.attemptId, t.criterionId)],
);

/** Fixed-window counters shared by every server process (sign-in and join limits). */
export const rateLimits = sqliteTable("rate_limits", {
  key: text("key").primaryKey(),
  windowStart: integer("window_start").notNull(),
  count: integer("count").notNull(),
});

/** Small key/value store for server-wide settings (e.g. the generated session secret). */
export const appSettings = sqliteTable("app_settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});
