/**
 * PostgreSQL's real errors map onto the same storage faults as SQLite's (db/faults.ts): a lock another
 * transaction holds is "busy" (retried, then 503), a read-only server is "unavailable", and a broken
 * constraint is no storage fault at all (the caller's own problem).
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storageFault } from "@/db/faults";
import { freshPostgresDatabase } from "@/server/test-support/postgres-database";

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("Expected the statement to fail.");
}

describe("PostgreSQL errors as storage faults", () => {
  let holder: pg.Client;
  let waiter: pg.Client;

  beforeAll(async () => {
    const url = await freshPostgresDatabase();
    holder = new pg.Client({ connectionString: url });
    waiter = new pg.Client({ connectionString: url });
    await Promise.all([holder.connect(), waiter.connect()]);
    await holder.query("CREATE TABLE t (id integer PRIMARY KEY)");
    await holder.query("INSERT INTO t VALUES (1)");
  });

  afterAll(async () => {
    await Promise.all([holder?.end(), waiter?.end()]);
  });

  it("a row another transaction has locked is busy (lock_timeout: 55P03)", async () => {
    await holder.query("BEGIN");
    await holder.query("SELECT * FROM t WHERE id = 1 FOR UPDATE");
    try {
      await waiter.query("BEGIN");
      await waiter.query("SET LOCAL lock_timeout = '50ms'");
      const error = await failure(waiter.query("SELECT * FROM t WHERE id = 1 FOR UPDATE"));
      expect((error as { code: string }).code).toBe("55P03");
      expect(storageFault(error)).toBe("busy");
    } finally {
      await waiter.query("ROLLBACK");
      await holder.query("ROLLBACK");
    }
  });

  it("a read-only transaction refusing a write is unavailable (25006)", async () => {
    await waiter.query("BEGIN READ ONLY");
    try {
      const error = await failure(waiter.query("INSERT INTO t VALUES (2)"));
      expect((error as { code: string }).code).toBe("25006");
      expect(storageFault(error)).toBe("unavailable");
    } finally {
      await waiter.query("ROLLBACK");
    }
  });

  it("a duplicate key is not a storage fault (23505)", async () => {
    const error = await failure(waiter.query("INSERT INTO t VALUES (1)"));
    expect((error as { code: string }).code).toBe("23505");
    expect(storageFault(error)).toBeUndefined();
  });
});
