import { describe, expect, it } from "vitest";
import { figuresSaid, wrongFigures } from "./figures";
import { START, loadScenarioFile } from "./test-support";

const review = loadScenarioFile("monthly-service-review");
const wrong = (text: string) =>
  wrongFigures(review, START, text).map((w) => `${w.kind} ${w.said} | ${w.shown}`);

describe("figures reported against the figures the attempt shows (round 10 B)", () => {
  it("finds an NPS the data shows for no month or period, with what it does show", () => {
    expect(wrong("Hi Grace, NPS fell to +10 (from +80) and CSAT to 60%.")).toEqual([
      "nps +10 | −10 for October and +80 for September",
    ]);
    expect(wrong("NPS was 40 last month (4 of the 10 who answered were promoters).")).toEqual([
      "nps 40 | −10 for October and +80 for September",
    ]);
    expect(wrong("CSAT dropped to 80%.")).toEqual(["csat 80% | 60% for October and 100% for September"]);
  });

  it("accepts the figures shown, in any sign convention, and any month's or period's", () => {
    expect(
      wrong("NPS fell to -10 (from +80) and CSAT to 60%. Four of the five detractors were late."),
    ).toEqual([]);
    expect(wrong("Last month's NPS was minus 10; October's NPS −10; over 12 months NPS is +20.")).toEqual([]);
  });

  it("does not read a change, a share of responses, one customer's score, a date or a reference as the figure", () => {
    const said = figuresSaid(
      "NPS fell by 90 points, a drop of 90. NPS: 4 of the 10 were promoters, 40% promoters. Aisha gave us an NPS of 3; Gareth's NPS was 2. NPS on 12 October for ORD-87011.",
    );
    expect(said).toEqual([]);
  });
});

describe("figures read with the learner's spelling read for meaning (round 22 C)", () => {
  it("does not read a misspelt count of detractors or promoters as the NPS", () => {
    expect(wrong("- NPS went from +80 to -10 (4 promoters, 5 detracters out of 10)")).toEqual([]);
    expect(wrong("NPS went from +80 to -10 (4 promotors, 5 detractors)")).toEqual([]);
  });

  it("still finds a wrong figure in a misspelt report, quoting the learner's own words", () => {
    expect(wrong("Hi Grace, the NPS has fell to +10, there were lots of detracters.")).toEqual([
      "nps +10 | −10 for October and +80 for September",
    ]);
  });
});

describe("figures: a duration, a range of days or an amount of money is not the figure (session 49, tutor 10)", () => {
  it("does not read a hyphenated or ranged duration after NPS as the NPS", () => {
    expect(figuresSaid("I've logged an NPS recommendation to hold the courier to a 3-day target.")).toEqual(
      [],
    );
    expect(figuresSaid("NPS: the detractors' parcels took 5-7 days, the promoters' 1–2 days.")).toEqual([]);
    expect(
      figuresSaid("NPS fell because parcels took 5 to 7 working days, against a 2-working-day promise."),
    ).toEqual([]);
    expect(figuresSaid("NPS item: chase anything not out within 48 hours or a 24-hour window.")).toEqual([]);
  });

  it("does not read money after NPS as the NPS", () => {
    expect(figuresSaid("For NPS I'd give the late ones a £5 voucher.")).toEqual([]);
  });

  it("still reads the figure beside a duration", () => {
    expect(wrong("NPS fell to +10 because parcels took 5-7 days.")).toEqual([
      "nps +10 | −10 for October and +80 for September",
    ]);
    expect(wrong("NPS is 3 now.")).toEqual(["nps 3 | −10 for October and +80 for September"]);
  });
});
