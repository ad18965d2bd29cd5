import { describe, expect, it } from "vitest";
import { amountsInWords } from "./spoken-amounts";

describe("sums of money written in words (round 19 A, review-r19-public-update-in-words)", () => {
  it("reads pounds and pence in words as the figures", () => {
    expect(amountsInWords("Tom's extra eleven pounds fifty has gone back onto his Visa")[0]).toMatchObject({
      text: "eleven pounds fifty",
      pence: 1150,
      figures: ["£11.50", "11.50"],
    });
    expect(amountsInWords("forty-four pounds and ninety-nine pence")[0]?.pence).toBe(4499);
    expect(amountsInWords("about twelve quid")[0]?.figures).toEqual(["£12.00", "12.00", "£12"]);
    expect(amountsInWords("11 pounds 50 back on your card")[0]?.pence).toBe(1150);
    expect(amountsInWords("fifty pence off")[0]?.pence).toBe(50);
    // Hundreds (round 20 C, repeat-fault-r20h-sum-said-wrong)
    expect(amountsInWords("four hundred and ninety nine pounds ninety nine")[0]?.pence).toBe(49999);
    expect(amountsInWords("a hundred quid back")[0]?.pence).toBe(10000);
    expect(amountsInWords("two hundred pounds")[0]?.text).toBe("two hundred pounds");
  });

  it("but not a number with no money word, a weight, or pence over 99", () => {
    expect(amountsInWords("I'll ring at eleven fifty")).toEqual([]);
    expect(amountsInWords("nearly two years a subscriber")).toEqual([]);
    expect(amountsInWords("three pounds of beans a month")).toEqual([]);
  });
});
