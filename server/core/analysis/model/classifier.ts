/**
 * The statistical part of the analyser: one logistic regression per label over a sentence's words
 * (features.ts), trained by `scripts/train-analyser.ts` on the dev set's `tune` split and the
 * hand-labelled sets, weights in weights.json. Pure and deterministic: a table lookup and a sum per
 * sentence, nothing downloaded, no randomness at run time.
 *
 * It only ADDS labels the phrase rules missed (recall); the rules keep their precision and can veto
 * it (see analyse-message.ts: a sentence where a rule match of that label was negated, or an
 * apology was part of a non-apology, is never labelled by the model).
 */
import type { MessageLabel } from "../analyse-message";
import { RESPECT_BREACH_LABELS } from "../label-names";
import MODEL_FILE from "./weights.json";
import { wordClassFeatures } from "./word-classes";
import {
  charGramsOf,
  isCode,
  clusterPairFeatures,
  type FeatureConfig,
  type RuleView,
  sentenceFeatures,
  tokenise,
} from "./features";
import { clusterFeaturesOf, clusterOf, hasWordClusters } from "./word-clusters";

export interface ModelFile {
  /** Bumped when the feature definition changes (features.ts). */
  version: number;
  /** Which features the model was trained with (features.ts). */
  features: FeatureConfig;
  labels: MessageLabel[];
  bias: number[];
  /** Probability a sentence needs for the label, per label (chosen on cross-validation over `tune`). */
  thresholds: number[];
  /**
   * Per label: "or" = the rules' finding stands and the model may add the label where they found
   * none; "model" = the model decides (the rules' findings are among its features), so a rule match
   * the model scores below the threshold is dropped. Chosen per label on cross-validation over `tune`.
   */
  modes: LabelMode[];
  /** feature -> one weight per label (features seen fewer than twice in training are left out). */
  weights: Record<string, number[]>;
  /** How it was trained (for the README and the curious). */
  trainedOn: string;
}

export const MODEL_FEATURE_VERSION = 2;

interface WordEntry {
  ids: Int32Array;
  /** The ids of the word pairs this word opens, by the second word's number (undefined: none known). */
  pairs: Map<number, number> | undefined;
  /** This word's number as the second word of a known pair (-1: it is in none). */
  second: number;
  /** The id of "^word" (the sentence opens with it), and of "^word_next" by the next word's number. */
  opening: number | undefined;
  openingPairs: Map<number, number> | undefined;
}

export type LabelMode = "or" | "model";

export class SentenceClassifier {
  readonly labels: readonly MessageLabel[];
  private readonly bias: readonly number[];
  private readonly thresholds: readonly number[];
  private readonly modes: readonly LabelMode[];
  private readonly weights: Map<string, readonly number[]>;
  private readonly features: FeatureConfig;
  // Speed only (the same sums as logitsReference): features as integer ids, word pairs as nested maps,
  // each word's unigram and character n-gram ids cached, and a stamp array instead of a Set to count
  // each feature once per sentence.
  private readonly ids = new Map<string, number>();
  private readonly flat: Float64Array;
  private readonly pairs = new Map<string, Map<number, number>>();
  /** The first pairs ("^a_b") likewise, by the first word. */
  private readonly openingPairs = new Map<string, Map<number, number>>();
  /** Each word that closes a known pair, numbered (a pair is looked up by a number, not by hashing a new string). */
  private readonly seconds = new Map<string, number>();
  // One lookup per token: its own and n-gram ids, and the ids of the pairs it opens (twelfth pass: speed).
  private readonly words = new Map<string, WordEntry>();
  // The rules' findings as ids by prefix ("r:", "R:", "v:", "V:"), so no feature string is built per sentence.
  private readonly ruleIds = new Map<string, Map<string, number>>();
  private readonly stamp: Uint32Array;
  private readonly acc: Float64Array;
  /** The label indices `add` sums (all of them, or those `logits` was asked for). */
  private readonly allLabels: readonly number[];
  private asked: readonly number[];
  private sentenceNo = 0;

  constructor(file: ModelFile) {
    this.labels = file.labels;
    this.features = file.features;
    this.bias = file.bias;
    this.thresholds = file.thresholds;
    this.modes = file.modes ?? [];
    this.weights = new Map(Object.entries(file.weights));
    const n = this.labels.length;
    this.flat = new Float64Array(this.weights.size * n);
    let id = 0;
    for (const [f, w] of this.weights) {
      this.ids.set(f, id);
      for (let i = 0; i < n; i++) this.flat[id * n + i] = w[i] ?? 0;
      const bar = f.indexOf("_");
      // Word pairs: "a_b" (tokens never contain "_"); "^a_b" is the first pair, kept as a plain id.
      if (bar > 0 && !f.startsWith("#") && !f.startsWith("^") && !f.includes(":"))
        this.indexPair(this.pairs, f.slice(0, bar), f.slice(bar + 1), id);
      if (bar > 1 && f.startsWith("^") && !f.includes(":"))
        this.indexPair(this.openingPairs, f.slice(1, bar), f.slice(bar + 1), id);
      const colon = f.indexOf(":");
      if (colon === 1 && "rRvV".includes(f[0]!)) {
        const prefix = f.slice(0, 2);
        let m = this.ruleIds.get(prefix);
        if (!m) this.ruleIds.set(prefix, (m = new Map()));
        m.set(f.slice(2), id);
      }
      id++;
    }
    this.stamp = new Uint32Array(this.weights.size);
    this.acc = new Float64Array(n);
    this.allLabels = [...this.labels.keys()];
    this.asked = this.allLabels;
  }

  /** Files pair feature `id` under its first word, keyed by the second word's number (numbered on first sight). */
  private indexPair(
    byFirst: Map<string, Map<number, number>>,
    first: string,
    second: string,
    id: number,
  ): void {
    let m = byFirst.get(first);
    if (!m) byFirst.set(first, (m = new Map()));
    let n = this.seconds.get(second);
    if (n === undefined) this.seconds.set(second, (n = this.seconds.size));
    m.set(n, id);
  }

  /** A word's entry: the ids of its own feature and character n-grams that the model knows, and its pairs (cached). */
  private entryOf(t: string): WordEntry {
    const got = this.words.get(t);
    if (got) return got;
    const entry: WordEntry = {
      ids: this.idsOfWord(t),
      pairs: this.pairs.get(t),
      second: this.seconds.get(t) ?? -1,
      opening: this.ids.get(`^${t}`),
      openingPairs: this.openingPairs.get(t),
    };
    if (this.words.size >= 50_000) this.words.clear();
    this.words.set(t, entry);
    return entry;
  }

  /** The ids of a word's own feature and its character n-grams that the model knows. */
  private idsOfWord(t: string): Int32Array {
    const list: number[] = [];
    const own = this.ids.get(t);
    if (own !== undefined) list.push(own);
    if (this.features.charGrams.length > 0 && !(this.features.codesWhole && isCode(t))) {
      for (const g of charGramsOf(t, this.features.charGrams)) {
        const gid = this.ids.get(g);
        if (gid !== undefined) list.push(gid);
      }
    }
    if (this.features.clusters?.length) {
      for (const f of clusterFeaturesOf(t, this.features.clusters)) {
        const cid = this.ids.get(f);
        if (cid !== undefined) list.push(cid);
      }
    }
    return Int32Array.from(list);
  }

  /** Adds feature `id`'s weights to the sum (of the labels asked for) unless this sentence already counted it. */
  private add(id: number | undefined, mark: number): void {
    if (id === undefined || this.stamp[id] === mark) return;
    this.stamp[id] = mark;
    const { acc, flat, asked } = this;
    const base = id * acc.length;
    for (let k = 0; k < asked.length; k++) {
      const i = asked[k]!;
      acc[i]! += flat[base + i]!;
    }
  }

  private addRules(prefix: string, labels: Iterable<string>, mark: number): void {
    const m = this.ruleIds.get(prefix);
    if (m) for (const l of labels) this.add(m.get(l), mark);
  }

  /**
   * Log-odds per label (in `labels` order) for one sentence of normalised text, given what the rules found.
   * `only`: the label indices wanted (speed only: the others are left at the bias; each label's sum is its own and
   * added in the same order, so a wanted label's figure is the same to the last bit).
   */
  logits(norm: string, rules?: RuleView, only?: readonly number[]): number[] {
    return Array.from(this.scores(norm, rules, only));
  }

  /** `logits` in the classifier's own array (speed only: no copy), valid until its next call. */
  scores(norm: string, rules?: RuleView, only?: readonly number[]): Float64Array {
    this.asked = only ?? this.allLabels;
    this.acc.set(this.bias);
    if (++this.sentenceNo === 0xffffffff) {
      this.stamp.fill(0);
      this.sentenceNo = 1;
    }
    const mark = this.sentenceNo;
    const tokens = tokenise(norm);
    let entry = tokens.length > 0 ? this.entryOf(tokens[0]!) : undefined;
    // "^first" and "^first_second" by the words' entries (the same ids as the feature strings', no string built)
    if (entry !== undefined) this.add(entry.opening, mark);
    if (entry !== undefined && tokens.length > 1) {
      const second = this.entryOf(tokens[1]!).second;
      if (second >= 0) this.add(entry.openingPairs?.get(second), mark);
    }
    for (let k = 0; k < tokens.length; k++) {
      const ids = entry!.ids;
      for (let j = 0; j < ids.length; j++) this.add(ids[j], mark);
      const next = k + 1 < tokens.length ? this.entryOf(tokens[k + 1]!) : undefined;
      if (next !== undefined && entry!.pairs && next.second >= 0)
        this.add(entry!.pairs.get(next.second), mark);
      entry = next;
    }
    const { clusters, clusterPairs } = this.features;
    if (clusters?.length && this.features.clusterFirst && tokens.length > 0)
      for (const k of clusters) this.add(this.ids.get(`^k${k}:${clusterOf(tokens[0]!, k)}`), mark);
    if (clusterPairs)
      for (const f of clusterPairFeatures(tokens, clusterPairs)) this.add(this.ids.get(f), mark);
    if (this.features.wordClasses) for (const f of wordClassFeatures(tokens)) this.add(this.ids.get(f), mark);
    if (this.features.ruleFeatures && rules) {
      this.addRules("r:", rules.inSentence, mark);
      this.addRules("R:", rules.inReply, mark);
      this.addRules("v:", rules.vetoed, mark);
      if (this.features.replyVetoes) this.addRules("V:", rules.vetoedInReply ?? [], mark);
    }
    return this.acc;
  }

  /** The same log-odds from the feature strings the trainer uses (the definition; tests compare the two). */
  logitsReference(norm: string, rules?: RuleView): number[] {
    const out = [...this.bias];
    for (const f of sentenceFeatures(norm, this.features, rules)) {
      const w = this.weights.get(f);
      if (!w) continue;
      for (let i = 0; i < out.length; i++) out[i]! += w[i] ?? 0;
    }
    return out;
  }

  threshold(i: number): number {
    return this.thresholds[i] ?? 1;
  }

  mode(i: number): LabelMode {
    return this.modes[i] ?? "or";
  }
}

const WARM: readonly MessageLabel[] = ["apologise", "empathy", "thank"];

/**
 * Whether the model may give `label` to a sentence, given what the rules found in it. Shared by the
 * analyser and the training script so cross-validation measures exactly what ships.
 *  - `vetoed`: the rules matched this label here and rejected it for what the words say (negated,
 *    part of a non-apology, sarcastic thanks, "refund policy" ...);
 *  - an apology is never also a non-apology, and the other way round;
 *  - a sentence the rules found accusing or dismissive is not listening or thanks ("Did you drop
 *    it?" is a question, not a clarifying one);
 *  - a sentence the rules found warm (an apology, empathy, thanks) is not given blame or dismissive
 *    by the model alone ("you must have been so worried").
 */
export function modelMayLabel(
  label: MessageLabel,
  vetoed: (l: MessageLabel) => boolean,
  ruleHas: (l: MessageLabel) => boolean,
): boolean {
  if (vetoed(label)) return false;
  if (label === "apologise" && ruleHas("non_apology")) return false;
  if (label === "non_apology" && ruleHas("apologise")) return false;
  if ((label === "listen" || label === "thank") && RESPECT_BREACH_LABELS.some(ruleHas)) return false;
  if ((label === "blame" || label === "dismissive") && WARM.some(ruleHas)) return false;
  return true;
}

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/**
 * Whether this code can build the features a model file was trained with: the same feature version, and
 * the word-cluster table if it used clusters (word-clusters.ts; none is committed, see README "Seventh pass").
 */
export function canScore(file: ModelFile): boolean {
  const { clusters = [], clusterPairs } = file.features;
  return (
    file.version === MODEL_FEATURE_VERSION &&
    hasWordClusters([...clusters, ...(clusterPairs ? [clusterPairs] : [])])
  );
}

const file = MODEL_FILE as unknown as ModelFile;
/** The committed model; `null` if this code cannot build its features (then rules only; a unit test fails). */
export const CLASSIFIER: SentenceClassifier | null = canScore(file) ? new SentenceClassifier(file) : null;
