/**
 * A tutor's view of their classes' work: the live dashboard, an assignment's results and debrief,
 * moderation of marks (with an audit trail the learner sees) and the CSV export. Tutor-only; another
 * tutor's class, assignment or attempt answers NOT_FOUND.
 */
import { z } from "zod";
import * as results from "@/server/data/results";
import { router } from "../init";
import { tutorProcedure } from "../procedures";

const id = z.number({ error: "A whole-number id is needed." }).int().positive().max(Number.MAX_SAFE_INTEGER);

export const overrideInputSchema = z.object({
  attemptId: id,
  criterionId: z.string({ error: "Choose a criterion." }).trim().min(1, "Choose a criterion.").max(80),
  newStatus: z.enum(results.CRITERION_STATUSES, { error: "Choose met, partly met or not met." }),
  comment: z
    .string({ error: "Explain the change for the learner." })
    .trim()
    .min(1, "Explain the change for the learner.")
    .max(1000, "Comments can be up to 1,000 characters."),
});

export const resultsRouter = router({
  /**
   * Polled by the live dashboard (every 1.5 s): one indexed query over the class's learners and
   * their latest attempt's stored summary; no event replay.
   */
  live: tutorProcedure
    .input(z.object({ classId: id }))
    .query(({ ctx, input }) => results.liveClass(ctx.db, ctx.tutor.id, input.classId)),

  /** Learner × criterion grid for an assignment, class aggregates and the criteria most often missed. */
  assignmentResults: tutorProcedure
    .input(z.object({ assignmentId: id }))
    .query(({ ctx, input }) => results.assignmentResults(ctx.db, ctx.tutor.id, input.assignmentId)),

  /** Overrides one criterion's mark; total and band are recomputed and the change is audited. */
  overrideCriterion: tutorProcedure
    .input(overrideInputSchema)
    .mutation(({ ctx, input }) => results.overrideCriterion(ctx.db, ctx.tutor.id, input, ctx.now())),

  /** The audit trail of an attempt's overrides, oldest first. */
  overrideHistory: tutorProcedure
    .input(z.object({ attemptId: id }))
    .query(({ ctx, input }) => results.overrideHistory(ctx.db, ctx.tutor.id, input.attemptId)),

  /** The assignment's results as a CSV file (UTF-8 with BOM). */
  exportCsv: tutorProcedure
    .input(z.object({ assignmentId: id }))
    .query(({ ctx, input }) => results.exportCsv(ctx.db, ctx.tutor.id, input.assignmentId, ctx.now())),
});
