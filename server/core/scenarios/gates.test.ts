/**
 * Gates (criteria worth no points that cap the band): the rule, and how the report's framework
 * summary counts them apart from points, so a framework whose only criterion is a gate does not read
 * "0 / 0".
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isGate, withGateFlags } from "./gates";
import { parsePlaythrough, runPlaythrough } from "./playthrough";
import { frameworkTags } from "./scoring";
import { SCENARIOS_DIR, loadScenarioFile, playthroughFile } from "./test-support";

function report(file: string) {
  const parsed = parsePlaythrough(
    file,
    fs.readFileSync(path.join(SCENARIOS_DIR, "playthroughs", file), "utf8"),
  );
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return runPlaythrough(file, parsed.playthrough, loadScenarioFile(parsed.playthrough.scenario)).report;
}

describe("gates", () => {
  it("is a criterion worth no points that caps the band", () => {
    expect(isGate({ weight: 0, capBandIfNotMet: "Pass" })).toBe(true);
    expect(isGate({ weight: 0, capBandIfNotMet: null })).toBe(false);
    expect(isGate({ weight: 6, capBandIfNotMet: "Pass" })).toBe(false);
  });

  it("are flagged on each criterion of a report as screens receive it, old reports included", () => {
    const stored = {
      band: "Pass",
      criteria: [
        { id: "a", weight: 0, capBandIfNotMet: "Fail" },
        { id: "b", weight: 6 },
      ],
    };
    const shown = withGateFlags(stored);
    expect(shown.criteria.map((c) => [c.id, c.gate])).toEqual([
      ["a", true],
      ["b", false],
    ]);
    expect(shown.band).toBe("Pass");
    expect(stored.criteria[0]).not.toHaveProperty("gate");
  });

  it("are counted apart in the framework summary, failed or held", () => {
    const gdpr = (file: string) => {
      const r = report(file);
      const confidentiality = r.criteria.find((c) => c.id === "confidentiality")!;
      expect(isGate(confidentiality), file).toBe(true);
      const [framework, tag] = frameworkTags(confidentiality.frameworks)[0]!;
      return r.frameworkSummary.find((f) => f.framework === framework && f.tag === tag)!;
    };
    const swapped = gdpr("returns-replies-swapped.yaml");
    expect(swapped.gates).toBeGreaterThanOrEqual(1);
    expect(swapped.gatesFailed).toBeGreaterThanOrEqual(1);
    const model = gdpr("returns-model.yaml");
    expect(model.gates).toBe(swapped.gates);
    expect(model.gatesFailed).toBe(0);
  });
});

describe("an offer gate's report says why the offer went beyond the policy", () => {
  it("names the offer reader's reason, not only that a message did it", () => {
    const gate = report("win-back-r13-fifteen-off-three-orders.yaml").criteria.find(
      (c) => c.id === "offer-within-policy",
    )!;
    expect(gate.status).toBe("not_met");
    expect(gate.detail).toMatch(
      /^\d+ actions? did this: .*beyond the policy: 15% off "[^"]+": the policy gives it on the next order only/,
    );
  });
});

describe("loyalty: a campaign with nothing recorded is not a Distinction", () => {
  it("caps the model's messages with no note, call log or case at Merit, and leaves the model alone", () => {
    const { actions, run } = playthroughFile("loyalty-model.yaml");
    const wordsOnly = run(
      actions.filter((a) => !["add_note", "log_call", "open_case", "create_task"].includes(a.type)),
    );
    expect(wordsOnly.criteria.find((c) => c.id === "contacts-recorded")!.status).toBe("not_met");
    expect(wordsOnly.uncappedBand).toBe("Distinction");
    expect(wordsOnly.band).toBe("Merit");
    expect(run(actions).band).toBe("Distinction");
  });
});
