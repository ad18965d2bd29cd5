/**
 * Assignments: tutors set scenarios for their own classes; a learner lists their own class's
 * assignments with their own status. Learners practising alone have none.
 */
import { z } from "zod";
import { londonWallTime } from "@/server/core/scenarios/dates";
import {
  createAssignment,
  listLearnerAssignments,
  removeAssignment,
  scenarioOptions,
} from "@/server/data/assignments";
import { router } from "../init";
import { learnerProcedure, tutorProcedure } from "../procedures";
import { idSchema } from "./classes";

/** Due dates further ahead than this are typing mistakes (year 20255, or 275760), not plans. */
const LATEST_DUE_YEARS = 100;
const withinRange = (date: Date) => date.getTime() <= Date.now() + LATEST_DUE_YEARS * 366 * 86_400_000;
const RANGE_MESSAGE = `Choose a due date within the next ${LATEST_DUE_YEARS} years.`;

/** A Date, or a calendar date "YYYY-MM-DD" meaning the end of that day in the UK (23:59); never more than 100 years ahead. */
const dueAtSchema = z.union(
  [
    z.date().refine(withinRange, RANGE_MESSAGE),
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter the due date as a date.")
      .transform((value, ctx) => {
        const [y, m, d] = value.split("-").map(Number) as [number, number, number];
        const probe = new Date(Date.UTC(y, m - 1, d));
        if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) {
          ctx.addIssue({ code: "custom", message: "That is not a real date." });
          return z.NEVER;
        }
        return londonWallTime(y, m, d, 23, 59);
      })
      .refine(withinRange, RANGE_MESSAGE),
  ],
  { error: "Enter the due date as a date." },
);

export const assignmentsRouter = router({
  /** Scenarios a tutor can assign. */
  scenarioOptions: tutorProcedure.query(() => scenarioOptions()),

  create: tutorProcedure
    .input(
      z.object({
        classId: idSchema,
        scenarioId: z.string({ error: "Choose a scenario." }).trim().min(1, "Choose a scenario.").max(100),
        dueAt: dueAtSchema.nullish(),
      }),
    )
    .mutation(({ ctx, input }) =>
      createAssignment(
        ctx.db,
        ctx.tutor.id,
        { classId: input.classId, scenarioId: input.scenarioId, dueAt: input.dueAt ?? null },
        ctx.now(),
      ),
    ),

  remove: tutorProcedure.input(z.object({ assignmentId: idSchema })).mutation(({ ctx, input }) => {
    removeAssignment(ctx.db, ctx.tutor.id, input.assignmentId);
    return { removed: true };
  }),

  /** The signed-in learner's assigned work: to do first (soonest due first), then submitted. */
  mine: learnerProcedure.query(({ ctx }) => listLearnerAssignments(ctx.db, ctx.learner, ctx.now())),
});
