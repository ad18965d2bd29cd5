/**
 * Read side of the CRM. Search, filters, sort and pagination all happen in SQL so the browser only
 * ever receives one page. Every query is scoped to a workspace.
 */
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import * as t from "@/db/schema";
import { notFound } from "@/server/core/domain-errors";
import { npsCategory } from "@/server/core/metrics";
import type { CustomerListInput } from "./crm-inputs";

const DAY_MS = 86_400_000;

export function getWorkspace(db: Db, workspaceId: number) {
  const ws = db.select().from(t.workspaces).where(eq(t.workspaces.id, workspaceId)).get();
  if (!ws) throw notFound("That workspace");
  return ws;
}

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

const SORT_COLUMNS = {
  name: sql`last_name COLLATE NOCASE, first_name COLLATE NOCASE`,
  lastOrder: sql`last_order_at`,
  totalSpend: sql`total_spend_pence`,
  orders: sql`order_count`,
  nps: sql`latest_nps`,
  customerSince: sql`customer_since`,
} as const;

export type CustomerSort = keyof typeof SORT_COLUMNS;

export function listCustomers(db: Db, workspaceId: number, input: CustomerListInput) {
  const ws = getWorkspace(db, workspaceId);
  const asOf = ws.asOf.getTime();
  const conditions = [sql`1 = 1`];

  if (input.search) {
    const p = likePattern(input.search.trim());
    conditions.push(
      sql`(first_name || ' ' || last_name LIKE ${p} ESCAPE '\\' OR email LIKE ${p} ESCAPE '\\' OR replace(postcode, ' ', '') LIKE ${likePattern(input.search.replace(/\s+/g, ""))} ESCAPE '\\' OR ref LIKE ${p} ESCAPE '\\')`,
    );
  }
  if (input.stage) conditions.push(sql`lifecycle_stage = ${input.stage}`);
  if (input.recency) {
    const within = (days: number) => sql`last_order_at >= ${asOf - days * DAY_MS}`;
    const clause = {
      d30: within(30),
      d90: within(90),
      d180: within(180),
      d365: within(365),
      over180: sql`last_order_at < ${asOf - 180 * DAY_MS}`,
      over365: sql`last_order_at < ${asOf - 365 * DAY_MS}`,
      never: sql`last_order_at IS NULL`,
    }[input.recency];
    conditions.push(clause);
  }
  if (input.spend) {
    const clause = {
      under100: sql`total_spend_pence < 10000`,
      "100to500": sql`total_spend_pence >= 10000 AND total_spend_pence < 50000`,
      "500to1000": sql`total_spend_pence >= 50000 AND total_spend_pence < 100000`,
      over1000: sql`total_spend_pence >= 100000`,
    }[input.spend];
    conditions.push(clause);
  }
  if (input.nps) {
    const clause = {
      promoter: sql`latest_nps >= 9`,
      passive: sql`latest_nps BETWEEN 7 AND 8`,
      detractor: sql`latest_nps <= 6`,
      none: sql`latest_nps IS NULL`,
    }[input.nps];
    conditions.push(clause);
  }
  if (input.consent) {
    conditions.push(
      input.consent === "none"
        ? sql`consented_channels = ''`
        : sql`(',' || consented_channels || ',') LIKE ${`%,${input.consent},%`}`,
    );
  }

  const where = sql.join(conditions, sql` AND `);
  const direction = input.dir === "desc" ? sql`DESC` : sql`ASC`;
  // NULLs (never ordered, no NPS) go last whichever way the list is sorted.
  const orderBy = sql`${SORT_COLUMNS[input.sort]} IS NULL, ${SORT_COLUMNS[input.sort]} ${direction}, id ASC`;

  const base = sql`
    SELECT c.id, c.ref, c.first_name, c.last_name, c.email, c.postcode, c.town, c.lifecycle_stage, c.segment,
           c.preferred_channel, c.customer_since, c.tags,
           (SELECT max(o.placed_at) FROM orders o WHERE o.customer_id = c.id AND o.status != 'cancelled') AS last_order_at,
           (SELECT count(*) FROM orders o WHERE o.customer_id = c.id AND o.status != 'cancelled') AS order_count,
           (SELECT coalesce(sum(o.total_pence), 0) FROM orders o WHERE o.customer_id = c.id AND o.status != 'cancelled')
             - (SELECT coalesce(sum(oi.refunded_pence), 0) FROM order_items oi JOIN orders o ON o.id = oi.order_id WHERE o.customer_id = c.id)
             AS total_spend_pence,
           (SELECT f.score FROM feedback f WHERE f.customer_id = c.id AND f.kind = 'nps' ORDER BY f.received_at DESC LIMIT 1) AS latest_nps,
           coalesce((SELECT group_concat(k.channel) FROM consents k WHERE k.customer_id = c.id AND k.granted = 1), '') AS consented_channels
    FROM customers c WHERE c.workspace_id = ${workspaceId}`;

  const countRow = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM (${base}) WHERE ${where}`);
  const total = countRow?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / input.pageSize));
  const page = Math.min(input.page, pageCount);

  type Row = {
    id: number;
    ref: string;
    first_name: string;
    last_name: string;
    email: string;
    postcode: string | null;
    town: string | null;
    lifecycle_stage: (typeof t.LIFECYCLE_STAGES)[number];
    segment: string;
    preferred_channel: (typeof t.CHANNELS)[number];
    customer_since: number;
    tags: string;
    last_order_at: number | null;
    order_count: number;
    total_spend_pence: number;
    latest_nps: number | null;
    consented_channels: string;
  };
  const rows = db.all<Row>(
    sql`SELECT * FROM (${base}) WHERE ${where} ORDER BY ${orderBy} LIMIT ${input.pageSize} OFFSET ${(page - 1) * input.pageSize}`,
  );

  return {
    asOf: ws.asOf,
    total,
    page,
    pageSize: input.pageSize,
    pageCount,
    customers: rows.map((r) => ({
      id: r.id,
      ref: r.ref,
      name: `${r.first_name} ${r.last_name}`,
      email: r.email,
      postcode: r.postcode,
      town: r.town,
      lifecycleStage: r.lifecycle_stage,
      segment: r.segment,
      preferredChannel: r.preferred_channel,
      tags: JSON.parse(r.tags) as string[],
      lastOrderAt: r.last_order_at === null ? null : new Date(r.last_order_at),
      orderCount: r.order_count,
      totalSpendPence: r.total_spend_pence,
      latestNps: r.latest_nps,
      npsCategory: r.latest_nps === null ? null : npsCategory(r.latest_nps),
      consentedChannels: r.consented_channels
        ? (r.consented_channels.split(",") as (typeof t.CHANNELS)[number][])
        : [],
    })),
  };
}

export function findCustomer(db: Db, workspaceId: number, customerRef: string) {
  const customer = db
    .select()
    .from(t.customers)
    .where(and(eq(t.customers.workspaceId, workspaceId), eq(t.customers.ref, customerRef)))
    .get();
  if (!customer) throw notFound(`Customer ${customerRef}`);
  return customer;
}

export function getCustomerRecord(db: Db, workspaceId: number, customerRef: string) {
  const ws = getWorkspace(db, workspaceId);
  const customer = findCustomer(db, workspaceId, customerRef);
  const consents = db.select().from(t.consents).where(eq(t.consents.customerId, customer.id)).all();
  const orders = db
    .select()
    .from(t.orders)
    .where(eq(t.orders.customerId, customer.id))
    .orderBy(desc(t.orders.placedAt))
    .all();
  const items = orders.length
    ? db
        .select({ item: t.orderItems, sku: t.products.sku })
        .from(t.orderItems)
        .innerJoin(t.products, eq(t.products.id, t.orderItems.productId))
        .where(
          inArray(
            t.orderItems.orderId,
            orders.map((o) => o.id),
          ),
        )
        .orderBy(asc(t.orderItems.id))
        .all()
        .map((r) => ({ ...r.item, sku: r.sku }))
    : [];
  const feedbackRows = db
    .select()
    .from(t.feedback)
    .where(eq(t.feedback.customerId, customer.id))
    .orderBy(desc(t.feedback.receivedAt))
    .all();
  const caseRows = db
    .select()
    .from(t.cases)
    .where(eq(t.cases.customerId, customer.id))
    .orderBy(desc(t.cases.openedAt))
    .all();
  const remedyRows = db
    .select()
    .from(t.remedies)
    .where(eq(t.remedies.customerId, customer.id))
    .orderBy(desc(t.remedies.issuedAt))
    .all();
  const timeline = db
    .select()
    .from(t.interactions)
    .where(eq(t.interactions.customerId, customer.id))
    .orderBy(desc(t.interactions.occurredAt), desc(t.interactions.id))
    .all();

  const orderRef = new Map(orders.map((o) => [o.id, o.ref]));
  const caseRef = new Map(caseRows.map((c) => [c.id, c.ref]));
  const live = orders.filter((o) => o.status !== "cancelled");
  const refunded = items.reduce((s, i) => s + i.refundedPence, 0);
  const totalSpendPence = live.reduce((s, o) => s + o.totalPence, 0) - refunded;
  const lastOrderAt = live[0]?.placedAt ?? null;
  const latestNps = feedbackRows.find((f) => f.kind === "nps")?.score ?? null;

  return {
    asOf: ws.asOf,
    customer: {
      ...customer,
      name: `${customer.firstName} ${customer.lastName}`,
    },
    consents: t.CHANNELS.map((channel) => {
      const c = consents.find((k) => k.channel === channel);
      return c
        ? { channel, granted: c.granted, method: c.method, recordedAt: c.recordedAt }
        : { channel, granted: false, method: "Never asked", recordedAt: null };
    }),
    stats: {
      orderCount: live.length,
      totalSpendPence,
      averageOrderPence: live.length ? Math.round(totalSpendPence / live.length) : null,
      lastOrderAt,
      daysSinceLastOrder: lastOrderAt
        ? Math.floor((ws.asOf.getTime() - lastOrderAt.getTime()) / DAY_MS)
        : null,
      latestNps,
      npsCategory: latestNps === null ? null : npsCategory(latestNps),
      openCases: caseRows.filter((c) => c.status !== "closed" && c.status !== "resolved").length,
    },
    orders: orders.map((o) => ({ ...o, items: items.filter((i) => i.orderId === o.id) })),
    feedback: feedbackRows.map((f) => ({
      ...f,
      orderRef: f.orderId ? (orderRef.get(f.orderId) ?? null) : null,
    })),
    cases: caseRows.map((c) => ({ ...c, orderRef: c.orderId ? (orderRef.get(c.orderId) ?? null) : null })),
    remedies: remedyRows.map((r) => ({
      ...r,
      orderRef: r.orderId ? (orderRef.get(r.orderId) ?? null) : null,
    })),
    timeline: timeline.map((i) => ({ ...i, caseRef: i.caseId ? (caseRef.get(i.caseId) ?? null) : null })),
  };
}

export type CustomerRecord = ReturnType<typeof getCustomerRecord>;
