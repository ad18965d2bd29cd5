/**
 * The eighth pass's training path (README, "Eighth pass"; off in TRAINING_SETTINGS): with
 * `sentenceEvidence`, an annotated sentence of a positive reply is the positive and the reply's other
 * sentences are negatives, instead of the multiple-instance guess. A tiny data set, so it runs fast.
 */
import { describe, expect, it } from "vitest";
import { TRAINING_SETTINGS, type TrainingRow, trainingRows, trainModel } from "./train";

const settings = { ...TRAINING_SETTINGS, folds: 2, epochs: 20 };

// "Thanks for getting in touch" opens both kinds of reply; only the evidence says it is not the fix.
const tune: TrainingRow[] = [
  { id: "t-1", text: "Thanks for getting in touch. Please restart the router.", labels: ["solve"] },
  { id: "t-2", text: "Thanks for getting in touch. Try clearing the cache.", labels: ["solve"] },
  { id: "t-3", text: "Thanks for getting in touch. Reinstall the app.", labels: ["solve"] },
  { id: "t-4", text: "Thanks for getting in touch. We will look into it.", labels: [] },
  { id: "t-5", text: "Have a lovely day. Restart the router again.", labels: ["solve"] },
  { id: "t-6", text: "Have a lovely day.", labels: [] },
].map((r, i) => (i < 3 ? { ...r, evidence: { solve: [1] } } : r));

const solveWeight = (json: string, feature: string): number => {
  const file = JSON.parse(json) as { labels: string[]; weights: Record<string, number[]> };
  return file.weights[feature]?.[file.labels.indexOf("solve")] ?? 0;
};

describe("sentence-level evidence in training", () => {
  it("is off in the shipped settings", () => {
    expect(TRAINING_SETTINGS.sentenceEvidence ?? false).toBe(false);
  });

  it("trains the annotated sentence as the positive and the reply's others as negatives", () => {
    const off = trainModel(tune, [], settings).json;
    const on = trainModel(tune, [], { ...settings, sentenceEvidence: true }).json;
    expect(on).not.toBe(off);
    // The greeting is a solve negative only when the evidence says which sentence is the fix.
    expect(solveWeight(on, "getting")).toBeLessThan(solveWeight(off, "getting"));
    // Limited to other labels, the evidence changes nothing.
    expect(
      trainModel(tune, [], { ...settings, sentenceEvidence: true, evidenceLabels: ["blame"] }).json,
    ).toBe(off);
  });

  it("attaches tune-evidence lines to tune rows by id", () => {
    const dev = `${JSON.stringify({ id: "x-1", text: "Hi. Restart it.", labels: ["solve"], source: "x", split: "tune" })}\n`;
    const evidence = `${JSON.stringify({ id: "x-1", label: "solve", sentences: [1], text: ["Restart it."] })}\n`;
    const { tune: rows } = trainingRows(dev, { evidenceJsonl: evidence });
    expect(rows.find((r) => r.id === "x-1")?.evidence).toEqual({ solve: [1] });
  });
});
