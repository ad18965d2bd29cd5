/**
 * The learned respect model (fifteenth pass): the committed weights are what the trainer wrote (their stamp), the fast
 * scorer equals the feature definition, it only adds where the readers found nothing, and probe 15's halves are counted.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyseMessage } from "./analyse-message";
import { fifteenthSplit, RESPECT_FIFTEENTH } from "./corpus/respect-fifteenth";
import { fastLogit, RESPECT_MODEL, respectFeatures, respectTokens } from "./respect-model";
import {
  RESPECT_TRAINER_SOURCES,
  respectRows,
  respectTrainingInputs,
  respectWeightsStamp,
} from "./respect-model-train";
import { remarksForReview } from "./respect-review";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const read = (rel: string) => readFileSync(fileURLToPath(new URL(rel, import.meta.url)), "utf8");
const RESPECT = new Set(["blame", "dismissive", "calm_down"]);
const breach = (text: string) => analyseMessage(text).labels.some((l) => RESPECT.has(l));

describe("learned respect model", () => {
  const rows = respectRows(read("./corpus/dev-set.jsonl"));

  // The trainer is deterministic, so the same code and inputs write the same weights: the stamp beside the weights
  // (hashes of the trainer's code, of everything it reads and of the weights it wrote) is checked here in about a
  // second. The full retrain and byte-for-byte compare (about 8 s) is `npm run analyse:train -- --check`.
  it("respect-model-weights.json is what the trainer wrote from the committed code and data (its stamp)", () => {
    const weights = read("./respect-model-weights.json");
    const sources = RESPECT_TRAINER_SOURCES.map((f) => read(`./${f}`));
    expect(
      respectWeightsStamp(rows, sources, weights, sha256) === read("./respect-model-weights.stamp.json"),
      "respect-model-weights.json is stale or was edited: run npx tsx scripts/train-respect-model.ts and commit both files",
    ).toBe(true);
  });

  it("the stamp changes with a corpus line, a feature, the trainer's code or the weights", () => {
    const few = rows.slice(0, 20);
    const base = respectWeightsStamp(few, ["a", "b"], "{}", sha256);
    const moved = few.map((r, i) => (i === 0 ? { ...r, sentences: [...r.sentences, "lol"] } : r));
    expect(respectWeightsStamp(moved, ["a", "b"], "{}", sha256)).not.toBe(base);
    expect(respectWeightsStamp(few, ["a", "c"], "{}", sha256)).not.toBe(base);
    expect(respectWeightsStamp(few, ["a", "b"], "{ }", sha256)).not.toBe(base);
    const relabelled = few.map((r, i) => (i === 0 ? { ...r, verdict: "honest" as const } : r));
    expect(respectWeightsStamp(relabelled, ["a", "b"], "{}", sha256)).not.toBe(base);
    // the features of each sentence are in the inputs, so a changed tokeniser or feature shows
    expect(respectTrainingInputs(rows.slice(0, 1))).toContain(
      JSON.stringify(respectFeatures(rows[0]!.sentences[0]!)),
    );
  });

  it("never trains on probe 15's held-out half or the dev set's holdout", () => {
    const ids = new Set(rows.map((r) => r.id));
    for (const l of RESPECT_FIFTEENTH)
      expect(ids.has(`fifteenth:${l.id}`)).toBe(fifteenthSplit(l.id) === "tune");
    const holdout = read("./corpus/dev-set.jsonl")
      .split("\n")
      .filter((l) => l.includes('"split":"holdout"'))
      .map((l) => `dev:${(JSON.parse(l) as { id: string }).id}`);
    expect(holdout.length).toBeGreaterThan(100);
    for (const id of holdout) expect(ids.has(id)).toBe(false);
  });

  it("the fast scorer gives the same sum as the feature strings on every training sentence", () => {
    const w = RESPECT_MODEL.file.weights;
    for (const r of rows)
      for (const s of r.sentences) {
        const slow = RESPECT_MODEL.file.bias + respectFeatures(s).reduce((a, f) => a + (w[f] ?? 0), 0);
        expect(Math.abs(fastLogit(RESPECT_MODEL.compiled, s) - slow), s).toBeLessThan(1e-9);
      }
  });

  it("folds text-speak and reads no prototype key as a word", () => {
    expect(respectTokens("if u had opened it we cud of sorted it b4")).toEqual([
      "if",
      "you",
      "had",
      "opened",
      "it",
      "we",
      "could",
      "have",
      "sorted",
      "it",
      "before",
    ]);
    expect(respectTokens("constructor tostring")).toEqual(["constructor", "tostring"]);
  });

  it("lists remarks the marker did not judge, quoting them at their offsets, and never one it judged", () => {
    const text = "Thanks for your email. lol ur kettle really said nope 😂 anyway new one coming thurs";
    const listed = remarksForReview(text);
    expect(listed.map((r) => r.text)).toEqual([
      "lol ur kettle really said nope 😂 anyway new one coming thurs",
    ]);
    for (const r of listed) expect(text.slice(r.start, r.end)).toBe(r.text);
    expect(listed[0]!.why).toMatch(/^Not judged by the marker/);
    // a sentence the marker judged is not listed again
    const judged = "Calm down, it's only a mug.";
    expect(analyseMessage(judged).labels.some((l) => RESPECT.has(l))).toBe(true);
    expect(remarksForReview(judged)).toEqual([]);
    expect(remarksForReview("")).toEqual([]);
  });

  it("lists none of these honest replies in the learners' register (my own wordings, not probe 15's)", () => {
    for (const t of [
      "so sorry ur parcel went missing, new one sent today 👍",
      "Customer rang twice about the late beans; apologised and refunded the postage.",
      "no need to worry, we'll collect it from you on friday",
      "You asked about descaling: once a month with our tablets keeps it working well.",
      "Cust upset the grinder broke after a week, replacement booked.",
      "haha glad the new one is working, enjoy!",
    ]) {
      expect(breach(t), t).toBe(false);
      expect(remarksForReview(t), t).toEqual([]);
    }
  });

  it("counts probe 15's held-out half (counted only, never printed)", () => {
    const c = { breaches: 0, marked: 0, listed: 0, honest: 0, honestMarked: 0, honestListed: 0 };
    for (const l of RESPECT_FIFTEENTH) {
      if (fifteenthSplit(l.id) !== "held-out") continue;
      const marked = breach(l.text);
      const listed = remarksForReview(l.text).length > 0;
      if (l.kind === "polite") {
        c.honest++;
        if (marked) c.honestMarked++;
        if (listed) c.honestListed++;
      } else {
        c.breaches++;
        if (marked) c.marked++;
        else if (listed) c.listed++;
      }
    }
    expect(c.breaches + c.honest).toBe(38);
    // Regression floors at the figures measured once at 02:14 (README, "Respect, fifteenth pass"), not targets.
    expect(c.marked).toBeGreaterThanOrEqual(7);
    expect(c.marked + c.listed).toBeGreaterThanOrEqual(16);
    expect(c.honestMarked).toBe(0);
    expect(c.honestListed).toBeLessThanOrEqual(1);
  });
});
