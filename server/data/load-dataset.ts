/**
 * Writes a CrmDataset into a workspace: used for the seeded demo CRM and for every attempt's
 * private copy of a scenario's starting data. Call inside a transaction.
 */
import type { Db } from "@/db/client";
import * as t from "@/db/schema";
import type { CrmDataset } from "@/server/core/crm-dataset";
import { invalid } from "@/server/core/domain-errors";

export function productIdsBySku(db: Db): Map<string, number> {
  const rows = db.select({ id: t.products.id, sku: t.products.sku }).from(t.products).all();
  return new Map(rows.map((r) => [r.sku, r.id]));
}

export function insertDataset(db: Db, workspaceId: number, dataset: CrmDataset): void {
  const productIds = productIdsBySku(db);
  const productNames = new Map(
    db
      .select({ sku: t.products.sku, name: t.products.name })
      .from(t.products)
      .all()
      .map((r) => [r.sku, r.name]),
  );

  for (const c of dataset.customers) {
    const customer = db
      .insert(t.customers)
      .values({
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
      })
      .returning({ id: t.customers.id })
      .get();

    if (c.consents.length > 0) {
      db.insert(t.consents)
        .values(c.consents.map((k) => ({ workspaceId, customerId: customer.id, ...k })))
        .run();
    }

    const orderIds = new Map<string, number>();
    for (const o of c.orders) {
      const total = o.items.reduce((sum, i) => sum + i.unitPricePence * i.quantity, 0);
      const order = db
        .insert(t.orders)
        .values({
          workspaceId,
          customerId: customer.id,
          ref: o.ref,
          placedAt: o.placedAt,
          channel: o.channel,
          status: o.status,
          deliveredAt: o.deliveredAt ?? null,
          paymentMethod: o.paymentMethod,
          totalPence: total,
        })
        .returning({ id: t.orders.id })
        .get();
      orderIds.set(o.ref, order.id);
      db.insert(t.orderItems)
        .values(
          o.items.map((i) => {
            const productId = productIds.get(i.sku);
            if (productId === undefined)
              throw invalid(`Order ${o.ref} names an unknown product SKU "${i.sku}".`);
            return {
              orderId: order.id,
              productId,
              productName: productNames.get(i.sku) ?? i.sku,
              quantity: i.quantity,
              unitPricePence: i.unitPricePence,
              returnStatus: i.returnStatus ?? "none",
              refundStatus: i.refundStatus ?? "none",
              refundedPence: i.refundedPence ?? 0,
            };
          }),
        )
        .run();
    }
    const orderId = (ref: string | null | undefined) => {
      if (!ref) return null;
      const id = orderIds.get(ref);
      if (id === undefined) throw invalid(`Customer ${c.ref} refers to order ${ref}, which is not theirs.`);
      return id;
    };

    if (c.feedback.length > 0) {
      db.insert(t.feedback)
        .values(
          c.feedback.map((f) => ({
            workspaceId,
            customerId: customer.id,
            orderId: orderId(f.orderRef),
            kind: f.kind,
            score: f.score ?? null,
            comment: f.comment ?? null,
            channel: f.channel,
            receivedAt: f.receivedAt,
          })),
        )
        .run();
    }

    const caseIds = new Map<string, number>();
    for (const k of c.cases) {
      const row = db
        .insert(t.cases)
        .values({
          workspaceId,
          customerId: customer.id,
          orderId: orderId(k.orderRef),
          ref: k.ref,
          category: k.category,
          status: k.status,
          summary: k.summary,
          resolution: k.resolution ?? null,
          openedAt: k.openedAt,
          closedAt: k.closedAt ?? null,
        })
        .returning({ id: t.cases.id })
        .get();
      caseIds.set(k.ref, row.id);
    }

    if (c.interactions.length > 0) {
      db.insert(t.interactions)
        .values(
          c.interactions.map((i) => ({
            workspaceId,
            customerId: customer.id,
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
        )
        .run();
    }
  }
}
