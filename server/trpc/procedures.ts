/**
 * Procedure builders by caller. Each re-reads the caller from the database on every request so a
 * removed learner, a reset session or a deleted tutor loses access immediately.
 */
import { storageFault } from "@/db/faults";
import {
  type TutorSessionEnd,
  touchTutorSession,
  tutorIdleMs,
  tutorOfSession,
  whyTutorSessionEnded,
} from "@/server/auth/tutor-sessions";
import { DomainError } from "@/server/core/domain-errors";
import { previewLearner } from "@/server/data/previews";
import type { Actor } from "@/server/auth/actor";
import { idlePeriodText, learnerIdleMs } from "@/server/auth/learner-idle";
import { learnerOfSession, touchLearnerSession } from "@/server/data/learners";
import type { TrpcContext } from "./context";
import { heavyCalls } from "./in-flight";
import { baseProcedure, middleware } from "./init";

export type { Actor };

/**
 * Why a learner's device lost its place, said in the refusal so the page can explain it instead of a
 * bare "please join a class": the tutor removed them, or reset their access (they can rejoin).
 */
const REMOVED =
  "Your tutor has removed you from this class, so this device no longer has access. Your work is kept; ask your tutor if this is a mistake.";
const RESET =
  "Your tutor has reset your access, so this device no longer has access. To carry on with your work, join again with the class code, the same name and the reclaim code your tutor gives you.";

/** Why a learner's device was signed out for not being used (server/auth/learner-idle.ts). */
export function learnerIdleMessage(inClass: boolean): string {
  const signedOut = `You were signed out on this device after ${idlePeriodText(learnerIdleMs())} without using the app, so that nobody else using it can carry on as you.`;
  return inClass
    ? `${signedOut} Your work is kept: ask your tutor to reset your access, then join again with the class code, the same name and the reclaim code your tutor gives you.`
    : `${signedOut} Your practice is kept, but this device can no longer open it: start practising again to carry on.`;
}

/** Why a learner's device lost its place when no tutor did anything: they left here, or came in on another device. */
export function learnerElsewhereMessage(inClass: boolean): string {
  const left =
    "This device is no longer signed in as you: you left on it, or came in again as yourself on another device.";
  return inClass
    ? `${left} Your work is kept: to carry on here, ask your tutor to reset your access, then join again with the class code, the same name and the reclaim code your tutor gives you.`
    : `${left} Your practice is kept, but this device can no longer open it: start practising again to carry on.`;
}

/** Why a tutor's browser is no longer signed in, said wherever it is refused (the page shows it). */
export function tutorSessionEndedMessage(why: TutorSessionEnd): string {
  switch (why) {
    case "idle":
      return `You were signed out as a tutor after ${idlePeriodText(tutorIdleMs())} without activity, so that nobody else at this computer can use your account. Sign in again to carry on; nothing you saved is lost.`;
    case "lifetime":
      return "You were signed out as a tutor because you signed in 30 days ago. Sign in again to carry on; nothing you saved is lost.";
    case "upgraded":
      return "You were signed out as a tutor because this server was updated to sign tutors out when they leave the app alone. Sign in again to carry on; nothing you saved is lost.";
    case "ended":
      return "Your tutor session has ended: you signed out, here or with “Sign out everywhere”, your password was changed, or your account signed in on 20 other browsers since. Sign in again to carry on.";
  }
}

/** When the person at the browser last touched the page, by its idle hint (at most `limitMs` ago). */
const activeAt = (ctx: TrpcContext, limitMs: number) =>
  new Date(ctx.now().getTime() - Math.min(ctx.idleMs ?? 0, limitMs));

/**
 * A tutor's own activity keeps their session from running out (tutor-sessions.ts): every request but a
 * subscription (a live view left open is exactly the walked-away case), dated by the page's idle hint.
 * A database that cannot take the write (busy, read-only) costs the tutor nothing but this touch.
 */
async function touch(
  ctx: TrpcContext,
  token: string,
  session: { createdAt: Date; expiresAt: Date },
): Promise<void> {
  try {
    await touchTutorSession(ctx.store, token, session, activeAt(ctx, tutorIdleMs()));
  } catch (error) {
    if (!storageFault(error)) throw error;
  }
}

/** The same for a learner's own use of the app (server/auth/learner-idle.ts). */
async function touchLearner(ctx: TrpcContext, learnerId: number, token: string, lastActive: Date) {
  try {
    await touchLearnerSession(ctx.store, learnerId, token, lastActive, activeAt(ctx, learnerIdleMs()));
  } catch (error) {
    if (!storageFault(error)) throw error;
  }
}

const resolveActor = middleware(async ({ ctx, next, type }) => {
  const session = ctx.session.read();
  let actor: Actor = { kind: "anonymous" };
  let accessEnded: string | undefined;
  if (session.tutorId !== undefined) {
    // Only a session that still has its row and has not run out: signed out, password changed, ended
    // elsewhere, idle or past its lifetime → anonymous, with the reason.
    const found =
      session.tutorSession === undefined
        ? undefined
        : await tutorOfSession(ctx.store, session.tutorId, session.tutorSession, ctx.now());
    if (found && session.tutorSession !== undefined && type !== "subscription")
      await touch(ctx, session.tutorSession, found.session);
    if (!found && session.tutorSession !== undefined) {
      accessEnded = tutorSessionEndedMessage(
        await whyTutorSessionEnded(ctx.store, session.tutorId, session.tutorSession, ctx.now()),
      );
    }
    const tutor = found?.tutor;
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
    const found = await learnerOfSession(
      ctx.store,
      {
        learnerId: session.learnerId,
        learnerSession: session.learnerSession,
        learnerVersion: session.learnerVersion,
        legacySealedAt: session.legacySealedAt,
      },
      ctx.now(),
      learnerIdleMs(),
    );
    if ("ended" in found)
      accessEnded =
        found.ended === "idle"
          ? learnerIdleMessage(found.inClass)
          : found.ended === "elsewhere"
            ? learnerElsewhereMessage(found.inClass)
            : found.ended === "removed"
              ? REMOVED
              : RESET;
    else {
      // A cookie from before learner tokens, swapped for one now (it is not accepted a second time).
      if (found.newToken !== undefined)
        await ctx.session.save({ learnerId: found.learner.id, learnerSession: found.newToken });
      else if (session.learnerSession !== undefined && type !== "subscription")
        await touchLearner(ctx, found.learner.id, session.learnerSession, found.activeAt);
      const { id, classId, displayName } = found.learner;
      actor = { kind: "learner", learner: { id, classId, displayName } };
    }
  }
  return next({ ctx: { actor, accessEnded } });
});

/** Whose heavy calls are counted together: a tutor's across all their sessions, a learner's, or an address's. */
function callerKey(actor: Actor, ip: string): string {
  if (actor.kind === "tutor") return `tutor:${actor.tutor.id}`;
  if (actor.kind === "learner") return `learner:${actor.learner.id}`;
  return `address:${ip}`;
}

const withActor = baseProcedure
  .use(resolveActor)
  // Heavy calls (meta `heavy`) past a caller's cap are refused before they start (in-flight.ts).
  .use(({ ctx, meta, next }) =>
    meta?.heavy ? heavyCalls.run(callerKey(ctx.actor, ctx.ip), () => next()) : next(),
  );

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
  if (ctx.actor.kind === "anonymous")
    throw new DomainError("unauthenticated", ctx.accessEnded ?? "Please sign in as a tutor.");
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
