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
import { readFileSync, writeFileSync } from "node:fs";
import { buildSpellingVocabulary, SPELLING_VOCABULARY_FILE } from "./spelling-vocabulary";

const { data, text } = buildSpellingVocabulary();

if (process.argv.includes("--check")) {
  const current = readFileSync(SPELLING_VOCABULARY_FILE, "utf8");
  if (current !== text) {
    console.error(
      `${SPELLING_VOCABULARY_FILE} is not what the sources give: run npx tsx scripts/build-spelling-vocabulary.ts`,
    );
    process.exit(1);
  }
  console.log("spelling-vocabulary.json is up to date.");
} else {
  writeFileSync(SPELLING_VOCABULARY_FILE, text);
  console.log(
    `${Object.keys(data.words).length} words of the trade, ${data.englishNeighbours.length} English neighbours, ${data.names.length} names, ${data.slang.length} slang words -> ${SPELLING_VOCABULARY_FILE} (${text.length} bytes)`,
  );
}
