/**
 * Who is signed in, and the ways in: tutors with email and password (argon2id, guarded against
 * guessing), learners with a class join code and a display name only, or practising alone. The
 * session itself is the iron-session sealed cookie (see http-context.ts) naming a server-side tutor
 * session or a learner's session version; here we only decide what goes in it.
 *
 * Tutor sign-up is ON by default. Set ALLOW_TUTOR_SIGNUP=false to switch it off (e.g. on a shared
 * college server where accounts are handed out); the demo tutor created on first start still works.
 */
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import * as t from "@/db/schema";
import { guardedAttempt } from "@/server/auth/guarded-attempt";
import { hashPassword, needsRehash, passwordProblem, verifyPassword } from "@/server/auth/passwords";
import { clearRateLimit, consumeRateLimit, RATE_LIMITS } from "@/server/auth/rate-limit";
import { createTutorSession, endOtherTutorSessions, endTutorSession } from "@/server/auth/tutor-sessions";
import { normaliseJoinCode } from "@/server/auth/join-codes";
import { DomainError, conflict, invalid } from "@/server/core/domain-errors";
import { findClassByJoinCode, getClassName } from "@/server/data/classes";
import { createLearner, learnersNamed, reclaimResetLearner, renameLearner } from "@/server/data/learners";
import type { TrpcContext } from "../context";
import { router } from "../init";
import { publicProcedure, tutorAccountProcedure, type Actor } from "../procedures";

export function tutorSignUpEnabled(): boolean {
  return process.env.ALLOW_TUTOR_SIGNUP?.trim().toLowerCase() !== "false";
}

/** Tidies a display name: no control characters, single spaces, trimmed. */
function tidyName(value: string): string {
  return value
    .normalize("NFC")
    .replace(/[\p{Cc}\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

export const displayNameSchema = z
  .string({ error: "Enter a display name." })
  .max(200, "Display names can be up to 40 characters.")
  .transform(tidyName)
  .pipe(z.string().min(1, "Enter a display name.").max(40, "Display names can be up to 40 characters."));

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .pipe(
    z
      .email("Enter a valid email address, like name@college.ac.uk.")
      .max(254, "That email address is too long."),
  );

const tutorNameSchema = z
  .string({ error: "Enter your name." })
  .max(200, "Names can be up to 80 characters.")
  .transform(tidyName)
  .pipe(z.string().min(1, "Enter your name.").max(80, "Names can be up to 80 characters."));

const signInPasswordSchema = z
  .string({ error: "Enter your password." })
  .min(1, "Enter your password.")
  .max(200, "That password is too long.");

const joinCodeSchema = z
  .string({ error: "Enter the join code." })
  .trim()
  .min(1, "Enter the join code.")
  .max(20, "Join codes are 6 characters long.");

function requireNotTutor(actor: Actor, what: string) {
  if (actor.kind === "tutor") throw conflict(`You are signed in as a tutor. Sign out first to ${what}.`);
}

const WRONG_PASSWORD = "That email address and password do not match an account. Check them and try again.";

const newPasswordSchema = z.string({ error: "Choose a password." }).max(200, "That password is too long.");

/** Starts a server-side session for the tutor in this browser (replacing any learner session here). */
async function startTutorSession(ctx: Pick<TrpcContext, "db" | "session" | "now">, tutorId: number) {
  const token = createTutorSession(ctx.db, tutorId, ctx.now());
  await ctx.session.save({ tutorId, tutorSession: token });
}

export const authRouter = router({
  /** Who this browser is signed in as. */
  me: publicProcedure.query(({ ctx }) => {
    const { actor } = ctx;
    if (actor.kind === "tutor") {
      return {
        kind: "tutor" as const,
        name: actor.tutor.name,
        email: actor.tutor.email,
        mustChangePassword: actor.tutor.mustChangePassword,
      };
    }
    if (actor.kind === "learner") {
      const className =
        actor.learner.classId === null ? null : (getClassName(ctx.db, actor.learner.classId) ?? null);
      return {
        kind: "learner" as const,
        displayName: actor.learner.displayName,
        classId: actor.learner.classId,
        className,
      };
    }
    // The cookie named a learner whose access has since been reset or removed.
    const stale = ctx.session.read().learnerId !== undefined;
    return { kind: "anonymous" as const, learnerAccessEnded: stale };
  }),

  /** Settings the sign-in page needs. */
  options: publicProcedure.query(() => ({ tutorSignUp: tutorSignUpEnabled() })),

  /**
   * Makes a tutor account. The answer is the same whether or not the email already has an account
   * (and takes as long: the password is hashed either way), so sign-up cannot be used to find out who
   * has one; the page then signs in, which works only with the account's own password.
   */
  tutorSignUp: publicProcedure
    .input(z.object({ email: emailSchema, name: tutorNameSchema, password: newPasswordSchema }))
    .mutation(async ({ ctx, input }) => {
      if (!tutorSignUpEnabled()) {
        throw new DomainError(
          "forbidden",
          "Tutor sign-up is switched off on this server. Ask whoever runs it for an account.",
        );
      }
      const problem = passwordProblem(input.password);
      if (problem) throw invalid(problem);
      consumeRateLimit(ctx.db, RATE_LIMITS.signUpIp, ctx.ip, ctx.now());
      consumeRateLimit(ctx.db, RATE_LIMITS.signUpAll, "all", ctx.now());
      const passwordHash = await hashPassword(input.password);
      ctx.db
        .insert(t.tutors)
        .values({ email: input.email, name: input.name, passwordHash })
        .onConflictDoNothing()
        .run();
      return { email: input.email, next: "sign-in" as const };
    }),

  tutorSignIn: publicProcedure
    .input(z.object({ email: emailSchema, password: signInPasswordSchema }))
    .mutation(async ({ ctx, input }) => {
      const accountIp = `${input.email}|${ctx.ip}`;
      const tutor = await guardedAttempt(ctx, {
        client: ctx.ip,
        counters: [
          { rule: RATE_LIMITS.signInAccountIp, subject: accountIp },
          { rule: RATE_LIMITS.signInIp, subject: ctx.ip },
          { rule: RATE_LIMITS.signInAccount, subject: input.email },
        ],
        check: async () => {
          const row = ctx.db
            .select({
              id: t.tutors.id,
              name: t.tutors.name,
              email: t.tutors.email,
              passwordHash: t.tutors.passwordHash,
              mustChangePassword: t.tutors.mustChangePassword,
            })
            .from(t.tutors)
            .where(eq(t.tutors.email, input.email))
            .get();
          // Same work and the same answer for an unknown email as for a wrong password.
          const ok = await verifyPassword(input.password, row?.passwordHash);
          return row && ok ? row : undefined;
        },
        wrong: () => new DomainError("unauthenticated", WRONG_PASSWORD),
      });
      clearRateLimit(ctx.db, RATE_LIMITS.signInAccountIp, accountIp);
      // An older (bcrypt) or cheaper hash is replaced now that the password is known.
      if (needsRehash(tutor.passwordHash)) {
        const passwordHash = await hashPassword(input.password);
        ctx.db.update(t.tutors).set({ passwordHash }).where(eq(t.tutors.id, tutor.id)).run();
      }
      await startTutorSession(ctx, tutor.id);
      return { name: tutor.name, email: tutor.email, mustChangePassword: tutor.mustChangePassword };
    }),

  /** Signs this browser out; its session stops working everywhere it was copied to. */
  signOut: publicProcedure.mutation(async ({ ctx }) => {
    const session = ctx.session.read();
    if (session.tutorSession !== undefined) endTutorSession(ctx.db, session.tutorSession);
    if (ctx.actor.kind === "learner") {
      ctx.db
        .update(t.learners)
        .set({ sessionVersion: sql`${t.learners.sessionVersion} + 1` })
        .where(eq(t.learners.id, ctx.actor.learner.id))
        .run();
    }
    await ctx.session.destroy();
    return { signedOut: true };
  }),

  /** Ends every session of this tutor, on every device, this one included. */
  signOutEverywhere: tutorAccountProcedure.mutation(async ({ ctx }) => {
    const ended = endOtherTutorSessions(ctx.db, ctx.tutor.id);
    await ctx.session.destroy();
    return { ended };
  }),

  /**
   * Changes the tutor's password (the current one is asked for, and guessing it is guarded like
   * sign-in). Every other session of this tutor ends; this browser gets a fresh one.
   */
  changePassword: tutorAccountProcedure
    .input(z.object({ currentPassword: signInPasswordSchema, newPassword: newPasswordSchema }))
    .mutation(async ({ ctx, input }) => {
      const problem = passwordProblem(input.newPassword);
      if (problem) throw new DomainError("invalid", problem);
      if (input.newPassword === input.currentPassword)
        throw invalid("Choose a new password that is different from the current one.");
      const tutorId = ctx.tutor.id;
      const accountIp = `${ctx.tutor.email}|${ctx.ip}`;
      await guardedAttempt(ctx, {
        client: ctx.ip,
        counters: [
          { rule: RATE_LIMITS.signInAccountIp, subject: accountIp },
          { rule: RATE_LIMITS.signInAccount, subject: ctx.tutor.email },
        ],
        check: async () => {
          const row = ctx.db
            .select({ passwordHash: t.tutors.passwordHash })
            .from(t.tutors)
            .where(eq(t.tutors.id, tutorId))
            .get();
          return (await verifyPassword(input.currentPassword, row?.passwordHash)) ? true : undefined;
        },
        wrong: () =>
          new DomainError("invalid", "Your current password is not right. Check it and try again."),
      });
      clearRateLimit(ctx.db, RATE_LIMITS.signInAccountIp, accountIp);
      const passwordHash = await hashPassword(input.newPassword);
      const ended = ctx.db.transaction((tx) => {
        tx.update(t.tutors)
          .set({ passwordHash, mustChangePassword: false })
          .where(eq(t.tutors.id, tutorId))
          .run();
        return endOtherTutorSessions(tx, tutorId);
      });
      await startTutorSession(ctx, tutorId);
      // This browser's old session was among those ended; it now has a new one.
      return { otherSessionsEnded: Math.max(0, ended - 1) };
    }),

  /**
   * Joins a class with its code and a display name. The same device coming back to the same class
   * gets its existing learner; a learner whose access the tutor has just reset gets their record back
   * by rejoining under the same name.
   */
  joinClass: publicProcedure
    .input(z.object({ code: joinCodeSchema, displayName: displayNameSchema }))
    .mutation(async ({ ctx, input }) => {
      requireNotTutor(ctx.actor, "join a class as a learner");
      const now = ctx.now();
      // Wrong codes are what guessing looks like: they are counted and slowed (guarded-attempt.ts);
      // a right code is never refused for what others tried.
      const klass = await guardedAttempt(ctx, {
        client: ctx.ip,
        counters: [
          { rule: RATE_LIMITS.joinFailedIp, subject: ctx.ip },
          { rule: RATE_LIMITS.joinFailedAll, subject: "all" },
        ],
        check: () => {
          const code = normaliseJoinCode(input.code);
          return code ? findClassByJoinCode(ctx.db, code) : undefined;
        },
        wrong: () =>
          new DomainError(
            "not_found",
            "No class has that join code. Check the code with your tutor and try again.",
          ),
      });
      if (klass.archivedAt)
        throw new DomainError("forbidden", "That class has finished and is not taking new learners.");

      const joined = (displayName: string, how: "existing" | "reclaimed" | "new") => ({
        learner: { displayName, className: klass.name },
        how,
      });

      if (ctx.actor.kind === "learner" && ctx.actor.learner.classId === klass.id) {
        return joined(ctx.actor.learner.displayName, "existing");
      }

      const reclaimed = reclaimResetLearner(ctx.db, klass.id, input.displayName, now);
      if (reclaimed) {
        await ctx.session.save({ learnerId: reclaimed.id, learnerVersion: reclaimed.sessionVersion });
        return joined(reclaimed.displayName, "reclaimed");
      }

      if (!klass.joinOpen)
        throw new DomainError(
          "forbidden",
          "This class is not letting new learners join at the moment. Ask your tutor to open the join code.",
        );

      if (learnersNamed(ctx.db, klass.id, input.displayName).length > 0) {
        throw conflict(
          `Someone in this class is already called “${input.displayName}”. Add an initial (for example “${input.displayName} K”). If that is you on another device, ask your tutor to reset your access, then join again.`,
        );
      }
      consumeRateLimit(ctx.db, RATE_LIMITS.newLearnerIp, ctx.ip, now);
      const learner = createLearner(ctx.db, { classId: klass.id, displayName: input.displayName });
      await ctx.session.save({ learnerId: learner.id, learnerVersion: learner.sessionVersion });
      return joined(learner.displayName, "new");
    }),

  /** Practise on your own, with no class: just a display name. */
  practiseAlone: publicProcedure
    .input(z.object({ displayName: displayNameSchema }))
    .mutation(async ({ ctx, input }) => {
      requireNotTutor(ctx.actor, "practise as a learner");
      if (ctx.actor.kind === "learner") {
        if (ctx.actor.learner.classId !== null) {
          const className = getClassName(ctx.db, ctx.actor.learner.classId) ?? "a class";
          throw conflict(
            `You have joined ${className} on this device, so you can already practise any scenario. Sign out first to practise as someone else.`,
          );
        }
        const learner =
          ctx.actor.learner.displayName === input.displayName
            ? ctx.actor.learner
            : renameLearner(ctx.db, ctx.actor.learner.id, input.displayName);
        return { learner: { displayName: learner.displayName, className: null }, how: "existing" as const };
      }
      consumeRateLimit(ctx.db, RATE_LIMITS.newLearnerIp, ctx.ip, ctx.now());
      const learner = createLearner(ctx.db, { classId: null, displayName: input.displayName });
      await ctx.session.save({ learnerId: learner.id, learnerVersion: learner.sessionVersion });
      return { learner: { displayName: learner.displayName, className: null }, how: "new" as const };
    }),
});
