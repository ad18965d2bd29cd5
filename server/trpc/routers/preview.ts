/**
 * Tutor preview: a tutor plays any scenario as a learner. Their preview learner has no class, so
 * nothing they do counts in any class's results. While previewing, this browser acts as that
 * learner (learner pages and procedures work; tutor ones say to end the preview first).
 */
import { z } from "zod";
import { notFound } from "@/server/core/domain-errors";
import { startOrResume } from "@/server/data/attempt-lifecycle";
import { previewLearner } from "@/server/data/previews";
import { getScenario } from "@/server/scenarios/scenario-registry";
import { router } from "../init";
import { publicProcedure, tutorProcedure } from "../procedures";

export const previewRouter = router({
  /** Starts (or carries on with) the tutor's preview attempt at a scenario and switches this browser to preview. */
  start: tutorProcedure
    .input(z.object({ scenarioId: z.string().trim().min(1).max(80), restart: z.boolean().optional() }))
    .mutation(async ({ ctx, input }) => {
      const scenario = getScenario(input.scenarioId);
      if (!scenario) throw notFound(`Scenario "${input.scenarioId}"`);
      const learner = await previewLearner(ctx.store, ctx.tutor);
      const started = await startOrResume(ctx.store, {
        learner: { id: learner.id, classId: null, displayName: learner.displayName },
        scenario,
        restart: input.restart ?? false,
        now: ctx.now(),
      });
      await ctx.session.save({ ...ctx.session.read(), preview: true });
      return started;
    }),

  /** Back to the tutor's own pages (does nothing for anyone not previewing). */
  end: publicProcedure.mutation(async ({ ctx }) => {
    const session = ctx.session.read();
    if (!session.preview) return { previewing: false };
    await ctx.session.save({ ...session, preview: undefined });
    return { previewing: false };
  }),
});
