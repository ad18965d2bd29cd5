/**
 * Plain text helpers for the readers that matching.ts imports (offer terms, pressure selling, data
 * requests). quotations.ts and case-evidence.ts are not used here because both import matching.ts.
 */

/**
 * Someone else's words blanked out, offsets kept: double-quoted text (straight or curly) and an email's
 * ">" quoted lines, as quotations.ts reads them.
 */
export function ownWords(text: string): string {
  return text.replace(/["\u201c][^"\u201c\u201d\n]*["\u201d]|^[ \t]*>[^\n]*/gm, (q) => " ".repeat(q.length));
}

/**
 * A run of stops, "!" and "?" before a space, or line breaks. A run is tried only from its first mark
 * (the lookbehind): a match inside a run exists only when one from its start does, so the sentences are
 * the same, but a run not followed by a space was tried from every mark in it, each try to its end, and
 * a learner's 3,990 dots took 1.5 s of the server's thread per message (probe, session 43; CWE-1333).
 */
export const SENTENCE_END = /(?<![.!?])[.!?]+(?=\s)|\n+/g;

/** Sentences: a stop, "!" or "?" before a space, or a line break. */
export function sentencesOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index! + m[0].length;
    if (text.slice(from, end).trim()) out.push({ start: from, end });
    from = end;
  }
  if (text.slice(from).trim()) out.push({ start: from, end: text.length });
  return out;
}
