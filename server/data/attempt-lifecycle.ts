/**
 * Where attempts begin and end outside the engine: one open attempt per learner, scenario and
 * assignment (found again rather than duplicated), "Start again" that sets the old one aside, the
 * assignment's terms (closed, locked, attempts allowed, held marks), and a tutor's reset or void.
 * Every check runs inside the write's (IMMEDIATE) transaction, so two tabs or two server processes
 * cannot both start an attempt.
 */
import { and, desc, eq, isNull, ne } from "drizzle-orm";
import type { AppDatabase, Db } from "@/db/client";
import * as t from "@/db/schema";
import { ATTEMPT_LIMIT_MESSAGE, attemptsUsed, availability } from "@/server/core/assignment-rules";
import { conflict, invalid, notFound } from "@/server/core/domain-errors";
import type { Scenario } from "@/server/core/scenarios/scenario-schema";
import type { VoidKind } from "@/server/core/vocabulary";
import { termsOf } from "./assignments";
import { startAttempt } from "./attempts";

type AttemptRow = typeof t.attempts.$inferSelect;
type AssignmentRow = typeof t.assignments.$inferSelect;

/**
 * The assignment a start counts towards: the one asked for (it must be in the learner's class and
 * for this scenario), or, from the library, the class's assignment of this scenario if there is one.
 */
function assignmentForStart(
  db: Db,
  learner: { classId: number | null },
  scenarioId: string,
  assignmentId: number | undefined,
): AssignmentRow | null {
  if (assignmentId !== undefined) {
    const assignment = db.select().from(t.assignments).where(eq(t.assignments.id, assignmentId)).get();
    if (!assignment || assignment.classId !== learner.classId) throw notFound("That assignment");
    if (assignment.scenarioId !== scenarioId) throw invalid("That assignment is for a different scenario.");
    return assignment;
  }
  if (learner.classId === null) return null;
  return (
    db
      .select()
      .from(t.assignments)
      .where(and(eq(t.assignments.classId, learner.classId), eq(t.assignments.scenarioId, scenarioId)))
      .get() ?? null
  );
}

/** The learner's attempt in progress at this scenario for this assignment (or for practice, when null). */
function openAttempt(
  db: Db,
  learnerId: number,
  scenarioId: string,
  assignmentId: number | null,
): AttemptRow | undefined {
  return db
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
    .get();
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
  db: AppDatabase,
  input: {
    learner: { id: number; classId: number | null; displayName: string };
    scenario: Scenario;
    assignmentId?: number;
    restart: boolean;
    now: Date;
  },
): StartResult {
  const { learner, scenario, now } = input;
  return db.transaction((tx) => {
    let assignment = assignmentForStart(tx, learner, scenario.id, input.assignmentId);
    if (assignment) {
      const open = availability(termsOf(assignment), now);
      if (!open.open) {
        // Asked for by name: explain. From the library: practise without counting towards it.
        if (input.assignmentId !== undefined) throw conflict(open.message);
        assignment = null;
      }
    }
    const assignmentId = assignment?.id ?? null;
    const current = openAttempt(tx, learner.id, scenario.id, assignmentId);
    if (current && !input.restart) return { attemptId: current.id, resumed: true, setAsideAttemptId: null };
    if (assignment && assignment.maxAttempts !== null) {
      const mine = tx
        .select({
          status: t.attempts.status,
          submittedAt: t.attempts.submittedAt,
          voidKind: t.attempts.voidKind,
        })
        .from(t.attempts)
        .where(and(eq(t.attempts.learnerId, learner.id), eq(t.attempts.assignmentId, assignment.id)))
        .all();
      if (attemptsUsed(mine) >= assignment.maxAttempts)
        throw conflict(ATTEMPT_LIMIT_MESSAGE(assignment.maxAttempts));
    }
    if (current) setAside(tx, current.id, { kind: "restarted", tutorId: null, reason: null, now });
    const attempt = startAttempt(tx, {
      learnerId: learner.id,
      learnerName: learner.displayName,
      scenario,
      assignmentId,
      now,
    });
    return { attemptId: attempt.id, resumed: false, setAsideAttemptId: current?.id ?? null };
  });
}

function setAside(
  db: Db,
  attemptId: number,
  by: { kind: VoidKind; tutorId: number | null; reason: string | null; now: Date },
) {
  db.update(t.attempts)
    .set({
      status: "void",
      voidKind: by.kind,
      voidedAt: by.now,
      voidedByTutorId: by.tutorId,
      voidReason: by.reason,
      updatedAt: by.now,
    })
    .where(eq(t.attempts.id, attemptId))
    .run();
}

/** The learner's attempts in progress, newest first, for "Carry on" on the brief and the library. */
export function openAttempts(db: Db, learnerId: number) {
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
    .orderBy(desc(t.attempts.updatedAt), desc(t.attempts.id))
    .all();
}

/**
 * A tutor resets (gives back: it does not use up an attempt) or voids (cancels; it still counts) one
 * of their learners' attempts. Audited on the attempt itself: who, when and why; its learner sees it.
 */
export function tutorSetAside(
  db: AppDatabase,
  input: {
    tutorId: number;
    attemptId: number;
    kind: Exclude<VoidKind, "restarted">;
    reason: string;
    now: Date;
  },
): { attemptId: number; status: "void"; voidKind: VoidKind; voidedAt: Date; voidReason: string } {
  return db.transaction((tx) => {
    const row = tx
      .select({ attempt: t.attempts })
      .from(t.attempts)
      .innerJoin(t.learners, eq(t.learners.id, t.attempts.learnerId))
      .innerJoin(t.classes, eq(t.classes.id, t.learners.classId))
      .where(and(eq(t.attempts.id, input.attemptId), eq(t.classes.tutorId, input.tutorId)))
      .get();
    if (!row) throw notFound("That attempt");
    if (row.attempt.status === "void") throw conflict("This attempt has already been set aside.");
    setAside(tx, row.attempt.id, {
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
export function setAsideAttempts(db: Db, assignmentId: number) {
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
    .orderBy(desc(t.attempts.voidedAt))
    .all();
}
