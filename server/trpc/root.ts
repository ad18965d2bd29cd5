import { router } from "./init";
import { assignmentsRouter } from "./routers/assignments";
import { attemptsRouter } from "./routers/attempts";
import { authRouter } from "./routers/auth";
import { classesRouter } from "./routers/classes";
import { crmRouter } from "./routers/crm";
import { insightsRouter } from "./routers/insights";
import { resultsRouter } from "./routers/results";
import { previewRouter } from "./routers/preview";
import { scenariosRouter } from "./routers/scenarios";
import { tutorAttemptsRouter } from "./routers/tutor-attempts";

export const appRouter = router({
  auth: authRouter,
  classes: classesRouter,
  assignments: assignmentsRouter,
  crm: crmRouter,
  insights: insightsRouter,
  scenarios: scenariosRouter,
  attempts: attemptsRouter,
  results: resultsRouter,
  tutorAttempts: tutorAttemptsRouter,
  preview: previewRouter,
});

export type AppRouter = typeof appRouter;
