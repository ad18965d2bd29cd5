import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildSpellingVocabulary, SPELLING_VOCABULARY_FILE } from "./spelling-vocabulary";

describe("spelling-vocabulary.json", () => {
  // A scenario or phrase list that gains a word must regenerate the file, or slips in that word go unread.
  it("is what its sources give (else run: npx tsx scripts/build-spelling-vocabulary.ts)", () => {
    const { text } = buildSpellingVocabulary();
    const stale = readFileSync(SPELLING_VOCABULARY_FILE, "utf8") !== text;
    expect(stale, "stale: run npx tsx scripts/build-spelling-vocabulary.ts and commit the file").toBe(false);
  });
});
