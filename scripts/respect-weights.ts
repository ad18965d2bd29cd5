/**
 * The learned respect model's weights and their stamp (server/core/analysis/respect-model-weights.json and
 * respect-model-weights.stamp.json): trained here, written or checked byte for byte. Used by
 * scripts/train-respect-model.ts and by `npm run analyse:train -- --check` (scripts/train-analyser.ts).
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  RESPECT_TRAINER_SOURCES,
  respectRows,
  respectWeightsStamp,
  trainRespectModel,
} from "../server/core/analysis/respect-model-train";

const DIR = fileURLToPath(new URL("../server/core/analysis/", import.meta.url));
const OUT = `${DIR}respect-model-weights.json`;
const STAMP = `${DIR}respect-model-weights.stamp.json`;
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

function train() {
  const rows = respectRows(readFileSync(`${DIR}corpus/dev-set.jsonl`, "utf8"));
  const { json, file } = trainRespectModel(rows);
  const sources = RESPECT_TRAINER_SOURCES.map((f) => readFileSync(`${DIR}${f}`, "utf8"));
  const stamp = respectWeightsStamp(rows, sources, json, sha256);
  console.log(
    `respect model: threshold ${file.threshold}, review ${file.reviewThreshold}; ${Object.keys(file.weights).length} weights; cross-validated: ${JSON.stringify(file.notes.crossValidated)} of ${JSON.stringify(file.notes.rows)}`,
  );
  return { json, stamp };
}

/** Retrains; true when both committed files are what the trainer writes (else says which are stale). */
export function respectWeightsUpToDate(): boolean {
  const { json, stamp } = train();
  const stale = [
    readFileSync(OUT, "utf8") !== json ? "respect-model-weights.json" : "",
    readFileSync(STAMP, "utf8") !== stamp ? "respect-model-weights.stamp.json" : "",
  ].filter(Boolean);
  if (stale.length) {
    console.error(`${stale.join(" and ")}: stale; run npx tsx scripts/train-respect-model.ts and commit`);
    return false;
  }
  console.log("respect-model-weights.json and its stamp are up to date");
  return true;
}

export function writeRespectWeights(): void {
  const { json, stamp } = train();
  writeFileSync(OUT, json);
  writeFileSync(STAMP, stamp);
  console.log(`wrote ${OUT} (${json.length} bytes) and its stamp`);
}
