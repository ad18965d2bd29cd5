import { getDb, setBusyTimeout, type AppDatabase } from "@/db/client";
import { type Store, sqliteStore } from "@/db/store";
import { bootstrapDatabase } from "./bootstrap";

/** The database handle types, for layers above data that pass the handle on without querying (tRPC). */
export type { AppDatabase, Db } from "@/db/client";
export type { Store } from "@/db/store";

/**
 * How long a request's statement waits, blocking the whole server, for a lock another process holds.
 * Kept short: a request that still finds the database locked is retried asynchronously (see
 * server/trpc/init.ts), so other requests go on being answered meanwhile.
 */
export const REQUEST_BUSY_TIMEOUT_MS = 20;

let ready: { db: AppDatabase; store: Store; demoWorkspaceId: number } | undefined;

/** The process-wide database, migrated and seeded on first use (never at import time). */
export function getAppDatabase() {
  if (!ready) {
    const db = getDb();
    const bootstrapped = bootstrapDatabase(db);
    setBusyTimeout(db.$client, REQUEST_BUSY_TIMEOUT_MS);
    ready = { db, store: sqliteStore(db), ...bootstrapped };
  }
  return ready;
}
