import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * Server-level suites (`npm run test:server`): each starts the production server from the build
 * (durability, security headers and cookies, cross-site requests, rate limits over HTTP, scenario
 * files, storage faults). Every file runs twice, as two projects one after the other: on a SQLite file,
 * then on PostgreSQL in a throw-away cluster that proof/postgres-setup.ts starts for the run and stops
 * at the end (`--project sqlite` or `--project postgres` runs one). A file reads its engine through
 * proof/engine.ts. The global setup builds first if the build is missing or older than the source.
 */
const shared = {
  include: ["**/*.server.test.ts"],
  exclude: ["node_modules/**", ".next*/**", "e2e/**"],
  environment: "node",
  testTimeout: 120_000,
  hookTimeout: 180_000,
};

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    // One server at a time: the suites time requests and the machine may have two cores.
    fileParallelism: false,
    projects: [
      {
        extends: true,
        test: {
          ...shared,
          name: "sqlite",
          // Several app servers on one database is PostgreSQL's case only (the file starts its own cluster).
          exclude: [...shared.exclude, "proof/two-servers*.server.test.ts"],
          globalSetup: ["./proof/global-setup.ts"],
          provide: { testEngine: "sqlite" },
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          ...shared,
          name: "postgres",
          globalSetup: ["./proof/global-setup.ts", "./proof/postgres-setup.ts"],
          provide: { testEngine: "postgres" },
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
