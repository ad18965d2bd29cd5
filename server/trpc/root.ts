import { router } from "./init";
import { assignmentsRouter } from "./routers/assignments";
import { attemptsRouter } from "./routers/attempts";
import { authRouter } from "./routers/auth";
import { classesRouter } from "./routers/classes";
import { crmRouter } from "./routers/crm";
import { insightsRouter } from "./routers/insights";
import { resultsRouter } from "./routers/results";
import { scenariosRouter } from "./routers/scenarios";

export const appRouter = router({
  auth: authRouter,
  classes: classesRouter,
  assignments: assignmentsRouter,
  crm: crmRouter,
  insights: insightsRouter,
  scenarios: scenariosRouter,
  attempts: attemptsRouter,
  results: resultsRouter,
});

export type AppRouter = typeof appRouter;
