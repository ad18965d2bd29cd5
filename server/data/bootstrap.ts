/**
 * First-run set-up shared by `npm start`, the test harness and the scripts: the catalogue and the
 * seeded demo CRM. Idempotent, so every process can call it safely.
 */
import { eq } from "drizzle-orm";
import type { AppDatabase } from "@/db/client";
import * as t from "@/db/schema";
import { CATALOGUE } from "@/server/core/catalogue";
import { DEMO_AS_OF, generateDemoDataset } from "@/db/seed/generate-demo-dataset";
import { insertDataset } from "./load-dataset";

export const DEMO_WORKSPACE_LABEL = "Hearth & Bean demo CRM";

export function ensureCatalogue(db: AppDatabase): void {
  db.transaction((tx) => {
    for (const p of CATALOGUE) {
      tx.insert(t.products)
        .values(p)
        .onConflictDoUpdate({
          target: t.products.sku,
          set: { name: p.name, category: p.category, pricePence: p.pricePence },
        })
        .run();
    }
  });
}

/** Returns the demo workspace id, seeding it on first run. */
export function ensureDemoWorkspace(db: AppDatabase): number {
  const existing = db
    .select({ id: t.workspaces.id })
    .from(t.workspaces)
    .where(eq(t.workspaces.kind, "demo"))
    .get();
  if (existing) return existing.id;
  return db.transaction((tx) => {
    const ws = tx
      .insert(t.workspaces)
      .values({ kind: "demo", label: DEMO_WORKSPACE_LABEL, asOf: DEMO_AS_OF })
      .returning({ id: t.workspaces.id })
      .get();
    insertDataset(tx, ws.id, generateDemoDataset());
    return ws.id;
  });
}

export function bootstrapDatabase(db: AppDatabase): { demoWorkspaceId: number } {
  ensureCatalogue(db);
  return { demoWorkspaceId: ensureDemoWorkspace(db) };
}
