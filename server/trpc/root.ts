import { router } from "./init";
import { assignmentsRouter } from "./routers/assignments";
import { authRouter } from "./routers/auth";
import { classesRouter } from "./routers/classes";
import { crmRouter } from "./routers/crm";
import { insightsRouter } from "./routers/insights";

export const appRouter = router({
  auth: authRouter,
  classes: classesRouter,
  assignments: assignmentsRouter,
  crm: crmRouter,
  insights: insightsRouter,
});

export type AppRouter = typeof appRouter;
