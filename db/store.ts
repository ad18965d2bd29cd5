/**
 * The data layer's handle on the database, the same on both engines (docs/postgres.md, "The data layer").
 * Data functions take a `Scope` (the store itself, or an open write transaction) and always `await`
 * their queries; they use `scope.t` for the tables, so one function body runs on SQLite or PostgreSQL.
 * Writes go through `store.write(lock, fn)`, which keeps today's guarantees on either engine: the
 * function's statements commit together or not at all, and two writers (two requests, two processes,
 * two servers) on the same attempt run one after the other.
 *
 * This file holds the interface and the SQLite store; db/pg/store.ts holds the PostgreSQL one.
 */
import type Database from "better-sqlite3";
import type { SQL } from "drizzle-orm";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import type { AppDatabase } from "./client";
import * as schema from "./schema";

export type Engine = "sqlite" | "postgres";

/** The tables (and the vocabulary db/schema.ts exports beside them). */
export type Tables = typeof schema;

/**
 * drizzle's query-builder surface as both engines share it: select, insert, update and delete with
 * where, orderBy, limit, returning and onConflictDoUpdate, always awaited. Typed as SQLite's async
 * mode; on PostgreSQL the same calls reach node-postgres (the derived tables have the same row types).
 * Engine-specific methods (`.get()`, `.all()`, `.run()`, `.values()`) are not part of it: write
 * `(await q.limit(1))[0]` and `await q` instead; the PostgreSQL suites are what catch a slip.
 */
export type QueryDb = Pick<
  BaseSQLiteDatabase<"async", unknown, Tables>,
  "select" | "selectDistinct" | "insert" | "update" | "delete"
>;

/** Where queries run: the store (outside any transaction) or a write transaction it opened. */
export interface Scope {
  readonly engine: Engine;
  readonly t: Tables;
  readonly db: QueryDb;
  /**
   * A query built once and run many times with different values (drizzle's `sql.placeholder`): building
   * a query's SQL text costs about as much as running a small one. Build it on this scope's `db` and
   * keep it per `db` object (a transaction on PostgreSQL has its own connection, so its own `db`).
   * `name` must be unique to the query's text (PostgreSQL keeps named statements per connection).
   */
  prepare<Q extends PromiseLike<unknown>>(query: Q, name: string): Prepared<Awaited<Q>>;
  /**
   * The rows of a raw SQL query, for the few reads the query builder cannot say (sub-selects as
   * columns, text built from counts). The SQL must mean the same on both engines (db/dialect.ts has
   * the named forms that differ), and column aliases must be quoted where they have capitals
   * (PostgreSQL folds unquoted names to lower case). Numbers from PostgreSQL may arrive as text
   * (drizzle reads bigint and numeric results as strings there), and JSON already parsed: read them
   * through `Number()` and `jsonValue` (db/dialect.ts).
   */
  rows<R>(query: SQL): Promise<R[]>;
}

/**
 * What a write serialises on besides the engine's own locking. `attempt`: PostgreSQL locks that
 * attempt's row (SELECT … FOR UPDATE) before the function runs, so two servers acting on it queue and
 * the function reads the latest seq. `key`: a transaction-scoped advisory lock on a name, for writes
 * with no natural row. SQLite has one writer at a time anyway (BEGIN IMMEDIATE), so it needs neither.
 */
export type WriteLock = { attempt: number } | { key: string };

/** A change to an attempt, for waking live views; `null`: changes may have been missed, check everything. */
export type AttemptChange = { attemptId: number; assignmentId: number | null } | null;

export interface Store extends Scope {
  /**
   * Calls `listener` when any app server commits a change to an attempt (a `write({ attempt })`), so a
   * live view can look at once rather than at its next poll; returns a function that stops it. On
   * PostgreSQL this is LISTEN/NOTIFY (db/pg/notify.ts). On SQLite it never calls: the views poll.
   */
  subscribe(listener: (change: AttemptChange) => void): () => void;

  /**
   * Runs `fn` in one write transaction and commits when it resolves (rolls back when it throws). Only
   * `fn`'s statements run in it: pass the `tx` scope on, never call `write` again from inside.
   */
  write<T>(lock: WriteLock | null, fn: (tx: Scope) => Promise<T>): Promise<T>;
}

/** A prepared query: await its result (on SQLite it may already be there). */
export type Prepared<R> = (values?: Record<string, unknown>) => R | Promise<R>;

/** The error a storage-fault check reads as "busy" (db/faults.ts): the request is retried shortly. */
function busyError(message: string): Error {
  return Object.assign(new Error(message), { code: "SQLITE_BUSY" });
}

/**
 * One writer at a time in this process, in arrival order. The SQLite connection is shared by every
 * request, so one request's transaction must not take in another's statements while it awaits.
 */
class Mutex {
  private held = false;
  private readonly waiting: (() => void)[] = [];

  acquire(): Promise<void> | undefined {
    if (!this.held) {
      this.held = true;
      return undefined;
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.held = false;
  }
}

/** drizzle's prepared query on better-sqlite3: `all` for rows, `run` for a write without `returning`. */
interface SyncPrepared {
  executeMethod: string;
  all(values?: Record<string, unknown>): unknown;
  run(values?: Record<string, unknown>): unknown;
}

const sqliteStores = new WeakMap<AppDatabase, Store>();

/**
 * The store over one SQLite connection (one per connection, so every caller shares its mutex).
 * better-sqlite3 cannot await inside its own transactions, so `write` holds the process-wide mutex,
 * runs BEGIN IMMEDIATE on the connection (the write lock across processes, waiting up to the busy
 * timeout), awaits `fn`, then COMMIT or ROLLBACK. Between statements `fn` only computes, so the lock is
 * held no longer than a synchronous transaction would hold it.
 *
 * Code not yet converted still calls `db.transaction` synchronously on the same connection. Should
 * that happen while a `write` is open (possible only if its request's code runs in the gap between
 * two of the write's statements), it would join the open transaction and could be rolled back with
 * it; so it is refused as "busy" instead, and the request is retried a moment later.
 */
export function sqliteStore(db: AppDatabase): Store {
  const existing = sqliteStores.get(db);
  if (existing) return existing;
  const sqlite: Database.Database = db.$client;
  // Prepared on the first write, so a connection that only reads never compiles them.
  let statements: { begin: Database.Statement; commit: Database.Statement; rollback: Database.Statement };
  const transactionStatements = () =>
    (statements ??= {
      begin: sqlite.prepare("BEGIN IMMEDIATE"),
      commit: sqlite.prepare("COMMIT"),
      rollback: sqlite.prepare("ROLLBACK"),
    });
  const mutex = new Mutex();
  let open = false;

  const syncTransaction = db.transaction.bind(db);
  db.transaction = ((fn, config) => {
    if (open) throw busyError("An asynchronous write transaction is open on this connection.");
    return syncTransaction(fn, config);
  }) as typeof db.transaction;

  const prepare: Scope["prepare"] = (query) => {
    // Synchronous underneath: the result is returned as it is, and awaiting it costs no more.
    const prepared = (query as unknown as { prepare(): SyncPrepared }).prepare();
    const run = prepared.executeMethod === "run" ? prepared.run : prepared.all;
    return ((values) => run.call(prepared, values)) as Prepared<never>;
  };
  const rows: Scope["rows"] = async <R>(query: SQL) => db.all<R>(query);
  // The transaction runs on the same connection, so it is the same scope.
  const scope: Scope = { engine: "sqlite", t: schema, db: db as unknown as QueryDb, prepare, rows };
  const store: Store = {
    ...scope,
    subscribe: () => () => undefined,
    async write(_lock, fn) {
      const wait = mutex.acquire();
      if (wait) await wait;
      try {
        const { begin, commit, rollback } = transactionStatements();
        begin.run();
        open = true;
        try {
          const result = await fn(scope);
          commit.run();
          return result;
        } catch (error) {
          if (sqlite.inTransaction) rollback.run();
          throw error;
        } finally {
          open = false;
        }
      } finally {
        mutex.release();
      }
    },
  };
  sqliteStores.set(db, store);
  return store;
}
