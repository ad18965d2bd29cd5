/**
 * Database faults against the production server that each start a server of their own and time
 * nothing, on the run's engine (proof/engine.ts): a database that cannot be written (SQLite: a
 * read-only file, or its -shm while serving; PostgreSQL: a read-only database) or cannot be reached
 * (PostgreSQL: no server at start, connections ended and refused mid-lesson), and the server process
 * dying under `npm start`. They run beside the other suites; proof/database-faults.server.test.ts keeps
 * the faults that time requests against a bound (another process holding the write lock), run alone.
 */
import { spawnSync } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { migratePostgres } from "@/db/pg/client";
import { openPostgresStore } from "@/db/pg/store";
import { bootstrapStore } from "@/server/data/bootstrap";
import { cuttableProxy } from "./cuttable-proxy";
import { engine, freshDatabase, startServer } from "./engine";
import { actUntilTaken, asAdmin, expectStoredOnce, expectUnavailable, view } from "./fault-support";
import { HttpClient } from "./prod-server";

// Each engine has its own ways to be unwritable; each gets its own tests (registered for its run only).
if (engine === "sqlite")
  describe("a SQLite database that cannot be written", () => {
    /** A database made and seeded as usual by a first start, then stopped. */
    async function preparedDatabase(): Promise<string> {
      const { databasePath } = await freshDatabase();
      const first = await startServer({ databasePath });
      await first.stop();
      return databasePath;
    }

    it("a read-only database file: npm start says so and exits non-zero instead of serving", async () => {
      const databasePath = await preparedDatabase();
      // chattr +i: immutable, so even root cannot write it (as after a restore onto a read-only disk).
      const immutable = spawnSync("chattr", ["+i", databasePath], { encoding: "utf8" });
      expect(immutable.status, immutable.stderr).toBe(0);
      try {
        const started = startServer({ databasePath, timeoutMs: 30_000 });
        await expect(started).rejects.toThrow(/exited before it answered[\s\S]*cannot be written/);
      } finally {
        spawnSync("chattr", ["-i", databasePath]);
        fs.rmSync(path.dirname(databasePath), { recursive: true, force: true });
      }
    });

    it("a read-only -shm file while serving: the server process dies (SIGBUS), and npm start exits non-zero saying so", async () => {
      const npm = await startServer({ via: "npm" });
      const shm = `${npm.databasePath}-shm`;
      try {
        const learner = new HttpClient(npm.url);
        await learner.ok("auth.practiseAlone", { displayName: "Before Read Only" });
        const exited = once(npm.child, "exit") as Promise<[number | null, NodeJS.Signals | null]>;
        expect(spawnSync("chattr", ["+i", shm]).status).toBe(0);
        // SQLite maps the -shm file into memory; writing to a page the kernel will not write kills the process.
        await new HttpClient(npm.url)
          .mutation("auth.practiseAlone", { displayName: "After Read Only" })
          .catch(() => undefined);
        const [code, signal] = await exited;
        expect(code === null ? signal : code).not.toBe(0);
        expect(npm.output()).toMatch(/stopped unexpectedly/);
      } finally {
        spawnSync("chattr", ["-i", shm]);
        await npm.stop("SIGKILL");
        fs.rmSync(path.dirname(npm.databasePath), { recursive: true, force: true });
      }
    });
  });

if (engine === "postgres")
  describe("a PostgreSQL database that cannot be written or reached", () => {
    it("a read-only database: npm start says so and exits non-zero instead of serving", async () => {
      const database = await freshDatabase();
      const url = database.databaseUrl!;
      // Made and seeded as a first start would, then made read-only (as a standby, or a restore left so).
      // Two connections: migratePostgres holds its advisory lock on one and migrates on another.
      const store = openPostgresStore(url, { max: 2 });
      try {
        await migratePostgres(store.pg);
        await bootstrapStore(store);
      } finally {
        await store.close();
      }
      await asAdmin(
        url,
        `ALTER DATABASE ${new URL(url).pathname.slice(1)} SET default_transaction_read_only = on`,
      );
      const started = startServer({ ...database, timeoutMs: 30_000 });
      await expect(started).rejects.toThrow(/exited before it answered[\s\S]*cannot be reached or written/);
      fs.rmSync(path.dirname(database.databasePath), { recursive: true, force: true });
    });

    it("no database server at start: npm start says so and exits non-zero instead of serving", async () => {
      const database = await freshDatabase();
      const proxy = await cuttableProxy(database.databaseUrl!);
      await proxy.cut();
      const started = startServer({ ...database, databaseUrl: proxy.url, timeoutMs: 30_000 });
      await expect(started).rejects.toThrow(/exited before it answered[\s\S]*cannot be reached or written/);
      fs.rmSync(path.dirname(database.databasePath), { recursive: true, force: true });
    });

    it("the database server gone mid-lesson (connections ended and refused): 503 with Retry-After, nothing acknowledged lost, and the lesson goes on when it is back", async () => {
      const database = await freshDatabase();
      const proxy = await cuttableProxy(database.databaseUrl!);
      const served = await startServer({ ...database, databaseUrl: proxy.url });
      try {
        const learner = new HttpClient(served.url);
        await learner.ok("auth.practiseAlone", { displayName: "Cut Off Carl" });
        const { attemptId } = await learner.ok<{ attemptId: number }>("attempts.start", {
          scenarioId: "complaint-faulty-kettle",
        });
        const acknowledged = ["cut-off-0001", "cut-off-0002", "cut-off-0003"];
        for (const id of acknowledged)
          await learner.ok("attempts.act", { attemptId, clientId: id, action: view });

        await proxy.cut();
        for (let i = 0; i < 3; i++)
          expectUnavailable(
            await learner.mutation("attempts.act", { attemptId, clientId: "cut-off-0004", action: view }),
          );
        expect((await fetch(`${served.url}/api/health`)).ok).toBe(false);
        await expectStoredOnce(database, attemptId, acknowledged);

        await proxy.restore();
        expect((await actUntilTaken(learner, attemptId, "cut-off-0004")).duplicate).toBe(false);
        expect((await actUntilTaken(learner, attemptId, "cut-off-0004")).duplicate).toBe(true);
        await learner.ok("attempts.act", { attemptId, clientId: "cut-off-0005", action: view });
        await expectStoredOnce(database, attemptId, [...acknowledged, "cut-off-0004", "cut-off-0005"]);
        // The same server process throughout: nothing had to be restarted.
        expect(served.child.exitCode).toBeNull();
        expect((await fetch(`${served.url}/api/health`)).ok).toBe(true);
      } finally {
        await served.stop();
        await proxy.close();
        fs.rmSync(path.dirname(database.databasePath), { recursive: true, force: true });
      }
    });
  });

describe("npm start when the server process dies", () => {
  it("exits non-zero after the server process is killed with SIGKILL", async () => {
    const npm = await startServer({ via: "npm" });
    try {
      const ps = spawnSync("ps", ["-o", "pid=,args=", "-g", String(npm.child.pid)], { encoding: "utf8" });
      const serve = ps.stdout.split("\n").find((line) => line.includes("scripts/serve.mjs"));
      expect(serve, ps.stdout).toBeDefined();
      const exited = once(npm.child, "exit") as Promise<[number | null, NodeJS.Signals | null]>;
      process.kill(Number(serve!.trim().split(/\s+/)[0]), "SIGKILL");
      const [code, signal] = await exited;
      expect(code === null ? signal : code).not.toBe(0);
      expect(npm.output()).toMatch(/stopped unexpectedly \(signal SIGKILL\)/);
    } finally {
      await npm.stop("SIGKILL");
      fs.rmSync(path.dirname(npm.databasePath), { recursive: true, force: true });
    }
  });
});
