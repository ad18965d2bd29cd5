/**
 * Calendar dates written in a learner's message ("by Monday 11 January at the latest", "14/12",
 * "by the 14th"), read relative to the day a request was received, and judged against a legal last
 * day (a subject access response: UK GDPR Art 12(3), `subjectAccessDeadline` in data-protection.ts).
 *
 * Text is read lower-cased (as case-evidence.ts normalises it). A date with no year is the next
 * occurrence on or after the day of receipt ("11 January" said on 10 December 2026 is 11 January
 * 2027); "the 14th" with no month is this month's or next month's 14th; a month named on its own
 * ("we'll send it in February") is that month's next occurrence.
 */
import { isWorkingDay } from "../data-protection";
import {
  addUkDays,
  addUkMonths,
  formatWeekday,
  startOfUkDay,
  type UkDate,
  type UkMonth,
  ukDate,
  ukDateOf,
} from "./dates";
import { clauseBefore } from "./clauses";

export type WrittenDate = {
  /** Offsets in the text read. */
  start: number;
  end: number;
} & (
  | /** The days it may mean: one, or two for "the 14th" (this month's and next month's). */
  { days: UkDate[] }
  /** A month named without a day. */
  | { month: UkMonth }
);

/** The window a written date is judged in. */
export type DateWindow = { receivedOn: UkDate; lastDay: UkDate };

/** "jan" … "dec": a month name's first three letters give its number ("sept", "September" → 9). */
const MONTH_PREFIXES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const monthNumber = (name: string) => MONTH_PREFIXES.indexOf(name.slice(0, 3)) + 1;

const MONTH =
  "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "(?:,?\\s+(\\d{4}))?";
// "14 December", "14th of December 2026", "Monday 14 Dec"
const DAY_MONTH = new RegExp(`(?<![\\w/.])${DAY}(?:\\s+of)?\\s+${MONTH}(?![a-z])${YEAR}(?!\\d)`, "g");
// "December 14", "Dec 14th, 2026" (not "December 2026")
const MONTH_DAY = new RegExp(`(?<![a-z])${MONTH}\\s+${DAY}(?![\\d:])(?!\\s*(?:am|pm)\\b)${YEAR}(?!\\d)`, "g");
// "14/12", "14/12/2026", "14/12/26", "14.12.2026" (a point needs the year: "1.5" is a number)
const NUMERIC =
  /(?<![\w/.£$€-])(\d{1,2})(?:\/(\d{1,2})(?:\/(\d{4}|\d{2}))?|\.(\d{1,2})\.(\d{4}))(?![\w/]|\.\d)/g;
// "2026-12-14"
const ISO = /(?<![\w-])(\d{4})-(\d{2})-(\d{2})(?![\w-])/g;
// "by the 14th", "on the 3rd" (not "the 14th of December", read above)
const ORDINAL = /(?<![a-z])the\s+(\d{1,2})(?:st|nd|rd|th)(?![a-z])/g;
// A month on its own. "May" is left out: it is far more often the verb.
const BARE_MONTH =
  /(?<![a-z])(january|february|march|april|june|july|august|september|october|november|december)(?![a-z])/g;

/** Every calendar date (or bare month) written in `text`, relative to the day of receipt. */
export function writtenDates(text: string, receivedOn: UkDate): WrittenDate[] {
  const out: WrittenDate[] = [];
  const taken = (start: number, end: number) => out.some((d) => start < d.end && end > d.start);
  const [ry, rm] = receivedOn.split("-").map(Number) as [number, number];
  /** The day with this month and day next on or after receipt (or in `year` if one is written). */
  const dayOf = (month: number, day: number, year?: string): UkDate | null => {
    if (year !== undefined) {
      const y = Number(year.length === 2 ? `20${year}` : year);
      return ukDateOf(y, month, day);
    }
    const thisYear = ukDateOf(ry, month, day);
    if (thisYear && thisYear >= receivedOn) return thisYear;
    return ukDateOf(ry + 1, month, day);
  };
  const add = (start: number, end: number, day: UkDate | null) => {
    if (day && !taken(start, end)) out.push({ start, end, days: [day] });
  };
  for (const m of text.matchAll(DAY_MONTH))
    add(m.index, m.index + m[0].length, dayOf(monthNumber(m[2]!), Number(m[1]), m[3]));
  for (const m of text.matchAll(MONTH_DAY))
    add(m.index, m.index + m[0].length, dayOf(monthNumber(m[1]!), Number(m[2]), m[3]));
  for (const m of text.matchAll(ISO))
    add(m.index, m.index + m[0].length, ukDateOf(Number(m[1]), Number(m[2]), Number(m[3])));
  for (const m of text.matchAll(NUMERIC)) {
    // "24/7" is round-the-clock, not 24 July.
    if (m[0] === "24/7") continue;
    const month = Number(m[2] ?? m[4]);
    add(m.index, m.index + m[0].length, dayOf(month, Number(m[1]), m[3] ?? m[5]));
  }
  for (const m of text.matchAll(ORDINAL)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken(start, end)) continue;
    const day = Number(m[1]);
    const thisMonth = `${ry}-${String(rm).padStart(2, "0")}-01`;
    const days = [0, 1]
      .map((k) => {
        const [y, mo] = addUkMonths(thisMonth, k).split("-").map(Number) as [number, number];
        return ukDateOf(y, mo, day);
      })
      .filter((d): d is UkDate => d !== null && d >= receivedOn);
    if (days.length) out.push({ start, end, days });
  }
  for (const m of text.matchAll(BARE_MONTH)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken(start, end)) continue;
    const month = monthNumber(m[1]!);
    const y = month >= rm ? ry : ry + 1;
    out.push({ start, end, month: `${y}-${String(month).padStart(2, "0")}` });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A written date as an answer to "how long will it take?", where the answer the law allows is the
 * month up to `lastDay`:
 * - "right": a day from four weeks after receipt to the last lawful day (the month's end, as "within
 *   a month" or "28 days" say it);
 * - "wrong": a day after the last lawful day, or a month named on its own after the last day's month;
 * - null: anything else. A day sooner than four weeks ("today, 10 December", "by Friday") is a promise,
 *   not the month the law allows; a day before receipt is no deadline; the month of the last day
 *   named alone ("in December") gives no date.
 * For "the 14th", right if either month it may mean is right, wrong only if both are after the last day.
 */
export function judgeWrittenDate(d: WrittenDate, w: DateWindow): "right" | "wrong" | null {
  if ("month" in d) return d.month > w.lastDay.slice(0, 7) ? "wrong" : null;
  const from = addUkDays(w.receivedOn, 28);
  const days = d.days.filter((x) => x >= w.receivedOn);
  if (days.some((x) => x >= from && x <= w.lastDay)) return "right";
  if (days.length && days.every((x) => x > w.lastDay)) return "wrong";
  return null;
}

/**
 * The day after a message is sent, named by its weekday ("it will be with you on Friday", written on a
 * Thursday), is tomorrow, so keyword checks for "tomorrow" (a next-day promise made before approval,
 * a delivery date) read it as said: "friday" becomes "friday tomorrow" in the message's search text.
 * "Next Friday", "the Friday after", "Friday week" and "last Friday" name another day and are left
 * alone, as is a day told in the past tense ("we dispatched it on Friday"). Red-team round 9 B
 * (internal-r9-friday-not-tomorrow: a next-day promise made before approval, worded to miss "tomorrow").
 */
export function withTomorrowNamed(searchText: string, sentAt: Date): string {
  const name = formatWeekday(startOfUkDay(addUkDays(ukDate(sentAt), 1))).toLowerCase();
  return searchText.replace(weekdayPattern(name), (found, at: number) =>
    toldInThePast(clauseBefore(searchText, at, SENTENCE_OR_CONJUNCTION)) ? found : `${name} tomorrow`,
  );
}

/** The day's name, not after "next", "the", "last"… nor before "week" or "after" (one pattern per day, built once). */
const weekdayPatterns = new Map<string, RegExp>();
function weekdayPattern(name: string): RegExp {
  let day = weekdayPatterns.get(name);
  if (!day) {
    day = new RegExp(
      `(?<!\\b(?:next|following|the|last|previous|past)\\s)\\b${name}\\b(?!\\s+(?:week|after))`,
      "g",
    );
    weekdayPatterns.set(name, day);
  }
  return day;
}

// "We dispatched it on Friday", "it was meant to arrive on Friday": last Friday, not tomorrow. A verb
// of time to come in the same clause ("will be delivered", "it's arriving", "we've booked it for")
// keeps the day ahead.
const PAST_TENSE = /\b(?:was|were|had|did|went|left|sent|came|got|lost|\w{3,}ed)\b/;
const TIME_TO_COME = /\b(?:will|shall|going to|gonna|is|are|be|being|have|has)\b|'(?:ll|s|re|ve)\b/;
// The search text is the whole message, so a sentence's end stops the clause too.
const SENTENCE_OR_CONJUNCTION = /[.!?\n]|\b(?:and|so|because)\b/;
const toldInThePast = (clause: string) => PAST_TENSE.test(clause) && !TIME_TO_COME.test(clause);

/** Numbers written as words, one to ninety (also read by offer-terms.ts). */
export const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const PERIOD = new RegExp(
  String.raw`\b(?:within|in|up to|upto|take|takes|taking|allow|allowing|inside|no more than|not more than|maximum of|max)\s+(?:the\s+|a\s+|about\s+|around\s+|roughly\s+|approximately\s+|approx\.?\s+|of\s+)?(?:next\s+)?(\d{1,3}|${Object.keys(NUMBER_WORDS).join("|")})(?:[- ](one|two|three|four|five|six|seven|eight|nine))?[- ](working|business|calendar|clear)?\s*(days?|weeks?)\b`,
  "g",
);

/** A period written as a number of days or weeks from now ("within 40 working days", "up to six weeks"). */
export type WrittenPeriod = {
  start: number;
  end: number;
  count: number;
  unit: "working days" | "days" | "weeks";
};

/**
 * Periods a message gives for how long something will take: "within", "in", "up to", "take(s)",
 * "allow" and the like, then a number (figures or words) of days, working days or weeks.
 */
export function writtenPeriods(text: string): WrittenPeriod[] {
  const out: WrittenPeriod[] = [];
  for (const m of text.matchAll(PERIOD)) {
    const [, first = "", second, kind, measure = ""] = m;
    const count =
      (/^\d+$/.test(first) ? Number(first) : (NUMBER_WORDS[first] ?? 0)) +
      (second ? (NUMBER_WORDS[second] ?? 0) : 0);
    const unit = measure.startsWith("week")
      ? "weeks"
      : kind === "working" || kind === "business"
        ? "working days"
        : "days";
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, count, unit });
  }
  return out;
}

/**
 * A period counted from the day of receipt that ends after the last lawful day is a wrong answer to
 * "how long": "within 40 working days" (about eight weeks) or "up to 40 days" for a subject access
 * request, which has one calendar month (UK GDPR Art 12(3); the Data Protection Act 1998 gave 40
 * days). Working days skip weekends and bank holidays in England and Wales (data-protection.ts, the
 * same calendar that sets the deadline). A period
 * that ends on or before the last day is not judged here (a promise, or the month in other words).
 * Red-team round 11 B (dp-r11-stale-signature-forty-days).
 */
export function periodEndsTooLate(p: WrittenPeriod, w: DateWindow): boolean {
  let end = w.receivedOn;
  if (p.unit === "weeks") end = addUkDays(end, 7 * p.count);
  else if (p.unit === "days") end = addUkDays(end, p.count);
  else {
    for (let left = p.count; left > 0; ) {
      end = addUkDays(end, 1);
      if (isWorkingDay(end)) left--;
    }
  }
  return end > w.lastDay;
}
