/**
 * A fix said as a maybe: "We may well look at moving deliveries to Royal Mail Tracked 48 at some point next
 * year, if enough customers ask for it" (red-team round 27 B, win-back-r27-tracked-48-maybe-next-year, decided
 * Pass: reason-addressed and reason-lass partly). The fix's words inside a possibility someone may consider,
 * at a vague time or on other customers' demand, fix nothing for this customer: Solve is the fix the case needs
 * (lass-steps.ts), and an apology with no fix is the criterion's partly (precedent
 * win-back-r19h-david-sorry-no-fix). Level 3 customer service (REL-3: resolve the reason); no statute.
 *
 * Read, in the clause around the fix's words: a possibility considered ("may / might / could (well) look at,
 * consider, think about, explore, review, look into"), a vague time ("at some point", "one day", "some day",
 * "eventually", "down the line", "in the future"), or a condition on demand ("if enough customers ask", "if
 * there's demand"). case-evidence.ts then does not count those words as the fix. Not read: a fix done or
 * promised ("we've moved to Tracked 48", "I'll keep an eye on your next order"), a condition about his own
 * order ("if your next order is late, I'll send it next-day"), and a date ("from next month").
 */
import { clauseAround } from "./clauses";

const slice = (text: string, c: { start: number; end: number }) => text.slice(c.start, c.end);

const BOUNDARY = /[;:\u2013\u2014]|\s-\s|,\s*(?:so|but|and|though)\b/g;
const HEDGE = new RegExp(
  [
    String.raw`\b(?:may|might|could|possibly|perhaps|maybe)\s+(?:well\s+|even\s+|also\s+)?(?:be\s+)?(?:look(?:ing)?\s+(?:at|into)|consider(?:ing)?|think(?:ing)?\s+about|explor(?:e|ing)|review(?:ing)?|discuss(?:ing)?)\b`,
    String.raw`\b(?:at\s+some\s+(?:point|stage)|one\s+day|some\s*day|eventually|down\s+the\s+(?:line|road)|in\s+(?:the\s+)?(?:future|longer\s+term))\b`,
    String.raw`\bif\s+(?:enough|more|other|lots\s+of|plenty\s+of)\s+(?:customers|people|of\s+you)\b|\bif\s+there(?:['\u2019]s|\s+is)\s+(?:enough\s+)?demand\b`,
  ].join("|"),
  "i",
);

/** Is the fix's word at `at` (an offset in a normalised sentence) inside a clause that only hedges it? */
export function hedgedAt(norm: string, at: number): boolean {
  return HEDGE.test(slice(norm, clauseAround(norm, at, BOUNDARY)));
}
