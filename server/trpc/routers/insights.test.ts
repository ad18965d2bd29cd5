/**
 * insights.overview through the router on a fresh database. Every card is recomputed here from the
 * raw rows (plain SQL and plain arithmetic, not the metric functions) for every period, and its
 * working must show factors that give the figure on the card.
 */
import { type SQL, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INSIGHT_PERIODS } from "@/server/data/insights";
import { createTestApp, type TestApp } from "@/server/test-support/test-app";

let app: TestApp;
let workspaceId: number;
beforeAll(async () => {
  app = createTestApp();
  workspaceId = (await rows<{ id: number }>(sql`SELECT id FROM workspaces ORDER BY id LIMIT 1`))[0]!.id;
});
afterAll(() => app.close());

const half = (x: number, dp = 0) => (Math.sign(x) * Math.round(Math.abs(x) * 10 ** dp)) / 10 ** dp;
const oneDp = (x: number) => String(half(x, 1)).replace(/\.0$/, "");
const pounds = (p: number) =>
  `£${(p / 100).toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
// The same calendar rule as the app: months back in UTC, clamping the day.
function monthsBack(d: Date, months: number): Date {
  const t = new Date(
    Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, 1, d.getUTCHours(), d.getUTCMinutes()),
  );
  const last = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();
  t.setUTCDate(Math.min(d.getUTCDate(), last));
  return t;
}

/**
 * A raw query's rows, on either engine. PostgreSQL sends bigint columns (ids, pence, millisecond
 * times) as text, so every column that looks like an integer is read as a number; none of the columns
 * read here is text made of digits.
 */
async function rows<T>(query: SQL): Promise<T[]> {
  const read = await app.store.rows<Record<string, unknown>>(query);
  return read.map(
    (row) =>
      Object.fromEntries(
        Object.entries(row).map(([k, v]) => [k, typeof v === "string" && /^-?\d+$/.test(v) ? Number(v) : v]),
      ) as T,
  );
}

describe("insights.overview", () => {
  it.each(INSIGHT_PERIODS)("every card for %s matches a recomputation from the raw rows", async (period) => {
    const o = await app.caller().insights.overview({ period });
    const from = o.period.from.getTime();
    const to = o.period.to.getTime();
    const inP = (t: number) => t >= from && t < to;
    const card = (key: string) => {
      const c = o.metrics.find((m) => m.key === key);
      if (!c) throw new Error(`no ${key} card`);
      return c;
    };

    const fb = (
      await rows<{ kind: string; score: number | null; received_at: number }>(
        sql`SELECT kind, score, received_at FROM feedback WHERE workspace_id = ${workspaceId}`,
      )
    ).filter((f) => f.score !== null && inP(f.received_at));
    const scores = (k: string) => fb.filter((f) => f.kind === k).map((f) => f.score!);

    const nps = scores("nps");
    if (nps.length) {
      const v = half(
        ((nps.filter((s) => s >= 9).length - nps.filter((s) => s <= 6).length) * 100) / nps.length,
      );
      expect(card("nps").display).toBe(v > 0 ? `+${v}` : v < 0 ? `−${-v}` : "0");
    }
    const csat = scores("csat");
    if (csat.length)
      expect(card("csat").display).toBe(`${half((csat.filter((s) => s >= 4).length * 100) / csat.length)}%`);
    const ces = scores("ces");
    if (ces.length) {
      const sum = ces.reduce((a, b) => a + b, 0);
      // Half up to one decimal place, in integers (1.15 → 1.2).
      const tenths = Math.floor((sum * 20 + ces.length) / (2 * ces.length));
      expect(card("ces").display).toBe(`${(tenths / 10).toFixed(1)} / 7`);
      expect(card("ces").working[0]).toContain(`${(tenths / 10).toFixed(1)} to one decimal place`);
    }

    // FCR from cases opened in the period.
    const inbound = new Map<number, number>();
    for (const r of await rows<{ case_id: number | null }>(
      sql`SELECT case_id FROM interactions WHERE workspace_id = ${workspaceId} AND direction = 'inbound'`,
    )) {
      if (r.case_id !== null) inbound.set(r.case_id, (inbound.get(r.case_id) ?? 0) + 1);
    }
    const cases = (
      await rows<{ id: number; status: string; opened_at: number }>(
        sql`SELECT id, status, opened_at FROM cases WHERE workspace_id = ${workspaceId}`,
      )
    ).filter((c) => inP(c.opened_at));
    const firstTime = cases.filter(
      (c) => (c.status === "resolved" || c.status === "closed") && (inbound.get(c.id) ?? 0) <= 1,
    ).length;
    expect(card("fcr").display).toBe(
      cases.length ? `${half((firstTime * 100) / cases.length)}%` : "No contacts",
    );

    // Orders: not cancelled, totals after refunds.
    const refunded = new Map<number, number>();
    for (const r of await rows<{ order_id: number; refunded: number }>(
      sql`SELECT oi.order_id, oi.refunded_pence AS refunded FROM order_items oi JOIN orders o ON o.id = oi.order_id WHERE o.workspace_id = ${workspaceId}`,
    )) {
      refunded.set(r.order_id, (refunded.get(r.order_id) ?? 0) + r.refunded);
    }
    const orders = (
      await rows<{ id: number; customer_id: number; placed_at: number; total_pence: number }>(
        sql`SELECT id, customer_id, placed_at, total_pence FROM orders WHERE workspace_id = ${workspaceId} AND status <> 'cancelled'`,
      )
    ).map((r) => ({ ...r, total: Math.max(0, r.total_pence - (refunded.get(r.id) ?? 0)) }));
    const periodOrders = orders.filter((r) => inP(r.placed_at));

    const counts = new Map<number, number>();
    for (const r of periodOrders) counts.set(r.customer_id, (counts.get(r.customer_id) ?? 0) + 1);
    if (counts.size) {
      expect(card("repeat").display).toBe(
        `${half(([...counts.values()].filter((n) => n > 1).length * 100) / counts.size)}%`,
      );
    }

    // A customer at t: first order before t and an order in the 12 months before t.
    const byCustomer = new Map<number, number[]>();
    for (const r of orders)
      byCustomer.set(r.customer_id, [...(byCustomer.get(r.customer_id) ?? []), r.placed_at]);
    const customerAt = (dates: number[], t: number) => {
      const windowStart = monthsBack(new Date(t), 12).getTime();
      return Math.min(...dates) < t && dates.some((d) => d >= windowStart && d < t);
    };
    const all = [...byCustomer.values()];
    const S = all.filter((d) => customerAt(d, from)).length;
    const E = all.filter((d) => customerAt(d, to)).length;
    const N = all.filter((d) => {
      const first = Math.min(...d);
      return first >= from && first < to;
    }).length;
    expect(card("retention").display).toBe(S ? `${oneDp(((E - N) * 100) / S)}%` : "No customers at start");

    // CLV: AOV in whole pence × orders per customer per year (customers at the end of the period
    // plus anyone else who ordered in it) × 3 years.
    if (periodOrders.length) {
      const aov = half(periodOrders.reduce((s, r) => s + r.total, 0) / periodOrders.length);
      const customers = new Set(periodOrders.map((r) => r.customer_id));
      for (const [id, d] of byCustomer) if (customerAt(d, to)) customers.add(id);
      const years = (to - from) / (365.25 * 86_400_000);
      const clv = half(aov * (periodOrders.length / customers.size / years) * 3);
      expect(card("clv").display).toBe(pounds(clv));
      // The working's factors multiply to the figure on the card.
      const m = /CLV = £([\d,.]+) × ([\d.]+) × 3 = £([\d,.]+)\./.exec(card("clv").working[0]!);
      expect(m, card("clv").working[0]).not.toBeNull();
      const [a, f, r] = [m![1]!, m![2]!, m![3]!].map((x) => Number(x.replace(/,/g, "")));
      expect(half(a! * 100 * f! * 3)).toBe(half(r! * 100));
      expect(card("clv").working.join(" ")).toMatch(/customer at the end of the period/);
    }
  });

  it("lifetime value over 3 months averages over the customer base, not just that quarter's buyers", async () => {
    const short = await app.caller().insights.overview({ period: "3m" });
    const year = await app.caller().insights.overview({ period: "12m" });
    const value = (o: typeof short) =>
      Number(o.metrics.find((m) => m.key === "clv")!.display.replace(/[£,]/g, ""));
    // Buyers-only averaging made the quarter's figure ~77% higher than the year's (£1,371.89 v £775.67).
    expect(value(short) / value(year)).toBeLessThan(1.3);
  });

  it("shows FCR with its working among the cards", async () => {
    const o = await app.caller().insights.overview({ period: "24m" });
    const fcr = o.metrics.find((m) => m.key === "fcr")!;
    expect(fcr.title).toBe("First-contact resolution (FCR)");
    expect(fcr.display).toMatch(/^\d+%$/);
    expect(fcr.formula).toMatch(/FCR = contacts resolved at the first contact/);
    expect(fcr.working.join(" ")).toMatch(/Cases opened in the period/);
    expect(fcr.note).toMatch(/contacted us about it no more than once/);
  });
});
