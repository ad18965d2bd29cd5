/** Moderation: a tutor overrides a criterion's mark with a comment, and every override is kept for audit. */
import { asc, eq, inArray } from "drizzle-orm";
import type { Scope, Store } from "@/db/store";
import { invalid } from "@/server/core/domain-errors";
import type { Band } from "@/server/core/scenarios/scenario-schema";
import type { AttemptReport, CriterionStatus } from "@/server/core/scenarios/scoring";
import { loadReport } from "../attempts";
import { tutorAttempt } from "./scope";

/** Every override of the given attempts, oldest first, with the tutor's name. */
export async function overridesFor(scope: Scope, attemptIds: number[]) {
  if (attemptIds.length === 0) return [];
  const { t, db } = scope;
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
    .orderBy(asc(t.markOverrides.id));
}

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
 * so the live dashboard picks the change up). One write transaction holding the attempt (its row lock
 * on PostgreSQL, the write lock on SQLite), so two tutors moderating at once from different server
 * processes cannot both read the same "previous" status.
 */
export async function overrideCriterion(
  store: Store,
  tutorId: number,
  input: { attemptId: number; criterionId: string; newStatus: CriterionStatus; comment: string },
  now: Date,
): Promise<OverrideResult> {
  // Checked before the write, so another tutor's (or a missing) attempt takes no lock at all.
  await tutorAttempt(store, tutorId, input.attemptId);
  return store.write({ attempt: input.attemptId }, async (tx) => {
    const { t, db } = tx;
    // Read again under the lock: what the override is measured against must be the latest.
    const { attempt } = await tutorAttempt(tx, tutorId, input.attemptId);
    if (attempt.status !== "submitted" || !attempt.report) {
      throw invalid("This attempt has not been submitted yet, so there is no mark to override.");
    }
    const current = (await loadReport(tx, attempt))!;
    const criterion = current.criteria.find((c) => c.id === input.criterionId);
    if (!criterion) throw invalid(`This attempt's report has no criterion "${input.criterionId}".`);
    await db.insert(t.markOverrides).values({
      attemptId: attempt.id,
      criterionId: criterion.id,
      tutorId,
      previousStatus: criterion.status,
      newStatus: input.newStatus,
      comment: input.comment,
      createdAt: now,
    });
    const updated = (await loadReport(tx, attempt))!;
    await db
      .update(t.attempts)
      .set({ totalPercent: updated.totalPercent, band: updated.band, updatedAt: new Date() })
      .where(eq(t.attempts.id, attempt.id));
    return {
      attemptId: attempt.id,
      criterionId: criterion.id,
      previousStatus: criterion.status,
      newStatus: input.newStatus,
      totalPercent: updated.totalPercent,
      band: updated.band,
    };
  });
}

/** Every override of an attempt's marks, oldest first. */
export async function overrideHistory(scope: Scope, tutorId: number, attemptId: number) {
  const { attempt, displayName } = await tutorAttempt(scope, tutorId, attemptId);
  const report = attempt.report as unknown as AttemptReport | null;
  const titles = new Map((report?.criteria ?? []).map((c) => [c.id, c.title]));
  return {
    attemptId: attempt.id,
    learnerName: displayName,
    originalTotalPercent: report?.totalPercent ?? null,
    originalBand: report?.band ?? null,
    totalPercent: attempt.totalPercent,
    band: attempt.band,
    entries: (await overridesFor(scope, [attempt.id])).map(({ attemptId: _a, ...o }) => ({
      ...o,
      criterionTitle: titles.get(o.criterionId) ?? o.criterionId,
    })),
  };
}
