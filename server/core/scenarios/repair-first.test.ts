import { describe, expect, it } from "vitest";
import { obstructionsIn } from "./case-evidence";
import { refundAfterRepair } from "./repair-first";

const found = (text: string) => refundAfterRepair(text)?.text ?? null;

describe("a refund made to wait on a repair attempt (CRA 2015 s.20, s.22(3), s.24(5); round 20 C)", () => {
  it("finds the refund conditional on the attempt failing, in learners' words", () => {
    // complaint-r20h-engineers-first (Priya, day 12: the short-term right to reject)
    expect(
      found(
        "What happens now is our engineers will need to have a look at it and try to fix it first, and if they cant fix it we will refund you in full.",
      ),
    ).not.toBeNull();
    // repeat-fault-r20h-look-again-first (Linda, one repair failed)
    expect(
      found(
        "The engineers will need to have another look at it first, and if they can't sort it this time you'll get a full refund, I promise.",
      ),
    ).not.toBeNull();
    // returns-r20h-joanne-another-go
    expect(
      found(
        "I've arranged for it to be collected so our repair team can have another go at it, and if it's still not right after that we'll give you a full refund.",
      ),
    ).not.toBeNull();
    // round 19 C, returns-r19h-joanne-engineers-again
    expect(
      found(
        "The procedure is that the engineers look at it again first, and if it still isn't right after that we'll refund you.",
      ),
    ).not.toBeNull();
    // the next sentence carries on with "If…"
    expect(
      found("We'll have one more go at fixing it. If that doesn't work, you can have your money back."),
    ).not.toBeNull();
  });

  it("finds the refund waiting on the attempt, or the attempt put before it", () => {
    // round 20 D, returns-r20d-joanne-refund-after-another-go
    expect(
      found("A refund can then be considered once our engineers have had one more go at putting it right."),
    ).not.toBeNull();
    expect(found("We'll refund you, but only once our engineers have looked at it again.")).not.toBeNull();
    expect(found("Once they've had another go at it, we can look at a refund.")).not.toBeNull();
    expect(
      found("We get one more go at repairing it before a refund comes into it, that's the rules."),
    ).not.toBeNull();
    expect(found("We need to repair it first, then a refund is possible if it fails again.")).not.toBeNull();
  });

  it("but not a repair set aside, offered as her choice, already made, an inspection, or others' words", () => {
    expect(found("We won't ask you to go through another repair: I've refunded the full £49.99.")).toBeNull();
    expect(found("You don't need another repair before a refund, so I've refunded you today.")).toBeNull();
    expect(found("No more repairs: your full refund is on its way.")).toBeNull();
    expect(
      found("If you'd rather we had one more go at fixing it, just say, but you can have a full refund now."),
    ).toBeNull();
    expect(found("Because our repair didn't fix it you can have a full refund.")).toBeNull();
    expect(
      found("As the repair hasn't worked, you can have your money back or keep it with a price reduction."),
    ).toBeNull();
    expect(
      found(
        "The courier will collect it and our engineers will check what went wrong; your refund is already on its way.",
      ),
    ).toBeNull();
    expect(
      found("Some shops say they need one more go at repairing it before a refund, but not us."),
    ).toBeNull();
    expect(found("I'll sort your refund first, then book the courier.")).toBeNull();
    expect(found('Ignore anyone who says "we get another go at fixing it before any refund".')).toBeNull();
  });

  it("is an obstruction only where the scenario names the reader", () => {
    const text =
      "Our engineers will have another go at it first, and if it's still not right we'll refund you.";
    expect(obstructionsIn(text, [{ id: "another-repair-only", say: [], readers: ["repair-first"] }])).toEqual(
      ["another-repair-only"],
    );
    expect(obstructionsIn(text, [{ id: "another-repair-only", say: [] }])).toEqual([]);
  });
});

describe("round 23 asks: a replacement or a going-over first, our policy's two goes (session 38)", () => {
  it.each([
    "The way it works for faulty items is we send you a replacement first, and then if that one goes wrong as well we can look at giving you your money back.",
    "What I'll do is get a courier to pick it up and our workshop will give it a proper going over this time, and if they can't get it sorted we'll sort you out with a refund.",
    "Under our returns policy the engineers get two goes at any fault, and yours has only been in the once, so I've booked it back in with them.",
  ])("finds %s", (text) => {
    expect(refundAfterRepair(text)).not.toBeNull();
  });
  it.each([
    "Some shops' policies give the engineers two goes at a fault, but you've already had our one repair, so you don't need another.",
    "I'll send a replacement first thing tomorrow, and the refund is yours if you'd rather.",
    "If the new kettle goes wrong, just let us know.",
  ])("leaves alone %s", (text) => {
    expect(refundAfterRepair(text)).toBeNull();
  });
});

describe("session 39: the refund ranked last, an engineer sent out first (CRA 2015 s.20, s.22(3), s.24(5))", () => {
  it.each([
    "A refund is the last resort for us; we'd want to swap or fix it before we got to that.",
    "Money back is very much our final option, so let's see if a repair does it.",
    "Let's get an engineer out to you first, and we'll only talk refunds if he can't get it going.",
    "We'll only refund you if the technician can't fix it.",
  ])("finds %s", (text) => {
    expect(refundAfterRepair(text)).not.toBeNull();
  });
  it.each([
    "A refund isn't a last resort - it's yours if you want it.",
    "If you'd like an engineer out first, we can do that, but the refund is yours whenever you want it.",
    "I've refunded you in full, and the engineer who comes to collect it will check it over for our records.",
  ])("leaves alone %s", (text) => {
    expect(refundAfterRepair(text)).toBeNull();
  });
});

describe("round 33: another visit put before her other remedies, the refund named or not (CRA 2015 s.24(5))", () => {
  it.each([
    "We'll need to send another engineer before we can look at a refund.",
    "Our procedure is a second technician visit, and only once that's done can we discuss the alternatives.",
    "The supplier insists on one more call-out before any other options are considered.",
    "I'm afraid it has to have a further engineer visit until we can go down any other route.",
  ])("finds %s", (text) => {
    expect(refundAfterRepair(text)).not.toBeNull();
  });
  it.each([
    "If you'd like, we can send an engineer, or you can have your refund now.",
    "You don't need another engineer visit before anything else: the refund is yours today.",
    "I've put your refund through, and another engineer will collect the machine on Tuesday.",
    "A second engineer visit is booked for Thursday. Is there anything else I can help with?",
    "Before anything else, I'm sorry the repair didn't hold.",
  ])("leaves alone %s", (text) => {
    expect(refundAfterRepair(text)).toBeNull();
  });
  it("reads the round's own call as an obstacle to Linda's final right to reject", () => {
    const text =
      "With a repeat fault, the manufacturer's process is a second engineer visit before anything else can be looked at, so what I'll do is get the courier to collect it for that second repair, free of charge.";
    expect(found(text)).toMatch(/second engineer visit before anything else/);
  });
});
