import { describe, expect, it } from "vitest";
import { rightToldAsFavour } from "./right-as-favour";
import { playthroughFile, withText } from "./test-support";

describe("a legal remedy told as a favour (round 19 A, repeat-fault-r19-refund-as-a-favour)", () => {
  it("finds the remedy framed as an exception, a goodwill gesture or a one-off", () => {
    expect(
      rightToldAsFavour(
        "Normally, once you're past the first month, it would just go back for another repair, but I'm going to make an exception for you as a goodwill gesture: you can have your money back in full, or keep the machine with some money off.",
      )?.text,
    ).toMatch(/^Normally/);
    expect(rightToldAsFavour("As a one-off, I've refunded the full £49.99 to your Mastercard.")?.text).toBe(
      "As a one-off",
    );
    expect(
      rightToldAsFavour("We don't normally refund after a repair, but I've done it for you.")?.text,
    ).toBe("We don't normally refund");
    expect(rightToldAsFavour("Just this once I'll send you a replacement.")?.text).toBe("Just this once");
    expect(
      rightToldAsFavour("Strictly speaking we only have to repair it, but I've refunded you."),
    ).not.toBeNull();
  });

  it("but not goodwill on top of the remedy, a negated favour, the right stated plainly or a quotation", () => {
    expect(
      rightToldAsFavour("I've refunded you in full, and as a goodwill gesture I've also added £10 credit."),
    ).toBeNull();
    expect(
      rightToldAsFavour("The refund is not as a favour: it's your right after a failed repair."),
    ).toBeNull();
    expect(rightToldAsFavour("After a failed repair you're entitled to your money back in full.")).toBeNull();
    expect(
      rightToldAsFavour('Some shops call a refund "a goodwill gesture", but it is your right.'),
    ).toBeNull();
    expect(rightToldAsFavour("As a goodwill gesture, here's a £5 voucher for your next order.")).toBeNull();
  });
});

describe("an obstructs item with asFavour: the remedy told as a favour fails the legal gate (round 5 A's precedent)", () => {
  it("the repeat-fault model with 'I'll make an exception as a goodwill gesture' is a Fail, its remedy still lawful", () => {
    const { actions, run } = playthroughFile("repeat-fault-model.yaml");
    expect(run(actions).criteria.find((c) => c.id === "cra-not-obstructed")!.status).toBe("met");
    const from = "Because our repair hasn't lasted, you don't have to send it off again.";
    const changed = withText(
      actions,
      from,
      "We'd normally only send it back for another repair, but as a goodwill gesture I'll make an exception this time.",
    );
    const report = run(changed);
    expect(report.criteria.find((x) => x.id === "cra-not-obstructed")!.status).toBe("not_met");
    expect(report.criteria.find((x) => x.id === "lawful-remedy")!.status).toBe("met");
    expect(report.band).toBe("Fail");
  });
});

describe("a refusal 'on this occasion' is no favour (round 10 A, returns-r10-further-to-your-correspondence)", () => {
  it("does not read Ravi's lapsed right, told formally, as a favour", () => {
    expect(
      rightToldAsFavour(
        "Your short-term right to reject has therefore lapsed, which is why I am unable to offer a refund on this occasion.",
      ),
    ).toBeNull();
  });
});
