/**
 * What server/core/scenarios/spelling-vocabulary.json should hold, built from its sources (see
 * scripts/build-spelling-vocabulary.ts, which writes or checks it, and spelling-vocabulary.test.ts,
 * which fails when the committed file is stale).
 */
import { readdirSync, readFileSync } from "node:fs";
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
export const SPELLING_VOCABULARY_FILE = join(ROOT, "server/core/scenarios/spelling-vocabulary.json");

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
/** The respect readers: their lower-case words that are no English word are slang they read (`slang`). */
const RESPECT_READERS = [
  "server/core/analysis/rules.ts",
  "server/core/analysis/respect-meaning.ts",
  "server/core/analysis/respect-tone.ts",
];

// The packages give Uint8Arrays; nspell reads them as Buffers.
const dictionaries = [enGb, en].map((d) => nspell(Buffer.from(d.aff), Buffer.from(d.dic)));
const isEnglish = (word: string) => dictionaries.some((d) => d.correct(word));

/** The vocabulary the sources give, and the file text it is written as. */
export function buildSpellingVocabulary(): { data: SpellingVocabulary; text: string } {
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

  // Slang the respect readers look for as whole words ("shouty", "gobby"; not a pattern's stems such as "replac\w*"):
  // left as written, so a word no dictionary has is not "corrected" into the word of the trade one slip away.
  const slang = new Set<string>();
  for (const file of RESPECT_READERS)
    for (const m of readFileSync(join(ROOT, file), "utf8").matchAll(
      /(?<![\\A-Za-z])[a-z]+(?![A-Za-z\\([?])/g,
    ))
      if (m[0].length >= MIN_LENGTH && !(m[0] in words) && !isEnglish(m[0])) slang.add(m[0]);
  // a pattern's stem ("replac" in "replac(?:e|ing)") begins a word of the trade: still read as that word
  const tradeWords = Object.keys(words);
  for (const w of slang) if (tradeWords.some((t) => t.startsWith(w))) slang.delete(w);

  const data: SpellingVocabulary = {
    words,
    englishNeighbours: [...neighbours].sort(),
    names,
    slang: [...slang].filter((w) => !names.includes(w)).sort(),
  };
  return { data, text: `${JSON.stringify(data, null, 0)}\n` };
}
