import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { SHARED_APP, SHARED_MODULES_SETUP, TIMED, WORKERS } from "./vitest.config.js";

/**
 * Test files that run on both engines: in `npm run test:unit` on SQLite and here on PostgreSQL, where
 * `createTestApp()` clones the run's template database (server/test-support/test-app.ts) because
 * `testEngine` is "postgres". They arrange and read through the procedures or `app.store`; the SQLite
 * handle exists only on `createTestApp({ engine: "sqlite" })`, so a file that needs it cannot join by
 * mistake. Not here, because they are about SQLite itself: server/trpc/storage-faults.test.ts (a
 * lock held on the file, a read-only file; PostgreSQL's faults are db/pg/faults.pg.test.ts's),
 * proof/backup.test.ts (the file backup; PostgreSQL's is db/pg/backup.pg.test.ts). Not yet:
 * proof/attempt-state-cache.test.ts (its second process is a second SQLite connection; two servers'
 * caches on PostgreSQL are tested by server/trpc/routers/attempts.pg.test.ts).
 */
export const BOTH_ENGINES: string[] = [
  "server/test-support/test-app-engine.test.ts",
  "proof/bad-input.test.ts",
  "server/auth/class-join-cap.test.ts",
  "server/auth/display-name-claims.test.ts",
  "server/auth/shared-address.test.ts",
  "server/auth/shared-computer.test.ts",
  "server/trpc/authorisation-matrix.test.ts",
  "server/trpc/bounds.test.ts",
  "server/trpc/learner-idle.test.ts",
  "server/trpc/learner-sessions.test.ts",
  "server/trpc/reclaim-codes.test.ts",
  "server/trpc/nul-input.test.ts",
  "server/trpc/routers/assignments.test.ts",
  "server/trpc/routers/attempts-phone.test.ts",
  "server/trpc/routers/attempts.test.ts",
  "server/trpc/routers/auth.test.ts",
  "server/trpc/routers/classes.test.ts",
  "server/trpc/routers/crm.test.ts",
  "server/trpc/routers/insights.test.ts",
  "server/trpc/routers/lesson-control.test.ts",
  "server/trpc/routers/monthly-review.test.ts",
  "server/trpc/routers/people-and-prompts.test.ts",
  "server/trpc/routers/results-class-export.test.ts",
  "server/trpc/routers/results-debrief.test.ts",
  "server/trpc/routers/results-late-export.test.ts",
  "server/trpc/routers/results-live.test.ts",
  "server/trpc/routers/results.test.ts",
  "server/trpc/routers/tutor-accounts.test.ts",
];

/**
 * Suites that need a real PostgreSQL (`npm run test:postgres`): the global setup starts a throw-away
 * cluster (server/test-support/postgres-cluster.ts) and stops it at the end; each file makes its own
 * database. Fails, with an install hint, when the PostgreSQL programs are missing.
 */
const EXCLUDE = ["node_modules/**", ".next*/**", "e2e/**"];

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // As vitest.config.ts: two files at a time (each has its own database), the timed ones alone after.
    projects: [
      {
        extends: true,
        test: {
          name: "postgres",
          globalSetup: ["./server/test-support/postgres-global-setup.ts"],
          provide: { testEngine: "postgres" },
          include: ["**/*.pg.test.ts", ...BOTH_ENGINES],
          exclude: [...EXCLUDE, ...TIMED, ...SHARED_APP],
          maxWorkers: WORKERS,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          // As test:unit's "app" project: these files share one module graph per worker.
          name: "postgres-app",
          globalSetup: ["./server/test-support/postgres-global-setup.ts"],
          provide: { testEngine: "postgres" },
          include: BOTH_ENGINES.filter((f) => SHARED_APP.includes(f)),
          exclude: EXCLUDE,
          isolate: false,
          setupFiles: [SHARED_MODULES_SETUP],
          maxWorkers: WORKERS,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "postgres-timed",
          // Each project names the set-up (it provides to its own project only); they share one cluster.
          globalSetup: ["./server/test-support/postgres-global-setup.ts"],
          provide: { testEngine: "postgres" },
          include: ["**/*.pg.test.ts", ...BOTH_ENGINES].filter((f) => TIMED.includes(f)),
          exclude: EXCLUDE,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
