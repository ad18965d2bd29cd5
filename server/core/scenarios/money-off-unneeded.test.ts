import { describe, expect, it } from "vitest";
import type { LearnerAction } from "./learner-actions";
import { moneyOffOffered } from "./offer-terms";
import { scoreState } from "./scoring";
import { loadScenarioFile, play } from "./test-support";

/**
 * Round 31's held-out misses (service-review-r31-ten-percent-to-everyone, loyalty-r31-all-seven-same-offer),
 * mended by kind after they were spent as a held-out measure, with the lead's decision: money off offered in a
 * message to a customer with nothing to put right is an unneeded remedy, as issuing one is, counted once per
 * customer. Goodwill is discretion for a customer the business let down (the statutory remedies are CRA 2015
 * ss.19-24); given to everyone it is not service recovery (RATER reliability). A follow-up task or a note on
 * every record is record-keeping, not an unneeded action. Fresh sentences, not the held-out files' words.
 */
describe("moneyOffOffered: money off offered in a message", () => {
  it("reads a percentage, a sum, a voucher or a discount code offered", () => {
    for (const text of [
      "Lovely to hear from you. Enjoy 15% off whatever you fancy next, just use SUNNY15 at checkout.",
      "As a little thank-you, there's a £5 voucher waiting in your account.",
      "Pop the code CHEERS20 in at the till for a discount on your next bag.",
      "We'd like to give you some money off your next order.",
    ])
      expect(moneyOffOffered(text), text).not.toBeNull();
  });

  it("leaves alone an offer refused, quoted or asked about, and a message with none", () => {
    for (const text of [
      "I'm afraid we can't give a discount on a price that's already been reduced.",
      'You mentioned the leaflet said "20% off for regulars"; that offer ended last spring.',
      "Would a voucher be any use to you?",
      "Thanks so much for the kind score, it made the team's day.",
      "Your order ORD-55120 of £44.99 has been dispatched.",
    ])
      expect(moneyOffOffered(text), text).toBeNull();
  });
});

describe("unneeded actions: money off to a customer with nothing to put right (monthly service review)", () => {
  const review = loadScenarioFile("monthly-service-review");
  const email = (customerRef: string, text: string): LearnerAction => ({
    type: "send_message",
    customerRef,
    channel: "email",
    subject: "From Hearth & Bean",
    text,
  });
  const unneeded = (actions: LearnerAction[]) =>
    scoreState(review, play(review, actions).state).criteria.find((c) => c.id === "no-unneeded-actions")!;
  const apology = email(
    "CUS-8701",
    "Dear Aisha, I'm sorry your beans arrived late again; we're looking hard at the courier. Here's 10% off your next order by way of apology.",
  );

  it("counts money off offered to happy customers, with the reason, once per customer", () => {
    const thanks = (ref: string, name: string) =>
      email(ref, `Hi ${name}, thank you for the glowing score! Have 15% off next time with code GLOW15.`);
    const three = unneeded([
      apology,
      thanks("CUS-8706", "Olivia"),
      thanks("CUS-8707", "Rosa"),
      thanks("CUS-8708", "Tom"),
    ]);
    expect(three.status).toBe("not_met");
    expect(three.detail).toMatch(/Money off offered to Olivia[^"]*, who had nothing to put right/);
    // The same customer offered money off twice is one unneeded remedy, not two.
    const once = unneeded([apology, thanks("CUS-8706", "Olivia"), thanks("CUS-8706", "Olivia again")]);
    expect(once.detail.match(/Money off offered/g)?.length).toBe(1);
  });

  it("does not count money off to a customer let down, nor a task or note on every record", () => {
    const tasks: LearnerAction[] = ["CUS-8705", "CUS-8706", "CUS-8707", "CUS-8708"].map((customerRef) => ({
      type: "create_task",
      customerRef,
      title: "Follow up after next delivery",
      dueInDays: 14,
    }));
    const notes: LearnerAction[] = ["CUS-8706", "CUS-8707", "CUS-8708"].map((customerRef) => ({
      type: "add_note",
      customerRef,
      text: "Promoter last month; no action needed.",
    }));
    expect(unneeded([apology, ...tasks, ...notes]).status).toBe("met");
    // A thank-you with no money off in it is not a remedy.
    expect(
      unneeded([
        apology,
        email("CUS-8706", "Hi Olivia, thank you for the lovely score, it means a lot to us."),
      ]).status,
    ).toBe("met");
  });
});
