/**
 * What the engine reads from a learner's message: the analyser's labels, the case reading and LASS
 * steps (remembered per scenario and customer), and whether it nearly copies an earlier message.
 */
import { analyseMessage } from "../analysis";
import { disclosuresIn, readMessage, type MessageReading } from "./case-evidence";
import type { ActionRecord, AttemptState, CustomerState, MessageAnalysis } from "./engine-types";
import { lassSteps, type StepReading } from "./lass-steps";
import { readableText, spansToOriginal } from "./learner-spelling";
import { echoIn } from "./pasted-text";
import { withoutEmailQuotes } from "./quotations";
import type { Scenario } from "./scenario-schema";
import { amountsInWords } from "./spoken-amounts";
import { isTemplatePair, templateKey, type TemplateKey } from "./templates";
import { contactDef } from "./attempt-state";
import type { DateWindow } from "./written-dates";

/**
 * Readings are pure functions of the text, channel, analysis and the customer's evidence, and
 * replays read the same messages again and again (every report, every live refresh), so they are
 * remembered per scenario and customer (bounded). Callers must not modify what they get.
 */
const readings = new WeakMap<Scenario, Map<string, { reading: MessageReading; steps: StepReading }>>();
export function readingOf(
  scenario: Scenario,
  ref: string,
  text: string,
  channel: string,
  analysis: MessageAnalysis,
  /** The request's receipt and last lawful day, for questions whose dates are judged (case-evidence.ts). */
  dateWindow?: DateWindow,
  /** The attempt's start (ISO): what the learner was shown is read with its dates filled in (pasted-text.ts). */
  origin?: string,
) {
  let perScenario = readings.get(scenario);
  if (!perScenario) {
    perScenario = new Map();
    readings.set(scenario, perScenario);
  }
  const key = `${ref}\u0000${channel}\u0000${analysis.labels.join(",")}\u0000${analysis.spans.length}\u0000${dateWindow ? `${dateWindow.receivedOn}/${dateWindow.lastDay}` : ""}\u0000${origin ?? ""}\u0000${text}`;
  let hit = perScenario.get(key);
  if (!hit) {
    const evidence = contactDef(scenario, ref)?.evidence;
    const reading = readMessage(
      text,
      analysis,
      evidence,
      channel,
      echoIn(scenario, text, origin),
      dateWindow,
    );
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
export function earlierCopy(scenario: Scenario, state: AttemptState, text: string): number | null {
  const key = keyOf(scenario, text);
  for (const r of state.log) {
    const k = messageKey(scenario, r);
    if (k && isTemplatePair(key, k)) return r.index;
  }
  return null;
}

/**
 * The customers' personal data a text gives away ("CUS-7102/address"), from every contact's
 * evidence `personalData`: a message to one customer can disclose another's, and a reply to a
 * member of the public can disclose anyone's.
 */
export function disclosedData(scenario: Scenario, text: string): string[] {
  const out: string[] = [];
  // A sum spelled out ("eleven pounds fifty") is the same disclosure as its figures (round 19 A).
  const figures = amountsInWords(text).flatMap((a) => a.figures);
  const read = figures.length ? `${text}\n${figures.join("\n")}` : text;
  for (const k of scenario.contacts) {
    const items = k.evidence?.personalData ?? [];
    for (const id of disclosuresIn(read, items)) out.push(`${k.customerRef}/${id}`);
  }
  return out;
}

/** The analyser's reading of a message, told the names, orders and products in this CRM. */
export function analyse(
  scenario: Scenario,
  state: AttemptState,
  customer: CustomerState,
  text: string,
): MessageAnalysis {
  const otherNames: string[] = [];
  for (const c of Object.values(state.customers)) {
    if (c.ref === customer.ref) continue;
    if (c.firstName !== customer.firstName) otherNames.push(c.firstName);
    otherNames.push(`${c.firstName} ${c.lastName}`);
  }
  const orders = Object.values(customer.orders);
  const productNames = [...new Set(orders.flatMap((o) => o.items.map((i) => i.name)))];
  return readLearnerText(text, {
    customerFirstName: customer.firstName,
    customerLastName: customer.lastName,
    otherNames,
    orderRefs: orders.map((o) => o.ref),
    productNames,
  });
}

/** The analyser's reading of text that is not to a customer (e.g. an internal message about no one). */
export function analysePlain(text: string): MessageAnalysis {
  return readLearnerText(text);
}

/**
 * The analyser run on the learner's words with common misspellings read as the words they stand
 * for ("im really sory" is an apology; learner-spelling.ts), its spans mapped back onto what the
 * learner actually wrote.
 */
export function readLearnerText(
  text: string,
  context?: Parameters<typeof analyseMessage>[1],
): MessageAnalysis {
  // An email reply's quoted thread ("> …" lines) is not the learner's words (quotations.ts).
  const own = withoutEmailQuotes(text);
  const readable = readableText(own);
  const result = analyseMessage(readable.text, context);
  const spans = result.spans.map((s) => ({ label: s.label, start: s.start, end: s.end, text: s.text }));
  return { labels: [...result.labels], spans: spansToOriginal(own, readable, spans) };
}
