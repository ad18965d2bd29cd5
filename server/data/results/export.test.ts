import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { spreadsheetCsv } from "./export";

const cells = (csv: string) => Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;

describe("spreadsheetCsv", () => {
  it("escapes every cell a spreadsheet would run as a formula, a cell with line breaks in it too", () => {
    const risky = [
      '=HYPERLINK("http://x","a")',
      '=HYPERLINK("http://x","a")\nSecond line of a comment',
      "+1+1\r\nmore",
      "-2+3\nmore",
      "@SUM(1)\nmore",
      "\t=1+1",
      "\r=1+1",
    ];
    const fields = ["=head", ...risky.map((_, i) => `Column ${i + 2}`), "Last"];
    const [header, row] = cells(spreadsheetCsv(fields, [[...risky, "Plain text", ""]]));
    expect(header![0]).toBe("'=head");
    expect(row!.slice(0, risky.length)).toEqual(risky.map((v) => `'${v}`));
    expect(row!.slice(risky.length)).toEqual(["Plain text", ""]);
  });

  it("leaves numbers (negative ones included) and text with a formula character later on alone", () => {
    const [, row] = cells(spreadsheetCsv(["a", "b", "c"], [[-5, "Ann = Able", "Line\n=later"]]));
    expect(row).toEqual(["-5", "Ann = Able", "Line\n=later"]);
  });
});
