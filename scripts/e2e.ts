/**
 * `npm run test:e2e`: the end-to-end tests in two runs of Playwright, each on a fresh server and database
 * (playwright.config.ts, E2E_PHASE): the specs that share the server, two files at a time, and beside them
 * the specs that need a server to themselves, on a second server of their own (a free port). The alone run
 * is short (one worker, three tests) and left a core idle when it ran after the other. Its output is held
 * back and printed after the shared run's. The exit code fails if either failed. Arguments go to both runs
 * (a file filter that one run does not match is no failure there). The production build both servers
 * serve is made here first when it is missing or stale, once: each server's start used to build it,
 * and two builds at once fail ("Another next build process is already running").
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { childEnv, toolEnv } from "@/server/env";
import { freePort } from "@/server/test-support/free-port";
import { buildIsStale, runNextBuild } from "./next-build";

const cli = path.join(process.cwd(), "node_modules", "@playwright", "test", "cli.js");

interface Run {
  phase: string;
  ok: boolean;
  seconds: number;
  output: string;
}

function run(phase: "shared" | "alone", port: number, buffered: boolean): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, "test", "--pass-with-no-tests", ...process.argv.slice(2)], {
      stdio: buffered ? ["ignore", "pipe", "pipe"] : "inherit",
      // The build is made (or found fresh) above: the servers' starts leave it alone.
      env: childEnv({ E2E_PHASE: phase, E2E_PORT: String(port), SKIP_BUILD: "1", FORCE_BUILD: undefined }),
    });
    let output = "";
    child.stdout?.on("data", (d: Buffer) => {
      output += d;
    });
    child.stderr?.on("data", (d: Buffer) => {
      output += d;
    });
    child.on("close", (code) =>
      resolve({ phase, ok: code === 0, seconds: Math.round((Date.now() - started) / 1000), output }),
    );
  });
}

const { FORCE_BUILD, SKIP_BUILD } = toolEnv();
if (!SKIP_BUILD && (FORCE_BUILD || buildIsStale())) {
  console.log("Building the app for the e2e servers (the code has changed since the last build)…");
  const built = runNextBuild({ stdio: "inherit" });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const shared = run("shared", toolEnv().E2E_PORT, false);
// A moment later, so that the two servers' start-ups (migrations, seed data) do not coincide.
const alone = freePort().then(async (port) => {
  await new Promise((r) => setTimeout(r, 3_000));
  return run("alone", port, true);
});
const runs = await Promise.all([shared, alone]);
process.stdout.write(`\n[e2e (alone), on a server of its own]\n${runs[1].output}`);
for (const r of runs) console.log(`e2e (${r.phase}): ${r.ok ? "passed" : "FAILED"} in ${r.seconds} s`);
process.exit(runs.every((r) => r.ok) ? 0 : 1);
