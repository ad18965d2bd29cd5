/**
 * The clause a word stands in, for the marker's small readers of "is this negated / hypothetical /
 * denied / in the past". One definition of where a clause stops, instead of a split written out in
 * each reader. The analyser (server/core/analysis/segment.ts) has its own, fuller clause splitter for
 * labels; these readers work on a sentence the marker has already found words in.
 */

/** A clause stops at a comma, semicolon or colon, and at "but". */
const CLAUSE_BREAK = /[,;:]|\bbut\b/gi;

function lastBreak(text: string, breaks: readonly RegExp[]): number {
  let cut = 0;
  for (const b of breaks) {
    for (const m of text.matchAll(new RegExp(b.source, "gi"))) cut = Math.max(cut, m.index + m[0].length);
  }
  return cut;
}

function firstBreak(text: string, breaks: readonly RegExp[]): number {
  let cut = text.length;
  for (const b of breaks) {
    const m = new RegExp(b.source, "i").exec(text);
    if (m) cut = Math.min(cut, m.index);
  }
  return cut;
}

/**
 * The words of `text` from the start of the clause that `at` stands in up to `at`. `also` adds
 * breaks a reader needs: a sentence's end when `text` is a whole message, or "and / so / because"
 * when a new clause may start without a comma.
 */
export function clauseBefore(text: string, at: number, also?: RegExp): string {
  const before = text.slice(0, at);
  return before.slice(lastBreak(before, also ? [CLAUSE_BREAK, also] : [CLAUSE_BREAK]));
}

/** The words of `text` from `from` to the end of its clause (see `clauseBefore` for `also`). */
export function clauseAfter(text: string, from: number, also?: RegExp): string {
  const after = text.slice(from);
  return after.slice(0, firstBreak(after, also ? [CLAUSE_BREAK, also] : [CLAUSE_BREAK]));
}

/**
 * Where the clause of `norm` that the offset `at` stands in starts and ends, cut at every match of `boundary` (a global pattern a
 * reader chooses: advice-instead.ts, hedged-fix.ts and someone-else.ts each cut clauses their own way).
 */
export function clauseAround(norm: string, at: number, boundary: RegExp): { start: number; end: number } {
  let start = 0;
  let end = norm.length;
  for (const m of norm.matchAll(boundary)) {
    if (m.index! + m[0].length <= at) start = m.index! + m[0].length;
    else if (m.index! > at) {
      end = m.index!;
      break;
    }
  }
  return { start, end };
}
