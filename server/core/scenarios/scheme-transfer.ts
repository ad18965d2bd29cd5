/**
 * The refund taken away by moving the goods into another of our schemes (session 40; red-team round 25 A,
 * returns-r25-aftercare-programme: "Once an item is past its first month it moves from our returns team into
 * our aftercare programme, which under the Consumer Rights Act looks after it with repairs and like-for-like
 * exchanges"). No refund word is refused: the goods are said to have passed, by their age or use, to a team or
 * scheme that only repairs or exchanges. Inside 30 days the refund is hers (CRA 2015 s.20, s.22(3)); after one
 * failed repair she may reject (s.24(5)); a scheme that leaves the refund out does not bind her (s.31(1)-(2)),
 * and telling her the Act says so misleads (DMCCA 2024 s.226).
 *
 * Read, in one sentence: (a) our scheme or team other than returns ("aftercare", "after-sales", "warranty
 * department", "service plan", "repairs team", "the tech desk"), (b) the goods put in its hands ("moves into",
 * "falls under", "passes to", "becomes a job for", "is covered by", "handles it", "an aftercare matter"), (c) a
 * reason that closes the refund route: the goods' age or use ("after the first month", "past 30 days", "as it's
 * been used", "at this stage"), the returns period over, or "rather than a return" / "no longer with returns",
 * and (d) what it offers: a repair, exchange, swap or replacement, with no refund, money back or rejection in
 * the sentence. Not read: a team that arranges the refund, a scheme offered for the future, a replacement as
 * her choice beside the refund. Wired through refund-unavailable (remedy-refusals.ts), which Ravi's list (day
 * 31: repair or replacement is lawful, s.23) does not name.
 */
import { sentencesOf } from "./own-words";
import { quotedSpans } from "./quotations";

const SCHEME = String.raw`(?:after-?care|after-?sales|warranty|guarantee|repairs?|service|care|tech(?:nical)?|support|workshop|exchanges?|swaps?)\s+(?:programme|program|scheme|plan|team|department|dept|desk|centre|center|process|cover|side|matter|partner)|\bafter-?care\b|\bafter-?sales\b`;
const HANDED = new RegExp(
  [
    // the goods moved to it: "moves from our returns team into our aftercare programme", "passes to after-sales"
    String.raw`\b(?:moves?|moved|moving|pass(?:es|ed)?|goes|go|went|gone|falls?|fell|comes?|came|transfer\w*|handed|switch\w*|sent)\s+(?:[\w'\u2019-]+\s+){0,5}?(?:in)?to\s+(?:our\s+|the\s+|your\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:${SCHEME})`,
    String.raw`\b(?:falls?|fell|comes?|came|is|are|sits?)\s+under\s+(?:our\s+|the\s+)?(?:[\w-]+\s+)?(?:${SCHEME})`,
    // in its hands: "handled by", "covered by", "a job for our repairs team", "an aftercare matter"
    String.raw`\b(?:handled|dealt\s+with|looked\s+after|covered|managed|taken\s+over|owned)\s+by\s+(?:our\s+|the\s+)?(?:[\w-]+\s+)?(?:${SCHEME})`,
    // "it's on the warranty side now"
    String.raw`\b(?:is|it['\u2019]s|['\u2019]s|sits?|now)\s+(?:now\s+)?(?:on|with|in)\s+(?:our\s+|the\s+)(?:${SCHEME})`,
    String.raw`\b(?:job|matter|case|one)\s+for\s+(?:our\s+|the\s+)?(?:[\w-]+\s+)?(?:${SCHEME})`,
    String.raw`\b(?:an?\s+)?(?:${SCHEME})\s+(?:matter|job|case|issue)\b`,
    String.raw`(?:${SCHEME})\s+(?:handles?|takes?\s+over|deals?\s+with|looks?\s+after)\s+(?:it|them|this|that|your\s+\w+)`,
  ].join("|"),
  "i",
);
/** Why the refund route is closed: the goods' age or use, the returns period over, returns named as not it. */
const CLOSED =
  /\b(?:after|past|beyond|over|older\s+than|more\s+than|outside)\s+(?:(?:the|its|their|your|a|one)\s+)?(?:first\s+)?(?:\d+|one|two|three|four|six|thirty|a)?[\s-]*(?:days?|weeks?|months?|fortnight)\b|\b(?:been|being)\s+used\b|\bout\s+of\s+(?:the|its)\s+box\b|\bat\s+this\s+stage\b|\b(?:returns?|refund)\s+(?:period|window|stage)\s+(?:is|was|has)?\s*(?:over|ended|gone|closed|passed|expired)\b|\b(?:rather\s+than|instead\s+of|not)\s+(?:a\s+|the\s+|our\s+)?(?:returns?|refunds?)\b|\bno\s+longer\s+(?:with|a\s+matter\s+for|for|handled\s+by)\s+(?:the\s+|our\s+)?returns?\b/i;
/**
 * "Now" closes the route only when it says the goods have moved ("it's on the warranty side now", "it now falls
 * under aftercare"): next to the handing words, with the goods, not a remedy, as what was handed (session 41:
 * "Your replacement is now being handled by our exchanges team" tells her replacement's progress; session 40
 * left "now" anywhere in the sentence as a reason, which was too wide).
 */
function nowMoved(sentence: string, handed: RegExpExecArray): boolean {
  const near = sentence.slice(Math.max(0, handed.index - 12), handed.index + handed[0].length + 12);
  if (!/\bnow\b/i.test(near)) return false;
  const subject = sentence.slice(Math.max(0, handed.index - 40), handed.index);
  return !/\b(?:replacement|exchange|swap|repair|refund|new\s+one)\b[^.!?,;]*$/i.test(subject);
}
const OFFERS = /\b(?:repair\w*|exchang\w*|replac\w*|swap\w*|like-for-like|fix(?:es|ed|ing)?)\b/i;
/** Money named in the sentence: the refund is not taken away by it (a team arranging it, her choice). */
const MONEY = /\b(?:refund\w*|money\s+back|reject\w*|reimburs\w*|your\s+money)\b/i;
/** A scheme offered for the future or another purchase. */
const FUTURE =
  /\b(?:if\s+you\s+(?:buy|order|get)|next\s+time|for\s+(?:your\s+)?(?:next|future|new)\b|in\s+future)\b/i;

/** The sentences of a text that move the goods, by age or use, to a scheme that only repairs or exchanges. */
export function refundMovedToScheme(text: string): string[] {
  const quoted = quotedSpans(text);
  const out: string[] = [];
  for (const s of sentencesOf(text)) {
    const sentence = text.slice(s.start, s.end);
    const handed = HANDED.exec(sentence);
    if (!handed || quoted.some((q) => q.start <= s.start + handed.index && s.start + handed.index < q.end))
      continue;
    // "rather than a return" names the refund to say it is not it: only that use of a money word is allowed.
    const money = sentence.replace(
      /\b(?:rather\s+than|instead\s+of)\s+(?:a\s+|the\s+)?(?:returns?|refunds?)\b/gi,
      "",
    );
    if (
      !(CLOSED.test(sentence) || nowMoved(sentence, handed)) ||
      !OFFERS.test(sentence) ||
      MONEY.test(money) ||
      FUTURE.test(sentence)
    )
      continue;
    out.push(sentence.trim());
  }
  return out;
}
