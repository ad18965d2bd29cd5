/**
 * Insights: fetches the raw orders and feedback for a workspace and hands them to the pure metric
 * functions, which return each figure with its working.
 */
import { and, eq, ne } from "drizzle-orm";
import type { Scope } from "@/db/store";
import {
  calculateCaseFcr,
  calculateCes,
  calculateCsat,
  calculateCustomerValue,
  calculateNps,
  calculateRepeatPurchaseRate,
  calculateRetention,
  monthlyNps,
  monthlyRevenue,
  monthsBefore,
  type MetricResult,
  type Period,
} from "@/server/core/metrics";
import { getWorkspace } from "./crm-queries";

export const INSIGHT_PERIODS = ["3m", "6m", "12m", "prev12m", "24m"] as const;
export type InsightPeriod = (typeof INSIGHT_PERIODS)[number];

export function periodFor(asOf: Date, period: InsightPeriod): Period {
  switch (period) {
    case "3m":
      return { from: monthsBefore(asOf, 3), to: asOf };
    case "6m":
      return { from: monthsBefore(asOf, 6), to: asOf };
    case "12m":
      return { from: monthsBefore(asOf, 12), to: asOf };
    case "prev12m":
      return { from: monthsBefore(asOf, 24), to: monthsBefore(asOf, 12) };
    case "24m":
      return { from: monthsBefore(asOf, 24), to: asOf };
  }
}

function card(
  key: string,
  title: string,
  summary: string,
  result: MetricResult,
  display = result.display,
  moreWorking: string[] = [],
) {
  const e = result.explanation;
  return {
    key,
    title,
    display,
    summary,
    formula: e.definition,
    working: [e.calculation, ...e.inputs.map((i) => `${i.label}: ${i.value}`), ...moreWorking],
    note: e.notes.join(" "),
  };
}

export async function insightsOverview(scope: Scope, workspaceId: number, period: InsightPeriod) {
  const { t, db } = scope;
  const ws = await getWorkspace(scope, workspaceId);
  const range = periodFor(ws.asOf, period);
  const inRange = (d: Date) => d.getTime() >= range.from.getTime() && d.getTime() < range.to.getTime();

  const feedbackRows = (
    await db
      .select({ kind: t.feedback.kind, score: t.feedback.score, receivedAt: t.feedback.receivedAt })
      .from(t.feedback)
      .where(eq(t.feedback.workspaceId, workspaceId))
  ).filter((f) => f.score !== null && inRange(f.receivedAt)) as {
    kind: string;
    score: number;
    receivedAt: Date;
  }[];

  const orderRows = await db
    .select({
      id: t.orders.id,
      customerRef: t.customers.ref,
      placedAt: t.orders.placedAt,
      totalPence: t.orders.totalPence,
    })
    .from(t.orders)
    .innerJoin(t.customers, eq(t.customers.id, t.orders.customerId))
    .where(and(eq(t.orders.workspaceId, workspaceId), ne(t.orders.status, "cancelled")));
  const refunds = new Map<number, number>();
  for (const r of await db
    .select({ orderId: t.orderItems.orderId, refunded: t.orderItems.refundedPence })
    .from(t.orderItems)
    .innerJoin(t.orders, eq(t.orders.id, t.orderItems.orderId))
    .where(eq(t.orders.workspaceId, workspaceId))) {
    if (r.refunded > 0) refunds.set(r.orderId, (refunds.get(r.orderId) ?? 0) + r.refunded);
  }
  const orders = orderRows.map((o) => ({
    ...o,
    totalPence: Math.max(0, o.totalPence - (refunds.get(o.id) ?? 0)),
  }));

  // FCR from the cases opened in the period and how often the customer contacted us about each.
  const inboundByCase = new Map<number, number>();
  for (const i of await db
    .select({ caseId: t.interactions.caseId })
    .from(t.interactions)
    .where(and(eq(t.interactions.workspaceId, workspaceId), eq(t.interactions.direction, "inbound")))) {
    if (i.caseId !== null) inboundByCase.set(i.caseId, (inboundByCase.get(i.caseId) ?? 0) + 1);
  }
  const caseRows = (
    await db
      .select({ id: t.cases.id, status: t.cases.status, openedAt: t.cases.openedAt })
      .from(t.cases)
      .where(eq(t.cases.workspaceId, workspaceId))
  ).filter((c) => inRange(c.openedAt));
  const fcr = calculateCaseFcr(
    caseRows.map((c) => ({ status: c.status, inboundContacts: inboundByCase.get(c.id) ?? 0 })),
  );

  const nps = calculateNps(feedbackRows.filter((f) => f.kind === "nps").map((f) => f.score));
  const csat = calculateCsat(feedbackRows.filter((f) => f.kind === "csat").map((f) => f.score));
  const ces = calculateCes(feedbackRows.filter((f) => f.kind === "ces").map((f) => f.score));

  const byCustomer = new Map<string, Date[]>();
  for (const o of orders)
    byCustomer.set(o.customerRef, [...(byCustomer.get(o.customerRef) ?? []), o.placedAt]);
  const retention = calculateRetention([...byCustomer.values()], range);

  const countsInPeriod = new Map<string, number>();
  for (const o of orders)
    if (inRange(o.placedAt)) countsInPeriod.set(o.customerRef, (countsInPeriod.get(o.customerRef) ?? 0) + 1);
  const repeat = calculateRepeatPurchaseRate([...countsInPeriod.values()]);
  const value = calculateCustomerValue(orders, range);

  const npsMonthly = monthlyNps(
    feedbackRows.filter((f) => f.kind === "nps").map((f) => ({ score: f.score, receivedAt: f.receivedAt })),
    range,
  );
  const revenueMonthly = monthlyRevenue(
    orders.filter((o) => inRange(o.placedAt)),
    range,
  );

  return {
    asOf: ws.asOf,
    period: range,
    metrics: [
      card(
        "nps",
        "Net Promoter Score (NPS)",
        "How likely customers are to recommend us, from −100 to +100.",
        nps,
      ),
      card(
        "csat",
        "Customer satisfaction (CSAT)",
        "Share of survey answers rating us 4 or 5 out of 5.",
        csat,
      ),
      card(
        "ces",
        "Customer effort (CES)",
        "Average effort score, 1 (very easy) to 7 (very hard): lower is better.",
        ces,
        // The card's one rounding rule is the core's (one decimal place, half up), as in the working.
        ces.rounded === null ? ces.display : `${ces.rounded.toFixed(1)} / 7`,
      ),
      card(
        "fcr",
        "First-contact resolution (FCR)",
        "Share of cases resolved without the customer having to contact us again.",
        fcr,
      ),
      card(
        "repeat",
        "Repeat purchase rate",
        "Share of customers in the period who ordered more than once.",
        repeat,
      ),
      card(
        "retention",
        "Retention and churn",
        retention.value === null
          ? "Customers kept over the period."
          : `Churn over the period: ${retention.churnDisplay}.`,
        retention,
      ),
      card(
        "clv",
        "Average customer lifetime value",
        "Average order value × purchase frequency × expected lifespan, averaged over the period's customers.",
        value.clv,
        value.clv.display,
        [value.purchaseFrequency.explanation.definition, value.purchaseFrequency.explanation.calculation],
      ),
    ],
    monthly: npsMonthly.map((p, i) => ({
      month: p.month,
      label: p.label,
      nps: p.npsRounded,
      npsResponses: p.responses,
      revenuePence: revenueMonthly[i]?.revenuePence ?? 0,
      orders: revenueMonthly[i]?.orders ?? 0,
    })),
    loyaltyNote:
      "A satisfied customer is not necessarily a loyal one. CSAT measures how one interaction felt; NPS, repeat purchase and retention show whether customers come back and recommend us. Read them together: high CSAT with falling retention means customers are content but not committed, and a retention plan needs more than discounts: personal service, closing the feedback loop and putting right what went wrong.",
  };
}
