/**
 * UK GDPR subject access requests (the right of access), as pure functions: when a response is due.
 *
 * The rules taught (UK GDPR, as retained in UK law and published on legislation.gov.uk; the ICO's
 * guidance "Right of access", section "How long do we have to comply?", and its SAR checklist):
 * - Art 15: a person may ask a controller whether it processes their personal data and for a copy of
 *   it with the supplementary information (purposes, recipients, source, how long it is kept…).
 * - Art 12(3) with Art 12A (inserted by the Data (Use and Access) Act 2025, in force since 5 February
 *   2026, SI 2026/82; before that Art 12(3) itself said "within one month of receipt of the
 *   request"): the controller answers without undue delay and within the "applicable time period",
 *   one month beginning with the "relevant time", which is the latest of receiving the request,
 *   receiving the information asked for to confirm identity (Art 12(6)) and receiving a fee (only
 *   where one may be charged). The controller may extend it by two further months where that is
 *   necessary because of the complexity or the number of the person's requests, telling them, with
 *   reasons, within the first month; and the clock stops while it waits for information it
 *   reasonably needs to identify what the request is about (the ICO's "stopping the clock", now in
 *   the Act). Same rule, same dates: the law now says what the ICO already said.
 * - Art 12(6) and the ICO: where there are reasonable doubts about who is asking, the controller may
 *   ask for information to confirm identity, and the month then runs from receipt of that information
 *   (ICO: "within one month of receipt of … any information requested to confirm the requester's
 *   identity").
 * - Counting the month (ICO): "from the day you receive the request (whether it is a working day or
 *   not) until the corresponding calendar date in the next month"; where the next month is shorter
 *   and has no corresponding date, "the date for response is the last day of the following month"
 *   (31 January → 28 or 29 February); "if the corresponding date falls on a weekend or a public
 *   holiday, you have until the next working day to respond".
 *
 * Days are UK calendar days (Europe/London): a request received at 00:30 BST on 1 April is received
 * on 1 April, though it is still 31 March in UTC. Public holidays are the bank holidays of England and
 * Wales (the shop's home nation), computed by the rules in `englandWalesBankHolidays`.
 */
import { addUkDays, addUkMonths, endOfUkDay, type UkDate, ukDate } from "./scenarios/dates";

export type SubjectAccessDeadline = {
  /** The UK day the month counts from: the request, or the identity details if they came later. */
  receivedOn: UkDate;
  /** The corresponding date one month (three if extended) later, clamped to the month's last day. */
  correspondingDay: UkDate;
  /** The last day to respond: the corresponding date, or the next working day after it. */
  lastDay: UkDate;
  /** The end of that UK day (GMT or BST as the day has it). */
  endsAt: Date;
  basis: string;
};

const BASIS =
  "UK GDPR Art 12(3), Art 12A and Art 15; ICO guidance “Right of access”: one calendar month from the day of receipt to the corresponding date in the next month (the month's last day if it has none, the next working day if that is a weekend or bank holiday), extendable by two further months for complex or numerous requests";

/**
 * When a subject access response is due. `receivedAt` is when the request arrived or, if the
 * controller asked for proof of identity, when that proof arrived (whichever is later).
 */
export function subjectAccessDeadline(
  receivedAt: Date,
  opts: { extended?: boolean } = {},
): SubjectAccessDeadline {
  const receivedOn = ukDate(receivedAt);
  // Months are added from the day of receipt, never chained (31 Jan + 3 months is 30 April, the
  // reading that does not depend on February).
  const correspondingDay = addUkMonths(receivedOn, opts.extended ? 3 : 1);
  const lastDay = nextWorkingDay(correspondingDay);
  return { receivedOn, correspondingDay, lastDay, endsAt: endOfUkDay(lastDay), basis: BASIS };
}

/** The day itself if it is a working day in England and Wales, else the next one that is. */
export function nextWorkingDay(day: UkDate): UkDate {
  let d = day;
  while (!isWorkingDay(d)) d = addUkDays(d, 1);
  return d;
}

/** Monday to Friday and not a bank holiday in England and Wales. */
export function isWorkingDay(day: UkDate): boolean {
  const dow = weekday(day);
  if (dow === 0 || dow === 6) return false;
  return !englandWalesBankHolidays(Number(day.slice(0, 4))).includes(day);
}

/** 0 = Sunday … 6 = Saturday, for a "YYYY-MM-DD" date (a calendar date: no time zone involved). */
function weekday(day: UkDate): number {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** Easter Sunday (Gregorian; the anonymous "Meeus/Jones/Butcher" algorithm). */
export function easterSunday(y: number): UkDate {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(y, month, day);
}

/** The first (n = 1) or last (n = -1) Monday of a month. */
function monday(y: number, month: number, n: 1 | -1): UkDate {
  if (n === 1) {
    const first = iso(y, month, 1);
    return addUkDays(first, (8 - weekday(first)) % 7);
  }
  const last = addUkDays(iso(month === 12 ? y + 1 : y, month === 12 ? 1 : month + 1, 1), -1);
  return addUkDays(last, -((weekday(last) + 6) % 7));
}

/**
 * One-off changes proclaimed for particular years (gov.uk "UK bank holidays"; the Banking and
 * Financial Dealings Act 1971 lets them be moved or added by proclamation).
 */
const ONE_OFFS: Record<number, { drop: UkDate[]; add: UkDate[] }> = {
  2020: { drop: ["2020-05-04"], add: ["2020-05-08"] }, // early May moved to VE Day's 75th anniversary
  2022: { drop: ["2022-05-30"], add: ["2022-06-02", "2022-06-03", "2022-09-19"] }, // Platinum Jubilee; the State Funeral
  2023: { drop: [], add: ["2023-05-08"] }, // the Coronation
};

/**
 * Bank holidays in England and Wales (Banking and Financial Dealings Act 1971, Schedule 1, and the
 * dates published at gov.uk/bank-holidays): New Year's Day, Good Friday, Easter Monday, the first
 * and last Mondays in May, the last Monday in August, Christmas Day and Boxing Day, a day that falls
 * at a weekend being replaced by the next weekday not already a holiday; plus the one-offs above.
 */
export function englandWalesBankHolidays(y: number): UkDate[] {
  const easter = easterSunday(y);
  const substitute = (day: UkDate, taken: UkDate[]) => {
    let d = day;
    while (weekday(d) === 0 || weekday(d) === 6 || taken.includes(d)) d = addUkDays(d, 1);
    return d;
  };
  const newYear = substitute(iso(y, 1, 1), []);
  const christmas = substitute(iso(y, 12, 25), []);
  const boxingDay = substitute(iso(y, 12, 26), [christmas]);
  const days = [
    newYear,
    addUkDays(easter, -2),
    addUkDays(easter, 1),
    monday(y, 5, 1),
    monday(y, 5, -1),
    monday(y, 8, -1),
    christmas,
    boxingDay,
  ];
  const oneOff = ONE_OFFS[y];
  const out = oneOff ? [...days.filter((d) => !oneOff.drop.includes(d)), ...oneOff.add] : days;
  return out.sort();
}
