import { describe, expect, it } from "vitest";
import { parseUkDate, ukDateText } from "./uk-date";

describe("parseUkDate", () => {
  it("reads day before month, with any usual separator or the month's name", () => {
    for (const text of ["3/12/2026", "03/12/2026", "3-12-2026", "3.12.2026", "3 12 2026", " 3 / 12 / 2026 "])
      expect(parseUkDate(text)).toEqual({ ok: true, iso: "2026-12-03" });
    for (const text of ["3 December 2026", "3rd Dec 2026", "3 dec. 2026", "3 DECEMBER, 2026"])
      expect(parseUkDate(text)).toEqual({ ok: true, iso: "2026-12-03" });
  });

  it("never reads the US order: 12/3/2026 is 12 March", () => {
    expect(parseUkDate("12/3/2026")).toEqual({ ok: true, iso: "2026-03-12" });
    expect(parseUkDate("3/13/2026")).toEqual({
      ok: false,
      message: "The month must be a number from 1 to 12.",
    });
  });

  it("refuses days that do not exist, and says why", () => {
    expect(parseUkDate("29/2/2027")).toEqual({
      ok: false,
      message: "That day does not exist: February 2027 has 28 days.",
    });
    expect(parseUkDate("29/2/2028")).toEqual({ ok: true, iso: "2028-02-29" });
    expect(parseUkDate("0/1/2027").ok).toBe(false);
  });

  it("asks for the year in full and names the field in the message", () => {
    expect(parseUkDate("3/12/26")).toEqual({
      ok: false,
      message: "The year must have 4 numbers, for example 2026.",
    });
    expect(parseUkDate("next friday", "the due date")).toEqual({
      ok: false,
      message: "Enter the due date as day, month, year, for example 19/12/2026.",
    });
    expect(parseUkDate("2026-12-03").ok).toBe(false);
    expect(parseUkDate("3 Smarch 2026").ok).toBe(false);
  });

  it("shows an ISO date the UK way", () => {
    expect(ukDateText("2026-03-07")).toBe("07/03/2026");
  });
});
