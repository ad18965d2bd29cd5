/**
 * Fixed-window rate limits kept in the rate_limits table, so they hold across several server
 * processes sharing one database (and survive a restart). Each hit is one atomic upsert.
 *
 * Keys are `<rule>:<sha256 of the subject>`: the table never holds an email address or an IP in
 * plain text, and old windows are swept as new hits arrive.
 */
import { createHash } from "node:crypto";
import { eq, lt, sql } from "drizzle-orm";
import type { AppDatabase } from "@/db/client";
import * as t from "@/db/schema";
import { DomainError } from "@/server/core/domain-errors";
import { formatTime } from "@/lib/format";

const MINUTE = 60_000;

export interface RateLimitRule {
  name: string;
  limit: number;
  windowMs: number;
  /** What was limited, for the message: "sign-in attempts". */
  what: string;
}

/**
 * The limits. Sign-in and join-code counters count failures: a successful sign-in clears the
 * account's counter and a successful join gives its hit back, but every attempt is counted while it
 * runs, so a burst of parallel guesses cannot slip past the check.
 */
export const RATE_LIMITS = {
  /** Wrong passwords for one account from one address. */
  signInAccountIp: { name: "sign-in:account+ip", limit: 5, windowMs: 15 * MINUTE, what: "sign-in attempts" },
  /** All sign-in attempts from one address, whichever account. */
  signInIp: { name: "sign-in:ip", limit: 20, windowMs: 15 * MINUTE, what: "sign-in attempts" },
  /** Wrong passwords for one account from anywhere: a backstop if addresses are spoofed or rotated. */
  signInAccount: { name: "sign-in:account", limit: 30, windowMs: 15 * MINUTE, what: "sign-in attempts for this account" },
  /** New tutor accounts from one address. */
  signUpIp: { name: "sign-up:ip", limit: 5, windowMs: 60 * MINUTE, what: "new accounts" },
  /** Join codes that did not work (unknown, closed or archived) from one address: stops code guessing. */
  joinFailedIp: { name: "join:failed-ip", limit: 10, windowMs: 10 * MINUTE, what: "attempts with a join code" },
  /**
   * Join codes that did not work, from anywhere: a backstop, because the address comes from
   * X-Forwarded-For, which a client talking to the server directly can set to anything. Far above
   * what classes mistype (a class of 30 rarely gets 30 wrong), far below what guessing needs.
   */
  joinFailedAll: { name: "join:failed-all", limit: 300, windowMs: 10 * MINUTE, what: "attempts with a join code on this server" },
  /**
   * New learner records (joining or practising alone) from one address. A whole class often shares
   * one public address (a college network), so this is well above a class size.
   */
  newLearnerIp: { name: "learner:new-ip", limit: 100, windowMs: 10 * MINUTE, what: "new learners from this network" },
} as const satisfies Record<string, RateLimitRule>;

/** Windows older than this are deleted as new hits arrive. */
const SWEEP_AFTER_MS = 2 * 60 * MINUTE;

function keyFor(rule: RateLimitRule, subject: string): string {
  return `${rule.name}:${createHash("sha256").update(subject).digest("base64url").slice(0, 32)}`;
}

export function rateLimitMessage(rule: RateLimitRule, retryAt: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / MINUTE));
  return `Too many ${rule.what}. Please wait ${minutes === 1 ? "a minute" : `${minutes} minutes`} and try again (after ${formatTime(retryAt)}).`;
}

/**
 * Counts one hit and throws a rate_limited DomainError once the window's limit is passed.
 * Returns the count in the current window.
 */
export function consumeRateLimit(db: AppDatabase, rule: RateLimitRule, subject: string, now: Date): number {
  const nowMs = now.getTime();
  const expired = sql`${t.rateLimits.windowStart} <= ${nowMs - rule.windowMs}`;
  const row = db
    .insert(t.rateLimits)
    .values({ key: keyFor(rule, subject), windowStart: nowMs, count: 1 })
    .onConflictDoUpdate({
      target: t.rateLimits.key,
      set: {
        count: sql`CASE WHEN ${expired} THEN 1 ELSE ${t.rateLimits.count} + 1 END`,
        windowStart: sql`CASE WHEN ${expired} THEN ${nowMs} ELSE ${t.rateLimits.windowStart} END`,
      },
    })
    .returning({ count: t.rateLimits.count, windowStart: t.rateLimits.windowStart })
    .get();
  db.delete(t.rateLimits).where(lt(t.rateLimits.windowStart, nowMs - SWEEP_AFTER_MS)).run();
  if (row.count > rule.limit) {
    throw new DomainError("rate_limited", rateLimitMessage(rule, new Date(row.windowStart + rule.windowMs), now));
  }
  return row.count;
}

/** Gives one hit back (an attempt that turned out to be legitimate). */
export function refundRateLimit(db: AppDatabase, rule: RateLimitRule, subject: string): void {
  db.update(t.rateLimits)
    .set({ count: sql`MAX(${t.rateLimits.count} - 1, 0)` })
    .where(eq(t.rateLimits.key, keyFor(rule, subject)))
    .run();
}

/** Forgets the subject's window (e.g. after a successful sign-in). */
export function clearRateLimit(db: AppDatabase, rule: RateLimitRule, subject: string): void {
  db.delete(t.rateLimits).where(eq(t.rateLimits.key, keyFor(rule, subject))).run();
}
