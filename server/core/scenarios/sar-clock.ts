/**
 * The month for a subject access request said to start on our side, later than her request: "You'll
 * get a copy… within one month. The month runs from when our data team picks your request up, which is
 * usually within a couple of weeks" (red-team round 27 B, dp-r27-month-starts-when-picked-up). The time
 * limit runs from the day the request is received (UK GDPR Art 12(3); ICO "Right of access": "you must
 * act on the subject access request without undue delay and at the latest within one month of
 * receipt"), and the only later start the ICO allows is the day the controller receives what it
 * reasonably needs to confirm who she is (Art 12(6)) or a fee it may charge (Art 12(5)). So a month said
 * to run from our team picking the request up, opening, assigning, reviewing, approving or processing
 * it moves her deadline to a day we choose: her "how long?" is answered wrongly (sar-explained partly),
 * as a longer period told is. Nothing is asked of her, so it is not an obstruction (sar-conditions.ts
 * reads the month held until she sends something).
 *
 * Read a sentence at a time: the month, clock, deadline or period said to start, run, begin or count from
 * when, once or after we or a team of ours do something to the request. Not read: the day it was
 * received or asked ("from the day we received it", "from today"); her identity or the details the law
 * allows first ("once you've confirmed who you are"); our process said to happen today or straight away
 * (then it is receipt in all but name); a negated or contrasted start ("not when our team picks it
 * up"); a question; a sentence with no clock.
 */

export type ClockOnOurSide = { start: number; end: number; text: string };

const CLOCK = String.raw`(?:month|clock|countdown|deadline|time\s+limit|period|(?:30|thirty|28|twenty-eight)\s+days)`;
const STARTS = String.raw`(?:starts?|started|begins?|runs?|counts?|is\s+counted|kicks?\s+in|starts?\s+ticking)`;
const FROM = String.raw`(?:from\s+when|from\s+the\s+(?:day|date|point|moment|time)|from\s+the\s+day\s+that|once|when|after|as\s+soon\s+as)`;
/** We, a team or a person of ours, as the one acting. */
const US = String.raw`(?:we|we['\u2019]ve|we\s+have|our\s+(?:[a-z-]+\s+){0,2}(?:team|lead|officer|department|staff|colleagues?|people|dpo|handler|adviser|advisor)|the\s+(?:[a-z-]+\s+){0,2}(?:team|lead|officer|department|dpo)|someone|a\s+(?:handler|case\s+handler|colleague|member\s+of\s+(?:the\s+)?team))`;
/** What we do to the request after it arrives (receiving and logging it are its receipt: not here). */
const OUR_PROCESS = String.raw`(?:picks?\s+(?:it|this|them|your\s+(?:request|case)|the\s+request)\s+up|picked\s+(?:it|this|your\s+(?:request|case)|the\s+request)\s+up|picks?\s+up|picked\s+up|assigns?|assigned|allocates?|allocated|opens?|opened|reviews?|reviewed|approves?|approved|accepts?|accepted|validates?|validated|process(?:es|ed)?|actions?|actioned|gets?\s+(?:round\s+)?to\s+(?:it|this|your\s+request)|got\s+(?:round\s+)?to\s+(?:it|this|your\s+request)|starts?\s+work(?:ing)?|started\s+work(?:ing)?|begins?\s+work(?:ing)?|looks?\s+(?:at|into)|looked\s+(?:at|into)|takes?\s+(?:it|this|your\s+request)\s+on|took\s+(?:it|this|your\s+request)\s+on|handles?|handled|is\s+(?:assigned|allocated|reviewed|approved|processed|picked\s+up|opened|actioned)|has\s+been\s+(?:assigned|allocated|reviewed|approved|processed|picked\s+up|opened|actioned)|gets?\s+(?:assigned|allocated|reviewed|approved|processed|picked\s+up|actioned))`;
const ON_OUR_SIDE = new RegExp(
  String.raw`\b${CLOCK}\b[^.!?\n]{0,30}?\b${STARTS}\b[^.!?\n]{0,12}?\b${FROM}\b[^.!?\n]{0,40}?(?:\b${US}\b[^.!?\n]{0,30}?\b${OUR_PROCESS}\b|\b(?:your|the)\s+request\s+(?:is|has\s+been|gets?)\s+(?:assigned|allocated|reviewed|approved|processed|picked\s+up|opened|actioned|accepted|validated)\b)`,
  "i",
);
/** Receipt in all but name, or what the law lets the month wait on. */
const EXCUSED =
  /\b(?:today|this\s+morning|this\s+afternoon|right\s+away|straight\s+away|immediately|at\s+once|identity|who\s+you\s+are|verif(?:y|ied|ication)|proof\s+of|your\s+id\b|fee)\b/i;
const NOT_BEFORE =
  /\b(?:not|never|doesn['\u2019]t|does\s+not|isn['\u2019]t|is\s+not|rather\s+than|instead\s+of)\b/i;

/** Each sentence that says the month starts when we act on her request, with the words. */
export function clockStartsOnOurSide(text: string): ClockOnOurSide[] {
  const out: ClockOnOurSide[] = [];
  for (const m of text.matchAll(/[^.!?\n]+[.!?]?/g)) {
    const s = m[0];
    if (/\?\s*$/.test(s)) continue;
    const hit = ON_OUR_SIDE.exec(s);
    if (!hit || EXCUSED.test(hit[0]) || NOT_BEFORE.test(hit[0])) continue;
    const at = (m.index ?? 0) + hit.index;
    out.push({ start: at, end: at + hit[0].length, text: hit[0] });
  }
  return out;
}
