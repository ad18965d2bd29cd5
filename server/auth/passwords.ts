/**
 * Tutor passwords: bcrypt (bcryptjs) at cost 12. No hand-rolled crypto: bcrypt salts, stretches and
 * compares in constant time; this module only adds the rules around it.
 */
import bcrypt from "bcryptjs";

export const PASSWORD_COST = 12;
export const MIN_PASSWORD_LENGTH = 10;
/** bcrypt only reads the first 72 bytes, so longer passwords are refused rather than silently cut. */
export const MAX_PASSWORD_BYTES = 72;

/** A well-formed hash of a password nobody knows, so an unknown email costs the same time as a wrong password. */
let dummyHash: Promise<string> | undefined;

export function passwordProblem(password: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters for your password.`;
  if (bcrypt.truncates(password)) return `Passwords can be at most ${MAX_PASSWORD_BYTES} bytes long (about ${MAX_PASSWORD_BYTES} letters or numbers).`;
  return undefined;
}

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, PASSWORD_COST);
}

/** True when the password matches the hash. With no hash (unknown account) it still does the work, then says no. */
export async function verifyPassword(password: string, hash: string | undefined): Promise<boolean> {
  if (hash === undefined) {
    dummyHash ??= bcrypt.hash("no account has this password", PASSWORD_COST);
    await bcrypt.compare(password, await dummyHash);
    return false;
  }
  if (bcrypt.truncates(password)) {
    // Never accepted at sign-up; comparing would only match on the first 72 bytes.
    await bcrypt.compare(password.slice(0, MAX_PASSWORD_BYTES), hash);
    return false;
  }
  return bcrypt.compare(password, hash);
}
