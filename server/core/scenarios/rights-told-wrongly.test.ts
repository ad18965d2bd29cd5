import { describe, expect, it } from "vitest";
import type { LearnerAction } from "./learner-actions";
import { criterionAfter, loadScenarioFile } from "./test-support";

// Ravi told he is still within the 30 days (he is not: CRA 2015 s.22(3)) and left so caps at Pass; three
// independent tutors marked it so (session 50). Reported back, corrected, or another period named wrongly
// with the right conclusion is not capped.
describe("ravi-dates-explained (returns desk): his rights told wrongly and left standing", () => {
  const desk = loadScenarioFile("complaint-returns-desk");
  const refund: LearnerAction = {
    type: "issue_remedy",
    customerRef: "CUS-5201",
    orderRef: "ORD-52011",
    sku: "KET-AURORA-17",
    kind: "refund",
  };
  const toRavi = (text: string): LearnerAction => ({
    type: "send_message",
    customerRef: "CUS-5201",
    channel: "email",
    text,
  });
  const dates = (actions: LearnerAction[]) => criterionAfter(desk, actions, "ravi-dates-explained");

  it("caps at Pass when he is told he is still within the 30 days", () => {
    const c = dates([
      refund,
      toRavi(
        "Hi Ravi, sorry your kettle won't heat. You're still within the 30 days, so I've refunded it in full.",
      ),
    ]);
    expect(c.status).toBe("not_met");
    expect(c.capBandIfNotMet).toBe("Pass");
    expect(c.detail).toMatch(/told Ravi Mistry their rights wrongly \("[^"]*within the 30/);
    // A learner's shorter wording (independent tutor 15, session 50).
    const short = dates([
      refund,
      toRavi("Sorry about the kettle. Yes you're still in your 30 days so we have done a full refund."),
    ]);
    expect(short.capBandIfNotMet).toBe("Pass");
  });

  it("does not cap his own claim reported back and put right", () => {
    const c = dates([
      toRavi(
        "Hi Ravi, I know you said you're within the 30 days, so I checked: it arrived at 21:40 on day 0, so the 30 days ended at midnight last night. I've arranged a replacement.",
      ),
    ]);
    expect(c.status).toBe("met");
  });

  it("does not cap a wrong claim corrected in a later message", () => {
    const c = dates([
      refund,
      toRavi("Hi Ravi, you're still within the 30 days, so I've refunded it."),
      toRavi(
        "Sorry Ravi, correction: I got that wrong. The 30 days ended at midnight last night; we've refunded you anyway.",
      ),
    ]);
    expect(c.capBandIfNotMet).toBeNull();
  });

  it("does not cap another period named wrongly with the right conclusion", () => {
    const c = dates([
      toRavi("Hi Ravi, your 14-day returns period has ended, so I've arranged a replacement kettle."),
    ]);
    expect(c.status).toBe("not_met");
    expect(c.capBandIfNotMet).toBeNull();
  });
});
