/** A matched phrase in a learner's message: its label and where it stands (UTF-16 offsets). */
export type Span = { label: string; start: number; end: number };

const LETTER = /[\p{L}\p{N}]/u;
const isLetter = (c: string | undefined) => c !== undefined && LETTER.test(c);

/**
 * The spans to highlight in `text`: inside it, non-empty, in reading order (longest first where two
 * start together), each widened to whole words. A match can stand inside a longer word ("heat" in
 * "heating"); drawn as it is, the label splits the word in two ("heat LISTEN ing"), so the
 * highlight takes the whole word the match is part of.
 */
export function highlightSpans(text: string, spans: Span[]): Span[] {
  return spans
    .filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start)
    .map((s) => {
      let { start, end } = s;
      while (start > 0 && isLetter(text[start - 1]) && isLetter(text[start])) start--;
      while (end < text.length && isLetter(text[end]) && isLetter(text[end - 1])) end++;
      return { ...s, start, end };
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
}
