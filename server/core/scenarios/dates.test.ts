import { describe, expect, it } from "vitest";
import {
  addUkDays,
  dayInMonthBefore,
  formatUkMonthName,
  ukMonthFrom,
  endOfUkDay,
  formatUkDay,
  formatUkTime,
  londonWallTime,
  shiftDays,
  startOfUkDay,
  ukDate,
  ukDaysBetween,
} from "./dates";

describe("UK wall-clock time across the clock changes", () => {
  it("spring: the missing hour moves forward by the gap; the hours either side are exact", () => {
    // 28 March 2027: clocks go from 01:00 GMT to 02:00 BST.
    expect(londonWallTime(2027, 3, 28, 0, 30).toISOString()).toBe("2027-03-28T00:30:00.000Z");
    expect(londonWallTime(2027, 3, 28, 1, 30).toISOString()).toBe("2027-03-28T01:30:00.000Z"); // read as 02:30 BST
    expect(londonWallTime(2027, 3, 28, 2, 30).toISOString()).toBe("2027-03-28T01:30:00.000Z");
    expect(londonWallTime(2027, 3, 28, 9, 0).toISOString()).toBe("2027-03-28T08:00:00.000Z");
  });

  it("autumn: the repeated hour is the first (BST) one", () => {
    // 25 October 2026: clocks go from 02:00 BST back to 01:00 GMT.
    expect(londonWallTime(2026, 10, 25, 1, 30).toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(londonWallTime(2026, 10, 25, 2, 30).toISOString()).toBe("2026-10-25T02:30:00.000Z");
  });

  it("shiftDays keeps the wall-clock time across both changes", () => {
    const origin = londonWallTime(2027, 3, 27, 9, 0);
    expect(shiftDays(origin, 1).toISOString()).toBe("2027-03-28T08:00:00.000Z");
    expect(shiftDays(londonWallTime(2026, 10, 24, 9, 0), 1).toISOString()).toBe("2026-10-25T09:00:00.000Z");
  });
});

describe("UK time of day", () => {
  it("formatUkTime gives the London wall clock in 24-hour time, in GMT and in BST", () => {
    expect(formatUkTime(new Date("2026-12-03T09:05:00Z"))).toBe("09:05");
    expect(formatUkTime(new Date("2026-07-01T23:30:00Z"))).toBe("00:30");
    expect(formatUkTime(new Date("2027-03-28T01:30:00Z"))).toBe("02:30");
  });
});

describe("UK calendar days", () => {
  it("a clock-change day is 23 or 25 hours long, and its end is midnight UK time", () => {
    expect(startOfUkDay("2027-03-28").toISOString()).toBe("2027-03-28T00:00:00.000Z");
    expect(endOfUkDay("2027-03-28").toISOString()).toBe("2027-03-28T22:59:59.999Z");
    expect(startOfUkDay("2026-10-25").toISOString()).toBe("2026-10-24T23:00:00.000Z");
    expect(endOfUkDay("2026-10-25").toISOString()).toBe("2026-10-25T23:59:59.999Z");
  });

  it("counts calendar days by the UK date, not by 24-hour blocks or the UTC date", () => {
    expect(ukDaysBetween(new Date("2026-10-01T20:40:00Z"), new Date("2026-11-01T08:00:00Z"))).toBe(31);
    // 23:30 BST on 9 April is 22:30 UTC; 00:30 BST on 10 April is still 9 April in UTC.
    expect(ukDate(new Date("2027-04-09T23:30:00Z"))).toBe("2027-04-10");
    expect(ukDaysBetween(new Date("2027-03-27T12:00:00Z"), new Date("2027-03-29T11:00:00Z"))).toBe(2);
    expect(addUkDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(formatUkDay("2027-03-28")).toBe("28 March 2027");
  });
});

describe("UK calendar months relative to a start", () => {
  const at = (iso: string) => new Date(iso);
  const iso = (d: Date) => d.toISOString();

  it("last month and the month before, from the 1st, the 15th and the 31st", () => {
    expect(ukMonthFrom(at("2026-12-01T09:00:00Z"), -1)).toBe("2026-11");
    expect(ukMonthFrom(at("2026-12-15T09:00:00Z"), -2)).toBe("2026-10");
    expect(ukMonthFrom(at("2026-12-31T09:00:00Z"), -1)).toBe("2026-11");
    expect(ukMonthFrom(at("2026-12-31T09:00:00Z"), 0)).toBe("2026-12");
  });

  it("1 January: last month is December of the year before", () => {
    expect(ukMonthFrom(at("2027-01-01T09:00:00Z"), -1)).toBe("2026-12");
    expect(ukMonthFrom(at("2027-01-01T09:00:00Z"), -2)).toBe("2026-11");
    expect(iso(dayInMonthBefore(at("2027-01-01T09:00:00Z"), 1, 12))).toBe("2026-12-12T09:00:00.000Z");
    expect(formatUkMonthName(ukMonthFrom(at("2027-01-02T09:00:00Z"), -1))).toBe("December");
  });

  it("reads the month in UK time: 00:30 BST on 1 July is July in London but June in UTC", () => {
    const origin = at("2026-06-30T23:30:00Z");
    expect(ukMonthFrom(origin, 0)).toBe("2026-07");
    expect(ukMonthFrom(origin, -1)).toBe("2026-06");
  });

  it("a day the month lacks becomes its last day; 'last' is always the last day", () => {
    // From 31 March: last month is February (28 days in 2027, 29 in 2028).
    expect(iso(dayInMonthBefore(at("2027-03-31T08:00:00Z"), 1, 31))).toBe("2027-02-28T09:00:00.000Z");
    expect(iso(dayInMonthBefore(at("2028-03-31T08:00:00Z"), 1, "last"))).toBe("2028-02-29T09:00:00.000Z");
    expect(iso(dayInMonthBefore(at("2026-12-31T09:00:00Z"), 1, 31))).toBe("2026-11-30T09:00:00.000Z");
    expect(iso(dayInMonthBefore(at("2026-12-01T09:00:00Z"), 2, "last"))).toBe("2026-10-31T09:00:00.000Z");
  });

  it("keeps the UK wall-clock time across the clock changes", () => {
    // Started on 2 November (GMT): 12 October is in BST, so 09:00 there is 08:00 UTC.
    expect(iso(dayInMonthBefore(at("2026-11-02T09:00:00Z"), 1, 12))).toBe("2026-10-12T08:00:00.000Z");
    // Started on 1 April 2027 (BST, 09:00 = 08:00 UTC): 12 March is in GMT.
    expect(iso(dayInMonthBefore(at("2027-04-01T08:00:00Z"), 1, 12))).toBe("2027-03-12T09:00:00.000Z");
    // A given time, on the day the clocks go back (25 October 2026) and forward (28 March 2027).
    expect(iso(dayInMonthBefore(at("2026-11-03T09:00:00Z"), 1, 25, "14:30"))).toBe(
      "2026-10-25T14:30:00.000Z",
    );
    expect(iso(dayInMonthBefore(at("2027-04-03T08:00:00Z"), 1, 28, "14:30"))).toBe(
      "2027-03-28T13:30:00.000Z",
    );
  });

  it("names months in English", () => {
    expect(formatUkMonthName("2026-10")).toBe("October");
    expect(formatUkMonthName("2027-01")).toBe("January");
  });
});
