/** The CSV export of an assignment's results, for a spreadsheet. */
import Papa from "papaparse";
import type { Scope } from "@/db/store";
import type { CriterionStatus } from "@/server/core/scenarios/scoring";
import { assignmentResults, type ResultCriterion } from "./grid";
import { cellText, LEARNER_STATUS_TEXT, lateText, STATUS_TEXT } from "./statuses";

const csvDateTime = new Intl.DateTimeFormat("en-GB", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
  timeZone: "Europe/London",
});

/** "15/01/2026 14:05" in UK time: a spreadsheet reads it as a date and time. */
export function csvDateTimeText(d: Date): string {
  const parts = Object.fromEntries(csvDateTime.formatToParts(d).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

/** A file-name-safe slug: "Level 3 Zoë's class" → "level-3-zoe-s-class". */
export function fileSlug(s: string): string {
  return (
    s
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "class"
  );
}

/** The UK day as a file name sorts it: "2026-01-15". */
export function fileDay(d: Date): string {
  return csvDateTimeText(d).slice(0, 10).split("/").reverse().join("-");
}

/**
 * A cell a spreadsheet would read as a formula: one starting with = + - @, a tab or a carriage return
 * (OWASP, "CSV Injection"). papaparse's own test for `escapeFormulae: true` is /^[=+\-@\t\r].*$/,
 * which fails on a cell with a line break in it (`.` stops at the break and `$` is the string's end),
 * so a tutor's two-line override comment "=HYPERLINK(…)⏎…" went out unescaped (probe, session 34).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Rows as a spreadsheet-safe CSV (papaparse): quoted where needed, formula-like cells escaped with a
 * leading apostrophe, CRLF line ends, and a UTF-8 byte-order mark so Excel shows names like "Zoë" correctly.
 */
export function spreadsheetCsv(fields: string[], data: unknown[][]): string {
  return `\uFEFF${Papa.unparse({ fields, data }, { quotes: false, newline: "\r\n", escapeFormulae: FORMULA_START })}`;
}

/** Column headings of the export, in order (criteria by their full titles). */
export function csvHeader(criteria: ResultCriterion[]): string[] {
  return [
    "Learner",
    "Status",
    "Submitted at",
    "Late",
    "Total %",
    "Band",
    ...criteria.map((c) => c.title),
    "Overrides",
    "Override comments",
  ];
}

/**
 * The assignment's results as CSV (papaparse): one row per learner, a column per criterion, quoted
 * where needed (commas, quotes, line breaks), cells that a spreadsheet would run as a formula
 * escaped, CRLF line ends, and a UTF-8 byte-order mark so Excel shows names like "Zoë" correctly.
 */
export async function exportCsv(
  scope: Scope,
  tutorId: number,
  assignmentId: number,
  now: Date,
): Promise<{ filename: string; csv: string; rows: number }> {
  const results = await assignmentResults(scope, tutorId, assignmentId);
  const { criteria } = results;
  const data = results.rows.map((r) => {
    return [
      r.displayName,
      LEARNER_STATUS_TEXT[r.status],
      r.submittedAt ? csvDateTimeText(r.submittedAt) : "",
      lateText(r),
      r.totalPercent ?? "",
      r.band ?? "",
      ...criteria.map((_, i) => cellText(r.cells[i])),
      r.overrides.length,
      r.overrides
        .map(
          (o) =>
            `${o.criterionTitle}: ${STATUS_TEXT[o.previousStatus as CriterionStatus] ?? o.previousStatus} → ${STATUS_TEXT[o.newStatus]} (${o.tutorName}): ${o.comment}`,
        )
        .join(" | "),
    ];
  });
  const csv = spreadsheetCsv(csvHeader(criteria), data);
  const day = fileDay(now);
  return {
    filename: `results-${fileSlug(results.assignment.className)}-${fileSlug(results.assignment.scenarioId)}-${day}.csv`,
    csv,
    rows: data.length,
  };
}
