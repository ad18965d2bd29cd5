import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { breachFamily, distinctBreaches, separateFailings } from "./breach-families";
import type { Frameworks } from "./scenario-schema";
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

  it("counts must-haves of one family that share an action as one failing, the same breach done again as another (session 40)", () => {
    const pecr: Frameworks = { legislation: ["UK GDPR / DPA 2018", "PECR"] };
    const ev = (...seqs: number[]) => seqs.map((seq) => ({ seq }));
    type Failed = { id: string; kind: string; frameworks: Frameworks; evidence: { seq: number }[] };
    const ids = (groups: { id: string }[][]) => groups.map((g) => g.map((c) => c.id));
    // Omar: consent laundered (seq 9), then one email (seq 10) read as marketing and as an opt-out
    // left to him.
    expect(
      ids(
        separateFailings<Failed>([
          { id: "marketing", kind: "absence", frameworks: pecr, evidence: ev(10) },
          { id: "laundering", kind: "absence", frameworks: pecr, evidence: ev(9) },
          { id: "opt-out", kind: "absence", frameworks: pecr, evidence: ev(10) },
        ]),
      ),
    ).toEqual([["marketing", "opt-out"], ["laundering"]]);
    // A criterion that shares an action with two groups joins them.
    expect(
      ids(
        separateFailings<Failed>([
          { id: "a", kind: "absence", frameworks: pecr, evidence: ev(1) },
          { id: "b", kind: "absence", frameworks: pecr, evidence: ev(2) },
          { id: "c", kind: "absence", frameworks: pecr, evidence: ev(1, 2) },
        ]),
      ),
    ).toEqual([["a", "c", "b"]]);
    // Three customers marketed to without consent, by three messages: three failings.
    expect(
      separateFailings<Failed>([
        { id: "a", kind: "absence", frameworks: pecr, evidence: ev(1) },
        { id: "b", kind: "absence", frameworks: pecr, evidence: ev(2) },
        { id: "c", kind: "absence", frameworks: pecr, evidence: ev(3) },
      ]),
    ).toHaveLength(3);
    // Another family reading the same action is another failing; a must-have with no family is its own.
    expect(
      separateFailings<Failed>([
        { id: "a", kind: "absence", frameworks: pecr, evidence: ev(1) },
        { id: "b", kind: "respect", frameworks: { rater: "empathy" }, evidence: ev(1) },
        { id: "c", kind: "unneeded_actions", frameworks: { rater: "reliability" }, evidence: ev(1) },
        { id: "d", kind: "unneeded_actions", frameworks: { rater: "reliability" }, evidence: ev(1) },
      ]),
    ).toHaveLength(4);
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
