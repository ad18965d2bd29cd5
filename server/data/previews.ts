/**
 * Tutor preview: each tutor has one learner row of their own (previewTutorId) with no class, so the
 * scenarios they try as a learner never count in any class's results, lists or live view.
 */
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import * as t from "@/db/schema";

/** The tutor's preview learner, made the first time it is needed. */
export function previewLearner(
  db: Db,
  tutor: { id: number; name: string },
): { id: number; displayName: string } {
  const existing = db
    .select({ id: t.learners.id, displayName: t.learners.displayName })
    .from(t.learners)
    .where(eq(t.learners.previewTutorId, tutor.id))
    .get();
  if (existing) return existing;
  return (
    db
      .insert(t.learners)
      .values({ classId: null, displayName: `${tutor.name} (preview)`, previewTutorId: tutor.id })
      .onConflictDoNothing()
      .returning({ id: t.learners.id, displayName: t.learners.displayName })
      .get() ??
    db
      .select({ id: t.learners.id, displayName: t.learners.displayName })
      .from(t.learners)
      .where(eq(t.learners.previewTutorId, tutor.id))
      .get()!
  );
}
