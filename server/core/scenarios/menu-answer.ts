/**
 * A right answer offered only as one item of a menu that also offers what is wrong for this customer,
 * with nothing choosing it for them: "We offer our beans whole or ground: coarse, medium or fine, the
 * choice is yours!" to Tomasz, who has only a cafetière and no grinder (red-team round 24 B,
 * onboarding-r24-every-grind-on-the-menu: the grind question ran as answered at first contact because
 * "coarse" is in the list). He asked which he gets; a list of every option, with whole beans (which need
 * a grinder he does not have) and fine (which slips through a cafetière's mesh) on an equal footing,
 * leaves him to answer his own question.
 *
 * What is wrong for the customer is the question's own `wrong` list: an item of the menu counts as a
 * wrong option when it is a word those wrong answers use and the right answers do not ("whole", "fine",
 * "2kg"). Only a coordinated list is read ("a, b or c", "a or b", "a / b"), and only when the found
 * answer is a bare item of it. Not read (the learner chose for them): the clause ties an item to the
 * customer or recommends one ("coarse for your cafetière", "coarse suits a cafetière", "we'd recommend
 * coarse", "best for", "ideal for"); nor a menu whose other items are all right or neutral ("refund,
 * repair or replacement": no wrong list names them).
 */

const STOP = new Set(
  "a an the and or to of for in on at by with you your them they it its is are be we us our i me my this that then so as not no".split(
    " ",
  ),
);

/** Content words of phrases ("send + whole beans" → send, whole, beans). */
function wordsOf(phrases: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const p of phrases)
    for (const w of p.toLowerCase().match(/[a-z0-9][a-z0-9'-]*/g) ?? []) if (!STOP.has(w)) out.add(w);
  return out;
}

/** The words that mark a wrong option for this question: in its wrong answers, never in its right ones. */
export function wrongOptionWords(answers: readonly string[], wrong: readonly string[]): Set<string> {
  const right = wordsOf(answers);
  return new Set([...wordsOf(wrong)].filter((w) => !right.has(w)));
}

const memo = new WeakMap<object, Set<string>>();
/** `wrongOptionWords` of a scenario question, worked out once per question. */
export function menuWrongWords(
  question: { answers: readonly string[]; wrong?: readonly string[] } | undefined,
) {
  if (!question?.wrong?.length) return EMPTY;
  let words = memo.get(question);
  if (!words) {
    words = wrongOptionWords(question.answers, question.wrong);
    memo.set(question, words);
  }
  return words;
}
const EMPTY: ReadonlySet<string> = new Set();

// One item: a word or hyphenated word ("pre-ground", "500g").
const ITEM = String.raw`[a-z0-9][a-z0-9'-]*`;
// A coordinated list: items joined by commas or slashes, the last by "or" (or a slash).
const LIST = new RegExp(String.raw`\b${ITEM}(?:\s*(?:,|/)\s*${ITEM})*\s*,?\s*(?:\bor\b|/)\s*${ITEM}\b`, "g");
// A range joined by "and" ("500g, 1kg and 2kg bags") is what we sell, not yet a menu: it is one only with the
// choice handed back to them in the same clause ("so take your pick", "it's up to you"). The r24 B held-out miss
// ("The Espresso Roast comes in 500g, 1kg and 2kg bags, so take your pick"; round 25 B).
const AND_LIST = new RegExp(String.raw`\b${ITEM}(?:\s*,\s*${ITEM})*\s*,?\s*(?:\band\b|&)\s*${ITEM}\b`, "g");
const LEFT_TO_THEM =
  /\b(?:take your pick|up to you|your (?:choice|call|pick)|choice is yours|whichever (?:you|suits you)|pick (?:one|whichever|any)|choose (?:one|whichever|any|from)|have your pick)\b/;
// The learner chose for them: an item tied to the customer, or recommended.
const CHOSEN =
  /\b(?:for (?:your|a|an|the)|suits?|suited|recommend\w*|suggest\w*|best|ideal|perfect|right for|go for|we'?d go|i'?d go|works? (?:best|well))\b/;

/**
 * True when the answer found at `at` (an offset in the normalised sentence `norm`) is a bare item of a
 * menu that also offers a wrong option for this customer, in a clause that chooses nothing for them.
 */
export function offeredAsMenu(norm: string, at: number, wrongWords: ReadonlySet<string>): boolean {
  if (!wrongWords.size) return false;
  // The clause the answer is in: cut at a colon, semicolon, bracket or dash.
  const cuts = [...norm.matchAll(/[:;()\u2013\u2014]|\s-\s/g)].map((m) => m.index!);
  const from = Math.max(0, ...cuts.filter((c) => c < at).map((c) => c + 1));
  const to = Math.min(norm.length, ...cuts.filter((c) => c >= at));
  const clause = norm.slice(from, to);
  if (CHOSEN.test(clause)) return false;
  const rel = at - from;
  const lists = [...clause.matchAll(LIST), ...(LEFT_TO_THEM.test(clause) ? clause.matchAll(AND_LIST) : [])];
  for (const m of lists) {
    const start = m.index!;
    if (rel < start || rel >= start + m[0].length) continue;
    const items = m[0].split(/\s*(?:,|\/|&|\bor\b|\band\b)\s*/).filter(Boolean);
    const found = clause.slice(rel).match(new RegExp(`^${ITEM}`))?.[0];
    if (!found || !items.includes(found)) return false;
    return items.some((w) => w !== found && wrongWords.has(w));
  }
  return false;
}
