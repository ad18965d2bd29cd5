/**
 * Who is signed in, and the ways in: tutors with email and password (argon2id, guarded against
 * guessing), learners with a class join code and a display name only, or practising alone. The
 * session itself is the iron-session sealed cookie (see http-context.ts) holding a random token whose
 * hash names a tutor's session row or is on the learner's row; here we only decide what goes in it.
 *
 * Tutor sign-up is ON by default. Set ALLOW_TUTOR_SIGNUP=false to switch it off (e.g. on a shared
 * college server where accounts are handed out); the demo tutor created on first start still works.
 */
import { z } from "zod";
import { mixedScriptMessage, mixedScriptWord, tutorNameKey } from "@/server/auth/display-names";
import { FieldRefusal } from "@/server/auth/field-refusal";
import { clientNetwork } from "@/server/auth/client-address";
import { guardedAttempt } from "@/server/auth/guarded-attempt";
import { LEARNER_TOUCH_STEP_MS } from "@/server/auth/learner-idle";
import { classLabel, joinClass, type LearnerEntry, practiseAlone } from "@/server/auth/learner-entry";
import { hashPassword, needsRehash, passwordProblem, verifyPassword } from "@/server/auth/passwords";
import { clearRateLimit, consumeRateLimit, RATE_LIMITS } from "@/server/auth/rate-limit";
import {
  createTutorSession,
  endOtherTutorSessions,
  endTutorSession,
  TOUCH_STEP_MS,
} from "@/server/auth/tutor-sessions";
import { DomainError, invalid } from "@/server/core/domain-errors";
import { endLearnerSessions } from "@/server/data/learners";
import { nameText } from "@/server/data/name-text";
import {
  addTutorUnlessTaken,
  replacePasswordHash,
  setChosenPassword,
  tutorForSignIn,
  tutorNames,
  tutorPasswordHash,
} from "@/server/data/tutors";
import { env } from "@/server/env";
import type { TrpcContext } from "../context";
import { router } from "../init";
import { publicProcedure, tutorAccountProcedure } from "../procedures";

export function tutorSignUpEnabled(): boolean {
  return env().ALLOW_TUTOR_SIGNUP;
}

/**
 * Tidies a display name: no control characters, nothing that prints as nothing, single spaces,
 * trimmed. "Printing as nothing" is Unicode's Default_Ignorable_Code_Point (zero-width spaces and
 * joiners, bidi controls, the soft hyphen, the Hangul fillers, variation selectors, tag characters…),
 * so a second "Ann" with a soft hyphen cannot join beside the first, nor a name show as blank.
 * Noncharacters (U+FFFE, U+FFFF…) and lone surrogates go too: they are not text, and XML cannot hold
 * them, so one in a name made the class's Excel workbook unreadable.
 */
function tidyName(value: string): string {
  return (
    value
      .normalize("NFC")
      .replace(/[\p{Cc}\p{Cs}\p{Default_Ignorable_Code_Point}\p{Noncharacter_Code_Point}\u2028\u2029]/gu, "")
      // A blank Braille cell (U+2800) prints as a space but is neither whitespace nor ignorable.
      .replace(/[\s\u2800]+/g, " ")
      .trim()
  );
}

/**
 * More combining marks on one letter than any language's names need (Vietnamese, Hebrew with points
 * and Tibetan stacks use up to three or four): "Zalgo" text, which prints over the lines around it.
 */
const STACKED_MARKS = /\p{M}{5,}/u;

export const displayNameSchema = nameText("Names", "Enter a display name.")
  .max(200, "Display names can be up to 40 characters.")
  .transform(tidyName)
  .pipe(
    z
      .string()
      .min(1, "Enter a display name.")
      .max(40, "Display names can be up to 40 characters.")
      // No lookalike letters from another alphabet inside a word (server/auth/display-names.ts).
      .superRefine((name, ctx) => {
        const mixed = mixedScriptWord(name);
        if (mixed) ctx.addIssue({ code: "custom", message: mixedScriptMessage(mixed) });
        if (STACKED_MARKS.test(name))
          ctx.addIssue({
            code: "custom",
            message:
              "Your name has a letter with too many accents or marks stacked on it, which would print over other names. Type it with at most four on any letter.",
          });
      }),
  );

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .pipe(
    z
      .email("Enter a valid email address, like name@college.ac.uk.")
      .max(254, "That email address is too long."),
  );

const tutorNameSchema = nameText("Names", "Enter your name.")
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

/** Only when rejoining after a tutor's reset (server/auth/learner-entry.ts); empty means none. */
const reclaimCodeSchema = z
  .string()
  .trim()
  .max(20, "Reclaim codes are 6 characters long.")
  .optional()
  .transform((code) => code || undefined);

const WRONG_PASSWORD = "That email address and password do not match an account. Check them and try again.";

const newPasswordSchema = z.string({ error: "Choose a password." }).max(200, "That password is too long.");

/**
 * A tutor's name is what tells learners joining a class that the class is their tutor's (the join
 * answer shows it beside the class name, never the tutor's email), so no two tutors on a server may
 * go by names that read alike: the same but for case, spacing, punctuation, lookalike letters or
 * digits, or a title in front (`tutorNameKey`). Compared with every account's name, the asker's own
 * too, so the answer depends on the name alone and says nothing about whether the email has an
 * account. Accounts that already share a name (from before this check) keep it and still sign in.
 */
async function refuseNameInUse(name: string, inUse: string[]): Promise<void> {
  const key = tutorNameKey(name);
  if (!inUse.some((other) => tutorNameKey(other) === key)) return;
  throw new FieldRefusal(
    "conflict",
    "name",
    `Another tutor on this server already goes by “${name}” or a name that reads the same. Learners see their tutor's name when they join a class, so each tutor's must be their own: add what tells you apart, such as a middle initial.`,
  );
}

/**
 * What is wrong with a new password, if anything, counted against the client before it is judged
 * (RATE_LIMITS.passwordCheckIp: the judging is the dearest thing an anonymous caller can ask for).
 */
async function newPasswordProblem(
  ctx: Pick<TrpcContext, "store" | "ip" | "now">,
  password: string,
  context: { email: string; name: string },
): Promise<string | undefined> {
  await consumeRateLimit(ctx.store, RATE_LIMITS.passwordCheckIp, ctx.ip, ctx.now());
  await consumeRateLimit(ctx.store, RATE_LIMITS.passwordCheckNetwork, clientNetwork(ctx.ip), ctx.now());
  return passwordProblem(password, context);
}

/** Points this browser's session at the learner the way in chose (when it changed), and answers the page. */
async function enter(ctx: Pick<TrpcContext, "session">, entry: LearnerEntry) {
  if (entry.signIn) {
    await ctx.session.save({ learnerId: entry.signIn.id, learnerSession: entry.signIn.sessionToken });
  }
  return { learner: entry.learner, how: entry.how };
}

/** Starts a server-side session for the tutor in this browser (replacing any learner session here). */
async function startTutorSession(ctx: Pick<TrpcContext, "store" | "session" | "now">, tutorId: number) {
  const token = await createTutorSession(ctx.store, tutorId, ctx.now());
  await ctx.session.save({ tutorId, tutorSession: token });
}

export const authRouter = router({
  /** Who this browser is signed in as. */
  me: publicProcedure.query(async ({ ctx }) => {
    const { actor } = ctx;
    if (actor.kind === "tutor") {
      return {
        kind: "tutor" as const,
        name: actor.tutor.name,
        email: actor.tutor.email,
        mustChangePassword: actor.tutor.mustChangePassword,
        // For the page's warning before the idle sign-out (components/idle-warning.tsx, WCAG 2.2.1):
        // the idle period, and how much earlier than last use plus that the sign-out can come, because
        // the deadline is written at most once per touch step.
        idleMinutes: env().TUTOR_IDLE_MINUTES,
        touchStepMinutes: TOUCH_STEP_MS / 60_000,
      };
    }
    if (actor.kind === "learner") {
      const label =
        actor.learner.classId === null ? undefined : await classLabel(ctx.store, actor.learner.classId);
      const preview = actor.learner.previewOfTutorId !== undefined;
      return {
        kind: "learner" as const,
        displayName: actor.learner.displayName,
        classId: actor.learner.classId,
        className: label?.className ?? null,
        // Beside the class name so two classes of one name can be told apart (learner-entry.ts).
        tutorName: label?.tutorName ?? null,
        classSetUpAt: label?.classSetUpAt ?? null,
        preview,
        // A tutor's preview lives on the tutor's session, which runs out by the tutor's idle period.
        idleMinutes: preview ? env().TUTOR_IDLE_MINUTES : env().LEARNER_IDLE_MINUTES,
        touchStepMinutes: (preview ? TOUCH_STEP_MS : LEARNER_TOUCH_STEP_MS) / 60_000,
      };
    }
    // The cookie named a learner whose access has since been reset or removed, or who was signed out
    // for not using the app: the join page says which.
    const session = ctx.session.read();
    const stale = session.learnerId !== undefined;
    const learnerSignedOut = stale ? ctx.accessEnded : undefined;
    // Or a tutor session that has run out or been ended: the sign-in page says which.
    const tutorSignedOut = session.tutorId !== undefined ? ctx.accessEnded : undefined;
    return {
      kind: "anonymous" as const,
      learnerAccessEnded: stale,
      ...(learnerSignedOut ? { learnerSignedOut } : {}),
      ...(tutorSignedOut ? { tutorSignedOut } : {}),
    };
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
      const problem = await newPasswordProblem(ctx, input.password, { email: input.email, name: input.name });
      if (problem) throw invalid(problem);
      await consumeRateLimit(ctx.store, RATE_LIMITS.signUpIp, ctx.ip, ctx.now());
      await consumeRateLimit(ctx.store, RATE_LIMITS.signUpAll, "all", ctx.now());
      const passwordHash = await hashPassword(input.password);
      // One name check and insert at a time across servers (PostgreSQL: an advisory lock; SQLite
      // writes one at a time anyway), so two sign-ups under one name at once cannot both get in.
      await ctx.store.write({ key: "tutor-names" }, async (tx) => {
        await refuseNameInUse(input.name, await tutorNames(tx));
        await addTutorUnlessTaken(tx, { email: input.email, name: input.name, passwordHash });
      });
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
          const row = await tutorForSignIn(ctx.store, input.email);
          // Same work and the same answer for an unknown email as for a wrong password.
          const ok = await verifyPassword(input.password, row?.passwordHash);
          return row && ok ? row : undefined;
        },
        wrong: () => new DomainError("unauthenticated", WRONG_PASSWORD),
      });
      await clearRateLimit(ctx.store, RATE_LIMITS.signInAccountIp, accountIp);
      // An older (bcrypt) or cheaper hash is replaced now that the password is known.
      if (needsRehash(tutor.passwordHash)) {
        const passwordHash = await hashPassword(input.password);
        await replacePasswordHash(ctx.store, tutor.id, passwordHash);
      }
      // A tutor session this browser already held (this account's or another's) ends with the new
      // one, so a copy of the old cookie taken before sign-in stops working (rotation, OWASP ASVS
      // 4.0 V3.2.1); only the new token is ever valid for this browser.
      const previous = ctx.session.read().tutorSession;
      if (previous !== undefined) await endTutorSession(ctx.store, previous);
      await startTutorSession(ctx, tutor.id);
      return { name: tutor.name, email: tutor.email, mustChangePassword: tutor.mustChangePassword };
    }),

  /** Signs this browser out; its session stops working everywhere it was copied to. */
  signOut: publicProcedure.mutation(async ({ ctx }) => {
    const session = ctx.session.read();
    if (session.tutorSession !== undefined) await endTutorSession(ctx.store, session.tutorSession);
    if (ctx.actor.kind === "learner") await endLearnerSessions(ctx.store, ctx.actor.learner.id);
    await ctx.session.destroy();
    return { signedOut: true };
  }),

  /** Ends every session of this tutor, on every device, this one included. */
  signOutEverywhere: tutorAccountProcedure.mutation(async ({ ctx }) => {
    const ended = await endOtherTutorSessions(ctx.store, ctx.tutor.id);
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
      const problem = await newPasswordProblem(ctx, input.newPassword, {
        email: ctx.tutor.email,
        name: ctx.tutor.name,
      });
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
          const hash = await tutorPasswordHash(ctx.store, tutorId);
          return (await verifyPassword(input.currentPassword, hash)) ? true : undefined;
        },
        wrong: () =>
          new DomainError("invalid", "Your current password is not right. Check it and try again."),
      });
      await clearRateLimit(ctx.store, RATE_LIMITS.signInAccountIp, accountIp);
      const passwordHash = await hashPassword(input.newPassword);
      // The new password, the end of every session and this browser's new session commit together:
      // a failure part way leaves the old password and every session as they were, never the new
      // password with this browser signed out.
      const { ended, token } = await ctx.store.write(null, async (tx) => {
        await setChosenPassword(tx, tutorId, passwordHash);
        const ended = await endOtherTutorSessions(tx, tutorId);
        return { ended, token: await createTutorSession(tx, tutorId, ctx.now()) };
      });
      await ctx.session.save({ tutorId, tutorSession: token });
      // This browser's old session was among those ended; it now has a new one.
      return { otherSessionsEnded: Math.max(0, ended - 1) };
    }),

  /**
   * Joins a class with its code and a display name (server/auth/learner-entry.ts: the same device
   * coming back, a reset learner reclaiming their record with their reclaim code, or a new learner).
   */
  joinClass: publicProcedure
    .input(z.object({ code: joinCodeSchema, displayName: displayNameSchema, reclaimCode: reclaimCodeSchema }))
    .mutation(async ({ ctx, input }) => enter(ctx, await joinClass(ctx, input))),

  /** Practise on your own, with no class: just a display name. */
  practiseAlone: publicProcedure
    .input(z.object({ displayName: displayNameSchema }))
    .mutation(async ({ ctx, input }) => enter(ctx, await practiseAlone(ctx, input))),
});
