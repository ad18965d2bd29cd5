import { z } from "zod";
import { notFound } from "@/server/core/domain-errors";
import { toLearnerView } from "@/server/core/scenarios/learner-view";
import { getScenario, listScenarios } from "@/server/scenarios/scenario-registry";
import { router } from "../init";
import { publicProcedure } from "../procedures";

export const scenariosRouter = router({
  /** The scenario library: titles, stages, timings and learning outcomes (no rubric), dated as if started now. */
  list: publicProcedure.query(({ ctx }) =>
    listScenarios().map((s) => {
      const view = toLearnerView(getScenario(s.id)!, ctx.now());
      return { ...s, learningOutcomes: view.learningOutcomes, brief: view.brief };
    }),
  ),
  /** One scenario's brief as a learner sees it before starting, dated as if they started now. */
  get: publicProcedure
    .input(z.object({ scenarioId: z.string().trim().min(1).max(80) }))
    .query(({ ctx, input }) => {
      const scenario = getScenario(input.scenarioId);
      if (!scenario) throw notFound(`Scenario "${input.scenarioId}"`);
      return toLearnerView(scenario, ctx.now());
    }),
});
