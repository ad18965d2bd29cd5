/**
 * Word-class features (word-classes.ts): what each marker fires on, and the run-time scorer giving the
 * same sums as the feature-string definition when a model is trained with them.
 */
import { describe, expect, it } from "vitest";
import { SentenceClassifier } from "./classifier";
import { sentenceFeatures, tokenise } from "./features";
import { expectFastEqualsReference, testModelFile } from "./test-support";
import { wordClassFeatures } from "./word-classes";

const classes = (s: string) => wordClassFeatures(tokenise(s));

describe("wordClassFeatures", () => {
  it("marks an agent's fix and an imperative fix, in any regular form", () => {
    expect(classes("I've reinstalled the driver for you.")).toContain("c:agent~fix");
    expect(classes("We'll send a replacement today.")).toContain("c:agent~fix");
    expect(classes("Please reboot the router and try again.")).toContain("c:imperative~fix");
    expect(classes("Restarting the app should clear it.")).toContain("c:fix");
  });

  it("marks a fix word after a negation", () => {
    expect(classes("We can't refund this item.")).toContain("c:neg~fix");
    expect(classes("We can refund this item.")).not.toContain("c:neg~fix");
  });

  it("marks a customer-fault claim and a passive fault, not the agent's own action", () => {
    expect(classes("You obviously dropped it.")).toContain("c:you~fault");
    expect(classes("You must have smashed the screen.")).toContain("c:you~fault");
    expect(classes("It was overtightened.")).toContain("c:it~passive");
    expect(classes("I dropped it off at the depot.")).not.toContain("c:you~fault");
    expect(classes("Thank you for your patience.")).toEqual([]);
  });

  it("is deterministic and lists each feature once", () => {
    const a = classes("You dropped it, you dropped it, and you dropped it again.");
    expect(a).toEqual(classes("You dropped it, you dropped it, and you dropped it again."));
    expect(new Set(a).size).toBe(a.length);
  });
});

describe("SentenceClassifier with word classes", () => {
  it("gives the same log-odds as the feature strings the trainer uses", () => {
    const config = { charGrams: [4], ruleFeatures: true, wordClasses: true };
    const weights: Record<string, number[]> = {
      "c:you~fault": [0, 0, 0, 0, 0, 1.5, 0],
      "c:agent~fix": [0, 0, 1.2, 0, 0, 0, 0],
      "c:imperative~fix": [0, 0, 0.7, 0, 0, 0, 0],
      dropped: [0, 0, 0, 0, 0, 0.4, 0],
      "#drop": [0, 0, 0, 0, 0, 0.2, 0],
      "r:apologise": [0, 0.9, 0, 0, 0, 0, 0],
    };
    const file = testModelFile(config, weights);
    const classifier = new SentenceClassifier(file);
    const rules = { inSentence: ["apologise"], inReply: [], vetoed: [] };
    expectFastEqualsReference(
      classifier,
      ["You obviously dropped it.", "I'll reinstall it for you.", "Reboot the router.", "Hello."],
      rules,
    );
    expect(sentenceFeatures("You obviously dropped it.", config)).toContain("c:you~fault");
    expect(classifier.logits("You obviously dropped it.")[5]).toBeCloseTo(-1 + 1.5 + 0.4 + 0.2, 9);
  });
});
