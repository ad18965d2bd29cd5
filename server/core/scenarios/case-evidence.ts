/**
 * Evidence from the case, not from a phrase list. A scenario declares, for each scripted customer,
 * what a good reply must engage with: the facts of their problem (to reflect back), their questions
 * and the acceptable answers, the fix the case needs, and their own history (for personalisation).
 * Each is a list of paraphrases; `readMessage` finds which of them a learner's message engages with,
 * and how much of the message is stock formula, keyword lists or a pasted wall of text.
 *
 * A paraphrase is one or more word stems joined by " + ", all of which must occur in ONE sentence,
 * each at the start of a word: "light + flicker" matches "the blue light flickers". Text is compared
 * lower-cased and without accents ("cafetière" = "cafetiere").
 */
import { clockStartsOnOurSide } from "./sar-clock";
import {
  chargedLineGiven,
  faultProofAsked,
  optOutLeftToThem,
  requestFeeAsked,
  sentToManufacturer,
} from "./obstruction-kinds";
import { z } from "zod";
import { stepNameLists } from "../analysis";
import type { MessageAnalysis } from "./engine-types";
import { clauseAfter, clauseBefore } from "./clauses";
import { readableText } from "./learner-spelling";
import { memoByText } from "./text-memo";
import { blankedOut, emailQuotedLines, quotedSpans, webAddressSpans } from "./quotations";
import { normaliseText } from "./matching";
import { statuteCitationsIn } from "./register";
import { copiedRanges, type Echo, inEcho, isEcho } from "./pasted-text";
import {
  type DateWindow,
  judgeWrittenDate,
  periodEndsTooLate,
  writtenDates,
  writtenPeriods,
} from "./written-dates";
import { adviceAt } from "./advice-instead";
import { hedgedAt } from "./hedged-fix";
import { someoneElseAt } from "./someone-else";
import { ourContactTimeAt } from "./own-contact-time";
import { lessThanNowIn } from "./less-than-now";
import { marketingAnnounced, type RefusedChannel } from "./marketing-anyway";
import { refundDeductionsIn } from "./refund-deductions";
import { remedyFeesIn } from "./remedy-fee";
import { remedyForReview } from "./review-incentives";
import { otherGoodsDemanded } from "./partial-rejection";
import { refundLeftToDecision } from "./remedy-discretion";
import { claimWindowSet, refundSaidUnavailable } from "./remedy-refusals";
import { replacementBeforeRefund } from "./replacement-first";
import { rightsWaiversIn } from "./rights-waiver";
import { reassurancesAbout } from "./reassurance";
import { accessHeldBack } from "./sar-conditions";
import { accessNarrowedFirst } from "./sar-narrowing";
import { accessRefused, requestRerouted } from "./request-route";
import { remedyConditionedOn } from "./remedy-conditions";
import { type ObligationKind, obligationOf } from "./obligations";
import { refundAfterRepair } from "./repair-first";
import { rightToldAsFavour } from "./right-as-favour";
import { creditForRefund } from "./credit-for-refund";
import { menuWrongWords, offeredAsMenu } from "./menu-answer";

const itemId = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,59}$/, "must be kebab-case (lower-case letters, digits and hyphens)");
const paraphrase = z
  .string()
  .trim()
  .min(2)
  .max(160)
  .refine((p) => p.split("+").every((part) => part.trim().length >= 2), {
    message: 'every part of a paraphrase needs at least two characters ("light + flicker")',
  });
const evidenceItem = z
  .object({ id: itemId, say: z.array(paraphrase).min(1, "give at least one paraphrase") })
  .strict();
/**
 * A piece of personal data. `reassuredAbout` names things of the person's ("order", "delivery") whose
 * reassurance gives this item away ("there's nothing to worry about with your mum's delivery" tells a
 * caller there is one and how it stands; reassurance.ts), in whatever words (red-team round 16 B).
 */
const personalDataItem = z
  .object({
    id: itemId,
    say: z.array(paraphrase).min(1, "give at least one paraphrase"),
    reassuredAbout: z.array(z.string().trim().min(2).max(40)).optional(),
  })
  .strict();
const OBSTRUCTION_READERS = {
  // A deadline of the shop's making on the remedy, in any words, with the time and the expiry anywhere around
  // it (obligations.ts deadline kind, sessions 37-38: "I can hold the refund open for seven days. If I don't
  // hear back by then it drops off the system", "I can only hold this offer open until 5pm today"). One reader
  // since session 38: pressure-selling.ts's remedy deadlines (and their goodwill-window skip) folded in, so
  // an upgrade offer's "ends at midnight" is the pressure-selling gate's, not the refund's.
  "remedy-deadline": (text: string) => obliged(text, "deadline"),
  "review-for-remedy": (text: string) => remedyForReview(text).length > 0,
  "rights-waiver": (text: string) => rightsWaiversIn(text).length > 0,
  // A refund said to be unavailable with no modal ("a refund isn't really on the table"), and a time limit
  // shorter than the law's on claiming it ("refunds have to be claimed within the week"; remedy-refusals.ts,
  // red-team round 20 A).
  // Also (red-team round 24 A): the refund told as a decision still open, whoever decides it ("our refunds
  // panel… decide whether it's approved", remedy-discretion.ts), and the refund on the faulty item alone
  // refused unless goods that conform come back too ("processed per order rather than per item… the toaster
  // included", partial-rejection.ts; CRA 2015 s.21(1)-(2), s.31(1)-(2)).
  "refund-unavailable": (text: string) =>
    refundSaidUnavailable(text).length > 0 ||
    refundLeftToDecision(text).length > 0 ||
    otherGoodsDemanded(text).length > 0,
  "claim-window": (text: string) => claimWindowSet(text).length > 0,
  // A data subject's request held until she makes it again by letter, email or form (request-route.ts;
  // red-team round 19 B).
  "request-route": (text: string) => requestRerouted(text).length > 0 || obliged(text, "route"),
  // Her right to a copy refused outright ("we don't send people copies of their data"; request-route.ts,
  // red-team round 21 B). Also her copy held until she narrows it to a part, or given a part at a time ("they'll
  // make a start as soon as you've picked one"; sar-narrowing.ts, red-team round 26 B): Art 15(1), 15(3), 12(3).
  "access-refused": (text: string) => accessRefused(text).length > 0 || accessNarrowedFirst(text).length > 0,
  // Her request held back by a period longer than the law's month or a clock that waits on a document
  // ("the 40-day period… starts once that's in"; sar-conditions.ts, red-team round 25 B): UK GDPR Art 12(3),
  // 12(5), 12(6).
  "access-held-back": (text: string) => accessHeldBack(text).length > 0,
  // A refund made to wait on a repair attempt ("if they can't fix it we'll refund you"; repair-first.ts,
  // red-team round 20 C): for customers who may reject now (CRA 2015 s.20, s.22(3), s.24(5)).
  // Also a replacement put before the refund as a rule ("after a repair, a replacement has to be tried before
  // it can go to a refund"; replacement-first.ts, red-team round 24 A; CRA 2015 s.24(5), s.31).
  "repair-first": (text: string) =>
    refundAfterRepair(text) !== null || replacementBeforeRefund(text).length > 0,
  // What the customer is made to do, in any words (obstruction-kinds.ts; red-team round 20 D): prove the
  // fault was not hers, go to the maker, pay for her copy, stop the marketing herself.
  // Each also reads the same act put before the remedy in any words (obligations.ts, session 36).
  "fault-proof": (text: string) => faultProofAsked(text) !== null || obliged(text, "fault-proof"),
  manufacturer: (text: string) => sentToManufacturer(text) !== null || obliged(text, "manufacturer"),
  "request-fee": (text: string) => requestFeeAsked(text) !== null || obliged(text, "fee"),
  "opt-out-left-to-them": (text: string) => optOutLeftToThem(text) !== null || obliged(text, "self-service"),
  // The obligations reader alone, for lists no older reader fits (obligations.ts, session 36): a fee, a form,
  // letter or call, or a link or setting put before the remedy ("Removal happens once you've rung our
  // customer line", "the refund can be processed once the £15 inspection fee is in").
  // Also a charge for the work of the remedy told as a plain fact, with no condition ("There's a £15 diagnostic
  // charge for our engineer to assess it"; remedy-fee.ts, red-team round 29): CRA 2015 s.23(2), s.20(8).
  "obliged-fee": (text: string) => obliged(text, "fee") || remedyFeesIn(text).length > 0,
  // A line charged above the basic rate given as the way to reach us about the remedy ("ring our aftercare
  // team on 0871…, 13p a minute"; obstruction-kinds.ts, red-team round 23 A): CCR 2013 reg 41, CRA 2015 s.20(8).
  "charged-line": (text: string) => chargedLineGiven(text) !== null,
  "obliged-route": (text: string) => obliged(text, "route"),
  "obliged-self-service": (text: string) => obliged(text, "self-service"),
  // Store credit or a voucher told as what the shop can do, with nothing owed offered beside it ("what I
  // can do is put the £44.99 back on your account as credit"; credit-for-refund.ts, red-team round 21 C).
  "credit-for-refund": (text: string) => creditForRefund(text) !== null,
  // A charge taken off the refund ("a small £4.99 handling charge taken off the refund"; refund-deductions.ts,
  // lead's mutation set 15): CRA 2015 s.20(8), s.20(17).
  "refund-deduction": (text: string) => refundDeductionsIn(text).length > 0,
} as const;
function obliged(text: string, kind: ObligationKind): boolean {
  return obligationOf(text, [kind], quotedSpans(text)) !== null;
}
type ObstructionReader = keyof typeof OBSTRUCTION_READERS;
const OBSTRUCTION_READER_NAMES = Object.keys(OBSTRUCTION_READERS) as [
  ObstructionReader,
  ...ObstructionReader[],
];

/** What obstructing a legal right sounds like in this case, with the rule it breaks. */
const obstructionItem = z
  .object({
    id: itemId,
    /** The statute or guidance this phrasing breaks (shown to tutors; every item cites one). */
    cite: z.string().trim().min(3).max(300),
    /** Paraphrases; may be empty when `readers` or `marketingOn` find the item in any words. */
    say: z.array(paraphrase).default([]),
    /**
     * Marketing on these channels, which the customer refused or objected to, announced as coming
     * anyway ("our text offers go out to everyone in their first month") is this item too, in any
     * words (marketing-anyway.ts; red-team round 17 B). "all": an objection to all marketing.
     */
    marketingOn: z.array(z.enum(["email", "sms", "post", "phone", "all"])).optional(),
    /**
     * General readers whose finds are this item too, in any words (lead's mutation set 11):
     * "remedy-deadline" a deadline of the shop's making on the remedy (obligations.ts deadline kind),
     * "review-for-remedy" the remedy made to wait on a review (review-incentives.ts `remedyForReview`),
     * "rights-waiver" the remedy traded for dropping the complaint (rights-waiver.ts).
     */
    readers: z.array(z.enum(OBSTRUCTION_READER_NAMES)).optional(),
    /**
     * Things the law does not ask of the customer (word stems: "box", "receipt"): the remedy made to wait
     * for one of them in the same sentence, however many commas apart ("will only complete it once it's
     * back with us, boxed up, along with your proof of purchase"), is this item too
     * (remedy-conditions.ts; red-team round 19 A).
     */
    conditionedOn: z.array(z.string().trim().min(2).max(40)).optional(),
    /**
     * The remedy the law gives told as a favour ("normally it would go back for another repair, but I'll
     * make an exception as a goodwill gesture") is this item too, in any words (right-as-favour.ts;
     * round 5 A's "legally we'd only have to offer you a repair, but as a goodwill gesture…" rephrased,
     * red-team round 19 A).
     */
    asFavour: z.boolean().optional(),
  })
  .strict()
  .refine((item) => item.say.length > 0 || item.readers?.length || item.marketingOn?.length, {
    message: "give at least one paraphrase (say), reader (readers) or channel (marketingOn)",
  });
const questionItem = z
  .object({
    id: itemId,
    /** The customer's question, as they asked it (for tutors and feedback). */
    asks: z.string().trim().min(3).max(300),
    answers: z.array(paraphrase).min(1, "give at least one acceptable answer"),
    /**
     * Answers that are wrong for this customer ("we'll grind them fine for you" to someone with only
     * a cafetière): a message that says one of these has not answered the question, whatever
     * acceptable words it also contains. A negated one ("we won't grind them fine") does not count.
     */
    wrong: z.array(paraphrase).default([]),
    /**
     * When given, a wrong answer counts only in a sentence that is about the question (says one of
     * these), so a number that is wrong as the answer ("7 days") does not void a true sentence about
     * something else ("the new kettle should be with you within 7 days"). Law audit, 5 December.
     */
    about: z.array(paraphrase).default([]),
    /**
     * What, written on the customer's record (a note, a case, a task, a call log), records a wrong
     * answer for them ("Grind preference: whole bean" for a customer with no grinder). A bare list
     * counts, a negated mention does not. When a message told them a right answer and the record says
     * one of these (and no later record puts the right answer back), the record contradicts what they
     * were told: words against actions (promises.ts `recordContradictions`).
     */
    wrongOnRecord: z.array(paraphrase).default([]),
    /**
     * What the customer has now, when the question asks for less of it ("Could I have my beans less
     * often, or in a smaller bag?"): any offer of a smaller pack than `grams` or of deliveries further
     * apart than `everyDays`, in any words, answers it (less-than-now.ts; red-team round 18 B).
     */
    lessThan: z
      .object({
        grams: z.number().int().positive().optional(),
        everyDays: z.number().int().positive().optional(),
      })
      .strict()
      .optional(),
    /**
     * Calendar dates written in the answer are judged against a legal last day, counted from the
     * attempt's own start (written-dates.ts): `subjectAccessLastDay` is the one-month response date
     * of a subject access request (UK GDPR Art 12(3); data-protection.ts). A day from four weeks after
     * receipt to that day is a right answer, a later day (or a later month named alone) a wrong one,
     * so a scenario never lists days that are right only for one start date.
     */
    dates: z
      .object({ onOrBefore: z.literal("subjectAccessLastDay") })
      .strict()
      .optional(),
  })
  .strict();

/**
 * A choice the customer can make in the scenario (a refund, a price reduction), and the flags their
 * state holds once they have made it (set by their reaction to having the options explained); or a
 * choice already made in their opening message (`inOpening`: "I don't want another repair; I want a
 * full refund"), which needs no flag.
 */
const choiceItem = z
  .object({
    id: itemId,
    say: z.array(paraphrase).min(1, "give at least one paraphrase"),
    flags: z.array(z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, "must be a flag name")).default([]),
    inOpening: z.boolean().default(false),
  })
  .strict()
  .refine((c) => c.inOpening || c.flags.length > 0, {
    message: "name the flag(s) that record the choice, or mark it inOpening",
    path: ["flags"],
  });

export const caseEvidenceSchema = z
  .object({
    /** The facts of this customer's problem: restating one is Listening. */
    facts: z.array(evidenceItem).default([]),
    /** The customer's questions and acceptable answers (first-contact resolution). */
    questions: z.array(questionItem).default([]),
    /** The fix this case needs, in the words a learner might use (Solve). */
    fix: z.array(evidenceItem).default([]),
    /** The customer's own history (purchases, past contacts): what makes a message personal. */
    history: z.array(evidenceItem).default([]),
    /**
     * The customer's personal data as it could be given away in words (their address, order, what
     * they bought, that they have an account at all): stating one to someone not entitled to it is
     * a disclosure (UK GDPR Art 5(1)(f); see `disclosuresIn`).
     */
    personalData: z.array(personalDataItem).default([]),
    /**
     * What putting an obstacle in the way of this customer's legal right sounds like in this case
     * ("you'll need to write to us by post" to someone making a subject access request in a chat,
     * which any channel may carry: UK GDPR Art 12(2), ICO "Right of access"). Read by
     * `obstructionsIn`; a criterion asks for it with `obstructsRight`.
     */
    obstructs: z.array(obstructionItem).default([]),
    /**
     * The choices the customer makes in the scenario, each with the flags that record it having been
     * made. A record that says they chose one ("She chose the refund", "customer agreed to a repair")
     * is compared with what they actually chose (promises.ts `choiceClaims`); with choices declared,
     * a choice not among them was never made.
     */
    choices: z.array(choiceItem).default([]),
  })
  .strict();
export type CaseEvidence = z.output<typeof caseEvidenceSchema>;

export const EVIDENCE_KINDS = ["facts", "answers", "fix", "history"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export type EvidenceHit = { kind: EvidenceKind; id: string; start: number; end: number; text: string };

export type MessageReading = {
  words: number;
  sentences: number;
  /** Evidence items the message engages with (each item once, at its first place). */
  hits: EvidenceHit[];
  /** Sentences that are only a list of keywords ("Ground, coarse, cafetière, grinder."). */
  keywordLists: number;
  /**
   * Stock-formula spans (listen, apologise, thank, empathy, ownership) outside sentences with case
   * content, plus each of those LASS steps named in a list of step names ("listens, apologises, solves and
   * says thank you" counts three).
   */
  formulas: number;
  /** Mostly formula, little case content: message criteria give at most "partly". */
  stuffed: boolean;
  /**
   * The customer's own history is named, but only inside stock lines ("As a valued Espresso Roast
   * customer, your loyalty means the world to us"): those lines. Set by the runtime (stock-lines.ts);
   * scoring does not credit such a message as personal, though the customer sees the fact named.
   */
  stockHistory?: string[];
  /** Too long to be a reply a customer will read (a pasted wall): fails plain English and concision. */
  wall: boolean;
  /**
   * A wall in which the case is buried: message criteria give at most "partly". A reply that is too
   * long but is about this customer throughout (`isCaseRich`) is only a concision fault, not this.
   */
  buried: boolean;
  /**
   * Notes, not a reply: every sentence a keyword list or a fragment of three words or fewer, four or
   * more of them ("Re ORD-52021. Frother. Failed again. Repaired once. Full refund £49.99. Sorry.").
   * The words are found (a fact named is engaged with), but message criteria give at most "partly".
   */
  telegram: boolean;
  /**
   * Mostly copied from what the learner was shown (the customer's own message, the brief): message
   * criteria give at most "partly", and no evidence inside the copied words counts (pasted-text.ts).
   */
  echoed: boolean;
  /** Questions answered wrongly (a `wrong` answer said in the learner's own words), with the words. */
  wrongAnswers: { id: string; text: string }[];
  /** Where the copied words are (character ranges of the message). */
  echoRanges: { start: number; end: number }[];
  /** Where the message speaks to whoever marks it, not to the customer (`asidesToMarker`). */
  asideRanges: { start: number; end: number }[];
  /** The names of filled-in fields ("Sorry" in "• Sorry: yes"): headings, not words to the customer. */
  fieldNames: { start: number; end: number }[];
  /**
   * Words inside quotation marks: someone else's ("You said: \"Do the beans come whole or
   * ground?\""), so not the learner's stock phrases and no LASS step of theirs (lass-steps.ts).
   */
  quotedRanges: { start: number; end: number }[];
  /**
   * Products named as the customer's own that they never bought ("your Crema Duo" to a Crema One
   * owner: workspace-disclosure.ts `misattributedPurchases`); the message is then not personal.
   */
  misattributed?: { start: number; end: number; text: string }[];
  /**
   * Another customer's circumstances told as the recipient's (workspace-disclosure.ts
   * `othersCircumstances`): the message is then not personal.
   */
  othersFacts?: { customerRef: string; spans: { start: number; end: number; text: string }[] };
};

/** Longest reply (in words) that is still a readable message on this channel. */
export const WALL_WORDS: Record<string, number> = {
  sms: 120,
  chat: 150,
  phone: 250,
  email: 250,
  post: 300,
  review: 150,
};

/** Words as `readMessage` counts them. */
export function countWords(text: string): number {
  return (text.match(/[A-Za-z0-9£€'’-]+/g) ?? []).length;
}

const FORMULA_LABELS = new Set(["listen", "apologise", "thank", "empathy", "ownership", "non_apology"]);
/** A verb negated anywhere earlier in the clause cancels the fix: "we can't, in this case, refund". */
const NEGATION = /\b(not|never|cannot|unable|won't|can't|don't|isn't|aren't|wasn't)\b|n't\b/;
/**
 * "No" and "without" negate only the words right after them: "no refund" and "without a refund"
 * are not the fix, but in "you have no grinder so we will send your beans coarse ground" the
 * "no" belongs to the grinder (a learner's unpunctuated sentence must not cancel its own answer).
 */
const NEAR_NEGATION = /\b(no|without)\s+(\S+\s+){0,2}$/;
/**
 * Money towards something is not that thing: "a £20 voucher to put towards a new kettle" and "£10 off
 * the full price" are not a replacement or a full refund.
 */
const TOWARDS = /\b(towards?|off)\s+((a|an|the|your)\s+)?$/;

type Sentence = {
  start: number;
  end: number;
  /** The sentence lower-cased, without accents, with learners' misspellings read as words. */
  norm: string;
  /** Maps an offset in `norm` to one in the sentence as written. */
  toRaw: (offset: number) => number;
  keywordList: boolean;
  /** A form's field ("• Sorry: yes", "Remedy: full refund"): where its name is, in the text. */
  field: { start: number; end: number } | null;
};

/**
 * Sentences with their offsets (split at . ! ? before a space, also after a closing quote or bracket:
 * `it was fine.) Then`, `"it broke." Then`; and at line breaks).
 */
export function splitSentences(text: string): Sentence[] {
  return sentenceMemo(text);
}
// Remembered by text (text-memo.ts): most readers of a message split it again.
const sentenceMemo = memoByText(sentencesOf, 500);

function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  // Tried only from a run's first mark, as own-words.ts's SENTENCE_END (the same sentences, in linear time).
  const boundary = /(?<![.!?])[.!?]+["'\u2019\u201d)\]]*(?=\s)|\n+/g;
  let from = 0;
  const push = (start: number, end: number) => {
    const raw = text.slice(start, end);
    if (!/[a-z0-9]/i.test(raw)) return;
    // normaliseText keeps lengths; readableText maps its own offsets back.
    const readable = readableText(normaliseText(raw));
    out.push({
      start,
      end,
      norm: readable.text,
      toRaw: readable.toOriginal,
      keywordList: isKeywordList(raw),
      field: formField(raw, start),
    });
  };
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    push(from, m.index + (m[0].startsWith("\n") ? 0 : m[0].length));
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

/**
 * A line that names a field and fills it in ("• Kettle: stopped working, 12 days old", "Sorry: yes",
 * "PS options: full refund / price reduction"): an optional bullet or number, a name of one to three
 * words, a colon, then a value. The name is a heading the learner wrote for themselves, not words said
 * to the customer (round 10 A, complaint-r10-bullet-facts: "• Sorry: yes" is a box ticked, not an
 * apology).
 */
// A ticked box is a bullet too ("[x] Sorry", "☑ Solution: replacement sent"): red-team round 27 A (redA's
// returns-r27-tick-boxes, a reply written as a ticked checklist of the LASS steps).
const FIELD =
  /^(\s*(?:[•*·▪►✓✔☑☒✅\-–—]|\[[xX✓✔ ]?\]|\([xX✓✔]\)|\d{1,2}[.)])?\s*)([a-z][a-z0-9'&/+]*(?:\s+[a-z0-9'&/+]+){0,2})\s*:\s+(?=\S)/i;
/** Someone doing something: a value with a subject is a sentence under a heading, not a filled-in field. */
const SUBJECT =
  /\b(?:i|we|you|it|they|he|she|there|that|this)\b|\b(?:i|we|you|it|they|he|she|there|that)'[a-z]+\b/i;
/** The field's name ("Sorry" in "• Sorry: yes") as offsets from `offset`, when the line is a field. */
function formField(line: string, offset = 0): { start: number; end: number } | null {
  const m = FIELD.exec(line);
  if (!m) return null;
  // "You said: …" and "Note: I've refunded it" are someone saying something, not a field filled in.
  if (SUBJECT.test(m[2]!) || SUBJECT.test(line.slice(m[0].length))) return null;
  const start = offset + m[1]!.length;
  return { start, end: start + m[2]!.length };
}

/**
 * A list of words, not a sentence: four or more items nearly all of one to three words, or three
 * short items with no one doing anything in them ("Decaf, coffee, beans."). Items are separated by
 * commas or semicolons, or by the dashes, bars and slashes of a note ("ORD-87011 – 5 days late –
 * SwiftParcel – 3rd time"); a hyphen inside a word ("3-year") separates nothing. A field's name is not
 * an item ("PS options: full refund / price reduction, your choice, no deduction within six months"
 * is a list of four; round 10 A, repeat-fault-r10-keywords-in-ps).
 */
const wordsIn = (s: string) => s.split(/\s+/).length;
/** Someone's own things named: "your sister's mugs", "our courier", "my colleague". */
const OWNED = /\b(?:your|our|my|his|her|their)\b/i;
function isKeywordList(line: string): boolean {
  const label = FIELD.exec(line);
  const sentence = label ? line.slice(label[0].length) : line;
  const items = sentence
    .split(/[,;|]|\s[-–—/]\s/)
    .map((s) => s.trim())
    .filter(Boolean)
    // Under a name, a run of figures is a series in a sentence, not keywords ("Priya: every 30 days,
    // then 45, 60, 75 and 110 days with no complaint").
    .filter((s) => !label || !/^(?:then|and|or)?\s*[£$]?\d[\d.,%]*$/i.test(s));
  if (items.length < 3) return false;
  // A spoken sentence with a name, an aside and a tag has short items too ("Sorry Liam, I can't give out
  // any information about another person's account, even family, that's data protection"; red-team
  // round 21 C, dp-r21h-liam-just-no): when a clause of six words or more has someone doing something
  // in it, and clauses with a subject hold at least half the words, it is a sentence, not a list.
  // So is a long clause spoken to or about the customer's own things with no verb of its own ("Three late
  // orders, and your sister's mugs four days after her birthday – sorry, David, that's on us": red-team
  // round 27 B, win-back-r27-five-short-texts, honest, first ran as a keyword list with Listen lost).
  const said = items.filter((s) => SUBJECT.test(s) || (wordsIn(s) >= 6 && OWNED.test(s)));
  if (
    said.some((s) => wordsIn(s) >= 6) &&
    2 * said.reduce((n, s) => n + wordsIn(s), 0) >= items.reduce((n, s) => n + wordsIn(s), 0)
  )
    return false;
  const short = items.filter((s) => wordsIn(s) <= 3).length;
  if (items.length === 3)
    return short === 3 && !/\b(i|we|you|your|it|they|he|she|is|are|was|will|can)\b|'/i.test(sentence);
  return short / items.length >= 0.75;
}

/**
 * A text that is only a list of words, the way a learner who guesses what the marker looks for fills
 * in a form ("SwiftParcel. Courier. Late. Delays." or "courier, review, contract, trial"): every
 * sentence is a keyword list or a fragment of one or two words, and there is a list or at least three
 * fragments. Nobody could act on it, so words found in it earn at most partly.
 */
export function isOnlyKeywords(text: string): boolean {
  const ss = splitSentences(text);
  if (!ss.length) return false;
  const fragment = (x: Sentence) => countWords(text.slice(x.start, x.end)) <= 2;
  if (!ss.every((x) => x.keywordList || fragment(x))) return false;
  return ss.some((x) => x.keywordList) || ss.length >= 3;
}

/**
 * A message written as notes: at least four sentences, each a keyword list or a fragment of three
 * words or fewer. A customer cannot tell what was done or why from it (round 4: the facts of two
 * cases listed as a reply, "Delivered 21:40. Day 31. Outside 30 days. Replacement. Sorry.").
 */
function isTelegram(text: string, sentences: readonly Sentence[]): boolean {
  // One long keyword list between a greeting and a sign-off is notes too ("Dear Priya, / Aurora kettle, 12
  // days, saucepan, sorry, apologies, refund, £44.99, thank you. / Alex"; lead's mutation set 18): the
  // stock words in it are items, not an apology or thanks said to her.
  const listed = sentences.filter((x) => x.keywordList);
  if (
    listed.some((x) => text.slice(x.start, x.end).split(/[,;|]|\s[-–—/]\s/).length >= 6) &&
    sentences.every((x) => x.keywordList || countWords(text.slice(x.start, x.end)) <= 2)
  )
    return true;
  return (
    sentences.length >= 4 &&
    // Words as written, split at spaces: "£49.99" is one. A filled-in field is a note too ("• Remedy:
    // full refund £44.99 → Visa debit, 3-5 working days"; round 10 A, complaint-r10-bullet-facts).
    sentences.every(
      (x) => x.keywordList || x.field !== null || text.slice(x.start, x.end).trim().split(/\s+/).length <= 3,
    )
  );
}

/**
 * A part ending in an object pronoun ends with it: "ring her" is not "ring herself" ("if your mum gives
 * us a ring herself" names the route, not a call we will make), and "we have + her" is not "we have
 * here". Other stems still match the start of a longer word ("deliver" in "delivered"). Red-team round
 * 8 B (dp-r8-name-and-email-check: decided no disclosure to Liam, first ran "disclosed").
 */
const ENDS_IN_PRONOUN = /(?:^|\s)(?:her|him|them|us|me)$/;
const escaped = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A fact restated with the verb left in its base form: "your frother is stop heating again, after we
 * already repair it one time" says "stopped heating again" and "already repaired" as a learner whose
 * first language has no past tense says them (red-team round 16 A, returns-r16-esl-both: Joanne not
 * heard). A paraphrase word of six letters or more ending in -ed also matches its stem with an ending
 * of the present ("stop", "stops", "stopping"; "arrive", "arriving"), whole words only. Facts only: the
 * fix, answers and obstructions keep their tense (a promise is not its base form).
 */
function baseForms(word: string): string {
  if (word.length < 6 || !/[a-z]ed$/.test(word) || /ied$|eed$/.test(word)) return escaped(word);
  let stem = word.slice(0, -2);
  const last = stem.at(-1)!;
  // "stopped" → "stop" (and "stopping" below); "called", "passed" keep their double letter.
  if (stem.length > 3 && stem.at(-2) === last && !/[aeiouls]/.test(last)) stem = stem.slice(0, -1);
  return `(?:${escaped(word)}|${escaped(stem)}(?:e|s|es|ing|e?d|${stem.at(-1)}ing)?(?![a-z]))`;
}

/**
 * A paraphrase's leading verb said of someone else, or in a condition, takes the third-person -s:
 * "ring us herself" is also "if your mum rings us herself", "call us" is "once she calls us" (red-team
 * round 19 C, dp-r19h-no-deadline-task, decided third-party-helped met, first ran partly). A single
 * word already matches its longer forms; pronouns and articles are not verbs.
 */
const NOT_A_VERB = /^(?:i|you|we|she|he|they|it|the|an?|your|our|her|his|their|my|this|that|no|not)$/;
function thirdPersonToo(words: string): string {
  const [first, ...rest] = words.split(/\s+/);
  const body = escaped(words).replace(/\s+/g, "\\s+");
  if (rest.length === 0 || !/^[a-z]{3,}$/.test(first!) || first!.endsWith("s") || NOT_A_VERB.test(first!))
    return body;
  return `${escaped(first!)}(?:e?s)?\\s+${escaped(rest.join(" ")).replace(/\s+/g, "\\s+")}`;
}

const partCache = new Map<string, RegExp[]>();
function compile(p: string, anyTense = false): RegExp[] {
  const key = anyTense ? `~${p}` : p;
  let rs = partCache.get(key);
  if (!rs) {
    rs = p.split("+").map((part) => {
      const words = normaliseText(part.trim());
      const body = anyTense ? words.split(/\s+/).map(baseForms).join("\\s+") : thirdPersonToo(words);
      return new RegExp(`(?<![a-z0-9])${body}${ENDS_IN_PRONOUN.test(words) ? "(?![a-z])" : ""}`);
    });
    if (partCache.size > 5_000) partCache.clear();
    partCache.set(key, rs);
  }
  return rs;
}

/** The first place a paraphrase occurs in the sentence, or null (all its parts must be there). */
/**
 * A fronted reason or time clause left unpunctuated ends where "we'll / I will / we can…" begins the
 * main clause: in "as you don't have a grinder we'll send your beans coarse ground" the "don't"
 * belongs to the grinder, not to the answer. Red-team round 6 (onboarding-r6-textspeak-short,
 * decided Distinction, first ran Merit with the grind question unanswered). "Because we can't refund
 * it" keeps its own "can't".
 */
const FRONTED = /^\s*(?:as|because|since|seeing as|given that|now that|when|while|although|though|if)\b/;
// "Because our repair didn't fix it you can have a full refund": the main clause may be said to her too
// (red-team round 20 C, repeat-fault-r20h-sum-said-wrong: the "didn't" cancelled her options).
const MAIN_SUBJECT =
  /\b(?:(?:i|we)(?:'ll|'d|'ve|\s+(?:will|can|could|would|shall|are going to|have))|you(?:'ll|'re|\s+(?:will|can|could|are|get|may)))\b/g;
function mainClause(clause: string): string {
  if (!FRONTED.test(clause)) return clause;
  let last = -1;
  for (const m of clause.matchAll(MAIN_SUBJECT)) if (m.index > 0) last = m.index;
  return last > 0 ? clause.slice(last) : clause;
}

/** Whether a negation earlier in the same clause cancels the words at `index` of `norm`. */
function negatedAt(norm: string, index: number): boolean {
  const clause = mainClause(clauseBefore(norm, index));
  return NEGATION.test(clause) || NEAR_NEGATION.test(clause) || TOWARDS.test(clause);
}

function findIn(
  s: Sentence,
  p: string,
  negatable: boolean,
  anyTense = false,
): { start: number; end: number; normStart: number; normEnd: number } | null {
  let first: { start: number; end: number } | null = null;
  // A paraphrase that carries its own negation ("don't have to + repair") is not cancelled by it: only
  // its first part is checked against the clause before it (round 20 C: "You don't have to have it
  // repaired again" was no answer to "what are my options?").
  const ownNegation = NEGATION.test(p.split("+")[0] ?? "");
  for (const [i, r] of compile(p, anyTense).entries()) {
    const m = r.exec(s.norm);
    if (!m) return null;
    // "We can't refund you" is not the fix: a negation earlier in the same clause cancels it.
    if (negatable && !(ownNegation && i > 0) && negatedAt(s.norm, m.index)) return null;
    if (!first || m.index < first.start) first = { start: m.index, end: m.index + m[0].length };
  }
  return (
    first && {
      start: s.toRaw(first.start),
      end: s.toRaw(first.end),
      normStart: first.start,
      normEnd: first.end,
    }
  );
}

function itemsOf(ev: CaseEvidence): { kind: EvidenceKind; id: string; say: string[] }[] {
  return [
    ...ev.facts.map((i) => ({ kind: "facts" as const, id: i.id, say: i.say })),
    ...ev.questions.map((q) => ({ kind: "answers" as const, id: q.id, say: q.answers })),
    ...ev.fix.map((i) => ({ kind: "fix" as const, id: i.id, say: i.say })),
    ...ev.history.map((i) => ({ kind: "history" as const, id: i.id, say: i.say })),
  ];
}

// Red-team round 6 (win-back-r6-for-marking-david, decided Pass, first ran Distinction): "(For marking
// purposes: this reply listens…, apologises…, solves… and thanks him.)" at the end of an SMS to David;
// the same words to the marker phrased as a purpose ("for the marker's benefit", "for the purposes of
// marking") are as much an aside as "Note to assessor"; so is a bracket opened with a label to the
// marker anywhere in a line ("…DAVID3. (Marker: this reply apologises…) Thanks again."). Not "for
// assessment": an engineer's assessment of a faulty item is said to customers. Round 6 A adds a heading "Assessment note:" / "Marking note:"
// and "To whoever marks this" (internal-r6-for-marking-purposes).
const ASIDE_TO_MARKER =
  /\b(?:note|message|comment|nb|n\.b\.|p\.?s\.?)\s*(?:to|for)\s+(?:the\s+|my\s+|any\s+)?(?:assessors?|markers?|examiners?|tutors?|teachers?|graders?|moderators?|verifiers?|marking)\b|^[ \t]*\(?(?:assessor|marker|examiner|tutor|grader)s?\s*(?:note)?\s*:|^[ \t]*for\s+(?:the\s+)?(?:assessors?|markers?|examiners?|tutors?|graders?)\s*:|\bfor\s+(?:the\s+)?(?:marking|grading|moderation|marker'?s?|assessor'?s?)\s+(?:purposes?|records?|benefit)\b|\bfor\s+the\s+purposes?\s+of\s+(?:marking|grading|moderation)\b|^[ \t]*\(?(?:marking|assessment|assessor'?s?|marker'?s?|grading)\s+notes?\s*:|\bto\s+whoever\s+(?:is\s+)?mark(?:s|ing)\b|(?<=\(\s*)(?:assessor|marker|examiner|tutor|grader)s?(?:'s)?\s*(?:note)?\s*:/gim;

/**
 * Where a message speaks to whoever marks it rather than to the customer: from "Note to assessor",
 * "For the marker:", "Assessor:", "For marking purposes:", "Assessment note:", "To whoever marks
 * this" … to the end of that paragraph, or to a greeting that turns back to
 * the customer inside it.
 */
export function asidesToMarker(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(ASIDE_TO_MARKER)) {
    let start = m.index ?? 0;
    // An aside opened with a bracket ends where the bracket closes (nested brackets counted).
    const open = /\(\s*$/.exec(text.slice(Math.max(0, start - 3), start));
    if (open) {
      const from = start - (Math.min(3, start) - open.index);
      let depth = 0;
      let close = -1;
      for (let i = from; i < text.length; i++) {
        if (text[i] === "(") depth++;
        else if (text[i] === ")" && --depth === 0) {
          close = i + 1;
          break;
        }
      }
      if (close > 0) {
        out.push({ start: from, end: close });
        continue;
      }
      start = from;
    }
    const rest = text.slice(start);
    // It ends at a blank line, or where the learner turns back to the customer ("… Hi David, sorry…").
    // "For marking purposes: …" labels one statement; the next sentence is the learner's own again
    // ("For marking purposes: this cause identifies the theme. Some customers had a bad experience
    // with delivery last month." in a recommendation, round 6).
    const oneStatement = /purpose|benefit|record/i.test(m[0]);
    const ends = [
      rest.search(/\n[ \t]*\n/),
      rest.search(/\b(?:[Hh]i|[Hh]ello|[Dd]ear|[Hh]ey)\s+[A-Z][a-z]/),
      oneStatement ? rest.search(/[.!?](?=\s|$)/) + 1 : -1,
    ].filter((i) => i > 0);
    out.push({ start, end: ends.length ? start + Math.min(...ends) : text.length });
  }
  return out;
}

/**
 * The text with every aside to the marker blanked out (lengths kept): what a criterion's `text`
 * condition reads in a note, task or message. "FOR MARKING PURPOSES - priya-answered: smaller bag
 * offered" on Priya's record records nothing about her (red-team round 6, loyalty-r6-for-marking-note).
 */
export function withoutAsides(text: string): string {
  return asideMemo(text);
}
// Remembered by text: every action's search text is made from it, at every replay.
const asideMemo = memoByText((text) => blankedOut(text, asidesToMarker(text)), 500);

/** Words that say a sentence to or from someone: you, your, I, we, our, me, my, us. */
const TO_SOMEONE =
  /\b(?:you|your|yours|you're|you've|you'll|i|i'm|i've|i'll|me|my|we|we're|we've|we'll|our|ours|us)\b/i;

/**
 * Reads a learner's message against the case's evidence. Keyword lists never count as evidence (a
 * list of the right words is not an answer); a negated fix ("we can't refund") does not count, nor
 * does anything inside words copied from what the learner was shown (`echo`, pasted-text.ts).
 */
export function readMessage(
  text: string,
  analysis: MessageAnalysis | null,
  evidence: CaseEvidence | undefined,
  channel: string,
  echo?: Echo,
  /** The request's receipt and last lawful day, for questions whose dates are judged (`dates`). */
  dateWindow?: DateWindow,
): MessageReading {
  const sentences = splitSentences(text);
  const words = countWords(text);
  // Words copied from what the learner was shown, or said to the marker, are not said to the customer.
  const asides = asidesToMarker(text);
  // Nor are the words of a web address (a link's slug is something to click, not an answer given) or
  // of an email reply's quoted thread ("> " lines: the customer's message or our own earlier one).
  const links = [...webAddressSpans(text), ...emailQuotedLines(text)];
  const notSaid = (at: number) =>
    inEcho(echo, at) || [...asides, ...links].some((r) => at >= r.start && at < r.end);
  const hits: EvidenceHit[] = [];
  const wrongAnswers: MessageReading["wrongAnswers"] = [];
  const contentSentences = new Set<number>();
  // A sentence that recites the law (a provision cited by number, said to no one: "Under section 24(5),
  // where after one repair the goods still do not conform, the consumer may…") states the law's
  // conditions, not this customer's facts: its words are not Listening (red-team round 13 A,
  // repeat-fault-r13-legal-wall). "Because our repair failed, under section 24 you can…" is said to her.
  const lawRecited = sentences.map((s) => {
    const said = text.slice(s.start, s.end);
    return statuteCitationsIn(said).length > 0 && !TO_SOMEONE.test(said);
  });
  if (evidence) {
    const questionOf = (id: string) => evidence.questions.find((q) => q.id === id);
    for (const item of itemsOf(evidence)) {
      let best: EvidenceHit | null = null;
      // A date written as the answer is judged against the attempt's own deadline.
      const dated =
        item.kind === "answers" && dateWindow
          ? datedAnswerIn(sentences, text, evidence, item.id, notSaid, dateWindow)
          : null;
      for (const [si, s] of sentences.entries()) {
        if (s.keywordList) continue;
        if (item.kind === "facts" && lawRecited[si]) continue;
        for (const p of item.say) {
          const f = findIn(s, p, item.kind === "fix" || item.kind === "answers", item.kind === "facts");
          if (!f) continue;
          const start = s.start + f.start;
          if (notSaid(start)) continue;
          // The customer's question restated is no answer to it: "you asked whether the beans come whole
          // or ground, as you only have the cafetière…" names the words an answer uses inside an indirect
          // question (red-team round 15 B, after onboarding-r15-parrots-his-questions: the same parrot
          // without quotation marks ran as first-contact resolution met). An answer after it, in its own
          // clause ("You asked whether…: we'll send them coarse ground"), still counts.
          if (item.kind === "answers" && asksWhether(s.norm, f.normStart)) continue;
          if (item.kind === "answers" && saysCannotAnswer(s.norm, f.normStart)) continue;
          // Advice on another matter in place of what was asked ("a good canister is all you need"): not
          // the answer (advice-instead.ts; the lead's session-43 ruling).
          if (item.kind === "answers" && adviceAt(s.norm, f.normStart)) continue;
          // The answer's service done by someone else ("most cafés will grind them for you"): someone-else.ts.
          if (item.kind === "answers" && someoneElseAt(s.norm, f.normStart)) continue;
          // The time of our own later contact ("I'll check in with you next week") answers no question (own-contact-time.ts).
          if (item.kind === "answers" && ourContactTimeAt(s.norm, f.normStart)) continue;
          // A fix said as a maybe ("we may well look at… at some point next year"): not the fix (hedged-fix.ts).
          if (item.kind === "fix" && hedgedAt(s.norm, f.normStart)) continue;
          // A right option in a menu that also offers wrong ones, none chosen for them (menu-answer.ts).
          if (
            item.kind === "answers" &&
            offeredAsMenu(s.norm, f.normStart, menuWrongWords(questionOf(item.id)))
          )
            continue;
          // "By 14 December at the latest" to a request received on 10 December: the words around a
          // date are no answer when the date is not the month the law allows.
          if (dated?.notTheMonth.has(si)) {
            contentSentences.add(si);
            continue;
          }
          if (!best || start < best.start) {
            best = {
              kind: item.kind,
              id: item.id,
              start,
              end: s.start + f.end,
              text: text.slice(start, s.start + f.end),
            };
          }
          contentSentences.add(si);
        }
        // An answer of a kind the question declares ("a 250g bag", "every five or six weeks" for
        // "less often, or a smaller bag?"), read as the listed answers are: said, not negated, not
        // the question restated.
        const lessThan =
          item.kind === "answers" ? evidence.questions.find((q) => q.id === item.id)?.lessThan : undefined;
        const less = lessThan ? lessThanNowIn(s.norm, lessThan) : null;
        if (less && !negatedAt(s.norm, less.start) && !asksWhether(s.norm, less.start)) {
          const start = s.start + s.toRaw(less.start);
          if (!notSaid(start)) {
            if (!best || start < best.start)
              best = {
                kind: item.kind,
                id: item.id,
                start,
                end: s.start + s.toRaw(less.end),
                text: text.slice(start, s.start + s.toRaw(less.end)),
              };
            contentSentences.add(si);
          }
        }
      }
      if (dated?.right && (!best || dated.right.start < best.start)) {
        best = { kind: item.kind, id: item.id, ...dated.right };
        contentSentences.add(dated.right.sentence);
      }
      // A wrong answer is read whether or not a right one is also said ("beans always go out whole,
      // so you'll need a grinder" answers the grind question wrongly without any right words).
      const wrong =
        item.kind === "answers"
          ? (wrongAnswerIn(sentences, text, evidence, item.id, notSaid) ?? dated?.wrong ?? null)
          : null;
      if (wrong) wrongAnswers.push({ id: item.id, text: wrong });
      else if (best) hits.push(best);
    }
  }
  hits.sort((a, b) => a.start - b.start);
  // Stock phrases are counted in the learner's own words: a question or thanks inside quotation marks
  // is the customer's, quoted (red-team round 10 B, onboarding-r10-you-said-qa: his two questions
  // quoted back, each with its answer, read as a reply of six stock phrases).
  const quoted = quotedSpans(text);
  let formulas = 0;
  for (const span of analysis?.spans ?? []) {
    if (!FORMULA_LABELS.has(span.label)) continue;
    if (quoted.some((q) => span.start >= q.start && span.start < q.end)) continue;
    const si = sentences.findIndex((s) => span.start >= s.start && span.start < s.end);
    if (si >= 0 && contentSentences.has(si)) continue;
    formulas++;
  }
  // Claiming the steps is formula too, though the analyser gives a list of step names no label ("this
  // reply listens, apologises, solves and says thank you"): each formula step named (listen, apologise,
  // thank; a fix is weighed against the case, never counted here) counts as that stock phrase would,
  // inside an aside to the marker as much as in the reply.
  for (const list of stepNameLists(text)) formulas += list.steps.filter((s) => FORMULA_LABELS.has(s)).length;
  const keywordLists = sentences.filter((s) => s.keywordList).length;
  // Substance is case content; a reply that is mostly formula with little of it is stuffing.
  // (Only when the scenario says what case content is: without evidence there is nothing to weigh.)
  const stuffed = evidence !== undefined && formulas >= 4 && formulas >= 3 * Math.max(1, hits.length);
  const limit = WALL_WORDS[channel] ?? 250;
  const wall = words > limit;
  const buried = wall && !isCaseRich(text, sentences, contentSentences, hits, words, limit);
  return {
    words,
    sentences: sentences.length,
    hits,
    keywordLists,
    formulas,
    stuffed,
    wall,
    buried,
    telegram: isTelegram(text, sentences),
    echoed: isEcho(echo),
    wrongAnswers,
    echoRanges: copiedRanges(echo),
    asideRanges: asides,
    quotedRanges: quoted,
    fieldNames: sentences.flatMap((x) => (x.field ? [x.field] : [])),
  };
}

// An option for a future the customer may choose, not the answer for now: "If you ever buy an espresso
// machine, we can send them nice and fine", "…send them whole once you get a grinder". A condition that
// is his situation now ("if you have no grinder, we'll grind them fine") is not one (round 5).
const HYPOTHETICAL_BEFORE =
  /\b(?:if|when|once|should) you\b(?:\s+[\w']+){0,4}?\s+(?:ever|one day|later|in future|decide|change your mind|get|buy|prefer|'d prefer|would prefer|'d rather|would rather|fancy|upgrade)\b[^;:]*$/;
const HYPOTHETICAL_AFTER =
  /^\s*(?:[\w']+\s+){0,3}?(?:if|when|once) you\b(?:\s+[\w']+){0,3}?\s*(?:ever|one day|later|decide|change your mind|get|buy|prefer|'d prefer|would prefer|'d rather|would rather|fancy|upgrade)\b/;

/**
 * A condition about the request or item, not the customer's situation now: "only if it were complex
 * could it be extended", "if your request turned out to be complex, we could extend that…", or a
 * possibility stated as the rule ("that period may be extended by two further months where
 * necessary"). Round 6 B second set: dp-r6b-extension-explained (decided Distinction) first ran Merit
 * because the first version knew only "is/was/were/turns out".
 */
const CONDITION_BEFORE =
  /(?:\b(?:only\s+)?(?:if|unless)\s+(?:it|this|that|the request|your request|the order)\b|\b(?:may|might|could|can)\s+(?:only\s+)?(?:be\s+)?extend(?:ed)?\b)[^;:]*$/;

function hypothetical(norm: string, start: number, end: number): boolean {
  return (
    HYPOTHETICAL_BEFORE.test(norm.slice(0, start)) ||
    CONDITION_BEFORE.test(norm.slice(0, start)) ||
    HYPOTHETICAL_AFTER.test(clauseAfter(norm, end))
  );
}

// A wrong rule named only to be denied in the words that follow it: "your 14-day cooling-off period
// doesn't apply to a fault" states the right law (round 9 A). Only the clause the words stand in
// counts: in "you're still within the 30 days, so you don't need a repair" the denial is the next one's.
const DENIED_AFTER =
  /\b(?:doesn'?t|does not|don'?t|do not|isn'?t|is not|aren'?t|are not|won'?t|will not|wouldn'?t|would not|can'?t|cannot|never)\b/;
const NEXT_CLAUSE = /\b(?:so|and|because|as|which|then)\b/;
const deniedAfter = (norm: string, end: number) => DENIED_AFTER.test(clauseAfter(norm, end, NEXT_CLAUSE));

// The customer's own claim reported back, not ours: "I know you said you're within the 30 days, so I've gone
// through it properly…" (returns-r21-chatty-ravi-first, decided Distinction; session 50).
const REPORTED_BEFORE =
  /\b(?:you|he|she|they)\s+(?:(?:have|'ve|had|'d)\s+)?(?:said|say|says|mentioned|mention|thought|think|believe|believed|feel|felt|wrote|told\s+(?:us|me)|reckon|reckoned)(?:\s+that)?\s+$/;

/** The words of a wrong answer to question `id` in the learner's own words, or null. */
function wrongAnswerIn(
  sentences: Sentence[],
  text: string,
  evidence: CaseEvidence,
  id: string,
  notSaid: (at: number) => boolean,
): string | null {
  const question = evidence.questions.find((q) => q.id === id);
  const wrong = question?.wrong ?? [];
  const about = question?.about ?? [];
  for (const s of sentences) {
    if (s.keywordList) continue;
    if (about.length && !about.some((p) => findIn(s, p, true))) continue;
    for (const p of wrong) {
      const f = findIn(s, p, true);
      if (!f || notSaid(s.start + f.start)) continue;
      if (hypothetical(s.norm, f.normStart, f.normEnd) || deniedAfter(s.norm, f.normEnd)) continue;
      if (REPORTED_BEFORE.test(s.norm.slice(Math.max(0, f.normStart - 40), f.normStart))) continue;
      return text.slice(s.start + f.start, s.start + f.end);
    }
  }
  return null;
}

type DatedAnswer = {
  right?: { start: number; end: number; text: string; sentence: number };
  wrong?: string;
  /** Sentences promising a day sooner than the month (neither right nor wrong), and no right one. */
  notTheMonth: Set<number>;
};

/**
 * The first date written as a right answer to question `id`, the first written as a wrong one, and
 * the sentences whose only days are neither, when the question's dates are judged (`dates`;
 * written-dates.ts). Dates in keyword lists, copied text or asides do not count; a negated right date
 * ("we can't promise it by 11 January") is no answer; a date in a condition ("only if it were
 * complex, by 12 February") is not a wrong one.
 */
function datedAnswerIn(
  sentences: Sentence[],
  text: string,
  evidence: CaseEvidence,
  id: string,
  notSaid: (at: number) => boolean,
  window: DateWindow,
): DatedAnswer | null {
  if (!evidence.questions.find((q) => q.id === id)?.dates) return null;
  const out: DatedAnswer = { notTheMonth: new Set() };
  for (const [si, s] of sentences.entries()) {
    if (s.keywordList) continue;
    let right = false;
    let neither = false;
    for (const d of writtenDates(s.norm, window.receivedOn)) {
      const start = s.start + s.toRaw(d.start);
      const end = s.start + s.toRaw(d.end);
      if (notSaid(start)) continue;
      const verdict = judgeWrittenDate(d, window);
      if (verdict === "right" && !negatedAt(s.norm, d.start)) {
        right = true;
        out.right ??= { start, end, text: text.slice(start, end), sentence: si };
      }
      if (verdict === "wrong" && !out.wrong && !hypothetical(s.norm, d.start, d.end))
        out.wrong = text.slice(start, end);
      // A day promised too soon; not the day of receipt itself ("received today, 10 December").
      if (verdict === null && "days" in d && d.days.some((x) => x > window.receivedOn)) neither = true;
    }
    // The month said to start when our own team acts on the request, later than receipt (sar-clock.ts).
    if (!out.wrong) {
      const late = clockStartsOnOurSide(text.slice(s.start, s.end))[0];
      if (late && !notSaid(s.start + late.start)) out.wrong = late.text;
    }
    // A period that runs past the last day ("within 40 working days") is as wrong as a late date.
    for (const p of writtenPeriods(s.norm)) {
      const start = s.start + s.toRaw(p.start);
      if (out.wrong || notSaid(start) || !periodEndsTooLate(p, window)) continue;
      if (negatedAt(s.norm, p.start) || hypothetical(s.norm, p.start, p.end)) continue;
      out.wrong = text.slice(start, s.start + s.toRaw(p.end));
    }
    if (neither && !right) out.notTheMonth.add(si);
  }
  return out;
}

const PERSONAL = /\b(i|i'm|i've|i'll|we|we're|we've|we'll|you|you're|you've|your|my|our|me|us)\b/i;

/**
 * Too long, but written about this customer throughout (issue 8 item 4 fails an over-long reply on
 * plain English and concision; stuffing, not length, is what withholds message credit): no more than
 * half as long again as the channel allows, at least two distinct facts of the case restated, and
 * case evidence in at least half of its sentences of four or more words (greetings and sign-offs
 * aside). A pasted policy with a line about the customer on top fails the last test.
 */
function isCaseRich(
  text: string,
  sentences: readonly Sentence[],
  content: ReadonlySet<number>,
  hits: readonly EvidenceHit[],
  words: number,
  limit: number,
): boolean {
  if (words > limit * 1.5) return false;
  // Case content spoken to the customer ("your kettle…", "I've refunded…"), not a rule about
  // orders and customers in general ("Deliveries are made Monday to Saturday").
  const personal = (s: Sentence) => PERSONAL.test(text.slice(s.start, s.end));
  const inPersonal = (at: number) => sentences.some((s) => at >= s.start && at < s.end && personal(s));
  if (new Set(hits.filter((h) => h.kind === "facts" && inPersonal(h.start)).map((h) => h.id)).size < 2)
    return false;
  const body = [...sentences.entries()].filter(([, s]) => countWords(text.slice(s.start, s.end)) >= 4);
  const withCase = body.filter(([i, s]) => content.has(i) && personal(s)).length;
  return body.length > 0 && withCase * 2 >= body.length;
}

/** Hits of one kind (optionally of some ids). */
export function hitsOf(
  reading: MessageReading | null | undefined,
  kind: EvidenceKind,
  ids?: readonly string[],
): EvidenceHit[] {
  return (reading?.hits ?? []).filter((h) => h.kind === kind && (!ids || ids.includes(h.id)));
}

/** Checks ids are unique within a contact's evidence; returns [path, message] pairs. */
export function evidenceProblems(ev: CaseEvidence): [string, string][] {
  const out: [string, string][] = [];
  for (const key of [
    "facts",
    "questions",
    "fix",
    "history",
    "personalData",
    "obstructs",
    "choices",
  ] as const) {
    const seen = new Set<string>();
    for (const [i, item] of ev[key].entries()) {
      if (seen.has(item.id)) out.push([`${key}[${i}].id`, `duplicate id "${item.id}"`]);
      seen.add(item.id);
    }
  }
  return out;
}

/**
 * Which of a customer's personal-data items a text gives away (ids, each once). Unlike the evidence
 * above, a bare list counts ("ORD-7120, 5 Mill Lane" discloses as much as a sentence does), and a
 * negated mention does not ("I can't tell you whether she has an account with us").
 */
export function disclosuresIn(
  text: string,
  items: readonly { id: string; say: string[]; reassuredAbout?: readonly string[] }[],
): string[] {
  const said = new Set(itemSpansIn(text, items).map((s) => s.id));
  return items.filter((item) => said.has(item.id)).map((item) => item.id);
}

/**
 * Where a text says each of these items (its first place, each item once), read as `disclosuresIn`
 * reads: a bare list counts, a negated mention or one inside an indirect question does not.
 */
export function itemSpansIn(
  text: string,
  items: readonly { id: string; say: string[]; reassuredAbout?: readonly string[] }[],
): { id: string; start: number; end: number; text: string }[] {
  if (items.length === 0) return [];
  const sentences = splitSentences(text);
  const out: { id: string; start: number; end: number; text: string }[] = [];
  for (const item of items) {
    found: for (const s of sentences)
      for (const p of item.say) {
        const f = findIn(s, p, true);
        if (!f || asksWhether(s.norm, f.normStart) || namesTheRoute(s.norm, f.normStart)) continue;
        out.push({
          id: item.id,
          start: s.start + f.start,
          end: s.start + f.end,
          text: text.slice(s.start + f.start, s.start + f.end),
        });
        break found;
      }
    // Said to be fine in other words: the reassurance is the item (reassurance.ts, round 16 B).
    if (item.reassuredAbout && !out.some((o) => o.id === item.id)) {
      const [said] = reassurancesAbout(text, item.reassuredAbout);
      if (said) {
        const start = text.indexOf(said);
        out.push({ id: item.id, start, end: start + said.length, text: said });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The learner says in the same breath that they cannot answer: "that's decided by our returns team
 * within six months of the claim, so I can't say either way" (red-team round 18 A,
 * repeat-fault-r18-six-months-dodge: an acceptable answer's words, "within six months", in a sentence
 * that leaves her thinking money may come off). Read in the part of the sentence that holds the words,
 * up to a "but" or "however": "I can't say exactly when the courier will come, but nothing will be taken
 * off" still answers. Only a disclaimer about the answer itself (can't / couldn't say, tell you, confirm
 * or promise either way, for sure, yet, whether or if; don't know whether; not sure whether; hard to
 * say; it depends), so "I can't tell you how sorry I am" or "I can't thank you enough" are no disclaimer.
 */
const CANNOT_ANSWER =
  /\b(?:can(?:no|')?t|cannot|couldn't|could\s+not|unable\s+to|not\s+able\s+to)\s+(?:say|tell(?:\s+you)?|confirm|promise|guarantee|comment)\s+(?:either\s+way|for\s+(?:sure|certain)|yet|right\s+now|at\s+(?:this|the)\s+(?:stage|moment|point)|one\s+way\s+or\s+the\s+other|whether|if)\b|\b(?:don't|do\s+not|doesn't|does\s+not)\s+know\s+(?:whether|if|yet|for\s+sure)\b|\bnot\s+(?:sure|certain)\s+(?:whether|if|yet)\b|\bhard\s+to\s+say\b|\bit\s+(?:all\s+)?depends\b/;
function saysCannotAnswer(norm: string, at: number): boolean {
  const cuts = [...norm.matchAll(/;|\b(?:but|however|although|though|whereas)\b/g)].map((m) => m.index!);
  const from = Math.max(0, ...cuts.filter((c) => c < at));
  const to = Math.min(norm.length, ...cuts.filter((c) => c > at));
  return CANNOT_ANSWER.test(norm.slice(from, to));
}

/**
 * Inside an indirect question, nothing is asserted: "I can't tell you whether she has an order with
 * us, or whether she is a customer at all", "let me check whether she is a customer" (the clause
 * before the words holds "whether"; round 5), and the customer's own question restated: "You'd like to
 * know what personal information we have about you, and your address and phone", "you asked which
 * grind", "you want know what we have" (a learner writing without "to"). A wh-word or "if" counts only
 * after a verb of asking or knowing, so "what we'll do is send them coarse" and "we have your address
 * as…" stay statements (red-team round 16 B, dp-r16-esol-helen-and-liam: Helen's question said back to
 * her read as telling her "we have… your address" before she was verified).
 */
const INDIRECT_QUESTION =
  /\bwhether\b|\b(?:know|knowing|asked|asking|ask|asks|wondered|wondering|wonder|find\s+out|finding\s+out)\s+(?:what|which|where|how|if)\b/;
/**
 * The route to authority names the account only as the caller already did: "she can tell us she's happy for you to
 * help with her account", "she can authorise you on her account", "to act on her behalf". Said of what may be
 * arranged, not of what we hold, so it confirms nothing (session 48, an independent tutor's data-protection attempt,
 * decided no disclosure; UK GDPR Art 5(1)(f) is about what is revealed). "I can see her account" still counts.
 */
const AUTHORITY_ROUTE =
  /\b(?:(?:help|helping|act|acting|deal|dealing|speak|speaking|talk|talking)\s+(?:to\s+(?:us\s+|you\s+)?)?(?:for\s+her\s+)?(?:with|on|for|about)|(?:authori[sz]e|authori[sz]es|authori[sz]ing|add|adds|adding|name|names|naming|list|put|nominate|register)\s+(?:you|him|her|them|someone|a\s+family\s+member)(?:\s+as(?:\s+[^\s.,;:!?]+){1,8}?)?\s+(?:on|to|for))\s+$/;
function namesTheRoute(norm: string, at: number): boolean {
  return AUTHORITY_ROUTE.test(norm.slice(Math.max(0, at - 80), at));
}

function asksWhether(norm: string, at: number): boolean {
  const clause =
    norm
      .slice(0, at)
      .split(/[;:]|\bbut\b|,(?!\s*or\b)/)
      .pop() ?? "";
  return INDIRECT_QUESTION.test(clause);
}

/**
 * "Not", "no", "never", "without", "rather than" and "instead of" just before a part of an
 * obstruction set it aside: "rather than sending you to the manufacturer", "you don't need the box".
 */
const SET_ASIDE = /\b(not|no|never|without|rather\s+than|instead\s+of)\s+(\S+\s+){0,3}$/;
/** A negative subject negates its clause too: "nothing will be deducted for use". */
const NEGATIVE_SUBJECT = /\b(nothing|none|neither|nor|nobody|no\s+one)\b/;
/**
 * Words someone else says, reported to be corrected: "some shops will tell you that you need the
 * box", "you may have been told you must contact the manufacturer", "you asked whether we deduct
 * anything for use", "your friend said we'd knock money off". Reporting a claim is not making it.
 */
const REPORTED = new RegExp(
  [
    String.raw`\b(some|other|many|most|a\s+lot\s+of)\s+(shops|retailers|stores|companies|firms|businesses|people|sellers|traders|websites)\b`,
    String.raw`\byou\s+(may|might)\s+(have\s+been|be|get)\s+told\b`,
    String.raw`\b(a\s+myth|contrary\s+to)\b`,
    String.raw`\b(asked|wondered|wondering|worried|worrying)\b.*\b(whether|if|about|that)\b`,
    String.raw`\b(friend|someone|somebody)\s+(has\s+)?(said|says|told|thinks|thought)\b`,
  ].join("|"),
);

/**
 * An obstruction said in the passive is the same refusal: "can't accept + chat" is also "requests like
 * this can't be accepted over chat" (red-team round 17 B, dp-r17-chat-not-accepted), "can't refund" is
 * "it can't be refunded". A part that begins with a refusing or limiting modal and a verb also matches
 * the modal, "be" and the verb's participle; the rest of the part follows as written.
 */
const PASSIVE_MODAL =
  /^((?:can't|cannot|can not|won't|will not|unable to|not able to|can only|must|has to|have to|needs to|need to)) ([a-z]+)\b(.*)$/;
const IRREGULAR_PARTICIPLES: Record<string, string> = {
  take: "taken",
  make: "made",
  do: "done",
  send: "sent",
  give: "given",
  pay: "paid",
  deal: "dealt",
  put: "put",
  get: "got",
  hold: "held",
  keep: "kept",
  find: "found",
  tell: "told",
  write: "written",
};
function participle(verb: string): string {
  if (IRREGULAR_PARTICIPLES[verb]) return IRREGULAR_PARTICIPLES[verb];
  if (verb.endsWith("e")) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  return `${verb}ed`;
}
function passiveOf(part: string): string | null {
  const m = PASSIVE_MODAL.exec(normaliseText(part.trim()));
  if (!m || m[2] === "be") return null;
  return `${m[1]} be ${participle(m[2]!)}${m[3]}`;
}
/**
 * A remedy refused is the same refusal whichever modal and verb carry it: a paraphrase that names a
 * remedy and has a part "can't give" or "can't refund" also matches "we cant do refunds", "we won't be
 * able to process a refund", "we aren't able to offer a refund" (red-team round 19 C,
 * complaint-r19h-no-refund-once-used, decided Fail, first ran Distinction). Only where the paraphrase
 * names a remedy: "I can't give out any details over chat until I've checked it's you" is not a
 * refusal of the request's channel. A bare "won't" is left out ("I won't make you wait for the
 * refund" reassures), and so is a clause that only delays it ("we can't process the refund until the
 * courier has collected it": the customer must make the goods available, CRA 2015 s.20(7)(b)).
 */
const REMEDY_NAMED = /\b(?:refund|repair|replac|exchange|money back)/;
const REFUSING =
  /^(?:can't|cannot|can not|unable to|not able to|won't be able to|will not be able to|aren't able to|are not able to|not in a position to) (.*)$/;
const ANY_REFUSING =
  "(?:can't|cannot|can\\s+not|unable\\s+to|not\\s+able\\s+to|(?:won't|will\\s+not)\\s+be\\s+able\\s+to|(?:aren't|are\\s+not)\\s+able\\s+to|not\\s+in\\s+a\\s+position\\s+to)";
const ONLY_DELAYED = "(?![^,;:.!?]*\\b(?:until|till|before|as\\s+soon\\s+as)\\b)";
const PROVIDING =
  /^(?:give|offer|do|issue|process|provide|arrange|authorise|authorize|approve|put through)\b(.*)$/;
const ANY_PROVIDING =
  "(?:give|offer|do|issue|process|provide|arrange|authorise|authorize|approve|put\\s+through)";
function refusalVariants(part: string, paraphrase: string): string | null {
  if (!REMEDY_NAMED.test(normaliseText(paraphrase))) return null;
  const m = REFUSING.exec(normaliseText(part.trim()));
  if (!m) return null;
  const verb = PROVIDING.exec(m[1]!);
  const rest = verb ? `${ANY_PROVIDING}${escaped(verb[1]!)}` : escaped(m[1]!);
  return `(?<![a-z0-9])${ANY_REFUSING}${ONLY_DELAYED}\\s+${rest.replace(/\s+/g, "\\s+")}`;
}

const obstructionCache = new Map<string, RegExp[]>();
function obstructionParts(p: string): RegExp[] {
  let rs = obstructionCache.get(p);
  if (!rs) {
    rs = p.split("+").map((part) => {
      const [active] = compile(part);
      const passive = passiveOf(part);
      const refusal = refusalVariants(part, p);
      const sources = [active!.source, passive && compile(passive)[0]!.source, refusal].filter(Boolean);
      // Global, for obstructionAt to search on from lastIndex (compiled once, not per sentence).
      return new RegExp(sources.join("|"), "g");
    });
    if (obstructionCache.size > 5_000) obstructionCache.clear();
    obstructionCache.set(p, rs);
  }
  return rs;
}

/**
 * Where a paraphrase of an obstruction begins in the sentence, or -1. Unlike evidence, its parts
 * must come in the order written and within one clause (an obstruction is a phrase said: "can only
 * offer + repair" is "we can only offer a repair", not "a repair is one thing we can offer, but…"),
 * and nothing between them may negate or set aside a later part ("you must contact us, not the
 * manufacturer").
 */
function obstructionAt(s: Sentence, p: string): number {
  let pos = 0;
  let first = -1;
  for (const r of obstructionParts(p)) {
    r.lastIndex = pos;
    const m = r.exec(s.norm);
    if (!m) return -1;
    if (first < 0) first = m.index;
    else {
      const gap = s.norm.slice(pos, m.index);
      if (/[,;:]|\bbut\b/.test(gap) || NEGATION.test(gap) || SET_ASIDE.test(gap)) return -1;
    }
    pos = m.index + m[0].length;
  }
  return first;
}

/**
 * Which of a customer's `obstructs` items a text says to them (ids, each once). A paraphrase counts
 * when its parts are in one sentence, in order, and nothing negates the clause where it begins ("you
 * don't need to write to us or fill in a form" removes the obstacle; "we can't process requests over
 * chat" states one, so the paraphrase carries its own "can't"). It does not count when it starts
 * inside quotation marks (telling the customer what they need NOT be told is not telling them it),
 * when its clause reports what others say ("some shops say you need the box", "you asked whether we
 * deduct for use") or has a negative subject ("nothing will be deducted"), or when a later part is
 * negated or set aside ("contact us, not the manufacturer"). A clause ends at , ; : "but" and "so" (so the
 * "can't" in "we can't refund it so you must contact the manufacturer" does not cancel the second).
 */
export function obstructionsIn(
  text: string,
  items: readonly {
    id: string;
    say: string[];
    marketingOn?: readonly RefusedChannel[];
    readers?: readonly ObstructionReader[];
    conditionedOn?: readonly string[];
    asFavour?: boolean;
  }[],
): string[] {
  if (items.length === 0) return [];
  // Remembered per list of items (a scenario's, fixed) and text: scoring reads every message again.
  let read = obstructionMemo.get(items);
  if (!read) {
    read = memoByText((t) => obstructionsOf(t, items), 500);
    obstructionMemo.set(items, read);
  }
  return read(text);
}
type ObstructionItem = {
  id: string;
  say: string[];
  marketingOn?: readonly RefusedChannel[];
  readers?: readonly ObstructionReader[];
  conditionedOn?: readonly string[];
  asFavour?: boolean;
};
const obstructionMemo = new WeakMap<readonly ObstructionItem[], (text: string) => string[]>();

function obstructionsOf(text: string, items: readonly ObstructionItem[]): string[] {
  const sentences = splitSentences(text);
  const quotes = quotedSpans(text);
  const says = (s: Sentence, p: string) => {
    const first = obstructionAt(s, p);
    if (first < 0) return false;
    const clause =
      s.norm
        .slice(0, first)
        .split(/[,;:]|\b(?:but|so)\b/)
        .pop() ?? "";
    const negated = [NEGATION, NEAR_NEGATION, SET_ASIDE, NEGATIVE_SUBJECT, REPORTED].some((r) =>
      r.test(clause),
    );
    if (negated) return false;
    const at = s.start + s.toRaw(first);
    return !quotes.some((q) => at > q.start && at < q.end);
  };
  return items
    .filter(
      (item) =>
        sentences.some((s) => item.say.some((p) => says(s, p))) ||
        (item.marketingOn !== undefined && marketingAnnounced(text, item.marketingOn).length > 0) ||
        (item.readers ?? []).some((r) => OBSTRUCTION_READERS[r](text)) ||
        (item.conditionedOn !== undefined && remedyConditionedOn(text, item.conditionedOn) !== null) ||
        (item.asFavour === true && rightToldAsFavour(text) !== null),
    )
    .map((item) => item.id);
}
