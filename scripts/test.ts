/**
 * `npm test`: every check CI runs (`bash .ci/run`), stopping at the first stage that fails, then each
 * stage's time. The first stage runs side by side what would leave a core idle one after another: the
 * type check (one core) beside Biome, the layer check and the production build (the server suites and
 * the e2e tests need the build; made here, they find it fresh). The build starts after Biome and the
 * layer check, when tsc has long read its files: the build writes next-env.d.ts, which tsc includes.
 * The test stages then run one after another, each of which keeps both cores busy by itself.
 * Side-by-side output is held back and printed whole, one command after another.
 */
import { spawn } from "node:child_process";
import { childEnv } from "@/server/env";
import { buildIsStale } from "./next-build";

interface Step {
  name: string;
  run: () => Promise<{ ok: boolean; output: string }>;
}

function npmRun(script: string, buffered: boolean, env: Record<string, string> = {}): Step {
  return {
    name: script,
    run: () =>
      new Promise((resolve) => {
        const child = spawn("npm", ["run", "--silent", script], {
          stdio: buffered ? ["ignore", "pipe", "pipe"] : "inherit",
          env: childEnv(env),
        });
        let output = "";
        child.stdout?.on("data", (d: Buffer) => {
          output += d;
        });
        child.stderr?.on("data", (d: Buffer) => {
          output += d;
        });
        child.on("close", (code) => resolve({ ok: code === 0, output }));
      }),
  };
}

/**
 * As `npm start` and the server suites decide (scripts/next-build.ts): build only when the build is missing
 * or older than the source, with the environment proof/prod-server.ts's ensureBuild gives it.
 */
const nextBuild = npmRun("build", true, {
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  // The type check runs beside the build in this stage (next.config.js).
  NEXT_BUILD_SKIP_TYPECHECK: "1",
});
const build: Step = {
  name: "build",
  run: async () => (buildIsStale() ? nextBuild.run() : { ok: true, output: "The build is up to date.\n" }),
};

/** Steps in one inner list run one after another; the lists of a stage run side by side. */
const stages: Step[][][] = [
  [[npmRun("typecheck", true)], [npmRun("lint", true), npmRun("lint:layers", true), build]],
  [[npmRun("test:unit", false)]],
  [[npmRun("test:postgres", false)]],
  [[npmRun("test:server", false)]],
  [[npmRun("test:e2e", false)]],
];

const times: string[] = [];
const seconds = (since: number) => `${Math.round((Date.now() - since) / 1000)} s`;

async function runChain(chain: Step[], buffered: boolean): Promise<boolean> {
  for (const step of chain) {
    const started = Date.now();
    if (!buffered) console.log(`\n> ${step.name}`);
    const { ok, output } = await step.run();
    if (buffered) process.stdout.write(`\n> ${step.name}\n${output}`);
    times.push(`${step.name} ${seconds(started)}${ok ? "" : " (FAILED)"}`);
    if (!ok) return false;
  }
  return true;
}

const started = Date.now();
let failed = false;
for (const stage of stages) {
  const stageStarted = Date.now();
  const results = await Promise.all(stage.map((chain) => runChain(chain, stage.length > 1)));
  if (stage.length > 1) times.push(`(side by side: ${seconds(stageStarted)})`);
  if (results.includes(false)) {
    failed = true;
    break;
  }
}
console.log(`\nnpm test ${failed ? "FAILED" : "passed"} in ${seconds(started)}: ${times.join(", ")}`);
process.exit(failed ? 1 : 0);
