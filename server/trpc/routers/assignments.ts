/**
 * Assignments: tutors set scenarios for their own classes; a learner lists their own class's
 * assignments with their own status. Learners practising alone have none.
 */
import { z } from "zod";
import { londonWallTime } from "@/server/core/scenarios/dates";
import { LATE_WORK_POLICIES, MARK_RELEASE_MODES } from "@/server/core/vocabulary";
import {
  createAssignment,
  listLearnerAssignments,
  releaseMarks,
  removeAssignment,
  scenarioOptions,
  setAssignmentClosed,
  updateAssignment,
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

/** Attempts each learner may submit: a whole number from 1 to 50, or null for unlimited. */
const maxAttemptsSchema = z
  .number({ error: "Enter how many attempts are allowed." })
  .int("Attempts allowed must be a whole number.")
  .min(1, "Allow at least one attempt.")
  .max(50, "Allow up to 50 attempts, or choose unlimited.")
  .nullable();

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
        ctx.store,
        ctx.tutor.id,
        { classId: input.classId, scenarioId: input.scenarioId, dueAt: input.dueAt ?? null },
        ctx.now(),
      ),
    ),

  /** Changes the due date, what happens at it, the attempts allowed and when marks are released. */
  update: tutorProcedure
    .input(
      z.object({
        assignmentId: idSchema,
        dueAt: dueAtSchema.nullish(),
        lateWork: z
          .enum(LATE_WORK_POLICIES, { error: "Choose whether late work is accepted or locked out." })
          .optional(),
        maxAttempts: maxAttemptsSchema.optional(),
        marksRelease: z
          .enum(MARK_RELEASE_MODES, { error: "Choose when learners see their marks." })
          .optional(),
      }),
    )
    .mutation(({ ctx, input }) => {
      const { assignmentId, ...changes } = input;
      return updateAssignment(ctx.store, ctx.tutor.id, assignmentId, changes, ctx.now());
    }),

  /** Closes the assignment to new work (learners keep what they have done), or opens it again. */
  setClosed: tutorProcedure
    .input(z.object({ assignmentId: idSchema, closed: z.boolean() }))
    .mutation(({ ctx, input }) =>
      setAssignmentClosed(ctx.store, ctx.tutor.id, input.assignmentId, input.closed, ctx.now()),
    ),

  /** Lets learners see the marks held back for this assignment. */
  releaseMarks: tutorProcedure
    .input(z.object({ assignmentId: idSchema }))
    .mutation(({ ctx, input }) => releaseMarks(ctx.store, ctx.tutor.id, input.assignmentId, ctx.now())),

  remove: tutorProcedure.input(z.object({ assignmentId: idSchema })).mutation(async ({ ctx, input }) => {
    await removeAssignment(ctx.store, ctx.tutor.id, input.assignmentId);
    return { removed: true };
  }),

  /** The signed-in learner's assigned work: to do first (soonest due first), then submitted. */
  mine: learnerProcedure.query(({ ctx }) => listLearnerAssignments(ctx.store, ctx.learner, ctx.now())),
});
