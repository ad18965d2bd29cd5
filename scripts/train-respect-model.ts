/**
 * Trains the learned respect model (server/core/analysis/respect-model-train.ts) and writes
 * server/core/analysis/respect-model-weights.json and its stamp, respect-model-weights.stamp.json (hashes of the
 * trainer's code, its inputs and the weights). Deterministic: the same data write the same files.
 * Data: the respect corpora (corpus/respect-*.ts; probe 15's held-out half never), the hand-labelled sets and the dev
 * set's `tune` split (never `holdout`).
 *
 * Options: --check  retrain and fail if either committed file differs. The unit test (respect-model.test.ts) checks
 *                   the stamp only, in about a second; this full byte-for-byte check also runs in
 *                   `npm run analyse:train -- --check`.
 */
import { respectWeightsUpToDate, writeRespectWeights } from "./respect-weights";

if (process.argv.includes("--check")) {
  if (!respectWeightsUpToDate()) process.exit(1);
} else writeRespectWeights();
