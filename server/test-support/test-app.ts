/**
 * Integration-test harness: a fresh migrated and seeded database in a temporary file, and a tRPC
 * caller that goes through the real procedures, middleware and error mapping.
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

const createCaller = createCallerFactory(appRouter);

export interface TestApp {
  db: AppDatabase;
  /** The store over `db` (db/store.ts), as the app's requests use it. */
  store: Store;
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
  /** A second connection to the same database file, like another server process (close it after use). */
  anotherProcess: () => { caller: TestApp["caller"]; close: () => void };
  close: () => void;
}

type CallerOptions = { ip?: string; host?: string; now?: () => Date };

function callerFor(db: AppDatabase, session: ReturnType<typeof memorySessionStore>, opts: CallerOptions) {
  return createCaller({
    db,
    store: sqliteStore(db),
    session,
    ip: opts.ip ?? "127.0.0.1",
    host: opts.host,
    now: opts.now ?? (() => new Date()),
  });
}

export function createTestApp(): TestApp {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-test-"));
  const file = path.join(dir, "test.sqlite");
  const db = openDatabase(file);
  migrateDatabase(db);
  const { demoWorkspaceId } = bootstrapDatabase(db);
  return {
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
        close: () => other.$client.close(),
      };
    },
    close: () => {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
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
