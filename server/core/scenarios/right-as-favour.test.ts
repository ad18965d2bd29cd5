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

describe("the rule-then-'but' favour in other words (round 20 A, repeat-fault-r20-manager-okd-it)", () => {
  it("finds a usual process said to give less, then the remedy by someone's say-so", () => {
    expect(
      rightToldAsFavour(
        "Our usual process after a repair is to send it back to the engineers, but I've had a word with my manager and she's OK'd your money back this time, or you could keep it with something off the price.",
      )?.text,
    ).toMatch(/^Our usual process/);
    expect(
      rightToldAsFavour(
        "As a rule it would go back for another repair, but my team leader has signed off a refund for you.",
      )?.text,
    ).toMatch(/^As a rule/);
    expect(rightToldAsFavour("I've bent the rules a bit and put a full refund through for you.")?.text).toBe(
      "bent the rules",
    );
  });
  it("but not the law as the reason, a say-so on something that is no remedy, or a rule not bent", () => {
    expect(
      rightToldAsFavour(
        "Usually we'd repair it, but as the repair has failed you're entitled to a full refund, and I've approved it today.",
      ),
    ).toBeNull();
    expect(
      rightToldAsFavour(
        "Our usual process is a courier collection, but I've agreed with the team that you can drop it at the Post Office; your refund is already through.",
      ),
    ).toBeNull();
    expect(rightToldAsFavour("I can't bend the rules on refunds for change of mind, I'm afraid.")).toBeNull();
    expect(
      rightToldAsFavour(
        "Normally refunds take up to five days, but I've asked the team to get yours out today.",
      ),
    ).toBeNull();
  });
});

describe("the favour said of the fix in general words, the remedy in the next sentence (round 20 D, complaint-r20d-goodwill-then-refund)", () => {
  it("finds 'as a goodwill gesture, I've sorted this out' before the refund is named", () => {
    expect(
      rightToldAsFavour(
        "As a goodwill gesture, I've sorted this out for you. The full £44.99 is on its way back to your Visa debit card.",
      )?.text,
    ).toBe("As a goodwill gesture");
    expect(
      rightToldAsFavour("Just this once, I've taken care of it. Your refund went through this morning.")
        ?.text,
    ).toBe("Just this once");
  });
  it("but not goodwill of its own, or general words with no remedy after them", () => {
    expect(
      rightToldAsFavour(
        "As a goodwill gesture, I've also added £10 credit to your account. Your refund is on its way too.",
      ),
    ).toBeNull();
    expect(
      rightToldAsFavour("As a goodwill gesture, I've sorted this out for you. Thanks for your patience."),
    ).toBeNull();
    expect(
      rightToldAsFavour("I've sorted this out for you. The full £44.99 is on its way back to your card."),
    ).toBeNull();
  });
});

describe("the remedy said to be outside the rules, then granted anyway (lead's mutation set 14, C94)", () => {
  it.each([
    "Strictly speaking this falls outside what we'd normally do, but I've managed to swing a refund for you.",
    "A refund isn't something we'd usually offer after a repair, however I've put one through for you.",
    "We're not really obliged to replace it, but I've pushed one through for you today.",
    "It goes beyond our policy, but I've got you a full refund.",
    "I managed to get a refund approved even though it's well outside our normal terms.",
  ])("finds %s", (text) => {
    expect(rightToldAsFavour(text)).not.toBeNull();
  });
  it.each([
    // The fault is unusual, not the remedy; the law as the reason; a goodwill gesture of its own.
    "It's not something we'd normally see on a new kettle, but we'll refund it straight away.",
    "Strictly speaking the 30 days have passed, but as the repair failed you're entitled to a full refund.",
    "We're not obliged to add anything on top, but I've also put a £10 voucher on your account with your refund.",
    "I've managed to get your refund processed today rather than in the usual three to five days.",
  ])("leaves alone %s", (text) => {
    expect(rightToldAsFavour(text)).toBeNull();
  });
});
