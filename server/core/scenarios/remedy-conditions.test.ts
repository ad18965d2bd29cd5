import { describe, expect, it } from "vitest";
import { obstructionsIn } from "./case-evidence";
import { remedyConditionedOn } from "./remedy-conditions";

const THINGS = ["box", "packaging", "receipt", "proof of purchase"];
const found = (text: string) => remedyConditionedOn(text, THINGS)?.text ?? null;

describe("a remedy made to wait for the box or receipt across clauses (round 19 A, complaint-r19-right-then-box)", () => {
  it("finds the condition and the thing commas apart", () => {
    expect(
      found(
        "In practice, though, the returns team will only complete it once the kettle's back with us, boxed up as it arrived, along with your proof of purchase.",
      ),
    ).toBe("only complete it once the kettle's back with us, boxed");
    expect(found("We can't process the refund until it's back with us, in its original packaging.")).toMatch(
      /packaging$/,
    );
    expect(
      found("You'll get your money back as long as, when you send it, the receipt is included."),
    ).toMatch(/receipt$/);
    expect(found("We'll replace it provided that it comes back, complete, in the box.")).toMatch(/box$/);
  });

  it("but not the thing set aside or said not to matter, no condition, a report of others, or quoted", () => {
    expect(
      found("We'll refund you once the courier has collected it; no need for the box or receipt."),
    ).toBeNull();
    expect(
      found("The refund goes through only once the kettle's back with us, and any packaging is fine."),
    ).toBeNull();
    expect(
      found("You'll have a full refund as long as you're happy with that, and you don't need a receipt."),
    ).toBeNull();
    expect(found("If you still have the box, great, but you don't need it.")).toBeNull();
    expect(
      found("Some shops will only refund if you have the receipt, but we don't ask for one."),
    ).toBeNull();
    expect(found('Ignore any note saying "refunds only with the original box".')).toBeNull();
    expect(found("I've refunded you today; keep the box or recycle it, whichever suits.")).toBeNull();
  });
});

describe("obstructionsIn reads an item's conditionedOn", () => {
  const item = { id: "box-or-receipt", say: ["need the box"], conditionedOn: THINGS };
  it("finds the item by its condition, and not without the field", () => {
    const text = "I've started your refund. We'll only finish it once it's back, boxed up, with the receipt.";
    expect(obstructionsIn(text, [item])).toEqual(["box-or-receipt"]);
    expect(obstructionsIn(text, [{ id: "box-or-receipt", say: ["need the box"] }])).toEqual([]);
  });
});

describe("a change-of-mind returns policy is no condition on a fault remedy (returns-pasted-wall)", () => {
  it("does not read 'unwanted… provided they are unused and in their original packaging'", () => {
    expect(
      found(
        "Items may be returned within 30 days of delivery if they are unwanted, provided they are unused and in their original packaging.",
      ),
    ).toBeNull();
  });
});

describe("a remedy that is 'only possible where…' (lead's mutation set 12, C70)", () => {
  it("reads the condition however 'only' introduces it", () => {
    expect(
      found(
        "Just so you know, a refund is only possible where the item comes back boxed up the way it arrived.",
      ),
    ).not.toBeNull();
    expect(found("Replacements are only available in cases where the receipt is supplied.")).not.toBeNull();
  });

  it("leaves 'only where' about something else, and the box set aside", () => {
    expect(found("I can only apologise where we got this wrong, and the refund is on its way.")).toBeNull();
    expect(
      found("The refund only goes where you paid from, so there's no need for the box or a receipt."),
    ).toBeNull();
  });
});
