/**
 * What a tutor's results can reach: assignments and attempts in the tutor's own classes (anything else
 * is "not found", whether it exists or not), and the scenarios they name, which may since have been
 * removed from the registry.
 */
import { and, eq } from "drizzle-orm";
import type * as schema from "@/db/schema";
import type { Scope } from "@/db/store";
import { notFound } from "@/server/core/domain-errors";
import { type LassStep, lassStepsShown } from "@/server/core/scenarios/lass-steps";
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

/** The LASS steps the live view shows for the scenario (none for one no longer available: its rubric is gone). */
export const scenarioLassSteps = (id: string): LassStep[] => {
  const scenario = scenarioOrUndefined(id);
  return scenario ? lassStepsShown(scenario) : [];
};

/** What the scenario is marked on, as its core outcomes' titles (a Distinction needs every one met). */
export const scenarioCoreOutcomes = (id: string): string[] => {
  const scenario = scenarioOrUndefined(id);
  if (!scenario) return [];
  return scenario.coreCriteria.map((c) => scenario.rubric.find((r) => r.id === c)?.title ?? c);
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
