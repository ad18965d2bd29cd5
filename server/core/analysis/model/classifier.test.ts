/**
 * The run-time scorer (SentenceClassifier.logits: integer ids, cached word n-grams) must give the
 * same log-odds as the definition the trainer uses (logitsReference: feature strings from
 * features.ts) on real text, including what the rules found.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ruleStage } from "../analyse-message";
import { parseDevSet } from "../evaluation";
import { LABELLED_SENTENCES } from "../corpus/hand-labelled";
import { CLASSIFIER } from "./classifier";

const dev = parseDevSet(
  readFileSync(fileURLToPath(new URL("../corpus/dev-set.jsonl", import.meta.url)), "utf8"),
);

describe("SentenceClassifier.logits", () => {
  it("equals the feature-string definition on every dev-set and hand-labelled sentence", () => {
    const classifier = CLASSIFIER;
    expect(classifier).not.toBeNull();
    if (!classifier) return;
    let sentences = 0;
    for (const text of [...dev.map((r) => r.text), ...LABELLED_SENTENCES.map((s) => s.text)]) {
      const stage = ruleStage(text);
      for (const s of stage.sentences) {
        const rules = {
          inSentence: s.ruleLabels,
          inReply: stage.ruleLabels,
          vetoed: s.vetoed,
          vetoedInReply: [...new Set(stage.sentences.flatMap((x) => x.vetoed))],
        };
        const fast = classifier.logits(s.norm, rules);
        const slow = classifier.logitsReference(s.norm, rules);
        fast.forEach((z, i) => expect(Math.abs(z - slow[i]!), s.norm).toBeLessThan(1e-9));
        sentences++;
      }
    }
    expect(sentences).toBeGreaterThan(3000);
  });

  it("counts a repeated word or n-gram once per sentence (repetition adds nothing)", () => {
    const classifier = CLASSIFIER;
    if (!classifier) throw new Error("no model");
    const thrice = classifier.logits("I will refund refund refund you today.");
    const reference = classifier.logitsReference("I will refund refund refund you today.");
    thrice.forEach((z, i) => expect(Math.abs(z - reference[i]!)).toBeLessThan(1e-9));
  });
});
