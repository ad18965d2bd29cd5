/**
 * Date helpers for scenarios: UK formatting ("12 November 2026") and UK wall-clock time
 * (Europe/London, so British Summer Time is handled). Pure: only the built-in Intl API.
 */

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

/** The instant at which UK clocks show the given calendar date and time (month is 1–12). */
export function londonWallTime(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // The offset (0 or +60 minutes) is read at the guessed instant and then verified once more,
  // which is enough for every time of day except the non-existent hour in spring.
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const p = londonParts(new Date(guess));
    const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
    guess = guess - (shown - asUtc);
  }
  return new Date(guess);
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

/** "12 November 2026 at 09:45". */
export function formatUkDateTime(d: Date): string {
  const p = londonParts(d);
  return `${formatUkDate(d)} at ${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")}`;
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

/** Formats a number of pence as pounds: 4499 → "£44.99", 2000 → "£20.00". */
export function formatPounds(pence: number): string {
  const sign = pence < 0 ? "-" : "";
  const abs = Math.abs(Math.round(pence));
  const pounds = Math.floor(abs / 100).toLocaleString("en-GB");
  return `${sign}£${pounds}.${String(abs % 100).padStart(2, "0")}`;
}
