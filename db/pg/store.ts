/**
 * The store (db/store.ts) on PostgreSQL: a pool of connections, and write transactions that hold a
 * row lock on the attempt they change, so two app servers acting on one attempt take turns.
 *
 * `write(lock, fn)`: takes a pooled connection, BEGIN (READ COMMITTED), then for `{ attempt }`
 * `SELECT … FOR UPDATE` on that attempt's row, or for `{ key }` a transaction-scoped advisory lock; the
 * function runs after the lock, so every statement in it sees what the previous holder committed (the
 * latest seq). COMMIT returns before the caller acknowledges anything; `synchronous_commit` must stay
 * on (the default) for that to mean "stored". The unique indexes stay the backstop: a unique violation
 * (23505) means a concurrent writer won a race the lock did not cover, so the function runs once more
 * and finds what that writer stored. Every `{ attempt }` write also queues a notice for the live views
 * on other app servers (db/pg/notify.ts), delivered on commit only.
 */
import { eq, type SQL, sql } from "drizzle-orm";
import { databaseErrorCode } from "../faults";
import * as sqliteSchema from "../schema";
import type { Prepared, QueryDb, Scope, Store, Tables } from "../store";
import { openPostgres, type PgAppDatabase, type PostgresOptions } from "./client";
import { type ChangeFeed, changeFeed, notifyColumn } from "./notify";
import * as pgSchema from "./schema";

/** The PostgreSQL tables under the SQLite schema's names and types (db/pg/derive.ts keeps them alike). */
const tables = { ...sqliteSchema, ...pgSchema } as unknown as Tables;

const UNIQUE_VIOLATION = "23505";

export interface PostgresStore extends Store {
  readonly pg: PgAppDatabase;
  /** Resolves once this server's LISTEN connection is listening (db/pg/notify.ts). */
  listening(): Promise<void>;
  close(): Promise<void>;
}

/** A named statement: node-postgres parses it once per connection and reuses it after. */
const prepare: Scope["prepare"] = (query, name) => {
  const prepared = (
    query as unknown as { prepare(name: string): { execute(v?: Record<string, unknown>): Promise<unknown> } }
  ).prepare(name);
  return ((values) => prepared.execute(values)) as Prepared<never>;
};

/** Raw rows on the pool or a transaction's connection. */
const rowsOn =
  (db: { execute(query: SQL): Promise<{ rows: unknown[] }> }): Scope["rows"] =>
  async <R>(query: SQL) =>
    (await db.execute(query)).rows as R[];

export function postgresStore(db: PgAppDatabase): PostgresStore {
  // One LISTEN connection for this app server, opened when the first live view subscribes.
  let feed: ChangeFeed | undefined;
  const changes = () => (feed ??= changeFeed(db.$client.options.connectionString!));
  return {
    engine: "postgres",
    t: tables,
    db: db as unknown as QueryDb,
    prepare,
    rows: rowsOn(db),
    pg: db,
    subscribe: (listener) => changes().subscribe(listener),
    listening: () => changes().listening(),
    async write(lock, fn) {
      for (let attempt = 0; ; attempt++) {
        try {
          return await db.transaction(async (tx) => {
            if (lock && "attempt" in lock) {
              // The same statement queues the live views' notice, delivered only if this commits.
              await tx
                .select({ id: pgSchema.attempts.id, notified: notifyColumn })
                .from(pgSchema.attempts)
                .where(eq(pgSchema.attempts.id, lock.attempt))
                .for("update");
            } else if (lock) {
              await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${lock.key}))`);
            }
            return fn({
              engine: "postgres",
              t: tables,
              db: tx as unknown as QueryDb,
              prepare,
              rows: rowsOn(tx),
            });
          });
        } catch (error) {
          if (attempt === 0 && databaseErrorCode(error) === UNIQUE_VIOLATION) continue;
          throw error;
        }
      }
    },
    close: async () => {
      await feed?.close();
      await db.$client.end();
    },
  };
}

/** A store on a new pool to `url` (already migrated). */
export function openPostgresStore(url: string, options: PostgresOptions = {}) {
  return postgresStore(openPostgres(url, options));
}
