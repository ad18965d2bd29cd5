/**
 * The whole-class export: every assignment of a class and every criterion, in ONE file.
 *
 * The CSV is "long" (one row per learner, assignment and criterion, plus one row per learner and
 * assignment for the total), because each scenario has its own criteria: a single wide sheet would
 * need a column for every criterion of every scenario. Long rows filter and pivot well in any
 * spreadsheet. The .xlsx workbook (ExcelJS) holds the same rows on an "All marks" sheet, a
 * "Summary" sheet (learner × assignment: total and band) and one sheet per assignment laid out like
 * the results grid (learner × criterion).
 */
import { and, asc, eq } from "drizzle-orm";
import type { Scope } from "@/db/store";
import { notFound } from "@/server/core/domain-errors";
import type { CriterionStatus } from "@/server/core/scenarios/scoring";
import { csvDateTimeText, fileDay, fileSlug, spreadsheetCsv } from "./export";
import { type AssignmentResults, assignmentResults } from "./grid";
import { cellText, LEARNER_STATUS_TEXT, lateText, STATUS_TEXT } from "./statuses";

export const CLASS_EXPORT_COLUMNS = [
  "Class",
  "Learner",
  "Assignment",
  "Due",
  "Status",
  "Submitted at",
  "Late",
  "Row",
  "Criterion no.",
  "Criterion",
  "Criterion (full wording)",
  "Weight",
  "Mark",
  "Machine mark (if overridden)",
  "Override comment",
  "Total %",
  "Band",
] as const;
type Column = (typeof CLASS_EXPORT_COLUMNS)[number];
export type ClassExportRow = Record<Column, string | number>;

const dayOf = (d: Date) => csvDateTimeText(d).slice(0, 10);

/** The class's name and every assignment's results (oldest assignment first); another tutor's class is not found. */
export async function classResults(
  scope: Scope,
  tutorId: number,
  classId: number,
): Promise<{ className: string; assignments: AssignmentResults[] }> {
  const { t, db } = scope;
  const [klass] = await db
    .select({ name: t.classes.name })
    .from(t.classes)
    .where(and(eq(t.classes.id, classId), eq(t.classes.tutorId, tutorId)))
    .limit(1);
  if (!klass) throw notFound("Class");
  const ids = await db
    .select({ id: t.assignments.id })
    .from(t.assignments)
    .where(eq(t.assignments.classId, classId))
    .orderBy(asc(t.assignments.id));
  const assignments: AssignmentResults[] = [];
  // One after another: on SQLite every query shares the one connection anyway.
  for (const a of ids) assignments.push(await assignmentResults(scope, tutorId, a.id));
  return { className: klass.name, assignments };
}

/** Every row of the long export: per learner and assignment, a "Total" row, then one per criterion. */
export function classExportRows(data: {
  className: string;
  assignments: AssignmentResults[];
}): ClassExportRow[] {
  const rows: ClassExportRow[] = [];
  for (const a of data.assignments) {
    for (const r of a.rows) {
      const common = {
        Class: data.className,
        Learner: r.displayName,
        Assignment: a.assignment.scenarioTitle,
        Due: a.assignment.dueAt ? dayOf(a.assignment.dueAt) : "",
        Status: LEARNER_STATUS_TEXT[r.status],
        "Submitted at": r.submittedAt ? csvDateTimeText(r.submittedAt) : "",
        Late: lateText(r),
        "Total %": r.totalPercent ?? "",
        Band: r.band ?? "",
      };
      rows.push({
        ...common,
        Row: "Total",
        "Criterion no.": "",
        Criterion: "",
        "Criterion (full wording)": "",
        Weight: "",
        Mark: "",
        "Machine mark (if overridden)": "",
        "Override comment": "",
      });
      a.criteria.forEach((c, i) => {
        const cell = r.cells[i];
        rows.push({
          ...common,
          Row: "Criterion",
          "Criterion no.": c.number,
          Criterion: c.shortName,
          "Criterion (full wording)": c.title,
          Weight: c.weight,
          Mark: cellText(cell),
          "Machine mark (if overridden)": cell?.originalStatus
            ? STATUS_TEXT[cell.originalStatus as CriterionStatus]
            : "",
          "Override comment": cell?.overrideComment ?? "",
        });
      });
    }
  }
  return rows;
}

function fileStem(className: string, now: Date) {
  return `class-results-${fileSlug(className)}-${fileDay(now)}`;
}

/** The whole class as one CSV (UTF-8 with BOM, CRLF, formula-like cells escaped, as the per-assignment CSV). */
export async function exportClassCsv(scope: Scope, tutorId: number, classId: number, now: Date) {
  const data = await classResults(scope, tutorId, classId);
  const rows = classExportRows(data);
  const csv = spreadsheetCsv(
    [...CLASS_EXPORT_COLUMNS],
    rows.map((r) => CLASS_EXPORT_COLUMNS.map((c) => r[c])),
  );
  return { filename: `${fileStem(data.className, now)}.csv`, csv, rows: rows.length };
}

/** A worksheet name Excel accepts: at most 31 characters, none of \ / ? * [ ] :, unique in the book. */
function sheetName(title: string, used: Set<string>): string {
  const base =
    title
      .replace(/[\\/?*[\]:]/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, 28) || "Sheet";
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 26)} ${n}`;
  used.add(name.toLowerCase());
  return name;
}

/**
 * A workbook cell's value, exactly as typed. No apostrophe before "=", "+", "-" or "@" as in the CSV:
 * a spreadsheet parses every CSV field and would run "=…" as a formula, but ExcelJS writes a string
 * as a shared string (t="s"), which Excel and LibreOffice show as text and never evaluate (ECMA-376
 * Part 1, the c element and ST_CellType), so there an apostrophe would only print as part of the name.
 * Only characters XML 1.0 cannot hold are dropped (XML 1.0 §2.2: U+FFFE, U+FFFF, lone surrogates, C0
 * controls but tab and line breaks): one of them in a name or comment made the workbook unreadable.
 */
const xlsxText = (v: string | number) =>
  typeof v === "string" ? v.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "") : v;

/** The same data as an Excel workbook (base64, for the browser to save). */
export async function exportClassWorkbook(scope: Scope, tutorId: number, classId: number, now: Date) {
  const data = await classResults(scope, tutorId, classId);
  const rows = classExportRows(data);
  // Loaded when a workbook is made, not with the router: ExcelJS takes most of a second of CPU to load,
  // paid otherwise by every server start and every test file that imports the app.
  const { default: ExcelJS } = await import("exceljs");
  const book = new ExcelJS.Workbook();
  book.creator = "Hearth & Bean CRM Trainer";
  book.created = now;
  const used = new Set<string>();
  const bold = { bold: true };

  const summary = book.addWorksheet(sheetName("Summary", used));
  summary.addRow([
    "Learner",
    ...data.assignments.flatMap((a) => [
      `${a.assignment.scenarioTitle}: total %`,
      `${a.assignment.scenarioTitle}: band`,
    ]),
  ]);
  const learners = new Map<number, string>();
  for (const a of data.assignments) for (const r of a.rows) learners.set(r.learnerId, r.displayName);
  for (const [learnerId, name] of learners) {
    summary.addRow([
      xlsxText(name),
      ...data.assignments.flatMap((a) => {
        const r = a.rows.find((x) => x.learnerId === learnerId);
        return [r?.totalPercent ?? "", r?.band ?? (r ? LEARNER_STATUS_TEXT[r.status] : "")];
      }),
    ]);
  }
  summary.getRow(1).font = bold;
  summary.views = [{ state: "frozen", xSplit: 1, ySplit: 1 }];

  for (const a of data.assignments) {
    const sheet = book.addWorksheet(sheetName(a.assignment.scenarioTitle, used));
    sheet.addRow([
      "Learner",
      "Status",
      "Submitted at",
      "Late",
      "Total %",
      "Band",
      ...a.criteria.map((c) => c.shortName),
    ]);
    // The full wording of each criterion as a note on its heading.
    a.criteria.forEach((c, i) => {
      sheet.getRow(1).getCell(7 + i).note = c.title;
    });
    for (const r of a.rows) {
      sheet.addRow([
        xlsxText(r.displayName),
        LEARNER_STATUS_TEXT[r.status],
        r.submittedAt ? csvDateTimeText(r.submittedAt) : "",
        lateText(r),
        r.totalPercent ?? "",
        r.band ?? "",
        ...a.criteria.map((_, i) => cellText(r.cells[i])),
      ]);
    }
    sheet.getRow(1).font = bold;
    sheet.views = [{ state: "frozen", xSplit: 1, ySplit: 1 }];
  }

  const all = book.addWorksheet(sheetName("All marks", used));
  all.addRow([...CLASS_EXPORT_COLUMNS]);
  for (const r of rows) all.addRow(CLASS_EXPORT_COLUMNS.map((c) => xlsxText(r[c])));
  all.getRow(1).font = bold;
  all.views = [{ state: "frozen", ySplit: 1 }];
  all.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: CLASS_EXPORT_COLUMNS.length } };

  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  return {
    filename: `${fileStem(data.className, now)}.xlsx`,
    base64: buffer.toString("base64"),
    rows: rows.length,
  };
}
