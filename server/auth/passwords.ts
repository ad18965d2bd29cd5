/**
 * Tutor passwords: argon2id (@node-rs/argon2, native, run on libuv's thread pool) so hashing never
 * holds up the event loop, and at most HASH_CONCURRENCY hashes run at once so a flood of sign-ins
 * cannot take every thread or every core. Parameters are OWASP's argon2id minimum (19 MiB memory,
 * 2 passes, 1 lane: https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html).
 * Under tests (NODE_ENV=test) or with PASSWORD_HASH_COST=low a tiny cost keeps the suites fast; the
 * production server always uses the full cost.
 *
 * Accounts made before this change have bcrypt hashes (bcryptjs, cost 12). They still verify, and
 * the caller re-hashes the password with argon2id at that sign-in (needsRehash), so they go away.
 * No hand-rolled crypto: the libraries salt, stretch and compare in constant time.
 */
import os from "node:os";
import { hash, parseOptions, verify } from "@node-rs/argon2";
import bcrypt from "bcryptjs";
import { DomainError } from "@/server/core/domain-errors";
import { env } from "@/server/env";
import { guessablePasswordProblem, type PasswordContext } from "./password-strength";

/**
 * New and changed passwords only: a password that is the only factor SHALL be at least 15 characters
 * (NIST SP 800-63B-4 §3.1.1.2). Passwords set before this (10 or more) still sign in; sign-in never
 * checks length. Three ordinary words are about this long (NCSC, "three random words").
 */
export const MIN_PASSWORD_LENGTH = 15;
/**
 * The longest new password accepted, in characters: NIST SP 800-63B-4 §3.1.1.2 says verifiers SHALL permit
 * at least 64 characters. It was 72 *bytes* (what the old bcrypt hashes read), which refused a 40-letter
 * passphrase in accented letters (session 46, from the security helper's read of this file). Argon2 has no
 * cut-off of its own; the old bcrypt hashes were only ever set with 72 bytes or fewer.
 */
export const MAX_PASSWORD_LENGTH = 128;
/** What a bcrypt hash reads of a password (the accounts made before argon2). */
const BCRYPT_BYTES = 72;

/**
 * The password as it is hashed: Unicode NFKC, so "é" typed as one character or as "e" and an accent is the same
 * password on every keyboard (NIST SP 800-63B-4 §3.1.1.2: verifiers SHOULD apply NFKC or NFKD to Unicode
 * passwords). Hashes made before this were of the password as typed; verifyPassword tries that too.
 */
export function normalisedPassword(password: string): string {
  return password.normalize("NFKC");
}

const FULL_COST = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };
const LOW_COST = { memoryCost: 1_024, timeCost: 1, parallelism: 1 };

/** PASSWORD_HASH_COST=low|full overrides the choice (a test can ask for the full cost). */
function cost() {
  const { PASSWORD_HASH_COST: setting, NODE_ENV } = env();
  if (setting === "full") return FULL_COST;
  return NODE_ENV === "test" || setting === "low" ? LOW_COST : FULL_COST;
}

/** Hashes at once; libuv's pool has 4 threads by default and the rest of the server needs some. */
export const HASH_CONCURRENCY = Math.max(1, Math.min(2, os.availableParallelism() - 1));
/** Sign-ins waiting for a hashing slot beyond this are told to try again shortly (503 busy). */
const MAX_WAITING = 100;

let running = 0;
const waiting: (() => void)[] = [];

/** Runs `work` when a hashing slot is free. */
async function withHashSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= HASH_CONCURRENCY) {
    if (waiting.length >= MAX_WAITING) {
      throw new DomainError(
        "busy",
        "Many people are signing in at once. Please try again in a few seconds.",
        2,
      );
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else {
    running++;
  }
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    // Hand the slot straight to the next in line (running stays the same), or free it.
    if (next) next();
    else running--;
  }
}

/**
 * Refuses a new password an attacker would guess early: shorter than 15 characters, longer than 128, or one zxcvbn-ts (password-strength.ts) reckons takes fewer than 10^8 guesses (common passwords
 * and their variations, runs of keys or numbers, repeats, dates, and the account's own email and name,
 * or this service's). Says why and what to do instead (NIST SP 800-63B-4 §3.1.1.2: give the reason).
 */
export async function passwordProblem(
  password: string,
  context: PasswordContext = {},
): Promise<string | undefined> {
  const read = normalisedPassword(password);
  if ([...read].length < MIN_PASSWORD_LENGTH)
    return `Use at least ${MIN_PASSWORD_LENGTH} characters for your password. Three ordinary words that do not usually go together are long enough, and easy to remember.`;
  if ([...read].length > MAX_PASSWORD_LENGTH) {
    return `Passwords can be at most ${MAX_PASSWORD_LENGTH} characters long.`;
  }
  return guessablePasswordProblem(read, context);
}

export function hashPassword(password: string): Promise<string> {
  return withHashSlot(() => hash(normalisedPassword(password), cost()));
}

const isBcrypt = (stored: string) => /^\$2[aby]\$/.test(stored);

/** True when the stored hash was made with other settings than today's (older bcrypt, another cost). */
export function needsRehash(stored: string): boolean {
  if (isBcrypt(stored)) return true;
  try {
    const used = parseOptions(stored);
    const wanted = cost();
    return (
      used.memoryCost !== wanted.memoryCost ||
      used.timeCost !== wanted.timeCost ||
      used.parallelism !== wanted.parallelism
    );
  } catch {
    return true;
  }
}

/** A well-formed hash of a password nobody knows, so an unknown email costs the same time as a wrong password. */
let dummyHash: Promise<string> | undefined;

/** True when the password matches the hash. With no hash (unknown account) it still does the work, then says no. */
export async function verifyPassword(password: string, stored: string | undefined): Promise<boolean> {
  const normal = normalisedPassword(password);
  // The password as hashed today, then as typed (hashes made before NFKC, or by bcrypt): the same work for a
  // wrong password unless it has characters NFKC changes.
  const readings = normal === password ? [password] : [normal, password];
  if (stored === undefined) {
    dummyHash ??= hashPassword("no account has this password");
    const dummy = await dummyHash;
    // As many hashes as a known account's wrong password costs, so timing does not tell the two apart.
    for (const reading of readings) await withHashSlot(() => verify(dummy, reading));
    return false;
  }
  if (isBcrypt(stored)) {
    for (const reading of readings) {
      // Never accepted at sign-up; bcrypt would only compare the first 72 bytes.
      if (Buffer.byteLength(reading, "utf8") > BCRYPT_BYTES) continue;
      if (await withHashSlot(() => bcrypt.compare(reading, stored))) return true;
    }
    return false;
  }
  for (const reading of readings) {
    if ([...reading].length > MAX_PASSWORD_LENGTH) continue;
    if (await withHashSlot(() => verify(stored, reading).catch(() => false))) return true;
  }
  return false;
}
