/**
 * Accuracy on real agent language: the dev set's holdout split (corpus/dev-set.jsonl, never trained
 * or tuned on). Prints per-label precision, recall and F1 for the shipped analyser (rules + model)
 * and for the rules alone, and fails if they fall below floors.
 *
 * The floors were first set after the first measurement of the final model on holdout (README.md,
 * "Accuracy on real language"), a margin below each measured figure (about 0.05-0.10, more for labels
 * with few examples, where one reply moves F1 a lot), and raised after the fifth pass to just
 * below its figures (listen again after the sixth). They catch regressions; they are not targets, and nothing was tuned to clear them. Issue 8's aim (macro-F1 >= 0.90) is NOT met; see the README.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyseMessage, analyseWithRulesOnly } from "./analyse-message";
import { evaluate, formatEvaluation, parseDevSet } from "./evaluation";
import { CLASSIFIER } from "./model/classifier";

const rows = parseDevSet(
  readFileSync(fileURLToPath(new URL("./corpus/dev-set.jsonl", import.meta.url)), "utf8"),
);
const holdout = rows.filter((r) => r.split === "holdout");
const shipped = evaluate(holdout.map((r) => ({ gold: r.labels, predicted: analyseMessage(r.text).labels })));
const rulesOnly = evaluate(
  holdout.map((r) => ({ gold: r.labels, predicted: analyseWithRulesOnly(r.text).labels })),
);

/**
 * First measured on 538 holdout replies, then 614 when the set was complete (README.md): first / second
 * figure. Raised after the fifth pass (3 Dec 2026, 741 holdout replies) to just below that pass's
 * measured figure, so a change that loses what the pass gained fails.
 */
const F1_FLOOR: Record<string, number> = {
  listen: 0.8, // measured 0.841 / 0.829; model v2 0.821; fifth pass 0.816; sixth pass 0.817 (raised from 0.78); night pass 0.818, after round 11 0.821 (876 holdout), after round 12 A 0.833, B 0.829; seventh batch 0.826 (896 holdout)
  apologise: 0.94, // 0.971 / 0.979; fifth pass 0.968; night pass 0.952 (876 holdout)
  solve: 0.54, // 0.419 / 0.418; model v2 0.431 (after the label audit); fifth pass 0.586; sixth pass 0.571; night pass 0.605 (876 holdout), after round 12 A 0.607, B 0.611; seventh batch 0.597 (896 holdout)
  thank: 0.95, // 0.980 / 0.980; fifth pass 0.981; night pass 0.982
  non_apology: 0.86, // 0.870 / 0.917 (13 / 26 examples); fifth pass 0.900 (33); night pass 0.866 (38)
  blame: 0.36, // 0.286 / 0.174; model v2 0.174; fifth pass 0.407 (41 examples: one reply moves F1 by ~0.03); sixth 0.415; night pass 0.423 (54), after round 11 0.400, after round 12 A 0.382; seventh batch 0.394 (55, 896 holdout)
  dismissive: 0.28, // 0.389 / 0.410; model v2 0.378 (26 / 28 examples); fifth pass 0.333 (37); night pass 0.328 (50)
};
/** Respect labels cost a learner marks when wrong: their precision matters most. */
const PRECISION_FLOOR: Record<string, number> = {
  non_apology: 0.9, // measured 1.000 / 1.000; fifth pass 1.000
  blame: 0.7, // 0.750 / 0.667; model v2 0.667; fifth pass 0.846
  dismissive: 0.6, // 0.700 / 0.727; model v2 0.778; fifth pass 0.727
};
// Measured 0.728 / 0.716 (rules alone 0.660 / 0.655; rules before issue 8: 0.624 / 0.620); model v2 0.716;
// fifth pass 0.776 (rules alone 0.689); sixth pass 0.775 (rules alone 0.693); night pass (4 Dec, 876 holdout
// replies after a sixth batch of real replies) 0.774 (rules alone 0.684); after the round 11 retrain 0.771; after the round 12 A retrain 0.770, after B 0.770;
// seventh batch (896 holdout replies) 0.770 (0.775 on the old 876).
const MACRO_F1_FLOOR = 0.75;

describe("accuracy on the dev set's holdout split (real agent replies)", () => {
  it("prints per-label precision, recall and F1", () => {
    console.log(formatEvaluation("Dev set holdout, rules + model (shipped)", shipped));
    console.log(formatEvaluation("Dev set holdout, rules only", rulesOnly));
    expect(holdout.length).toBeGreaterThanOrEqual(300);
  });

  it("ships a model built for the current feature definition", () => {
    expect(CLASSIFIER).not.toBeNull();
    expect(CLASSIFIER?.labels).toEqual([
      "listen",
      "apologise",
      "solve",
      "thank",
      "non_apology",
      "blame",
      "dismissive",
    ]);
  });

  it(`keeps macro-F1 over the six scored labels >= ${MACRO_F1_FLOOR}`, () => {
    expect(shipped.macroF1).toBeGreaterThanOrEqual(MACRO_F1_FLOOR);
  });

  it("the model adds to the rules rather than costing them", () => {
    expect(shipped.macroF1).toBeGreaterThanOrEqual(rulesOnly.macroF1);
  });

  it.each(Object.entries(F1_FLOOR))("keeps F1 of %s >= %s", (label, floor) => {
    expect(shipped.perLabel[label]?.f1, label).toBeGreaterThanOrEqual(floor);
  });

  it.each(Object.entries(PRECISION_FLOOR))("keeps precision of %s >= %s", (label, floor) => {
    expect(shipped.perLabel[label]?.precision, label).toBeGreaterThanOrEqual(floor);
  });
});
