/**
 * The PostgreSQL twin of a test app (for `*.pg.test.ts`): the SQLite test app's database, set up
 * through the real procedures, copied into a fresh database in the suite's cluster, and callers whose
 * data layer runs on PostgreSQL (their context has only the store, so nothing can quietly read the file).
 */
import { migratePostgres } from "@/db/pg/client";
import { copySqliteToPostgres } from "@/db/pg/copy";
import { openPostgresStore, type PostgresStore } from "@/db/pg/store";
import { memorySessionStore, type SessionData } from "@/server/auth/session";
import { createCallerFactory } from "@/server/trpc/init";
import { appRouter } from "@/server/trpc/root";
import { freshPostgresDatabase } from "./postgres-database";
import type { SqliteTestApp } from "./test-app";

const defaultFactory = createCallerFactory(appRouter);
type CallerFactory = typeof defaultFactory;

export interface PostgresTestApp {
  url: string;
  store: PostgresStore;
  /** A caller on this store, as a request to an app server on PostgreSQL. */
  caller: (session: SessionData, opts?: { ip?: string; now?: () => Date }) => ReturnType<CallerFactory>;
  close: () => Promise<void>;
}

/** A caller whose data layer uses `store` (another store makes another app server). */
export function postgresCaller(
  store: PostgresStore,
  session: SessionData,
  opts: { ip?: string; now?: () => Date; createCaller?: CallerFactory } = {},
) {
  const create = opts.createCaller ?? defaultFactory;
  return create({
    store,
    session: memorySessionStore(session),
    ip: opts.ip ?? "127.0.0.1",
    now: opts.now ?? (() => new Date()),
  });
}

/** Like one browser on a server using `store`: the caller and its cookie jar (`session.current`). */
export function postgresBrowser(
  store: PostgresStore,
  session: SessionData = {},
  opts: { ip?: string; now?: () => Date; createCaller?: CallerFactory } = {},
) {
  const jar = memorySessionStore(session);
  const create = opts.createCaller ?? defaultFactory;
  const api = create({
    store,
    session: jar,
    ip: opts.ip ?? "127.0.0.1",
    now: opts.now ?? (() => new Date()),
  });
  return { api, session: jar };
}

/** Copies the SQLite test app's database (as it is now) into a fresh PostgreSQL database. */
export async function copyToPostgres(app: SqliteTestApp): Promise<PostgresTestApp> {
  const url = await freshPostgresDatabase();
  const store = openPostgresStore(url);
  await migratePostgres(store.pg);
  await copySqliteToPostgres(app.db, store.pg);
  return {
    url,
    store,
    caller: (session, opts) => postgresCaller(store, session, opts),
    close: () => store.close(),
  };
}
