/**
 * Throw-away SQLite files for the database's own tests: each new file in its own temp folder, closed and
 * removed after every test. `atMigration` migrates a new file up to and including the migration tagged
 * `tag` (via `migrationsUpTo`), for tests that add rows to an old schema and then run the newer migrations.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach } from "vitest";
import { type AppDatabase, migrateDatabase, openDatabase } from "@/db/client";
import { migrationsUpTo } from "./migrations-up-to";

const MIGRATIONS = path.join(process.cwd(), "db", "migrations");

export function scratchSqlite(prefix: string) {
  const dirs: string[] = [];
  const open: AppDatabase[] = [];
  afterEach(() => {
    for (const db of open.splice(0)) db.$client.close();
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  const fresh = (): AppDatabase => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `crm-${prefix}-`));
    dirs.push(dir);
    const db = openDatabase(path.join(dir, "test.sqlite"));
    open.push(db);
    return db;
  };
  const atMigration = (tag: string): AppDatabase => {
    const db = fresh();
    migrateDatabase(db, migrationsUpTo(MIGRATIONS, tag, dirs));
    return db;
  };
  return { fresh, atMigration };
}
