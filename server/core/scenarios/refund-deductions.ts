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
 * A deduction for USE told in any words (session 42, the lead's decision ANSWER-redA-s42 item 1): "we do take a
 * bit off for the use", "the refund will be reduced to reflect the use you've had", "a proportion of the refund
 * gets held back, as you've been using it since the summer", "pro rata for the weeks you've been using it".
 * Within six months of delivery no deduction for use may be made from a final-right-to-reject refund (CRA 2015
 * s.24(8)-(10)), and the short-term right's refund has none at all (s.20(10)-(12)); motor vehicles are the
 * exception (s.24(10)(b)), so a sentence about a car or other vehicle is not read. Telling her so is the
 * obstruction gate's whether or not the reduced refund is then issued (telling and doing is no better than
 * telling). Not read: the rule placed after six months ("some shops take something off for use after six
 * months, but you're well inside that"), a deduction denied, a price reduction for keeping the goods (s.24(1)(a)),
 * what someone else said or a question, the refund said to be in full.
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
const CHARGE = String.raw`(?:£\s?\d+(?:\.\d{2})?|\d+(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b)|(?:admin(?:istration)?|handling|restocking|processing|postage|carriage|courier|delivery|return(?:s)?|collection|inspection|usage|wear(?:\s+and\s+tear)?)\s+(?:fee|charge|cost)s?|(?:fee|charge|cost|deduction)s?|(?:return\s+)?postage|p&p|carriage)`;
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
// Negations written without the apostrophe count too ("we wont take anything of for the use": round 27 A's
// dyslexic caller, an honest answer first read as a deduction).
const DENIED =
  /\b(?:wont|dont|cant|doesnt|didnt|isnt|arent|wasnt|wouldnt|shouldnt|couldnt|havent|hasnt|aint)\b|\b(?:none|nil|zero)\b|£0(?:\.00)?\b|\b(?:no|nothing|not|never|without|won['\u2019]t|don['\u2019]t|doesn['\u2019]t|isn['\u2019]t|free\s+of|in\s+full)\b|n['\u2019]t\b/i;

/**
 * The use she has had of the goods, as what a deduction is for: "for (the) use / wear (and tear) / usage",
 * "for the time / each month / the weeks you've had or used it", "to reflect / cover / allow for the use",
 * "allowing for the weeks you've been using it", "the use you've (already) had", a usage or wear-and-tear
 * deduction, "pro rata", or her having been using it given as the reason.
 */
const USE = new RegExp(
  [
    String.raw`\b(?:for|to\s+(?:reflect|cover|allow\s+for|account\s+for)|allowing\s+for|reflecting|covering)\s+(?:the\s+|your\s+|any\s+|all\s+the\s+|each\s+|every\s+|the\s+amount\s+of\s+)?(?:wear(?:\s+and\s+tear)?|use|usage|(?:time|months?|weeks?|days?)\s+(?:of\s+use|(?:you|u)(?:['’]ve|\s+have|['’]d)?\s+(?:had|used|owned|been\s+using)))\b`,
    String.raw`\buse\s+(?:you['’]ve|you\s+have|you['’]d|you|u)\s+(?:already\s+)?(?:had|got)\b`,
    String.raw`\b(?:usage|use|wear(?:[-\s]and[-\s]tear)?)\s+(?:deduction|charge|fee|reduction|allowance|adjustment)s?\b`,
    String.raw`\bdeduct\w*\s+for\s+(?:use|usage|wear)\b`,
    String.raw`\bpro[-\s]?rata\b`,
    String.raw`\b(?:you['’]ve|you\s+have|you|u|u['’]ve)\s+(?:been\s+using|had\s+it\s+(?:a\s+while|for\s+a\s+while|a\s+few|some|since|for\s+(?:a\s+few|some|several|\d+|two|three|four|five)))`,
    // The goods said to have been used, as the reason (the fresh set's misses, session 42): "been in daily use",
    // "as the frother's been used", "you've boiled it a good few times", "the months of coffee you've had out
    // of it", a machine depreciated.
    // The refund valued at what the goods are worth now (round 27 A: "worked out on what the machine is worth
    // today, not what you paid"): their current, second-hand or resale value is the price less their use.
    String.raw`\b(?:is|['’]s|are|['’]re)\s+worth\s+(?:today|now|at\s+the\s+moment|these\s+days)\b|\b(?:current|present|today['’]s|second-?hand|resale|used)\s+(?:value|worth|price)\b`,
    String.raw`\b(?:been|in)\s+(?:\w+\s+)?use\b|\bbeen\s+used\b|\b(?:you['’]ve|you\s+have)\s+(?:boiled|used|run|brewed\s+with)\b|\bhad\s+out\s+of\s+it\b|\bdepreciat\w*`,
  ].join("|"),
  "i",
);
/**
 * Something taken, kept or reduced: the deduction itself; or the refund said to be less than the price ("£420
 * rather than the full price", "£40 of the £44.99", "at 85% of the price", "a touch lower", "most of your
 * money back, with a bit kept aside").
 */
const DEDUCT =
  /\b(?:take|takes|taking|took|taken|knock\w*|deduct\w*|keep\s+back|keeps\s+back|kept(?:\s+back)?|hold\s+back|holds\s+back|held\s+back|gets\s+held|withh[eo]ld\w*|reduc\w*|adjust\w*|less|minus|subtract\w*|pro[-\s]?rata|proportion|allowance|percent|per\s?cent|depreciat\w*|lower|most\s+of|(?:kept|set|put)\s+aside|rather\s+than\s+the\s+full|(?:not|rather\s+than|instead\s+of)\s+what\s+(?:you|u)\s+paid|worked\s+out\s+(?:on|from|by)|valued\s+(?:at|on)|(?:current|present|second-?hand|resale)\s+(?:value|worth)|worth\s+(?:today|now))\b|%|£\s?\d+(?:\.\d\d)?\s+of\s+(?:the|your)\s+£/i;
/** Money coming back to her, where a sentence does not say "refund" ("£400 coming back to you", "the money we give back"). */
const MONEY_BACK =
  /\b(?:com(?:e|es|ing)|go(?:es|ing)?|paid|pay|paying|give|giving|get|getting|sent|send)\s+(?:you\s+)?back\b|\bback\s+(?:to|on|onto|into)\s+(?:you|your|ya|u|ur)\b|\bpay\s+back\b|\bcredited\s+(?:at|back|to\s+your)\b|\b(?:return|refund)\s+(?:will\s+be|is)\s+credited\b/i;
/**
 * The law told rightly: a deduction for use only after six months (s.24(10)(a)), or not within them ("…may be made
 * from a refund under the final right to reject, except where the goods were delivered less than six months
 * before": a pasted policy, returns-pasted-wall).
 */
const AFTER_SIX_MONTHS =
  /\b(?:except|unless|apart\s+from|other\s+than|but\s+not)\b[^.!?\n]{0,80}?\b(?:six|6)\s*(?:months?|mths?)\b|\b(?:after|over|more\s+than|beyond|past|at|from|once|older\s+than)\s+(?:six|6)\s*(?:months?|mths?)\b/i;
/** A price reduction for keeping the goods is her other remedy (s.24(1)(a)), not a deduction from a refund. */
const PRICE_REDUCTION =
  /\boff\s+(?:the|its|your)\s+(?:\w+\s+)?price\b|\bprice\s+reduction\b|\breduc\w*\s+(?:the|its)\s+price\b/i;
/** Someone else's words or a question about it, or the refund said to be whole. */
const REPORTED =
  /\b(?:friend|she|he|they|you|someone|people|shops)\s+(?:said|says|told\s+you|mentioned|reckons|thinks|thought|heard|might\s+have\s+heard)\b|\b(?:whether|if)\b/i;
const WHOLE =
  /(?<!\b(?:rather\s+than|instead\s+of|less\s+than|short\s+of|not)\s+(?:the\s+)?)\b(?:in\s+full|full\s+(?:£|refund|price|amount)|every\s+penny|the\s+full\b)/i;
/** Reassurance, not a denial of the deduction. */
const NO_TROUBLE =
  /\bno\s+(?:problem|problems|worries|bother|trouble|fuss)\b|\bnot\s+what\s+(?:you|u)\s+paid\b/gi;
/** Motor vehicles are the one exception (CRA 2015 s.24(10)(b)). */
const VEHICLE = /\b(?:car|cars|van|vans|motorbike|motorcycle|motor\s+vehicle|vehicles?)\b/i;

/** A deduction for the use she has had told in this sentence (CRA 2015 s.24(8)-(10)). */
function deductionForUseIn(sentence: string, aboutRefund: boolean): RegExpExecArray | null {
  const use = USE.exec(sentence);
  if (!use) return null;
  const cue = DEDUCT.exec(sentence);
  if (!cue) return null;
  if (!aboutRefund && !MONEY_BACK.test(sentence)) return null;
  if (sentence.trimEnd().endsWith("?")) return null;
  if (
    AFTER_SIX_MONTHS.test(sentence) ||
    PRICE_REDUCTION.test(sentence) ||
    WHOLE.test(sentence) ||
    VEHICLE.test(sentence)
  )
    return null;
  // Reported or asked in the clause that holds it ("your friend said we'd take a bit off"), not a topic
  // opened before it ("About what your friend said, … we do take a bit off for the use").
  const first = Math.min(use.index, cue.index);
  const before = sentence.slice(0, first);
  const clauseStart = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":")) + 1;
  if (REPORTED.test(before.slice(clauseStart))) return null;
  return use.index <= cue.index ? use : cue;
}

/**
 * The six-month exception told in the very next sentence: "Under the final right to reject, a deduction for use may
 * be made… No deduction for use may be made if the final right to reject is exercised within six months of
 * delivery" (session 49, an independent tutor's learner who read the Consumer Rights Act page out on the call: the
 * rule and its exception, CRA 2015 s.24(8)-(10), told rightly over two sentences, first read as a deduction). The
 * next sentence must deny a deduction or use and name six months; "Most people have it under six months" is no
 * exception.
 */
const EXCEPTION_NEXT =
  /\b(?:no|not|nothing|never|none|isn['\u2019]t|won['\u2019]t|can['\u2019]t|cannot)\b[^.!?\n]{0,60}?\b(?:deduct\w*|taken\s+off|take\s+off|use|usage)\b[^.!?\n]{0,80}?\b(?:within|in\s+the\s+first|under|inside|less\s+than)\s+(?:six|6)\s*(?:months?|mths?)\b/i;
/** The sentences of a text that take a charge off the customer's refund. */
export function refundDeductionsIn(text: string): string[] {
  const quoted = quotedSpans(text);
  const out: string[] = [];
  let previous = "";
  const sentences = sentencesOf(text);
  for (const [i, s] of sentences.entries()) {
    const sentence = text.slice(s.start, s.end);
    const next = sentences[i + 1];
    const exceptionNext = next !== undefined && EXCEPTION_NEXT.test(text.slice(next.start, next.end));
    // The refund named here or in the sentence before ("I've refunded the £11.50. It'll be less a £2 fee").
    const aboutRefund = REFUND.test(sentence) || REFUND.test(previous);
    previous = sentence;
    const forUse = exceptionNext ? null : deductionForUseIn(sentence, aboutRefund);
    if (!aboutRefund && !forUse) continue;
    const m =
      (aboutRefund
        ? (TAKEN.exec(sentence) ??
          TAKE.exec(sentence) ??
          LESS.exec(sentence) ??
          LESS_SUM_OR_USE.exec(sentence))
        : null) ?? forUse;
    if (!m) continue;
    // Words quoted from the customer or a policy are not ours ("you said 'less a £5 fee'").
    const at = s.start + m.index;
    if (quoted.some((q) => at >= q.start && at < q.end)) continue;
    // A deduction said not to happen, or not to apply, anywhere in the sentence ("nothing taken off",
    // "we'd normally deduct a fee, but that doesn't apply here").
    const opening = REASON_OPENING.exec(sentence);
    const weighed = opening && opening[0].length <= m.index ? sentence.slice(opening[0].length) : sentence;
    // "No problem" and its kin deny nothing ("Money back is no problem, though it'll be a touch lower…").
    if (DENIED.test(weighed.replace(NO_TROUBLE, ""))) continue;
    out.push(sentence.trim());
  }
  return out;
}
