/** UK formatting for everything a user reads: pounds, UK dates, Europe/London time. */
const TZ = "Europe/London";

const poundsFormat = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });
const wholePoundsFormat = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });

export function formatPence(pence: number): string {
  return poundsFormat.format(pence / 100);
}

export function formatWholePounds(pence: number): string {
  return wholePoundsFormat.format(Math.round(pence / 100));
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: TZ });
const longDateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: TZ });
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: TZ,
});
const timeFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: TZ });

export const formatDate = (d: Date | number) => dateFormat.format(d);
export const formatLongDate = (d: Date | number) => longDateFormat.format(d);
export const formatDateTime = (d: Date | number) => dateTimeFormat.format(d);
export const formatTime = (d: Date | number) => timeFormat.format(d);

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
