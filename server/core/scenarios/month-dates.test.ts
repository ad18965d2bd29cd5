/**
 * Month-anchored scenario dates ("month-1 day 12") and the month tokens ({{month -1}}, {{nps -1}}):
 * the rows land in the same UK calendar month whatever day the attempt starts, and the figures the
 * tokens quote are the ones the Insights view's monthly series computes from those rows.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument, stringify } from "yaml";
import { calculateNps, monthlyNps, ukMonthKey } from "../metrics";
import { ukMonthFrom } from "./dates";
import { formatScenarioError } from "./scenario-file-errors";
import { parseScenario } from "./scenario-parser";
import { scenarioDataset, scenarioStart } from "./scenario-dataset";
import type { Scenario } from "./scenario-schema";
import { renderText } from "./text-templates";
import { SCENARIOS_DIR } from "./test-support";

const FILE = "scenarios/complaint-faulty-kettle.yaml";
const text = fs.readFileSync(path.join(SCENARIOS_DIR, "complaint-faulty-kettle.yaml"), "utf8");

/** The complaint scenario with its first customer's feedback replaced, parsed (or its errors). */
function withFeedback(feedback: Record<string, unknown>[], edit?: (d: Record<string, any>) => void) {
  const d: Record<string, any> = parseDocument(text).toJS();
  d.customers[0].feedback = feedback;
  edit?.(d);
  return parseScenario(FILE, stringify(d));
}
function scenarioWith(
  feedback: Record<string, unknown>[],
  edit?: (d: Record<string, any>) => void,
): Scenario {
  const r = withFeedback(feedback, edit);
  if (!r.ok) throw new Error(r.errors.map(formatScenarioError).join("\n"));
  return r.scenario;
}
function errorsWith(feedback: Record<string, unknown>[], edit?: (d: Record<string, any>) => void): string[] {
  const r = withFeedback(feedback, edit);
  return r.ok ? [] : r.errors.map(formatScenarioError);
}

const nps = (score: number, daysAgo: unknown) => ({ kind: "nps", score, channel: "email", daysAgo });

// Last month: 2 promoters, 1 passive, 2 detractors (0). The month before: 3 promoters, 1 detractor (+50).
const ROWS = [
  nps(10, "month-1 day 1"),
  nps(9, "month-1 day last 23:30"),
  nps(8, "month-1 day 15"),
  nps(3, "month-1 day 31"),
  nps(2, "month-1 day 12 00:15"),
  nps(9, "month-2 day 1 00:00"),
  nps(10, "month-2 day 20"),
  nps(9, "month-2 day last"),
  nps(6, "month-2 day 30"),
];

// The 1st, 15th and 31st of a month, 3 December, 2 January, both clock changes and a leap February.
const STARTS = [
  "2026-12-01T09:00:00Z",
  "2026-12-15T09:00:00Z",
  "2026-12-31T09:00:00Z",
  "2026-12-03T09:00:00Z",
  "2027-01-02T09:00:00Z",
  "2027-01-01T00:30:00Z",
  "2027-03-28T08:00:00Z",
  "2027-03-31T08:00:00Z",
  "2026-10-25T09:00:00Z",
  "2026-11-01T09:00:00Z",
  "2028-03-01T09:00:00Z",
].map((s) => new Date(s));

describe("month-anchored dates in a scenario file", () => {
  it("parses 'month-N day D [HH:MM]' and 'day last'", () => {
    const s = scenarioWith(ROWS);
    expect(s.customers[0]!.feedback.map((f) => f.daysAgo).slice(0, 3)).toEqual([
      { monthsAgo: 1, day: 1 },
      { monthsAgo: 1, day: "last", time: "23:30" },
      { monthsAgo: 1, day: 15 },
    ]);
  });

  it("rejects this month (it may not have begun), day 0 or 32, and a missing day", () => {
    for (const bad of ["month-0 day 3", "month-1 day 32", "month-1 day 0", "month-1", "month+1 day 3"]) {
      expect(errorsWith([nps(9, bad)]).join("\n"), bad).toMatch(/daysAgo/);
    }
  });

  it.each(STARTS)("every row lands in its calendar month when the attempt starts %s", (start) => {
    const s = scenarioWith(ROWS);
    const origin = scenarioStart(s, start);
    const rows = scenarioDataset(s, start).customers[0]!.feedback;
    const months = rows.map((f) => ukMonthKey(f.receivedAt));
    expect(months.slice(0, 5)).toEqual(Array(5).fill(ukMonthFrom(origin, -1)));
    expect(months.slice(5)).toEqual(Array(4).fill(ukMonthFrom(origin, -2)));
    for (const f of rows) expect(f.receivedAt.getTime()).toBeLessThan(origin.getTime());
  });
});

describe("month tokens", () => {
  const s = scenarioWith(ROWS);

  it("name the month with a start and read relatively without one", () => {
    const origin = scenarioStart(s, new Date("2027-01-02T09:00:00Z"));
    expect(renderText(s, "{{month -1}} and {{month -2}}", origin)).toBe("December and November");
    expect(renderText(s, "{{month -1}} and {{month -2}}")).toBe("last month and the month before last");
  });

  it.each(STARTS)("quote the NPS the monthly series shows, started %s", (start) => {
    const origin = scenarioStart(s, start);
    const dataset = scenarioDataset(s, start);
    const series = monthlyNps(
      dataset.customers.flatMap((c) => c.feedback.filter((f) => f.kind === "nps" && f.score !== null)) as {
        score: number;
        receivedAt: Date;
      }[],
      { from: new Date(origin.getTime() - 200 * 86_400_000), to: origin },
    );
    const shown = (offset: number) => series.find((p) => p.month === ukMonthFrom(origin, offset));
    expect(renderText(s, "{{nps -1}} / {{nps -2}}", origin)).toBe("0 / +50");
    expect(renderText(s, "{{nps -1}} / {{nps -2}}")).toBe("0 / +50");
    expect(shown(-1)?.npsRounded).toBe(0);
    expect(shown(-2)?.npsRounded).toBe(50);
    expect(renderText(s, "{{nps -2 working}}", origin)).toBe(
      calculateNps([9, 10, 9, 6]).explanation.calculation,
    );
  });

  it("are checked: a bad offset, and a figure whose rows are dated in days", () => {
    const brief = (b: string) => (d: Record<string, any>) => {
      d.brief = b;
    };
    expect(errorsWith(ROWS, brief("{{month 1}}")).join("\n")).toMatch(/month offset/);
    expect(errorsWith(ROWS, brief("{{nps 0}}")).join("\n")).toMatch(/earlier month/);
    expect(errorsWith(ROWS, brief("{{nps -1}} {{csat -1 working}}"))).toEqual([]);
    expect(errorsWith([...ROWS, nps(9, 20)], brief("{{nps -1}}")).join("\n")).toMatch(
      /every nps feedback row dated in a month/,
    );
  });

  it("are checked in rubric feedback and the model answer too", () => {
    const errs = errorsWith(ROWS, (d) => {
      d.rubric[0].feedback.met = "{{month x}}";
      d.modelAnswer.summary = "{{nps}}";
    });
    expect(errs.join("\n")).toMatch(/rubric\[0\]\.feedback\.met/);
    expect(errs.join("\n")).toMatch(/modelAnswer\.summary/);
  });
});

describe("order dates mixing days and months", () => {
  it("an order delivered in a month cannot be placed after it on any start", () => {
    const errs = errorsWith([], (d) => {
      const o = d.customers[0].orders[0];
      o.placedDaysAgo = 10;
      o.deliveredDaysAgo = "month-1 day 28";
    });
    expect(errs.join("\n")).toMatch(/cannot be delivered before it was placed/);
    const fine = errorsWith([], (d) => {
      const o = d.customers[0].orders[0];
      o.placedDaysAgo = "month-2 day 3";
      o.deliveredDaysAgo = "month-2 day 5";
    });
    expect(fine).toEqual([]);
  });
});
