/**
 * An assignment's results grid: every learner in the class against each rubric criterion (after tutor
 * overrides), class aggregates over the submitted attempts, and the criteria most often missed.
 */
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { caseInsensitiveOrder } from "@/db/dialect";
import type { Scope } from "@/db/store";
import { BANDS, type Band, type Frameworks, type Scenario } from "@/server/core/scenarios/scenario-schema";
import { criterionShortName } from "@/server/core/scenarios/criterion-names";
import { isGate } from "@/server/core/scenarios/gates";
import type { AttemptReport, CriterionStatus } from "@/server/core/scenarios/scoring";
import { loadReport } from "../attempts";
import { overridesFor } from "./moderation";
import { type AttemptRow, scenarioOrUndefined, scenarioTitle, tutorAssignment } from "./scope";
import { type LearnerStatus, NOT_ATTEMPTED_FEEDBACK } from "./statuses";

export interface ResultCriterion {
  id: string;
  /** 1-based position in the rubric. */
  number: number;
  /** A column heading of a word or two ("Sincere apology"); `title` is the full wording. */
  shortName: string;
  title: string;
  description: string | null;
  weight: number;
  frameworks: string[];
  capBandIfNotMet: string | null;
  /** Worth no points and caps the band when not met (`isGate`): screens say "gate", not "0 points". */
  gate: boolean;
}

export interface ResultCell {
  criterionId: string;
  /** Null if the attempt's report has no such criterion (the scenario changed after it was marked). */
  status: CriterionStatus | null;
  /**
   * A reasoning answer the tutor has not marked yet: its status reads "not met" (it earns nothing
   * until marked), so screens and exports show "awaiting the tutor" instead and counts leave it out.
   */
  awaitingTutor: boolean;
  /**
   * A gate judged on work never done (nobody was written to): scored as not met, but shown as "not
   * attempted", as the learner's report does, so a tutor does not read it as a mistake made. A
   * tutor's own mark replaces it.
   */
  notAttempted: boolean;
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
  /** The submitted attempt came in after the due date (the assignment accepted late work). */
  late: boolean;
  totalPercent: number | null;
  band: Band | null;
  cells: ResultCell[];
  overrides: OverrideEntry[];
}

export interface CriterionAggregate {
  criterionId: string;
  /** Submitted attempts with a mark for this criterion (answers awaiting the tutor are not marked yet). */
  marked: number;
  /** Answers still awaiting the tutor's mark. */
  awaiting: number;
  met: number;
  partly: number;
  notMet: number;
  /** Of `notMet`, gates judged on work never done (nobody was written to). */
  notAttempted: number;
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
  /** Of `notMet`, gates judged on work never done (nobody was written to). */
  notAttempted: number;
  marked: number;
  /**
   * The criterion's own teaching feedback for a miss, to read out in a debrief; when every miss was
   * not attempted, what that means instead (the rubric's words describe a mistake nobody made).
   */
  feedback: string;
  /** Partly-met feedback, when the rubric has it. */
  partlyFeedback: string | null;
  learners: { displayName: string; status: CriterionStatus; notAttempted: boolean }[];
}

export interface AssignmentResults {
  assignment: {
    id: number;
    classId: number;
    className: string;
    scenarioId: string;
    scenarioTitle: string;
    dueAt: Date | null;
  };
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
  for (const l of Array.isArray(legislation) ? legislation : legislation ? [legislation] : [])
    out.push(String(l));
  if (f.kpi) out.push(`KPI: ${f.kpi}`);
  return out;
}

const percentOf = (n: number, of: number) => (of > 0 ? Math.round((n / of) * 100) : null);

/** The rubric's criteria in order; if the scenario has gone, those of the first report we have. */
function criteriaFor(scenario: Scenario | undefined, reports: AttemptReport[]): ResultCriterion[] {
  if (scenario) {
    return scenario.rubric.map((c, i) => ({
      id: c.id,
      number: i + 1,
      shortName: criterionShortName(c),
      title: c.title,
      description: c.description ?? null,
      weight: c.weight,
      frameworks: frameworkTags(c.frameworks),
      capBandIfNotMet: c.capBandIfNotMet ?? null,
      gate: isGate(c),
    }));
  }
  return (reports[0]?.criteria ?? []).map((c, i) => ({
    id: c.id,
    number: i + 1,
    shortName: criterionShortName({ id: c.id }),
    title: c.title,
    description: null,
    weight: c.weight,
    frameworks: frameworkTags(c.frameworks),
    capBandIfNotMet: c.capBandIfNotMet,
    gate: isGate(c),
  }));
}

/**
 * The results grid for one assignment: every learner in the class (not removed), their latest
 * submitted attempt's marks after tutor overrides, class aggregates over submitted attempts and
 * the criteria most often missed (not met or partly met), most-missed first.
 */
export async function assignmentResults(
  scope: Scope,
  tutorId: number,
  assignmentId: number,
): Promise<AssignmentResults> {
  const { t, db } = scope;
  const assignment = await tutorAssignment(scope, tutorId, assignmentId);
  const scenario = scenarioOrUndefined(assignment.scenarioId);

  const learners = await db
    .select({ id: t.learners.id, displayName: t.learners.displayName })
    .from(t.learners)
    .where(and(eq(t.learners.classId, assignment.classId), isNull(t.learners.removedAt)))
    .orderBy(caseInsensitiveOrder(scope.engine, sql`${t.learners.displayName}`), asc(t.learners.id));
  const attempts = learners.length
    ? await db
        .select()
        .from(t.attempts)
        .where(
          and(
            eq(t.attempts.assignmentId, assignment.id),
            inArray(
              t.attempts.learnerId,
              learners.map((l) => l.id),
            ),
          ),
        )
        .orderBy(desc(t.attempts.submittedAt), desc(t.attempts.id))
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
    const report = await loadReport(scope, a);
    if (report) reports.set(a.id, report);
  }
  const criteria = criteriaFor(scenario, [...reports.values()]);
  const titleOf = new Map(criteria.map((c) => [c.id, c.title]));
  const overrides = await overridesFor(
    scope,
    submittedAttempts.map((a) => a.id),
  );

  const rows: ResultRow[] = learners.map((l) => {
    const attempt = latestSubmitted.get(l.id);
    const report = attempt ? reports.get(attempt.id) : undefined;
    const byId = new Map((report?.criteria ?? []).map((c) => [c.id, c]));
    const status: LearnerStatus = attempt
      ? "submitted"
      : inProgress.has(l.id)
        ? "in_progress"
        : "not_started";
    return {
      learnerId: l.id,
      displayName: l.displayName,
      status,
      attemptId: attempt?.id ?? null,
      inProgressAttemptId: inProgress.get(l.id)?.id ?? null,
      submittedAt: attempt?.submittedAt ?? null,
      late: attempt?.late ?? false,
      totalPercent: report?.totalPercent ?? attempt?.totalPercent ?? null,
      band: report?.band ?? (attempt?.band as Band | null | undefined) ?? null,
      cells: report
        ? criteria.map((c) => {
            const r = byId.get(c.id);
            return {
              criterionId: c.id,
              status: r?.status ?? null,
              awaitingTutor: r?.awaitingTutor === true,
              notAttempted: r?.notAttempted === true && !r.override && r.status === "not_met",
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
    let notAttempted = 0;
    let awaiting = 0;
    for (const r of submittedRows) {
      const s = r.cells[i]?.status;
      if (r.cells[i]?.awaitingTutor) awaiting++;
      else if (s === "met") met++;
      else if (s === "partly") partly++;
      else if (s === "not_met") {
        notMet++;
        if (r.cells[i]?.notAttempted) notAttempted++;
      }
    }
    const marked = met + partly + notMet;
    return {
      criterionId: c.id,
      marked,
      awaiting,
      met,
      partly,
      notMet,
      notAttempted,
      metPercent: percentOf(met, marked),
      partlyPercent: percentOf(partly, marked),
      notMetPercent: percentOf(notMet, marked),
    };
  });

  const totals = submittedRows.map((r) => r.totalPercent).filter((n): n is number => n !== null);
  const bandCounts = new Map<Band, number>(BANDS.map((b) => [b, 0]));
  for (const r of submittedRows)
    if (r.band && bandCounts.has(r.band)) bandCounts.set(r.band, bandCounts.get(r.band)! + 1);

  const mostMissed: MissedCriterion[] = criteria
    .map((c, i) => ({ c, i, agg: criterionAggregates[i]! }))
    .filter(({ agg }) => agg.notMet + agg.partly > 0)
    .sort(
      (a, b) =>
        b.agg.notMet + b.agg.partly - (a.agg.notMet + a.agg.partly) ||
        b.agg.notMet - a.agg.notMet ||
        a.i - b.i,
    )
    .map(({ c, i, agg }) => {
      const rubric = scenario?.rubric.find((r) => r.id === c.id);
      const fallback = submittedRows
        .map((r) =>
          reports
            .get(r.attemptId!)
            ?.criteria.find((x) => x.id === c.id && x.status !== "met" && !x.awaitingTutor),
        )
        .find(Boolean);
      return {
        criterionId: c.id,
        number: c.number,
        title: c.title,
        frameworks: c.frameworks,
        missed: agg.notMet + agg.partly,
        notMet: agg.notMet,
        partly: agg.partly,
        notAttempted: agg.notAttempted,
        marked: agg.marked,
        feedback:
          agg.notAttempted === agg.notMet + agg.partly
            ? NOT_ATTEMPTED_FEEDBACK
            : (rubric?.feedback.not_met ?? fallback?.feedback ?? ""),
        partlyFeedback: rubric?.feedback.partly ?? null,
        learners: submittedRows
          .filter(
            (r) =>
              !r.cells[i]?.awaitingTutor &&
              (r.cells[i]?.status === "not_met" || r.cells[i]?.status === "partly"),
          )
          .map((r) => ({
            displayName: r.displayName,
            status: r.cells[i]!.status!,
            notAttempted: r.cells[i]!.notAttempted,
          })),
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
      averageTotal: totals.length
        ? Math.round((totals.reduce((s, n) => s + n, 0) / totals.length) * 10) / 10
        : null,
      bands: [...BANDS].reverse().map((band) => ({ band, count: bandCounts.get(band) ?? 0 })),
      criteria: criterionAggregates,
    },
    mostMissed,
  };
}
