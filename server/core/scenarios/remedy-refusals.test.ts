import { describe, expect, it } from "vitest";
import { obstructionsIn } from "./case-evidence";
import { claimWindowSet, refundSaidUnavailable } from "./remedy-refusals";

describe("refundSaidUnavailable: a refund refused with no modal (round 20 A, returns-r20-not-on-the-table)", () => {
  it("reads the refund as subject with a predicate that takes it away", () => {
    expect(
      refundSaidUnavailable("A refund isn't really on the table at this stage, I'm afraid."),
    ).toHaveLength(1);
    expect(refundSaidUnavailable("Money back isn't an option after a repair.")).toHaveLength(1);
    expect(refundSaidUnavailable("Refunds aren't something we do once it's been repaired.")).toHaveLength(1);
    expect(refundSaidUnavailable("I'm afraid a refund's off the table now.")).toHaveLength(1);
    expect(refundSaidUnavailable("A refund is not possible on this item.")).toHaveLength(1);
  });
  it("but not another option, a refund available or on its way, a delay, a report of others, or quoted words", () => {
    expect(
      refundSaidUnavailable("A refund isn't the only option: you could keep it with money off."),
    ).toEqual([]);
    expect(refundSaidUnavailable("A refund isn't a problem at all.")).toEqual([]);
    expect(refundSaidUnavailable("A full refund is available to you.")).toEqual([]);
    expect(refundSaidUnavailable("Your refund isn't far off now.")).toEqual([]);
    expect(refundSaidUnavailable("A refund isn't possible until the courier has collected it.")).toEqual([]);
    expect(refundSaidUnavailable("Some shops will tell you a refund isn't an option, but it is.")).toEqual(
      [],
    );
    expect(
      refundSaidUnavailable('Ignore the leaflet that says "a refund is not possible after 14 days".'),
    ).toEqual([]);
  });
});

describe("claimWindowSet: a limit of the shop's making on claiming the remedy (round 20 A, complaint-r20-let-me-know-by-thursday)", () => {
  it("reads a period shorter than the law's 30 days", () => {
    expect(
      claimWindowSet(
        "Just a heads-up that refunds on faulty items have to be claimed within the week, so if you'd like your money back rather than a new kettle, do let me know by Thursday.",
      ),
    ).toHaveLength(1);
    expect(claimWindowSet("You have until Friday to ask for your refund.")).toHaveLength(1);
    expect(claimWindowSet("A replacement needs to be requested within 7 days of the fault.")).toHaveLength(1);
  });
  it("but not the law's own period, our duty to pay, or a refund's arrival", () => {
    expect(claimWindowSet("A refund has to be claimed within 30 days of delivery.")).toEqual([]);
    expect(claimWindowSet("Refunds have to be paid within 14 days by law.")).toEqual([]);
    expect(claimWindowSet("Your refund should reach you within 5 working days.")).toEqual([]);
  });
});

describe("obstructionsIn reads the two readers when an item names them", () => {
  it("finds each item by its reader and not without it", () => {
    const items = [
      { id: "no-refund", say: ["no refunds"], readers: ["refund-unavailable" as const] },
      { id: "deadline", say: ["claim will be closed"], readers: ["claim-window" as const] },
    ];
    expect(obstructionsIn("A refund isn't really on the table, I'm afraid.", items)).toEqual(["no-refund"]);
    expect(obstructionsIn("Refunds have to be claimed within the week.", items)).toEqual(["deadline"]);
    expect(
      obstructionsIn("A refund isn't really on the table, I'm afraid.", [
        { id: "no-refund", say: ["no refunds"] },
      ]),
    ).toEqual([]);
  });
});

describe("session 39: a period shorter than the law's told as our rule (CRA 2015 s.22(3)-(4), s.24(5))", () => {
  it("is read as the refund taken away after it, not as a claim window (Ravi's list shares claim-window)", () => {
    const text =
      "Refunds can only be done inside 14 days of the machine arriving, and yours came in the spring.";
    expect(refundSaidUnavailable(text)).toHaveLength(1);
    expect(claimWindowSet(text)).toEqual([]);
  });
  it.each([
    "You have 30 days from delivery to reject it for a refund.",
    "Separately, anything bought online can be sent back within 14 days just for changing your mind.",
    "We'll pay the refund within 14 days at the latest.",
  ])("leaves alone %s", (text) => {
    expect(refundSaidUnavailable(text)).toEqual([]);
  });
});
