/**
 * Global setup of the server suites' PostgreSQL projects: one throw-away cluster for the run (a
 * temporary folder, loopback only, a free port), shared by the `postgres` and `postgres-timed` projects
 * (server/test-support/run-shared.ts: the timed files run after the others, on the same cluster) and
 * stopped and removed when the last of them ends. Each server a suite starts gets a new database in it
 * (proof/engine.ts).
 */
import type { TestProject } from "vitest/node";
import { startPostgresCluster } from "@/server/test-support/postgres-cluster";
import { shareInRun } from "@/server/test-support/run-shared";

export default async function setup(project: TestProject) {
  const { value: cluster, release } = await shareInRun(
    "server-suites-postgres",
    async () => {
      const started = Date.now();
      const cluster = await startPostgresCluster();
      console.log(
        `PostgreSQL for the server suites on port ${cluster.port} (${Date.now() - started} ms to start).`,
      );
      return cluster;
    },
    (cluster) => cluster.stop(),
  );
  project.provide("postgresAdminUrl", cluster.adminUrl);
  return release;
}
