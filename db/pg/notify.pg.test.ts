/**
 * Live updates across app servers: two stores on one database, as two app servers. A change to an
 * attempt committed through one is heard by the other's LISTEN connection (attempt and assignment
 * named), a rolled-back one never is, and a listener whose connection is cut reconnects, says it may
 * have missed something, and hears the next change.
 */
import { eq } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshPostgresDatabase } from "@/server/test-support/postgres-database";
import type { AttemptChange } from "../store";
import { anAttempt } from "../store-cases";
import { migratePostgres } from "./client";
import { parseNotice } from "./notify";
import { openPostgresStore, type PostgresStore } from "./store";

let url: string;
let serverA: PostgresStore;
let serverB: PostgresStore;
let assignmentId: number;
let assigned: number;
let alone: number;

/** Collects what a store's subscribers hear, and lets a test wait until some condition holds. */
function recorder(store: PostgresStore) {
  const heard: AttemptChange[] = [];
  let check: (() => void) | undefined;
  const stop = store.subscribe((change) => {
    heard.push(change);
    check?.();
  });
  return {
    heard,
    stop,
    until(condition: (heard: AttemptChange[]) => boolean): Promise<void> {
      return new Promise((resolve) => {
        check = () => {
          if (condition(heard)) {
            check = undefined;
            resolve();
          }
        };
        check();
      });
    },
  };
}

/** A committed change to the attempt's progress, through `store`. */
function act(store: PostgresStore, attemptId: number) {
  return store.write({ attempt: attemptId }, async (tx) => {
    await tx.db.update(tx.t.attempts).set({ actionCount: 1 }).where(eq(tx.t.attempts.id, attemptId));
  });
}

beforeAll(async () => {
  url = await freshPostgresDatabase();
  serverA = openPostgresStore(url);
  serverB = openPostgresStore(url);
  await migratePostgres(serverA.pg);
  const { db, t } = serverA;
  const [tutor] = await db
    .insert(t.tutors)
    .values({ email: "notify@college.example", name: "Notify", passwordHash: "x" })
    .returning();
  const [klass] = await db.insert(t.classes).values({ tutorId: tutor!.id, name: "Group N" }).returning();
  const [assignment] = await db
    .insert(t.assignments)
    .values({ classId: klass!.id, scenarioId: "store-test" })
    .returning();
  assignmentId = assignment!.id;
  assigned = await anAttempt(serverA);
  await db.update(t.attempts).set({ assignmentId }).where(eq(t.attempts.id, assigned));
  alone = await anAttempt(serverA);
});

afterAll(async () => {
  await serverA?.close();
  await serverB?.close();
});

describe("LISTEN/NOTIFY between two app servers", () => {
  it("hears a change committed on the other server, and never one rolled back", async () => {
    const onB = recorder(serverB);
    await serverB.listening();

    // Rolled back: the write throws after its statements (and its notice) ran.
    await expect(
      serverA.write({ attempt: assigned }, async (tx) => {
        await tx.db.update(tx.t.attempts).set({ actionCount: 99 }).where(eq(tx.t.attempts.id, assigned));
        throw new Error("invalid action");
      }),
    ).rejects.toThrow("invalid action");
    // Committed after it: notices arrive in commit order, so had the rolled-back one been sent it
    // would be heard first.
    await act(serverA, alone);
    await act(serverA, assigned);
    await onB.until((heard) => heard.length >= 2);

    expect(onB.heard).toEqual([
      { attemptId: alone, assignmentId: null },
      { attemptId: assigned, assignmentId },
    ]);
    onB.stop();
  });

  it("a server hears its own commits too, and a write that does not lock an attempt sends nothing", async () => {
    const onA = recorder(serverA);
    const onB = recorder(serverB);
    await serverA.listening();
    await serverA.write(null, async (tx) => {
      await tx.db.update(tx.t.attempts).set({ actionCount: 5 }).where(eq(tx.t.attempts.id, alone));
    });
    await act(serverB, assigned);
    await onA.until((heard) => heard.length >= 1);
    // (And the server that wrote hears it as well, before the next test listens.)
    await onB.until((heard) => heard.length >= 1);
    expect(onA.heard).toEqual([{ attemptId: assigned, assignmentId }]);
    expect(onB.heard).toEqual([{ attemptId: assigned, assignmentId }]);
    onA.stop();
    onB.stop();
  });

  it("reconnects after its connection is cut, says it may have missed changes, and hears the next", async () => {
    const onB = recorder(serverB);
    await serverB.listening();
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      // Cut every LISTEN connection to this database (both servers'), as a restart or failover would.
      const cut = await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND query ILIKE 'LISTEN%'`,
      );
      expect(cut.rowCount).toBeGreaterThanOrEqual(1);
    } finally {
      await admin.end();
    }
    // It tells its subscribers to check everything once it is listening again...
    await onB.until((heard) => heard.includes(null));
    await serverB.listening();
    // ...and hears changes from then on.
    await act(serverA, assigned);
    await onB.until((heard) => heard.some((c) => c?.attemptId === assigned));
    expect(onB.heard).toEqual([null, { attemptId: assigned, assignmentId }]);
    onB.stop();
  });
});

describe("parseNotice", () => {
  it("reads attempt and assignment ids, and treats anything else as 'check everything'", () => {
    expect(parseNotice("12,7")).toEqual({ attemptId: 12, assignmentId: 7 });
    expect(parseNotice("12,")).toEqual({ attemptId: 12, assignmentId: null });
    expect(parseNotice("")).toBeNull();
    expect(parseNotice(undefined)).toBeNull();
    expect(parseNotice("x,1")).toBeNull();
  });
});
