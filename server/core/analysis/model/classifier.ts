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
import MODEL_FILE from "./weights.json";
import { sentenceFeatures } from "./features";

export interface ModelFile {
  /** Bumped when the feature definition changes (features.ts). */
  version: number;
  labels: MessageLabel[];
  bias: number[];
  /** Probability a sentence needs for the label, per label (chosen on cross-validation over `tune`). */
  thresholds: number[];
  /** feature -> one weight per label (features seen fewer than twice in training are left out). */
  weights: Record<string, number[]>;
  /** How it was trained (for the README and the curious). */
  trainedOn: string;
}

export const MODEL_FEATURE_VERSION = 1;

export class SentenceClassifier {
  readonly labels: readonly MessageLabel[];
  private readonly bias: readonly number[];
  private readonly thresholds: readonly number[];
  private readonly weights: Map<string, readonly number[]>;

  constructor(file: ModelFile) {
    this.labels = file.labels;
    this.bias = file.bias;
    this.thresholds = file.thresholds;
    this.weights = new Map(Object.entries(file.weights));
  }

  /** Log-odds per label (in `labels` order) for one sentence of normalised text. */
  logits(norm: string): number[] {
    const out = [...this.bias];
    for (const f of sentenceFeatures(norm)) {
      const w = this.weights.get(f);
      if (!w) continue;
      for (let i = 0; i < out.length; i++) out[i]! += w[i] ?? 0;
    }
    return out;
  }

  threshold(i: number): number {
    return this.thresholds[i] ?? 1;
  }
}

const RESPECT_BREACH: readonly MessageLabel[] = ["blame", "dismissive", "calm_down"];
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
  if ((label === "listen" || label === "thank") && RESPECT_BREACH.some(ruleHas)) return false;
  if ((label === "blame" || label === "dismissive") && WARM.some(ruleHas)) return false;
  return true;
}

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

const file = MODEL_FILE as unknown as ModelFile;
/** The committed model; `null` if weights.json is from another feature version (then rules only). */
export const CLASSIFIER: SentenceClassifier | null =
  file.version === MODEL_FEATURE_VERSION ? new SentenceClassifier(file) : null;
