/**
 * `npm run analyse:train`: trains the analyser's statistical model (server/core/analysis/model/train.ts)
 * and writes server/core/analysis/model/weights.json. Deterministic: the same data write the same file.
 *
 * Data: the dev set's `tune` split (server/core/analysis/corpus/dev-set.jsonl) plus the hand-labelled
 * sets (corpus/hand-labelled.ts and held-out round 1). NEVER the `holdout` split, and not held-out
 * round 2 (kept as the rules' own honest estimate).
 *
 * Options: --check  recompute and fail if weights.json differs (model/weights.test.ts does the same in
 *                   the unit tests), and the learned respect model's weights likewise (scripts/respect-weights.ts).
 *          --dry-run  train and print, write nothing.
 *          --tune-misses LABEL  print the `tune` replies the cross-validated analyser gets wrong for LABEL
 *                   (for a label audit of `tune`; holdout is never printed).
 * Settings can be overridden for experiments (cross-validation on `tune` only):
 *   TRAIN_EPOCHS, TRAIN_L2, TRAIN_RATE, TRAIN_MIN_THRESHOLD, TRAIN_POS_POWER, TRAIN_CHAR_GRAMS ("4" or
 *   "3,5" or "" for none), TRAIN_RULE_FEATURES ("0" or "1"), TRAIN_MODEL_MODE ("0" or "1"),
 *   TRAIN_LABEL_POS_POWER ("blame=1,dismissive=0.5"), TRAIN_RESPECT_FLOOR (blame/dismissive/non_apology floor),
 *   TRAIN_WORD_CLASSES ("0" or "1"), TRAIN_CLUSTER_FILE (a table written by scripts/build-word-clusters.ts),
 *   TRAIN_CLUSTERS (word-cluster granularities, "256,1024" or "" for none),
 *   TRAIN_FOLD_SALT (another partition of `tune` into folds, for the noise of a cross-validated figure),
 *   TRAIN_CLUSTER_PAIRS (granularity of cluster-pair features, "0" for none), TRAIN_CLUSTER_FIRST ("0" or "1"),
 *   TRAIN_EVIDENCE ("0" or "1": train from corpus/tune-evidence.jsonl's sentence-level evidence, README
 *   "Eighth pass"), TRAIN_EVIDENCE_LABELS ("solve,blame": only those labels).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { MessageLabel } from "../server/core/analysis/analyse-message";
import { formatEvaluation } from "../server/core/analysis/evaluation";
import { setWordClusters, type WordClusterFile } from "../server/core/analysis/model/word-clusters";
import {
  TRAINING_SETTINGS,
  type TrainingSettings,
  trainingRows,
  trainModel,
} from "../server/core/analysis/model/train";
import { respectWeightsUpToDate } from "./respect-weights";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const DEV_SET = `${ROOT}server/core/analysis/corpus/dev-set.jsonl`;
const OUT = `${ROOT}server/core/analysis/model/weights.json`;
const EVIDENCE = `${ROOT}server/core/analysis/corpus/tune-evidence.jsonl`;

const env = process.env;
const num = (name: string, fallback: number) => (env[name] === undefined ? fallback : Number(env[name]));
const settings: TrainingSettings = {
  ...TRAINING_SETTINGS,
  epochs: num("TRAIN_EPOCHS", TRAINING_SETTINGS.epochs),
  l2: num("TRAIN_L2", TRAINING_SETTINGS.l2),
  rate: num("TRAIN_RATE", TRAINING_SETTINGS.rate),
  minThreshold: num("TRAIN_MIN_THRESHOLD", TRAINING_SETTINGS.minThreshold),
  positiveWeightPower: num("TRAIN_POS_POWER", TRAINING_SETTINGS.positiveWeightPower),
  // e.g. TRAIN_LABEL_POS_POWER="blame=1,dismissive=0.5"
  ...(env.TRAIN_LABEL_POS_POWER === undefined
    ? {}
    : {
        labelPositiveWeightPower: Object.fromEntries(
          env.TRAIN_LABEL_POS_POWER.split(",")
            .filter((x) => x.includes("="))
            .map((x) => [x.split("=")[0]!.trim(), Number(x.split("=")[1])]),
        ),
      }),
  ...(env.TRAIN_RESPECT_FLOOR === undefined ? {} : { respectMinThreshold: Number(env.TRAIN_RESPECT_FLOOR) }),
  features: {
    ...TRAINING_SETTINGS.features,
    charGrams:
      env.TRAIN_CHAR_GRAMS === undefined
        ? TRAINING_SETTINGS.features.charGrams
        : env.TRAIN_CHAR_GRAMS.split(",")
            .filter((x) => x.trim() !== "")
            .map(Number),
    ruleFeatures:
      env.TRAIN_RULE_FEATURES === undefined
        ? TRAINING_SETTINGS.features.ruleFeatures
        : env.TRAIN_RULE_FEATURES === "1",
    ...(env.TRAIN_WORD_CLASSES === undefined ? {} : { wordClasses: env.TRAIN_WORD_CLASSES === "1" }),
    ...(env.TRAIN_CLUSTERS === undefined
      ? {}
      : {
          clusters: env.TRAIN_CLUSTERS.split(",")
            .filter((x) => x.trim() !== "")
            .map(Number),
        }),
    ...(env.TRAIN_CLUSTER_PAIRS === undefined ? {} : { clusterPairs: Number(env.TRAIN_CLUSTER_PAIRS) }),
    ...(env.TRAIN_NEIGHBOURS === undefined ? {} : { neighbours: env.TRAIN_NEIGHBOURS === "1" }),
    ...(env.TRAIN_CLUSTER_FIRST === undefined ? {} : { clusterFirst: env.TRAIN_CLUSTER_FIRST === "1" }),
  },
  ...(env.TRAIN_FOLD_SALT === undefined ? {} : { foldSalt: env.TRAIN_FOLD_SALT }),
  ...(env.TRAIN_EVIDENCE === undefined ? {} : { sentenceEvidence: env.TRAIN_EVIDENCE === "1" }),
  ...(env.TRAIN_EVIDENCE_LABELS === undefined
    ? {}
    : { evidenceLabels: env.TRAIN_EVIDENCE_LABELS.split(",").filter(Boolean) as MessageLabel[] }),
  allowModelMode:
    env.TRAIN_MODEL_MODE === undefined ? TRAINING_SETTINGS.allowModelMode : env.TRAIN_MODEL_MODE === "1",
};
const log = (line: string) => process.stderr.write(`${line}\n`);
// A cluster table from scripts/build-word-clusters.ts (not committed; README "Seventh pass").
if (env.TRAIN_CLUSTER_FILE)
  setWordClusters(JSON.parse(readFileSync(env.TRAIN_CLUSTER_FILE, "utf8")) as WordClusterFile);

const { tune, hand } = trainingRows(readFileSync(DEV_SET, "utf8"), {
  evidenceJsonl: readFileSync(EVIDENCE, "utf8"),
});

const started = performance.now();
const { file, json, crossValidated, outOfFold } = trainModel(tune, hand, settings);
log(formatEvaluation("Cross-validated on tune (rules + model, out-of-fold)", crossValidated));
log(
  `thresholds: ${file.labels.map((l, i) => `${l}=${file.thresholds[i]!.toFixed(3)} (${file.modes[i]})`).join(", ")}`,
);
const missIndex = process.argv.indexOf("--tune-misses");
if (missIndex >= 0) {
  // Reading aid for a label audit: `tune` replies the cross-validated analyser got wrong for a label.
  const label = process.argv[missIndex + 1] ?? "";
  const text = new Map(tune.map((r) => [r.id, r.text]));
  for (const r of outOfFold)
    if (r.gold.includes(label) !== r.predicted.includes(label))
      log(`${r.gold.includes(label) ? "MISSED" : "WRONG "} ${r.id}: ${text.get(r.id)}`);
}
log(`trained in ${((performance.now() - started) / 1000).toFixed(1)} s`);

if (process.argv.includes("--check")) {
  if (readFileSync(OUT, "utf8") !== json) {
    log(
      "weights.json is not what scripts/train-analyser.ts produces from the current data: run npm run analyse:train",
    );
    process.exit(1);
  }
  log("weights.json is up to date");
  // The learned respect model's weights too (its unit test checks only their stamp).
  if (!respectWeightsUpToDate()) process.exit(1);
} else if (!process.argv.includes("--dry-run")) {
  writeFileSync(OUT, json);
  log(`wrote ${OUT}: ${Object.keys(file.weights).length} features x ${file.labels.length} labels`);
}
