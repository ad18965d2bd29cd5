import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * Files that measure time (CPU or event-loop lag) against a bound: they run after the rest, one at a
 * time, so another test file on the other core does not eat their margin (the analyser's 2,000-character
 * timing sits within 10% of its 1 ms bound). Exported for vitest.postgres.config.ts.
 */
export const TIMED: string[] = [
  "server/core/analysis/analyse-message.test.ts",
  "server/auth/passwords.test.ts",
  "server/trpc/routers/results-live.test.ts",
  "server/trpc/storage-faults.test.ts",
];

/**
 * Test files run in parallel: Vitest's default is one fewer worker than there are cores, which on a
 * 2-core CI machine is a single worker for about 120 CPU-bound files. Two keep both cores busy.
 */
export const WORKERS = 2;

const EXCLUDE = ["node_modules/**", ".next*/**", "e2e/**", "**/*.server.test.ts", "**/*.pg.test.ts"];

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    // Suites that need the production server run separately: `npm run test:server` (vitest.server.config.ts).
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["**/*.test.ts"],
          exclude: [...EXCLUDE, ...TIMED],
          maxWorkers: WORKERS,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "timed",
          include: TIMED,
          exclude: EXCLUDE,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
