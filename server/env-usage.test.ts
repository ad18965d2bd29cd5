/**
 * Settings are read through server/env.ts (typed, validated, with errors that name the variable), so
 * this fails on a `process.env` read anywhere else. Tests may set, clear, save and restore variables
 * for the code they test; reading one for their own use goes through env()/toolEnv() too.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
const SKIP_DIRS = new Set(["node_modules", ".git", "test-results", "playwright-report", "data", "backups"]);

/** Files that may read process.env, and why. */
const ALLOWED: Record<string, string> = {
  "server/env.ts": "the environment module itself",
  "server/env-usage.test.ts": "this check (it names what it looks for)",
  "server/env.test.ts": "the environment module's own tests (they set the raw variables it reads)",
  "playwright.config.ts": "Playwright's own configuration, loaded before any app code",
  "vitest.config.ts": "Vitest's own configuration",
  "vitest.server.config.ts": "Vitest's own configuration",
  "next.config.js": "NODE_ENV and NEXT_DIST_DIR, read by Next.js itself at build time (plain JavaScript)",
  "proxy.ts": "NODE_ENV, which Next.js inlines at build time",
  "scripts/serve.mjs":
    "plain JavaScript run without a TypeScript loader; sets the peer header for its own process",
  "scripts/train-analyser.ts":
    "experiment knobs read raw (an empty TRAIN_CHAR_GRAMS means none, which env() would read as unset)",
  "scripts/e2e-server.ts":
    "the e2e harness sets the database path and tutor password before start.ts reads them",
};

/** What a test may do with process.env: set, clear, save and restore. */
const TEST_WRITES = [
  /delete process\.env(\.\w+|\[\w+\])/g,
  /process\.env\.\w+\s*(\?\?)?=(?!=)/g,
  /const saved\w*\s*=\s*(\{\s*\.\.\.)?process\.env(\.\w+)?/g,
  /Object\.(keys|assign)\(process\.env/g,
];

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith(".next"))
        sourceFiles(path.join(dir, entry.name), out);
    } else if (/\.(ts|tsx|js|mjs|cjs)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) {
      out.push(path.relative(ROOT, path.join(dir, entry.name)).split(path.sep).join("/"));
    }
  }
  return out;
}

/** Lines of a file that read process.env where they should not (comments aside). */
function envReads(file: string, text: string): string[] {
  const isTest = /\.(test|spec)\.tsx?$/.test(file);
  const found: string[] = [];
  for (const [i, line] of text.split("\n").entries()) {
    const code = line.trim();
    if (!code.includes("process.env") || /^(\/\/|\*|\/\*)/.test(code)) continue;
    const rest = isTest ? TEST_WRITES.reduce((s, re) => s.replace(re, ""), code) : code;
    if (rest.includes("process.env")) found.push(`${file}:${i + 1}: ${code}`);
  }
  return found;
}

describe("process.env is read only through server/env.ts", () => {
  it("finds no read outside the allowed files", () => {
    const reads = sourceFiles(ROOT)
      .filter((f) => !(f in ALLOWED))
      .flatMap((f) => envReads(f, fs.readFileSync(path.join(ROOT, f), "utf8")));
    expect(reads).toEqual([]);
  });

  it("catches a read in app code and a read in a test, and lets a test set and restore a variable", () => {
    expect(envReads("server/x.ts", "const port = Number(process.env.PORT);")).toHaveLength(1);
    expect(envReads("server/x.test.ts", "const dir = process.env.SHOTS ?? '/tmp';")).toHaveLength(1);
    expect(envReads("server/x.test.ts", "process.env.SCENARIOS_DIR = dir;")).toEqual([]);
    expect(envReads("server/x.test.ts", "const saved = process.env.PASSWORD_HASH_COST;")).toEqual([]);
    expect(envReads("server/x.test.ts", "delete process.env.ALLOW_TUTOR_SIGNUP;")).toEqual([]);
    expect(envReads("server/x.ts", "// reads process.env.PORT through env()")).toEqual([]);
  });
});
