/**
 * `npm run db:backup` on a live database: another connection (a worker thread, as the server would
 * be) keeps writing while the backup runs. The copy passes SQLite's integrity check, holds the app's
 * data, and is one consistent snapshot: whole transactions only, as many as had committed at some
 * moment during the backup.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childEnv } from "@/server/env";
import { createTestApp, type SqliteTestApp } from "@/server/test-support/test-app";
import { backupDatabase, ukTimestamp } from "@/scripts/db-backup";

const BATCH = 5;

/** Writes batches of BATCH rows, one transaction each, until told to stop; reports committed batches. */
const WRITER = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.betterSqlite3);
const db = new Database(workerData.file);
db.pragma("busy_timeout = 5000");
const insert = db.prepare("INSERT INTO backup_probe (batch, n) VALUES (?, ?)");
const batch = db.transaction((b) => { for (let n = 0; n < ${BATCH}; n++) insert.run(b, n); });
const committed = new Int32Array(workerData.counter);
let stop = false;
parentPort.on("message", () => { stop = true; });
(function loop() {
  for (let i = 0; i < 20 && !stop; i++) { batch(committed[0] + 1); Atomics.add(committed, 0, 1); }
  if (stop) { db.close(); parentPort.postMessage("stopped"); } else setImmediate(loop);
})();
`;

let app: SqliteTestApp;
let backupDir: string;
beforeAll(() => {
  app = createTestApp({ engine: "sqlite" });
  app.db.$client.exec(
    "CREATE TABLE backup_probe (id INTEGER PRIMARY KEY, batch INTEGER NOT NULL, n INTEGER NOT NULL)",
  );
  backupDir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-backups-"));
});
afterAll(() => {
  app.close();
  fs.rmSync(backupDir, { recursive: true, force: true });
});

describe("db:backup", () => {
  it("names copies by UK local time", () => {
    expect(ukTimestamp(new Date("2026-07-01T12:34:56Z"))).toBe("2026-07-01_13-34-56"); // BST
    expect(ukTimestamp(new Date("2026-12-01T12:34:56Z"))).toBe("2026-12-01_12-34-56"); // GMT
  });

  it("makes a consistent copy of a database that is being written to", async () => {
    const counter = new SharedArrayBuffer(4);
    const committed = new Int32Array(counter);
    const worker = new Worker(WRITER, {
      eval: true,
      workerData: { file: app.file, counter, betterSqlite3: require.resolve("better-sqlite3") },
    });
    const stopped = new Promise((resolve) => worker.once("message", resolve));
    try {
      while (Atomics.load(committed, 0) < 200) await new Promise((r) => setTimeout(r, 5));

      const before = Atomics.load(committed, 0);
      const result = await backupDatabase(app.file, backupDir);
      const after = Atomics.load(committed, 0);
      expect(after).toBeGreaterThan(before); // the writer really was writing during the backup

      worker.postMessage("stop");
      await stopped;

      expect(path.basename(result.file)).toMatch(/^crm-\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}\.sqlite$/);
      const copy = new Database(result.file, { readonly: true });
      try {
        expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
        expect(copy.pragma("foreign_key_check")).toEqual([]);
        // The app's data is all there.
        for (const table of ["customers", "orders", "feedback", "workspaces", "__drizzle_migrations"]) {
          const count = (t: Database.Database) =>
            (t.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
          expect(count(copy), table).toBe(count(app.db.$client));
        }
        // One snapshot: whole batches only, no gaps, as many as had committed at some moment between
        // the start and the end of the backup.
        const rows = copy
          .prepare("SELECT batch, COUNT(*) AS n FROM backup_probe GROUP BY batch ORDER BY batch")
          .all() as { batch: number; n: number }[];
        expect(rows.every((r) => r.n === BATCH)).toBe(true);
        expect(rows.map((r) => r.batch)).toEqual(rows.map((_, i) => i + 1));
        expect(rows.length).toBeGreaterThanOrEqual(before);
        expect(rows.length).toBeLessThanOrEqual(after);
      } finally {
        copy.close();
      }
    } finally {
      await worker.terminate();
    }
  });

  it("works from the command line and prints where the copy is", () => {
    const res = spawnSync(
      process.execPath,
      [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/db-backup.ts"],
      {
        env: childEnv({ DATABASE_PATH: app.file, BACKUP_DIR: backupDir }),
        encoding: "utf8",
      },
    );
    expect(res.stderr).toBe("");
    expect(res.status).toBe(0);
    const printed = /to (\S+\.sqlite)/.exec(res.stdout)?.[1];
    expect(printed && fs.existsSync(printed)).toBe(true);
    const copy = new Database(printed!, { readonly: true });
    expect(
      (copy.prepare("SELECT COUNT(*) AS n FROM customers").get() as { n: number }).n,
    ).toBeGreaterThanOrEqual(60);
    copy.close();
  });

  it("says so when there is no database", async () => {
    await expect(backupDatabase(path.join(backupDir, "missing.sqlite"), backupDir)).rejects.toThrow(
      /No database/,
    );
  });
});
