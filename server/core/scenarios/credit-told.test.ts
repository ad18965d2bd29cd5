import { describe, expect, it } from "vitest";
import { creditToldIn } from "./credit-told";
import type { LearnerAction } from "./learner-actions";
import { loadScenarioFile, play } from "./test-support";

const reads = (t: string) => creditToldIn(t) !== null;

describe("credit told as given in place of the remedy owed (CRA 2015 s.20(15)-(16), s.23, s.24(8); session 43 ruling)", () => {
  it("reads a sum, her money or her refund put into credit, a wallet, a balance, a voucher or a gift card", () => {
    for (const t of [
      "You've been more than patient, so I've made this as easy as I can: your £49.99 is sitting in your Hearth & Bean wallet now, ready for whatever you fancy next.",
      "I've put the full £49.99 on your Hearth & Bean account as store credit, so you can pick something else whenever you like.",
      "We've issued you a £49.99 voucher to use on anything in the shop.",
      "Your refund has been added to your account as credit.",
      "I'm loading £49.99 onto a gift card for you.",
      "I'm so sorry the frother has stopped heating again after we repaired it. Your £49.99 is sitting in your wallet now.",
      "That means I can't refund it, so I've added £44.99 to your balance.",
      // round 28 A, returns-r28-ravi-balance: the credit's use and a refund out of reach are not remedies told
      "It reached you at 21:40 on 12 October, so your 30 days to reject it ran out at midnight last night, a few hours too late for a refund, I'm afraid. So instead I've added £44.99 to your Hearth & Bean balance, to spend on a new kettle or anything else you like.",
      "I've put £44.99 on your account as credit, so you can put it towards a replacement whenever suits.",
      "We've issued you a £44.99 voucher to use on a brand new Aurora.",
    ])
      expect(reads(t), t).toBe(true);
  });
  it("leaves alone money back to her card, credit as a choice or an extra, points, and plain account changes", () => {
    for (const t of [
      "The full £49.99 is back on your Mastercard today as money, not store credit, with nothing taken off.",
      "The full £49.99 is back on your Mastercard today, and your loyalty points balance stays just as it was.",
      "You can have a full refund, or store credit if you'd prefer.",
      "Would you like the £49.99 as store credit instead?",
      "The full £49.99 is going back to your card, and I've added a £10 voucher for the trouble.",
      "Your replacement is on its way, and I've added a £10 voucher for the trouble.",
      "I won't put it on your account as credit: it goes back to the card you paid with.",
      "We've added 500 bonus points to your account.",
      "I've added a note to your account.",
      'She said "I\'ve put £49.99 on your account as store credit" was what the last adviser told her.',
      // a replacement told beside the credit is still the remedy, whatever the credit is for
      "A new Aurora goes out to you today, and I've added £10 to your balance to spend on anything you like.",
      "I've added £10 to your balance to spend on beans, and your replacement kettle is on its way.",
    ])
      expect(reads(t), t).toBe(false);
  });
});

const returns = loadScenarioFile("complaint-returns-desk");
const toJoanne = (text: string): LearnerAction => ({
  type: "send_message",
  customerRef: "CUS-5202",
  channel: "email",
  subject: "Re: Frother broken AGAIN",
  text,
});
const told = (scenario: typeof returns, actions: LearnerAction[]) =>
  play(scenario, actions).state.log.filter((r) => r.creditForRemedy).length;
const WALLET = "Hi Joanne, sorry it's broken again. Your £49.99 is sitting in your Hearth & Bean wallet now.";

describe("credit told is judged by the one CRA rule an issued voucher is (remedies.ts craVerdict)", () => {
  it("is unlawful in place of her final-right refund, which she never agreed to swap", () => {
    expect(told(returns, [toJoanne(WALLET)])).toBe(1);
  });
  it("is lawful when she has expressly agreed to a voucher instead (acceptsRemedies), both ways", () => {
    const agreed = {
      ...returns,
      contacts: returns.contacts.map((k) =>
        k.customerRef === "CUS-5202"
          ? { ...k, acceptsRemedies: [...k.acceptsRemedies, "voucher" as const] }
          : k,
      ),
    };
    expect(told(agreed, [toJoanne(WALLET)])).toBe(0);
    expect(told(returns, [toJoanne(WALLET)])).toBe(1);
  });
  it("is an extra once her lawful refund has been given", () => {
    const refund: LearnerAction = {
      type: "issue_remedy",
      customerRef: "CUS-5202",
      orderRef: "ORD-52021",
      sku: "FRT-MILK-CLOUD",
      kind: "refund",
    };
    expect(told(returns, [refund, toJoanne(WALLET)])).toBe(0);
  });
});
