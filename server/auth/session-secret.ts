import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { AppDatabase } from "@/db/client";
import * as t from "@/db/schema";
import { env } from "@/server/env";

/**
 * The key iron-session seals cookies with: SESSION_SECRET if set, otherwise one generated on first
 * run and kept in the database so every server process over the same file agrees on it.
 */
export function sessionSecret(db: AppDatabase): string {
  // Validated by server/env.ts: set, it is at least 32 characters long.
  const fromEnv = env().SESSION_SECRET;
  if (fromEnv) return fromEnv;
  // Read first: a database that cannot be written (see db/faults.ts) must still let people read.
  const stored = db.select().from(t.appSettings).where(eq(t.appSettings.key, "session_secret")).get();
  if (stored) return stored.value;
  db.insert(t.appSettings)
    .values({ key: "session_secret", value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing()
    .run();
  return db.select().from(t.appSettings).where(eq(t.appSettings.key, "session_secret")).get()!.value;
}
