import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * Suites that need a real PostgreSQL (`npm run test:postgres`): the global setup starts a throw-away
 * cluster (server/test-support/postgres-cluster.ts) and stops it at the end; each file makes its own
 * database. Fails, with an install hint, when the PostgreSQL programs are missing.
 */
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["**/*.pg.test.ts"],
    exclude: ["node_modules/**", ".next*/**", "e2e/**"],
    environment: "node",
    globalSetup: ["./server/test-support/postgres-global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
