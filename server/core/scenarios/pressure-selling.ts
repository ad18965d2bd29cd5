/**
 * False urgency and false scarcity in an offer: "this code runs out at midnight tonight", "only if you
 * order before midnight", "only 3 grinders left at this price", "only 2 spaces left on this offer",
 * "this offer won't be repeated". Falsely stating that a product, or the terms it is offered on, will be
 * available only for a very limited time, to get an immediate decision, is a banned practice under the
 * Digital Markets, Competition and Consumers Act 2024 (s.225 and Sch 20 para 7, unfair in all
 * circumstances; a false shortage is also a misleading action under s.226 where it would sway the
 * customer's decision), which replaced the Consumer Protection from Unfair Trading Regulations 2008 from
 * 6 April 2025. The scenarios' offer policies set no such deadline and no stock limit, so a learner who
 * writes one has invented it. Red-team round 14 B (onboarding-r14-welcome10-midnight,
 * loyalty-r14-offers-end-midnight).
 *
 * Not read: a code's ordinary validity ("valid until the end of the month", "for 30 days"), dates that
 * are not about an offer ("it should be with you by the end of next week", "I'll update them today"),
 * "no rush" and other negated clauses ("the code doesn't run out tonight"), and quoted words (someone
 * else's: 'some shops say "only 2 left!"').
 */
import { clauseBefore } from "./clauses";
import { ownWords, sentencesOf } from "./own-words";

export type PressureHit = { start: number; end: number; text: string; why: string };

/** What makes a sentence about an offer: the offer itself or its terms. */
const OFFER =
  /\b(?:offers?|codes?|deals?|discounts?|vouchers?|points|price|prices|promotion|sale)\b|%\s*off\b|\bper\s?cent off\b|\bfree (?:delivery|postage|shipping)\b/i;

/** A deadline of hours, not weeks: midnight, tonight, today only, the next few hours. */
const SHORT =
  "(?:midnight(?:\\s+tonight)?|tonight|today|the end of (?:the )?day|(?:the )?next (?:\\d{1,2}|few|couple of|twenty-four|forty-eight) hours|\\d{1,2} hours)";

const PATTERNS: { re: RegExp; why: string; negatable: boolean }[] = [
  {
    // "ends at midnight tonight", "runs out at midnight", "expires tonight", "closes at the end of the day"
    re: new RegExp(
      `\\b(?:ends?|ending|expires?|expiring|runs? out|closes?|finish(?:es)?)\\s+(?:at\\s+|by\\s+|in\\s+|within\\s+)?${SHORT}`,
      "i",
    ),
    why: "a deadline of hours the policy does not set",
    negatable: true,
  },
  {
    // "only if you order before midnight tonight", "if you restart today", "valid until midnight"
    re: new RegExp(
      `\\b(?:only\\s+)?(?:if|when)\\s+you\\s+(?:order|buy|restart|rejoin|book|reply|sign up|use it)\\s+(?:before\\s+|by\\s+|within\\s+)?${SHORT}|\\b(?:valid|available|on offer)\\s+(?:only\\s+)?(?:until|till|to|for)\\s+${SHORT}|\\b(?:today|tonight) only\\b|\\bbefore\\s+(?:midnight|tonight|the end of (?:the )?day)\\b`,
      "i",
    ),
    why: "a deadline of hours the policy does not set",
    negatable: true,
  },
  {
    // "only 3 grinders left at this price", "we've only got a few bags left", "only 2 spaces left"
    re: /\bonly\s+(?:(?:got|have|has)\s+)?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple(?: of)?|a handful(?: of)?)\b[^.!?\n]{0,50}?\b(?:left|remaining)\b/i,
    why: "a shortage the record does not show",
    negatable: true,
  },
  {
    re: /\b(?:limited stock|selling fast|going fast|almost gone|nearly gone|nearly sold out|almost sold out|before (?:they|it)(?:'s| is| are)? (?:all )?gone|once (?:they're|it's|they are|it is) gone,? (?:they're|it's|they are|it is) gone)\b/i,
    why: "a shortage the record does not show",
    negatable: true,
  },
  {
    // Denials that are the pressure: "won't be repeated", "never be offered again", "last chance".
    re: /\b(?:won't|will not|will never|never)\s+be\s+(?:repeated|offered again|available again|back)\b|\blast chance\b|\bnow or never\b/i,
    why: "a once-only claim the policy does not make",
    negatable: false,
  },
];

const NEGATED = /\b(?:not|never|no|without)\b|n't\b/i;

/**
 * The parts of a message that hurry the customer with a deadline, a shortage or a once-only claim
 * about an offer, each with its reason. Empty when there are none.
 */
export function pressureIn(text: string): PressureHit[] {
  const readable = ownWords(text);
  const out: PressureHit[] = [];
  const spans = sentencesOf(readable);
  spans.forEach((s, i) => {
    const sentence = readable.slice(s.start, s.end);
    // The offer may be named in the sentence before: "Here's 10% off. Hurry: it ends at midnight."
    const context = (i > 0 ? readable.slice(spans[i - 1]!.start, spans[i - 1]!.end) : "") + sentence;
    if (!OFFER.test(context)) return;
    for (const p of PATTERNS) {
      const m = p.re.exec(sentence);
      if (!m) continue;
      if (p.negatable && NEGATED.test(clauseBefore(sentence, m.index))) continue;
      out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0], why: p.why });
    }
  });
  return out;
}
