/**
 * A tutor's classes: create, rename, archive, the join code, the roster. Tutor-only; every data call
 * is scoped by the signed-in tutor, so another tutor's class answers NOT_FOUND.
 */
import { z } from "zod";
import { displayJoinCode } from "@/server/auth/join-codes";
import { classJoinsPausedUntil } from "@/server/auth/rate-limit";
import * as classes from "@/server/data/classes";
import { nameText } from "@/server/data/name-text";
import { listClassAssignments } from "@/server/data/assignments";
import { listRoster, removeLearner, resetLearnerAccess } from "@/server/data/learners";
import { router } from "../init";
import { tutorProcedure } from "../procedures";
import { joinAddressFor } from "@/server/join-addresses";

export const idSchema = z
  .number({ error: "A whole-number id is needed." })
  .int()
  .positive()
  .max(Number.MAX_SAFE_INTEGER);

const classNameSchema = nameText("Class names", "Enter a class name.")
  .trim()
  .min(1, "Enter a class name.")
  .max(80, "Class names can be up to 80 characters.");

/** What the tutor's pages show about a class, with the code spaced for reading aloud. */
function classView(row: classes.ClassRow) {
  return {
    id: row.id,
    name: row.name,
    joinCode: row.joinCode,
    joinCodeDisplay: row.joinCode ? displayJoinCode(row.joinCode) : null,
    joinOpen: row.joinOpen,
    archivedAt: row.archivedAt,
    createdAt: row.createdAt,
  };
}

const classIdInput = z.object({ classId: idSchema });

export const classesRouter = router({
  list: tutorProcedure.query(async ({ ctx }) => {
    const { active, archived } = await classes.listTutorClasses(ctx.store, ctx.tutor.id);
    const withDisplay = (c: classes.ClassSummary) => ({
      ...c,
      joinCodeDisplay: c.joinCode ? displayJoinCode(c.joinCode) : null,
    });
    return { active: active.map(withDisplay), archived: archived.map(withDisplay) };
  }),

  create: tutorProcedure
    .input(z.object({ name: classNameSchema }))
    .mutation(async ({ ctx, input }) =>
      classView(await classes.createClass(ctx.store, ctx.tutor.id, input.name)),
    ),

  rename: tutorProcedure
    .input(z.object({ classId: idSchema, name: classNameSchema }))
    .mutation(async ({ ctx, input }) =>
      classView(await classes.renameClass(ctx.store, ctx.tutor.id, input.classId, input.name)),
    ),

  archive: tutorProcedure
    .input(classIdInput)
    .mutation(async ({ ctx, input }) =>
      classView(await classes.setClassArchived(ctx.store, ctx.tutor.id, input.classId, true, ctx.now())),
    ),

  unarchive: tutorProcedure
    .input(classIdInput)
    .mutation(async ({ ctx, input }) =>
      classView(await classes.setClassArchived(ctx.store, ctx.tutor.id, input.classId, false, ctx.now())),
    ),

  /** The class with its roster and assignments. */
  get: tutorProcedure.input(classIdInput).query(async ({ ctx, input }) => {
    const klass = await classes.requireTutorClass(ctx.store, ctx.tutor.id, input.classId);
    const roster = await listRoster(ctx.store, ctx.tutor.id, klass.id, ctx.now());
    return {
      class: classView(klass),
      learners: roster.learners,
      removedCount: roster.removedCount,
      assignments: await listClassAssignments(ctx.store, ctx.tutor.id, klass.id),
      /** Where learners' devices reach the join page, for the projector. */
      joinAddress: joinAddressFor(ctx.host),
      /** Set while the class's cap on new learners refuses them (rate-limit.ts, newLearnerClass): until when. */
      joinPausedUntil: (await classJoinsPausedUntil(ctx.store, klass, ctx.now())) ?? null,
    };
  }),

  regenerateCode: tutorProcedure
    .input(classIdInput)
    .mutation(async ({ ctx, input }) =>
      classView(await classes.regenerateJoinCode(ctx.store, ctx.tutor.id, input.classId)),
    ),

  setJoinOpen: tutorProcedure
    .input(z.object({ classId: idSchema, open: z.boolean() }))
    .mutation(async ({ ctx, input }) =>
      classView(await classes.setJoinOpen(ctx.store, ctx.tutor.id, input.classId, input.open)),
    ),

  /** Takes a learner out of the class: their device loses access; their attempts are kept. */
  removeLearner: tutorProcedure.input(z.object({ learnerId: idSchema })).mutation(async ({ ctx, input }) => {
    await removeLearner(ctx.store, ctx.tutor.id, input.learnerId, ctx.now());
    return { removed: true };
  }),

  /** Signs the learner's device out; they can rejoin with the code and the same name to carry on. */
  resetLearnerAccess: tutorProcedure
    .input(z.object({ learnerId: idSchema }))
    .mutation(({ ctx, input }) => resetLearnerAccess(ctx.store, ctx.tutor.id, input.learnerId, ctx.now())),
});
