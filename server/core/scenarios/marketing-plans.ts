/**
 * A CRM note that plans marketing to the customer later: "Worth sending him the 15% win-back code in the
 * new year", "Try her again in spring with free delivery" (red-team round 24 B,
 * win-back-r24-keith-new-year-note). A task is a plan by its nature (runtime.ts reads every promoting
 * task); a note may only record what happened ("Offered 15% before he asked to be removed"), so a note
 * counts as a plan only when it says so: sending or offering to them, or trying them again, later.
 *
 * For a customer who has objected to direct marketing, such a plan keeps processing their data for it,
 * which must stop once they object (UK GDPR Art 21(3); ICO direct marketing guidance: suppress, do not
 * re-target). Not read: a note that rules it out ("no marketing", "do not send him offers"), a past offer
 * recorded, or the removal itself.
 */
import { promotes } from "./promotion";
import { analysePlain } from "./message-reading";

// Sending or offering to them, or trying them again, as something to do.
const PLAN =
  /\b(?:worth\s+(?:sending|offering|trying|giving|a\s+try)|(?:try|contact|email|text|approach|target|tempt)\s+(?:him|her|them)\s+(?:again|back|later|with)|(?:send|offer|give)\s+(?:him|her|them)\s+(?:the|a|an|our|some)\b|(?:in|by)\s+the\s+new\s+year|(?:in|next)\s+(?:the\s+)?(?:spring|summer|autumn|winter)|next\s+(?:campaign|mailing|newsletter|sale)|re-?target|win[- ]back\s+list|back\s+on\s+(?:the|our)\s+(?:mailing\s+)?list)\b/i;
// Ruled out: "no marketing", "do not send him offers", "don't contact", "never".
const RULED_OUT =
  /\b(?:no|never|not|don['\u2019]?t|do\s+not|must\s+not|mustn['\u2019]?t|shouldn['\u2019]?t|should\s+not)\b[^.!?\n]{0,25}\b(?:market\w*|offers?|send\w*|contact\w*|email\w*|text\w*|codes?|discounts?)\b/i;

// What a plan offers, as a note puts it in shorthand ("the 15% code", "the win-back code"), which the
// message reader's offer cues (promotion.ts) need in full ("15% off").
const OFFER =
  /\b(?:\d+\s?%|(?:discount|promo|win[- ]back|welcome[- ]back|voucher)\s+codes?|discounts?|vouchers?|offers?|free\s+delivery|double\s+points|newsletters?|catalogues?|mailings?)\b/i;

/** True when a note plans marketing to the customer (see the file comment). */
export function notePlansMarketing(text: string): boolean {
  const sentences = text.split(/(?<=[.!?])\s+|\n+/);
  return sentences.some(
    (s) => PLAN.test(s) && !RULED_OUT.test(s) && (OFFER.test(s) || promotes(s, analysePlain(s))),
  );
}
