/**
 * Validates every scenario file in the scenarios directory (default ./scenarios, or SCENARIOS_DIR)
 * and every playthrough in its playthroughs/ folder: schema, references, and each playthrough's
 * expected marks. Prints each problem with its file and field; exit code 1 on any problem.
 *
 *   npm run scenarios:check
 */
import fs from "node:fs";
import path from "node:path";
import {
  checkPlaythroughAgainstScenario,
  parsePlaythrough,
  runPlaythrough,
} from "../server/core/scenarios/playthrough";
import { formatScenarioError, type ScenarioFileError } from "../server/core/scenarios/scenario-file-errors";
import { loadScenarioDirectory, scenariosDir } from "../server/scenarios/scenario-registry";

const dir = scenariosDir();
const loaded = loadScenarioDirectory(dir);
const problems: ScenarioFileError[] = [...loaded.errors];
for (const [id, file] of loaded.files) console.log(`ok   ${file} (${id})`);

const ptDir = path.join(dir, "playthroughs");
const ptFiles = fs.existsSync(ptDir)
  ? fs
      .readdirSync(ptDir)
      .filter((f) => /\.ya?ml$/i.test(f))
      .sort()
  : [];
for (const name of ptFiles) {
  const full = path.join(ptDir, name);
  const rel = path.relative(process.cwd(), full).split(path.sep).join("/");
  const parsed = parsePlaythrough(rel, fs.readFileSync(full, "utf8"));
  if (!parsed.ok) {
    problems.push(...parsed.errors);
    continue;
  }
  const scenario = loaded.scenarios.get(parsed.playthrough.scenario);
  if (!scenario) {
    problems.push({
      file: rel,
      path: "scenario",
      message: `unknown or invalid scenario "${parsed.playthrough.scenario}"`,
    });
    continue;
  }
  const refErrors = checkPlaythroughAgainstScenario(rel, parsed.playthrough, scenario);
  if (refErrors.length) {
    problems.push(...refErrors);
    continue;
  }
  const run = runPlaythrough(rel, parsed.playthrough, scenario);
  if (run.errors.length) problems.push(...run.errors);
  else console.log(`ok   ${rel} (${run.report.totalPercent}%, ${run.report.band})`);
}

if (problems.length) {
  console.error("");
  console.error(`${problems.length} problem${problems.length === 1 ? "" : "s"}:`);
  for (const p of problems) console.error(`  ${formatScenarioError(p)}`);
  process.exit(1);
}
console.log(`\nAll ${loaded.scenarios.size} scenario(s) and ${ptFiles.length} playthrough(s) are valid.`);
