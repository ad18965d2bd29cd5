import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Scope } from "@/db/store";
import { env } from "@/server/env";

/**
 * The key iron-session seals cookies with: SESSION_SECRET if set, otherwise one generated on first
 * run and kept in the database so every server process over the same database agrees on it. Two
 * servers starting together each offer a secret; the insert keeps the first and ignores the other,
 * and both then read the one that was kept.
 */
export async function sessionSecret(scope: Scope): Promise<string> {
  // Validated by server/env.ts: set, it is at least 32 characters long.
  const fromEnv = env().SESSION_SECRET;
  if (fromEnv) return fromEnv;
  const { t, db } = scope;
  const read = async () =>
    (await db.select().from(t.appSettings).where(eq(t.appSettings.key, "session_secret")).limit(1))[0];
  // Read first: a database that cannot be written (see db/faults.ts) must still let people read.
  const stored = await read();
  if (stored) return stored.value;
  await db
    .insert(t.appSettings)
    .values({ key: "session_secret", value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing();
  return (await read())!.value;
}
