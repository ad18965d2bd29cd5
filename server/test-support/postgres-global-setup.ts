/**
 * Vitest global setup for the PostgreSQL suite (`npm run test:postgres`): one throw-away cluster for
 * the whole run; each test file makes its own database in it (`freshPostgresDatabase`).
 */
import type { TestProject } from "vitest/node";
import { startPostgresCluster } from "./postgres-cluster";

export default async function setup(project: TestProject) {
  const started = Date.now();
  const cluster = await startPostgresCluster();
  console.log(`PostgreSQL test cluster on port ${cluster.port} (${Date.now() - started} ms to start).`);
  project.provide("postgresAdminUrl", cluster.adminUrl);
  return () => cluster.stop();
}
