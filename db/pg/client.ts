/**
 * Opens a PostgreSQL database (DATABASE_URL=postgres://…) with drizzle over node-postgres, and applies
 * the committed PostgreSQL migrations (db/migrations-pg). Nothing here runs at import time.
 */
import path from "node:path";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import * as schema from "./schema";

export type PgAppDatabase = NodePgDatabase<typeof schema> & { $client: pg.Pool };

export const PG_MIGRATIONS_FOLDER = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations-pg");

/**
 * bigint (int8) columns come back as JS numbers, as SQLite's integers do. Every bigint here is an id,
 * pence, a count or milliseconds since 1970, all far inside 2^53; a value beyond it throws rather than
 * being silently rounded.
 */
const types = {
  getTypeParser: ((oid: number, format?: string) => {
    if (oid === pg.types.builtins.INT8) {
      return (value: string) => {
        const n = Number(value);
        if (!Number.isSafeInteger(n)) throw new RangeError(`A bigint beyond 2^53 came back: ${value}`);
        return n;
      };
    }
    return pg.types.getTypeParser(oid, format as "text");
  }) as typeof pg.types.getTypeParser,
};

/** Where a URL points, for messages: host, port and database, never the user or password. */
export function describePostgresUrl(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || "5432"}${u.pathname}`;
}

/** How long a statement waits for a row or table lock before it fails as "busy" (55P03) and is retried. */
export const LOCK_TIMEOUT_MS = 5_000;

/**
 * How long one statement may run before the database cancels it (57014, answered 503 busy). A request's
 * statements take milliseconds (a class workbook's 30: 3-8 ms in all, docs/security.md session 35);
 * without a bound one slow statement holds a pooled connection, and its transaction's locks, for as
 * long as it runs (probe, session 48). Migrations, seeding and copies are not requests: they pass 0.
 */
export const STATEMENT_TIMEOUT_MS = 30_000;

/**
 * How long a transaction may sit open between statements before the database ends its connection
 * (25P03). The app never waits on anything outside the database inside a transaction, so this only
 * frees a connection and its locks if a bug or a stalled process ever holds one.
 */
export const IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000;

/**
 * How long a request waits for a pooled connection, or for a new one to open, before it is answered
 * 503. Without a bound (node-postgres's default) a request waited for ever when every connection was in
 * use, and a database host that dropped packets left new connections hanging (probe, session 48). A
 * wait for a busy pool is "busy" (db/faults.ts); a connection that cannot open in time, "unavailable".
 */
export const CONNECTION_WAIT_MS = 5_000;

export interface PostgresOptions {
  max?: number;
  lockTimeoutMs?: number;
  /** 0: no limit (migrations, seeding, copies). */
  statementTimeoutMs?: number;
  connectionWaitMs?: number;
}

export function openPostgres(url: string, options: PostgresOptions = {}): PgAppDatabase {
  const ms = (value: number) => Math.max(0, Math.round(value));
  const settings = [
    // A stuck lock becomes a "busy" answer (retried, then 503) rather than a request that hangs.
    `-c lock_timeout=${Math.max(1, ms(options.lockTimeoutMs ?? LOCK_TIMEOUT_MS))}`,
    `-c statement_timeout=${ms(options.statementTimeoutMs ?? STATEMENT_TIMEOUT_MS)}`,
    `-c idle_in_transaction_session_timeout=${options.statementTimeoutMs === 0 ? 0 : IDLE_IN_TRANSACTION_TIMEOUT_MS}`,
  ];
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    types,
    connectionTimeoutMillis: Math.max(1, ms(options.connectionWaitMs ?? CONNECTION_WAIT_MS)),
    options: settings.join(" "),
  });
  // An idle pooled connection that breaks (server restarted) is dropped by the pool; without a listener
  // its 'error' event would end the process. The next query opens a new connection or reports the fault.
  pool.on("error", () => undefined);
  // The same for a connection that breaks while a request holds it (the database restarted, or its
  // backend ended, mid-transaction): the pool drops its own listener while a connection is lent out, so
  // the client's 'error' event had none and was thrown as an uncaught exception, beside the rejected
  // query that already answers the request 503 (probe, session 48).
  pool.on("connect", (client) => {
    client.on("error", () => undefined);
  });
  return drizzle(pool, { schema }) as PgAppDatabase;
}

/** Any fixed number; every app process migrating at start takes this advisory lock first. */
const MIGRATION_LOCK = 7_301_013;

/**
 * Applies the committed migrations. Two app servers starting together would both try, so each holds a
 * session advisory lock while it migrates: the second waits, then finds nothing left to do.
 */
export async function migratePostgres(db: PgAppDatabase): Promise<void> {
  // The advisory lock holds one connection while drizzle migrates on another: a pool of one would wait forever.
  if (db.$client.options.max !== undefined && db.$client.options.max < 2)
    throw new Error("migratePostgres needs a pool of at least 2 connections (one holds the migration lock).");
  const lock = await db.$client.connect();
  try {
    await lock.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await migrate(db, { migrationsFolder: PG_MIGRATIONS_FOLDER });
  } finally {
    await lock.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
    lock.release();
  }
}
