/**
 * First start on PostgreSQL: the catalogue and the demo CRM written by the same steps as on SQLite,
 * row for row, and seeded once when two servers (or two `npm run db:seed` runs) start together on an
 * empty database.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migratePostgres } from "@/db/pg/client";
import { openPostgresStore } from "@/db/pg/store";
import type { Store } from "@/db/store";
import { childEnv } from "@/server/env";
import { freshPostgresDatabase } from "@/server/test-support/postgres-database";
import { createTestApp, type SqliteTestApp } from "@/server/test-support/test-app";
import { bootstrapStore } from "./bootstrap";

const run = promisify(execFile);
const TSX = path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");

let app: SqliteTestApp;
beforeAll(() => {
  app = createTestApp({ engine: "sqlite" });
});
afterAll(() => app?.close());

/** The seeded tables as drizzle reads them, each in id order, without the times rows were written. */
async function seeded(store: Store) {
  const { t, db } = store;
  const tables = {
    products: t.products,
    workspaces: t.workspaces,
    customers: t.customers,
    consents: t.consents,
    orders: t.orders,
    orderItems: t.orderItems,
    feedback: t.feedback,
    cases: t.cases,
    interactions: t.interactions,
  };
  const out: Record<string, unknown[]> = {};
  for (const [name, table] of Object.entries(tables)) {
    const rows = (await db.select().from(table).orderBy(asc(table.id))) as Record<string, unknown>[];
    out[name] = rows.map(({ createdAt: _c, updatedAt: _u, ...row }) => row);
  }
  return out;
}

describe("bootstrap on PostgreSQL", () => {
  it("writes the same catalogue and demo CRM as on SQLite, once, when two servers start together", async () => {
    const url = await freshPostgresDatabase();
    const a = openPostgresStore(url);
    const b = openPostgresStore(url);
    try {
      await migratePostgres(a.pg);
      const ids = await Promise.all([
        bootstrapStore(a),
        bootstrapStore(b),
        bootstrapStore(a),
        bootstrapStore(b),
      ]);
      expect(new Set(ids.map((r) => r.demoWorkspaceId)).size).toBe(1);
      const onPostgres = await seeded(a);
      const onSqlite = await seeded(app.store);
      // Counts first, for a readable failure; then every row.
      const counts = (tables: Record<string, unknown[]>) =>
        Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, v.length]));
      expect(counts(onPostgres)).toEqual(counts(onSqlite));
      expect(onPostgres.customers!.length).toBeGreaterThan(50);
      expect(onPostgres.interactions!.length).toBeGreaterThan(500);
      expect(onPostgres).toEqual(onSqlite);
      // Idempotent: a restart changes nothing.
      await bootstrapStore(b);
      expect(counts(await seeded(b))).toEqual(counts(onSqlite));
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it("brings the catalogue up to date on every start, as SQLite does, without seeding the demo CRM again", async () => {
    const url = await freshPostgresDatabase();
    const store = openPostgresStore(url);
    try {
      await migratePostgres(store.pg);
      const first = await bootstrapStore(store);
      const { t, db } = store;
      const [product] = await db.select().from(t.products).orderBy(asc(t.products.id)).limit(1);
      // A catalogue row as an older release of the code left it.
      await db
        .update(t.products)
        .set({ name: "Old name", pricePence: product!.pricePence + 100 })
        .where(eq(t.products.sku, product!.sku));
      const again = await bootstrapStore(store);
      expect(again.demoWorkspaceId).toBe(first.demoWorkspaceId);
      const [after] = await db.select().from(t.products).where(eq(t.products.sku, product!.sku));
      expect({ name: after!.name, pricePence: after!.pricePence }).toEqual({
        name: product!.name,
        pricePence: product!.pricePence,
      });
      expect(await db.select({ id: t.workspaces.id }).from(t.workspaces)).toHaveLength(1);
    } finally {
      await store.close();
    }
  });

  it("npm run db:seed with DATABASE_URL: two runs at once seed once and make one demo tutor", async () => {
    const url = await freshPostgresDatabase();
    const seed = () =>
      run(process.execPath, [TSX, path.join("scripts", "db-seed.ts")], {
        env: childEnv({ VITEST: undefined, NODE_ENV: "production", DATABASE_URL: url }),
      });
    const outputs = (await Promise.all([seed(), seed()])).map((r) => r.stdout);
    for (const out of outputs)
      expect(out).toMatch(/Demo CRM ready \(workspace \d+\) in PostgreSQL at 127\.0\.0\.1:/);
    expect(outputs.filter((out) => out.includes("Demo tutor created"))).toHaveLength(1);
    const store = openPostgresStore(url);
    try {
      const { t, db } = store;
      expect(
        await db.select({ email: t.tutors.email, must: t.tutors.mustChangePassword }).from(t.tutors),
      ).toEqual([{ email: "tutor@example.com", must: true }]);
      const counts = async (s: Store) =>
        Object.fromEntries(Object.entries(await seeded(s)).map(([k, v]) => [k, v.length]));
      expect(await counts(store)).toEqual(await counts(app.store));
    } finally {
      await store.close();
    }
  });
});
