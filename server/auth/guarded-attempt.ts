/**
 * Checking a secret (a password, a join code) so that guessing is slow but the right person is never
 * locked out by someone else's guesses:
 * - Wrong tries are counted per rule (this client, this account, the whole server). Past a rule's
 *   free allowance, every further try waits before it is checked: 2× longer for each extra wrong try,
 *   up to a cap. The wait is a timer, so the server goes on answering everyone else meanwhile.
 * - The right secret is accepted whatever the counts (after the wait): others' failures, even from
 *   many addresses, only slow the owner down a little. A wrong one past the allowance is answered
 *   429 with the time to wait.
 * - A client may have only a few tries in progress at once; more wait in line for their turn (and only
 *   past a long line are they refused unchecked), so a flood of parallel guesses from one client gains
 *   nothing from the waits running side by side, while a class behind one college address, all
 *   joining in the same minute after a few typos, is let in one after another instead of turned away.
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
/** Tries one client may have waiting for a turn beyond those (a class of 30 and then some). */
export const MAX_TRIES_WAITING = 60;

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

/** Per client: tries being checked now, and those waiting for a turn (first come, first served). */
const clients = new Map<string, { running: number; waiting: (() => void)[] }>();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A turn for one of the client's tries: at once when fewer than the maximum are running, else in line. */
async function takeTurn(client: string): Promise<void> {
  let state = clients.get(client);
  if (!state) {
    state = { running: 0, waiting: [] };
    clients.set(client, state);
  }
  if (state.running < MAX_TRIES_IN_PROGRESS) {
    state.running++;
    return;
  }
  if (state.waiting.length >= MAX_TRIES_WAITING) {
    throw new Refusal(
      "rate_limited",
      "Too many tries at once from this device or network. Please wait for the last one to finish.",
      5,
    );
  }
  // The finishing try hands its turn straight to the first in line (running stays the same).
  await new Promise<void>((resolve) => state.waiting.push(resolve));
}

function endTurn(client: string): void {
  const state = clients.get(client);
  if (!state) return;
  const next = state.waiting.shift();
  if (next) {
    next();
    return;
  }
  state.running--;
  if (state.running <= 0) clients.delete(client);
}

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
  await takeTurn(options.client);
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
    endTurn(options.client);
  }
}
