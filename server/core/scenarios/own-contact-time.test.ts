import { describe, expect, it } from "vitest";
import type { LearnerAction } from "./learner-actions";
import { ourContactTimeAt } from "./own-contact-time";
import { normaliseText } from "./matching";
import { criterionAfter, loadScenarioFile } from "./test-support";

const at = (text: string, word: string) => {
  const norm = normaliseText(text);
  return ourContactTimeAt(norm, norm.indexOf(word));
};

describe("a time that belongs to our own later contact (own-contact-time.ts)", () => {
  it.each([
    ["I'll check in with you next week to see how you're getting on.", "next week"],
    ["It's on its way, and we'll be in touch on Friday.", "friday"],
    ["I'm going to call you on Monday to check.", "monday"],
  ])("reads %j", (text, word) => expect(at(text, word)).toBe(true));

  it.each([
    ["Your first bag will be with you by Thursday, and I'll check in next week.", "thursday"],
    ["It goes out by Tracked 48, so expect it next week.", "next week"],
    ["You'll get a text on Tuesday when it's out for delivery.", "tuesday"],
  ])("does not read %j", (text, word) => expect(at(text, word)).toBe(false));
});

describe("expectations-set (onboarding): a check-in's time is not a delivery date", () => {
  const onboarding = loadScenarioFile("onboarding-new-subscriber");
  const email = (text: string): LearnerAction => ({
    type: "send_message",
    customerRef: "CUS-3107",
    channel: "email",
    text,
  });
  it("is not met by 'as soon as possible' and a check-in next week", () => {
    const c = criterionAfter(
      onboarding,
      [
        email(
          "Hi Tomasz, welcome! I'll make sure your first bag reaches you as soon as possible, and I'll check in with you next week to see how you're getting on.",
        ),
      ],
      "expectations-set",
    );
    expect(c.status).toBe("not_met");
  });
  it("is met when the delivery day is told beside the check-in", () => {
    const c = criterionAfter(
      onboarding,
      [
        email(
          "Hi Tomasz, welcome! Your first bag is roasted on Monday and sent by Tracked 48, so it should be with you by Thursday, and I'll check in with you next week.",
        ),
      ],
      "expectations-set",
    );
    expect(c.status).toBe("met");
  });
});
