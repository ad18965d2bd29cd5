/**
 * Store credit or a voucher told as what the shop can do, where the customer is owed a remedy in money
 * or goods (red-team round 21 C, complaint-r21h-money-on-account: "What I can do is put the £44.99 back
 * on your account as credit, so you can choose another kettle or anything else you like"). An honest
 * learner's belief, in a learner's words: none of the `exchange-or-credit-only` paraphrases ("can only
 * offer + credit", "the best we can do + voucher") is in it, but it says the same thing: the most she can
 * have is credit.
 *
 * The law: a refund under the right to reject is money, paid back by the means she paid with unless she
 * expressly agrees otherwise (Consumer Rights Act 2015 s.20(15)-(16)); a repair or replacement is hers to
 * require (s.23); limiting her to credit or a voucher restricts those rights, which no term or notice may
 * do (s.31(1)-(2)).
 *
 * Read: a sentence that sets the limit of what the shop will do ("what I can do is", "all we can do is",
 * "the best / most / only thing I can offer", "what we normally do is") with credit, a credit note, a
 * voucher or a gift card after it, in a message that offers no refund, money back, replacement or repair
 * anywhere else. Credit offered beside a refund is a choice, not a limit ("you can have a full refund, or
 * if you'd rather, what I can do is put it on your account as credit"), and is not read; nor a negated or
 * quoted sentence, nor credit the learner simply reports having given (the remedy criteria mark a voucher
 * issued instead of a refund, and one breach is not counted twice: scenarios/README.md).
 */
import { clauseBefore } from "./clauses";
import { sentencesOf } from "./own-words";
import { quotedSpans } from "./quotations";

export type CreditFind = { start: number; end: number; text: string };

/** The limit of what the shop will do, said as what it can or normally does. */
const LIMIT =
  /\b(?:what|all|the\s+(?:best|most|only\s+thing))\s+(?:i|we)\s+(?:can|could|are\s+able\s+to|am\s+able\s+to|normally|usually|would\s+normally|would\s+usually)\s*(?:do|offer|give)?(?:\s+(?:you|for\s+you))?\s+(?:is|would\s+be)\b/i;
/** Credit kept in the shop: on her account, a credit note, a voucher, a gift card. */
const CREDIT =
  /\b(?:(?:store|shop|account)\s+credit|as\s+(?:a\s+)?credit|in\s+credit|credit\s+(?:note|on\s+(?:your|the)\s+account)|credit\s+(?:your|the)\s+account|on\s+(?:to\s+)?(?:your|the)\s+account|onto\s+(?:your|the)\s+account|(?:e-?)?vouchers?|gift\s+cards?|e-?gift\s+cards?)\b/i;
/** A remedy she is owed, offered in the same message: her money back, a replacement or a repair. */
const OWED =
  /\b(?:refund\w*|money\s+back|reimburs\w*|back\s+(?:to|on|onto)\s+your\s+(?:card|visa|mastercard|bank|account\s+ending)|replace(?!d\b)\w*|(?:a|another)\s+new\s+one|send\s+(?:you\s+)?(?:a|another)\s+new|swap\w*|repair(?!ed)\w*)\b/i;
const NEGATED = /\b(?:not|never|no|nothing|without|rather\s+than|instead\s+of)\b|n['\u2019]t\b/i;

/** Credit or a voucher told as the most the shop will do, in a message offering nothing owed. */
export function creditForRefund(text: string): CreditFind | null {
  const quoted = quotedSpans(text);
  const sentences = sentencesOf(text).map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
  let find: CreditFind | null = null;
  for (const s of sentences) {
    const limit = LIMIT.exec(s.text);
    if (!limit) continue;
    const rest = s.text.slice(limit.index + limit[0].length);
    const credit = CREDIT.exec(rest);
    if (!credit) continue;
    const at = s.start + limit.index;
    if (quoted.some((q) => q.start <= at && at < q.end)) continue;
    if (NEGATED.test(clauseBefore(s.text, limit.index))) continue;
    // "What I can do is refund it as store credit" is read by the scenario's own paraphrases; here the
    // sentence must offer nothing owed but the credit.
    if (OWED.test(rest.slice(0, credit.index)) && !/\brefund\w*\s+(?:it\s+)?as\b/i.test(rest)) continue;
    find = {
      start: at,
      end: s.start + limit.index + limit[0].length + credit.index + credit[0].length,
      text: "",
    };
    find.text = text.slice(find.start, find.end);
    break;
  }
  if (!find) return null;
  // Anything owed offered elsewhere in the message (not negated) makes the credit a choice beside it.
  for (const s of sentences) {
    if (s.start <= find.start && find.start < s.end) continue;
    const owed = OWED.exec(s.text);
    if (owed && !NEGATED.test(clauseBefore(s.text, owed.index))) return null;
  }
  return find;
}
