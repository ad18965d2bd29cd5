/**
 * Words the learner did not write. A reply that pastes the customer's own message back ("So you're
 * saying: 'It's stopped pumping water again…'") or the scenario's brief and policy has the facts of
 * the case in it, but restating a problem in your own words is what shows you listened; copying it
 * shows nothing. Runs of eight or more words that also occur in something the learner was shown (the
 * brief, objectives and policy, every customer's and colleague's messages, the customers' own words
 * on their records) are echoes: case evidence
 * inside them does not count, and a reply that is mostly echo gets at most partly on every step.
 *
 * Eight words is long enough that an own-words reply never matches by chance ("the tracking hasn't
 * moved since the weekend" is six) and short enough to catch a pasted sentence; a whole sentence of
 * six or more words copied word for word counts too.
 *
 * The shop's own texts (brief, objectives, policy) state its rules in the plain phrases a learner is
 * taught to tell the customer: "a copy of the personal data we hold" is how anyone says what a
 * subject access request brings, and the policy happens to say it too. So from those texts a run
 * counts only at twelve words (or a whole sentence copied, as above); eight is for other people's
 * words. Red-team round 10 B (dp-r10-over-formal: "You will receive a copy of the personal data we
 * hold about you, together with the source…" lost "what she will get", decided met).
 *
 * Reading a message back with the pronouns turned round ("I've just signed up… I only have the
 * cafetière I bought from you" → "you've just signed up… you only have the cafetière you bought from
 * us") is still reading it back. So runs are also compared with I/you/we, me/us, my/your/our, I'm/
 * you're, am/are… folded into one word each: that comparison decides whether a reply is MOSTLY copied
 * (and, in a mostly copied reply, which words earn nothing). A single sentence reflected back that way
 * inside a reply of the learner's own ("You'd like to know what personal information we hold about
 * you") is what tutors teach as reflecting back, so on its own it is not an echo: only words copied
 * exactly are.
 */
import { INVISIBLE } from "./learner-spelling";
import { normaliseText } from "./matching";
import { quotedSpans } from "./quotations";
import type { Scenario } from "./scenario-schema";
import { renderText } from "./text-templates";

export const ECHO_RUN_WORDS = 8;
/** A run copied from the shop's own brief, objectives or policy (its rules in plain words). */
export const RULE_RUN_WORDS = 12;
/** A shorter sentence copied whole ("Yesterday morning it simply stopped working.") is copied too. */
export const ECHO_SENTENCE_WORDS = 6;
/** Share of a reply's words that makes it an echo rather than a reply. */
export const ECHO_SHARE = 0.5;
/**
 * Inside a quotation of at least ECHO_SENTENCE_WORDS words a shorter run is copied too: the marks say
 * the words are someone else's, so her sentences quoted back ('You said: "the tracking hasn't moved
 * since the weekend. It's a birthday present for Saturday."') are hers, not the learner's restatement
 * (red-team round 10 A, internal-r10-you-said-quoted). A few of her words quoted inside the learner's
 * own sentence ('you told us "the blue light flickers"') are still reflecting back.
 */
export const QUOTED_RUN_WORDS = 4;

type Token = { word: string; start: number; end: number; sentence: number };

/** First and second person folded together: "I only have" and "you only have" read the same. */
const PERSON: Record<string, string> = {};
for (const [key, words] of Object.entries({
  "~p": "i me you we us",
  "~poss": "my your our",
  "~own": "mine yours ours",
  "~self": "myself yourself ourselves",
  "~p-be": "i'm you're we're",
  "~p-have": "i've you've we've",
  "~p-will": "i'll you'll we'll",
  "~p-would": "i'd you'd we'd",
  "~be": "am are",
  "~was": "was were",
}))
  for (const w of words.split(" ")) PERSON[w] = key;
const person = (w: string) => PERSON[w] ?? w;

function tokens(text: string): Token[] {
  // normaliseText keeps offsets (it folds accents, look-alike letters and curly quotes one for one).
  // Characters that print as nothing are skipped, as the reader skips them: "Fro\u200Bther" pasted
  // back is the customer's "Frother", not two words of the learner's own (red-team round 8 A,
  // returns-r8-zero-width-echo). Offsets stay in the learner's text.
  const norm = normaliseText(text);
  const at: number[] = [];
  let seen = "";
  for (let i = 0; i < norm.length; i++) {
    if (INVISIBLE.test(norm[i]!)) continue;
    at.push(i);
    seen += norm[i];
  }
  const out: Token[] = [];
  let sentence = 0;
  let from = 0;
  for (const m of seen.matchAll(/[a-z0-9£]+(?:'[a-z]+)?/g)) {
    const start = m.index ?? 0;
    // A run never crosses a sentence end, so the learner's own next sentence is never "copied".
    if (/[.!?]\s|\n/.test(seen.slice(from, start))) sentence++;
    out.push({ word: m[0], start: at[start]!, end: at[start + m[0].length - 1]! + 1, sentence });
    from = start + m[0].length;
  }
  return out;
}

/** The run of `n` words starting at i, or null if it crosses a sentence end. */
function shingleKey(
  ts: readonly Token[],
  i: number,
  fold: (w: string) => string = (w) => w,
  n = ECHO_RUN_WORDS,
): string | null {
  const run = ts.slice(i, i + n);
  if (run.length < n || run[0]!.sentence !== run.at(-1)!.sentence) return null;
  return run.map((t) => fold(t.word)).join(" ");
}

/**
 * Everything the learner can read in the scenario, as text: the brief, objectives and policy, every
 * customer's and colleague's messages, and the customer's own words on their record (feedback
 * comments, emails they sent us). A survey comment pasted back inside quotation
 * marks ("You said: '…'") is the customer's reading of the problem, not the learner's (red-team round
 * 8 B, service-review-r8-quotes-them-back: decided Merit, first ran Distinction with the follow-up
 * personal).
 *
 * When the attempt's start is known they are read as the learner read them, with dates, prices and
 * weekdays filled in: "It was delivered on 12 October 2026, so I'm still within the 30 days" pasted
 * back is copied too, not only the words around the date (red-team round 8 A, returns-r8-zero-width-echo).
 */
type Shown = { text: string; ours: boolean };
function shownTexts(scenario: Scenario, origin?: string): Shown[] {
  const texts = writtenTexts(scenario);
  if (!origin) return texts;
  const at = new Date(origin);
  return texts.map((t) => ({ ...t, text: renderText(scenario, t.text, at) }));
}

/** What was shown; `ours` marks the shop's own brief, objectives and policy. */
function writtenTexts(scenario: Scenario): Shown[] {
  const ours = [scenario.brief, ...scenario.objectives, ...(scenario.policy?.notes ?? [])];
  const out: string[] = [];
  // The customer's own words on their record. Staff-written case summaries and notes are not: a
  // follow-up that reuses the record's facts ("delivered a day late by SwiftParcel, two days after the
  // promised date") is restating the case, as a reply should.
  for (const c of scenario.customers) {
    for (const f of c.feedback) if (f.comment) out.push(f.comment);
    for (const i of c.interactions) if (i.direction === "inbound") out.push(i.body);
  }
  for (const k of scenario.contacts) {
    for (const o of k.opening) out.push(o.text);
    for (const r of k.reactions) if (r.reply) out.push(r.reply);
    for (const t of k.timers) if (t.reply) out.push(t.reply);
  }
  for (const p of scenario.people ?? []) {
    for (const o of p.opening) out.push(o.text);
    for (const r of p.reactions) if (r.reply) out.push(r.reply);
    for (const t of p.timers) if (t.reply) out.push(t.reply);
  }
  return [...ours.map((text) => ({ text, ours: true })), ...out.map((text) => ({ text, ours: false }))];
}

/** The tokens of each sentence, in order. */
function bySentence(ts: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  for (const t of ts) (out[t.sentence] ??= []).push(t);
  return out.filter(Boolean);
}
const sentenceKey = (ts: readonly Token[], fold: (w: string) => string = (w) => w) =>
  ts.map((t) => fold(t.word)).join(" ");

type Shingles = {
  /** Runs of ECHO_RUN_WORDS from other people's words, and of RULE_RUN_WORDS from the shop's own. */
  runs: Set<string>;
  ruleRuns: Set<string>;
  /** Runs of QUOTED_RUN_WORDS from other people's words, for what the learner puts in quotation marks. */
  quotedRuns: Set<string>;
  sentences: Set<string>;
  personRuns: Set<string>;
  personRuleRuns: Set<string>;
  personSentences: Set<string>;
};
const shownCache = new WeakMap<Scenario, Map<string, Shingles>>();
function shownShingles(scenario: Scenario, origin?: string): Shingles {
  let perStart = shownCache.get(scenario);
  if (!perStart) {
    perStart = new Map();
    shownCache.set(scenario, perStart);
  }
  let shown = perStart.get(origin ?? "");
  if (!shown) {
    shown = {
      runs: new Set(),
      ruleRuns: new Set(),
      quotedRuns: new Set(),
      sentences: new Set(),
      personRuns: new Set(),
      personRuleRuns: new Set(),
      personSentences: new Set(),
    };
    for (const { text, ours } of shownTexts(scenario, origin)) {
      const ts = tokens(text);
      if (!ours)
        for (let i = 0; i + QUOTED_RUN_WORDS <= ts.length; i++) {
          const run = ts.slice(i, i + QUOTED_RUN_WORDS);
          if (run[0]!.sentence === run.at(-1)!.sentence) shown.quotedRuns.add(sentenceKey(run));
        }
      const n = ours ? RULE_RUN_WORDS : ECHO_RUN_WORDS;
      const [runs, personRuns] = ours
        ? [shown.ruleRuns, shown.personRuleRuns]
        : [shown.runs, shown.personRuns];
      for (let i = 0; i + n <= ts.length; i++) {
        const key = shingleKey(ts, i, undefined, n);
        if (key) runs.add(key);
        const folded = shingleKey(ts, i, person, n);
        if (folded) personRuns.add(folded);
      }
      for (const s of bySentence(ts)) {
        if (s.length < ECHO_SENTENCE_WORDS) continue;
        shown.sentences.add(sentenceKey(s));
        shown.personSentences.add(sentenceKey(s, person));
      }
    }
    if (perStart.size >= 64) perStart.clear();
    perStart.set(origin ?? "", shown);
  }
  return shown;
}

export type Echo = {
  /** Character ranges of the learner's text copied word for word from what they were shown. */
  ranges: { start: number; end: number }[];
  /** The same, counting words read back with the pronouns turned round (a superset of `ranges`). */
  personRanges: { start: number; end: number }[];
  /** Words copied, either way. */
  echoedWords: number;
  words: number;
};

type Range = { start: number; end: number };

/** Marks the words of runs (and whole sentences) that also occur in what was shown. */
function covered(
  ts: readonly Token[],
  runs: Set<string>,
  ruleRuns: Set<string>,
  sentences: Set<string>,
  fold?: (w: string) => string,
) {
  const out = new Array<boolean>(ts.length).fill(false);
  for (const [set, n] of [
    [runs, ECHO_RUN_WORDS],
    [ruleRuns, RULE_RUN_WORDS],
  ] as const) {
    for (let i = 0; i + n <= ts.length; i++) {
      const key = shingleKey(ts, i, fold, n);
      if (!key || !set.has(key)) continue;
      for (let j = i; j < i + n; j++) out[j] = true;
    }
  }
  let at = 0;
  for (const s of bySentence(ts)) {
    if (s.length >= ECHO_SENTENCE_WORDS && sentences.has(sentenceKey(s, fold)))
      for (let j = at; j < at + s.length; j++) out[j] = true;
    at += s.length;
  }
  return out;
}

/** Marks runs of QUOTED_RUN_WORDS words inside one quotation that also occur in what was shown. */
function quotedCopies(ts: readonly Token[], text: string, quotedRuns: Set<string>): boolean[] {
  const out = new Array<boolean>(ts.length).fill(false);
  const spans = quotedSpans(text);
  if (!spans.length) return out;
  const spanOf = ts.map((t) => spans.findIndex((q) => t.start >= q.start && t.end <= q.end));
  const wordsIn = spans.map((_, k) => spanOf.filter((x) => x === k).length);
  for (let i = 0; i + QUOTED_RUN_WORDS <= ts.length; i++) {
    const run = ts.slice(i, i + QUOTED_RUN_WORDS);
    const span = spanOf[i]!;
    if (span < 0 || wordsIn[span]! < ECHO_SENTENCE_WORDS || run[0]!.sentence !== run.at(-1)!.sentence)
      continue;
    if (!run.every((_, k) => spanOf[i + k] === span)) continue;
    if (!quotedRuns.has(sentenceKey(run))) continue;
    for (let j = i; j < i + QUOTED_RUN_WORDS; j++) out[j] = true;
  }
  return out;
}

/**
 * Quotations strung together with nothing of the learner's own between them ('Just to confirm the
 * details from your email: "stopped working yesterday", "less than two weeks", "boiling water in a
 * saucepan".'): a checklist of her words, each marked as hers, not a restatement, however short each
 * one is (red-team round 18 A, complaint-r18-your-words-confirmed). Two or more quotations joined only
 * by commas, semicolons, slashes, dashes, bullets, line breaks or a bare "and" / "or" are a quoted list:
 * every word in them is someone else's. One short quotation inside the learner's own sentence ('you
 * told us "the blue light flickers"'), or quotations with words of the learner's between them ('the light
 * "flickers", then "nothing"'), are still reflecting back.
 */
const LIST_GAP = /^[\s,;/•·*\u2013\u2014-]*(?:(?:and|or|&)[\s]*)?$/i;
function quotedLists(ts: readonly Token[], text: string): boolean[] {
  const out = new Array<boolean>(ts.length).fill(false);
  const spans = quotedSpans(text);
  const inList = spans.map(() => false);
  for (let k = 0; k + 1 < spans.length; k++) {
    const gap = text.slice(spans[k]!.end, spans[k + 1]!.start).replace(/["'\u201c\u201d\u2018\u2019]/g, "");
    if (LIST_GAP.test(gap)) inList[k] = inList[k + 1] = true;
  }
  ts.forEach((t, i) => {
    if (spans.some((q, k) => inList[k] && t.start >= q.start && t.end <= q.end)) out[i] = true;
  });
  return out;
}

function rangesOf(ts: readonly Token[], marks: readonly boolean[]): Range[] {
  const out: Range[] = [];
  for (let i = 0; i < ts.length; i++) {
    if (!marks[i]) continue;
    const last = out.at(-1);
    if (last && marks[i - 1]) last.end = ts[i]!.end;
    else out.push({ start: ts[i]!.start, end: ts[i]!.end });
  }
  return out;
}

/**
 * The parts of a learner's text copied from the scenario (customers' messages, brief, policy), as
 * shown in the attempt that started at `origin` (an ISO instant) when it is given.
 */
export function echoIn(scenario: Scenario, text: string, origin?: string): Echo {
  const ts = tokens(text);
  const shown = shownShingles(scenario, origin);
  const lists = quotedLists(ts, text);
  const quoted = quotedCopies(ts, text, shown.quotedRuns).map((q, i) => q || lists[i]!);
  const exact = covered(ts, shown.runs, shown.ruleRuns, shown.sentences).map((c, i) => c || quoted[i]!);
  const folded = covered(ts, shown.personRuns, shown.personRuleRuns, shown.personSentences, person);
  const either = folded.map((f, i) => f || exact[i]!);
  return {
    ranges: rangesOf(ts, exact),
    personRanges: rangesOf(ts, either),
    echoedWords: either.filter(Boolean).length,
    words: ts.length,
  };
}

/** Mostly copied: the reply's substance is someone else's words. */
export const isEcho = (echo: Echo | undefined) =>
  !!echo && echo.words > 0 && echo.echoedWords / echo.words >= ECHO_SHARE;

/**
 * The words that earn nothing: those copied word for word, and, in a reply that is mostly copied,
 * those read back with the pronouns turned round as well.
 */
export const copiedRanges = (echo: Echo | undefined): Range[] =>
  !echo ? [] : isEcho(echo) ? echo.personRanges : echo.ranges;

export const inEcho = (echo: Echo | undefined, at: number) =>
  copiedRanges(echo).some((r) => at >= r.start && at < r.end);
