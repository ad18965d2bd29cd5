/**
 * A subject access request held back until she sends a document: "For the data team to release a full
 * copy they'll also want a scan of your passport or driving licence; the 40-day period the Data
 * Protection Act gives us starts once that's in" (red-team round 25 B, dp-r25-passport-then-forty-days,
 * said after she had been verified with two details from her record). The month may wait only on what
 * is reasonably needed to confirm who she is (UK GDPR Art 12(6); Art 12A); in these scenarios that is
 * two details the record holds, given by her (the policy; ICO "Right of access": proportionate checks),
 * so a passport, a proof of address or a certified copy put before her copy holds her right back, as a
 * fee (Art 12(5)) or a reason (Art 15) would.
 *
 * Read a sentence at a time, two ways:
 * - the month, the clock or the period said to start (or not to start) until, once or when a document
 *   arrives: "the month only starts once your proof of address arrives";
 * - her copy released, sent or started on only once, when or until a document arrives, or a team said to
 *   want one for it ("to release a full copy they'll want a scan of your passport").
 * - (round 31 held out, dp-r31-passport-and-a-bill, mended by kind after it was spent as a held-out measure)
 *   the document named in one sentence and referred to in the next by another word ("the scans", "them",
 *   "those", "the copies", "the documents", "your ID", "that", "it"): "it's company policy to have photo ID
 *   and a proof of address. Once the scans are in I'll log your request and the one month will start from
 *   then". The reference is read back to the document the sentence before names, and the request's logging
 *   made to wait on it holds the right back as much as the month or the copy: the time limit runs from
 *   receipt of the request, and may wait only on the information necessary to confirm identity (UK GDPR
 *   Art 12(2), facilitate the right; Art 12(6), only additional information necessary to confirm
 *   identity; ICO "Right of access" guidance: when the time limit starts, and asking only for
 *   proportionate ID). Not read when the sentence before names no document, or rules one out.
 * Not read: the details the law allows before the month runs ("the month starts once you've given me your
 * postcode and order number"); a document ruled out ("you won't need your passport"); a question; words
 * in quotation marks. A response period told wrongly ("within 40 days", "up to three months") is not
 * read here: said in good faith it answers her "by when" wrongly (sar-explained partly, the shipped
 * precedent of dp-wrong-deadline-warmly, dp-r7-esl-forty-days and dp-r22h-three-months-backlog) and does
 * not refuse the right.
 */
import { quotedSpans } from "./quotations";

export type HeldBack = { start: number; end: number; text: string };

/** Identity documents and proofs nothing here needs (data-requests.ts reads them as unneeded data), and paperwork of hers. */
const DOCUMENT = String.raw`(?:passport|driving\s+licen[cs]e|driver['\u2019]?s\s+licen[cs]e|photo\s+id|proof\s+of\s+(?:address|identity|id)|utility\s+bill|bank\s+statement|birth\s+certificate|certified\s+cop(?:y|ies)|(?:id|identity)\s+documents?|identification|(?:signed|completed|filled[-\s]in|written)\s+(?:form|letter|declaration)|(?:request|access|sar)\s+form)`;
const CLOCK = String.raw`(?:month|clock|countdown|deadline|time\s+limit|timer|period)`;
const STARTS = String.raw`(?:starts?|begins?|runs?|kicks?\s+in|start|begin|run)`;
const WAITS_ON = String.raw`(?:once|when|after|until|till|unless|from\s+when|from\s+the\s+day|as\s+soon\s+as)`;
/**
 * The request itself moved on only after a document (round 32 tuning, dp-r32-licence-then-it-goes-in: "When
 * we've received those, your request goes in to our data protection team"): as much a hold as the request's
 * logging, the copy or the month (UK GDPR Art 12(2), 12(6); ICO "Right of access": the time limit runs from
 * receipt of the request).
 */
const REQUEST_MOVES = String.raw`(?:(?:your|the|this|her)\s+(?:request|sar|subject\s+access\s+request)\s+(?:goes|will\s+go|can\s+go|gets\s+(?:sent|passed|logged|started)|will\s+get\s+(?:sent|passed|logged|started)|can\s+be|will\s+be|is)\s+(?:in|through|forward|on|over|passed|sent|logged|started|processed|registered|submitted|put\s+through)|\b(?:pass|passing|put|putting|submit|submitting|forward|forwarding)\s+(?:it|your\s+request|the\s+request)\s+(?:on|through|in|to|forward))`;
/** The copy, or work on it, put after a document. */
const COPY_ACT = String.raw`(?:release|send|sending|start|starting|process|processing|prepare|preparing|issue|issuing|get\s+(?:it|this|them|your\s+copy)\s+to\s+you)`;
const HELD = new RegExp(
  [
    String.raw`\b${CLOCK}\b[^.!?\n]{0,40}?\b${STARTS}\b[^.!?\n]{0,20}?\b${WAITS_ON}\b[^.!?\n]{0,50}?\b${DOCUMENT}\b`,
    String.raw`\b${COPY_ACT}\b[^.!?\n]{0,40}?\b${WAITS_ON}\b[^.!?\n]{0,50}?\b${DOCUMENT}\b`,
    String.raw`\b${REQUEST_MOVES}\b[^.!?\n]{0,40}?\b${WAITS_ON}\b[^.!?\n]{0,50}?\b${DOCUMENT}\b`,
    String.raw`\bto\s+${COPY_ACT}\b[^.!?\n]{0,40}?\b(?:want|wants|need|needs|require|requires)\b[^.!?\n]{0,30}?\b${DOCUMENT}\b`,
    // "the period… starts once that's in", with the document named earlier in the sentence.
    String.raw`\b${DOCUMENT}\b[^.!?\n]{0,80}?\b${CLOCK}\b[^.!?\n]{0,40}?\b${STARTS}\b[^.!?\n]{0,20}?\b${WAITS_ON}\s+(?:that|it|they|those)(?:['\u2019]s|\s+is|\s+are|['\u2019]re|\s+has|\s+have)?\s+(?:in|arrived|come\s+in|reached\s+us|been\s+received)`,
  ].join("|"),
  "i",
);
const DOCUMENT_NAMED = new RegExp(String.raw`\b${DOCUMENT}\b`, "i");
const RULED_OUT =
  /\b(?:won['\u2019]t|will\s+not|don['\u2019]t|do\s+not|doesn['\u2019]t|no\s+need|never|not)\s+(?:\w+\s+){0,3}?(?:need|want|require|ask)/i;

/** A document referred back to by another word: "the scans", "the copies", "your ID", "them", "that". */
const REF = String.raw`(?:(?:the|your|those|these)\s+(?:scans?|scanned\s+copies|copies|documents?|docs|photos?|pictures?|images?|uploads?|attachments?|papers|paperwork|proofs?|ids?)|your\s+id|them|those|these|they|that|it)`;
/** Waiting on the referred document: "once the scans are in", "until we have those", "when you've sent them". */
const WAITS_ON_REF = new RegExp(
  String.raw`\b${WAITS_ON}\s+(?:(?:i|we|you)(?:['\u2019]ve|\s+have)?\s+(?:got|get|have|had|receive|received|see|seen|send|sent|upload|uploaded|email|emailed)\s+${REF}\b|${REF}(?:['\u2019]s|['\u2019]re|\s+is|\s+are|\s+have|\s+has)?\s+(?:been\s+)?(?:in|here|through|arrived?|arrives|come\s+(?:in|through)|comes\s+(?:in|through)|reached\s+us|reach(?:es)?\s+us|received|with\s+us|uploaded|sent\s+(?:in|over|through))\b)`,
  "i",
);
/** What is made to wait: the request logged, the copy, or the month. */
const HOLD_ACT = new RegExp(
  [
    String.raw`\b(?:log|logging|logged|record|recording|register|registering|open|opening|raise|raising|lodge|lodging|accept|accepting)\s+(?:your|the|this|her)\s+(?:request|sar|subject\s+access)`,
    String.raw`\b${COPY_ACT}\b`,
    String.raw`\b${REQUEST_MOVES}\b`,
    String.raw`\b${CLOCK}\b[^.!?\n]{0,40}?\b${STARTS}\b`,
  ].join("|"),
  "i",
);
/** A document ruled out in the sentence before: "your passport isn't needed". */
const NOT_NEEDED =
  /\b(?:isn['\u2019]t|aren['\u2019]t|not|never)\s+(?:\w+\s+){0,2}?(?:needed|required|necessary)\b/i;

/** Each place a message holds her request back until she sends a document. */
export function accessHeldBack(text: string): HeldBack[] {
  const quoted = quotedSpans(text);
  const out: HeldBack[] = [];
  const inQuote = (at: number) => quoted.some((q) => q.start <= at && at < q.end);
  // Whether the sentence before names a document, not ruled out and not in quotation marks.
  let documentBefore = false;
  for (const m of text.matchAll(/[^.!?\n]+[.!?]?/g)) {
    const s = m[0];
    const start = m.index ?? 0;
    const previousNamed = documentBefore;
    const named = DOCUMENT_NAMED.exec(s);
    documentBefore =
      named !== null && !RULED_OUT.test(s) && !NOT_NEEDED.test(s) && !inQuote(start + named.index);
    if (/\?\s*$/.test(s) || RULED_OUT.test(s)) continue;
    const hit = HELD.exec(s);
    if (hit) {
      const at = start + hit.index;
      if (!inQuote(at)) out.push({ start: at, end: at + hit[0].length, text: hit[0] });
      continue;
    }
    if (!previousNamed) continue;
    const ref = WAITS_ON_REF.exec(s);
    // The waiting clause itself ("when you send them") is not what is held.
    if (!ref || !HOLD_ACT.test(s.slice(0, ref.index) + s.slice(ref.index + ref[0].length))) continue;
    const at = start + ref.index;
    if (!inQuote(at)) out.push({ start: at, end: at + ref[0].length, text: ref[0] });
  }
  return out;
}
