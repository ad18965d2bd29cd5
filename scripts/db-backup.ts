/**
 * `npm run db:backup`: a consistent copy of the live database, safe while the server is running
 * and writing. On SQLite it uses the online backup API, copying every page in one step so the copy is
 * a single snapshot (a copy made in small steps restarts whenever the server writes in between).
 *
 * The copy goes to ./backups/crm-<UK date and time>.sqlite (BACKUP_DIR to choose another folder);
 * the script checks the copy's integrity and prints its path. See README, "Backup and restore".
 *
 * With DATABASE_URL set (PostgreSQL) it writes crm-<UK date and time>.dump with `pg_dump -Fc` instead,
 * restores it into a throw-away database and compares row counts table by table (db/pg/backup.ts).
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import { backupPostgres } from "@/db/pg/backup";
import { describePostgresUrl } from "@/db/pg/client";
import { env } from "@/server/env";

/** 2026-11-23_18-05-09: UK local time (GMT or BST), safe in a file name on every system. */
export function ukTimestamp(at: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/London",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}_${parts.hour}-${parts.minute}-${parts.second}`;
}

export interface BackupResult {
  file: string;
  bytes: number;
  pages: number;
}

export async function backupDatabase(
  source: string,
  backupDir: string,
  at = new Date(),
): Promise<BackupResult> {
  if (!fs.existsSync(source)) throw new Error(`No database at ${source} (set DATABASE_PATH).`);
  fs.mkdirSync(backupDir, { recursive: true });
  let file = path.join(backupDir, `crm-${ukTimestamp(at)}.sqlite`);
  for (let n = 2; fs.existsSync(file); n++) file = path.join(backupDir, `crm-${ukTimestamp(at)}-${n}.sqlite`);

  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 10000");
    // The first step only measures; then every remaining page in one step: one consistent snapshot.
    const progress = await db.backup(file, { progress: () => 0x7fffffff });
    const copy = new Database(file, { readonly: true });
    try {
      const check = copy.pragma("integrity_check", { simple: true });
      if (check !== "ok") throw new Error(`The copy failed its integrity check: ${String(check)}`);
    } finally {
      copy.close();
    }
    return { file, bytes: fs.statSync(file).size, pages: progress.totalPages };
  } catch (error) {
    fs.rmSync(file, { force: true });
    throw error;
  } finally {
    db.close();
  }
}

async function main() {
  // A backup holds everything the database does: this account's alone, as the database is
  // (scripts/start.ts; probe, session 40). pg_dump inherits it.
  process.umask(0o077);
  const { DATABASE_PATH, BACKUP_DIR, DATABASE_URL } = env();
  if (DATABASE_URL) {
    const result = await backupPostgres(DATABASE_URL, path.resolve(BACKUP_DIR), ukTimestamp(new Date()));
    const rows = result.tables.reduce((sum, t) => sum + t.dumped, 0);
    console.log(`Backed up PostgreSQL at ${describePostgresUrl(DATABASE_URL)}`);
    console.log(`       to ${result.file} (${(result.bytes / 1024 / 1024).toFixed(1)} MB)`);
    console.log(
      `Restore check ok: restored into a throw-away database, ${result.tables.length} tables and ${rows} rows, every count as dumped.`,
    );
    return;
  }
  const source = path.resolve(DATABASE_PATH);
  const dir = path.resolve(BACKUP_DIR);
  const result = await backupDatabase(source, dir);
  console.log(`Backed up ${source}`);
  console.log(`       to ${result.file} (${(result.bytes / 1024 / 1024).toFixed(1)} MB, integrity check ok)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
