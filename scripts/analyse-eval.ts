/**
 * `npm run analyse:eval`: the analyser's accuracy on the dev set (server/core/analysis/corpus/dev-set.jsonl)
 * per label: precision, recall, F1 and macro-F1 over listen/apologise/solve/thank/non_apology/blame.
 * The `holdout` split is the honest figure (never trained or tuned on); `tune` is printed for
 * comparison only (the model was trained on it, so "rules + model" on tune is optimistic).
 * Options: --holdout (only the holdout tables), --misses LABEL (holdout replies where LABEL was missed
 * or wrongly given: for reading, not for tuning).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { analyseMessage, analyseWithRulesOnly } from "../server/core/analysis/analyse-message";
import { evaluate, formatEvaluation, parseDevSet } from "../server/core/analysis/evaluation";

const FILE = fileURLToPath(new URL("../server/core/analysis/corpus/dev-set.jsonl", import.meta.url));
const rows = parseDevSet(readFileSync(FILE, "utf8"));
const args = process.argv.slice(2);
const splits = args.includes("--holdout") ? (["holdout"] as const) : (["holdout", "tune"] as const);

for (const split of splits) {
  const part = rows.filter((r) => r.split === split);
  for (const [name, fn] of [
    ["rules + model", analyseMessage],
    ["rules only", analyseWithRulesOnly],
  ] as const) {
    const e = evaluate(part.map((r) => ({ gold: r.labels, predicted: fn(r.text).labels })));
    console.log(formatEvaluation(`${split} split, ${name}`, e));
    console.log("");
  }
}

const missIndex = args.indexOf("--misses");
if (missIndex >= 0) {
  const label = args[missIndex + 1] ?? "";
  for (const r of rows.filter((x) => x.split === "holdout")) {
    const got = analyseMessage(r.text).labels as string[];
    const gold = r.labels.includes(label);
    if (gold !== got.includes(label)) console.log(`${gold ? "MISSED" : "WRONG "} ${r.id}: ${r.text}`);
  }
}
