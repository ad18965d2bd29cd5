/**
 * `npm run analyse:train`: trains the analyser's statistical model and writes
 * server/core/analysis/model/weights.json. Deterministic (no randomness, fixed order, fixed number
 * of steps): running it twice on the same data writes the same file.
 *
 * Data: the dev set's `tune` split (server/core/analysis/corpus/dev-set.jsonl) plus the hand-labelled
 * sets (labelled-sentences.ts and held-out round 1). NEVER the `holdout` split, and not held-out
 * round 2 (kept as the rules' own honest estimate).
 *
 * Model: one logistic regression per label over a sentence's binary word features (features.ts).
 * Labels are given per reply, not per sentence, so training is multiple-instance: first every
 * sentence of a positive reply counts as positive; then, twice, only the sentence the model scores
 * highest in each positive reply stays positive (the others are left out, neither positive nor
 * negative). Sentences of negative replies are negative throughout.
 * Thresholds: 5-fold cross-validation over `tune` (folds by a hash of the id) of the COMBINED
 * analyser (rules, then the model where the rules found nothing and did not veto); per label the
 * threshold with the best F1 (F0.5 for blame, dismissive and non_apology, which cost marks
 * when wrong), between 0.3 and 0.95 (lower thresholds gained little on cross-validation and
 * would make the model eager on text unlike the dev set).
 *
 * Options: --check  recompute and fail if weights.json differs (CI-style check; prints nothing else).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ruleStage, type MessageLabel, type RuleStage } from "../server/core/analysis/analyse-message";
import { fnv1a32 } from "../server/core/analysis/corpus/split";
import { evaluate, formatEvaluation, parseDevSet, SCORED_LABELS } from "../server/core/analysis/evaluation";
import { HELD_OUT_SENTENCES } from "../server/core/analysis/held-out-sentences";
import { LABELLED_SENTENCES } from "../server/core/analysis/labelled-sentences";
import {
  MODEL_FEATURE_VERSION,
  modelMayLabel,
  sigmoid,
  type ModelFile,
} from "../server/core/analysis/model/classifier";
import { sentenceFeatures } from "../server/core/analysis/model/features";

const MODEL_LABELS: MessageLabel[] = [...SCORED_LABELS, "dismissive"];
const ROOT = fileURLToPath(new URL("../", import.meta.url));
const DEV_SET = `${ROOT}server/core/analysis/corpus/dev-set.jsonl`;
const OUT = `${ROOT}server/core/analysis/model/weights.json`;

const EPOCHS = Number(process.env.TRAIN_EPOCHS ?? 200);
const L2 = Number(process.env.TRAIN_L2 ?? 0.001);
const RATE = Number(process.env.TRAIN_RATE ?? 0.5);
const MIL_ROUNDS = 2;
const MIN_FEATURE_COUNT = 2;
const FOLDS = 5;

interface Example {
  id: string;
  labels: Set<string>;
  stage: RuleStage;
  /** Feature ids per sentence (filled once the vocabulary is known). */
  sentences: number[][];
  fold: number;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

// ------------------------------------------------------------------------------------ data
const dev = parseDevSet(readFileSync(DEV_SET, "utf8"));
const tuneRows = dev.filter((r) => r.split === "tune");
const handRows = [...LABELLED_SENTENCES, ...HELD_OUT_SENTENCES].map((ex, i) => ({
  id: `hand-${i}`,
  text: ex.text,
  labels: ex.expect as string[],
  context: ex.context,
}));

function toExample(
  id: string,
  text: string,
  labels: readonly string[],
  fold: number,
  context?: Parameters<typeof ruleStage>[1],
): Example {
  return { id, labels: new Set(labels), stage: ruleStage(text, context), sentences: [], fold };
}

// Hand-labelled examples have fold -1: always in training, never scored in cross-validation.
const examples: Example[] = [
  ...tuneRows.map((r) => toExample(r.id, r.text, r.labels, fnv1a32(`fold:${r.id}`) % FOLDS)),
  ...handRows.map((r) => toExample(r.id, r.text, r.labels, -1, r.context)),
];

// Vocabulary: features seen in at least MIN_FEATURE_COUNT training sentences, sorted for a stable file.
const featureText = examples.map((ex) => ex.stage.sentences.map((s) => sentenceFeatures(s.norm)));
const counts = new Map<string, number>();
for (const sents of featureText)
  for (const feats of sents) for (const f of feats) counts.set(f, (counts.get(f) ?? 0) + 1);
const vocab = [...counts.entries()]
  .filter(([, n]) => n >= MIN_FEATURE_COUNT)
  .map(([f]) => f)
  .sort();
const featureId = new Map(vocab.map((f, i) => [f, i]));
examples.forEach((ex, i) => {
  ex.sentences = featureText[i]!.map((feats) =>
    feats.map((f) => featureId.get(f)).filter((x): x is number => x !== undefined),
  );
});

// ------------------------------------------------------------------------------------ training
interface Binary {
  bias: number;
  w: Float64Array;
}

function score(m: Binary, feats: readonly number[]): number {
  let z = m.bias;
  for (const f of feats) z += m.w[f]!;
  return z;
}

/** Full-batch AdaGrad logistic regression with L2, a fixed number of epochs (deterministic). */
function fit(instances: { feats: number[]; y: number; weight: number }[]): Binary {
  const m: Binary = { bias: 0, w: new Float64Array(vocab.length) };
  const g2 = new Float64Array(vocab.length);
  let g2b = 0;
  const total = instances.reduce((a, x) => a + x.weight, 0) || 1;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const grad = new Float64Array(vocab.length);
    let gb = 0;
    for (const x of instances) {
      const err = (sigmoid(score(m, x.feats)) - x.y) * x.weight;
      gb += err;
      for (const f of x.feats) grad[f]! += err;
    }
    gb /= total;
    g2b += gb * gb;
    m.bias -= (RATE * gb) / (Math.sqrt(g2b) + 1e-8);
    for (let f = 0; f < vocab.length; f++) {
      const g = grad[f]! / total + L2 * m.w[f]!;
      if (g === 0) continue;
      g2[f]! += g * g;
      m.w[f]! -= (RATE * g) / (Math.sqrt(g2[f]!) + 1e-8);
    }
  }
  return m;
}

function trainLabel(label: MessageLabel, train: readonly Example[]): Binary {
  const build = (m: Binary | null) => {
    const instances: { feats: number[]; y: number; weight: number }[] = [];
    for (const ex of train) {
      if (ex.sentences.length === 0) continue;
      if (!ex.labels.has(label)) {
        for (const feats of ex.sentences) instances.push({ feats, y: 0, weight: 1 });
      } else if (!m) {
        for (const feats of ex.sentences) instances.push({ feats, y: 1, weight: 1 / ex.sentences.length });
      } else {
        let best = 0;
        let bestZ = -Infinity;
        ex.sentences.forEach((feats, i) => {
          const z = score(m, feats);
          if (z > bestZ) [best, bestZ] = [i, z];
        });
        instances.push({ feats: ex.sentences[best]!, y: 1, weight: 1 });
      }
    }
    return instances;
  };
  let m = fit(build(null));
  for (let round = 0; round < MIL_ROUNDS; round++) m = fit(build(m));
  return m;
}

/** Highest probability over the sentences the model may use (same vetoes as analyse-message.ts). */
function maxProbability(m: Binary, label: MessageLabel, ex: Example): number {
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
}

// ------------------------------------------------------------------------------------ thresholds by cross-validation
const scored = examples.filter((ex) => ex.fold >= 0);
const oof = new Map<string, Map<MessageLabel, number>>(scored.map((ex) => [ex.id, new Map()]));
for (let fold = 0; fold < FOLDS; fold++) {
  const train = examples.filter((ex) => ex.fold !== fold);
  const test = scored.filter((ex) => ex.fold === fold);
  for (const label of MODEL_LABELS) {
    const m = trainLabel(label, train);
    for (const ex of test) oof.get(ex.id)!.set(label, maxProbability(m, label, ex));
  }
  log(`fold ${fold + 1}/${FOLDS} done`);
}

const MIN_THRESHOLD = Number(process.env.TRAIN_MIN_THRESHOLD ?? 0.3);
const GRID = Array.from(
  { length: Math.round((0.95 - MIN_THRESHOLD) / 0.025) + 1 },
  (_, i) => MIN_THRESHOLD + i * 0.025,
);
/** Respect labels cost a learner marks when wrong, so their threshold favours precision (F0.5). */
const PRECISION_FIRST = new Set<MessageLabel>(["blame", "dismissive", "non_apology"]);
const thresholds = MODEL_LABELS.map((label) => {
  const beta2 = PRECISION_FIRST.has(label) ? 0.25 : 1;
  let bestT = 0.5;
  let bestF = -1;
  for (const t of GRID) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const ex of scored) {
      const predicted = ex.stage.ruleLabels.includes(label) || oof.get(ex.id)!.get(label)! >= t;
      const gold = ex.labels.has(label);
      if (predicted && gold) tp++;
      else if (predicted) fp++;
      else if (gold) fn++;
    }
    const f = tp === 0 ? 0 : ((1 + beta2) * tp) / ((1 + beta2) * tp + beta2 * fn + fp);
    if (f > bestF + 1e-9) [bestT, bestF] = [t, f];
  }
  return bestT;
});

const cvItems = scored.map((ex) => {
  const predicted = new Set<string>(ex.stage.ruleLabels);
  MODEL_LABELS.forEach((label, i) => {
    if (oof.get(ex.id)!.get(label)! >= thresholds[i]!) predicted.add(label);
  });
  return { gold: [...ex.labels], predicted: [...predicted] };
});
log(formatEvaluation("Cross-validated on tune (rules + model, out-of-fold)", evaluate(cvItems)));
log(`thresholds: ${MODEL_LABELS.map((l, i) => `${l}=${thresholds[i]!.toFixed(3)}`).join(", ")}`);

// ------------------------------------------------------------------------------------ final model
const models = MODEL_LABELS.map((label) => trainLabel(label, examples));
const round = (x: number) => Math.round(x * 10_000) / 10_000;
const weights: Record<string, number[]> = {};
vocab.forEach((f, i) => {
  const ws = models.map((m) => round(m.w[i]!));
  if (ws.some((w) => Math.abs(w) >= 0.005)) weights[f] = ws;
});
const file: ModelFile = {
  version: MODEL_FEATURE_VERSION,
  labels: MODEL_LABELS,
  bias: models.map((m) => round(m.bias)),
  thresholds: thresholds.map(round),
  weights,
  trainedOn: `dev-set.jsonl tune split (${tuneRows.length} replies) + labelled-sentences.ts and held-out round 1 (${handRows.length}); ${EPOCHS} epochs, L2 ${L2}, ${MIL_ROUNDS} multiple-instance rounds, features seen >= ${MIN_FEATURE_COUNT} times`,
};
const json = `${JSON.stringify(file, null, 0).replace(/\],"/g, '],\n"')}\n`;
if (process.argv.includes("--check")) {
  const current = readFileSync(OUT, "utf8");
  if (current !== json) {
    log(
      "weights.json is not what scripts/train-analyser.ts produces from the current data: run npm run analyse:train",
    );
    process.exit(1);
  }
  log("weights.json is up to date");
} else {
  writeFileSync(OUT, json);
  log(`wrote ${OUT}: ${Object.keys(weights).length} features x ${MODEL_LABELS.length} labels`);
}
