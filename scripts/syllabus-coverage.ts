/**
 * `npm run syllabus:coverage`: prints, per syllabus code and per seed topic (syllabus/topics.yaml),
 * which scenario criteria assess it, and how fully. `-- --write` also replaces the table in README.md
 * (a unit test checks it is up to date). Exits non-zero if the topic map names an unknown scenario,
 * criterion or code, or claims a status its criteria cannot back.
 */
import fs from "node:fs";
import { syllabusCoverageMarkdown } from "../server/core/scenarios/syllabus-coverage";
import { topicMapErrors } from "../server/core/scenarios/syllabus-topics";
import { loadScenarioDirectory, scenariosDir } from "../server/scenarios/scenario-registry";
import { README_COVERAGE_END, README_COVERAGE_START } from "../server/scenarios/syllabus-readme";
import { loadSyllabusTopics } from "../server/scenarios/syllabus-topics-file";

const loaded = loadScenarioDirectory(scenariosDir());
for (const e of loaded.errors) console.error(`skipped ${e.file}: ${e.path}: ${e.message}`);
const scenarios = [...loaded.scenarios.values()];
const topics = loadSyllabusTopics();
const errors = topicMapErrors(topics, scenarios);
if (errors.length) {
  for (const e of errors) console.error(`syllabus/topics.yaml: ${e}`);
  process.exit(1);
}
const table = syllabusCoverageMarkdown(scenarios, topics);
console.log(table);
if (process.argv.includes("--write")) {
  const readme = fs.readFileSync("README.md", "utf8");
  const start = readme.indexOf(README_COVERAGE_START);
  const end = readme.indexOf(README_COVERAGE_END);
  if (start < 0 || end < start) throw new Error("README.md has no syllabus coverage markers");
  fs.writeFileSync(
    "README.md",
    `${readme.slice(0, start + README_COVERAGE_START.length)}\n${table}${readme.slice(end)}`,
  );
  console.log("README.md updated");
}
