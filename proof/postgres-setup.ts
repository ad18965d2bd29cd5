/**
 * Global setup of the server suites' PostgreSQL project: one throw-away cluster for the run (a
 * temporary folder, loopback only, a free port), stopped and removed at the end. Each server a suite
 * starts gets a new database in it (proof/engine.ts).
 */
import type { TestProject } from "vitest/node";
import { startPostgresCluster } from "@/server/test-support/postgres-cluster";

export default async function setup(project: TestProject) {
  const started = Date.now();
  const cluster = await startPostgresCluster();
  console.log(
    `PostgreSQL for the server suites on port ${cluster.port} (${Date.now() - started} ms to start).`,
  );
  project.provide("postgresAdminUrl", cluster.adminUrl);
  return () => cluster.stop();
}
