/**
 * The scenario engine: a deterministic state machine over learner actions.
 *
 * - `applyAction` validates one learner action against the state (unknown refs, refunds above the
 *   value left, a second full refund, goodwill over the policy limit, closing a closed case,
 *   acting after submission… each a typed ScenarioDomainError), advances the simulated clock, and
 *   returns the new state plus the events to store: the learner's event first, then any scripted
 *   customer reactions (messages, mood changes).
 * - `replayEvents` rebuilds the state from stored events.
 *
 * The parts, each in its own module: the state and clock (attempt-state.ts), the refusals
 * (scenario-errors.ts), resolving an action (action-resolution.ts) and a remedy (remedies.ts), reading
 * a message (message-reading.ts), the scripted customers (scripted-customer.ts: opening messages,
 * timers, reactions) and the live summary (progress.ts).
 *
 * Pure: no I/O. Given the same scenario, start and actions it always produces the same events.
 */
import { recordDisclosuresInPublic } from "./record-disclosures";
import { consentChangeEvidenced, customerPermissions, judgeMessageMarketing } from "./consent-evidence";
import { type MessageReading, obstructionsIn, withoutAsides } from "./case-evidence";
import type {
  ActionRecord,
  AttemptState,
  CustomerState,
  EngineEvent,
  LearnerEventPayload,
  MessageAnalysis,
  StoredEvent,
} from "./engine-types";
import type { StepReading } from "./lass-steps";
import { LEARNER_ACTION_TYPES, learnerActionSchema, type LearnerAction } from "./learner-actions";
import { flagsMatch, normaliseText } from "./matching";
import type { Scenario } from "./scenario-schema";
import { actionText, resolve } from "./action-resolution";
import { promotes } from "./promotion";
import { notePlansMarketing } from "./marketing-plans";
import { claimsApproval } from "./promises";
import { creditToldIn } from "./credit-told";
import { insideStockLine, stockLines, withoutStockLines } from "./stock-lines";
import { toldCreditVerdict } from "./remedies";
import { actionMinutes, cloneState, formatSimClock, initialState } from "./attempt-state";
import { analyse, analysePlain, disclosedData, earlierCopy, readingOf } from "./message-reading";
import {
  type Disclosure,
  misattributedPurchases,
  misdirectedTo,
  othersCircumstances,
  workspaceDisclosures,
} from "./workspace-disclosure";
import { subjectAccessDeadline } from "../data-protection";
import { addUkDays, MINUTE_MS, ukDate } from "./dates";
import { type DateWindow, withTomorrowNamed } from "./written-dates";
import { ScenarioDomainError, conflict, invalid } from "./scenario-errors";
import { react, reactToSubmission, runTimers } from "./scripted-customer";
import { deliverDue, reactPerson, runPersonTimers } from "./scripted-people";

export type ApplyResult =
  | { ok: true; state: AttemptState; events: EngineEvent[] }
  | { ok: false; error: ScenarioDomainError };

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
      error: invalid(
        "INVALID_ACTION",
        `That action is not valid: ${first ? `${first.path.join(".") || "action"}: ${first.message}` : "unknown problem"}.`,
      ),
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
  const events: EngineEvent[] = [
    {
      actor: "system",
      type: "attempt_submitted",
      simMinute: next.minute,
      payload: { clock: formatSimClock(scenario, next.minute) },
    },
  ];
  // The customers find out what was actually done (a re-send they were told of that never happened).
  reactToSubmission(scenario, next, events);
  return { ok: true, state: next, events };
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
export function replayInto(
  scenario: Scenario,
  state: AttemptState,
  events: readonly StoredEvent[],
  trusted: boolean,
): void {
  const sorted = isSortedBySeq(events) ? events : [...events].sort((a, b) => a.seq - b.seq);
  for (const e of sorted) {
    if (e.actor === "system" && e.type === "attempt_submitted") {
      if (!state.submitted) reactToSubmission(scenario, state, null);
      state.submitted = true;
      continue;
    }
    if (e.actor !== "learner") continue;
    const raw = e.payload.action;
    let action: LearnerAction;
    if (
      trusted &&
      typeof raw === "object" &&
      raw !== null &&
      (LEARNER_ACTION_TYPES as readonly string[]).includes((raw as { type?: string }).type ?? "")
    ) {
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

function step(
  scenario: Scenario,
  state: AttemptState,
  action: LearnerAction,
  opts: StepOptions,
): EngineEvent[] {
  if (state.submitted) {
    throw conflict("ATTEMPT_SUBMITTED", "This attempt has been submitted, so no more actions can be taken.");
  }
  const t0 = state.minute;
  const t1 = t0 + (action.type === "wait" ? action.minutes : actionMinutes(scenario, action.type));
  const index = state.log.length;
  const r = resolve(scenario, state, action, t1, index);

  // Everything below changes the state: no more errors can be thrown.
  const customer = r.customer;
  let analysis: MessageAnalysis | null = null;
  let messageNumber: number | null = null;
  let marketingConsent: boolean | null = null;
  let marketingLawful: boolean | null = null;
  let promotion: boolean | null = null;
  let optOutOffered: boolean | null = null;
  let consentEvidenced: boolean | null = null;
  let preferredChannel: boolean | null = null;
  let searchText = "";
  let reading: MessageReading | null = null;
  let steps: StepReading | null = null;
  let templateOf: number | null = null;
  const identityVerified = customer
    ? identityChecked(scenario, state, customer.ref, customer.identityVerified)
    : false;
  let disclosed: string[] = [];
  let obstructs: string[] = [];
  let creditForRemedy: ActionRecord["creditForRemedy"] = null;
  const approvalClaimed =
    action.type === "message_person" || action.type === "send_message"
      ? claimsApproval(scenario, action.text)
      : false;
  let leaks: Disclosure[] = [];
  let misdirected: string | null = null;
  let dueOn: string | null = null;
  let subjectAccessLastDay: string | null = null;
  if (action.type === "send_message" && customer) {
    analysis = opts.analysis ?? analyse(scenario, state, customer, action.text);
    const read = readingOf(
      scenario,
      customer.ref,
      action.text,
      action.channel,
      analysis,
      datesJudged(scenario, customer.ref) ? subjectAccessWindow(scenario, state, customer.ref) : undefined,
      state.origin,
    );
    reading = read.reading;
    steps = read.steps;
    // The customer's history named only inside stock lines ("As a valued Espresso Roast customer since
    // 2024, your loyalty means the world to us"): read again without them, and marked if nothing of
    // theirs is left (stock-lines.ts; round 32, loyalty-r32-valued-since-2024).
    const stock = stockLines(action.text);
    if (
      stock.length &&
      reading.hits.some((h) => h.kind === "history" && insideStockLine(stock, h.start, h.end))
    ) {
      const rest = readingOf(
        scenario,
        customer.ref,
        withoutStockLines(action.text, stock),
        action.channel,
        analysis,
        undefined,
        state.origin,
      ).reading;
      if (!rest.hits.some((h) => h.kind === "history"))
        reading = { ...reading, stockHistory: stock.map((l) => l.text) };
    }
    templateOf = earlierCopy(scenario, state, action.text);
    messageNumber = customer.messagesSent + 1;
    // Judged against what the customer actually permitted, not the CRM field (consent-evidence.ts).
    const m = judgeMessageMarketing(scenario, state, customer.ref, action.channel, action.text);
    marketingConsent = m.consent;
    marketingLawful = m.lawful;
    promotion = promotes(action.text, analysis);
    optOutOffered = m.optOutOffered;
    preferredChannel = action.channel === customer.preferredChannel;
    searchText = withTomorrowNamed(
      normaliseText(withoutAsides(`${action.subject ?? ""}\n${action.text}`)),
      simInstant(state, t1),
    );
    disclosed = disclosedData(scenario, `${action.subject ?? ""}\n${action.text}`);
    obstructs = obstructionsIn(
      action.text,
      scenario.contacts.find((k) => k.customerRef === customer.ref)?.evidence?.obstructs ?? [],
    );
    // Credit told as given in place of what she is owed: judged as an issued voucher (credit-told.ts).
    const told = creditToldIn(action.text);
    const verdict = told ? toldCreditVerdict(scenario, state, customer.ref, t1) : null;
    creditForRemedy = told && verdict ? { text: told.text, explanation: verdict.explanation } : null;
    leaks = workspaceDisclosures(scenario, state, customer.ref, action.text, analysis);
    misdirected = misdirectedTo(state, analysis, leaks);
    // Someone else's purchase called theirs is not their history: nothing in it personalises.
    const misattributed = misattributedPurchases(state, customer.ref, action.text);
    if (misattributed.length)
      reading = { ...reading, hits: reading.hits.filter((h) => h.kind !== "history"), misattributed };
    // Someone else's circumstances (two or more facts of another customer's case) told as the
    // recipient's own: not personal, whatever of theirs it also names. Tied to the other customer by
    // name they are told as that customer's, a disclosure (confidentiality), not this.
    const theirs = othersCircumstances(scenario, customer.ref, action.text).find(
      (o) =>
        o.spans.length >= 2 &&
        !leaks.some((d) => d.customerRef === o.customerRef && d.kind === "circumstances"),
    );
    if (theirs)
      reading = {
        ...reading,
        hits: reading.hits.filter((h) => h.kind !== "history"),
        othersFacts: { customerRef: theirs.customerRef, spans: theirs.spans },
      };
    // Written for someone else: nothing in it listens to, apologises to or solves for its recipient.
    if (misdirected) {
      reading = { ...reading, hits: [] };
      steps = {};
    }
  } else if (action.type === "message_person") {
    // A public reply to a review is read as a reply to the reviewer's customer record whether or not the learner had
    // that record open when they wrote it (the workspace attaches the open customer only): without it the LASS steps
    // were never read and an apology in public could not be credited (session 48, an independent tutor's attempt).
    const reader =
      customer ?? (action.channel === "review" ? reviewedCustomer(scenario, state, action.personRef) : null);
    // Read for respect: what a learner says to or about a customer to a colleague counts too.
    analysis =
      opts.analysis ?? (reader ? analyse(scenario, state, reader, action.text) : analysePlain(action.text));
    searchText = normaliseText(withoutAsides(action.text));
    disclosed = disclosedData(scenario, action.text);
    // In public, what only our records say about the reviewer counts too (his town, a private score).
    if (action.channel === "review")
      disclosed = [...disclosed, ...recordDisclosuresInPublic(scenario, action.text)];
    // A public reply to the customer's review is read for the LASS steps as a reply to them would be
    // (grovelling, stuffing and echoes make Apologise partly there too; round 6 A). Only criteria that
    // ask for `lass` on a review reply use these steps.
    if (action.channel === "review" && reader)
      steps = readingOf(scenario, reader.ref, action.text, "review", analysis, undefined, state.origin).steps;
  } else {
    searchText = normaliseText(withoutAsides(actionText(action)));
    if (action.type === "update_consent" && customer) {
      consentEvidenced = consentChangeEvidenced(
        scenario,
        state,
        customer.ref,
        action.channel,
        action.granted,
      );
    }
  }
  if (action.type === "create_task" && customer) {
    // Marketing planned for someone who has objected to all of it or asked to be removed: a task to
    // "try Keith again in spring with 15% off" keeps processing his data for direct marketing, which
    // must stop once he objects (UK GDPR Art 21(3); red-team round 23 B, win-back-r23-keith-again-in-
    // spring, decided Pass, first ran Distinction). Read as the message it plans would be: it promotes,
    // and no channel is lawful for it. Tasks that only carry out the removal sell nothing.
    const p = customerPermissions(scenario, state, customer.ref);
    if (p.removeDetailsRequested || (p.objections ?? []).includes("all")) {
      const plan = `${action.title}\n${action.note ?? ""}`;
      if (promotes(plan, analysePlain(plan))) {
        promotion = true;
        marketingLawful = false;
      }
    }
    dueOn = addUkDays(ukDate(simInstant(state, t1)), action.dueInDays);
    subjectAccessLastDay = subjectAccessWindow(scenario, state, customer.ref).lastDay;
  }
  if (action.type === "add_note" && customer) {
    // The same plan written as a note ("Worth sending him the 15% win-back code in the new year"): read
    // only when the note says it plans to send or offer later (marketing-plans.ts; red-team round 24 B,
    // win-back-r24-keith-new-year-note), never a note of the removal or of a past offer (UK GDPR Art 21(3)).
    const p = customerPermissions(scenario, state, customer.ref);
    if (
      (p.removeDetailsRequested || (p.objections ?? []).includes("all")) &&
      notePlansMarketing(action.text)
    ) {
      promotion = true;
      marketingLawful = false;
    }
  }
  if (action.type === "log_call" && action.direction === "outbound" && customer) {
    // A sales call logged as made ("Rang Grace's landline to offer 15% off… left a voicemail"): a live
    // marketing call, unlawful to a number on the TPS or to someone who objected, without their consent
    // to our calls (PECR reg 21(1)-(4); UK GDPR Art 21(3)). Read as a message on the phone would be:
    // it promotes (promotion.ts) and the phone is not a lawful channel for them. A call about their
    // complaint or order sells nothing and is not read. Session 50, tutor 13's
    // win-back-lapsed-customers-t13-error (decided Fail, first ran Pass with the call unmarked).
    if (promotes(action.summary, analysePlain(action.summary))) {
      const m = judgeMessageMarketing(scenario, state, customer.ref, "phone", action.summary);
      promotion = true;
      marketingLawful = m.lawful;
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
    personRef: r.person?.ref ?? null,
    personRole: r.person?.role ?? null,
    searchText,
    analysis,
    reading,
    steps,
    templateOf,
    messageNumber,
    marketingConsent,
    marketingLawful,
    promotes: promotion,
    optOutOffered,
    consentEvidenced,
    preferredChannel,
    identityVerified,
    disclosed,
    obstructs,
    approvalClaimed,
    creditForRemedy,
    leaks,
    misdirectedTo: misdirected,
    remedy: r.remedy,
    dueInDays: r.dueInDays,
    dueOn,
    subjectAccessLastDay,
    fired: [],
  };

  const emit = opts.emit ?? true;
  const events: EngineEvent[] = [];
  if (emit) {
    const clock = formatSimClock(scenario, t1);
    const payload: LearnerEventPayload = {
      action,
      customerRef: record.customerRef,
      clock,
      summary: r.summary,
    };
    // (Conditional assignment rather than spreading literals: much faster in V8.)
    if (r.caseRef) payload.caseRef = r.caseRef;
    if (analysis) payload.analysis = analysis;
    if (marketingConsent !== null) payload.marketingConsent = marketingConsent;
    if (r.remedy) payload.remedy = r.remedy;
    if (r.dueInDays !== null) payload.dueInDays = r.dueInDays;
    events.push({ actor: "learner", type: action.type, simMinute: t1, payload });
  }

  // Replies from other people that arrive while this action takes place.
  deliverDue(scenario, state, t1, emit ? events : null);
  // Scripted customers and people who act on the clock (e.g. chasing an unanswered email).
  runTimers(scenario, state, t0, t1, index, record, emit ? events : null);
  runPersonTimers(scenario, state, t0, t1, index, record, emit ? events : null);
  state.log.push(record);
  // The scripted customer this action concerns reacts to it (a customer never sees internal messages).
  if (record.customerRef && action.type !== "message_person") {
    react(scenario, state, record, emit ? events : null);
    noteIdentityGiven(scenario, state, record.customerRef, t1);
  }
  // The person it was addressed to reacts in their own time (at once if they take no time).
  if (record.personRef) {
    reactPerson(scenario, state, record);
    deliverDue(scenario, state, t1, emit ? events : null);
  }
  return events;
}

const simInstant = (state: AttemptState, minute: number) =>
  new Date(Date.parse(state.origin) + minute * MINUTE_MS);

/** The day a customer's request counts as received and its last lawful day (UK GDPR Art 12(3), Art 12A). */
function subjectAccessWindow(scenario: Scenario, state: AttemptState, ref: string): DateWindow {
  const d = subjectAccessDeadline(simInstant(state, requestReceivedMinute(scenario, state, ref)));
  return { receivedOn: d.receivedOn, lastDay: d.lastDay };
}

/** Whether any of the customer's questions has its written dates judged (case-evidence.ts `dates`). */
function datesJudged(scenario: Scenario, ref: string): boolean {
  return scenario.contacts.some((k) => k.customerRef === ref && k.evidence?.questions.some((q) => q.dates));
}

/**
 * When a customer's request counts as received for the one-month clock: their first message or, if
 * the learner asked them for details to confirm who they are, the reply that gave those details,
 * whichever is later. UK GDPR Art 12A makes the "relevant time" the latest of receiving the request
 * and receiving the information requested under Art 12(6) to confirm identity; the ICO ("Right of
 * access", how long do we have to comply) counts from the day that information is received. So the
 * clock restarts when the requester supplies it, not when the adviser records the check: a Verify
 * identity click, made later or with nothing asked, moves nothing. A contact with no `identityCheck`
 * records no identity information, so its clock runs from the request.
 */
function requestReceivedMinute(scenario: Scenario, state: AttemptState, ref: string): number {
  const opening = scenario.contacts.find((k) => k.customerRef === ref)?.opening ?? [];
  const minute = opening.length ? Math.min(...opening.map((m) => m.atMinute)) : 0;
  const given = state.contacts[ref]?.identityGivenAtMinute;
  return given === undefined ? minute : Math.max(minute, given);
}

/**
 * Records the minute a customer first gave the identity details their contact's `identityCheck` names
 * (flags set by their reply to the learner's question, which comes at the learner's action's minute).
 */
function noteIdentityGiven(scenario: Scenario, state: AttemptState, ref: string, minute: number): void {
  const need = scenario.contacts.find((k) => k.customerRef === ref)?.identityCheck;
  const contact = state.contacts[ref];
  if (!need || !contact || contact.identityGivenAtMinute !== undefined) return;
  if (flagsMatch(need.flags, contact.flags)) contact.identityGivenAtMinute = minute;
}

/**
 * Whether a customer counts as verified for what is said to them: a Verify identity click, and,
 * where the scenario declares what a real check needs (`identityCheck`), that the customer's state
 * holds it. "Verified: sounds genuine" with nothing asked is not a check (red-team round 5,
 * dp-r5-sounds-genuine: her address read out after such a click was marked as disclosed to her
 * verified).
 */
export function identityChecked(
  scenario: Scenario,
  state: AttemptState,
  customerRef: string,
  clicked: boolean,
): boolean {
  if (!clicked) return false;
  const need = scenario.contacts.find((k) => k.customerRef === customerRef)?.identityCheck;
  if (!need) return true;
  return flagsMatch(need.flags, state.contacts[customerRef]?.flags ?? []);
}

/** The customer a public reviewer's review is about: the customer named on the reviewer's opening post, if any. */
function reviewedCustomer(scenario: Scenario, state: AttemptState, personRef: string): CustomerState | null {
  const person = scenario.people?.find((p) => p.ref === personRef);
  if (person?.role !== "public") return null;
  const ref = person.opening?.find((o) => o.customerRef)?.customerRef;
  return (ref && state.customers[ref]) || null;
}
