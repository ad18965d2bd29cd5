/**
 * The live dashboard: every learner in a class with their most recently active attempt.
 *
 * It reads only the attempts' stored summary columns (status, clock, action count, the small
 * `progress` JSON and the mark), never the event log, so polling it costs one indexed query however
 * long the attempts are; and because it reads the database, every server process answering a poll
 * sees the same thing.
 */
import { and, asc, desc, eq, isNull, ne, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { caseInsensitiveOrder, jsonArrayElements, jsonArrayOfRows, jsonValue } from "@/db/dialect";
import type { Scope } from "@/db/store";
import { notFound } from "@/server/core/domain-errors";
import type { ProgressSummary } from "@/server/core/scenarios/progress";
import type { LassStep } from "@/server/core/scenarios/lass-steps";
import { scenarioCoreOutcomes, scenarioLassSteps, scenarioTitle } from "./scope";
import type { LearnerStatus } from "./statuses";

/** Where a learner is with one assignment: their submitted attempt if any, else the one in progress. */
export interface AssignmentProgress {
  status: LearnerStatus;
  attemptId: number | null;
  /** Attempts made towards this assignment. */
  attempts: number;
  actions: number;
  totalPercent: number | null;
  band: string | null;
  /** Reasoning answers of the submitted attempt still awaiting the tutor's mark (the band is provisional). */
  awaitingTutor: number;
  updatedAt: Date | null;
}

export interface LiveAssignment {
  id: number;
  scenarioId: string;
  scenarioTitle: string;
  dueAt: Date | null;
  /** Its core outcomes' titles: what the tutor is told the scenario is marked on. */
  coreOutcomes: string[];
}

export interface LiveLearner {
  learnerId: number;
  displayName: string;
  status: LearnerStatus;
  /** Progress on each of the class's assignments, by assignment id (every assignment has an entry). */
  assignments: Record<number, AssignmentProgress>;
  /** The learner's most recently active attempt (any scenario), or null before they start one. */
  attempt: {
    id: number;
    scenarioId: string;
    scenarioTitle: string;
    assignmentId: number | null;
    status: "in_progress" | "submitted";
    startedAt: Date;
    submittedAt: Date | null;
    updatedAt: Date;
    actions: number;
    messages: number;
    /** The simulated clock, e.g. "Tue 14 Jan, 09:40", and minutes since the scenario began. */
    clock: string;
    simMinutes: number;
    lass: { listen: boolean; apologise: boolean; solve: boolean; thank: boolean };
    /** The LASS steps the dashboard shows for its scenario (lass-steps.ts lassStepsShown; none outside complaints). */
    lassSteps: LassStep[];
    /** Its scenario's core outcomes' titles, for a scenario whose LASS steps are not shown. */
    coreOutcomes: string[];
    /** LASS steps in the order the learner first reached them. */
    lassOrder: string[];
    customers: { name: string; mood: number; moodLabel: string }[];
    lastAction: string | null;
    /** On submission (after any tutor overrides). */
    totalPercent: number | null;
    band: string | null;
    /** Reasoning answers still awaiting the tutor's mark: the band is provisional until they are marked. */
    awaitingTutor: number;
  } | null;
}

export interface LiveClass {
  classId: number;
  className: string;
  /** The class's assignments, oldest first. */
  assignments: LiveAssignment[];
  learners: LiveLearner[];
  counts: { learners: number; notStarted: number; inProgress: number; submitted: number };
  /** The database's newest attempt change in this class (ms), so a client can tell nothing moved. */
  lastChangeAt: Date | null;
}

function progressOf(row: { progress: unknown; clockMinutes: number; actionCount: number }) {
  const p = (
    row.progress && typeof row.progress === "object" ? row.progress : {}
  ) as Partial<ProgressSummary>;
  const lass = p.lass ?? { listen: false, apologise: false, solve: false, thank: false };
  return {
    actions: typeof p.actions === "number" ? p.actions : row.actionCount,
    messages: typeof p.messages === "number" ? p.messages : 0,
    clock: typeof p.clock === "string" ? p.clock : `+${row.clockMinutes} min`,
    simMinutes: row.clockMinutes,
    lass: { listen: !!lass.listen, apologise: !!lass.apologise, solve: !!lass.solve, thank: !!lass.thank },
    lassOrder: Array.isArray(p.lassOrder)
      ? p.lassOrder.filter((s): s is string => typeof s === "string")
      : [],
    customers: Array.isArray(p.customers)
      ? p.customers.map((c) => ({ name: c.name, mood: c.mood, moodLabel: c.moodLabel }))
      : [],
    lastAction: typeof p.lastAction === "string" ? p.lastAction : null,
  };
}

/**
 * How many of an attempt's reasoning answers await the tutor: those its stored report lists as
 * awaiting, less any the tutor has since marked (an override on that criterion). Read from the
 * report's JSON and the overrides index, so the live query still never reads the event log.
 */
const awaitingCount = (scope: Scope, attemptId: SQL, report: SQL) =>
  sql`(select count(*) from ${jsonArrayElements(scope.engine, report, "awaitingTutor", "j")} where not exists (select 1 from mark_overrides m where m.attempt_id = ${attemptId} and m.criterion_id = j.value))`;

/**
 * Every learner in the class (not removed) with their most recently active attempt, in ONE query:
 * classes ⟕ learners ⟕ attempts, the attempt picked by a correlated sub-select on the
 * attempts_learner index. The class's tutor is part of the WHERE clause, so another tutor's class
 * returns no rows at all (not found).
 */
function buildLiveQuery(scope: Scope) {
  const { t, db, engine } = scope;
  const a2 = alias(t.attempts, "latest_attempt");
  const latestId = db
    .select({ id: a2.id })
    .from(a2)
    // Set-aside (void) attempts are kept for the record but are nobody's current work.
    .where(and(eq(a2.learnerId, t.learners.id), ne(a2.status, "void")))
    .orderBy(desc(a2.updatedAt), desc(a2.id))
    .limit(1);
  // Per-assignment work rides along in the same query as small JSON arrays (one row per learner).
  const assignmentsJson = sql<unknown>`(select ${jsonArrayOfRows(engine, [sql`${t.assignments.id}`, sql`${t.assignments.scenarioId}`, sql`${t.assignments.dueAt}`])}
    from ${t.assignments} where ${t.assignments.classId} = ${t.classes.id})`;
  const workJson = sql<unknown>`(select ${jsonArrayOfRows(engine, [sql`w.id`, sql`w.assignment_id`, sql`w.status`, sql`w.action_count`, sql`w.total_percent`, sql`w.band`, sql`w.updated_at`, awaitingCount(scope, sql`w.id`, sql`w.report`)])}
    from ${t.attempts} w where w.learner_id = ${t.learners.id} and w.assignment_id is not null and w.status != 'void')`;
  return scope.prepare(
    db
      .select({
        className: t.classes.name,
        assignmentsJson,
        workJson,
        learnerId: t.learners.id,
        displayName: t.learners.displayName,
        attemptId: t.attempts.id,
        scenarioId: t.attempts.scenarioId,
        assignmentId: t.attempts.assignmentId,
        status: t.attempts.status,
        clockMinutes: t.attempts.clockMinutes,
        actionCount: t.attempts.actionCount,
        progress: t.attempts.progress,
        startedAt: t.attempts.startedAt,
        submittedAt: t.attempts.submittedAt,
        updatedAt: t.attempts.updatedAt,
        totalPercent: t.attempts.totalPercent,
        band: t.attempts.band,
        // A count is a bigint on PostgreSQL, which drizzle hands back as text unless told.
        awaitingTutor: sql<
          number | null
        >`${awaitingCount(scope, sql`"attempts"."id"`, sql`"attempts"."report"`)}`.mapWith(Number),
      })
      .from(t.classes)
      .leftJoin(t.learners, and(eq(t.learners.classId, t.classes.id), isNull(t.learners.removedAt)))
      .leftJoin(t.attempts, eq(t.attempts.id, sql`(${latestId})`))
      .where(
        and(eq(t.classes.id, sql.placeholder("classId")), eq(t.classes.tutorId, sql.placeholder("tutorId"))),
      )
      .orderBy(caseInsensitiveOrder(engine, sql`${t.learners.displayName}`), asc(t.learners.id)),
    "results_live_class",
  );
}

/** The live query, built and prepared once per `db` (a SQLite connection or the pool): it is polled constantly. */
const liveQueries = new WeakMap<object, ReturnType<typeof buildLiveQuery>>();

export async function liveClass(scope: Scope, tutorId: number, classId: number): Promise<LiveClass> {
  let query = liveQueries.get(scope.db);
  if (!query) {
    query = buildLiveQuery(scope);
    liveQueries.set(scope.db, query);
  }
  const rows = await query({ classId, tutorId });
  if (rows.length === 0) throw notFound("Class");

  const assignments = parseAssignments(rows[0]!.assignmentsJson);
  const learners: LiveLearner[] = [];
  let lastChange = 0;
  for (const r of rows) {
    if (r.learnerId === null || r.displayName === null) continue;
    const work = assignmentProgress(assignments, r.workJson);
    if (r.attemptId === null || r.status === null || r.status === "void" || r.scenarioId === null) {
      learners.push({
        learnerId: r.learnerId,
        displayName: r.displayName,
        status: "not_started",
        assignments: work,
        attempt: null,
      });
      continue;
    }
    const updatedAt = r.updatedAt!;
    lastChange = Math.max(lastChange, updatedAt.getTime());
    const submitted = r.status === "submitted";
    learners.push({
      learnerId: r.learnerId,
      displayName: r.displayName,
      status: r.status,
      assignments: work,
      attempt: {
        id: r.attemptId,
        scenarioId: r.scenarioId,
        scenarioTitle: scenarioTitle(r.scenarioId),
        lassSteps: scenarioLassSteps(r.scenarioId),
        coreOutcomes: scenarioCoreOutcomes(r.scenarioId),
        assignmentId: r.assignmentId,
        status: r.status,
        startedAt: r.startedAt!,
        submittedAt: r.submittedAt,
        updatedAt,
        ...progressOf({
          progress: r.progress,
          clockMinutes: r.clockMinutes ?? 0,
          actionCount: r.actionCount ?? 0,
        }),
        totalPercent: submitted ? r.totalPercent : null,
        band: submitted ? r.band : null,
        awaitingTutor: submitted ? (r.awaitingTutor ?? 0) : 0,
      },
    });
  }
  return {
    classId,
    className: rows[0]!.className,
    assignments,
    learners,
    counts: {
      learners: learners.length,
      notStarted: learners.filter((l) => l.status === "not_started").length,
      inProgress: learners.filter((l) => l.status === "in_progress").length,
      // Who has handed work in, as the assignment table counts it: a learner trying again after submitting is both
      // working now and submitted (a lesson, session 46: "Submitted 0" beside "1 of 5 learners submitted").
      submitted: learners.filter(
        (l) => l.status === "submitted" || Object.values(l.assignments).some((a) => a.status === "submitted"),
      ).length,
    },
    lastChangeAt: lastChange > 0 ? new Date(lastChange) : null,
  };
}

/** A sub-select's JSON array of rows: text on SQLite, already parsed (or NULL when empty) on PostgreSQL. */
function jsonRows(value: unknown): unknown[][] {
  const parsed = jsonValue(value);
  return Array.isArray(parsed) ? parsed.filter((r): r is unknown[] => Array.isArray(r)) : [];
}

function parseAssignments(text: unknown): LiveAssignment[] {
  return jsonRows(text)
    .map(([id, scenarioId, dueAt]) => ({
      id: Number(id),
      scenarioId: String(scenarioId),
      scenarioTitle: scenarioTitle(String(scenarioId)),
      coreOutcomes: scenarioCoreOutcomes(String(scenarioId)),
      dueAt: typeof dueAt === "number" ? new Date(dueAt) : null,
    }))
    .sort((a, b) => a.id - b.id);
}

/**
 * A learner's progress on each assignment from their attempts towards it: the latest submitted
 * attempt counts (that is the one marked); before any submission, the latest attempt in progress.
 */
function assignmentProgress(
  assignments: LiveAssignment[],
  text: unknown,
): Record<number, AssignmentProgress> {
  const out: Record<number, AssignmentProgress> = {};
  for (const a of assignments) {
    out[a.id] = {
      status: "not_started",
      attemptId: null,
      attempts: 0,
      actions: 0,
      totalPercent: null,
      band: null,
      awaitingTutor: 0,
      updatedAt: null,
    };
  }
  const rank = (status: LearnerStatus) => (status === "submitted" ? 2 : status === "in_progress" ? 1 : 0);
  for (const [id, assignmentId, status, actions, totalPercent, band, updatedAt, awaiting] of jsonRows(text)) {
    const current = out[Number(assignmentId)];
    if (!current || (status !== "in_progress" && status !== "submitted")) continue;
    current.attempts += 1;
    const when = typeof updatedAt === "number" ? updatedAt : 0;
    const better =
      rank(status) > rank(current.status) ||
      (rank(status) === rank(current.status) && when >= (current.updatedAt?.getTime() ?? 0));
    if (!better) continue;
    const submitted = status === "submitted";
    Object.assign(current, {
      status,
      attemptId: Number(id),
      actions: Number(actions) || 0,
      totalPercent: submitted && typeof totalPercent === "number" ? totalPercent : null,
      band: submitted && typeof band === "string" ? band : null,
      awaitingTutor: submitted ? Number(awaiting) || 0 : 0,
      updatedAt: new Date(when),
    });
  }
  return out;
}
