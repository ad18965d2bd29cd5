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
import type { AttemptState, StoredEvent } from "./engine-types";
import { evaluate } from "./criteria";
import { Ctx, pointsFor, type CriterionResult, type CriterionStatus } from "./criterion-evidence";
import { distinctBreaches, separateFailings } from "./breach-families";
import { isGate } from "./gates";
import { customerOutcomes, satisfactionNote, type CustomerOutcome } from "./customer-outcome";
import { formatSimClock, initialState } from "./attempt-state";
import { replayInto } from "./runtime";
import { remediesNeverTold } from "./remedy-told";
import { inventedApprovals } from "./invented-approval";
import { BANDS, type Band, type Frameworks, type Scenario } from "./scenario-schema";
import { renderText } from "./text-templates";

export type { CriterionResult, CriterionStatus, Evidence } from "./criterion-evidence";
export { customerOutcome, satisfactionNote, type CustomerOutcome } from "./customer-outcome";

export const BAND_THRESHOLDS: readonly { band: Band; minPercent: number }[] = [
  { band: "Distinction", minPercent: 80 },
  { band: "Merit", minPercent: 65 },
  { band: "Pass", minPercent: 50 },
  { band: "Fail", minPercent: 0 },
];

export type FrameworkTotal = {
  framework: string;
  tag: string;
  points: number;
  maxPoints: number;
  gates?: number;
  gatesFailed?: number;
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
  /** Why the band is lower than the total alone would give (several failed gates, a missing core outcome). */
  bandNotes: string[];
  /** The scenario's core outcomes: a Distinction needs every one met. */
  coreCriteria: string[];
  /** Answers awaiting the tutor's mark (left out of the total and band until marked). */
  awaitingTutor: string[];
  customerOutcomes: CustomerOutcome[];
  /** The seeds' point: satisfaction is not the same as loyalty, applied to this attempt. */
  satisfactionNote: string;
  /**
   * Points per framework tag, for debriefs (e.g. LASS: apologise 8/10). A tag's gates (criteria worth
   * no points that cap the band, e.g. confidentiality) are counted apart, since they add no points;
   * absent in reports stored before gates were counted.
   */
  frameworkSummary: FrameworkTotal[];
  stats: { actions: number; messages: number; simMinutes: number; endClock: string };
  /**
   * Every message the learner sent a customer was mostly stock phrases with little of the case in it
   * (case-evidence.ts `stuffed`): the band is then a Pass at most. Absent in older stored reports.
   */
  formulaOnlyReplies?: boolean;
  /**
   * Messages that addressed a customer by a name not theirs (the analyser's `wrong_name`), each as "message 1
   * called Priya Shah “Sarah”": a Distinction is then out of reach. Absent when there were none.
   */
  wrongNames?: string[];
  /**
   * Remedies issued to a customer the learner wrote to that no message told them about, each as "a refund of
   * £44.99 for Priya Shah" (remedy-told.ts): a Distinction is then out of reach. Absent when there were none.
   */
  remediesNotTold?: string[];
  /**
   * Approvals claimed with nothing sent to the decider before the claim (invented-approval.ts), each naming the
   * claim and where it was said: the band is then a Pass at most. Absent when there were none.
   */
  inventedApprovals?: string[];
  modelAnswer: Scenario["modelAnswer"];
  /** Replay problems (e.g. the scenario changed after the attempt was made). */
  warnings: string[];
};

/**
 * The start scoring replays use when the caller gives none. Most criteria depend only on simulated
 * minutes and days; a calendar rule (a subject access deadline of one calendar month, which is 28 to
 * 33 days depending on the month and the bank holidays) needs the attempt's real start, so callers
 * that have it pass it.
 */
const SCORING_EPOCH = new Date("2026-01-15T09:00:00Z");

// ------------------------------------------------------------------------------------- scoring

/** Scores an attempt from its stored events (any order; sorted by seq), replayed from `startAt`. */
export function scoreAttempt(
  scenario: Scenario,
  events: readonly StoredEvent[],
  startAt: Date = SCORING_EPOCH,
): AttemptReport {
  const state = initialState(scenario, startAt); // cached per scenario and start, then cloned
  replayInto(scenario, state, events, true);
  return scoreState(scenario, state);
}

/** Scores an engine state directly (e.g. straight after a playthrough). */
export function scoreState(scenario: Scenario, state: AttemptState): AttemptReport {
  const ctx = new Ctx(scenario, state);
  // Feedback and the model answer may name the attempt's own months and figures ({{month -1}}).
  const origin = new Date(state.origin);
  const render = (t: string) => renderText(scenario, t, origin);
  const criteria = scenario.rubric.map((c) => {
    const r = evaluate(ctx, c);
    return { ...r, title: render(r.title), feedback: render(r.feedback) };
  });
  const outcomes = customerOutcomes(scenario, state);
  const messages = state.log.filter((r) => r.action.type === "send_message").length;
  const readReplies = state.log.filter((r) => r.action.type === "send_message" && r.reading);
  const formulaOnlyReplies = readReplies.length > 0 && readReplies.every((r) => r.reading!.stuffed);
  const wrongNames = state.log.flatMap((r) => {
    if (r.action.type !== "send_message") return [];
    const called = (r.analysis?.spans ?? []).find((s) => s.label === "wrong_name");
    return called ? [`${ctx.said(r, true)} called ${ctx.name(r.customerRef)} “${called.text.trim()}”`] : [];
  });
  const remediesNotTold = remediesNeverTold(state.log).map((x) => `${x.what} for ${ctx.name(x.ref)}`);
  const invented = inventedApprovals(scenario, state.log).map(
    (x) =>
      `${describeWhere(ctx, x.record)} said "${x.sentence}", but nothing in the attempt went to ${x.deciders.join(" or ")} (no escalation, no message)`,
  );
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
    bandNotes: [],
    coreCriteria: [...scenario.coreCriteria],
    awaitingTutor: [],
    customerOutcomes: outcomes,
    satisfactionNote: satisfactionNote(outcomes),
    frameworkSummary: [],
    stats: {
      actions: state.log.length,
      messages,
      simMinutes: state.minute,
      endClock: formatSimClock(scenario, state.minute),
    },
    modelAnswer: {
      summary: render(scenario.modelAnswer.summary),
      steps: scenario.modelAnswer.steps.map(render),
      teachingNotes: render(scenario.modelAnswer.teachingNotes),
    },
    warnings: [...state.warnings],
    ...(formulaOnlyReplies ? { formulaOnlyReplies } : {}),
    ...(wrongNames.length ? { wrongNames } : {}),
    ...(remediesNotTold.length ? { remediesNotTold } : {}),
    ...(invented.length ? { inventedApprovals: invented } : {}),
  };
  return finalise(report);
}

/** Where an approval was claimed: "message 1 to Aisha Bello", "your message to Dev Malik", "a note". */
function describeWhere(ctx: Ctx, r: AttemptState["log"][number]): string {
  if (r.action.type === "send_message") return ctx.said(r);
  if (r.action.type === "message_person" || r.action.type === "escalate") {
    const who = ctx.scenario.people.find((p) => p.ref === r.personRef)?.name ?? "a colleague";
    return `your ${r.action.type === "escalate" ? "escalation" : "message"} to ${who}`;
  }
  return `your ${r.action.type.replace(/_/g, " ").replace(/^add /, "")}`;
}

const capitalised = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

export function bandFor(percent: number): Band {
  for (const t of BAND_THRESHOLDS) if (percent >= t.minPercent) return t.band;
  return "Fail";
}

/** Recomputes points, total, band and framework summary from the criteria's statuses. */
function finalise(report: AttemptReport): AttemptReport {
  let total = 0;
  let max = 0;
  const fw = new Map<string, Required<FrameworkTotal>>();
  // An answer awaiting the tutor counts for nothing either way until it is marked.
  const awaiting = report.criteria.filter((c) => c.awaitingTutor);
  const marked = report.criteria.filter((c) => !c.awaitingTutor);
  for (const c of awaiting) c.points = 0;
  for (const c of marked) {
    c.points = pointsFor(c.status, c.weight);
    total += c.points;
    max += c.weight;
    for (const [framework, tag] of frameworkTags(c.frameworks)) {
      const key = `${framework}:${tag}`;
      const entry = fw.get(key) ?? { framework, tag, points: 0, maxPoints: 0, gates: 0, gatesFailed: 0 };
      entry.points += c.points;
      entry.maxPoints += c.weight;
      if (isGate(c)) {
        entry.gates += 1;
        if (c.status === "not_met") entry.gatesFailed += 1;
      }
      fw.set(key, entry);
    }
  }
  const percent = max > 0 ? Math.round((total / max) * 100) : 0;
  const uncapped = bandFor(percent);
  let band = uncapped;
  const cappedBy: AttemptReport["bandCappedBy"] = [];
  const bandNotes: string[] = [];
  const lower = (cap: Band) => BANDS.indexOf(cap) < BANDS.indexOf(band);
  const failedGates = marked.filter((c) => c.status === "not_met" && c.capBandIfNotMet);
  for (const c of failedGates) {
    if (lower(c.capBandIfNotMet!)) band = c.capBandIfNotMet!;
    if (BANDS.indexOf(c.capBandIfNotMet!) < BANDS.indexOf(uncapped))
      cappedBy.push({ criterionId: c.id, cap: c.capBandIfNotMet! });
  }
  // Several failed gates are not one slip: three or more must-haves missed give a Fail. A must-have
  // caps at Pass or lower; a cap at Merit (telling the customer something untrue) keeps a Distinction
  // out of reach but is not a must-have, so it does not count towards the Fail.
  // A gate worth no points that was never put to the test ("Nothing to credit": no message to that
  // customer, so nothing could breach it) caps the band like any other, but is no must-have the
  // learner broke: counting it would make every new message gate a step towards a Fail for attempts
  // that never wrote (red-team round 14 A).
  const mustHaves = failedGates.filter(
    (c) => BANDS.indexOf(c.capBandIfNotMet!) <= BANDS.indexOf("Pass") && !(c.weight === 0 && c.notAttempted),
  );
  // Failings that together give a Fail: the band falls, each criterion is named once among the caps,
  // and the note says why.
  const failWith = (criteria: readonly AttemptReport["criteria"][number][], note: string) => {
    band = "Fail";
    for (const c of criteria)
      if (!cappedBy.some((x) => x.criterionId === c.id))
        cappedBy.push({ criterionId: c.id, cap: c.capBandIfNotMet! });
    bandNotes.push(note);
  };
  // One act read by several must-haves of one family counts once (breach-families.ts separateFailings).
  if (separateFailings(mustHaves).length >= 3 && band !== "Fail")
    failWith(
      mustHaves,
      `${mustHaves.length} must-have criteria were not met (${mustHaves.map((c) => c.title).join("; ")}): together they give a Fail.`,
    );
  // Two breaches of different kinds (two laws, or the law and respect) are two separate failings, not
  // one slip (issue 8, "two capped breaches still pass"); one act that fails two criteria of the same
  // kind stays one breach (breach-families.ts).
  const breaches = distinctBreaches(mustHaves);
  if (breaches.length >= 2 && band !== "Fail")
    failWith(
      breaches.flatMap((b) => b.criteria),
      `Two separate breaches, each of which caps the band at a Pass: ${breaches
        .map((b) => `${b.family} (${b.criteria.map((c) => c.title).join("; ")})`)
        .join(
          " and ",
        )}. Together they give a Fail: a Pass certifies that you kept to the law and treated the customer with respect.`,
    );
  // Stock phrases in every reply and the right clicks is not customer service: whatever the clicks
  // earn, a learner who never wrote to a customer about their case cannot pass beyond a Pass (issue 8:
  // "a reply that is a list of stock phrases plus the right clicks" must not reach Merit or above).
  // A tutor who credits a reply (overrides a message criterion to met) has read it as a real reply:
  // their judgement stands over the engine's reading.
  const tutorCreditedAReply = report.criteria.some(
    (c) => c.override && c.kind === "message" && c.status === "met",
  );
  if (report.formulaOnlyReplies && !tutorCreditedAReply && lower("Pass")) {
    band = "Pass";
    bandNotes.push(
      "Every message you sent a customer was mostly stock phrases (sorry, I understand, thank you) with little about their actual case, so the band is a Pass at most: the right clicks cannot make up for never really writing to the customer.",
    );
  }
  // Stock phrases in every reply and a must-have missed as well (no lawful remedy, a breach) are two
  // failings, as two breaches are: the customer got neither a real reply nor what the case needed
  // (independent tutor 16, session 50: commitment phrases on a repeat-fault call, no options and no
  // remedy, ran Pass 51%).
  if (report.formulaOnlyReplies && !tutorCreditedAReply && mustHaves.length > 0 && band !== "Fail")
    failWith(
      mustHaves,
      `Every message you sent a customer was mostly stock phrases, and a must-have was not met as well (${mustHaves.map((c) => c.title).join("; ")}): together they give a Fail, as the customer got neither a real reply nor what the case needed.`,
    );
  // Calling a customer by someone else's name tells them they are one of a batch: whatever else the
  // reply does, it is not the personal service a Distinction rewards (the lead's mutation check, 5
  // December: "Dear Sarah" to Priya in the model answer kept 100% Distinction in six scenarios).
  if (report.wrongNames?.length && lower("Merit")) {
    band = "Merit";
    bandNotes.push(
      `${capitalised(report.wrongNames.join("; "))}: a customer called by someone else's name reads the reply as a mail-merge, so the band is a Merit at most.`,
    );
  }
  // A fix done on the system that nobody told the customer about is half of Solve: they are left to find
  // out from their bank or the doorstep (the lead's mutation check, 5 December).
  if (report.remediesNotTold?.length && lower("Merit")) {
    band = "Merit";
    bandNotes.push(
      `You issued ${report.remediesNotTold.join("; ")}, but no message told them: Solve means telling the customer what you have done, so the band is a Merit at most.`,
    );
  }
  // An approval made up and passed on as fact (ANSWER-redA-s42 item 2): a colleague acts on it and the
  // customer relies on it, whatever else the attempt earns.
  // The reason is shown even when the band is already no higher (both pieces of evidence, the lead's decision).
  if (report.inventedApprovals?.length) {
    if (lower("Pass")) band = "Pass";
    bandNotes.push(
      `${capitalised(report.inventedApprovals.join("; "))}: an approval nobody was asked for, passed on as fact, so the band is a Pass at most.`,
    );
  }
  // The scenario's core outcomes: a Distinction needs every one met, a Merit all but one, and a
  // Pass at least half of them met at least in part.
  const core = marked.filter((c) => report.coreCriteria.includes(c.id));
  const missed = core.filter((c) => c.status !== "met");
  const reached = core.filter((c) => c.status !== "not_met").length;
  const coreCap: Band | null =
    core.length > 0 && reached * 2 < core.length
      ? "Fail"
      : missed.length >= 2
        ? "Pass"
        : missed.length === 1
          ? "Merit"
          : null;
  if (coreCap && lower(coreCap)) {
    band = coreCap;
    for (const c of missed)
      if (!cappedBy.some((x) => x.criterionId === c.id)) cappedBy.push({ criterionId: c.id, cap: coreCap });
    const titles = missed.map((c) => c.title).join("; ");
    bandNotes.push(
      coreCap === "Fail"
        ? `A Pass needs at least half of this scenario's core outcomes; only ${reached} of ${core.length} were reached (not met: ${core
            .filter((c) => c.status === "not_met")
            .map((c) => c.title)
            .join("; ")}).`
        : coreCap === "Pass"
          ? `A Merit needs all but one of this scenario's core outcomes; ${missed.length} were not fully met: ${titles}.`
          : `A Distinction needs every core outcome of this scenario; not fully met: ${titles}.`,
    );
  }
  if (awaiting.length)
    bandNotes.push(
      `Provisional: ${awaiting.length} answer${awaiting.length === 1 ? " is" : "s are"} awaiting the tutor's mark (${awaiting
        .map((c) => c.title)
        .join("; ")}), so the total and band may change.`,
    );
  return {
    ...report,
    awaitingTutor: awaiting.map((c) => c.id),
    totalPoints: round1(total),
    maxPoints: round1(max),
    totalPercent: percent,
    band,
    uncappedBand: uncapped,
    bandCappedBy: cappedBy,
    bandNotes,
    frameworkSummary: [...fw.values()].map((e) => ({
      ...e,
      points: round1(e.points),
      maxPoints: round1(e.maxPoints),
    })),
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function frameworkTags(f: Frameworks): [string, string][] {
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
    const { awaitingTutor: _marked, ...rest } = c;
    return {
      ...rest,
      originalStatus: c.originalStatus ?? c.status,
      status: o.newStatus,
      override: { newStatus: o.newStatus, comment: o.comment },
    };
  });
  return finalise({ ...report, criteria });
}
