import { describe, expect, it } from "vitest";
import {
  easterSunday,
  englandWalesBankHolidays,
  isWorkingDay,
  nextWorkingDay,
  subjectAccessDeadline,
} from "./data-protection";
import { londonWallTime } from "./scenarios/dates";

const due = (y: number, m: number, d: number, hh = 10, mm = 0, extended = false) =>
  subjectAccessDeadline(londonWallTime(y, m, d, hh, mm), { extended });

describe("subject access deadline (UK GDPR Art 12(3); ICO 'Right of access')", () => {
  it("runs from the day of receipt to the corresponding date next month (ICO's own example: 3 September → 3 October)", () => {
    // 3 October 2025 is a Friday.
    const r = due(2025, 9, 3);
    expect(r.receivedOn).toBe("2025-09-03");
    expect(r.lastDay).toBe("2025-10-03");
    expect(r.basis).toMatch(/Art 12\(3\)/);
  });

  it("counts the day of receipt even late at night: 23:59 on 1 August → 1 September", () => {
    // 1 September 2026 is a Tuesday.
    expect(due(2026, 8, 1, 23, 59).lastDay).toBe("2026-09-01");
  });

  it("a month with no corresponding date gives its last day: 31 January → 28 February, or 29 in a leap year", () => {
    expect(due(2025, 1, 31).correspondingDay).toBe("2025-02-28"); // a Friday
    expect(due(2025, 1, 31).lastDay).toBe("2025-02-28");
    expect(due(2028, 1, 31).correspondingDay).toBe("2028-02-29"); // 2028 is a leap year; a Tuesday
    expect(due(2028, 1, 31).lastDay).toBe("2028-02-29");
    expect(due(2027, 1, 30).correspondingDay).toBe("2027-02-28"); // a Sunday…
    expect(due(2027, 1, 30).lastDay).toBe("2027-03-01"); // …so the next working day
  });

  it("month ends: 31 March → 30 April; 31 August → 30 September; 31 December → 31 January", () => {
    expect(due(2026, 3, 31).correspondingDay).toBe("2026-04-30");
    expect(due(2026, 8, 31).correspondingDay).toBe("2026-09-30");
    expect(due(2026, 12, 31).correspondingDay).toBe("2027-01-31"); // a Sunday
    expect(due(2026, 12, 31).lastDay).toBe("2027-02-01");
  });

  it("a weekend or bank holiday moves the last day to the next working day", () => {
    // 25 December 2026 is a Friday and a bank holiday; Boxing Day (Saturday) is replaced on Monday 28th.
    expect(due(2026, 11, 25).correspondingDay).toBe("2026-12-25");
    expect(due(2026, 11, 25).lastDay).toBe("2026-12-29");
    // Good Friday 2027 is 26 March and Easter Monday 29 March: two holidays and a weekend in a row.
    expect(due(2027, 2, 26).correspondingDay).toBe("2027-03-26");
    expect(due(2027, 2, 26).lastDay).toBe("2027-03-30");
    // A Saturday: 12 December 2026 → Monday 14 December.
    expect(due(2026, 11, 12).lastDay).toBe("2026-12-14");
  });

  it("uses the UK day across the clock changes, not the UTC day", () => {
    // 00:30 BST on 1 April 2026 is 23:30 UTC on 31 March: the request is received on 1 April.
    const spring = due(2026, 4, 1, 0, 30);
    expect(spring.receivedOn).toBe("2026-04-01");
    expect(spring.lastDay).toBe("2026-05-01");
    // 25 October 2026, the day the clocks go back: due 25 November, ending at 23:59:59.999 GMT.
    const autumn = due(2026, 10, 25, 1, 30);
    expect(autumn.lastDay).toBe("2026-11-25");
    expect(autumn.endsAt.toISOString()).toBe("2026-11-25T23:59:59.999Z");
    // A deadline in summer ends at midnight BST (23:00 UTC).
    expect(due(2026, 5, 15).endsAt.toISOString()).toBe("2026-06-15T22:59:59.999Z");
  });

  it("an extension for a complex request adds two further months from the day of receipt", () => {
    expect(due(2026, 11, 12, 10, 0, true).correspondingDay).toBe("2027-02-12");
    expect(due(2026, 1, 31, 10, 0, true).correspondingDay).toBe("2026-04-30");
  });
});

describe("England and Wales bank holidays (gov.uk/bank-holidays)", () => {
  it("Easter Sunday by the Gregorian computus", () => {
    expect(["2025", "2026", "2027", "2028"].map((y) => easterSunday(Number(y)))).toEqual([
      "2025-04-20",
      "2026-04-05",
      "2027-03-28",
      "2028-04-16",
    ]);
  });

  it("matches the published dates, substitute days included", () => {
    expect(englandWalesBankHolidays(2026)).toEqual([
      "2026-01-01",
      "2026-04-03",
      "2026-04-06",
      "2026-05-04",
      "2026-05-25",
      "2026-08-31",
      "2026-12-25",
      "2026-12-28",
    ]);
    expect(englandWalesBankHolidays(2027)).toEqual([
      "2027-01-01",
      "2027-03-26",
      "2027-03-29",
      "2027-05-03",
      "2027-05-31",
      "2027-08-30",
      "2027-12-27",
      "2027-12-28",
    ]);
    expect(englandWalesBankHolidays(2028)[0]).toBe("2028-01-03"); // New Year's Day is a Saturday
    expect(englandWalesBankHolidays(2022)).toContain("2022-09-19"); // a one-off: the State Funeral
    expect(englandWalesBankHolidays(2022)).not.toContain("2022-05-30");
  });

  it("working days skip weekends and bank holidays", () => {
    expect(isWorkingDay("2026-11-12")).toBe(true); // Thursday
    expect(isWorkingDay("2026-11-14")).toBe(false); // Saturday
    expect(isWorkingDay("2026-08-31")).toBe(false); // summer bank holiday
    expect(nextWorkingDay("2026-12-25")).toBe("2026-12-29");
  });
});
