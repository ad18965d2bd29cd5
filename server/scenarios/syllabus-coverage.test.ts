/**
 * The syllabus coverage table: built from the shipped scenarios' criterion mappings, the two gaps the
 * issue found (the complaint's CR-3, win-back's FA-4) assessed by the criteria that mark them, and the
 * README's copy of the table up to date (`npm run syllabus:coverage -- --write`).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { syllabusCoverage, syllabusCoverageMarkdown } from "@/server/core/scenarios/syllabus-coverage";
import { SEED_TOPICS, SYLLABUS } from "@/server/core/scenarios/syllabus";
import { loadScenarioDirectory, scenariosDir } from "./scenario-registry";
import { README_COVERAGE_END, README_COVERAGE_START } from "./syllabus-readme";

const loaded = loadScenarioDirectory(scenariosDir());
const scenarios = [...loaded.scenarios.values()];

describe("syllabus coverage", () => {
  it("lists, for each code, the criteria whose syllabus list names it", () => {
    const byCode = new Map(syllabusCoverage(scenarios).map((c) => [c.code, c.criteria]));
    expect([...byCode.keys()]).toEqual(SYLLABUS.map((s) => s.code));
    expect(byCode.get("CR-3")).toContain("complaint-faulty-kettle: follow-up");
    expect(byCode.get("FA-4")).toContain("win-back-lapsed-customers: targeted-lapsed-customers");
    expect(byCode.get("REL-1")).toContain("internal-customer-lost-parcel: internal-customer-explained");
  });

  it("has every code an outcome cites assessed by a criterion of the same scenario", () => {
    const unassessed = scenarios.flatMap((s) =>
      s.learningOutcomes.flatMap((lo) =>
        lo.syllabus
          .filter((code) => !s.rubric.some((c) => c.syllabus?.includes(code)))
          .map((code) => `${s.id}: ${code}`),
      ),
    );
    expect(unassessed).toEqual([]);
  });

  it("covers every seed topic's codes once", () => {
    const codes = SEED_TOPICS.flatMap((t) => t.codes);
    expect([...codes].sort()).toEqual(SYLLABUS.map((s) => s.code).sort());
  });

  it("is the table in README.md (run `npm run syllabus:coverage -- --write` after changing a mapping)", () => {
    const readme = fs.readFileSync(path.join(process.cwd(), "README.md"), "utf8");
    const start = readme.indexOf(README_COVERAGE_START);
    const end = readme.indexOf(README_COVERAGE_END);
    expect(start).toBeGreaterThan(0);
    expect(readme.slice(start + README_COVERAGE_START.length, end)).toBe(
      `\n${syllabusCoverageMarkdown(scenarios)}`,
    );
  });
});
