/**
 * Trains the analyser's statistical model (weights.json). Pure and deterministic: no randomness, a
 * fixed order and a fixed number of steps, so the same rows give the same file, byte for byte. The
 * caller reads the files (scripts/train-analyser.ts for `npm run analyse:train`; model/weights.test.ts
 * checks the committed file is what this produces).
 *
 * Data: the dev set's `tune` split plus the hand-labelled sets and the authored training replies
 * (corpus/authored-training.ts). NEVER the dev set's `holdout` split.
 *
 * Model: one logistic regression per label over a sentence's binary features (features.ts: words,
 * word pairs, character n-grams inside words, and what the phrase rules found). Labels are given per
 * reply, not per sentence, so training is multiple-instance: first every sentence of a positive reply
 * counts as positive (sharing one reply's weight); then, twice, only the sentence the model scores
 * highest in each positive reply stays positive. Sentences of negative replies are negative throughout.
 * Positives can be up-weighted by (negatives / positives) ^ positiveWeightPower (0 = off, as shipped:
 * 0.5 tied on cross-validation and made the model eager on the trainer's own text).
 *
 * Thresholds: cross-validation over `tune` (folds by a hash of the id) of the COMBINED analyser (rules,
 * then the model where the rules found nothing and did not veto); per label the probability with the
 * best F1 (F0.5 for blame, dismissive and non_apology: a false accusation of rudeness costs a learner
 * marks), never below minThreshold (0.3), and never below 0.7 for those three: a false breach caps a
 * learner's band, and on the trainer's own text lower floors flagged polite sentences ("Reply STOP to
 * opt out." as blame at 0.38, "Just telephone as you always do." as dismissive at 0.6).
 */
import { type AnalysisContext, type MessageLabel, type RuleStage, ruleStage } from "../analyse-message";
import { fnv1a32 } from "../corpus/split";
import { type Evaluation, evaluate, parseDevSet, SCORED_LABELS } from "../evaluation";
import { HELD_OUT_SENTENCES } from "../corpus/hand-held-out";
import { AUTHORED_TRAINING } from "../corpus/authored-training";
import { LABELLED_SENTENCES } from "../corpus/hand-labelled";
import { type LabelMode, MODEL_FEATURE_VERSION, type ModelFile, modelMayLabel, sigmoid } from "./classifier";
import { type FeatureConfig, sentenceFeatures } from "./features";
import { hasWordClusters } from "./word-clusters";

export const MODEL_LABELS: readonly MessageLabel[] = [...SCORED_LABELS, "dismissive"];

/** Whether corpus/authored-training.ts is training data (README, "Sixth pass"). */
export const USE_AUTHORED_TRAINING = false;

export interface TrainingRow {
  id: string;
  text: string;
  labels: readonly string[];
  context?: AnalysisContext;
  /**
   * Sentence-level evidence (corpus/tune-evidence.jsonl, `tune` only): per label, the indexes (as
   * segment.ts splits the reply) of the sentences that carry it. Used only with `sentenceEvidence`.
   */
  evidence?: Partial<Record<MessageLabel, readonly number[]>>;
}

/** One line of corpus/tune-evidence.jsonl: which sentences of a `tune` reply carry a label (README, "Eighth pass"). */
export interface EvidenceLine {
  id: string;
  label: MessageLabel;
  sentences: number[];
  /** The sentences' text as segment.ts splits the reply (a check that the indexes still point at them). */
  text: string[];
}

export function parseEvidence(jsonl: string): EvidenceLine[] {
  return jsonl
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as EvidenceLine);
}

/**
 * The training data from dev-set.jsonl's text: its `tune` split (never `holdout`) and the hand-labelled
 * sets (corpus/hand-labelled.ts and held-out round 1; corpus/hand-held-out.ts exports round 1 only).
 */
export function trainingRows(
  devSetJsonl: string,
  options: { authored?: boolean; evidenceJsonl?: string } = {},
): { tune: TrainingRow[]; hand: TrainingRow[] } {
  const evidence = new Map<string, Partial<Record<MessageLabel, readonly number[]>>>();
  for (const e of parseEvidence(options.evidenceJsonl ?? "")) {
    const byLabel = evidence.get(e.id) ?? {};
    byLabel[e.label] = e.sentences;
    evidence.set(e.id, byLabel);
  }
  const tune: TrainingRow[] = parseDevSet(devSetJsonl)
    .filter((r) => r.split === "tune")
    .map((r) => {
      const ev = evidence.get(r.id);
      return ev ? { ...r, evidence: ev } : r;
    });
  const hand: TrainingRow[] = [...LABELLED_SENTENCES, ...HELD_OUT_SENTENCES].map((ex, i) => ({
    id: `hand-${i}`,
    text: ex.text,
    labels: ex.expect,
    context: ex.context,
  }));
  if (options.authored ?? USE_AUTHORED_TRAINING)
    AUTHORED_TRAINING.forEach((ex, i) => {
      hand.push({ id: `authored-${i}`, text: ex.text, labels: ex.labels });
    });
  return { tune, hand };
}

export interface TrainingSettings {
  epochs: number;
  l2: number;
  rate: number;
  folds: number;
  minFeatureCount: number;
  minThreshold: number;
  positiveWeightPower: number;
  /** positiveWeightPower overridden per label (rare labels whose probabilities otherwise never reach their floor). */
  labelPositiveWeightPower?: Partial<Record<MessageLabel, number>>;
  /** The lowest threshold blame, dismissive and non_apology may have. */
  respectMinThreshold?: number;
  features: FeatureConfig;
  /** Whether a label may be decided by the model alone (rules as its features) when that is better on cross-validation. */
  allowModelMode: boolean;
  /**
   * What the fold hash is salted with (default "fold"): another salt gives another partition of `tune`
   * into folds, to see how much a cross-validated figure moves by the partition alone.
   */
  foldSalt?: string;
  /**
   * Train from sentence-level evidence where `tune` has it (README, "Eighth pass"): the annotated sentences
   * of a positive reply are its positives and its other sentences negatives for that label, in every round;
   * multiple-instance elsewhere. Labels listed in `evidenceLabels` only, when that is given.
   */
  sentenceEvidence?: boolean;
  evidenceLabels?: readonly MessageLabel[];
}

/** The settings `npm run analyse:train` uses (chosen by cross-validation on `tune`; README, "The statistical model"). */
export const TRAINING_SETTINGS: TrainingSettings = {
  epochs: 60,
  l2: 0.001,
  rate: 0.5,
  folds: 5,
  minFeatureCount: 2,
  minThreshold: 0.3,
  positiveWeightPower: 0,
  // Blame and dismissive are rare (about 1 reply in 25): weighting their positives by neg/pos lets the
  // model reach the 0.7 floor for them at all (cross-validated 0.775 -> 0.793; blame 0.41 -> 0.51).
  labelPositiveWeightPower: { blame: 1 },
  features: { charGrams: [4], ruleFeatures: true, replyVetoes: true, codesWhole: true },
  // Off: "model" mode for listen won on cross-validation (0.787 vs 0.780) but dropped textbook listening
  // on the trainer's own text ("I understand your kettle stopped working yesterday.").
  allowModelMode: false,
};

const MIL_ROUNDS = 2;
/** How much better (F on cross-validation) the model alone must be before it may overrule the rules for a label. */
const MODEL_MODE_MARGIN = 0.01;
/** Respect labels cost a learner marks when wrong, so their threshold favours precision (F0.5). */
const PRECISION_FIRST = new Set<MessageLabel>(["blame", "dismissive", "non_apology"]);
const RESPECT_MIN_THRESHOLD = 0.7;

interface Example {
  id: string;
  labels: Set<string>;
  evidence?: TrainingRow["evidence"];
  stage: RuleStage;
  /** Feature ids per sentence. */
  sentences: Int32Array[];
  /** -1: always trained on, never scored in cross-validation (the hand-labelled sets). */
  fold: number;
}

interface Binary {
  bias: number;
  w: Float64Array;
}

interface Instance {
  feats: Int32Array;
  y: number;
  weight: number;
}

export interface TrainingResult {
  file: ModelFile;
  /** weights.json as written (one feature per line). */
  json: string;
  /** The combined analyser cross-validated on `tune` (out-of-fold), with the chosen thresholds. */
  crossValidated: Evaluation;
  /** Per `tune` reply: gold and out-of-fold predicted labels (for reading the misses; `tune` only). */
  outOfFold: { id: string; gold: string[]; predicted: string[] }[];
  /** Per `tune` reply: the out-of-fold model probability per model label (for threshold studies; `tune` only). */
  outOfFoldProbability: Map<string, Map<MessageLabel, number>>;
}

export function trainModel(
  tune: readonly TrainingRow[],
  hand: readonly TrainingRow[],
  settings: TrainingSettings = TRAINING_SETTINGS,
): TrainingResult {
  const { folds } = settings;
  const clusters = [
    ...(settings.features.clusters ?? []),
    ...(settings.features.clusterPairs ? [settings.features.clusterPairs] : []),
  ];
  if (!hasWordClusters(clusters))
    throw new Error(
      `word clusters ${clusters.join(", ")} asked for, but no such cluster table is set (setWordClusters)`,
    );
  const toExample = (r: TrainingRow, fold: number): Example => ({
    id: r.id,
    labels: new Set(r.labels),
    ...(settings.sentenceEvidence && r.evidence ? { evidence: r.evidence } : {}),
    stage: ruleStage(r.text, r.context),
    sentences: [],
    fold,
  });
  const examples: Example[] = [
    ...tune.map((r) => toExample(r, fnv1a32(`${settings.foldSalt ?? "fold"}:${r.id}`) % folds)),
    ...hand.map((r) => toExample(r, -1)),
  ];

  // Vocabulary: features seen in at least minFeatureCount training sentences, sorted for a stable file.
  const featureText = examples.map((ex) =>
    ex.stage.sentences.map((s) =>
      sentenceFeatures(s.norm, settings.features, {
        inSentence: s.ruleLabels,
        inReply: ex.stage.ruleLabels,
        vetoed: s.vetoed,
        vetoedInReply: [...new Set(ex.stage.sentences.flatMap((x) => x.vetoed))],
      }),
    ),
  );
  const counts = new Map<string, number>();
  for (const sents of featureText)
    for (const feats of sents) for (const f of feats) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts.entries()]
    .filter(([, n]) => n >= settings.minFeatureCount)
    .map(([f]) => f)
    .sort();
  const featureId = new Map(vocab.map((f, i) => [f, i]));
  examples.forEach((ex, i) => {
    ex.sentences = featureText[i]!.map((feats) =>
      Int32Array.from(feats.map((f) => featureId.get(f) ?? -1).filter((x) => x >= 0)),
    );
  });

  const score = (m: Binary, feats: Int32Array): number => {
    let z = m.bias;
    for (let k = 0; k < feats.length; k++) z += m.w[feats[k]!]!;
    return z;
  };

  /** Full-batch AdaGrad logistic regression with L2, a fixed number of epochs (deterministic). */
  const fit = (instances: readonly Instance[]): Binary => {
    const n = vocab.length;
    const m: Binary = { bias: 0, w: new Float64Array(n) };
    const g2 = new Float64Array(n);
    const grad = new Float64Array(n);
    let g2b = 0;
    const total = instances.reduce((a, x) => a + x.weight, 0) || 1;
    for (let epoch = 0; epoch < settings.epochs; epoch++) {
      grad.fill(0);
      let gb = 0;
      for (const x of instances) {
        const err = (sigmoid(score(m, x.feats)) - x.y) * x.weight;
        gb += err;
        for (let k = 0; k < x.feats.length; k++) grad[x.feats[k]!]! += err;
      }
      gb /= total;
      g2b += gb * gb;
      m.bias -= (settings.rate * gb) / (Math.sqrt(g2b) + 1e-8);
      for (let f = 0; f < n; f++) {
        const g = grad[f]! / total + settings.l2 * m.w[f]!;
        if (g === 0) continue;
        g2[f]! += g * g;
        m.w[f]! -= (settings.rate * g) / (Math.sqrt(g2[f]!) + 1e-8);
      }
    }
    return m;
  };

  const trainLabel = (label: MessageLabel, train: readonly Example[]): Binary => {
    let pos = 0;
    let neg = 0;
    for (const ex of train)
      if (ex.labels.has(label)) pos++;
      else neg += ex.sentences.length;
    const power = settings.labelPositiveWeightPower?.[label] ?? settings.positiveWeightPower;
    const positiveWeight = pos === 0 ? 1 : Math.max(1, (neg / pos) ** power);
    const useEvidence =
      settings.sentenceEvidence === true &&
      (settings.evidenceLabels === undefined || settings.evidenceLabels.includes(label));
    const build = (m: Binary | null): Instance[] => {
      const instances: Instance[] = [];
      for (const ex of train) {
        if (ex.sentences.length === 0) continue;
        const marked = useEvidence && ex.labels.has(label) ? ex.evidence?.[label] : undefined;
        if (marked && marked.length > 0 && marked.every((i) => i < ex.sentences.length)) {
          // Annotated: these sentences carry the label, the reply's others do not (every round).
          ex.sentences.forEach((feats, i) => {
            if (marked.includes(i)) instances.push({ feats, y: 1, weight: positiveWeight / marked.length });
            else instances.push({ feats, y: 0, weight: 1 });
          });
        } else if (!ex.labels.has(label)) {
          for (const feats of ex.sentences) instances.push({ feats, y: 0, weight: 1 });
        } else if (!m) {
          for (const feats of ex.sentences)
            instances.push({ feats, y: 1, weight: positiveWeight / ex.sentences.length });
        } else {
          let best = 0;
          let bestZ = -Infinity;
          ex.sentences.forEach((feats, i) => {
            const z = score(m, feats);
            if (z > bestZ) [best, bestZ] = [i, z];
          });
          instances.push({ feats: ex.sentences[best]!, y: 1, weight: positiveWeight });
        }
      }
      return instances;
    };
    let m = fit(build(null));
    for (let round = 0; round < MIL_ROUNDS; round++) m = fit(build(m));
    return m;
  };

  /** Highest probability over the sentences the model may use (the same vetoes as analyse-message.ts). */
  const maxProbability = (m: Binary, label: MessageLabel, ex: Example): number => {
    let best = 0;
    ex.stage.sentences.forEach((s, i) => {
      if (
        !modelMayLabel(
          label,
          (l) => s.vetoed.includes(l),
          (l) => s.ruleLabels.includes(l),
        )
      )
        return;
      best = Math.max(best, sigmoid(score(m, ex.sentences[i]!)));
    });
    return best;
  };

  // Thresholds by cross-validation (out-of-fold probabilities over `tune`).
  const scored = examples.filter((ex) => ex.fold >= 0);
  const oof = new Map<string, Map<MessageLabel, number>>(scored.map((ex) => [ex.id, new Map()]));
  for (let fold = 0; fold < folds; fold++) {
    const train = examples.filter((ex) => ex.fold !== fold);
    const test = scored.filter((ex) => ex.fold === fold);
    for (const label of MODEL_LABELS) {
      const m = trainLabel(label, train);
      for (const ex of test) oof.get(ex.id)!.set(label, maxProbability(m, label, ex));
    }
  }
  const steps = Math.round((0.95 - settings.minThreshold) / 0.025);
  const grid = Array.from({ length: steps + 1 }, (_, i) => settings.minThreshold + i * 0.025);
  const decides = (mode: LabelMode, label: MessageLabel, ex: Example, t: number): boolean =>
    mode === "model"
      ? oof.get(ex.id)!.get(label)! >= t
      : ex.stage.ruleLabels.includes(label) || oof.get(ex.id)!.get(label)! >= t;
  const choices = MODEL_LABELS.map((label) => {
    const beta2 = PRECISION_FIRST.has(label) ? 0.25 : 1;
    const best = { or: { t: 0.5, f: -1 }, model: { t: 0.5, f: -1 } };
    // A false accusation of rudeness costs a learner marks: the model alone must think it more likely than not.
    const floor = PRECISION_FIRST.has(label)
      ? Math.max(settings.minThreshold, settings.respectMinThreshold ?? RESPECT_MIN_THRESHOLD)
      : settings.minThreshold;
    for (const mode of ["or", "model"] as const) {
      for (const t of grid) {
        if (t < floor - 1e-9) continue;
        let tp = 0;
        let fp = 0;
        let fn = 0;
        for (const ex of scored) {
          const predicted = decides(mode, label, ex, t);
          const gold = ex.labels.has(label);
          if (predicted && gold) tp++;
          else if (predicted) fp++;
          else if (gold) fn++;
        }
        const f = tp === 0 ? 0 : ((1 + beta2) * tp) / ((1 + beta2) * tp + beta2 * fn + fp);
        if (f > best[mode].f + 1e-9) best[mode] = { t, f };
      }
    }
    // The model overrules the rules only where cross-validation says it is clearly better.
    const mode: LabelMode =
      settings.allowModelMode && best.model.f > best.or.f + MODEL_MODE_MARGIN ? "model" : "or";
    return { mode, t: best[mode].t };
  });
  const thresholds = choices.map((c) => c.t);
  const modes = choices.map((c) => c.mode);
  const outOfFold = scored.map((ex) => {
    const predicted = new Set<string>(ex.stage.ruleLabels);
    MODEL_LABELS.forEach((label, i) => {
      if (decides(modes[i]!, label, ex, thresholds[i]!)) predicted.add(label);
      else predicted.delete(label);
    });
    return { id: ex.id, gold: [...ex.labels], predicted: [...predicted] };
  });
  const crossValidated = evaluate(outOfFold);

  // The final model, on everything.
  const models = MODEL_LABELS.map((label) => trainLabel(label, examples));
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  const weights: Record<string, number[]> = {};
  vocab.forEach((f, i) => {
    const ws = models.map((m) => round(m.w[i]!));
    if (ws.some((w) => Math.abs(w) >= 0.005)) weights[f] = ws;
  });
  const file: ModelFile = {
    version: MODEL_FEATURE_VERSION,
    features: settings.features,
    labels: [...MODEL_LABELS],
    bias: models.map((m) => round(m.bias)),
    thresholds: thresholds.map(round),
    modes,
    weights,
    trainedOn:
      `dev-set.jsonl tune split (${tune.length} replies) + corpus/hand-labelled.ts${hand.some((r) => r.id.startsWith("authored-")) ? ", held-out round 1 and authored-training.ts" : " and held-out round 1"} (${hand.length}); ` +
      `${settings.epochs} epochs, L2 ${settings.l2}, ${MIL_ROUNDS} multiple-instance rounds, positives weighted (neg/pos)^${settings.positiveWeightPower} ` +
      `(${Object.entries(settings.labelPositiveWeightPower ?? {})
        .map(([l, p]) => `${l} ^${p}`)
        .join(", ")}), ` +
      `features seen >= ${settings.minFeatureCount} times`,
  };
  const json = `${JSON.stringify(file, null, 0).replace(/\],"/g, '],\n"')}\n`;
  return { file, json, crossValidated, outOfFold, outOfFoldProbability: oof };
}

export interface LearningCurvePoint {
  /** Share of `tune` replies kept (by a hash of the id, so the same share always keeps the same replies). */
  share: number;
  replies: number;
  perLabel: Record<string, { positives: number; modelF1: number; combinedF1: number }>;
}

/**
 * A diagnostic, not used in training: how the cross-validated F1 grows with the amount of `tune` data.
 * For each share, the trainer runs on that part of `tune` (plus the hand-labelled sets) and reports per
 * label the number of positives, the model's own best F1 over its out-of-fold probabilities (the rules'
 * findings are among its features) and the combined analyser's cross-validated F1. Slow (one training
 * per share); `tune` only, never `holdout`.
 */
export function learningCurve(
  tune: readonly TrainingRow[],
  hand: readonly TrainingRow[],
  shares: readonly number[],
  labels: readonly MessageLabel[] = MODEL_LABELS,
  settings: TrainingSettings = TRAINING_SETTINGS,
): LearningCurvePoint[] {
  return shares.map((share) => {
    const part = tune.filter((r) => (fnv1a32(`curve:${r.id}`) % 1000) / 1000 < share);
    const result = trainModel(part, hand, settings);
    const perLabel: LearningCurvePoint["perLabel"] = {};
    for (const label of labels) {
      let modelF1 = 0;
      for (let t = 0.05; t < 0.99; t += 0.025) {
        let tp = 0;
        let fp = 0;
        let fn = 0;
        for (const r of part) {
          const predicted = (result.outOfFoldProbability.get(r.id)?.get(label) ?? 0) >= t;
          const gold = r.labels.includes(label);
          if (predicted && gold) tp++;
          else if (predicted) fp++;
          else if (gold) fn++;
        }
        if (tp > 0) modelF1 = Math.max(modelF1, (2 * tp) / (2 * tp + fp + fn));
      }
      perLabel[label] = {
        positives: part.filter((r) => r.labels.includes(label)).length,
        modelF1,
        combinedF1: result.crossValidated.perLabel[label]?.f1 ?? 0,
      };
    }
    return { share, replies: part.length, perLabel };
  });
}
