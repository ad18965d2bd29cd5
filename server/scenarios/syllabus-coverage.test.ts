/**
 * The syllabus coverage table: built from the shipped scenarios' criterion mappings, the gaps the
 * issue found (win-back's FA-4 assessed by the criterion that marks it; the complaint's follow-up no
 * longer claiming CR-3, which one survey does not assess), the seeds' topics mapped to criteria that
 * exist with a status they can back (syllabus/topics.yaml), and the README's copy of the table up to
 * date (`npm run syllabus:coverage -- --write`).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { syllabusCoverage, syllabusCoverageMarkdown } from "@/server/core/scenarios/syllabus-coverage";
import { SEED_TOPICS, SYLLABUS } from "@/server/core/scenarios/syllabus";
import { type SyllabusTopic, topicCounts, topicMapErrors } from "@/server/core/scenarios/syllabus-topics";
import { loadScenarioDirectory, scenariosDir } from "./scenario-registry";
import { README_COVERAGE_END, README_COVERAGE_START } from "./syllabus-readme";
import { loadSyllabusTopics } from "./syllabus-topics-file";

const loaded = loadScenarioDirectory(scenariosDir());
const scenarios = [...loaded.scenarios.values()];
const topics = loadSyllabusTopics();

describe("syllabus coverage", () => {
  it("lists, for each code, the criteria whose syllabus list names it", () => {
    const byCode = new Map(syllabusCoverage(scenarios).map((c) => [c.code, c.criteria]));
    expect([...byCode.keys()]).toEqual(SYLLABUS.map((s) => s.code));
    // Sending one survey neither evaluates satisfaction methods (CR-3) nor interprets metrics (FA-3).
    expect(byCode.get("CR-3")).not.toContain("complaint-faulty-kettle: follow-up");
    expect(byCode.get("FA-3")).not.toContain("complaint-faulty-kettle: follow-up");
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
      `\n${syllabusCoverageMarkdown(scenarios, topics)}`,
    );
  });
});

describe("seed topics (syllabus/topics.yaml)", () => {
  const with_ = (i: number, change: Partial<SyllabusTopic>): SyllabusTopic[] =>
    topics.map((t, j) => (j === i ? { ...t, ...change } : t));
  const first = topics.findIndex((t) => t.status === "full" && t.kind !== "marking_point");

  it("maps every topic to criteria that exist, with a status its criteria back", () => {
    expect(topicMapErrors(topics, scenarios)).toEqual([]);
  });

  it("fails on an unknown scenario, criterion or code, and on a status the criteria cannot back", () => {
    const id = topics[first]!.id;
    const at = `topics[${first}] (${id})`;
    const assessedBy = topics[first]!.assessedBy;
    expect(
      topicMapErrors(with_(first, { assessedBy: [...assessedBy, "no-such-scenario:x"] }), scenarios),
    ).toEqual([`${at}: unknown scenario "no-such-scenario" in "no-such-scenario:x"`]);
    expect(
      topicMapErrors(
        with_(first, { assessedBy: [...assessedBy, "complaint-faulty-kettle:no-such-criterion"] }),
        scenarios,
      ),
    ).toEqual([`${at}: scenario "complaint-faulty-kettle" has no criterion "no-such-criterion"`]);
    expect(topicMapErrors(with_(first, { codes: ["XX-9"] }), scenarios)).toEqual([
      `${at}: unknown syllabus code "XX-9"`,
    ]);
    expect(topicMapErrors(with_(first, { assessedBy: [] }), scenarios)).toEqual([
      `${at}: status "full" needs at least one criterion in assessedBy`,
    ]);
    expect(topicMapErrors(with_(first, { status: "absent", note: "nothing" }), scenarios)).toEqual([
      `${at}: status "absent" cannot list criteria (they assess it: "full" or "part")`,
    ]);
    expect(topicMapErrors(with_(first, { status: "part" }), scenarios)).toEqual([
      `${at}: status "part" needs a note (what is not checked, or where it is referenced)`,
    ]);
  });

  it("fails on a marking point whose criteria do not cite its code", () => {
    const i = topics.findIndex((t) => t.id === "internal-external-distinguish");
    expect(
      topicMapErrors(with_(i, { assessedBy: ["complaint-faulty-kettle:plain-english"] }), scenarios),
    ).toEqual([
      `topics[${i}] (internal-external-distinguish): none of its criteria cites REL-1 in its syllabus list`,
    ]);
  });

  it("has a marking point for every syllabus code, and counts every topic once", () => {
    const codes = new Set(topics.filter((t) => t.kind === "marking_point").flatMap((t) => t.codes));
    expect([...codes].sort()).toEqual(SYLLABUS.map((s) => s.code).sort());
    const n = topicCounts(topics);
    expect(n.full + n.part + n.reference + n.absent).toBe(topics.length);
    expect(new Set(topics.map((t) => t.id)).size).toBe(topics.length);
  });
});
