/**
 * Procedure builders by caller. Each re-reads the caller from the database on every request so a
 * removed learner, a reset session or a deleted tutor loses access immediately.
 */
import { tutorOfSession } from "@/server/auth/tutor-sessions";
import { DomainError } from "@/server/core/domain-errors";
import { previewLearner } from "@/server/data/previews";
import type { Actor } from "@/server/auth/actor";
import { getActiveLearner } from "@/server/data/learners";
import type { TrpcContext } from "./context";
import { baseProcedure, middleware } from "./init";

export type { Actor };

/**
 * Why a learner's device lost its place, said in the refusal so the page can explain it instead of a
 * bare "please join a class": the tutor removed them, or reset their access (they can rejoin).
 */
const REMOVED =
  "Your tutor has removed you from this class, so this device no longer has access. Your work is kept; ask your tutor if this is a mistake.";
const RESET =
  "Your tutor has reset your access, so this device no longer has access. Join again with the class code and the same name to carry on with your work.";

const resolveActor = middleware(async ({ ctx, next }) => {
  const session = ctx.session.read();
  let actor: Actor = { kind: "anonymous" };
  let accessEnded: string | undefined;
  if (session.tutorId !== undefined) {
    // Only a session that still has its row: signed out, password changed or ended elsewhere → anonymous.
    const tutor =
      session.tutorSession === undefined
        ? undefined
        : await tutorOfSession(ctx.store, session.tutorId, session.tutorSession, ctx.now());
    if (tutor && session.preview && !tutor.mustChangePassword) {
      const learner = await previewLearner(ctx.store, tutor);
      actor = {
        kind: "learner",
        learner: {
          id: learner.id,
          classId: null,
          displayName: learner.displayName,
          previewOfTutorId: tutor.id,
        },
      };
    } else if (tutor) actor = { kind: "tutor", tutor };
  } else if (session.learnerId !== undefined) {
    const learner = await getActiveLearner(ctx.store, session.learnerId);
    if (!learner) accessEnded = REMOVED;
    else if (learner.sessionVersion !== session.learnerVersion) accessEnded = RESET;
    if (learner && learner.sessionVersion === session.learnerVersion) {
      actor = {
        kind: "learner",
        learner: { id: learner.id, classId: learner.classId, displayName: learner.displayName },
      };
    }
  }
  return next({ ctx: { actor, accessEnded } });
});

const withActor = baseProcedure.use(resolveActor);

export const publicProcedure = withActor.meta({ access: "public" });

export const signedInProcedure = withActor.meta({ access: "signed-in" }).use(({ ctx, next }) => {
  if (ctx.actor.kind === "anonymous")
    throw new DomainError("unauthenticated", ctx.accessEnded ?? "Please sign in or join a class first.");
  return next({ ctx: { actor: ctx.actor } });
});

export const learnerProcedure = withActor.meta({ access: "learner" }).use(({ ctx, next }) => {
  if (ctx.actor.kind === "anonymous")
    throw new DomainError(
      "unauthenticated",
      ctx.accessEnded ?? "Please join a class or start practising first.",
    );
  if (ctx.actor.kind !== "learner") throw new DomainError("forbidden", "Only learners can do this.");
  return next({ ctx: { learner: ctx.actor.learner } });
});

/** A signed-in tutor, even one who still has to replace the published demo password (their account settings). */
export const tutorAccountProcedure = withActor.meta({ access: "tutor" }).use(({ ctx, next }) => {
  if (ctx.actor.kind === "anonymous") throw new DomainError("unauthenticated", "Please sign in as a tutor.");
  if (ctx.actor.kind !== "tutor") {
    const previewing = ctx.actor.learner.previewOfTutorId !== undefined;
    throw new DomainError(
      "forbidden",
      previewing
        ? "You are trying scenarios as a learner. End the preview to use your tutor pages again."
        : "Only tutors can do this.",
    );
  }
  return next({ ctx: { tutor: ctx.actor.tutor } });
});

/** A signed-in tutor with a password of their own: the demo account must choose one before anything else. */
export const tutorProcedure = tutorAccountProcedure.use(({ ctx, next }) => {
  if (ctx.tutor.mustChangePassword) {
    throw new DomainError(
      "forbidden",
      "Choose a new password first: this account still has the published demo password.",
    );
  }
  return next();
});

/**
 * Whether a tutor's session still has its row (not signed out, password unchanged, not expired). Long
 * subscriptions ask this again from time to time, as every ordinary request does at its start.
 */
export async function tutorStillSignedIn(ctx: {
  store: TrpcContext["store"];
  session: TrpcContext["session"];
  now: () => Date;
}): Promise<boolean> {
  const session = ctx.session.read();
  if (session.tutorId === undefined || session.tutorSession === undefined) return false;
  return (await tutorOfSession(ctx.store, session.tutorId, session.tutorSession, ctx.now())) !== undefined;
}
