import { z } from "zod";
import { INSIGHT_PERIODS, insightsOverview } from "@/server/data/insights";
import { workspaceForRead } from "@/server/data/workspaces";
import { workspaceSelectorSchema } from "@/server/data/crm-inputs";
import { router } from "../init";
import { publicProcedure } from "../procedures";

export const insightsRouter = router({
  overview: publicProcedure
    .input(z.object({ workspace: workspaceSelectorSchema, period: z.enum(INSIGHT_PERIODS).default("12m") }))
    .query(async ({ ctx, input }) =>
      insightsOverview(
        ctx.store,
        await workspaceForRead(ctx.store, ctx.actor, input.workspace),
        input.period,
      ),
    ),
});
