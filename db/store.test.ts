/** The store on SQLite (db/store-cases.ts), and what only SQLite's store has to see to. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase, setBusyTimeout } from "./client";
import { storageFault } from "./faults";
import { anAttempt, storeCases } from "./store-cases";
import { sqliteStore } from "./store";

/** Connections wait for no lock (see retryWhenBusy in store-cases.ts). */
const NO_WAIT = { busyTimeoutMs: 0 };

function freshFile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-store-"));
  const file = path.join(dir, "test.sqlite");
  const db = openDatabase(file, NO_WAIT);
  migrateDatabase(db);
  return { dir, file, db };
}

storeCases("SQLite", async () => {
  const { dir, file, db } = freshFile();
  return {
    store: sqliteStore(db),
    another: async () => {
      const other = openDatabase(file, NO_WAIT);
      return {
        store: sqliteStore(other),
        close: () => {
          other.$client.close();
        },
      };
    },
    close: () => {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe("the SQLite store beside code not yet converted", () => {
  it("is one store per connection, so every caller shares its one-writer rule", () => {
    const { dir, db } = freshFile();
    try {
      expect(sqliteStore(db)).toBe(sqliteStore(db));
    } finally {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a synchronous transaction while a write is open (busy, retried), and allows it after", async () => {
    const { dir, db } = freshFile();
    try {
      const store = sqliteStore(db);
      const id = await anAttempt(store);
      const t = store.t;
      let refused: unknown;
      await store.write({ attempt: id }, async (tx) => {
        await tx.db.update(t.attempts).set({ actionCount: 1 }).where(eq(t.attempts.id, id));
        try {
          db.transaction((sync) => sync.update(t.attempts).set({ actionCount: 50 }).run());
        } catch (error) {
          refused = error;
        }
      });
      expect(storageFault(refused)).toBe("busy");
      db.transaction((sync) => sync.update(t.attempts).set({ clockMinutes: 2 }).run());
      const [row] = await store.db.select().from(t.attempts).where(eq(t.attempts.id, id));
      expect(row).toMatchObject({ actionCount: 1, clockMinutes: 2 });
    } finally {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("answers busy when another process holds the write lock past the busy timeout", async () => {
    const { dir, file, db } = freshFile();
    const other = openDatabase(file);
    try {
      const store = sqliteStore(db);
      const id = await anAttempt(store);
      setBusyTimeout(db.$client, 20);
      other.$client.exec("BEGIN IMMEDIATE");
      const error = await store.write({ attempt: id }, async () => "ran").catch((e: unknown) => e);
      expect(storageFault(error)).toBe("busy");
      other.$client.exec("ROLLBACK");
      expect(await store.write({ attempt: id }, async () => "ran")).toBe("ran");
    } finally {
      other.$client.close();
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
