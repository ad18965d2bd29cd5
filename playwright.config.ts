import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
/**
 * Debian's chromium-headless-shell (Chromium's old headless mode, the one Playwright's own browsers use)
 * where it is installed, else the full browser. Same version as chromium; about a quarter less CPU for
 * the same tests (phone-call, form-errors, new-scenarios: 55.0 CPU-s against 71.7), and the whole e2e
 * suite passed in it (session 43). CHROMIUM_PATH still chooses another.
 */
const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
const chromiumPath =
  process.env.CHROMIUM_PATH || (fs.existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : "/usr/bin/chromium");

/**
 * Specs that need a server to themselves: security-sessions signs the shared demo tutor out on every
 * device, which would sign out a test running beside it on the same server.
 */
const ALONE = ["**/security-sessions.spec.ts"];

/**
 * `npm run test:e2e` (scripts/e2e.ts) runs Playwright twice at once, each on a fresh server and database of
 * its own (E2E_PORT): E2E_PHASE=shared runs every other spec two files at a time (each file's tests in order,
 * in one worker: a test may build on the one before); E2E_PHASE=alone runs the ALONE specs on the second
 * server. Without E2E_PHASE (`npx playwright test …`) every spec runs, one file at a time.
 */
const phase = process.env.E2E_PHASE as "shared" | "alone" | undefined;

export default defineConfig({
  testDir: "./e2e",
  ...(phase === "shared" && { testIgnore: ALONE }),
  ...(phase === "alone" && { testMatch: ALONE }),
  // Each run empties its output folder: the two runs keep theirs apart so the first's traces survive.
  outputDir: phase ? `test-results/${phase}` : "test-results",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Two files at a time keep a 2-core machine busy: one test alone leaves a core idle while it waits for
  // the page, the server or a poll.
  workers: phase === "shared" ? 2 : 1,
  retries: 0,
  reporter: process.env.CI
    ? [["list"]]
    : [
        ["list"],
        ["html", { open: "never", outputFolder: phase ? `playwright-report/${phase}` : "playwright-report" }],
      ],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // A failed test keeps its trace (actions, network, console, sources) without the screencast or DOM
    // snapshots: recording them for every test cost a third of the e2e tests' CPU (crm.spec.ts "customer
    // list", 19 tests: 252 CPU-s with both, 170 without the screencast, 155 without either).
    trace: { mode: "retain-on-failure", screenshots: false, snapshots: false },
    screenshot: "only-on-failure",
    locale: "en-GB",
    timezoneId: "Europe/London",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 1366, height: 900 },
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "tsx scripts/e2e-server.ts",
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { PORT: String(PORT), HOST: "127.0.0.1" },
  },
});
