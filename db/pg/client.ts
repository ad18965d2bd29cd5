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

export function openPostgres(
  url: string,
  options: { max?: number; lockTimeoutMs?: number } = {},
): PgAppDatabase {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    types,
    // A stuck lock becomes a "busy" answer (retried, then 503) rather than a request that hangs.
    options: `-c lock_timeout=${Math.max(1, Math.round(options.lockTimeoutMs ?? LOCK_TIMEOUT_MS))}`,
  });
  // An idle pooled connection that breaks (server restarted) is dropped by the pool; without a listener
  // its 'error' event would end the process. The next query opens a new connection or reports the fault.
  pool.on("error", () => undefined);
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
