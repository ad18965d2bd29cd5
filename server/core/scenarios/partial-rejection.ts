/**
 * The refund on a faulty item made to wait on goods that are not faulty coming back too (red-team round 24
 * A, complaint-r24-whole-order-back: "Refunds are processed per order rather than per item, so for me to
 * put the money back, everything on ORD-10234 needs to come back to us, the toaster included").
 *
 * A consumer with a right to reject may reject some of the goods and keep those that conform (Consumer
 * Rights Act 2015 s.21(1)-(2), partial rejection); a rule that she must give up goods she is happy with to
 * get her money back for the faulty one makes the right subject to a restrictive and onerous condition, and
 * does not bind her (s.31(1)-(2)(b)). Read through the `refund-unavailable` reader (case-evidence.ts): the
 * refund on the faulty item alone is told as not to be had.
 *
 * Read: the whole order (or everything on it, both items, the other item, the rest of the order, the
 * toaster too) said to have to come back, or a policy that refunds only whole orders ("per order rather
 * than per item", "we can't refund part of an order"). Not: her choice to return more ("if you'd like to
 * send the toaster back too, you can"), a denial ("you don't need to send anything else back"), the
 * whole order named with nothing asked of her ("the whole order was delivered on Friday").
 */
import { sentencesOf } from "./own-words";
import { quotedSpans } from "./quotations";

/** Goods beyond the faulty one. */
const OTHER_GOODS = new RegExp(
  [
    String.raw`\b(?:the\s+|your\s+)?(?:whole|entire|full|complete)\s+(?:order|parcel|delivery|purchase)\b`,
    String.raw`\b(?:everything|all(?:\s+of)?\s+the\s+(?:items|goods|products)|every\s+item|all\s+items)\s+(?:on|in|from)\s+(?:the|your|that|this|ORD-\d+|order)\b`,
    String.raw`\bboth\s+(?:items|products|appliances|of\s+them|things)\b`,
    String.raw`\b(?:the\s+)?(?:other|rest\s+of\s+the)\s+(?:items?|goods|products?|order)\b`,
    String.raw`\bthe\s+\w+\s+(?:too|as\s+well|included)\b`,
  ].join("|"),
  "i",
);
/** It has to come back: a need, an instruction, a condition on the refund. */
const DEMANDED =
  /\b(?:needs?|has|have|must|will\s+need|['\u2019]ll\s+need|would\s+need|['\u2019]d\s+need|required?)\s+(?:to\s+)?(?:come|go|be\s+sent|be\s+returned|send|return|post|bring)\b|\b(?:only|once|as\s+soon\s+as|provided|as\s+long\s+as|unless)\b[^.;:!?]{0,60}\b(?:back|returned|sent)\b|\bplease\s+(?:send|return|post|pop)\b/i;
/** A policy that refunds only whole orders. */
const WHOLE_ORDERS_ONLY =
  /\b(?:per|by|on\s+a\s+per)[-\s]order\b[^.;:!?]{0,30}\b(?:rather\s+than|not|instead\s+of)\b[^.;:!?]{0,15}\b(?:per|by|individual)[-\s]?items?\b|\b(?:can['\u2019]?t|cannot|can\s+not|unable\s+to|don['\u2019]?t|do\s+not|won['\u2019]?t)\s+(?:refund|split|separate|process|accept\s+back)\s+(?:part\s+of\s+(?:an?|the|your)\s+order|(?:one|a\s+single|individual)\s+items?\s+(?:from|on|out\s+of)\s+(?:an?|the|your)\s+order)\b/i;
/** Her choice, or no demand at all: "if you'd like", "you don't need to", "you can keep". */
const NOT_DEMANDED =
  /\bif\s+you(?:['\u2019]d|\s+would)?\s+(?:like|want|prefer|rather)\b|\b(?:don['\u2019]?t|do\s+not|doesn['\u2019]?t|does\s+not|won['\u2019]?t|no)\s+(?:need|have)\b|\bno\s+need\b|\b(?:you\s+can|please)\s+keep\b|\bup\s+to\s+you\b|\byour\s+choice\b|\bnot\s+(?:needed|necessary|required)\b/i;

/** The sentences of a text that make the refund wait on other goods coming back; empty if none. */
export function otherGoodsDemanded(text: string): string[] {
  const quoted = quotedSpans(text);
  const found: string[] = [];
  for (const s of sentencesOf(text)) {
    const sentence = text.slice(s.start, s.end);
    const policy = WHOLE_ORDERS_ONLY.exec(sentence);
    const goods = OTHER_GOODS.exec(sentence);
    const at = policy?.index ?? goods?.index;
    if (at === undefined) continue;
    if (quoted.some((q) => q.start <= s.start + at && s.start + at < q.end)) continue;
    if (NOT_DEMANDED.test(sentence)) continue;
    if (policy || DEMANDED.test(sentence)) found.push(sentence.trim());
  }
  return found;
}
