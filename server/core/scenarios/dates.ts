/**
 * Date helpers for scenarios: UK formatting ("12 November 2026"), UK wall-clock time and UK
 * calendar days (Europe/London, so British Summer Time is handled). Reading an instant's UK parts
 * uses the built-in Intl API (fast, cached); turning a UK date and time back into an instant, and
 * calendar arithmetic, use the Temporal polyfill, whose rules for the clock changes are specified
 * (a time that does not exist in spring moves forward by the gap; an autumn time that happens
 * twice is the earlier, BST one).
 */
import { Temporal } from "@js-temporal/polyfill";

export const DAY_MS = 86_400_000;
export const MINUTE_MS = 60_000;

const LONDON = "Europe/London";

const partsFormatter = new Intl.DateTimeFormat("en-GB", {
  timeZone: LONDON,
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  hourCycle: "h23",
});

const longDateFormatter = new Intl.DateTimeFormat("en-GB", {
  timeZone: LONDON,
  day: "numeric",
  month: "long",
  year: "numeric",
});

const weekdayFormatter = new Intl.DateTimeFormat("en-GB", { timeZone: LONDON, weekday: "long" });

interface WallParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

// Intl's formatToParts is slow next to everything else in a replay, and replays ask about the same
// few instants (the scenario's origin, its days) again and again; results never change.
const partsCache = new Map<number, WallParts>();

/** The UK wall-clock date and time of an instant. */
export function londonParts(d: Date): WallParts {
  const key = d.getTime();
  const cached = partsCache.get(key);
  if (cached) return { ...cached };
  const parts = computeLondonParts(d);
  if (partsCache.size >= 5_000) partsCache.clear();
  partsCache.set(key, parts);
  return { ...parts };
}

function computeLondonParts(d: Date): WallParts {
  const out: Record<string, number> = {};
  for (const p of partsFormatter.formatToParts(d)) {
    if (p.type !== "literal") out[p.type] = Number(p.value);
  }
  return {
    year: out.year ?? 1970,
    month: out.month ?? 1,
    day: out.day ?? 1,
    hour: out.hour ?? 0,
    minute: out.minute ?? 0,
  };
}

const wallTimeCache = new Map<string, number>();

/**
 * The instant at which UK clocks show the given calendar date and time (month is 1–12). In spring
 * the hour from 01:00 to 02:00 does not exist and is read as the same time after the change (01:30
 * → 02:30 BST); in autumn the hour from 01:00 to 02:00 happens twice and the first (BST) is taken.
 * The hand-rolled guess-and-correct loop this replaces handled every other hour but left the
 * clock-change hours to luck.
 */
export function londonWallTime(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const key = `${year}-${month}-${day} ${hour}:${minute}`;
  const cached = wallTimeCache.get(key);
  if (cached !== undefined) return new Date(cached);
  // PlainDate/PlainDateTime balance out-of-range days the way Date.UTC does (callers rely on it).
  const base = new Date(Date.UTC(year, month - 1, day, hour, minute));
  const ms = Temporal.PlainDateTime.from({
    year: base.getUTCFullYear(),
    month: base.getUTCMonth() + 1,
    day: base.getUTCDate(),
    hour: base.getUTCHours(),
    minute: base.getUTCMinutes(),
  }).toZonedDateTime(LONDON, { disambiguation: "compatible" }).epochMilliseconds;
  if (wallTimeCache.size >= 5_000) wallTimeCache.clear();
  wallTimeCache.set(key, ms);
  return new Date(ms);
}

// ------------------------------------------------------------------------ UK calendar days
// Statutory periods are counted in UK calendar days, not 24-hour blocks: an item delivered at 21:40
// on 1 October is "day 0" until midnight, and a period that ends on a day ends at the end of that
// UK day (legislation.gov.uk: Consumer Rights Act 2015 s.22(3) "the end of 30 days beginning with
// the first day after…"; Consumer Contracts Regulations 2013 reg 30(3) "ends at the end of 14 days
// after the day on which…").

/** A UK calendar date, "YYYY-MM-DD" (sorts and compares as a string). */
export type UkDate = string;

/** The UK calendar date of an instant. */
export function ukDate(d: Date): UkDate {
  const p = londonParts(d);
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

/** The UK date with this year, month (1–12) and day, or null if there is no such day (31 April). */
export function ukDateOf(year: number, month: number, day: number): UkDate | null {
  try {
    return Temporal.PlainDate.from({ year, month, day }, { overflow: "reject" }).toString();
  } catch {
    return null;
  }
}

const addDaysCache = new Map<string, UkDate>();
/** A UK date `days` calendar days later (negative: earlier). */
export function addUkDays(day: UkDate, days: number): UkDate {
  // Remembered: the calendar arithmetic is slow, and scoring asks for the same few days again and again.
  const key = `${day}+${days}`;
  let later = addDaysCache.get(key);
  if (later === undefined) {
    later = Temporal.PlainDate.from(day).add({ days }).toString();
    if (addDaysCache.size >= 5_000) addDaysCache.clear();
    addDaysCache.set(key, later);
  }
  return later;
}

/** A UK date `months` calendar months later; a day the month lacks becomes its last day (31 Aug + 6 → 28 Feb). */
export function addUkMonths(day: UkDate, months: number): UkDate {
  return Temporal.PlainDate.from(day).add({ months }, { overflow: "constrain" }).toString();
}

/** Whole UK calendar days from the day of `from` to the day of `to` (negative if `to` is earlier). */
export function ukDaysBetween(from: Date, to: Date): number {
  return Temporal.PlainDate.from(ukDate(from)).until(Temporal.PlainDate.from(ukDate(to)), {
    largestUnit: "days",
  }).days;
}

/** The first instant of a UK day (midnight, GMT or BST as the day has it). */
export function startOfUkDay(day: UkDate): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return londonWallTime(y, m, d, 0, 0);
}

/** The last instant (millisecond) of a UK day: a deadline "at the end of" that day. */
export function endOfUkDay(day: UkDate): Date {
  return new Date(startOfUkDay(addUkDays(day, 1)).getTime() - 1);
}

/** "15 October 2026" for a UK date. */
export function formatUkDay(day: UkDate): string {
  return formatUkDate(new Date(startOfUkDay(day).getTime() + 12 * 3_600_000));
}

/** Parses "HH:MM" (24-hour) into minutes after midnight. */
export function parseTimeOfDay(hhmm: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!m) throw new Error(`Invalid time of day "${hhmm}"`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** Formats minutes after midnight as "HH:MM"; wraps past midnight. */
export function formatTimeOfDay(minutesAfterMidnight: number): string {
  const m = ((Math.round(minutesAfterMidnight) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/** "12 November 2026". */
export function formatUkDate(d: Date): string {
  return longDateFormatter.format(d);
}

/** "Thursday". */
export function formatWeekday(d: Date): string {
  return weekdayFormatter.format(d);
}

/** "09:45": the UK wall-clock time of an instant (24-hour). */
export function formatUkTime(d: Date): string {
  const p = londonParts(d);
  return `${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")}`;
}

/** "12 November 2026 at 09:45". */
export function formatUkDateTime(d: Date): string {
  return `${formatUkDate(d)} at ${formatUkTime(d)}`;
}

/**
 * The instant a scenario starts: the UK calendar day of `startAt` at the scenario's start time of day.
 * Every relative date in a scenario ("12 days ago") and every simulated minute counts from here.
 */
export function scenarioOrigin(startAt: Date, startTimeOfDay: string): Date {
  const p = londonParts(startAt);
  const mins = parseTimeOfDay(startTimeOfDay);
  return londonWallTime(p.year, p.month, p.day, Math.floor(mins / 60), mins % 60);
}

/**
 * A date `days` calendar days from the origin's UK date (negative = in the past), at `time`
 * ("HH:MM") or, if no time is given, at the origin's time of day.
 */
export function shiftDays(origin: Date, days: number, time?: string): Date {
  const p = londonParts(origin);
  const base = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  const mins = time === undefined ? p.hour * 60 + p.minute : parseTimeOfDay(time);
  return londonWallTime(
    base.getUTCFullYear(),
    base.getUTCMonth() + 1,
    base.getUTCDate(),
    Math.floor(mins / 60),
    mins % 60,
  );
}

// ------------------------------------------------------------------------ UK calendar months
// A monthly review reads figures by calendar month (the Insights view groups by UK calendar month),
// so a scenario can place its rows in "last month" rather than "N days ago", which would straddle
// two months on most start dates.

/** A UK calendar month, "YYYY-MM" (sorts and compares as a string, like metrics.ts's ukMonthKey). */
export type UkMonth = string;

/** The UK calendar month `offset` months from the one the instant falls in (−1: last month). */
export function ukMonthFrom(d: Date, offset = 0): UkMonth {
  return Temporal.PlainDate.from(ukDate(d)).toPlainYearMonth().add({ months: offset }).toString();
}

/**
 * The instant on day `day` of the UK calendar month `monthsAgo` months before the origin's month, at
 * `time` ("HH:MM") or the origin's time of day. A day the month lacks becomes its last day (day 31
 * of February is 28 or 29 February); "last" is always the month's last day.
 */
export function dayInMonthBefore(origin: Date, monthsAgo: number, day: number | "last", time?: string): Date {
  const month = Temporal.PlainYearMonth.from(ukMonthFrom(origin, -monthsAgo));
  const date = month.toPlainDate({
    day: day === "last" ? month.daysInMonth : Math.min(day, month.daysInMonth),
  });
  const p = londonParts(origin);
  const mins = time === undefined ? p.hour * 60 + p.minute : parseTimeOfDay(time);
  return londonWallTime(date.year, date.month, date.day, Math.floor(mins / 60), mins % 60);
}

const monthNameFormatter = new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" });

/** "November" for "2026-11". */
export function formatUkMonthName(month: UkMonth): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return monthNameFormatter.format(new Date(Date.UTC(y, m - 1, 15)));
}
