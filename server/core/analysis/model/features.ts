/**
 * Features for the statistical part of the analyser, for one sentence:
 *  - its words, lower-cased, as unigrams and bigrams, plus "starts with" markers (digits become 0);
 *  - character n-grams inside each word ("<restart>" gives "<res", "rest", ...), so "reinstalling",
 *    "re-install" and "reinstall" share evidence and a new form of a known word is not lost;
 *  - what the phrase rules found: the labels the rules gave this sentence (`r:solve`), the labels they
 *    gave anywhere in the reply (`R:apologise`) and the labels they rejected here for what the words say
 *    (`v:solve`, e.g. "we can't refund"). The model then learns, say, that a sentence the rules found to
 *    be a question about the problem is often listening.
 *  - optionally (off as shipped): word classes (word-classes.ts) and word clusters from word vectors
 *    (word-clusters.ts).
 * Binary (present or not), so repeating a phrase does not make a label more likely. Shared by the
 * runtime (classifier.ts) and the trainer (train.ts), so both see exactly the same features.
 */

import { clusterFeaturesOf, clusterOf } from "./word-clusters";
import { wordClassFeatures } from "./word-classes";

const TOKEN = /[a-z0-9]+(?:'[a-z]+)?|[?]/g;

/** How features are built; stored in weights.json so the runtime builds what the model was trained on. */
export interface FeatureConfig {
  /** Character n-gram lengths inside words (empty: none). */
  charGrams: readonly number[];
  /** Whether the rules' findings are features. */
  ruleFeatures: boolean;
  /** Whether word-class features (word-classes.ts: fix verbs, remedies, customer-fault phrasings) are added. */
  wordClasses?: boolean;
  /** Whether the labels the rules rejected anywhere in the reply are features (`V:listen`). */
  replyVetoes?: boolean;
  /**
   * Whether a word with a digit in it (a discount code, a reference, "24hrs") gets no character n-grams:
   * it is a code, not a form of a word, so "SORRY10" must not share evidence with "sorry" (README, "Eleventh pass").
   */
  codesWhole?: boolean;
  /**
   * Word-cluster granularities (word-clusters.ts): each word's cluster at each, `k256:17` (none if unset).
   * Needs a cluster table (setWordClusters); off in the shipped model (README, "Seventh pass").
   */
  clusters?: readonly number[];
  /** The granularity whose adjacent-word cluster pairs are features, `kp256:17_40` (none if unset). */
  clusterPairs?: number;
  /** Whether the first word's cluster is a feature at each granularity, `^k256:17`. */
  clusterFirst?: boolean;
}

export const WORDS_ONLY: FeatureConfig = { charGrams: [], ruleFeatures: false };

/** What the rules said about a sentence and its reply (labels as strings, any order). */
export interface RuleView {
  inSentence: Iterable<string>;
  inReply: Iterable<string>;
  vetoed: Iterable<string>;
  /** The labels the rules rejected in any sentence of the reply (only read with `replyVetoes`). */
  vetoedInReply?: Iterable<string>;
}

const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isLetter = (c: number): boolean => c >= 97 && c <= 122;

/**
 * Lower-case word tokens of already-normalised text (see segment.ts normaliseText); digits become "0".
 * The tokens of TOKEN (`[a-z0-9]+(?:'[a-z]+)?|[?]` over the lower-cased text), read by a character scan
 * (twelfth pass: speed; the unit tests check it against the pattern on every dev-set reply).
 */
export function tokenise(norm: string): string[] {
  const out: string[] = [];
  const lower = norm.toLowerCase();
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (!isWordChar(c)) {
      if (c === 63) out.push("?");
      i++;
      continue;
    }
    let digit = c <= 57;
    let j = i + 1;
    for (; j < n; j++) {
      const d = lower.charCodeAt(j);
      if (!isWordChar(d)) break;
      if (d <= 57) digit = true;
    }
    if (j + 1 < n && lower.charCodeAt(j) === 39 && isLetter(lower.charCodeAt(j + 1))) {
      j += 2;
      while (j < n && isLetter(lower.charCodeAt(j))) j++;
    }
    const t = lower.slice(i, j);
    out.push(digit ? t.replace(/[0-9]+/g, "0") : t);
    i = j;
  }
  return out;
}

/** The tokens by the pattern itself (the definition `tokenise` must equal; tests only). */
export function tokeniseByPattern(norm: string): string[] {
  const out: string[] = [];
  const lower = norm.toLowerCase();
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(lower)) !== null) {
    const t = m[0];
    out.push(/[0-9]/.test(t) ? t.replace(/[0-9]+/g, "0") : t);
  }
  return out;
}

/** A token with a digit in it (digits are already "0"): a code or a number, not a word. */
export const isCode = (token: string): boolean => token.includes("0");

/** A word's character n-gram features, remembered (the same words recur in every reply: speed only). */
const gramCache = new Map<string, readonly string[]>();
export function charGramsOf(token: string, lengths: readonly number[]): readonly string[] {
  const key = `${lengths.join(",")}|${token}`;
  let grams = gramCache.get(key);
  if (grams) return grams;
  const out: string[] = [];
  // Short words are already whole-word features; the apostrophe form is split off ("don't" -> "don").
  const w = `<${token.replace(/'.*$/, "")}>`;
  if (w.length >= 6)
    for (const n of lengths) for (let i = 0; i + n <= w.length; i++) out.push(`#${w.slice(i, i + n)}`);
  grams = out;
  if (gramCache.size >= 20_000) gramCache.clear();
  gramCache.set(key, grams);
  return grams;
}

/** The sentence's features, each once, in a fixed order. */
export function sentenceFeatures(
  norm: string,
  config: FeatureConfig = WORDS_ONLY,
  rules?: RuleView,
): string[] {
  const tokens = tokenise(norm);
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      out.push(f);
    }
  };
  if (tokens.length > 0) add(`^${tokens[0]}`);
  if (tokens.length > 1) add(`^${tokens[0]}_${tokens[1]}`);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    add(t);
    const next = tokens[i + 1];
    if (next !== undefined) add(`${t}_${next}`);
  }
  if (config.charGrams.length > 0) {
    for (const t of tokens)
      if (!(config.codesWhole && isCode(t))) for (const g of charGramsOf(t, config.charGrams)) add(g);
  }
  if (config.clusters?.length) {
    for (const t of tokens) for (const f of clusterFeaturesOf(t, config.clusters)) add(f);
    if (config.clusterFirst && tokens.length > 0)
      for (const k of config.clusters) {
        const c = clusterOf(tokens[0]!, k);
        if (c >= 0) add(`^k${k}:${c}`);
      }
  }
  if (config.clusterPairs) for (const f of clusterPairFeatures(tokens, config.clusterPairs)) add(f);
  if (config.wordClasses) for (const f of wordClassFeatures(tokens)) add(f);
  if (config.ruleFeatures && rules) {
    for (const l of rules.inSentence) add(`r:${l}`);
    for (const l of rules.inReply) add(`R:${l}`);
    for (const l of rules.vetoed) add(`v:${l}`);
    if (config.replyVetoes) for (const l of rules.vetoedInReply ?? []) add(`V:${l}`);
  }
  return out;
}

/** Adjacent words' clusters at `k` clusters, `kp256:17_40` (pairs with an unknown word are left out). */
export function clusterPairFeatures(tokens: readonly string[], k: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = clusterOf(tokens[i]!, k);
    const b = clusterOf(tokens[i + 1]!, k);
    if (a >= 0 && b >= 0) out.push(`kp${k}:${a}_${b}`);
  }
  return out;
}
