/**
 * Writes server/core/scenarios/spelling-vocabulary.json, which the marker's spelling reader
 * (server/core/scenarios/spelling-correction.ts) reads misspellings against:
 *
 *   npx tsx scripts/build-spelling-vocabulary.ts           # write it (about a minute)
 *   npx tsx scripts/build-spelling-vocabulary.ts --check   # fail if it is not what the sources give
 *
 * - **Words of the trade**: every word of four letters or more that the scenarios (scenarios/*.yaml:
 *   briefs, customers' words, model answers, evidence and its paraphrases) and the marker's phrase lists
 *   (the analyser's rules and hand-written sets) use in lower case, and that is an English word, with how
 *   often it occurs. Names (always capitalised) and misspellings the sets hold on purpose are not.
 * - **English neighbours**: every English word one slip from a word of the trade ("settle" beside
 *   "kettle"), so that a real word is never read as another.
 * - **Names**: words written as a name or an acronym somewhere in the sources that are not English
 *   words ("Priya", "CSAT").
 * "An English word" is one the en-GB or en-US Hunspell dictionary accepts (npm `dictionary-en-gb`
 * 3.0.0 and `dictionary-en` 4.0.0, from SCOWL, MIT and BSD; checked with `nspell` 2.1.5, MIT). These
 * are dev dependencies: nothing reads a dictionary at run time.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import en from "dictionary-en";
import enGb from "dictionary-en-gb";
import nspell from "nspell";
import {
  MIN_LENGTH,
  oneSlipAway,
  type SpellingVocabulary,
} from "../server/core/scenarios/spelling-correction";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const OUT = join(ROOT, "server/core/scenarios/spelling-vocabulary.json");

const SOURCES = [
  ...readdirSync(join(ROOT, "scenarios"))
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => join("scenarios", f)),
  "server/core/analysis/rules.ts",
  "server/core/analysis/context-rules.ts",
  "server/core/analysis/corpus/hand-labelled.ts",
  "server/core/analysis/corpus/hand-held-out.ts",
];

// The packages give Uint8Arrays; nspell reads them as Buffers.
const dictionaries = [enGb, en].map((d) => nspell(Buffer.from(d.aff), Buffer.from(d.dic)));
const isEnglish = (word: string) => dictionaries.some((d) => d.correct(word));

const counts = new Map<string, number>();
const seenLowerCase = new Set<string>();
const seenAsName = new Set<string>();
for (const file of SOURCES) {
  for (const m of readFileSync(join(ROOT, file), "utf8").matchAll(/[A-Za-z]+/g)) {
    const word = m[0].toLowerCase();
    if (word.length < MIN_LENGTH) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
    if (m[0] === word) seenLowerCase.add(word);
    if (/^[A-Z](?:[a-z]+|[A-Z]+)$/.test(m[0])) seenAsName.add(word);
  }
}

const words: Record<string, number> = {};
for (const w of [...seenLowerCase].sort()) if (isEnglish(w)) words[w] = counts.get(w)!;

const neighbours = new Set<string>();
for (const w of Object.keys(words)) {
  for (const v of oneSlipAway(w).keys()) {
    if (v.length >= MIN_LENGTH && !(v in words) && isEnglish(v)) neighbours.add(v);
  }
}

// Written as a name ("Liam") or an acronym ("CSAT") somewhere in the sources and no English word: a
// customer's, colleague's or product's name, or a term, even where an id spells it in lower case.
const names = [...seenAsName].filter((w) => !isEnglish(w)).sort();

const data: SpellingVocabulary = { words, englishNeighbours: [...neighbours].sort(), names };
const text = `${JSON.stringify(data, null, 0)}\n`;

if (process.argv.includes("--check")) {
  const current = readFileSync(OUT, "utf8");
  if (current !== text) {
    console.error(`${OUT} is not what the sources give: run npx tsx scripts/build-spelling-vocabulary.ts`);
    process.exit(1);
  }
  console.log("spelling-vocabulary.json is up to date.");
} else {
  writeFileSync(OUT, text);
  console.log(
    `${Object.keys(words).length} words of the trade, ${neighbours.size} English neighbours, ${names.length} names -> ${OUT} (${text.length} bytes)`,
  );
}
