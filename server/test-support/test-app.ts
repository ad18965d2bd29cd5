/**
 * Integration-test harness: a fresh migrated and seeded database in a temporary file, and a tRPC
 * caller that goes through the real procedures, middleware and error mapping.
 *
 * Both engines: `createTestApp()` uses SQLite, except under `npm run test:postgres`
 * (vitest.postgres.config.ts provides `testEngine: "postgres"`), where it clones the run's template
 * database in the throw-away cluster and the callers' data layer runs on PostgreSQL. A test reads and
 * arranges through the procedures or `app.store`, as the app does, so the same file runs on both
 * (BOTH_ENGINES). The SQLite handle `db` exists only on `createTestApp({ engine: "sqlite" })`, for
 * tests that are about SQLite itself (its file, locks, backup): the type says which a test is.
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
import type pg from "pg";
import { expect, inject } from "vitest";
import { cloneTemplateDatabase, dropDatabase } from "./postgres-database";

const createCaller = createCallerFactory(appRouter);

export type TestEngine = "sqlite" | "postgres";

export interface CallerOptions {
  ip?: string;
  host?: string;
  now?: () => Date;
  /** Ends the caller's subscriptions (live streams) when aborted. */
  signal?: AbortSignal;
}

/** Requests to one app server: callers whose data layer is one store. */
export interface TestServer {
  /** A caller with its own cookie jar. */
  caller: (session?: SessionData, opts?: CallerOptions) => ReturnType<typeof createCaller>;
  /**
   * Like one browser: the caller plus its cookie jar, readable as `session.current`. (The caller is a
   * proxy that treats every property as a procedure path, so the jar is kept beside it.)
   */
  browser: (
    session?: SessionData,
    opts?: CallerOptions,
  ) => { api: ReturnType<typeof createCaller>; session: ReturnType<typeof memorySessionStore> };
}

export interface TestApp extends TestServer {
  engine: TestEngine;
  /** The app's data layer handle (db/store.ts), as its requests use it: read and arrange through it. */
  store: Store;
  /** The SQLite file, or on PostgreSQL the database's URL. */
  file: string;
  demoWorkspaceId: number;
  /**
   * A second connection to the same database (file, or a second pool on PostgreSQL), like another
   * server process (close it after use). `statements` collects the SQL this process has the engine
   * compile: on SQLite every statement prepared; on PostgreSQL every query the server parses (an
   * unnamed one each time it is sent, a named one the first time on a connection, as node-postgres
   * prepares it once per connection).
   */
  anotherProcess: (options?: { statements?: string[] }) => TestServer & {
    close: () => void | Promise<void>;
  };
  close: () => void | Promise<void>;
}

/** A test app asked for SQLite by name, with the file's own handle, for tests about SQLite itself. */
export interface SqliteTestApp extends TestApp {
  engine: "sqlite";
  db: AppDatabase;
  close: () => void;
}

function serverOn(store: Store): TestServer {
  const callerFor = (session: ReturnType<typeof memorySessionStore>, opts: CallerOptions) =>
    createCaller(
      {
        store,
        session,
        ip: opts.ip ?? "127.0.0.1",
        host: opts.host,
        now: opts.now ?? (() => new Date()),
      },
      { signal: opts.signal },
    );
  return {
    caller: (sessionData = {}, opts = {}) => callerFor(memorySessionStore(sessionData), opts),
    browser: (sessionData = {}, opts = {}) => {
      const session = memorySessionStore(sessionData);
      return { api: callerFor(session, opts), session };
    },
  };
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

export function createTestApp(options: { engine: "sqlite" }): SqliteTestApp;
export function createTestApp(options?: { engine?: TestEngine }): TestApp;
export function createTestApp(options: { engine?: TestEngine } = {}): TestApp {
  const app =
    (options.engine ?? defaultEngine()) === "postgres" ? createPostgresTestApp() : createSqliteTestApp();
  open.add(app);
  const close = app.close;
  app.close = () => {
    open.delete(app);
    return close();
  };
  return app;
}

/** Test apps made and not yet closed in this process. */
const open = new Set<TestApp>();

/**
 * Closes the test apps a file left open (shared-modules-setup.ts, after each file whose worker goes on
 * to other files; a file in a process of its own ends with its process).
 */
export async function closeLeftoverTestApps(): Promise<void> {
  for (const app of [...open]) await app.close();
}

function createSqliteTestApp(): SqliteTestApp {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-test-"));
  const file = path.join(dir, "test.sqlite");
  const db = openDatabase(file);
  migrateDatabase(db);
  const { demoWorkspaceId } = bootstrapDatabase(db);
  const store = sqliteStore(db);
  return {
    engine: "sqlite",
    db,
    store,
    file,
    demoWorkspaceId,
    ...serverOn(store),
    anotherProcess: ({ statements } = {}) => {
      const other = openDatabase(file);
      if (statements) {
        const client = other.$client;
        const prepare = client.prepare.bind(client);
        client.prepare = ((source: string) => {
          statements.push(source);
          return prepare(source);
        }) as typeof client.prepare;
      }
      return {
        ...serverOn(sqliteStore(other)),
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
  return {
    engine: "postgres",
    store,
    file: url,
    demoWorkspaceId,
    ...serverOn(store),
    anotherProcess: ({ statements } = {}) => {
      const other = openPostgresStore(url, { max: 4 });
      others.add(other);
      if (statements) recordParses(other.pg.$client, statements);
      return {
        ...serverOn(other),
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

/** Records the SQL each new connection of `pool` has the server parse (see anotherProcess). */
function recordParses(pool: pg.Pool, statements: string[]): void {
  pool.on("connect", (client) => {
    const named = new Set<string>();
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((config: unknown, ...rest: unknown[]) => {
      const { text, name } =
        typeof config === "string" ? { text: config, name: undefined } : (config as pg.QueryConfig);
      if (!name || !named.has(name)) statements.push(text);
      if (name) named.add(name);
      return query(config, ...rest);
    }) as typeof client.query;
  });
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
