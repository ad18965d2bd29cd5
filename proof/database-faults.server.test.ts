/**
 * Database faults against the production server: another process holding the write lock, a database
 * that cannot be written, and the server process dying under `npm start`.
 */
import { spawnSync } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  HttpClient,
  percentile,
  startProdServer,
  tempDatabasePath,
  timeCheapRequests,
  type ProdServer,
} from "./prod-server";

let server: ProdServer;
beforeAll(async () => {
  server = await startProdServer();
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

/** Another process's connection holding the write lock (BEGIN IMMEDIATE) until released. */
function holdWriteLock() {
  const other = new Database(server.databasePath);
  other.exec("BEGIN IMMEDIATE");
  return {
    release: () => {
      other.exec("COMMIT");
      other.close();
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
    const lock = holdWriteLock();
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
    const lock = holdWriteLock();
    let busy: Awaited<ReturnType<typeof learner.mutation>> | undefined;
    try {
      const pending = learner.mutation("attempts.act", {
        attemptId,
        clientId: "lock-retry-0001",
        action: view,
      });
      const times = await timeCheapRequests(server.url, pending);
      busy = await pending;
      expectNoStall(times);
    } finally {
      lock.release();
    }
    if (!busy) throw new Error("the request never finished");
    expect(busy.status).toBe(503);
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
    const lock = holdWriteLock();
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

describe("a database that cannot be written", () => {
  /** A database made and seeded as usual by a first start, then stopped. */
  async function preparedDatabase(): Promise<string> {
    const databasePath = tempDatabasePath();
    const first = await startProdServer({ databasePath });
    await first.stop();
    return databasePath;
  }

  it("a read-only database file: npm start says so and exits non-zero instead of serving", async () => {
    const databasePath = await preparedDatabase();
    // chattr +i: immutable, so even root cannot write it (as after a restore onto a read-only disk).
    const immutable = spawnSync("chattr", ["+i", databasePath], { encoding: "utf8" });
    expect(immutable.status, immutable.stderr).toBe(0);
    try {
      const started = startProdServer({ databasePath, timeoutMs: 30_000 });
      await expect(started).rejects.toThrow(/exited before it answered[\s\S]*cannot be written/);
    } finally {
      spawnSync("chattr", ["-i", databasePath]);
      fs.rmSync(path.dirname(databasePath), { recursive: true, force: true });
    }
  });

  it("a read-only -shm file while serving: the server process dies (SIGBUS), and npm start exits non-zero saying so", async () => {
    const npm = await startProdServer({ via: "npm" });
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

describe("npm start when the server process dies", () => {
  it("exits non-zero after the server process is killed with SIGKILL", async () => {
    const npm = await startProdServer({ via: "npm" });
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
