import { describe, expect, it } from "vitest";
import type { LearnerAction } from "./learner-actions";
import { criterionAfter, loadScenarioFile } from "./test-support";

// Joanne's fix told in a learner's own word order ("I've refunded you in full", independent tutor 14,
// session 50) is her full refund; a part refund told the same way is not.
describe("told-remedy (returns desk): Joanne's full refund in the learner's own words", () => {
  const desk = loadScenarioFile("complaint-returns-desk");
  const refund: LearnerAction = {
    type: "issue_remedy",
    customerRef: "CUS-5202",
    orderRef: "ORD-52021",
    sku: "FRT-MILK-CLOUD",
    kind: "refund",
  };
  const toJoanne = (text: string): LearnerAction => ({
    type: "send_message",
    customerRef: "CUS-5202",
    channel: "email",
    text,
  });
  const opening =
    "Hi Joanne, your frother has stopped heating again, the same fault we already repaired once. I'm sorry you've had to go through this twice.";

  it("counts 'I've refunded you in full' for Joanne", () => {
    const c = criterionAfter(
      desk,
      [
        refund,
        toJoanne(
          `${opening} I've refunded you in full to the card you paid with. Thank you for letting us know.`,
        ),
      ],
      "told-remedy",
    );
    expect(c.detail).not.toMatch(/Missed:[^.]*Joanne/);
  });

  it("does not count a refund that is not told as full", () => {
    const c = criterionAfter(
      desk,
      [refund, toJoanne(`${opening} I've refunded you part of the price. Thank you for letting us know.`)],
      "told-remedy",
    );
    expect(c.detail).toMatch(/Missed:[^.]*Joanne/);
  });
});
