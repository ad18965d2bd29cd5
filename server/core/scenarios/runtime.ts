/**
 * The scenario engine: a deterministic state machine over learner actions.
 *
 * - `initialState` builds an attempt's state from a scenario; `openingEvents` are the customers'
 *   opening messages the data layer stores when the attempt starts.
 * - `applyAction` validates one learner action against the state (unknown refs, refunds above the
 *   value left, a second full refund, goodwill over the policy limit, closing a closed case,
 *   acting after submission… each a typed ScenarioDomainError), advances the simulated clock, and
 *   returns the new state plus the events to store: the learner's event first, then any scripted
 *   customer reactions (messages, mood changes).
 * - `replayEvents` rebuilds the state from stored events; `progressSummary` is what a tutor's live
 *   dashboard shows.
 *
 * Pure: no I/O. Given the same scenario, start and actions it always produces the same events.
 */
import { analyseMessage } from "../analysis";
import { readMessage, type MessageReading } from "./case-evidence";
import { lassSteps, type StepReading } from "./lass-steps";
import { brokenByRemedy } from "./promises";
import { isTemplatePair, templateKey, type TemplateKey } from "./templates";
import { assessRemedy } from "../consumer-rights";
import { DomainError } from "../domain-errors";
import { consentChangeEvidenced, judgeMessageMarketing } from "./consent-evidence";
import { formatPounds, formatTimeOfDay, parseTimeOfDay } from "./dates";
import type {
  ActionRecord,
  AttemptState,
  CaseState,
  Channel,
  ContactState,
  CustomerMessagePayload,
  CustomerState,
  EngineEvent,
  LearnerEventPayload,
  MessageAnalysis,
  StoredEvent,
} from "./engine-types";
import {
  ACTION_LABELS,
  LEARNER_ACTION_TYPES,
  learnerActionSchema,
  type ActionOf,
  type LearnerAction,
  type MessageChannel,
} from "./learner-actions";
import { actionMatches, flagsMatch, inRange, normaliseText } from "./matching";
import {
  DEFAULT_ACTION_MINUTES,
  MOOD_LABELS,
  MOOD_MAX,
  MOOD_MIN,
  absoluteDate,
  itemUnitPrice,
  productName,
  renderText,
  scenarioStart,
  type Contact,
  type Reaction,
  type Scenario,
  type Timer,
} from "./scenario-schema";

// ------------------------------------------------------------------------------------ errors

export type ScenarioErrorKind = "not_found" | "invalid" | "conflict";

export type ScenarioErrorCode =
  | "ATTEMPT_SUBMITTED"
  | "UNKNOWN_CUSTOMER"
  | "UNKNOWN_ORDER"
  | "UNKNOWN_ITEM"
  | "UNKNOWN_CASE"
  | "INVALID_ACTION"
  | "NO_CONTACT_DETAILS"
  | "ITEM_REQUIRED"
  | "AMOUNT_REQUIRED"
  | "REFUND_EXCEEDS_VALUE"
  | "ALREADY_REFUNDED"
  | "ALREADY_REMEDIED"
  | "ORDER_NOT_DELIVERED"
  | "GOODWILL_OVER_LIMIT"
  | "VOUCHER_OVER_LIMIT"
  | "CASE_ALREADY_CLOSED"
  | "USE_CLOSE_CASE"
  | "STAGE_UNCHANGED";

/**
 * A learner action the attempt's state does not allow. `kind` follows the shared DomainError kinds
 * (so the tRPC layer maps it to NOT_FOUND / BAD_REQUEST / CONFLICT); `code` says exactly what.
 */
export class ScenarioDomainError extends DomainError {
  constructor(
    kind: ScenarioErrorKind,
    readonly code: ScenarioErrorCode,
    message: string,
  ) {
    super(kind, message);
    this.name = "ScenarioDomainError";
  }
  declare readonly kind: ScenarioErrorKind;
}

const notFound = (code: ScenarioErrorCode, message: string) => new ScenarioDomainError("not_found", code, message);
const invalid = (code: ScenarioErrorCode, message: string) => new ScenarioDomainError("invalid", code, message);
const conflict = (code: ScenarioErrorCode, message: string) => new ScenarioDomainError("conflict", code, message);

export type ApplyResult =
  | { ok: true; state: AttemptState; events: EngineEvent[] }
  | { ok: false; error: ScenarioDomainError };

// ------------------------------------------------------------------------------------ helpers

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

const clampMood = (m: number) => Math.max(MOOD_MIN, Math.min(MOOD_MAX, m));
const fullName = (c: CustomerState) => `${c.firstName} ${c.lastName}`;

function contactDef(scenario: Scenario, ref: string): Contact | undefined {
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
  for (const [ref, k] of Object.entries(s.contacts)) contacts[ref] = { ...k, flags: [...k.flags], fired: { ...k.fired } };
  return {
    ...s,
    customers,
    cases,
    contacts,
    tasks: [...s.tasks],
    remedies: [...s.remedies],
    log: [...s.log],
    warnings: [...s.warnings],
  };
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
    for (const k of c.consents) consents[k.channel] = { granted: k.granted, method: k.method, changedAtMinute: null };
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
    log: [],
    warnings: [],
  };
}

/** The customers' opening messages, oldest first: store them when the attempt starts. */
export function openingEvents(scenario: Scenario, startAt: Date): EngineEvent[] {
  const origin = scenarioStart(scenario, startAt);
  const events: EngineEvent[] = [];
  for (const k of scenario.contacts) {
    for (const m of k.opening) {
      events.push({
        actor: "customer",
        type: "customer_message",
        simMinute: m.atMinute,
        payload: {
          customerRef: k.customerRef,
          channel: m.channel,
          ...(m.subject ? { subject: renderText(scenario, m.subject, origin) } : {}),
          text: renderText(scenario, m.text, origin),
          mood: k.initialMood,
          moodLabel: moodLabel(k.initialMood),
          ruleId: "opening",
          clock: formatSimClock(scenario, m.atMinute),
        },
      });
    }
  }
  return events.sort((a, b) => a.simMinute - b.simMinute);
}

// ---------------------------------------------------------------------------------- applying

export interface StepOptions {
  /** The stored event's seq, when replaying. */
  seq?: number | null;
  /** A message analysis already computed (replays reuse the stored one). */
  analysis?: MessageAnalysis | null;
  /** Build the events to store (default). Replays only need the state, so they skip this. */
  emit?: boolean;
}

/**
 * Applies one learner action. Returns the new state and the events to store, or a domain error
 * (the given state is never modified).
 */
export function applyAction(scenario: Scenario, state: AttemptState, action: LearnerAction): ApplyResult {
  const parsed = learnerActionSchema.safeParse(action);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      ok: false,
      error: invalid("INVALID_ACTION", `That action is not valid: ${first ? `${first.path.join(".") || "action"}: ${first.message}` : "unknown problem"}.`),
    };
  }
  const next = cloneState(state);
  try {
    const events = step(scenario, next, parsed.data, {});
    return { ok: true, state: next, events };
  } catch (e) {
    if (e instanceof ScenarioDomainError) return { ok: false, error: e };
    throw e;
  }
}

/** Marks the attempt submitted: afterwards every action is refused. */
export function submitAttempt(scenario: Scenario, state: AttemptState): ApplyResult {
  if (state.submitted) {
    return { ok: false, error: conflict("ATTEMPT_SUBMITTED", "This attempt has already been submitted.") };
  }
  const next = cloneState(state);
  next.submitted = true;
  return {
    ok: true,
    state: next,
    events: [
      {
        actor: "system",
        type: "attempt_submitted",
        simMinute: next.minute,
        payload: { clock: formatSimClock(scenario, next.minute) },
      },
    ],
  };
}

function isAnalysis(v: unknown): v is MessageAnalysis {
  return (
    typeof v === "object" &&
    v !== null &&
    Array.isArray((v as MessageAnalysis).labels) &&
    Array.isArray((v as MessageAnalysis).spans)
  );
}

/**
 * Rebuilds an attempt's state from its stored events (ordered by seq). Learner actions are applied
 * again (reusing each stored message analysis); customer and mood events are regenerated, not read.
 * Actions the engine now refuses (e.g. the scenario file changed) are skipped with a warning.
 */
export function replayEvents(
  scenario: Scenario,
  startAt: Date,
  events: readonly StoredEvent[],
  options: { trusted?: boolean } = {},
): AttemptState {
  const state = initialState(scenario, startAt);
  replayInto(scenario, state, events, options.trusted ?? false);
  return state;
}

/** Replays stored events into a state in place (used by scoring). */
export function replayInto(scenario: Scenario, state: AttemptState, events: readonly StoredEvent[], trusted: boolean): void {
  const sorted = isSortedBySeq(events) ? events : [...events].sort((a, b) => a.seq - b.seq);
  for (const e of sorted) {
    if (e.actor === "system" && e.type === "attempt_submitted") {
      state.submitted = true;
      continue;
    }
    if (e.actor !== "learner") continue;
    const raw = e.payload.action;
    let action: LearnerAction;
    if (trusted && typeof raw === "object" && raw !== null && (LEARNER_ACTION_TYPES as readonly string[]).includes((raw as { type?: string }).type ?? "")) {
      action = raw as LearnerAction;
    } else {
      const parsed = learnerActionSchema.safeParse(raw);
      if (!parsed.success) {
        state.warnings.push(`Event ${e.seq}: the stored action could not be read, so it was skipped.`);
        continue;
      }
      action = parsed.data;
    }
    const analysis = isAnalysis(e.payload.analysis) ? e.payload.analysis : null;
    // A failed step leaves no trace: steps validate everything before changing the state.
    try {
      step(scenario, state, action, { seq: e.seq, analysis, emit: false });
    } catch (err) {
      if (err instanceof ScenarioDomainError) {
        state.warnings.push(`Event ${e.seq}: ${err.message} The action was skipped.`);
        continue;
      }
      throw err;
    }
  }
}

function isSortedBySeq(events: readonly StoredEvent[]): boolean {
  for (let i = 1; i < events.length; i++) if (events[i - 1]!.seq > events[i]!.seq) return false;
  return true;
}

// ------------------------------------------------------------------------------ the step itself

interface Resolved {
  customer: CustomerState | null;
  caseRef: string | null;
  caseCategory: CaseState["category"] | null;
  remedy: LearnerEventPayload["remedy"] | null;
  dueInDays: number | null;
  summary: string;
  /** Applies the action's changes to the state; runs only after every check has passed. */
  commit: () => void;
}

/** Builds a Resolved without object spread (spread of a fresh literal is slow in V8's hot paths). */
function mk(p: Pick<Resolved, "customer" | "summary" | "commit"> & Partial<Resolved>): Resolved {
  return {
    customer: p.customer,
    caseRef: p.caseRef ?? null,
    caseCategory: p.caseCategory ?? null,
    remedy: p.remedy ?? null,
    dueInDays: p.dueInDays ?? null,
    summary: p.summary,
    commit: p.commit,
  };
}

function requireCustomer(state: AttemptState, ref: string): CustomerState {
  const c = state.customers[ref];
  if (!c) throw notFound("UNKNOWN_CUSTOMER", `There is no customer ${ref} in this scenario's CRM.`);
  return c;
}

function requireCase(state: AttemptState, ref: string): CaseState {
  const k = state.cases[ref];
  if (!k) throw notFound("UNKNOWN_CASE", `There is no case ${ref} in this scenario's CRM.`);
  return k;
}

function step(scenario: Scenario, state: AttemptState, action: LearnerAction, opts: StepOptions): EngineEvent[] {
  if (state.submitted) {
    throw conflict("ATTEMPT_SUBMITTED", "This attempt has been submitted, so no more actions can be taken.");
  }
  const t0 = state.minute;
  const t1 = t0 + actionMinutes(scenario, action.type);
  const index = state.log.length;
  const r = resolve(scenario, state, action, t1, index);

  // Everything below changes the state: no more errors can be thrown.
  const customer = r.customer;
  let analysis: MessageAnalysis | null = null;
  let messageNumber: number | null = null;
  let marketingConsent: boolean | null = null;
  let marketingLawful: boolean | null = null;
  let optOutOffered: boolean | null = null;
  let consentEvidenced: boolean | null = null;
  let preferredChannel: boolean | null = null;
  let searchText = "";
  let reading: MessageReading | null = null;
  let steps: StepReading | null = null;
  let templateOf: number | null = null;
  const identityVerified = customer?.identityVerified ?? false;
  if (action.type === "send_message" && customer) {
    analysis = opts.analysis ?? analyse(scenario, state, customer, action.text);
    const read = readingOf(scenario, customer.ref, action.text, action.channel, analysis);
    reading = read.reading;
    steps = read.steps;
    templateOf = earlierCopy(scenario, state, action.text);
    messageNumber = customer.messagesSent + 1;
    // Judged against what the customer actually permitted, not the CRM field (consent-evidence.ts).
    const m = judgeMessageMarketing(scenario, state, customer.ref, action.channel, action.text);
    marketingConsent = m.consent;
    marketingLawful = m.lawful;
    optOutOffered = m.optOutOffered;
    preferredChannel = action.channel === customer.preferredChannel;
    searchText = normaliseText(`${action.subject ?? ""}\n${action.text}`);
  } else {
    searchText = normaliseText(actionText(action));
    if (action.type === "update_consent" && customer) {
      consentEvidenced = consentChangeEvidenced(scenario, state, customer.ref, action.channel, action.granted);
    }
  }
  r.commit();
  state.minute = t1;

  const record: ActionRecord = {
    index,
    seq: opts.seq ?? null,
    simMinute: t1,
    action,
    customerRef: customer?.ref ?? null,
    caseRef: r.caseRef,
    caseCategory: r.caseCategory,
    searchText,
    analysis,
    reading,
    steps,
    templateOf,
    messageNumber,
    marketingConsent,
    marketingLawful,
    optOutOffered,
    consentEvidenced,
    preferredChannel,
    identityVerified,
    remedy: r.remedy,
    dueInDays: r.dueInDays,
    fired: [],
  };

  const emit = opts.emit ?? true;
  const events: EngineEvent[] = [];
  if (emit) {
    const clock = formatSimClock(scenario, t1);
    const payload: LearnerEventPayload = { action, customerRef: record.customerRef, clock, summary: r.summary };
    // (Conditional assignment rather than spreading literals: much faster in V8.)
    if (r.caseRef) payload.caseRef = r.caseRef;
    if (analysis) payload.analysis = analysis;
    if (marketingConsent !== null) payload.marketingConsent = marketingConsent;
    if (r.remedy) payload.remedy = r.remedy;
    if (r.dueInDays !== null) payload.dueInDays = r.dueInDays;
    events.push({ actor: "learner", type: action.type, simMinute: t1, payload });
  }

  // Scripted customers who act on the clock (e.g. chasing an unanswered email).
  runTimers(scenario, state, t0, t1, index, record, emit ? events : null);
  state.log.push(record);
  // The scripted customer this action concerns reacts to it.
  if (record.customerRef) react(scenario, state, record, emit ? events : null);
  return events;
}

/**
 * Readings are pure functions of the text, channel, analysis and the customer's evidence, and
 * replays read the same messages again and again (every report, every live refresh), so they are
 * remembered per scenario and customer (bounded). Callers must not modify what they get.
 */
const readings = new WeakMap<Scenario, Map<string, { reading: MessageReading; steps: StepReading }>>();
function readingOf(scenario: Scenario, ref: string, text: string, channel: string, analysis: MessageAnalysis) {
  let perScenario = readings.get(scenario);
  if (!perScenario) {
    perScenario = new Map();
    readings.set(scenario, perScenario);
  }
  const key = `${ref}\u0000${channel}\u0000${analysis.labels.join(",")}\u0000${analysis.spans.length}\u0000${text}`;
  let hit = perScenario.get(key);
  if (!hit) {
    const evidence = contactDef(scenario, ref)?.evidence;
    const reading = readMessage(text, analysis, evidence, channel);
    hit = { reading, steps: lassSteps(text, analysis, reading, evidence) };
    if (perScenario.size >= 2_000) perScenario.clear();
    perScenario.set(key, hit);
  }
  return hit;
}

/** Every customer's first and last name (removed before comparing messages for templates). */
const namesCache = new WeakMap<Scenario, string[]>();
function customerNames(scenario: Scenario): string[] {
  let names = namesCache.get(scenario);
  if (!names) {
    names = scenario.customers.flatMap((c) => [c.firstName, c.lastName]);
    namesCache.set(scenario, names);
  }
  return names;
}
const templateKeys = new WeakMap<ActionRecord, TemplateKey>();
/** The comparison key of a message record (records are immutable, so it is computed once). */
export function messageKey(scenario: Scenario, r: ActionRecord): TemplateKey | null {
  if (r.action.type !== "send_message") return null;
  let k = templateKeys.get(r);
  if (!k) {
    k = keyOf(scenario, r.action.text);
    templateKeys.set(r, k);
  }
  return k;
}
const keysByText = new WeakMap<Scenario, Map<string, TemplateKey>>();
function keyOf(scenario: Scenario, text: string): TemplateKey {
  let m = keysByText.get(scenario);
  if (!m) {
    m = new Map();
    keysByText.set(scenario, m);
  }
  let k = m.get(text);
  if (!k) {
    k = templateKey(text, customerNames(scenario));
    if (m.size >= 2_000) m.clear();
    m.set(text, k);
  }
  return k;
}
/** The index of an earlier learner message this text nearly copies, or null. */
function earlierCopy(scenario: Scenario, state: AttemptState, text: string): number | null {
  const key = keyOf(scenario, text);
  for (const r of state.log) {
    const k = messageKey(scenario, r);
    if (k && isTemplatePair(key, k)) return r.index;
  }
  return null;
}

function analyse(scenario: Scenario, state: AttemptState, customer: CustomerState, text: string): MessageAnalysis {
  const otherNames: string[] = [];
  for (const c of Object.values(state.customers)) {
    if (c.ref === customer.ref) continue;
    if (c.firstName !== customer.firstName) otherNames.push(c.firstName);
    otherNames.push(`${c.firstName} ${c.lastName}`);
  }
  const orders = Object.values(customer.orders);
  const productNames = [...new Set(orders.flatMap((o) => o.items.map((i) => i.name)))];
  const result = analyseMessage(text, {
    customerFirstName: customer.firstName,
    customerLastName: customer.lastName,
    otherNames,
    orderRefs: orders.map((o) => o.ref),
    productNames,
  });
  return { labels: [...result.labels], spans: result.spans.map((s) => ({ label: s.label, start: s.start, end: s.end, text: s.text })) };
}

function actionText(a: LearnerAction): string {
  switch (a.type) {
    case "send_message":
      return `${a.subject ?? ""}\n${a.text}`;
    case "add_note":
      return a.text;
    case "log_call":
      return a.summary;
    case "open_case":
      return a.summary;
    case "update_case":
      return a.note ?? "";
    case "close_case":
      return a.resolution;
    case "issue_remedy":
      return a.note ?? "";
    case "create_task":
      return `${a.title}\n${a.note ?? ""}`;
    case "update_consent":
      return a.reason;
    case "update_preferences":
      return a.accessibilityNotes ?? "";
    case "escalate":
      return a.reason;
    case "verify_identity":
      return a.method;
    default:
      return "";
  }
}

const CHANNEL_WORDS: Record<MessageChannel, string> = {
  email: "an email",
  sms: "a text message",
  phone: "a phone call",
  chat: "a chat message",
  post: "a letter",
};

function resolve(scenario: Scenario, state: AttemptState, action: LearnerAction, t1: number, index: number): Resolved {
  switch (action.type) {
    case "send_message": {
      const c = requireCustomer(state, action.customerRef);
      if ((action.channel === "sms" || action.channel === "phone") && !c.phone) {
        throw invalid("NO_CONTACT_DETAILS", `${fullName(c)} has no phone number on record, so you cannot use ${action.channel === "sms" ? "SMS" : "the phone"}.`);
      }
      if (action.channel === "post" && !c.hasAddress) {
        throw invalid("NO_CONTACT_DETAILS", `${fullName(c)} has no postal address on record.`);
      }
      return mk({
        
        customer: c,
        summary: action.channel === "phone" ? `Phoned ${fullName(c)}` : `Sent ${CHANNEL_WORDS[action.channel]} to ${fullName(c)}`,
        commit: () => {
          c.messagesSent += 1;
        },
      });
    }
    case "view_record": {
      const c = requireCustomer(state, action.customerRef);
      return mk({  customer: c, summary: `Viewed ${fullName(c)}'s record`, commit: () => void (c.viewed = true) });
    }
    case "add_note": {
      const c = requireCustomer(state, action.customerRef);
      return mk({  customer: c, summary: `Added a note to ${fullName(c)}'s record`, commit: () => {} });
    }
    case "log_call": {
      const c = requireCustomer(state, action.customerRef);
      const dir = action.direction ?? "outbound";
      return mk({
        
        customer: c,
        summary: dir === "inbound" ? `Logged a call from ${fullName(c)}` : `Logged a call to ${fullName(c)}`,
        commit: () => {},
      });
    }
    case "open_case": {
      const c = requireCustomer(state, action.customerRef);
      if (action.orderRef && !c.orders[action.orderRef]) {
        throw notFound("UNKNOWN_ORDER", `Order ${action.orderRef} is not on ${fullName(c)}'s record.`);
      }
      let n = state.nextCaseNumber;
      while (state.cases[`CASE-A${n}`]) n++;
      const ref = `CASE-A${n}`;
      return mk({
        
        customer: c,
        caseRef: ref,
        caseCategory: action.category,
        summary: `Opened case ${ref} (${action.category.replace(/_/g, " ")}) for ${fullName(c)}`,
        commit: () => {
          state.nextCaseNumber = n + 1;
          state.cases[ref] = {
            ref,
            customerRef: c.ref,
            orderRef: action.orderRef ?? null,
            category: action.category,
            status: "open",
            summary: action.summary,
            resolution: null,
            openedAtMinute: t1,
            closedAtMinute: null,
            openedByLearner: true,
          };
        },
      });
    }
    case "update_case": {
      const k = requireCase(state, action.caseRef);
      const c = requireCustomer(state, k.customerRef);
      if (action.status === "closed") {
        throw invalid("USE_CLOSE_CASE", `Use "Close case" to close ${k.ref}, so the resolution is recorded.`);
      }
      if (k.status === "closed" && action.status !== "open" && action.status !== "in_progress") {
        throw conflict("CASE_ALREADY_CLOSED", `Case ${k.ref} is closed. Reopen it (status "open" or "in progress") before changing it.`);
      }
      return mk({
        
        customer: c,
        caseRef: k.ref,
        caseCategory: k.category,
        summary: `Updated case ${k.ref} to "${action.status.replace(/_/g, " ")}"`,
        commit: () => {
          k.status = action.status;
          if (action.status === "open" || action.status === "in_progress") k.closedAtMinute = null;
        },
      });
    }
    case "close_case": {
      const k = requireCase(state, action.caseRef);
      const c = requireCustomer(state, k.customerRef);
      if (k.status === "closed") throw conflict("CASE_ALREADY_CLOSED", `Case ${k.ref} is already closed.`);
      return mk({
        
        customer: c,
        caseRef: k.ref,
        caseCategory: k.category,
        summary: `Closed case ${k.ref}`,
        commit: () => {
          k.status = "closed";
          k.resolution = action.resolution;
          k.closedAtMinute = t1;
        },
      });
    }
    case "issue_remedy":
      return resolveRemedy(scenario, state, action, t1, index);
    case "create_task": {
      const c = requireCustomer(state, action.customerRef);
      return mk({
        
        customer: c,
        dueInDays: action.dueInDays,
        summary: `Created a task for ${fullName(c)}: "${action.title}" (due in ${action.dueInDays} day${action.dueInDays === 1 ? "" : "s"})`,
        commit: () => {
          state.tasks.push({ customerRef: c.ref, title: action.title, dueInDays: action.dueInDays, createdAtMinute: t1 });
        },
      });
    }
    case "change_stage": {
      const c = requireCustomer(state, action.customerRef);
      if (c.lifecycleStage === action.stage) {
        throw conflict("STAGE_UNCHANGED", `${fullName(c)} is already at the ${action.stage} stage.`);
      }
      const from = c.lifecycleStage;
      return mk({
        
        customer: c,
        summary: `Moved ${fullName(c)} from ${from} to ${action.stage}`,
        commit: () => void (c.lifecycleStage = action.stage),
      });
    }
    case "update_consent": {
      const c = requireCustomer(state, action.customerRef);
      return mk({
        
        customer: c,
        summary: `Recorded ${action.granted ? "consent" : "no consent"} to ${action.channel} marketing for ${fullName(c)}`,
        commit: () => {
          c.consents[action.channel] = { granted: action.granted, method: action.reason, changedAtMinute: t1 };
        },
      });
    }
    case "update_preferences": {
      const c = requireCustomer(state, action.customerRef);
      const parts: string[] = [];
      if (action.preferredChannel) parts.push(`preferred channel ${action.preferredChannel}`);
      if (action.accessibilityNotes !== undefined) parts.push("accessibility notes");
      return mk({
        
        customer: c,
        summary: `Updated ${fullName(c)}'s ${parts.join(" and ")}`,
        commit: () => {
          if (action.preferredChannel) c.preferredChannel = action.preferredChannel;
          if (action.accessibilityNotes !== undefined) c.accessibilityNotes = action.accessibilityNotes || null;
        },
      });
    }
    case "send_survey": {
      const c = requireCustomer(state, action.customerRef);
      return mk({  customer: c, summary: `Sent a ${action.kind.toUpperCase()} survey to ${fullName(c)}`, commit: () => {} });
    }
    case "escalate": {
      const c = requireCustomer(state, action.customerRef);
      const k = action.caseRef ? requireCase(state, action.caseRef) : null;
      if (k && k.customerRef !== c.ref) throw notFound("UNKNOWN_CASE", `Case ${k.ref} is not on ${fullName(c)}'s record.`);
      if (k && k.status === "closed") throw conflict("CASE_ALREADY_CLOSED", `Case ${k.ref} is closed; reopen it before escalating.`);
      return mk({
        
        customer: c,
        caseRef: k?.ref ?? null,
        caseCategory: k?.category ?? null,
        summary: `Escalated ${fullName(c)}${k ? ` (case ${k.ref})` : ""} to a manager`,
        commit: () => {
          if (k) k.status = "escalated";
        },
      });
    }
    case "verify_identity": {
      const c = requireCustomer(state, action.customerRef);
      return mk({  customer: c, summary: `Verified ${fullName(c)}'s identity`, commit: () => void (c.identityVerified = true) });
    }
  }
}

function resolveRemedy(
  scenario: Scenario,
  state: AttemptState,
  action: ActionOf<"issue_remedy">,
  t1: number,
  index: number,
): Resolved {
  const c = requireCustomer(state, action.customerRef);
  const order = c.orders[action.orderRef];
  if (!order) throw notFound("UNKNOWN_ORDER", `Order ${action.orderRef} is not on ${fullName(c)}'s record.`);
  if (order.status === "cancelled") {
    throw invalid("INVALID_ACTION", `Order ${order.ref} was cancelled, so there is nothing to remedy.`);
  }
  const faults = scenario.faults.filter((f) => f.customerRef === c.ref && f.orderRef === order.ref);
  let item = null as (typeof order.items)[number] | null;
  if (action.sku) {
    item = order.items.find((i) => i.sku === action.sku) ?? null;
    if (!item) throw notFound("UNKNOWN_ITEM", `${productName(action.sku)} (${action.sku}) is not on order ${order.ref}.`);
  } else if (order.items.length === 1) {
    item = order.items[0]!;
  } else if (faults.length === 1) {
    item = order.items.find((i) => i.sku === faults[0]!.sku) ?? null;
  }
  const fault = item ? faults.find((f) => f.sku === item!.sku) : undefined;
  const itemValue = item ? item.quantity * item.unitPricePence : 0;
  const orderValue = order.items.reduce((s, i) => s + i.quantity * i.unitPricePence, 0);
  const orderRefunded = order.items.reduce((s, i) => s + i.refundedPence, 0);
  const primaryDone = item ? item.replacements + item.repairs > 0 || (itemValue > 0 && item.refundedPence >= itemValue) : false;
  const kind = action.kind;
  let amount = 0;
  const applied: { item: (typeof order.items)[number]; pence: number }[] = [];
  let summary = "";

  switch (kind) {
    case "refund": {
      const remaining = action.sku && item ? itemValue - item.refundedPence : orderValue - orderRefunded;
      if (remaining <= 0) {
        throw conflict("ALREADY_REFUNDED", `${action.sku && item ? `The ${item.name}` : `Order ${order.ref}`} has already been refunded in full.`);
      }
      if (item && (item.replacements > 0 || item.repairs > 0) && action.sku) {
        throw conflict(
          "ALREADY_REMEDIED",
          `A ${item.replacements > 0 ? "replacement" : "repair"} has already been arranged for the ${item.name}; refunding it as well would remedy the same fault twice.`,
        );
      }
      amount = action.amountPence ?? remaining;
      if (amount <= 0) throw invalid("AMOUNT_REQUIRED", "Enter a refund amount greater than £0.00.");
      if (amount > remaining) {
        throw invalid(
          "REFUND_EXCEEDS_VALUE",
          `${formatPounds(amount)} is more than the ${formatPounds(remaining)} left to refund on ${action.sku && item ? `the ${item.name}` : `order ${order.ref}`}.`,
        );
      }
      // Spread the refund: the chosen (or faulty) item first, then the rest of the order.
      let left = amount;
      const itemsInOrder = item ? [item, ...order.items.filter((i) => i !== item)] : order.items;
      for (const i of itemsInOrder) {
        if (left <= 0) break;
        if (action.sku && i !== item) break;
        const room = i.quantity * i.unitPricePence - i.refundedPence;
        const pence = Math.min(room, left);
        if (pence > 0) {
          applied.push({ item: i, pence });
          left -= pence;
        }
      }
      summary = `Refunded ${formatPounds(amount)} on ${order.ref}${item ? ` (${item.name})` : ""}`;
      break;
    }
    case "replacement":
    case "repair": {
      if (!item) {
        throw invalid("ITEM_REQUIRED", `Choose which item on order ${order.ref} to ${kind === "repair" ? "repair" : "replace"}.`);
      }
      if (primaryDone) {
        throw conflict(
          "ALREADY_REMEDIED",
          `The ${item.name} has already been ${item.refundedPence >= itemValue ? "refunded in full" : item.replacements > 0 ? "replaced" : "sent for repair"}; a second remedy for the same fault is not needed.`,
        );
      }
      if (order.status !== "delivered") {
        throw invalid("ORDER_NOT_DELIVERED", `Order ${order.ref} has not been delivered yet, so there is nothing to ${kind === "repair" ? "repair" : "replace"}.`);
      }
      summary = kind === "repair" ? `Arranged a repair of the ${item.name} (${order.ref})` : `Arranged a replacement ${item.name} (${order.ref})`;
      break;
    }
    case "goodwill":
    case "voucher": {
      if (!action.amountPence || action.amountPence <= 0) {
        throw invalid("AMOUNT_REQUIRED", `Enter the value of the ${kind === "goodwill" ? "goodwill gesture" : "voucher"}.`);
      }
      amount = action.amountPence;
      const limit = kind === "goodwill" ? scenario.policy.goodwillMaxPence : scenario.policy.voucherMaxPence;
      const already = state.remedies.filter((x) => x.customerRef === c.ref && x.kind === kind).reduce((s, x) => s + x.amountPence, 0);
      if (already + amount > limit) {
        throw invalid(
          kind === "goodwill" ? "GOODWILL_OVER_LIMIT" : "VOUCHER_OVER_LIMIT",
          `Policy limits ${kind === "goodwill" ? "goodwill gestures" : "vouchers"} to ${formatPounds(limit)} per customer${
            already > 0 ? ` (${formatPounds(already)} already given)` : ""
          }. Escalate to a manager if you think more is justified.`,
        );
      }
      summary = kind === "goodwill" ? `Gave a goodwill gesture of ${formatPounds(amount)} (${order.ref})` : `Issued a ${formatPounds(amount)} voucher (${order.ref})`;
      break;
    }
  }

  let cra: NonNullable<LearnerEventPayload["remedy"]>["cra"] = null;
  if (fault && item && order.deliveredAt) {
    const origin = new Date(state.origin);
    const contact = contactDef(scenario, c.ref);
    const onItem = kind === "refund" ? applied.find((x) => x.item === item)?.pence ?? 0 : amount;
    const a = assessRemedy({
      deliveredAt: new Date(order.deliveredAt),
      reportedAt: absoluteDate(origin, fault.reportedDaysAgo),
      itemPricePence: item.unitPricePence,
      remedy: { kind, amountPence: kind === "refund" ? item.refundedPence + onItem : amount },
      previousRepairOrReplacementFailed: fault.previousRepairFailed,
      requestedRemedy: fault.requestedRemedy,
      disproportionate: fault.disproportionate,
      customerAgreed: contact?.acceptsRemedies.includes(kind) ?? false,
    });
    cra = { lawful: a.lawful, right: a.right, daysSinceDelivery: a.daysSinceDelivery, explanation: a.explanation };
  }
  const remedy = { orderRef: order.ref, sku: item?.sku ?? null, kind, amountPence: amount, cra };
  return {
    customer: c,
    caseRef: null,
    caseCategory: null,
    remedy,
    dueInDays: null,
    summary,
    commit: () => {
      for (const a of applied) a.item.refundedPence += a.pence;
      if (item && kind === "replacement") item.replacements += 1;
      if (item && kind === "repair") item.repairs += 1;
      state.remedies.push({
        customerRef: c.ref,
        orderRef: order.ref,
        sku: item?.sku ?? null,
        kind,
        amountPence: amount,
        lawful: cra ? cra.lawful : null,
        atMinute: t1,
        actionIndex: index,
      });
    },
  };
}

// ------------------------------------------------------------------------- scripted customers

function applyEffects(
  contact: ContactState,
  rule: { id: string; mood: number; setFlags: string[]; clearFlags: string[] },
  index: number,
): void {
  contact.mood = clampMood(contact.mood + rule.mood);
  for (const f of rule.clearFlags) {
    const i = contact.flags.indexOf(f);
    if (i >= 0) contact.flags.splice(i, 1);
  }
  for (const f of rule.setFlags) if (!contact.flags.includes(f)) contact.flags.push(f);
  contact.fired[rule.id] = index;
}

function customerSays(
  scenario: Scenario,
  state: AttemptState,
  contact: ContactState,
  rules: (Reaction | Timer)[],
  minute: number,
  fallbackChannel: MessageChannel,
): Extract<EngineEvent, { type: "customer_message" }> | null {
  const speaking = rules.filter((r) => r.reply);
  if (speaking.length === 0) return null;
  const origin = new Date(state.origin);
  const channel = speaking.find((r) => r.replyChannel)?.replyChannel ?? fallbackChannel;
  const subject = speaking.find((r) => r.replySubject)?.replySubject;
  const payload: CustomerMessagePayload = {
    customerRef: contact.customerRef,
    channel,
    text: speaking.map((r) => renderText(scenario, r.reply!, origin)).join("\n\n"),
    mood: contact.mood,
    moodLabel: moodLabel(contact.mood),
    ruleId: speaking.map((r) => r.id).join("+"),
    clock: formatSimClock(scenario, minute),
  };
  if (subject) payload.subject = renderText(scenario, subject, origin);
  return { actor: "customer", type: "customer_message", simMinute: minute, payload };
}

function moodEvent(scenario: Scenario, contact: ContactState, from: number, ruleIds: string[], minute: number): EngineEvent | null {
  if (contact.mood === from) return null;
  return {
    actor: "system",
    type: "customer_mood",
    simMinute: minute,
    payload: {
      customerRef: contact.customerRef,
      from,
      to: contact.mood,
      moodLabel: moodLabel(contact.mood),
      ruleIds,
      clock: formatSimClock(scenario, minute),
    },
  };
}

function runTimers(
  scenario: Scenario,
  state: AttemptState,
  t0: number,
  t1: number,
  index: number,
  record: ActionRecord,
  events: EngineEvent[] | null,
): void {
  const due: { contact: Contact; timer: Timer }[] = [];
  for (const k of scenario.contacts) {
    for (const t of k.timers) if (t.atMinute > t0 && t.atMinute <= t1) due.push({ contact: k, timer: t });
  }
  if (due.length === 0) return;
  due.sort((a, b) => a.timer.atMinute - b.timer.atMinute);
  for (const { contact: def, timer } of due) {
    const contact = state.contacts[def.customerRef];
    if (!contact || timer.id in contact.fired) continue;
    if (timer.when.noReplyYet) {
      // Messages completed before the timer's minute (this action completes after it).
      const replied = state.log.some(
        (r) => r.customerRef === def.customerRef && r.action.type === "send_message" && r.simMinute <= timer.atMinute,
      );
      if (replied) continue;
    }
    if (!flagsMatch(timer.when.flags, contact.flags) || !inRange(timer.when.mood, contact.mood)) continue;
    const from = contact.mood;
    applyEffects(contact, timer, index);
    record.fired.push(timer.id);
    if (!events) continue;
    const said = customerSays(scenario, state, contact, [timer], timer.atMinute, contact.lastChannel);
    if (said) events.push(said);
    const moved = moodEvent(scenario, contact, from, [timer.id], timer.atMinute);
    if (moved) events.push(moved);
  }
}

function react(scenario: Scenario, state: AttemptState, record: ActionRecord, events: EngineEvent[] | null): void {
  const def = contactDef(scenario, record.customerRef!);
  const contact = state.contacts[record.customerRef!];
  if (!def || !contact) return;
  // Conditions see the customer as they were before this action's reactions (no chains).
  const flagsBefore = [...contact.flags];
  const moodBefore = contact.mood;
  const eligible = (r: Reaction) =>
    !(r.once && r.id in contact.fired) &&
    actionMatches(r.when, record) &&
    flagsMatch(r.when.flags, flagsBefore) &&
    inRange(r.when.mood, moodBefore);
  const fired: Reaction[] = [];
  for (const r of def.reactions) {
    if (r.fallback || !eligible(r)) continue;
    fired.push(r);
    if (r.stop) break;
  }
  if (fired.length === 0) {
    for (const r of def.reactions) {
      if (!r.fallback || !eligible(r)) continue;
      fired.push(r);
      if (r.stop) break;
    }
  }
  fired.push(...engineReactions(def, contact, record, state.log, fired));
  if (fired.length === 0) return;
  for (const r of fired) {
    applyEffects(contact, r, record.index);
    record.fired.push(r.id);
  }
  const learnerChannel = record.action.type === "send_message" ? record.action.channel : contact.lastChannel;
  const speaking = fired.filter((r) => r.reply);
  if (speaking.length > 0) contact.lastChannel = speaking.find((r) => r.replyChannel)?.replyChannel ?? learnerChannel;
  if (!events) return;
  const said = customerSays(scenario, state, contact, fired, record.simMinute, learnerChannel);
  if (said) events.push(said);
  const moved = moodEvent(scenario, contact, moodBefore, fired.map((r) => r.id), record.simMinute);
  if (moved) events.push(moved);
}

/** Disrespect for marking and for every scripted customer (CONTRACT.md: blame, calm_down, dismissive). */
export const RESPECT_BREACHES = ["blame", "calm_down", "dismissive"] as const;
const DEFAULT_RUDENESS_REPLY =
  "I don't appreciate being spoken to like that. I'd like this passed to a manager, please.";
const PROMISE_WORDS: Record<string, string> = { refund: "a refund", replacement: "a replacement", repair: "a repair" };

/**
 * Reactions every scripted customer has without the scenario writing them: to rudeness that none of
 * their own rules covers (mood, a reply, a request for a manager), and to a remedy that contradicts
 * what they were promised ("you said refund, this is a voucher").
 */
function engineReactions(def: Contact, contact: ContactState, record: ActionRecord, log: readonly ActionRecord[], fired: readonly Reaction[]): Reaction[] {
  const out: Reaction[] = [];
  const base = { when: {}, once: true, fallback: false, stop: false, clearFlags: [] as string[] };
  const labels = record.analysis?.labels ?? [];
  const breaches = RESPECT_BREACHES.filter((l) => labels.includes(l));
  const covered = (l: string) => fired.some((r) => r.when.labels?.any?.includes(l) || r.when.labels?.all?.includes(l));
  if (record.action.type === "send_message" && breaches.some((l) => !covered(l)) && !("engine:rudeness" in contact.fired)) {
    out.push({
      ...base,
      id: "engine:rudeness",
      mood: def.onRudeness?.mood ?? -2,
      setFlags: ["disrespected", "escalation_requested", ...(def.onRudeness?.setFlags ?? [])],
      reply: def.onRudeness?.reply ?? DEFAULT_RUDENESS_REPLY,
    } as Reaction);
  }
  const broken = record.action.type === "issue_remedy" && !("engine:broken-promise" in contact.fired) ? brokenByRemedy(log, record) : null;
  if (broken && record.remedy) {
    out.push({
      ...base,
      id: "engine:broken-promise",
      mood: -1,
      setFlags: ["promise_broken"],
      reply: `You told me I'd get ${PROMISE_WORDS[broken.kind] ?? broken.text}, but what has come through is a ${record.remedy.kind}. That isn't what you promised.`,
    } as Reaction);
  }
  return out;
}

// --------------------------------------------------------------------------------- progress

export type ProgressSummary = {
  clock: string;
  simMinute: number;
  actions: number;
  messages: number;
  submitted: boolean;
  /** LASS steps met so far (lass-steps.ts; "solve" also by issuing a refund, replacement or repair). */
  lass: { listen: boolean; apologise: boolean; solve: boolean; thank: boolean };
  /** LASS steps in the order the learner first reached them. */
  lassOrder: string[];
  customers: { customerRef: string; name: string; mood: number; moodLabel: string }[];
  lastAction: string | null;
};

/** A small JSON summary for a tutor's live dashboard (attempts.progress). */
export function progressSummary(state: AttemptState, scenario?: Scenario): ProgressSummary {
  const order: string[] = [];
  const steps = ["listen", "apologise", "solve", "thank"];
  let messages = 0;
  for (const r of state.log) {
    if (r.action.type === "send_message") {
      messages++;
      // The same step reading every criterion uses: a step shows only when it is fully met.
      const reached = steps
        .filter((st) => r.steps?.[st as keyof StepReading]?.level === "met")
        .sort((a, b) => r.steps![a as keyof StepReading]!.start - r.steps![b as keyof StepReading]!.start);
      for (const st of reached) if (!order.includes(st)) order.push(st);
    } else if (r.action.type === "issue_remedy" && r.remedy?.kind !== "voucher" && r.remedy?.kind !== "goodwill" && !order.includes("solve")) {
      order.push("solve");
    }
  }
  const last = state.log.at(-1);
  return {
    clock: scenario ? formatSimClock(scenario, state.minute) : `+${state.minute} min`,
    simMinute: state.minute,
    actions: state.log.length,
    messages,
    submitted: state.submitted,
    lass: {
      listen: order.includes("listen"),
      apologise: order.includes("apologise"),
      solve: order.includes("solve"),
      thank: order.includes("thank"),
    },
    lassOrder: order,
    customers: Object.values(state.contacts).map((k) => {
      const c = state.customers[k.customerRef];
      return {
        customerRef: k.customerRef,
        name: c ? fullName(c) : k.customerRef,
        mood: k.mood,
        moodLabel: moodLabel(k.mood),
      };
    }),
    lastAction: last ? describeRecord(state, last) : null,
  };
}

function describeRecord(state: AttemptState, r: ActionRecord): string {
  const c = r.customerRef ? state.customers[r.customerRef] : undefined;
  return `${ACTION_LABELS[r.action.type]}${c ? ` (${fullName(c)})` : ""}`;
}
