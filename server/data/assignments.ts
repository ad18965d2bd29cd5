/**
 * Assignments: scenarios a tutor sets for a class, with an optional due date. Tutors reach them only
 * through their own classes; a learner sees only their own class's assignments and their own attempts.
 */
import { and, asc, countDistinct, desc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type * as schema from "@/db/schema";
import type { Scope } from "@/db/store";
import {
  type AssignmentTerms,
  attemptsLeft,
  attemptsUsed,
  availability,
  marksHeld,
} from "@/server/core/assignment-rules";
import { conflict, invalid, notFound } from "@/server/core/domain-errors";
import { getScenario, listScenarios } from "@/server/scenarios/scenario-registry";
import { requireTutorClass } from "./classes";

export type AssignmentStatus = "not_started" | "in_progress" | "submitted";

export interface ScenarioSummary {
  id: string;
  title: string;
  lifecycleStage: string;
  estimatedMinutes: number;
}

/** What a tutor or learner needs to know about a scenario, or undefined if it is not in the registry. */
export function scenarioSummary(scenarioId: string): ScenarioSummary | undefined {
  let scenario: ReturnType<typeof getScenario>;
  try {
    scenario = getScenario(scenarioId);
  } catch {
    return undefined;
  }
  if (!scenario) return undefined;
  return {
    id: scenario.id,
    title: scenario.title,
    lifecycleStage: scenario.lifecycleStage,
    estimatedMinutes: scenario.estimatedMinutes,
  };
}

export function scenarioOptions(): ScenarioSummary[] {
  return listScenarios().map((s) => ({
    id: s.id,
    title: s.title,
    lifecycleStage: s.lifecycleStage,
    estimatedMinutes: s.estimatedMinutes,
  }));
}

const UNKNOWN_SCENARIO = (id: string): ScenarioSummary => ({
  id,
  title: "Scenario no longer available",
  lifecycleStage: "",
  estimatedMinutes: 0,
});

export interface ClassAssignment extends AssignmentTerms {
  id: number;
  classId: number;
  scenario: ScenarioSummary;
  scenarioAvailable: boolean;
  createdAt: Date;
  /** Learners (not removed) who have started or submitted it. */
  learnersStarted: number;
  learnersSubmitted: number;
  /** Learners (not removed) with no attempt at it in progress or submitted, in the order they joined. */
  notStarted: { id: number; displayName: string }[];
}

/** The terms columns of an assignment row. */
export function termsOf(row: typeof schema.assignments.$inferSelect): AssignmentTerms {
  return {
    dueAt: row.dueAt,
    closedAt: row.closedAt,
    lateWork: row.lateWork,
    maxAttempts: row.maxAttempts,
    marksRelease: row.marksRelease,
    marksReleasedAt: row.marksReleasedAt,
  };
}

/** An assignment's terms for taking work: its own, and whether its class has been archived. */
export async function workTermsOf(
  scope: Scope,
  row: typeof schema.assignments.$inferSelect,
): Promise<AssignmentTerms> {
  const { t, db } = scope;
  const [klass] = await db
    .select({ archivedAt: t.classes.archivedAt })
    .from(t.classes)
    .where(eq(t.classes.id, row.classId))
    .limit(1);
  return { ...termsOf(row), classArchivedAt: klass?.archivedAt ?? null };
}

export async function listClassAssignments(
  scope: Scope,
  tutorId: number,
  classId: number,
): Promise<ClassAssignment[]> {
  const { t, db } = scope;
  const klass = await requireTutorClass(scope, tutorId, classId);
  const rows = await db
    .select()
    .from(t.assignments)
    .where(eq(t.assignments.classId, classId))
    .orderBy(sql`${t.assignments.dueAt} is null`, asc(t.assignments.dueAt), asc(t.assignments.id));
  const ids = rows.map((r) => r.id);
  const progress = new Map<number, { started: number; submitted: number }>();
  const startedBy = new Map<number, Set<number>>();
  if (ids.length > 0) {
    const activeLearner = and(eq(t.learners.id, t.attempts.learnerId), sql`${t.learners.removedAt} is null`);
    const counted = and(inArray(t.attempts.assignmentId, ids), ne(t.attempts.status, "void"));
    for (const r of await db
      .selectDistinct({ assignmentId: t.attempts.assignmentId, learnerId: t.attempts.learnerId })
      .from(t.attempts)
      .where(counted)) {
      const set = startedBy.get(r.assignmentId!) ?? new Set<number>();
      set.add(r.learnerId);
      startedBy.set(r.assignmentId!, set);
    }
    for (const r of await db
      .select({ assignmentId: t.attempts.assignmentId, started: countDistinct(t.attempts.learnerId) })
      .from(t.attempts)
      .innerJoin(t.learners, activeLearner)
      .where(counted)
      .groupBy(t.attempts.assignmentId)) {
      progress.set(r.assignmentId!, { started: r.started, submitted: 0 });
    }
    for (const r of await db
      .select({ assignmentId: t.attempts.assignmentId, submitted: countDistinct(t.attempts.learnerId) })
      .from(t.attempts)
      .innerJoin(t.learners, activeLearner)
      .where(and(inArray(t.attempts.assignmentId, ids), eq(t.attempts.status, "submitted")))
      .groupBy(t.attempts.assignmentId)) {
      const p = progress.get(r.assignmentId!);
      if (p) p.submitted = r.submitted;
    }
  }
  const roster = await db
    .select({ id: t.learners.id, displayName: t.learners.displayName })
    .from(t.learners)
    .where(and(eq(t.learners.classId, classId), isNull(t.learners.removedAt)))
    .orderBy(asc(t.learners.createdAt), asc(t.learners.id));
  return rows.map((r) => {
    const scenario = scenarioSummary(r.scenarioId);
    const started = startedBy.get(r.id) ?? new Set<number>();
    return {
      id: r.id,
      classId: r.classId,
      scenario: scenario ?? UNKNOWN_SCENARIO(r.scenarioId),
      scenarioAvailable: scenario !== undefined,
      // The class's archive is part of the terms, so the class page says what learners are told.
      ...termsOf(r),
      classArchivedAt: klass.archivedAt,
      createdAt: r.createdAt,
      learnersStarted: progress.get(r.id)?.started ?? 0,
      learnersSubmitted: progress.get(r.id)?.submitted ?? 0,
      notStarted: roster.filter((l) => !started.has(l.id)),
    };
  });
}

export async function createAssignment(
  scope: Scope,
  tutorId: number,
  input: { classId: number; scenarioId: string; dueAt: Date | null },
  now: Date,
): Promise<{ id: number; classId: number; scenarioId: string; dueAt: Date | null }> {
  const { t, db } = scope;
  const klass = await requireTutorClass(scope, tutorId, input.classId);
  if (klass.archivedAt) throw conflict("This class is archived. Restore it before assigning work.");
  if (!scenarioSummary(input.scenarioId))
    throw invalid("That scenario does not exist. Choose one from the list.");
  if (input.dueAt && input.dueAt.getTime() < now.getTime())
    throw invalid("The due date has already passed. Choose today or a later date.");
  const [row] = await db
    .insert(t.assignments)
    .values({ classId: input.classId, scenarioId: input.scenarioId, dueAt: input.dueAt })
    .onConflictDoNothing()
    .returning({
      id: t.assignments.id,
      classId: t.assignments.classId,
      scenarioId: t.assignments.scenarioId,
      dueAt: t.assignments.dueAt,
    });
  if (!row) throw conflict("This scenario is already assigned to this class.");
  return row;
}

/** An assignment in one of the tutor's classes, or not_found. */
export async function requireTutorAssignment(scope: Scope, tutorId: number, assignmentId: number) {
  const { t, db } = scope;
  const [row] = await db
    .select({ assignment: t.assignments })
    .from(t.assignments)
    .innerJoin(t.classes, eq(t.classes.id, t.assignments.classId))
    .where(and(eq(t.assignments.id, assignmentId), eq(t.classes.tutorId, tutorId)))
    .limit(1);
  if (!row) throw notFound("Assignment");
  return row.assignment;
}

export interface AssignmentChanges {
  /** Undefined leaves it; null removes it. */
  dueAt?: Date | null;
  lateWork?: AssignmentTerms["lateWork"];
  maxAttempts?: number | null;
  marksRelease?: AssignmentTerms["marksRelease"];
}

/** Changes an assignment's terms (due date, late work, attempts allowed, mark release). */
export async function updateAssignment(
  scope: Scope,
  tutorId: number,
  assignmentId: number,
  changes: AssignmentChanges,
  now: Date,
): Promise<AssignmentTerms & { id: number }> {
  const { t, db } = scope;
  const current = await requireTutorAssignment(scope, tutorId, assignmentId);
  if (
    changes.dueAt &&
    changes.dueAt.getTime() < now.getTime() &&
    changes.dueAt.getTime() !== current.dueAt?.getTime()
  ) {
    throw invalid("The due date has already passed. Choose today or a later date.");
  }
  const set: Partial<typeof schema.assignments.$inferInsert> = {};
  if (changes.dueAt !== undefined) set.dueAt = changes.dueAt;
  if (changes.lateWork !== undefined) set.lateWork = changes.lateWork;
  if (changes.maxAttempts !== undefined) set.maxAttempts = changes.maxAttempts;
  if (changes.marksRelease !== undefined) {
    set.marksRelease = changes.marksRelease;
    // Switching to "held" holds marks from now on; switching back releases whatever was held.
    if (changes.marksRelease === "held" && current.marksRelease !== "held") set.marksReleasedAt = null;
  }
  if (Object.keys(set).length === 0) return { id: current.id, ...termsOf(current) };
  const [row] = await db.update(t.assignments).set(set).where(eq(t.assignments.id, assignmentId)).returning();
  return { id: row!.id, ...termsOf(row!) };
}

/** Closes an assignment to new work, or opens it again. */
export async function setAssignmentClosed(
  scope: Scope,
  tutorId: number,
  assignmentId: number,
  closed: boolean,
  now: Date,
): Promise<AssignmentTerms & { id: number }> {
  const { t, db } = scope;
  const current = await requireTutorAssignment(scope, tutorId, assignmentId);
  // Reopening an archived class's assignment would still take no work: say so instead of pretending.
  if ((await workTermsOf(scope, current)).classArchivedAt)
    throw conflict(
      "This class is archived, so its assignments take no work. Restore the class to reopen them.",
    );
  const [row] = await db
    .update(t.assignments)
    .set({ closedAt: closed ? now : null })
    .where(eq(t.assignments.id, assignmentId))
    .returning();
  return { id: row!.id, ...termsOf(row!) };
}

/** Lets learners see the marks the tutor has been holding back. */
export async function releaseMarks(
  scope: Scope,
  tutorId: number,
  assignmentId: number,
  now: Date,
): Promise<AssignmentTerms & { id: number }> {
  const { t, db } = scope;
  const current = await requireTutorAssignment(scope, tutorId, assignmentId);
  if (current.marksRelease !== "held")
    throw conflict("This assignment's marks are not being held: learners already see them.");
  const [row] = await db
    .update(t.assignments)
    .set({ marksReleasedAt: current.marksReleasedAt ?? now })
    .where(eq(t.assignments.id, assignmentId))
    .returning();
  return { id: row!.id, ...termsOf(row!) };
}

/** Removes the assignment. Learners' attempts are kept (unlinked from it), as the schema specifies. */
export async function removeAssignment(scope: Scope, tutorId: number, assignmentId: number): Promise<void> {
  const { t, db } = scope;
  await requireTutorAssignment(scope, tutorId, assignmentId);
  await db.delete(t.assignments).where(eq(t.assignments.id, assignmentId));
}

export interface LearnerAssignment {
  id: number;
  scenario: ScenarioSummary;
  scenarioAvailable: boolean;
  dueAt: Date | null;
  /** What happens at the due date: it locks, or takes late work flagged late. */
  lateWork: AssignmentTerms["lateWork"];
  overdue: boolean;
  /** False once the tutor closed it or it locked at its due date; `closedMessage` says which. */
  open: boolean;
  closedMessage: string | null;
  /** Attempts the learner may still submit; null when unlimited. */
  attemptsLeft: number | null;
  maxAttempts: number | null;
  /** Submitted, but the tutor has not released the marks yet (no marks are sent). */
  awaitingMarks: boolean;
  /** The latest submitted attempt came in after the due date. */
  late: boolean;
  status: AssignmentStatus;
  /** The attempt to carry on with, while one is in progress. */
  inProgressAttemptId: number | null;
  /** The latest submitted attempt, its mark and band. */
  submittedAttemptId: number | null;
  totalPercent: number | null;
  band: string | null;
}

/** Status from a learner's attempts at one assignment: submitted beats in progress beats not started. */
export function assignmentStatus(attempts: { status: "in_progress" | "submitted" }[]): AssignmentStatus {
  if (attempts.some((a) => a.status === "submitted")) return "submitted";
  if (attempts.some((a) => a.status === "in_progress")) return "in_progress";
  return "not_started";
}

/**
 * The learner's class's assignments with their own status, work still to do first (soonest due
 * first), then submitted work. A learner practising alone has none.
 */
export async function listLearnerAssignments(
  scope: Scope,
  learner: { id: number; classId: number | null },
  now: Date,
): Promise<LearnerAssignment[]> {
  const { t, db } = scope;
  if (learner.classId === null) return [];
  const rows = await db.select().from(t.assignments).where(eq(t.assignments.classId, learner.classId));
  if (rows.length === 0) return [];
  const [klass] = await db
    .select({ archivedAt: t.classes.archivedAt })
    .from(t.classes)
    .where(eq(t.classes.id, learner.classId))
    .limit(1);
  const attempts = await db
    .select({
      id: t.attempts.id,
      assignmentId: t.attempts.assignmentId,
      status: t.attempts.status,
      totalPercent: t.attempts.totalPercent,
      band: t.attempts.band,
      submittedAt: t.attempts.submittedAt,
      voidKind: t.attempts.voidKind,
      late: t.attempts.late,
    })
    .from(t.attempts)
    .where(
      and(
        eq(t.attempts.learnerId, learner.id),
        inArray(
          t.attempts.assignmentId,
          rows.map((r) => r.id),
        ),
      ),
    )
    .orderBy(desc(t.attempts.id));

  const result = rows.map((r): LearnerAssignment => {
    const all = attempts.filter((a) => a.assignmentId === r.id);
    const mine = all.filter(
      (a): a is typeof a & { status: "in_progress" | "submitted" } => a.status !== "void",
    );
    const status = assignmentStatus(mine);
    const terms = { ...termsOf(r), classArchivedAt: klass?.archivedAt ?? null };
    const open = availability(terms, now);
    const held = marksHeld(terms);
    const inProgress = mine.find((a) => a.status === "in_progress");
    const latestSubmitted = mine
      .filter((a) => a.status === "submitted")
      .sort((a, b) => (b.submittedAt?.getTime() ?? 0) - (a.submittedAt?.getTime() ?? 0) || b.id - a.id)[0];
    const scenario = scenarioSummary(r.scenarioId);
    return {
      id: r.id,
      scenario: scenario ?? UNKNOWN_SCENARIO(r.scenarioId),
      scenarioAvailable: scenario !== undefined,
      dueAt: r.dueAt,
      lateWork: r.lateWork,
      overdue: status !== "submitted" && r.dueAt !== null && r.dueAt.getTime() < now.getTime(),
      open: open.open,
      closedMessage: open.open ? null : open.message,
      attemptsLeft: attemptsLeft(terms, attemptsUsed(all)),
      maxAttempts: terms.maxAttempts,
      awaitingMarks: held && latestSubmitted !== undefined,
      late: latestSubmitted?.late ?? false,
      status,
      inProgressAttemptId: inProgress?.id ?? null,
      submittedAttemptId: latestSubmitted?.id ?? null,
      // Held marks are never sent to the learner.
      totalPercent: held ? null : (latestSubmitted?.totalPercent ?? null),
      band: held ? null : (latestSubmitted?.band ?? null),
    };
  });
  const dueKey = (a: LearnerAssignment) => a.dueAt?.getTime() ?? Number.MAX_SAFE_INTEGER;
  return result.sort(
    (a, b) =>
      Number(a.status === "submitted") - Number(b.status === "submitted") ||
      dueKey(a) - dueKey(b) ||
      a.id - b.id,
  );
}
