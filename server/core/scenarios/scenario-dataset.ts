/**
 * A scenario's starting data made absolute for an attempt: the start instant, dates, prices and
 * product names from the catalogue, and the CRM dataset loaded into the attempt's workspace.
 */
import { CATALOGUE } from "../catalogue";
import type { CrmDataset, DatasetCustomer } from "../crm-dataset";
import { dayInMonthBefore, scenarioOrigin, shiftDays, ukDate } from "./dates";
import type { RelDate, Scenario, ScenarioCustomer } from "./scenario-schema";

export function findOrder(scenario: Scenario, orderRef: string) {
  for (const c of scenario.customers) {
    const o = c.orders.find((x) => x.ref === orderRef);
    if (o) return o;
  }
  return undefined;
}

export function findCustomer(scenario: Scenario, ref: string): ScenarioCustomer | undefined {
  return scenario.customers.find((c) => c.ref === ref);
}

export function productName(sku: string): string {
  return CATALOGUE.find((p) => p.sku === sku)?.name ?? sku;
}

/** The unit price paid for an order item: as written in the file, or today's catalogue price. */
export function itemUnitPrice(item: { sku: string; unitPricePence?: number }): number {
  return item.unitPricePence ?? CATALOGUE.find((p) => p.sku === item.sku)?.pricePence ?? 0;
}

/** The instant the scenario starts for an attempt begun at `startAt` (UK day, scenario start time). */
export function scenarioStart(scenario: Scenario, startAt: Date): Date {
  return scenarioOrigin(startAt, scenario.clock.startTime);
}

/** Absolute date for a relative one, given the scenario's start. */
export function absoluteDate(origin: Date, rel: RelDate): Date {
  return "daysAgo" in rel
    ? shiftDays(origin, -rel.daysAgo, rel.time)
    : dayInMonthBefore(origin, rel.monthsAgo, rel.day, rel.time);
}

// Starts that test the month boundaries a relative date can cross: the 1st and last of months of
// 28, 29, 30 and 31 days, the turn of the year and both clock changes.
const SAMPLE_STARTS = [
  "2026-01-01T09:00:00Z",
  "2026-01-31T09:00:00Z",
  "2026-03-01T09:00:00Z",
  "2026-03-29T08:00:00Z",
  "2026-03-31T08:00:00Z",
  "2026-10-25T09:00:00Z",
  "2026-10-31T09:00:00Z",
  "2026-12-03T09:00:00Z",
  "2028-02-29T09:00:00Z",
  "2028-03-15T09:00:00Z",
].map((s) => new Date(s));

/**
 * Whether `later` falls on the same UK day as `earlier` or after it for every start. Two day counts
 * compare directly; a month-anchored date moves against a day count as the start moves, so those
 * are compared at sample starts across the month boundaries.
 */
export function alwaysSameDayOrAfter(later: RelDate, earlier: RelDate): boolean {
  if ("daysAgo" in later && "daysAgo" in earlier) return later.daysAgo <= earlier.daysAgo;
  return SAMPLE_STARTS.every(
    (start) => ukDate(absoluteDate(start, later)) >= ukDate(absoluteDate(start, earlier)),
  );
}

/**
 * The scenario's starting CRM data with absolute dates, for loading into an attempt's workspace.
 * `asOf` (the CRM's "today") is the scenario's start: the UK day of `startAt` at the clock's start time.
 */
export function scenarioDataset(scenario: Scenario, startAt: Date): CrmDataset {
  const origin = scenarioStart(scenario, startAt);
  const at = (rel: RelDate) => absoluteDate(origin, rel);
  const customers: DatasetCustomer[] = scenario.customers.map((c) => ({
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
    tags: [...c.tags],
    accessibilityNotes: c.accessibilityNotes ?? null,
    vulnerabilityNotes: c.vulnerabilityNotes ?? null,
    subscription: c.subscription,
    loyaltyPoints: c.loyaltyPoints,
    customerSince: at(c.customerSinceDaysAgo),
    consents: c.consents.map((k) => ({
      channel: k.channel,
      granted: k.granted,
      method: k.method,
      recordedAt: at(k.daysAgo),
    })),
    orders: c.orders.map((o) => ({
      ref: o.ref,
      placedAt: at(o.placedDaysAgo),
      channel: o.channel,
      status: o.status,
      deliveredAt: o.deliveredDaysAgo ? at(o.deliveredDaysAgo) : null,
      paymentMethod: o.paymentMethod,
      items: o.items.map((i) => ({
        sku: i.sku,
        quantity: i.quantity,
        unitPricePence: itemUnitPrice(i),
        ...(i.returnStatus ? { returnStatus: i.returnStatus } : {}),
        ...(i.refundStatus ? { refundStatus: i.refundStatus } : {}),
        ...(i.refundedPence !== undefined ? { refundedPence: i.refundedPence } : {}),
      })),
    })),
    feedback: c.feedback.map((f) => ({
      kind: f.kind,
      score: f.score ?? null,
      comment: f.comment ?? null,
      channel: f.channel,
      receivedAt: at(f.daysAgo),
      orderRef: f.orderRef ?? null,
    })),
    cases: c.cases.map((k) => ({
      ref: k.ref,
      category: k.category,
      status: k.status,
      summary: k.summary,
      resolution: k.resolution ?? null,
      openedAt: at(k.openedDaysAgo),
      closedAt: k.closedDaysAgo ? at(k.closedDaysAgo) : null,
      orderRef: k.orderRef ?? null,
    })),
    interactions: c.interactions.map((it) => ({
      kind: it.kind,
      direction: it.direction ?? null,
      subject: it.subject ?? null,
      body: it.body,
      author: it.author,
      occurredAt: at(it.daysAgo),
      dueAt: it.dueInDays !== undefined ? shiftDays(origin, it.dueInDays) : null,
      doneAt: it.doneDaysAgo ? at(it.doneDaysAgo) : null,
      caseRef: it.caseRef ?? null,
    })),
  }));
  return { asOf: origin, customers };
}
