import { describe, expect, it } from "vitest";
import { obstructionsIn } from "./case-evidence";
import {
  isHeldOutS42,
  S42_FRESH_USE,
  S42_FRESH_USE_LOOKALIKES,
  S42_LOOKALIKES,
  S42_OBSTRUCTIONS,
} from "./obligations-s42-probes";
import { refundDeductionsIn } from "./refund-deductions";
import { loadScenarioFile, playthroughFile, withText } from "./test-support";

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

describe("a deduction for use told in any words (session 42; CRA 2015 s.24(8)-(10), motor vehicles excepted s.24(10)(b))", () => {
  const list = (who: string) => {
    const [id, i] =
      who === "linda"
        ? ["complaint-repeat-fault-call", 0]
        : who === "priya"
          ? ["complaint-faulty-kettle", 0]
          : ["complaint-returns-desk", who === "ravi" ? 0 : 1];
    return loadScenarioFile(id as string).contacts[i as number]!.evidence?.obstructs ?? [];
  };
  const tune = [
    ...S42_OBSTRUCTIONS.filter((p) => p.kind === "use-deduction" && !isHeldOutS42(p)),
    // The fresh set, read once (3 of 8 caught, 0 of 4 accused), then read as kinds: tuning now.
    ...S42_FRESH_USE,
  ];
  it.each(tune.map((p) => [p.note, p] as const))("reads %s", (_note, p) => {
    expect(refundDeductionsIn(p.text)).toHaveLength(1);
    expect(obstructionsIn(p.text, list(p.who)).length).toBeGreaterThan(0);
  });
  it.each(
    [...S42_LOOKALIKES.filter((p) => p.kind === "use-deduction"), ...S42_FRESH_USE_LOOKALIKES].map(
      (p) => [p.note, p] as const,
    ),
  )("does not read %s", (_note, p) => {
    expect(refundDeductionsIn(p.text)).toEqual([]);
    expect(obstructionsIn(p.text, list(p.who))).toEqual([]);
  });
  it.each([
    "Cars are different: a dealer can take something off for the use you've had, even in the first six months.",
    "Would we take anything off for the wear? Not within six months, no.",
    "Your friend said we'd take a bit off for the use; that isn't so.",
    // Time thanked for or waited, not time of use.
    "Thank you for the time you've taken to explain it all; your refund is on its way.",
    "I'm sorry for the weeks you've waited: I've taken care of your refund today.",
  ])("does not read the vehicle exception, a question or reported words: %s", (text) => {
    expect(refundDeductionsIn(text)).toEqual([]);
  });

  // Round 27 A by kind (tuning): the refund valued at what the goods are worth now; a negation typed without
  // its apostrophe denies the deduction (the dyslexic caller's honest answer was first read as one).
  it.each([
    "Refunds on machines are paid on what they're worth today, not what you paid, so that's £300 back.",
    "We refund at the machine's current value, which for yours comes to £350.",
  ])("reads the goods valued now: %s", (text) => {
    expect(refundDeductionsIn(text)).toHaveLength(1);
  });
  it.each([
    "You get back what you paid, not what it's worth now: the full £449.99.",
    "we dont take nothing off for the use, you get the lot back",
    "We cant knock anything off your refund for use under six months.",
    "i know ur worried we take some off for use but we dont",
    // A bare label answered "none", and the law quoted with its six-month exception (shipped playthroughs
    // read wrongly by the first draft: repeat-fault-r26-tick-list-call, returns-pasted-wall).
    "Refund: yes. Deduction for use: none.",
    "Under our policy a deduction for wear may be taken from a refund, unless the item reached you under six months ago.",
  ])("does not read a denial, with or without its apostrophe: %s", (text) => {
    expect(refundDeductionsIn(text)).toEqual([]);
  });

  it("the gate reads Linda's deduction whether the reduced refund is issued or not; a reduced refund issued with no such words is the remedy criteria's", () => {
    const { actions, run } = playthroughFile("repeat-fault-model.yaml");
    const at = "I've refunded the full £449.99 to your Visa card ending 3390 just now.";
    const told = `I've refunded £404.99 to your Visa card ending 3390 just now: because you've had it about four and a half months we take a bit off for the use, it's 10 percent.`;
    // Told, and the full refund issued.
    const toldFull = run(withText(actions, at, told));
    expect(status(toldFull, "cra-not-obstructed")).toBe("not_met");
    expect(toldFull.band).toBe("Fail");
    // Told, and the reduced refund issued: no better than telling alone.
    const reduced = (a: typeof actions) =>
      a.map((x) => (x.type === "issue_remedy" ? { ...x, amountPence: 40499 } : x));
    const toldReduced = run(reduced(withText(actions, at, told)));
    expect(status(toldReduced, "cra-not-obstructed")).toBe("not_met");
    expect(toldReduced.band).toBe("Fail");
    // Reduced, with no words of a deduction: the remedy criteria mark it (a Pass at most), not the gate.
    const silent = run(
      reduced(withText(actions, at, "I've refunded £404.99 to your Visa card ending 3390 just now.")),
    );
    expect(status(silent, "cra-not-obstructed")).toBe("met");
    expect(status(silent, "lawful-remedy")).toBe("not_met");
    expect(silent.band).not.toBe("Fail");
  });
});

describe("the deduction-for-use rule with its six-month exception in the next sentence (session 49)", () => {
  it("is the law told rightly, not a deduction", () => {
    expect(
      refundDeductionsIn(
        "If the repair has failed you are entitled to a refund. Under the final right to reject, a deduction for use may be made to reflect the use you have had of the goods. No deduction for use may be made if the final right to reject is exercised within six months of delivery.",
      ),
    ).toEqual([]);
  });

  it("still reads the deduction when the next sentence is no exception", () => {
    expect(
      refundDeductionsIn(
        "Your refund will be reduced to reflect the use you have had of the machine. Most people have theirs for under six months.",
      ),
    ).toHaveLength(1);
    expect(
      refundDeductionsIn(
        "A deduction for use will be taken off your refund to reflect the use you have had. We can collect it within six days.",
      ),
    ).toHaveLength(1);
  });
});
