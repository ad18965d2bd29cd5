/**
 * The scripted customers: their opening messages, the scenario's timers (e.g. chasing an unanswered
 * email) and reactions to each learner action (mood, flags, a reply), plus the reactions every
 * customer has without the scenario writing them (to rudeness and to a broken promise).
 */
import type {
  ActionRecord,
  AttemptState,
  ContactState,
  CustomerMessagePayload,
  EngineEvent,
} from "./engine-types";
import { RESPECT_BREACH_LABELS } from "../analysis/label-names";
import type { MessageChannel } from "./learner-actions";
import { actionMatches, flagsMatch, inRange, reactionsThatFire } from "./matching";
import {
  brokenByRemedy,
  customerChoices,
  dispatchersFor,
  judgePromises,
  type PromiseVerdict,
  recordContradictions,
  unkeptForNow,
} from "./promises";
import { renderText } from "./text-templates";
import { scenarioStart } from "./scenario-dataset";
import type { Contact, Reaction, Scenario, Timer } from "./scenario-schema";
import { clampMood, contactDef, formatSimClock, moodLabel } from "./attempt-state";
import { personOpeningEvents } from "./scripted-people";

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
  events.push(...personOpeningEvents(scenario, startAt));
  return events.sort((a, b) => a.simMinute - b.simMinute);
}

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

function moodEvent(
  scenario: Scenario,
  contact: ContactState,
  from: number,
  ruleIds: string[],
  minute: number,
): EngineEvent | null {
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

export function runTimers(
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
        (r) =>
          r.customerRef === def.customerRef &&
          r.action.type === "send_message" &&
          r.simMinute <= timer.atMinute,
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

/** The scripted customer an action concerns reacts to it. */
export function react(
  scenario: Scenario,
  state: AttemptState,
  record: ActionRecord,
  events: EngineEvent[] | null,
): void {
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
  // A message written for another customer answers nothing this customer asked: their own rules
  // do not fire; the engine's reaction to being sent someone else's reply does.
  const fired = record.misdirectedTo ? [] : reactionsThatFire(def.reactions, eligible);
  fired.push(...engineReactions(scenario, def, contact, record, state, fired));
  if (fired.length === 0) return;
  for (const r of fired) {
    applyEffects(contact, r, record.index);
    record.fired.push(r.id);
  }
  const learnerChannel = record.action.type === "send_message" ? record.action.channel : contact.lastChannel;
  const speaking = fired.filter((r) => r.reply);
  if (speaking.length > 0)
    contact.lastChannel = speaking.find((r) => r.replyChannel)?.replyChannel ?? learnerChannel;
  if (!events) return;
  const said = customerSays(scenario, state, contact, fired, record.simMinute, learnerChannel);
  if (said) events.push(said);
  const moved = moodEvent(
    scenario,
    contact,
    moodBefore,
    fired.map((r) => r.id),
    record.simMinute,
  );
  if (moved) events.push(moved);
}

/** What every reaction the engine gives a customer shares: once, unconditional, clearing nothing. */
const ENGINE_RULE = { when: {}, once: true, fallback: false, stop: false, clearFlags: [] as string[] };

/** Disrespect for marking and for every scripted customer: the analyser's one list (label-names.ts). */
export const RESPECT_BREACHES = RESPECT_BREACH_LABELS;
const DEFAULT_RUDENESS_REPLY =
  "I don't appreciate being spoken to like that. I'd like this passed to a manager, please.";
const PROMISE_WORDS: Record<string, string> = {
  refund: "a refund",
  replacement: "a replacement",
  repair: "a repair",
};

/**
 * Reactions every scripted customer has without the scenario writing them: to rudeness that none of
 * their own rules covers (mood, a reply, a request for a manager), and to a remedy that contradicts
 * what they were promised ("you said refund, this is a voucher").
 */
function engineReactions(
  scenario: Scenario,
  def: Contact,
  contact: ContactState,
  record: ActionRecord,
  state: AttemptState,
  fired: readonly Reaction[],
): Reaction[] {
  const out: Reaction[] = [];
  const labels = record.analysis?.labels ?? [];
  const breaches = RESPECT_BREACHES.filter((l) => labels.includes(l));
  const covered = (l: string) =>
    fired.some((r) => r.when.labels?.any?.includes(l) || r.when.labels?.all?.includes(l));
  if (
    record.action.type === "send_message" &&
    breaches.some((l) => !covered(l)) &&
    !("engine:rudeness" in contact.fired)
  ) {
    out.push({
      ...ENGINE_RULE,
      id: "engine:rudeness",
      mood: def.onRudeness?.mood ?? -2,
      setFlags: ["disrespected", "escalation_requested", ...(def.onRudeness?.setFlags ?? [])],
      reply: def.onRudeness?.reply ?? DEFAULT_RUDENESS_REPLY,
    } as Reaction);
  }
  const meantFor = record.misdirectedTo ? state.customers[record.misdirectedTo] : undefined;
  if (meantFor && !("engine:misdirected" in contact.fired)) {
    out.push({
      ...ENGINE_RULE,
      id: "engine:misdirected",
      mood: -2,
      setFlags: ["misdirected"],
      reply: `I think this was meant for someone else: I'm not ${meantFor.firstName}, and you've just told me about another customer's order. That worries me: who else has been sent my details? And I'm still waiting for an answer about my own problem.`,
    } as Reaction);
  }
  if (!("engine:broken-promise" in contact.fired)) {
    const said = brokenPromiseReply(scenario, state, record);
    if (said)
      out.push({
        ...ENGINE_RULE,
        ...BROKEN_PROMISE_EFFECT,
        id: "engine:broken-promise",
        reply: said,
      } as Reaction);
  }
  return out;
}

/** What a broken promise does to the customer, however she finds out: one step down, flag `promise_broken`. */
const BROKEN_PROMISE_EFFECT = { mood: -1, setFlags: ["promise_broken"] };

/**
 * What the customer says when this action shows her a promise broken, or null: a remedy issued that is not the
 * one promised ("you said refund, this is a voucher"), or, session 47, a remedy promised for now and still not
 * issued when the learner next writes to her or closes her case (promises.ts `unkeptForNow`). One reaction,
 * `engine:broken-promise`, once per customer: she says it the first time, not at every turn.
 */
function brokenPromiseReply(scenario: Scenario, state: AttemptState, record: ActionRecord): string | null {
  const ref = record.customerRef!;
  const type = record.action.type;
  // Only a remedy issued, a message to her, or her case closed or resolved can show her a promise broken.
  if (!["issue_remedy", "send_message", "close_case", "update_case"].includes(type)) return null;
  const dispatchers = dispatchersFor(scenario, state, ref);
  const choices = customerChoices(scenario, state.log, ref);
  if (type === "issue_remedy") {
    const broken = brokenByRemedy(state.log, record, dispatchers, choices);
    return broken && record.remedy
      ? `You told me I'd get ${PROMISE_WORDS[broken.kind] ?? broken.text}, but what has come through is a ${record.remedy.kind}. That isn't what you promised.`
      : null;
  }
  const waiting = unkeptForNow(state.log, record, dispatchers, choices);
  return waiting ? (NOT_YET_REPLIES[waiting.kind] ?? null) : null;
}

/** What a customer says when a remedy promised for now has still not come when the learner next turns to her. */
const NOT_YET_REPLIES: Record<string, string> = {
  refund:
    "You said you'd put my refund through straight away, but it still hasn't gone through. That isn't what you promised.",
  replacement:
    "You said you'd send the new one out straight away, but it still hasn't been sent. That isn't what you promised.",
  repair:
    "You said you'd book the repair straight away, but it still hasn't been booked. That isn't what you promised.",
};

/** What a customer says on finding out that a remedy they were told was done or under way never happened. */
const UNTRUE_REPLIES: Record<string, string> = {
  refund: "You told me I'd been refunded, but no refund has come through. That isn't what you promised.",
  replacement:
    "You told me another one was on its way, but nothing has been sent: there's no new tracking and no dispatch email. That isn't what you promised.",
  repair:
    "You told me the repair was booked, but nobody has been in touch to collect it. That isn't what you promised.",
};

/** The best a customer feels once a promise to them is found broken: frustrated (CSAT 2/5). */
const BROKEN_PROMISE_MOOD = -1;

const RECORD_CONTRADICTS_REPLY =
  "What you've set up for me isn't what you told me in your message. That isn't what you promised.";

/**
 * When the attempt is submitted, each scripted customer finds out what actually happened: a remedy they
 * were told was done or under way ("we're re-sending the grinder today", "I've refunded the £44.99")
 * that nothing in the attempt did never reaches them (promises.ts: "untrue"), or what arrives is what
 * their record says, not the answer they were told (`recordContradictions`), or (session 48) a remedy
 * promised for now that was never issued (`notYetRule`). Mood down to frustrated at best (−1 or lower),
 * flag `promise_broken`, a reply; once per customer. Run by `submitAttempt` and again when a replay
 * reaches the submission, so scoring sees the same state.
 */
export function reactToSubmission(
  scenario: Scenario,
  state: AttemptState,
  events: EngineEvent[] | null,
): void {
  for (const def of scenario.contacts) {
    const contact = state.contacts[def.customerRef];
    if (!contact) continue;
    const verdicts = judgePromises(
      state.log,
      def.customerRef,
      state.customers[def.customerRef]?.firstName,
      dispatchersFor(scenario, state, def.customerRef),
      customerChoices(scenario, state.log, def.customerRef),
    );
    const rule = untrueRule(def, contact, state, verdicts) ?? notYetRule(contact, verdicts);
    if (!rule) continue;
    const from = contact.mood;
    applyEffects(contact, rule, state.log.length);
    if (!events) continue;
    const said = customerSays(scenario, state, contact, [rule], state.minute, contact.lastChannel);
    if (said) events.push(said);
    const moved = moodEvent(scenario, contact, from, [rule.id], state.minute);
    if (moved) events.push(moved);
  }
}

/** A customer's mood once a promise to them is found broken at submission: frustrated at best (−1 or lower). */
const atBestFrustrated = (contact: ContactState) => Math.min(-1, BROKEN_PROMISE_MOOD - contact.mood);

/**
 * A remedy they were told was done or under way that never happened, or an answer their record contradicts:
 * `engine:untrue-remedy`, once per customer.
 */
function untrueRule(
  def: Contact,
  contact: ContactState,
  state: AttemptState,
  verdicts: readonly PromiseVerdict[],
): Reaction | null {
  if ("engine:untrue-remedy" in contact.fired) return null;
  const untrue = verdicts.find((v) => v.status === "untrue" && v.promise.kind in UNTRUE_REPLIES);
  // Or an answer they were told that their record contradicts: what arrives is what the record says.
  const contradicted = untrue
    ? undefined
    : recordContradictions(
        state.log,
        def.customerRef,
        def.evidence,
        state.customers[def.customerRef]?.firstName,
      )[0];
  if (!untrue && !contradicted) return null;
  // However warm the words were, a remedy that never comes leaves the customer frustrated at best:
  // broken promises are what customers remember (a pleased customer at CSAT 5/5 beside a promise
  // the report calls untrue was a report no tutor could sign).
  return {
    ...ENGINE_RULE,
    id: "engine:untrue-remedy",
    mood: atBestFrustrated(contact),
    setFlags: ["promise_broken"],
    reply: untrue ? UNTRUE_REPLIES[untrue.promise.kind]! : RECORD_CONTRADICTS_REPLY,
  } as Reaction;
}

/**
 * Session 48: a remedy promised for now ("I'll put your refund through right away", "I'll arrange that now"
 * after her choice) and never issued before the attempt was submitted (promises.ts: broken, with nothing done
 * as the second piece of evidence). She finds out as she would have at the learner's next turn: the same
 * reaction, `engine:broken-promise`, with the same words, so it fires once however she finds out (not again
 * if she already said it in the conversation). The remedy never comes, so, as with one told done that never
 * happened, she ends frustrated at best.
 */
function notYetRule(contact: ContactState, verdicts: readonly PromiseVerdict[]): Reaction | null {
  if ("engine:broken-promise" in contact.fired) return null;
  const due = verdicts.find(
    (v) =>
      v.status === "broken" &&
      v.action === null &&
      "immediate" in v.promise &&
      v.promise.immediate === true &&
      v.promise.kind in NOT_YET_REPLIES,
  );
  if (!due) return null;
  return {
    ...ENGINE_RULE,
    ...BROKEN_PROMISE_EFFECT,
    id: "engine:broken-promise",
    mood: atBestFrustrated(contact),
    reply: NOT_YET_REPLIES[due.promise.kind]!,
  } as Reaction;
}
