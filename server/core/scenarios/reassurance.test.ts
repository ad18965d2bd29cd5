import { describe, expect, it } from "vitest";
import { reassurancesAbout } from "./reassurance";

const things = ["order", "delivery", "parcel", "coffee machine", "machine"];

describe("reassurancesAbout: someone else's order said to be fine (round 16 B)", () => {
  it("finds a reassurance about a thing of hers, in other words than 'it's on its way'", () => {
    expect(
      reassurancesAbout(
        "What I can say is that there's honestly nothing to worry about with your mum's delivery, so please do put her mind at rest.",
        things,
      ),
    ).toHaveLength(1);
    expect(reassurancesAbout("Her order is absolutely fine, I promise.", things)).toHaveLength(1);
    expect(reassurancesAbout("Don't worry about the coffee machine, it's all in hand.", things)).toHaveLength(
      1,
    );
    expect(
      reassurancesAbout(
        "I can't discuss her account, but there's nothing to worry about with her order.",
        things,
      ),
    ).toHaveLength(1);
  });

  it("does not read comfort about nothing of hers, a refusal to say, or an indirect question", () => {
    expect(reassurancesAbout("Please don't worry, your mum can ring us herself.", things)).toEqual([]);
    expect(reassurancesAbout("I can't tell you whether her delivery is fine.", things)).toEqual([]);
    expect(reassurancesAbout("I'm not able to say if her order is on track.", things)).toEqual([]);
    expect(reassurancesAbout("I can tell you're worried about your mum's delivery.", things)).toEqual([]);
    expect(reassurancesAbout("Nothing to worry about.", [])).toEqual([]);
  });
});
