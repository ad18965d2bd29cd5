/**
 * Trains the learned respect model (server/core/analysis/respect-model-train.ts) and writes
 * server/core/analysis/respect-model-weights.json. Deterministic: the same data write the same file.
 * Data: the respect corpora (corpus/respect-*.ts; probe 15's held-out half never), the hand-labelled sets and the dev
 * set's `tune` split (never `holdout`).
 *
 * Options: --check  recompute and fail if the committed file differs (respect-model.test.ts does the same in the
 *                   unit tests).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { respectRows, trainRespectModel } from "../server/core/analysis/respect-model-train";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const OUT = `${ROOT}server/core/analysis/respect-model-weights.json`;
const rows = respectRows(readFileSync(`${ROOT}server/core/analysis/corpus/dev-set.jsonl`, "utf8"));
const { json, file } = trainRespectModel(rows);
console.log(
  `threshold ${file.threshold}; ${Object.keys(file.weights).length} weights; cross-validated: ${JSON.stringify(file.notes.crossValidated)} of ${JSON.stringify(file.notes.rows)}`,
);
if (process.argv.includes("--check")) {
  if (readFileSync(OUT, "utf8") !== json) {
    console.error(
      "respect-model-weights.json is stale: run npx tsx scripts/train-respect-model.ts and commit it",
    );
    process.exit(1);
  }
  console.log("respect-model-weights.json is up to date");
} else {
  writeFileSync(OUT, json);
  console.log(`wrote ${OUT} (${json.length} bytes)`);
}
