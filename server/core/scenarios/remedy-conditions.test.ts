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

describe("the same condition with no 'only' (round 20 A: complaint-r20-as-soon-as-boxed, repeat-fault-r20-engineer-look-first)", () => {
  const AGAIN = [
    "engineer",
    "technician",
    "inspect",
    "assess",
    "look at it",
    "test it",
    "another repair",
    "one more repair",
  ];
  const again = (text: string) => remedyConditionedOn(text, AGAIN)?.text ?? null;
  it("reads a plain time or condition clause holding the thing and governing the remedy", () => {
    expect(
      found(
        "As soon as the kettle is back at our warehouse in its original box, with your receipt tucked inside, your refund will be released to your Visa debit card.",
      ),
    ).toBe("As soon as the kettle is back at our warehouse in its original box");
    expect(found("I'll refund you when you send me a photo of the receipt.")).toMatch(/receipt$/);
    expect(
      again(
        "Once our engineer's had one more look at it and confirmed it's the pump again, I'll get the refund put through for you.",
      ),
    ).toBe("Once our engineer");
    expect(again("I'll get the refund put through once our engineer has had a look at it.")).toMatch(
      /engineer$/,
    );
    expect(again("Once it's had another repair, if it goes again, I'll refund you.")).toMatch(
      /another repair$/,
    );
  });

  it("but not a condition on something else, history, a choice, or the thing in another clause", () => {
    expect(
      found("Your refund will go through once the courier has collected it, and you can keep the box."),
    ).toBeNull();
    expect(found("Once the courier has collected it, you can recycle the box.")).toBeNull();
    expect(
      found("We'll refund you once the courier has collected it, whether or not you have the box."),
    ).toBeNull();
    expect(found("Once it's collected, no box or receipt needed, your refund will be released.")).toBeNull();
    expect(
      found("If you'd like to keep the box for the new one, your refund goes through today either way."),
    ).toBeNull();
    expect(
      again(
        "I've refunded you in full, and once it's back our engineers will inspect it to see what went wrong.",
      ),
    ).toBeNull();
    expect(
      again(
        "Once our engineers have inspected it, they'll report the fault to the maker and your refund is already on its way.",
      ),
    ).toBeNull();
    expect(again("After the engineer's repair failed, you're entitled to a full refund.")).toBeNull();
    expect(
      again("After our engineers repaired it, it failed again, so you're entitled to a refund."),
    ).toBeNull();
    expect(
      again(
        "The repair didn't last, so once you tell me which you'd like, I'll put the refund or the reduction through.",
      ),
    ).toBeNull();
  });
});

describe("the return required in the box in the sentence after the remedy waits for it (round 20 D, complaint-r20d-refund-once-received-boxed)", () => {
  it("reads 'must be returned in its original packaging' after a refund made to wait for the return", () => {
    expect(
      found(
        "Your refund of £44.99 has been approved and will be processed as soon as the kettle has been received back at our warehouse. Please note it must be returned in its original packaging, with a copy of your receipt enclosed.",
      ),
    ).toBe("must be returned in its original packaging");
  });
  it("but not any box for the courier, the box said not to be needed, or no remedy waiting on the return", () => {
    expect(
      found(
        "Your refund will be processed once the kettle is back with us. It needs to be packed securely, any box will do.",
      ),
    ).toBeNull();
    expect(
      found(
        "Your refund will be processed once the kettle is back with us. It must be returned by courier; no need for the original box.",
      ),
    ).toBeNull();
    expect(
      found(
        "I've refunded you today. The courier will collect it; it doesn't need to be returned in the original box.",
      ),
    ).toBeNull();
  });
});
