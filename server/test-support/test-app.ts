/**
 * Integration-test harness: a fresh migrated and seeded database in a temporary file, and a tRPC
 * caller that goes through the real procedures, middleware and error mapping.
 *
 * Both engines: `createTestApp()` uses SQLite, except under `npm run test:postgres`
 * (vitest.postgres.config.ts provides `testEngine: "postgres"`), where it clones the run's template
 * database in the throw-away cluster and the callers' data layer runs on PostgreSQL. There `db` (the
 * SQLite handle) throws on any use, so a test or procedure still reaching for it fails loudly: a
 * router test file joins the PostgreSQL run once everything it calls is on the store.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase, openDatabase, type AppDatabase } from "@/db/client";
import { type Store, sqliteStore } from "@/db/store";
import { memorySessionStore, type SessionData } from "@/server/auth/session";
import { bootstrapDatabase } from "@/server/data/bootstrap";
import { createCallerFactory } from "@/server/trpc/init";
import { appRouter } from "@/server/trpc/root";
import { openPostgresStore } from "@/db/pg/store";
import { expect, inject } from "vitest";
import { cloneTemplateDatabase, dropDatabase } from "./postgres-database";
import { SQLITE_NOT_IN_USE } from "@/server/data/app-database";

const createCaller = createCallerFactory(appRouter);

export type TestEngine = "sqlite" | "postgres";

export interface TestApp {
  engine: TestEngine;
  /** The SQLite database; on PostgreSQL a stand-in that throws on any use. */
  db: AppDatabase;
  /** The store over `db` (db/store.ts), as the app's requests use it. */
  store: Store;
  /** The SQLite file, or on PostgreSQL the database's URL. */
  file: string;
  demoWorkspaceId: number;
  /** A caller with its own cookie jar. */
  caller: (
    session?: SessionData,
    opts?: { ip?: string; host?: string; now?: () => Date },
  ) => ReturnType<typeof createCaller>;
  /**
   * Like one browser: the caller plus its cookie jar, readable as `session.current`. (The caller is a
   * proxy that treats every property as a procedure path, so the jar is kept beside it.)
   */
  browser: (
    session?: SessionData,
    opts?: { ip?: string; host?: string; now?: () => Date },
  ) => { api: ReturnType<typeof createCaller>; session: ReturnType<typeof memorySessionStore> };
  /**
   * A second connection to the same database (file, or a second pool on PostgreSQL), like another
   * server process (close it after use).
   */
  anotherProcess: () => { caller: TestApp["caller"]; close: () => void | Promise<void> };
  close: () => void | Promise<void>;
}

type CallerOptions = { ip?: string; host?: string; now?: () => Date };

function callerFor(
  db: AppDatabase,
  session: ReturnType<typeof memorySessionStore>,
  opts: CallerOptions,
  store: Store = sqliteStore(db),
) {
  return createCaller({
    db,
    store,
    session,
    ip: opts.ip ?? "127.0.0.1",
    host: opts.host,
    now: opts.now ?? (() => new Date()),
  });
}

/**
 * The engine a test app uses when not told: what the run provides, else SQLite. A `*.pg.test.ts` file
 * is PostgreSQL's own and sets up on SQLite to copy across (test-app-postgres.ts), so it gets SQLite
 * unless it asks; the shared router files follow the run.
 */
function defaultEngine(): TestEngine {
  try {
    if (/\.pg\.test\.ts$/.test(expect.getState().testPath ?? "")) return "sqlite";
    return inject("testEngine") ?? "sqlite";
  } catch {
    return "sqlite";
  }
}

export function createTestApp(options: { engine?: TestEngine } = {}): TestApp {
  if ((options.engine ?? defaultEngine()) === "postgres") return createPostgresTestApp();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-test-"));
  const file = path.join(dir, "test.sqlite");
  const db = openDatabase(file);
  migrateDatabase(db);
  const { demoWorkspaceId } = bootstrapDatabase(db);
  return {
    engine: "sqlite",
    db,
    store: sqliteStore(db),
    file,
    demoWorkspaceId,
    caller: (sessionData = {}, opts = {}) => callerFor(db, memorySessionStore(sessionData), opts),
    browser: (sessionData = {}, opts = {}) => {
      const session = memorySessionStore(sessionData);
      return { api: callerFor(db, session, opts), session };
    },
    anotherProcess: () => {
      const other = openDatabase(file);
      return {
        caller: (sessionData = {}, opts = {}) => callerFor(other, memorySessionStore(sessionData), opts),
        close: () => {
          other.$client.close();
        },
      };
    },
    close: () => {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The same app on PostgreSQL: a clone of the run's template database, callers on a pool to it. */
function createPostgresTestApp(): TestApp {
  const { url, name, demoWorkspaceId } = cloneTemplateDatabase();
  const store = openPostgresStore(url, { max: 4 });
  const others = new Set<ReturnType<typeof openPostgresStore>>();
  const caller: TestApp["caller"] = (sessionData = {}, opts = {}) =>
    callerFor(SQLITE_NOT_IN_USE, memorySessionStore(sessionData), opts, store);
  return {
    engine: "postgres",
    db: SQLITE_NOT_IN_USE,
    store,
    file: url,
    demoWorkspaceId,
    caller,
    browser: (sessionData = {}, opts = {}) => {
      const session = memorySessionStore(sessionData);
      return { api: callerFor(SQLITE_NOT_IN_USE, session, opts, store), session };
    },
    anotherProcess: () => {
      const other = openPostgresStore(url, { max: 4 });
      others.add(other);
      return {
        caller: (sessionData = {}, opts = {}) =>
          callerFor(SQLITE_NOT_IN_USE, memorySessionStore(sessionData), opts, other),
        close: async () => {
          others.delete(other);
          await other.close();
        },
      };
    },
    close: async () => {
      for (const other of others) await other.close();
      await store.close();
      await dropDatabase(name);
    },
  };
}

/** Runs a promise expected to fail and returns the tRPC error code. */
export async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code) return code;
    throw error;
  }
  throw new Error("Expected the call to fail, but it succeeded.");
}
