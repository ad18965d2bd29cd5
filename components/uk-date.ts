/**
 * Dates typed the UK way. The browser's own date input shows and takes dates in the order of the
 * browser's language (mm/dd/yyyy in a US-English browser, which is what many college machines run),
 * so a tutor reading "03/12/2026" could not tell 3 December from 12 March. These fields are plain text:
 * day, month, year in that order, whatever the browser (GOV.UK Design System, "Dates": day then month
 * then year, the year in full). Pure, tested beside it.
 */

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

export const UK_DATE_HINT = "Day, month, year, for example 19/12/2026";

export type UkDateResult = { ok: true; iso: string } | { ok: false; message: string };

/** "19/12/2026", "19-12-2026", "19.12.2026", "19 12 2026", "19 December 2026", "19 Dec 2026" → "2026-12-19". */
export function parseUkDate(text: string, fieldName = "the date"): UkDateResult {
  const s = text.trim().replace(/\s+/g, " ");
  const bad = {
    ok: false as const,
    message: `Enter ${fieldName} as day, month, year, for example 19/12/2026.`,
  };
  const numeric = /^(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d+)$/.exec(s);
  const named = /^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+)\.?,? (\d+)$/.exec(s);
  let day: number;
  let month: number;
  let yearText: string;
  if (numeric) {
    day = Number(numeric[1]);
    month = Number(numeric[2]);
    yearText = numeric[3]!;
  } else if (named) {
    const m = named[2]!.toLowerCase();
    const index = m.length >= 3 ? MONTHS.findIndex((name) => m.startsWith(name)) : -1;
    if (index < 0) return bad;
    day = Number(named[1]);
    month = index + 1;
    yearText = named[3]!;
  } else return bad;
  if (yearText.length !== 4) return { ok: false, message: `The year must have 4 numbers, for example 2026.` };
  const year = Number(yearText);
  if (month < 1 || month > 12) return { ok: false, message: `The month must be a number from 1 to 12.` };
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth)
    return {
      ok: false,
      message: `That day does not exist: ${monthName.format(Date.UTC(year, month - 1, 1))} ${year} has ${daysInMonth} days.`,
    };
  return { ok: true, iso: `${yearText}-${pad(month)}-${pad(day)}` };
}

const monthName = new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" });

/** "2026-12-19" → "19/12/2026", the form the field shows. */
export function ukDateText(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
