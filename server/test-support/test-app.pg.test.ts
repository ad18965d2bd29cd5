/**
 * The test harness on PostgreSQL: under `npm run test:postgres` `createTestApp()` gives the same app on
 * a clone of the run's template (migrated, catalogue and demo CRM as a first start makes them), with no
 * SQLite handle at all, each app has its own database, and closing drops it.
 */
import { eq, sql } from "drizzle-orm";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createTestApp } from "./test-app";

async function databaseExists(url: string): Promise<boolean> {
  const u = new URL(url);
  const name = u.pathname.slice(1);
  u.pathname = "/postgres";
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  try {
    return (await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1;
  } finally {
    await client.end();
  }
}

describe("createTestApp under the PostgreSQL run", () => {
  it("follows the run in shared files, but gives a *.pg.test.ts file SQLite unless asked", () => {
    const app = createTestApp();
    try {
      expect(app.engine).toBe("sqlite");
    } finally {
      app.close();
    }
  });

  it("clones the template: the demo CRM is there, on PostgreSQL, and there is no SQLite handle to use", async () => {
    const app = createTestApp({ engine: "postgres" });
    try {
      expect(app.engine).toBe("postgres");
      expect(app.store.engine).toBe("postgres");
      const { t, db } = app.store;
      const [demo] = await db.select().from(t.workspaces).where(eq(t.workspaces.id, app.demoWorkspaceId));
      expect(demo?.kind).toBe("demo");
      expect((await db.select({ id: t.customers.id }).from(t.customers)).length).toBeGreaterThan(10);
      expect("db" in app).toBe(false);
    } finally {
      await app.close();
    }
    expect(await databaseExists(app.file)).toBe(false);
  });

  it("gives each app its own database", async () => {
    const one = createTestApp({ engine: "postgres" });
    const two = createTestApp({ engine: "postgres" });
    try {
      expect(one.file).not.toBe(two.file);
      await one.store.write(null, async (tx) => {
        await tx.db.insert(tx.t.learners).values({ displayName: "Only in one" });
      });
      const count = async (app: typeof one) =>
        (await app.store.db.select({ n: sql<number>`count(*)::int` }).from(app.store.t.learners))[0]!.n;
      expect(await count(one)).toBe(1);
      expect(await count(two)).toBe(0);
    } finally {
      await one.close();
      await two.close();
    }
  });

  it("can still be asked for SQLite", () => {
    const app = createTestApp({ engine: "sqlite" });
    try {
      expect(app.engine).toBe("sqlite");
      expect(app.db.$client.open).toBe(true);
    } finally {
      app.close();
    }
  });
});
