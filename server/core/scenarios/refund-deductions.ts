/**
 * A charge taken off the customer's refund ("there'll be a small £4.99 handling charge taken off the
 * refund to cover the return postage", "we'll refund £44.99 less a £5 admin fee", "we have to deduct a
 * restocking fee from your money back"; lead's mutation set 15). For faulty goods the refund is the money
 * paid (CRA 2015 s.20(10)); the trader bears the reasonable costs of returning rejected goods (s.20(8)) and
 * may not impose any fee in respect of the refund (s.20(17)); within six months of delivery nothing may be
 * taken off for use (s.24(10)). Money taken twice in error comes back in full under the shop's own policy,
 * a term of the contract (s.50(1)). Telling the customer part of it will be kept tells them they are owed
 * less than they are.
 *
 * Read a sentence at a time, in a sentence about the refund or the money back (or just after one): a charge, fee, cost or sum
 * said to be taken off, deducted, kept back or subtracted ("taken off the refund", "deduct a fee from"), or
 * the refund given "less" or "minus" a charge. Not read: a deduction denied ("nothing taken off for the
 * time you've had it", "no fee will be deducted", "we'd normally deduct… but that doesn't apply"), money
 * off a future order (no refund), or a sum taken off a price as a gesture.
 */
import { sentencesOf } from "./own-words";
import { quotedSpans } from "./quotations";

const REFUND = /\b(?:refund\w*|money\s+back|reimburs\w*)\b/i;
const CHARGE = String.raw`(?:£\s?\d+(?:\.\d{2})?|(?:admin(?:istration)?|handling|restocking|processing|postage|carriage|courier|delivery|return(?:s)?|collection|inspection|usage|wear(?:\s+and\s+tear)?)\s+(?:fee|charge|cost)s?|(?:fee|charge|cost|deduction)s?|(?:return\s+)?postage|p&p|carriage)`;
/** What the charge comes off: the refund or the money back ("off your refund", "from the money back"). */
const REFUND_OBJ = String.raw`(?:the|your|his|her|this|that|any)?\s*(?:full\s+)?(?:refund\w*|money\s+back|reimbursement)\b`;
/** "a £4.99 handling charge taken off the refund", "the postage is deducted from your money back". */
const TAKEN = new RegExp(
  String.raw`(?:^|[^\w£])${CHARGE}\b[^.!?\n]{0,40}?\b(?:taken|deducted|knocked|kept|held|withheld|removed|subtracted|come|comes|coming)\s+(?:off|from|back\s+from|out\s+of)\s+${REFUND_OBJ}`,
  "i",
);
/** "we'll deduct a restocking fee from", "I have to take £5 off your refund", "we keep back the postage". */
const TAKE = new RegExp(
  String.raw`\b(?:deduct|take|knock|keep|hold|withhold|subtract)(?:ing)?\s+(?:back\s+)?(?:off\s+)?(?:a|an|the|our|that|this|some|small)?\s*(?:small\s+)?${CHARGE}[^.!?\n]{0,30}?\b(?:off|from|out\s+of)\s+${REFUND_OBJ}`,
  "i",
);
/** "a refund of £44.99 less a £5 admin fee", "your money back minus the postage". */
const LESS = new RegExp(
  String.raw`\b(?:less|minus|after\s+(?:we\s+take\s+off|deducting))\s+(?:a|an|the|our|any)?\s*(?:small\s+)?(?:£\s?\d+(?:\.\d{2})?\s+)?(?:admin(?:istration)?|handling|restocking|processing|postage|carriage|courier|delivery|return(?:s)?|collection|inspection|usage)?\s*(?:fee|charge|cost|postage|p&p)s?\b`,
  "i",
);
/**
 * The refund given less a bare sum or a deduction for use ("that's the £44.99 less the £5 we keep for the
 * delivery", "your money back, less a fair deduction for the months you've used it", "minus £60 for wear
 * and tear"; lead's mutation set 17). "Less than" compares and is not read.
 */
const LESS_SUM_OR_USE = new RegExp(
  String.raw`\b(?:less|minus)\s+(?!than\b)(?:the\s+|a\s+|an\s+|our\s+)?(?:(?:fair|small|reasonable|modest|little)\s+)?(?:£\s?\d|deduction\b|amount\s+for\b|something\s+for\b|(?:a\s+)?bit\s+for\b)`,
  "i",
);
/**
 * An opening clause that gives a reason with its own negation ("Because our repair hasn't lasted, you can
 * have your money back less a deduction"): its "n't" denies the reason, not the deduction.
 */
const REASON_OPENING = /^\s*(?:because|as|since|now\s+that|given\s+that|seeing\s+as)\b[^,;:]*[,;:]/i;
const DENIED =
  /\b(?:no|nothing|not|never|without|won['\u2019]t|don['\u2019]t|doesn['\u2019]t|isn['\u2019]t|free\s+of|in\s+full)\b|n['\u2019]t\b/i;

/** The sentences of a text that take a charge off the customer's refund. */
export function refundDeductionsIn(text: string): string[] {
  const quoted = quotedSpans(text);
  const out: string[] = [];
  let previous = "";
  for (const s of sentencesOf(text)) {
    const sentence = text.slice(s.start, s.end);
    // The refund named here or in the sentence before ("I've refunded the £11.50. It'll be less a £2 fee").
    const aboutRefund = REFUND.test(sentence) || REFUND.test(previous);
    previous = sentence;
    if (!aboutRefund) continue;
    const m =
      TAKEN.exec(sentence) ?? TAKE.exec(sentence) ?? LESS.exec(sentence) ?? LESS_SUM_OR_USE.exec(sentence);
    if (!m) continue;
    // Words quoted from the customer or a policy are not ours ("you said 'less a £5 fee'").
    const at = s.start + m.index;
    if (quoted.some((q) => at >= q.start && at < q.end)) continue;
    // A deduction said not to happen, or not to apply, anywhere in the sentence ("nothing taken off",
    // "we'd normally deduct a fee, but that doesn't apply here").
    const opening = REASON_OPENING.exec(sentence);
    const weighed = opening && opening[0].length <= m.index ? sentence.slice(opening[0].length) : sentence;
    if (DENIED.test(weighed)) continue;
    out.push(sentence.trim());
  }
  return out;
}
