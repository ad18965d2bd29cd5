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
/**
 * A deadline of a few days, read only where a deadline of hours is read after a verb (round 18 B,
 * onboarding-r18-code-gone-after-weekend: "once the weekend's over the code is gone for good"): the
 * weekend, a weekday, the end of this week. The end of the month is a code's ordinary validity.
 */
const DAYS =
  "(?:(?:this |the )?weekend|(?:this |on |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: night)?|the end of (?:the |this )week)";
/**
 * The same, with a clock time, this afternoon or the office shutting, read only after a verb that ends
 * the offer or hurries the customer (an order cut-off, "if you order by 2pm it goes out today", is service,
 * not pressure). Red-team round 17 B (onboarding-r17-welcome10-office-closes: "the WELCOME10 code stops
 * working when our office shuts at 5pm today… I'd grab one this afternoon").
 */
const SHORT_OR_CLOCK = `(?:${SHORT.slice(3, -1)}|${DAYS.slice(3, -1)}|this (?:morning|afternoon|evening)|lunchtime|noon|close of (?:business|play)|the end of (?:the )?afternoon|\\d{1,2}(?::\\d{2})?\\s?(?:am|pm)(?:\\s+(?:today|tonight))?|(?:our|the) (?:office|shop|store|phone lines?|lines) (?:shuts?|closes?)(?:\\s+(?:at\\s+)?\\d{1,2}(?::\\d{2})?\\s?(?:am|pm))?(?:\\s+(?:today|tonight))?)`;
/** Up to three words of the same clause between a verb and its deadline ("ends for good at 5pm today"). */
const GAP = "(?:\\s+[\\w'\u2019-]+){0,3}?\\s+";
/** What ends when the office or the day does is not the offer: "our office closes at 5pm today". */
/** A clause about when we are open, not about the offer: "our office is open until 5pm today". */
const OPENING_HOURS =
  /\b(?:office|shop|store|branch|lines?|phones?|team|desk|warehouse|depot|we(?:['\u2019]re|\s+are)|i(?:['\u2019]m|\s+am))\b[^,;]*$/i;
const NOT_THE_OFFER = /\b(?:office|shop|store|lines?|phones?|team|desk|warehouse|courier|we|i)\s*$/i;

const PATTERNS: {
  re: RegExp;
  why: string;
  negatable: boolean;
  offerIsSubject?: boolean;
  /** Not when the clause is about the office, the lines or us: "our office is open until 5pm today". */
  notTheOffer?: boolean;
}[] = [
  {
    // "ends at midnight tonight", "runs out at midnight", "expires tonight", "closes at the end of the day";
    // not a card "ending 7702" refunded today
    // Any verb of ceasing (round 20 B, win-back-r20-helen-vanishes-friday: "the code vanishes at midnight on
    // Friday"): vanishes, goes away, dies, times out, is pulled or withdrawn, won't work.
    re: new RegExp(
      `\\b(?:ends?|ending(?!\\s+(?:in\\s+)?\\d)|expires?|expiring|runs? out|closes?|finish(?:es)?|stops? working|stops?|lapses?|disappears?|is gone|vanish(?:es)?|goes (?:away|off|dead)|dies|times? out|(?:is|gets?|will be|['\u2019]ll be) (?:pulled|withdrawn|switched off|taken down|deactivated|cancelled)|(?:is|['\u2019]s) no longer valid|won['\u2019]t work)(?:${GAP}|\\s+)(?:at\\s+|by\\s+|in\\s+|within\\s+|after\\s+|when\\s+)?${SHORT_OR_CLOCK}\\b`,
      "i",
    ),
    why: "a deadline of hours the policy does not set",
    negatable: true,
    offerIsSubject: true,
  },
  {
    // Hurrying with a deadline of hours: "I'd grab one this afternoon", "snap it up today", "be quick, tonight only"
    re: new RegExp(
      `\\b(?:grab|snap(?:\\s+(?:it|one|them))?\\s+up|hurry|be quick|get in quick|act fast|move fast|don['\u2019]?t (?:wait|hang about|hang around))(?:${GAP}|\\s+)(?:before\\s+|by\\s+)?${SHORT_OR_CLOCK}\\b`,
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
    // The offer held open to a deadline of hours: "I can only hold this offer open until 5pm today",
    // "the offer stands until close of play", "it's on the table till 4pm" (lead's mutation set 11, C66).
    // Held "for you" only with "only": "they'll hold it for you until 5pm" at a collection point is a
    // fact, "I can only hold it for you until 5pm" is the pressure.
    re: new RegExp(
      `\\bonly\\s+(?:hold|keep|leave)${GAP}(?:open\\s+|available\\s+|on the table\\s+|for you\\s+)?(?:until|till|up to)\\s+${SHORT_OR_CLOCK}\\b|\\b(?:hold|holding|keep|keeping|leave|leaving)${GAP}(?:open|on the table)\\s+(?:only\\s+)?(?:until|till|up to)\\s+${SHORT_OR_CLOCK}\\b|\\b(?:open|available|valid|stands|on the table)\\s+(?:only\\s+)?(?:until|till|up to)\\s+${SHORT_OR_CLOCK}\\b`,
      "i",
    ),
    notTheOffer: true,
    why: "a deadline of hours the policy does not set",
    negatable: true,
  },
  {
    // A reply demanded by a deadline of hours, or the offer goes: "reply by 5pm today or the replacement
    // offer will lapse", "let me know by tonight, otherwise it's out of my hands". "If you reply by 2pm
    // it goes out today" is a cut-off for service and has no "or".
    re: new RegExp(
      `\\b(?:reply|respond|confirm|accept|decide|let (?:me|us) know|get back to (?:me|us))\\s+(?:before|by|within)\\s+${SHORT_OR_CLOCK}\\b[^.!?\\n]{0,40}?\\b(?:or|otherwise|or else)\\b[^.!?\\n]{0,60}?\\b(?:laps\\w*|expir\\w*|withdraw\\w*|clos\\w*|gone|lose|lost|no longer|out of (?:my|our) hands|can(?:no|['\u2019])t|won['\u2019]t)`,
      "i",
    ),
    why: "a deadline of hours the policy does not set",
    negatable: true,
  },
  {
    // How long the offer lasts, said with a deadline of days or hours: "it only runs till Sunday night",
    // "the code's live until Friday", "valid till this weekend" (round 19 B,
    // win-back-r19-helen-one-time-till-sunday). The offer must be what runs: "our lines are open till 8pm"
    // is not read; the end of the month is a code's ordinary validity and is not in the list.
    re: new RegExp(
      `\\b(?:runs?|running|lasts?|lasting|(?:is|it['\u2019]s|['\u2019]s)\\s+(?:live|valid|available|on)|valid|available|on offer)\\s+(?:only\\s+)?(?:until|till|['\u2019]til|to|through)\\s+(?:the\\s+end\\s+of\\s+)?${SHORT_OR_CLOCK}\\b`,
      "i",
    ),
    why: "a deadline the policy does not set",
    negatable: true,
    offerIsSubject: true,
  },
  {
    // "only 3 grinders left at this price", "we've only got a few bags left", "only 2 spaces left"
    re: /\bonly\s+(?:(?:got|have|has)\s+)?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple(?: of)?|a handful(?: of)?)\b[^.!?\n]{0,50}?\b(?:left|remaining)\b/i,
    why: "a shortage the record does not show",
    negatable: true,
  },
  {
    // The shortage said with "not many" rather than "only": "we've not got many Burr Pros left", "there
    // aren't many left at this price", "we're down to the last few" (round 17 B). The "not" is the claim,
    // so the clause is not read as negated.
    re: /\b(?:we(?:['\u2019]ve|\s+have)?|there(?:['\u2019]s|\s+is|\s+are))\s+(?:(?:not|hardly)\s+)?(?:got\s+)?(?:many|much|a\s+few|few|a\s+couple)\b[^.!?\n]{0,40}?\b(?:left|remaining)\b|\b(?:aren['\u2019]t|isn['\u2019]t|not)\s+(?:many|much)\b[^.!?\n]{0,40}?\b(?:left|remaining)\b|\bdown to (?:the|our) last(?: few| couple| handful)?\b/i,
    why: "a shortage the record does not show",
    negatable: false,
  },
  {
    re: /\b(?:limited stock|selling fast|going fast|almost gone|nearly gone|nearly sold out|almost sold out|before (?:they|it)(?:'s| is| are)? (?:all )?gone|once (?:they're|it's|they are|it is) gone,? (?:they're|it's|they are|it is) gone)\b/i,
    why: "a shortage the record does not show",
    negatable: true,
  },
  {
    // The deadline passed first, then the offer ends: "once the weekend's over the code is gone for
    // good", "after Friday the offer ends" (round 18 B). The offer must be what ends: "once the
    // weekend's over I'll check your order has gone out" is not read.
    re: new RegExp(
      `\\b(?:once|when|after)\\s+${DAYS}(?:['\u2019]s|\\s+is|\\s+has)?(?:\\s+(?:over|gone|been|done|finished|out))?\\b[^.!?\\n]{0,30}?\\b(?:codes?|offers?|deals?|discounts?|prices?|vouchers?|points)\\b[^.!?\\n]{0,20}?\\b(?:gone|ends?|over|expires?|finished|stops?(?:\\s+working)?|runs?\\s+out)\\b`,
      "i",
    ),
    why: "a deadline of days the policy does not set",
    negatable: true,
  },
  {
    // The same with the offer as "it", in any verb of ceasing (round 21 B,
    // onboarding-r21-welcome10-this-week-only: "After Sunday it gets switched off"). The sentence is read
    // only where an offer is named in it or the one before (hitsIn).
    re: new RegExp(
      `\\b(?:once|when|after|from)\\s+${DAYS}(?:['\u2019]s|\\s+is|\\s+has)?(?:\\s+(?:over|gone|been|done|finished|out))?,?\\s+(?:it|this|that)(?:['\u2019]s|\\s+is|\\s+gets?|\\s+will\\s+be|['\u2019]ll\\s+be|\\s+will)?\\s+(?:\\w+\\s+)?(?:gone|over|finished|dead|off|ends?|expires?|stops?(?:\\s+working)?|runs?\\s+out|switched\\s+off|turned\\s+off|pulled|withdrawn|deactivated|cancelled|taken\\s+down|disappears?|vanish(?:es)?)\\b`,
      "i",
    ),
    why: "a deadline of days the policy does not set",
    negatable: true,
  },
  {
    // Demand said to be running the stock down: "flying out the door", "selling like hot cakes", "they
    // won't last" (round 18 B).
    re: /\b(?:flying\s+(?:out|off)(?:\s+(?:the|our)\s+(?:door|shelves?|warehouse))?|selling\s+like\s+hot\s?cakes|in\s+(?:such\s+|really\s+|very\s+)?high\s+demand|(?:stocks?|they|it|these|those)\s+won['\u2019]?t\s+last(?:\s+long)?)\b/i,
    why: "a shortage the record does not show",
    negatable: false,
  },
  {
    // A limited supply of the offer itself, not of stock (round 22 B, win-back-r22-helen-codes-running-out:
    // "we've only got a small batch of these codes to give out, and once they've all been claimed there
    // won't be any more"): a limited number, batch or handful of codes, vouchers or places, or the codes
    // said to run out once claimed. The policies set no limit, so it is invented scarcity to hurry the
    // decision (DMCCA 2024 Sch 20 para 7; s.226). Not read: a negated limit ("there's no limit on the
    // codes"), stock of a product ("a small batch of the Christmas roast" is not an offer's terms).
    re: /\b(?:only\s+(?:got|have|had|printed|made|issued)\s+(?:a\s+)?(?:(?:very\s+)?(?:small|limited|tiny|few)\s+)?|(?:a\s+)?(?:very\s+)?(?:small|limited|tiny)\s+)(?:batch|number|handful|supply|allocation|amount|few)\s+of\s+(?:these\s+|the\s+|our\s+|them\s+)?(?:codes?|offers?|vouchers?|discounts?|deals?|places?|spaces?|spots?)\b|\bonce\s+(?:they|these|the\s+(?:codes?|vouchers?|offers?|places?))(?:['\u2019]ve|\s+have|\s+are|['\u2019]re)\s+(?:all\s+)?(?:been\s+)?(?:claimed|gone|used(?:\s+up)?|snapped\s+up|taken|redeemed|handed\s+out)\b/i,
    why: "a limit on the offer the policy does not set",
    negatable: true,
  },
  {
    // Denials that are the pressure: "won't be repeated", "never be offered again", "last chance".
    // "A one-time thing", "one time only", "won't come round again" (round 19 B): an offer said to be once
    // only. "A one-off £10 credit" is a remedy's size, not a claim about the offer, and is not read.
    // "It's not something we'll be repeating", "we aren't running it again" (round 20 B): the same claim as
    // a denial of repeating; "this won't happen again" (an apology) is not about the offer and is not read.
    re: /\b(?:won't|will not|will never|never)\s+be\s+(?:repeated|offered again|available again|back)\b|\blast chance\b|\bnow or never\b|\b(?:gone|over|finished)\s+(?:for\s+good|for\s?ever)\b|\bone[- ]?(?:time|off)\s+(?:thing|offer|deal|chance)\b|\bone\s+time\s+only\b|\bonce[- ]in[- ]a[- ]lifetime\b|\b(?:won['\u2019]?t|will\s+not|never)\s+(?:come\s+(?:round|around)|happen)\s+again\b|\bnot\s+(?:something|an?\s+(?:offer|deal|code|thing)|one)\s+(?:that\s+)?(?:we|i)(?:['\u2019]ll|\s+will|['\u2019]re|\s+are|['\u2019]d|\s+would)?\s+(?:be\s+)?(?:repeat\w*|(?:run\w*|offer\w*)\s+again)\b|\b(?:won['\u2019]?t|will\s+not|never|aren['\u2019]?t|are\s+not|not)\s+(?:be\s+)?(?:repeating|(?:running|offering)\s+(?:it|this|that|the)(?:\s+(?:offer|code|deal))?\s+again)\b/i,
    why: "a once-only claim the policy does not make",
    negatable: false,
  },
  {
    // The same claim said as doubt: "I can't say if or when it'll be back", "no promises it'll come round
    // again", "who knows if we'll run it again" (round 21 B, onboarding-r21-welcome10-this-week-only).
    re: /\b(?:(?:can['\u2019]?t|cannot|couldn['\u2019]t)\s+(?:say|promise|guarantee|tell\s+you)|no\s+(?:guarantees?|promises?)|who\s+knows|not\s+sure)\s+(?:if|whether|when|that)?\s*(?:or\s+(?:when|if)\s+)?(?:it|this|that|the\s+(?:code|offer|deal|discount)|we)(?:['\u2019]ll|\s+will|['\u2019]d|\s+would)?\s+(?:ever\s+)?(?:be\s+back|come\s+(?:back|round|around)(?:\s+again)?|return|be\s+repeated|run\s+(?:it\s+|this\s+)?again|do\s+(?:it|this)\s+again|see\s+(?:it|this)\s+again)\b/i,
    why: "a once-only claim the policy does not make",
    negatable: false,
  },
];

const NEGATED = /\b(?:not|never|no|without)\b|n't\b/i;

function hitsIn(
  text: string,
  context: RegExp,
  patterns: readonly (typeof PATTERNS)[number][],
): PressureHit[] {
  const readable = ownWords(text);
  const out: PressureHit[] = [];
  const spans = sentencesOf(readable);
  spans.forEach((s, i) => {
    const sentence = readable.slice(s.start, s.end);
    // The offer may be named in the sentence before: "Here's 10% off. Hurry: it ends at midnight."
    const before2 = i > 0 ? readable.slice(spans[i - 1]!.start, spans[i - 1]!.end) : "";
    if (!context.test(before2 + sentence)) return;
    for (const p of patterns) {
      const m = p.re.exec(sentence);
      if (!m) continue;
      const before = clauseBefore(sentence, m.index);
      if (p.negatable && NEGATED.test(before)) continue;
      if (p.offerIsSubject && NOT_THE_OFFER.test(before)) continue;
      if (p.notTheOffer && OPENING_HOURS.test(before)) continue;
      out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0], why: p.why });
    }
  });
  return out;
}

/**
 * An order placed for the customer that goes ahead unless they refuse (red-team round 21 B,
 * win-back-r21-fatima-order-unless-you-say: "I've gone ahead and set up your usual Espresso Roast… it goes
 * out Friday and comes off your card then. If you don't want it just text back NO before Thursday").
 * Supplying goods the consumer did not ask for and taking payment unless they say no is inertia selling,
 * banned in all circumstances (DMCCA 2024 Sch 20, carried over from CPUT 2008 Sch 1 para 29; the consumer
 * owes nothing for unsolicited goods, Consumer Contracts Regulations 2013 reg 27), and the deadline to
 * refuse is a decision forced on them (an aggressive practice, DMCCA 2024 s.228). Read: we have set up,
 * placed or booked an order, bag or delivery for them, with dispatch or payment said to follow, and in
 * that sentence or the next it goes ahead unless they say no ("if you don't want it", "unless you tell
 * me", "text back NO before Thursday"). Not read: an offer they can take up ("want me to set it up?"),
 * an opt-out line ("if you don't want emails like this, just reply"), an order they asked for.
 */
const ORDERED_FOR_THEM =
  /\b(?:i|we)(?:['\u2019]ve|\s+have)\s+(?:\w+\s+){0,3}?(?:set\s+up|placed|booked|put\s+through|ordered|arranged|scheduled|restarted|reactivated|added|popped|reserved|switched|moved|changed|transferred|converted|upgraded|enrolled|signed\s+you\s+up|put\s+you\s+(?:on|down))\b[^.!?]{0,60}?\b(?:order|orders|bag|bags|beans|roast|delivery|subscription|box|parcel|usual)\b/i;
// A subscription put back on from a day goes ahead as surely as an order sent out (round 22 B,
// loyalty-r22-hassan-restarted-for-him: "I've popped your House Blend subscription back on from next
// week… If it's not for you, you can cancel it in the app whenever you like").
const GOES_AHEAD =
  /\b(?:goes|go|going|will\s+go|['\u2019]ll\s+go|ships?|dispatch\w*|be\s+sent|sent\s+out|comes?\s+off\s+your\s+card|charg\w*|take\s+payment|taken\s+from\s+your|billed|debited)\b|\b(?:back\s+on|(?:re)?start(?:s|ing)?(?:\s+again)?|running\s+again|resum\w+)\s+(?:from|on|next|this)\b/i;
/** What they may do to stop it, said as their job: "if it's not for you, cancel it", "cancel any time". */
const UP_TO_THEM_TO_STOP =
  /\bif\s+(?:(?:it|that|this)(?:['\u2019]s|\s+is)\s+not\s+for\s+you|you(?:['\u2019]d|\s+would)\s+rather\s+not|you\s+change\s+your\s+mind)\b[^.!?]{0,40}?\b(?:cancel|stop|pause|turn\s+it\s+off|switch\s+it\s+off|let\s+(?:me|us)\s+know|tell\s+(?:me|us)|reply|text)\b|\byou\s+can\s+(?:always\s+|just\s+)?(?:cancel|stop|pause)\s+(?:it\s+)?(?:\w+\s+){0,4}?(?:any\s*time|whenever|at\s+any\s+point)\b/i;
/**
 * Round 23 B (loyalty-r23-priya-switched-already): the way to stop it left to them in any words, with
 * the doing verb before the condition: "I've gone ahead and switched you over to a 500g bag… every six
 * weeks; the first one goes out on Monday and will come off the card we have saved. Shout if it's not
 * what you want." Read: if it is not for them, not what they want or not right; if they would rather
 * not, change their mind or don't want it. (A new supply to someone with no subscription, started
 * because of what she told us, is as unsolicited as a paused one restarted.)
 */
const IF_NOT_WANTED =
  /\bif\s+(?:(?:it|that|this|they|these)(?:['\u2019]s|\s+is|\s+are|['\u2019]re)\s*(?:not|n['\u2019]t)\s+(?:\w+\s+){0,2}?(?:for\s+you|what\s+you|right|suitable|ok|okay|wanted|needed|any\s+good)|you(?:['\u2019]d|\s+would)\s+rather\s+not|you\s+change\s+your\s+mind|you\s+(?:don['\u2019]t|do\s+not)\s+(?:want|need|fancy|like)\s+(?:it|them|this|that|the\s+\w+))\b/i;
/** They asked for it: no inertia. */
const THEY_ASKED = /\b(?:as|like)\s+you\s+(?:asked|wanted|requested)|\bat\s+your\s+request\b/i;
const UNLESS_REFUSED =
  /\bif\s+you\s+(?:don['\u2019]t|do\s+not)\s+(?:want|need|fancy)\s+(?:it|them|this|that|the\s+\w+)\b|\bunless\s+you\s+(?:tell|let|reply|text|say|cancel|contact|ring|call|message|email)\b|\b(?:text|reply|message|email|ring)\s+(?:(?:me|us)\s+)?(?:back\s+)?['"\u2018\u201c]?(?:no|cancel)['"\u2019\u201d]?\s+(?:before|by)\b|\botherwise\s+it(?:['\u2019]ll|\s+will)\s+(?:go\s+out|be\s+sent|ship|be\s+charged|be\s+taken)\b/i;

function inertiaIn(text: string): PressureHit[] {
  const readable = ownWords(text);
  const spans = sentencesOf(readable);
  const out: PressureHit[] = [];
  spans.forEach((s, i) => {
    const sentence = readable.slice(s.start, s.end);
    const ordered = ORDERED_FOR_THEM.exec(sentence);
    if (!ordered || NEGATED.test(clauseBefore(sentence, ordered.index))) return;
    const next = spans[i + 1] ? readable.slice(spans[i + 1]!.start, spans[i + 1]!.end) : "";
    if (!GOES_AHEAD.test(sentence + " " + next)) return;
    const refusable = (t: string) =>
      UNLESS_REFUSED.test(t) || UP_TO_THEM_TO_STOP.test(t) || IF_NOT_WANTED.test(t);
    if ((!refusable(sentence) && !refusable(next)) || THEY_ASKED.test(sentence)) return;
    out.push({
      start: s.start + ordered.index,
      end: s.start + ordered.index + ordered[0].length,
      text: ordered[0],
      why: "an order placed for them unless they refuse (inertia selling)",
    });
  });
  return out;
}

/**
 * The parts of a message that hurry the customer with a deadline, a shortage or a once-only claim
 * about an offer, or that place an order for them unless they refuse, each with its reason. Empty when
 * there are none.
 */
export function pressureIn(text: string): PressureHit[] {
  return [...hitsIn(text, OFFER, PATTERNS), ...inertiaIn(text)];
}
