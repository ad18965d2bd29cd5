import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * Router and server test files that also run here, on PostgreSQL: `createTestApp()` in them clones
 * the run's template database (server/test-support/test-app.ts) because `testEngine` is "postgres".
 * A file joins once every procedure it calls is on the store (docs/postgres.md); the SQLite handle
 * throws on PostgreSQL, so one that is not yet fails here rather than quietly reading a file.
 */
export const BOTH_ENGINES: string[] = ["server/test-support/test-app-engine.test.ts"];

/**
 * Suites that need a real PostgreSQL (`npm run test:postgres`): the global setup starts a throw-away
 * cluster (server/test-support/postgres-cluster.ts) and stops it at the end; each file makes its own
 * database. Fails, with an install hint, when the PostgreSQL programs are missing.
 */
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["**/*.pg.test.ts", ...BOTH_ENGINES],
    exclude: ["node_modules/**", ".next*/**", "e2e/**"],
    environment: "node",
    globalSetup: ["./server/test-support/postgres-global-setup.ts"],
    provide: { testEngine: "postgres" },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
