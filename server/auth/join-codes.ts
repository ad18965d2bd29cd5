/**
 * Class join codes: six characters from an alphabet with no look-alikes (no 0/O, 1/I), easy to read
 * off a projector and type on a phone. 32^6 ≈ 1.07 billion codes, drawn with node:crypto's randomInt;
 * together with the join rate limit that makes guessing a live code impractical.
 */
import { randomInt } from "node:crypto";
import { eq } from "drizzle-orm";
import { databaseErrorCode } from "@/db/faults";
import type { Scope } from "@/db/store";

export const JOIN_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 6;

export function randomJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/**
 * What a learner typed, as a stored code: upper case, without spaces or dashes ("abc-def" → "ABCDEF").
 * Returns undefined when it cannot be a code, so lookups never run on junk.
 */
export function normaliseJoinCode(input: string): string | undefined {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== JOIN_CODE_LENGTH) return undefined;
  for (const ch of code) if (!JOIN_CODE_ALPHABET.includes(ch)) return undefined;
  return code;
}

/** "ABCDEF" → "ABC DEF", easier to read aloud and off a screen. */
export function displayJoinCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}

/** A unique violation on classes.join_code: SQLite names the column, PostgreSQL the constraint. */
function isJoinCodeClash(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof Error && /UNIQUE constraint failed: classes\.join_code/.test(e.message)) return true;
    if ((e as { constraint?: unknown }).constraint === "classes_join_code_unique")
      return databaseErrorCode(e) === "23505";
  }
  return false;
}

/**
 * Calls `write` with a code no class uses yet. The column is unique too: if another process takes
 * the same code in between, the write fails and is retried with a new code.
 */
export async function withFreshJoinCode<T>(scope: Scope, write: (code: string) => Promise<T>): Promise<T> {
  const { t, db } = scope;
  for (let i = 0; i < 20; i++) {
    const code = randomJoinCode();
    const [taken] = await db
      .select({ id: t.classes.id })
      .from(t.classes)
      .where(eq(t.classes.joinCode, code))
      .limit(1);
    if (taken) continue;
    try {
      return await write(code);
    } catch (error) {
      if (!isJoinCodeClash(error)) throw error;
    }
  }
  throw new Error("Could not find an unused join code.");
}
