/**
 * Tutor preview: each tutor has one learner row of their own (previewTutorId) with no class, so the
 * scenarios they try as a learner never count in any class's results, lists or live view.
 */
import { eq } from "drizzle-orm";
import type { Scope } from "@/db/store";

/** The tutor's preview learner, made the first time it is needed. */
export async function previewLearner(
  scope: Scope,
  tutor: { id: number; name: string },
): Promise<{ id: number; displayName: string }> {
  const { t, db } = scope;
  const find = async () =>
    (
      await db
        .select({ id: t.learners.id, displayName: t.learners.displayName })
        .from(t.learners)
        .where(eq(t.learners.previewTutorId, tutor.id))
        .limit(1)
    )[0];
  const existing = await find();
  if (existing) return existing;
  // Two requests making it at once: the unique preview_tutor_id keeps one, and the other reads it.
  const [made] = await db
    .insert(t.learners)
    .values({ classId: null, displayName: `${tutor.name} (preview)`, previewTutorId: tutor.id })
    .onConflictDoNothing()
    .returning({ id: t.learners.id, displayName: t.learners.displayName });
  return made ?? (await find())!;
}
