import { getDb, setBusyTimeout, type AppDatabase } from "@/db/client";
import { migratePostgres } from "@/db/pg/client";
import { openPostgresStore } from "@/db/pg/store";
import { type Store, sqliteStore } from "@/db/store";
import { env } from "@/server/env";
import { bootstrapDatabase, bootstrapStore } from "./bootstrap";

/** The database handle types, for layers above data that pass the handle on without querying (tRPC). */
export type { AppDatabase, Db } from "@/db/client";
export type { Store } from "@/db/store";

/**
 * How long a request's statement waits, blocking the whole server, for a lock another process holds.
 * Kept short: a request that still finds the database locked is retried asynchronously (see
 * server/trpc/init.ts), so other requests go on being answered meanwhile.
 */
export const REQUEST_BUSY_TIMEOUT_MS = 20;

export interface AppData {
  /** The SQLite handle for code not yet on the store; on PostgreSQL, any use throws (it is a mistake). */
  db: AppDatabase;
  store: Store;
  demoWorkspaceId: number;
}

/**
 * Stands in for the SQLite handle on PostgreSQL (serving, and the test harness's callers): code still
 * using it says so rather than quietly reading a file. Not a thenable, so it can be awaited past.
 */
export const SQLITE_NOT_IN_USE = new Proxy({} as AppDatabase, {
  get(_target, property) {
    if (property === "then") return undefined;
    throw new Error(
      `ctx.db.${String(property)} used on PostgreSQL: that code is not on the store yet (docs/postgres.md).`,
    );
  },
});

let ready: AppData | undefined;
let starting: Promise<AppData> | undefined;

/**
 * The process-wide SQLite database, migrated and seeded on first use (never at import time).
 * Synchronous, so SQLite only: with DATABASE_URL set, use `appDatabase()`.
 */
export function getAppDatabase(): AppData {
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
  if (!url) return Promise.resolve(getAppDatabase());
  starting ??= (async () => {
    const store = openPostgresStore(url);
    try {
      await migratePostgres(store.pg);
      const { demoWorkspaceId } = await bootstrapStore(store);
      return { db: SQLITE_NOT_IN_USE, store, demoWorkspaceId };
    } catch (error) {
      await store.close().catch(() => undefined);
      throw error;
    }
  })().catch((error: unknown) => {
    starting = undefined;
    throw error;
  });
  return starting;
}
