/**
 * Fixed-window rate limits kept in the rate_limits table, so they hold across several server
 * processes sharing one database (and survive a restart). Each hit is one atomic upsert.
 *
 * Keys are `<rule>:<sha256 of the subject>`: the table never holds an email address or an IP in
 * plain text, and old windows are swept as new hits arrive.
 */
import { createHash } from "node:crypto";
import { eq, lt, type SQL, sql } from "drizzle-orm";
import type { Scope } from "@/db/store";
import { DomainError } from "@/server/core/domain-errors";
import { formatUkTime } from "@/server/core/scenarios/dates";

const MINUTE = 60_000;

export interface RateLimitRule {
  name: string;
  limit: number;
  windowMs: number;
  /** What was limited, for the message: "sign-in attempts". */
  what: string;
  /** Words of the refusal instead of "Too many …, please wait": for a limit the person refused cannot wait out alone. */
  refusal?: string;
}

/**
 * The limits. For sign-in and join codes, `limit` is how many WRONG tries are free in the window:
 * after that each further try waits longer before it is checked (see guarded-attempt.ts), and a wrong
 * one is answered 429. A right password or code is never refused for what others did: only the
 * client's own flood of parallel tries is turned away unchecked. Sign-up and new learner records
 * are counted as they are made, and refused past the limit.
 */
export const RATE_LIMITS = {
  /** Wrong passwords for one account from one client. */
  signInAccountIp: { name: "sign-in:account+ip", limit: 5, windowMs: 15 * MINUTE, what: "wrong passwords" },
  /** Wrong passwords from one client, whichever account. */
  signInIp: { name: "sign-in:ip", limit: 20, windowMs: 15 * MINUTE, what: "wrong passwords" },
  /** Wrong passwords for one account from anywhere: slows guessing from many addresses. */
  signInAccount: {
    name: "sign-in:account",
    limit: 30,
    windowMs: 15 * MINUTE,
    what: "wrong passwords for this account",
  },
  /** New tutor accounts from one client. */
  signUpIp: { name: "sign-up:ip", limit: 5, windowMs: 60 * MINUTE, what: "new accounts" },
  /** New tutor accounts on this server: a backstop against sign-ups from many addresses. */
  signUpAll: { name: "sign-up:all", limit: 60, windowMs: 60 * MINUTE, what: "new accounts on this server" },
  /** Join codes that did not work (unknown, closed or archived) from one client: stops code guessing. */
  joinFailedIp: { name: "join:failed-ip", limit: 10, windowMs: 10 * MINUTE, what: "wrong join codes" },
  /**
   * Wrong join codes from one wider network (an IPv6 /56: clientNetwork in client-address.ts), so
   * rotating through the /64s of one home connection does not multiply the allowance above by 256.
   * Three /64s' worth; for IPv4 the network is the address, where the rule above comes first.
   */
  joinFailedNetwork: {
    name: "join:failed-network",
    limit: 30,
    windowMs: 10 * MINUTE,
    what: "wrong join codes from this network",
  },
  /**
   * Join codes that did not work, from anywhere: slows guessing from many addresses. Far above what
   * classes mistype (a class of 30 rarely gets 30 wrong), far below what guessing needs.
   */
  joinFailedAll: {
    name: "join:failed-all",
    limit: 300,
    windowMs: 10 * MINUTE,
    what: "wrong join codes on this server",
  },
  /** Wrong reclaim codes (rejoining after a tutor's reset) from one client. */
  reclaimFailedIp: {
    name: "reclaim:failed-ip",
    limit: 10,
    windowMs: 10 * MINUTE,
    what: "wrong reclaim codes",
  },
  /** Wrong reclaim codes from one wider network (as joinFailedNetwork). */
  reclaimFailedNetwork: {
    name: "reclaim:failed-network",
    limit: 30,
    windowMs: 10 * MINUTE,
    what: "wrong reclaim codes from this network",
  },
  /**
   * Wrong reclaim codes for one reset learner, from anywhere: past these the tries are slowed, and at
   * RECLAIM_MAX_WRONG_CODES (learner-entry.ts) the code stops working. A window as long as the reclaim window.
   */
  reclaimFailedLearner: {
    name: "reclaim:failed-learner",
    limit: 3,
    windowMs: 60 * MINUTE,
    what: "wrong reclaim codes for this name",
  },
  /**
   * New learner records (joining or practising alone) from one client. A whole class often shares
   * one public address (a college network), so this is well above a class size. Each class, and
   * practising alone, has its own count (classPool).
   */
  /**
   * New learners in one class, from anywhere, counted per join code (classJoinSubject): whoever holds
   * a leaked code could otherwise fill the roster from many addresses (150 joins from 150 addresses
   * all went in: probe, session 41). 60 in 10 minutes is twice a large class; returning learners and
   * reclaims are never counted. The tutor's class page says when it is reached (classJoinsPausedUntil),
   * and a new code ends it at once (OWASP ASVS 4.0 V11.1.4: anti-automation on business flows).
   */
  newLearnerClass: {
    name: "learner:new-class",
    limit: 60,
    windowMs: 10 * MINUTE,
    what: "new learners in this class",
    refusal: "This class has had a lot of new learners in the last few minutes. Ask your tutor.",
  },
  newLearnerIp: {
    name: "learner:new-ip",
    limit: 100,
    windowMs: 10 * MINUTE,
    what: "new learners from this network",
  },
  /**
   * New scenario attempts from one client (carrying on with one in progress is never counted). Each
   * new attempt copies the scenario's CRM records (about 10 KB); without a limit, practising alone
   * with one new name after another, one address could add gigabytes a day. 300 in 10 minutes is ten
   * each for a class of 30 behind one college address. Each class, and practising alone, has its own
   * count (classPool).
   */
  attemptStartIp: {
    name: "attempt:start-ip",
    limit: 300,
    windowMs: 10 * MINUTE,
    what: "scenarios started from this network",
  },
  /**
   * The two limits above on making things, counted per wider network (an IPv6 /56: clientNetwork in
   * client-address.ts) at three times the per-client figure, so rotating through the 256 /64s of one
   * home connection cannot multiply the database a client may fill by 256. A college whose classrooms
   * are /64s of one /56 has three classes' worth; for IPv4 the network is the address.
   */
  newLearnerNetwork: {
    name: "learner:new-network",
    limit: 300,
    windowMs: 10 * MINUTE,
    what: "new learners from this network",
  },
  attemptStartNetwork: {
    name: "attempt:start-network",
    limit: 900,
    windowMs: 10 * MINUTE,
    what: "scenarios started from this network",
  },
  /**
   * New passwords checked (tutor sign-up and password change) from one client, counted BEFORE the
   * check. Judging a new password (password-strength.ts: zxcvbn over up to 72 characters, run up to
   * three times) costs 50-140 ms of the server's one thread, and a refused password used to count
   * against nothing: one anonymous POST of 20 batched sign-ups with weak passwords cost 1.4-2.0 s of
   * processor time, as often as it was sent (probe, session 43). A tutor choosing a password tries a
   * few; 30 in 15 minutes is a college's staff-training session behind one address. OWASP ASVS 4.0.3
   * V2.2.1 (anti-automation) and V11.1.4 (business flows limited against excessive calls).
   */
  passwordCheckIp: {
    name: "password:check-ip",
    limit: 30,
    windowMs: 15 * MINUTE,
    what: "new passwords tried",
  },
  /** The same per wider network (an IPv6 /56, as newLearnerNetwork), at three times the figure. */
  passwordCheckNetwork: {
    name: "password:check-network",
    limit: 90,
    windowMs: 15 * MINUTE,
    what: "new passwords tried from this network",
  },
  /** Changes to the shared demo CRM from one client without a sign-in: stops one visitor filling it with notes. */
  demoWritesIp: { name: "demo:writes-ip", limit: 60, windowMs: 10 * MINUTE, what: "changes to the demo CRM" },
  /**
   * Changes to the shared demo CRM from one address by anyone but a tutor, all writers together: a
   * learner's own allowance above is per learner, and practising alone makes a new learner from a
   * name alone. 600 in 10 minutes is twenty each for a class of 30 behind one college address.
   */
  demoWritesAddress: {
    name: "demo:writes-address",
    limit: 600,
    windowMs: 10 * MINUTE,
    what: "changes to the demo CRM from this network",
  },
  /** The same per wider network (as newLearnerNetwork), at three times the figure. */
  demoWritesNetwork: {
    name: "demo:writes-network",
    limit: 1800,
    windowMs: 10 * MINUTE,
    what: "changes to the demo CRM from this network",
  },
} as const satisfies Record<string, RateLimitRule>;

/**
 * Which allowance a learner's new records are counted in, before the client's address: learners of a
 * class in their class's own, learners practising alone (no code needed) in the address's. A whole
 * college often shares one public address, so one shared count let anyone there, code or no code,
 * shut every class out: 100 "practise alone" names in a few seconds refused the next class's joins
 * for 10 minutes (probe, session 33). Now a flood without a code fills only the practice allowance,
 * and one with a code only its own class's, where the tutor sees every name it made.
 */
export const classPool = (classId: number | null): string => (classId === null ? "" : `class:${classId}|`);

/** What the per-class cap counts under: the class and its current code, so a new code starts again at 0. */
export const classJoinSubject = (klass: { id: number; joinCode: string | null }): string =>
  `${klass.id}:${klass.joinCode ?? ""}`;

/**
 * When the class's new-learner cap (newLearnerClass) lifts, if it is reached now: for the tutor's class
 * page, which says joining is paused and that a new code ends it. Undefined when new learners can join.
 */
export async function classJoinsPausedUntil(
  scope: Scope,
  klass: { id: number; joinCode: string | null },
  now: Date,
): Promise<Date | undefined> {
  const rule = RATE_LIMITS.newLearnerClass;
  const { count, windowStart } = await currentCount(scope, rule, classJoinSubject(klass), now);
  return count >= rule.limit ? new Date(windowStart + rule.windowMs) : undefined;
}

/** Windows older than this are deleted as new hits arrive. */
const SWEEP_AFTER_MS = 2 * 60 * MINUTE;

function keyFor(rule: RateLimitRule, subject: string): string {
  return `${rule.name}:${createHash("sha256").update(subject).digest("base64url").slice(0, 32)}`;
}

export function rateLimitMessage(rule: RateLimitRule, retryAt: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / MINUTE));
  return `Too many ${rule.what}. Please wait ${minutes === 1 ? "a minute" : `${minutes} minutes`} and try again (after ${formatUkTime(retryAt)}).`;
}

/** A rate_limited error that says when the window ends (message and Retry-After). */
export function rateLimited(rule: RateLimitRule, windowStart: number, now: Date): DomainError {
  const retryAt = new Date(windowStart + rule.windowMs);
  return new DomainError(
    "rate_limited",
    rule.refusal ?? rateLimitMessage(rule, retryAt, now),
    Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000)),
  );
}

/** The larger of two SQL numbers: scalar MAX on SQLite, GREATEST on PostgreSQL (whose MAX is only an aggregate). */
function greatest(scope: Scope, a: SQL, b: number): SQL {
  return scope.engine === "postgres" ? sql`GREATEST(${a}, ${b})` : sql`MAX(${a}, ${b})`;
}

/**
 * Counts one hit and throws a rate_limited DomainError once the window's limit is passed.
 * Returns the count in the current window.
 */
export async function consumeRateLimit(
  scope: Scope,
  rule: RateLimitRule,
  subject: string,
  now: Date,
): Promise<number> {
  const row = await countHit(scope, rule, subject, now);
  if (row.count > rule.limit) throw rateLimited(rule, row.windowStart, now);
  return row.count;
}

/** The count in the subject's current window (0 when it has none). */
export async function currentCount(
  scope: Scope,
  rule: RateLimitRule,
  subject: string,
  now: Date,
): Promise<{ count: number; windowStart: number }> {
  const { t, db } = scope;
  const [row] = await db
    .select()
    .from(t.rateLimits)
    .where(eq(t.rateLimits.key, keyFor(rule, subject)))
    .limit(1);
  if (!row || row.windowStart <= now.getTime() - rule.windowMs)
    return { count: 0, windowStart: now.getTime() };
  return { count: row.count, windowStart: row.windowStart };
}

/**
 * Adds one to the subject's window (a new window if the old one ended) and returns it. One statement
 * (insert, or on conflict update), so two servers counting the same subject at once lose no hit.
 */
export async function countHit(
  scope: Scope,
  rule: RateLimitRule,
  subject: string,
  now: Date,
): Promise<{ count: number; windowStart: number }> {
  const { t, db } = scope;
  const nowMs = now.getTime();
  const expired = sql`${t.rateLimits.windowStart} <= ${nowMs - rule.windowMs}`;
  const [row] = await db
    .insert(t.rateLimits)
    .values({ key: keyFor(rule, subject), windowStart: nowMs, count: 1 })
    .onConflictDoUpdate({
      target: t.rateLimits.key,
      set: {
        count: sql`CASE WHEN ${expired} THEN 1 ELSE ${t.rateLimits.count} + 1 END`,
        windowStart: sql`CASE WHEN ${expired} THEN ${nowMs} ELSE ${t.rateLimits.windowStart} END`,
      },
    })
    .returning({ count: t.rateLimits.count, windowStart: t.rateLimits.windowStart });
  await db.delete(t.rateLimits).where(lt(t.rateLimits.windowStart, nowMs - SWEEP_AFTER_MS));
  return row!;
}

/** Gives one hit back (an attempt that turned out to be legitimate). */
export async function refundRateLimit(scope: Scope, rule: RateLimitRule, subject: string): Promise<void> {
  const { t, db } = scope;
  await db
    .update(t.rateLimits)
    .set({ count: greatest(scope, sql`${t.rateLimits.count} - 1`, 0) })
    .where(eq(t.rateLimits.key, keyFor(rule, subject)));
}

/** Forgets the subject's window (e.g. after a successful sign-in). */
export async function clearRateLimit(scope: Scope, rule: RateLimitRule, subject: string): Promise<void> {
  const { t, db } = scope;
  await db.delete(t.rateLimits).where(eq(t.rateLimits.key, keyFor(rule, subject)));
}
