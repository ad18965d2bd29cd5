/**
 * The learned respect model's trainer (fifteenth pass, session 43). Pure and deterministic: the same data write the
 * same respect-model-weights.json (`npm run analyse:train -- --check` retrains and compares byte for byte; the unit
 * test checks the stamp, `respectWeightsStamp`).
 *
 * Data (sentences, by `segment.ts`):
 *  - positives: every breach of the respect corpora (corpus/respect-*.ts, both halves of the older probes, and the tune
 *    half of probe 15 only), and the hand-labelled replies the guide calls blame, dismissive or calm_down;
 *  - negatives: the corpora's honest look-alikes, the hand-labelled and authored replies with no respect label, the
 *    dev set's real agent replies of the `tune` split with no respect label (never `holdout`), and honest playthrough
 *    sentences and the tests' honest look-alikes the first models were too quick to accuse (corpus/respect-honest-records.ts,
 *    a snapshot).
 *  A breach line of several sentences is a bag: the first pass counts every sentence, then only the one the model scores
 *  highest (multiple-instance, as model/train.ts). Honest lines count every sentence as honest.
 * Model: logistic regression over respect-model.ts's features (seen in at least two training lines), full-batch AdaGrad,
 * L2, fixed epochs and order; breaches weighted up to balance the honest sentences.
 * Thresholds: 5-fold cross-validation by a hash of each line's id; the lowest probability (never below `minThreshold`)
 * at which the cross-validated model accuses at most `maxHonestFlagRate` of the honest look-alike lines and at most
 * `maxRealFlagRate` of the real lines (dev set and playthrough sentences). `threshold` (1%, 0.1%) is for marking, and
 * is NOT wired into the marker (README, "Respect, fifteenth pass": at it the model added nothing on held-out lines);
 * `reviewThreshold` (10%, 2%) is for the tutor's review list, which marks nothing.
 */
import { fnv1a32, splitForId } from "./corpus/split";
import { IS_RESPECT_BREACH } from "./label-names";
import { AUTHORED_TRAINING } from "./corpus/authored-training";
import { HELD_OUT_SENTENCES } from "./corpus/hand-held-out";
import { LABELLED_SENTENCES } from "./corpus/hand-labelled";
import { RESPECT_ELEVENTH } from "./corpus/respect-eleventh";
import { fifteenthSplit, RESPECT_FIFTEENTH } from "./corpus/respect-fifteenth";
import { RESPECT_FOURTEENTH } from "./corpus/respect-fourteenth";
import { RESPECT_GENERALITY } from "./corpus/respect-generality";
import { RESPECT_HELD_OUT } from "./corpus/respect-held-out";
import { RESPECT_HONEST_RECORDS, RESPECT_HONEST_TEST_LINES } from "./corpus/respect-honest-records";
import { RESPECT_NINTH } from "./corpus/respect-ninth";
import {
  RESPECT_PROBE_1,
  RESPECT_PROBE_2,
  RESPECT_PROBE_3,
  RESPECT_PROBE_4,
  RESPECT_PROBE_5,
  RESPECT_PROBE_6,
  RESPECT_PROBE_7_HELD_OUT,
  RESPECT_PROBE_7_TUNE,
} from "./corpus/respect-probes";
import { RESPECT_TENTH } from "./corpus/respect-tenth";
import { RESPECT_THIRTEENTH } from "./corpus/respect-thirteenth";
import { RESPECT_TUNE } from "./corpus/respect-tune";
import { RESPECT_TWELFTH } from "./corpus/respect-twelfth";
import { RESPECT_VOICES } from "./corpus/respect-voices";
import { RESPECT_MODEL_VERSION, type RespectModelFile, respectFeatures, sigmoid } from "./respect-model";
import { normaliseText, splitSentences } from "./segment";

/** One training line: a bag of sentences with one verdict. */
export interface RespectRow {
  id: string;
  /** Where it came from (for leave-one-source-out figures). */
  source: string;
  /** "breach" or "honest"; "real" is an honest reply from the dev set (counted apart for the threshold). */
  verdict: "breach" | "honest" | "real";
  /** Blame (her fault) or another breach; undefined when honest or not classified. */
  blame?: boolean;
  sentences: string[];
}

const BLAME_KINDS = new Set(["blame"]);
const OTHER_KINDS = new Set(["belittle", "minimise", "sarcasm", "dismiss", "complain"]);

export function sentencesOf(text: string): string[] {
  const norm = normaliseText(text);
  const lower = norm.toLowerCase();
  return splitSentences(norm)
    .map((s) => lower.slice(s.start, s.end))
    .filter((s) => /[a-z]/.test(s));
}

/** Every training line, in a fixed order. `devSetJsonl` is corpus/dev-set.jsonl (only `tune` is read). */
export function respectRows(devSetJsonl: string): RespectRow[] {
  const rows: RespectRow[] = [];
  const corpora: [string, readonly { id: string; kind: string; text: string }[]][] = [
    ["tune", RESPECT_TUNE],
    ["held-out", RESPECT_HELD_OUT],
    ["probe1", RESPECT_PROBE_1],
    ["probe2", RESPECT_PROBE_2],
    ["probe3", RESPECT_PROBE_3],
    ["probe4", RESPECT_PROBE_4],
    ["probe5", RESPECT_PROBE_5],
    ["probe6", RESPECT_PROBE_6],
    ["probe7", [...RESPECT_PROBE_7_TUNE, ...RESPECT_PROBE_7_HELD_OUT]],
    ["voices", RESPECT_VOICES],
    ["generality", RESPECT_GENERALITY],
    ["ninth", RESPECT_NINTH],
    ["tenth", RESPECT_TENTH],
    ["eleventh", RESPECT_ELEVENTH],
    ["twelfth", RESPECT_TWELFTH],
    ["thirteenth", RESPECT_THIRTEENTH],
    ["fourteenth", RESPECT_FOURTEENTH],
    // probe 15's held-out half is never trained on (its split decided before the model was written)
    ["fifteenth", RESPECT_FIFTEENTH.filter((l) => fifteenthSplit(l.id) === "tune")],
  ];
  for (const [source, lines] of corpora)
    for (const l of lines) {
      const breach = l.kind !== "polite";
      rows.push({
        id: `${source}:${l.id}`,
        source,
        verdict: breach ? "breach" : "honest",
        blame: BLAME_KINDS.has(l.kind) ? true : OTHER_KINDS.has(l.kind) ? false : undefined,
        sentences: sentencesOf(l.text),
      });
    }
  const labelled: [
    string,
    readonly { text: string; expect?: readonly string[]; labels?: readonly string[] }[],
  ][] = [
    ["hand", LABELLED_SENTENCES],
    ["hand-round1", HELD_OUT_SENTENCES],
    ["authored", AUTHORED_TRAINING],
  ];
  for (const [source, lines] of labelled)
    for (const [i, l] of lines.entries()) {
      const labels = l.expect ?? l.labels ?? [];
      const breach = labels.some((x) => IS_RESPECT_BREACH.has(x));
      rows.push({
        id: `${source}:${i}`,
        source,
        verdict: breach ? "breach" : "honest",
        blame: breach ? labels.includes("blame") : undefined,
        sentences: sentencesOf(l.text),
      });
    }
  for (const line of devSetJsonl.split("\n")) {
    if (line.trim() === "") continue;
    const row = JSON.parse(line) as { id: string; text: string; labels: string[]; split?: string };
    // only real replies the `tune` split says are free of any respect label (the holdout is never read)
    if (splitForId(row.id) !== "tune" || row.split !== "tune") continue;
    if (row.labels.some((x) => IS_RESPECT_BREACH.has(x))) continue;
    rows.push({ id: `dev:${row.id}`, source: "dev", verdict: "real", sentences: sentencesOf(row.text) });
  }
  // honest sentences of the shipped playthroughs the first model was too quick to accuse (a snapshot: hard negatives)
  for (const [i, text] of RESPECT_HONEST_RECORDS.entries())
    rows.push({ id: `records:${i}`, source: "records", verdict: "real", sentences: [text] });
  // honest look-alikes in the analyser's and marker's tests the second model was too quick to accuse (a snapshot)
  for (const [i, text] of RESPECT_HONEST_TEST_LINES.entries())
    rows.push({ id: `test-lines:${i}`, source: "test-lines", verdict: "honest", sentences: [text] });
  return rows.filter((r) => r.sentences.length > 0);
}

export interface RespectTrainingSettings {
  epochs: number;
  rate: number;
  l2: number;
  minCount: number;
  folds: number;
  minThreshold: number;
  maxHonestFlagRate: number;
  maxRealFlagRate: number;
}

export const RESPECT_TRAINING: RespectTrainingSettings = {
  epochs: 200,
  rate: 0.5,
  l2: 0.0003,
  minCount: 2,
  folds: 5,
  minThreshold: 0.5,
  maxHonestFlagRate: 0.01,
  maxRealFlagRate: 0.001,
};

/** The tutor's review list (respect-review.ts) is read, not marked: it may list a tenth of honest look-alikes. */
export const REVIEW_RATES = { maxHonestFlagRate: 0.1, maxRealFlagRate: 0.02 };

interface Instance {
  row: number;
  features: Int32Array;
  y: number;
  weight: number;
}

interface Fitted {
  bias: number;
  w: Float64Array;
}

/** Full-batch AdaGrad logistic regression, fixed order: deterministic. */
function fit(instances: readonly Instance[], dims: number, s: RespectTrainingSettings): Fitted {
  const w = new Float64Array(dims);
  const g2 = new Float64Array(dims).fill(1e-8);
  let bias = 0;
  let bg2 = 1e-8;
  const grad = new Float64Array(dims);
  let total = 0;
  for (const x of instances) total += x.weight;
  for (let e = 0; e < s.epochs; e++) {
    grad.fill(0);
    let bgrad = 0;
    for (const x of instances) {
      let z = bias;
      for (const f of x.features) z += w[f]!;
      const d = (sigmoid(z) - x.y) * x.weight;
      bgrad += d;
      for (const f of x.features) grad[f]! += d;
    }
    for (let f = 0; f < dims; f++) {
      const g = grad[f]! / total + s.l2 * w[f]!;
      if (g === 0) continue;
      g2[f]! += g * g;
      w[f]! -= (s.rate * g) / Math.sqrt(g2[f]!);
    }
    const bg = bgrad / total;
    bg2 += bg * bg;
    bias -= (s.rate * bg) / Math.sqrt(bg2);
  }
  return { bias, w };
}

const scoreOf = (m: Fitted, features: Int32Array): number => {
  let z = m.bias;
  for (const f of features) z += m.w[f]!;
  return z;
};

/** The vocabulary (features in at least minCount rows) and each row's sentences as feature ids. */
function encode(rows: readonly RespectRow[], s: RespectTrainingSettings) {
  const rowsWith = new Map<string, number>();
  const feats = rows.map((r) => r.sentences.map((t) => respectFeatures(t)));
  for (const fs of feats) {
    const inRow = new Set(fs.flat());
    for (const f of inRow) rowsWith.set(f, (rowsWith.get(f) ?? 0) + 1);
  }
  const vocab = [...rowsWith.entries()]
    .filter(([, n]) => n >= s.minCount)
    .map(([f]) => f)
    .sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const ids = feats.map((fs) =>
    fs.map((list) => Int32Array.from(list.map((f) => index.get(f) ?? -1).filter((i) => i >= 0))),
  );
  return { vocab, ids };
}

/** Trains the disrespect model on `train` (row indices), multiple-instance for breach bags. */
function trainOn(
  rows: readonly RespectRow[],
  ids: Int32Array[][],
  train: readonly number[],
  dims: number,
  s: RespectTrainingSettings,
): Fitted {
  let pos = 0;
  let neg = 0;
  for (const r of train) {
    if (rows[r]!.verdict === "breach") pos++;
    else neg += ids[r]!.length;
  }
  const posWeight = Math.sqrt(neg / Math.max(1, pos));
  const build = (pick?: Fitted): Instance[] => {
    const out: Instance[] = [];
    for (const r of train) {
      const row = rows[r]!;
      const sents = ids[r]!;
      if (row.verdict !== "breach") {
        for (const f of sents) out.push({ row: r, features: f, y: 0, weight: 1 });
      } else if (!pick || sents.length === 1) {
        for (const f of sents) out.push({ row: r, features: f, y: 1, weight: posWeight / sents.length });
      } else {
        let best = 0;
        for (let i = 1; i < sents.length; i++)
          if (scoreOf(pick, sents[i]!) > scoreOf(pick, sents[best]!)) best = i;
        out.push({ row: r, features: sents[best]!, y: 1, weight: posWeight });
      }
    }
    return out;
  };
  let m = fit(build(), dims, s);
  m = fit(build(m), dims, s);
  return m;
}

/** Trains the blame-vs-other head on the breaches whose kind is known (one instance per line: its best sentence). */
function trainBlame(
  rows: readonly RespectRow[],
  ids: Int32Array[][],
  main: Fitted,
  dims: number,
  s: RespectTrainingSettings,
): Fitted {
  const out: Instance[] = [];
  for (const [r, row] of rows.entries()) {
    if (row.verdict !== "breach" || row.blame === undefined) continue;
    const sents = ids[r]!;
    let best = 0;
    for (let i = 1; i < sents.length; i++)
      if (scoreOf(main, sents[i]!) > scoreOf(main, sents[best]!)) best = i;
    out.push({ row: r, features: sents[best]!, y: row.blame ? 1 : 0, weight: 1 });
  }
  return fit(out, dims, s);
}

/** A row's probability: its most disrespectful sentence. */
const rowProbability = (m: Fitted, sents: readonly Int32Array[]): number =>
  sigmoid(Math.max(...sents.map((f) => scoreOf(m, f))));

export interface CrossValidated {
  /** Per row, the cross-validated probability. */
  probability: Float64Array;
}

export function crossValidate(
  rows: readonly RespectRow[],
  s: RespectTrainingSettings = RESPECT_TRAINING,
  /** Leave one source out instead (a new writer's lines, roughly): for the README's figures, not the threshold. */
  bySource = false,
): CrossValidated {
  const { vocab, ids } = encode(rows, s);
  const probability = new Float64Array(rows.length);
  const sources = [...new Set(rows.map((r) => r.source))];
  const folds = bySource ? sources.length : s.folds;
  for (let k = 0; k < folds; k++) {
    const foldOf = (r: number) =>
      bySource ? sources.indexOf(rows[r]!.source) : fnv1a32(`respect-model:${rows[r]!.id}`) % s.folds;
    const train = rows.map((_, r) => r).filter((r) => foldOf(r) !== k);
    const m = trainOn(rows, ids, train, vocab.length, s);
    for (let r = 0; r < rows.length; r++) if (foldOf(r) === k) probability[r] = rowProbability(m, ids[r]!);
  }
  return { probability };
}

/** Flag rates at a threshold (cross-validated probabilities). */
export function ratesAt(rows: readonly RespectRow[], probability: Float64Array, t: number) {
  let breaches = 0;
  let caught = 0;
  let honest = 0;
  let honestFlagged = 0;
  let real = 0;
  let realFlagged = 0;
  for (const [r, row] of rows.entries()) {
    const hit = probability[r]! >= t;
    if (row.verdict === "breach") {
      breaches++;
      if (hit) caught++;
    } else if (row.verdict === "honest") {
      honest++;
      if (hit) honestFlagged++;
    } else {
      real++;
      if (hit) realFlagged++;
    }
  }
  return { breaches, caught, honest, honestFlagged, real, realFlagged };
}

export function chooseThreshold(
  rows: readonly RespectRow[],
  probability: Float64Array,
  s: RespectTrainingSettings,
): number {
  for (let t = s.minThreshold; t < 0.999; t = Math.round((t + 0.005) * 1000) / 1000) {
    const r = ratesAt(rows, probability, t);
    if (r.honestFlagged <= s.maxHonestFlagRate * r.honest && r.realFlagged <= s.maxRealFlagRate * r.real)
      return t;
  }
  return 0.999;
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

/** Trains on every row, chooses the threshold by cross-validation, returns the file's JSON text. */
export function trainRespectModel(
  rows: readonly RespectRow[],
  s: RespectTrainingSettings = RESPECT_TRAINING,
): { json: string; file: RespectModelFile } {
  const { probability } = crossValidate(rows, s);
  const threshold = chooseThreshold(rows, probability, s);
  const cv = ratesAt(rows, probability, threshold);
  const reviewThreshold = chooseThreshold(rows, probability, { ...s, ...REVIEW_RATES });
  const cvReview = ratesAt(rows, probability, reviewThreshold);
  const { vocab, ids } = encode(rows, s);
  const all = rows.map((_, r) => r);
  const main = trainOn(rows, ids, all, vocab.length, s);
  const blame = trainBlame(rows, ids, main, vocab.length, s);
  const weights: Record<string, number> = {};
  const blameWeights: Record<string, number> = {};
  for (const [i, f] of vocab.entries()) {
    const a = round(main.w[i]!);
    if (a !== 0) weights[f] = a;
    const b = round(blame.w[i]!);
    if (b !== 0) blameWeights[f] = b;
  }
  const file: RespectModelFile = {
    version: RESPECT_MODEL_VERSION,
    threshold,
    reviewThreshold,
    bias: round(main.bias),
    weights,
    blameBias: round(blame.bias),
    blameWeights,
    notes: {
      settings: s,
      rows: { breaches: cv.breaches, honest: cv.honest, real: cv.real },
      crossValidated: {
        breachesCaught: cv.caught,
        honestFlagged: cv.honestFlagged,
        realFlagged: cv.realFlagged,
      },
      crossValidatedReview: {
        breachesListed: cvReview.caught,
        honestListed: cvReview.honestFlagged,
        realListed: cvReview.realFlagged,
      },
    },
  };
  return { json: `${JSON.stringify(file)}\n`, file };
}

/** The files whose code decides what the trainer writes (features, scorer, trainer); their text is in the stamp. */
export const RESPECT_TRAINER_SOURCES = ["respect-model.ts", "respect-model-train.ts"] as const;

/**
 * Everything the trainer reads, as one canonical text: the settings and model version, every row (id, source, verdict,
 * blame, cross-validation fold) and every sentence with the features it gives. A changed corpus line, segmenter,
 * tokeniser, feature, fold hash or setting changes this text.
 */
export function respectTrainingInputs(rows: readonly RespectRow[], s = RESPECT_TRAINING): string {
  const lines = [JSON.stringify({ version: RESPECT_MODEL_VERSION, settings: s, review: REVIEW_RATES })];
  for (const r of rows) {
    const fold = fnv1a32(`respect-model:${r.id}`) % s.folds;
    lines.push(JSON.stringify([r.id, r.source, r.verdict, r.blame ?? null, fold]));
    for (const t of r.sentences) lines.push(JSON.stringify([t, respectFeatures(t)]));
  }
  return lines.join("\n");
}

/**
 * The stamp kept beside the weights (respect-model-weights.stamp.json): hashes of the trainer's code, of its inputs and
 * of the weights it wrote. The unit test recomputes the first two (about a second) instead of retraining (the trainer
 * is deterministic, so the same code and inputs write the same weights) and checks the third against the committed
 * file; `scripts/train-respect-model.ts --check` retrains and compares byte for byte. `hash` is given (the core
 * imports no crypto).
 */
export function respectWeightsStamp(
  rows: readonly RespectRow[],
  sources: readonly string[],
  weightsJson: string,
  hash: (text: string) => string,
): string {
  const stamp = {
    about:
      "Written by scripts/train-respect-model.ts with the weights; checked by respect-model.test.ts. Do not edit.",
    trainer: hash(sources.join("\u0000")),
    inputs: hash(respectTrainingInputs(rows)),
    weights: hash(weightsJson),
  };
  return `${JSON.stringify(stamp, null, 2)}\n`;
}
