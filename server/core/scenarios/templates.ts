/**
 * Template detection: the same (or nearly the same) text sent to several customers is a
 * mail-merge, not a personal message, however many names and product nouns are swapped in.
 * Two messages are compared after removing every customer's names, numbers, prices and codes, as
 * sets of three-word shingles (Jaccard similarity). Swapping a name and one product noun in a
 * 40-word message leaves a similarity of about 0.8; two genuinely personal messages share well
 * under 0.3.
 */
import { mentionsOptOut, optOutOnlyTheHardWay } from "../marketing-rules";
import { readableText } from "./learner-spelling";
import { normaliseText } from "./matching";

export const TEMPLATE_SIMILARITY = 0.6;
/** Shorter messages are compared too, but a few shared words ("Hi, thanks") are not a template. */
const MIN_TOKENS = 8;

export type TemplateKey = {
  shingles: Set<string>;
  tokens: number;
  /** Its sentences and clauses as sets of words (opt-out lines and fragments under three words left out). */
  units: readonly ReadonlySet<string>[];
  /** Every word of its units: a message that lacks most of a sentence's words cannot hold it. */
  unitWords: ReadonlySet<string>;
};

const NUMBERS = /[£$€]?\d[\d,.:%]*/g;
const CODES = /\b[a-z]*\d+[a-z\d]*\b/g;
const words = (t: string) =>
  t
    .replace(NUMBERS, " ")
    .replace(CODES, " ")
    .split(/[^a-z']+/)
    .filter((w) => w.length > 0);
/** A greeting opens the first sentence and says nothing about the customer. */
const GREETING = new Set(["hi", "hello", "hey", "dear"]);
/** "deserves fresh beans" and "deserve fresh bean" are one sentence reworded: a plural or a verb's -s is dropped. */
const stem = (w: string) => (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w);
/** Sentences, and clauses joined by ", so / and / but": a stock sentence can be glued onto another. */
const UNIT_BREAK = /[.!?\n:;]+|,\s+(?=(?:so|and|but)\s)/;

/**
 * Compared as the customer reads them (`readableText`): zero-width characters hidden inside words,
 * look-alike letters and misspellings do not make two copies of one mail-merge different messages.
 * Red-team round 8 B (loyalty-r8-zero-width-template: one text to three customers, each copy with
 * U+200B inside different words, decided Pass, first ran Merit with personalisation met).
 */
export function templateKey(text: string, names: readonly string[]): TemplateKey {
  let t = normaliseText(readableText(text).text);
  for (const n of names) {
    const w = normaliseText(n).trim();
    if (w.length >= 2)
      t = t.replace(new RegExp(`(?<![a-z])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![a-z])`, "g"), " ");
  }
  const tokens = words(t);
  const shingles = new Set<string>();
  for (let i = 0; i + 2 < tokens.length; i++) shingles.add(`${tokens[i]} ${tokens[i + 1]} ${tokens[i + 2]}`);
  const units: Set<string>[] = [];
  for (const s of t.split(UNIT_BREAK)) {
    // The way out differs by channel ("Reply STOP", "unsubscribe below") and says nothing personal.
    if (s.length < 12 || mentionsOptOut(s) || optOutOnlyTheHardWay(s)) continue;
    const u = new Set(
      words(s)
        .filter((w) => !GREETING.has(w))
        .map(stem),
    );
    if (u.size >= 3) units.push(u);
  }
  return { shingles, tokens: tokens.length, units, unitWords: new Set(units.flatMap((u) => [...u])) };
}

export function similarity(a: TemplateKey, b: TemplateKey): number {
  if (a.tokens < MIN_TOKENS || b.tokens < MIN_TOKENS || a.shingles.size === 0 || b.shingles.size === 0)
    return 0;
  let shared = 0;
  for (const s of a.shingles) if (b.shingles.has(s)) shared++;
  return shared / (a.shingles.size + b.shingles.size - shared);
}

export const isTemplatePair = (a: TemplateKey, b: TemplateKey) => similarity(a, b) >= TEMPLATE_SIMILARITY;

/**
 * The same message sent again to the same person: (nearly) identical, not a follow-up that reuses a
 * sentence or two. Over every playthrough's pairs of messages to one person, honest follow-ups share at
 * most 0.32 of their shingles and copies at least 0.72 (one word changed in a 27-word reply: 0.75).
 * The lead's mutation check (session 31: every model reply sent three times) ran Distinction in six
 * scenarios with nothing unneeded.
 */
export const REPEAT_SIMILARITY = 0.7;
export const isRepeatPair = (a: TemplateKey, b: TemplateKey) => similarity(a, b) >= REPEAT_SIMILARITY;

/**
 * A template reshuffled: one stock letter sent to several customers with its sentences reordered, a word
 * or two swapped ("missed" / "been missing") and one product noun changed. Pairs of such copies share
 * few three-word shingles (0.24-0.35: every reordering and swap breaks some), as few as two honest replies
 * can (0.35), so no pairwise threshold separates them (red-team round 26 B,
 * win-back-r26-one-letter-shuffled). Read over the whole set of messages instead: a sentence is stock
 * when at least 60% of its words are in one sentence sent to each of at least two OTHER customers (a
 * two-word product noun and a swapped verb still leave 60%), and
 * a message is a shuffled copy when at least three of its sentences are stock and they hold at least 85%
 * of its words. Five personal replies that share a sign-off, the offer line and the opt-out are not (each
 * has its own sentences about the customer; the opt-out is left out, since it differs by channel). Over
 * every shipped playthrough (session 42), messages not already read as pairs reach at most 72% of their
 * words in stock sentences; the reshuffled copies 100%.
 */
export const STOCK_SENTENCE_SIMILARITY = 0.6;
const STOCK_MIN_OTHER_CUSTOMERS = 2;
const STOCK_MIN_SENTENCES = 3;
const STOCK_MIN_SHARE = 0.85;

/** How much of sentence `a` is in `b` (a share of a's words): a stock line glued into a longer one still counts. */
function inOther(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / a.size;
}

/** The indices (into `messages`) of shuffled copies of one stock letter sent to three or more customers. */
export function shuffledCopies(messages: readonly { ref: string; key: TemplateKey }[]): Set<number> {
  const out = new Set<number>();
  if (new Set(messages.map((m) => m.ref)).size <= STOCK_MIN_OTHER_CUSTOMERS) return out;
  messages.forEach((m, i) => {
    const { units } = m.key;
    if (units.length < STOCK_MIN_SENTENCES) return;
    let allWords = 0;
    for (const u of units) allWords += u.size;
    // Stop at the first sentence that makes the share unreachable: an honest reply fails fast.
    const ownAllowed = (1 - STOCK_MIN_SHARE) * allWords;
    let own = 0;
    let stock = 0;
    for (const u of units) {
      const others = new Set<string>();
      for (const o of messages) {
        if (o.ref === m.ref || others.has(o.ref)) continue;
        if (inOther(u, o.key.unitWords) < STOCK_SENTENCE_SIMILARITY) continue;
        if (o.key.units.some((v) => inOther(u, v) >= STOCK_SENTENCE_SIMILARITY)) others.add(o.ref);
        if (others.size >= STOCK_MIN_OTHER_CUSTOMERS) break;
      }
      if (others.size >= STOCK_MIN_OTHER_CUSTOMERS) stock++;
      else if ((own += u.size) > ownAllowed) return;
    }
    if (stock >= STOCK_MIN_SENTENCES) out.add(i);
  });
  return out;
}
