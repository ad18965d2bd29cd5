/**
 * A refund made to wait on a repair attempt: "our engineers will need to have a look at it and try to fix
 * it first, and if they cant fix it we will refund you" (red-team round 20 C, complaint-r20h-engineers-first),
 * "so our repair team can have another go at it, and if it's still not right after that we'll give you a
 * full refund" (returns-r20h-joanne-another-go), "A refund can then be considered once our engineers have
 * had one more go at putting it right" (round 20 D). Round 19 C's honest learners said the same wrong rule
 * ("the engineers look at it again first, and if it still isn't right after that we'll refund you") and
 * the obstruction lists, read a phrase at a time, did not see it.
 *
 * The law: inside 30 days of delivery the customer may reject faulty goods for a refund (Consumer Rights
 * Act 2015 s.20, s.22(3)); a repair is hers to ask for (s.23), not the shop's to put first. After one
 * failed repair she may reject for a refund or take a price reduction (s.24(5), s.24(1)-(2)); the shop has
 * had its chance. Telling her the refund comes only if another repair fails tells her she has less right
 * than she has. Wired only to the customers for whom that is so (the kettle's Priya, Linda, Joanne): for
 * Ravi on day 31 a repair first is the lawful remedy (s.23), so his list does not use this reader.
 *
 * Read a sentence at a time (with the next one when it carries on with "If…", "Then…", "Once…"): a
 * refund word and a repair attempt still to come, tied by one of three links:
 * - the refund conditional on the attempt failing: "…and if they can't fix it / if it's still not right
 *   / if that doesn't work, we'll refund you";
 * - the refund waiting on the attempt: "refund… only once / after / until / when… another go / looked at
 *   it again / the engineers have…";
 * - the attempt before the refund: "one more go at repairing it before a refund", "fix it first, then…";
 *   or before her other remedies named only as "anything else", "other options", "the alternatives" (round 33:
 *   "a second engineer visit before anything else can be looked at"; another visit is another attempt).
 * Not when the attempt is negated or set aside ("no more repairs", "you don't need another repair",
 * "instead of another repair"), offered as her choice ("if you'd rather we repaired it again…"), quoted,
 * or what others say ("some shops will make you…"); not a repair already made ("because our repair didn't
 * fix it you can have a refund", "if the repair hasn't fixed it you're entitled to…": past, not to come).
 */
import { obligationOf } from "./obligations";
import { sentencesOf } from "./own-words";
import { quotedSpans } from "./quotations";

const REFUND =
  /\b(?:refund\w*|money\s+back|(?:your|her|his|the)\s+money\b|reject\w*|price\s+reduction|reduc\w+\s+(?:the\s+)?price)\b/i;
/** A repair attempt still to come. An inspection is not a repair put first; the refund made to wait on
 * our check finding the fault is read by obligations.ts's "inspection" kind (session 37): the shop may look
 * at goods it has taken back, but within six months the fault is presumed (s.19(14)-(15)). */
const ATTEMPT = new RegExp(
  [
    // "another go", "one more go", "a second look", "a further repair", "one more go at repairing it"
    String.raw`\b(?:another|one\s+more|a\s+second|a\s+further|one\s+last)\s+(?:go|look|try|attempt|repair|chance|shot|fix)\b`,
    // "fix it first", "repair it again", "have a go at mending it first"
    String.raw`\b(?:repair\w*|fix\w*|mend\w*|sort\w*|tr(?:y|ied))\b[^.!?,;]{0,25}?\b(?:first|again)\b`,
    // "look at it again" (after a repair, another look is another attempt)
    String.raw`\blook\w*\s+at\b[^.!?,;]{0,20}?\bagain\b`,
    // "try to fix / repair / sort it"
    String.raw`\btry(?:ing)?\s+(?:to\s+|and\s+)?(?:fix|repair|mend|sort|put\s+it\s+right)\b`,
    // "our engineers / the repair team will have a go at it / fix it"
    // …or give it a going-over (red-team round 23 C, repeat-fault-r23h-one-more-look: "our workshop will give
    // it a proper going over this time, and if they can't get it sorted we'll sort you out with a refund")
    String.raw`\b(?:engineers?|technicians?|repair\s+(?:team|centre|center|department)|workshop|service\s+cent(?:re|er))\b[^.!?;]{0,40}?\b(?:fix\w*|repair\w*|mend\w*|sort\s+it|put(?:ting)?\s+it\s+right|(?:a|another)\s+go|go\s+at|try|going[- ]over|once[- ]over|look[- ]over|check[- ]over)\b`,
    // A replacement put first, the refund only if it fails too (round 23 C, complaint-r23h-new-one-first: "we
    // send you a replacement first, and then if that one goes wrong as well we can look at giving you your money
    // back"): inside 30 days the refund is hers now (CRA 2015 s.20, s.22(3)), as after one failed repair (s.24(5)).
    String.raw`\b(?:replacement|new\s+one|swap|exchange)\b[^.!?;]{0,20}?\bfirst\b(?!\s+thing)`,
    // A replacement given a go (session 39, second pass): "Could you give a replacement a go?", "try a new one".
    String.raw`\b(?:give|giving|try|trying)\s+(?:a|the)\s+(?:replacement|new\s+one|new\s+\w+|swap)\s+(?:a\s+)?(?:go|try|whirl|chance)\b|\b(?:swap|exchange)\w*\s+(?:it|the\s+\w+)\s+for\s+a\s+new\s+\w+`,
    // An engineer sent out first (session 39): "Let's get an engineer out to you first", "book a technician visit".
    String.raw`\b(?:get|send|have|book|arrange)\s+(?:an?\s+|our\s+|one\s+of\s+our\s+)?(?:engineer|technician|repair\s*(?:man|person)|someone)s?\s+(?:out|round|over|in\b|to\s+(?:you|look|have))|\b(?:engineer|technician)\s+(?:visit|call-?out)\b`,
    // Another visit or call-out to come (round 33, repeat-fault-r33-maker-wants-another-look: "the manufacturer's
    // process is a second engineer visit before anything else can be looked at"): "another engineer", "a
    // second technician visit", "one more call-out". After one failed repair the visit is another attempt.
    String.raw`\b(?:another|one\s+more|a\s+second|a\s+further|the\s+second|that\s+second|a\s+return)\s+(?:engineer|technician|repair\s*(?:man|person|visit|attempt|job)|service\s+visit|call-?out|home\s+visit|visit)s?\b`,
    // "if they / we can't fix it"
    String.raw`\b(?:they|we|engineers?|technicians?)\s+(?:can['\u2019]?t|cannot|can\s+not|couldn['\u2019]?t|aren['\u2019]?t\s+able\s+to|are\s+unable\s+to|won['\u2019]?t\s+be\s+able\s+to)\s+(?:\w+\s+){0,2}?(?:fix\w*|repair\w*|mend\w*|sort\w*|put\s+it\s+right|get\s+it\s+working)\b`,
  ].join("|"),
  "i",
);
/** The refund if the attempt fails: "if they cant fix it", "if it's still not right", "if that doesn't work",
 * "should that not do the trick". */
const IF_FAILS =
  /\b(?:if|should)\b[^.!?;]{0,50}?\b(?:can['\u2019]?t|cannot|can\s+not|couldn['\u2019]?t|won['\u2019]?t|doesn['\u2019]?t|does\s+not|isn['\u2019]?t|is\s+not|unable\s+to|not|still|fails?|no\s+good|no\s+joy|no\s+luck)\b[^.!?;]{0,40}?\b(?:fix\w*|repair\w*|sort\w*|right|work\w*|mend\w*|better|luck|joy|good|trick|going|solv\w*)\b|\b(?:if|should)\b[^.!?;]{0,30}?\b(?:same\s+(?:story|thing|again|problem)|happens\s+again|does\s+the\s+same|no\s+better)\b|\b(?:if|should)\b[^.!?;]{0,40}?\b(?:goes|go|went)\s+wrong\b|\b(?:if|should)\b[^.!?;]{0,40}?\b(?:breaks|packs\s+up|fails|stops\s+working)\b/i;
/**
 * Our policy giving the engineers more goes at a fault than the one the customer has had (red-team round 23 A,
 * returns-r23-two-goes-policy: "Under our returns policy the engineers get two goes at any fault, and yours has
 * only been in the once"): after one failed repair the final right to reject is hers (CRA 2015 s.24(5)); a
 * policy that takes it away is not binding (s.31(1)-(2)). Not what other shops' policies say.
 */
const MORE_GOES_BY_POLICY =
  /\b(?:policy|rules?|the\s+way\s+it\s+works|how\s+it\s+works)\b[^.!?]{0,60}?\b(?:get|gets|have|has|allows?|gives?)\s+(?:\w+\s+){0,2}?(?:two|2|three|3|a\s+second|another)\s+(?:goes|go|attempts?|tries|chances|repairs?|shots)\b/i;
/**
 * The refund ranked last (session 39): "A refund is the last resort for us; we'd want to swap or fix it before
 * we got to that". Inside 30 days (CRA 2015 s.20, s.22(3)) or after one failed repair (s.24(5)) the refund is
 * hers to choose now; a repair or replacement is not the shop's to put before it (s.23 is her choice). Not
 * "a refund isn't a last resort".
 */
const REFUND_LAST =
  /\bfirst\b[^.!?;]{0,40}?\b(?:refund\w*|money\s+back)\s+(?:comes?\s+)?(?:second|last|after(?:wards)?|later)\b|\b(?:refund\w*|money\s+back)\b[^.!?;]{0,25}?\b(?:is|are|['\u2019]s|as|comes?|being)\s+(?:(?:only|always|very\s+much|really|strictly)\s+)?(?:the|a|our)\s+(?:very\s+)?(?:last|final)\s+(?:resort|option|step|port\s+of\s+call)\b|\b(?:last|final)\s+resort\b[^.!?;]{0,30}?\b(?:refund\w*|money\s+back)\b/i;
/**
 * The refund kept back while another remedy is tried (session 39, second pass): "the refund stays in reserve if
 * that doesn't solve it", "we'll keep the refund on hold in case the new one fails". Read only beside a repair,
 * replacement or swap: a refund held until the goods are collected is lawful (CRA 2015 s.20(7)(b)).
 */
const REFUND_RESERVE =
  /\b(?:refund\w*|money\s+back)\b[^.!?;]{0,20}?\b(?:stays?|kept|keep|held|hold|is|sits?)\s+(?:in\s+reserve|on\s+hold|as\s+(?:a|the|our)\s+(?:fallback|back-?up|plan\s+b))\b|\b(?:keep|kept|put|putting|hold|holding)\s+(?:the|your)\s+(?:refund|money)\s+(?:in\s+reserve|on\s+hold|as\s+(?:a|the|our)\s+(?:fallback|back-?up|plan\s+b))\b/i;
/**
 * The other remedies named only as "everything else" (round 33): "a second engineer visit before anything else
 * can be looked at", "another repair before we can consider other options". Read only with an attempt to come
 * put before it or waited on (the links below), never alone: "anything else I can help with?" is no remedy.
 */
const OTHER_OPTIONS =
  /\b(?:anything\s+else|any\s+other\s+(?:options?|remed\w+|solutions?|routes?)|(?:the\s+)?other\s+(?:options|remed\w+|solutions)|(?:any\s+|the\s+)?alternatives?|any\s+further\s+(?:options?|steps?))\b/i;
const ANOTHER_REMEDY = /\b(?:replac\w*|new\s+(?:one|\w+)|swap\w*|exchang\w*|repair\w*|fix\w*)\b/i;
/** The refund waiting on the attempt ("refund… once our engineers have had one more go"). */
const WAITS_ON = /\b(?:once|after|until|till|unless|when|only\s+(?:if|once|when|after))\b/i;
const BEFORE = /\bbefore\b/i;
const FIRST_THEN = /\bfirst\b[^.!?]{0,80}?\b(?:then|and\s+if|if|after\s+that|only\s+then)\b/i;
const CARRIES_ON = /^\s*(?:if|then|once|after\s+that|only\s+then|and\s+if|so\s+if|but\s+if)\b/i;
/** Set aside just before the attempt: "no more repairs", "you don't need another go", "instead of…". */
const SET_ASIDE =
  /(?:\b(?:no|not|never|without|instead\s+of|rather\s+than|no\s+need\s+(?:for|to)|needn['\u2019]t|don['\u2019]t|do\s+not|won['\u2019]t|will\s+not|shouldn['\u2019]t|won['\u2019]t\s+(?:ask|make)\s+you)\b[^.!?,;]{0,30}|\bno\s+(?:more|further)\s+)$/i;
/** Her choice: a repair she may pick is lawful ("if you'd rather we repaired it again"). */
const CHOICE =
  /\bif\s+you\s*(?:['\u2019]d|would|do|want|prefer|like|choose)\b|\bwould\s+you\s+(?:like|prefer|rather)\b|\b(?:up\s+to\s+you|your\s+choice|you\s+can\s+choose|you\s+choose|you\s+decide|it['\u2019]s\s+your\s+call)\b/i;
/** A repair already made: "because our repair didn't fix it", "if the repair hasn't worked". */
const PAST =
  /\b(?:didn['\u2019]?t|did\s+not|hasn['\u2019]?t|has\s+not|haven['\u2019]?t|have\s+not|wasn['\u2019]?t|failed|already)\b/i;
const REPORTED =
  /\b(?:some|other|many|most)\s+(?:shops|retailers|stores|companies|sellers|traders)\b|\byou\s+(?:may|might)\s+(?:have\s+been|be)\s+told\b|\byour\s+friend\b|\bsome\s+people\b/i;

/** Where an attempt still to come is said in `unit` (not set aside before it), or null. */
function attemptAt(unit: string): { index: number; text: string } | null {
  const re = new RegExp(ATTEMPT.source, "gi");
  for (const m of unit.matchAll(re)) {
    if (SET_ASIDE.test(unit.slice(Math.max(0, m.index! - 45), m.index!))) continue;
    // "I'll sort your refund first": the refund itself, not a repair.
    if (REFUND.test(m[0])) continue;
    return { index: m.index!, text: m[0] };
  }
  return null;
}

/** "anything else" / "other options" after the attempt, tied to it by "before", "until" or "only once / when". */
function otherOptionsAfter(unit: string, attempt: { index: number; text: string }): RegExpExecArray | null {
  const re = new RegExp(OTHER_OPTIONS.source, "gi");
  for (const m of unit.matchAll(re)) {
    if (m.index! <= attempt.index) continue;
    const between = unit.slice(attempt.index + attempt.text.length, m.index!);
    if (/[.!?;]/.test(between)) continue;
    if (/\b(?:before|until|till|only\s+(?:once|when|after|then))\b/i.test(between))
      return m as RegExpExecArray;
  }
  return null;
}

/** The first words in `text` that make a refund wait on a repair attempt, or null. */
export function refundAfterRepair(text: string): { start: number; end: number; text: string } | null {
  const quoted = quotedSpans(text);
  const sentences = sentencesOf(text);
  for (const [i, s] of sentences.entries()) {
    const next = sentences[i + 1];
    const end = next && CARRIES_ON.test(text.slice(next.start, next.end)) ? next.end : s.end;
    const unit = text.slice(s.start, end);
    // Our policy giving the engineers more goes is another repair put first, with or without the refund named.
    const policy = MORE_GOES_BY_POLICY.exec(unit);
    if (
      policy &&
      !REPORTED.test(unit) &&
      !CHOICE.test(unit) &&
      !SET_ASIDE.test(unit.slice(0, policy.index))
    ) {
      const at = s.start + policy.index;
      if (!quoted.some((q) => q.start <= at && at < q.end))
        return { start: at, end: at + policy[0].length, text: policy[0] };
    }
    const reserve = REFUND_RESERVE.exec(unit);
    const last = REFUND_LAST.exec(unit) ?? (reserve && ANOTHER_REMEDY.test(unit) ? reserve : null);
    if (last && !REPORTED.test(unit) && !CHOICE.test(unit)) {
      const at = s.start + last.index;
      if (!quoted.some((q) => q.start <= at && at < q.end))
        return { start: at, end: at + last[0].length, text: last[0] };
    }
    const attempt = attemptAt(unit);
    if (!attempt) continue;
    // The refund by name, or (after the attempt, round 33) the other remedies as "anything else".
    const named = REFUND.exec(unit);
    const other = named ? null : otherOptionsAfter(unit, attempt);
    const refund = named ?? other;
    if (!refund) continue;
    if (CHOICE.test(unit) || REPORTED.test(unit)) continue;
    const at = s.start + Math.min(refund.index, attempt.index);
    if (quoted.some((q) => q.start <= at && at < q.end)) continue;
    const ifFails = IF_FAILS.exec(unit);
    const linked =
      // "a second engineer visit before anything else": tied by otherOptionsAfter itself.
      other !== null ||
      // "…and if they can't fix it we'll refund you": the failure said of an attempt to come, not past.
      (ifFails !== null && ifFails.index < refund.index && !PAST.test(ifFails[0])) ||
      // "Let's get an engineer out to you first, and we'll only talk refunds if he can't get it going": the
      // attempt first, the refund only if it fails (session 39).
      (ifFails !== null &&
        ifFails.index > refund.index &&
        !PAST.test(ifFails[0]) &&
        ((attempt.index < refund.index && /\bfirst\b/i.test(unit.slice(attempt.index, refund.index))) ||
          /\bonly\b/i.test(unit.slice(Math.max(0, refund.index - 25), ifFails.index)))) ||
      // "refund… once our engineers have had one more go"
      (attempt.index > refund.index && WAITS_ON.test(unit.slice(refund.index, attempt.index))) ||
      // "Once they've had another go at it, we'll refund you"
      (attempt.index < refund.index &&
        WAITS_ON.test(unit.slice(Math.max(0, attempt.index - 30), attempt.index))) ||
      // "one more go at repairing it before a refund"
      (attempt.index < refund.index && BEFORE.test(unit.slice(attempt.index, refund.index))) ||
      // "fix it first, then / and if… refund"
      (attempt.index < refund.index && FIRST_THEN.test(unit.slice(attempt.index, refund.index)));
    if (!linked) continue;
    const from = Math.min(refund.index, attempt.index);
    const to = Math.max(refund.index + refund[0].length, attempt.index + attempt.text.length);
    return { start: s.start + from, end: s.start + to, text: unit.slice(from, to) };
  }
  // The same wait in any other words (obligations.ts, session 36): "a refund can be authorised after a
  // repair has been attempted", "we'd want it back for a last look-over before anything gets paid out".
  // And the refund made to wait on our own check finding the fault, where the law presumes it (s.19(14)-(15);
  // session 37: "We'll refund you once our technician has confirmed there's a fault with it").
  const o = obligationOf(text, ["repair-first", "inspection"], quoted);
  return o && { start: o.start, end: o.end, text: o.text };
}
