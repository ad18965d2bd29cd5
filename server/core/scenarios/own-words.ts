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

/** Sentences: a stop, "!" or "?" before a space, or a line break. */
export function sentencesOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (const m of text.matchAll(/[.!?]+(?=\s)|\n+/g)) {
    const end = m.index! + m[0].length;
    if (text.slice(from, end).trim()) out.push({ start: from, end });
    from = end;
  }
  if (text.slice(from).trim()) out.push({ start: from, end: text.length });
  return out;
}
