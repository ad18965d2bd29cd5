/**
 * Which scenario criteria assess each syllabus code and each seed topic (`npm run syllabus:coverage`,
 * and the table in the README). A criterion assesses the codes in its `syllabus` list; the schema
 * check makes sure every code a learning outcome cites is among them, so this table is the honest map.
 */
import type { Scenario } from "./scenario-schema";
import { SEED_TOPICS, SYLLABUS } from "./syllabus";
import { type SyllabusTopic, topicCoverageMarkdown } from "./syllabus-topics";

export interface CodeCoverage {
  code: string;
  text: string;
  /** "scenario-id: criterion-id", in scenario then rubric order. */
  criteria: string[];
}

export function syllabusCoverage(scenarios: readonly Scenario[]): CodeCoverage[] {
  const sorted = [...scenarios].sort((a, b) => a.id.localeCompare(b.id));
  return SYLLABUS.map((s) => ({
    code: s.code,
    text: s.text,
    criteria: sorted.flatMap((sc) =>
      sc.rubric.filter((c) => c.syllabus?.includes(s.code)).map((c) => `${sc.id}: ${c.id}`),
    ),
  }));
}

const cell = (s: string) => s.replace(/\|/g, "\\|");

/**
 * The Markdown tables: per code, per seed file (criteria counted once per file), then per topic and
 * marking point of the seeds (syllabus/topics.yaml) with how fully each is assessed.
 */
export function syllabusCoverageMarkdown(
  scenarios: readonly Scenario[],
  topics: readonly SyllabusTopic[],
): string {
  const byCode = syllabusCoverage(scenarios);
  const lines = [
    "| Code | Assessment criterion | Assessed by (scenario: criterion) |",
    "| --- | --- | --- |",
    ...byCode.map(
      (c) =>
        `| ${c.code} | ${cell(c.text)} | ${c.criteria.length ? c.criteria.map((x) => `\`${x}\``).join(", ") : "**not assessed yet**"} |`,
    ),
    "",
    "| Seed | Topic | Codes | Criteria assessing it | Scenarios |",
    "| --- | --- | --- | --- | --- |",
    ...SEED_TOPICS.map((t) => {
      const criteria = new Set(byCode.filter((c) => t.codes.includes(c.code)).flatMap((c) => c.criteria));
      const scenarioIds = new Set([...criteria].map((c) => c.split(":")[0]).sort());
      const unassessed = byCode.filter((c) => t.codes.includes(c.code) && c.criteria.length === 0);
      return `| ${t.seed} | ${cell(t.topic)} | ${t.codes.join(", ")}${unassessed.length ? ` (not assessed: ${unassessed.map((c) => c.code).join(", ")})` : ""} | ${criteria.size} | ${[...scenarioIds].join(", ") || "none"} |`;
    }),
  ];
  return `${lines.join("\n")}\n\n${topicCoverageMarkdown(topics)}`;
}
