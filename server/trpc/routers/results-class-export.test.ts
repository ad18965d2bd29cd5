/**
 * The whole-class export through the real procedures on a fresh database: one CSV with every
 * assignment and criterion, and the same data as an .xlsx workbook (read back with ExcelJS).
 */
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getScenario } from "@/server/scenarios/scenario-registry";
import { createTestApp, errorCode, type TestApp } from "@/server/test-support/test-app";

let app: TestApp;
let tutorApi: ReturnType<TestApp["caller"]>;
let classId: number;
let learnerSession: Parameters<TestApp["caller"]>[0];
let zoeAttempt: number;
const ZOE = `Zoë "Zed" O'Brien, Jr.`;
const COMPLAINT = "complaint-faulty-kettle";
const ONBOARDING = "onboarding-new-subscriber";

beforeAll(async () => {
  app = createTestApp();
  const tutor = app.browser({}, { ip: "10.6.0.1" });
  await tutor.api.auth.tutorSignUp({
    email: "export@college.example",
    name: "Export Tutor",
    password: "a long enough password",
  });
  await tutor.api.auth.tutorSignIn({ email: "export@college.example", password: "a long enough password" });
  tutorApi = app.caller(tutor.session.current, { ip: "10.6.0.1" });
  const klass = await tutorApi.classes.create({ name: "Year 12 Retail" });
  classId = klass.id;
  await tutorApi.assignments.create({ classId, scenarioId: COMPLAINT });
  await tutorApi.assignments.create({ classId, scenarioId: ONBOARDING });
  const zoe = app.browser({}, { ip: "10.6.0.2" });
  await zoe.api.auth.joinClass({ code: klass.joinCode!, displayName: ZOE });
  learnerSession = zoe.session.current;
  const bo = app.browser({}, { ip: "10.6.0.3" });
  await bo.api.auth.joinClass({ code: klass.joinCode!, displayName: "=SUM(A1)" });
  const { attemptId } = await zoe.api.attempts.start({ scenarioId: COMPLAINT });
  zoeAttempt = attemptId;
  await zoe.api.attempts.act({
    attemptId,
    clientId: "class-export-1",
    action: {
      type: "send_message",
      customerRef: "CUS-2041",
      channel: "email",
      text: "I'm so sorry your kettle stopped, Priya. Thank you for telling us.",
    },
  });
  await zoe.api.attempts.submit({ attemptId });
}, 60_000);
afterAll(() => app.close());

describe("results.exportClassCsv", () => {
  it("has a total row and a row per criterion for every learner and assignment, in one file", async () => {
    const { filename, csv } = await tutorApi.results.exportClassCsv({ classId });
    expect(filename).toMatch(/^class-results-year-12-retail-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const complaintCriteria = getScenario(COMPLAINT)!.rubric.length;
    const onboardingCriteria = getScenario(ONBOARDING)!.rubric.length;
    // Two learners × (complaint: total + criteria, onboarding: total + criteria).
    expect(parsed.data).toHaveLength(2 * (1 + complaintCriteria) + 2 * (1 + onboardingCriteria));
    const zoeTotal = parsed.data.find(
      (r) => r.Learner === ZOE && r.Row === "Total" && r.Assignment?.includes("kettle"),
    )!;
    expect(zoeTotal).toMatchObject({
      Class: "Year 12 Retail",
      Status: "Submitted",
      Band: expect.stringMatching(/Fail|Pass|Merit|Distinction/),
    });
    expect(zoeTotal["Submitted at"]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    const apology = parsed.data.find(
      (r) => r.Learner === ZOE && r["Criterion (full wording)"] === "Apologised sincerely in the first reply",
    )!;
    expect(apology).toMatchObject({
      Row: "Criterion",
      Criterion: "Sincere apology",
      Mark: expect.stringMatching(/^(met|partly|not met)$/),
    });
    const notStarted = parsed.data.filter((r) => r.Assignment?.includes("subscriber") && r.Row === "Total");
    expect(notStarted.map((r) => r.Status)).toEqual(["Not started", "Not started"]);
    // A name that looks like a formula stays text.
    expect(csv).toContain("'=SUM(A1)");
    expect(csv).not.toMatch(/(^|,)=SUM/m);
  });

  it("refuses learners and other tutors", async () => {
    expect(await errorCode(app.caller(learnerSession).results.exportClassCsv({ classId }))).toBe("FORBIDDEN");
    const other = app.browser({}, { ip: "10.6.0.9" });
    await other.api.auth.tutorSignUp({
      email: "other.export@college.example",
      name: "Other",
      password: "a long enough password",
    });
    await other.api.auth.tutorSignIn({
      email: "other.export@college.example",
      password: "a long enough password",
    });
    expect(await errorCode(app.caller(other.session.current).results.exportClassCsv({ classId }))).toBe(
      "NOT_FOUND",
    );
    expect(await errorCode(app.caller(other.session.current).results.exportClassWorkbook({ classId }))).toBe(
      "NOT_FOUND",
    );
  });
});

describe("results.exportClassWorkbook", () => {
  it("holds a formula-like name as text, as typed: a string cell, never a formula", async () => {
    const { base64 } = await tutorApi.results.exportClassWorkbook({ classId });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(base64, "base64") as unknown as ArrayBuffer);
    const found: string[] = [];
    for (const sheet of book.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((c) => {
          // ExcelJS reads a cell written as a formula (<f>) as ValueType.Formula: none may be.
          expect(c.type, `${sheet.name}!${c.address}`).not.toBe(ExcelJS.ValueType.Formula);
          if (String(c.value).includes("SUM(A1)")) {
            expect(c.type, sheet.name).toBe(ExcelJS.ValueType.String);
            expect(c.value, sheet.name).toBe("=SUM(A1)");
            found.push(sheet.name);
          }
        }),
      );
    }
    // The summary, both assignments' sheets, and a total and a row per criterion in All marks.
    expect(new Set(found).size).toBe(4);
  });

  it("holds the same rows as the CSV, a summary and a sheet per assignment", async () => {
    const { filename, base64 } = await tutorApi.results.exportClassWorkbook({ classId });
    const { csv } = await tutorApi.results.exportClassCsv({ classId });
    expect(filename).toMatch(/^class-results-year-12-retail-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(base64, "base64") as unknown as ArrayBuffer);
    const names = book.worksheets.map((w) => w.name);
    expect(names[0]).toBe("Summary");
    expect(names.at(-1)).toBe("All marks");
    expect(names).toHaveLength(4);
    expect(names.every((n) => n.length <= 31)).toBe(true);

    const all = book.getWorksheet("All marks")!;
    const csvRows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(all.rowCount).toBe(csvRows.length);
    const cellText = (v: ExcelJS.CellValue) => (v === null || v === undefined ? "" : String(v));
    // The CSV's apostrophe before a formula-like cell is the CSV's own guard; the workbook holds the text as typed.
    const unguarded = (v: string) => v.replace(/^'(?=[=+\-@\t\r])/, "");
    for (let r = 1; r <= all.rowCount; r++) {
      const values = (all.getRow(r).values as ExcelJS.CellValue[]).slice(1);
      const padded = csvRows[r - 1]!.map((_, i) => cellText(values[i]));
      expect(padded, `row ${r}`).toEqual(csvRows[r - 1]!.map(unguarded));
    }

    const summary = book.getWorksheet("Summary")!;
    const zoeRow = (summary.getColumn(1).values as ExcelJS.CellValue[]).findIndex((v) => v === ZOE);
    expect(zoeRow).toBeGreaterThan(1);
    expect(String(summary.getRow(zoeRow).getCell(3).value)).toMatch(/Fail|Pass|Merit|Distinction/);

    const complaint = book.worksheets[1]!;
    expect(complaint.getRow(1).getCell(4).value).toBe("Late");
    expect(complaint.getRow(1).getCell(7).value).toBe("First response time");
    expect(complaint.getRow(1).getCell(7).note).toBeTruthy();
  });

  it("still opens when a name or comment held a character XML cannot", async () => {
    // A name from before such characters were refused, and a tutor's comment (taken as typed).
    await app.store.write({ key: "test" }, async ({ db, t }) => {
      await db
        .update(t.learners)
        .set({ displayName: "Ann\uFFFE Lee" })
        .where(eq(t.learners.displayName, "=SUM(A1)"));
    });
    const criterionId = getScenario(COMPLAINT)!.rubric[0]!.id;
    await tutorApi.results.overrideCriterion({
      attemptId: zoeAttempt,
      criterionId,
      newStatus: "met",
      comment: "Fine\uFFFF by me\u0001.",
    });
    const { base64 } = await tutorApi.results.exportClassWorkbook({ classId });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(base64, "base64") as unknown as ArrayBuffer);
    const texts = book.getWorksheet("All marks")!.getSheetValues().flat().map(String);
    expect(texts).toContain("Ann Lee");
    expect(texts).toContain("Fine by me.");
  });
});
