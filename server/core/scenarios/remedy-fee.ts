/**
 * A charge for putting a faulty item right, told to the customer as hers to pay (red-team round 29,
 * returns-r29-ravi-diagnostic-charge: "There's a £15 diagnostic charge for our engineer to assess it, which
 * we'll refund if it turns out to be a manufacturing fault"). The obligations reader finds a fee only when
 * the remedy is made to wait on it ("once the £15 inspection fee is in"); said as a plain fact, with no
 * condition, it went unread. The law is the same either way: a repair or replacement is at the trader's
 * cost, postage and labour included (CRA 2015 s.23(2)(a)-(b)); after rejection the trader bears the cost of
 * the goods' return and no fee may be charged on the refund (s.20(7)-(8), s.20(17)); and within six months
 * the fault is presumed to have been there at delivery (s.19(14)-(15)), so a charge refunded only "if it
 * turns out to be a fault" puts the proof on her as well. Read by the lists' `obliged-fee` reader.
 *
 * Read (each in the customer's own message, not quoted, not reported): a charge said to exist or apply
 * ("there's a £15 diagnostic charge", "a small assessment fee applies", "there'll be a £9.99 bench-test
 * fee"), charged ("we charge £20 to have the workshop look at it", "you'll be charged a £10 handling fee"),
 * a cost put on her ("it'll cost you £12 for the courier to collect it"), or a price for the work ("the
 * engineer's call-out is £25"). The charge must be for the work of the remedy: looking at, testing,
 * collecting, returning, posting or repairing the goods.
 *
 * Not read: a charge negated or waived ("there's no charge for the collection", "it won't cost you
 * anything", "I've waived the £15 inspection fee"), contrasted away ("normally there's a £15 call-out
 * charge, but not for a fault like this"), what other shops charge, a charge being refunded ("we'll refund
 * the £4.95 delivery charge"), a payment she complains of ("you were charged £11.50 twice"), a delivery
 * charge on a new order, and quoted words.
 */
import { REPORTED } from "./condition-clauses";
import { ownWords, sentencesOf } from "./own-words";

const MONEY = String.raw`(?:(?:small|modest|nominal|one-off|flat|standard|fixed)\s+)?£\s?\d[\d.,]*(?:p\b)?|\d+(?:\.\d\d)?\s?(?:pounds|quid)|a\s+(?:small\s+|modest\s+|nominal\s+|one-off\s+|flat\s+)?(?:fee|charge)`;
/** The work of the remedy a charge is for. */
const WORK = String.raw`(?:diagnos\w*|assess\w*|inspect\w*|examin\w*|test\w*|bench[- ]?test\w*|bench|workshop|engineer(?:['\u2019]s)?|technician(?:['\u2019]s)?|call[- ]?out|(?:home\s+)?visit|collect\w*|return\s+label|label|courier|return(?:s)?|return\s+postage|postage|carriage|handling|processing|admin(?:istration)?|repair|servic(?:e|ing)|investigation|check(?:ing)?|look(?:ing)?\s+at|fault[- ]finding)`;
const FEE = String.raw`(?:fee|charge|cost)`;

const LEVIED: RegExp[] = [
  // "there's a £15 diagnostic charge", "there'll be a £9.99 bench-test fee", "it's a £20 call-out charge"
  new RegExp(
    String.raw`\b(?:there['\u2019]s|there\s+is|there['\u2019]ll\s+be|there\s+will\s+be|there\s+would\s+be|there['\u2019]d\s+be|it['\u2019]s|it\s+is|it['\u2019]ll\s+be|it\s+will\s+be|that['\u2019]s|comes\s+with|carries|attracts|incurs|subject\s+to|plus)\s+(?:a|an|our|the)?\s*(?:small\s+|modest\s+|nominal\s+|one-off\s+|flat\s+|standard\s+)?(?:£\s?\d[\d.,]*\s+)?${WORK}\s+${FEE}\b`,
    "i",
  ),
  new RegExp(
    String.raw`\b(?:there['\u2019]s|there\s+is|there['\u2019]ll\s+be|there\s+will\s+be|there\s+would\s+be|there['\u2019]d\s+be)\s+(?:a|an)\s+(?:small\s+|modest\s+|nominal\s+|one-off\s+|flat\s+|standard\s+)?(?:£\s?\d[\d.,]*\s+)?${FEE}\s+(?:of\s+£\s?\d[\d.,]*\s+)?(?:for|to)\s+(?:\w+\s+){0,3}?${WORK}`,
    "i",
  ),
  // "a small assessment fee applies", "the £15 inspection charge is payable"
  new RegExp(
    String.raw`\b${WORK}\s+${FEE}\s+(?:of\s+£\s?\d[\d.,]*\s+)?(?:applies|will\s+apply|would\s+apply|is\s+payable|is\s+due|needs\s+paying|has\s+to\s+be\s+paid)\b`,
    "i",
  ),
  // "we charge £20 to have the workshop look at it", "we'll charge you a small fee for the collection"
  new RegExp(
    String.raw`\b(?:we|they|(?:the|our|their)\s+(?:[\w-]+\s+){0,2}?(?:workshop|engineers?|technicians?|couriers?|shop|partners?|team|centre|agents?))(?:['\u2019]ll|\s+will|['\u2019]d|\s+would|\s+do|\s+does|\s+have\s+to|\s+need\s+to|\s+must)?\s+(?:just\s+|only\s+)?charges?\s+(?:you\s+)?(?:a\s+|an\s+)?(?:${MONEY})[^.!?;]{0,40}?\b${WORK}`,
    "i",
  ),
  // "you'll be charged a £10 handling fee", "you'd be charged £15 for the inspection"
  new RegExp(
    String.raw`\byou(?:['\u2019]ll|\s+will|['\u2019]d|\s+would|\s+may|\s+might)?\s+be\s+charged\s+(?:a\s+|an\s+)?(?:${MONEY})[^.!?;]{0,40}?\b${WORK}`,
    "i",
  ),
  // "it'll cost you £12 for the courier", "the inspection will cost £15", "that costs £20"
  new RegExp(
    String.raw`\b(?:it|this|that|(?:the|an?|your)\s+(?:[\w-]+\s+){0,2}?${WORK})(?:['\u2019]ll|\s+will|\s+would|['\u2019]d|\s+does|\s+do)?\s+(?:costs?|set\s+you\s+back)\s+(?:you\s+)?£\s?\d[\d.,]*`,
    "i",
  ),
  // "the engineer's call-out is £25", "return postage is £4.95", "an inspection is £15"
  new RegExp(
    String.raw`\b${WORK}(?:\s+(?:visit|fee|charge))?\s+(?:is|are|will\s+be|would\s+be|['\u2019]s)\s+£\s?\d[\d.,]*`,
    "i",
  ),
  // "we'll need £7.50 towards the courier", "we ask for £10 to cover the inspection"
  new RegExp(
    String.raw`\b(?:need|require|ask(?:\s+you)?\s+for|take|want)\s+£\s?\d[\d.,]*\s+(?:from\s+you\s+)?(?:towards|for|to\s+cover)\s+(?:the\s+|our\s+|an?\s+)?${WORK}`,
    "i",
  ),
];
/** Whether the work the charge is for is the remedy's: the charge's own words or the rest of its sentence. */
const FOR_THE_WORK = new RegExp(WORK, "i");

/** The charge denied, waived or taken on by us in its own clause or the rest of its sentence. */
const NEGATED_BEFORE = /\b(?:no|not|never|nothing|without|free|zero|waiv\w*)\b|n['\u2019]t\b/i;
const SET_ASIDE_AFTER =
  /\b(?:but|however|though|although|except)\b[^.!?]*?(?:\bnot\b|n['\u2019]t\b|\bno\b|\bnothing\b|\bfree\b|\bwaiv\w*|\bon\s+us\b|\bcover\w*\s+it\b|\bwe['\u2019]ll\s+(?:cover|pay|absorb)\b)|\b(?:is|are|has\s+been|have\s+been|will\s+be)\s+(?:waived|covered\s+by\s+us|on\s+us)\b|\b(?:we|I)(?:['\u2019]ll|\s+will|['\u2019]ve|\s+have)?\s+(?:waive|cover|pay|absorb)\w*\s+(?:it|that|this|the)\b/i;
/** Someone else's price, or a hypothetical "if we were to charge". */
const NOT_OURS =
  /\b(?:other\s+(?:shops|retailers)|some\s+(?:shops|retailers|places)|elsewhere|if\s+we\s+(?:were\s+to|did)\s+charge)\b/i;

/** Each place a text tells the customer she will pay a charge for the work of putting the goods right. */
export function remedyFeesIn(text: string): string[] {
  const readable = ownWords(text);
  const out: string[] = [];
  for (const s of sentencesOf(readable)) {
    const sentence = readable.slice(s.start, s.end);
    if (REPORTED.test(sentence) || NOT_OURS.test(sentence)) continue;
    for (const re of LEVIED) {
      const m = re.exec(sentence);
      if (!m) continue;
      // The work named in the charge's words, its clause's subject or just after ("it'll cost you £12 for the
      // courier", "our engineers charge a flat £25 for a home visit").
      const from = Math.max(sentence.lastIndexOf(",", m.index), sentence.lastIndexOf(";", m.index), 0);
      if (!FOR_THE_WORK.test(sentence.slice(from, m.index + m[0].length + 40))) continue;
      const lead = sentence.slice(0, m.index);
      const clauseLead = lead.slice(Math.max(lead.lastIndexOf(","), lead.lastIndexOf(";"), -1) + 1);
      if (NEGATED_BEFORE.test(clauseLead)) continue;
      if (NEGATED_BEFORE.test(m[0])) continue;
      if (SET_ASIDE_AFTER.test(sentence.slice(m.index + m[0].length))) continue;
      // "normally… but" said earlier in the sentence sets a charge aside that follows it
      if (/\b(?:normally|usually|ordinarily)\b/i.test(lead) && /\bbut\b/i.test(sentence)) continue;
      out.push(m[0]);
      break;
    }
  }
  return out;
}
