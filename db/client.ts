/**
 * Opens the SQLite database with the settings every process needs, and applies migrations.
 * Nothing here runs at import time: `next build` evaluates modules and must not touch the database.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { env } from "../server/env";
import * as schema from "./schema";

export type AppDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** The database or a transaction on it: what data-layer functions accept. */
export type Db = BaseSQLiteDatabase<"sync", Database.RunResult, typeof schema>;

export function databasePath(): string {
  return path.resolve(env().DATABASE_PATH);
}

const MIGRATIONS_FOLDER = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations");

/**
 * drizzle asks better-sqlite3 to prepare (compile) a new statement for every query it runs, and for
 * this app's small queries compiling costs about as much as running them. Statements can be reused,
 * so the most recently used ones are kept by SQL text. drizzle switches raw (array) mode on where it
 * wants it, so a reused statement starts with every row mode off.
 */
function reuseStatements(sqlite: Database.Database, size = 500): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    let stmt = cache.get(source);
    if (stmt) {
      cache.delete(source);
      if (stmt.reader) stmt.pluck(false).expand(false).raw(false);
    } else {
      stmt = prepare(source);
      if (cache.size >= size) cache.delete(cache.keys().next().value!);
    }
    cache.set(source, stmt);
    return stmt;
  }) as typeof sqlite.prepare;
}

/** How long a statement waits (synchronously) for a lock another process holds; scripts can wait long. */
export const SCRIPT_BUSY_TIMEOUT_MS = 5_000;

export function openDatabase(
  file: string,
  options: { busyTimeoutMs?: number; synchronous?: "normal" | "full" } = {},
): AppDatabase {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  reuseStatements(sqlite);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  // Several processes may share one file (a second server, a backup): wait for a lock rather than fail at once.
  setBusyTimeout(sqlite, options.busyTimeoutMs ?? SCRIPT_BUSY_TIMEOUT_MS);
  // In WAL mode NORMAL loses nothing when the server crashes, but a power cut can undo the last few
  // acknowledged actions; FULL syncs every commit (SQLITE_SYNCHRONOUS, README "Deployment").
  const synchronous = options.synchronous ?? env().SQLITE_SYNCHRONOUS;
  sqlite.pragma(`synchronous = ${synchronous === "full" ? "FULL" : "NORMAL"}`);
  const db = drizzle(sqlite, { schema }) as AppDatabase;
  writeTransactionsStartImmediate(db);
  return db;
}

export function setBusyTimeout(sqlite: Database.Database, ms: number): void {
  sqlite.pragma(`busy_timeout = ${Math.max(0, Math.round(ms))}`);
}

/**
 * Transactions start IMMEDIATE unless a caller asks otherwise: the write lock is taken at BEGIN,
 * where SQLite's busy timeout applies. A DEFERRED transaction that reads and then writes cannot wait
 * for a lock another process holds (SQLite answers SQLITE_BUSY at once to avoid a deadlock), so it
 * failed straight away instead of waiting. A read-only transaction can pass { behavior: "deferred" }.
 */
function writeTransactionsStartImmediate(db: AppDatabase): void {
  const transaction = db.transaction.bind(db);
  db.transaction = ((fn, config) =>
    transaction(fn, { behavior: "immediate", ...config })) as typeof db.transaction;
}

/**
 * Applies the migrations with foreign keys off, as SQLite's procedure for changing a table asks
 * (https://www.sqlite.org/lang_altertable.html#otheralter): drizzle-kit changes a foreign key by
 * copying the table and dropping the old one, and with enforcement on that DROP deletes (cascades)
 * every row that points at it, e.g. all attempt events. The pragma has no effect inside the
 * migrator's transaction, so it is set around it; the check afterwards refuses a database whose
 * copied rows no longer satisfy a foreign key.
 */
export function migrateDatabase(db: AppDatabase, migrationsFolder = MIGRATIONS_FOLDER): void {
  const enforced = db.$client.pragma("foreign_keys", { simple: true }) === 1;
  db.$client.pragma("foreign_keys = OFF");
  try {
    migrate(db, { migrationsFolder });
    const broken = db.$client.pragma("foreign_key_check") as {
      table: string;
      rowid: number;
      parent: string;
    }[];
    if (broken.length > 0) {
      const first = broken[0]!;
      throw new Error(
        `After migrating, ${broken.length} row(s) break a foreign key (first: ${first.table} row ${first.rowid} → ${first.parent})`,
      );
    }
  } finally {
    if (enforced) db.$client.pragma("foreign_keys = ON");
  }
}

let shared: AppDatabase | undefined;

/** The process-wide database, opened (and migrated) on first use. */
export function getDb(): AppDatabase {
  if (!shared) {
    shared = openDatabase(databasePath());
    migrateDatabase(shared);
  }
  return shared;
}
