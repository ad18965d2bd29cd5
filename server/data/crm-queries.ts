/**
 * Read side of the CRM. Search, filters, sort and pagination all happen in SQL so the browser only
 * ever receives one page. Every query is scoped to a workspace.
 */
import { and, asc, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { caseInsensitiveLike, caseInsensitiveOrder, jsonValue } from "@/db/dialect";
import type * as schema from "@/db/schema";
import { CHANNELS } from "@/db/schema";
import type { Scope } from "@/db/store";
import { notFound } from "@/server/core/domain-errors";
import { npsCategory } from "@/server/core/metrics";
import type { CustomerListInput } from "./crm-inputs";

const DAY_MS = 86_400_000;

export async function getWorkspace(scope: Scope, workspaceId: number) {
  const { t, db } = scope;
  const [ws] = await db.select().from(t.workspaces).where(eq(t.workspaces.id, workspaceId)).limit(1);
  if (!ws) throw notFound("That workspace");
  return ws;
}

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

/** What each sort orders by, key by key; names ignore the case of A–Z (as SQLite's NOCASE does). */
const SORT_KEYS = {
  name: [
    { value: sql`last_name`, caseless: true },
    { value: sql`first_name`, caseless: true },
  ],
  lastOrder: [{ value: sql`last_order_at` }],
  totalSpend: [{ value: sql`total_spend_pence` }],
  orders: [{ value: sql`order_count` }],
  nps: [{ value: sql`latest_nps` }],
  customerSince: [{ value: sql`customer_since` }],
} as const satisfies Record<string, readonly { value: SQL; caseless?: boolean }[]>;

export type CustomerSort = keyof typeof SORT_KEYS;

/** A number from raw SQL: PostgreSQL's bigints and counts arrive as text there. */
const num = (v: unknown) => Number(v);
const numOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));

export async function listCustomers(scope: Scope, workspaceId: number, input: CustomerListInput) {
  const { engine } = scope;
  const ws = await getWorkspace(scope, workspaceId);
  const asOf = ws.asOf.getTime();
  const conditions = [sql`1 = 1`];

  if (input.search) {
    const p = likePattern(input.search.trim());
    const like = (column: SQL, pattern: string) => caseInsensitiveLike(engine, column, pattern);
    conditions.push(
      sql`(${like(sql`first_name || ' ' || last_name`, p)} OR ${like(sql`email`, p)} OR ${like(sql`replace(postcode, ' ', '')`, likePattern(input.search.replace(/\s+/g, "")))} OR ${like(sql`ref`, p)})`,
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
        : caseInsensitiveLike(engine, sql`(',' || consented_channels || ',')`, `%,${input.consent},%`),
    );
  }

  const where = sql.join(conditions, sql` AND `);
  const direction = input.dir === "desc" ? sql`DESC` : sql`ASC`;
  // NULLs (never ordered, no NPS) go last whichever way the list is sorted; the direction applies to
  // every key (by name: last name, then first name).
  const keys: readonly { value: SQL; caseless?: boolean }[] = SORT_KEYS[input.sort];
  const orderBy = sql.join(
    [
      ...keys.flatMap((k) => [
        sql`${k.value} IS NULL`,
        sql`${k.caseless ? caseInsensitiveOrder(engine, k.value) : k.value} ${direction}`,
      ]),
      sql`id ASC`,
    ],
    sql`, `,
  );

  const base = sql`
    SELECT c.id, c.ref, c.first_name, c.last_name, c.email, c.postcode, c.town, c.lifecycle_stage, c.segment,
           c.preferred_channel, c.customer_since, c.tags,
           (SELECT max(o.placed_at) FROM orders o WHERE o.customer_id = c.id AND o.status != 'cancelled') AS last_order_at,
           (SELECT count(*) FROM orders o WHERE o.customer_id = c.id AND o.status != 'cancelled') AS order_count,
           CAST((SELECT coalesce(sum(o.total_pence), 0) FROM orders o WHERE o.customer_id = c.id AND o.status != 'cancelled')
             - (SELECT coalesce(sum(oi.refunded_pence), 0) FROM order_items oi JOIN orders o ON o.id = oi.order_id WHERE o.customer_id = c.id)
             AS BIGINT) AS total_spend_pence,
           (SELECT f.score FROM feedback f WHERE f.customer_id = c.id AND f.kind = 'nps' ORDER BY f.received_at DESC LIMIT 1) AS latest_nps,
           coalesce((SELECT string_agg(k.channel, ',' ORDER BY k.channel) FROM consents k WHERE k.customer_id = c.id AND k.granted = true), '') AS consented_channels
    FROM customers c WHERE c.workspace_id = ${workspaceId}`;

  const [countRow] = await scope.rows<{ n: unknown }>(
    sql`SELECT count(*) AS n FROM (${base}) AS listed WHERE ${where}`,
  );
  const total = countRow ? num(countRow.n) : 0;
  const pageCount = Math.max(1, Math.ceil(total / input.pageSize));
  const page = Math.min(input.page, pageCount);

  /** Numbers may arrive as text on PostgreSQL, and tags as parsed JSON: read through num/jsonValue. */
  type Row = {
    id: unknown;
    ref: string;
    first_name: string;
    last_name: string;
    email: string;
    postcode: string | null;
    town: string | null;
    lifecycle_stage: (typeof schema.LIFECYCLE_STAGES)[number];
    segment: string;
    preferred_channel: (typeof CHANNELS)[number];
    customer_since: unknown;
    tags: unknown;
    last_order_at: unknown;
    order_count: unknown;
    total_spend_pence: unknown;
    latest_nps: unknown;
    consented_channels: string;
  };
  const rows = await scope.rows<Row>(
    sql`SELECT * FROM (${base}) AS listed WHERE ${where} ORDER BY ${orderBy} LIMIT ${input.pageSize} OFFSET ${(page - 1) * input.pageSize}`,
  );

  return {
    asOf: ws.asOf,
    total,
    page,
    pageSize: input.pageSize,
    pageCount,
    customers: rows.map((r) => {
      const lastOrderAt = numOrNull(r.last_order_at);
      const latestNps = numOrNull(r.latest_nps);
      return {
        id: num(r.id),
        ref: r.ref,
        name: `${r.first_name} ${r.last_name}`,
        email: r.email,
        postcode: r.postcode,
        town: r.town,
        lifecycleStage: r.lifecycle_stage,
        segment: r.segment,
        preferredChannel: r.preferred_channel,
        tags: jsonValue(r.tags) as string[],
        lastOrderAt: lastOrderAt === null ? null : new Date(lastOrderAt),
        orderCount: num(r.order_count),
        totalSpendPence: num(r.total_spend_pence),
        latestNps,
        npsCategory: latestNps === null ? null : npsCategory(latestNps),
        consentedChannels: r.consented_channels
          ? (r.consented_channels.split(",") as (typeof CHANNELS)[number][])
          : [],
      };
    }),
  };
}

export async function findCustomer(scope: Scope, workspaceId: number, customerRef: string) {
  const { t, db } = scope;
  const [customer] = await db
    .select()
    .from(t.customers)
    .where(and(eq(t.customers.workspaceId, workspaceId), eq(t.customers.ref, customerRef)))
    .limit(1);
  if (!customer) throw notFound(`Customer ${customerRef}`);
  return customer;
}

export async function getCustomerRecord(scope: Scope, workspaceId: number, customerRef: string) {
  const { t, db } = scope;
  const ws = await getWorkspace(scope, workspaceId);
  const customer = await findCustomer(scope, workspaceId, customerRef);
  const consents = await db.select().from(t.consents).where(eq(t.consents.customerId, customer.id));
  const orders = await db
    .select()
    .from(t.orders)
    .where(eq(t.orders.customerId, customer.id))
    .orderBy(desc(t.orders.placedAt));
  const items = orders.length
    ? (
        await db
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
      ).map((r) => ({ ...r.item, sku: r.sku }))
    : [];
  const feedbackRows = await db
    .select()
    .from(t.feedback)
    .where(eq(t.feedback.customerId, customer.id))
    .orderBy(desc(t.feedback.receivedAt));
  const caseRows = await db
    .select()
    .from(t.cases)
    .where(eq(t.cases.customerId, customer.id))
    .orderBy(desc(t.cases.openedAt));
  const remedyRows = await db
    .select()
    .from(t.remedies)
    .where(eq(t.remedies.customerId, customer.id))
    .orderBy(desc(t.remedies.issuedAt));
  const timeline = await db
    .select()
    .from(t.interactions)
    .where(eq(t.interactions.customerId, customer.id))
    .orderBy(desc(t.interactions.occurredAt), desc(t.interactions.id));

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
    consents: CHANNELS.map((channel) => {
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

export type CustomerRecord = Awaited<ReturnType<typeof getCustomerRecord>>;
