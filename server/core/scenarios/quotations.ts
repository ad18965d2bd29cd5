import { normaliseText } from "./matching";

/**
 * The words of a text inside quotation marks: someone else's words, quoted, not the learner's own (not
 * their stock phrases, not a LASS step, not an obstruction they put to the customer; a copy of the
 * customer's words inside them is an echo from fewer words). Double quotes, straight or curly, or
 * single quotes that open after a space, a bracket or the start and close before a non-letter (so
 * "hasn't" and "customers' orders" are not quotes). Ranges hold the words, not the marks, in the
 * text's own offsets (normaliseText folds curly quotes one for one).
 */
export function quotedSpans(text: string): { start: number; end: number }[] {
  const norm = normaliseText(text);
  const out: { start: number; end: number }[] = [];
  for (const m of norm.matchAll(/"([^"]+)"|(?<![a-z0-9])'([^\n]+?)'(?![a-z])/g))
    out.push({ start: (m.index ?? 0) + 1, end: (m.index ?? 0) + m[0].length - 1 });
  return out;
}
