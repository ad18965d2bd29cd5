/**
 * Text tokens in what learners read (not to be confused with templates.ts, which finds near-identical
 * learner messages).
 */
import { SHOP_NAME, CATALOGUE } from "../catalogue";
import { formatPence } from "../money";
import { formatUkDate, formatWeekday, shiftDays } from "./dates";
import { findOrder, itemUnitPrice } from "./scenario-dataset";
import type { RelDate, Scenario } from "./scenario-schema";

/**
 * Text shown to learners (brief, customers' messages) may use tokens that are filled in when the
 * attempt starts, so dates are real UK dates and prices match the catalogue:
 * `{{date -12}}` → "31 October 2026", `{{weekday -12}}` → "Saturday", `{{delivered ORD-1}}`,
 * `{{placed ORD-1}}`, `{{price KET-AURORA-17}}` → "£44.99", `{{paid ORD-1 KET-AURORA-17}}`, `{{shop}}`.
 */
export const TEMPLATE_RE = /\{\{\s*([a-z]+)(?:\s+([^}]*?))?\s*\}\}/g;

/** What is wrong with one token in a scenario file, or null. */
export function templateProblem(
  name: string,
  arg: string | undefined,
  orderOwner: Map<string, string>,
  skus: Set<string>,
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
      return origin ? formatUkDate(shiftDays(origin, -rel.daysAgo, rel.time)) : relative(-rel.daysAgo);
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
      default:
        return whole;
    }
  });
}
