/**
 * Every playthrough in scenarios/playthroughs/ runs through the same engine and scoring as a real
 * attempt, and must get exactly the marks (criteria, band, customer state) it expects.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkPlaythroughAgainstScenario, parsePlaythrough, runPlaythrough } from "./playthrough";
import { formatScenarioError } from "./scenario-file-errors";
import { SCENARIOS_DIR, loadScenarioFile } from "./test-support";

const dir = path.join(SCENARIOS_DIR, "playthroughs");
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".yaml"))
  .sort();

describe("playthroughs", () => {
  it("there is a model and at least two flawed playthroughs per scenario", () => {
    const byScenario = new Map<string, string[]>();
    for (const f of files) {
      const p = parsePlaythrough(f, fs.readFileSync(path.join(dir, f), "utf8"));
      if (!p.ok) continue;
      byScenario.set(p.playthrough.scenario, [...(byScenario.get(p.playthrough.scenario) ?? []), f]);
    }
    for (const id of [
      "onboarding-new-subscriber",
      "complaint-faulty-kettle",
      "win-back-lapsed-customers",
      "complaint-returns-desk",
    ]) {
      const list = byScenario.get(id) ?? [];
      expect(list.length, id).toBeGreaterThanOrEqual(3);
      expect(
        list.some((f) => f.includes("model")),
        id,
      ).toBe(true);
    }
  });

  it("each scenario has the six gaming and phrasing regression attempts", () => {
    for (const prefix of ["onboarding", "complaint", "win-back", "returns"]) {
      for (const kind of [
        "stuffing",
        "template-reuse",
        "pasted-wall",
        "every-button",
        "rude-but-correct",
        "own-words",
      ]) {
        expect(files, `${prefix}-${kind}`).toContain(`${prefix}-${kind}.yaml`);
      }
    }
  });

  it.each(files)("%s gets the marks it expects", (file) => {
    const rel = `scenarios/playthroughs/${file}`;
    const parsed = parsePlaythrough(rel, fs.readFileSync(path.join(dir, file), "utf8"));
    if (!parsed.ok) throw new Error(parsed.errors.map(formatScenarioError).join("\n"));
    const scenario = loadScenarioFile(parsed.playthrough.scenario);
    expect(
      checkPlaythroughAgainstScenario(rel, parsed.playthrough, scenario).map(formatScenarioError),
    ).toEqual([]);
    const run = runPlaythrough(rel, parsed.playthrough, scenario);
    expect(run.errors.map(formatScenarioError)).toEqual([]);
    // Model answers earn a Distinction with every criterion met.
    if (file.includes("model")) {
      expect(run.report.band).toBe("Distinction");
      // (Answers to reasoning prompts await the tutor: no machine mark either way, so not counted here.)
      expect(
        run.report.criteria.filter((c) => c.status !== "met" && !c.awaitingTutor).map((c) => c.id),
      ).toEqual([]);
      const awaiting = run.report.criteria.filter((c) => c.awaitingTutor);
      expect(awaiting.every((c) => c.kind === "tutor_marked")).toBe(true);
    }
  });

  it("reports a broken playthrough naming the file and the field", () => {
    const bad = parsePlaythrough(
      "scenarios/playthroughs/bad.yaml",
      "scenario: complaint-faulty-kettle\ndescription: x\nactions:\n  - { type: send_message, customerRef: CUS-2041, channel: pigeon, text: hi }\nexpect: {}\n",
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(formatScenarioError(bad.errors[0]!)).toMatch(
        /^scenarios\/playthroughs\/bad\.yaml: actions\[0\]\.channel: /,
      );
  });
});
