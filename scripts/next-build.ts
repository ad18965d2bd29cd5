/**
 * The production build, shared by `npm start` (scripts/start.ts) and the servers the proof suites and
 * the benchmark start (proof/prod-server.ts): when the build is out of date, and running `next build`.
 */
import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { childEnv, env } from "@/server/env";

const SOURCE_DIRS = ["app", "components", "lib", "server", "db", "public"];
const SOURCE_FILES = ["next.config.js", "package.json", "postcss.config.mjs", "tsconfig.json", "proxy.ts"];

/** The build folder (NEXT_DIST_DIR, default `.next`). */
export function distDir(): string {
  return env().NEXT_DIST_DIR;
}

function newestSourceMtime(root: string): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) for (const name of fs.readdirSync(p)) visit(path.join(p, name));
    // Tests are not part of the build: adding or editing one must not force a rebuild.
    else if (!/\.test\.tsx?$/.test(p)) newest = Math.max(newest, stat.mtimeMs);
  };
  for (const d of SOURCE_DIRS) visit(path.join(root, d));
  for (const f of SOURCE_FILES) visit(path.join(root, f));
  return newest;
}

/** True when the build is missing or older than the source. */
export function buildIsStale(root = process.cwd()): boolean {
  const buildId = path.join(root, distDir(), "BUILD_ID");
  return !fs.existsSync(buildId) || fs.statSync(buildId).mtimeMs < newestSourceMtime(root);
}

/** Runs `next build` in `root`, with `overrides` on top of this process's environment. */
export function runNextBuild(options: {
  root?: string;
  stdio: "inherit" | "pipe";
  env?: Record<string, string | undefined>;
}): SpawnSyncReturns<Buffer> {
  const root = options.root ?? process.cwd();
  return spawnSync(
    process.execPath,
    [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"],
    {
      stdio: options.stdio === "inherit" ? "inherit" : ["ignore", "pipe", "pipe"],
      env: childEnv({ NEXT_TELEMETRY_DISABLED: "1", ...options.env }),
      maxBuffer: 64 * 1024 * 1024,
    },
  );
}
