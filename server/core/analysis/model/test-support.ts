/**
 * Test helpers for the optional feature families (word classes, word clusters): a small model file with
 * chosen weights, and the check that the fast run-time scorer gives the feature strings' sums.
 */
import { expect } from "vitest";
import { type ModelFile, MODEL_FEATURE_VERSION, type SentenceClassifier } from "./classifier";
import type { FeatureConfig, RuleView } from "./features";

/** A model file over the seven model labels, every bias -1, with the given features and weights. */
export function testModelFile(features: FeatureConfig, weights: Record<string, number[]>): ModelFile {
  return {
    version: MODEL_FEATURE_VERSION,
    features,
    labels: ["listen", "apologise", "solve", "thank", "non_apology", "blame", "dismissive"],
    bias: [-1, -1, -1, -1, -1, -1, -1],
    thresholds: [0.5, 0.5, 0.5, 0.5, 0.7, 0.7, 0.7],
    modes: ["or", "or", "or", "or", "or", "or", "or"],
    weights,
    trainedOn: "test",
  };
}

/** SentenceClassifier.logits equals logitsReference (the trainer's feature strings) on each sentence. */
export function expectFastEqualsReference(
  classifier: SentenceClassifier,
  sentences: readonly string[],
  rules?: RuleView,
): void {
  for (const s of sentences) {
    const fast = classifier.logits(s, rules);
    const slow = classifier.logitsReference(s, rules);
    fast.forEach((z, i) => expect(Math.abs(z - slow[i]!), s).toBeLessThan(1e-9));
  }
}
