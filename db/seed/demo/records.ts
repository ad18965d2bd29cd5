/**
 * From drafts to the dataset: references (ORD-…, CASE-…, CUS-…) in date order, {order} and {case} filled
 * in, contact details, and what the CRM shows at a glance (stage, segment, tags, loyalty points).
 */
import type {
  DatasetCase,
  DatasetConsent,
  DatasetCustomer,
  DatasetFeedback,
  DatasetInteraction,
  DatasetOrder,
} from "../../../server/core/crm-dataset";
import { DEMO_AS_OF, isPast, type SeedContext } from "./context";
import type { Draft, DraftCase, DraftOrder } from "./drafts";
import { HIGH_VALUE_SPEND_PENCE } from "./lifecycle";
import { INWARD_LETTERS, STREETS, TOWNS } from "./people";
import { liveOrders, netOf, stageAt } from "./stages";

function slug(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");
}

/** Numbers orders and cases across all customers in date order. */
export function assignRefs(drafts: Draft[]): void {
  const allOrders = drafts.flatMap((c) => c.orders);
  allOrders.sort(
    (a, b) =>
      a.placedAt.getTime() - b.placedAt.getTime() || a.customer.index - b.customer.index || a.seq - b.seq,
  );
  allOrders.forEach((o, k) => {
    o.ref = `ORD-${10001 + k}`;
  });
  const allCases = drafts.flatMap((c) => c.cases);
  allCases.sort(
    (a, b) =>
      a.openedAt.getTime() - b.openedAt.getTime() || a.customer.index - b.customer.index || a.seq - b.seq,
  );
  allCases.forEach((k, n) => {
    k.ref = `CASE-${String(n + 1).padStart(4, "0")}`;
  });
}

const fill = (text: string, order: DraftOrder | null, kase: DraftCase | null): string =>
  text
    .replaceAll("{order}", order?.ref ?? kase?.order?.ref ?? "your order")
    .replaceAll("{case}", kase?.ref ?? "");

/** The customers in the order they joined, as the dataset holds them. */
export function toCustomerRecords(ctx: SeedContext, drafts: Draft[]): DatasetCustomer[] {
  const { rng } = ctx;
  const usedEmails = new Set<string>();
  const ordered = [...drafts].sort((a, b) => a.since.getTime() - b.since.getTime() || a.index - b.index);
  const customers: DatasetCustomer[] = ordered.map((c, k) => {
    const ref = `CUS-${String(k + 1).padStart(4, "0")}`;
    const { first, last, age, town } = c.person;
    const place = TOWNS[town];
    const outward = rng.pick(place.outward);
    const postcode = `${outward} ${rng.int(1, 9)}${rng.pick([...INWARD_LETTERS])}${rng.pick([...INWARD_LETTERS])}`;
    const street = rng.pick(STREETS);
    const addressLine = rng.chance(0.25)
      ? `Flat ${rng.int(1, 12)}, ${rng.int(2, 140)} ${street}`
      : `${rng.int(1, 220)} ${street}`;
    const domain = rng.pick(["example.co.uk", "example.com", "example.org.uk", "example.net"]);
    const local = rng.pick([
      `${slug(first)}.${slug(last)}`,
      `${slug(first)}${slug(last)}`,
      `${slug(first).slice(0, 1)}${slug(last)}`,
      `${slug(first)}.${slug(last)}${rng.int(1, 99)}`,
    ]);
    let email = `${local}@${domain}`;
    if (usedEmails.has(email)) email = `${local}${k + 1}@${domain}`;
    usedEmails.add(email);
    const needsPhone =
      c.preferredChannel === "phone" ||
      c.preferredChannel === "sms" ||
      c.orders.some((o) => o.channel === "phone");
    const phone =
      needsPhone || rng.chance(0.92)
        ? `07700 900${String((c.index * 37 + 101) % 1000).padStart(3, "0")}`
        : null;

    const orders: DatasetOrder[] = [...c.orders]
      .sort((a, b) => a.placedAt.getTime() - b.placedAt.getTime())
      .map((o) => ({
        ref: o.ref,
        placedAt: o.placedAt,
        channel: o.channel,
        status: o.status,
        deliveredAt: o.deliveredAt,
        paymentMethod: o.paymentMethod,
        items: o.items.map((i) => ({
          sku: i.sku,
          quantity: i.quantity,
          unitPricePence: i.unitPricePence,
          returnStatus: i.returnStatus ?? "none",
          refundStatus: i.refundStatus ?? "none",
          refundedPence: i.refundedPence ?? 0,
        })),
      }));
    const feedback: DatasetFeedback[] = [...c.feedback]
      .sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime())
      .map((f) => ({
        kind: f.kind,
        score: f.score ?? null,
        comment: f.comment ?? null,
        channel: f.channel,
        receivedAt: f.receivedAt,
        orderRef: f.order?.ref ?? null,
      }));
    const cases: DatasetCase[] = [...c.cases]
      .sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime())
      .map((kase) => ({
        ref: kase.ref,
        category: kase.category,
        status: kase.status,
        summary: fill(kase.summary, kase.order, kase),
        resolution: kase.resolution === null ? null : fill(kase.resolution, kase.order, kase),
        openedAt: kase.openedAt,
        closedAt: kase.closedAt,
        orderRef: kase.order?.ref ?? null,
      }));
    const interactions: DatasetInteraction[] = c.interactions
      .filter((i) => isPast(i.occurredAt))
      .map((i, n) => ({ i, n }))
      .sort((a, b) => a.i.occurredAt.getTime() - b.i.occurredAt.getTime() || a.n - b.n)
      .map(({ i }) => ({
        kind: i.kind,
        direction: i.direction ?? null,
        subject: i.subject ?? null,
        body: fill(i.body, i.order, i.case),
        author: i.author,
        occurredAt: i.occurredAt,
        dueAt: i.dueAt ?? null,
        doneAt: i.doneAt && isPast(i.doneAt) ? i.doneAt : null,
        caseRef: i.case?.ref ?? null,
      }));

    const live = liveOrders(c);
    const net = netOf(live);
    const stage = stageAt(c, DEMO_AS_OF);
    const consents = (["email", "sms", "phone", "post"] as const).map(
      (ch) => c.consents.get(ch) as DatasetConsent,
    );
    const latestNps = [...feedback].reverse().find((f) => f.kind === "nps")?.score ?? null;
    const openCase = cases.some(
      (k) => k.status === "open" || k.status === "in_progress" || k.status === "escalated",
    );

    const tags = new Set(c.tags);
    if (c.loyaltyMember) tags.add("loyalty scheme");
    if (c.subscription === "active" || c.subscription === "paused") tags.add("coffee subscriber");
    if (c.subscription === "cancelled") tags.add("ex-subscriber");
    if (net >= HIGH_VALUE_SPEND_PENCE) tags.add("high spender");
    if (
      cases.some(
        (k) =>
          k.category === "faulty_product" ||
          k.category === "delivery" ||
          k.category === "billing" ||
          k.category === "service",
      )
    )
      tags.add("complaint history");
    if (orders.some((o) => o.items.some((i) => i.returnStatus !== "none"))) tags.add("returned item");
    if (consents.every((k) => !k.granted)) tags.add("no marketing");
    if (c.plan.accessibility) tags.add("accessibility needs");
    if (c.plan.vulnerability) tags.add("vulnerable");
    if (orders.filter((o) => o.channel === "phone").length * 2 > orders.length) tags.add("phone orders");
    if (orders.filter((o) => o.channel === "app").length * 2 > orders.length) tags.add("app user");
    if (orders.some((o) => o.items.some((i) => i.sku.startsWith("ESP-")))) tags.add("espresso");
    if (age === "student") tags.add("student");
    if (age === "retired") tags.add("retired");

    const segment =
      stage === "onboarding"
        ? "New"
        : stage === "lapsed"
          ? "Lapsed"
          : stage === "win-back" || openCase || (latestNps !== null && latestNps <= 6)
            ? "At risk"
            : stage === "loyalty"
              ? "High value"
              : c.subscription === "active" || c.subscription === "paused"
                ? "Coffee subscriber"
                : live.length <= 2
                  ? "Occasional"
                  : "Regular";

    return {
      ref,
      firstName: first,
      lastName: last,
      email,
      phone,
      addressLine,
      town: place.town,
      postcode,
      preferredChannel: c.preferredChannel,
      lifecycleStage: stage,
      segment,
      tags: [...tags].sort(),
      accessibilityNotes: c.plan.accessibility ?? null,
      vulnerabilityNotes: c.plan.vulnerability ?? null,
      subscription: c.subscription,
      loyaltyPoints: c.loyaltyMember ? Math.floor(net / 100) : 0,
      customerSince: c.since,
      consents,
      orders,
      feedback,
      cases,
      interactions,
    };
  });
  return customers;
}
