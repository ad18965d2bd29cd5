import { describe, expect, it } from "vitest";
import { internalLabelsIn } from "./internal-labels";

const said = (text: string) => internalLabelsIn(text).map((l) => l.text);

describe("the shop's internal labels said to a customer (session 49, tutor 11)", () => {
  it("finds the NPS groups, churn, closing the loop and segments, in any wording", () => {
    expect(said("As one of our detractors, I am closing the loop personally with you.")).toEqual([
      "detractors",
      "closing the loop",
    ]);
    expect(said("You scored us as a detracter last month, so I wanted to close the feedback loop.")).toEqual([
      "detracter",
      "close the feedback loop",
    ]);
    expect(said("You were flagged as a churn risk and moved to our win-back segment.")).toEqual([
      "churn risk",
      "win-back segment",
    ]);
    expect(said("Thanks for being one of our promoters!")).toEqual(["promoters"]);
  });

  it("does not read the customer's own words for things they use", () => {
    expect(said("Your subscription has lapsed, and our loyalty scheme points are still yours.")).toEqual([]);
    expect(
      said("I'm sorry your grinder took a week to arrive; I've put a £5 voucher on your account."),
    ).toEqual([]);
  });
});
