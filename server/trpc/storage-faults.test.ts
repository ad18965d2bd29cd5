/**
 * Database faults reach the client as one clear, retryable error (503), mapped in init.ts: a lock
 * held by another process is waited for asynchronously, then answered "busy"; a database that cannot
 * be written is answered "unavailable". Through the real procedures on a real database file.
 */
import Database from "better-sqlite3";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setBusyTimeout, type AppDatabase } from "@/db/client";
import * as schema from "@/db/schema";
import { memorySessionStore } from "@/server/auth/session";
import { REQUEST_BUSY_TIMEOUT_MS } from "@/server/data/app-database";
import { BUSY_RETRY_DELAYS_MS, createCallerFactory } from "./init";
import { appRouter } from "./root";
import { createTestApp, type SqliteTestApp } from "@/server/test-support/test-app";
import { sqliteStore } from "@/db/store";

const createCaller = createCallerFactory(appRouter);
let app: SqliteTestApp;
beforeAll(() => {
  app = createTestApp({ engine: "sqlite" });
  setBusyTimeout(app.db.$client, REQUEST_BUSY_TIMEOUT_MS);
});
afterAll(() => app.close());

function holdWriteLock() {
  const other = new Database(app.file);
  other.exec("BEGIN IMMEDIATE");
  return () => {
    other.exec("COMMIT");
    other.close();
  };
}

async function failure(promise: Promise<unknown>): Promise<TRPCError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error("Expected the call to fail.");
}

describe("storage faults", () => {
  it("waits for a lock another process holds, and succeeds once it is released", async () => {
    const release = holdWriteLock();
    setTimeout(release, 300);
    const joined = await app.caller().auth.practiseAlone({ displayName: "Patient Pat" });
    expect(joined.how).toBe("new");
  });

  it("answers busy (503, retryable, Retry-After) when the lock is held past the retries, without blocking meanwhile", async () => {
    const release = holdWriteLock();
    try {
      let ticks = 0;
      const timer = setInterval(() => ticks++, 50);
      const started = performance.now();
      const error = await failure(app.caller().auth.practiseAlone({ displayName: "Busy Bea" }));
      clearInterval(timer);
      const waited = performance.now() - started;
      expect(error.code).toBe("SERVICE_UNAVAILABLE");
      expect(getHTTPStatusCodeFromError(error)).toBe(503);
      expect(error.message).toMatch(/busy/);
      expect(error.cause).toMatchObject({ kind: "busy", retryAfterSeconds: 1 });
      const budget = BUSY_RETRY_DELAYS_MS.reduce((a, b) => a + b, 0);
      expect(waited).toBeGreaterThanOrEqual(budget);
      // The event loop kept turning while the request waited (timers ran about every 50 ms).
      expect(ticks).toBeGreaterThan((budget / 50) * 0.5);
    } finally {
      release();
    }
  });

  it("answers unavailable (503) when the database cannot be written", async () => {
    const readOnly = new Database(app.file, { readonly: true });
    try {
      const db = drizzle(readOnly, { schema }) as AppDatabase;
      const caller = createCaller({
        store: sqliteStore(db),
        session: memorySessionStore(),
        ip: "10.1.1.1",
        now: () => new Date(),
      });
      const error = await failure(caller.auth.practiseAlone({ displayName: "Read Only Rae" }));
      expect(error.code).toBe("SERVICE_UNAVAILABLE");
      expect(error.message).toMatch(/cannot save work/);
      expect(error.cause).toMatchObject({ kind: "unavailable" });
      // Reads still work.
      expect((await caller.auth.me()).kind).toBe("anonymous");
    } finally {
      readOnly.close();
    }
  });

  it("a learner from before session tokens still gets in while the database cannot be written; the cookie is swapped on a later request", async () => {
    const learner = app.browser({}, { ip: "10.1.4.1" });
    await learner.api.auth.practiseAlone({ displayName: "Legacy Lee" });
    const learnerId = learner.session.current.learnerId!;
    const { t, db } = app.store;
    // As migration 0005 leaves a learner who joined before tokens.
    await db
      .update(t.learners)
      .set({ sessionHash: null, legacySessionUntil: new Date(Date.now() + 86_400_000) })
      .where(eq(t.learners.id, learnerId));
    // As the HTTP layer reads it: the old seal was made (renewed) just now.
    const legacy = { learnerId, learnerVersion: 1, legacySealedAt: Date.now() };
    const readOnly = new Database(app.file, { readonly: true });
    try {
      const session = memorySessionStore(legacy);
      const caller = createCaller({
        store: sqliteStore(drizzle(readOnly, { schema }) as AppDatabase),
        session,
        ip: "10.1.4.2",
        now: () => new Date(),
      });
      // Reading their work does not need the swap (it used to answer 503, as if the server were down).
      expect(await caller.auth.me()).toMatchObject({ kind: "learner", displayName: "Legacy Lee" });
      expect(await caller.attempts.mine()).toEqual([]);
      expect(session.current).toEqual(legacy);
    } finally {
      readOnly.close();
    }
    const later = app.browser(legacy, { ip: "10.1.4.3" });
    expect(await later.api.auth.me()).toMatchObject({ kind: "learner" });
    expect(later.session.current).toEqual({ learnerId, learnerSession: expect.any(String) });
  });

  it("a learner's time of use that cannot be written (read-only database) costs only that write: their work still opens", async () => {
    const learner = app.browser({}, { ip: "10.1.5.1" });
    await learner.api.auth.practiseAlone({ displayName: "Readonly Rae" });
    const readOnly = new Database(app.file, { readonly: true });
    try {
      const caller = createCaller({
        store: sqliteStore(drizzle(readOnly, { schema }) as AppDatabase),
        session: memorySessionStore(learner.session.current),
        ip: "10.1.5.2",
        // Ten minutes on: the request would move the learner's idle clock (server/auth/learner-idle.ts).
        now: () => new Date(Date.now() + 10 * 60_000),
      });
      expect(await caller.auth.me()).toMatchObject({ kind: "learner", displayName: "Readonly Rae" });
      expect(await caller.attempts.mine()).toEqual([]);
    } finally {
      readOnly.close();
    }
  });

  it("a transaction that fails mid-action (after its events are written) leaves nothing behind; the same client id then stores it once, on the right state", async () => {
    const learner = app.browser({}, { ip: "10.1.3.1" });
    await learner.api.auth.practiseAlone({ displayName: "Midway Mo" });
    const { attemptId } = await learner.api.attempts.start({ scenarioId: "complaint-faulty-kettle" });
    const note = (text: string) => ({ type: "add_note" as const, customerRef: "CUS-2041", text });
    await learner.api.attempts.act({ attemptId, clientId: "midway-first", action: note("First note.") });
    const before = await learner.api.attempts.get({ attemptId });
    // The attempt's own row is updated last in an action, after its events: fail exactly there.
    const other = new Database(app.file);
    other.exec(
      `CREATE TRIGGER probe_fail_mid AFTER UPDATE ON attempts WHEN NEW.id = ${attemptId} BEGIN SELECT RAISE(ABORT, 'injected failure'); END`,
    );
    let failed: unknown;
    try {
      await learner.api.attempts.act({ attemptId, clientId: "midway-second", action: note("Second note.") });
    } catch (error) {
      failed = error;
    } finally {
      other.exec("DROP TRIGGER probe_fail_mid");
      other.close();
    }
    expect(failed, "the injected failure was never reached").toBeInstanceOf(TRPCError);
    expect((failed as TRPCError).code).toBe("INTERNAL_SERVER_ERROR");
    const after = await learner.api.attempts.get({ attemptId });
    expect(after.events).toEqual(before.events);
    expect(after.clockMinutes).toBe(before.clockMinutes);

    // Sent again (the page keeps it), it is stored once; the next action follows on from it.
    const again = { attemptId, clientId: "midway-second", action: note("Second note.") };
    await learner.api.attempts.act(again);
    await learner.api.attempts.act(again);
    await learner.api.attempts.act({ attemptId, clientId: "midway-third", action: note("Third note.") });
    const { t, db } = app.store;
    const rows = await db
      .select({ seq: t.attemptEvents.seq, clientId: t.attemptEvents.clientId })
      .from(t.attemptEvents)
      .where(eq(t.attemptEvents.attemptId, attemptId))
      .orderBy(t.attemptEvents.seq);
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    expect(rows.map((r) => r.clientId).filter((c) => c !== null)).toEqual([
      "midway-first",
      "midway-second",
      "midway-third",
    ]);
  });

  it("a password change failing part way (this browser's new session cannot be stored) changes nothing: the old password still works and the tutor stays signed in", async () => {
    const email = "midway.tutor@college.example";
    const tutor = app.browser({}, { ip: "10.1.4.1" });
    await tutor.api.auth.tutorSignUp({ email, name: "Midway Tutor", password: "the old password" });
    await tutor.api.auth.tutorSignIn({ email, password: "the old password" });
    const other = new Database(app.file);
    other.exec(
      "CREATE TRIGGER probe_no_new_session BEFORE INSERT ON tutor_sessions BEGIN SELECT RAISE(ABORT, 'injected failure'); END",
    );
    let failed: unknown;
    try {
      await tutor.api.auth.changePassword({
        currentPassword: "the old password",
        newPassword: "the new password",
      });
    } catch (error) {
      failed = error;
    } finally {
      other.exec("DROP TRIGGER probe_no_new_session");
      other.close();
    }
    expect((failed as TRPCError).code).toBe("INTERNAL_SERVER_ERROR");
    expect((await tutor.api.auth.me()).kind).toBe("tutor");
    const elsewhere = app.browser({}, { ip: "10.1.4.2" });
    await elsewhere.api.auth.tutorSignIn({ email, password: "the old password" });
    expect((await elsewhere.api.auth.me()).kind).toBe("tutor");
  });

  it("a full disk: the action that does not fit is refused (503) and nothing of it stored; once there is room, the same client id stores it once, in order", async () => {
    const learner = app.browser({}, { ip: "10.1.2.1" });
    await learner.api.auth.practiseAlone({ displayName: "Full Disk Fay" });
    const { attemptId } = await learner.api.attempts.start({ scenarioId: "complaint-faulty-kettle" });
    // A second connection to the file that may not grow it: SQLite answers SQLITE_FULL, as on a full disk.
    const full = new Database(app.file);
    const pages = full.pragma("page_count", { simple: true }) as number;
    full.pragma(`max_page_count = ${pages}`);
    const onFullDisk = createCaller({
      store: sqliteStore(drizzle(full, { schema }) as AppDatabase),
      session: memorySessionStore(learner.session.current),
      ip: "10.1.2.1",
      now: () => new Date(),
    });
    const note = (i: number) => ({
      type: "add_note" as const,
      customerRef: "CUS-2041",
      text: `Note ${i}: ${"checked the order history and the delivery notes. ".repeat(30)}`,
    });
    const stored: string[] = [];
    let refused: { clientId: string; error: TRPCError } | undefined;
    try {
      for (let i = 0; i < 400 && !refused; i++) {
        const clientId = `full-disk-${i}-abcdef`;
        try {
          await onFullDisk.attempts.act({ attemptId, clientId, action: note(i) });
          stored.push(clientId);
        } catch (error) {
          if (!(error instanceof TRPCError)) throw error;
          refused = { clientId, error };
        }
      }
      expect(refused, "the disk never filled").toBeDefined();
      expect(refused!.error.code).toBe("SERVICE_UNAVAILABLE");
      expect(refused!.error.message).toMatch(/cannot save work/);
      expect(refused!.error.cause).toMatchObject({ kind: "unavailable" });
      const clientIds = async () => {
        const { t, db } = app.store;
        const rows = await db
          .select({ clientId: t.attemptEvents.clientId })
          .from(t.attemptEvents)
          .where(eq(t.attemptEvents.attemptId, attemptId))
          .orderBy(t.attemptEvents.seq);
        return rows.map((r) => r.clientId).filter((c): c is string => c !== null);
      };
      // Every acknowledged action is there, once; the refused one is not, not even in part.
      expect(await clientIds()).toEqual(stored);
      // Reads still work on the full disk.
      expect((await onFullDisk.attempts.get({ attemptId })).status).toBe("in_progress");

      full.pragma("max_page_count = 1073741823");
      const again = { attemptId, clientId: refused!.clientId, action: note(stored.length) };
      await onFullDisk.attempts.act(again);
      await onFullDisk.attempts.act(again);
      expect(await clientIds()).toEqual([...stored, refused!.clientId]);
    } finally {
      full.close();
    }
  });
});
