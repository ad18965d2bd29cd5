/**
 * A request to opt back in to marketing: "would you like to hear about them again? Just reply YES and I'll
 * switch your emails back on" to a customer who objected to all marketing (red-team round 27 B,
 * loyalty-r27-eleanor-asked-to-opt-back-in, decided Pass; the lead's session-43 ruling). A message that asks
 * for consent to marketing is itself direct marketing (the ICO's penalties on Flybe, £70,000, and Honda,
 * £13,000, 27 March 2017: "Sending emails to determine whether people want to receive marketing without the
 * right consent, is still marketing and it is against the law", ICO news release; the ICO's direct marketing
 * guidance says the same of messages asking for consent), so by
 * email or text it needs consent (PECR reg 22(2)), and after an objection her data may no longer be used
 * for it (UK GDPR Art 21(3)). promotion.ts reads it as promoting, so every criterion that judges marketing
 * (marketingLawful with promotes) judges it with no list of its own.
 *
 * Read, in one sentence: marketing resumed or started (opt (back) in, resubscribe, add you back to the list,
 * switch or turn emails, offers or the newsletter back on, hear from us or about them again, receive or get
 * offers again, "changed your mind" about hearing from us) asked as a question or with a call to act now
 * ("just reply YES", "click", "let us know", "say the word").
 * Not read: a negated clause ("you won't hear from us again"), words in quotation marks, the customer's own
 * question answered ("You asked how to opt back in: …"), information about her right with no ask now
 * ("you can opt back in at any time", "if you ever change your mind, just let us know": said once she is
 * off the list, it is the confirmation, not a request), and a message that confirms her objection only.
 */
import { clauseBefore } from "./clauses";
import { sentencesOf } from "./own-words";
import { quotedSpans } from "./quotations";

const MARKETING = String.raw`(?:e-?mails?|texts?|newsletters?|marketing|offers?|deals?|promotions?|promos?|news|updates?|mailing\s+list|mailings?|catalogues?)`;

/** Marketing resumed or started, in any of the everyday ways of saying it. */
const RESUMED = new RegExp(
  [
    String.raw`\bopt(?:ing)?[\s-]*(?:back[\s-]+)?in(?:to)?\b`,
    String.raw`\bre-?subscrib\w*|\bre-?join\w*\s+(?:our|the)\s+(?:mailing|e-?mail|newsletter)`,
    String.raw`\b(?:add|put|sign|pop)(?:ping)?\s+you\s+back\s+(?:on(?:to)?|in(?:to)?|up)\b`,
    String.raw`\b(?:switch|turn)\w*\s+(?:(?:your|our|the|those|these)\s+)?(?:[\w-]+\s+){0,2}?${MARKETING}\s+back\s+on\b`,
    String.raw`\b(?:switch|turn)\w*\s+(?:them|it)\s+back\s+on\b`,
    String.raw`\bhear(?:ing)?\s+(?:from\s+us|about\s+(?:them|these|those|it|our\b[^.?!]{0,30}?)|our\s+news)\b[^.?!]{0,30}?\bagain\b`,
    String.raw`\b(?:receiv|get|gett|start\s+(?:receiv|gett|send))\w*\s+(?:(?:our|the|your|any|some)\s+)?(?:[\w-]+\s+){0,2}?${MARKETING}\b[^.?!]{0,30}?\bagain\b`,
    String.raw`\bchanged?\s+your\s+mind\b[^.?!]{0,60}?\b(?:hear\w*|${MARKETING}|list|back)\b`,
  ].join("|"),
  "i",
);
/** Asked now: a call to act, or a wish asked about. */
const ASKED_NOW =
  /\b(?:just\s+)?(?:reply|respond|text\s+back|click|tap|tick|let\s+(?:me|us)\s+know|say\s+the\s+word|drop\s+(?:me|us)\s+a\s+line)\b|\b(?:would|do|shall|could|can|may)\s+(?:you|we|i)\b|\bfancy\b|\bif\s+you(?:['\u2019]d|\s+would)\s+like\b/i;
/** Her right told, with no ask now. */
const INFORMATION = /\b(?:ever|any\s*time|whenever|in\s+(?:the\s+)?future|always)\b/i;
const NEGATED = /\b(?:not|never|no\s+longer|won['\u2019]t|don['\u2019]t|stop\w*|without)\b|n['\u2019]t\b/i;
/** The customer's own question put back before its answer. */
/** Service messages switched back on are no marketing ("shall I turn your delivery texts back on?"). */
const SERVICE = /\b(?:delivery|order|tracking|dispatch|service|account|receipt)\b/i;
const HER_QUESTION =
  /\byou\s+(?:asked|wanted\s+to\s+know|were\s+wondering|wondered)\s+(?:me\s+)?(?:how|whether|if|about|what|when)\b/i;

const MARKETING_WORD = new RegExp(String.raw`\b${MARKETING}\b`, "i");

/** "You asked how to opt back in…": her question, about marketing (within a few words of it). */
function askedAboutMarketing(sentence: string): boolean {
  const q = HER_QUESTION.exec(sentence);
  if (!q) return false;
  const about = sentence.slice(q.index, q.index + q[0].length + 60);
  return RESUMED.test(about) || MARKETING_WORD.test(about);
}

export type ConsentRequest = { start: number; end: number; text: string };

/** The first sentence asking the customer to opt (back) in to marketing, or null. */
export function consentRequestIn(text: string): ConsentRequest | null {
  const quoted = quotedSpans(text);
  const sentences = sentencesOf(text);
  for (const [i, s] of sentences.entries()) {
    const said = text.slice(s.start, s.end);
    const m = RESUMED.exec(said);
    if (!m) continue;
    // Her own question about marketing answered, in this sentence or the one before: only there, so
    // "you asked about the delivery date" does not clear an ask elsewhere in the message.
    const before = sentences[i - 1] ? text.slice(sentences[i - 1]!.start, sentences[i - 1]!.end) : "";
    if (askedAboutMarketing(said) || askedAboutMarketing(before)) continue;
    const at = s.start + m.index;
    if (quoted.some((q) => q.start <= at && at < q.end)) continue;
    if (NEGATED.test(clauseBefore(said, m.index)) || SERVICE.test(m[0])) continue;
    // The ask may be the sentence itself or the next one ("…would you like to hear about them again? Just
    // reply YES and I'll switch your emails back on.").
    const next = sentences[i + 1] ? text.slice(sentences[i + 1]!.start, sentences[i + 1]!.end) : "";
    const question = said.trimEnd().endsWith("?");
    if (!question && INFORMATION.test(said)) continue;
    if (!question && !ASKED_NOW.test(said) && !ASKED_NOW.test(next)) continue;
    return { start: at, end: at + m[0].length, text: m[0] };
  }
  return null;
}
