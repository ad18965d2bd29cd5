/**
 * Expected facts for the end-to-end tests, computed from the same deterministic generator that seeds
 * the e2e server's fresh database, so the tests do not hard-code counts that drift with the seed.
 * The rules mirror the customer list's SQL (server/data/crm-queries.ts): cancelled orders do not
 * count, spend is net of refunds, the latest NPS answer decides the NPS category.
 */
import { DEMO_AS_OF, generateDemoDataset } from "../../db/seed/generate-demo-dataset";
import { monthsBefore } from "../../server/core/metrics";

const DAY_MS = 86_400_000;

export interface ExpectedCustomerRow {
  ref: string;
  name: string;
  firstName: string;
  lastName: string;
  email: string;
  postcode: string | null;
  stage: string;
  lastOrderAt: Date | null;
  orderCount: number;
  totalSpendPence: number;
  latestNps: number | null;
  consentedChannels: string[];
}

let cache: ExpectedCustomerRow[] | undefined;

export function demoCustomers(): ExpectedCustomerRow[] {
  if (cache) return cache;
  const dataset = generateDemoDataset();
  cache = dataset.customers.map((c) => {
    const live = c.orders.filter((o) => o.status !== "cancelled");
    const orderTotal = (o: (typeof c.orders)[number]) =>
      o.items.reduce((s, i) => s + i.unitPricePence * i.quantity, 0);
    const refunded = c.orders.flatMap((o) => o.items).reduce((s, i) => s + (i.refundedPence ?? 0), 0);
    const lastOrder = live.reduce<number | null>(
      (max, o) => (max === null || o.placedAt.getTime() > max ? o.placedAt.getTime() : max),
      null,
    );
    const nps = c.feedback
      .filter((f) => f.kind === "nps")
      .sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime())[0];
    return {
      ref: c.ref,
      name: `${c.firstName} ${c.lastName}`,
      firstName: c.firstName,
      lastName: c.lastName,
      email: c.email,
      postcode: c.postcode ?? null,
      stage: c.lifecycleStage,
      lastOrderAt: lastOrder === null ? null : new Date(lastOrder),
      orderCount: live.length,
      totalSpendPence: live.reduce((s, o) => s + orderTotal(o), 0) - refunded,
      latestNps: nps?.score ?? null,
      consentedChannels: c.consents.filter((k) => k.granted).map((k) => k.channel),
    };
  });
  return cache;
}

export const AS_OF = DEMO_AS_OF;
export const daysBeforeAsOf = (days: number) => new Date(AS_OF.getTime() - days * DAY_MS);

/** Customers matching the list's search box, by the same rule the server applies. */
export function matchesSearch(c: ExpectedCustomerRow, text: string): boolean {
  const q = text.trim().toLowerCase();
  const compact = text.replace(/\s+/g, "").toLowerCase();
  return (
    c.name.toLowerCase().includes(q) ||
    c.email.toLowerCase().includes(q) ||
    (c.postcode ?? "").replace(/ /g, "").toLowerCase().includes(compact) ||
    c.ref.toLowerCase().includes(q)
  );
}

/** The list's default order: surname then first name, case-insensitive (SQLite NOCASE folds ASCII only). */
export function byName(a: ExpectedCustomerRow, b: ExpectedCustomerRow): number {
  const fold = (s: string) => s.replace(/[A-Z]/g, (ch) => ch.toLowerCase());
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return cmp(fold(a.lastName), fold(b.lastName)) || cmp(fold(a.firstName), fold(b.firstName));
}

const ukDate = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "Europe/London",
});
/** A date as the app shows it ("20 Nov 2026"). */
export const formatUkDate = (d: Date) => ukDate.format(d);

/** The insights period arithmetic, from the metrics core itself. */
export { monthsBefore };
