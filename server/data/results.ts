/**
 * What a tutor sees of a class's work: the live dashboard, an assignment's results grid with class
 * aggregates and the criteria most often missed, moderation (criterion overrides with an audit
 * trail) and the CSV export. Every function is scoped by the signed-in tutor: another tutor's class,
 * assignment or attempt is "not found", whether it exists or not.
 *
 * The live dashboard reads only the attempts' stored summary columns (status, clock, action count,
 * the small `progress` JSON and the mark), never the event log, so polling it costs one indexed
 * query however long the attempts are; and because it reads the database, every server process
 * answering a poll sees the same thing.
 */
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import Papa from "papaparse";
import type { AppDatabase, Db } from "@/db/client";
import * as t from "@/db/schema";
import { invalid, notFound } from "@/server/core/domain-errors";
import type { ProgressSummary } from "@/server/core/scenarios/runtime";
import { BANDS, type Band, type Frameworks, type Scenario } from "@/server/core/scenarios/scenario-schema";
import type { AttemptReport, CriterionStatus } from "@/server/core/scenarios/scoring";
import { getScenario } from "@/server/scenarios/scenario-registry";
import { reportWithOverrides } from "./attempts";

type AttemptRow = typeof t.attempts.$inferSelect;

export const CRITERION_STATUSES = ["met", "partly", "not_met"] as const satisfies readonly CriterionStatus[];

/** How a criterion status reads in a spreadsheet or to a screen reader. */
export const STATUS_TEXT: Record<CriterionStatus, string> = { met: "met", partly: "partly", not_met: "not met" };

function scenarioOrUndefined(id: string): Scenario | undefined {
  try {
    return getScenario(id);
  } catch {
    return undefined;
  }
}

const scenarioTitle = (id: string) => scenarioOrUndefined(id)?.title ?? "Scenario no longer available";

// ------------------------------------------------------------------------------ live dashboard

export type LearnerStatus = "not_started" | "in_progress" | "submitted";

export interface LiveLearner {
  learnerId: number;
  displayName: string;
  status: LearnerStatus;
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
    /** LASS steps in the order the learner first reached them. */
    lassOrder: string[];
    customers: { name: string; mood: number; moodLabel: string }[];
    lastAction: string | null;
    /** On submission (after any tutor overrides). */
    totalPercent: number | null;
    band: string | null;
  } | null;
}

export interface LiveClass {
  classId: number;
  className: string;
  learners: LiveLearner[];
  counts: { learners: number; notStarted: number; inProgress: number; submitted: number };
  /** The database's newest attempt change in this class (ms), so a client can tell nothing moved. */
  lastChangeAt: Date | null;
}

function progressOf(row: { progress: unknown; clockMinutes: number; actionCount: number }) {
  const p = (row.progress && typeof row.progress === "object" ? row.progress : {}) as Partial<ProgressSummary>;
  const lass = p.lass ?? { listen: false, apologise: false, solve: false, thank: false };
  return {
    actions: typeof p.actions === "number" ? p.actions : row.actionCount,
    messages: typeof p.messages === "number" ? p.messages : 0,
    clock: typeof p.clock === "string" ? p.clock : `+${row.clockMinutes} min`,
    simMinutes: row.clockMinutes,
    lass: { listen: !!lass.listen, apologise: !!lass.apologise, solve: !!lass.solve, thank: !!lass.thank },
    lassOrder: Array.isArray(p.lassOrder) ? p.lassOrder.filter((s): s is string => typeof s === "string") : [],
    customers: Array.isArray(p.customers) ? p.customers.map((c) => ({ name: c.name, mood: c.mood, moodLabel: c.moodLabel })) : [],
    lastAction: typeof p.lastAction === "string" ? p.lastAction : null,
  };
}

/**
 * Every learner in the class (not removed) with their most recently active attempt, in ONE query:
 * classes ⟕ learners ⟕ attempts, the attempt picked by a correlated sub-select on the
 * attempts_learner index. The class's tutor is part of the WHERE clause, so another tutor's class
 * returns no rows at all (not found).
 */
function buildLiveQuery(db: Db) {
  const a2 = alias(t.attempts, "latest_attempt");
  const latestId = db
    .select({ id: a2.id })
    .from(a2)
    .where(eq(a2.learnerId, t.learners.id))
    .orderBy(desc(a2.updatedAt), desc(a2.id))
    .limit(1);
  return db
    .select({
      className: t.classes.name,
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
    })
    .from(t.classes)
    .leftJoin(t.learners, and(eq(t.learners.classId, t.classes.id), isNull(t.learners.removedAt)))
    .leftJoin(t.attempts, eq(t.attempts.id, sql`(${latestId})`))
    .where(and(eq(t.classes.id, sql.placeholder("classId")), eq(t.classes.tutorId, sql.placeholder("tutorId"))))
    .orderBy(sql`${t.learners.displayName} collate nocase`, asc(t.learners.id))
    .prepare();
}

/** The live query, built and prepared once per database connection (it is polled constantly). */
const liveQueries = new WeakMap<Db, ReturnType<typeof buildLiveQuery>>();

export function liveClass(db: Db, tutorId: number, classId: number): LiveClass {
  let query = liveQueries.get(db);
  if (!query) {
    query = buildLiveQuery(db);
    liveQueries.set(db, query);
  }
  const rows = query.all({ classId, tutorId });
  if (rows.length === 0) throw notFound("Class");

  const learners: LiveLearner[] = [];
  let lastChange = 0;
  for (const r of rows) {
    if (r.learnerId === null || r.displayName === null) continue;
    if (r.attemptId === null || r.status === null || r.scenarioId === null) {
      learners.push({ learnerId: r.learnerId, displayName: r.displayName, status: "not_started", attempt: null });
      continue;
    }
    const updatedAt = r.updatedAt!;
    lastChange = Math.max(lastChange, updatedAt.getTime());
    const submitted = r.status === "submitted";
    learners.push({
      learnerId: r.learnerId,
      displayName: r.displayName,
      status: r.status,
      attempt: {
        id: r.attemptId,
        scenarioId: r.scenarioId,
        scenarioTitle: scenarioTitle(r.scenarioId),
        assignmentId: r.assignmentId,
        status: r.status,
        startedAt: r.startedAt!,
        submittedAt: r.submittedAt,
        updatedAt,
        ...progressOf({ progress: r.progress, clockMinutes: r.clockMinutes ?? 0, actionCount: r.actionCount ?? 0 }),
        totalPercent: submitted ? r.totalPercent : null,
        band: submitted ? r.band : null,
      },
    });
  }
  return {
    classId,
    className: rows[0]!.className,
    learners,
    counts: {
      learners: learners.length,
      notStarted: learners.filter((l) => l.status === "not_started").length,
      inProgress: learners.filter((l) => l.status === "in_progress").length,
      submitted: learners.filter((l) => l.status === "submitted").length,
    },
    lastChangeAt: lastChange > 0 ? new Date(lastChange) : null,
  };
}

// ---------------------------------------------------------------------------- results grid

export interface ResultCriterion {
  id: string;
  /** 1-based position in the rubric, for short column headings ("C3"). */
  number: number;
  title: string;
  description: string | null;
  weight: number;
  frameworks: string[];
  capBandIfNotMet: string | null;
}

export interface ResultCell {
  criterionId: string;
  /** Null if the attempt's report has no such criterion (the scenario changed after it was marked). */
  status: CriterionStatus | null;
  /** The machine mark, when a tutor has overridden it. */
  originalStatus: CriterionStatus | null;
  overrideComment: string | null;
}

export interface OverrideEntry {
  id: number;
  attemptId: number;
  criterionId: string;
  criterionTitle: string;
  previousStatus: string;
  newStatus: CriterionStatus;
  comment: string;
  tutorName: string;
  createdAt: Date;
}

export interface ResultRow {
  learnerId: number;
  displayName: string;
  status: LearnerStatus;
  /** The latest submitted attempt for this assignment, or null. */
  attemptId: number | null;
  /** An attempt still in progress (shown when nothing has been submitted yet). */
  inProgressAttemptId: number | null;
  submittedAt: Date | null;
  totalPercent: number | null;
  band: Band | null;
  cells: ResultCell[];
  overrides: OverrideEntry[];
}

export interface CriterionAggregate {
  criterionId: string;
  /** Submitted attempts with a mark for this criterion. */
  marked: number;
  met: number;
  partly: number;
  notMet: number;
  metPercent: number | null;
  partlyPercent: number | null;
  notMetPercent: number | null;
}

export interface MissedCriterion {
  criterionId: string;
  number: number;
  title: string;
  frameworks: string[];
  missed: number;
  notMet: number;
  partly: number;
  marked: number;
  /** The criterion's own teaching feedback for a miss, to read out in a debrief. */
  feedback: string;
  /** Partly-met feedback, when the rubric has it. */
  partlyFeedback: string | null;
  learners: { displayName: string; status: CriterionStatus }[];
}

export interface AssignmentResults {
  assignment: { id: number; classId: number; className: string; scenarioId: string; scenarioTitle: string; dueAt: Date | null };
  criteria: ResultCriterion[];
  rows: ResultRow[];
  aggregates: {
    learners: number;
    submitted: number;
    inProgress: number;
    notStarted: number;
    averageTotal: number | null;
    bands: { band: Band; count: number }[];
    criteria: CriterionAggregate[];
  };
  mostMissed: MissedCriterion[];
}

function frameworkTags(f: Frameworks | undefined): string[] {
  if (!f) return [];
  const out: string[] = [];
  if (f.lass) out.push(`LASS: ${f.lass}`);
  if (f.heat) out.push(`HEAT: ${f.heat}`);
  if (f.lifecycle) out.push(`Lifecycle: ${f.lifecycle}`);
  if (f.rater) out.push(`RATER: ${f.rater}`);
  const legislation = f.legislation as unknown;
  for (const l of Array.isArray(legislation) ? legislation : legislation ? [legislation] : []) out.push(String(l));
  if (f.kpi) out.push(`KPI: ${f.kpi}`);
  return out;
}

/** An assignment in one of this tutor's classes, with the class name; otherwise not found. */
function tutorAssignment(db: Db, tutorId: number, assignmentId: number) {
  const row = db
    .select({
      id: t.assignments.id,
      classId: t.assignments.classId,
      className: t.classes.name,
      scenarioId: t.assignments.scenarioId,
      dueAt: t.assignments.dueAt,
    })
    .from(t.assignments)
    .innerJoin(t.classes, eq(t.classes.id, t.assignments.classId))
    .where(and(eq(t.assignments.id, assignmentId), eq(t.classes.tutorId, tutorId)))
    .get();
  if (!row) throw notFound("Assignment");
  return row;
}

/** An attempt by a learner in one of this tutor's classes; otherwise not found. */
function tutorAttempt(db: Db, tutorId: number, attemptId: number): { attempt: AttemptRow; displayName: string } {
  const row = db
    .select({ attempt: t.attempts, displayName: t.learners.displayName })
    .from(t.attempts)
    .innerJoin(t.learners, eq(t.learners.id, t.attempts.learnerId))
    .innerJoin(t.classes, eq(t.classes.id, t.learners.classId))
    .where(and(eq(t.attempts.id, attemptId), eq(t.classes.tutorId, tutorId)))
    .get();
  if (!row) throw notFound("That attempt");
  return row;
}

function overridesFor(db: Db, attemptIds: number[]) {
  if (attemptIds.length === 0) return [];
  return db
    .select({
      id: t.markOverrides.id,
      attemptId: t.markOverrides.attemptId,
      criterionId: t.markOverrides.criterionId,
      previousStatus: t.markOverrides.previousStatus,
      newStatus: t.markOverrides.newStatus,
      comment: t.markOverrides.comment,
      createdAt: t.markOverrides.createdAt,
      tutorName: t.tutors.name,
    })
    .from(t.markOverrides)
    .innerJoin(t.tutors, eq(t.tutors.id, t.markOverrides.tutorId))
    .where(inArray(t.markOverrides.attemptId, attemptIds))
    .orderBy(asc(t.markOverrides.id))
    .all();
}

const percentOf = (n: number, of: number) => (of > 0 ? Math.round((n / of) * 100) : null);

/** The rubric's criteria in order; if the scenario has gone, those of the first report we have. */
function criteriaFor(scenario: Scenario | undefined, reports: AttemptReport[]): ResultCriterion[] {
  if (scenario) {
    return scenario.rubric.map((c, i) => ({
      id: c.id,
      number: i + 1,
      title: c.title,
      description: c.description ?? null,
      weight: c.weight,
      frameworks: frameworkTags(c.frameworks),
      capBandIfNotMet: c.capBandIfNotMet ?? null,
    }));
  }
  return (reports[0]?.criteria ?? []).map((c, i) => ({
    id: c.id,
    number: i + 1,
    title: c.title,
    description: null,
    weight: c.weight,
    frameworks: frameworkTags(c.frameworks),
    capBandIfNotMet: c.capBandIfNotMet,
  }));
}

/**
 * The results grid for one assignment: every learner in the class (not removed), their latest
 * submitted attempt's marks after tutor overrides, class aggregates over submitted attempts and
 * the criteria most often missed (not met or partly met), most-missed first.
 */
export function assignmentResults(db: Db, tutorId: number, assignmentId: number): AssignmentResults {
  const assignment = tutorAssignment(db, tutorId, assignmentId);
  const scenario = scenarioOrUndefined(assignment.scenarioId);

  const learners = db
    .select({ id: t.learners.id, displayName: t.learners.displayName })
    .from(t.learners)
    .where(and(eq(t.learners.classId, assignment.classId), isNull(t.learners.removedAt)))
    .orderBy(sql`${t.learners.displayName} collate nocase`, asc(t.learners.id))
    .all();
  const attempts = learners.length
    ? db
        .select()
        .from(t.attempts)
        .where(and(eq(t.attempts.assignmentId, assignment.id), inArray(t.attempts.learnerId, learners.map((l) => l.id))))
        .orderBy(desc(t.attempts.submittedAt), desc(t.attempts.id))
        .all()
    : [];
  const latestSubmitted = new Map<number, AttemptRow>();
  const inProgress = new Map<number, AttemptRow>();
  for (const a of attempts) {
    if (a.status === "submitted" && !latestSubmitted.has(a.learnerId)) latestSubmitted.set(a.learnerId, a);
    if (a.status === "in_progress" && !inProgress.has(a.learnerId)) inProgress.set(a.learnerId, a);
  }

  const submittedAttempts = [...latestSubmitted.values()];
  const reports = new Map<number, AttemptReport>();
  for (const a of submittedAttempts) {
    // The same function the learner's own report uses, so both always agree.
    const report = reportWithOverrides(db, a);
    if (report) reports.set(a.id, report);
  }
  const criteria = criteriaFor(scenario, [...reports.values()]);
  const titleOf = new Map(criteria.map((c) => [c.id, c.title]));
  const overrides = overridesFor(
    db,
    submittedAttempts.map((a) => a.id),
  );

  const rows: ResultRow[] = learners.map((l) => {
    const attempt = latestSubmitted.get(l.id);
    const report = attempt ? reports.get(attempt.id) : undefined;
    const byId = new Map((report?.criteria ?? []).map((c) => [c.id, c]));
    const status: LearnerStatus = attempt ? "submitted" : inProgress.has(l.id) ? "in_progress" : "not_started";
    return {
      learnerId: l.id,
      displayName: l.displayName,
      status,
      attemptId: attempt?.id ?? null,
      inProgressAttemptId: inProgress.get(l.id)?.id ?? null,
      submittedAt: attempt?.submittedAt ?? null,
      totalPercent: report?.totalPercent ?? attempt?.totalPercent ?? null,
      band: (report?.band ?? (attempt?.band as Band | null | undefined)) ?? null,
      cells: report
        ? criteria.map((c) => {
            const r = byId.get(c.id);
            return {
              criterionId: c.id,
              status: r?.status ?? null,
              originalStatus: r?.override ? (r.originalStatus ?? null) : null,
              overrideComment: r?.override?.comment ?? null,
            };
          })
        : [],
      overrides: attempt
        ? overrides
            .filter((o) => o.attemptId === attempt.id)
            .map((o) => ({ ...o, criterionTitle: titleOf.get(o.criterionId) ?? o.criterionId }))
        : [],
    };
  });

  const submittedRows = rows.filter((r) => r.attemptId !== null && r.cells.length > 0);
  const criterionAggregates: CriterionAggregate[] = criteria.map((c, i) => {
    let met = 0;
    let partly = 0;
    let notMet = 0;
    for (const r of submittedRows) {
      const s = r.cells[i]?.status;
      if (s === "met") met++;
      else if (s === "partly") partly++;
      else if (s === "not_met") notMet++;
    }
    const marked = met + partly + notMet;
    return {
      criterionId: c.id,
      marked,
      met,
      partly,
      notMet,
      metPercent: percentOf(met, marked),
      partlyPercent: percentOf(partly, marked),
      notMetPercent: percentOf(notMet, marked),
    };
  });

  const totals = submittedRows.map((r) => r.totalPercent).filter((n): n is number => n !== null);
  const bandCounts = new Map<Band, number>(BANDS.map((b) => [b, 0]));
  for (const r of submittedRows) if (r.band && bandCounts.has(r.band)) bandCounts.set(r.band, bandCounts.get(r.band)! + 1);

  const mostMissed: MissedCriterion[] = criteria
    .map((c, i) => ({ c, i, agg: criterionAggregates[i]! }))
    .filter(({ agg }) => agg.notMet + agg.partly > 0)
    .sort((a, b) => b.agg.notMet + b.agg.partly - (a.agg.notMet + a.agg.partly) || b.agg.notMet - a.agg.notMet || a.i - b.i)
    .map(({ c, i, agg }) => {
      const rubric = scenario?.rubric.find((r) => r.id === c.id);
      const fallback = submittedRows.map((r) => reports.get(r.attemptId!)?.criteria.find((x) => x.id === c.id && x.status !== "met")).find(Boolean);
      return {
        criterionId: c.id,
        number: c.number,
        title: c.title,
        frameworks: c.frameworks,
        missed: agg.notMet + agg.partly,
        notMet: agg.notMet,
        partly: agg.partly,
        marked: agg.marked,
        feedback: rubric?.feedback.not_met ?? fallback?.feedback ?? "",
        partlyFeedback: rubric?.feedback.partly ?? null,
        learners: submittedRows
          .filter((r) => r.cells[i]?.status === "not_met" || r.cells[i]?.status === "partly")
          .map((r) => ({ displayName: r.displayName, status: r.cells[i]!.status! })),
      };
    });

  return {
    assignment: {
      id: assignment.id,
      classId: assignment.classId,
      className: assignment.className,
      scenarioId: assignment.scenarioId,
      scenarioTitle: scenario?.title ?? scenarioTitle(assignment.scenarioId),
      dueAt: assignment.dueAt,
    },
    criteria,
    rows,
    aggregates: {
      learners: rows.length,
      submitted: submittedRows.length,
      inProgress: rows.filter((r) => r.status === "in_progress").length,
      notStarted: rows.filter((r) => r.status === "not_started").length,
      averageTotal: totals.length ? Math.round((totals.reduce((s, n) => s + n, 0) / totals.length) * 10) / 10 : null,
      bands: [...BANDS].reverse().map((band) => ({ band, count: bandCounts.get(band) ?? 0 })),
      criteria: criterionAggregates,
    },
    mostMissed,
  };
}

// ------------------------------------------------------------------------------ moderation

export interface OverrideResult {
  attemptId: number;
  criterionId: string;
  previousStatus: CriterionStatus;
  newStatus: CriterionStatus;
  totalPercent: number;
  band: Band;
}

/**
 * Overrides one criterion's mark with a comment. The audit row keeps the status shown before (after
 * any earlier overrides); the attempt's stored report keeps the machine marks, while its total and
 * band columns are recomputed from the report with every override applied (and `updatedAt` moves,
 * so the live dashboard picks the change up). One immediate transaction, so two tutors moderating at
 * once from different server processes cannot both read the same "previous" status.
 */
export function overrideCriterion(
  db: AppDatabase,
  tutorId: number,
  input: { attemptId: number; criterionId: string; newStatus: CriterionStatus; comment: string },
  now: Date,
): OverrideResult {
  return db.transaction(
    (tx) => {
      const { attempt } = tutorAttempt(tx, tutorId, input.attemptId);
      if (attempt.status !== "submitted" || !attempt.report) {
        throw invalid("This attempt has not been submitted yet, so there is no mark to override.");
      }
      const current = reportWithOverrides(tx, attempt)!;
      const criterion = current.criteria.find((c) => c.id === input.criterionId);
      if (!criterion) throw invalid(`This attempt's report has no criterion "${input.criterionId}".`);
      tx.insert(t.markOverrides)
        .values({
          attemptId: attempt.id,
          criterionId: criterion.id,
          tutorId,
          previousStatus: criterion.status,
          newStatus: input.newStatus,
          comment: input.comment,
          createdAt: now,
        })
        .run();
      const updated = reportWithOverrides(tx, attempt)!;
      tx.update(t.attempts)
        .set({ totalPercent: updated.totalPercent, band: updated.band, updatedAt: new Date() })
        .where(eq(t.attempts.id, attempt.id))
        .run();
      return {
        attemptId: attempt.id,
        criterionId: criterion.id,
        previousStatus: criterion.status,
        newStatus: input.newStatus,
        totalPercent: updated.totalPercent,
        band: updated.band,
      };
    },
    { behavior: "immediate" },
  );
}

/** Every override of an attempt's marks, oldest first. */
export function overrideHistory(db: Db, tutorId: number, attemptId: number) {
  const { attempt, displayName } = tutorAttempt(db, tutorId, attemptId);
  const report = attempt.report as unknown as AttemptReport | null;
  const titles = new Map((report?.criteria ?? []).map((c) => [c.id, c.title]));
  return {
    attemptId: attempt.id,
    learnerName: displayName,
    originalTotalPercent: report?.totalPercent ?? null,
    originalBand: report?.band ?? null,
    totalPercent: attempt.totalPercent,
    band: attempt.band,
    entries: overridesFor(db, [attempt.id]).map(({ attemptId: _a, ...o }) => ({ ...o, criterionTitle: titles.get(o.criterionId) ?? o.criterionId })),
  };
}

// ------------------------------------------------------------------------------------- CSV

const csvDateTime = new Intl.DateTimeFormat("en-GB", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
  timeZone: "Europe/London",
});

/** "15/01/2026 14:05" in UK time: a spreadsheet reads it as a date and time. */
export function csvDateTimeText(d: Date): string {
  const parts = Object.fromEntries(csvDateTime.formatToParts(d).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

const STATUS_LABEL: Record<LearnerStatus, string> = { not_started: "Not started", in_progress: "In progress", submitted: "Submitted" };

function slug(s: string): string {
  return (
    s
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "class"
  );
}

/** Column headings of the export, in order (criteria by their full titles). */
export function csvHeader(criteria: ResultCriterion[]): string[] {
  return ["Learner", "Status", "Submitted at", "Total %", "Band", ...criteria.map((c) => c.title), "Overrides", "Override comments"];
}

/**
 * The assignment's results as CSV (papaparse): one row per learner, a column per criterion, quoted
 * where needed (commas, quotes, line breaks), cells that a spreadsheet would run as a formula
 * escaped, CRLF line ends, and a UTF-8 byte-order mark so Excel shows names like "Zoë" correctly.
 */
export function exportCsv(db: Db, tutorId: number, assignmentId: number, now: Date): { filename: string; csv: string; rows: number } {
  const results = assignmentResults(db, tutorId, assignmentId);
  const { criteria } = results;
  const data = results.rows.map((r) => {
    const cellStatus = (i: number) => {
      const s = r.cells[i]?.status;
      return s ? STATUS_TEXT[s] : "";
    };
    return [
      r.displayName,
      STATUS_LABEL[r.status],
      r.submittedAt ? csvDateTimeText(r.submittedAt) : "",
      r.totalPercent ?? "",
      r.band ?? "",
      ...criteria.map((_, i) => cellStatus(i)),
      r.overrides.length,
      r.overrides
        .map((o) => `${o.criterionTitle}: ${STATUS_TEXT[o.previousStatus as CriterionStatus] ?? o.previousStatus} → ${STATUS_TEXT[o.newStatus]} (${o.tutorName}): ${o.comment}`)
        .join(" | "),
    ];
  });
  const csv = Papa.unparse({ fields: csvHeader(criteria), data }, { quotes: false, newline: "\r\n", escapeFormulae: true });
  const day = csvDateTimeText(now).slice(0, 10).split("/").reverse().join("-");
  return {
    filename: `results-${slug(results.assignment.className)}-${slug(results.assignment.scenarioId)}-${day}.csv`,
    csv: `\uFEFF${csv}`,
    rows: data.length,
  };
}
