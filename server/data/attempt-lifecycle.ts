/**
 * Where attempts begin and end outside the engine: one open attempt per learner, scenario and
 * assignment (found again rather than duplicated), "Start again" that sets the old one aside, the
 * assignment's terms (closed, locked, attempts allowed, held marks), and a tutor's reset or void.
 * Every check runs inside the start's write transaction, which serialises on the learner (SQLite:
 * one writer at a time; PostgreSQL: an advisory lock on the learner), so two tabs or two app servers
 * cannot both start an attempt.
 */
import { and, desc, eq, isNull, ne } from "drizzle-orm";
import type * as schema from "@/db/schema";
import type { Scope, Store } from "@/db/store";
import {
  ATTEMPT_LIMIT_MESSAGE,
  attemptsLeft,
  attemptsUsed,
  availability,
} from "@/server/core/assignment-rules";
import { conflict, invalid, notFound } from "@/server/core/domain-errors";
import type { Scenario } from "@/server/core/scenarios/scenario-schema";
import type { VoidKind } from "@/server/core/vocabulary";
import { workTermsOf } from "./assignments";
import { type Deadline, deadlineOf } from "./attempt-terms";
import { startAttempt } from "./attempts";

type AttemptRow = typeof schema.attempts.$inferSelect;
type AssignmentRow = typeof schema.assignments.$inferSelect;

/**
 * The assignment a start counts towards: the one asked for (it must be in the learner's class and
 * for this scenario), or, from the library, the class's assignment of this scenario if there is one.
 */
async function assignmentForStart(
  scope: Scope,
  learner: { classId: number | null },
  scenarioId: string,
  assignmentId: number | undefined,
): Promise<AssignmentRow | null> {
  const { t, db } = scope;
  if (assignmentId !== undefined) {
    const [assignment] = await db
      .select()
      .from(t.assignments)
      .where(eq(t.assignments.id, assignmentId))
      .limit(1);
    if (!assignment || assignment.classId !== learner.classId) throw notFound("That assignment");
    if (assignment.scenarioId !== scenarioId) throw invalid("That assignment is for a different scenario.");
    return assignment;
  }
  if (learner.classId === null) return null;
  const [assignment] = await db
    .select()
    .from(t.assignments)
    .where(and(eq(t.assignments.classId, learner.classId), eq(t.assignments.scenarioId, scenarioId)))
    .limit(1);
  return assignment ?? null;
}

/** The learner's attempt in progress at this scenario for this assignment (or for practice, when null). */
async function openAttempt(
  scope: Scope,
  learnerId: number,
  scenarioId: string,
  assignmentId: number | null,
): Promise<AttemptRow | undefined> {
  const { t, db } = scope;
  const [attempt] = await db
    .select()
    .from(t.attempts)
    .where(
      and(
        eq(t.attempts.learnerId, learnerId),
        eq(t.attempts.scenarioId, scenarioId),
        assignmentId === null ? isNull(t.attempts.assignmentId) : eq(t.attempts.assignmentId, assignmentId),
        eq(t.attempts.status, "in_progress"),
      ),
    )
    .orderBy(desc(t.attempts.id))
    .limit(1);
  return attempt;
}

/**
 * The assignment a start counts towards, decided once for the start and for the page that offers it:
 * the one asked for, or the class's one for this scenario; none (practice) while it is closed or locked,
 * with the reason.
 */
async function countedAssignment(
  scope: Scope,
  learner: { classId: number | null },
  scenarioId: string,
  assignmentId: number | undefined,
  now: Date,
): Promise<{ assignment: AssignmentRow | null; closedMessage: string | null }> {
  const assignment = await assignmentForStart(scope, learner, scenarioId, assignmentId);
  if (!assignment) return { assignment: null, closedMessage: null };
  const open = availability(await workTermsOf(scope, assignment), now);
  return open.open ? { assignment, closedMessage: null } : { assignment: null, closedMessage: open.message };
}

/** How many of the assignment's allowed attempts the learner has used (core rule: attemptsUsed). */
async function attemptsUsedOn(scope: Scope, learnerId: number, assignmentId: number): Promise<number> {
  const { t, db } = scope;
  const mine = await db
    .select({ status: t.attempts.status, submittedAt: t.attempts.submittedAt, voidKind: t.attempts.voidKind })
    .from(t.attempts)
    .where(and(eq(t.attempts.learnerId, learnerId), eq(t.attempts.assignmentId, assignmentId)));
  return attemptsUsed(mine);
}

/** What the brief's start panel offers: where a start would count, the attempt to carry on, attempts left. */
export interface StartPlan {
  /** The assignment a start here counts towards; null means practice. */
  assignmentId: number | null;
  /** Why a start here is practice although the class has this scenario assigned (closed or locked). */
  closedMessage: string | null;
  /** Attempts allowed on that assignment (null: unlimited, or practice) and how many are left. */
  maxAttempts: number | null;
  attemptsLeft: number | null;
  /** The attempt in progress a start would resume. */
  openAttempt: { id: number; startedAt: Date } | null;
  /** When that assignment is due and what happens then (locks, or takes late work), for the brief to say. */
  deadline: Deadline | null;
}

export async function startPlan(
  scope: Scope,
  input: {
    learner: { id: number; classId: number | null };
    scenarioId: string;
    assignmentId?: number;
    now: Date;
  },
): Promise<StartPlan> {
  const { assignment, closedMessage } = await countedAssignment(
    scope,
    input.learner,
    input.scenarioId,
    input.assignmentId,
    input.now,
  );
  const current = await openAttempt(scope, input.learner.id, input.scenarioId, assignment?.id ?? null);
  const maxAttempts = assignment?.maxAttempts ?? null;
  return {
    assignmentId: assignment?.id ?? null,
    closedMessage,
    maxAttempts,
    attemptsLeft:
      assignment && maxAttempts !== null
        ? attemptsLeft({ maxAttempts }, await attemptsUsedOn(scope, input.learner.id, assignment.id))
        : null,
    openAttempt: current ? { id: current.id, startedAt: current.startedAt } : null,
    deadline: deadlineOf(assignment),
  };
}

export interface StartResult {
  attemptId: number;
  /** True when the learner's attempt in progress was returned instead of a new one. */
  resumed: boolean;
  /** The attempt set aside by "Start again", if any. */
  setAsideAttemptId: number | null;
}

/**
 * Starts an attempt, or returns the one already in progress for the same scenario and assignment.
 * With `restart`, the attempt in progress is set aside (kept, never marked) and a fresh one begins.
 */
export function startOrResume(
  store: Store,
  input: {
    learner: { id: number; classId: number | null; displayName: string };
    scenario: Scenario;
    assignmentId?: number;
    restart: boolean;
    now: Date;
  },
): Promise<StartResult> {
  const { learner, scenario, now } = input;
  // One start per learner at a time, whichever server it reaches: the checks below read what the
  // previous start committed.
  return store.write({ key: `start:learner:${learner.id}` }, async (tx) => {
    const { assignment, closedMessage } = await countedAssignment(
      tx,
      learner,
      scenario.id,
      input.assignmentId,
      now,
    );
    // Asked for by name: explain. From the library: practise without counting towards it.
    if (closedMessage !== null && input.assignmentId !== undefined) throw conflict(closedMessage);
    const assignmentId = assignment?.id ?? null;
    const current = await openAttempt(tx, learner.id, scenario.id, assignmentId);
    if (current && !input.restart) return { attemptId: current.id, resumed: true, setAsideAttemptId: null };
    if (assignment && assignment.maxAttempts !== null) {
      if ((await attemptsUsedOn(tx, learner.id, assignment.id)) >= assignment.maxAttempts)
        throw conflict(ATTEMPT_LIMIT_MESSAGE(assignment.maxAttempts));
    }
    if (current) await setAside(tx, current.id, { kind: "restarted", tutorId: null, reason: null, now });
    const attempt = await startAttempt(tx, {
      learnerId: learner.id,
      learnerName: learner.displayName,
      scenario,
      assignmentId,
      now,
    });
    return { attemptId: attempt.id, resumed: false, setAsideAttemptId: current?.id ?? null };
  });
}

async function setAside(
  scope: Scope,
  attemptId: number,
  by: { kind: VoidKind; tutorId: number | null; reason: string | null; now: Date },
) {
  const { t, db } = scope;
  await db
    .update(t.attempts)
    .set({
      status: "void",
      voidKind: by.kind,
      voidedAt: by.now,
      voidedByTutorId: by.tutorId,
      voidReason: by.reason,
      updatedAt: by.now,
    })
    .where(eq(t.attempts.id, attemptId));
}

/** The learner's attempts in progress, newest first, for "Carry on" on the brief and the library. */
export function openAttempts(scope: Scope, learnerId: number) {
  const { t, db } = scope;
  return db
    .select({
      id: t.attempts.id,
      scenarioId: t.attempts.scenarioId,
      assignmentId: t.attempts.assignmentId,
      startedAt: t.attempts.startedAt,
      updatedAt: t.attempts.updatedAt,
    })
    .from(t.attempts)
    .where(and(eq(t.attempts.learnerId, learnerId), eq(t.attempts.status, "in_progress")))
    .orderBy(desc(t.attempts.updatedAt), desc(t.attempts.id));
}

/**
 * A tutor resets (gives back: it does not use up an attempt) or voids (cancels; it still counts) one
 * of their learners' attempts. Audited on the attempt itself: who, when and why; its learner sees it.
 */
export function tutorSetAside(
  store: Store,
  input: {
    tutorId: number;
    attemptId: number;
    kind: Exclude<VoidKind, "restarted">;
    reason: string;
    now: Date;
  },
): Promise<{ attemptId: number; status: "void"; voidKind: VoidKind; voidedAt: Date; voidReason: string }> {
  // The attempt's row lock: a learner's action or submission on it waits, or goes first.
  return store.write({ attempt: input.attemptId }, async (tx) => {
    const { t, db } = tx;
    const [row] = await db
      .select({ attempt: t.attempts })
      .from(t.attempts)
      .innerJoin(t.learners, eq(t.learners.id, t.attempts.learnerId))
      .innerJoin(t.classes, eq(t.classes.id, t.learners.classId))
      .where(and(eq(t.attempts.id, input.attemptId), eq(t.classes.tutorId, input.tutorId)))
      .limit(1);
    if (!row) throw notFound("That attempt");
    if (row.attempt.status === "void") throw conflict("This attempt has already been set aside.");
    await setAside(tx, row.attempt.id, {
      kind: input.kind,
      tutorId: input.tutorId,
      reason: input.reason,
      now: input.now,
    });
    return {
      attemptId: row.attempt.id,
      status: "void" as const,
      voidKind: input.kind,
      voidedAt: input.now,
      voidReason: input.reason,
    };
  });
}

/** Set-aside attempts of one assignment with who set them aside, for the tutor's record. */
export function setAsideAttempts(scope: Scope, assignmentId: number) {
  const { t, db } = scope;
  return db
    .select({
      attemptId: t.attempts.id,
      learnerId: t.attempts.learnerId,
      learnerName: t.learners.displayName,
      voidKind: t.attempts.voidKind,
      voidedAt: t.attempts.voidedAt,
      voidReason: t.attempts.voidReason,
      tutorName: t.tutors.name,
      submittedAt: t.attempts.submittedAt,
    })
    .from(t.attempts)
    .innerJoin(t.learners, eq(t.learners.id, t.attempts.learnerId))
    .leftJoin(t.tutors, eq(t.tutors.id, t.attempts.voidedByTutorId))
    .where(
      and(
        eq(t.attempts.assignmentId, assignmentId),
        eq(t.attempts.status, "void"),
        ne(t.attempts.voidKind, "restarted"),
      ),
    )
    .orderBy(desc(t.attempts.voidedAt));
}
