/**
 * An attempt's state: building a fresh one from a scenario (cached per start instant), copying it
 * before a change, the simulated clock, and the lookups every action needs.
 */
import type { AttemptState, Channel, CaseState, CustomerState } from "./engine-types";
import type { LearnerAction } from "./learner-actions";
import {
  DEFAULT_ACTION_MINUTES,
  MOOD_LABELS,
  MOOD_MAX,
  MOOD_MIN,
  type Contact,
  type Person,
  type Scenario,
} from "./scenario-schema";
import { absoluteDate, itemUnitPrice, productName, scenarioStart } from "./scenario-dataset";
import { formatTimeOfDay, parseTimeOfDay } from "./dates";
import { notFound } from "./scenario-errors";

export function moodLabel(mood: number): string {
  return MOOD_LABELS[Math.max(MOOD_MIN, Math.min(MOOD_MAX, mood))] ?? "neutral";
}

const startMinutesCache = new WeakMap<Scenario, number>();

/** "09:42" for a simulated minute. */
export function formatSimClock(scenario: Scenario, minute: number): string {
  let start = startMinutesCache.get(scenario);
  if (start === undefined) {
    start = parseTimeOfDay(scenario.clock.startTime);
    startMinutesCache.set(scenario, start);
  }
  return formatTimeOfDay(start + minute);
}

export function actionMinutes(scenario: Scenario, type: LearnerAction["type"]): number {
  return scenario.clock.actionMinutes[type] ?? DEFAULT_ACTION_MINUTES[type];
}

export const clampMood = (m: number) => Math.max(MOOD_MIN, Math.min(MOOD_MAX, m));
export const fullName = (c: CustomerState) => `${c.firstName} ${c.lastName}`;

export function contactDef(scenario: Scenario, ref: string): Contact | undefined {
  return scenario.contacts.find((c) => c.customerRef === ref);
}

/** A deep copy of the mutable parts of a state (log entries are immutable and shared). */
export function cloneState(s: AttemptState): AttemptState {
  const customers: AttemptState["customers"] = {};
  for (const [ref, c] of Object.entries(s.customers)) {
    const orders: CustomerState["orders"] = {};
    for (const [oref, o] of Object.entries(c.orders)) {
      orders[oref] = { ...o, items: o.items.map((i) => ({ ...i })) };
    }
    const consents: CustomerState["consents"] = {};
    for (const [ch, k] of Object.entries(c.consents)) consents[ch as Channel] = { ...k };
    customers[ref] = { ...c, orders, consents };
  }
  const cases: AttemptState["cases"] = {};
  for (const [ref, k] of Object.entries(s.cases)) cases[ref] = { ...k };
  const contacts: AttemptState["contacts"] = {};
  for (const [ref, k] of Object.entries(s.contacts))
    contacts[ref] = { ...k, flags: [...k.flags], fired: { ...k.fired } };
  const people: AttemptState["people"] = {};
  for (const [ref, k] of Object.entries(s.people))
    people[ref] = { ...k, flags: [...k.flags], fired: { ...k.fired } };
  return {
    ...s,
    customers,
    cases,
    contacts,
    people,
    pending: [...s.pending],
    goodwillApproved: { ...s.goodwillApproved },
    tasks: [...s.tasks],
    remedies: [...s.remedies],
    log: [...s.log],
    warnings: [...s.warnings],
  };
}

export function requireCustomer(state: AttemptState, ref: string): CustomerState {
  const c = state.customers[ref];
  if (!c) throw notFound("UNKNOWN_CUSTOMER", `There is no customer ${ref} in this scenario's CRM.`);
  return c;
}

export function personDef(scenario: Scenario, ref: string): Person | undefined {
  return scenario.people.find((p) => p.ref === ref);
}

export function requirePerson(scenario: Scenario, ref: string): Person {
  const p = personDef(scenario, ref);
  if (!p) throw notFound("UNKNOWN_PERSON", `There is no one called ${ref} in this scenario.`);
  return p;
}

export function requireCase(state: AttemptState, ref: string): CaseState {
  const k = state.cases[ref];
  if (!k) throw notFound("UNKNOWN_CASE", `There is no case ${ref} in this scenario's CRM.`);
  return k;
}

// ------------------------------------------------------------------------------ initial state

/**
 * Fresh states per scenario and start instant: building one needs many UK-time date conversions
 * (a few milliseconds for a dozen customers), and the data layer replays attempts often.
 */
const startCache = new WeakMap<Scenario, Map<string, AttemptState>>();
const START_CACHE_SIZE = 32;

/** The state of a fresh attempt: the scenario's starting CRM data and each scripted customer's mood. */
export function initialState(scenario: Scenario, startAt: Date): AttemptState {
  const origin = scenarioStart(scenario, startAt);
  let perScenario = startCache.get(scenario);
  if (!perScenario) {
    perScenario = new Map();
    startCache.set(scenario, perScenario);
  }
  const key = origin.toISOString();
  let template = perScenario.get(key);
  if (!template) {
    template = buildInitialState(scenario, origin);
    if (perScenario.size >= START_CACHE_SIZE) perScenario.delete(perScenario.keys().next().value!);
    perScenario.set(key, template);
  }
  return cloneState(template);
}

function buildInitialState(scenario: Scenario, origin: Date): AttemptState {
  const customers: AttemptState["customers"] = {};
  const cases: AttemptState["cases"] = {};
  for (const c of scenario.customers) {
    const orders: CustomerState["orders"] = {};
    for (const o of c.orders) {
      orders[o.ref] = {
        ref: o.ref,
        status: o.status,
        placedAt: absoluteDate(origin, o.placedDaysAgo).toISOString(),
        deliveredAt: o.deliveredDaysAgo ? absoluteDate(origin, o.deliveredDaysAgo).toISOString() : null,
        paymentMethod: o.paymentMethod,
        items: o.items.map((i) => ({
          sku: i.sku,
          name: productName(i.sku),
          quantity: i.quantity,
          unitPricePence: itemUnitPrice(i),
          refundedPence: i.refundedPence ?? 0,
          replacements: 0,
          repairs: 0,
        })),
      };
    }
    const consents: CustomerState["consents"] = {};
    for (const k of c.consents)
      consents[k.channel] = { granted: k.granted, method: k.method, changedAtMinute: null };
    customers[c.ref] = {
      ref: c.ref,
      firstName: c.firstName,
      lastName: c.lastName,
      email: c.email,
      phone: c.phone ?? null,
      hasAddress: Boolean(c.addressLine && c.postcode),
      preferredChannel: c.preferredChannel,
      lifecycleStage: c.lifecycleStage,
      accessibilityNotes: c.accessibilityNotes ?? null,
      consents,
      identityVerified: false,
      viewed: false,
      orders,
      messagesSent: 0,
    };
    for (const k of c.cases) {
      cases[k.ref] = {
        ref: k.ref,
        customerRef: c.ref,
        orderRef: k.orderRef ?? null,
        category: k.category,
        status: k.status,
        summary: k.summary,
        resolution: k.resolution ?? null,
        openedAtMinute: null,
        closedAtMinute: null,
        openedByLearner: false,
      };
    }
  }
  const contacts: AttemptState["contacts"] = {};
  for (const k of scenario.contacts) {
    const customer = customers[k.customerRef];
    contacts[k.customerRef] = {
      customerRef: k.customerRef,
      mood: k.initialMood,
      flags: [],
      fired: {},
      lastChannel: k.opening.at(-1)?.channel ?? customer?.preferredChannel ?? "email",
    };
  }
  const people: AttemptState["people"] = {};
  for (const p of scenario.people) {
    people[p.ref] = {
      ref: p.ref,
      mood: p.initialMood,
      flags: [],
      fired: {},
      lastChannel: p.opening.at(-1)?.channel ?? (p.role === "public" ? "review" : "internal"),
    };
  }
  return {
    scenarioId: scenario.id,
    origin: origin.toISOString(),
    minute: 0,
    submitted: false,
    customers,
    cases,
    nextCaseNumber: 1,
    tasks: [],
    remedies: [],
    contacts,
    people,
    pending: [],
    goodwillApproved: {},
    log: [],
    warnings: [],
  };
}
