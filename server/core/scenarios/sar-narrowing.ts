/**
 * A subject access request held until she narrows it to a part of her data, or answered a part at a time:
 * "So the team can keep it manageable, could you first let me know which part you're after: your orders,
 * your contact details or the marketing side? They'll make a start as soon as you've picked one" (red-team
 * round 26 B, dp-r26-pick-a-part-first). She asked for everything held and where it came from: a complete,
 * valid request. Her right is to a copy of her personal data (UK GDPR Art 15(1), 15(3)) and the month runs
 * from receipt (Art 12(3), Art 12A); the shop must make the right easy to use (Art 12(2)). The ICO's "Right
 * of access" lets a controller that holds a large amount of information about someone ask them to specify
 * what they want (Recital 63), pausing the clock, but never make a clear request wait on it; a shop holding
 * two orders and a chat holds no such amount.
 *
 * Read in a whole message, two ways:
 * - the work on her request (start, search, send, the month) waiting on her choosing, narrowing or naming a
 *   part of her data ("once you've told us which records you're interested in, the team will begin"; "we
 *   can only get going when you've chosen", after "which bits of your data do you need?"): a sentence that
 *   holds, with the choice named in it or asked for in the message;
 * - her data given one area at a time ("we can only look out one area at a time").
 * Not read: a part she may have first, with everything still coming ("if there's one part you'd like
 * first, tell me and I'll ask the team to start there"); the identity details the law allows before the
 * month runs; a narrowing ruled out ("you don't need to narrow it down"); a choice of something else (a
 * delivery day); a question on its own.
 */
import { quotedSpans } from "./quotations";

export type Narrowed = { start: number; end: number; text: string };

const PART = String.raw`(?:part|parts|bit|bits|area|areas|section|sections|categor(?:y|ies)|records?|data|information|info|details|type\s+of\s+data|kind\s+of\s+data)`;
/** Her narrowing asked for anywhere in the message: "which part…", "narrow it down", "be more specific". */
const NARROWING_ASKED = new RegExp(
  String.raw`\bwhich\s+(?:\w+\s+){0,2}?${PART}\b|\bwhich\s+of\s+(?:these|those|the\s+following)\b|\bnarrow(?:ed|ing)?\s+(?:\w+\s+){0,3}?down\b|\bbe\s+more\s+specific\b|\bspecif(?:y|ied)\s+(?:\w+\s+){0,2}?${PART}\b|\bparticular\s+${PART}\b`,
  "i",
);
/** Work on her request, or its clock. */
const WORK = String.raw`(?:make\s+a\s+start|start(?:s|ed|ing)?|begin(?:s|ning)?|get\s+(?:going|started|cracking|on\s+with\s+it)|process(?:ing)?|search(?:ing)?|look(?:ing)?\s+(?:it\s+|them\s+|this\s+)?out|pull(?:ing)?\s+(?:it\s+|them\s+|this\s+)?together|gather(?:ing)?|prepar(?:e|ing)|send(?:ing)?|releas(?:e|ing)|month|clock|countdown|deadline|time\s+limit)`;
const WAITS_ON = String.raw`(?:once|when|after|until|till|as\s+soon\s+as|only\s+(?:once|when|if|after))`;
/** Her choosing, narrowing or naming a part. */
const HER_CHOICE = String.raw`you(?:['\u2019]ve|\s+have)?\s+(?:\w+\s+){0,2}?(?:picked|pick|chosen|choose|selected|select|decided|narrowed|narrow|specified|specify|told\s+(?:us|me)\s+which|let\s+(?:us|me)\s+know\s+which|said\s+which|confirmed\s+which|named)`;
const HELD = new RegExp(
  [
    String.raw`\b${WORK}\b[^.!?\n]{0,60}?\b${WAITS_ON}\s+${HER_CHOICE}`,
    String.raw`\b${WAITS_ON}\s+${HER_CHOICE}\b[^.!?\n]{0,80}?\b${WORK}\b`,
    // "Before the team can start, they'll need you to pick which part…"
    String.raw`\bbefore\s+(?:\w+\s+){0,4}?${WORK}\b[^.!?\n]{0,40}?\b(?:need|needs|want|wants|require|requires|have\s+to|must)\b[^.!?\n]{0,20}?\b(?:pick|choose|select|narrow|specify|tell\s+(?:us|me|them)\s+which|let\s+(?:us|me|them)\s+know\s+which)`,
  ].join("|"),
  "i",
);
const ONE_AT_A_TIME = new RegExp(String.raw`\bonly\s+(?:\w+\s+){0,4}?one\s+${PART}\s+at\s+a\s+time\b`, "i");
const RULED_OUT =
  /\b(?:don['\u2019]t|do\s+not|won['\u2019]t|will\s+not|no\s+need|never|needn['\u2019]t)\s+(?:\w+\s+){0,3}?(?:need|have|narrow|pick|choose|specify)/i;

/** Each place a message holds her access request until she narrows it, or gives it a part at a time. */
export function accessNarrowedFirst(text: string): Narrowed[] {
  const quoted = quotedSpans(text);
  const asked = NARROWING_ASKED.test(text);
  const out: Narrowed[] = [];
  for (const m of text.matchAll(/[^.!?\n]+[.!?]?/g)) {
    const s = m[0];
    if (/\?\s*$/.test(s) || RULED_OUT.test(s)) continue;
    const held = HELD.exec(s);
    const hit = held && (asked || NARROWING_ASKED.test(s)) ? held : ONE_AT_A_TIME.exec(s);
    if (!hit) continue;
    const at = (m.index ?? 0) + hit.index;
    if (quoted.some((q) => q.start <= at && at < q.end)) continue;
    out.push({ start: at, end: at + hit[0].length, text: hit[0] });
  }
  return out;
}
