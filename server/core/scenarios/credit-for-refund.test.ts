import { describe, expect, it } from "vitest";
import { creditForRefund } from "./credit-for-refund";
import { obstructionsIn } from "./case-evidence";
import { playthroughFile } from "./test-support";

const reads = (t: string) => creditForRefund(t) !== null;

describe("creditForRefund: credit or a voucher told as what the shop can do (CRA 2015 s.20(15)-(16), s.23, s.31; round 21 C)", () => {
  it("finds credit or a voucher set as the limit, in a learner's words, with nothing owed offered", () => {
    expect(
      reads(
        "Thank you for your email and I am really sorry about your kettle. What I can do is put the £44.99 back on your account as credit, so you can choose another kettle or anything else you like from the shop. Just reply and say ok and I will set it up straight away.",
      ),
    ).toBe(true);
    expect(reads("The best I can offer you is a £44.99 voucher to spend on anything in the shop.")).toBe(
      true,
    );
    expect(reads("All we can do is give you a credit note for the full price.")).toBe(true);
    expect(reads("What we normally do is put it onto your account as store credit.")).toBe(true);
    expect(reads("The only thing I can do for you is a gift card for the amount you paid.")).toBe(true);
  });

  it("not credit offered beside a refund, a replacement or a repair, a negated or quoted limit, or credit reported", () => {
    expect(
      reads(
        "You can have a full refund to your card. Or if you'd rather, what I can do is put it on your account as credit instead.",
      ),
    ).toBe(false);
    expect(
      reads(
        "I've sent you a new one today. If it helps, what I can also do is add a £5 voucher to your account.",
      ),
    ).toBe(false);
    expect(
      reads("What I can do is refund you in full, or give you credit on your account if you prefer."),
    ).toBe(false);
    expect(reads("What I can't do is fob you off with a voucher: you're owed a full refund.")).toBe(false);
    expect(reads('Some shops will say "all we can do is store credit", but that is not the law.')).toBe(
      false,
    );
    expect(reads("I've added a £25 voucher to your account as a goodwill gesture.")).toBe(false);
    expect(reads("What I can do is book the courier for tomorrow morning.")).toBe(false);
  });

  it("is an obstruction on the three CRA scenarios' credit-only items (exchange-or-credit-only, voucher-or-credit-only)", () => {
    const items = [
      {
        id: "exchange-or-credit-only",
        say: ["can only offer + credit"],
        readers: ["credit-for-refund"] as const,
      },
    ];
    expect(
      obstructionsIn(
        "What I can do is put the £44.99 back on your account as credit, so you can choose again.",
        items,
      ),
    ).toEqual(["exchange-or-credit-only"]);
    expect(obstructionsIn("I've refunded the £44.99 to your card today.", items)).toEqual([]);
  });

  it("the kettle scenario's honest Fail (complaint-r21h-money-on-account) is read by the gate; the model is not", () => {
    const bad = playthroughFile("complaint-r21h-money-on-account.yaml");
    expect(bad.run(bad.actions).criteria.find((c) => c.id === "cra-not-obstructed")!.status).toBe("not_met");
    const model = playthroughFile("complaint-model.yaml");
    expect(model.run(model.actions).criteria.find((c) => c.id === "cra-not-obstructed")!.status).toBe("met");
  });
});
