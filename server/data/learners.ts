/**
 * Learners: a display name and nothing else (no email). A learner belongs to one class, or to none
 * when practising alone. Tutor operations on learners always go through the tutor's own classes.
 */
import { and, count, eq, gt, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { AppDatabase } from "@/db/client";
import type { Scope } from "@/db/store";
import * as t from "@/db/schema";
import { notFound } from "@/server/core/domain-errors";
import { requireTutorClass } from "./classes";

/** After a tutor resets a learner's access, the learner has this long to rejoin and pick up their record. */
export const RECLAIM_WINDOW_MS = 60 * 60_000;

export interface LearnerSessionInfo {
  id: number;
  classId: number | null;
  displayName: string;
  sessionVersion: number;
}

export interface RosterEntry {
  id: number;
  displayName: string;
  joinedAt: Date;
  /** Set while a reset learner has not rejoined yet. */
  accessResetAt: Date | null;
  /** True while the learner can still rejoin under the same name and get their record back. */
  awaitingRejoin: boolean;
  attemptsStarted: number;
  attemptsSubmitted: number;
}

const sessionColumns = {
  id: t.learners.id,
  classId: t.learners.classId,
  displayName: t.learners.displayName,
  sessionVersion: t.learners.sessionVersion,
};

/** Case- and space-insensitive comparison key for display names. */
export function nameKey(displayName: string): string {
  return displayName.normalize("NFKC").replace(/\s+/g, " ").trim().toLocaleLowerCase("en-GB");
}

export function createLearner(
  db: AppDatabase,
  values: { classId: number | null; displayName: string },
): LearnerSessionInfo {
  return db.insert(t.learners).values(values).returning(sessionColumns).get();
}

/** A learner who has not been removed. */
export async function getActiveLearner(
  scope: Scope,
  learnerId: number,
): Promise<LearnerSessionInfo | undefined> {
  const { t: tables, db } = scope;
  const [learner] = await db
    .select({
      id: tables.learners.id,
      classId: tables.learners.classId,
      displayName: tables.learners.displayName,
      sessionVersion: tables.learners.sessionVersion,
    })
    .from(tables.learners)
    .where(and(eq(tables.learners.id, learnerId), isNull(tables.learners.removedAt)))
    .limit(1);
  return learner;
}

export function renameLearner(db: AppDatabase, learnerId: number, displayName: string): LearnerSessionInfo {
  return db
    .update(t.learners)
    .set({ displayName })
    .where(eq(t.learners.id, learnerId))
    .returning(sessionColumns)
    .get()!;
}

/** Learners in the class (not removed) whose name matches, case-insensitively. */
export function learnersNamed(db: AppDatabase, classId: number, displayName: string) {
  const key = nameKey(displayName);
  return db
    .select({ ...sessionColumns, accessResetAt: t.learners.accessResetAt })
    .from(t.learners)
    .where(and(eq(t.learners.classId, classId), isNull(t.learners.removedAt)))
    .all()
    .filter((l) => nameKey(l.displayName) === key);
}

/**
 * If a tutor recently reset the access of a learner with this name in this class, hands that learner
 * to the caller (first come, first served) and returns them; otherwise undefined.
 */
export function reclaimResetLearner(
  db: AppDatabase,
  classId: number,
  displayName: string,
  now: Date,
): LearnerSessionInfo | undefined {
  const since = new Date(now.getTime() - RECLAIM_WINDOW_MS);
  const candidate = learnersNamed(db, classId, displayName).find(
    (l) => l.accessResetAt !== null && l.accessResetAt > since,
  );
  if (!candidate) return undefined;
  const claimed = db
    .update(t.learners)
    .set({ accessResetAt: null })
    .where(
      and(
        eq(t.learners.id, candidate.id),
        isNotNull(t.learners.accessResetAt),
        gt(t.learners.accessResetAt, since),
      ),
    )
    .returning(sessionColumns)
    .get();
  return claimed;
}

/** A learner in one of the tutor's classes, or not_found. */
function requireTutorLearner(db: AppDatabase, tutorId: number, learnerId: number) {
  const row = db
    .select({ id: t.learners.id, classId: t.learners.classId, removedAt: t.learners.removedAt })
    .from(t.learners)
    .innerJoin(t.classes, eq(t.classes.id, t.learners.classId))
    .where(and(eq(t.learners.id, learnerId), eq(t.classes.tutorId, tutorId)))
    .get();
  if (!row || row.removedAt !== null) throw notFound("Learner");
  return row;
}

/** The class's learners (not removed), in the order they joined, with a count of their attempts. */
export function listRoster(
  db: AppDatabase,
  tutorId: number,
  classId: number,
  now: Date,
): { learners: RosterEntry[]; removedCount: number } {
  requireTutorClass(db, tutorId, classId);
  const rows = db
    .select({
      id: t.learners.id,
      displayName: t.learners.displayName,
      joinedAt: t.learners.createdAt,
      accessResetAt: t.learners.accessResetAt,
      removedAt: t.learners.removedAt,
    })
    .from(t.learners)
    .where(eq(t.learners.classId, classId))
    .orderBy(t.learners.createdAt, t.learners.id)
    .all();
  const active = rows.filter((r) => r.removedAt === null);
  const ids = active.map((r) => r.id);
  const attemptCounts = new Map<number, { started: number; submitted: number }>();
  if (ids.length > 0) {
    for (const r of db
      .select({
        learnerId: t.attempts.learnerId,
        started: count(),
        submitted: sql<number>`sum(case when ${t.attempts.status} = 'submitted' then 1 else 0 end)`,
      })
      .from(t.attempts)
      .where(inArray(t.attempts.learnerId, ids))
      .groupBy(t.attempts.learnerId)
      .all()) {
      attemptCounts.set(r.learnerId, { started: r.started, submitted: Number(r.submitted ?? 0) });
    }
  }
  const since = now.getTime() - RECLAIM_WINDOW_MS;
  return {
    learners: active.map((r) => ({
      id: r.id,
      displayName: r.displayName,
      joinedAt: r.joinedAt,
      accessResetAt: r.accessResetAt,
      awaitingRejoin: r.accessResetAt !== null && r.accessResetAt.getTime() > since,
      attemptsStarted: attemptCounts.get(r.id)?.started ?? 0,
      attemptsSubmitted: attemptCounts.get(r.id)?.submitted ?? 0,
    })),
    removedCount: rows.length - active.length,
  };
}

/** Signs the learner out on every device: the session version their cookies carry moves on. */
export function endLearnerSessions(db: AppDatabase, learnerId: number): void {
  db.update(t.learners)
    .set({ sessionVersion: sql`${t.learners.sessionVersion} + 1` })
    .where(eq(t.learners.id, learnerId))
    .run();
}

/** Takes the learner out of the class: their session stops working; their attempts are kept. */
export function removeLearner(db: AppDatabase, tutorId: number, learnerId: number, now: Date): void {
  requireTutorLearner(db, tutorId, learnerId);
  db.update(t.learners)
    .set({ removedAt: now, accessResetAt: null, sessionVersion: sql`${t.learners.sessionVersion} + 1` })
    .where(eq(t.learners.id, learnerId))
    .run();
}

/**
 * Signs the learner out everywhere (their session version moves on) and lets them rejoin with the
 * class code and the same display name, within RECLAIM_WINDOW_MS, to carry on with their own record.
 */
export function resetLearnerAccess(
  db: AppDatabase,
  tutorId: number,
  learnerId: number,
  now: Date,
): { reclaimUntil: Date } {
  requireTutorLearner(db, tutorId, learnerId);
  db.update(t.learners)
    .set({ accessResetAt: now, sessionVersion: sql`${t.learners.sessionVersion} + 1` })
    .where(eq(t.learners.id, learnerId))
    .run();
  return { reclaimUntil: new Date(now.getTime() + RECLAIM_WINDOW_MS) };
}
