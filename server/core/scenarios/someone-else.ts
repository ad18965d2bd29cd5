/**
 * The answer's service done by someone else: "Since you don't have a grinder, most independent cafés will
 * happily grind them for you if you pop in with the bag – just ask for a cafetière grind" (red-team round 27
 * B, onboarding-r27-get-them-ground-at-a-cafe, decided Merit: first-contact-resolution not met). The words
 * of the right answer ("grind them for you", "cafetière grind") describe an errand to another business; what
 * we send him is still whole beans he cannot use. Level 3 customer service (CSE-4: resolve at first contact);
 * no statute.
 *
 * Read, in the clause before an answer's words: another business or person as the one who does it (a café,
 * coffee shop, barista, supermarket, local shop or roaster, friend or neighbour, "most cafés"), or the customer
 * sent to ask them ("just ask for", "pop in", "take them to") with that business named. "Someone" and "the
 * shop" may be us, and "you can ask for your money back" asks us: not read. case-evidence.ts then does not
 * count the words as the answer. Not read: "we'll grind them for you", "our roaster grinds them coarse", a
 * café named in a story ("like the café down the road, we grind them coarse").
 */
import { clauseAround } from "./clauses";

const BOUNDARY = /[;:.!?\u2013\u2014]|\s-\s/g;
/** Another business or person (not "someone", who may be one of us, nor "the shop", which may be ours). */
const THIRD =
  /\b(?:caf(?:e|é)s?|coffee\s+shops?|baristas?|supermarkets?|delis?|(?:local|independent|nearby|high[\s-]street)\s+(?:shops?|roasters?|caf(?:e|é)s?)|friends?|neighbou?rs?)\b/i;
/** ...as the one doing it. */
const OTHER = new RegExp(
  String.raw`${THIRD.source}\s+(?:will|can|could|would|should|might|may|are\s+happy\s+to|is\s+happy\s+to|usually|often|normally|will\s+usually|will\s+happily|can\s+usually)\b`,
  "i",
);
/** The customer sent elsewhere to get it done. */
const ERRAND =
  /\b(?:just\s+)?ask\s+(?:them\s+|the\s+barista\s+)?for\b|\bpop\s+in\b|\btake\s+(?:them|the\s+bag|it)\s+(?:to|in)\b|\bif\s+you\s+(?:pop|take|bring|go)\b/i;
const US = /\b(?:we|we['\u2019](?:ll|re|ve)|our\s+(?:roaster|roastery|team|warehouse))\b/i;

/** Is the answer's word at `at` (an offset in a normalised sentence) said of someone else doing it? */
export function someoneElseAt(norm: string, at: number): boolean {
  const { start, end } = clauseAround(norm, at, BOUNDARY);
  const clause = norm.slice(start, end);
  const before = norm.slice(start, at);
  if (US.test(before)) return false;
  // An errand counts only with the other business named before the answer ("you can ask for your money
  // back" asks us).
  return (
    OTHER.test(before) || ((ERRAND.test(before) || ERRAND.test(clause)) && THIRD.test(norm.slice(0, at)))
  );
}
