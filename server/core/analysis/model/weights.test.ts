/**
 * The committed model must be exactly what `npm run analyse:train` produces from the committed data
 * (the dev set's `tune` split and the hand-labelled sets): otherwise a changed label, rule or feature
 * would ship with stale weights, or weights.json could be edited by hand. This retrains in process
 * (the same trainModel the script calls, cross-validation included) and compares byte for byte.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { trainingRows, trainModel } from "./train";

const read = (rel: string) => readFileSync(fileURLToPath(new URL(rel, import.meta.url)), "utf8");

describe("model/weights.json", () => {
  it("is what npm run analyse:train produces from the committed tune split and hand-labelled sets", () => {
    const { tune, hand } = trainingRows(read("../corpus/dev-set.jsonl"));
    const { json } = trainModel(tune, hand);
    const committed = read("./weights.json");
    // A short message instead of a 600 kB diff when they differ.
    expect(
      committed === json,
      "weights.json is stale or was edited: run npm run analyse:train and commit the result",
    ).toBe(true);
  }, 180_000);
});
