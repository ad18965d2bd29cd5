/**
 * The other people in a scenario (scenario `people`): colleagues in other teams, a team leader or
 * manager, a member of the public. Like the scripted customers they react to what the learner does
 * by rules (mood, flags, a reply), but only to actions addressed to them (an internal message, a
 * phone call, a public reply, an escalation routed to them), and they take their own time: a reply
 * is queued and arrives when the simulated clock reaches it. When it arrives the person acts on it
 * (`acts`): the case moves on, a goodwill gesture above the policy limit is approved, the customer's
 * scripted contact learns of it.
 */
import type {
  ActionRecord,
  AttemptState,
  EngineEvent,
  PersonMessagePayload,
  PersonState,
} from "./engine-types";
import type { PersonChannel } from "./learner-actions";
import { actionMatches, flagsMatch, inRange, reactionsThatFire } from "./matching";
import { renderText } from "./text-templates";
import { scenarioStart } from "./scenario-dataset";
import type { Person, PersonReaction, PersonTimer, Scenario } from "./scenario-schema";
import { clampMood, formatSimClock, personDef } from "./attempt-state";

type PersonEvent = Extract<EngineEvent, { type: "person_message" }>;

/** The people's opening messages (e.g. a colleague's question waiting at the start of the shift). */
export function personOpeningEvents(scenario: Scenario, startAt: Date): EngineEvent[] {
  const origin = scenarioStart(scenario, startAt);
  const events: EngineEvent[] = [];
  for (const p of scenario.people) {
    for (const m of p.opening) {
      const payload: PersonMessagePayload = {
        personRef: p.ref,
        name: p.name,
        role: p.role,
        channel: m.channel,
        text: renderText(scenario, m.text, origin),
        ruleId: "opening",
        clock: formatSimClock(scenario, m.atMinute),
      };
      if (m.subject) payload.subject = renderText(scenario, m.subject, origin);
      if (m.customerRef) payload.customerRef = m.customerRef;
      events.push({ actor: "system", type: "person_message", simMinute: m.atMinute, payload });
    }
  }
  return events;
}

function applyEffects(
  person: PersonState,
  rule: { id: string; mood: number; setFlags: string[]; clearFlags: string[] },
  index: number,
) {
  person.mood = clampMood(person.mood + rule.mood);
  for (const f of rule.clearFlags) {
    const i = person.flags.indexOf(f);
    if (i >= 0) person.flags.splice(i, 1);
  }
  for (const f of rule.setFlags) if (!person.flags.includes(f)) person.flags.push(f);
  person.fired[rule.id] = index;
}

/**
 * The person an action is addressed to checks their rules against it (seeing themselves as they
 * were before it). Matching rules are queued as ONE reply, due after the person's own delay; a
 * delay of 0 arrives at once. Returns nothing: `deliverDue` applies and emits it.
 */
export function reactPerson(scenario: Scenario, state: AttemptState, record: ActionRecord): void {
  if (!record.personRef) return;
  const def = personDef(scenario, record.personRef);
  const person = state.people[record.personRef];
  if (!def || !person) return;
  const queued = new Set(state.pending.filter((p) => p.personRef === def.ref).flatMap((p) => p.ruleIds));
  const eligible = (r: PersonReaction) =>
    !(r.once && (r.id in person.fired || queued.has(r.id))) &&
    actionMatches(r.when, record) &&
    flagsMatch(r.when.flags, person.flags) &&
    inRange(r.when.mood, person.mood);
  const fired = reactionsThatFire(def.reactions, eligible);
  if (fired.length === 0) return;
  const delay = Math.max(...fired.map((r) => r.afterMinutes ?? def.replyAfterMinutes));
  const a = record.action;
  const channel: PersonChannel =
    fired.find((r) => r.replyChannel)?.replyChannel ??
    (a.type === "message_person" ? a.channel : def.role === "public" ? "review" : "internal");
  state.pending.push({
    personRef: def.ref,
    dueMinute: record.simMinute + delay,
    ruleIds: fired.map((r) => r.id),
    actionIndex: record.index,
    customerRef: record.customerRef,
    caseRef: record.caseRef,
    channel,
  });
  for (const id of fired.map((r) => r.id)) record.fired.push(`${def.ref}:${id}`);
}

/**
 * Delivers every queued reply due by minute `t1` (in the order due): the person's effects apply,
 * they act on the case, and their message is emitted at the minute it arrived.
 */
export function deliverDue(
  scenario: Scenario,
  state: AttemptState,
  t1: number,
  events: EngineEvent[] | null,
): void {
  if (state.pending.length === 0) return;
  const due = state.pending.filter((p) => p.dueMinute <= t1).sort((a, b) => a.dueMinute - b.dueMinute);
  if (due.length === 0) return;
  state.pending = state.pending.filter((p) => p.dueMinute > t1);
  const origin = new Date(state.origin);
  for (const p of due) {
    const def = personDef(scenario, p.personRef);
    const person = state.people[p.personRef];
    if (!def || !person) continue;
    const rules = p.ruleIds
      .map((id) => def.reactions.find((r) => r.id === id))
      .filter((r): r is PersonReaction => r !== undefined);
    for (const r of rules) applyEffects(person, r, p.actionIndex);
    const acts: NonNullable<PersonMessagePayload["acts"]> = {};
    for (const r of rules) {
      if (!r.acts) continue;
      if (r.acts.caseStatus && p.caseRef) {
        const k = state.cases[p.caseRef];
        if (k) {
          k.status = r.acts.caseStatus;
          if (r.acts.caseStatus === "closed") k.closedAtMinute = p.dueMinute;
          acts.caseRef = k.ref;
          acts.caseStatus = r.acts.caseStatus;
        }
      }
      if (r.acts.goodwillMaxPence !== undefined && p.customerRef) {
        state.goodwillApproved[p.customerRef] = r.acts.goodwillMaxPence;
        acts.goodwillMaxPence = r.acts.goodwillMaxPence;
      }
      const contact = p.customerRef ? state.contacts[p.customerRef] : undefined;
      if (contact)
        for (const f of r.acts.customerFlags) if (!contact.flags.includes(f)) contact.flags.push(f);
    }
    person.lastChannel = p.channel;
    if (!events) continue;
    const speaking = rules.filter((r) => r.reply);
    if (speaking.length === 0 && Object.keys(acts).length === 0) continue;
    const payload: PersonMessagePayload = {
      personRef: def.ref,
      name: def.name,
      role: def.role,
      channel: p.channel,
      text: speaking.map((r) => renderText(scenario, r.reply!, origin)).join("\n\n"),
      ruleId: rules.map((r) => r.id).join("+"),
      clock: formatSimClock(scenario, p.dueMinute),
    };
    const subject = speaking.find((r) => r.replySubject)?.replySubject;
    if (subject) payload.subject = renderText(scenario, subject, origin);
    if (p.customerRef) payload.customerRef = p.customerRef;
    if (p.caseRef) payload.caseRef = p.caseRef;
    if (Object.keys(acts).length > 0) payload.acts = acts;
    events.push({ actor: "system", type: "person_message", simMinute: p.dueMinute, payload } as PersonEvent);
  }
}

/** People who act on the clock (e.g. the warehouse chasing an unanswered question). */
export function runPersonTimers(
  scenario: Scenario,
  state: AttemptState,
  t0: number,
  t1: number,
  index: number,
  record: ActionRecord,
  events: EngineEvent[] | null,
): void {
  const due: { person: Person; timer: PersonTimer }[] = [];
  for (const p of scenario.people)
    for (const t of p.timers) if (t.atMinute > t0 && t.atMinute <= t1) due.push({ person: p, timer: t });
  if (due.length === 0) return;
  due.sort((a, b) => a.timer.atMinute - b.timer.atMinute);
  const origin = new Date(state.origin);
  for (const { person: def, timer } of due) {
    const person = state.people[def.ref];
    if (!person || timer.id in person.fired) continue;
    if (timer.when.noReplyYet) {
      const replied = state.log.some((r) => r.personRef === def.ref && r.simMinute <= timer.atMinute);
      if (replied) continue;
    }
    if (!flagsMatch(timer.when.flags, person.flags) || !inRange(timer.when.mood, person.mood)) continue;
    applyEffects(person, timer, index);
    record.fired.push(`${def.ref}:${timer.id}`);
    if (!events || !timer.reply) continue;
    const payload: PersonMessagePayload = {
      personRef: def.ref,
      name: def.name,
      role: def.role,
      channel: timer.replyChannel ?? person.lastChannel,
      text: renderText(scenario, timer.reply, origin),
      ruleId: timer.id,
      clock: formatSimClock(scenario, timer.atMinute),
    };
    if (timer.replySubject) payload.subject = renderText(scenario, timer.replySubject, origin);
    events.push({ actor: "system", type: "person_message", simMinute: timer.atMinute, payload });
  }
}
