/**
 * The ways in for learners: joining a class with its join code and a display name (guarded against
 * guessing codes), or practising alone with a name only. These decide which learner record the
 * browser gets; the tRPC router only stores the answer in the session.
 */
import { eq } from "drizzle-orm";
import { conflict, DomainError } from "@/server/core/domain-errors";
import { findClassByJoinCode, getClassName } from "@/server/data/classes";
import {
  type AwaitingRejoin,
  createLearner,
  endLearnerSessions,
  type LearnerSignIn,
  learnerAwaitingRejoin,
  learnersNamed,
  nameKey,
  reclaimWithCode,
  renewLearnerSession,
  voidReclaimCode,
} from "@/server/data/learners";
import type { Scope, Store } from "@/db/store";
import type { Actor } from "./actor";
import { printsAs, roleWordIn } from "./display-names";
import { FieldRefusal } from "./field-refusal";
import { clientNetwork } from "./client-address";
import { guardedAttempt } from "./guarded-attempt";
import { normaliseJoinCode } from "./join-codes";
import { classJoinSubject, classPool, consumeRateLimit, currentCount, RATE_LIMITS } from "./rate-limit";

/**
 * Wrong reclaim codes one reset learner's code survives: then it stops working and their tutor resets
 * again for a new one. With 32^6 codes, ten guesses find it about once in a hundred million resets.
 */
export const RECLAIM_MAX_WRONG_CODES = 10;

interface EntryContext {
  store: Store;
  actor: Actor;
  ip: string;
  now: () => Date;
}

/**
 * What a class learner is shown to be sure which class they are in: two classes can share a name (two
 * tutors' "Year 12 Retail", or one tutor's two sets), so the class's tutor's name and the day the class
 * was set up go beside it (probe, session 34). Never the tutor's email: a learner needs a name to
 * recognise, and an address would hand every code-holder a way to reach the tutor outside the college.
 */
export interface ClassLabel {
  className: string;
  tutorName: string;
  classSetUpAt: Date;
}

/** The class's label for a learner in it (undefined if the class is gone). */
export async function classLabel(scope: Scope, classId: number): Promise<ClassLabel | undefined> {
  const { t, db } = scope;
  const [row] = await db
    .select({ className: t.classes.name, tutorName: t.tutors.name, classSetUpAt: t.classes.createdAt })
    .from(t.classes)
    .innerJoin(t.tutors, eq(t.tutors.id, t.classes.tutorId))
    .where(eq(t.classes.id, classId))
    .limit(1);
  return row;
}

export interface LearnerEntry {
  learner: { displayName: string; className: string | null; tutorName?: string; classSetUpAt?: Date };
  how: "existing" | "reclaimed" | "new";
  /** The learner (and new session token) this browser's session should now hold; absent when it already does. */
  signIn?: LearnerSignIn;
}

/**
 * A new learner's name may not pass for staff: no role word ("Tutor", "Admin"), and not the name of
 * the class's own tutor as it prints. The shared demo CRM signs notes with the writer's name, so a
 * learner joining as "Demo Tutor" beside their tutor Demo Tutor wrote notes every visitor read as the
 * tutor's (probe, session 33). Only new names are checked: a learner already called so keeps their
 * record, and rejoining after a reset is by the name on it.
 */
async function refuseStaffNames(store: Store, displayName: string, tutorId?: number) {
  const role = roleWordIn(displayName);
  if (role)
    throw new FieldRefusal(
      "invalid",
      "displayName",
      `Names cannot use the word “${role}”: wherever your name is shown it would look like a member of staff. Use your own name.`,
    );
  if (tutorId === undefined) return;
  const { t, db } = store;
  const [tutor] = await db.select({ name: t.tutors.name }).from(t.tutors).where(eq(t.tutors.id, tutorId));
  if (tutor && printsAs(displayName, tutor.name))
    throw new FieldRefusal(
      "conflict",
      "displayName",
      `“${displayName}” is your tutor's name as this app shows it, so what you write could be taken for theirs. Add an initial (for example “${displayName} K”), or type your name another way.`,
    );
}

/** The learner this browser's cookie names now (undefined for anyone else). */
const heldLearner = (ctx: EntryContext) => (ctx.actor.kind === "learner" ? ctx.actor.learner : undefined);

/** The same name as the class reads names (case, width and spacing aside): the learner coming back. */
const sameName = (a: string, b: string) => nameKey(a) === nameKey(b);

/**
 * The browser now holds another learner: the one its cookie named is signed out, as "Leave" does, so
 * the token left behind (a planted cookie's, or the last user's at a shared computer) works nowhere.
 */
async function leaveHeld(ctx: EntryContext, now: { id: number }) {
  const held = heldLearner(ctx);
  if (held && held.id !== now.id) await endLearnerSessions(ctx.store, held.id);
}

export function requireNotTutor(actor: Actor, what: string) {
  if (actor.kind === "tutor") throw conflict(`You are signed in as a tutor. Sign out first to ${what}.`);
  if (actor.kind === "learner" && actor.learner.previewOfTutorId !== undefined) {
    throw conflict(`You are previewing scenarios as a tutor. End the preview and sign out first to ${what}.`);
  }
}

/**
 * Joins a class with its code and a display name. The same device coming back to the same class under
 * the same name gets its existing learner, under a fresh token; a learner whose access the tutor has just reset gets their record back
 * by rejoining under the same name with the reclaim code the tutor was given.
 */
export async function joinClass(
  ctx: EntryContext,
  input: { code: string; displayName: string; reclaimCode?: string },
): Promise<LearnerEntry> {
  requireNotTutor(ctx.actor, "join a class as a learner");
  const now = ctx.now();
  // Wrong codes are what guessing looks like: they are counted and slowed (guarded-attempt.ts);
  // a right code is never refused for what others tried.
  // Tries in flight are counted per wider network too (clientNetwork), so a household's /64s
  // cannot each run their own.
  const network = clientNetwork(ctx.ip);
  const klass = await guardedAttempt(ctx, {
    client: network,
    counters: [
      { rule: RATE_LIMITS.joinFailedIp, subject: ctx.ip },
      { rule: RATE_LIMITS.joinFailedNetwork, subject: network },
      { rule: RATE_LIMITS.joinFailedAll, subject: "all" },
    ],
    check: () => {
      const code = normaliseJoinCode(input.code);
      return code ? findClassByJoinCode(ctx.store, code) : undefined;
    },
    wrong: () =>
      new DomainError(
        "not_found",
        "No class has that join code. Check the code with your tutor and try again.",
      ),
  });
  if (klass.archivedAt)
    throw new DomainError("forbidden", "That class has finished and is not taking new learners.");

  const label = await classLabel(ctx.store, klass.id);
  const joined = (displayName: string, how: LearnerEntry["how"], signIn?: LearnerSignIn): LearnerEntry => ({
    learner: {
      displayName,
      className: klass.name,
      ...(label ? { tutorName: label.tutorName, classSetUpAt: label.classSetUpAt } : {}),
    },
    how,
    ...(signIn ? { signIn } : {}),
  });

  const held = heldLearner(ctx);
  if (held?.classId === klass.id && sameName(held.displayName, input.displayName)) {
    const renewed = await renewLearnerSession(ctx.store, held.id, now);
    if (renewed) return joined(held.displayName, "existing", renewed);
  }
  // Any other name is someone else at this computer (a shared college PC, or a cookie planted before
  // joining): they join as themselves below, and the learner the cookie named is neither taken over
  // nor renamed.

  const awaiting = await learnerAwaitingRejoin(ctx.store, klass.id, input.displayName, now);
  if (awaiting) {
    const reclaimed = await reclaim(ctx, awaiting, input.reclaimCode);
    await leaveHeld(ctx, reclaimed);
    return joined(reclaimed.displayName, "reclaimed", reclaimed);
  }

  if (!klass.joinOpen)
    throw new DomainError(
      "forbidden",
      "This class is not letting new learners join at the moment. Ask your tutor to open the join code.",
    );

  await refuseStaffNames(ctx.store, input.displayName, klass.tutorId);
  // The name is checked and taken in one write that holds the class's names: two devices joining
  // under the same name at the same moment (a double tap, two tabs, two learners) make one learner,
  // not two the tutor cannot tell apart.
  const learner = await ctx.store.write({ key: `class-learner-names:${klass.id}` }, async (tx) => {
    const clashes = await learnersNamed(tx, klass.id, input.displayName);
    if (clashes.length > 0) {
      const same = clashes.some((l) => nameKey(l.displayName) === nameKey(input.displayName));
      throw new FieldRefusal(
        "conflict",
        "displayName",
        same
          ? `Someone in this class is already called “${input.displayName}”. Add an initial (for example “${input.displayName} K”). If that is you on another device, ask your tutor to reset your access, then join again.`
          : `“${input.displayName}” looks the same as the name of someone already in this class, so your tutor could not tell you apart. Add an initial (for example “${input.displayName} K”), or type your name another way.`,
      );
    }
    // Counted per class (classPool): a college's address is shared by every class behind it.
    const pool = classPool(klass.id);
    await consumeRateLimit(tx, RATE_LIMITS.newLearnerIp, `${pool}${ctx.ip}`, now);
    await consumeRateLimit(tx, RATE_LIMITS.newLearnerNetwork, `${pool}${network}`, now);
    // And the class's own total from every address, under its current code (rate-limit.ts).
    await consumeRateLimit(tx, RATE_LIMITS.newLearnerClass, classJoinSubject(klass), now);
    return createLearner(tx, { classId: klass.id, displayName: input.displayName }, now);
  });
  await leaveHeld(ctx, learner);
  return joined(learner.displayName, "new", learner);
}

/**
 * A reset learner's record, for the device that brings the reclaim code (their tutor gives it to them).
 * Wrong codes are slowed like join codes (guarded-attempt.ts), per client and per reset learner, and
 * after RECLAIM_MAX_WRONG_CODES the code stops working: a classmate cannot keep guessing, and the
 * worst they can do is make the tutor reset again. OWASP ASVS 4.0 V2.5 (recovery secrets are random,
 * single-use and short-lived) and V2.2.1 (anti-automation on guessing).
 */
async function reclaim(ctx: EntryContext, awaiting: AwaitingRejoin, typed?: string): Promise<LearnerSignIn> {
  const name = awaiting.displayName;
  const askAgain = `Ask your tutor to reset your access again: they will get a new reclaim code to give you.`;
  if (!awaiting.hasCode)
    throw new FieldRefusal(
      "forbidden",
      "reclaimCode",
      `The reclaim code for “${name}” no longer works. ${askAgain}`,
    );
  if (!typed?.trim()) {
    throw new FieldRefusal(
      "invalid",
      "reclaimCode",
      `Your tutor has reset access for “${name}” in this class. To carry on with your work, enter the reclaim code your tutor gives you. If you are not ${name}, use a different name.`,
    );
  }
  const perLearner = {
    rule: RATE_LIMITS.reclaimFailedLearner,
    subject: `${awaiting.id}:${awaiting.accessResetAt.getTime()}`,
  };
  const tooMany = async () => {
    await voidReclaimCode(ctx.store, awaiting.id);
    return new FieldRefusal(
      "forbidden",
      "reclaimCode",
      `Too many wrong reclaim codes were tried for “${name}”, so the code no longer works. ${askAgain}`,
    );
  };
  if (
    (await currentCount(ctx.store, perLearner.rule, perLearner.subject, ctx.now())).count >=
    RECLAIM_MAX_WRONG_CODES
  )
    throw await tooMany();
  const code = normaliseJoinCode(typed);
  const network = clientNetwork(ctx.ip);
  const claimed = await guardedAttempt(ctx, {
    client: network,
    counters: [
      { rule: RATE_LIMITS.reclaimFailedIp, subject: ctx.ip },
      { rule: RATE_LIMITS.reclaimFailedNetwork, subject: network },
      perLearner,
    ],
    check: () => (code ? reclaimWithCode(ctx.store, awaiting.id, code, ctx.now()) : undefined),
    wrong: () =>
      new FieldRefusal(
        "invalid",
        "reclaimCode",
        "That reclaim code is not right. Check it with your tutor: it is six letters and numbers, like KX7 P2M.",
      ),
  }).catch(async (error: unknown) => {
    // The try that reaches the limit uses the code up (a right code is never counted).
    const { count } = await currentCount(ctx.store, perLearner.rule, perLearner.subject, ctx.now());
    if (count >= RECLAIM_MAX_WRONG_CODES) throw await tooMany();
    throw error;
  });
  return claimed;
}

/** Practise on your own, with no class: just a display name. */
export async function practiseAlone(
  ctx: EntryContext,
  input: { displayName: string },
): Promise<LearnerEntry> {
  requireNotTutor(ctx.actor, "practise as a learner");
  if (ctx.actor.kind === "learner") {
    if (ctx.actor.learner.classId !== null) {
      const className = (await getClassName(ctx.store, ctx.actor.learner.classId)) ?? "a class";
      throw conflict(
        `You have joined ${className} on this device, so you can already practise any scenario. Sign out first to practise as someone else.`,
      );
    }
    // The same name again: the same practice learner, under a fresh token. Any other name is someone
    // else at this computer, who practises as a new learner: the one the cookie named is not renamed
    // (a planted practice cookie kept its token through a rename, so its planter read what followed).
    const held = ctx.actor.learner;
    if (sameName(held.displayName, input.displayName)) {
      const renewed = await renewLearnerSession(ctx.store, held.id, ctx.now());
      if (renewed)
        return {
          learner: { displayName: held.displayName, className: null },
          how: "existing",
          signIn: renewed,
        };
    }
  }
  await refuseStaffNames(ctx.store, input.displayName);
  const now = ctx.now();
  await consumeRateLimit(ctx.store, RATE_LIMITS.newLearnerIp, ctx.ip, now);
  await consumeRateLimit(ctx.store, RATE_LIMITS.newLearnerNetwork, clientNetwork(ctx.ip), now);
  const learner = await createLearner(ctx.store, { classId: null, displayName: input.displayName }, now);
  await leaveHeld(ctx, learner);
  return { learner: { displayName: learner.displayName, className: null }, how: "new", signIn: learner };
}
