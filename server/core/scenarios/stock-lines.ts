/**
 * Stock lines: corporate statements that are true of any customer, into which a product name, a year or a
 * day count from the record can be dropped without anyone having looked at the customer ("As a valued
 * Espresso Roast customer since 2024, your loyalty means the world to us"; round 32,
 * loyalty-r32-valued-since-2024, decided personalised partly, ran met). A record fact inside one is the
 * mail-merge talking, not attention: it does not make a message personal. The same fact said in a
 * sentence of the learner's own ("your Espresso Roast has been going stale in the 1kg bag") still does.
 *
 * Read a clause at a time (a clause ends at , ; : a dash, "and", "but" or "so"): a clause is a stock line
 * when it says, of the customer or of customers in general, one of these:
 * - their loyalty, custom or business means the world / a lot / everything to us;
 * - their satisfaction or experience is our top / number one / highest priority;
 * - we value every customer / all our customers; they are (one of our) valued / loyal customers;
 * - we are committed / dedicated to providing an exceptional / excellent / the best experience or service;
 * - we pride ourselves on…; customers are at the heart of everything we do;
 * - they are important / valued / special to us; we appreciate their continued loyalty or custom.
 * Not read: "I know the 1kg bag means a lot of coffee for one person" (nothing of ours), or "your order is
 * my priority today" (a commitment about her order, not a slogan). A message is marked only when nothing
 * of the customer's history is left once its stock lines are taken out (runtime.ts): "As a thank you for
 * being a loyal customer, free delivery on your House Blend and decaf" still names her usual order.
 */

const LOYALTY = String.raw`(?:loyalty|custom|business|support|patronage|continued\s+support)`;
const STOCK_LINE = new RegExp(
  [
    String.raw`\b${LOYALTY}\s+(?:really\s+|truly\s+|genuinely\s+)?(?:means|mean|meant|has\s+meant|have\s+meant)\s+(?:the\s+world|so\s+much|a\s+lot|a\s+great\s+deal|everything)\s+to\s+(?:us|me|the\s+team|everyone\s+here)\b`,
    String.raw`\b(?:satisfaction|happiness|experience|needs)\s+(?:is|are|will\s+always\s+be|remains?|has\s+always\s+been)\s+(?:always\s+)?(?:our|my|the)\s+(?:absolute\s+)?(?:top|number[\s-]one|no\.?\s*1|highest|first|main|utmost|biggest)\s+priority\b`,
    String.raw`\bwe\s+(?:truly\s+|really\s+|genuinely\s+|greatly\s+)?value\s+(?:each\s+and\s+)?(?:every|each|all(?:\s+of)?\s+our|all|our)\s+customers?\b`,
    String.raw`\b(?:as|being)\s+(?:a|an|one\s+of\s+our)\s+(?:\w+\s+){0,1}(?:valued|loyal|treasured|cherished|special|important|long[\s-]standing)\s+(?:[\w\u2019'-]+\s+){0,3}?customers?\b`,
    String.raw`\byou\s+are\s+(?:a|an|one\s+of\s+our)\s+(?:\w+\s+){0,1}(?:valued|loyal|treasured|cherished|special|important)\s+(?:[\w\u2019'-]+\s+){0,3}?customers?\b`,
    String.raw`\b(?:committed|dedicated)\s+to\s+(?:providing|delivering|giving|offering|ensuring)\s+(?:you\s+|all\s+our\s+customers\s+|every\s+customer\s+)?(?:with\s+)?(?:an?\s+|the\s+)?(?:exceptional|excellent|outstanding|first[\s-]class|world[\s-]class|best|highest|great|amazing|unrivalled|unparalleled|seamless|premium)\b`,
    String.raw`\bwe\s+pride\s+ourselves\b`,
    String.raw`\bcustomers?\s+(?:are|is)\s+(?:always\s+)?at\s+the\s+(?:heart|centre|center|core)\s+of\b`,
    String.raw`\byou(?:\s+are|['\u2019]re)\s+(?:so\s+|very\s+|really\s+|truly\s+)?(?:important|valued|special|precious)\s+to\s+us\b`,
    String.raw`\bwe\s+(?:truly\s+|really\s+|genuinely\s+|greatly\s+|do\s+)?appreciate\s+your\s+(?:continued\s+|ongoing\s+|loyal\s+)?${LOYALTY}\b`,
  ].join("|"),
  "i",
);

// "each and every customer" is one phrase, not two clauses; nor is "means so much".
const CLAUSE_END =
  /[.!?\n;:,\u2013\u2014]|\s-\s|(?<!\beach\s)\band\b|\bbut\b|\bso\b(?!\s+(?:much|many|very|important|special|valued)\b)/gi;

export type TextRange = { start: number; end: number; text: string };

/** The clauses of a text that are stock lines, as ranges of the text. */
export function stockLines(text: string): TextRange[] {
  const out: TextRange[] = [];
  let start = 0;
  const ends = [...text.matchAll(CLAUSE_END)].map((m) => ({ at: m.index ?? 0, len: m[0].length }));
  ends.push({ at: text.length, len: 0 });
  for (const e of ends) {
    const clause = text.slice(start, e.at);
    if (STOCK_LINE.test(clause)) out.push({ start, end: e.at, text: clause.trim() });
    start = e.at + e.len;
  }
  return out;
}

/** Is the span [start, end) inside one of these stock lines? */
export const insideStockLine = (lines: readonly TextRange[], start: number, end: number): boolean =>
  lines.some((l) => start >= l.start && end <= l.end);

/** The text with these stock lines blanked out (same length, so every other offset stands). */
export const withoutStockLines = (text: string, lines: readonly TextRange[]): string =>
  lines.reduce((t, l) => t.slice(0, l.start) + " ".repeat(l.end - l.start) + t.slice(l.end), text);
