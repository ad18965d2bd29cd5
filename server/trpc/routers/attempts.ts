/**
 * Scenario attempts for learners. Before submission a learner sees the brief, the conversation and
 * their own CRM copy, never the rubric, the scripted reactions or the model answer. The tutor alone
 * sees the remarks to check (`remarksToCheck`).
 */
import { z } from "zod";
import { startWithinLimit } from "@/server/auth/attempt-starts";
import { voidNotice } from "@/server/core/assignment-rules";
import type { AttemptStatus, VoidKind } from "@/server/core/vocabulary";
import { conflict, invalid, notFound } from "@/server/core/domain-errors";
import type { StoredEvent } from "@/server/core/scenarios/engine-types";
import { withGateFlags } from "@/server/core/scenarios/gates";
import { hasWorkToMark, learnerActionSchema } from "@/server/core/scenarios/learner-actions";
import { toLearnerView } from "@/server/core/scenarios/learner-view";
import type { Scenario } from "@/server/core/scenarios/scenario-schema";
import { startPlan } from "@/server/data/attempt-lifecycle";
import { marksHeldFor, workTerms } from "@/server/data/attempt-terms";
import * as attempts from "@/server/data/attempts";
import { holdsNameControls, nameControlsMessage } from "@/server/data/name-text";
import { overridesFor } from "@/server/data/results";
import { readableAttempt } from "@/server/data/workspaces";
import { getScenario } from "@/server/scenarios/scenario-registry";
import { router } from "../init";
import { learnerProcedure, signedInProcedure, tutorProcedure } from "../procedures";

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

/** Why an attempt was set aside, for its learner and tutor to read; null while it counts. */
function voidedView(a: {
  status: AttemptStatus;
  voidKind: VoidKind | null;
  voidedAt: Date | null;
  voidReason: string | null;
}) {
  if (a.status !== "void" || !a.voidKind) return null;
  return {
    kind: a.voidKind,
    at: a.voidedAt,
    reason: a.voidReason,
    notice: voidNotice(a.voidKind, a.voidReason),
  };
}

export const attemptsRouter = router({
  /**
   * Starts the scenario, or returns the learner's attempt already in progress at it (one open attempt
   * per scenario and assignment). `restart` sets that attempt aside and starts afresh ("Start again").
   */
  start: learnerProcedure
    .input(
      z.object({
        scenarioId: z.string().trim().min(1).max(80),
        assignmentId: z.number().int().positive().optional(),
        restart: z.boolean().optional(),
      }),
    )
    .mutation(({ ctx, input }) =>
      startWithinLimit(ctx.store, ctx.ip, {
        learner: ctx.learner,
        scenario: scenarioOrThrow(input.scenarioId),
        assignmentId: input.assignmentId,
        restart: input.restart ?? false,
        now: ctx.now(),
      }),
    ),

  /**
   * What a start at this scenario would do for this learner: the assignment it counts towards (or
   * practice, with the reason when the assignment is closed), the attempt to carry on, attempts left.
   * Decided by the same rule as `start`, so the brief never offers what the start would not do.
   */
  startPlan: learnerProcedure
    .input(
      z.object({
        scenarioId: z.string().trim().min(1).max(80),
        assignmentId: z.number().int().positive().optional(),
      }),
    )
    .query(({ ctx, input }) =>
      startPlan(ctx.store, {
        learner: ctx.learner,
        scenarioId: scenarioOrThrow(input.scenarioId).id,
        assignmentId: input.assignmentId,
        now: ctx.now(),
      }),
    ),

  /** The learner's attempts, newest first; marks the tutor is holding are not sent (learnerAttemptList). */
  mine: learnerProcedure.query(async ({ ctx }) =>
    (await attempts.learnerAttemptList(ctx.store, ctx.learner.id)).map((a) => ({
      id: a.id,
      scenarioId: a.scenarioId,
      scenarioTitle: getScenario(a.scenarioId)?.title ?? a.scenarioId,
      assignmentId: a.assignmentId,
      status: a.status,
      startedAt: a.startedAt,
      submittedAt: a.submittedAt,
      late: a.late,
      awaitingMarks: a.awaitingMarks,
      totalPercent: a.totalPercent,
      band: a.band,
      voided: voidedView(a),
    })),
  ),

  /** The workspace view: brief, conversation, clock and objectives (learner, or their tutor read-only). */
  get: signedInProcedure.input(attemptIdSchema).query(async ({ ctx, input }) => {
    const { attempt, learner } = await readableAttempt(ctx.store, ctx.actor, input.attemptId);
    const scenario = scenarioOrThrow(attempt.scenarioId);
    const origin = await attempts.attemptOrigin(ctx.store, attempt);
    const isLearner = ctx.actor.kind === "learner";
    // Held marks: the learner sees the attempt as they left it, with no verdicts, until release.
    const awaitingMarks = attempt.status === "submitted" && (await marksHeldFor(ctx.store, attempt));
    const marked = attempt.status === "submitted" && !(isLearner && awaitingMarks);
    const { blockedReason: blocked, deadline } =
      isLearner && attempt.status === "in_progress"
        ? await workTerms(ctx.store, attempt, ctx.now())
        : { blockedReason: null, deadline: null };
    const events = (await attempts.loadEvents(ctx.store, attempt.id)).map(({ clientId: _c, ...e }) =>
      learnerSafeEvent(e, marked),
    );
    return {
      id: attempt.id,
      status: attempt.status,
      learnerName: learner.displayName,
      startedAt: attempt.startedAt,
      submittedAt: attempt.submittedAt,
      late: attempt.late,
      awaitingMarks,
      voided: voidedView(attempt),
      /** Why an attempt in progress no longer takes work (assignment closed or locked), for the page to say. */
      blockedReason: blocked,
      /** While it takes work: when its assignment is due and whether it locks then, for the page to say. */
      deadline,
      /** Whether the caller may open the marked report now (false for a learner while marks are held). */
      reportReady: marked,
      viewer: ctx.actor.kind === "learner" ? ("learner" as const) : ("tutor" as const),
      scenarioId: attempt.scenarioId,
      origin,
      clockMinutes: attempt.clockMinutes,
      progress: learnerSafeProgress(attempt.progress, isLearner && !marked),
      scenario: toLearnerView(scenario, origin),
      events,
      /** Nothing but records opened: submitting now would be marked on nothing (a Fail). */
      nothingToMark: !hasWorkToMark(events),
      canAct: isLearner && attempt.status === "in_progress" && blocked === null,
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
        // A task's title and an email's subject are one-line names others read (name-text.ts); the engine's
        // own schema is left as it is, so what is already stored replays as before.
        action: learnerActionSchema.superRefine((action, ctx) => {
          if ("title" in action && holdsNameControls(action.title))
            ctx.addIssue({ code: "custom", path: ["title"], message: nameControlsMessage("Task titles") });
          if ("subject" in action && action.subject !== undefined && holdsNameControls(action.subject))
            ctx.addIssue({ code: "custom", path: ["subject"], message: nameControlsMessage("Subjects") });
        }),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const attempt = await attempts.ownAttempt(ctx.store, ctx.learner.id, input.attemptId);
      const scenario = scenarioOrThrow(attempt.scenarioId);
      const result = await attempts.act(ctx.store, {
        learnerId: ctx.learner.id,
        learnerName: ctx.learner.displayName,
        attemptId: attempt.id,
        clientId: input.clientId,
        action: input.action,
        scenario,
        now: ctx.now(),
      });
      return { ...result, events: result.events.map((e) => learnerSafeEvent(e, false)) };
    }),

  submit: learnerProcedure.input(attemptIdSchema).mutation(async ({ ctx, input }) => {
    const attempt = await attempts.ownAttempt(ctx.store, ctx.learner.id, input.attemptId);
    const scenario = scenarioOrThrow(attempt.scenarioId);
    const done = await attempts.submit(ctx.store, {
      learnerId: ctx.learner.id,
      learnerName: ctx.learner.displayName,
      attemptId: attempt.id,
      scenario,
      now: ctx.now(),
    });
    // Held marks are not sent until the tutor releases them.
    const awaitingMarks = await marksHeldFor(ctx.store, done);
    return {
      attemptId: done.id,
      late: done.late,
      awaitingMarks,
      band: awaitingMarks ? null : done.band,
      totalPercent: awaitingMarks ? null : done.totalPercent,
    };
  }),

  /** The marked report with evidence and replay: only once submitted. */
  report: signedInProcedure.input(attemptIdSchema).query(async ({ ctx, input }) => {
    const { attempt, learner } = await readableAttempt(ctx.store, ctx.actor, input.attemptId);
    if (attempt.status === "void" && !attempt.submittedAt)
      throw conflict(voidNotice(attempt.voidKind ?? "restarted", attempt.voidReason));
    if (attempt.status === "in_progress")
      throw invalid("The report is ready once the attempt has been submitted.");
    if (ctx.actor.kind === "learner" && (await marksHeldFor(ctx.store, attempt))) {
      throw conflict(
        "Submitted, awaiting marks: your tutor has not released the marks for this assignment yet. Your report will be here once they do.",
      );
    }
    const scenario = scenarioOrThrow(attempt.scenarioId);
    const overrides = await overridesFor(ctx.store, [attempt.id]);
    return {
      attemptId: attempt.id,
      scenarioId: scenario.id,
      scenarioTitle: scenario.title,
      /** The assignment it counts towards (a tutor's way back is its results page). */
      assignmentId: attempt.assignmentId,
      learnerName: learner.displayName,
      startedAt: attempt.startedAt,
      submittedAt: attempt.submittedAt,
      late: attempt.late,
      voided: voidedView(attempt),
      origin: await attempts.attemptOrigin(ctx.store, attempt),
      report: withGateFlags((await attempts.loadReport(ctx.store, attempt))!),
      overrides,
      events: (await attempts.loadEvents(ctx.store, attempt.id)).map(({ clientId: _c, ...e }) => e),
    };
  }),

  /**
   * "Remarks to check", for the learner's tutor only, once submitted: sentences the learned respect model reads as
   * remarks about the customer that the marker did not count (respect-review-list.ts). Not marks, so never in the
   * report a learner can open: a learner is refused here, before and after submitting (issue 8 item 9).
   */
  remarksToCheck: tutorProcedure.input(attemptIdSchema).query(async ({ ctx, input }) => {
    const { attempt } = await readableAttempt(ctx.store, ctx.actor, input.attemptId);
    if (attempt.status === "in_progress" || !attempt.submittedAt)
      throw invalid("Remarks to check are listed once the attempt has been submitted.");
    const scenario = scenarioOrThrow(attempt.scenarioId);
    const origin = await attempts.attemptOrigin(ctx.store, attempt);
    // Loaded on first use: the learned model's weights (285 kB) are needed by nothing else the server does.
    const { remarksToCheck } = await import("@/server/core/scenarios/respect-review-list");
    return { remarks: remarksToCheck(scenario, origin, await attempts.loadEvents(ctx.store, attempt.id)) };
  }),
});
