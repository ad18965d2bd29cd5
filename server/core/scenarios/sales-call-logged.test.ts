/**
 * A sales call logged as made (log_call, outbound) is a live marketing call: to a number on the TPS, or to
 * someone who objected, it breaks PECR reg 21(1)-(4) (runtime.ts; the retention scenarios' marketing
 * gates). Session 50: tutor 13's win-back-lapsed-customers-t13-error rang Grace's TPS landline with the
 * win-back offer and left a voicemail; the call went unmarked and the attempt ran Pass (decided Fail).
 */
import { describe, expect, it } from "vitest";
import type { LearnerAction } from "./learner-actions";
import { criterionAfter, loadScenarioFile } from "./test-support";

const winBack = loadScenarioFile("win-back-lapsed-customers");
const loyalty = loadScenarioFile("loyalty-silent-defection");
// Absence gates read "not met" when nothing at all was sent (by design), so every attempt here also
// sends one lawful, personal offer.
const helenEmail: LearnerAction = {
  type: "send_message",
  customerRef: "CUS-4101",
  channel: "email",
  text: "Hi Helen, you told us our Espresso Roast was the best you'd found. Here's 15% off your next bag. To stop getting offers, just reply \"stop\".",
};
const priyaEmail: LearnerAction = {
  type: "send_message",
  customerRef: "CUS-8101",
  channel: "email",
  text: 'Hi Priya, thank you for nearly two years of Espresso Roast orders. Here\'s double points on your next one. To stop getting offers, just reply "stop".',
};
const call = (customerRef: string, summary: string): LearnerAction => ({
  type: "log_call",
  customerRef,
  direction: "outbound",
  summary,
});

describe("a logged outbound sales call (PECR reg 21)", () => {
  it("fails win-back's marketing gate when the number is on the TPS (Grace)", () => {
    const c = criterionAfter(
      winBack,
      [
        helenEmail,
        { type: "view_record", customerRef: "CUS-4103" },
        call(
          "CUS-4103",
          "Rang Grace's landline to offer 15% off her next order of House Blend. No answer, left a voicemail explaining the offer.",
        ),
      ],
      "marketing-consent",
    );
    expect(c.status).toBe("not_met");
    expect(c.detail).toMatch(/sales call to Grace Whitfield/);
  });

  it("fails loyalty's marketing gate for Eleanor, who objected to all marketing", () => {
    const c = criterionAfter(
      loyalty,
      [
        priyaEmail,
        call(
          "CUS-8104",
          "Phoned Eleanor to offer 10% off her next order as a thank-you. She did not answer.",
        ),
      ],
      "marketing-lawful",
    );
    expect(c.status).toBe("not_met");
  });

  it("leaves a lawful live sales call alone (Helen: not on the TPS, no objection)", () => {
    const c = criterionAfter(
      winBack,
      [
        helenEmail,
        call(
          "CUS-4101",
          "Rang Helen to offer 15% off her next bag of Espresso Roast. She'll think about it.",
        ),
      ],
      "marketing-consent",
    );
    expect(c.status).toBe("met");
  });

  it("does not read a call that sells nothing, even to a TPS number", () => {
    const c = criterionAfter(
      winBack,
      [
        helenEmail,
        call("CUS-4103", "Grace rang back about her letter; confirmed we will keep writing in large print."),
      ],
      "marketing-consent",
    );
    expect(c.status).toBe("met");
  });
});
