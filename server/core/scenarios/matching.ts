/**
 * Evaluates the declarative conditions in scenario files (reaction `when`, rubric `match`) against
 * the engine's record of a learner action. Pure and allocation-light: scoring runs it many times.
 */
import { blanketPayments } from "./blanket-payment";
import type { ActionMatch, CriterionMatch } from "./scenario-schema";
import type { ActionRecord } from "./engine-types";
import { foldLookalikes, readableText, withoutHtmlComments } from "./learner-spelling";
import { reviewIncentives } from "./review-incentives";
import { scoreRequests } from "./score-requests";
import { offersBeyond } from "./offer-terms";
import { pressureIn } from "./pressure-selling";
import { sharedForMarketing } from "./data-sharing";
import { unneededDataRequested } from "./data-requests";
import { mentionsHandoffToPerson } from "./handoff";
import { publicDataRequests } from "./public-data-requests";
import { causeWavedAway } from "./waved-away";
import { offersRemedyChoice } from "./remedy-choice";
import type { EvidenceHit } from "./case-evidence";

/** How strictly the case-evidence conditions are read (scoring uses "partly" to find near misses). */
export type MatchOptions = {
  /** LASS steps count at this level or better (default "met"). */
  lassLevel?: "met" | "partly";
  /** Scoring knows every message, so it can also see that an EARLIER message was a template. */
  isTemplate?: (r: ActionRecord) => boolean;
};

const STEP_NAMES = ["listen", "apologise", "solve", "thank"] as const;
function stepsReached(r: ActionRecord, level: "met" | "partly"): string[] {
  const st = r.steps;
  if (!st) return [];
  return STEP_NAMES.filter((s) => st[s] && (level === "partly" || st[s]!.level === "met"));
}

/** Lower case, no accents, straight quotes: "Cafetière’s" → "cafetiere's". */
export function normaliseText(text: string): string {
  const s = withoutHtmlComments(text);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the range \x00-\x7f is plain ASCII, checked on purpose
  if (!/[^\x00-\x7f]/.test(s)) return joinedCaseRefs(s.toLowerCase());
  return joinedCaseRefs(
    foldLookalikes(s)
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[\u2018\u2019\u201B]/g, "'")
      .replace(/[\u201C\u201D]/g, '"')
      .toLowerCase(),
  );
}

/**
 * A record that says nothing: only punctuation, or a placeholder ("n/a", "see above", "tbc", "test").
 * A note "." or a task "n/a" is the click without the record: nobody reading the CRM learns what
 * the customer said or what is planned (red-team round 8 B, onboarding-r8-placeholder-record: decided
 * Merit with the check-in task not met, first ran with it met).
 */
const PLACEHOLDERS = new Set(
  "na|n a|tbc|tbd|tba|see above|as above|see below|as below|ditto|same as above|none|nil|nothing|null|test|testing|x|xx|xxx|todo|to do|placeholder|blah|etc|asdf|idk|misc|task|note|notes".split(
    "|",
  ),
);
export function saysNothing(text: string): boolean {
  const t = normaliseText(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  return t === "" || PLACEHOLDERS.has(t);
}
/** Records whose words are the record: one that says nothing records nothing. */
const WORDS_ARE_THE_RECORD: ReadonlySet<string> = new Set([
  "add_note",
  "log_call",
  "create_task",
  "open_case",
  "close_case",
]);

/**
 * A learner's case reference written as it is said or typed in a hurry ("CASE A1", "case_a1",
 * "case:A1") is the case CASE-A1 the engine assigned: conditions look for "case-a", as a colleague
 * reading it would (red-team round 8 A, internal-r8-case-ref-with-space: Dev refused to pick the
 * re-send over a missing hyphen). One character for one, so offsets are kept.
 */
const joinedCaseRefs = (lower: string) => lower.replace(/\bcase[ _.:#]a(?=\d)/g, "case-a");

function inList<T>(list: readonly T[] | undefined, v: T | null | undefined): boolean {
  return list === undefined || (v !== null && v !== undefined && list.includes(v));
}

// The words come from scenario files, so the same few are normalised again on every replay.
const normalisedWords = new Map<string, string>();
function normalisedWord(w: string): string {
  let n = normalisedWords.get(w);
  if (n === undefined) {
    n = normaliseText(w);
    if (normalisedWords.size >= 5_000) normalisedWords.clear();
    normalisedWords.set(w, n);
  }
  return n;
}

// A thing named only to be left as it is: a negated change before it in its clause ("no change to
// SwiftParcel", "we don't need to review SwiftParcel", "nothing needs to change with SwiftParcel") or
// after it ("SwiftParcel doesn't need reviewing", "SwiftParcel is fine", "keep SwiftParcel as it is").
// A negation that is itself the change still counts: "no more SwiftParcel", "don't renew SwiftParcel's
// contract", "stop using SwiftParcel" (round 5: a blanket negation read those as leaving it alone).
const KEPT_BEFORE =
  /\b(?:no|not|never|nothing|don't|doesn't|won't|needn't|shouldn't|no need to)\b(?:\s+[\w']+){0,3}?\s+(?:chang|review|switch|replac|mov|action|touch|do about)\w*(?:\s+[\w']+){0,3}\s*$/;
const KEPT_AFTER =
  /^\W*(?:[\w']+\s+){0,2}?(?:(?:doesn't|does not|don't|do not|needn't|need not)\s+need|(?:is|are) fine|can stay|alone\b|as (?:it |they )?(?:is|are)\b)/;

// Red-team round 6 (service-review-r6-monitor-only, service-review-r6-survey-not-fix, both decided
// action-specific partly, first ran met). A verdict of no change heading the sentence governs what
// follows it ("No major change needed: keep monitoring SwiftParcel's on-time rate…"; not "no change is
// needed to our prices: review SwiftParcel…", which is about something else), and a thing named
// only to pick out whom a step is for is not what the step changes ("send a survey to customers whose
// parcels went with SwiftParcel so we can monitor how they feel about our coffee range").
const NO_CHANGE_VERDICT =
  /\b(?:no\s+(?:major\s+|big\s+|real\s+|significant\s+|further\s+|other\s+)?changes?\s+(?:is\s+|are\s+)?(?:needed|required|necessary)|nothing\s+(?:needs|has)\s+to\s+change)\s*(?:[:;,\u2013\u2014-]|$)/;
const ONLY_WHOM =
  /\b(?:customers?|people|those|anyone|everyone|shoppers|buyers)\s+(?:whose|who|that)\b(?:\s+[\w']+){0,6}?\s*$/;

/** `w` said in `sentence` other than only to be left as it is (the clause runs between , ; : and "but"). */
function namedForChange(sentence: string, w: string): boolean {
  for (let i = sentence.indexOf(w); i >= 0; i = sentence.indexOf(w, i + 1)) {
    const before =
      sentence
        .slice(0, i)
        .split(/[,;:]|\bbut\b/)
        .pop() ?? "";
    const after = sentence.slice(i + w.length).split(/[,;:]|\bbut\b/)[0] ?? "";
    if (NO_CHANGE_VERDICT.test(sentence.slice(0, i))) continue;
    if (!KEPT_BEFORE.test(before) && !KEPT_AFTER.test(after) && !ONLY_WHOM.test(before)) return true;
  }
  return false;
}

// Words inside a question, or in a clause that only asks or checks about them, state nothing: "I'm
// checking with my team leader whether we can upgrade it to next-day", "I'll see if next-day is
// possible", "I can't promise tomorrow".
const ASKED_ABOUT =
  /\b(?:whether|if (?:we|i|they|she|he|it|you) (?:can|could|are able|is able|might)|see if|find out if|ask(?:ing|ed)? (?:about|if|for|whether)|check(?:ing|ed)? (?:if|whether|with|on)|hop(?:e|ing) (?:to|we|that|it)|try(?:ing)? to get|(?:can't|cannot|can not|couldn't) promise|not sure|might|may be able)\b/;

/**
 * `w` said in `text` somewhere the clause before it (from the sentence start, or the last of `ends`)
 * does not match `rejects`; with `statements`, never in a sentence that is a question.
 */
function saidInAClause(text: string, w: string, ends: RegExp, rejects: RegExp, statements: boolean): boolean {
  for (const m of text.matchAll(/[^.!?\n]+[.!?]*/g)) {
    const sentence = m[0];
    if (statements && sentence.trimEnd().endsWith("?")) continue;
    for (let i = sentence.indexOf(w); i >= 0; i = sentence.indexOf(w, i + 1)) {
      if (!rejects.test(sentence.slice(0, i).split(ends).pop() ?? "")) return true;
    }
  }
  return false;
}

/** `w` said in `text` as a statement: in a sentence that is not a question, outside a clause that only asks about it. */
const statedNotAsked = (text: string, w: string) =>
  saidInAClause(text, w, /[,;:]|\bbut\b|\band\b/, ASKED_ABOUT, true);

// A negation earlier in the clause takes the option off the table: "we won't take any money off for
// the use you've had" answers the deduction question, it does not offer a price reduction (red-team
// round 19 C, repeat-fault-r19h-straight-to-refund, first ran choice-explained-first met).
const OFF_THE_TABLE = /\b(?:not|never|no|nothing|cannot|unable|without)\b|n't\b/;

/** `w` said in `text` in a clause that does not negate it (the clause runs from , ; : "but", "or" or the sentence start). */
const offeredNotNegated = (text: string, w: string) =>
  saidInAClause(text, w, /[,;:]|\bbut\b|\bor\b/, OFF_THE_TABLE, false);

/**
 * The words of a record as written and as read (learner-spelling.ts: "refnd" read as "refund"), so a
 * condition's word is found however the learner spelt it. Both, not only the reading: a condition may
 * name a learner's own form. Cached: every criterion reads the same few records.
 */
const readCache = new Map<string, string>();
function writtenAndRead(text: string): string {
  const hit = readCache.get(text);
  if (hit !== undefined) return hit;
  const read = readableText(text);
  const both = read.unchanged || read.text === text ? text : `${text}\n${read.text}`;
  if (readCache.size > 2_000) readCache.clear();
  readCache.set(text, both);
  return both;
}

// With `noneUnlessRuledOut`, a `none` word named only to rule it out says the opposite of it: "send
// ground, not whole beans", "no fine grind", "rather than unground" record the right grind, not the
// wrong one (red-team round 22 B, onboarding-r22-dyslexic-spelling-welcome: "Send ground not whole
// beens" read as a whole-bean note). Only a negation just before the word (up to two words between)
// rules it out, so a negation further back ("I haven't got a grinder so send whole bean") does not; a
// `none` word that carries its own negation ("don't grind") is still found. Opt-in: a list of things
// a step must not mention at all (the review's "discount") keeps reading every mention.
const RULED_OUT_BEFORE =
  /(?:\b(?:not|no|never|without|nor)|n't|\brather than|\binstead of|\bas opposed to)\s+(?:[\w']+\s+){0,2}$/;

/** "Not just a discount", "not only whole beans": the thing and more, so not ruled out (round 23 B). */
const NOT_ONLY_BEFORE = /\bnot\s+(?:just|only|merely|simply|solely)\s+(?:[\w']+\s+){0,1}$/;

/** `w` said in `text` somewhere other than just after a word that rules it out. */
function saidNotRuledOut(text: string, w: string): boolean {
  for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
    const before = text.slice(Math.max(0, i - 60), i);
    if (!RULED_OUT_BEFORE.test(before) || NOT_ONLY_BEFORE.test(before)) return true;
  }
  return false;
}

/**
 * An offer's own name: "free delivery", "free UK postage", "delivery on us", "delivery is free". Said
 * of what we give, not of what went wrong, so a word of a problem ("deliver") inside it is not read.
 */
const OFFER_NAME =
  /\bfree\s+(?:uk\s+|standard\s+|next[\s-]day\s+|tracked\s+)?(?:delivery|deliveries|postage|shipping|p\s?&\s?p)\b|\b(?:delivery|deliveries|postage|shipping)\s+(?:is\s+|are\s+)?(?:free|on\s+us|on\s+the\s+house)\b/gi;

/** The text with offers' names blanked out (each character kept as a space, so places still line up). */
export function withoutOfferNames(text: string): string {
  return text.replace(OFFER_NAME, (m) => " ".repeat(m.length));
}

function textMatches(set: NonNullable<ActionMatch["text"]>, written: string): boolean {
  const text = set.notOfferName ? withoutOfferNames(writtenAndRead(written)) : writtenAndRead(written);
  const said = set.noneUnlessRuledOut ? saidNotRuledOut : (t: string, w: string) => t.includes(w);
  if (set.none && set.none.some((w) => said(text, normalisedWord(w)))) return false;
  if (set.notWavedAway && causeWavedAway(written).length > 0) return false;
  if (set.stated && set.any && !set.any.some((w) => statedNotAsked(text, normalisedWord(w)))) return false;
  if (set.offered && set.any && !set.any.some((w) => offeredNotNegated(text, normalisedWord(w))))
    return false;
  if (set.sentence) {
    // The thing named and what to do about it, together, not named only to be left as it is.
    return text
      .split(/[.!?\n]+/)
      .some(
        (s) =>
          (!set.all || set.all.every((w) => namedForChange(s, normalisedWord(w)))) &&
          (!set.any || set.any.some((w) => s.includes(normalisedWord(w)))),
      );
  }
  if (set.all && !set.all.every((w) => text.includes(normalisedWord(w)))) return false;
  if (set.any && !set.any.some((w) => text.includes(normalisedWord(w)))) return false;
  return true;
}

export function labelsMatch(
  set: NonNullable<ActionMatch["labels"]>,
  labels: readonly string[] | null | undefined,
): boolean {
  const ls = labels ?? [];
  if (set.all && !set.all.every((l) => ls.includes(l))) return false;
  if (set.any && !set.any.some((l) => ls.includes(l))) return false;
  if (set.none && set.none.some((l) => ls.includes(l))) return false;
  return true;
}

/** Does this recorded learner action satisfy every condition in `m`? */
export function actionMatches(
  m: ActionMatch | CriterionMatch,
  r: ActionRecord,
  opts?: MatchOptions,
): boolean {
  const a = r.action;
  if (m.action && !m.action.includes(a.type)) return false;
  if (WORDS_ARE_THE_RECORD.has(a.type) && saysNothing(r.searchText)) return false;
  if ("customerRef" in m && m.customerRef && !inList(m.customerRef, r.customerRef)) return false;
  if ("orderRef" in m && m.orderRef && !inList(m.orderRef, "orderRef" in a ? a.orderRef : undefined))
    return false;
  if (m.channel) {
    if (a.type !== "send_message" || !m.channel.includes(a.channel)) return false;
  }
  if (m.labels) {
    // Messages to customers and to people (a public reply to a review is read the same way).
    if (
      (a.type !== "send_message" && a.type !== "message_person") ||
      !labelsMatch(m.labels, r.analysis?.labels)
    )
      return false;
  }
  if (m.text && !textMatches(m.text, r.searchText)) return false;
  if (m.remedy) {
    if (!r.remedy) return false;
    if (m.remedy.kind && !m.remedy.kind.includes(r.remedy.kind)) return false;
    if (m.remedy.lawful !== undefined && (r.remedy.cra?.lawful ?? false) !== m.remedy.lawful) return false;
    if (m.remedy.minPence !== undefined && r.remedy.amountPence < m.remedy.minPence) return false;
  }
  if (m.caseCategory && !inList(m.caseCategory, r.caseCategory)) return false;
  if (m.caseStatus) {
    const status =
      a.type === "update_case"
        ? a.status
        : a.type === "close_case"
          ? "closed"
          : a.type === "open_case"
            ? "open"
            : null;
    if (!inList(m.caseStatus, status)) return false;
  }
  if (m.stage && (a.type !== "change_stage" || !m.stage.includes(a.stage))) return false;
  if (m.consent) {
    if (a.type !== "update_consent") return false;
    if (m.consent.channel && !m.consent.channel.includes(a.channel)) return false;
    if (m.consent.granted !== undefined && m.consent.granted !== a.granted) return false;
  }
  if (m.preferences) {
    if (a.type !== "update_preferences") return false;
    if (m.preferences.preferredChannel && !inList(m.preferences.preferredChannel, a.preferredChannel))
      return false;
    if (m.preferences.accessibilityNotes !== undefined) {
      const has = (a.accessibilityNotes ?? "").length > 0;
      if (has !== m.preferences.accessibilityNotes) return false;
    }
  }
  if (m.survey && (a.type !== "send_survey" || !m.survey.includes(a.kind))) return false;
  if (m.dueInDays) {
    if (r.dueInDays === null) return false;
    if (m.dueInDays.min !== undefined && r.dueInDays < m.dueInDays.min) return false;
    if (m.dueInDays.max !== undefined && r.dueInDays > m.dueInDays.max) return false;
  }
  if (m.direction && (a.type !== "log_call" || (a.direction ?? "outbound") !== m.direction)) return false;
  if (m.marketingConsent !== undefined && r.marketingConsent !== m.marketingConsent) return false;
  if (m.marketingLawful !== undefined && r.marketingLawful !== m.marketingLawful) return false;
  if (m.promotes !== undefined && r.promotes !== m.promotes) return false;
  if (m.optOutOffered !== undefined && r.optOutOffered !== m.optOutOffered) return false;
  if (m.consentEvidenced !== undefined && r.consentEvidenced !== m.consentEvidenced) return false;
  if (m.preferredChannel !== undefined && r.preferredChannel !== m.preferredChannel) return false;
  if (m.identityVerified !== undefined && r.identityVerified !== m.identityVerified) return false;
  if (m.disclosesPersonalData !== undefined) {
    if (a.type !== "send_message" && a.type !== "message_person") return false;
    if (r.disclosed.length > 0 !== m.disclosesPersonalData) return false;
  }
  if (m.disclosesPersonalDataOf) {
    if (a.type !== "send_message" && a.type !== "message_person") return false;
    const owners = m.disclosesPersonalDataOf;
    if (!r.disclosed.some((d) => owners.includes(d.slice(0, d.indexOf("/"))))) return false;
  }
  if (m.offersReviewIncentive !== undefined) {
    if (a.type !== "send_message" && a.type !== "message_person") return false;
    if (reviewIncentives(a.text).length > 0 !== m.offersReviewIncentive) return false;
  }
  if (m.sharesDataForMarketing !== undefined) {
    if (a.type !== "send_message") return false;
    if (sharedForMarketing(a.text).length > 0 !== m.sharesDataForMarketing) return false;
  }
  if (m.offerBeyond) {
    if (a.type !== "send_message" || offersBeyond(a.text, m.offerBeyond).length === 0) return false;
  }
  if (m.asksToRaiseScore !== undefined) {
    if (a.type !== "send_message") return false;
    if (scoreRequests(a.text).length > 0 !== m.asksToRaiseScore) return false;
  }
  if (m.pressureSelling !== undefined) {
    if (a.type !== "send_message") return false;
    if (pressureIn(a.text).length > 0 !== m.pressureSelling) return false;
  }
  if (m.asksForUnneededData !== undefined) {
    if (a.type !== "send_message") return false;
    if (unneededDataRequested(a.text).length > 0 !== m.asksForUnneededData) return false;
  }
  if (m.asksForDataInPublic !== undefined) {
    if (a.type !== "send_message" && a.type !== "message_person") return false;
    if (publicDataRequests(a.text).length > 0 !== m.asksForDataInPublic) return false;
  }
  if (m.mentionsHandoff !== undefined && mentionsHandoffToPerson(r.searchText) !== m.mentionsHandoff)
    return false;
  if (m.claimsApproval !== undefined) {
    if (a.type !== "send_message" && a.type !== "message_person") return false;
    if (r.approvalClaimed !== m.claimsApproval) return false;
  }
  if (m.offersRemedyChoice !== undefined) {
    if (a.type !== "send_message") return false;
    if (offersRemedyChoice(a.text) !== m.offersRemedyChoice) return false;
  }
  if (m.creditForRemedy !== undefined) {
    if (a.type !== "send_message") return false;
    if (Boolean(r.creditForRemedy) !== m.creditForRemedy) return false;
  }
  if (m.obstructsRight !== undefined) {
    if (a.type !== "send_message") return false;
    if (r.obstructs.length > 0 !== m.obstructsRight) return false;
  }
  if (m.withinSubjectAccessDeadline !== undefined) {
    if (r.dueOn === null || r.subjectAccessLastDay === null) return false;
    if (r.dueOn <= r.subjectAccessLastDay !== m.withinSubjectAccessDeadline) return false;
  }
  if (m.lass) {
    const replied = a.type === "send_message" || (a.type === "message_person" && a.channel === "review");
    if (!replied || !labelsMatch(m.lass, stepsReached(r, opts?.lassLevel ?? "met"))) return false;
  }
  if (m.personal !== undefined) {
    if (a.type !== "send_message") return false;
    const template = opts?.isTemplate ? opts.isTemplate(r) : r.templateOf !== null;
    // Calling a customer by someone else's name is not personal, whatever history the message names.
    const wrongName = r.analysis?.labels.includes("wrong_name") ?? false;
    const personal = !template && !wrongName && ownHistory(r, opts).length > 0;
    if (personal !== m.personal) return false;
  }
  if (m.personRef && !inList(m.personRef, r.personRef)) return false;
  if (m.personRole && !inList(m.personRole, r.personRole)) return false;
  if (m.promptId && (a.type !== "answer_prompt" || !m.promptId.includes(a.promptId))) return false;
  if (m.metric && (a.type !== "make_recommendation" || !m.metric.includes(a.metric))) return false;
  if (m.paysEveryone !== undefined) {
    if (a.type !== "make_recommendation") return false;
    if (blanketPayments(a.action).length > 0 !== m.paysEveryone) return false;
  }
  if (m.answers) {
    if (a.type !== "send_message") return false;
    const answered = (r.reading?.hits ?? []).filter((h) => h.kind === "answers").map((h) => h.id);
    if (!labelsMatch(m.answers, answered)) return false;
  }
  return true;
}

/**
 * The customer's own history a message names. Scoring (which passes `isTemplate`: it sees the whole
 * attempt, as a tutor does) leaves it out when every mention sits inside stock lines ("As a valued
 * Espresso Roast customer since 2024, your loyalty means the world to us"; the runtime marks it,
 * stock-lines.ts): the mail-merge talking, not attention. The customer still sees it named, so her
 * reactions still count it.
 */
export function ownHistory(r: ActionRecord, opts?: MatchOptions): EvidenceHit[] {
  if (opts?.isTemplate && r.reading?.stockHistory) return [];
  return (r.reading?.hits ?? []).filter((h) => h.kind === "history");
}

export function anyMatches(
  ms: readonly (ActionMatch | CriterionMatch)[],
  r: ActionRecord,
  opts?: MatchOptions,
): boolean {
  for (const m of ms) if (actionMatches(m, r, opts)) return true;
  return false;
}

export function flagsMatch(
  set: { all?: string[]; none?: string[] } | undefined,
  flags: readonly string[],
): boolean {
  if (!set) return true;
  if (set.all && !set.all.every((f) => flags.includes(f))) return false;
  if (set.none && set.none.some((f) => flags.includes(f))) return false;
  return true;
}

export function inRange(range: { min?: number; max?: number } | undefined, v: number): boolean {
  if (!range) return true;
  if (range.min !== undefined && v < range.min) return false;
  if (range.max !== undefined && v > range.max) return false;
  return true;
}

/**
 * Which of a contact's scripted reactions fire, customer or colleague alike: the eligible ones in file
 * order up to the first that says `stop`; only when none fires, the eligible fallbacks the same way.
 */
export function reactionsThatFire<R extends { fallback?: boolean; stop?: boolean }>(
  reactions: readonly R[],
  eligible: (r: R) => boolean,
): R[] {
  const pick = (fallback: boolean) => {
    const fired: R[] = [];
    for (const r of reactions) {
      if (Boolean(r.fallback) !== fallback || !eligible(r)) continue;
      fired.push(r);
      if (r.stop) break;
    }
    return fired;
  };
  const firstChoice = pick(false);
  return firstChoice.length > 0 ? firstChoice : pick(true);
}
