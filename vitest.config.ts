import { fileURLToPath } from "node:url";
import { BaseSequencer, type TestSpecification } from "vitest/node";
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
  "server/trpc/routers/message-cost.test.ts",
];

/**
 * Test files run in parallel: Vitest's default is one fewer worker than there are cores, which on a
 * 2-core CI machine is a single worker for about 120 CPU-bound files. Two keep both cores busy.
 */
export const WORKERS = 2;

/**
 * The pure core (server/core imports nothing of ours outside it; no test there mocks, stubs the
 * environment or fakes timers) runs without a fresh module graph per file: each worker loads the
 * scenario engine and the analyser once, not once for each of ~100 files (server/core: 395 -> 226
 * CPU-s). scoring.test.ts's timing warms up before it measures, so texts another file read first change
 * nothing there. The two long, allocation-heavy files keep a process of their own (CORE_APART).
 */
const CORE = ["server/core/**/*.test.ts"];
const CORE_APART = [
  "server/core/scenarios/playthroughs.test.ts",
  "server/core/analysis/model/weights.test.ts",
];
const baseName = (file: string) => file.replace(/^.*\//, "").replace(/\.test\.ts$/, "");

/**
 * Files that take far longer than the rest start first. Vitest orders by the last run's durations
 * when it has them (not on a fresh clone, as in CI) and otherwise by file size, which put the
 * 1,000-playthrough file last: the other worker then sat idle for most of its 100 s.
 */
export const LONGEST_FIRST = [
  "server/core/scenarios/playthroughs.test.ts",
  "proof/bad-input.test.ts",
  "server/core/analysis/model/weights.test.ts",
];

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = LONGEST_FIRST.findIndex((l) => f.moduleId.endsWith(`/${l}`));
      return i === -1 ? LONGEST_FIRST.length : i;
    };
    // Stable: groups keep their order (a later group still runs after an earlier one).
    return sorted
      .map((f, i) => ({ f, i }))
      .sort(
        (a, b) =>
          a.f.project.config.sequence.groupOrder - b.f.project.config.sequence.groupOrder ||
          rank(a.f) - rank(b.f) ||
          a.i - b.i,
      )
      .map(({ f }) => f);
  }
}

/**
 * Files that exercise the app through its procedures on a fresh test database (createTestApp, one per
 * file): they share one module graph per worker too (`isolate: false`), so the router, the scenario
 * engine, the analyser and the database layer load once per worker, not once per file (importing the
 * app costs several CPU-seconds; this list was ~45 processes of it per run on each engine). What a
 * file could leave behind in the app's modules is put back before the next file by
 * server/test-support/shared-modules-setup.ts (the attempt-state cache, an unclosed
 * test app); none of these files mocks a module, spies or fakes timers. Kept apart: files that
 * replace modules or cached secrets (attempt-state-cache, session-secret), bad-input (spies; the
 * longest), and the TIMED ones. Exported for vitest.postgres.config.ts. A new file runs in a process
 * of its own until it is added here.
 */
export const SHARED_APP: string[] = [
  "proof/backup.test.ts",
  "server/auth/class-join-cap.test.ts",
  "server/auth/display-name-claims.test.ts",
  "server/auth/guarded-attempt.test.ts",
  "server/auth/shared-address.test.ts",
  "server/auth/shared-computer.test.ts",
  "server/test-support/test-app-engine.test.ts",
  "server/trpc/authorisation-matrix.test.ts",
  "server/trpc/bounds.test.ts",
  "server/trpc/direction-controls.test.ts",
  "server/trpc/internal-errors.test.ts",
  "server/trpc/learner-idle.test.ts",
  "server/trpc/learner-sessions.test.ts",
  "server/trpc/nul-input.test.ts",
  "server/trpc/reclaim-codes.test.ts",
  "server/trpc/tutor-idle.test.ts",
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
  "server/trpc/routers/results-not-attempted.test.ts",
  "server/trpc/routers/results.test.ts",
  "server/trpc/routers/tutor-accounts.test.ts",
];
export const SHARED_MODULES_SETUP = "./server/test-support/shared-modules-setup.ts";

const EXCLUDE = ["node_modules/**", ".next*/**", "e2e/**", "**/*.server.test.ts", "**/*.pg.test.ts"];

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    // Suites that need the production server run separately: `npm run test:server` (vitest.server.config.ts).
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: {
          name: "core",
          include: CORE,
          exclude: [...EXCLUDE, ...TIMED, ...CORE_APART],
          isolate: false,
          maxWorkers: WORKERS,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "unit",
          include: ["**/*.test.ts"],
          // Every core file but CORE_APART's (an exclude cannot be taken back by an include).
          exclude: [
            ...EXCLUDE,
            ...TIMED,
            ...SHARED_APP,
            `server/core/**/!(${CORE_APART.map(baseName).join("|")}).test.ts`,
          ],
          maxWorkers: WORKERS,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "app",
          include: SHARED_APP,
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
