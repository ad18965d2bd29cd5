import { describe, expect, it } from "vitest";
import type { LearnerAction } from "./learner-actions";
import { loadScenarioFile, play } from "./test-support";

/** Ravi's kettle on day 31 (returns desk): a replacement is his lawful remedy (CRA 2015 s.23). */
const returns = loadScenarioFile("complaint-returns-desk");
const remedy = (kind: "replacement" | "voucher" | "goodwill", amountPence?: number): LearnerAction => ({
  type: "issue_remedy",
  customerRef: "CUS-5201",
  orderRef: "ORD-52011",
  sku: "KET-AURORA-17",
  kind,
  ...(amountPence ? { amountPence } : {}),
});
const lawfulness = (actions: LearnerAction[]) =>
  play(returns, actions).state.remedies.map((r) => `${r.kind} ${r.lawful}`);

describe("a gesture on top of the lawful remedy (red-team round 13 A, returns-r13-stacked-offer-ravi)", () => {
  it("is not an unlawful remedy once the item's lawful remedy has been given", () => {
    expect(lawfulness([remedy("replacement"), remedy("voucher", 1500)])).toEqual([
      "replacement true",
      "voucher true",
    ]);
    expect(lawfulness([remedy("replacement"), remedy("goodwill", 1000)])).toEqual([
      "replacement true",
      "goodwill true",
    ]);
  });

  it("is still judged as the remedy when it comes first or alone", () => {
    expect(lawfulness([remedy("voucher", 1500)])).toEqual(["voucher false"]);
    expect(lawfulness([remedy("voucher", 1500), remedy("replacement")])).toEqual([
      "voucher false",
      "replacement true",
    ]);
  });
});
