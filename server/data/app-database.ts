import { getDb, setBusyTimeout, type AppDatabase } from "@/db/client";
import { migratePostgres } from "@/db/pg/client";
import { openPostgresStore } from "@/db/pg/store";
import { type Store, sqliteStore } from "@/db/store";
import { env } from "@/server/env";
import { bootstrapDatabase, bootstrapStore } from "./bootstrap";

/** The store's type, for layers above data that pass it on without querying (tRPC). */
export type { Store } from "@/db/store";

/**
 * How long a request's statement waits, blocking the whole server, for a lock another process holds.
 * Kept short: a request that still finds the database locked is retried asynchronously (see
 * server/trpc/init.ts), so other requests go on being answered meanwhile.
 */
export const REQUEST_BUSY_TIMEOUT_MS = 20;

/** The database on either engine: requests and the data layer use only the store. */
export interface AppData {
  store: Store;
  demoWorkspaceId: number;
}

/**
 * The SQLite file's own handle as well, for what is SQLite by nature (the bench's baseline insert, the
 * file backup); `appDatabase()`, which requests use, never hands it out.
 */
export interface SqliteAppData extends AppData {
  db: AppDatabase;
}

let ready: SqliteAppData | undefined;
let starting: Promise<AppData> | undefined;

/**
 * The process-wide SQLite database, migrated and seeded on first use (never at import time).
 * Synchronous, so SQLite only: with DATABASE_URL set, use `appDatabase()`.
 */
export function getAppDatabase(): SqliteAppData {
  if (env().DATABASE_URL)
    throw new Error("DATABASE_URL names a PostgreSQL database: use appDatabase(), which is asynchronous.");
  if (!ready) {
    const db = getDb();
    const bootstrapped = bootstrapDatabase(db);
    setBusyTimeout(db.$client, REQUEST_BUSY_TIMEOUT_MS);
    ready = { db, store: sqliteStore(db), ...bootstrapped };
  }
  return ready;
}

/**
 * The process-wide database on either engine: the SQLite file as before, or with DATABASE_URL the
 * PostgreSQL database (a pool; migrated and seeded once, under advisory locks, however many servers
 * start together). A start that fails is tried again by the next caller.
 */
export function appDatabase(): Promise<AppData> {
  const url = env().DATABASE_URL;
  if (!url) {
    const { store, demoWorkspaceId } = getAppDatabase();
    return Promise.resolve({ store, demoWorkspaceId });
  }
  starting ??= (async () => {
    // Migrating and seeding are not requests: their statements run without the requests' time limit.
    const setup = openPostgresStore(url, { max: 2, statementTimeoutMs: 0 });
    let demoWorkspaceId: number;
    try {
      await migratePostgres(setup.pg);
      ({ demoWorkspaceId } = await bootstrapStore(setup));
    } finally {
      await setup.close().catch(() => undefined);
    }
    return { store: openPostgresStore(url), demoWorkspaceId };
  })().catch((error: unknown) => {
    starting = undefined;
    throw error;
  });
  return starting;
}
