/**
 * Learners' spelling, read for meaning. Level 3 marks the service a reply gives, not its spelling:
 * "im really sory, i appologise" is an apology and "we will send ur beans coarse ground" answers the
 * question. Before a message or note is analysed and read against the case, common misspellings
 * and text-speak are read as the words they stand for; every offset found in the readable text is
 * mapped back to the learner's own words, so evidence always quotes what they wrote.
 *
 * The list holds only forms with one plain meaning in a customer-service reply (no real English
 * word is rewritten: "its", "id", "lets" and "were" are left alone, and "ill" only before a verb,
 * "ill ring you", where it can only be "I'll"). Register is not judged here.
 */

/** Misspelling or text-speak (lower case, whole word) → the word it stands for. */
const READ_AS: Record<string, string> = {
  // apologies
  sory: "sorry",
  sorrry: "sorry",
  sorr: "sorry",
  soz: "sorry",
  sry: "sorry",
  appologise: "apologise",
  appologize: "apologise",
  apologize: "apologise",
  appologies: "apologies",
  apologys: "apologies",
  apolagise: "apologise",
  apolagies: "apologies",
  // thanks
  thx: "thanks",
  thnx: "thanks",
  thanx: "thanks",
  tnx: "thanks",
  ty: "thank you",
  // pronouns and everyday words
  u: "you",
  ur: "your",
  yr: "your",
  youre: "you're",
  uve: "you've",
  youve: "you've",
  youll: "you'll",
  im: "I'm",
  ive: "I've",
  pls: "please",
  plz: "please",
  shud: "should",
  shd: "should",
  wud: "would",
  cud: "could",
  tho: "though",
  thru: "through",
  cos: "because",
  coz: "because",
  bc: "because",
  n: "and",
  tmrw: "tomorrow",
  tomoro: "tomorrow",
  tommorow: "tomorrow",
  tommorrow: "tomorrow",
  tomorow: "tomorrow",
  bday: "birthday",
  wk: "week",
  wks: "weeks",
  nxt: "next",
  // a dropped final g (round 6 A: "im lookin after this myself")
  lookin: "looking",
  sortin: "sorting",
  gettin: "getting",
  callin: "calling",
  ringin: "ringing",
  sendin: "sending",
  waitin: "waiting",
  tryin: "trying",
  makin: "making",
  takin: "taking",
  insted: "instead",
  definately: "definitely",
  recieve: "receive",
  recieved: "received",
  calender: "calendar",
  seperate: "separate",
  untill: "until",
  wich: "which",
  becuase: "because",
  beacuse: "because",
  // contractions without the apostrophe
  dont: "don't",
  doesnt: "doesn't",
  didnt: "didn't",
  cant: "can't",
  wont: "won't",
  isnt: "isn't",
  wasnt: "wasn't",
  hasnt: "hasn't",
  havent: "haven't",
  shouldnt: "shouldn't",
  couldnt: "couldn't",
  wouldnt: "wouldn't",
  arent: "aren't",
  thats: "that's",
  whats: "what's",
  theres: "there's",
  weve: "we've",
  theyre: "they're",
};

export type ReadableText = {
  /** The text with misspellings read as the words they stand for. */
  text: string;
  /** Maps an offset in `text` to the corresponding offset in the learner's original text. */
  toOriginal: (offset: number) => number;
  /** True when nothing was rewritten (then `text` is the original and offsets are unchanged). */
  unchanged: boolean;
};

const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)?/g;

/**
 * Characters that print as nothing: zero-width space, non-joiner and joiner, word joiner, byte-order
 * mark and soft hyphen. Hidden inside a word ("c\u200Balm d\u200Bown") they split it for a word list
 * while the customer reads it whole, so they are removed before anything reads the text.
 */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;

/**
 * Cyrillic and Greek letters drawn like Latin ones. Typed inside an English word ("іdіоt" with
 * Cyrillic і and о) they hide it from a word list while the reader sees the word, so inside a word
 * that also has Latin letters they are read as the Latin letter. A word wholly in another script is
 * left alone. Red-team round 6 (onboarding-r6-homoglyph-note, decided Pass, first ran Distinction).
 */
const LOOKALIKES =
  "\u0430\u0435\u043E\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u0501\u04BB\u0410\u0412\u0415\u041A\u041C\u041D\u041E\u0420\u0421\u0422\u0425\u0406\u0408\u0405\u03BF\u03B1\u03B9\u03BD\u0391\u0392\u0395\u0396\u0397\u0399\u039A\u039C\u039D\u039F\u03A1\u03A4\u03A7\u03A5";
const AS_LATIN = "aeopcyxijsdhABEKMHOPCTXIJSoaivABEZHIKMNOPTXY";
const LOOKALIKE = new Map([...LOOKALIKES].map((c, i) => [c, AS_LATIN[i]!]));
const LOOKALIKE_CHARS = new RegExp(`[${LOOKALIKES}]`);
const MIXED_WORD = /[\p{L}]+/gu;

/** Look-alike letters inside Latin words read as Latin (one character for one: offsets unchanged). */
export function foldLookalikes(text: string): string {
  if (!LOOKALIKE_CHARS.test(text)) return text;
  return text.replace(MIXED_WORD, (w) =>
    /[A-Za-z]/.test(w) && LOOKALIKE_CHARS.test(w) ? [...w].map((c) => LOOKALIKE.get(c) ?? c).join("") : w,
  );
}

/**
 * A word spelt out with a mark between its letters ("m-o-a-n-e-r", "i.d.i.o.t", "m*o*a*n"): four or
 * more single letters joined by the same hyphen, dot, star, underscore or middle dot. The marks are
 * read as nothing, as a reader reads the word. Red-team round 6 (win-back-r6-punctuated-note).
 */
const SPACED_WORD = /(?<![\p{L}\d])\p{L}(?:([-.*_\u00B7])\p{L})(?:\1\p{L}){2,}(?![\p{L}\d])/gu;

/** Offsets of the characters a reader does not see as part of the words: invisible ones, spelling marks. */
/**
 * An HTML comment ("<!-- apologise: so sorry you were charged twice -->"): words a learner hides from
 * the reader for whoever marks it. Shown as code or not shown at all, it says nothing to the customer,
 * so nothing reads it (red-team round 6 A, review-r6-html-comment-public). An unclosed one runs to the end.
 */
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

/** `text` with its HTML comments blanked out, space for character (offsets unchanged). */
export function withoutHtmlComments(text: string): string {
  if (!text.includes("<!--")) return text;
  return text.replace(HTML_COMMENT, (m) => m.replace(/[^\n]/g, " "));
}

function unseenAt(text: string): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < text.length; i++) if (INVISIBLE.test(text[i]!)) out.add(i);
  for (const m of text.matchAll(HTML_COMMENT)) {
    const from = m.index ?? 0;
    for (let i = from; i < from + m[0].length; i++) out.add(i);
  }
  for (const m of text.matchAll(SPACED_WORD)) {
    const from = m.index ?? 0;
    for (let i = from; i < from + m[0].length; i++) if (!/\p{L}/u.test(text[i]!)) out.add(i);
  }
  return out;
}

/** The learner's text as the analyser and the case reading should see it. */
export function readableText(written: string): ReadableText {
  const original = foldLookalikes(written);
  const unseen = unseenAt(original);
  if (unseen.size === 0) {
    const r = readableWords(original);
    // Folded letters: spans must still quote the learner's own characters (spansToOriginal).
    return original === written ? r : { ...r, unchanged: false };
  }
  // Where each visible character sits in the original, so offsets can be mapped back.
  const at: number[] = [];
  let visible = "";
  for (let i = 0; i < original.length; i++) {
    if (unseen.has(i)) continue;
    at.push(i);
    visible += original[i];
  }
  const inner = readableWords(visible);
  const toVisible = (o: number) => (o < at.length ? at[o]! : original.length);
  return { text: inner.text, toOriginal: (o) => toVisible(inner.toOriginal(o)), unchanged: false };
}

function readableWords(original: string): ReadableText {
  const pieces: { from: number; to: number; said: string }[] = [];
  for (const m of original.matchAll(WORD)) {
    const w = m[0];
    const said = READ_AS[w.toLowerCase()] ?? illAsIll(w, original, (m.index ?? 0) + w.length);
    // A capital "I", "U" or "N" on its own can be an initial or a list marker: only lower-case
    // single letters are text-speak.
    if (!said || (w.length === 1 && w !== w.toLowerCase())) continue;
    pieces.push({ from: m.index ?? 0, to: (m.index ?? 0) + w.length, said: matchCase(w, said) });
  }
  if (pieces.length === 0) return { text: original, toOriginal: (o) => o, unchanged: true };
  // Build the readable text and, for every piece, where it starts in both texts.
  let text = "";
  let from = 0;
  const marks: { readable: number; original: number; readableEnd: number; originalEnd: number }[] = [];
  for (const p of pieces) {
    text += original.slice(from, p.from);
    const readable = text.length;
    text += p.said;
    marks.push({ readable, original: p.from, readableEnd: text.length, originalEnd: p.to });
    from = p.to;
  }
  text += original.slice(from);
  const toOriginal = (offset: number): number => {
    let shift = 0;
    for (const m of marks) {
      if (offset < m.readable) break;
      // Inside a rewritten word: the end of the word maps to the end of the original word.
      if (offset < m.readableEnd) return offset === m.readable ? m.original : m.originalEnd;
      shift = m.originalEnd - m.readableEnd;
    }
    return offset + shift;
  };
  return { text, toOriginal, unchanged: false };
}

/**
 * "ill" is a real word, but "ill ring u next wk" and "n ill sort it" are "I'll": before a verb of
 * doing something for the customer, the adjective makes no sense (round 6 A, repeat-fault text-speak).
 */
const ILL_VERB =
  /^\s+(?:ring|call|phone|email|e-mail|text|send|sort|look|check|make|get|be|let|keep|arrange|chase|pop|drop|update|see|try|book|refund|pass|speak|talk|deal|take|put|give|contact|personally|definitely|make sure)\b/i;
function illAsIll(word: string, text: string, end: number): string | undefined {
  if (word.toLowerCase() !== "ill") return undefined;
  return ILL_VERB.test(text.slice(end, end + 24)) ? "I'll" : undefined;
}

function matchCase(written: string, said: string): string {
  if (said.startsWith("I'")) return said;
  if (written[0] === written[0]?.toUpperCase() && written[0] !== written[0]?.toLowerCase())
    return said[0]!.toUpperCase() + said.slice(1);
  return said;
}

/** Spans found in the readable text, moved back onto the learner's own words. */
export function spansToOriginal<T extends { start: number; end: number; text: string }>(
  original: string,
  readable: ReadableText,
  spans: readonly T[],
): T[] {
  if (readable.unchanged) return [...spans];
  return spans.map((s) => {
    const start = readable.toOriginal(s.start);
    const end = Math.max(start, readable.toOriginal(s.end));
    return { ...s, start, end, text: original.slice(start, end) };
  });
}
