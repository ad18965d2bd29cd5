/**
 * Database faults against the production server, on the run's engine (proof/engine.ts): another
 * process holding the lock a write needs, a database that cannot be written (SQLite: a read-only file;
 * PostgreSQL: a read-only database) or cannot be reached (PostgreSQL: connections ended and refused
 * mid-lesson), and the server process dying under `npm start`.
 */
import { spawnSync } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migratePostgres } from "@/db/pg/client";
import { openPostgresStore } from "@/db/pg/store";
import { bootstrapStore } from "@/server/data/bootstrap";
import { cuttableProxy } from "./cuttable-proxy";
import { type DatabaseAt, engine, eventSeqs, freshDatabase, openRows, startServer } from "./engine";
import { HttpClient, percentile, timeCheapRequests, type ProdServer } from "./prod-server";

let server: ProdServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
  if (server) fs.rmSync(path.dirname(server.databasePath), { recursive: true, force: true });
});

const view = { type: "view_record", customerRef: "CUS-2041" };

beforeAll(async () => {
  baselineP90 = percentile(await timeCheapRequests(server.url, 40), 90);
});

async function learnerWithAttempt(name: string) {
  const learner = new HttpClient(server.url);
  await learner.ok("auth.practiseAlone", { displayName: name });
  const { attemptId } = await learner.ok<{ attemptId: number }>("attempts.start", {
    scenarioId: "complaint-faulty-kettle",
  });
  return { learner, attemptId };
}

/**
 * Another process's connection holding the lock a write needs, until released. SQLite: the database's
 * write lock (BEGIN IMMEDIATE). PostgreSQL: the attempt's row (`FOR UPDATE`, as a second app server
 * acting on it holds it), or for a join the learners table (EXCLUSIVE: reads go on, inserts wait).
 */
async function holdWriteLock(attemptId?: number) {
  if (engine === "sqlite") {
    const other = new Database(server.databasePath);
    other.exec("BEGIN IMMEDIATE");
    return {
      release: async () => {
        other.exec("COMMIT");
        other.close();
      },
    };
  }
  const other = new pg.Client({ connectionString: server.databaseUrl });
  await other.connect();
  await other.query("BEGIN");
  if (attemptId === undefined) await other.query("LOCK TABLE learners IN EXCLUSIVE MODE");
  else await other.query("SELECT id FROM attempts WHERE id = $1 FOR UPDATE", [attemptId]);
  return {
    release: async () => {
      await other.query("COMMIT");
      await other.end();
    },
  };
}

/**
 * Runs `query` as the cluster's superuser, connected to its `postgres` database: a session on the
 * database under test would itself be read-only once that database is made so.
 */
async function asAdmin(url: string, query: string): Promise<void> {
  const adminUrl = new URL(url);
  adminUrl.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  try {
    await admin.query(query);
  } finally {
    await admin.end();
  }
}

let baselineP90 = 0;
/**
 * "Does not stall the server": cheap requests while the lock is held take less than 100 ms more than
 * the same requests before it (90th percentile), whatever else the machine is doing.
 */
function expectNoStall(times: number[]) {
  expect(times.length).toBeGreaterThan(5);
  const during = percentile(times, 90);
  console.log(
    `cheap requests: p90 ${baselineP90.toFixed(1)} ms before, ${during.toFixed(1)} ms during (max ${Math.max(...times).toFixed(1)} ms, ${times.length} requests)`,
  );
  expect(during - baselineP90).toBeLessThan(100);
}

describe("another process holds the write lock", () => {
  it("a learner action waits for it (without stalling the server) and is stored once it is released", async () => {
    const { learner, attemptId } = await learnerWithAttempt("Lock Waiter");
    const lock = await holdWriteLock(attemptId);
    const action = learner.mutation("attempts.act", { attemptId, clientId: "lock-wait-0001", action: view });
    setTimeout(lock.release, 1_000);
    const times = await timeCheapRequests(server.url, action);
    const result = await action;
    expect(result.status, result.text).toBe(200);
    expect((result.data as { duplicate: boolean }).duplicate).toBe(false);
    expectNoStall(times);
  });

  it("held past the retries: 503 with Retry-After and nothing stored; the same client id then stores it exactly once", async () => {
    const { learner, attemptId } = await learnerWithAttempt("Lock Retrier");
    const lock = await holdWriteLock(attemptId);
    let busy: Awaited<ReturnType<typeof learner.mutation>> | undefined;
    let waitedMs = 0;
    try {
      const started = performance.now();
      const pending = learner.mutation("attempts.act", {
        attemptId,
        clientId: "lock-retry-0001",
        action: view,
      });
      const times = await timeCheapRequests(server.url, pending);
      busy = await pending;
      waitedMs = performance.now() - started;
      expectNoStall(times);
    } finally {
      await lock.release();
    }
    if (!busy) throw new Error("the request never finished");
    expect(busy.status).toBe(503);
    // A learner hears "busy" within seconds: the retries share one time budget (server/trpc/init.ts),
    // where ten PostgreSQL lock waits in a row used to take about 54 s.
    expect(waitedMs).toBeLessThan(20_000);
    expect(Number(busy.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(busy.error?.message).toMatch(/busy/i);
    expect(busy.error?.data).toMatchObject({ code: "SERVICE_UNAVAILABLE", retryable: true });
    const before = await learner.get<{ events: unknown[] }>("attempts.get", { attemptId });
    const first = await learner.mutation("attempts.act", {
      attemptId,
      clientId: "lock-retry-0001",
      action: view,
    });
    expect(first.status).toBe(200);
    expect((first.data as { duplicate: boolean }).duplicate).toBe(false);
    const again = await learner.mutation("attempts.act", {
      attemptId,
      clientId: "lock-retry-0001",
      action: view,
    });
    expect((again.data as { duplicate: boolean }).duplicate).toBe(true);
    const after = await learner.get<{ events: unknown[] }>("attempts.get", { attemptId });
    expect(after.events.length).toBeGreaterThan(before.events.length);
    expect(server.output()).not.toMatch(/tRPC .* failed:/);
  });

  it("joining a class while it is held does not block the health check, and is answered once released", async () => {
    const tutor = new HttpClient(server.url);
    await tutor.ok("auth.tutorSignIn", { email: "tutor@example.com", password: "proof tutor password" });
    const { joinCode } = await tutor.ok<{ joinCode: string }>("classes.create", { name: "Locked class" });
    const lock = await holdWriteLock();
    const join = new HttpClient(server.url).mutation("auth.joinClass", {
      code: joinCode,
      displayName: "Locked Out",
    });
    setTimeout(lock.release, 1_000);
    const times = await timeCheapRequests(server.url, join);
    expect((await join).status).toBe(200);
    expectNoStall(times);
  });
});

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

/** Sends one learner action until the server takes it (a client retrying after 503s), for up to 30 s. */
async function actUntilTaken(learner: HttpClient, attemptId: number, clientId: string) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const r = await learner.mutation("attempts.act", { attemptId, clientId, action: view });
    if (r.status === 200) return r.data as { duplicate: boolean };
    expect(r.status, r.text).toBe(503);
    if (Date.now() > deadline) throw new Error(`still refused after 30 s: ${r.text}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Every action of an attempt stored exactly once, in an unbroken sequence. */
async function expectStoredOnce(at: DatabaseAt, attemptId: number, clientIds: string[]) {
  const stored = await openRows(at);
  try {
    const rows = await stored.all<{ id: string; n: number }>(
      "SELECT client_id AS id, COUNT(*) AS n FROM attempt_events WHERE attempt_id = ? AND client_id IS NOT NULL GROUP BY client_id ORDER BY client_id",
      attemptId,
    );
    expect(rows).toEqual([...clientIds].sort().map((id) => ({ id, n: 1 })));
    const seqs = await eventSeqs(stored, attemptId);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  } finally {
    await stored.close();
  }
}

/** The answer to a write the database cannot take: 503, Retry-After, saying so, safe to retry. */
function expectUnavailable(r: Awaited<ReturnType<HttpClient["mutation"]>>) {
  expect(r.status, r.text).toBe(503);
  expect(Number(r.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  expect(r.error?.message).toMatch(/cannot save work at the moment/);
  expect(r.error?.data).toMatchObject({ code: "SERVICE_UNAVAILABLE" });
}

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

    it("made read-only while serving: 503 with Retry-After and nothing stored; once writable the same client id is stored once", async () => {
      const { learner, attemptId } = await learnerWithAttempt("Read Only Rita");
      const acknowledged = ["readonly-0001", "readonly-0002"];
      for (const id of acknowledged)
        await learner.ok("attempts.act", { attemptId, clientId: id, action: view });
      const name = new URL(server.databaseUrl!).pathname.slice(1);
      // New sessions are read-only; ending the server's connections makes it open new ones.
      const endConnections = `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}' AND pid <> pg_backend_pid()`;
      await asAdmin(server.databaseUrl!, `ALTER DATABASE ${name} SET default_transaction_read_only = on`);
      await asAdmin(server.databaseUrl!, endConnections);
      for (let i = 0; i < 3; i++)
        expectUnavailable(
          await learner.mutation("attempts.act", { attemptId, clientId: "readonly-0003", action: view }),
        );
      await expectStoredOnce(server, attemptId, acknowledged);

      await asAdmin(server.databaseUrl!, `ALTER DATABASE ${name} RESET default_transaction_read_only`);
      await asAdmin(server.databaseUrl!, endConnections);
      expect((await actUntilTaken(learner, attemptId, "readonly-0003")).duplicate).toBe(false);
      expect((await actUntilTaken(learner, attemptId, "readonly-0003")).duplicate).toBe(true);
      await expectStoredOnce(server, attemptId, [...acknowledged, "readonly-0003"]);
      expect(server.child.exitCode).toBeNull();
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
