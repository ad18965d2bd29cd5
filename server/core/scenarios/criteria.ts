/**
 * One evaluator per criterion kind (see README "Criterion kinds"): each reads the engine's record of
 * learner actions and the final CRM state, and returns a status with evidence and feedback.
 */
import { isOnlyKeywords } from "./case-evidence";
import type { ActionRecord } from "./engine-types";
import { ACTION_LABELS } from "./learner-actions";
import {
  evalConfidentiality,
  evalConsistency,
  evalPlainEnglish,
  evalRespect,
  evalUnneededActions,
} from "./judgement-criteria";
import { LASS_STEPS, isLassStep, type StepHit, type StepReading } from "./lass-steps";
import { anyMatches, actionMatches, flagsMatch, type MatchOptions, saysNothing } from "./matching";
import { moodLabel } from "./attempt-state";
import { MINUTE_MS, parseTimeOfDay, ukDate } from "./dates";
import {
  CORRECTION,
  callAnnounced,
  callInvited,
  callOffered,
  findPromises,
  type PromiseKind,
  promisedCall,
} from "./promises";
import { wrongFigures } from "./figures";
import { refundDelaysTold } from "./refund-timing";
import { readableText } from "./learner-spelling";
import { matchReasons } from "./match-reasons";
import { evalBefore, evalTutorMarked } from "./people-criteria";
import type { Criterion, CriterionMatch, StateCheck } from "./scenario-schema";
import {
  type Ctx,
  type CriterionResult,
  type Evidence,
  actionEvidence,
  describeAction,
  labelName,
  labelsIn,
  messageEvidence,
  nothingToCreditResult,
  result,
  stateEvidence,
} from "./criterion-evidence";

export function evaluate(ctx: Ctx, c: Criterion): CriterionResult {
  switch (c.kind) {
    case "message":
      return withWrongAnswerCap(ctx, c, evalMessage(ctx, c));
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
    case "respect":
      return evalRespect(ctx, c);
    case "consistency":
      return evalConsistency(ctx, c);
    case "confidentiality":
      return evalConfidentiality(ctx, c);
    case "plain_english":
      return evalPlainEnglish(ctx, c);
    case "unneeded_actions":
      return evalUnneededActions(ctx, c);
    case "before":
      return evalBefore(ctx, c);
    case "tutor_marked":
      return evalTutorMarked(ctx, c);
  }
}

/**
 * A question the criterion asks, answered wrongly and left standing (no later message to the customer
 * corrects it in so many words or answers it rightly): with `capIfAnsweredWrongly` the criterion is not
 * met and caps the band. Telling Ravi "you're still within the 30 days" tells him his rights wrongly,
 * which three independent tutors (session 50: t12, t14, t15) marked a Pass at most, however generous
 * the refund that followed. A met criterion (a wrong answer corrected) is left as it is.
 */
function withWrongAnswerCap(
  ctx: Ctx,
  c: Extract<Criterion, { kind: "message" }>,
  r: CriterionResult,
): CriterionResult {
  if (!c.capIfAnsweredWrongly || r.status === "met") return r;
  const asked = askedIn(c.match);
  const saying = c.capIfAnsweredWrongly.saying?.map((x) => x.toLowerCase());
  const msgs = ctx.messagesTo(c.customerRef);
  for (const m of msgs) {
    const w = m.reading?.wrongAnswers.find(
      (x) => asked.includes(x.id) && (!saying || saying.some((word) => x.text.toLowerCase().includes(word))),
    );
    if (!w) continue;
    const takenBack = msgs.some(
      (x) =>
        x.index > m.index &&
        (correctsTheLast(x) || x.reading?.hits.some((h) => h.kind === "answers" && h.id === w.id)),
    );
    if (takenBack) continue;
    const told = result(
      c,
      "not_met",
      `${cap(ctx.said(m, true))} told ${ctx.name(c.customerRef ?? null)} their rights wrongly ("${w.text}"), and no later message put it right.`,
      [messageEvidence(ctx, m, undefined, `Told wrongly ("${w.text}")`), ...r.evidence],
    );
    return { ...told, capBandIfNotMet: c.capIfAnsweredWrongly.band };
  }
  return r;
}

/** A message that takes back the one before it in so many words ("Sorry, correction: …"; promises.ts CORRECTION). */
const correctsTheLast = (x: ActionRecord) =>
  x.action.type === "send_message" && CORRECTION.test(x.action.text);

type Window = { customerRef?: string; since?: string; from?: string };

/**
 * The first log index a criterion with `since` or `from` reads (inclusive): the action after the one
 * that fired `since`, or the action that fired `from` itself, whichever comes first. Undefined when
 * the criterion reads everything; null when neither point was reached. A learner who reads David's
 * record and answers his reason in the first message has reached the point with that message
 * (retention calibration, session 50: tutor 13's win-back attempts).
 */
function windowStart(ctx: Ctx, c: Window): number | null | undefined {
  if (!c.since && !c.from) return undefined;
  const after = c.since ? ctx.firedAt(c.customerRef, c.since) : null;
  const at = c.from ? ctx.firedAt(c.customerRef, c.from) : null;
  const starts = [after === null ? null : after + 1, at].filter((x): x is number => x !== null);
  return starts.length ? Math.min(...starts) : null;
}

function sinceFilter(ctx: Ctx, c: Window, list: ActionRecord[]): { list: ActionRecord[]; missing: boolean } {
  const start = windowStart(ctx, c);
  if (start === undefined) return { list, missing: false };
  if (start === null) return { list: [], missing: true };
  return { list: list.filter((r) => r.index >= start), missing: false };
}

/**
 * Does this match ask only for what the learner adds in their own words: an answer to the customer's
 * question, or the case's fix? Evidence is never read inside copied words, so when such a match is
 * met in a reply that is mostly the customer's message read back, the answer was still given.
 */
function asksOnlyOwnWords(m: CriterionMatch): boolean {
  const steps = [...(m.lass?.all ?? []), ...(m.lass?.any ?? [])];
  const asks = !!m.answers || (steps.length > 0 && steps.every((s) => s === "solve"));
  return asks && !m.personal && steps.every((s) => s === "solve");
}

/** Why a message that matched can only be partly credited: a pasted wall, stock phrases, or a template. */
function qualityProblem(ctx: Ctx, r: ActionRecord, m?: CriterionMatch): string | null {
  if (r.reading?.buried)
    return `it is a ${r.reading.words}-word wall of text, which a customer will not read (keep replies short and in plain English)`;
  if (r.reading?.telegram)
    return "it is a list of keywords, not sentences written to the customer, so they cannot tell from it what was done or why";
  if (r.reading?.echoed && !(m && asksOnlyOwnWords(m)))
    return "most of it is copied from what you were shown (the customer's own message or the brief), so it restates nothing in your own words and was not written for them";
  if (r.reading?.stuffed) {
    return `it is mostly stock phrases (${r.reading.formulas} of them) with little about this customer's actual case, so it reads as a formula, not a reply`;
  }
  if (ctx.isTemplate(r))
    return "it is a template: nearly the same text was sent more than once, so it was not written for this customer's case";
  return null;
}

/** Message evidence with the spans that earned the LASS steps and the case evidence it engaged with. */
function stepEvidence(ctx: Ctx, r: ActionRecord, labels: readonly string[], note?: string): Evidence {
  const ev = messageEvidence(ctx, r, labels, note);
  const extra = [
    ...LASS_STEPS.filter((s) => labels.includes(s)).flatMap((s) => r.steps?.[s]?.spans ?? []),
    // Case evidence shown under the analyser's names: a restated fact is Listen, the fix and an
    // answer to the customer's question are Solve, their own history is Personalised.
    ...(r.reading?.hits ?? []).map((h) => ({
      label: h.kind === "facts" ? "listen" : h.kind === "history" ? "personalised" : "solve",
      start: h.start,
      end: h.end,
      text: h.text,
    })),
  ];
  if (extra.length) {
    const all = [...(ev.spans ?? []), ...extra];
    const seen = new Set<string>();
    ev.spans = all
      .filter((x) => {
        const k = `${x.label}:${x.start}:${x.end}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      })
      .sort((a, b) => a.start - b.start);
  }
  return ev;
}

function matchLabels(m: CriterionMatch): string[] {
  return [...labelsIn(m), ...(m.lass?.all ?? []), ...(m.lass?.any ?? [])];
}

/** Why the LASS steps a match asks for were only partly reached in this message. */
function partlyWhy(m: CriterionMatch, r: ActionRecord): string {
  const steps = [...(m.lass?.all ?? []), ...(m.lass?.any ?? [])];
  const why = steps
    .map((s) =>
      r.steps?.[s]?.level === "partly" ? `${labelName(s)}: ${r.steps[s]!.why ?? "only partly"}` : null,
    )
    .filter(Boolean);
  return why.join("; ");
}

/** A later message that answers a question this match asks for wrongly, after `hit` answered it. */
function retractedAnswer(
  m: CriterionMatch,
  hit: ActionRecord,
  msgs: readonly ActionRecord[],
): { r: ActionRecord; text: string } | null {
  const asked = m.answers ? [...(m.answers.all ?? []), ...(m.answers.any ?? [])] : [];
  if (asked.length === 0) return null;
  for (const r of msgs) {
    if (r.index <= hit.index) continue;
    if (r.reading?.hits.some((h) => h.kind === "answers" && asked.includes(h.id))) continue;
    const w = r.reading?.wrongAnswers.find((x) => asked.includes(x.id));
    if (w) return { r, text: w.text };
  }
  return null;
}

/**
 * A message that corrects the one before it in so many words ("Sorry Helen, correction: it's one
 * calendar month, so you'll have it by 14 December") amends that message rather than replacing it:
 * read together, the answers the earlier message gave and the correction did not give again still
 * stand beside the correction's own. The answers are combined on a copy of the correction; nothing
 * else about either message changes. Red-team round 10 B (dp-r10-forty-days-corrected: what she will
 * get in one message and, corrected a minute later, by when, decided sar-explained met).
 */
function amendedBy(r: ActionRecord, msgs: readonly ActionRecord[]): ActionRecord {
  if (r.action.type !== "send_message" || !r.reading || !CORRECTION.test(r.action.text)) return r;
  const earlier = msgs.filter((x) => x.index < r.index).at(-1);
  if (!earlier?.reading) return r;
  const own = new Set(r.reading.hits.filter((h) => h.kind === "answers").map((h) => h.id));
  const wrongNow = new Set(r.reading.wrongAnswers.map((w) => w.id));
  const kept = earlier.reading.hits.filter(
    (h) => h.kind === "answers" && !own.has(h.id) && !wrongNow.has(h.id),
  );
  // The LASS steps too: "I've refunded the £11.50" and, a minute later, "Sorry Tom, I sent that too
  // quickly: I should have started by saying how sorry I am…" are one apology and one fix (red-team
  // round 10 A, review-r10-apology-in-second-email). A step the correction has at least as well is its own.
  const steps = { ...r.steps };
  for (const [step, h] of Object.entries(earlier.steps ?? {}) as [keyof StepReading, StepHit][]) {
    const mine = steps[step];
    if (!mine || (mine.level === "partly" && h.level === "met")) steps[step] = h;
  }
  const stepsKept =
    Object.keys(steps).length > Object.keys(r.steps ?? {}).length ||
    Object.entries(steps).some(([k, h]) => h !== r.steps?.[k as keyof StepReading]);
  if (kept.length === 0 && !stepsKept) return r;
  return { ...r, steps, reading: { ...r.reading, hits: [...r.reading.hits, ...kept] } };
}

const askedIn = (m: CriterionMatch) =>
  m.answers ? [...(m.answers.all ?? []), ...(m.answers.any ?? [])] : [];

/** The first message that answers one of the match's questions wrongly, and that wrong answer. */
function firstWrongAnswer(msgs: readonly ActionRecord[], m: CriterionMatch) {
  const asked = askedIn(m);
  for (const r of msgs) {
    const w = r.reading?.wrongAnswers.find((x) => asked.includes(x.id));
    if (w) return { r, w };
  }
  return null;
}

/**
 * Questions `r` answers that an earlier message to the customer had answered wrongly, with no message
 * since (up to `r`) taking it back in so many words. "You're still within the 30 days, so…" and then
 * "I've refunded the full £449.99" tells the customer the outcome, but the wrong rule she was given
 * still stands (red-team round 9 A, repeat-fault-r9-still-within-thirty-days). A correction ("sorry,
 * I got that wrong: it's been more than 30 days…") takes it back.
 */
function standingWrongAnswers(
  m: CriterionMatch,
  r: ActionRecord,
  msgs: readonly ActionRecord[],
): { r: ActionRecord; id: string; text: string }[] {
  const out: { r: ActionRecord; id: string; text: string }[] = [];
  const answered = (r.reading?.hits ?? []).filter((h) => h.kind === "answers").map((h) => h.id);
  for (const id of askedIn(m).filter((q) => answered.includes(q))) {
    let wrong: { r: ActionRecord; id: string; text: string } | null = null;
    for (const x of msgs) {
      if (x.index > r.index) break;
      const w = x.index < r.index ? x.reading?.wrongAnswers.find((y) => y.id === id) : undefined;
      if (w) wrong = { r: x, id, text: w.text };
      else if (wrong && correctsTheLast(x)) wrong = null;
    }
    if (wrong) out.push(wrong);
  }
  return out;
}

/**
 * A hit whose answers rest on a wrong answer given earlier and never taken back: partly, or not met
 * when every answer it gives does (the only reason the customer was given is the wrong one).
 */
function withStandingWrong(
  ctx: Ctx,
  c: Extract<Criterion, { kind: "message" }>,
  r: ActionRecord,
  msgs: readonly ActionRecord[],
  labels: readonly string[],
): CriterionResult | null {
  const standing = standingWrongAnswers(c.match, r, msgs);
  if (standing.length === 0) return null;
  const answered = (r.reading?.hits ?? []).filter(
    (h) => h.kind === "answers" && askedIn(c.match).includes(h.id),
  );
  const all = standing.length >= new Set(answered.map((h) => h.id)).size;
  const quoted = standing.map((w) => `"${w.text}" (${ctx.said(w.r, true)})`).join(" and ");
  return result(
    c,
    all ? "not_met" : "partly",
    `${cap(ctx.said(r, true))} answers it, but the customer had been given a wrong answer, ${quoted}, and nothing took it back${all ? ": the wrong one is the only reason they were given" : ""}.`,
    [
      ...[...new Set(standing.map((w) => w.r))].map((x) =>
        messageEvidence(
          ctx,
          x,
          labels,
          `Answered wrongly ("${standing
            .filter((w) => w.r === x)
            .map((w) => w.text)
            .join('", "')}")`,
        ),
      ),
      stepEvidence(ctx, r, labels),
    ],
  );
}

/**
 * A call is one conversation: what several things a criterion asks for at once ("say what you will do"
 * and "the fix she needs") may be said in different turns of it, as a tutor listening to the call
 * hears them ("I'll put a refund through and make sure it's sorted" … "Done, £449.99 back on your
 * card"). Each label and LASS step the match requires together must be met, strictly, by some phone
 * turn; emails stay one message each, since each is read on its own. The turns that meet them, in
 * order, or null.
 */
function metAcrossTheCall(
  m: CriterionMatch,
  msgs: readonly ActionRecord[],
  opts: MatchOptions,
): ActionRecord[] | null {
  const turns = msgs.filter((r) => r.action.type === "send_message" && r.action.channel === "phone");
  // One part per required label or step; every other condition of the match stays in each part.
  type Labels = NonNullable<CriterionMatch["labels"]>["all"];
  type Steps = NonNullable<CriterionMatch["lass"]>["all"];
  const only = (labels: Labels, steps: Steps): CriterionMatch => ({
    ...m,
    labels: m.labels && { ...m.labels, all: labels },
    lass: m.lass && { ...m.lass, all: steps },
  });
  const parts = [
    ...(m.labels?.all ?? []).map((l) => only([l], [])),
    ...(m.lass?.all ?? []).map((s) => only([], [s])),
  ];
  if (turns.length < 2 || parts.length < 2) return null;
  const found = new Set<ActionRecord>();
  for (const part of parts) {
    const turn = turns.find((r) => actionMatches(part, amendedBy(r, msgs), opts));
    if (!turn) return null;
    found.add(turn);
  }
  return found.size > 1 ? [...found].sort((a, b) => a.index - b.index) : null;
}

/**
 * Each of the questions a match asks to be answered together (`answers.all`), answered by some message
 * (every other condition of the match in each): the messages that answer them, in order, or null.
 */
function answeredAcross(
  m: CriterionMatch,
  msgs: readonly ActionRecord[],
  opts: MatchOptions,
): ActionRecord[] | null {
  const ids = m.answers?.all ?? [];
  if (ids.length < 2) return null;
  const found = new Set<ActionRecord>();
  for (const id of ids) {
    const r = msgs.find((x) => actionMatches({ ...m, answers: { ...m.answers, all: [id] } }, x, opts));
    if (!r) return null;
    found.add(r);
  }
  return [...found].sort((a, b) => a.index - b.index);
}

function evalMessage(ctx: Ctx, c: Extract<Criterion, { kind: "message" }>): CriterionResult {
  const { list: msgs, missing } = sinceFilter(ctx, c, ctx.messagesTo(c.customerRef));
  const who = c.customerRef ? ctx.name(c.customerRef) : "a customer";
  if (missing) {
    return result(
      c,
      "not_met",
      `${who} never reached the point this criterion is about (their "${c.since}" reaction did not happen).`,
      [],
    );
  }
  const strict: MatchOptions = { isTemplate: ctx.isTemplate };
  const loose: MatchOptions = { isTemplate: ctx.isTemplate, lassLevel: "partly" };
  const labels = matchLabels(c.match);
  const window = c.withinFirst ? msgs.filter((r) => readRank(ctx, r) <= c.withinFirst!) : msgs;
  const hit = window.find((r) => actionMatches(c.match, amendedBy(r, msgs), strict));
  if (hit) {
    // An answer taken back: a later message to the same customer answers the same question wrongly
    // ("correction: the beans go out whole, so you'll need a grinder"). The customer's last word is
    // the wrong answer, so the question was not answered (red-team round 5,
    // onboarding-r5-good-then-contradicts).
    const retraction = retractedAnswer(c.match, hit, msgs);
    if (retraction)
      return result(
        c,
        "not_met",
        `${cap(ctx.said(hit, true))} answered it, but ${ctx.said(retraction.r)} took it back with a wrong answer ("${retraction.text}").`,
        [stepEvidence(ctx, hit, labels), stepEvidence(ctx, retraction.r, labels)],
      );
    const standing = withStandingWrong(ctx, c, hit, msgs, labels);
    if (standing) return standing;
    const problem = qualityProblem(ctx, hit, c.match);
    if (problem)
      return result(c, "partly", `${cap(ctx.said(hit, true))} has it, but ${problem}.`, [
        stepEvidence(ctx, hit, labels),
      ]);
    const corrected =
      amendedBy(hit, msgs) !== hit ? msgs.filter((x) => x.index < hit.index).at(-1) : undefined;
    return result(
      c,
      "met",
      `Found in ${ctx.said(hit)}${corrected ? `, read with ${ctx.said(corrected)}, which it corrects` : ""}.`,
      [...(corrected ? [stepEvidence(ctx, corrected, labels)] : []), stepEvidence(ctx, hit, labels)],
    );
  }
  const acrossCall = c.withinFirst ? null : metAcrossTheCall(c.match, msgs, strict);
  if (acrossCall) {
    const problem = acrossCall.map((r) => qualityProblem(ctx, r, c.match)).find(Boolean);
    const turns = acrossCall.map((r) => ctx.said(r, true)).join(" and ");
    return result(
      c,
      problem ? "partly" : "met",
      problem
        ? `Across the call (${turns}), but ${problem}.`
        : `Found across the call: ${turns} together (a call is one conversation).`,
      acrossCall.map((r) => stepEvidence(ctx, r, labels)),
    );
  }
  if (c.withinFirst) {
    const late = msgs.find((r) => actionMatches(c.match, r, strict));
    // Every question answered, but not all in the window: one in the first reply, another in a later
    // message ("Sorry, I forgot your second question…"). Resolved, though not at first contact.
    const spread = late ? null : answeredAcross(c.match, msgs, strict);
    if (spread) {
      const said = spread.map((r) => ctx.said(r, true)).join(" and ");
      return result(
        c,
        "partly",
        `Every question answered across ${said}, but not all within the first ${c.withinFirst === 1 ? "message" : `${c.withinFirst} messages`}.`,
        spread.map((r) => stepEvidence(ctx, r, labels)),
      );
    }
    if (late) {
      return result(
        c,
        "partly",
        `Found in ${ctx.said(late, true)}, but not within the first ${c.withinFirst === 1 ? "message" : `${c.withinFirst} messages`}.`,
        [stepEvidence(ctx, late, labels)],
      );
    }
  }
  if (c.match.lass) {
    const near = msgs.find((r) => actionMatches(c.match, r, loose));
    if (near)
      return result(c, "partly", `Partly, in ${ctx.said(near, true)}: ${partlyWhy(c.match, near)}.`, [
        stepEvidence(ctx, near, labels),
      ]);
  }
  if (c.partly?.match) {
    const partlyMatch = c.partly.match;
    const p = msgs.find((r) => actionMatches(partlyMatch, r, loose));
    if (p) {
      const standing = withStandingWrong(ctx, c, p, msgs, matchLabels(partlyMatch));
      if (standing?.status === "not_met") return standing;
      // A question answered wrongly beside the one answered: show the words ("still within the 30").
      const { r: wrong, w } = firstWrongAnswer(msgs, c.match) ?? {};
      return result(
        c,
        "partly",
        `Partly: ${ctx.said(p, true)} goes some of the way.${w ? ` ${cap(ctx.said(wrong!, true))} answered a question wrongly for this customer ("${w.text}").` : ""}`,
        [
          ...(wrong && wrong !== p
            ? [messageEvidence(ctx, wrong, undefined, `Answered wrongly ("${w!.text}")`)]
            : []),
          stepEvidence(ctx, p, matchLabels(partlyMatch)),
        ],
      );
    }
  }
  const shown = window[0] ?? msgs[0];
  const misdirected = ctx.misdirectedNote(c.customerRef ? [c.customerRef] : undefined);
  // A question answered wrongly ("fine" for a cafetière) was not answered: say so.
  const wrong = firstWrongAnswer(msgs, c.match)?.w;
  const wrongly = wrong ? ` It answered the question wrongly for this customer ("${wrong.text}").` : "";
  return result(
    c,
    "not_met",
    msgs.length === 0
      ? `No message was ${misdirected ? "written for" : "sent to"} ${who}${c.since ? " after that point" : ""}${misdirected}.`
      : msgs.every((r) => r.action.type === "send_message" && r.action.channel === "phone")
        ? `Nothing you said to ${who} on the call did this.${wrongly}`
        : `${msgs.length === 1 ? `Your message to ${who} did not do this.` : `None of the ${msgs.length} messages to ${who} did this.`}${wrongly}`,
    shown ? [messageEvidence(ctx, shown, undefined, "Closest message")] : [],
  );
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "message 2 tells Hassan Priya's circumstances ("office", "stale") as if they were theirs", or null. */
function othersFactsTold(ctx: Ctx, r: ActionRecord): string | null {
  const theirs = r.reading?.othersFacts;
  if (!theirs || !r.customerRef) return null;
  const words = theirs.spans.map((x) => x.text).join('", "');
  return `${ctx.said(r)} tells ${ctx.name(r.customerRef)} ${ctx.name(theirs.customerRef)}'s circumstances ("${words}") as if they were theirs`;
}

type Pos = { index: number; offset: number; record: ActionRecord; label: string };
const before = (a: Pos, b: Pos) => a.index < b.index || (a.index === b.index && a.offset < b.offset);

function evalSequence(ctx: Ctx, c: Extract<Criterion, { kind: "sequence" }>): CriterionResult {
  const { list: msgs, missing } = sinceFilter(ctx, c, ctx.messagesTo(c.customerRef));
  if (missing)
    return result(c, "not_met", `The point this criterion is about ("${c.since}") never happened.`, []);
  const start = windowStart(ctx, c) ?? 0;
  const last = c.steps.length - 1;
  const onlyPartly = new Map<string, string>();
  const positions: (Pos | null)[] = c.steps.map((step, i) => {
    // The final step (e.g. "thank") counts at its LAST occurrence: "Thank you for your email" as a
    // greeting is not LASS's closing thank-you. Every other step counts at its first occurrence.
    const useLast = i === last;
    let found: Pos | null = null;
    for (const r of msgs) {
      if (isLassStep(step)) {
        // The one meaning of each LASS step (lass-steps.ts), the same the other criteria read.
        const h = r.steps?.[step];
        if (!h) continue;
        const template = ctx.isTemplate(r);
        if (h.level !== "met" || template) {
          const why = template ? "a template sent more than once" : (h.why ?? "partly");
          if (!onlyPartly.has(step))
            onlyPartly.set(step, `${labelName(step)} only partly in ${ctx.said(r, true)} (${why})`);
          continue;
        }
        const p = { index: r.index, offset: useLast ? h.lastStart : h.start, record: r, label: step };
        if (!found || (useLast ? before(found, p) : before(p, found))) found = p;
        continue;
      }
      for (const s of r.analysis?.spans ?? []) {
        if (s.label !== step) continue;
        const p = { index: r.index, offset: s.start, record: r, label: step };
        if (!found || (useLast ? before(found, p) : before(p, found))) found = p;
      }
      if (!found && r.analysis?.labels.includes(step))
        found = { index: r.index, offset: 0, record: r, label: step };
    }
    const actions = c.stepActions[step];
    if (actions) {
      for (const r of ctx.state.log) {
        if (r.index < start) continue;
        if (c.customerRef && r.customerRef !== c.customerRef) continue;
        if (!anyMatches(actions, r)) continue;
        const p = { index: r.index, offset: -1, record: r, label: step };
        if (!found || (useLast ? before(found, p) : before(p, found))) found = p;
      }
    }
    return found;
  });
  // A middle step said early and again in its place counts in its place: "Sorry about all this hassle"
  // as a greeting, then the customer's problem put back to her, then "I'm so sorry it has let you down"
  // is Listen → Apologise (lead's mutation set 14, H34 and H37: a courtesy apology before listening).
  // Only words in messages are re-read, and only when the first occurrence would be out of order; a step
  // said only before the one it follows stays out of order.
  for (let i = 1; i < last; i++) {
    const prev = positions[i - 1];
    const cur = positions[i];
    const step = c.steps[i]!;
    if (!prev || !cur || cur.offset < 0 || !isLassStep(step) || before(prev, cur) || oneSentence(prev, cur))
      continue;
    let later: Pos | null = null;
    for (const r of msgs) {
      const h = r.steps?.[step];
      if (!h || h.level !== "met" || ctx.isTemplate(r)) continue;
      for (const s of h.spans) {
        const p = { index: r.index, offset: s.start, record: r, label: step };
        if (before(prev, p) && !oneSentence(prev, p) && (!later || before(p, later))) later = p;
      }
    }
    if (later) positions[i] = later;
  }
  // The final step said only as an opening courtesy, in a sentence of its own before the first step
  // and everything after it ("Thank you for telling me, David." then his reason put back to him, an
  // apology and the fix, and no thank-you after them), is the greeting the comment above sets aside,
  // not the closing step said too early: it is missing, as in the same reply without that greeting (in
  // order but a step missing: partly), not out of order (round 34, win-back-r34-keith-told-removed).
  // Only before the first step: a closing step said between two other steps ("Thanks for your
  // patience." after the apology and before the fix), or a thank-you before an apology with nothing
  // listened to first (win-back-r14-fix-in-short-ps), is still out of order.
  const closing = positions[last];
  const closingStep = c.steps[last]!;
  const opening = positions[0];
  if (closing && opening && closing.offset >= 0 && isLassStep(closingStep)) {
    const others = positions.slice(0, last).filter((p): p is Pos => p !== null);
    if (others.every((p) => before(closing, p) && !oneSentence(closing, p))) {
      positions[last] = null;
      onlyPartly.set(
        closingStep,
        `${labelName(closingStep)} only as an opening courtesy ${where(ctx, closing)}, before everything else, not after the fix`,
      );
    }
  }
  const evidence: Evidence[] = [];
  const seen = new Set<number>();
  for (const p of positions) {
    if (!p || seen.has(p.record.index)) continue;
    seen.add(p.record.index);
    evidence.push(
      p.record.action.type === "send_message"
        ? stepEvidence(ctx, p.record, c.steps)
        : actionEvidence(ctx, p.record),
    );
  }
  for (const e of evidence) if (e.spans) e.spans = e.spans.filter((s) => c.steps.includes(s.label));
  const present = positions.map((p, i) => ({ p, step: c.steps[i]! })).filter((x) => x.p !== null) as {
    p: Pos;
    step: string;
  }[];
  const missingSteps = c.steps.filter((_, i) => positions[i] === null);
  const partlyNote = missingSteps.filter((s) => onlyPartly.has(s)).map((s) => onlyPartly.get(s)!);
  const because = partlyNote.length ? ` ${partlyNote.join("; ")}.` : "";
  for (let i = 1; i < present.length; i++) {
    const prev = present[i - 1]!;
    const cur = present[i]!;
    if (!before(prev.p, cur.p) && !oneSentence(prev.p, cur.p)) {
      return result(
        c,
        "not_met",
        `Out of order: ${labelName(cur.step)} (${where(ctx, cur.p)}) came before ${labelName(prev.step)} (${where(ctx, prev.p)}). The expected order is ${c.steps.map(labelName).join(" → ")}.`,
        evidence,
      );
    }
  }
  if (missingSteps.length === 0) {
    return result(c, "met", `All steps in order: ${c.steps.map(labelName).join(" → ")}.`, evidence);
  }
  if (present.length >= 2) {
    return result(
      c,
      "partly",
      `In order, but missing: ${missingSteps.map(labelName).join(", ")}.${because}`,
      evidence,
    );
  }
  return result(c, "not_met", `Missing: ${missingSteps.map(labelName).join(", ")}.${because}`, evidence);
}

/**
 * Two steps in one sentence of one message happen together, whichever word comes first: "So sorry,
 * David: three late orders, your sister's birthday mugs…" restates the facts as the object of the
 * apology, and is not an apology before listening.
 */
function oneSentence(a: Pos, b: Pos): boolean {
  if (a.record !== b.record || a.offset < 0 || b.offset < 0) return false;
  const act = a.record.action;
  if (act.type !== "send_message") return false;
  const [from, to] = a.offset < b.offset ? [a.offset, b.offset] : [b.offset, a.offset];
  return !/[.!?](?:\s|$)|\n/.test(act.text.slice(from, to));
}

function where(ctx: Ctx, p: Pos): string {
  const r = p.record;
  return r.action.type === "send_message"
    ? `in ${ctx.said(r, true)}`
    : `when you ${ACTION_LABELS[r.action.type].toLowerCase()}`;
}

/** Is every piece of text the learner wrote in this action only a list of words (case-evidence.ts)? */
function onlyKeywords(r: ActionRecord): boolean {
  const a = r.action;
  const fields =
    a.type === "make_recommendation"
      ? [a.cause, a.action]
      : a.type === "add_note" || a.type === "message_person" || a.type === "answer_prompt"
        ? [a.text]
        : a.type === "open_case" || a.type === "log_call"
          ? [a.summary]
          : a.type === "close_case"
            ? [a.resolution]
            : [];
  const written = fields.filter((f) => f.trim() !== "");
  return written.length > 0 && written.every(isOnlyKeywords);
}

/**
 * For an action criterion asking for personal messages: a message to one of the customers it covers
 * that was written for someone else (a near-copy of the learner's message to another customer, or
 * one naming a product as theirs that they never bought).
 */
function missentMessage(
  ctx: Ctx,
  match: readonly CriterionMatch[],
  hits: readonly ActionRecord[],
): { r: ActionRecord; why: string } | null {
  const scopes = match.filter((m) => m.personal === true);
  if (scopes.length === 0) return null;
  const inScope = (ref: string) =>
    scopes.some((m) => m.customerRef === undefined || [m.customerRef].flat().includes(ref));
  for (const r of ctx.state.log) {
    if (r.action.type !== "send_message" || !r.customerRef || hits.includes(r) || !inScope(r.customerRef))
      continue;
    const original = r.templateOf !== null ? ctx.state.log[r.templateOf] : undefined;
    if (original?.customerRef && original.customerRef !== r.customerRef)
      return {
        r,
        why: `${ctx.said(r)} is ${ctx.said(original)} with the name changed, so ${ctx.name(r.customerRef)} was told about someone else's order`,
      };
    const wrong = r.reading?.misattributed?.[0];
    if (wrong)
      return {
        r,
        why: `${ctx.said(r)} names "${wrong.text}" as theirs, which ${ctx.name(r.customerRef)} never bought`,
      };
    const theirs = othersFactsTold(ctx, r);
    if (theirs) return { r, why: theirs };
  }
  return null;
}

/** The first matching message whose NPS or CSAT figure the attempt's data does not show. */
function misreportedFigure(ctx: Ctx, hits: readonly ActionRecord[]) {
  for (const r of hits) {
    if (r.action.type !== "send_message" && r.action.type !== "message_person") continue;
    const w = wrongFigures(ctx.scenario, new Date(ctx.state.origin), r.action.text)[0];
    if (w) return { r, w };
  }
  return null;
}

/** The first message to a customer of these actions telling them a refund may take longer than `maxDays`. */
function refundDelayTold(ctx: Ctx, hits: readonly ActionRecord[], maxDays: number) {
  const refs = new Set(hits.map((r) => r.customerRef).filter((x): x is string => !!x));
  for (const r of ctx.state.log) {
    if (r.action.type !== "send_message" || !r.customerRef || !refs.has(r.customerRef)) continue;
    // The day it was said: a date written in it ("until 12 December") is counted from then.
    const sentOn = ukDate(new Date(Date.parse(ctx.state.origin) + r.simMinute * MINUTE_MS));
    const d = refundDelaysTold(r.action.text, maxDays, sentOn)[0];
    if (d) return { r, d };
  }
  return null;
}

function evalAction(ctx: Ctx, c: Extract<Criterion, { kind: "action" }>): CriterionResult {
  // `after`: only actions after the first one it names count (a survey before anything was done
  // for the customer measures nothing: red-team round 8 A, complaint-r8-emoji-survey-first).
  const after = c.after;
  const from = after ? ctx.state.log.find((r) => anyMatches(after, r)) : undefined;
  const matched = ctx.state.log.filter((r) => ctx.creditable(r) && anyMatches(c.match, r));
  const early = after ? matched.filter((r) => !from || r.index < from.index) : [];
  const all = after ? matched.filter((r) => !!from && r.index > from.index) : matched;
  if (all.length === 0 && early.length > 0) {
    return result(
      c,
      "not_met",
      from
        ? `Too early to count: ${early.map((r) => describeAction(ctx, r)).join("; ")} came before ${describeAction(ctx, from)}, the action it follows.`
        : `Too early to count: ${early.map((r) => describeAction(ctx, r)).join("; ")} came before anything it could follow up.`,
      [
        ...early.slice(0, 2).map((r) => actionEvidence(ctx, r, "Too early")),
        ...(from ? [actionEvidence(ctx, from)] : []),
      ],
    );
  }
  // Words the criterion looks for, found only in a list of keywords, earn at most partly.
  const listed = (r: ActionRecord) => c.match.some((m) => m.text) && onlyKeywords(r);
  const hits = all.filter((r) => !listed(r));
  const lists = all.filter(listed);
  if (hits.length < c.minCount && lists.length > 0) {
    return result(
      c,
      "partly",
      `The words are there, but only as a list of keywords (${lists
        .map((r) => describeAction(ctx, r))
        .join("; ")}): write what you found and what should happen, as sentences someone could act on.`,
      lists.slice(0, 3).map((r) => actionEvidence(ctx, r, "A list of keywords")),
    );
  }
  if (hits.length >= c.minCount) {
    // Personal messages asked for, and another message in scope was someone else's letter: a copy of
    // the one sent to another customer, or naming a purchase that is not theirs. One careful letter
    // does not make up for telling the next customer about someone else's order (red-team round 5,
    // service-review-r5-gareth-letter-to-mei).
    const missent = missentMessage(ctx, c.match, hits);
    if (missent)
      return result(
        c,
        "partly",
        `${hits.length} matching action${hits.length === 1 ? "" : "s"}, but ${missent.why}.`,
        [
          ...hits.slice(0, 2).map((r) => actionEvidence(ctx, r)),
          actionEvidence(ctx, missent.r, "Someone else's letter"),
        ],
        // The scenario's partly feedback speaks of a missing part; what is wrong here is whom it was written for.
        "You did this, but one message was written for someone else (see the evidence): a customer who reads another customer's details, or a product they never bought, knows it is a mail-merge. Check the name and the history before every send.",
      );
    // A figure reported that the attempt's data does not show ("NPS fell to +10" when the Insights
    // view shows −10): the report carries a wrong number to whoever acts on it (figures.ts).
    const misreported = misreportedFigure(ctx, hits);
    if (misreported)
      return result(
        c,
        "partly",
        `${hits.length} matching action${hits.length === 1 ? "" : "s"}, but it gives ${misreported.w.kind === "nps" ? "NPS" : "CSAT"} as ${misreported.w.said} (${describeAction(ctx, misreported.r)}), where the Insights view shows ${misreported.w.shown}.`,
        [actionEvidence(ctx, misreported.r, `Wrong figure ("${misreported.w.said}")`)],
        // Independent tutor 14, session 50: the scenario's partly feedback ("without the finding") contradicted
        // a report that named the finding and gave a wrong figure.
        `You reported this, but with a figure the data does not show: ${misreported.w.kind === "nps" ? "NPS" : "CSAT"} ${misreported.w.said} where the Insights view shows ${misreported.w.shown}. Whoever acts on the report acts on the wrong number; check each figure against the data before you send it.`,
      );
    // The refund's timing told beyond what the law allows (round 15 A): the right remedy, the law
    // told about it wrongly.
    const late = c.refundDaysMax ? refundDelayTold(ctx, hits, c.refundDaysMax) : null;
    if (late) {
      const ev = messageEvidence(ctx, late.r, [], "The refund's timing told wrongly");
      ev.spans = [{ label: "claim", start: late.d.start, end: late.d.end, text: late.d.text }];
      return result(
        c,
        "partly",
        `${hits.length} matching action${hits.length === 1 ? "" : "s"}, but ${ctx.said(late.r)} gave ${late.d.days} days for the refund ("${late.d.text}"): the law gives the shop ${c.refundDaysMax} days from agreeing the refund is due (Consumer Rights Act 2015 s.20(15)), so the customer was told they could be kept waiting longer than the law allows.`,
        [...hits.slice(0, 2).map((r) => actionEvidence(ctx, r)), ev],
      );
    }
    return result(
      c,
      "met",
      `${hits.length} matching action${hits.length === 1 ? "" : "s"}.`,
      hits.slice(0, 3).map((r) => actionEvidence(ctx, r)),
    );
  }
  if (hits.length > 0) {
    return result(
      c,
      "partly",
      `${hits.length} of the ${c.minCount} expected.`,
      hits.map((r) => actionEvidence(ctx, r)),
    );
  }
  if (c.partly) {
    const partlyMatch = c.partly.match;
    const p = ctx.state.log.filter((r) => anyMatches(partlyMatch, r));
    if (p.length > 0)
      return result(
        c,
        "partly",
        "Partly: a related action, but not the one expected.",
        p.slice(0, 3).map((r) => actionEvidence(ctx, r)),
      );
  }
  // Show the nearest miss: an action of the same type, if there is one.
  // A match on the remedy is a match on issue_remedy, though it does not name the action.
  const types = new Set(c.match.flatMap((m) => [...(m.action ?? []), ...(m.remedy ? ["issue_remedy"] : [])]));
  const near = ctx.state.log.filter((r) => types.has(r.action.type)).slice(0, 3);
  const inWordsOnly = near.length === 0 && types.has("issue_remedy") ? remedyInWordsOnly(ctx, c) : null;
  return result(
    c,
    "not_met",
    inWordsOnly
      ? `No remedy was issued in the CRM. ${cap(ctx.said(inWordsOnly.r, true))} offered one ("${inWordsOnly.text}"), but saying it does not put money back or send anything: a remedy is given when it is issued on the system.`
      : near.length
        ? "Actions of that kind were taken, but none met the conditions."
        : "No such action was taken.",
    inWordsOnly
      ? [messageEvidence(ctx, inWordsOnly.r, undefined, "Offered in words only")]
      : near.map((r) => actionEvidence(ctx, r, "Not enough")),
  );
}

/**
 * A refund, replacement or repair named in a message to the criterion's customer when no remedy was
 * issued at all: the report says it was offered in words and never done, rather than only "no such
 * action" beside feedback about the wrong remedies (the lesson run's kettle report, 5 December).
 */
function remedyInWordsOnly(
  ctx: Ctx,
  c: Extract<Criterion, { kind: "action" }>,
): { r: ActionRecord; text: string } | null {
  const refs = [...new Set(c.match.flatMap((m) => m.customerRef ?? []))];
  for (const ref of refs.length ? refs : [undefined]) {
    for (const r of ctx.messagesTo(ref)) {
      if (r.action.type !== "send_message") continue;
      // The fix the case declares ("a full refund"), or a remedy promised in any words.
      const fix = r.reading?.hits.find((h) => h.kind === "fix");
      const named = fix ?? findPromises(r.action.text).find((p) => REMEDY_PROMISES.has(p.kind));
      if (named) return { r, text: named.text };
    }
  }
  return null;
}
const REMEDY_PROMISES = new Set<PromiseKind>(["refund", "replacement", "repair"]);

function evalAbsence(ctx: Ctx, c: Extract<Criterion, { kind: "absence" }>): CriterionResult {
  const hits = ctx.state.log.filter((r) => anyMatches(c.match, r));
  // "Did not do X" is earned only by someone who did the job: doing nothing avoids every mistake.
  const refs = c.match.flatMap((m) => m.customerRef ?? []);
  if (hits.length === 0 && !ctx.engaged(refs)) {
    return nothingToCreditResult(ctx, c, refs, ", so avoiding this mistake shows nothing");
  }
  // The call promised in words, or the customer asked to ring us (round 16 A): the same adjustment
  // missed in words, with nobody actually phoning.
  const callIn = (text: string) => {
    const p = promisedCall(text);
    if (p) return `a message promised a call ("${p.text}")`;
    const asked = callInvited(text);
    if (asked) return `a message asked the customer to phone ("${asked.text}")`;
    const offered = callOffered(text);
    if (offered) return `a message offered the customer a call ("${offered.text}")`;
    // Someone else's call announced to her (round 19 A): she still has to take it.
    const announced = callAnnounced(text);
    return announced ? `a message told the customer she would be phoned ("${announced.text}")` : null;
  };
  const promised =
    hits.length === 0 && c.partlyIfCallPromised
      ? ctx
          .messagesTo(c.partlyIfCallPromised)
          .filter((r) => r.action.type === "send_message" && callIn(r.action.text))
      : [];
  if (promised.length) {
    const said = callIn((promised[0]!.action as { text: string }).text)!;
    return result(
      c,
      "partly",
      `Nobody phoned, but ${said}.`,
      promised.slice(0, 5).map((r) => messageEvidence(ctx, r)),
    );
  }
  if (hits.length === 0) {
    const n = ctx.state.log.length;
    return result(
      c,
      "met",
      n === 1 ? "Your one action did not do this." : `None of the ${n} actions did this.`,
      [],
    );
  }
  const labels = c.match.flatMap((m) => labelsIn(m));
  return result(
    c,
    "not_met",
    `${hits.length} action${hits.length === 1 ? "" : "s"} did this${reasonsClause(matchReasons(ctx, c.match, hits))}.`,
    hits
      .slice(0, 5)
      .map((r) =>
        r.action.type === "send_message"
          ? messageEvidence(ctx, r, labels.length ? labels : undefined)
          : actionEvidence(ctx, r),
      ),
  );
}

/** ": 'x': why; 'y': why" after "N actions did this", or nothing when the conditions are plain facts. */
function reasonsClause(reasons: string[]): string {
  return reasons.length ? `: ${reasons.join("; ")}` : "";
}

/** A letter by post is read when it arrives, a working day or more after it is posted (round 9 B). */
const LETTER_MINUTES = 24 * 60;
const isLetter = (r: ActionRecord) => r.action.type === "send_message" && r.action.channel === "post";
const readAt = (r: ActionRecord) => r.simMinute + (isLetter(r) ? LETTER_MINUTES : 0);

/**
 * A message's place among those its customer has read, in the order they read them: its message
 * number, except that a letter counts from when it arrives, so a welcome pack posted before the
 * email is not the "first reply" (red-team round 9 B, onboarding-r9b-letter-then-email).
 */
function readRank(ctx: Ctx, r: ActionRecord): number {
  if (!r.customerRef) return r.messageNumber ?? 0;
  const at = readAt(r);
  return ctx
    .messagesTo(r.customerRef)
    .filter((m) => readAt(m) < at || (readAt(m) === at && m.index <= r.index)).length;
}

function evalResponseTime(ctx: Ctx, c: Extract<Criterion, { kind: "response_time" }>): CriterionResult {
  const standard = c.withinMinutes ?? ctx.scenario.clock.serviceStandardMinutes;
  const partlyWithin = c.partlyWithinMinutes ?? standard * 2;
  const person = c.personRef ? ctx.scenario.people.find((p) => p.ref === c.personRef) : undefined;
  const contact = ctx.scenario.contacts.find((k) => k.customerRef === c.customerRef);
  const arrived = Math.min(...((person ?? contact)?.opening.map((m) => m.atMinute) ?? [0]));
  // A person is answered with message_person (a public reply to a review, a colleague's message).
  // A letter is read when it arrives (a working day or more after posting), so posting one does not
  // stop a service standard counted in minutes: the clock runs to the first reply sent some other way
  // (red-team round 9 B, complaint-r9-reply-by-post).
  const sent = person ? [] : ctx.messagesTo(c.customerRef);
  const first = person
    ? ctx.state.log.find((r) => r.action.type === "message_person" && r.personRef === person.ref)
    : sent.find((r) => !isLetter(r));
  const letter = sent.find(isLetter);
  const who = person ? person.name : ctx.name(c.customerRef ?? null);
  // A message from before today's shift (a review posted yesterday) says which day it came.
  const daysBefore = Math.ceil(-(parseTimeOfDay(ctx.scenario.clock.startTime) + arrived) / (24 * 60));
  const arrivedAt =
    daysBefore > 0
      ? `${ctx.clock(arrived)} ${daysBefore === 1 ? "the day before" : `${daysBefore} days before`}`
      : ctx.clock(arrived);
  if (!first && letter) {
    const ev = messageEvidence(ctx, letter, undefined, `A letter posted at ${ctx.clock(letter.simMinute)}`);
    ev.kind = "timing";
    return result(
      c,
      "not_met",
      `${who}'s only reply was a letter posted at ${ctx.clock(letter.simMinute)}, which reaches them a working day or more later (service standard: ${standard} minutes).`,
      [ev],
    );
  }
  if (!first) {
    return result(c, "not_met", `${who} never got a reply (service standard: ${standard} minutes).`, [
      {
        seq: null,
        simMinute: null,
        clock: null,
        kind: "timing",
        summary: `${person ? "Their" : "Customer's"} message arrived at ${arrivedAt}; no reply was sent.`,
      },
    ]);
  }
  const delay = first.simMinute - arrived;
  const note = `First reply, ${delay} minutes after the ${person ? "" : "customer's "}message at ${arrivedAt}`;
  const ev = person ? actionEvidence(ctx, first, note) : messageEvidence(ctx, first, undefined, note);
  ev.kind = "timing";
  const detail = `First reply at ${ctx.clock(first.simMinute)}, ${delay} minutes after the message arrived at ${arrivedAt} (standard: within ${standard} minutes).`;
  if (delay <= standard) return result(c, "met", detail, [ev]);
  if (delay <= partlyWithin) return result(c, "partly", detail, [ev]);
  return result(c, "not_met", detail, [ev]);
}

type CheckOutcome = { status: "pass" | "partial" | "fail"; detail: string; evidence: Evidence[] };

function evalCheck(ctx: Ctx, k: StateCheck): CheckOutcome {
  const s = ctx.state;
  if (k.check === "person") {
    const def = ctx.scenario.people.find((p) => p.ref === k.personRef);
    const flags = s.people[k.personRef]?.flags ?? [];
    const desc = `${def?.name ?? k.personRef}${flags.length ? `: ${flags.join(", ").replace(/_/g, " ")}` : ": nothing done yet"}`;
    return {
      status: flagsMatch(k.flags, flags) ? "pass" : "fail",
      detail: desc,
      evidence: [stateEvidence(desc)],
    };
  }
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
        if (k.category && !k.category.includes(x.category))
          wrong.push(`category should be ${k.category.join(" or ").replace(/_/g, " ")}`);
        if (!k.status.includes(x.status))
          wrong.push(`status should be ${k.status.join(" or ").replace(/_/g, " ")}`);
        if (k.requireResolution && !(x.resolution ?? "").trim()) wrong.push("no resolution recorded");
        return {
          status: "partial",
          detail: `${describe(x)} (${wrong.join("; ")})`,
          evidence: [stateEvidence(describe(x))],
        };
      }
      return {
        status: "fail",
        detail: `No case was opened for ${who}${k.orderRef ? ` about ${k.orderRef}` : ""}.`,
        evidence: [],
      };
    }
    case "task": {
      // A task whose title says nothing ("n/a", ".") plans nothing a colleague could act on.
      const tasks = s.tasks.filter((t) => t.customerRef === k.customerRef && !saysNothing(t.title));
      const titleOk = (t: (typeof tasks)[number]) =>
        !k.titleAny || k.titleAny.some((w) => t.title.toLowerCase().includes(w.toLowerCase()));
      const inWindow = (t: (typeof tasks)[number]) =>
        (k.dueInDays?.min === undefined || t.dueInDays >= k.dueInDays.min) &&
        (k.dueInDays?.max === undefined || t.dueInDays <= k.dueInDays.max);
      const good = tasks.find((t) => titleOk(t) && inWindow(t));
      const desc = (t: (typeof tasks)[number]) =>
        `Task "${t.title}" for ${who}, due in ${t.dueInDays} day${t.dueInDays === 1 ? "" : "s"}`;
      if (good) return { status: "pass", detail: desc(good), evidence: [stateEvidence(desc(good))] };
      if (tasks.length) {
        const t = tasks[0]!;
        const range =
          k.dueInDays?.min !== undefined && k.dueInDays?.max !== undefined
            ? `${k.dueInDays.min}–${k.dueInDays.max} days`
            : k.dueInDays?.max !== undefined
              ? `within ${k.dueInDays.max} days`
              : `after at least ${k.dueInDays?.min ?? 0} days`;
        return {
          status: "partial",
          detail: `${desc(t)} (expected a suitable follow-up due ${range})`,
          evidence: [stateEvidence(desc(t))],
        };
      }
      return { status: "fail", detail: `No follow-up task was created for ${who}.`, evidence: [] };
    }
    case "consent": {
      const current = s.customers[k.customerRef]?.consents[k.channel];
      const granted = current?.granted ?? false;
      const recordedBy = s.log.filter(
        (r) =>
          r.customerRef === k.customerRef &&
          r.action.type === "update_consent" &&
          r.action.channel === k.channel,
      );
      const desc = `${who}'s ${k.channel} marketing consent is now ${granted ? "granted" : "not granted"}${
        current ? ` (recorded as: "${current.method}")` : ""
      }`;
      const ev = recordedBy.length ? recordedBy.map((r) => actionEvidence(ctx, r)) : [stateEvidence(desc)];
      if (granted === k.granted && (!k.recorded || recordedBy.length > 0))
        return { status: "pass", detail: desc, evidence: ev };
      if (granted === k.granted)
        return {
          status: "partial",
          detail: `${desc}, but the customer's choice was not recorded.`,
          evidence: ev,
        };
      return {
        status: "fail",
        detail: `${desc}; it should be ${k.granted ? "granted" : "not granted"}.`,
        evidence: ev,
      };
    }
    case "stage": {
      const stage = s.customers[k.customerRef]?.lifecycleStage;
      const desc = `${who} is at the ${stage} stage`;
      return k.stage.includes(stage!)
        ? { status: "pass", detail: desc, evidence: [stateEvidence(desc)] }
        : {
            status: "fail",
            detail: `${desc} (expected ${k.stage.join(" or ")}).`,
            evidence: [stateEvidence(desc)],
          };
    }
    case "preferences": {
      const c = s.customers[k.customerRef];
      const channelOk = !k.preferredChannel || c?.preferredChannel === k.preferredChannel;
      // Read as a colleague reads it: "hard of hering, emial only" records her needs.
      const notes = readableText(c?.accessibilityNotes ?? "").text.toLowerCase();
      const notesOk =
        !k.accessibilityNotesAny || k.accessibilityNotesAny.some((w) => notes.includes(w.toLowerCase()));
      const desc = `${who}: preferred channel ${c?.preferredChannel}; accessibility notes: ${c?.accessibilityNotes ? `"${c.accessibilityNotes}"` : "none"}`;
      const status = channelOk && notesOk ? "pass" : channelOk || notesOk ? "partial" : "fail";
      return { status, detail: desc, evidence: [stateEvidence(desc)] };
    }
  }
}

function evalFinalState(ctx: Ctx, c: Extract<Criterion, { kind: "final_state" }>): CriterionResult {
  const outcomes = c.checks.map((k) => evalCheck(ctx, k));
  const evidence = outcomes.flatMap((o) => o.evidence);
  const detail = outcomes
    .map((o) => `${o.status === "pass" ? "✓" : o.status === "partial" ? "~" : "✗"} ${o.detail}`)
    .join(" ");
  if (outcomes.every((o) => o.status === "pass")) return result(c, "met", detail, evidence);
  const some = outcomes.filter((o) => o.status !== "fail").length;
  if (some >= c.partlyMin) return result(c, "partly", detail, evidence);
  return result(c, "not_met", detail, evidence);
}

function evalCustomerSet(ctx: Ctx, c: Extract<Criterion, { kind: "customer_set" }>): CriterionResult {
  // A message written for someone else covers nobody, but it still reaches whoever it was sent to.
  const firstHit = new Map<string, ActionRecord>();
  const anyHit = new Map<string, ActionRecord>();
  for (const r of ctx.state.log) {
    if (!r.customerRef || firstHit.has(r.customerRef)) continue;
    if (!anyMatches(c.match, r, { isTemplate: ctx.isTemplate })) continue;
    if (!anyHit.has(r.customerRef)) anyHit.set(r.customerRef, r);
    if (ctx.creditable(r)) firstHit.set(r.customerRef, r);
  }
  const covered = c.include.filter((ref) => firstHit.has(ref));
  const missed = c.include.filter((ref) => !firstHit.has(ref));
  const wrong = c.exclude.filter((ref) => anyHit.has(ref));
  // Included customers reached only in part (`partly.match`), e.g. contacted without the offer.
  const partHit = new Map<string, ActionRecord>();
  const partlyMatch = c.partly?.match;
  if (partlyMatch)
    for (const r of ctx.state.log) {
      const ref = r.customerRef;
      if (!ref || !missed.includes(ref) || partHit.has(ref) || !ctx.creditable(r)) continue;
      if (anyMatches(partlyMatch, r, { isTemplate: ctx.isTemplate })) partHit.set(ref, r);
    }
  const evidence: Evidence[] = [
    ...covered.map((ref) => actionEvidence(ctx, firstHit.get(ref)!)),
    ...[...partHit.values()].map((r) => actionEvidence(ctx, r, "Only in part")),
    ...wrong.map((ref) => actionEvidence(ctx, anyHit.get(ref)!, "Should not have been included")),
  ];
  const names = (refs: string[]) => refs.map((r) => `${ctx.name(r)} (${r})`).join(", ");
  const parts = [`Covered ${covered.length} of ${c.include.length}.`];
  if (partHit.size) parts.push(`Only in part: ${names([...partHit.keys()])}.`);
  const unreached = missed.filter((ref) => !partHit.has(ref));
  if (unreached.length) parts.push(`Missed: ${names(unreached)}${ctx.misdirectedNote(unreached)}.`);
  if (wrong.length) parts.push(`Included but should not have been: ${names(wrong)}.`);
  // Why a message to a missed customer is not personal: someone else's circumstances told as theirs.
  for (const r of ctx.state.log) {
    const theirs = r.customerRef && missed.includes(r.customerRef) ? othersFactsTold(ctx, r) : null;
    if (!theirs) continue;
    parts.push(`${cap(theirs)}, so it is not personal.`);
    evidence.push(actionEvidence(ctx, r, "Someone else's circumstances"));
  }
  // Why a message to a missed customer is not personal: their record named only inside stock lines.
  if (c.match.some((m) => m.personal === true))
    for (const ref of missed) {
      const r = ctx.messagesTo(ref).find((m) => m.reading?.stockHistory);
      const lines = r?.reading?.stockHistory;
      if (!r || !lines) continue;
      parts.push(
        `${cap(ctx.said(r))} names their record only inside stock lines ("${lines.join('", "')}"), so it is not personal.`,
      );
      evidence.push(actionEvidence(ctx, r, "Record facts only in stock lines"));
    }
  const detail = parts.join(" ");
  if (missed.length === 0 && wrong.length === 0) return result(c, "met", detail, evidence);
  if (wrong.length === 0 && (covered.length + partHit.size) / c.include.length >= c.partlyMinCoverage)
    return result(c, "partly", detail, evidence);
  return result(c, "not_met", detail, evidence);
}

function evalCustomerState(ctx: Ctx, c: Extract<Criterion, { kind: "customer_state" }>): CriterionResult {
  const k = ctx.state.contacts[c.customerRef];
  const mood = k?.mood ?? 0;
  const flags = k?.flags ?? [];
  const desc = `${ctx.name(c.customerRef)} ends ${moodLabel(mood)} (mood ${mood > 0 ? "+" : ""}${mood})${flags.length ? `; ${flags.join(", ")}` : ""}.`;
  const ev: Evidence = { seq: null, simMinute: null, clock: null, kind: "customer", summary: desc };
  const ok = (moodMin: number | undefined, fs: typeof c.flags) =>
    (moodMin === undefined || mood >= moodMin) && flagsMatch(fs, flags);
  if (ok(c.moodMin, c.flags)) return result(c, "met", desc, [ev]);
  if (c.partly && ok(c.partly.moodMin, c.partly.flags)) return result(c, "partly", desc, [ev]);
  return result(c, "not_met", desc, [ev]);
}
