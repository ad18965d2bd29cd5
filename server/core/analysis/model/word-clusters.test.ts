/**
 * Word-cluster features (word-clusters.ts; off in the shipped model, README "Seventh pass"): the lookup,
 * the feature strings, the run-time scorer against them, and that nothing uses clusters without a table.
 */
import { afterEach, describe, expect, it } from "vitest";
import { canScore, type ModelFile, SentenceClassifier } from "./classifier";
import { sentenceFeatures } from "./features";
import { expectFastEqualsReference, testModelFile } from "./test-support";
import { TRAINING_SETTINGS, trainModel } from "./train";
import MODEL_FILE from "./weights.json";
import { clusterOf, hasWordClusters, setWordClusters } from "./word-clusters";

// A made-up table in the format scripts/build-word-clusters.ts writes (ids in base 36).
const TABLE = {
  settings: { granularities: [4, 256] },
  words: [
    "you 0 a",
    "dropped 1 1b",
    "smashed 1 1b",
    "cracked 1 1c",
    "refund 2 z",
    "reimburse 2 z",
    "customer 3 2",
    "it 0 b",
    "can 0 c",
  ],
};

afterEach(() => setWordClusters(null));

describe("clusterOf", () => {
  it("finds a word's cluster at each granularity, and nothing without a table", () => {
    expect(clusterOf("smashed", 256)).toBe(-1);
    setWordClusters(TABLE);
    expect(clusterOf("smashed", 256)).toBe(Number.parseInt("1b", 36));
    expect(clusterOf("smashed", 4)).toBe(1);
    expect(clusterOf("smashed", 1024)).toBe(-1);
    expect(clusterOf("kettle", 256)).toBe(-1);
  });

  it("reads a possessive or contraction by its word, but not a n't form", () => {
    setWordClusters(TABLE);
    expect(clusterOf("customer's", 256)).toBe(2);
    expect(clusterOf("can't", 256)).toBe(-1);
    expect(clusterOf("can", 256)).toBe(12);
  });

  it("says which granularities a table has", () => {
    expect(hasWordClusters([])).toBe(true);
    expect(hasWordClusters([256])).toBe(false);
    setWordClusters(TABLE);
    expect(hasWordClusters([4, 256])).toBe(true);
    expect(hasWordClusters([1024])).toBe(false);
  });
});

describe("cluster features", () => {
  it("gives a new word the features of the words it is used like", () => {
    setWordClusters(TABLE);
    const config = {
      charGrams: [],
      ruleFeatures: false,
      clusters: [256],
      clusterFirst: true,
      clusterPairs: 4,
    };
    const smashed = sentenceFeatures("You smashed it.", config);
    const dropped = sentenceFeatures("You dropped it.", config);
    // you: 10 ("a" in base 36), smashed: 47 ("1b"), it: 11; at 4 clusters you 0, smashed 1, it 0.
    expect(smashed).toEqual(
      expect.arrayContaining(["k256:10", "k256:47", "k256:11", "^k256:10", "kp4:0_1", "kp4:1_0"]),
    );
    const shared = (f: string) => f.startsWith("k") || f.startsWith("^k");
    expect(smashed.filter(shared)).toEqual(dropped.filter(shared));
    expect(sentenceFeatures("You cracked it.", config)).not.toContain("k256:47");
  });

  it("adds nothing when the config does not ask for clusters", () => {
    setWordClusters(TABLE);
    expect(
      sentenceFeatures("You smashed it.", TRAINING_SETTINGS.features).some((f) => /^\^?kp?\d/.test(f)),
    ).toBe(false);
  });
});

describe("SentenceClassifier with word clusters", () => {
  const file = (clusters: number[]): ModelFile =>
    testModelFile(
      { charGrams: [4], ruleFeatures: true, clusters, clusterFirst: true, clusterPairs: 4 },
      {
        "k256:47": [0, 0, 0, 0, 0, 1.5, 0],
        "k256:35": [0, 0, 1.2, 0, 0, 0, 0],
        "^k256:10": [0, 0, 0, 0, 0, 0.3, 0],
        "kp4:0_1": [0, 0, 0, 0, 0, 0.7, 0],
        "k4:2": [0, 0, 0.4, 0, 0, 0, 0],
        you_smashed: [0, 0, 0, 0, 0, 0.2, 0],
        "#smas": [0, 0, 0, 0, 0, 0.1, 0],
        "r:apologise": [0, 0.9, 0, 0, 0, 0, 0],
      },
    );

  it("gives the same log-odds as the feature strings the trainer uses", () => {
    setWordClusters(TABLE);
    const classifier = new SentenceClassifier(file([256, 4]));
    const rules = { inSentence: ["apologise"], inReply: [], vetoed: [] };
    expectFastEqualsReference(
      classifier,
      [
        "You smashed it.",
        "you smashed it, you dropped it",
        "We'll reimburse the customer's refund.",
        "It can't be.",
        "Hello.",
        "",
      ],
      rules,
    );
    // you(k256 a) smashed(k256 47, k4 1): first word 10 = "a", pair kp4:0_1, words, 4-gram.
    expect(classifier.logits("You smashed.")[5]).toBeCloseTo(-1 + 1.5 + 0.3 + 0.7 + 0.2 + 0.1, 9);
    expect(classifier.logits("We will reimburse.")[2]).toBeCloseTo(-1 + 1.2 + 0.4, 9);
  });

  it("is not used, and cannot be trained, without its cluster table", () => {
    expect(canScore(file([256]))).toBe(false);
    expect(() =>
      trainModel([], [], {
        ...TRAINING_SETTINGS,
        features: { ...TRAINING_SETTINGS.features, clusters: [256] },
      }),
    ).toThrow(/no such cluster table/);
    setWordClusters(TABLE);
    expect(canScore(file([256]))).toBe(true);
    expect(canScore(file([1024]))).toBe(false);
  });

  it("the committed model does not need a cluster table (none is committed)", () => {
    const committed = MODEL_FILE as unknown as ModelFile;
    expect(committed.features.clusters ?? []).toEqual([]);
    expect(canScore(committed)).toBe(true);
  });
});
