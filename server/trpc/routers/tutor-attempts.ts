/**
 * A tutor's control of one learner's attempt: reset it (given back; it does not use up an attempt)
 * or void it (cancelled; it still counts). Both need a reason, are audited on the attempt (who,
 * when, why) and are shown to the learner. Another tutor's attempt answers NOT_FOUND.
 */
import { z } from "zod";
import { setAsideAttempts, tutorSetAside } from "@/server/data/attempt-lifecycle";
import { requireTutorAssignment } from "@/server/data/assignments";
import { router } from "../init";
import { tutorProcedure } from "../procedures";
import { idSchema } from "./classes";

const setAsideInput = z.object({
  attemptId: idSchema,
  reason: z
    .string({ error: "Give a reason: the learner will see it." })
    .trim()
    .min(3, "Give a reason: the learner will see it.")
    .max(500, "Reasons can be up to 500 characters."),
});

export const tutorAttemptsRouter = router({
  /** The assignment's reset and voided attempts: whose, when, by whom and why (newest first). */
  setAside: tutorProcedure.input(z.object({ assignmentId: idSchema })).query(async ({ ctx, input }) => {
    const assignment = await requireTutorAssignment(ctx.store, ctx.tutor.id, input.assignmentId);
    return setAsideAttempts(ctx.store, assignment.id);
  }),

  reset: tutorProcedure.input(setAsideInput).mutation(({ ctx, input }) =>
    tutorSetAside(ctx.store, {
      tutorId: ctx.tutor.id,
      attemptId: input.attemptId,
      kind: "reset",
      reason: input.reason,
      now: ctx.now(),
    }),
  ),

  void: tutorProcedure.input(setAsideInput).mutation(({ ctx, input }) =>
    tutorSetAside(ctx.store, {
      tutorId: ctx.tutor.id,
      attemptId: input.attemptId,
      kind: "voided",
      reason: input.reason,
      now: ctx.now(),
    }),
  ),
});
