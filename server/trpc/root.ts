import { router } from "./init";
import { crmRouter } from "./routers/crm";
import { insightsRouter } from "./routers/insights";

export const appRouter = router({
  crm: crmRouter,
  insights: insightsRouter,
});

export type AppRouter = typeof appRouter;
