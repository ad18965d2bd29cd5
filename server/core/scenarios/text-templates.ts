/**
 * Text tokens in what learners read (not to be confused with templates.ts, which finds near-identical
 * learner messages).
 */
import { SHOP_NAME, CATALOGUE } from "../catalogue";
import { calculateCsat, calculateNps, type MetricResult } from "../metrics";
import { formatPence } from "../money";
import { formatUkDate, formatUkMonthName, formatWeekday, shiftDays, ukMonthFrom } from "./dates";
import { absoluteDate, findOrder, itemUnitPrice } from "./scenario-dataset";
import type { RelDate, Scenario } from "./scenario-schema";

/**
 * Text shown to learners (brief, customers' messages) may use tokens that are filled in when the
 * attempt starts, so dates are real UK dates and prices match the catalogue:
 * `{{date -12}}` → "31 October 2026", `{{weekday -12}}` → "Saturday", `{{delivered ORD-1}}`,
 * `{{placed ORD-1}}`, `{{price KET-AURORA-17}}` → "£44.99", `{{paid ORD-1 KET-AURORA-17}}`, `{{shop}}`.
 *
 * Calendar months, for data read by month (the Insights view groups by UK calendar month):
 * `{{month -1}}` → "November" (last month), and the figures the scenario's own feedback gives for a
 * month, computed the way the Insights view computes them (metrics.ts): `{{nps -1}}` → "−10",
 * `{{csat -2}}` → "100%", and with `working` the calculation ("4 of 10 responses are promoters…").
 * A rubric that quotes `{{nps -1}}` cannot drift from the data the learner reads.
 */
export const TEMPLATE_RE = /\{\{\s*([a-z]+)(?:\s+([^}]*?))?\s*\}\}/g;

/** What is wrong with one token in a scenario file, or null. */
export function templateProblem(
  name: string,
  arg: string | undefined,
  orderOwner: Map<string, string>,
  skus: Set<string>,
  /** Feedback kinds with a row dated in days ago rather than in a month. */
  dayDatedKinds: ReadonlySet<string> = new Set(),
): string | null {
  const args = (arg ?? "").split(/\s+/).filter(Boolean);
  switch (name) {
    case "shop":
      return null;
    case "date":
    case "weekday":
      return args.length === 1 && /^[+-]?\d{1,4}$/.test(args[0]!)
        ? null
        : `{{${name}}} needs a day offset such as -12`;
    case "delivered":
    case "placed":
      return args.length === 1 && orderOwner.has(args[0]!) ? null : `{{${name} ${arg ?? ""}}}: unknown order`;
    case "price":
      return args.length === 1 && skus.has(args[0]!) ? null : `{{price ${arg ?? ""}}}: unknown SKU`;
    case "paid":
      return args.length === 2 && orderOwner.has(args[0]!)
        ? null
        : `{{paid ${arg ?? ""}}} needs an order ref and a SKU`;
    case "month":
      return args.length === 1 && /^(0|-[1-9]\d?)$/.test(args[0]!)
        ? null
        : "{{month}} needs a month offset such as -1 (last month)";
    case "nps":
    case "csat":
      if (
        !(
          args.length >= 1 &&
          args.length <= 2 &&
          /^-[1-9]\d?$/.test(args[0]!) &&
          (args[1] ?? "working") === "working"
        )
      )
        return `{{${name}}} needs an earlier month such as -1, optionally followed by "working"`;
      // The figure must be the same whatever the start date, so it may be quoted to a tutor marking
      // a class whose learners started on different days.
      return dayDatedKinds.has(name)
        ? `{{${name}}} needs every ${name} feedback row dated in a month ("month-1 day 12"), not in days ago`
        : null;
    default:
      return `unknown template {{${name}}}`;
  }
}

/**
 * Fills in a text's template tokens. With no origin (e.g. a preview before any attempt exists),
 * dates are described relatively ("12 days ago").
 */
export function renderText(scenario: Scenario, text: string, origin?: Date): string {
  return text.replace(TEMPLATE_RE, (whole, name: string, arg: string | undefined) => {
    const args = (arg ?? "").split(/\s+/).filter(Boolean);
    const relative = (days: number) =>
      days === 0 ? "today" : days === -1 ? "yesterday" : days < 0 ? `${-days} days ago` : `in ${days} days`;
    const onDay = (rel: RelDate | undefined) => {
      if (!rel) return "(not yet)";
      if (origin) return formatUkDate(absoluteDate(origin, rel));
      return "daysAgo" in rel
        ? relative(-rel.daysAgo)
        : `${ordinalDay(rel.day)} ${relativeMonth(-rel.monthsAgo, "of ")}`;
    };
    switch (name) {
      case "shop":
        return SHOP_NAME;
      case "date": {
        const n = Number(args[0]);
        return origin ? formatUkDate(shiftDays(origin, n)) : relative(n);
      }
      case "weekday": {
        const n = Number(args[0]);
        return origin ? formatWeekday(shiftDays(origin, n)) : relative(n);
      }
      case "delivered":
      case "placed": {
        const order = findOrder(scenario, args[0] ?? "");
        if (!order) return whole;
        return onDay(name === "placed" ? order.placedDaysAgo : order.deliveredDaysAgo);
      }
      case "price": {
        const p = CATALOGUE.find((x) => x.sku === args[0]);
        return p ? formatPence(p.pricePence) : whole;
      }
      case "paid": {
        const order = findOrder(scenario, args[0] ?? "");
        const item = order?.items.find((i) => i.sku === args[1]);
        if (!item) return whole;
        return formatPence(itemUnitPrice(item));
      }
      case "month": {
        const n = Number(args[0]);
        return origin ? formatUkMonthName(ukMonthFrom(origin, n)) : relativeMonth(n);
      }
      case "nps":
      case "csat": {
        const result = monthFigure(scenario, name, -Number(args[0]), origin);
        return args[1] === "working" ? result.explanation.calculation : result.display;
      }
      default:
        return whole;
    }
  });
}

/** "last month", "the month before last", "this month", "3 months ago" (with `of `: "of last month"). */
function relativeMonth(offset: number, of = ""): string {
  if (offset === 0) return `${of}this month`;
  if (offset === -1) return `${of}last month`;
  if (offset === -2) return `${of}the month before last`;
  return offset < 0 ? `${-offset} months ago` : `in ${offset} months`;
}

function ordinalDay(day: number | "last"): string {
  if (day === "last") return "the last day";
  const suffix =
    day % 10 === 1 && day !== 11
      ? "st"
      : day % 10 === 2 && day !== 12
        ? "nd"
        : day % 10 === 3 && day !== 13
          ? "rd"
          : "th";
  return `the ${day}${suffix}`;
}

/**
 * The NPS or CSAT of the scenario's own feedback received in the UK calendar month `monthsAgo`
 * months before the start's. With no start, rows dated in that month count (the reference check
 * makes every row of a quoted kind month-dated, so the figure is the same for every start).
 */
function monthFigure(
  scenario: Scenario,
  kind: "nps" | "csat",
  monthsAgo: number,
  origin?: Date,
): MetricResult {
  const target = origin ? ukMonthFrom(origin, -monthsAgo) : null;
  const scores: number[] = [];
  for (const c of scenario.customers)
    for (const f of c.feedback) {
      if (f.kind !== kind || f.score === undefined) continue;
      const inMonth =
        origin && target
          ? ukMonthFrom(absoluteDate(origin, f.daysAgo)) === target
          : "monthsAgo" in f.daysAgo && f.daysAgo.monthsAgo === monthsAgo;
      if (inMonth) scores.push(f.score);
    }
  return kind === "nps" ? calculateNps(scores) : calculateCsat(scores);
}
