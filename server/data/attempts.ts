/**
 * Scenario attempts: each owns a private CRM workspace and an ordered event log. Every learner action
 * is validated by the pure engine, then stored together with the CRM change it makes in one
 * transaction; a retried action (same client id) returns what was stored the first time.
 */
import { and, asc, desc, eq, gt, inArray, max, or, sql } from "drizzle-orm";
import type { AppDatabase, Db } from "@/db/client";
import * as t from "@/db/schema";
import { conflict, notFound } from "@/server/core/domain-errors";
import { formatPence } from "@/server/core/money";
import type {
  AttemptState,
  EngineEvent,
  LearnerEventPayload,
  PersonMessagePayload,
  StoredEvent,
} from "@/server/core/scenarios/engine-types";
import type { LearnerAction } from "@/server/core/scenarios/learner-actions";
import { initialState } from "@/server/core/scenarios/attempt-state";
import { progressSummary } from "@/server/core/scenarios/progress";
import { applyAction, replayEvents, submitAttempt as submitInEngine } from "@/server/core/scenarios/runtime";
import { openingEvents } from "@/server/core/scenarios/scripted-customer";
import { scenarioDataset, scenarioStart } from "@/server/core/scenarios/scenario-dataset";
import type { Scenario } from "@/server/core/scenarios/scenario-schema";
import { applyOverrides, scoreAttempt, type AttemptReport } from "@/server/core/scenarios/scoring";
import { requireWorkable } from "./attempt-terms";
import * as commands from "./crm-commands";
import { insertDataset } from "./load-dataset";

const MINUTE = 60_000;

type AttemptRow = typeof t.attempts.$inferSelect;

/**
 * Attempts one learner may have in progress at once, counting those they set aside by starting again
 * in the last day. Each holds a private copy of a scenario's CRM, so unlimited starts would let one
 * learner fill the disk; a lesson needs a handful at most.
 */
export const MAX_OPEN_ATTEMPTS = 20;
const RESTART_WINDOW_MS = 24 * 60 * MINUTE;

export function startAttempt(
  db: Db,
  input: {
    learnerId: number;
    learnerName: string;
    scenario: Scenario;
    assignmentId: number | null;
    now: Date;
  },
): AttemptRow {
  const { scenario } = input;
  const origin = scenarioStart(scenario, input.now);
  return db.transaction((tx) => {
    const since = new Date(input.now.getTime() - RESTART_WINDOW_MS);
    const open = tx
      .select({ n: sql<number>`count(*)` })
      .from(t.attempts)
      .where(
        and(
          eq(t.attempts.learnerId, input.learnerId),
          or(
            eq(t.attempts.status, "in_progress"),
            and(
              eq(t.attempts.status, "void"),
              eq(t.attempts.voidKind, "restarted"),
              gt(t.attempts.voidedAt, since),
            ),
          ),
        ),
      )
      .get()!.n;
    if (open >= MAX_OPEN_ATTEMPTS) {
      throw conflict(
        `You already have ${MAX_OPEN_ATTEMPTS} attempts in progress or started again in the last day. Submit one of them (from My attempts) before starting another.`,
      );
    }
    const ws = tx
      .insert(t.workspaces)
      .values({ kind: "attempt", label: `${scenario.title} (${input.learnerName})`, asOf: origin })
      .returning()
      .get();
    insertDataset(tx, ws.id, scenarioDataset(scenario, input.now));
    const state = initialState(scenario, input.now);
    const attempt = tx
      .insert(t.attempts)
      .values({
        learnerId: input.learnerId,
        assignmentId: input.assignmentId,
        scenarioId: scenario.id,
        workspaceId: ws.id,
        status: "in_progress",
        progress: progressSummary(state, scenario) as unknown as Record<string, unknown>,
      })
      .returning()
      .get();
    storeEvents(tx, attempt, ws.id, origin, input.learnerName, openingEvents(scenario, input.now), 1, null);
    return attempt;
  });
}

// ------------------------------------------------------------------ prepared queries for actions

/**
 * The queries every learner action runs, built once per database connection: drizzle otherwise
 * builds each query's SQL text again on every call, which cost more than running it.
 */
function buildQueries(db: Db) {
  const p = sql.placeholder;
  return {
    ownAttempt: db
      .select()
      .from(t.attempts)
      .where(and(eq(t.attempts.id, p("attemptId")), eq(t.attempts.learnerId, p("learnerId"))))
      .prepare(),
    origin: db
      .select({ asOf: t.workspaces.asOf })
      .from(t.workspaces)
      .where(eq(t.workspaces.id, p("workspaceId")))
      .prepare(),
    latestSeq: db
      .select({ seq: max(t.attemptEvents.seq) })
      .from(t.attemptEvents)
      .where(eq(t.attemptEvents.attemptId, p("attemptId")))
      .prepare(),
    byClientId: db
      .select({ seq: t.attemptEvents.seq })
      .from(t.attemptEvents)
      .where(and(eq(t.attemptEvents.attemptId, p("attemptId")), eq(t.attemptEvents.clientId, p("clientId"))))
      .prepare(),
    insertEvent: db
      .insert(t.attemptEvents)
      .values({
        attemptId: p("attemptId"),
        seq: p("seq"),
        clientId: p("clientId"),
        actor: p("actor"),
        type: p("type"),
        payload: p("payload"),
        simMinute: p("simMinute"),
      })
      .prepare(),
    customerId: db
      .select({ id: t.customers.id })
      .from(t.customers)
      .where(and(eq(t.customers.workspaceId, p("workspaceId")), eq(t.customers.ref, p("customerRef"))))
      .prepare(),
    saveProgress: db
      .update(t.attempts)
      // drizzle's types do not allow placeholders in set(), but it binds them with each column's encoding.
      .set({
        clockMinutes: p("clockMinutes") as unknown as number,
        actionCount: p("actionCount") as unknown as number,
        progress: p("progress") as unknown as Record<string, unknown>,
        updatedAt: p("updatedAt") as unknown as Date,
      })
      .where(eq(t.attempts.id, p("attemptId")))
      .prepare(),
  };
}

const preparedByConnection = new WeakMap<object, ReturnType<typeof buildQueries>>();

/** The prepared queries for this connection (a transaction shares its database's connection). */
function queries(db: Db): ReturnType<typeof buildQueries> {
  const connection = (db as unknown as { session: { client: object } }).session.client;
  let prepared = preparedByConnection.get(connection);
  if (!prepared) {
    prepared = buildQueries(db);
    preparedByConnection.set(connection, prepared);
  }
  return prepared;
}

/** A customer of the attempt's CRM, by reference (only the id: all that recording a change needs). */
function findCustomer(db: Db, workspaceId: number, customerRef: string): { id: number } {
  const customer = queries(db).customerId.get({ workspaceId, customerRef });
  if (!customer) throw notFound(`Customer ${customerRef}`);
  return customer;
}

/** The attempt if this learner owns it; anything else is "not found" so ids cannot be probed. */
export function ownAttempt(db: Db, learnerId: number, attemptId: number): AttemptRow {
  const attempt = queries(db).ownAttempt.get({ attemptId, learnerId });
  if (!attempt) throw notFound("That attempt");
  return attempt;
}

export function attemptOrigin(db: Db, attempt: AttemptRow): Date {
  const ws = queries(db).origin.get({ workspaceId: attempt.workspaceId });
  if (!ws) throw notFound("The attempt's CRM");
  return ws.asOf;
}

export function loadEvents(db: Db, attemptId: number): (StoredEvent & { clientId: string | null })[] {
  return db
    .select({
      seq: t.attemptEvents.seq,
      actor: t.attemptEvents.actor,
      type: t.attemptEvents.type,
      payload: t.attemptEvents.payload,
      simMinute: t.attemptEvents.simMinute,
      clientId: t.attemptEvents.clientId,
    })
    .from(t.attemptEvents)
    .where(eq(t.attemptEvents.attemptId, attemptId))
    .orderBy(asc(t.attemptEvents.seq))
    .all();
}

export interface ActResult {
  /** True when this client id had already been stored: nothing new was written. */
  duplicate: boolean;
  events: StoredEvent[];
  clockMinutes: number;
}

/**
 * Replayed attempt states, so an action does not reload and replay the whole event log. An entry is
 * used only if it was built from exactly the events in the database: the same scenario object, the
 * same origin and the attempt's latest seq, read inside the action's transaction. Events are
 * append-only, so another process that added events makes the seq differ and the state is replayed
 * from the database again. Entries are stored only after their transaction has committed; states
 * are never modified (the engine copies before it changes anything).
 */
const stateCache = new Map<
  number,
  { seq: number; scenario: Scenario; origin: number; state: AttemptState }
>();
const STATE_CACHE_SIZE = 256;

function cachedState(
  attemptId: number,
  seq: number,
  scenario: Scenario,
  origin: Date,
): AttemptState | undefined {
  const hit = stateCache.get(attemptId);
  if (!hit || hit.seq !== seq || hit.scenario !== scenario || hit.origin !== origin.getTime())
    return undefined;
  // Most recently used last, so the oldest entry is the first to go.
  stateCache.delete(attemptId);
  stateCache.set(attemptId, hit);
  return hit.state;
}

function rememberState(
  attemptId: number,
  seq: number,
  scenario: Scenario,
  origin: Date,
  state: AttemptState,
): void {
  stateCache.delete(attemptId);
  stateCache.set(attemptId, { seq, scenario, origin: origin.getTime(), state });
  if (stateCache.size > STATE_CACHE_SIZE) stateCache.delete(stateCache.keys().next().value!);
}

/** Forgets cached attempt states (tests). */
export function clearAttemptStateCache(): void {
  stateCache.clear();
}

export function act(
  db: AppDatabase,
  input: {
    learnerId: number;
    learnerName: string;
    attemptId: number;
    clientId: string;
    action: LearnerAction;
    scenario: Scenario;
    now?: Date;
  },
): ActResult {
  let remember: (() => void) | undefined;
  const result = db.transaction((tx): ActResult => {
    const attempt = ownAttempt(tx, input.learnerId, input.attemptId);

    // A retry of an action already stored (the unique index on attempt id + client id).
    const previous = queries(tx).byClientId.get({ attemptId: attempt.id, clientId: input.clientId });
    if (previous) {
      const events = eventsAfter(tx, attempt.id, previous.seq - 1);
      const next = events.find((e) => e.seq > previous.seq && e.actor === "learner");
      return {
        duplicate: true,
        events: events
          .filter((e) => !next || e.seq < next.seq)
          .map(({ seq, actor, type, payload, simMinute }) => ({ seq, actor, type, payload, simMinute })),
        clockMinutes: attempt.clockMinutes,
      };
    }
    requireWorkable(tx, attempt, input.now ?? new Date());

    const origin = attemptOrigin(tx, attempt);
    const lastSeq = latestSeq(tx, attempt.id);
    const state =
      cachedState(attempt.id, lastSeq, input.scenario, origin) ??
      replayEvents(input.scenario, origin, loadEvents(tx, attempt.id), { trusted: true });
    const result = applyAction(input.scenario, state, input.action);
    if (!result.ok) throw result.error;

    const stored = storeEvents(
      tx,
      attempt,
      attempt.workspaceId,
      origin,
      input.learnerName,
      result.events,
      lastSeq + 1,
      input.clientId,
    );
    queries(tx).saveProgress.run({
      attemptId: attempt.id,
      clockMinutes: result.state.minute,
      actionCount: result.state.log.length,
      progress: progressSummary(result.state, input.scenario),
      updatedAt: new Date(),
    });
    const newSeq = lastSeq + stored.length;
    remember = () => rememberState(attempt.id, newSeq, input.scenario, origin, result.state);
    return { duplicate: false, events: stored, clockMinutes: result.state.minute };
  });
  // Only once the transaction has committed.
  remember?.();
  return result;
}

export function submit(
  db: AppDatabase,
  input: { learnerId: number; learnerName: string; attemptId: number; scenario: Scenario; now: Date },
) {
  return db.transaction((tx) => {
    const attempt = ownAttempt(tx, input.learnerId, input.attemptId);
    if (attempt.status === "submitted") return attempt;
    const { late } = requireWorkable(tx, attempt, input.now);
    const events = loadEvents(tx, attempt.id);
    const origin = attemptOrigin(tx, attempt);
    const state = replayEvents(input.scenario, origin, events, { trusted: true });
    const result = submitInEngine(input.scenario, state);
    if (!result.ok) throw result.error;
    const stored = storeEvents(
      tx,
      attempt,
      attempt.workspaceId,
      origin,
      input.learnerName,
      result.events,
      (events.at(-1)?.seq ?? 0) + 1,
      null,
    );
    // Scored from the attempt's own start: calendar rules (a one-month deadline) depend on the date.
    const report = scoreAttempt(input.scenario, [...events, ...stored], origin);
    return tx
      .update(t.attempts)
      .set({
        status: "submitted",
        submittedAt: input.now,
        report: report as unknown as Record<string, unknown>,
        totalPercent: report.totalPercent,
        band: report.band,
        late,
        progress: progressSummary(result.state, input.scenario) as unknown as Record<string, unknown>,
        updatedAt: new Date(),
      })
      .where(eq(t.attempts.id, attempt.id))
      .returning()
      .get();
  });
}

/** The report with any tutor overrides applied (the stored report keeps the original marks). */
export function reportWithOverrides(db: Db, attempt: AttemptRow): AttemptReport | null {
  if (!attempt.report) return null;
  const overrides = db
    .select()
    .from(t.markOverrides)
    .where(eq(t.markOverrides.attemptId, attempt.id))
    .orderBy(asc(t.markOverrides.id))
    .all();
  const base = attempt.report as unknown as AttemptReport;
  if (overrides.length === 0) return base;
  // The latest override for each criterion wins; earlier ones stay in the audit trail.
  const latest = new Map(overrides.map((o) => [o.criterionId, o]));
  return applyOverrides(
    base,
    [...latest.values()].map((o) => ({
      criterionId: o.criterionId,
      newStatus: o.newStatus,
      comment: o.comment,
    })),
  );
}

export function learnerAttempts(db: Db, learnerId: number) {
  return db
    .select()
    .from(t.attempts)
    .where(eq(t.attempts.learnerId, learnerId))
    .orderBy(desc(t.attempts.startedAt))
    .all();
}

export function latestSeq(db: Db, attemptId: number): number {
  return queries(db).latestSeq.get({ attemptId })?.seq ?? 0;
}

export function eventsAfter(db: Db, attemptId: number, afterSeq: number) {
  return db
    .select()
    .from(t.attemptEvents)
    .where(and(eq(t.attemptEvents.attemptId, attemptId), gt(t.attemptEvents.seq, afterSeq)))
    .orderBy(asc(t.attemptEvents.seq))
    .all();
}

// ------------------------------------------------------------------ writing events and CRM changes

function storeEvents(
  db: Db,
  attempt: AttemptRow,
  workspaceId: number,
  origin: Date,
  learnerName: string,
  events: EngineEvent[],
  firstSeq: number,
  clientId: string | null,
): StoredEvent[] {
  const stored: StoredEvent[] = [];
  events.forEach((event, i) => {
    const seq = firstSeq + i;
    queries(db).insertEvent.run({
      attemptId: attempt.id,
      seq,
      clientId: event.actor === "learner" ? clientId : null,
      actor: event.actor,
      type: event.type,
      payload: event.payload,
      simMinute: event.simMinute,
    });
    stored.push({
      seq,
      actor: event.actor,
      type: event.type,
      payload: event.payload as unknown as Record<string, unknown>,
      simMinute: event.simMinute,
    });
    const at = new Date(origin.getTime() + event.simMinute * MINUTE);
    if (event.actor === "learner")
      applyLearnerChange(db, { workspaceId, author: learnerName, at }, event.payload);
    else if (event.actor === "customer") {
      const customer = findCustomer(db, workspaceId, event.payload.customerRef);
      commands.recordInteraction(db, { workspaceId, author: "Customer", at }, customer.id, {
        kind: MESSAGE_KIND[event.payload.channel] ?? "message",
        direction: "inbound",
        subject: event.payload.subject ?? null,
        body: event.payload.text,
      });
    } else if (event.type === "person_message") {
      applyPersonReply(db, workspaceId, at, event.payload);
    }
  });
  return stored;
}

/** Another person's reply about a customer goes on the record, and the case moves on if they acted. */
function applyPersonReply(db: Db, workspaceId: number, at: Date, p: PersonMessagePayload) {
  if (!p.customerRef) return;
  const customer = findCustomer(db, workspaceId, p.customerRef);
  let caseId: number | null = null;
  if (p.acts?.caseRef) {
    const row = caseRow(db, workspaceId, p.acts.caseRef);
    caseId = row.id;
    if (p.acts.caseStatus)
      db.update(t.cases).set({ status: p.acts.caseStatus }).where(eq(t.cases.id, row.id)).run();
  }
  if (!p.text && caseId === null) return;
  commands.recordInteraction(db, { workspaceId, author: p.name, at }, customer.id, {
    kind: "note",
    direction: "inbound",
    caseId,
    subject: `From ${p.name}${p.acts?.caseStatus ? ` (case now ${p.acts.caseStatus.replace(/_/g, " ")})` : ""}`,
    body: p.text || "Case updated.",
  });
}

const MESSAGE_KIND: Record<string, (typeof t.INTERACTION_KINDS)[number]> = {
  email: "email",
  sms: "sms",
  phone: "call",
  chat: "message",
  post: "letter",
};

function caseRow(db: Db, workspaceId: number, caseRef: string) {
  const row = db
    .select()
    .from(t.cases)
    .where(and(eq(t.cases.workspaceId, workspaceId), eq(t.cases.ref, caseRef)))
    .get();
  if (!row) throw notFound(`Case ${caseRef}`);
  return row;
}

function orderRow(db: Db, workspaceId: number, orderRef: string) {
  const row = db
    .select()
    .from(t.orders)
    .where(and(eq(t.orders.workspaceId, workspaceId), eq(t.orders.ref, orderRef)))
    .get();
  if (!row) throw notFound(`Order ${orderRef}`);
  return row;
}

/** Mirrors a validated learner action into the attempt's CRM tables, with its timeline entry. */
function applyLearnerChange(db: Db, ctx: commands.CommandContext, payload: LearnerEventPayload) {
  const a = payload.action;
  const ws = ctx.workspaceId;
  switch (a.type) {
    case "send_message": {
      const customer = findCustomer(db, ws, a.customerRef);
      commands.recordInteraction(db, ctx, customer.id, {
        kind: MESSAGE_KIND[a.channel] ?? "message",
        direction: "outbound",
        subject: a.subject ?? null,
        body: a.text,
      });
      return;
    }
    case "view_record":
      return;
    case "add_note":
      commands.addNote(db, ctx, a.customerRef, a.text);
      return;
    case "log_call":
      commands.logCall(db, ctx, a.customerRef, a.direction ?? "outbound", a.summary);
      return;
    case "open_case": {
      const customer = findCustomer(db, ws, a.customerRef);
      const row = db
        .insert(t.cases)
        .values({
          workspaceId: ws,
          customerId: customer.id,
          orderId: a.orderRef ? orderRow(db, ws, a.orderRef).id : null,
          ref: payload.caseRef ?? `CASE-${Date.now()}`,
          category: a.category,
          status: "open",
          summary: a.summary,
          openedAt: ctx.at,
        })
        .returning()
        .get();
      commands.recordInteraction(db, ctx, customer.id, {
        kind: "case_update",
        caseId: row.id,
        subject: `Case ${row.ref} opened`,
        body: a.summary,
      });
      return;
    }
    case "update_case": {
      const row = caseRow(db, ws, a.caseRef);
      db.update(t.cases).set({ status: a.status }).where(eq(t.cases.id, row.id)).run();
      commands.recordInteraction(db, ctx, row.customerId, {
        kind: "case_update",
        caseId: row.id,
        subject: `Case ${row.ref}: ${a.status.replace("_", " ")}`,
        body: a.note || `Status changed to ${a.status.replace("_", " ")}.`,
      });
      return;
    }
    case "close_case": {
      const row = caseRow(db, ws, a.caseRef);
      db.update(t.cases)
        .set({ status: "closed", resolution: a.resolution, closedAt: ctx.at })
        .where(eq(t.cases.id, row.id))
        .run();
      commands.recordInteraction(db, ctx, row.customerId, {
        kind: "case_update",
        caseId: row.id,
        subject: `Case ${row.ref} closed`,
        body: a.resolution,
      });
      return;
    }
    case "issue_remedy": {
      const customer = findCustomer(db, ws, a.customerRef);
      const order = orderRow(db, ws, a.orderRef);
      const remedy = payload.remedy;
      const amount = remedy?.amountPence ?? a.amountPence ?? 0;
      const openCase = db
        .select()
        .from(t.cases)
        .where(and(eq(t.cases.customerId, customer.id), eq(t.cases.orderId, order.id)))
        .orderBy(desc(t.cases.openedAt))
        .get();
      db.insert(t.remedies)
        .values({
          workspaceId: ws,
          customerId: customer.id,
          orderId: order.id,
          caseId: openCase?.id ?? null,
          kind: a.kind,
          amountPence: amount,
          note: a.note ?? null,
          issuedAt: ctx.at,
        })
        .run();
      if (a.kind === "refund" && amount > 0) {
        const sku = remedy?.sku ?? a.sku ?? null;
        const items = db
          .select()
          .from(t.orderItems)
          .innerJoin(t.products, eq(t.products.id, t.orderItems.productId))
          .where(eq(t.orderItems.orderId, order.id))
          .all();
        const item = items.find((i) => i.products.sku === sku) ?? items[0];
        if (item) {
          const refunded = item.order_items.refundedPence + amount;
          const value = item.order_items.unitPricePence * item.order_items.quantity;
          db.update(t.orderItems)
            .set({ refundedPence: refunded, refundStatus: refunded >= value ? "full" : "partial" })
            .where(inArray(t.orderItems.id, [item.order_items.id]))
            .run();
        }
      }
      const money = amount > 0 ? ` of ${formatPence(amount)}` : "";
      commands.recordInteraction(db, ctx, customer.id, {
        kind: "remedy",
        caseId: openCase?.id ?? null,
        subject: `${a.kind[0]!.toUpperCase()}${a.kind.slice(1)}${money} for ${a.orderRef}`,
        body: a.note || payload.summary,
      });
      return;
    }
    case "create_task":
      commands.createTask(db, ctx, a.customerRef, a.title, a.dueInDays);
      return;
    case "change_stage":
      commands.changeStage(db, ctx, a.customerRef, a.stage, payload.summary);
      return;
    case "update_consent":
      commands.updateConsent(db, ctx, a.customerRef, {
        channel: a.channel,
        granted: a.granted,
        method: "recorded by adviser",
        reason: a.reason,
      });
      return;
    case "update_preferences":
      commands.updatePreferences(db, ctx, a.customerRef, {
        preferredChannel: a.preferredChannel,
        accessibilityNotes: a.accessibilityNotes,
      });
      return;
    case "send_survey": {
      const customer = findCustomer(db, ws, a.customerRef);
      commands.recordInteraction(db, ctx, customer.id, {
        kind: "survey",
        direction: "outbound",
        subject: `${a.kind.toUpperCase()} survey sent`,
        body: payload.summary,
      });
      return;
    }
    case "escalate": {
      const customer = findCustomer(db, ws, a.customerRef);
      let caseId: number | null = null;
      if (a.caseRef) {
        const row = caseRow(db, ws, a.caseRef);
        caseId = row.id;
        db.update(t.cases).set({ status: "escalated" }).where(eq(t.cases.id, row.id)).run();
      }
      commands.recordInteraction(db, ctx, customer.id, {
        kind: "escalation",
        caseId,
        // The engine's summary names the person when the case was routed to one.
        subject: a.toRef ? payload.summary : "Escalated to a manager",
        body: a.reason,
      });
      return;
    }
    case "message_person": {
      // Internal work about a customer is on their record (the shared case history).
      if (!payload.customerRef) return;
      const customer = findCustomer(db, ws, payload.customerRef);
      commands.recordInteraction(db, ctx, customer.id, {
        kind: "note",
        direction: "outbound",
        caseId: payload.caseRef ? caseRow(db, ws, payload.caseRef).id : null,
        subject: payload.summary,
        body: a.text,
      });
      return;
    }
    case "answer_prompt":
    case "make_recommendation":
    case "wait":
      return;
    case "verify_identity": {
      const customer = findCustomer(db, ws, a.customerRef);
      commands.recordInteraction(db, ctx, customer.id, {
        kind: "note",
        subject: "Identity verified",
        body: a.method,
      });
      return;
    }
  }
}
