import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * Server-level suites (`npm run test:server`): each starts the production server from the build
 * (durability, security headers and cookies, cross-site requests, rate limits over HTTP, scenario
 * files, storage faults). Every file runs twice: on a SQLite file, and on PostgreSQL in a throw-away
 * cluster that proof/postgres-setup.ts starts for the run and stops at the end (`--project sqlite` or
 * `--project postgres` runs one; the timed files are `sqlite-timed` and `postgres-timed`). A file reads
 * its engine through proof/engine.ts. The global setup builds first if the build is missing or older
 * than the source.
 */

/**
 * Files that time requests against a bound (latency during a sign-in flood or a database fault, the
 * second server's polls): they run after the rest, one server at a time. The others run two files at a
 * time from one pool of two workers that both engines' projects share (PostgreSQL's files start first), so two
 * servers share the machine's two cores.
 */
const TIMED = [
  "proof/database-faults.server.test.ts",
  "proof/sign-in-flood.server.test.ts",
  "proof/two-servers*.server.test.ts",
];

const shared = {
  include: ["**/*.server.test.ts"],
  exclude: ["node_modules/**", ".next*/**", "e2e/**"],
  environment: "node",
  testTimeout: 120_000,
  hookTimeout: 180_000,
};

const sqlite = {
  globalSetup: ["./proof/global-setup.ts"],
  provide: { testEngine: "sqlite" as const },
};
const postgres = {
  globalSetup: ["./proof/global-setup.ts", "./proof/postgres-setup.ts"],
  provide: { testEngine: "postgres" as const },
};

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          ...shared,
          ...sqlite,
          name: "sqlite",
          // Several app servers on one database is PostgreSQL's case only: two-servers runs in postgres-timed.
          exclude: [...shared.exclude, ...TIMED],
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          ...shared,
          ...postgres,
          name: "postgres",
          exclude: [...shared.exclude, ...TIMED],
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          ...shared,
          ...sqlite,
          name: "sqlite-timed",
          include: TIMED.filter((f) => !f.includes("two-servers")),
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          ...shared,
          ...postgres,
          name: "postgres-timed",
          include: TIMED,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
