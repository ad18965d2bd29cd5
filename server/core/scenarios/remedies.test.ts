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

/**
 * Linda's espresso machine after its failed repair (repeat-fault call), moved to the edge of the
 * six months: no deduction for use if she rejects it within six months beginning with the day AFTER
 * delivery, judged on the day she rejects (CRA 2015 s.24(10)-(11)), not the presumption's six
 * months from the day of delivery (s.19(14)) nor the day she first reported the fault.
 */
describe("the no-deduction six months are judged on the day she rejects (CRA 2015 s.24(10)-(11))", () => {
  const base = loadScenarioFile("complaint-repeat-fault-call");
  const linda = (
    deliveredDaysAgo: number,
    fault: { reportedDaysAgo: number; requestedRemedy?: "refund" },
  ) => {
    const s = structuredClone(base);
    const order = s.customers.find((c) => c.ref === "CUS-7101")!.orders.find((o) => o.ref === "ORD-71001")!;
    order.deliveredDaysAgo = { daysAgo: deliveredDaysAgo };
    order.placedDaysAgo = { daysAgo: deliveredDaysAgo + 2 };
    const f = s.faults.find((x) => x.orderRef === "ORD-71001")!;
    f.reportedDaysAgo = { daysAgo: fault.reportedDaysAgo };
    f.requestedRemedy = fault.requestedRemedy;
    return s;
  };
  const partialRefund: LearnerAction = {
    type: "issue_remedy",
    customerRef: "CUS-7101",
    orderRef: "ORD-71001",
    sku: "ESP-CREMA-DUO",
    kind: "refund",
    amountPence: 1000,
  };
  const judged = (s: ReturnType<typeof linda>) => play(s, [partialRefund]).state.remedies[0]!.lawful;

  it("delivered 12 May, rejected 12 November: still inside (the presumption ended on 11 November)", () => {
    expect(judged(linda(184, { reportedDaysAgo: 0, requestedRemedy: "refund" }))).toBe(false);
    expect(judged(linda(185, { reportedDaysAgo: 0, requestedRemedy: "refund" }))).toBe(true);
  });

  it("asked for her money back when she reported it inside the six months: no deduction now", () => {
    // Delivered 6 May 2026 (the six months end on 6 November); reported 4 November.
    expect(judged(linda(190, { reportedDaysAgo: 8, requestedRemedy: "refund" }))).toBe(false);
    // Reported then without choosing: she rejects when she takes this refund, today, after them.
    expect(judged(linda(190, { reportedDaysAgo: 8 }))).toBe(true);
  });
});
