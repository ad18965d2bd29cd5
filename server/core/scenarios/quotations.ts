import { normaliseText } from "./matching";

/**
 * The words of a text inside quotation marks: someone else's words, quoted, not the learner's own (not
 * their stock phrases, not a LASS step, not an obstruction they put to the customer; a copy of the
 * customer's words inside them is an echo from fewer words). Double quotes, straight or curly, or
 * single quotes that open after a space, a bracket or the start and close before a non-letter (so
 * "hasn't" and "customers' orders" are not quotes). Ranges hold the words, not the marks, in the
 * text's own offsets (normaliseText folds curly quotes one for one).
 */
export function quotedSpans(text: string): { start: number; end: number }[] {
  const norm = normaliseText(text);
  const out: { start: number; end: number }[] = [];
  for (const m of norm.matchAll(/"([^"]+)"|(?<![a-z0-9])'([^\n]+?)'(?![a-z])/g))
    out.push({ start: (m.index ?? 0) + 1, end: (m.index ?? 0) + m[0].length - 1 });
  return out;
}

/**
 * The web addresses in a text ("https://…", "www.…", or a domain with a path such as
 * "hearthandbean.co.uk/help/coarse-ground-for-your-cafetiere"): a link the customer must follow, not
 * words said to them. A question answered only in a link's slug is not answered in the message
 * (red-team round 11 B, onboarding-r11-answers-in-link). A bare domain with no path ("visit
 * hearthandbean.co.uk") holds no words of an answer and is left alone.
 */
export function webAddressSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re =
    /\b(?:https?:\/\/|www\.)[^\s<>"]+|\b[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}\/[^\s<>"]*/gi;
  for (const m of text.matchAll(re)) {
    // A sentence's closing full stop or bracket after the address is not part of it.
    const trimmed = m[0].replace(/[.,;:!?)\]]+$/, "");
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + trimmed.length });
  }
  return out;
}

/**
 * The lines of an email reply's quoted thread: each line that starts with ">" (after any spaces), as
 * email programs quote the message being answered ("> On 12 Nov, David wrote: …"). They are the
 * customer's words or our own earlier message, not what the learner says now: an offer quoted from our
 * first email does not make the reply an offer, nor do the customer's quoted facts show the learner
 * listened (red-team round 11 B, win-back-r11-quoted-thread).
 */
export function emailQuotedLines(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/^[ \t]*>[^\n]*/gm))
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return out;
}

/** `text` with each range blanked out, space for character (lengths kept, so offsets still hold). */
export function blankedOut(text: string, ranges: readonly { start: number; end: number }[]): string {
  let out = text;
  for (const r of ranges) out = out.slice(0, r.start) + " ".repeat(r.end - r.start) + out.slice(r.end);
  return out;
}

/** The text with every email-quoted line blanked out. */
export const withoutEmailQuotes = (text: string): string => blankedOut(text, emailQuotedLines(text));
