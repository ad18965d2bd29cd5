/**
 * `npm run db:backup` on PostgreSQL: a `pg_dump -Fc` archive of a database that keeps being written
 * while it runs, checked by restoring it into a throw-away database. The archive is one snapshot (whole
 * transactions only, the counts the check compares), restores elsewhere with every row, a restore that
 * loses rows fails the backup and removes the archive, and the password never reaches a command line
 * or a message.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { childEnv } from "@/server/env";
import { freshPostgresDatabase } from "@/server/test-support/postgres-database";
import { backupPostgres, compareCounts } from "./backup";
import { migratePostgres, openPostgres } from "./client";
import { postgresProgram } from "./tools";

const run = promisify(execFile);
const TSX = path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");
const BATCH = 5;
const PASSWORD = "never-print-Me-7f3a";

let url: string;
let dir: string;
const savedBinDir = process.env.POSTGRES_BIN_DIR;

async function query<R extends pg.QueryResultRow>(at: string, text: string): Promise<R[]> {
  const client = new pg.Client({ connectionString: at });
  await client.connect();
  try {
    return (await client.query<R>(text)).rows;
  } finally {
    await client.end();
  }
}

/** The URL with a password in it (the test cluster trusts loopback, so it is accepted and ignored). */
function withPassword(at: string): string {
  const u = new URL(at);
  u.password = PASSWORD;
  return u.toString();
}

/** A folder of stand-in programs: `pg_dump` and `pg_restore` scripts, or links to the real ones. */
function fakeBinDir(scripts: Partial<Record<"pg_dump" | "pg_restore", string>>): string {
  const bin = fs.mkdtempSync(path.join(dir, "bin-"));
  for (const program of ["pg_dump", "pg_restore"] as const) {
    const file = path.join(bin, program);
    const script = scripts[program];
    if (script) fs.writeFileSync(file, `#!/bin/sh\n${script}\n`, { mode: 0o755 });
    else fs.symlinkSync(postgresProgram(program), file);
  }
  return bin;
}

beforeAll(async () => {
  url = await freshPostgresDatabase();
  const db = openPostgres(url);
  try {
    await migratePostgres(db);
  } finally {
    await db.$client.end();
  }
  await query(
    url,
    `CREATE TABLE backup_probe (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, batch int NOT NULL, n int NOT NULL);
     INSERT INTO workspaces (label, kind, as_of) VALUES ('Backup college', 'demo', 1764800000000)`,
  );
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-pg-backup-"));
});

afterEach(() => {
  if (savedBinDir === undefined) delete process.env.POSTGRES_BIN_DIR;
  else process.env.POSTGRES_BIN_DIR = savedBinDir;
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("db:backup on PostgreSQL", () => {
  it("dumps one snapshot of a database being written to, and the archive restores with every row", async () => {
    // Another connection commits batches of BATCH rows, one transaction each, throughout the backup.
    const writer = new pg.Client({ connectionString: url });
    await writer.connect();
    let stop = false;
    let committed = 0;
    const writing = (async () => {
      while (!stop) {
        await writer.query("BEGIN");
        for (let n = 0; n < BATCH; n++)
          await writer.query("INSERT INTO backup_probe (batch, n) VALUES ($1, $2)", [committed + 1, n]);
        await writer.query("COMMIT");
        committed++;
      }
    })();
    // Some batches are in before the backup starts.
    while (committed < 3) await new Promise((r) => setImmediate(r));

    const backupDir = path.join(dir, "backups");
    const result = await backupPostgres(withPassword(url), backupDir, "2026-12-03_21-30-00");
    const before = committed;
    stop = true;
    await writing;
    await writer.end();

    expect(result.file).toBe(path.join(backupDir, "crm-2026-12-03_21-30-00.dump"));
    expect(fs.statSync(result.file).size).toBe(result.bytes);
    const probe = result.tables.find((t) => t.table === "public.backup_probe")!;
    // Whole transactions only, and at least those committed before the backup began.
    expect(probe.dumped % BATCH).toBe(0);
    expect(probe.dumped).toBeGreaterThanOrEqual(3 * BATCH);
    expect(probe.dumped).toBeLessThanOrEqual(before * BATCH);
    for (const t of result.tables) expect(t.restored).toBe(t.dumped);
    expect(result.tables.map((t) => t.table)).toEqual(
      expect.arrayContaining(["public.workspaces", "public.attempt_events", "drizzle.__drizzle_migrations"]),
    );
    expect(result.tables.find((t) => t.table === "public.workspaces")!.dumped).toBe(1);

    // Restoring the archive as the documented steps do gives the same rows, batch by batch.
    const restoredUrl = await freshPostgresDatabase();
    await run(postgresProgram("pg_restore"), [
      "--no-owner",
      "--no-privileges",
      "--exit-on-error",
      `--dbname=${restoredUrl}`,
      result.file,
    ]);
    const batches = await query<{ batch: number; n: number }>(
      restoredUrl,
      "SELECT batch, count(*)::int AS n FROM backup_probe GROUP BY batch ORDER BY batch",
    );
    expect(batches.map((b) => b.batch)).toEqual(
      Array.from({ length: probe.dumped / BATCH }, (_, i) => i + 1),
    );
    expect(batches.every((b) => b.n === BATCH)).toBe(true);
    const [workspace] = await query<{ label: string }>(restoredUrl, "SELECT label FROM workspaces");
    expect(workspace!.label).toBe("Backup college");

    // The throw-away check database is gone.
    const left = await query<{ datname: string }>(
      url,
      "SELECT datname FROM pg_database WHERE datname LIKE 'crm_backup_check_%'",
    );
    expect(left).toEqual([]);
  });

  it("fails, and keeps no archive, when the restored copy is missing rows", async () => {
    // A pg_restore that restores nothing: the check must notice, not trust its exit code.
    process.env.POSTGRES_BIN_DIR = fakeBinDir({ pg_restore: "exit 0" });
    const backupDir = path.join(dir, "lossy");
    await expect(backupPostgres(url, backupDir, "2026-12-03_21-31-00")).rejects.toThrow(
      /different row counts: .*public\.backup_probe: \d+ rows dumped, missing restored/,
    );
    expect(fs.readdirSync(backupDir)).toEqual([]);
  });

  it("passes the password to pg_dump in its environment, never on its command line or in a message", async () => {
    const argsFile = path.join(dir, "pg_dump-args.txt");
    process.env.POSTGRES_BIN_DIR = fakeBinDir({
      pg_dump: `echo "$@" > ${argsFile}\necho "connection failed for password $PGPASSWORD" >&2\nexit 1`,
    });
    const backupDir = path.join(dir, "failing");
    const error = await backupPostgres(withPassword(url), backupDir, "2026-12-03_21-32-00").catch(
      (e: Error) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/pg_dump failed \(1\):\nconnection failed for password \*\*\*/);
    expect((error as Error).message).not.toContain(PASSWORD);
    const args = fs.readFileSync(argsFile, "utf8");
    expect(args).toContain("--format=custom");
    expect(args).toContain(`--dbname=postgres://postgres@127.0.0.1:`);
    expect(args).not.toContain(PASSWORD);
    expect(fs.readdirSync(backupDir)).toEqual([]);
  });

  it("`npm run db:backup` with DATABASE_URL set makes a checked archive and does not print the password", async () => {
    const backupDir = path.join(dir, "script");
    const { stdout, stderr } = await run(process.execPath, [TSX, path.join("scripts", "db-backup.ts")], {
      env: childEnv({ VITEST: undefined, DATABASE_URL: withPassword(url), BACKUP_DIR: backupDir }),
    });
    const output = stdout + stderr;
    expect(output).toMatch(/Backed up PostgreSQL at 127\.0\.0\.1:\d+\/crm_test_\w+/);
    expect(output).toMatch(/Restore check ok: restored into a throw-away database, \d+ tables and \d+ rows/);
    expect(output).not.toContain(PASSWORD);
    expect(fs.readdirSync(backupDir)).toEqual([
      expect.stringMatching(/^crm-\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d\.dump$/),
    ]);
  });
});

describe("compareCounts", () => {
  it("names tables whose counts differ or that are on one side only", () => {
    const dumped = new Map([
      ["public.a", 3],
      ["public.b", 0],
      ["public.c", 2],
    ]);
    const restored = new Map([
      ["public.a", 3],
      ["public.b", 1],
      ["public.d", 0],
    ]);
    expect(compareCounts(dumped, restored)).toEqual([
      { table: "public.b", dumped: 0, restored: 1 },
      { table: "public.c", dumped: 2, restored: -1 },
      { table: "public.d", dumped: -1, restored: 0 },
    ]);
    expect(compareCounts(dumped, new Map(dumped))).toEqual([]);
  });
});
