/**
 * A tutor's view of their classes' work: the live dashboard, an assignment's results and debrief,
 * moderation of marks (with an audit trail the learner sees) and the CSV export. Tutor-only; another
 * tutor's class, assignment or attempt answers NOT_FOUND.
 */
import { z } from "zod";
import { notFound } from "@/server/core/domain-errors";
import * as results from "@/server/data/results";
import { env } from "@/server/env";
import { router } from "../init";
import { heldOpen, openStreams } from "../open-streams";
import { pollingStream } from "../polling-stream";
import { tutorProcedure, tutorStillSignedIn } from "../procedures";

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

/**
 * How often an open live stream reads its change signature: LIVE_POLL_MS, 150 ms unless set. On
 * SQLite a learner's action reaches the tutor after at most this plus the time to build and send the
 * view (measured by `npm run bench`); on PostgreSQL the stream is woken at once by any server's commit.
 */
const livePollMs = () => env().LIVE_POLL_MS;
/**
 * How often an open live stream rebuilds its view, checks the tutor is still signed in and, when
 * nothing changed, says so (the page treats a stream silent for much longer as down).
 */
export const LIVE_FULL_REFRESH_MS = 3_000;

export const resultsRouter = router({
  /**
   * The live dashboard's view: one indexed query over the class's learners and their attempts'
   * stored summaries; no event replay. The dashboard's fallback when its stream is down.
   */
  live: tutorProcedure
    .input(z.object({ classId: id }))
    .query(({ ctx, input }) => results.liveClass(ctx.store, ctx.tutor.id, input.classId)),

  /**
   * The same view, pushed (server-sent events) whenever the class's work changes in the database,
   * whichever server process stored the change.
   */
  liveStream: tutorProcedure.input(z.object({ classId: id })).subscription(async ({ ctx, input, signal }) => {
    if ((await results.classChangeSignature(ctx.store, ctx.tutor.id, input.classId)) === undefined)
      throw notFound("Class");
    // At most so many open per tutor and per process (open-streams.ts); past that the page polls.
    return heldOpen(
      openStreams,
      `tutor:${ctx.tutor.id}`,
      signal,
      pollingStream({
        signal,
        // Any attempt's change may be a learner of this class (practice attempts show too); the
        // signature then says whether it was.
        wake: (listener) => ctx.store.subscribe(() => listener()),
        intervalMs: livePollMs(),
        refreshMs: LIVE_FULL_REFRESH_MS,
        signature: () => results.classChangeSignature(ctx.store, ctx.tutor.id, input.classId),
        load: () => results.liveClass(ctx.store, ctx.tutor.id, input.classId),
        stillAllowed: () => tutorStillSignedIn(ctx),
      }),
    );
  }),

  /**
   * For the tutor's Watch view of one attempt: a new version whenever the attempt changes (an action,
   * submission or override); the page then reloads what it shows.
   */
  watchAttempt: tutorProcedure
    .input(z.object({ attemptId: id }))
    .subscription(async ({ ctx, input, signal }) => {
      if ((await results.attemptChangeSignature(ctx.store, ctx.tutor.id, input.attemptId)) === undefined)
        throw notFound("That attempt");
      return heldOpen(
        openStreams,
        `tutor:${ctx.tutor.id}`,
        signal,
        pollingStream({
          signal,
          wake: (listener) =>
            ctx.store.subscribe((change) => {
              if (change === null || change.attemptId === input.attemptId) listener();
            }),
          intervalMs: livePollMs(),
          refreshMs: LIVE_FULL_REFRESH_MS,
          signature: () => results.attemptChangeSignature(ctx.store, ctx.tutor.id, input.attemptId),
          load: async () => ({
            version: (await results.attemptChangeSignature(ctx.store, ctx.tutor.id, input.attemptId)) ?? "",
          }),
          stillAllowed: () => tutorStillSignedIn(ctx),
        }),
      );
    }),

  /** Learner × criterion grid for an assignment, class aggregates and the criteria most often missed. */
  assignmentResults: tutorProcedure
    .input(z.object({ assignmentId: id }))
    .query(({ ctx, input }) => results.assignmentResults(ctx.store, ctx.tutor.id, input.assignmentId)),

  /**
   * The projector/print debrief: band spread, most-missed criteria with anonymised examples, and the
   * model answer once every learner has submitted.
   */
  debrief: tutorProcedure
    .input(z.object({ assignmentId: id }))
    .query(({ ctx, input }) => results.assignmentDebrief(ctx.store, ctx.tutor.id, input.assignmentId)),

  /** Overrides one criterion's mark; total and band are recomputed and the change is audited. */
  overrideCriterion: tutorProcedure
    .input(overrideInputSchema)
    .mutation(({ ctx, input }) => results.overrideCriterion(ctx.store, ctx.tutor.id, input, ctx.now())),

  /** Answers to reasoning prompts for the fast marking view (marked with overrideCriterion). */
  promptAnswers: tutorProcedure
    .input(z.object({ assignmentId: id }))
    .query(({ ctx, input }) => results.promptAnswers(ctx.store, ctx.tutor.id, input.assignmentId)),

  /** The audit trail of an attempt's overrides, oldest first. */
  overrideHistory: tutorProcedure
    .input(z.object({ attemptId: id }))
    .query(({ ctx, input }) => results.overrideHistory(ctx.store, ctx.tutor.id, input.attemptId)),

  /** The assignment's results as a CSV file (UTF-8 with BOM). */
  exportCsv: tutorProcedure
    .meta({ access: "tutor", heavy: true })
    .input(z.object({ assignmentId: id }))
    .query(({ ctx, input }) => results.exportCsv(ctx.store, ctx.tutor.id, input.assignmentId, ctx.now())),

  /** Every assignment and criterion of a class in one CSV (long rows: learner × assignment × criterion). */
  exportClassCsv: tutorProcedure
    .meta({ access: "tutor", heavy: true })
    .input(z.object({ classId: id }))
    .query(({ ctx, input }) => results.exportClassCsv(ctx.store, ctx.tutor.id, input.classId, ctx.now())),

  /** The same as an Excel workbook (base64): a summary sheet, a sheet per assignment and every mark. */
  exportClassWorkbook: tutorProcedure
    .meta({ access: "tutor", heavy: true })
    .input(z.object({ classId: id }))
    .query(({ ctx, input }) =>
      results.exportClassWorkbook(ctx.store, ctx.tutor.id, input.classId, ctx.now()),
    ),
});
