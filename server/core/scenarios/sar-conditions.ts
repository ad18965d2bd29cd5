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
/** The copy, or work on it, put after a document. */
const COPY_ACT = String.raw`(?:release|send|sending|start|starting|process|processing|prepare|preparing|issue|issuing|get\s+(?:it|this|them|your\s+copy)\s+to\s+you)`;
const HELD = new RegExp(
  [
    String.raw`\b${CLOCK}\b[^.!?\n]{0,40}?\b${STARTS}\b[^.!?\n]{0,20}?\b${WAITS_ON}\b[^.!?\n]{0,50}?\b${DOCUMENT}\b`,
    String.raw`\b${COPY_ACT}\b[^.!?\n]{0,40}?\b${WAITS_ON}\b[^.!?\n]{0,50}?\b${DOCUMENT}\b`,
    String.raw`\bto\s+${COPY_ACT}\b[^.!?\n]{0,40}?\b(?:want|wants|need|needs|require|requires)\b[^.!?\n]{0,30}?\b${DOCUMENT}\b`,
    // "the period… starts once that's in", with the document named earlier in the sentence.
    String.raw`\b${DOCUMENT}\b[^.!?\n]{0,80}?\b${CLOCK}\b[^.!?\n]{0,40}?\b${STARTS}\b[^.!?\n]{0,20}?\b${WAITS_ON}\s+(?:that|it|they|those)(?:['\u2019]s|\s+is|\s+are|['\u2019]re|\s+has|\s+have)?\s+(?:in|arrived|come\s+in|reached\s+us|been\s+received)`,
  ].join("|"),
  "i",
);
const RULED_OUT =
  /\b(?:won['\u2019]t|will\s+not|don['\u2019]t|do\s+not|doesn['\u2019]t|no\s+need|never|not)\s+(?:\w+\s+){0,3}?(?:need|want|require|ask)/i;

/** Each place a message holds her request back until she sends a document. */
export function accessHeldBack(text: string): HeldBack[] {
  const quoted = quotedSpans(text);
  const out: HeldBack[] = [];
  for (const m of text.matchAll(/[^.!?\n]+[.!?]?/g)) {
    const s = m[0];
    if (/\?\s*$/.test(s) || RULED_OUT.test(s)) continue;
    const hit = HELD.exec(s);
    if (!hit) continue;
    const at = (m.index ?? 0) + hit.index;
    if (quoted.some((q) => q.start <= at && at < q.end)) continue;
    out.push({ start: at, end: at + hit[0].length, text: hit[0] });
  }
  return out;
}
