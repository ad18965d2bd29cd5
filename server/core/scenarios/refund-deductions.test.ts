import { describe, expect, it } from "vitest";
import { refundDeductionsIn } from "./refund-deductions";
import { playthroughFile, withText } from "./test-support";

const status = (report: { criteria: { id: string; status: string }[] }, id: string) =>
  report.criteria.find((c) => c.id === id)?.status;

describe("refundDeductionsIn: a charge taken off the refund (CRA 2015 s.20(8), s.20(17); lead's mutation set 15)", () => {
  it.each([
    "There'll be a small £4.99 handling charge taken off the refund to cover the return postage.",
    "We'll refund £44.99 less a £5 admin fee.",
    "We have to deduct a restocking fee from your money back.",
    "I'll need to take £3.95 off your refund for the courier.",
    "Your refund will be £40, minus the postage.",
    "The return postage comes out of your refund, I'm afraid.",
    "£5 is taken off your refund for the postage.",
    // lead's mutation set 17: a bare sum or a deduction for use, and a negated reason before it
    "I've refunded £39.99: that's the £44.99 less the £5 we keep to cover the delivery.",
    "Because our repair hasn't lasted, you can have your money back, less a fair deduction for the months you've used it.",
    "We can refund the machine minus £60 for wear and tear.",
    "As it didn't hold, your refund will be less an amount for the use you've had.",
  ])("reads %s", (text) => {
    expect(refundDeductionsIn(text)).toHaveLength(1);
  });

  it.each([
    "I've refunded the full £49.99 to your Mastercard today, with nothing taken off for the time you've had it.",
    "No fee will be deducted from your refund.",
    "We'd normally deduct a fee from refunds, but that doesn't apply here.",
    "I've taken £5 off your next order as a thank you.",
    "The refund is in full, with postage covered by us.",
    "The £11.50 taken from your account twice has been refunded.",
    "We took £11.50 from your card twice, so I've refunded one of them.",
    "The refund is £5 less than you paid for it, because the voucher covered the rest.",
    "Because the repair hasn't lasted, you get your money back in full, with nothing taken off.",
    "We won't refund you less a deduction for use: it's under six months.",
    "Your refund is £44.99, no less.",
  ])("does not read %s", (text) => {
    expect(refundDeductionsIn(text)).toEqual([]);
  });
});

describe("the obstruction gates read it", () => {
  it("Priya told a handling charge comes off her refund: her rights obstructed (Fail); the model is not", () => {
    const { actions, run } = playthroughFile("complaint-model.yaml");
    expect(status(run(actions), "cra-not-obstructed")).toBe("met");
    const at = "There's no need to send the faulty kettle back.";
    const charged = run(
      withText(
        actions,
        at,
        `${at} There'll be a small £4.99 handling charge taken off the refund, I'm afraid.`,
      ),
    );
    expect(status(charged, "cra-not-obstructed")).toBe("not_met");
    expect(charged.band).toBe("Fail");
  });

  it("Tom's refund of a payment taken twice, less an admin fee or waiting on photos: obstructed (Merit cap)", () => {
    const { actions, run } = playthroughFile("review-model.yaml");
    expect(status(run(actions), "refund-not-obstructed")).toBe("met");
    const at = "it should show within 3 to 5 working days.";
    const fee = run(withText(actions, at, `${at} It'll be £11.50 less a £2 admin fee, I'm afraid.`));
    expect(status(fee, "refund-not-obstructed")).toBe("not_met");
    const photos = run(
      withText(
        actions,
        at,
        `${at} Once you've sent photos showing it's unused and in the original box, I'll release the refund.`,
      ),
    );
    expect(status(photos, "refund-not-obstructed")).toBe("not_met");
    expect(["Merit", "Pass", "Fail"]).toContain(photos.band);
  });
});
