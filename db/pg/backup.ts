/**
 * `npm run db:backup` when DATABASE_URL points at PostgreSQL: a `pg_dump -Fc` archive, then a restore
 * check, the PostgreSQL counterpart of the SQLite copy's integrity check.
 *
 * - One snapshot: this connection opens a REPEATABLE READ transaction, exports its snapshot
 *   (`pg_export_snapshot()`) and counts every table's rows in it; pg_dump dumps exactly that snapshot
 *   (`--snapshot`). So the counts and the dump describe the same moment even while the app servers go
 *   on writing, and the comparison below is exact.
 * - The check: the archive is restored with pg_restore into a new, throw-away database on the same
 *   server (the role needs CREATEDB), every table's rows are counted there and compared with the
 *   snapshot's counts, and the database is dropped. A failed dump, restore or comparison removes the
 *   archive and fails: a backup that cannot be restored is not kept as if it were one.
 * - The password is never on a command line (it goes to the programs in PGPASSWORD) and never in a
 *   message; places are named by host, port and database only.
 * See docs/deployment.md, "Backups and restore", for restoring an archive and for point-in-time recovery.
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { connectionForChild, postgresProgram, withoutSecret } from "./tools";

const run = promisify(execFile);

export interface TableRows {
  /** schema.table */
  table: string;
  /** In the snapshot that was dumped. */
  dumped: number;
  /** In the throw-away database the archive was restored into. */
  restored: number;
}

export interface PgBackupResult {
  file: string;
  bytes: number;
  tables: TableRows[];
}

/** Every ordinary table in the database (the app's and drizzle's migration journal), with its row count. */
async function countRows(client: pg.ClientBase): Promise<Map<string, number>> {
  const { rows } = await client.query<{ schema: string; name: string }>(
    `SELECT n.nspname AS schema, c.relname AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND n.nspname NOT IN ('pg_catalog', 'information_schema')
        AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
      ORDER BY 1, 2`,
  );
  const counts = new Map<string, number>();
  for (const { schema, name } of rows) {
    const quoted = `${client.escapeIdentifier(schema)}.${client.escapeIdentifier(name)}`;
    const counted = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${quoted}`);
    counts.set(`${schema}.${name}`, Number(counted.rows[0]!.n));
  }
  return counts;
}

/** Tables whose counts differ, or that are on one side only; empty when the restore is complete. */
export function compareCounts(dumped: Map<string, number>, restored: Map<string, number>): TableRows[] {
  const names = [...new Set([...dumped.keys(), ...restored.keys()])].sort();
  return names
    .map((table) => ({ table, dumped: dumped.get(table) ?? -1, restored: restored.get(table) ?? -1 }))
    .filter((row) => row.dumped !== row.restored);
}

function describeDifferences(rows: TableRows[]): string {
  const side = (n: number) => (n < 0 ? "missing" : `${n} rows`);
  return rows.map((r) => `${r.table}: ${side(r.dumped)} dumped, ${side(r.restored)} restored`).join("; ");
}

async function runProgram(file: string, args: string[], env: NodeJS.ProcessEnv, secret: string) {
  try {
    await run(file, args, { env, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const e = error as { code?: number | string; stderr?: string };
    const said = withoutSecret(String(e.stderr ?? "").trim(), secret);
    throw new Error(`${path.basename(file)} failed (${e.code ?? "no exit code"})${said ? `:\n${said}` : ""}`);
  }
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  // A connection that breaks mid-backup fails the query in progress; without a listener it would end the process.
  client.on("error", () => undefined);
  await client.connect();
  return client;
}

/** Dumps the database at `url` into `file` and returns each table's row count in the dumped snapshot. */
async function dump(url: string, file: string): Promise<Map<string, number>> {
  const child = connectionForChild(url);
  const client = await connect(url);
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const snapshot = (await client.query<{ id: string }>("SELECT pg_export_snapshot() AS id")).rows[0]!.id;
    const counts = await countRows(client);
    // The exporting transaction stays open until pg_dump ends: the snapshot exists only while it does.
    await runProgram(
      postgresProgram("pg_dump"),
      [
        "--format=custom",
        `--file=${file}`,
        `--snapshot=${snapshot}`,
        "--no-password",
        `--dbname=${child.dbname}`,
      ],
      child.env,
      child.password,
    );
    await client.query("COMMIT");
    return counts;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Restores `file` into a new database beside the one at `url`, counts its rows, and drops it. */
async function restoreAndCount(url: string, file: string): Promise<Map<string, number>> {
  const name = `crm_backup_check_${randomBytes(6).toString("hex")}`;
  const checkUrl = new URL(url);
  checkUrl.pathname = `/${name}`;
  const admin = await connect(url);
  try {
    try {
      await admin.query(`CREATE DATABASE ${name}`);
    } catch (error) {
      if ((error as { code?: string }).code === "42501") {
        throw new Error(
          "The restore check needs to create a throw-away database, and the role in DATABASE_URL may not " +
            "(grant it with ALTER ROLE <role> CREATEDB). Without the check, use pg_dump directly (docs/deployment.md).",
        );
      }
      throw error;
    }
    try {
      const child = connectionForChild(checkUrl.toString());
      await runProgram(
        postgresProgram("pg_restore"),
        [
          "--no-owner",
          "--no-privileges",
          "--exit-on-error",
          "--no-password",
          `--dbname=${child.dbname}`,
          file,
        ],
        child.env,
        child.password,
      );
      const restored = await connect(checkUrl.toString());
      try {
        return await countRows(restored);
      } finally {
        await restored.end().catch(() => undefined);
      }
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    }
  } finally {
    await admin.end().catch(() => undefined);
  }
}

/** 2026-11-23_18-05-09 style names come from the caller; this picks a free file name in `dir`. */
function freeName(dir: string, stamp: string): string {
  let file = path.join(dir, `crm-${stamp}.dump`);
  for (let n = 2; fs.existsSync(file); n++) file = path.join(dir, `crm-${stamp}-${n}.dump`);
  return file;
}

export async function backupPostgres(url: string, backupDir: string, stamp: string): Promise<PgBackupResult> {
  fs.mkdirSync(backupDir, { recursive: true });
  const file = freeName(backupDir, stamp);
  const secret = connectionForChild(url).password;
  try {
    const dumped = await dump(url, file);
    const restored = await restoreAndCount(url, file);
    const wrong = compareCounts(dumped, restored);
    if (wrong.length > 0) {
      throw new Error(`The restore check found different row counts: ${describeDifferences(wrong)}`);
    }
    return {
      file,
      bytes: fs.statSync(file).size,
      tables: [...dumped].map(([table, n]) => ({ table, dumped: n, restored: restored.get(table)! })),
    };
  } catch (error) {
    fs.rmSync(file, { force: true });
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(withoutSecret(message, secret));
  }
}
