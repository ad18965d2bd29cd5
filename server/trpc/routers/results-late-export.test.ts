/**
 * The exports flag late work (issue 10, item 2): an assignment that accepts late work, one learner
 * submitting before the due date, one after it, one who has not submitted. The assignment CSV, the
 * whole-class CSV and the .xlsx workbook each have a "Late" column saying Yes, No or nothing.
 */
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "@/server/test-support/test-app";

const SCENARIO = "complaint-faulty-kettle";
let app: TestApp;
let tutor: ReturnType<TestApp["caller"]>;
let classId: number;
let assignmentId: number;
let now = new Date();
const clock = () => now;

beforeAll(async () => {
  app = createTestApp();
  const t = app.browser({}, { ip: "10.41.0.1", now: clock });
  await t.api.auth.tutorSignUp({
    email: "late@college.example",
    name: "Late Tutor",
    password: "a long enough password",
  });
  await t.api.auth.tutorSignIn({ email: "late@college.example", password: "a long enough password" });
  tutor = t.api;
  const klass = await tutor.classes.create({ name: "Late work" });
  classId = klass.id;
  const dueAt = new Date(Date.now() + 60 * 60_000);
  assignmentId = (await tutor.assignments.create({ classId, scenarioId: SCENARIO, dueAt })).id;
  await tutor.assignments.update({ assignmentId, lateWork: "accept" });

  const learners = await Promise.all(
    ["Ann", "Ben", "Cat"].map(async (name, i) => {
      const b = app.browser({}, { ip: `10.41.0.${i + 2}`, now: clock });
      await b.api.auth.joinClass({ code: klass.joinCode!, displayName: name });
      return b.api;
    }),
  );
  const [ann, ben, cat] = learners as [typeof tutor, typeof tutor, typeof tutor];
  const start = (api: typeof tutor) => api.attempts.start({ scenarioId: SCENARIO, assignmentId });
  const annAttempt = await start(ann);
  const benAttempt = await start(ben);
  await start(cat);
  await ann.attempts.submit({ attemptId: annAttempt.attemptId });
  now = new Date(dueAt.getTime() + 5 * 60_000);
  expect((await ben.attempts.submit({ attemptId: benAttempt.attemptId })).late).toBe(true);
}, 60_000);
afterAll(() => app.close());

const parse = (csv: string) =>
  Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });

describe("the Late column", () => {
  it("in the assignment CSV: Yes after the due date, No before it, blank when not submitted", async () => {
    const { csv } = await tutor.results.exportCsv({ assignmentId });
    const parsed = parse(csv);
    expect(parsed.meta.fields?.slice(0, 6)).toEqual([
      "Learner",
      "Status",
      "Submitted at",
      "Late",
      "Total %",
      "Band",
    ]);
    const late = Object.fromEntries(parsed.data.map((r) => [r.Learner, [r.Status, r.Late]]));
    expect(late).toEqual({
      Ann: ["Submitted", "No"],
      Ben: ["Submitted", "Yes"],
      Cat: ["In progress", ""],
    });
  });

  it("in the whole-class CSV, on the total row and every criterion row", async () => {
    const { csv } = await tutor.results.exportClassCsv({ classId });
    const parsed = parse(csv);
    expect(parsed.meta.fields).toContain("Late");
    const ben = parsed.data.filter((r) => r.Learner === "Ben");
    expect(ben.length).toBeGreaterThan(1);
    expect(new Set(ben.map((r) => r.Late))).toEqual(new Set(["Yes"]));
    expect(new Set(parsed.data.filter((r) => r.Learner === "Ann").map((r) => r.Late))).toEqual(
      new Set(["No"]),
    );
    expect(new Set(parsed.data.filter((r) => r.Learner === "Cat").map((r) => r.Late))).toEqual(new Set([""]));
  });

  it("in the workbook's assignment sheet and its All marks sheet", async () => {
    const { base64 } = await tutor.results.exportClassWorkbook({ classId });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(base64, "base64") as unknown as ArrayBuffer);
    const lateByLearner = (sheet: ExcelJS.Worksheet) => {
      const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).map(String);
      const learner = header.indexOf("Learner");
      const late = header.indexOf("Late");
      expect(late).toBeGreaterThan(0);
      const out: Record<string, string> = {};
      for (let r = 2; r <= sheet.rowCount; r++) {
        const row = sheet.getRow(r);
        out[String(row.getCell(learner).value)] = String(row.getCell(late).value ?? "");
      }
      return out;
    };
    expect(lateByLearner(book.worksheets[1]!)).toEqual({ Ann: "No", Ben: "Yes", Cat: "" });
    expect(lateByLearner(book.getWorksheet("All marks")!)).toEqual({ Ann: "No", Ben: "Yes", Cat: "" });
  });
});
