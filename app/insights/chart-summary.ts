/**
 * One-sentence summaries of the Insights charts' trends, so the chart's point is available as text
 * (WCAG 1.1.1) and screen-reader users hear it before the data table.
 */
import { formatWholePounds } from "@/lib/format";

export interface MonthPoint {
  label: string;
  nps: number | null;
  npsResponses: number;
  revenuePence: number;
}

/** NPS as it is usually written: +25, −12 (a true minus sign), 0. */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : "0";
}

function extreme<T>(items: T[], value: (t: T) => number, pick: "max" | "min"): T {
  return items.reduce((best, t) =>
    (pick === "max" ? value(t) > value(best) : value(t) < value(best)) ? t : best,
  );
}

/** A move is only called a rise or fall when it is bigger than `threshold`. */
function direction(from: number, to: number, threshold: number): string {
  return to - from > threshold ? "rose" : from - to > threshold ? "fell" : "stayed about level";
}

export function npsSummary(months: MonthPoint[]): string {
  const answered = months.filter((m): m is MonthPoint & { nps: number } => m.nps !== null);
  const responses = months.reduce((s, m) => s + m.npsResponses, 0);
  if (answered.length === 0) return "No NPS answers in this period.";
  const first = answered[0]!;
  const last = answered.at(-1)!;
  const high = extreme(answered, (m) => m.nps, "max");
  const low = extreme(answered, (m) => m.nps, "min");
  if (answered.length === 1)
    return `NPS was ${signed(first.nps)} in ${first.label}, the only month with answers (${responses} in all).`;
  // NPS moves in whole points from −100 to +100; under 5 points either way is noise at these sample sizes.
  return `NPS ${direction(first.nps, last.nps, 5)} from ${signed(first.nps)} in ${first.label} to ${signed(last.nps)} in ${last.label}; highest ${signed(high.nps)} (${high.label}), lowest ${signed(low.nps)} (${low.label}), from ${responses} answers.`;
}

export function revenueSummary(months: MonthPoint[]): string {
  const total = months.reduce((s, m) => s + m.revenuePence, 0);
  if (months.length === 0 || total === 0) return "No revenue in this period.";
  // The trend runs from the first to the last month with any orders: a scenario's records may cover
  // only part of the period, and "level from £0 to £0" would hide what the chart shows.
  const firstIndex = months.findIndex((m) => m.revenuePence > 0);
  const lastIndex = months.findLastIndex((m) => m.revenuePence > 0);
  const span = months.slice(firstIndex, lastIndex + 1);
  const first = span[0]!;
  const last = span.at(-1)!;
  const others = months.length - span.length;
  const outside =
    others === 0
      ? ""
      : others === 1
        ? "; no orders in the other month shown"
        : `; no orders in the other ${others} months shown`;
  if (span.length === 1)
    return `Monthly revenue was ${formatWholePounds(first.revenuePence)} in ${first.label}, the only month with orders${outside}.`;
  const high = extreme(span, (m) => m.revenuePence, "max");
  const low = extreme(span, (m) => m.revenuePence, "min");
  // Within a tenth of the first month's figure counts as level.
  const threshold = Math.max(first.revenuePence * 0.1, 1);
  return `Monthly revenue ${direction(first.revenuePence, last.revenuePence, threshold)} from ${formatWholePounds(first.revenuePence)} in ${first.label} to ${formatWholePounds(last.revenuePence)} in ${last.label}; highest ${formatWholePounds(high.revenuePence)} (${high.label}), lowest ${formatWholePounds(low.revenuePence)} (${low.label}), ${formatWholePounds(total)} in all${outside}.`;
}
