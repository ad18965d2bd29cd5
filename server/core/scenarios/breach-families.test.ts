import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { breachFamily, distinctBreaches } from "./breach-families";
import { loadScenarioFile, SCENARIOS_DIR } from "./test-support";

describe("breach families", () => {
  it("reads the family from the respect gate, then the most specific law", () => {
    expect(breachFamily({ kind: "respect", frameworks: { rater: "empathy" } })).toBe("respect");
    expect(breachFamily({ kind: "absence", frameworks: { legislation: ["Consumer Rights Act 2015"] } })).toBe(
      "consumer rights",
    );
    expect(
      breachFamily({ kind: "absence", frameworks: { legislation: ["UK GDPR / DPA 2018", "PECR"] } }),
    ).toBe("marketing consent");
    expect(breachFamily({ kind: "absence", frameworks: { legislation: ["UK GDPR / DPA 2018"] } })).toBe(
      "personal data",
    );
    expect(breachFamily({ kind: "confidentiality", frameworks: { rater: "assurance" } })).toBe(
      "personal data",
    );
    expect(breachFamily({ kind: "unneeded_actions", frameworks: { rater: "reliability" } })).toBeNull();
  });

  it("groups criteria of one family together", () => {
    const found = distinctBreaches([
      { id: "a", kind: "action", frameworks: { legislation: ["Consumer Rights Act 2015"] } },
      { id: "b", kind: "absence", frameworks: { legislation: ["Consumer Rights Act 2015"] } },
      { id: "c", kind: "respect", frameworks: { rater: "empathy" } },
      { id: "d", kind: "unneeded_actions", frameworks: { rater: "reliability" } },
    ]);
    expect(found.map((b) => [b.family, b.criteria.map((c) => c.id)])).toEqual([
      ["consumer rights", ["a", "b"]],
      ["respect", ["c"]],
    ]);
  });

  it("every must-have in the shipped scenarios that cites a law or is the respect gate has a family", () => {
    const ids = fs
      .readdirSync(SCENARIOS_DIR)
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => f.replace(/\.yaml$/, ""));
    expect(ids.length).toBeGreaterThanOrEqual(10);
    for (const file of ids) {
      const scenario = loadScenarioFile(file);
      for (const c of scenario.rubric) {
        if (!c.capBandIfNotMet || c.capBandIfNotMet === "Merit") continue;
        if (c.kind === "respect" || c.frameworks.legislation)
          expect(breachFamily(c), `${file} ${c.id}`).not.toBeNull();
      }
    }
  });
});
