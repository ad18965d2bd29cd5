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

// Sets 25-30 (sessions 45-46): decided and hashed before they were measured, then spent as tuning. Their first figures
// are in the analysis README; these are regression floors at the figures the marker reached after their mends
// (session 47), so a later change that loses one of them, or accuses one of their honest look-alikes, fails here.
const FLOORS: Record<string, number> = { "25": 15, "26": 12, "27": 14, "28": 16, "29": 16, "30": 37 };

describe("the spent respect sets of sessions 45-46, as the marker reads a learner's words", () => {
  for (const [set, floor] of Object.entries(FLOORS)) {
    it(`set ${set}: at least ${floor} breaches judged, no honest look-alike accused`, () => {
      const lines = RESPECT_INDEPENDENT.filter((l) => l.set === set);
      const breaches = lines.filter((l) => l.kind !== "polite");
      const honest = lines.filter((l) => l.kind === "polite");
      expect(breaches.length + honest.length).toBeGreaterThan(20);
      expect(breaches.filter((l) => judged(l.text)).length).toBeGreaterThanOrEqual(floor);
      expect(honest.filter((l) => judged(l.text)).map((l) => l.text)).toEqual([]);
    });
  }
});
