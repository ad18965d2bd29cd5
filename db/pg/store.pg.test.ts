/**
 * The store on PostgreSQL (db/store-cases.ts, with a second pool as a second app server), and what only
 * PostgreSQL's store has to see to: a lock held too long is "busy", a server that cannot be reached is
 * "unavailable", and a unique violation from a race runs the write once more.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/server/test-support/free-port";
import { freshPostgresDatabase } from "@/server/test-support/postgres-database";
import { databaseErrorCode, storageFault } from "../faults";
import { anAttempt, storeCases } from "../store-cases";
import { migratePostgres } from "./client";
import { openPostgresStore, type PostgresStore } from "./store";

async function migratedStore(options: { lockTimeoutMs?: number } = {}) {
  const url = await freshPostgresDatabase();
  const store = openPostgresStore(url, options);
  await migratePostgres(store.pg);
  return { url, store };
}

storeCases("PostgreSQL", async () => {
  const { url, store } = await migratedStore();
  return {
    store,
    another: async () => {
      const other = openPostgresStore(url);
      return { store: other, close: () => other.close() };
    },
    close: () => store.close(),
  };
});

describe("the PostgreSQL store's faults and retries", () => {
  let url: string;
  let store: PostgresStore;

  beforeAll(async () => {
    ({ url, store } = await migratedStore());
  });
  afterAll(async () => {
    await store?.close();
  });

  it("answers busy, not a hung request, when the attempt stays locked past lock_timeout", async () => {
    const id = await anAttempt(store);
    const impatient = openPostgresStore(url, { lockTimeoutMs: 50 });
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => {
      locked = resolve;
    });
    try {
      const holder = store.write({ attempt: id }, async () => {
        locked();
        await held;
      });
      await isLocked;
      const error = await impatient.write({ attempt: id }, async () => "ran").catch((e: unknown) => e);
      expect(databaseErrorCode(error)).toBe("55P03");
      expect(storageFault(error)).toBe("busy");
      release();
      await holder;
      expect(await impatient.write({ attempt: id }, async () => "ran")).toBe("ran");
    } finally {
      release();
      await impatient.close();
    }
  });

  it("answers unavailable when the server cannot be reached at all", async () => {
    const port = await freePort();
    const nowhere = openPostgresStore(`postgres://crm@127.0.0.1:${port}/crm`);
    try {
      const read = await nowhere.db
        .select()
        .from(nowhere.t.products)
        .catch((e: unknown) => e);
      expect(storageFault(read)).toBe("unavailable");
      const write = await nowhere.write(null, async () => "ran").catch((e: unknown) => e);
      expect(storageFault(write)).toBe("unavailable");
    } finally {
      await nowhere.close();
    }
  });

  it("runs a write once more after a unique violation, and gives up after that", async () => {
    const { t } = store;
    await store.db.insert(t.products).values({ sku: "RACE-1", name: "a", category: "x", pricePence: 1 });
    let runs = 0;
    const result = await store.write(null, async (tx) => {
      runs++;
      // The first run loses a race the lock did not cover: the row another writer stored is there.
      if (runs === 1)
        await tx.db.insert(tx.t.products).values({ sku: "RACE-1", name: "b", category: "x", pricePence: 1 });
      const [row] = await tx.db.select().from(tx.t.products).where(eq(tx.t.products.sku, "RACE-1"));
      return row!.name;
    });
    expect({ runs, result }).toEqual({ runs: 2, result: "a" });

    runs = 0;
    const error = await store
      .write(null, async (tx) => {
        runs++;
        await tx.db.insert(tx.t.products).values({ sku: "RACE-1", name: "c", category: "x", pricePence: 1 });
      })
      .catch((e: unknown) => e);
    expect(databaseErrorCode(error)).toBe("23505");
    expect(runs).toBe(2);
  });

  it("takes an advisory lock for a write with no natural row", async () => {
    const other = openPostgresStore(url);
    const { t } = store;
    await store.db.insert(t.products).values({ sku: "KEYED-1", name: "0", category: "x", pricePence: 0 });
    const bump = (s: PostgresStore) =>
      s.write({ key: "store-test" }, async (tx) => {
        const [row] = await tx.db.select().from(tx.t.products).where(eq(tx.t.products.sku, "KEYED-1"));
        await new Promise<void>((resolve) => setImmediate(resolve));
        await tx.db
          .update(tx.t.products)
          .set({ pricePence: row!.pricePence + 1 })
          .where(eq(tx.t.products.sku, "KEYED-1"));
      });
    try {
      await Promise.all(Array.from({ length: 8 }, (_, i) => bump(i % 2 ? store : other)));
      const [row] = await store.db.select().from(t.products).where(eq(t.products.sku, "KEYED-1"));
      expect(row!.pricePence).toBe(8);
    } finally {
      await other.close();
    }
  });
});
