import { describe, expect, it } from "vitest";
import type { LearnerAction } from "./learner-actions";
import { scoreAttempt } from "./scoring";
import { START, loadScenarioFile, play } from "./test-support";

const onboarding = loadScenarioFile("onboarding-new-subscriber");
const criterion = (actions: LearnerAction[], id: string) =>
  scoreAttempt(onboarding, play(onboarding, actions, START).events, START).criteria.find((c) => c.id === id)!;
const email = (text: string): LearnerAction => ({
  type: "send_message",
  customerRef: "CUS-3107",
  channel: "email",
  text,
});
const right = email(
  "Hi Tomasz, as you have no grinder we'll send your beans coarse ground for your cafetière.",
);

describe("an answer taken back by a later wrong answer (evalMessage, retractedAnswer)", () => {
  it("is not met when a later message answers the same question wrongly, and names both messages", () => {
    const c = criterion(
      [
        right,
        email("Sorry, a correction: subscription beans always go out whole, so you'll need a grinder."),
      ],
      "first-contact-resolution",
    );
    expect(c.status).toBe("not_met");
    expect(c.detail).toMatch(/took it back with a wrong answer \("go out whole"\)/);
  });

  it("stays met when the later message repeats or does not touch the answer", () => {
    expect(
      criterion([right, email("Your first bag is roasted on Monday.")], "first-contact-resolution").status,
    ).toBe("met");
    expect(
      criterion(
        [right, email("To confirm: coarse ground, never whole, as you have no grinder.")],
        "first-contact-resolution",
      ).status,
    ).toBe("met");
  });
});

const review = loadScenarioFile("monthly-service-review");
const followup = (actions: LearnerAction[]) =>
  scoreAttempt(review, play(review, actions, START).events, START).criteria.find(
    (c) => c.id === "detractor-followup",
  )!;
const to = (customerRef: string, name: string): LearnerAction => ({
  type: "send_message",
  customerRef,
  channel: "email",
  text: `Dear ${name},\n\nI'm sorry that your first order with us, the Burr Pro grinder, arrived four days late and was left with a neighbour you'd never met. The courier's late deliveries are now being reviewed.\n\nSam`,
});

describe("personal messages asked for, and another in scope was someone else's letter (evalAction, missentMessage)", () => {
  it("one careful letter is met; the same letter re-sent to another detractor with the name changed makes it partly", () => {
    expect(followup([to("CUS-8702", "Gareth")]).status).toBe("met");
    const c = followup([to("CUS-8702", "Gareth"), to("CUS-8703", "Mei")]);
    expect(c.status).toBe("partly");
    expect(c.detail).toMatch(/Mei Chen .*with the name changed/);
  });
});

describe("a wrong expectation is not an expectation (onboarding's delivery question, round 5)", () => {
  it("'your first bag will arrive on Monday' (roasted Monday, Tracked 48) is not met; the real timing is", () => {
    expect(
      criterion([email("Hi Tomasz, your first bag will arrive on Monday.")], "expectations-set").status,
    ).toBe("not_met");
    expect(
      criterion(
        [
          email(
            "Hi Tomasz, your first bag is roasted on Monday and should be with you by the end of next week.",
          ),
        ],
        "expectations-set",
      ).status,
    ).toBe("met");
  });
});
