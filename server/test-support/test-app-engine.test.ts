/**
 * One file, both engines: this runs in `npm run test:unit` (SQLite) and, listed in BOTH_ENGINES, in
 * `npm run test:postgres`, where the same `createTestApp()` must give an app on PostgreSQL. The app
 * answers the same either way: the demo CRM the first start makes, read through the store.
 */
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createTestApp } from "./test-app";

const app = createTestApp();
afterAll(() => app.close());

describe("createTestApp follows the run's engine", () => {
  it("is on the engine the run provides (SQLite when none)", () => {
    const expected = inject("testEngine") ?? "sqlite";
    expect(app.engine).toBe(expected);
    expect(app.store.engine).toBe(expected);
  });

  it("holds the demo CRM on either engine", async () => {
    const { t, db } = app.store;
    const [demo] = await db.select().from(t.workspaces).where(eq(t.workspaces.id, app.demoWorkspaceId));
    expect(demo).toMatchObject({ kind: "demo" });
    const customers = await db
      .select({ ref: t.customers.ref })
      .from(t.customers)
      .where(eq(t.customers.workspaceId, app.demoWorkspaceId));
    expect(customers.map((c) => c.ref)).toContain("CUS-0001");
    expect(customers.length).toBeGreaterThan(50);
  });
});
