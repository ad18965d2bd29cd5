/**
 * Runs a playthrough through the scenario engine and prints the marked report.
 *
 *   npm run scenario:play -- <scenario-id-or-file> <playthrough-file> [--json]
 *
 * e.g. npm run scenario:play -- complaint-faulty-kettle scenarios/playthroughs/complaint-model.yaml
 * Exit code 1 if the scenario or playthrough is invalid, an action is refused, or an expectation in
 * the playthrough's `expect` section does not hold.
 */
import fs from "node:fs";
import path from "node:path";
import {
  checkPlaythroughAgainstScenario,
  parsePlaythrough,
  runPlaythrough,
} from "../server/core/scenarios/playthrough";
import { formatReportText } from "../server/core/scenarios/report-text";
import { formatScenarioError } from "../server/core/scenarios/scenario-file-errors";
import { parseScenario } from "../server/core/scenarios/scenario-parser";
import type { Scenario } from "../server/core/scenarios/scenario-schema";
import { loadScenarioDirectory, scenariosDir } from "../server/scenarios/scenario-registry";

function fail(lines: string[]): never {
  for (const l of lines) console.error(l);
  process.exit(1);
}

const args = process.argv.slice(2);
const json = args.includes("--json");
const [scenarioArg, playthroughArg] = args.filter((a) => a !== "--json");
if (!scenarioArg || !playthroughArg) {
  fail(["Usage: npm run scenario:play -- <scenario-id-or-file> <playthrough-file> [--json]"]);
}

let scenario: Scenario;
if (fs.existsSync(scenarioArg) && fs.statSync(scenarioArg).isFile()) {
  const parsed = parseScenario(
    path.relative(process.cwd(), scenarioArg) || scenarioArg,
    fs.readFileSync(scenarioArg, "utf8"),
  );
  if (!parsed.ok) fail(parsed.errors.map(formatScenarioError));
  scenario = parsed.scenario;
} else {
  const loaded = loadScenarioDirectory(scenariosDir());
  const found = loaded.scenarios.get(scenarioArg);
  if (!found) {
    fail([
      `No valid scenario "${scenarioArg}" in ${loaded.dir}.`,
      `Known: ${[...loaded.scenarios.keys()].join(", ") || "(none)"}`,
      ...loaded.errors.map(formatScenarioError),
    ]);
  }
  scenario = found;
}

if (!fs.existsSync(playthroughArg)) fail([`Playthrough file not found: ${playthroughArg}`]);
const ptFile = path.relative(process.cwd(), playthroughArg) || playthroughArg;
const pt = parsePlaythrough(ptFile, fs.readFileSync(playthroughArg, "utf8"));
if (!pt.ok) fail(pt.errors.map(formatScenarioError));
const refErrors = checkPlaythroughAgainstScenario(ptFile, pt.playthrough, scenario);
if (pt.playthrough.scenario !== scenario.id) {
  refErrors.unshift({
    file: ptFile,
    path: "scenario",
    message: `is "${pt.playthrough.scenario}" but you ran it against "${scenario.id}"`,
  });
}
if (refErrors.length) fail(refErrors.map(formatScenarioError));

const run = runPlaythrough(ptFile, pt.playthrough, scenario);
if (json) {
  console.log(JSON.stringify({ report: run.report, errors: run.errors }, null, 2));
} else {
  console.log(`Playthrough: ${ptFile}`);
  console.log(pt.playthrough.description.trim());
  console.log("");
  console.log(
    formatReportText(run.report, process.stdout.columns ? Math.min(process.stdout.columns, 110) : 100),
  );
  if (run.errors.length) {
    console.log("");
    console.log("Playthrough expectations NOT met:");
    for (const e of run.errors) console.log(`  ${formatScenarioError(e)}`);
  } else {
    console.log("");
    console.log("All playthrough expectations met.");
  }
}
process.exit(run.errors.length ? 1 : 0);
