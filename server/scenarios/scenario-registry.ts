/**
 * Loads the scenario files (`scenarios/*.yaml`), validates them and caches the valid ones.
 * The directory is `path.join(process.cwd(), "scenarios")` unless the SCENARIOS_DIR environment
 * variable says otherwise. Invalid files are reported (console.error, with file and field) and
 * skipped, so the server still starts with the valid ones; `loadErrors()` lists the problems.
 */
import fs from "node:fs";
import path from "node:path";
import { formatScenarioError, type ScenarioFileError } from "../core/scenarios/scenario-file-errors";
import { parseScenario } from "../core/scenarios/scenario-parser";
import type { Scenario } from "../core/scenarios/scenario-schema";
import { scenarioSummary, type ScenarioSummary } from "../core/scenarios/learner-view";
import { env } from "../env";

interface Loaded {
  dir: string;
  scenarios: Map<string, Scenario>;
  files: Map<string, string>;
  errors: ScenarioFileError[];
}

let cache: Loaded | null = null;

export function scenariosDir(): string {
  const dir = env().SCENARIOS_DIR;
  return dir ? path.resolve(dir) : path.join(process.cwd(), "scenarios");
}

/** Reads and validates every scenario file in a directory (not cached). */
export function loadScenarioDirectory(dir: string): Loaded {
  const scenarios = new Map<string, Scenario>();
  const files = new Map<string, string>();
  const errors: ScenarioFileError[] = [];
  let names: string[];
  try {
    names = fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isFile() && /\.ya?ml$/i.test(d.name))
      .map((d) => d.name)
      .sort();
  } catch (e) {
    errors.push({
      file: dir,
      path: "",
      message: `cannot read the scenarios directory: ${(e as Error).message}`,
    });
    return { dir, scenarios, files, errors };
  }
  const rel = (name: string) => {
    const full = path.join(dir, name);
    const r = path.relative(process.cwd(), full);
    return r && !r.startsWith("..") ? r.split(path.sep).join("/") : full;
  };
  for (const name of names) {
    const file = rel(name);
    let text: string;
    try {
      text = fs.readFileSync(path.join(dir, name), "utf8");
    } catch (e) {
      errors.push({ file, path: "", message: `cannot read the file: ${(e as Error).message}` });
      continue;
    }
    const parsed = parseScenario(file, text);
    if (!parsed.ok) {
      errors.push(...parsed.errors);
      continue;
    }
    const existing = files.get(parsed.scenario.id);
    if (existing) {
      errors.push({
        file,
        path: "id",
        message: `duplicate scenario id "${parsed.scenario.id}" (also in ${existing})`,
      });
      continue;
    }
    scenarios.set(parsed.scenario.id, parsed.scenario);
    files.set(parsed.scenario.id, file);
  }
  return { dir, scenarios, files, errors };
}

function load(): Loaded {
  const dir = scenariosDir();
  if (cache && cache.dir === dir) return cache;
  cache = loadScenarioDirectory(dir);
  // One line per skipped file: its first problem (later ones are often knock-on effects, such as the
  // several errors one YAML typo produces). `npm run scenarios:check` lists every problem.
  const byFile = new Map<string, ScenarioFileError[]>();
  for (const e of cache.errors) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  for (const errors of byFile.values()) {
    const more = errors.length - 1;
    const also =
      more > 0
        ? ` (and ${more} more problem${more === 1 ? "" : "s"}: run npm run scenarios:check to see them all)`
        : "";
    console.error(`[scenarios] skipped: ${formatScenarioError(errors[0]!)}${also}`);
  }
  return cache;
}

/** Every valid scenario, in id order. */
export function listScenarios(): ScenarioSummary[] {
  return [...load().scenarios.values()].sort((a, b) => a.id.localeCompare(b.id)).map(scenarioSummary);
}

/** The full scenario (including its rubric: server-side use only), or undefined. */
export function getScenario(id: string): Scenario | undefined {
  return load().scenarios.get(id);
}

/** Problems found in scenario files that were skipped. */
export function loadErrors(): ScenarioFileError[] {
  return [...load().errors];
}

/** The file a scenario was loaded from (relative to the working directory when possible). */
export function scenarioFile(id: string): string | undefined {
  return load().files.get(id);
}

/** Forgets the cache (tests, or after editing scenario files in development). */
export function reloadScenarios(): void {
  cache = null;
}
