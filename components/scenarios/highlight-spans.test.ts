import { describe, expect, it } from "vitest";
import { highlightSpans } from "./highlight-spans";

const TEXT = "I'm so sorry your kettle stopped heating after a week.";
const at = (word: string, label = "listen") => {
  const start = TEXT.indexOf(word);
  return { label, start, end: start + word.length };
};
const shown = (spans: { start: number; end: number }[]) => spans.map((s) => TEXT.slice(s.start, s.end));

describe("highlightSpans", () => {
  it("widens a match inside a longer word to the whole word, so the label never splits it", () => {
    expect(shown(highlightSpans(TEXT, [at("heat")]))).toEqual(["heating"]);
    const middle = TEXT.indexOf("ettl");
    expect(shown(highlightSpans(TEXT, [{ label: "listen", start: middle, end: middle + 4 }]))).toEqual([
      "kettle",
    ]);
  });

  it("leaves whole words and phrases as they are, and does not swallow punctuation or spaces", () => {
    expect(shown(highlightSpans(TEXT, [at("I'm so sorry", "apologise"), at("week")]))).toEqual([
      "I'm so sorry",
      "week",
    ]);
  });

  it("drops spans outside the text or empty, and orders the rest by where they start", () => {
    const spans = highlightSpans(TEXT, [
      at("week"),
      { label: "x", start: -1, end: 3 },
      { label: "x", start: 5, end: 5 },
      { label: "x", start: 10, end: TEXT.length + 1 },
      at("kettle"),
    ]);
    expect(shown(spans)).toEqual(["kettle", "week"]);
  });
});
