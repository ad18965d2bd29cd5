/**
 * Dev-set split: fills in each line's `split` from its id (server/core/analysis/corpus/split.ts), so
 * the split is reproducible and never chosen by looking at results, and prints the per-label counts
 * used in corpus/SOURCES.md.
 *
 *   npx tsx scripts/corpus-split.ts           rewrite dev-set.jsonl with the split of every line
 *   npx tsx scripts/corpus-split.ts --check   change nothing; exit 1 if any line's split is wrong
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { splitForId, type CorpusSplit } from "../server/core/analysis/corpus/split";

const FILE = fileURLToPath(new URL("../server/core/analysis/corpus/dev-set.jsonl", import.meta.url));

interface DevLine {
  id: string;
  text: string;
  labels: string[];
  source: string;
  split?: CorpusSplit;
}

const check = process.argv.includes("--check");
const lines = readFileSync(FILE, "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "");
let wrong = 0;
const rows = lines.map((line, i) => {
  const row = JSON.parse(line) as DevLine;
  const split = splitForId(row.id);
  if (row.split !== split) {
    wrong++;
    if (check)
      console.error(`line ${i + 1} (${row.id}): split ${row.split ?? "missing"}, should be ${split}`);
  }
  // Fixed key order keeps diffs small when lines are added.
  return { id: row.id, text: row.text, labels: row.labels, source: row.source, split };
});

if (!check) writeFileSync(FILE, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");

const labels = [...new Set(rows.flatMap((r) => r.labels))].sort();
const count = (split: CorpusSplit, label?: string) =>
  rows.filter(
    (r) =>
      r.split === split &&
      (label === undefined ? true : label === "(none)" ? r.labels.length === 0 : r.labels.includes(label)),
  ).length;
console.log("| label | tune | holdout | total |\n| --- | --- | --- | --- |");
for (const label of [...labels, "(none)"]) {
  const t = count("tune", label);
  const h = count("holdout", label);
  console.log(`| ${label} | ${t} | ${h} | ${t + h} |`);
}
console.log(`| **lines** | ${count("tune")} | ${count("holdout")} | ${rows.length} |`);
const sources = [...new Set(rows.map((r) => r.source))];
console.log("\n| source | lines |\n| --- | --- |");
for (const s of sources) console.log(`| ${s} | ${rows.filter((r) => r.source === s).length} |`);
if (check && wrong > 0) process.exit(1);
