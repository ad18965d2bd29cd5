import { describe, expect, it } from "vitest";
import { causeWavedAway } from "./waved-away";

describe("causeWavedAway: a cause said to pass by itself (round 19 B)", () => {
  it("finds the problem said to right itself, and the season or a blip as the whole story", () => {
    expect(
      causeWavedAway(
        "Most of last month's detractors mention SwiftParcel being late. That's the Christmas rush starting early though: couriers always struggle at this time of year, so it should right itself by January.",
      ).length,
    ).toBeGreaterThanOrEqual(1);
    expect(
      causeWavedAway("SwiftParcel were late, but it's only a blip and should settle down."),
    ).toHaveLength(1);
    expect(
      causeWavedAway("Late SwiftParcel deliveries; they'll go back to normal after the holidays."),
    ).toHaveLength(1);
    expect(causeWavedAway("It's just the busy season for couriers.")).toHaveLength(1);
  });

  it("not the same denied, or the season as a reason to act", () => {
    expect(causeWavedAway("SwiftParcel's late deliveries won't sort themselves out.")).toEqual([]);
    expect(
      causeWavedAway(
        "This isn't just the Christmas rush: four of five detractors had late SwiftParcel parcels.",
      ),
    ).toEqual([]);
    expect(
      causeWavedAway(
        "The Christmas rush will make SwiftParcel's delays worse, so trial another courier on the late routes now.",
      ),
    ).toEqual([]);
    expect(causeWavedAway("Four of the five detractors had late SwiftParcel deliveries.")).toEqual([]);
  });
});
