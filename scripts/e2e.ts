/**
 * `npm run test:e2e`: the end-to-end tests in two runs of Playwright, each on a fresh server
 * (playwright.config.ts, E2E_PHASE): the specs that share the server, two files at a time, then those that
 * need it to themselves. The second run happens whatever the first's result; the exit code fails if
 * either failed. Arguments go to both runs (a file filter that one run does not match is no failure there).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { childEnv } from "@/server/env";

const cli = path.join(process.cwd(), "node_modules", "@playwright", "test", "cli.js");
let failed = false;
for (const phase of ["shared", "alone"]) {
  const started = Date.now();
  const run = spawnSync(process.execPath, [cli, "test", "--pass-with-no-tests", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: childEnv({ E2E_PHASE: phase }),
  });
  console.log(
    `e2e (${phase}): ${run.status === 0 ? "passed" : "FAILED"} in ${Math.round((Date.now() - started) / 1000)} s`,
  );
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
