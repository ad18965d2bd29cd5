/** UK formatting for everything a user reads: pounds, UK dates, Europe/London time. */
// Money has one formatter, in the core, shared with the server's explanations and the seed.
export { formatPence, formatWholePounds } from "@/server/core/money";

const TZ = "Europe/London";

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: TZ,
});
const longDateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: TZ,
});
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: TZ,
});
const timeFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: TZ });
const weekdayDateFormat = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: TZ,
});

export const formatDate = (d: Date | number) => dateFormat.format(d);
export const formatLongDate = (d: Date | number) => longDateFormat.format(d);
export const formatDateTime = (d: Date | number) => dateTimeFormat.format(d);
export const formatTime = (d: Date | number) => timeFormat.format(d);
/** "Monday 7 December 2026" (no comma after the weekday). */
export const formatWeekdayDate = (d: Date | number) => weekdayDateFormat.format(d).replace(",", "");

export function formatPercent(value: number | null, digits = 0): string {
  return value === null ? "–" : `${value.toFixed(digits)}%`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
}

export function formatRelativeDays(days: number | null): string {
  if (days === null) return "Never";
  if (days === 0) return "Today";
  if (days === 1) return "Yesterday";
  if (days < 60) return `${days} days ago`;
  const months = Math.round(days / 30.4);
  if (months < 24) return `${months} months ago`;
  return `${Math.round(days / 365)} years ago`;
}
