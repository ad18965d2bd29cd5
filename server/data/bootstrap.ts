/**
 * First-run set-up shared by `npm start`, the test harness and the scripts: the catalogue and the
 * seeded demo CRM. Idempotent, so every process can call it safely; two processes starting together on
 * an empty database seed it once (SQLite: an IMMEDIATE transaction that checks again inside it;
 * PostgreSQL: the same check under an advisory lock).
 *
 * The writes are written once as steps (load-dataset.ts): `bootstrapStore` awaits them on the store
 * (either engine); `bootstrapDatabase` runs them synchronously on a SQLite connection, for the code
 * that opens a SQLite file synchronously (the test harness, getAppDatabase).
 */
import { eq } from "drizzle-orm";
import type { AppDatabase } from "@/db/client";
import type { Scope, Store } from "@/db/store";
import { CATALOGUE } from "@/server/core/catalogue";
import { DEMO_AS_OF, generateDemoDataset } from "@/db/seed/generate-demo-dataset";
import { datasetSteps, runSteps, runStepsSync, type Steps, syncScope } from "./load-dataset";

export const DEMO_WORKSPACE_LABEL = "Hearth & Bean demo CRM";

/** The advisory lock two PostgreSQL servers starting together take before seeding. */
const BOOTSTRAP_LOCK = { key: "bootstrap:demo-crm" };

function* catalogueSteps(scope: Scope): Steps<void> {
  const { t, db } = scope;
  for (const p of CATALOGUE) {
    yield {
      run: db
        .insert(t.products)
        .values(p)
        .onConflictDoUpdate({
          target: t.products.sku,
          set: { name: p.name, category: p.category, pricePence: p.pricePence },
        }),
    };
  }
}

function* existingDemoSteps(scope: Scope): Steps<number | undefined> {
  const { t, db } = scope;
  const rows = (yield {
    rows: db.select({ id: t.workspaces.id }).from(t.workspaces).where(eq(t.workspaces.kind, "demo")).limit(1),
  }) as { id: number }[];
  return rows[0]?.id;
}

/** The demo workspace's id, made and filled when there is none yet (in the caller's write transaction). */
function* demoWorkspaceSteps(scope: Scope): Steps<number> {
  const existing = yield* existingDemoSteps(scope);
  if (existing !== undefined) return existing;
  const { t, db } = scope;
  const [ws] = (yield {
    rows: db
      .insert(t.workspaces)
      .values({ kind: "demo", label: DEMO_WORKSPACE_LABEL, asOf: DEMO_AS_OF })
      .returning({ id: t.workspaces.id }),
  }) as { id: number }[];
  yield* datasetSteps(scope, ws!.id, generateDemoDataset());
  return ws!.id;
}

export function ensureCatalogue(db: AppDatabase): void {
  db.transaction((tx) => runStepsSync(catalogueSteps(syncScope(tx))));
}

/** Returns the demo workspace id, seeding it on first run. */
export function ensureDemoWorkspace(db: AppDatabase): number {
  // Read first: a database that cannot be written (see db/faults.ts) still starts once it is seeded.
  const existing = runStepsSync(existingDemoSteps(syncScope(db)));
  if (existing !== undefined) return existing;
  return db.transaction((tx) => runStepsSync(demoWorkspaceSteps(syncScope(tx))), { behavior: "immediate" });
}

/** The set-up on a SQLite connection, synchronously. */
export function bootstrapDatabase(db: AppDatabase): { demoWorkspaceId: number } {
  ensureCatalogue(db);
  return { demoWorkspaceId: ensureDemoWorkspace(db) };
}

/**
 * The set-up on the store, on either engine. As on SQLite, every start brings the catalogue up to date
 * (a product renamed or repriced in the code), and the demo CRM is made only when there is none.
 */
export function bootstrapStore(store: Store): Promise<{ demoWorkspaceId: number }> {
  return store.write(BOOTSTRAP_LOCK, async (tx) => {
    await runSteps(catalogueSteps(tx));
    return { demoWorkspaceId: await runSteps(demoWorkspaceSteps(tx)) };
  });
}
