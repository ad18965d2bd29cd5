/**
 * Database faults against the production server that time requests against a bound, on the run's
 * engine (proof/engine.ts): another process holding the lock a write needs (the server must not stall),
 * and on PostgreSQL the database made read-only while serving, on the same server. Run alone, after the
 * other suites (vitest.server.config.ts). The faults that start a server of their own (a database that
 * cannot be written or reached at start or mid-lesson, the server process dying under `npm start`) are
 * in proof/database-faults-untimed.server.test.ts.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engine, startServer } from "./engine";
import { actUntilTaken, asAdmin, expectStoredOnce, expectUnavailable, view } from "./fault-support";
import { HttpClient, percentile, timeCheapRequests, type ProdServer } from "./prod-server";

let server: ProdServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
  if (server) fs.rmSync(path.dirname(server.databasePath), { recursive: true, force: true });
});

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

if (engine === "postgres")
  describe("a PostgreSQL database that cannot be written", () => {
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
  });
