/**
 * The learned respect model (fifteenth pass): the committed weights are what the trainer writes, the fast scorer equals
 * the feature definition, it only adds where the readers found nothing, and probe 15's halves are counted.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyseMessage } from "./analyse-message";
import { fifteenthSplit, RESPECT_FIFTEENTH } from "./corpus/respect-fifteenth";
import { fastLogit, RESPECT_MODEL, respectFeatures, respectTokens } from "./respect-model";
import { respectRows, trainRespectModel } from "./respect-model-train";
import { remarksForReview } from "./respect-review";

const read = (rel: string) => readFileSync(fileURLToPath(new URL(rel, import.meta.url)), "utf8");
const RESPECT = new Set(["blame", "dismissive", "calm_down"]);
const breach = (text: string) => analyseMessage(text).labels.some((l) => RESPECT.has(l));

describe("learned respect model", () => {
  const rows = respectRows(read("./corpus/dev-set.jsonl"));

  it("respect-model-weights.json is what the trainer writes from the committed data", () => {
    const { json } = trainRespectModel(rows);
    expect(
      read("./respect-model-weights.json") === json,
      "respect-model-weights.json is stale or was edited: run npx tsx scripts/train-respect-model.ts and commit it",
    ).toBe(true);
  }, 180_000);

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
