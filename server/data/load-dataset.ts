/**
 * Writes a CrmDataset into a workspace: used for the seeded demo CRM and for every attempt's
 * private copy of a scenario's starting data. Call inside a transaction.
 *
 * A few bulk inserts (one per table, in chunks) rather than one per record: each table's rows go in
 * the same order as before, so ids come out as they did. The writes are written once, as steps a
 * driver runs: `insertDataset` awaits them on the store (either engine); `insertDatasetSync` runs them
 * on a SQLite connection, for the synchronous first-run set-up of a SQLite file (bootstrap.ts).
 */
import type { Db } from "@/db/client";
import * as schema from "@/db/schema";
import type { QueryDb, Scope } from "@/db/store";
import type { CrmDataset } from "@/server/core/crm-dataset";
import { invalid } from "@/server/core/domain-errors";

/** One statement for a driver to run: `rows` answers the rows it returns; `run` only runs it. */
export type Step = { rows: PromiseLike<unknown[]> } | { run: PromiseLike<unknown> };
/** Statements in order; each `yield` receives the rows of the statement it handed over. */
export type Steps<R> = Generator<Step, R, unknown[]>;

/** Runs steps on the store, awaiting each. */
export async function runSteps<R>(steps: Steps<R>): Promise<R> {
  let next = steps.next();
  while (!next.done) {
    const step = next.value;
    next = steps.next("rows" in step ? await step.rows : (await step.run, []));
  }
  return next.value;
}

/** A drizzle query on better-sqlite3, run synchronously. */
interface SyncQuery {
  all(): unknown[];
  run(): unknown;
}

/** Runs steps built on a SQLite store's scope, synchronously (the queries are better-sqlite3's). */
export function runStepsSync<R>(steps: Steps<R>): R {
  let next = steps.next();
  while (!next.done) {
    const step = next.value;
    if ("rows" in step) next = steps.next((step.rows as unknown as SyncQuery).all());
    else {
      (step.run as unknown as SyncQuery).run();
      next = steps.next([]);
    }
  }
  return next.value;
}

/** Rows per insert: well under either engine's limit on bound values (SQLite 32,766; PostgreSQL 65,535). */
const CHUNK = 400;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

export function* datasetSteps(scope: Scope, workspaceId: number, dataset: CrmDataset): Steps<void> {
  const { t, db } = scope;
  const products = (yield {
    rows: db.select({ id: t.products.id, sku: t.products.sku, name: t.products.name }).from(t.products),
  }) as { id: number; sku: string; name: string }[];
  const productIds = new Map(products.map((r) => [r.sku, r.id]));
  const productNames = new Map(products.map((r) => [r.sku, r.name]));

  const customerIds = new Map<string, number>();
  for (const part of chunks(dataset.customers)) {
    const rows = (yield {
      rows: db
        .insert(t.customers)
        .values(
          part.map((c) => ({
            workspaceId,
            ref: c.ref,
            firstName: c.firstName,
            lastName: c.lastName,
            email: c.email,
            phone: c.phone ?? null,
            addressLine: c.addressLine ?? null,
            town: c.town ?? null,
            postcode: c.postcode ?? null,
            preferredChannel: c.preferredChannel,
            lifecycleStage: c.lifecycleStage,
            segment: c.segment,
            tags: c.tags,
            accessibilityNotes: c.accessibilityNotes ?? null,
            vulnerabilityNotes: c.vulnerabilityNotes ?? null,
            subscription: c.subscription,
            loyaltyPoints: c.loyaltyPoints,
            customerSince: c.customerSince,
          })),
        )
        .returning({ id: t.customers.id, ref: t.customers.ref }),
    }) as { id: number; ref: string }[];
    for (const r of rows) customerIds.set(r.ref, r.id);
  }
  const customerId = (ref: string) => customerIds.get(ref)!;

  const consents = dataset.customers.flatMap((c) =>
    c.consents.map((k) => ({ workspaceId, customerId: customerId(c.ref), ...k })),
  );
  for (const part of chunks(consents)) yield { run: db.insert(t.consents).values(part) };

  const orders = dataset.customers.flatMap((c) => c.orders.map((o) => ({ customer: c, order: o })));
  const orderIds = new Map<string, number>();
  for (const part of chunks(orders)) {
    const rows = (yield {
      rows: db
        .insert(t.orders)
        .values(
          part.map(({ customer: c, order: o }) => ({
            workspaceId,
            customerId: customerId(c.ref),
            ref: o.ref,
            placedAt: o.placedAt,
            channel: o.channel,
            status: o.status,
            deliveredAt: o.deliveredAt ?? null,
            paymentMethod: o.paymentMethod,
            totalPence: o.items.reduce((sum, i) => sum + i.unitPricePence * i.quantity, 0),
          })),
        )
        .returning({ id: t.orders.id, ref: t.orders.ref }),
    }) as { id: number; ref: string }[];
    for (const r of rows) orderIds.set(r.ref, r.id);
  }
  const items = orders.flatMap(({ order: o }) =>
    o.items.map((i) => {
      const productId = productIds.get(i.sku);
      if (productId === undefined) throw invalid(`Order ${o.ref} names an unknown product SKU "${i.sku}".`);
      return {
        orderId: orderIds.get(o.ref)!,
        productId,
        productName: productNames.get(i.sku) ?? i.sku,
        quantity: i.quantity,
        unitPricePence: i.unitPricePence,
        returnStatus: i.returnStatus ?? "none",
        refundStatus: i.refundStatus ?? "none",
        refundedPence: i.refundedPence ?? 0,
      };
    }),
  );
  for (const part of chunks(items)) yield { run: db.insert(t.orderItems).values(part) };

  /** An order of this customer's, by ref (a dataset naming another customer's order is refused). */
  const orderOf = (c: CrmDataset["customers"][number], ref: string | null | undefined) => {
    if (!ref) return null;
    if (!c.orders.some((o) => o.ref === ref))
      throw invalid(`Customer ${c.ref} refers to order ${ref}, which is not theirs.`);
    return orderIds.get(ref)!;
  };

  const feedback = dataset.customers.flatMap((c) =>
    c.feedback.map((f) => ({
      workspaceId,
      customerId: customerId(c.ref),
      orderId: orderOf(c, f.orderRef),
      kind: f.kind,
      score: f.score ?? null,
      comment: f.comment ?? null,
      channel: f.channel,
      receivedAt: f.receivedAt,
    })),
  );
  for (const part of chunks(feedback)) yield { run: db.insert(t.feedback).values(part) };

  const cases = dataset.customers.flatMap((c) =>
    c.cases.map((k) => ({
      workspaceId,
      customerId: customerId(c.ref),
      orderId: orderOf(c, k.orderRef),
      ref: k.ref,
      category: k.category,
      status: k.status,
      summary: k.summary,
      resolution: k.resolution ?? null,
      openedAt: k.openedAt,
      closedAt: k.closedAt ?? null,
    })),
  );
  const caseIds = new Map<string, number>();
  for (const part of chunks(cases)) {
    const rows = (yield {
      rows: db.insert(t.cases).values(part).returning({ id: t.cases.id, ref: t.cases.ref }),
    }) as { id: number; ref: string }[];
    for (const r of rows) caseIds.set(r.ref, r.id);
  }

  const interactions = dataset.customers.flatMap((c) =>
    c.interactions.map((i) => ({
      workspaceId,
      customerId: customerId(c.ref),
      caseId: i.caseRef ? (caseIds.get(i.caseRef) ?? null) : null,
      kind: i.kind,
      direction: i.direction ?? null,
      subject: i.subject ?? null,
      body: i.body,
      author: i.author,
      occurredAt: i.occurredAt,
      dueAt: i.dueAt ?? null,
      doneAt: i.doneAt ?? null,
    })),
  );
  for (const part of chunks(interactions)) yield { run: db.insert(t.interactions).values(part) };
}

/** Writes the dataset into the workspace, in the caller's write transaction. */
export function insertDataset(scope: Scope, workspaceId: number, dataset: CrmDataset): Promise<void> {
  return runSteps(datasetSteps(scope, workspaceId, dataset));
}

/** A scope over a SQLite connection or transaction for `runStepsSync` (steps build queries, never prepare). */
export function syncScope(db: Db): Scope {
  return {
    engine: "sqlite",
    t: schema,
    db: db as unknown as QueryDb,
    prepare: () => {
      throw new Error("Synchronous steps do not prepare queries.");
    },
    rows: async (query) => db.all(query),
  };
}
