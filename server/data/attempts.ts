/**
 * Scenario attempts: each owns a private CRM workspace and an ordered event log. Every learner action
 * is validated by the pure engine, then stored together with the CRM change it makes in one
 * transaction; a retried action (same client id) returns what was stored the first time.
 */
import { and, asc, count, desc, eq, gt, inArray, max, or, sql } from "drizzle-orm";
import type * as schema from "@/db/schema";
import type { Scope, Store } from "@/db/store";
import { conflict, notFound } from "@/server/core/domain-errors";
import { formatPence } from "@/server/core/money";
import type {
  AttemptState,
  EngineEvent,
  LearnerEventPayload,
  PersonMessagePayload,
  StoredEvent,
} from "@/server/core/scenarios/engine-types";
import { type LearnerAction, learnerActionSchema } from "@/server/core/scenarios/learner-actions";
import { initialState } from "@/server/core/scenarios/attempt-state";
import { attemptLimitReached } from "@/server/core/scenarios/attempt-limits";
import { progressSummary } from "@/server/core/scenarios/progress";
import { applyAction, replayEvents, submitAttempt as submitInEngine } from "@/server/core/scenarios/runtime";
import { openingEvents } from "@/server/core/scenarios/scripted-customer";
import { scenarioDataset, scenarioStart } from "@/server/core/scenarios/scenario-dataset";
import type { Scenario } from "@/server/core/scenarios/scenario-schema";
import { applyOverrides, scoreAttempt, type AttemptReport } from "@/server/core/scenarios/scoring";
import { heldAssignmentIds, requireWorkable } from "./attempt-terms";
import * as commands from "./crm-commands";
import { insertDataset } from "./load-dataset";

const MINUTE = 60_000;

type AttemptRow = typeof schema.attempts.$inferSelect;

/**
 * Attempts one learner may have in progress at once, counting those they set aside by starting again
 * in the last day. Each holds a private copy of a scenario's CRM, so unlimited starts would let one
 * learner fill the disk; a lesson needs a handful at most.
 */
export const MAX_OPEN_ATTEMPTS = 20;
const RESTART_WINDOW_MS = 24 * 60 * MINUTE;

/**
 * A new attempt with its private copy of the scenario's CRM and the scenario's opening messages, in the
 * caller's write transaction (startOrResume's, which serialises starts by the same learner).
 */
export async function startAttempt(
  scope: Scope,
  input: {
    learnerId: number;
    learnerName: string;
    scenario: Scenario;
    assignmentId: number | null;
    now: Date;
  },
): Promise<AttemptRow> {
  const { scenario } = input;
  const { t, db } = scope;
  const origin = scenarioStart(scenario, input.now);
  const since = new Date(input.now.getTime() - RESTART_WINDOW_MS);
  const [open] = await db
    .select({ n: count() })
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
    );
  if (open!.n >= MAX_OPEN_ATTEMPTS) {
    throw conflict(
      `You already have ${MAX_OPEN_ATTEMPTS} attempts in progress or started again in the last day. Submit one of them (from My attempts) before starting another.`,
    );
  }
  const [ws] = await db
    .insert(t.workspaces)
    .values({ kind: "attempt", label: `${scenario.title} (${input.learnerName})`, asOf: origin })
    .returning();
  await insertDataset(scope, ws!.id, scenarioDataset(scenario, input.now));
  const state = initialState(scenario, input.now);
  const [attempt] = await db
    .insert(t.attempts)
    .values({
      learnerId: input.learnerId,
      assignmentId: input.assignmentId,
      scenarioId: scenario.id,
      workspaceId: ws!.id,
      status: "in_progress",
      progress: progressSummary(state, scenario) as unknown as Record<string, unknown>,
    })
    .returning();
  const opening = openingEvents(scenario, input.now);
  if (opening.some((e) => e.actor === "learner")) throw new Error("An opening has no learner actions.");
  await storeEvents(scope, attempt!, ws!.id, origin, input.learnerName, opening, 1, null);
  return attempt!;
}

// ------------------------------------------------------------------ prepared queries for actions

/**
 * The queries every learner action runs, built once per `db` (one SQLite connection; one PostgreSQL
 * transaction or the pool): drizzle otherwise builds each query's SQL text again on every call, which
 * cost more than running it.
 */
function buildQueries(scope: Scope) {
  const { t, db } = scope;
  const p = sql.placeholder;
  return {
    ownAttempt: scope.prepare(
      db
        .select()
        .from(t.attempts)
        .where(and(eq(t.attempts.id, p("attemptId")), eq(t.attempts.learnerId, p("learnerId")))),
      "attempts_own",
    ),
    origin: scope.prepare(
      db
        .select({ asOf: t.workspaces.asOf })
        .from(t.workspaces)
        .where(eq(t.workspaces.id, p("workspaceId"))),
      "attempts_origin",
    ),
    latestSeq: scope.prepare(
      db
        .select({ seq: max(t.attemptEvents.seq) })
        .from(t.attemptEvents)
        .where(eq(t.attemptEvents.attemptId, p("attemptId"))),
      "attempts_latest_seq",
    ),
    byClientId: scope.prepare(
      db
        .select({ seq: t.attemptEvents.seq })
        .from(t.attemptEvents)
        .where(
          and(eq(t.attemptEvents.attemptId, p("attemptId")), eq(t.attemptEvents.clientId, p("clientId"))),
        ),
      "attempts_by_client_id",
    ),
    insertEvent: scope.prepare(
      db.insert(t.attemptEvents).values({
        attemptId: p("attemptId"),
        seq: p("seq"),
        clientId: p("clientId"),
        actor: p("actor"),
        type: p("type"),
        payload: p("payload"),
        simMinute: p("simMinute"),
      }),
      "attempts_insert_event",
    ),
    customerId: scope.prepare(
      db
        .select({ id: t.customers.id })
        .from(t.customers)
        .where(and(eq(t.customers.workspaceId, p("workspaceId")), eq(t.customers.ref, p("customerRef")))),
      "attempts_customer_id",
    ),
    saveProgress: scope.prepare(
      db
        .update(t.attempts)
        // drizzle's types do not allow placeholders in set(), but it binds them with each column's encoding.
        .set({
          clockMinutes: p("clockMinutes") as unknown as number,
          actionCount: p("actionCount") as unknown as number,
          progress: p("progress") as unknown as Record<string, unknown>,
          updatedAt: p("updatedAt") as unknown as Date,
        })
        .where(eq(t.attempts.id, p("attemptId"))),
      "attempts_save_progress",
    ),
  };
}

const preparedByDb = new WeakMap<object, ReturnType<typeof buildQueries>>();

/** The prepared queries for this scope's `db`. */
function queries(scope: Scope): ReturnType<typeof buildQueries> {
  let prepared = preparedByDb.get(scope.db);
  if (!prepared) {
    prepared = buildQueries(scope);
    preparedByDb.set(scope.db, prepared);
  }
  return prepared;
}

/** A customer of the attempt's CRM, by reference (only the id: all that recording a change needs). */
async function findCustomer(scope: Scope, workspaceId: number, customerRef: string): Promise<{ id: number }> {
  const [customer] = await queries(scope).customerId({ workspaceId, customerRef });
  if (!customer) throw notFound(`Customer ${customerRef}`);
  return customer;
}

/** The attempt if this learner owns it; anything else is "not found" so ids cannot be probed. */
export async function ownAttempt(scope: Scope, learnerId: number, attemptId: number): Promise<AttemptRow> {
  const [attempt] = await queries(scope).ownAttempt({ attemptId, learnerId });
  if (!attempt) throw notFound("That attempt");
  return attempt;
}

export async function attemptOrigin(scope: Scope, attempt: AttemptRow): Promise<Date> {
  const [ws] = await queries(scope).origin({ workspaceId: attempt.workspaceId });
  if (!ws) throw notFound("The attempt's CRM");
  return ws.asOf;
}

export async function loadEvents(
  scope: Scope,
  attemptId: number,
): Promise<(StoredEvent & { clientId: string | null })[]> {
  const { t, db } = scope;
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
    .orderBy(asc(t.attemptEvents.seq));
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

/**
 * Stores one learner action with the change it makes, in one write transaction that holds the attempt
 * (see db/store.ts): the action is stored before this resolves, and a retry with the same client id
 * returns what was stored the first time.
 */
export async function act(
  store: Store,
  input: {
    learnerId: number;
    learnerName: string;
    attemptId: number;
    clientId: string;
    action: LearnerAction;
    scenario: Scenario;
    now?: Date;
  },
): Promise<ActResult> {
  let remember: (() => void) | undefined;
  const result = await store.write({ attempt: input.attemptId }, async (tx): Promise<ActResult> => {
    const attempt = await ownAttempt(tx, input.learnerId, input.attemptId);

    // A retry of an action already stored (the unique index on attempt id + client id).
    const [previous] = await queries(tx).byClientId({ attemptId: attempt.id, clientId: input.clientId });
    if (previous) {
      const events = await eventsAfter(tx, attempt.id, previous.seq - 1);
      // The id names one action: a different action under it is not a retry, and answering it as one
      // would tell the client its action was stored when it was not (probe, session 34).
      if (!sameAction(events[0]?.payload, input.action))
        throw conflict(
          "That client id was already used for another action in this attempt, so this action was not stored. Send it again with a new client id.",
        );
      const next = events.find((e) => e.seq > previous.seq && e.actor === "learner");
      return {
        duplicate: true,
        events: events
          .filter((e) => !next || e.seq < next.seq)
          .map(({ seq, actor, type, payload, simMinute }) => ({ seq, actor, type, payload, simMinute })),
        clockMinutes: attempt.clockMinutes,
      };
    }
    await requireWorkable(tx, attempt, input.now ?? new Date());

    const origin = await attemptOrigin(tx, attempt);
    const lastSeq = await latestSeq(tx, attempt.id);
    const state =
      cachedState(attempt.id, lastSeq, input.scenario, origin) ??
      replayEvents(input.scenario, origin, await loadEvents(tx, attempt.id), { trusted: true });
    // Bounded, so that marking it at submission cannot hold the server (core/scenarios/attempt-limits.ts).
    const overLimit = attemptLimitReached(state, input.action);
    if (overLimit) throw conflict(overLimit);
    const result = applyAction(input.scenario, state, input.action);
    if (!result.ok) throw result.error;

    const stored = await storeEvents(
      tx,
      attempt,
      attempt.workspaceId,
      origin,
      input.learnerName,
      result.events,
      lastSeq + 1,
      input.clientId,
    );
    await queries(tx).saveProgress({
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

/** Plain JSON with object keys sorted: two actions that mean the same write the same. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * Whether a stored learner event's action is `action`. Both are read through the schema as the engine
 * reads an action (trimmed text; a field the schema has since dropped or defaulted reads the same), so a
 * retry of the same action always matches.
 */
function sameAction(storedPayload: unknown, action: LearnerAction): boolean {
  const raw = (storedPayload as { action?: unknown } | undefined)?.action;
  const stored = learnerActionSchema.safeParse(raw);
  const sent = learnerActionSchema.safeParse(action);
  return sent.success && canonical(stored.success ? stored.data : raw) === canonical(sent.data);
}

export function submit(
  store: Store,
  input: { learnerId: number; learnerName: string; attemptId: number; scenario: Scenario; now: Date },
): Promise<AttemptRow> {
  return store.write({ attempt: input.attemptId }, async (tx) => {
    const { t, db } = tx;
    const attempt = await ownAttempt(tx, input.learnerId, input.attemptId);
    if (attempt.status === "submitted") return attempt;
    const { late } = await requireWorkable(tx, attempt, input.now);
    const events = await loadEvents(tx, attempt.id);
    const origin = await attemptOrigin(tx, attempt);
    const state = replayEvents(input.scenario, origin, events, { trusted: true });
    const result = submitInEngine(input.scenario, state);
    if (!result.ok) throw result.error;
    const stored = await storeEvents(
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
    const [done] = await db
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
      .returning();
    return done!;
  });
}

type OverrideRow = typeof schema.markOverrides.$inferSelect;

/** The stored report with the tutor's overrides applied (the stored report keeps the original marks). */
function overriddenReport(attempt: AttemptRow, overrides: OverrideRow[]): AttemptReport | null {
  if (!attempt.report) return null;
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

/** The report with any tutor overrides applied. */
export async function loadReport(scope: Scope, attempt: AttemptRow): Promise<AttemptReport | null> {
  if (!attempt.report) return null;
  const { t, db } = scope;
  const overrides = await db
    .select()
    .from(t.markOverrides)
    .where(eq(t.markOverrides.attemptId, attempt.id))
    .orderBy(asc(t.markOverrides.id));
  return overriddenReport(attempt, overrides);
}

/**
 * The learner's attempts, newest first, as the learner may see them: no report, and no marks while
 * the tutor holds them (null, with `awaitingMarks` on a submitted attempt), whatever became of the
 * attempt since: a submitted attempt the tutor then voided keeps its stored mark, and that is no more
 * the learner's to see before release. The same rule as the learner's assignment list (assignments.ts).
 */
export async function learnerAttemptList(scope: Scope, learnerId: number) {
  const { t, db } = scope;
  const rows = await db
    .select({
      id: t.attempts.id,
      scenarioId: t.attempts.scenarioId,
      assignmentId: t.attempts.assignmentId,
      status: t.attempts.status,
      startedAt: t.attempts.startedAt,
      submittedAt: t.attempts.submittedAt,
      late: t.attempts.late,
      totalPercent: t.attempts.totalPercent,
      band: t.attempts.band,
      voidKind: t.attempts.voidKind,
      voidedAt: t.attempts.voidedAt,
      voidReason: t.attempts.voidReason,
    })
    .from(t.attempts)
    .where(eq(t.attempts.learnerId, learnerId))
    .orderBy(desc(t.attempts.startedAt));
  const held = await heldAssignmentIds(
    scope,
    rows.map((a) => a.assignmentId),
  );
  return rows.map((a) => {
    const marksHeld = a.assignmentId !== null && held.has(a.assignmentId);
    return {
      ...a,
      awaitingMarks: a.status === "submitted" && marksHeld,
      totalPercent: marksHeld ? null : a.totalPercent,
      band: marksHeld ? null : a.band,
    };
  });
}

export async function latestSeq(scope: Scope, attemptId: number): Promise<number> {
  const [row] = await queries(scope).latestSeq({ attemptId });
  return row?.seq ?? 0;
}

export function eventsAfter(scope: Scope, attemptId: number, afterSeq: number) {
  const { t, db } = scope;
  return db
    .select()
    .from(t.attemptEvents)
    .where(and(eq(t.attemptEvents.attemptId, attemptId), gt(t.attemptEvents.seq, afterSeq)))
    .orderBy(asc(t.attemptEvents.seq));
}

// ------------------------------------------------------------------ writing events and CRM changes

async function storeEvents(
  scope: Scope,
  attempt: AttemptRow,
  workspaceId: number,
  origin: Date,
  learnerName: string,
  events: EngineEvent[],
  firstSeq: number,
  clientId: string | null,
): Promise<StoredEvent[]> {
  const stored: StoredEvent[] = [];
  for (const [i, event] of events.entries()) {
    const seq = firstSeq + i;
    await queries(scope).insertEvent({
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
      await applyLearnerChange(scope, { workspaceId, author: learnerName, at }, event.payload);
    else if (event.actor === "customer") {
      const customer = await findCustomer(scope, workspaceId, event.payload.customerRef);
      await commands.recordInteraction(scope, { workspaceId, author: "Customer", at }, customer.id, {
        kind: MESSAGE_KIND[event.payload.channel] ?? "message",
        direction: "inbound",
        subject: event.payload.subject ?? null,
        body: event.payload.text,
      });
    } else if (event.type === "person_message") {
      await applyPersonReply(scope, workspaceId, at, event.payload);
    }
  }
  return stored;
}

/** Another person's reply about a customer goes on the record, and the case moves on if they acted. */
async function applyPersonReply(scope: Scope, workspaceId: number, at: Date, p: PersonMessagePayload) {
  if (!p.customerRef) return;
  const { t, db } = scope;
  const customer = await findCustomer(scope, workspaceId, p.customerRef);
  let caseId: number | null = null;
  if (p.acts?.caseRef) {
    const row = await caseRow(scope, workspaceId, p.acts.caseRef);
    caseId = row.id;
    if (p.acts.caseStatus)
      await db.update(t.cases).set({ status: p.acts.caseStatus }).where(eq(t.cases.id, row.id));
  }
  if (!p.text && caseId === null) return;
  await commands.recordInteraction(scope, { workspaceId, author: p.name, at }, customer.id, {
    kind: "note",
    direction: "inbound",
    caseId,
    subject: `From ${p.name}${p.acts?.caseStatus ? ` (case now ${p.acts.caseStatus.replace(/_/g, " ")})` : ""}`,
    body: p.text || "Case updated.",
  });
}

const MESSAGE_KIND: Record<string, (typeof schema.INTERACTION_KINDS)[number]> = {
  email: "email",
  sms: "sms",
  phone: "call",
  chat: "message",
  post: "letter",
};

async function caseRow(scope: Scope, workspaceId: number, caseRef: string) {
  const { t, db } = scope;
  const [row] = await db
    .select()
    .from(t.cases)
    .where(and(eq(t.cases.workspaceId, workspaceId), eq(t.cases.ref, caseRef)))
    .limit(1);
  if (!row) throw notFound(`Case ${caseRef}`);
  return row;
}

async function orderRow(scope: Scope, workspaceId: number, orderRef: string) {
  const { t, db } = scope;
  const [row] = await db
    .select()
    .from(t.orders)
    .where(and(eq(t.orders.workspaceId, workspaceId), eq(t.orders.ref, orderRef)))
    .limit(1);
  if (!row) throw notFound(`Order ${orderRef}`);
  return row;
}

/** Mirrors a validated learner action into the attempt's CRM tables, with its timeline entry. */
async function applyLearnerChange(scope: Scope, ctx: commands.CommandContext, payload: LearnerEventPayload) {
  const { t, db } = scope;
  const a = payload.action;
  const ws = ctx.workspaceId;
  switch (a.type) {
    case "send_message": {
      const customer = await findCustomer(scope, ws, a.customerRef);
      await commands.recordInteraction(scope, ctx, customer.id, {
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
      await commands.addNote(scope, ctx, a.customerRef, a.text);
      return;
    case "log_call":
      await commands.logCall(scope, ctx, a.customerRef, a.direction ?? "outbound", a.summary);
      return;
    case "open_case": {
      const customer = await findCustomer(scope, ws, a.customerRef);
      const [row] = await db
        .insert(t.cases)
        .values({
          workspaceId: ws,
          customerId: customer.id,
          orderId: a.orderRef ? (await orderRow(scope, ws, a.orderRef)).id : null,
          ref: payload.caseRef ?? `CASE-${Date.now()}`,
          category: a.category,
          status: "open",
          summary: a.summary,
          openedAt: ctx.at,
        })
        .returning();
      await commands.recordInteraction(scope, ctx, customer.id, {
        kind: "case_update",
        caseId: row!.id,
        subject: `Case ${row!.ref} opened`,
        body: a.summary,
      });
      return;
    }
    case "update_case": {
      const row = await caseRow(scope, ws, a.caseRef);
      await db.update(t.cases).set({ status: a.status }).where(eq(t.cases.id, row.id));
      await commands.recordInteraction(scope, ctx, row.customerId, {
        kind: "case_update",
        caseId: row.id,
        subject: `Case ${row.ref}: ${a.status.replace("_", " ")}`,
        body: a.note || `Status changed to ${a.status.replace("_", " ")}.`,
      });
      return;
    }
    case "close_case": {
      const row = await caseRow(scope, ws, a.caseRef);
      await db
        .update(t.cases)
        .set({ status: "closed", resolution: a.resolution, closedAt: ctx.at })
        .where(eq(t.cases.id, row.id));
      await commands.recordInteraction(scope, ctx, row.customerId, {
        kind: "case_update",
        caseId: row.id,
        subject: `Case ${row.ref} closed`,
        body: a.resolution,
      });
      return;
    }
    case "issue_remedy": {
      const customer = await findCustomer(scope, ws, a.customerRef);
      const order = await orderRow(scope, ws, a.orderRef);
      const remedy = payload.remedy;
      const amount = remedy?.amountPence ?? a.amountPence ?? 0;
      const [openCase] = await db
        .select()
        .from(t.cases)
        .where(and(eq(t.cases.customerId, customer.id), eq(t.cases.orderId, order.id)))
        .orderBy(desc(t.cases.openedAt))
        .limit(1);
      await db.insert(t.remedies).values({
        workspaceId: ws,
        customerId: customer.id,
        orderId: order.id,
        caseId: openCase?.id ?? null,
        kind: a.kind,
        amountPence: amount,
        note: a.note ?? null,
        issuedAt: ctx.at,
      });
      if (a.kind === "refund" && amount > 0) {
        const sku = remedy?.sku ?? a.sku ?? null;
        const items = await db
          .select()
          .from(t.orderItems)
          .innerJoin(t.products, eq(t.products.id, t.orderItems.productId))
          .where(eq(t.orderItems.orderId, order.id));
        const item = items.find((i) => i.products.sku === sku) ?? items[0];
        if (item) {
          const refunded = item.order_items.refundedPence + amount;
          const value = item.order_items.unitPricePence * item.order_items.quantity;
          await db
            .update(t.orderItems)
            .set({ refundedPence: refunded, refundStatus: refunded >= value ? "full" : "partial" })
            .where(inArray(t.orderItems.id, [item.order_items.id]));
        }
      }
      const money = amount > 0 ? ` of ${formatPence(amount)}` : "";
      await commands.recordInteraction(scope, ctx, customer.id, {
        kind: "remedy",
        caseId: openCase?.id ?? null,
        subject: `${a.kind[0]!.toUpperCase()}${a.kind.slice(1)}${money} for ${a.orderRef}`,
        body: a.note || payload.summary,
      });
      return;
    }
    case "create_task":
      await commands.createTask(scope, ctx, a.customerRef, a.title, a.dueInDays, a.note);
      return;
    case "change_stage":
      await commands.changeStage(scope, ctx, a.customerRef, a.stage, payload.summary);
      return;
    case "update_consent":
      await commands.updateConsent(scope, ctx, a.customerRef, {
        channel: a.channel,
        granted: a.granted,
        method: "recorded by adviser",
        reason: a.reason,
      });
      return;
    case "update_preferences":
      await commands.updatePreferences(scope, ctx, a.customerRef, {
        preferredChannel: a.preferredChannel,
        accessibilityNotes: a.accessibilityNotes,
      });
      return;
    case "send_survey": {
      const customer = await findCustomer(scope, ws, a.customerRef);
      await commands.recordInteraction(scope, ctx, customer.id, {
        kind: "survey",
        direction: "outbound",
        subject: `${a.kind.toUpperCase()} survey sent`,
        body: payload.summary,
      });
      return;
    }
    case "escalate": {
      const customer = await findCustomer(scope, ws, a.customerRef);
      let caseId: number | null = null;
      if (a.caseRef) {
        const row = await caseRow(scope, ws, a.caseRef);
        caseId = row.id;
        await db.update(t.cases).set({ status: "escalated" }).where(eq(t.cases.id, row.id));
      }
      await commands.recordInteraction(scope, ctx, customer.id, {
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
      const customer = await findCustomer(scope, ws, payload.customerRef);
      await commands.recordInteraction(scope, ctx, customer.id, {
        kind: "note",
        direction: "outbound",
        caseId: payload.caseRef ? (await caseRow(scope, ws, payload.caseRef)).id : null,
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
      const customer = await findCustomer(scope, ws, a.customerRef);
      await commands.recordInteraction(scope, ctx, customer.id, {
        kind: "note",
        subject: "Identity verified",
        body: a.method,
      });
      return;
    }
  }
}
