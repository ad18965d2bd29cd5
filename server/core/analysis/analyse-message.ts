/**
 * Message analyser: labels a learner's reply against the LASS complaint model (Listen, Apologise,
 * Solve, Say thank you), HEAT (Empathise, Take ownership) and common anti-patterns.
 *
 * Pure, deterministic and transparent: plain phrase rules (rules.ts, context-rules.ts), no ML, no
 * I/O. Every label comes with the exact words that earned it (spans into the original text).
 * See README.md in this folder for the labelling guide.
 */
import { findContextMatches } from "./context-rules";
import { IS_RESPECT_BREACH } from "./label-names";
import { CLASSIFIER, modelMayLabel, sigmoid, type SentenceClassifier } from "./model/classifier";
import { plainReadings } from "./plain-reading";
import { attributedQuotes, withinQuote } from "./quoted-speech";
import { foldObfuscation, type RewrittenText } from "./obfuscation";
import {
  asciiLower,
  LiteralIndex,
  LiteralTable,
  QueryNode,
  requiredQuery,
  requiredSpacedQuery,
} from "./prefilter";
import {
  type MeaningFrames,
  type MeaningKind,
  type MeaningRejection,
  meaningFramesPresent,
  respectByMeaning,
} from "./respect-meaning";
import { slipReassured } from "./respect-tone";
import { NEGATION, PHRASE_RULES, TENSE, type PhraseRule } from "./rules";
import {
  clauseStarts,
  floorIndex,
  normaliseText,
  sentenceIndexAt,
  splitSentences,
  type Sentence,
} from "./segment";

export const MESSAGE_LABELS = [
  "listen", // acknowledging/paraphrasing the problem, or asking an open/clarifying question
  "apologise", // a genuine apology owning the problem
  "solve", // proposing or confirming a concrete solution
  "thank", // thanking
  "non_apology", // "sorry you feel that way", "sorry, but ...", "sorry for any inconvenience"
  "blame", // blaming the customer
  "calm_down", // "calm down", "relax", "there's no need to shout"
  "dismissive", // minimising, sarcasm, patronising, brushing off, disparaging the customer (replies and notes)
  "jargon", // internal jargon/acronyms a customer would not know
  "wrong_name", // addresses the customer by a name that is not theirs (needs context)
  "personalised", // uses the customer's own name (needs context)
  "order_reference", // mentions one of the customer's order refs or product names (needs context)
  "empathy", // HEAT "Empathise"
  "ownership", // HEAT "Take ownership"
  "offer", // a commercial offer/incentive
  "timeframe", // sets an expectation with a time
  "question", // contains a question to the customer
] as const;
export type MessageLabel = (typeof MESSAGE_LABELS)[number];

/** [start, end) character offsets into the ORIGINAL text; text === original.slice(start, end). */
export interface MessageSpan {
  label: MessageLabel;
  start: number;
  end: number;
  text: string;
}

/** labels: unique, in MESSAGE_LABELS order; spans sorted by start. */
export interface MessageAnalysis {
  labels: MessageLabel[];
  spans: MessageSpan[];
}

export interface AnalysisContext {
  customerFirstName?: string;
  customerLastName?: string;
  /** Names that would be wrong to use (other customers, staff). */
  otherNames?: string[];
  /** e.g. "ORD-10234" */
  orderRefs?: string[];
  /** e.g. "Aurora 1.7L Glass Kettle" (its brand "Aurora" and type noun "kettle" also count). */
  productNames?: string[];
}

export { LABEL_NAMES } from "./label-names";

/** One sentence per label, for learners and tutors (UK English). */
export const LABEL_DESCRIPTIONS: Record<MessageLabel, string> = {
  listen:
    "Shows the customer they have been heard, by putting their problem in your own words or asking an open, clarifying question.",
  apologise:
    "Gives a sincere apology that owns the problem, such as \u201cI\u2019m so sorry your kettle stopped working\u201d.",
  solve:
    "Offers or confirms a concrete fix, such as a refund, a replacement, a repair or a courier collection.",
  thank: "Thanks the customer, for example for their patience or for letting you know about the problem.",
  non_apology:
    "Sounds like an apology but avoids responsibility, such as \u201csorry you feel that way\u201d, \u201csorry, but \u2026\u201d or \u201csorry for any inconvenience\u201d.",
  blame:
    "Suggests the problem is the customer\u2019s fault, even politely, or pushes it away from us, such as \u201cyou must have dropped it\u201d or \u201cit\u2019s not our fault\u201d.",
  calm_down:
    "Tells the customer how to feel or criticises their tone, such as \u201ccalm down\u201d or \u201cthere\u2019s no need to shout\u201d.",
  dismissive:
    "Belittles the customer or their problem by minimising, sarcasm, talking down, brushing them off or disparaging them, such as \u201cit\u2019s only a kettle\u201d, \u201cas I already explained\u201d or \u201cdifficult customer\u201d in a note.",
  jargon:
    "Uses internal terms or abbreviations the customer may not know, such as \u201cRMA\u201d, \u201cSKU\u201d or \u201cescalated to L2\u201d.",
  wrong_name:
    "Addresses the customer by a name that is not theirs, which tells them the reply was not written for them.",
  personalised: "Uses the customer\u2019s own name, which makes the reply feel personal.",
  order_reference:
    "Mentions the customer\u2019s own order reference or the product they bought, so they know you have checked.",
  empathy:
    "Recognises how the customer feels, such as \u201cthat must be so frustrating\u201d (HEAT: Empathise).",
  ownership:
    "Takes personal responsibility for putting things right, such as \u201cleave it with me\u201d or \u201cI\u2019ll make sure this is sorted\u201d (HEAT: Take ownership).",
  offer: "Makes a commercial offer such as money off, a voucher, free delivery or loyalty points.",
  timeframe:
    "Sets a clear expectation of when something will happen, such as \u201cwithin 3 working days\u201d or \u201cby Friday\u201d.",
  question: "Asks the customer a question.",
};

/** A span with the rule(s) that produced it, for authors and the CLI's --explain. */
export interface ExplainedSpan extends MessageSpan {
  rules: string[];
  why: string;
}

/** A phrase that matched a rule but was not counted, and why. */
export interface SuppressedMatch {
  label: MessageLabel;
  start: number;
  end: number;
  text: string;
  rule: string;
  reason: string;
}

export interface ExplainedAnalysis {
  labels: MessageLabel[];
  spans: ExplainedSpan[];
  suppressed: SuppressedMatch[];
}

interface Candidate {
  label: MessageLabel;
  start: number;
  end: number;
  rules: string[];
  why: string;
}

const LABEL_ORDER = new Map<MessageLabel, number>(MESSAGE_LABELS.map((l, i) => [l, i]));

interface CompiledRule {
  rule: PhraseRule;
  re: RegExp;
  /** Speed only: the regex cannot match unless the text satisfies this (ids in RULE_LITERALS; see prefilter.ts). */
  query: QueryNode | null;
  /** Speed only: `query` cannot hold unless the scan found these (RULE_LITERALS.trigger); null: ask `query`. */
  trigger: Int32Array[] | null;
}

/** Every literal the rules' queries ask for, numbered (each is looked up at most once per text). */
const RULE_LITERALS = new LiteralTable();

/**
 * Both queries must hold: each word (`requiredQuery`, as before) and, for a case-insensitive pattern, the words
 * that must stand together (`requiredSpacedQuery`, session 42: asked first, it is the rarer).
 */
function literalQuery(pattern: RegExp): QueryNode | null {
  const { query, caseInsensitive } = requiredQuery(pattern);
  const words = query === null ? null : RULE_LITERALS.add(query, caseInsensitive ? "lower" : "text");
  const spacedQuery = requiredSpacedQuery(pattern);
  const together = spacedQuery === null ? null : RULE_LITERALS.add(spacedQuery, "squeezed");
  return words !== null && together !== null ? new QueryNode(1, -1, [together, words]) : (words ?? together);
}

const COMPILED: readonly CompiledRule[] = PHRASE_RULES.map((rule) => {
  const query = literalQuery(rule.pattern);
  return {
    rule,
    re: new RegExp(
      rule.pattern.source,
      rule.pattern.flags.includes("g") ? rule.pattern.flags : `${rule.pattern.flags}g`,
    ),
    query,
    trigger: query === null ? null : RULE_LITERALS.trigger(query),
  };
});

const NEGATION_CUE = new RegExp(
  NEGATION.cue.source,
  NEGATION.cue.flags.includes("g") ? NEGATION.cue.flags : `${NEGATION.cue.flags}g`,
);

const ONLY_OPENING_PUNCTUATION = /^[\s"'([-]*$/;

/**
 * Per-match context checks look at most this many characters either side of the match, so a
 * pathological 10 000-character "sentence" stays linear. Every rule's before/after test reaches
 * far less than this (the negation window is 7 words).
 */
const LOOK_BEHIND = 160;
const LOOK_AHEAD = 160;

function opensWith(norm: string, from: number, to: number): boolean {
  return to - from <= 12 && ONLY_OPENING_PUNCTUATION.test(norm.slice(from, to));
}

function clauseStartAt(clauses: readonly number[], s: Sentence, pos: number): number {
  const ci = floorIndex(clauses, pos);
  const c = ci >= 0 ? (clauses[ci] ?? s.start) : s.start;
  return Math.max(c, s.start);
}

function clauseEndAfter(clauses: readonly number[], s: Sentence, pos: number): number {
  const ci = floorIndex(clauses, pos);
  const next = clauses[ci + 1];
  return next !== undefined && next < s.end ? next : s.end;
}

/** Returns the negation word governing [start, end) in its clause, or undefined. */
function negationOf(
  norm: string,
  s: Sentence,
  clauses: readonly number[],
  start: number,
  end: number,
): string | undefined {
  const clauseStart = Math.max(clauseStartAt(clauses, s, start), start - LOOK_BEHIND);
  const pre = norm.slice(clauseStart, start);
  const cue = NEGATION_CUE;
  cue.lastIndex = 0;
  let last: { word: string; end: number } | undefined;
  let m: RegExpExecArray | null;
  while ((m = cue.exec(pre)) !== null) {
    if (m[0].length === 0) {
      cue.lastIndex++;
      continue;
    }
    const cueEnd = m.index + m[0].length;
    const following = norm.slice(clauseStart + cueEnd, clauseStart + cueEnd + 40);
    if (NEGATION.falseFriendAfterCue.test(following)) continue;
    last = { word: m[0], end: cueEnd };
  }
  if (last) {
    const between = pre.slice(last.end);
    const trimmed = between.trim();
    const words = trimmed === "" ? 0 : trimmed.split(/\s+/).length;
    if (words <= NEGATION.windowWords && !NEGATION.neutraliser.test(between)) return last.word;
  }
  // NEGATION.after only crosses plain words, so it cannot reach past the clause's punctuation.
  const after = NEGATION.after.exec(norm.slice(end, Math.min(s.end, end + LOOK_AHEAD)));
  if (after) return after[0].trim();
  return undefined;
}

function rejectReason(
  rule: PhraseRule,
  norm: string,
  s: Sentence,
  clauses: readonly number[],
  start: number,
  end: number,
  sentenceTest: (re: RegExp, s: Sentence) => boolean,
): string | undefined {
  if (rule.vetoOnly) return "not this label (labelling guide)";
  if (rule.questionOnly && !s.isQuestion) return "only counted in a question";
  if (rule.anchor === "sentence" && !opensWith(norm, s.start, start)) return "must open the sentence";
  if (rule.anchor === "clause" && !opensWith(norm, clauseStartAt(clauses, s, start), start))
    return "must open a clause";
  if (rule.unlessSentence && sentenceTest(rule.unlessSentence, s)) return "excluded by the sentence it is in";
  if (
    rule.unlessBefore &&
    rule.unlessBefore.test(norm.slice(Math.max(s.start, start - LOOK_BEHIND), start))
  ) {
    return "excluded by the words before it";
  }
  if (rule.unlessAfter && rule.unlessAfter.test(norm.slice(end, Math.min(s.end, end + LOOK_AHEAD)))) {
    return "excluded by the words after it";
  }
  if (rule.when) {
    const from = Math.max(clauseStartAt(clauses, s, start), start - LOOK_BEHIND);
    const to = Math.min(Math.max(end, clauseEndAfter(clauses, s, start)), end + LOOK_AHEAD);
    const clause = norm.slice(from, to);
    const future = TENSE.future.test(clause);
    if (rule.when === "future" && !future) return "no future marker (will, 'll, due ...) in the clause";
    if (rule.when === "notPast" && !future && TENSE.past.test(clause)) return "about the past, not a promise";
  }
  if (rule.negatable) {
    const neg = negationOf(norm, s, clauses, start, end);
    if (neg !== undefined) return `negated by \u201c${neg}\u201d`;
  }
  return undefined;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function mergeSameLabel(cands: Candidate[]): Candidate[] {
  const byLabel = new Map<MessageLabel, Candidate[]>();
  for (const c of cands) {
    const list = byLabel.get(c.label);
    if (list) list.push(c);
    else byLabel.set(c.label, [c]);
  }
  const out: Candidate[] = [];
  for (const list of byLabel.values()) {
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    let cur: Candidate | undefined;
    for (const c of list) {
      if (cur && c.start < cur.end) {
        cur.end = Math.max(cur.end, c.end);
        for (const r of c.rules) if (!cur.rules.includes(r)) cur.rules.push(r);
      } else {
        if (cur) out.push(cur);
        cur = { ...c, rules: [...c.rules] };
      }
    }
    if (cur) out.push(cur);
  }
  return out;
}

/** What the rules decided, sentence by sentence: the input of the statistical model (and of its training). */
export interface RuleStage {
  ruleLabels: MessageLabel[];
  sentences: {
    norm: string;
    start: number;
    end: number;
    vetoed: MessageLabel[];
    ruleLabels: MessageLabel[];
  }[];
}

/** Rules counted only beside an apology in the same reply (rules.ts, `onlyWithApology`). */
const ONLY_WITH_APOLOGY = new Set(PHRASE_RULES.filter((r) => r.onlyWithApology).map((r) => r.id));

/** Reasons that only say where a phrase may stand; they do not say the label is absent, so they do not veto the model. */
const STRUCTURAL_REJECTION = /^(?:must open|only counted in a question|no future marker|about the past)/;

const vetoKey = (sentence: number, label: MessageLabel) => `${sentence}|${label}`;

/**
 * The model may add a label the rules did not find, with the sentence it scored highest as evidence.
 * The rules can veto it sentence by sentence (model/classifier.ts, modelMayLabel). For a label the
 * model decides ("model" mode, chosen on cross-validation), a rule match is dropped when no sentence
 * the model may label reaches the threshold (the rules' findings are among the model's features).
 */
function addModelLabels(
  norm: string,
  sentences: readonly Sentence[],
  cands: Candidate[],
  vetoed: ReadonlySet<string>,
  classifier: SentenceClassifier,
  reject: (m: Omit<SuppressedMatch, "text">) => void,
): Candidate[] {
  const have = new Set(cands.map((c) => c.label));
  const wanted: [MessageLabel, number][] = [];
  classifier.labels.forEach((l, i) => {
    if (!have.has(l) || classifier.mode(i) === "model") wanted.push([l, i]);
  });
  if (wanted.length === 0 || sentences.length === 0) return cands;
  const ruleLabelsIn = sentences.map(() => new Set<MessageLabel>());
  for (const c of cands) ruleLabelsIn[sentenceIndexAt(sentences, c.start)]?.add(c.label);
  const vetoedIn = sentences.map(() => [] as string[]);
  for (const key of vetoed) {
    const bar = key.indexOf("|");
    vetoedIn[Number(key.slice(0, bar))]?.push(key.slice(bar + 1));
  }
  const vetoedInReply = [...new Set(vetoedIn.flat())];
  const best = new Map<MessageLabel, { p: number; s: Sentence }>();
  sentences.forEach((s, si) => {
    const inSentence = ruleLabelsIn[si];
    // Speed only: the model scores only the labels it may give this sentence, and not a sentence where it may give
    // none (an apology's sentence is neither non-apology, blame nor dismissive); each label's sum is its own.
    const may = wanted.filter(([label]) =>
      modelMayLabel(
        label,
        (l) => vetoed.has(vetoKey(si, l)),
        (l) => inSentence?.has(l) ?? false,
      ),
    );
    if (may.length === 0) return;
    const logits = classifier.scores(
      norm.slice(s.start, s.end),
      {
        inSentence: inSentence ?? [],
        inReply: have,
        vetoed: vetoedIn[si] ?? [],
        vetoedInReply,
      },
      may.map(([, i]) => i),
    );
    for (const [label, i] of may) {
      const p = sigmoid(logits[i] ?? -Infinity);
      const cur = best.get(label);
      if (p >= classifier.threshold(i) && (!cur || p > cur.p)) best.set(label, { p, s });
    }
  });
  let out = cands;
  for (const [label] of wanted) {
    const found = best.get(label);
    if (have.has(label)) {
      if (found) continue;
      // "model" mode: the rules found it, the model (which saw what the rules found) does not agree.
      out = out.filter((c) => {
        if (c.label !== label) return true;
        reject({
          label,
          start: c.start,
          end: c.end,
          rule: c.rules[0] ?? label,
          reason: "the statistical model, which decides this label, scores it below its threshold",
        });
        return false;
      });
      continue;
    }
    if (!found) continue;
    const { p, s } = found;
    out.push({
      label,
      start: s.start,
      end: s.end,
      rules: [`model.${label}`],
      why: `The statistical model (trained on real agent replies) scores this sentence as ${label} (p = ${p.toFixed(2)}).`,
    });
  }
  return out;
}

const MEANING_WHY: Record<MeaningKind, string> = {
  belittle:
    "Belittles the customer's competence or talks down to them (read by meaning: respect-meaning.ts).",
  blame:
    "Blames or accuses the customer: their fault, misuse or failure (read by meaning: respect-meaning.ts).",
  minimise: "Minimises the problem or the customer's feelings (read by meaning: respect-meaning.ts).",
  sarcasm:
    "Sarcasm: praise, thanks or sympathy that means the opposite (read by meaning: respect-meaning.ts).",
  dismiss:
    "Brushes the customer off: not our problem, take it elsewhere (read by meaning: respect-meaning.ts).",
  complain:
    "Complains about the customer to them, warns or threatens them, or 'lets them off' (read by meaning: respect-meaning.ts).",
};

function analyseCore(
  original: string,
  context: AnalysisContext | undefined,
  explain: boolean,
  classifier: SentenceClassifier | null,
  stage?: RuleStage,
): ExplainedAnalysis {
  const norm = normaliseText(original);
  const sentences = splitSentences(norm);
  const clauses = clauseStarts(norm, sentences);
  const suppressed: SuppressedMatch[] = [];
  /** sentence|label pairs where a rule match was rejected for what it says (see addModelLabels). */
  const vetoed = new Set<string>();
  /** Rejected matches are only recorded for explainMessage (saves allocation in analyseMessage). */
  const reject = (m: Omit<SuppressedMatch, "text">): void => {
    if (!STRUCTURAL_REJECTION.test(m.reason))
      vetoed.add(vetoKey(sentenceIndexAt(sentences, m.start), m.label));
    if (explain) suppressed.push({ ...m, text: original.slice(m.start, m.end) });
  };
  let cands: Candidate[] = [];
  /** Matches of `vetoOnly` rules: words the guide says are not that label ("Let us know how it goes"). */
  const guideVetoes: Candidate[] = [];
  // unlessSentence results, once per (pattern, sentence).
  const sentenceCache = new Map<RegExp, Map<Sentence, boolean>>();
  const sentenceTest = (re: RegExp, s: Sentence): boolean => {
    let bySentence = sentenceCache.get(re);
    if (!bySentence) sentenceCache.set(re, (bySentence = new Map()));
    let hit = bySentence.get(s);
    if (hit === undefined) bySentence.set(s, (hit = re.test(norm.slice(s.start, s.end))));
    return hit;
  };

  // 1. Phrase rules.
  function runRule({ rule, re, query, trigger }: CompiledRule): void {
    if (trigger !== null && !RULE_LITERALS.foundAll(trigger)) return;
    if (query !== null && !query.holds(hasLiteral)) return;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(norm)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      const s = sentences[sentenceIndexAt(sentences, start)];
      if (!s) continue;
      const reason = rejectReason(rule, norm, s, clauses, start, end, sentenceTest);
      if (rule.vetoOnly) guideVetoes.push({ label: rule.label, start, end, rules: [rule.id], why: rule.why });
      if (reason !== undefined) {
        reject({ label: rule.label, start, end, rule: rule.id, reason });
      } else {
        cands.push({ label: rule.label, start, end, rules: [rule.id], why: rule.why });
      }
    }
  }

  const lower = asciiLower(norm);
  const index = new LiteralIndex(lower);
  const hasLiteral = RULE_LITERALS.reader(norm, lower, index);
  /** Respect-by-meaning frames whose cue words are present (step 3d), read while the index is built. */
  let meaningActive: MeaningFrames = [];
  try {
    for (const compiled of COMPILED) runRule(compiled);
    meaningActive = meaningFramesPresent(lower, index);
  } finally {
    index.release();
  }

  // 1b. Words the guide says are not a label are not counted as that label by any other rule either:
  //     "Let us know how it goes" is a closing line, though "let us know how" opens a request to explain.
  if (guideVetoes.length > 0) {
    cands = cands.filter((c) => {
      const hit = guideVetoes.find((v) => v.label === c.label && overlaps(v, c));
      if (!hit) return true;
      reject({
        label: c.label,
        start: c.start,
        end: c.end,
        rule: c.rules[0] ?? c.label,
        reason: `not this label (labelling guide: inside ${hit.rules[0] ?? "a vetoOnly rule"})`,
      });
      return false;
    });
  }

  // 2. A non-apology is never also an apology.
  const nonApologies = cands.filter((c) => c.label === "non_apology");
  cands = cands.filter((c) => {
    if (c.label !== "apologise") return true;
    const hit = nonApologies.find((n) => overlaps(n, c));
    if (!hit) return true;
    reject({
      label: "apologise",
      start: c.start,
      end: c.end,
      rule: c.rules[0] ?? "apologise",
      reason: `part of a non-apology (${hit.rules[0] ?? "non_apology"})`,
    });
    return false;
  });

  // 3. "I'm sorry for the trouble, but you should have ..." / "... but these things happen": an apology
  //    taken back by "but" + blame or a dismissive remark.
  const blames = cands.filter((c) => c.label === "blame" || c.label === "dismissive");
  const converted: Candidate[] = [];
  cands = cands.filter((c) => {
    if (c.label !== "apologise") return true;
    const s = sentences[sentenceIndexAt(sentences, c.start)];
    if (!s) return true;
    const later = blames.find(
      (b) =>
        b.start >= c.end &&
        b.start < s.end &&
        b.start - c.end <= 300 &&
        /\b(?:but|however)\b/i.test(norm.slice(c.end, b.start)),
    );
    if (!later) return true;
    reject({
      label: "apologise",
      start: c.start,
      end: c.end,
      rule: c.rules[0] ?? "apologise",
      reason: "taken back by \u201cbut\u201d followed by blame or a dismissive remark",
    });
    converted.push({
      label: "non_apology",
      start: c.start,
      end: c.end,
      rules: ["non_apology.apology-but-blame"],
      why: "An apology followed by \u201cbut\u201d and blame or a dismissive remark is not a real apology.",
    });
    return false;
  });
  cands.push(...converted);

  // 3c. An excuse that disowns the cause takes back an apology made elsewhere in the reply ("I'm sorry for
  //     the delay. It was out of our hands."); with no apology in the reply there is nothing to take back.
  if (!cands.some((c) => c.label === "apologise")) {
    cands = cands.filter((c) => {
      if (!ONLY_WITH_APOLOGY.has(c.rules[0] ?? "")) return true;
      reject({
        label: c.label,
        start: c.start,
        end: c.end,
        rule: c.rules[0] ?? c.label,
        reason: "no apology in the reply for it to take back",
      });
      return false;
    });
  }

  if (stage) {
    const present = new Set(cands.map((c) => c.label));
    stage.ruleLabels = MESSAGE_LABELS.filter((l) => present.has(l));
    const inSentence = sentences.map(() => new Set<MessageLabel>());
    for (const c of cands) inSentence[sentenceIndexAt(sentences, c.start)]?.add(c.label);
    stage.sentences = sentences.map((s, si) => ({
      norm: norm.slice(s.start, s.end),
      start: s.start,
      end: s.end,
      vetoed: MESSAGE_LABELS.filter((l) => vetoed.has(vetoKey(si, l))),
      ruleLabels: MESSAGE_LABELS.filter((l) => inSentence[si]?.has(l)),
    }));
  }

  // 3e. Her own slip named to fix it and reassured is not blame (ASK-respect-1): dropped here, so the model is vetoed
  //     on that sentence too, and again after 3d for the meaning frames.
  const dropReassuredSlip = (list: Candidate[]): Candidate[] =>
    list.filter((c) => {
      const modelOnly = c.rules.every((r) => r.startsWith("model."));
      if (
        c.label !== "blame" ||
        !slipReassured(lower, sentences, sentenceIndexAt(sentences, c.start), modelOnly)
      )
        return true;
      reject({
        ...c,
        rule: c.rules[0] ?? "blame",
        reason: "her own slip named and reassured (ASK-respect-1)",
      });
      return false;
    });
  cands = dropReassuredSlip(cands);

  // 3b. The statistical model adds labels the rules missed (recall), never against a rule's veto.
  if (classifier) cands = addModelLabels(norm, sentences, cands, vetoed, classifier, reject);

  // 3d. Respect by meaning (respect-meaning.ts): disrespect read from a sentence's shape (target + negative
  //     evaluation + stance), after the model so neither the model's features nor its training see it.
  const meaningRejected: MeaningRejection[] | undefined = explain ? [] : undefined;
  for (const m of respectByMeaning(norm, sentences, meaningRejected, { lower, active: meaningActive })) {
    cands.push({
      label: m.label,
      start: m.start,
      end: m.end,
      rules: [m.rule],
      why: m.why ?? MEANING_WHY[m.kind],
    });
  }
  for (const m of meaningRejected ?? [])
    reject({ label: m.label, start: m.start, end: m.end, rule: m.rule, reason: m.reason });
  cands = dropReassuredSlip(cands);

  // 3f. The customer's own words, quoted in a note or quoted back to her, are not the learner's remark
  //     (quoted-speech.ts): a respect label inside the quotation is dropped; the model's, read from a sentence that
  //     holds one, too. Quotations with no speaker, or the learner's own side as speaker, are read as before.
  const quoted = attributedQuotes(norm);
  if (quoted.length > 0)
    cands = cands.filter((c) => {
      if (!IS_RESPECT_BREACH.has(c.label) || !withinQuote(quoted, c)) return true;
      reject({
        ...c,
        rule: c.rules[0] ?? c.label,
        reason: "the customer's words, quoted (not the learner's)",
      });
      return false;
    });

  // 4. Questions (whole sentence).
  for (const s of sentences) {
    if (!s.isQuestion) continue;
    cands.push({
      label: "question",
      start: s.start,
      end: s.end,
      rules: ["question.sentence"],
      why: "The sentence ends with '?' or opens like a question ('Could you ...', 'What did ...').",
    });
  }

  // 5. Context: names, order references, products.
  for (const c of findContextMatches(norm, sentences, context)) {
    cands.push({ label: c.label, start: c.start, end: c.end, rules: [c.rule], why: c.why });
  }

  // 6. Merge, sort, label.
  const merged = mergeSameLabel(cands).sort(inSpanOrder);
  return {
    labels: labelsOf(merged),
    spans: merged.map((c) => ({
      label: c.label,
      start: c.start,
      end: c.end,
      text: original.slice(c.start, c.end),
      rules: c.rules,
      why: c.why,
    })),
    suppressed: suppressed.sort((a, b) => a.start - b.start),
  };
}

/** Like analyseMessage, but each span also names the rule(s) behind it, and rejected matches are listed. */
function safeAnalyse(
  text: unknown,
  context: AnalysisContext | undefined,
  explain: boolean,
): ExplainedAnalysis {
  const original = typeof text === "string" ? text : "";
  try {
    const folded = foldObfuscation(original);
    const read = analyseCore(folded.text, context, explain, CLASSIFIER);
    return onOriginal(original, folded, readPlainly(folded.text, read, context, explain, CLASSIFIER));
  } catch {
    // Rules are plain regular expressions over a string, so this should be unreachable; never throw.
    return { labels: [], spans: [], suppressed: [] };
  }
}

/**
 * A message with no respect label that is wrapped or padded ("you actually…", "isn't exactly…", "Sorry but…",
 * "P.S.", a name or a bracket in front, a line break mid-sentence) is read again in its plain wording
 * (plain-reading.ts), and any respect label that reading finds is added with its evidence on the words as
 * written. Only respect labels are taken from it.
 */
function readPlainly(
  text: string,
  read: ExplainedAnalysis,
  context: AnalysisContext | undefined,
  explain: boolean,
  classifier: SentenceClassifier | null,
): ExplainedAnalysis {
  if (read.labels.some((l) => IS_RESPECT_BREACH.has(l))) return read;
  let found: ExplainedSpan[] = [];
  for (const plain of plainReadings(text)) {
    const again = analyseCore(plain.text, context, explain, classifier);
    found = again.spans
      .filter((s) => IS_RESPECT_BREACH.has(s.label))
      .map((s) => ({ ...spanBack(text, plain, s), why: `${s.why} (read without the words around it)` }));
    if (found.length > 0) break;
  }
  // a plain reading drops the words around a quotation, so who said it is read from the text as written (3f)
  const quoted = found.length > 0 ? attributedQuotes(text) : [];
  if (quoted.length > 0) found = found.filter((s) => !withinQuote(quoted, s));
  if (found.length === 0) return read;
  const spans = [...read.spans, ...found].sort(inSpanOrder);
  return { ...read, labels: labelsOf(spans), spans };
}

/** Spans by where they start, then by label order, then by where they end (the analysis's order). */
function inSpanOrder(a: { start: number; end: number; label: MessageLabel }, b: typeof a): number {
  return (
    a.start - b.start || (LABEL_ORDER.get(a.label) ?? 0) - (LABEL_ORDER.get(b.label) ?? 0) || a.end - b.end
  );
}

/** The labels the spans carry, once each, in MESSAGE_LABELS order. */
function labelsOf(spans: readonly { label: MessageLabel }[]): MessageLabel[] {
  const present = new Set(spans.map((s) => s.label));
  return MESSAGE_LABELS.filter((l) => present.has(l));
}

/** A span found in rewritten text, moved back onto `original` (its text re-quoted from the words as written). */
function spanBack<S extends { start: number; end: number; text: string }>(
  original: string,
  rewritten: RewrittenText,
  sp: S,
): S {
  const start = rewritten.toOriginal(sp.start);
  const end = Math.max(start, rewritten.toOriginal(sp.end));
  return { ...sp, start, end, text: original.slice(start, end) };
}

/** Spans found in folded text (obfuscation.ts), moved back onto the words as written. */
function onOriginal<A extends { spans: MessageSpan[]; suppressed?: SuppressedMatch[] }>(
  original: string,
  folded: RewrittenText,
  a: A,
): A {
  if (folded.unchanged) return a;
  const back = <S extends { start: number; end: number; text: string }>(sp: S): S =>
    spanBack(original, folded, sp);
  return { ...a, spans: a.spans.map(back), ...(a.suppressed ? { suppressed: a.suppressed.map(back) } : {}) };
}

export function explainMessage(text: string, context?: AnalysisContext): ExplainedAnalysis {
  return safeAnalyse(text, context, true);
}

export function analyseMessage(text: string, context?: AnalysisContext): MessageAnalysis {
  const { labels, spans } = safeAnalyse(text, context, false);
  return { labels, spans: spans.map(({ label, start, end, text: t }) => ({ label, start, end, text: t })) };
}

/** Phrase rules only, without the statistical model (for the accuracy report's "rules only" row). */
export function analyseWithRulesOnly(text: string, context?: AnalysisContext): MessageAnalysis {
  const original = typeof text === "string" ? text : "";
  const folded = foldObfuscation(original);
  const read = analyseCore(folded.text, context, false, null);
  const { labels, spans } = onOriginal(
    original,
    folded,
    readPlainly(folded.text, read, context, false, null),
  );
  return { labels, spans: spans.map(({ label, start, end, text: t }) => ({ label, start, end, text: t })) };
}

/** The rules' decisions and vetoes per sentence, for scripts/train-analyser.ts. */
export function ruleStage(text: string, context?: AnalysisContext): RuleStage {
  const stage: RuleStage = { ruleLabels: [], sentences: [] };
  // Read as analyseMessage reads it (the stage's offsets are into the folded text).
  analyseCore(foldObfuscation(text).text, context, false, null, stage);
  return stage;
}
