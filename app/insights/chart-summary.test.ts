import { describe, expect, it } from "vitest";
import { npsSummary, revenueSummary, signed, type MonthPoint } from "./chart-summary";

const month = (
  label: string,
  nps: number | null,
  npsResponses: number,
  revenuePence: number,
): MonthPoint => ({ label, nps, npsResponses, revenuePence });

describe("chart summaries", () => {
  it("writes NPS with a sign and a true minus", () => {
    expect([signed(25), signed(-12), signed(0)]).toEqual(["+25", "−12", "0"]);
  });

  it("summarises a rising NPS from the first and last answered months, with its extremes", () => {
    const months = [
      month("Jan 2026", null, 0, 0),
      month("Feb 2026", -10, 4, 0),
      month("Mar 2026", 40, 5, 0),
      month("Apr 2026", 20, 3, 0),
    ];
    expect(npsSummary(months)).toBe(
      "NPS rose from −10 in Feb 2026 to +20 in Apr 2026; highest +40 (Mar 2026), lowest −10 (Feb 2026), from 12 answers.",
    );
  });

  it("calls a small NPS move level and says when nobody answered", () => {
    expect(npsSummary([month("Jan 2026", 10, 3, 0), month("Feb 2026", 12, 3, 0)])).toMatch(
      /^NPS stayed about level from \+10/,
    );
    expect(npsSummary([month("Jan 2026", 50, 2, 0), month("Feb 2026", 20, 3, 0)])).toMatch(
      /^NPS fell from \+50/,
    );
    expect(npsSummary([month("Jan 2026", null, 0, 0)])).toBe("No NPS answers in this period.");
    expect(npsSummary([month("Jan 2026", 30, 2, 0)])).toBe(
      "NPS was +30 in Jan 2026, the only month with answers (2 in all).",
    );
  });

  it("summarises revenue in whole pounds with the total", () => {
    const months = [
      month("Jan 2026", null, 0, 100_000),
      month("Feb 2026", null, 0, 250_000),
      month("Mar 2026", null, 0, 50_000),
    ];
    expect(revenueSummary(months)).toBe(
      "Monthly revenue fell from £1,000 in Jan 2026 to £500 in Mar 2026; highest £2,500 (Feb 2026), lowest £500 (Mar 2026), £4,000 in all.",
    );
    expect(
      revenueSummary([month("Jan 2026", null, 0, 100_000), month("Feb 2026", null, 0, 105_000)]),
    ).toMatch(/^Monthly revenue stayed about level/);
    expect(revenueSummary([month("Jan 2026", null, 0, 0)])).toBe("No revenue in this period.");
  });

  it("reads the revenue trend between the first and last months with orders, and says the rest had none", () => {
    const months = [
      month("Sep 2026", null, 0, 0),
      month("Oct 2026", null, 0, 20_000),
      month("Nov 2026", null, 0, 60_000),
      month("Dec 2026", null, 0, 0),
    ];
    expect(revenueSummary(months)).toBe(
      "Monthly revenue rose from £200 in Oct 2026 to £600 in Nov 2026; highest £600 (Nov 2026), lowest £200 (Oct 2026), £800 in all; no orders in the other 2 months shown.",
    );
    expect(revenueSummary([month("Oct 2026", null, 0, 0), month("Nov 2026", null, 0, 4_500)])).toBe(
      "Monthly revenue was £45 in Nov 2026, the only month with orders; no orders in the other month shown.",
    );
  });
});
