import { describe, expect, it } from "vitest";
import {
  addUkDays,
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
