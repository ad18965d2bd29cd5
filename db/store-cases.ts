/**
 * What every store must do, run against each engine: db/store.test.ts (SQLite) and
 * db/pg/store.pg.test.ts (PostgreSQL) pass their own way of opening a store and a second "process".
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storageFault } from "./faults";
import type { Scope, Store } from "./store";

export interface StoreUnderTest {
  store: Store;
  /** Another store on the same database, as a second process or app server would have. */
  another: () => Promise<{ store: Store; close: () => Promise<void> | void }>;
  close: () => Promise<void> | void;
}

/** Lets every other pending task run (timers excepted): what a real await on I/O allows. */
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("Expected the write to fail.");
}

/** A learner practising alone and one attempt of theirs, for a row to count on and lock. */
export async function anAttempt(scope: Scope): Promise<number> {
  const { t, db } = scope;
  const [learner] = await db.insert(t.learners).values({ displayName: "Store test" }).returning();
  const [ws] = await db
    .insert(t.workspaces)
    .values({ kind: "attempt", label: "Store test", asOf: new Date(Date.UTC(2026, 0, 5)) })
    .returning();
  const [attempt] = await db
    .insert(t.attempts)
    .values({ learnerId: learner!.id, workspaceId: ws!.id, scenarioId: "store-test", status: "in_progress" })
    .returning();
  return attempt!.id;
}

async function actionCount(scope: Scope, attemptId: number): Promise<number> {
  const { t, db } = scope;
  const [row] = await db
    .select({ n: t.attempts.actionCount })
    .from(t.attempts)
    .where(eq(t.attempts.id, attemptId))
    .limit(1);
  return row!.n;
}

/** Reads the count, lets others run, writes it plus one: loses updates unless writes take turns. */
function increment(store: Store, attemptId: number) {
  return store.write({ attempt: attemptId }, async (tx) => {
    const n = await actionCount(tx, attemptId);
    await yieldToOthers();
    await tx.db
      .update(tx.t.attempts)
      .set({ actionCount: n + 1 })
      .where(eq(tx.t.attempts.id, attemptId));
    return n + 1;
  });
}

/**
 * As the tRPC layer does (server/trpc/init.ts): a write that met another process's lock ("busy") runs
 * again once other work has had its turn. SQLite's connections here wait for a lock without blocking
 * (busy timeout 0), since two connections in one test process would otherwise block each other's
 * event loop.
 */
async function retryWhenBusy<T>(write: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      return await write();
    } catch (error) {
      if (storageFault(error) !== "busy") throw error;
      await yieldToOthers();
    }
  }
}

export function storeCases(engine: string, open: () => Promise<StoreUnderTest>) {
  describe(`the store on ${engine}`, () => {
    let under: StoreUnderTest;
    let store: Store;

    beforeAll(async () => {
      under = await open();
      store = under.store;
    });
    afterAll(async () => {
      await under?.close();
    });

    it("commits a write's statements together, and rolls all of them back when it throws", async () => {
      const id = await anAttempt(store);
      const result = await store.write({ attempt: id }, async (tx) => {
        await tx.db.update(tx.t.attempts).set({ actionCount: 5 }).where(eq(tx.t.attempts.id, id));
        await tx.db.update(tx.t.attempts).set({ clockMinutes: 7 }).where(eq(tx.t.attempts.id, id));
        return "done";
      });
      expect(result).toBe("done");
      expect(await actionCount(store, id)).toBe(5);

      const error = await failure(
        store.write({ attempt: id }, async (tx) => {
          await tx.db.update(tx.t.attempts).set({ actionCount: 99 }).where(eq(tx.t.attempts.id, id));
          throw new Error("changed my mind");
        }),
      );
      expect((error as Error).message).toBe("changed my mind");
      expect(await actionCount(store, id)).toBe(5);
      // The store is usable after a rollback.
      expect(await increment(store, id)).toBe(6);
    });

    it("runs concurrent writes in one process one after the other: no update is lost", async () => {
      const id = await anAttempt(store);
      const results = await Promise.all(Array.from({ length: 12 }, () => increment(store, id)));
      expect(results.sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
      expect(await actionCount(store, id)).toBe(12);
    });

    it("serialises writes from two processes on the same attempt", async () => {
      const id = await anAttempt(store);
      const other = await under.another();
      try {
        await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            retryWhenBusy(() => increment(i % 2 === 0 ? store : other.store, id)),
          ),
        );
        expect(await actionCount(store, id)).toBe(10);
        expect(await actionCount(other.store, id)).toBe(10);
      } finally {
        await other.close();
      }
    });

    it("prepares a query once and runs it with different values, in and out of a write", async () => {
      const { sql } = await import("drizzle-orm");
      const [a, b] = [await anAttempt(store), await anAttempt(store)];
      const count = (scope: Scope) =>
        scope.prepare(
          scope.db
            .select({ n: scope.t.attempts.actionCount })
            .from(scope.t.attempts)
            .where(eq(scope.t.attempts.id, sql.placeholder("id"))),
          "store_test_count",
        );
      await store.write(null, async (tx) => {
        await tx.db.update(tx.t.attempts).set({ actionCount: 3 }).where(eq(tx.t.attempts.id, b));
        const inTx = count(tx);
        expect(await inTx({ id: a })).toEqual([{ n: 0 }]);
        expect(await inTx({ id: b })).toEqual([{ n: 3 }]);
      });
      const outside = count(store);
      expect(await outside({ id: b })).toEqual([{ n: 3 }]);
      expect(await outside({ id: -1 })).toEqual([]);
    });

    it("reports a constraint failure as itself, not as a storage fault", async () => {
      const id = await anAttempt(store);
      const error = await failure(
        store.write({ attempt: id }, async (tx) => {
          await tx.db.insert(tx.t.products).values({ sku: "DUP-1", name: "a", category: "x", pricePence: 1 });
          await tx.db.insert(tx.t.products).values({ sku: "DUP-1", name: "b", category: "x", pricePence: 1 });
        }),
      );
      expect(storageFault(error)).toBeUndefined();
      const { t, db } = store;
      expect(await db.select().from(t.products).where(eq(t.products.sku, "DUP-1"))).toEqual([]);
    });
  });
}
