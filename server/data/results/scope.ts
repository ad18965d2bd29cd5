/**
 * What a tutor's results can reach: assignments and attempts in the tutor's own classes (anything else
 * is "not found", whether it exists or not), and the scenarios they name, which may since have been
 * removed from the registry.
 */
import { and, eq } from "drizzle-orm";
import type * as schema from "@/db/schema";
import type { Scope } from "@/db/store";
import { notFound } from "@/server/core/domain-errors";
import { marksLass } from "@/server/core/scenarios/lass-steps";
import type { Scenario } from "@/server/core/scenarios/scenario-schema";
import { getScenario } from "@/server/scenarios/scenario-registry";

export type AttemptRow = typeof schema.attempts.$inferSelect;

export function scenarioOrUndefined(id: string): Scenario | undefined {
  try {
    return getScenario(id);
  } catch {
    return undefined;
  }
}

export const scenarioTitle = (id: string) => scenarioOrUndefined(id)?.title ?? "Scenario no longer available";

/** Whether the scenario marks LASS (one no longer available is assumed to, as it was marked so). */
export const scenarioMarksLass = (id: string) => {
  const scenario = scenarioOrUndefined(id);
  return scenario ? marksLass(scenario) : true;
};

export /** An assignment in one of this tutor's classes, with the class name; otherwise not found. */
async function tutorAssignment(scope: Scope, tutorId: number, assignmentId: number) {
  const { t, db } = scope;
  const [row] = await db
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
    .limit(1);
  if (!row) throw notFound("Assignment");
  return row;
}

export /** An attempt by a learner in one of this tutor's classes; otherwise not found. */
async function tutorAttempt(
  scope: Scope,
  tutorId: number,
  attemptId: number,
): Promise<{ attempt: AttemptRow; displayName: string }> {
  const { t, db } = scope;
  const [row] = await db
    .select({ attempt: t.attempts, displayName: t.learners.displayName })
    .from(t.attempts)
    .innerJoin(t.learners, eq(t.learners.id, t.attempts.learnerId))
    .innerJoin(t.classes, eq(t.classes.id, t.learners.classId))
    .where(and(eq(t.attempts.id, attemptId), eq(t.classes.tutorId, tutorId)))
    .limit(1);
  if (!row) throw notFound("That attempt");
  return row;
}
