/**
 * Customer-service metrics, as pure functions (no database). Each returns its value and an
 * explanation the insights page shows under "How it is calculated": the definition in words, the
 * calculation with this data's numbers, the counts that went in, and any caveats.
 *
 * Conventions
 * - Percentages are on a 0–100 scale. `value` is exact; `rounded` and `display` are for people.
 *   Rounding is half away from zero (12.5 → 13, −12.5 → −13).
 * - Money is integer pence; results in pence are rounded to whole pence.
 * - Empty input gives `value: null` and an explanation that says why (never NaN or a divide-by-zero).
 * - Invalid input throws: a score outside its scale, or not a whole number, throws InvalidScoreError
 *   (a RangeError) naming the metric, the score and its position. Bad data should be fixed at the
 *   source, not silently dropped from a figure learners are taught to trust. Negative or fractional
 *   pence, counts or periods throw a plain RangeError.
 * - Months are UK calendar months (Europe/London), so a response at 00:30 BST on 1 April counts in April.
 */
import { formatPence } from "./money";

// ------------------------------------------------------------------ shared types

export interface MetricInput {
  label: string;
  value: number | string;
}

export interface MetricExplanation {
  /** The metric's name, e.g. "Net Promoter Score (NPS)". */
  metric: string;
  /** The formula in words. */
  definition: string;
  /** The calculation with this data's numbers, or why it could not be calculated. */
  calculation: string;
  /** The counts (and other inputs) that went in. */
  inputs: MetricInput[];
  /** Caveats and reading notes. */
  notes: string[];
}

export interface MetricResult {
  /** The exact value, or null when there is nothing to calculate from. */
  value: number | null;
  /** The value as shown to people (rounded, with units). */
  display: string;
  explanation: MetricExplanation;
}

export type ScoredMetric = "NPS" | "CSAT" | "CES";

export const SCORE_SCALES: Record<ScoredMetric, { min: number; max: number }> = {
  NPS: { min: 0, max: 10 },
  CSAT: { min: 1, max: 5 },
  CES: { min: 1, max: 7 },
};

/** Thrown for a score outside its metric's scale or not a whole number. */
export class InvalidScoreError extends RangeError {
  readonly metric: ScoredMetric;
  readonly score: unknown;
  /** Position of the score in the input list, when it came from one. */
  readonly index: number | null;

  constructor(metric: ScoredMetric, score: unknown, index: number | null = null) {
    const { min, max } = SCORE_SCALES[metric];
    super(
      `${metric} scores must be whole numbers from ${min} to ${max}; got ${String(score)}${index === null ? "" : ` (response ${index + 1})`}.`,
    );
    this.name = "InvalidScoreError";
    this.metric = metric;
    this.score = score;
    this.index = index;
  }
}

function assertScore(metric: ScoredMetric, score: unknown, index: number | null = null): number {
  const { min, max } = SCORE_SCALES[metric];
  if (typeof score !== "number" || !Number.isInteger(score) || score < min || score > max) {
    throw new InvalidScoreError(metric, score, index);
  }
  return score;
}

// ------------------------------------------------------------------ number formatting

/** Rounds half away from zero to `dp` decimal places, never returning −0. */
export function roundHalfAwayFromZero(x: number, dp = 0): number {
  const f = 10 ** dp;
  const r = (Math.sign(x) * Math.round(Math.abs(x) * f)) / f;
  return r === 0 ? 0 : r;
}

const MINUS = "\u2212";

/** Up to `dp` decimal places, trailing zeros dropped, a true minus sign. */
function num(x: number, dp = 1): string {
  const r = roundHalfAwayFromZero(x, dp);
  const fixed = Math.abs(r).toFixed(dp);
  const s = fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
  return r < 0 ? `${MINUS}${s}` : s;
}
function signed(x: number, dp = 1): string {
  const r = roundHalfAwayFromZero(x, dp);
  return r > 0 ? `+${num(r, dp)}` : num(r, dp);
}
function pct(x: number, dp = 1): string {
  return `${num(x, dp)}%`;
}
function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

// Money has one formatter (money.ts); the metrics' explanations print it, and tests read it from here.
export { formatPence };

function assertCount(name: string, n: number): void {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`${name} must be a whole number of 0 or more; got ${n}.`);
}
function assertPence(name: string, n: number): void {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`${name} must be a whole number of pence, 0 or more; got ${n}.`);
}
function assertDate(name: string, d: Date): void {
  if (!(d instanceof Date) || Number.isNaN(d.getTime()))
    throw new RangeError(`${name} must be a valid date.`);
}

// ------------------------------------------------------------------ NPS

export type NpsCategory = "promoter" | "passive" | "detractor";

/** Promoter 9–10, passive 7–8, detractor 0–6. Throws InvalidScoreError outside 0–10 or for fractions. */
export function npsCategory(score: number): NpsCategory {
  const s = assertScore("NPS", score);
  return s >= 9 ? "promoter" : s >= 7 ? "passive" : "detractor";
}

export interface NpsResult extends MetricResult {
  /** Exact NPS from −100 to +100, or null with no responses. */
  value: number | null;
  /** Whole-number NPS for display, or null. */
  rounded: number | null;
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** Exact percentages of responses (0 when there are none). */
  promoterPercent: number;
  passivePercent: number;
  detractorPercent: number;
}

const NPS_DEFINITION =
  "NPS = % of promoters (scores 9–10) − % of detractors (scores 0–6). Passives (7–8) count as responses but are neither added nor taken away. The result runs from −100 (everyone a detractor) to +100 (everyone a promoter); it is a score, not a percentage.";

/** Net Promoter Score from 0–10 answers to "How likely are you to recommend us to a friend or colleague?" */
export function calculateNps(scores: readonly number[]): NpsResult {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  scores.forEach((score, i) => {
    const s = assertScore("NPS", score, i);
    if (s >= 9) promoters++;
    else if (s >= 7) passives++;
    else detractors++;
  });
  const n = scores.length;
  const inputs: MetricInput[] = [
    { label: "Responses", value: n },
    { label: "Promoters (9–10)", value: promoters },
    { label: "Passives (7–8)", value: passives },
    { label: "Detractors (0–6)", value: detractors },
  ];
  const notes = [
    "NPS measures willingness to recommend, which is closer to loyalty than satisfaction is – but a good score is not the same as customers coming back. Read it with repeat purchase and retention.",
    "With few responses one answer moves the score a lot: check the number of responses before drawing conclusions.",
  ];
  if (n === 0) {
    return {
      value: null,
      rounded: null,
      display: "No responses",
      responses: 0,
      promoters: 0,
      passives: 0,
      detractors: 0,
      promoterPercent: 0,
      passivePercent: 0,
      detractorPercent: 0,
      explanation: {
        metric: "Net Promoter Score (NPS)",
        definition: NPS_DEFINITION,
        calculation: "No responses in this period",
        inputs,
        notes,
      },
    };
  }
  const value = ((promoters - detractors) * 100) / n;
  const promoterPercent = (promoters * 100) / n;
  const passivePercent = (passives * 100) / n;
  const detractorPercent = (detractors * 100) / n;
  const rounded = roundHalfAwayFromZero(value);
  const display = rounded > 0 ? `+${rounded}` : rounded < 0 ? `${MINUS}${Math.abs(rounded)}` : "0";
  const exactText = signed(value);
  const calculation =
    `${promoters} of ${plural(n, "response")} ${promoters === 1 ? "is a promoter" : "are promoters"} (${pct(promoterPercent)}) and ` +
    `${detractors} ${detractors === 1 ? "is a detractor" : "are detractors"} (${pct(detractorPercent)}). ` +
    `NPS = ${num(promoterPercent)} − ${num(detractorPercent)} = ${exactText}` +
    (exactText === display ? "." : `, shown as ${display}.`);
  return {
    value: value === 0 ? 0 : value,
    rounded,
    display,
    responses: n,
    promoters,
    passives,
    detractors,
    promoterPercent,
    passivePercent,
    detractorPercent,
    explanation: {
      metric: "Net Promoter Score (NPS)",
      definition: NPS_DEFINITION,
      calculation,
      inputs,
      notes,
    },
  };
}

// ------------------------------------------------------------------ CSAT

/** A CSAT answer of 4 or 5 (on 1–5) counts as satisfied. */
export function isSatisfied(score: number): boolean {
  return assertScore("CSAT", score) >= 4;
}

export interface CsatResult extends MetricResult {
  /** Exact % of responses rating 4–5, or null with no responses. */
  value: number | null;
  rounded: number | null;
  responses: number;
  satisfied: number;
}

const CSAT_DEFINITION =
  "CSAT = satisfied responses (4 or 5 on a 1–5 scale) ÷ all responses × 100. A 3 ('neither') is not counted as satisfied.";

/** Customer Satisfaction score: % of 1–5 ratings that are 4 or 5. */
export function calculateCsat(scores: readonly number[]): CsatResult {
  let satisfied = 0;
  scores.forEach((score, i) => {
    if (assertScore("CSAT", score, i) >= 4) satisfied++;
  });
  const n = scores.length;
  const inputs: MetricInput[] = [
    { label: "Responses", value: n },
    { label: "Satisfied (4–5)", value: satisfied },
    { label: "Not satisfied (1–3)", value: n - satisfied },
  ];
  const notes = [
    "CSAT measures satisfaction with a particular interaction or order. Satisfied customers still leave: satisfaction is not the same as loyalty.",
  ];
  if (n === 0) {
    return {
      value: null,
      rounded: null,
      display: "No responses",
      responses: 0,
      satisfied: 0,
      explanation: {
        metric: "Customer satisfaction (CSAT)",
        definition: CSAT_DEFINITION,
        calculation: "No responses in this period",
        inputs,
        notes,
      },
    };
  }
  const value = (satisfied * 100) / n;
  const rounded = roundHalfAwayFromZero(value);
  return {
    value,
    rounded,
    display: `${rounded}%`,
    responses: n,
    satisfied,
    explanation: {
      metric: "Customer satisfaction (CSAT)",
      definition: CSAT_DEFINITION,
      calculation: `${satisfied} of ${plural(n, "response")} rated 4 or 5. CSAT = ${satisfied} ÷ ${n} × 100 = ${pct(value)}${num(value) === String(rounded) ? "" : `, shown as ${rounded}%`}.`,
      inputs,
      notes,
    },
  };
}

// ------------------------------------------------------------------ CES

export interface CesResult extends MetricResult {
  /** Exact mean effort (1–7), or null with no responses. Lower is easier. */
  value: number | null;
  /** Mean to one decimal place. */
  rounded: number | null;
  responses: number;
  /** Responses scoring 1–3 (easy) and 5–7 (difficult); 4 is neutral. */
  easy: number;
  difficult: number;
}

const CES_DEFINITION =
  "CES = the mean (average) of customer effort scores: add up the scores and divide by the number of responses. Scores run from 1 (very easy) to 7 (very difficult), so a lower CES is better.";

/** Customer Effort Score: mean of 1–7 answers to "How easy was it to get your issue resolved?" (lower is easier). */
export function calculateCes(scores: readonly number[]): CesResult {
  let sum = 0;
  let easy = 0;
  let difficult = 0;
  scores.forEach((score, i) => {
    const s = assertScore("CES", score, i);
    sum += s;
    if (s <= 3) easy++;
    if (s >= 5) difficult++;
  });
  const n = scores.length;
  const inputs: MetricInput[] = [
    { label: "Responses", value: n },
    { label: "Total of scores", value: sum },
    { label: "Easy (1–3)", value: easy },
    { label: "Difficult (5–7)", value: difficult },
  ];
  const notes = [
    "Lower is easier: 1 = very easy, 7 = very difficult.",
    "High effort (having to repeat yourself, chase or be passed around) predicts customers leaving.",
  ];
  if (n === 0) {
    return {
      value: null,
      rounded: null,
      display: "No responses",
      responses: 0,
      easy: 0,
      difficult: 0,
      explanation: {
        metric: "Customer effort score (CES)",
        definition: CES_DEFINITION,
        calculation: "No responses in this period",
        inputs,
        notes,
      },
    };
  }
  const value = sum / n;
  // Integer arithmetic for the one-decimal rounding (avoids 1.15 → 1.1 from binary fractions).
  const rounded = Math.floor((sum * 10 * 2 + n) / (2 * n)) / 10;
  return {
    value,
    rounded,
    display: `${rounded.toFixed(1)} out of 7 (lower is easier)`,
    responses: n,
    easy,
    difficult,
    explanation: {
      metric: "Customer effort score (CES)",
      definition: CES_DEFINITION,
      // One rounding, the card's: the mean to one decimal place, half up (no 2-place step first).
      calculation: `Total of ${plural(n, "score")} = ${sum}. CES = ${sum} ÷ ${n} = ${rounded.toFixed(1)} to one decimal place (lower is easier).`,
      inputs,
      notes,
    },
  };
}

// ------------------------------------------------------------------ FCR

export interface FcrResult extends MetricResult {
  value: number | null;
  rounded: number | null;
  contacts: number;
  resolvedAtFirstContact: number;
}

const FCR_DEFINITION = "FCR = contacts resolved at the first contact ÷ all contacts × 100.";

/** First-contact resolution: % of contacts resolved without the customer having to get in touch again. */
export function calculateFcr(contacts: readonly { resolvedAtFirstContact: boolean }[]): FcrResult {
  let resolved = 0;
  contacts.forEach((c, i) => {
    if (typeof c?.resolvedAtFirstContact !== "boolean") {
      throw new RangeError(`Contact ${i + 1}: resolvedAtFirstContact must be true or false.`);
    }
    if (c.resolvedAtFirstContact) resolved++;
  });
  const n = contacts.length;
  const inputs: MetricInput[] = [
    { label: "Contacts", value: n },
    { label: "Resolved at first contact", value: resolved },
    { label: "Needed another contact", value: n - resolved },
  ];
  const notes = [
    "A contact that is closed quickly but makes the customer come back is not resolved: count it as not resolved at first contact.",
  ];
  if (n === 0) {
    return {
      value: null,
      rounded: null,
      display: "No contacts",
      contacts: 0,
      resolvedAtFirstContact: 0,
      explanation: {
        metric: "First-contact resolution (FCR)",
        definition: FCR_DEFINITION,
        calculation: "No contacts in this period",
        inputs,
        notes,
      },
    };
  }
  const value = (resolved * 100) / n;
  const rounded = roundHalfAwayFromZero(value);
  return {
    value,
    rounded,
    display: `${rounded}%`,
    contacts: n,
    resolvedAtFirstContact: resolved,
    explanation: {
      metric: "First-contact resolution (FCR)",
      definition: FCR_DEFINITION,
      calculation: `${resolved} of ${plural(n, "contact")} resolved first time. FCR = ${resolved} ÷ ${n} × 100 = ${pct(value)}${num(value) === String(rounded) ? "" : `, shown as ${rounded}%`}.`,
      inputs,
      notes,
    },
  };
}

/** A case as FCR needs it: its status and how many times the customer contacted us about it. */
export interface FcrCase {
  status: "open" | "in_progress" | "escalated" | "resolved" | "closed";
  /** Inbound contacts (calls, emails, messages from the customer) linked to the case. */
  inboundContacts: number;
}

/**
 * A case was resolved at first contact when it is resolved or closed and the customer did not have
 * to contact us about it again (at most one inbound contact on the case). Open, in-progress and
 * escalated cases are not (yet) resolved at first contact.
 */
export function caseResolvedAtFirstContact(c: FcrCase): boolean {
  return (c.status === "resolved" || c.status === "closed") && c.inboundContacts <= 1;
}

/** FCR over the cases opened in a period, each judged by `caseResolvedAtFirstContact`. */
export function calculateCaseFcr(cases: readonly FcrCase[]): FcrResult {
  const r = calculateFcr(cases.map((c) => ({ resolvedAtFirstContact: caseResolvedAtFirstContact(c) })));
  const inputs = r.explanation.inputs.map((i) =>
    i.label === "Contacts" ? { ...i, label: "Cases opened in the period" } : i,
  );
  return {
    ...r,
    explanation: {
      ...r.explanation,
      calculation: r.explanation.calculation.replace(/contacts? resolved first time/, (m) =>
        m.replace(/contacts?/, r.contacts === 1 ? "case" : "cases"),
      ),
      inputs,
      notes: [
        "Counted from the CRM's cases: a case is resolved at first contact when it is resolved or closed and the customer contacted us about it no more than once. Open or escalated cases are not.",
        ...r.explanation.notes,
      ],
    },
  };
}

// ------------------------------------------------------------------ retention and churn

export interface Period {
  /** Start of the period (inclusive). */
  from: Date;
  /** End of the period (exclusive). */
  to: Date;
}

/** Orders in the 12 months before a date make a customer "active" at that date. */
export const ACTIVE_WINDOW_MONTHS = 12;

/** `months` calendar months before `d` (UTC), clamping the day (31 March − 1 month → 28/29 February). */
export function monthsBefore(d: Date, months: number): Date {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() - months;
  const target = new Date(
    Date.UTC(y, m, 1, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()),
  );
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return target;
}

/** A customer's order dates (exclude cancelled orders before passing them in). */
export type CustomerOrderDates = readonly Date[] | { readonly orderDates: readonly Date[] };

function datesOf(c: CustomerOrderDates): readonly Date[] {
  return Array.isArray(c) ? (c as readonly Date[]) : (c as { orderDates: readonly Date[] }).orderDates;
}

/**
 * Whether someone counts as a customer at a moment: their first order was before it AND they are
 * active, i.e. they ordered in the `activeWindowMonths` (default 12) months before it.
 */
export function isCustomerAt(
  orderDates: readonly Date[],
  at: Date,
  activeWindowMonths = ACTIVE_WINDOW_MONTHS,
): boolean {
  const t = at.getTime();
  const windowStart = monthsBefore(at, activeWindowMonths).getTime();
  let first = Number.POSITIVE_INFINITY;
  let active = false;
  for (const d of orderDates) {
    const x = d.getTime();
    if (x < first) first = x;
    if (x >= windowStart && x < t) active = true;
  }
  return first < t && active;
}

export interface RetentionResult extends MetricResult {
  /** Retention as a percentage, or null when there were no customers at the start. */
  value: number | null;
  /** (E − N) ÷ S as a fraction (1 = 100%), or null. */
  retentionRate: number | null;
  /** 1 − retention rate, or null. */
  churnRate: number | null;
  retentionPercent: number | null;
  churnPercent: number | null;
  churnDisplay: string;
  /** S: customers at the start of the period. */
  startCount: number;
  /** E: customers at the end of the period. */
  endCount: number;
  /** N: new customers acquired in the period (first order in the period). */
  newCount: number;
  /** Customers counted at both the start and the end. */
  retainedCount: number;
  /** Customers counted at the end, not new, who were not active at the start (they came back). */
  reactivatedCount: number;
}

/**
 * Customer retention rate = (customers at end − new customers in the period) ÷ customers at start,
 * and churn = 1 − retention. "Customer at a date" = first order before that date and at least one
 * order in the 12 months before it. Pass the dates of orders that count (not cancelled ones).
 */
export function calculateRetention(
  customers: readonly CustomerOrderDates[],
  period: Period,
  options: { activeWindowMonths?: number } = {},
): RetentionResult {
  assertDate("period.from", period.from);
  assertDate("period.to", period.to);
  if (period.to.getTime() <= period.from.getTime())
    throw new RangeError("The period must end after it starts.");
  const windowMonths = options.activeWindowMonths ?? ACTIVE_WINDOW_MONTHS;
  if (!Number.isInteger(windowMonths) || windowMonths < 1)
    throw new RangeError("activeWindowMonths must be a whole number of 1 or more.");

  const from = period.from.getTime();
  const to = period.to.getTime();
  let startCount = 0;
  let endCount = 0;
  let newCount = 0;
  let retainedCount = 0;
  let reactivatedCount = 0;
  for (const c of customers) {
    const dates = datesOf(c);
    for (const d of dates) assertDate("Order date", d);
    if (dates.length === 0) continue;
    const first = Math.min(...dates.map((d) => d.getTime()));
    const atStart = isCustomerAt(dates, period.from, windowMonths);
    const atEnd = isCustomerAt(dates, period.to, windowMonths);
    const isNew = first >= from && first < to;
    if (atStart) startCount++;
    if (atEnd) endCount++;
    if (isNew) newCount++;
    if (atStart && atEnd) retainedCount++;
    if (atEnd && !atStart && !isNew) reactivatedCount++;
  }

  const definition =
    "Retention rate = (customers at the end − new customers gained in the period) ÷ customers at the start × 100. Churn rate = 100% − retention rate.";
  const notes = [
    `In this CRM, someone counts as a customer on a date if their first order was before that date AND they are still active: they ordered in the ${windowMonths} months before it. Without the activity test nobody would ever stop being a customer and churn would always be 0.`,
    "New customers are those whose first order falls in the period; they are taken off so that winning new customers does not hide losing existing ones.",
    "Cancelled orders should be left out of the order dates.",
  ];
  if (reactivatedCount > 0) {
    notes.push(
      `${plural(reactivatedCount, "customer")} lapsed before the period and ordered again during it, so ${reactivatedCount === 1 ? "counts" : "count"} at the end but not at the start; this is why retention can be above 100% (and churn below 0%).`,
    );
  }
  const monthsLong = (to - from) / (30.44 * 86_400_000);
  if (monthsLong > windowMonths) {
    notes.push(
      `The period is longer than the ${windowMonths}-month activity window, so some new customers may already have lapsed by the end; the formula still takes all of them off.`,
    );
  }
  const inputs: MetricInput[] = [
    { label: "Customers at start (S)", value: startCount },
    { label: "Customers at end (E)", value: endCount },
    { label: "New customers in the period (N)", value: newCount },
    { label: "Retained (counted at start and end)", value: retainedCount },
    { label: "Came back after lapsing", value: reactivatedCount },
  ];
  const base = { startCount, endCount, newCount, retainedCount, reactivatedCount };
  if (startCount === 0) {
    return {
      value: null,
      retentionRate: null,
      churnRate: null,
      retentionPercent: null,
      churnPercent: null,
      display: "No customers at start",
      churnDisplay: "No customers at start",
      ...base,
      explanation: {
        metric: "Customer retention and churn",
        definition,
        calculation:
          "There were no customers at the start of the period, so retention cannot be calculated (it would mean dividing by zero).",
        inputs,
        notes,
      },
    };
  }
  const retentionRate = (endCount - newCount) / startCount;
  const churnRate = 1 - retentionRate;
  const retentionPercent = ((endCount - newCount) * 100) / startCount;
  const churnPercent = 100 - retentionPercent;
  return {
    value: retentionPercent,
    retentionRate,
    churnRate,
    retentionPercent,
    churnPercent,
    display: pct(retentionPercent),
    churnDisplay: pct(churnPercent),
    ...base,
    explanation: {
      metric: "Customer retention and churn",
      definition,
      calculation: `Retention = (${endCount} − ${newCount}) ÷ ${startCount} × 100 = ${pct(retentionPercent)}. Churn = 100% − ${pct(retentionPercent)} = ${pct(churnPercent)}.`,
      inputs,
      notes,
    },
  };
}

// ------------------------------------------------------------------ repeat purchase rate

export interface RepeatPurchaseResult extends MetricResult {
  value: number | null;
  rounded: number | null;
  customersWithOrders: number;
  repeatCustomers: number;
}

/** Repeat purchase rate = customers with more than one order ÷ customers with at least one order × 100. */
export function calculateRepeatPurchaseRate(orderCountsPerCustomer: readonly number[]): RepeatPurchaseResult {
  let withOrders = 0;
  let repeat = 0;
  orderCountsPerCustomer.forEach((n, i) => {
    assertCount(`Order count for customer ${i + 1}`, n);
    if (n >= 1) withOrders++;
    if (n > 1) repeat++;
  });
  const definition =
    "Repeat purchase rate = customers with more than one order ÷ customers with at least one order × 100.";
  const inputs: MetricInput[] = [
    { label: "Customers with at least one order", value: withOrders },
    { label: "Customers with more than one order", value: repeat },
    { label: "Customers with no orders (left out)", value: orderCountsPerCustomer.length - withOrders },
  ];
  const notes = [
    "Customers who have never ordered are left out: they have not had the chance to buy again.",
    "Pass counts of orders that count (leave out cancelled orders).",
  ];
  if (withOrders === 0) {
    return {
      value: null,
      rounded: null,
      display: "No customers with orders",
      customersWithOrders: 0,
      repeatCustomers: 0,
      explanation: {
        metric: "Repeat purchase rate",
        definition,
        calculation: "No customers with orders in this period",
        inputs,
        notes,
      },
    };
  }
  const value = (repeat * 100) / withOrders;
  const rounded = roundHalfAwayFromZero(value);
  return {
    value,
    rounded,
    display: `${rounded}%`,
    customersWithOrders: withOrders,
    repeatCustomers: repeat,
    explanation: {
      metric: "Repeat purchase rate",
      definition,
      calculation: `${repeat} of ${plural(withOrders, "customer")} ordered more than once. Repeat purchase rate = ${repeat} ÷ ${withOrders} × 100 = ${pct(value)}.`,
      inputs,
      notes,
    },
  };
}

// ------------------------------------------------------------------ AOV, frequency, CLV

/** Default expected customer lifespan for CLV, in years. */
export const DEFAULT_EXPECTED_LIFESPAN_YEARS = 3;

const DAYS_PER_YEAR = 365.25;

/** Length of a period in years (365.25-day years). */
export function yearsBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / (DAYS_PER_YEAR * 86_400_000);
}

export interface AovResult extends MetricResult {
  /** Exact mean order value in pence (may be fractional), or null. */
  value: number | null;
  /** Mean order value rounded to whole pence, or null. */
  valuePence: number | null;
  orders: number;
  revenuePence: number;
}

/** Average order value = total revenue ÷ number of orders (pence). */
export function calculateAverageOrderValue(orderTotalsPence: readonly number[]): AovResult {
  let revenue = 0;
  orderTotalsPence.forEach((p, i) => {
    assertPence(`Order ${i + 1} total`, p);
    revenue += p;
  });
  const n = orderTotalsPence.length;
  const definition = "Average order value (AOV) = total revenue ÷ number of orders.";
  const inputs: MetricInput[] = [
    { label: "Orders", value: n },
    { label: "Revenue", value: formatPence(revenue) },
  ];
  const notes = [
    "Use order totals after refunds and leave out cancelled orders, so AOV reflects what customers actually spent.",
  ];
  if (n === 0) {
    return {
      value: null,
      valuePence: null,
      display: "No orders",
      orders: 0,
      revenuePence: 0,
      explanation: {
        metric: "Average order value (AOV)",
        definition,
        calculation: "No orders in this period",
        inputs,
        notes,
      },
    };
  }
  const value = revenue / n;
  const valuePence = roundHalfAwayFromZero(value);
  return {
    value,
    valuePence,
    display: formatPence(valuePence),
    orders: n,
    revenuePence: revenue,
    explanation: {
      metric: "Average order value (AOV)",
      definition,
      calculation: `AOV = ${formatPence(revenue)} ÷ ${plural(n, "order")} = ${formatPence(valuePence)}.`,
      inputs,
      notes,
    },
  };
}

export interface PurchaseFrequencyResult extends MetricResult {
  /** Orders per customer per year, or null. */
  value: number | null;
  orders: number;
  customers: number;
  periodYears: number;
}

/** Purchase frequency = orders ÷ customers ÷ length of the period in years (orders per customer per year). */
export function calculatePurchaseFrequency(input: {
  orderCount: number;
  customerCount: number;
  periodYears: number;
}): PurchaseFrequencyResult {
  const { orderCount, customerCount, periodYears } = input;
  assertCount("orderCount", orderCount);
  assertCount("customerCount", customerCount);
  if (!(Number.isFinite(periodYears) && periodYears > 0))
    throw new RangeError(`periodYears must be more than 0; got ${periodYears}.`);
  const definition =
    "Purchase frequency = number of orders ÷ number of customers ÷ length of the period in years (orders per customer per year). The customers are everyone who was a customer at the end of the period (an order in the 12 months before it) plus anyone else who ordered during it, so quiet customers count too.";
  const inputs: MetricInput[] = [
    { label: "Orders", value: orderCount },
    {
      label: "Customers (customers at the end of the period, plus anyone else who ordered in it)",
      value: customerCount,
    },
    { label: "Period (years)", value: num(periodYears, 2) },
  ];
  const notes: string[] = [];
  if (customerCount === 0) {
    return {
      value: null,
      display: "No customers",
      orders: orderCount,
      customers: 0,
      periodYears,
      explanation: {
        metric: "Purchase frequency",
        definition,
        calculation: "No customers in this period",
        inputs,
        notes,
      },
    };
  }
  const value = orderCount / customerCount / periodYears;
  return {
    value,
    display: `${num(value, 2)} orders per customer per year`,
    orders: orderCount,
    customers: customerCount,
    periodYears,
    explanation: {
      metric: "Purchase frequency",
      definition,
      calculation: `Frequency = ${orderCount} ÷ ${customerCount} ÷ ${num(periodYears, 2)} = ${num(value, 2)} orders per customer per year.`,
      inputs,
      notes,
    },
  };
}

export interface ClvResult extends MetricResult {
  /** CLV in whole pence, or null when an input is missing. */
  value: number | null;
  valuePence: number | null;
  averageOrderValuePence: number | null;
  purchaseFrequencyPerYear: number | null;
  expectedLifespanYears: number;
}

/**
 * Customer lifetime value = average order value × purchase frequency (orders per year) × expected
 * lifespan (years), in pence rounded to the nearest penny. Null if AOV or frequency is null.
 */
export function calculateClv(input: {
  averageOrderValuePence: number | null;
  purchaseFrequencyPerYear: number | null;
  expectedLifespanYears?: number;
}): ClvResult {
  const lifespan = input.expectedLifespanYears ?? DEFAULT_EXPECTED_LIFESPAN_YEARS;
  const aov = input.averageOrderValuePence;
  const freq = input.purchaseFrequencyPerYear;
  if (!(Number.isFinite(lifespan) && lifespan > 0))
    throw new RangeError(`expectedLifespanYears must be more than 0; got ${lifespan}.`);
  if (aov !== null && !(Number.isFinite(aov) && aov >= 0))
    throw new RangeError(`averageOrderValuePence must be 0 or more; got ${aov}.`);
  if (freq !== null && !(Number.isFinite(freq) && freq >= 0))
    throw new RangeError(`purchaseFrequencyPerYear must be 0 or more; got ${freq}.`);
  const definition =
    "Customer lifetime value (CLV) = average order value × purchase frequency (orders per customer per year) × expected customer lifespan (years).";
  const inputs: MetricInput[] = [
    { label: "Average order value", value: aov === null ? "—" : formatPence(aov) },
    { label: "Purchase frequency (orders per year)", value: freq === null ? "—" : num(freq, 2) },
    { label: "Expected lifespan (years)", value: num(lifespan, 2) },
  ];
  const notes = [
    `The expected lifespan is an assumption (default ${DEFAULT_EXPECTED_LIFESPAN_YEARS} years), not something measured: better retention makes it longer, which is why keeping customers raises their value.`,
    "This is revenue, not profit: it ignores costs, discounts and the cost of winning the customer.",
  ];
  if (aov === null || freq === null) {
    return {
      value: null,
      valuePence: null,
      display: "Not enough data",
      averageOrderValuePence: aov,
      purchaseFrequencyPerYear: freq,
      expectedLifespanYears: lifespan,
      explanation: {
        metric: "Customer lifetime value (CLV)",
        definition,
        calculation:
          "Not enough data: average order value and purchase frequency both need orders in this period",
        inputs,
        notes,
      },
    };
  }
  const valuePence = roundHalfAwayFromZero(aov * freq * lifespan);
  const freqShown = frequencyShown(aov, freq, lifespan, valuePence);
  // The inputs list shows the factors exactly as the calculation uses them.
  inputs[0] = { label: "Average order value", value: clvFactor(aov) };
  inputs[1] = { label: "Purchase frequency (orders per year)", value: freqShown };
  return {
    value: valuePence,
    valuePence,
    display: formatPence(valuePence),
    averageOrderValuePence: aov,
    purchaseFrequencyPerYear: freq,
    expectedLifespanYears: lifespan,
    explanation: {
      metric: "Customer lifetime value (CLV)",
      definition,
      calculation: `CLV = ${clvFactor(aov)} × ${freqShown} × ${num(lifespan, 2)} = ${formatPence(valuePence)}.`,
      inputs,
      notes,
    },
  };
}

/** AOV as a CLV factor: whole pence as pounds; a fractional-pence AOV is shown to a hundredth of a penny. */
function clvFactor(aovPence: number): string {
  if (Number.isInteger(aovPence)) return formatPence(aovPence);
  return `£${(aovPence / 100).toFixed(4)}`;
}

/**
 * The frequency with just enough decimal places (2 to 6) that the factors as shown multiply to the
 * result, to the penny: "£51.37 × 5.03 × 3" must not be shown for a £775.67 result.
 */
function frequencyShown(aovPence: number, freq: number, lifespan: number, resultPence: number): string {
  for (let dp = 2; dp <= 6; dp++) {
    if (roundHalfAwayFromZero(aovPence * roundHalfAwayFromZero(freq, dp) * lifespan) === resultPence)
      return num(freq, dp);
  }
  return num(freq, 6);
}

export interface CustomerValueOrder {
  customerRef: string;
  placedAt: Date;
  /** Order total in pence (after refunds; leave out cancelled orders). */
  totalPence: number;
}

/**
 * AOV, purchase frequency and CLV together from a customer's orders: pass ALL of their (not
 * cancelled) orders; only those placed in the period count as orders, and earlier ones decide who
 * was a customer. Frequency averages over the customers at the end of the period (first order
 * before the end and an order in the 12 months before it, as retention counts them) plus anyone else
 * who ordered during it. Averaging over buyers only would inflate short periods (3 months: only the
 * customers who happened to order), which is what the formula's "per customer" must not do.
 * CLV multiplies the AOV as shown (whole pence), so the working's factors give the result.
 */
export function calculateCustomerValue(
  orders: readonly CustomerValueOrder[],
  period: Period,
  expectedLifespanYears = DEFAULT_EXPECTED_LIFESPAN_YEARS,
): { averageOrderValue: AovResult; purchaseFrequency: PurchaseFrequencyResult; clv: ClvResult } {
  assertDate("period.from", period.from);
  assertDate("period.to", period.to);
  if (period.to.getTime() <= period.from.getTime())
    throw new RangeError("The period must end after it starts.");
  const inPeriod = orders.filter(
    (o) => o.placedAt.getTime() >= period.from.getTime() && o.placedAt.getTime() < period.to.getTime(),
  );
  const averageOrderValue = calculateAverageOrderValue(inPeriod.map((o) => o.totalPence));
  const datesByCustomer = new Map<string, Date[]>();
  for (const o of orders) {
    const list = datesByCustomer.get(o.customerRef);
    if (list) list.push(o.placedAt);
    else datesByCustomer.set(o.customerRef, [o.placedAt]);
  }
  const customers = new Set(inPeriod.map((o) => o.customerRef));
  for (const [ref, dates] of datesByCustomer) if (isCustomerAt(dates, period.to)) customers.add(ref);
  const purchaseFrequency = calculatePurchaseFrequency({
    orderCount: inPeriod.length,
    customerCount: customers.size,
    periodYears: yearsBetween(period.from, period.to),
  });
  const clv = calculateClv({
    averageOrderValuePence: averageOrderValue.valuePence,
    purchaseFrequencyPerYear: purchaseFrequency.value,
    expectedLifespanYears,
  });
  return { averageOrderValue, purchaseFrequency, clv };
}

// ------------------------------------------------------------------ monthly series

const MONTH_ABBR = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
] as const;
const UK_MONTH = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
});

/** The UK calendar month of an instant, as "YYYY-MM". */
export function ukMonthKey(d: Date): string {
  const parts = UK_MONTH.formatToParts(d);
  const year = parts.find((p) => p.type === "year")?.value ?? String(d.getUTCFullYear());
  const month = parts.find((p) => p.type === "month")?.value ?? String(d.getUTCMonth() + 1).padStart(2, "0");
  return `${year}-${month}`;
}

/** "2026-03" → "Mar 2026". */
export function monthLabel(key: string): string {
  const [y, m] = key.split("-");
  return `${MONTH_ABBR[Number(m) - 1] ?? m} ${y}`;
}

/** Every UK calendar month touched by [from, to), oldest first, as "YYYY-MM". */
export function monthsInRange(range: Period): string[] {
  assertDate("from", range.from);
  assertDate("to", range.to);
  if (range.to.getTime() <= range.from.getTime()) return [];
  const first = ukMonthKey(range.from);
  const last = ukMonthKey(new Date(range.to.getTime() - 1));
  const out: string[] = [];
  let [y, m] = first.split("-").map(Number) as [number, number];
  for (;;) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    out.push(key);
    if (key >= last) break;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

export interface MonthlyPoint<V> {
  /** "YYYY-MM" (UK calendar month). */
  month: string;
  /** "Mar 2026". */
  label: string;
  /** Items that fell in the month. */
  count: number;
  value: V;
}

/**
 * Groups items by UK calendar month within [from, to) and summarises each month (months with no
 * items are included, so a chart has no gaps).
 */
export function monthlySeries<T, V>(
  items: readonly T[],
  dateOf: (item: T) => Date,
  range: Period,
  summarise: (itemsInMonth: T[], month: string) => V,
): MonthlyPoint<V>[] {
  const months = monthsInRange(range);
  const buckets = new Map<string, T[]>(months.map((m) => [m, []]));
  const from = range.from.getTime();
  const to = range.to.getTime();
  for (const item of items) {
    const d = dateOf(item);
    const t = d.getTime();
    if (t < from || t >= to) continue;
    buckets.get(ukMonthKey(d))?.push(item);
  }
  return months.map((month) => {
    const inMonth = buckets.get(month) ?? [];
    return { month, label: monthLabel(month), count: inMonth.length, value: summarise(inMonth, month) };
  });
}

export interface MonthlyNpsPoint {
  month: string;
  label: string;
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** Exact NPS for the month, or null with no responses. */
  nps: number | null;
  /** Whole-number NPS for the chart, or null. */
  npsRounded: number | null;
}

/** NPS per UK calendar month, for a chart. */
export function monthlyNps(
  responses: readonly { score: number; receivedAt: Date }[],
  range: Period,
): MonthlyNpsPoint[] {
  return monthlySeries(
    responses,
    (r) => r.receivedAt,
    range,
    (inMonth) => calculateNps(inMonth.map((r) => r.score)),
  ).map((p) => ({
    month: p.month,
    label: p.label,
    responses: p.value.responses,
    promoters: p.value.promoters,
    passives: p.value.passives,
    detractors: p.value.detractors,
    nps: p.value.value,
    npsRounded: p.value.rounded,
  }));
}

export interface MonthlyRevenuePoint {
  month: string;
  label: string;
  orders: number;
  revenuePence: number;
}

/** Revenue (sum of order totals, pence) and order count per UK calendar month, for a chart. */
export function monthlyRevenue(
  orders: readonly { placedAt: Date; totalPence: number }[],
  range: Period,
): MonthlyRevenuePoint[] {
  orders.forEach((o, i) => assertPence(`Order ${i + 1} total`, o.totalPence));
  return monthlySeries(
    orders,
    (o) => o.placedAt,
    range,
    (inMonth) => inMonth.reduce((s, o) => s + o.totalPence, 0),
  ).map((p) => ({
    month: p.month,
    label: p.label,
    orders: p.count,
    revenuePence: p.value,
  }));
}
