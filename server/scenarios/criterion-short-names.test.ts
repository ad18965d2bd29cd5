import { describe, expect, it } from "vitest";
import { criterionShortName } from "@/server/core/scenarios/criterion-names";
import { loadScenarioDirectory } from "./scenario-registry";

describe("short criterion names of the shipped scenarios", () => {
  it("are short and distinct within each scenario (they head the results grid's columns)", () => {
    const { scenarios } = loadScenarioDirectory("scenarios");
    expect(scenarios.size).toBeGreaterThan(2);
    for (const scenario of scenarios.values()) {
      const names = scenario.rubric.map((c) => criterionShortName(c));
      expect(new Set(names).size, scenario.id).toBe(names.length);
      for (const n of names) expect(n.length, `${scenario.id}: ${n}`).toBeLessThanOrEqual(28);
      // A name read from an id would leave a customer's name in lower case: those set their own.
      for (const n of names)
        expect(n, `${scenario.id}: ${n}`).not.toMatch(/\b(ravi|joanne|priya|tomasz|david)\b/);
    }
  });
});
