/**
 * Vitest global setup for the PostgreSQL suite (`npm run test:postgres`): one throw-away cluster for
 * the whole run, shared by its projects (run-shared.ts); each test file makes its own database in it
 * (`freshPostgresDatabase`), or clones the template made here (`createTestApp({ engine: "postgres" })`): migrated, with the catalogue and the
 * demo CRM the app sets up at first start.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDatabase, openDatabase } from "@/db/client";
import { migratePostgres, openPostgres } from "@/db/pg/client";
import { copySqliteToPostgres } from "@/db/pg/copy";
import { bootstrapDatabase } from "@/server/data/bootstrap";
import { startPostgresCluster } from "./postgres-cluster";
import { shareInRun } from "./run-shared";

export const TEMPLATE_DATABASE = "crm_template";

/** The template: what a first start makes (set up on SQLite and copied, until bootstrap runs on the store). */
async function makeTemplate(url: string): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-template-"));
  const sqlite = openDatabase(path.join(dir, "template.sqlite"));
  const target = openPostgres(url, { max: 2, statementTimeoutMs: 0 });
  try {
    migrateDatabase(sqlite);
    const { demoWorkspaceId } = bootstrapDatabase(sqlite);
    await migratePostgres(target);
    await copySqliteToPostgres(sqlite, target);
    return demoWorkspaceId;
  } finally {
    sqlite.$client.close();
    await target.$client.end();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export default async function setup(project: TestProject) {
  const { value, release } = await shareInRun(
    "postgres-suite",
    async () => {
      const started = Date.now();
      const cluster = await startPostgresCluster();
      console.log(`PostgreSQL test cluster on port ${cluster.port} (${Date.now() - started} ms to start).`);
      try {
        return {
          cluster,
          demoWorkspaceId: await makeTemplate(await cluster.createDatabase(TEMPLATE_DATABASE)),
        };
      } catch (error) {
        await cluster.stop();
        throw error;
      }
    },
    ({ cluster }) => cluster.stop(),
  );
  project.provide("postgresAdminUrl", value.cluster.adminUrl);
  project.provide("postgresTemplate", { name: TEMPLATE_DATABASE, demoWorkspaceId: value.demoWorkspaceId });
  return release;
}
