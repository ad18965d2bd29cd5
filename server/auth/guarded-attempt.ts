/**
 * Checking a secret (a password, a join code) so that guessing is slow but the right person is never
 * locked out by someone else's guesses:
 * - Wrong tries are counted per rule (this client, this account, the whole server). Past a rule's
 *   free allowance, every further try waits before it is checked: 2× longer for each extra wrong try,
 *   up to a cap. The wait is a timer, so the server goes on answering everyone else meanwhile.
 * - The right secret is accepted whatever the counts (after the wait): others' failures, even from
 *   many addresses, only slow the owner down a little. A wrong one past the allowance is answered
 *   429 with the time to wait.
 * - A client may have only a few tries in progress at once; more are refused before checking, so a
 *   flood of parallel guesses from one client gains nothing from the waits running side by side.
 * The counters live in the database (shared by server processes); the in-progress count is per process.
 */
import type { Scope } from "@/db/store";
import type { DomainError } from "@/server/core/domain-errors";
import { DomainError as Refusal } from "@/server/core/domain-errors";
import { env } from "@/server/env";
import { countHit, currentCount, rateLimited, type RateLimitRule } from "./rate-limit";

export interface Counter {
  rule: RateLimitRule;
  subject: string;
}

/** Tries one client may have in progress at once. */
export const MAX_TRIES_IN_PROGRESS = 3;

/** The first wait and the longest; AUTH_BACKOFF_BASE_MS / AUTH_BACKOFF_MAX_MS change them (tests use short ones). */
function backoff() {
  const e = env();
  const testing = e.NODE_ENV === "test";
  return {
    baseMs: e.AUTH_BACKOFF_BASE_MS ?? (testing ? 2 : 500),
    maxMs: e.AUTH_BACKOFF_MAX_MS ?? (testing ? 20 : 8_000),
  };
}

/** How long the next try waits, given each counter's wrong tries so far. */
export function waitBeforeTry(overshoot: number): number {
  if (overshoot <= 0) return 0;
  const { baseMs, maxMs } = backoff();
  return Math.min(maxMs, baseMs * 2 ** Math.min(overshoot - 1, 20));
}

const inProgress = new Map<string, number>();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `check` under the rules above. `check` answers the value for a right secret, or undefined
 * for a wrong one; `wrong` is the error for a wrong secret within the allowance.
 */
export async function guardedAttempt<T>(
  ctx: { store: Scope; now: () => Date },
  options: {
    client: string;
    counters: Counter[];
    check: () => Promise<T | undefined> | T | undefined;
    wrong: () => DomainError;
  },
): Promise<T> {
  const busy = inProgress.get(options.client) ?? 0;
  if (busy >= MAX_TRIES_IN_PROGRESS) {
    throw new Refusal(
      "rate_limited",
      "Too many tries at once from this device or network. Please wait for the last one to finish.",
      5,
    );
  }
  inProgress.set(options.client, busy + 1);
  try {
    const now = ctx.now();
    const counts = await Promise.all(
      options.counters.map((c) => currentCount(ctx.store, c.rule, c.subject, now)),
    );
    const overshoot = Math.max(0, ...counts.map((row, i) => row.count - options.counters[i]!.rule.limit));
    const wait = waitBeforeTry(overshoot);
    if (wait > 0) await sleep(wait);
    const result = await options.check();
    if (result !== undefined) return result;
    const after = ctx.now();
    let refusal: DomainError | undefined;
    for (const c of options.counters) {
      const row = await countHit(ctx.store, c.rule, c.subject, after);
      if (row.count > c.rule.limit) refusal ??= rateLimited(c.rule, row.windowStart, after);
    }
    throw refusal ?? options.wrong();
  } finally {
    const left = (inProgress.get(options.client) ?? 1) - 1;
    if (left <= 0) inProgress.delete(options.client);
    else inProgress.set(options.client, left);
  }
}
