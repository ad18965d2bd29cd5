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

export const MIN_PASSWORD_LENGTH = 10;
/**
 * The longest password accepted, in bytes. Argon2 has no cut-off of its own; the old bcrypt hashes
 * only read 72 bytes, and keeping that limit means every password anyone could ever set still works.
 */
export const MAX_PASSWORD_BYTES = 72;

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

export function passwordProblem(password: string, context: { email?: string } = {}): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `Use at least ${MIN_PASSWORD_LENGTH} characters for your password.`;
  if (Buffer.byteLength(password, "utf8") > MAX_PASSWORD_BYTES) {
    return `Passwords can be at most ${MAX_PASSWORD_BYTES} bytes long (about ${MAX_PASSWORD_BYTES} letters or numbers).`;
  }
  if (firstGuess(password, context.email))
    return "That password is one of the first an attacker would try: a common password, a run of keys or numbers, something repeated, or your own email address. Choose one of your own: a few words that do not go together make a good one.";
  return undefined;
}

/**
 * Passwords a guesser tries first, refused whatever their length (NIST SP 800-63B §5.1.1.2: common,
 * repetitive or sequential values and context words; OWASP ASVS 4.0 V2.1.7). The online guessing
 * limits (guarded-attempt.ts) slow a guesser down; they do not help an account whose password is the
 * first guess. Compared without case, and also by the stem left when digits and symbols are taken
 * off both ends and common substitutions undone ("P@ssw0rd2024!" is "password").
 */
const COMMON_STEMS = new Set([
  "password",
  "passwort",
  "qwerty",
  "qwertyuiop",
  "iloveyou",
  "letmein",
  "welcome",
  "football",
  "baseball",
  "princess",
  "sunshine",
  "monkey",
  "dragon",
  "trustno",
  "superman",
  "starwars",
  "admin",
  "administrator",
  "changeme",
  "abc",
  "computer",
  "master",
  "shadow",
  "whatever",
  "freedom",
  "hello",
  "helloworld",
  "login",
  "secret",
  "liverpool",
  "chelsea",
  "arsenal",
  "manchester",
  "london",
  "summer",
  "winter",
  "spring",
  "autumn",
  "teacher",
  "tutor",
  "student",
  "college",
  "school",
  "qazwsx",
  "zaq",
  "hearthandbean",
  "hearthbean",
  "hearth",
  "crmtrainer",
  "crm",
  "trainer",
]);
/** Runs of keys and numbers, forwards; each is also tried backwards. */
const RUNS = [
  "01234567890123456789",
  "abcdefghijklmnopqrstuvwxyz",
  "qwertyuiopasdfghjklzxcvbnm",
  "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
  "1q2w3e4r5t6y7u8i9o0p",
  "zaq12wsxcde34rfvbgt56yhnmju78ik9ol0p",
];
const UNLEET: Record<string, string> = {
  "@": "a",
  "4": "a",
  "3": "e",
  "1": "i",
  "!": "i",
  "0": "o",
  $: "s",
  "5": "s",
  "7": "t",
};

const isRun = (text: string) =>
  RUNS.some((run) => run.includes(text) || [...run].reverse().join("").includes(text));

/** `text` is some shorter piece said over and over ("ababab", "1212121212", "trustno1trustno1"). */
function repeated(text: string): boolean {
  if (new Set(text).size <= 2) return true;
  for (let unit = 1; unit <= text.length / 2; unit++) {
    if (text.length % unit !== 0 && unit > 4) continue;
    const piece = text.slice(0, unit);
    if (piece.repeat(Math.ceil(text.length / unit)).slice(0, text.length) === text) return true;
  }
  return false;
}

const lettersAndDigits = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, "");

function firstGuess(password: string, email?: string): boolean {
  const whole = password.toLowerCase();
  if (isRun(whole) || repeated(whole)) return true;
  // Digits, symbols and spaces off both ends (letters of any alphabet stay).
  const trimmed = whole.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  const stem = lettersAndDigits(trimmed.replace(/[@4310!$57]/g, (c) => UNLEET[c] ?? c));
  if (stem === "") return false;
  if (COMMON_STEMS.has(stem) || (stem.length >= 6 && isRun(stem)) || (stem.length >= 4 && repeated(stem)))
    return true;
  if (!email) return false;
  // The address itself, or the part before the @, as typed (substitutions not undone: "@" is its own).
  const asTyped = lettersAndDigits(trimmed);
  const address = email.toLowerCase();
  const local = lettersAndDigits(address.split("@")[0] ?? "");
  return asTyped === lettersAndDigits(address) || (local.length >= 3 && asTyped === local);
}

export function hashPassword(password: string): Promise<string> {
  return withHashSlot(() => hash(password, cost()));
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
  if (stored === undefined) {
    dummyHash ??= hashPassword("no account has this password");
    const dummy = await dummyHash;
    await withHashSlot(() => verify(dummy, password));
    return false;
  }
  const tooLong = Buffer.byteLength(password, "utf8") > MAX_PASSWORD_BYTES;
  if (isBcrypt(stored)) {
    // Never accepted at sign-up; bcrypt would only compare the first 72 bytes.
    if (tooLong) return false;
    return withHashSlot(() => bcrypt.compare(password, stored));
  }
  const ok = await withHashSlot(() => verify(stored, password).catch(() => false));
  return ok && !tooLong;
}
