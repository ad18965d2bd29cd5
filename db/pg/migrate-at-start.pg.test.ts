/**
 * DATABASE_URL=postgres://…: `npm run db:migrate` and `npm start` apply the committed PostgreSQL
 * migrations (once, even when two processes start together). `npm start` then seeds and makes the
 * demo tutor there, never in the SQLite file; serving itself is tested in proof/ (the server suites).
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { childEnv } from "@/server/env";
import { freePort } from "@/server/test-support/free-port";
import { freshPostgresDatabase } from "@/server/test-support/postgres-database";
import { migratePostgres, openPostgres, PG_MIGRATIONS_FOLDER } from "./client";

const run = promisify(execFile);
const TSX = path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");
const journal = JSON.parse(
  fs.readFileSync(path.join(PG_MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8"),
) as {
  entries: unknown[];
};

async function script(file: string, env: Record<string, string | undefined>) {
  try {
    const { stdout, stderr } = await run(process.execPath, [TSX, path.join("scripts", file)], {
      env: childEnv({ VITEST: undefined, NODE_ENV: "production", ...env }),
      // A start that wrongly goes on to serve is stopped (SIGTERM reaches its server too).
      timeout: 40_000,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

async function appliedMigrations(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ n: number }>("SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations"))
      .rows[0]!.n;
  } finally {
    await client.end();
  }
}

describe("PostgreSQL migrations at start", () => {
  it("npm run db:migrate applies every committed migration and leaves the password out of what it prints", async () => {
    const url = await freshPostgresDatabase();
    const withPassword = url.replace("postgres@", "postgres:not-shown@");
    const result = await script("db-migrate.ts", { DATABASE_URL: withPassword });
    expect(result.output).toContain("Migrations applied to PostgreSQL at 127.0.0.1:");
    expect(result.output).not.toContain("not-shown");
    expect(result.code).toBe(0);
    expect(await appliedMigrations(url)).toBe(journal.entries.length);
  });

  it("npm start migrates and seeds PostgreSQL, not the SQLite file, and will not serve other computers with the published demo password", async () => {
    const url = await freshPostgresDatabase();
    const withPassword = url.replace("postgres@", "postgres:not-shown@");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-pg-start-"));
    const sqliteFile = path.join(dir, "crm.sqlite");
    try {
      const result = await script("start.ts", {
        DATABASE_URL: withPassword,
        DATABASE_PATH: sqliteFile,
        SKIP_BUILD: "1",
        HOST: "0.0.0.0",
        PORT: String(await freePort()),
        DEMO_TUTOR_EMAIL: undefined,
        DEMO_TUTOR_PASSWORD: undefined,
      });
      expect(result.output).toContain("Database ready at PostgreSQL 127.0.0.1:");
      expect(result.output).toContain("Not starting: HOST=0.0.0.0");
      expect(result.output).not.toContain("not-shown");
      expect(result.output).not.toContain("change-me-please");
      expect(result.code).toBe(1);
      expect(await appliedMigrations(url)).toBe(journal.entries.length);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const tutors = await client.query("SELECT email, must_change_password FROM tutors");
        expect(tutors.rows).toEqual([{ email: "tutor@example.com", must_change_password: true }]);
        const workspaces = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM workspaces");
        expect(workspaces.rows[0]!.n).toBe(1);
      } finally {
        await client.end();
      }
      expect(fs.existsSync(sqliteFile)).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("two servers migrating the same empty database at once both succeed, and each migration runs once", async () => {
    const url = await freshPostgresDatabase();
    const [a, b] = [openPostgres(url), openPostgres(url)];
    try {
      await Promise.all([migratePostgres(a), migratePostgres(b)]);
      expect(await appliedMigrations(url)).toBe(journal.entries.length);
    } finally {
      await Promise.all([a.$client.end(), b.$client.end()]);
    }
  });

  it("a pool of one connection is refused with a reason, not left waiting for itself forever", async () => {
    const url = await freshPostgresDatabase();
    const one = openPostgres(url, { max: 1 });
    try {
      await expect(migratePostgres(one)).rejects.toThrow(/at least 2 connections/);
    } finally {
      await one.$client.end();
    }
  });
});
