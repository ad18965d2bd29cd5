/**
 * Scenario attempts for learners. Before submission a learner sees the brief, the conversation and
 * their own CRM copy, never the rubric, the scripted reactions or the model answer.
 */
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import * as t from "@/db/schema";
import { invalid, notFound } from "@/server/core/domain-errors";
import type { StoredEvent } from "@/server/core/scenarios/engine-types";
import { learnerActionSchema } from "@/server/core/scenarios/learner-actions";
import { toLearnerView } from "@/server/core/scenarios/learner-view";
import type { Scenario } from "@/server/core/scenarios/scenario-schema";
import * as attempts from "@/server/data/attempts";
import { overridesFor } from "@/server/data/results";
import { readableAttempt } from "@/server/data/workspaces";
import { getScenario } from "@/server/scenarios/scenario-registry";
import { router } from "../init";
import { learnerProcedure, signedInProcedure } from "../procedures";

const attemptIdSchema = z.object({ attemptId: z.number().int().positive() });

function scenarioOrThrow(id: string): Scenario {
  const scenario = getScenario(id);
  if (!scenario) throw notFound(`Scenario "${id}"`);
  return scenario;
}

/** What a learner may see of an event before submitting: no analysis labels, no rule ids. */
export function learnerSafeEvent(e: StoredEvent, submitted: boolean) {
  if (submitted) return e;
  const payload = { ...e.payload };
  delete payload.analysis;
  delete payload.ruleId;
  delete payload.ruleIds;
  delete payload.marketingConsent;
  if (payload.remedy && typeof payload.remedy === "object") {
    const { cra: _cra, ...rest } = payload.remedy as Record<string, unknown>;
    payload.remedy = rest;
  }
  return { ...e, payload };
}

/**
 * The attempt's progress summary as its learner may see it before submitting: the clock and
 * counts, never the analyser's verdicts (LASS steps reached, their order). Otherwise a learner could
 * edit a reply until every step lights up. Tutors (the live view) and submitted attempts see it all.
 */
export function learnerSafeProgress(progress: Record<string, unknown> | null, hideVerdicts: boolean) {
  if (!progress || !hideVerdicts) return progress;
  const { lass: _lass, lassOrder: _order, ...rest } = progress;
  return rest;
}

export const attemptsRouter = router({
  start: learnerProcedure
    .input(
      z.object({
        scenarioId: z.string().trim().min(1).max(80),
        assignmentId: z.number().int().positive().optional(),
      }),
    )
    .mutation(({ ctx, input }) => {
      const scenario = scenarioOrThrow(input.scenarioId);
      let assignmentId: number | null = null;
      if (input.assignmentId !== undefined) {
        const assignment = ctx.db
          .select()
          .from(t.assignments)
          .where(eq(t.assignments.id, input.assignmentId))
          .get();
        if (!assignment || assignment.classId !== ctx.learner.classId) throw notFound("That assignment");
        if (assignment.scenarioId !== scenario.id)
          throw invalid("That assignment is for a different scenario.");
        assignmentId = assignment.id;
      } else if (ctx.learner.classId !== null) {
        // Practising an assigned scenario from the library still counts towards the assignment.
        const assignment = ctx.db
          .select()
          .from(t.assignments)
          .where(
            and(eq(t.assignments.classId, ctx.learner.classId), eq(t.assignments.scenarioId, scenario.id)),
          )
          .get();
        assignmentId = assignment?.id ?? null;
      }
      const attempt = attempts.startAttempt(ctx.db, {
        learnerId: ctx.learner.id,
        learnerName: ctx.learner.displayName,
        scenario,
        assignmentId,
        now: ctx.now(),
      });
      return { attemptId: attempt.id };
    }),

  mine: learnerProcedure.query(({ ctx }) =>
    attempts.learnerAttempts(ctx.db, ctx.learner.id).map((a) => ({
      id: a.id,
      scenarioId: a.scenarioId,
      scenarioTitle: getScenario(a.scenarioId)?.title ?? a.scenarioId,
      status: a.status,
      startedAt: a.startedAt,
      submittedAt: a.submittedAt,
      totalPercent: a.totalPercent,
      band: a.band,
    })),
  ),

  /** The workspace view: brief, conversation, clock and objectives (learner, or their tutor read-only). */
  get: signedInProcedure.input(attemptIdSchema).query(({ ctx, input }) => {
    const { attempt, learner } = readableAttempt(ctx.db, ctx.actor, input.attemptId);
    const scenario = scenarioOrThrow(attempt.scenarioId);
    const origin = attempts.attemptOrigin(ctx.db, attempt);
    const submitted = attempt.status === "submitted";
    return {
      id: attempt.id,
      status: attempt.status,
      learnerName: learner.displayName,
      startedAt: attempt.startedAt,
      submittedAt: attempt.submittedAt,
      origin,
      clockMinutes: attempt.clockMinutes,
      progress: learnerSafeProgress(attempt.progress, ctx.actor.kind === "learner" && !submitted),
      scenario: toLearnerView(scenario, origin),
      events: attempts
        .loadEvents(ctx.db, attempt.id)
        .map(({ clientId: _c, ...e }) => learnerSafeEvent(e, submitted)),
      canAct: ctx.actor.kind === "learner" && !submitted,
    };
  }),

  act: learnerProcedure
    .input(
      z.object({
        attemptId: z.number().int().positive(),
        clientId: z
          .string()
          .trim()
          .min(8)
          .max(64)
          .regex(/^[A-Za-z0-9_-]+$/, "Client id must be letters, digits, - or _."),
        action: learnerActionSchema,
      }),
    )
    .mutation(({ ctx, input }) => {
      const attempt = attempts.ownAttempt(ctx.db, ctx.learner.id, input.attemptId);
      const scenario = scenarioOrThrow(attempt.scenarioId);
      const result = attempts.act(ctx.db, {
        learnerId: ctx.learner.id,
        learnerName: ctx.learner.displayName,
        attemptId: attempt.id,
        clientId: input.clientId,
        action: input.action,
        scenario,
      });
      return { ...result, events: result.events.map((e) => learnerSafeEvent(e, false)) };
    }),

  submit: learnerProcedure.input(attemptIdSchema).mutation(({ ctx, input }) => {
    const attempt = attempts.ownAttempt(ctx.db, ctx.learner.id, input.attemptId);
    const scenario = scenarioOrThrow(attempt.scenarioId);
    const done = attempts.submit(ctx.db, {
      learnerId: ctx.learner.id,
      learnerName: ctx.learner.displayName,
      attemptId: attempt.id,
      scenario,
      now: ctx.now(),
    });
    return { attemptId: done.id, band: done.band, totalPercent: done.totalPercent };
  }),

  /** The marked report with evidence and replay: only once submitted. */
  report: signedInProcedure.input(attemptIdSchema).query(({ ctx, input }) => {
    const { attempt, learner } = readableAttempt(ctx.db, ctx.actor, input.attemptId);
    if (attempt.status !== "submitted")
      throw invalid("The report is ready once the attempt has been submitted.");
    const scenario = scenarioOrThrow(attempt.scenarioId);
    const overrides = overridesFor(ctx.db, [attempt.id]);
    return {
      attemptId: attempt.id,
      scenarioId: scenario.id,
      scenarioTitle: scenario.title,
      learnerName: learner.displayName,
      startedAt: attempt.startedAt,
      submittedAt: attempt.submittedAt,
      origin: attempts.attemptOrigin(ctx.db, attempt),
      report: attempts.reportWithOverrides(ctx.db, attempt)!,
      overrides,
      events: attempts.loadEvents(ctx.db, attempt.id).map(({ clientId: _c, ...e }) => e),
    };
  }),
});
