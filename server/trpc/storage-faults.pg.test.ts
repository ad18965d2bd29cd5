/**
 * PostgreSQL's twin of storage-faults.test.ts: database faults met through the real procedures reach the
 * client as one clear 503 (busy: Retry-After 1, unavailable: Retry-After 30), nothing of the failed
 * action is stored, and the same client id sent again is stored once. The faults SQLite cannot have are
 * here too: every pooled connection in use, a statement running past the server's time limit, and the
 * connection to the database lost in the middle of an action's transaction (as when the database
 * server restarts: a fast shutdown ends each backend with 57P01, then refuses connections).
 */
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { eq } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgresStore, type PostgresStore } from "@/db/pg/store";
import { postgresBrowser } from "@/server/test-support/test-app-postgres";
import { createTestApp, type TestApp } from "@/server/test-support/test-app";

let app: TestApp;
let admin: pg.Client;
beforeAll(async () => {
  app = createTestApp({ engine: "postgres" });
  admin = new pg.Client({ connectionString: app.file });
  await admin.connect();
});
afterAll(async () => {
  await admin?.end();
  await app?.close();
});

async function failure(promise: Promise<unknown>): Promise<TRPCError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error("Expected the call to fail.");
}

const note = (text: string) => ({ type: "add_note" as const, customerRef: "CUS-2041", text });

async function clientIds(attemptId: number): Promise<string[]> {
  const { t, db } = app.store;
  const rows = await db
    .select({ clientId: t.attemptEvents.clientId })
    .from(t.attemptEvents)
    .where(eq(t.attemptEvents.attemptId, attemptId))
    .orderBy(t.attemptEvents.seq);
  return rows.map((r) => r.clientId).filter((c): c is string => c !== null);
}

/** A learner with an attempt and one stored note, on `store` (the app's own unless told). */
async function learnerWithAttempt(name: string, ip: string) {
  const learner = app.browser({}, { ip });
  await learner.api.auth.practiseAlone({ displayName: name });
  const { attemptId } = await learner.api.attempts.start({ scenarioId: "complaint-faulty-kettle" });
  await learner.api.attempts.act({
    attemptId,
    clientId: `${name.replace(" ", "-")}-first`,
    action: note("First note."),
  });
  return { learner, attemptId };
}

/** Runs `sql` on the attempts table's updates of one attempt (an action updates its attempt last). */
async function onAttemptUpdate(attemptId: number, body: string): Promise<() => Promise<void>> {
  await admin.query(
    `CREATE FUNCTION probe_fault() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${body} RETURN NEW; END $$`,
  );
  await admin.query(
    `CREATE TRIGGER probe_fault AFTER UPDATE ON attempts FOR EACH ROW WHEN (NEW.id = ${attemptId}) EXECUTE FUNCTION probe_fault()`,
  );
  return async () => {
    await admin.query("DROP TRIGGER probe_fault ON attempts");
    await admin.query("DROP FUNCTION probe_fault()");
  };
}

describe("storage faults on PostgreSQL", () => {
  it("the connection lost mid-action (its backend ended after the events are written): 503 unavailable, nothing stored; the same client id then stores it once, and the pool serves on", async () => {
    const { learner, attemptId } = await learnerWithAttempt("Cut Cai", "10.2.1.1");
    const before = await learner.api.attempts.get({ attemptId });
    const drop = await onAttemptUpdate(attemptId, "PERFORM pg_terminate_backend(pg_backend_pid());");
    let error: TRPCError;
    try {
      error = await failure(
        learner.api.attempts.act({ attemptId, clientId: "cut-second", action: note("Second note.") }),
      );
    } finally {
      await drop();
    }
    expect(error.code).toBe("SERVICE_UNAVAILABLE");
    expect(getHTTPStatusCodeFromError(error)).toBe(503);
    expect(error.cause).toMatchObject({ kind: "unavailable", retryAfterSeconds: 30 });
    expect((await learner.api.attempts.get({ attemptId })).events).toEqual(before.events);

    // Every later request on the pool works (the broken connection is not handed out again).
    for (let i = 0; i < 6; i++) expect((await learner.api.auth.me()).kind).toBe("learner");
    const again = { attemptId, clientId: "cut-second", action: note("Second note.") };
    await learner.api.attempts.act(again);
    await learner.api.attempts.act(again);
    expect(await clientIds(attemptId)).toEqual(["Cut-Cai-first", "cut-second"]);
  });

  it("every backend ended while an action waits inside its transaction (a fast shutdown): 503, nothing stored, the resend stored once", async () => {
    const { learner, attemptId } = await learnerWithAttempt("Restart Rhi", "10.2.2.1");
    const drop = await onAttemptUpdate(attemptId, "PERFORM pg_sleep(5);");
    let error: TRPCError;
    try {
      const pending = failure(
        learner.api.attempts.act({ attemptId, clientId: "restart-second", action: note("Second note.") }),
      );
      // Wait until the action is inside its transaction, asleep in the trigger, then end every app backend.
      for (let i = 0; i < 200; i++) {
        const { rows } = await admin.query(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE 'update \"attempts\"%' AND wait_event = 'PgSleep'",
        );
        if (rows[0].n > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
      );
      error = await pending;
    } finally {
      await drop();
    }
    expect(error.code).toBe("SERVICE_UNAVAILABLE");
    expect(error.cause).toMatchObject({ kind: "unavailable" });
    expect(await clientIds(attemptId)).toEqual(["Restart-Rhi-first"]);
    const again = { attemptId, clientId: "restart-second", action: note("Second note.") };
    await learner.api.attempts.act(again);
    await learner.api.attempts.act(again);
    expect(await clientIds(attemptId)).toEqual(["Restart-Rhi-first", "restart-second"]);
  });

  it("a statement past the database's statement_timeout (57014): 503 busy with Retry-After, nothing stored; the resend stored once", async () => {
    const { learner, attemptId } = await learnerWithAttempt("Slow Sol", "10.2.3.1");
    // A pool whose statements may run 300 ms (the app's runs 30 s: db/pg/client.ts STATEMENT_TIMEOUT_MS).
    const store = openPostgresStore(app.file, { max: 2, statementTimeoutMs: 300 });
    const drop = await onAttemptUpdate(attemptId, "PERFORM pg_sleep(2);");
    let error: TRPCError;
    try {
      const slow = postgresBrowser(store, learner.session.current, { ip: "10.2.3.1" });
      error = await failure(
        slow.api.attempts.act({ attemptId, clientId: "slow-second", action: note("Second note.") }),
      );
    } finally {
      await drop();
      await store.close();
    }
    expect(error.code).toBe("SERVICE_UNAVAILABLE");
    expect(getHTTPStatusCodeFromError(error)).toBe(503);
    expect(error.cause).toMatchObject({ kind: "busy", retryAfterSeconds: 1 });
    expect(await clientIds(attemptId)).toEqual(["Slow-Sol-first"]);
    const again = { attemptId, clientId: "slow-second", action: note("Second note.") };
    await learner.api.attempts.act(again);
    await learner.api.attempts.act(again);
    expect(await clientIds(attemptId)).toEqual(["Slow-Sol-first", "slow-second"]);
  });

  describe("every pooled connection in use", () => {
    let store: PostgresStore;
    beforeAll(() => {
      store = openPostgresStore(app.file, { max: 2, connectionWaitMs: 300 });
    });
    afterAll(async () => {
      await store.close();
    });

    it("a request waits a bounded time for a connection, then 503 busy with Retry-After, nothing stored; the resend is stored once when one is free", async () => {
      const { learner, attemptId } = await learnerWithAttempt("Queued Quin", "10.2.4.1");
      const held = await Promise.all([store.pg.$client.connect(), store.pg.$client.connect()]);
      const crowded = postgresBrowser(store, learner.session.current, { ip: "10.2.4.1" });
      const action = { attemptId, clientId: "queued-second", action: note("Second note.") };
      let error: TRPCError;
      try {
        error = await failure(
          Promise.race([
            crowded.api.attempts.act(action),
            new Promise((_, reject) =>
              setTimeout(() => reject(new Error("still waiting for a connection after 20 s")), 20_000),
            ),
          ]),
        );
      } finally {
        for (const client of held) client.release();
      }
      expect(error.code).toBe("SERVICE_UNAVAILABLE");
      expect(error.cause).toMatchObject({ kind: "busy", retryAfterSeconds: 1 });
      expect(await clientIds(attemptId)).toEqual(["Queued-Quin-first"]);
      await crowded.api.attempts.act(action);
      await crowded.api.attempts.act(action);
      expect(await clientIds(attemptId)).toEqual(["Queued-Quin-first", "queued-second"]);
    });
  });

  it("the app's own pool bounds each statement, each wait for a connection and each idle transaction", async () => {
    const store = openPostgresStore(app.file, { max: 1 });
    try {
      const setting = async (name: string) =>
        ((await store.pg.$client.query(`SHOW ${name}`)).rows[0] as Record<string, string>)[name];
      expect(await setting("statement_timeout")).not.toBe("0");
      expect(await setting("idle_in_transaction_session_timeout")).not.toBe("0");
      expect(store.pg.$client.options.connectionTimeoutMillis).toBeGreaterThan(0);
      // A connection lent to a request has a listener for its 'error' event (else a connection lost
      // mid-transaction throws an uncaught exception in the server process).
      const lent = await store.pg.$client.connect();
      try {
        expect(lent.listenerCount("error")).toBeGreaterThan(0);
      } finally {
        lent.release();
      }
    } finally {
      await store.close();
    }
  });
});
