/**
 * Scores a submitted attempt from its stored events against the scenario's declarative rubric.
 * Pure and fast: the events are replayed into an engine state (reusing the stored message
 * analyses), then each criterion is evaluated against the engine's record of learner actions and
 * the final CRM state. Every result carries evidence (event seq, the learner's exact words and the
 * matched spans, or the action) and feedback that teaches.
 *
 * Points: met = the criterion's weight, partly = half, not met = 0. totalPercent = points / maximum,
 * rounded. Bands (qualification style):
 *   Distinction ≥ 80%   Merit ≥ 65%   Pass ≥ 50%   Fail < 50%
 * A criterion with `capBandIfNotMet` (used for legal compliance: consumer rights, consent to
 * marketing, data protection, reasonable adjustments) caps the band when it is not met, however
 * high the total: a Distinction cannot include a breach of the law.
 */
import { LABEL_NAMES } from "../analysis";
import { formatPounds } from "./dates";
import type { ActionRecord, AttemptState, StoredEvent } from "./engine-types";
import { ACTION_LABELS } from "./learner-actions";
import { anyMatches, actionMatches, flagsMatch } from "./matching";
import { formatSimClock, initialState, moodLabel, replayInto } from "./runtime";
import {
  BANDS,
  type Band,
  type Contact,
  type Criterion,
  type CriterionMatch,
  type Frameworks,
  type Scenario,
  type StateCheck,
} from "./scenario-schema";

export type CriterionStatus = "met" | "partly" | "not_met";

export const BAND_THRESHOLDS: readonly { band: Band; minPercent: number }[] = [
  { band: "Distinction", minPercent: 80 },
  { band: "Merit", minPercent: 65 },
  { band: "Pass", minPercent: 50 },
  { band: "Fail", minPercent: 0 },
];

export type Evidence = {
  /** The stored event this evidence comes from (null for "nothing happened" or final-state evidence). */
  seq: number | null;
  simMinute: number | null;
  clock: string | null;
  kind: "message" | "action" | "customer" | "state" | "timing" | "absence";
  summary: string;
  /** The learner's exact words (messages, notes, resolutions). */
  text?: string;
  /** Labelled spans of `text` that the criterion looked for. */
  spans?: { label: string; start: number; end: number; text: string }[];
};

export type CriterionResult = {
  id: string;
  title: string;
  kind: Criterion["kind"];
  frameworks: Frameworks;
  weight: number;
  status: CriterionStatus;
  points: number;
  /** Machine-written explanation of what was found. */
  detail: string;
  evidence: Evidence[];
  feedback: string;
  capBandIfNotMet: Band | null;
  /** Set when a tutor has overridden the mark. */
  originalStatus?: CriterionStatus;
  override?: { newStatus: CriterionStatus; comment: string };
};

export type CustomerOutcome = {
  customerRef: string;
  name: string;
  mood: number;
  moodLabel: string;
  /** Their answer to "How satisfied were you with how we handled this?" (1–5). */
  csat: number;
  /** Their answer to "How likely are you to recommend us to a friend?" (0–10). */
  nps: number;
  npsCategory: "promoter" | "passive" | "detractor";
  churnRisk: "low" | "medium" | "high";
  quote: string;
  flags: string[];
};

export type AttemptReport = {
  scenarioId: string;
  scenarioTitle: string;
  criteria: CriterionResult[];
  totalPoints: number;
  maxPoints: number;
  totalPercent: number;
  band: Band;
  /** The band the percentage alone would give, before any cap. */
  uncappedBand: Band;
  /** Criteria that capped the band. */
  bandCappedBy: { criterionId: string; cap: Band }[];
  customerOutcomes: CustomerOutcome[];
  /** The seeds' point: satisfaction is not the same as loyalty, applied to this attempt. */
  satisfactionNote: string;
  /** Points per framework tag, for debriefs (e.g. LASS: apologise 8/10). */
  frameworkSummary: { framework: string; tag: string; points: number; maxPoints: number }[];
  stats: { actions: number; messages: number; simMinutes: number; endClock: string };
  modelAnswer: Scenario["modelAnswer"];
  /** Replay problems (e.g. the scenario changed after the attempt was made). */
  warnings: string[];
};

/** A fixed start for scoring replays: scoring depends on simulated minutes and days, never on the real date. */
const SCORING_EPOCH = new Date("2026-01-15T09:00:00Z");

// ------------------------------------------------------------------------------------- scoring

/** Scores an attempt from its stored events (any order; sorted by seq). */
export function scoreAttempt(scenario: Scenario, events: readonly StoredEvent[]): AttemptReport {
  const state = initialState(scenario, SCORING_EPOCH); // cached per scenario, then cloned
  replayInto(scenario, state, events, true);
  return scoreState(scenario, state);
}

/** Scores an engine state directly (e.g. straight after a playthrough). */
export function scoreState(scenario: Scenario, state: AttemptState): AttemptReport {
  const ctx = new Ctx(scenario, state);
  const criteria = scenario.rubric.map((c) => evaluate(ctx, c));
  const outcomes = customerOutcomes(scenario, state);
  const messages = state.log.filter((r) => r.action.type === "send_message").length;
  const report: AttemptReport = {
    scenarioId: scenario.id,
    scenarioTitle: scenario.title,
    criteria,
    totalPoints: 0,
    maxPoints: 0,
    totalPercent: 0,
    band: "Fail",
    uncappedBand: "Fail",
    bandCappedBy: [],
    customerOutcomes: outcomes,
    satisfactionNote: satisfactionNote(outcomes),
    frameworkSummary: [],
    stats: { actions: state.log.length, messages, simMinutes: state.minute, endClock: formatSimClock(scenario, state.minute) },
    modelAnswer: scenario.modelAnswer,
    warnings: [...state.warnings],
  };
  return finalise(report);
}

const pointsFor = (status: CriterionStatus, weight: number) =>
  status === "met" ? weight : status === "partly" ? weight / 2 : 0;

export function bandFor(percent: number): Band {
  for (const t of BAND_THRESHOLDS) if (percent >= t.minPercent) return t.band;
  return "Fail";
}

/** Recomputes points, total, band and framework summary from the criteria's statuses. */
function finalise(report: AttemptReport): AttemptReport {
  let total = 0;
  let max = 0;
  const fw = new Map<string, { framework: string; tag: string; points: number; maxPoints: number }>();
  for (const c of report.criteria) {
    c.points = pointsFor(c.status, c.weight);
    total += c.points;
    max += c.weight;
    for (const [framework, tag] of frameworkTags(c.frameworks)) {
      const key = `${framework}:${tag}`;
      const entry = fw.get(key) ?? { framework, tag, points: 0, maxPoints: 0 };
      entry.points += c.points;
      entry.maxPoints += c.weight;
      fw.set(key, entry);
    }
  }
  const percent = max > 0 ? Math.round((total / max) * 100) : 0;
  const uncapped = bandFor(percent);
  let band = uncapped;
  const cappedBy: AttemptReport["bandCappedBy"] = [];
  for (const c of report.criteria) {
    if (c.status === "not_met" && c.capBandIfNotMet) {
      if (BANDS.indexOf(c.capBandIfNotMet) < BANDS.indexOf(band)) band = c.capBandIfNotMet;
      if (BANDS.indexOf(c.capBandIfNotMet) < BANDS.indexOf(uncapped)) cappedBy.push({ criterionId: c.id, cap: c.capBandIfNotMet });
    }
  }
  return {
    ...report,
    totalPoints: round1(total),
    maxPoints: round1(max),
    totalPercent: percent,
    band,
    uncappedBand: uncapped,
    bandCappedBy: cappedBy,
    frameworkSummary: [...fw.values()].map((e) => ({ ...e, points: round1(e.points), maxPoints: round1(e.maxPoints) })),
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function frameworkTags(f: Frameworks): [string, string][] {
  const out: [string, string][] = [];
  if (f.lass) out.push(["LASS", f.lass]);
  if (f.heat) out.push(["HEAT", f.heat]);
  if (f.lifecycle) out.push(["Retention lifecycle", f.lifecycle]);
  if (f.rater) out.push(["RATER", f.rater]);
  for (const l of f.legislation ?? []) out.push(["Legislation", l]);
  if (f.kpi) out.push(["KPI", f.kpi]);
  return out;
}

export type MarkOverride = { criterionId: string; newStatus: CriterionStatus; comment: string };

/**
 * Applies tutors' overrides: each criterion's status becomes the new one, its original (computed)
 * status is kept alongside, and the total and band are recomputed. Overrides naming an unknown
 * criterion are ignored. Applying overrides to an already-overridden report keeps the first original.
 */
export function applyOverrides(report: AttemptReport, overrides: readonly MarkOverride[]): AttemptReport {
  const byId = new Map<string, MarkOverride>();
  for (const o of overrides) byId.set(o.criterionId, o);
  const criteria = report.criteria.map((c) => {
    const o = byId.get(c.id);
    if (!o) return { ...c };
    return {
      ...c,
      originalStatus: c.originalStatus ?? c.status,
      status: o.newStatus,
      override: { newStatus: o.newStatus, comment: o.comment },
    };
  });
  return finalise({ ...report, criteria });
}

// ----------------------------------------------------------------------------- evaluation ctx

class Ctx {
  readonly messagesByCustomer = new Map<string, ActionRecord[]>();
  readonly allMessages: ActionRecord[] = [];
  constructor(
    readonly scenario: Scenario,
    readonly state: AttemptState,
  ) {
    for (const r of state.log) {
      if (r.action.type !== "send_message" || !r.customerRef) continue;
      this.allMessages.push(r);
      const list = this.messagesByCustomer.get(r.customerRef);
      if (list) list.push(r);
      else this.messagesByCustomer.set(r.customerRef, [r]);
    }
  }
  name(ref: string | null): string {
    const c = ref ? this.state.customers[ref] : undefined;
    return c ? `${c.firstName} ${c.lastName}` : (ref ?? "the customer");
  }
  clock(minute: number): string {
    return formatSimClock(this.scenario, minute);
  }
  messagesTo(ref: string | undefined): ActionRecord[] {
    return ref ? (this.messagesByCustomer.get(ref) ?? []) : this.allMessages;
  }
  /** Index of the learner action during which the customer's rule fired, or null. */
  firedAt(ref: string | undefined, ruleId: string | undefined): number | null {
    if (!ref || !ruleId) return null;
    return this.state.contacts[ref]?.fired[ruleId] ?? null;
  }
}

function messageEvidence(ctx: Ctx, r: ActionRecord, labels?: readonly string[], note?: string): Evidence {
  const a = r.action;
  const text = a.type === "send_message" ? a.text : undefined;
  const spans = (r.analysis?.spans ?? []).filter((s) => !labels || labels.includes(s.label));
  const channel = a.type === "send_message" ? a.channel : "";
  const ev: Evidence = {
    seq: r.seq,
    simMinute: r.simMinute,
    clock: ctx.clock(r.simMinute),
    kind: "message",
    summary: `${note ? `${note}: ` : ""}message ${r.messageNumber ?? "?"} to ${ctx.name(r.customerRef)} (${channel}) at ${ctx.clock(r.simMinute)}${
      r.analysis && r.analysis.labels.length ? ` — found: ${r.analysis.labels.map(labelName).join(", ")}` : ""
    }`,
  };
  if (text !== undefined) ev.text = text;
  if (spans.length) ev.spans = spans;
  return ev;
}

function actionEvidence(ctx: Ctx, r: ActionRecord, note?: string): Evidence {
  if (r.action.type === "send_message") return messageEvidence(ctx, r, undefined, note);
  const a = r.action;
  let text: string | undefined;
  let summary = `${describeAction(ctx, r)} at ${ctx.clock(r.simMinute)}`;
  switch (a.type) {
    case "add_note":
      text = a.text;
      break;
    case "log_call":
      text = a.summary;
      break;
    case "open_case":
      text = a.summary;
      break;
    case "close_case":
      text = a.resolution;
      break;
    case "escalate":
      text = a.reason;
      break;
    case "update_consent":
      text = a.reason;
      break;
    case "issue_remedy":
      if (r.remedy?.cra) summary += ` — Consumer Rights Act: ${r.remedy.cra.lawful ? "lawful" : "NOT a lawful remedy on its own"} (${r.remedy.cra.right})`;
      text = a.note;
      break;
    default:
      break;
  }
  const ev: Evidence = {
    seq: r.seq,
    simMinute: r.simMinute,
    clock: ctx.clock(r.simMinute),
    kind: "action",
    summary: note ? `${note}: ${summary}` : summary,
  };
  if (text) ev.text = text;
  return ev;
}

function describeAction(ctx: Ctx, r: ActionRecord): string {
  const a = r.action;
  const who = ctx.name(r.customerRef);
  switch (a.type) {
    case "send_message":
      return `Message to ${who} (${a.channel})`;
    case "view_record":
      return `Viewed ${who}'s record`;
    case "add_note":
      return `Note on ${who}'s record`;
    case "log_call":
      return `Logged a${(a.direction ?? "outbound") === "inbound" ? "n inbound" : "n outbound"} call with ${who}`;
    case "open_case":
      return `Opened case ${r.caseRef ?? ""} (${a.category.replace(/_/g, " ")}) for ${who}`;
    case "update_case":
      return `Set case ${a.caseRef} to "${a.status.replace(/_/g, " ")}"`;
    case "close_case":
      return `Closed case ${a.caseRef}`;
    case "issue_remedy": {
      const amount = r.remedy && r.remedy.amountPence > 0 ? ` of ${formatPounds(r.remedy.amountPence)}` : "";
      return `Issued a ${a.kind}${amount} on ${a.orderRef} for ${who}`;
    }
    case "create_task":
      return `Task for ${who}: "${a.title}", due in ${a.dueInDays} day${a.dueInDays === 1 ? "" : "s"}`;
    case "change_stage":
      return `Moved ${who} to the ${a.stage} stage`;
    case "update_consent":
      return `Recorded ${a.granted ? "consent" : "no consent"} to ${a.channel} marketing for ${who}`;
    case "update_preferences":
      return `Updated ${who}'s preferences${a.preferredChannel ? ` (preferred channel: ${a.preferredChannel})` : ""}${
        a.accessibilityNotes ? ` (accessibility notes: "${a.accessibilityNotes}")` : ""
      }`;
    case "send_survey":
      return `Sent a ${a.kind.toUpperCase()} survey to ${who}`;
    case "escalate":
      return `Escalated ${who} to a manager`;
    case "verify_identity":
      return `Verified ${who}'s identity (${a.method})`;
  }
}

function labelsIn(m: CriterionMatch): string[] {
  return [...(m.labels?.all ?? []), ...(m.labels?.any ?? [])];
}

// ------------------------------------------------------------------------------- per criterion

function result(
  c: Criterion,
  status: CriterionStatus,
  detail: string,
  evidence: Evidence[],
): CriterionResult {
  const feedback =
    status === "met" ? c.feedback.met : status === "partly" ? (c.feedback.partly ?? c.feedback.not_met) : c.feedback.not_met;
  return {
    id: c.id,
    title: c.title,
    kind: c.kind,
    frameworks: c.frameworks,
    weight: c.weight,
    status,
    points: pointsFor(status, c.weight),
    detail,
    evidence,
    feedback,
    capBandIfNotMet: c.capBandIfNotMet ?? null,
  };
}

function evaluate(ctx: Ctx, c: Criterion): CriterionResult {
  switch (c.kind) {
    case "message":
      return evalMessage(ctx, c);
    case "sequence":
      return evalSequence(ctx, c);
    case "action":
      return evalAction(ctx, c);
    case "absence":
      return evalAbsence(ctx, c);
    case "response_time":
      return evalResponseTime(ctx, c);
    case "final_state":
      return evalFinalState(ctx, c);
    case "customer_set":
      return evalCustomerSet(ctx, c);
    case "customer_state":
      return evalCustomerState(ctx, c);
  }
}

function sinceFilter(ctx: Ctx, c: { customerRef?: string; since?: string }, list: ActionRecord[]): { list: ActionRecord[]; missing: boolean } {
  if (!c.since) return { list, missing: false };
  const at = ctx.firedAt(c.customerRef, c.since);
  if (at === null) return { list: [], missing: true };
  return { list: list.filter((r) => r.index > at), missing: false };
}

function evalMessage(ctx: Ctx, c: Extract<Criterion, { kind: "message" }>): CriterionResult {
  const { list: msgs, missing } = sinceFilter(ctx, c, ctx.messagesTo(c.customerRef));
  const who = c.customerRef ? ctx.name(c.customerRef) : "a customer";
  if (missing) {
    return result(c, "not_met", `${who} never reached the point this criterion is about (their "${c.since}" reaction did not happen).`, []);
  }
  const labels = labelsIn(c.match);
  const window = c.withinFirst ? msgs.filter((r) => (r.messageNumber ?? 0) <= c.withinFirst!) : msgs;
  const hit = window.find((r) => actionMatches(c.match, r));
  if (hit) {
    return result(c, "met", `Found in message ${hit.messageNumber} to ${ctx.name(hit.customerRef)}.`, [messageEvidence(ctx, hit, labels)]);
  }
  if (c.withinFirst) {
    const late = msgs.find((r) => actionMatches(c.match, r));
    if (late) {
      return result(
        c,
        "partly",
        `Found in message ${late.messageNumber}, but not within the first ${c.withinFirst === 1 ? "message" : `${c.withinFirst} messages`}.`,
        [messageEvidence(ctx, late, labels)],
      );
    }
  }
  if (c.partly?.match) {
    const partlyMatch = c.partly.match;
    const p = msgs.find((r) => actionMatches(partlyMatch, r));
    if (p) {
      return result(c, "partly", `Partly: message ${p.messageNumber} goes some of the way.`, [messageEvidence(ctx, p, labelsIn(partlyMatch))]);
    }
  }
  const shown = window[0] ?? msgs[0];
  return result(
    c,
    "not_met",
    msgs.length === 0 ? `No message was sent to ${who}${c.since ? " after that point" : ""}.` : `None of the ${msgs.length} message(s) to ${who} did this.`,
    shown ? [messageEvidence(ctx, shown, undefined, "Closest message")] : [],
  );
}

type Pos = { index: number; offset: number; record: ActionRecord; label: string };
const before = (a: Pos, b: Pos) => a.index < b.index || (a.index === b.index && a.offset < b.offset);

function evalSequence(ctx: Ctx, c: Extract<Criterion, { kind: "sequence" }>): CriterionResult {
  const { list: msgs, missing } = sinceFilter(ctx, c, ctx.messagesTo(c.customerRef));
  if (missing) return result(c, "not_met", `The point this criterion is about ("${c.since}") never happened.`, []);
  const sinceIndex = c.since ? (ctx.firedAt(c.customerRef, c.since) ?? -1) : -1;
  const last = c.steps.length - 1;
  const positions: (Pos | null)[] = c.steps.map((step, i) => {
    // The final step (e.g. "thank") counts at its LAST occurrence: "Thank you for your email" as a
    // greeting is not LASS's closing thank-you. Every other step counts at its first occurrence.
    const useLast = i === last;
    let found: Pos | null = null;
    for (const r of msgs) {
      for (const s of r.analysis?.spans ?? []) {
        if (s.label !== step) continue;
        const p = { index: r.index, offset: s.start, record: r, label: step };
        if (!found || (useLast ? before(found, p) : before(p, found))) found = p;
      }
      if (!found && r.analysis?.labels.includes(step)) found = { index: r.index, offset: 0, record: r, label: step };
    }
    const actions = c.stepActions[step];
    if (actions) {
      for (const r of ctx.state.log) {
        if (r.index <= sinceIndex) continue;
        if (c.customerRef && r.customerRef !== c.customerRef) continue;
        if (!anyMatches(actions, r)) continue;
        const p = { index: r.index, offset: -1, record: r, label: step };
        if (!found || (useLast ? before(found, p) : before(p, found))) found = p;
      }
    }
    return found;
  });
  const evidence: Evidence[] = [];
  const seen = new Set<number>();
  for (const p of positions) {
    if (!p || seen.has(p.record.index)) continue;
    seen.add(p.record.index);
    evidence.push(actionEvidence(ctx, p.record));
  }
  for (const e of evidence) if (e.spans) e.spans = e.spans.filter((s) => c.steps.includes(s.label));
  const present = positions.map((p, i) => ({ p, step: c.steps[i]! })).filter((x) => x.p !== null) as { p: Pos; step: string }[];
  const missingSteps = c.steps.filter((_, i) => positions[i] === null);
  for (let i = 1; i < present.length; i++) {
    const prev = present[i - 1]!;
    const cur = present[i]!;
    if (!before(prev.p, cur.p)) {
      return result(
        c,
        "not_met",
        `Out of order: ${labelName(cur.step)} (${where(cur.p)}) came before ${labelName(prev.step)} (${where(prev.p)}). The expected order is ${c.steps.map(labelName).join(" → ")}.`,
        evidence,
      );
    }
  }
  if (missingSteps.length === 0) {
    return result(c, "met", `All steps in order: ${c.steps.map(labelName).join(" → ")}.`, evidence);
  }
  if (present.length >= 2) {
    return result(c, "partly", `In order, but missing: ${missingSteps.map(labelName).join(", ")}.`, evidence);
  }
  return result(c, "not_met", `Missing: ${missingSteps.join(", ")}.`, evidence);
}

function where(p: Pos): string {
  const r = p.record;
  return r.action.type === "send_message" ? `in message ${r.messageNumber}` : `when you ${ACTION_LABELS[r.action.type].toLowerCase()}`;
}

function labelName(label: string): string {
  return (LABEL_NAMES as Record<string, string>)[label] ?? label;
}

function evalAction(ctx: Ctx, c: Extract<Criterion, { kind: "action" }>): CriterionResult {
  const hits = ctx.state.log.filter((r) => anyMatches(c.match, r));
  if (hits.length >= c.minCount) {
    return result(c, "met", `${hits.length} matching action${hits.length === 1 ? "" : "s"}.`, hits.slice(0, 3).map((r) => actionEvidence(ctx, r)));
  }
  if (hits.length > 0) {
    return result(c, "partly", `${hits.length} of the ${c.minCount} expected.`, hits.map((r) => actionEvidence(ctx, r)));
  }
  if (c.partly) {
    const partlyMatch = c.partly.match;
    const p = ctx.state.log.filter((r) => anyMatches(partlyMatch, r));
    if (p.length > 0) return result(c, "partly", "Partly: a related action, but not the one expected.", p.slice(0, 3).map((r) => actionEvidence(ctx, r)));
  }
  // Show the nearest miss: an action of the same type, if there is one.
  const types = new Set(c.match.flatMap((m) => m.action ?? []));
  const near = ctx.state.log.filter((r) => types.has(r.action.type)).slice(0, 3);
  return result(
    c,
    "not_met",
    near.length ? "Actions of that kind were taken, but none met the conditions." : "No such action was taken.",
    near.map((r) => actionEvidence(ctx, r, "Not enough")),
  );
}

function evalAbsence(ctx: Ctx, c: Extract<Criterion, { kind: "absence" }>): CriterionResult {
  const hits = ctx.state.log.filter((r) => anyMatches(c.match, r));
  if (hits.length === 0) {
    return result(c, "met", `None of the ${ctx.state.log.length} action(s) did this.`, []);
  }
  const labels = c.match.flatMap((m) => labelsIn(m));
  return result(
    c,
    "not_met",
    `${hits.length} action${hits.length === 1 ? "" : "s"} did this.`,
    hits.slice(0, 5).map((r) =>
      r.action.type === "send_message" ? messageEvidence(ctx, r, labels.length ? labels : undefined) : actionEvidence(ctx, r),
    ),
  );
}

function evalResponseTime(ctx: Ctx, c: Extract<Criterion, { kind: "response_time" }>): CriterionResult {
  const standard = c.withinMinutes ?? ctx.scenario.clock.serviceStandardMinutes;
  const partlyWithin = c.partlyWithinMinutes ?? standard * 2;
  const contact = ctx.scenario.contacts.find((k) => k.customerRef === c.customerRef);
  const arrived = Math.min(...(contact?.opening.map((m) => m.atMinute) ?? [0]));
  const first = ctx.messagesTo(c.customerRef)[0];
  const who = ctx.name(c.customerRef);
  if (!first) {
    return result(c, "not_met", `${who} never got a reply (service standard: ${standard} minutes).`, [
      { seq: null, simMinute: null, clock: null, kind: "timing", summary: `Customer's message arrived at ${ctx.clock(arrived)}; no reply was sent.` },
    ]);
  }
  const delay = first.simMinute - arrived;
  const ev = messageEvidence(ctx, first, undefined, `First reply, ${delay} minutes after the customer's message at ${ctx.clock(arrived)}`);
  ev.kind = "timing";
  const detail = `First reply at ${ctx.clock(first.simMinute)}, ${delay} minutes after the message arrived at ${ctx.clock(arrived)} (standard: within ${standard} minutes).`;
  if (delay <= standard) return result(c, "met", detail, [ev]);
  if (delay <= partlyWithin) return result(c, "partly", detail, [ev]);
  return result(c, "not_met", detail, [ev]);
}

type CheckOutcome = { status: "pass" | "partial" | "fail"; detail: string; evidence: Evidence[] };

function stateEvidence(summary: string): Evidence {
  return { seq: null, simMinute: null, clock: null, kind: "state", summary };
}

function evalCheck(ctx: Ctx, k: StateCheck): CheckOutcome {
  const s = ctx.state;
  const who = ctx.name(k.customerRef);
  switch (k.check) {
    case "case": {
      const cases = Object.values(s.cases).filter(
        (x) => x.customerRef === k.customerRef && (!k.orderRef || x.orderRef === k.orderRef),
      );
      const good = cases.find(
        (x) =>
          (!k.category || k.category.includes(x.category)) &&
          k.status.includes(x.status) &&
          (!k.requireResolution || (x.resolution ?? "").trim().length > 0),
      );
      const describe = (x: (typeof cases)[number]) =>
        `Case ${x.ref}: ${x.category.replace(/_/g, " ")}, ${x.status.replace(/_/g, " ")}${x.orderRef ? `, order ${x.orderRef}` : ""}${
          x.resolution ? `; resolution: "${x.resolution}"` : "; no resolution recorded"
        }`;
      if (good) return { status: "pass", detail: describe(good), evidence: [stateEvidence(describe(good))] };
      const learnerCases = cases.filter((x) => x.openedByLearner);
      if (learnerCases.length) {
        const x = learnerCases[0]!;
        const wrong: string[] = [];
        if (k.category && !k.category.includes(x.category)) wrong.push(`category should be ${k.category.join(" or ").replace(/_/g, " ")}`);
        if (!k.status.includes(x.status)) wrong.push(`status should be ${k.status.join(" or ").replace(/_/g, " ")}`);
        if (k.requireResolution && !(x.resolution ?? "").trim()) wrong.push("no resolution recorded");
        return { status: "partial", detail: `${describe(x)} (${wrong.join("; ")})`, evidence: [stateEvidence(describe(x))] };
      }
      return { status: "fail", detail: `No case was opened for ${who}${k.orderRef ? ` about ${k.orderRef}` : ""}.`, evidence: [] };
    }
    case "task": {
      const tasks = s.tasks.filter((t) => t.customerRef === k.customerRef);
      const titleOk = (t: (typeof tasks)[number]) =>
        !k.titleAny || k.titleAny.some((w) => t.title.toLowerCase().includes(w.toLowerCase()));
      const inWindow = (t: (typeof tasks)[number]) =>
        (k.dueInDays?.min === undefined || t.dueInDays >= k.dueInDays.min) && (k.dueInDays?.max === undefined || t.dueInDays <= k.dueInDays.max);
      const good = tasks.find((t) => titleOk(t) && inWindow(t));
      const desc = (t: (typeof tasks)[number]) => `Task "${t.title}" for ${who}, due in ${t.dueInDays} day${t.dueInDays === 1 ? "" : "s"}`;
      if (good) return { status: "pass", detail: desc(good), evidence: [stateEvidence(desc(good))] };
      if (tasks.length) {
        const t = tasks[0]!;
        const range =
          k.dueInDays?.min !== undefined && k.dueInDays?.max !== undefined
            ? `${k.dueInDays.min}–${k.dueInDays.max} days`
            : k.dueInDays?.max !== undefined
              ? `within ${k.dueInDays.max} days`
              : `after at least ${k.dueInDays?.min ?? 0} days`;
        return { status: "partial", detail: `${desc(t)} (expected a suitable follow-up due ${range})`, evidence: [stateEvidence(desc(t))] };
      }
      return { status: "fail", detail: `No follow-up task was created for ${who}.`, evidence: [] };
    }
    case "consent": {
      const current = s.customers[k.customerRef]?.consents[k.channel];
      const granted = current?.granted ?? false;
      const recordedBy = s.log.filter(
        (r) => r.customerRef === k.customerRef && r.action.type === "update_consent" && r.action.channel === k.channel,
      );
      const desc = `${who}'s ${k.channel} marketing consent is now ${granted ? "granted" : "not granted"}${
        current ? ` (recorded as: "${current.method}")` : ""
      }`;
      const ev = recordedBy.length ? recordedBy.map((r) => actionEvidence(ctx, r)) : [stateEvidence(desc)];
      if (granted === k.granted && (!k.recorded || recordedBy.length > 0)) return { status: "pass", detail: desc, evidence: ev };
      if (granted === k.granted) return { status: "partial", detail: `${desc}, but the customer's choice was not recorded.`, evidence: ev };
      return { status: "fail", detail: `${desc}; it should be ${k.granted ? "granted" : "not granted"}.`, evidence: ev };
    }
    case "stage": {
      const stage = s.customers[k.customerRef]?.lifecycleStage;
      const desc = `${who} is at the ${stage} stage`;
      return k.stage.includes(stage!)
        ? { status: "pass", detail: desc, evidence: [stateEvidence(desc)] }
        : { status: "fail", detail: `${desc} (expected ${k.stage.join(" or ")}).`, evidence: [stateEvidence(desc)] };
    }
    case "preferences": {
      const c = s.customers[k.customerRef];
      const channelOk = !k.preferredChannel || c?.preferredChannel === k.preferredChannel;
      const notes = (c?.accessibilityNotes ?? "").toLowerCase();
      const notesOk = !k.accessibilityNotesAny || k.accessibilityNotesAny.some((w) => notes.includes(w.toLowerCase()));
      const desc = `${who}: preferred channel ${c?.preferredChannel}; accessibility notes: ${c?.accessibilityNotes ? `"${c.accessibilityNotes}"` : "none"}`;
      const status = channelOk && notesOk ? "pass" : channelOk || notesOk ? "partial" : "fail";
      return { status, detail: desc, evidence: [stateEvidence(desc)] };
    }
  }
}

function evalFinalState(ctx: Ctx, c: Extract<Criterion, { kind: "final_state" }>): CriterionResult {
  const outcomes = c.checks.map((k) => evalCheck(ctx, k));
  const evidence = outcomes.flatMap((o) => o.evidence);
  const detail = outcomes.map((o) => `${o.status === "pass" ? "✓" : o.status === "partial" ? "~" : "✗"} ${o.detail}`).join(" ");
  if (outcomes.every((o) => o.status === "pass")) return result(c, "met", detail, evidence);
  const some = outcomes.filter((o) => o.status !== "fail").length;
  if (some >= c.partlyMin) return result(c, "partly", detail, evidence);
  return result(c, "not_met", detail, evidence);
}

function evalCustomerSet(ctx: Ctx, c: Extract<Criterion, { kind: "customer_set" }>): CriterionResult {
  const firstHit = new Map<string, ActionRecord>();
  for (const r of ctx.state.log) {
    if (!r.customerRef || firstHit.has(r.customerRef)) continue;
    if (anyMatches(c.match, r)) firstHit.set(r.customerRef, r);
  }
  const covered = c.include.filter((ref) => firstHit.has(ref));
  const missed = c.include.filter((ref) => !firstHit.has(ref));
  const wrong = c.exclude.filter((ref) => firstHit.has(ref));
  const evidence: Evidence[] = [
    ...covered.map((ref) => actionEvidence(ctx, firstHit.get(ref)!)),
    ...wrong.map((ref) => actionEvidence(ctx, firstHit.get(ref)!, "Should not have been included")),
  ];
  const names = (refs: string[]) => refs.map((r) => `${ctx.name(r)} (${r})`).join(", ");
  const parts = [`Covered ${covered.length} of ${c.include.length}.`];
  if (missed.length) parts.push(`Missed: ${names(missed)}.`);
  if (wrong.length) parts.push(`Included but should not have been: ${names(wrong)}.`);
  const detail = parts.join(" ");
  if (missed.length === 0 && wrong.length === 0) return result(c, "met", detail, evidence);
  if (wrong.length === 0 && covered.length / c.include.length >= c.partlyMinCoverage) return result(c, "partly", detail, evidence);
  return result(c, "not_met", detail, evidence);
}

function evalCustomerState(ctx: Ctx, c: Extract<Criterion, { kind: "customer_state" }>): CriterionResult {
  const k = ctx.state.contacts[c.customerRef];
  const mood = k?.mood ?? 0;
  const flags = k?.flags ?? [];
  const desc = `${ctx.name(c.customerRef)} ends ${moodLabel(mood)} (mood ${mood > 0 ? "+" : ""}${mood})${flags.length ? `; ${flags.join(", ")}` : ""}.`;
  const ev: Evidence = { seq: null, simMinute: null, clock: null, kind: "customer", summary: desc };
  const ok = (moodMin: number | undefined, fs: typeof c.flags) => (moodMin === undefined || mood >= moodMin) && flagsMatch(fs, flags);
  if (ok(c.moodMin, c.flags)) return result(c, "met", desc, [ev]);
  if (c.partly && ok(c.partly.moodMin, c.partly.flags)) return result(c, "partly", desc, [ev]);
  return result(c, "not_met", desc, [ev]);
}

// ---------------------------------------------------------------------------- customer outcome

const CSAT_BY_MOOD: Record<number, number> = { [-3]: 1, [-2]: 1, [-1]: 2, 0: 3, 1: 4, 2: 5, 3: 5 };
const NPS_BY_MOOD: Record<number, number> = { [-3]: 0, [-2]: 2, [-1]: 4, 0: 6, 1: 7, 2: 8, 3: 9 };

function defaultQuote(mood: number): string {
  if (mood <= -2) return "I'm not happy at all with how this was handled, and I'll be telling people.";
  if (mood === -1) return "It still isn't right. I'll think twice before ordering again.";
  if (mood === 0) return "It's fine, I suppose. Nothing special.";
  if (mood === 1) return "That was OK — thanks for sorting it.";
  if (mood === 2) return "Good service, thank you. I'm happy with that.";
  return "Brilliant — they really looked after me. I'd recommend them.";
}

export function customerOutcome(scenario: Scenario, state: AttemptState, def: Contact): CustomerOutcome {
  const k = state.contacts[def.customerRef];
  const c = state.customers[def.customerRef];
  const mood = k?.mood ?? def.initialMood;
  const flags = k?.flags ?? [];
  const loyal = def.loyaltyFlags.some((f) => flags.includes(f));
  const churnFlagged = def.churnFlags.some((f) => flags.includes(f));
  const csat = CSAT_BY_MOOD[mood] ?? 3;
  const nps = Math.min(10, Math.max(0, (NPS_BY_MOOD[mood] ?? 6) + (loyal ? 1 : 0) - (churnFlagged ? 2 : 0)));
  const npsCategory = nps >= 9 ? "promoter" : nps >= 7 ? "passive" : "detractor";
  const churnRisk = churnFlagged || mood <= -1 ? "high" : mood >= 3 || (mood === 2 && loyal) ? "low" : "medium";
  const quote =
    def.outcomeQuotes.find(
      (q) =>
        (q.when.moodMin === undefined || mood >= q.when.moodMin) &&
        (q.when.moodMax === undefined || mood <= q.when.moodMax) &&
        flagsMatch(q.when.flags, flags),
    )?.quote ?? defaultQuote(mood);
  return {
    customerRef: def.customerRef,
    name: c ? `${c.firstName} ${c.lastName}` : def.customerRef,
    mood,
    moodLabel: moodLabel(mood),
    csat,
    nps,
    npsCategory,
    churnRisk,
    quote,
    flags: [...flags],
  };
}

/** Outcomes for the primary customers and every scripted customer the learner contacted. */
function customerOutcomes(scenario: Scenario, state: AttemptState): CustomerOutcome[] {
  const contacted = new Set(state.log.filter((r) => r.action.type === "send_message").map((r) => r.customerRef));
  const shown = scenario.contacts.filter((k) => k.primary || contacted.has(k.customerRef));
  return [...shown.filter((k) => k.primary), ...shown.filter((k) => !k.primary)].map((k) => customerOutcome(scenario, state, k));
}

export function satisfactionNote(outcomes: readonly CustomerOutcome[]): string {
  const general =
    "Satisfaction is not the same as loyalty: a satisfied customer (CSAT 4–5) may still be a passive on NPS and quietly buy elsewhere. Satisfaction is a prerequisite for loyalty, not a guarantee; loyalty shows in repeat purchases and recommendations, and it is built by reliable service, personal follow-up and closing the feedback loop — not by discounts alone.";
  const o = outcomes[0];
  if (!o) return general;
  let specific: string;
  if (o.csat >= 4 && o.npsCategory !== "promoter") {
    specific = `${o.name} would rate this contact ${o.csat}/5 for satisfaction but only ${o.nps}/10 for recommending us (a ${o.npsCategory}): satisfied, not yet loyal. Churn risk: ${o.churnRisk}.`;
  } else if (o.npsCategory === "promoter") {
    specific = `${o.name} rates the contact ${o.csat}/5 and would recommend us (${o.nps}/10, a promoter): a well-handled contact can turn a problem into loyalty. Keep it that way — loyalty is proved over time by repeat business, which is why the follow-up matters.`;
  } else {
    specific = `${o.name} rates the contact ${o.csat}/5 and ${o.nps}/10 for recommending us (a ${o.npsCategory}); churn risk is ${o.churnRisk}. A complaint handled well is a chance to win loyalty — this one has not been won yet.`;
  }
  return `${specific} ${general}`;
}
