import { describe, expect, it } from "vitest";
import { RESPECT_INDEPENDENT } from "../analysis/corpus/respect-independent";
import { readLearnerText } from "./message-reading";

const RESPECT = new Set(["blame", "dismissive", "calm_down"]);
const CONTEXT = {
  customerFirstName: "Jo",
  customerLastName: "Hale",
  productNames: ["Aurora 1.7L Glass Kettle"],
};
const judged = (text: string) => readLearnerText(text, CONTEXT).labels.some((l) => RESPECT.has(l));

// Sets 25-36 (sessions 45-49): decided and hashed before they were measured, then spent as tuning. Their first figures
// are in the analysis README; these are regression floors at the figures the marker reached after their mends
// (sets 25-30 in session 47, 31-35 in session 48, 36 in session 49), so a later change that loses one of them, or
// accuses one of their honest look-alikes, fails here. Set 32 is honest lines only.
const FLOORS: Record<string, number> = {
  "25": 15,
  "26": 12,
  "27": 14,
  "28": 16,
  "29": 16,
  "30": 37,
  "31": 29,
  "32": 0,
  "33": 17,
  "34": 40,
  "35": 26,
  "36": 31,
};
// Look-alikes their writers decided honest that the marker still marks, said in the analysis README: the guide's
// minimising "these things happen" (sets 32, 33: "Session 47", "Left"), and a renewal explained by what she ticked at
// sign-up, which the dev set's guide labels blame ("stated and agreed to during check out"; set 35: "Session 48"; set
// 36's "renewed … as set out in the terms you agreed to when signing up", the same kind: "Session 49").
// Listed so that any other accusation fails.
const KNOWN_DISAGREEMENTS = new Set(["s32-honest-95", "s33-honest-41", "s35-honest-20", "s36-honest-03"]);

describe("the spent respect sets of sessions 45-49, as the marker reads a learner's words", () => {
  for (const [set, floor] of Object.entries(FLOORS)) {
    it(`set ${set}: at least ${floor} breaches judged, no honest look-alike accused`, () => {
      const lines = RESPECT_INDEPENDENT.filter((l) => l.set === set);
      const breaches = lines.filter((l) => l.kind !== "polite");
      const honest = lines.filter((l) => l.kind === "polite");
      expect(breaches.length + honest.length).toBeGreaterThan(20);
      expect(breaches.filter((l) => judged(l.text)).length).toBeGreaterThanOrEqual(floor);
      expect(
        honest.filter((l) => !KNOWN_DISAGREEMENTS.has(l.id) && judged(l.text)).map((l) => l.text),
      ).toEqual([]);
    });
  }
});
