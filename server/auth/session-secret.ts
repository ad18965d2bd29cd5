import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { AppDatabase } from "@/db/client";
import * as t from "@/db/schema";

/**
 * The key iron-session seals cookies with: SESSION_SECRET if set, otherwise one generated on first
 * run and kept in the database so every server process over the same file agrees on it.
 */
export function sessionSecret(db: AppDatabase): string {
  const fromEnv = process.env.SESSION_SECRET;
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error("SESSION_SECRET must be at least 32 characters long.");
    return fromEnv;
  }
  // Read first: a database that cannot be written (see db/faults.ts) must still let people read.
  const stored = db.select().from(t.appSettings).where(eq(t.appSettings.key, "session_secret")).get();
  if (stored) return stored.value;
  db.insert(t.appSettings)
    .values({ key: "session_secret", value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing()
    .run();
  return db.select().from(t.appSettings).where(eq(t.appSettings.key, "session_secret")).get()!.value;
}
