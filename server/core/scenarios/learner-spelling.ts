/**
 * Learners' spelling, read for meaning. Level 3 marks the service a reply gives, not its spelling:
 * "im really sory, i appologise" is an apology and "we will send ur beans coarse ground" answers the
 * question. Before a message or note is analysed and read against the case, common misspellings
 * and text-speak are read as the words they stand for; every offset found in the readable text is
 * mapped back to the learner's own words, so evidence always quotes what they wrote.
 *
 * The list holds only forms with one plain meaning in a customer-service reply (no real English
 * word is rewritten: "its", "id", "lets" and "were" are left alone, and "ill" only before a verb,
 * "ill ring you", where it can only be "I'll"). Any other single slip in a word of the trade
 * ("refnd", "kettel") is read by spelling-correction.ts. Register is not judged here.
 */
import { foldLookalikes, foldObfuscation, rewriteText } from "../analysis/obfuscation";
import { wordOfTheTrade } from "./spelling-correction";
import { memoByText } from "./text-memo";

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
  thankyou: "thank you",
  thanku: "thank you",
  thankyu: "thank you",
  // pronouns and everyday words
  u: "you",
  ur: "your",
  yr: "your",
  youre: "you're",
  uve: "you've",
  // "u" with its contraction is one word to WORD ("u've put it in upside down", session 44: respect lines
  // written so were unread, 634 of 660 caught against 660 with "you")
  "u've": "you've",
  "u're": "you're",
  "u'll": "you'll",
  "u'd": "you'd",
  "u’ve": "you've",
  "u’re": "you're",
  "u’ll": "you'll",
  "u’d": "you'd",
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
  tmw: "tomorrow",
  tmrrw: "tomorrow",
  tomoz: "tomorrow",
  tmoz: "tomorrow",
  tonite: "tonight",
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
  // Common learner and dyslexic misspellings of the words service replies turn on (red-team round 8 B,
  // dp-r8-dyslexic-strong: "a coppy of all the persnal infomation we hold", decided Distinction, first
  // ran Merit with what she will receive unread). Only forms that are no English word themselves:
  // "form", "were", "witch", "aloud" and "resent" are left alone.
  infomation: "information",
  imformation: "information",
  infromation: "information",
  informaton: "information",
  persnal: "personal",
  personel: "personal",
  pesonal: "personal",
  persanal: "personal",
  coppy: "copy",
  acount: "account",
  acounts: "accounts",
  accout: "account",
  adress: "address",
  addres: "address",
  acess: "access",
  accsess: "access",
  chek: "check",
  cheked: "checked",
  verifyed: "verified",
  loged: "logged",
  protecshun: "protection",
  protecton: "protection",
  responce: "response",
  custmer: "customer",
  custmers: "customers",
  permision: "permission",
  lattest: "latest",
  recive: "receive",
  receve: "receive",
  numbr: "number",
  geting: "getting",
  befor: "before",
  updait: "update",
  desember: "December",
  novemeber: "November",
  febuary: "February",
  wensday: "Wednesday",
  wendsday: "Wednesday",
  tuseday: "Tuesday",
  thursay: "Thursday",
  saterday: "Saturday",
  delivary: "delivery",
  replacment: "replacement",
  apreciate: "appreciate",
  appriciate: "appreciate",
  sincerly: "sincerely",
  garantee: "guarantee",
  guarentee: "guarantee",
  immediatly: "immediately",
  dissapointed: "disappointed",
  disapointed: "disappointed",
  inconvienience: "inconvenience",
  inconvinience: "inconvenience",
  // Sounded out, two slips from the word, so the one-slip reader cannot see them: the offers a loyalty or
  // win-back message turns on (red-team round 15 B, loyalty-r15-dyslexic-priya: "you'll get dubble loyalty
  // points", decided Distinction, first ran Pass with no offer read).
  dubble: "double",
  dubbel: "double",
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
  // round-45 set of the lead's: "just cos you wernt in", "youd know"; none is an English word
  wernt: "weren't",
  werent: "weren't",
  youd: "you'd",
  theyd: "they'd",
  shes: "she's",
  wouldve: "would've",
  couldve: "could've",
  shouldve: "should've",
  whats: "what's",
  theres: "there's",
  weve: "we've",
  theyre: "they're",
  // set 26 of the lead's (session 45, a held-out miss read afterwards): "ur the only one whos had a problem"
  whos: "who's",
  hes: "he's",
  // an independent writer's set 30 (session 46), a dyslexic learner: "ther is nothing rong with it"
  ther: "there",
  rong: "wrong",
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
 * Text-speak that opens with a digit ("2day", "2moro", "2nite"): days a promise names, read as the
 * words so a timeframe spelt this way is still a timeframe. A whole word only ("12days" is not one).
 */
const DIGIT_SPEAK = /(?<![\p{L}\d])2(day|moro|morro|morrow|mrw|moz|nite|night|nyt)(?![\p{L}\d])/giu;
const DIGIT_SPEAK_AS: Record<string, string> = {
  day: "today",
  moro: "tomorrow",
  morro: "tomorrow",
  morrow: "tomorrow",
  mrw: "tomorrow",
  moz: "tomorrow",
  nite: "tonight",
  night: "tonight",
  nyt: "tonight",
};

/**
 * Characters that print as nothing: zero-width space, non-joiner and joiner, word joiner, byte-order
 * mark and soft hyphen. Hidden inside a word ("c\u200Balm d\u200Bown") they split it for a word list
 * while the customer reads it whole, so they are removed before anything reads the text.
 */
export const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;

/**
 * Cyrillic and Greek letters drawn like Latin ones, inside a word that also has Latin letters ("іdіоt"
 * with Cyrillic і and о), are read as the Latin letter; a word wholly in another script is left alone.
 * Red-team round 6 (onboarding-r6-homoglyph-note). One table, the analyser's (obfuscation.ts), so the
 * marker and `analyseMessage` fold the same letters.
 */
export { foldLookalikes };

/**
 * A word spelt out with a mark between its letters ("m-o-a-n-e-r", "i.d.i.o.t", "m*o*a*n"): four or
 * more single letters joined by the same hyphen, dot, star, underscore or middle dot. The marks are
 * read as nothing, as a reader reads the word. Red-team round 6 (win-back-r6-punctuated-note).
 */
const SPACED_WORD = /(?<![\p{L}\d])\p{L}(?:([-.*_\u00B7])\p{L})(?:\1\p{L}){2,}(?![\p{L}\d])/gu;

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

/** Offsets of what a reader does not see: characters that print as nothing, and HTML comments. */
function invisibleAt(text: string): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < text.length; i++) if (INVISIBLE.test(text[i]!)) out.add(i);
  for (const m of text.matchAll(HTML_COMMENT)) {
    const from = m.index ?? 0;
    for (let i = from; i < from + m[0].length; i++) out.add(i);
  }
  return out;
}

/** Offsets of the marks between spelt-out letters (read once invisible characters are gone). */
function marksAt(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(SPACED_WORD)) {
    const from = m.index ?? 0;
    for (let i = from; i < from + m[0].length; i++) if (!/\p{L}/u.test(text[i]!)) out.add(i);
  }
  return out;
}

/** `text` without the characters at `drop`, and where each remaining character sat. */
function without(text: string, drop: Set<number>): { text: string; back: (o: number) => number } {
  if (drop.size === 0) return { text, back: (o) => o };
  const at: number[] = [];
  let kept = "";
  for (let i = 0; i < text.length; i++) {
    if (drop.has(i)) continue;
    at.push(i);
    kept += text[i];
  }
  return { text: kept, back: (o) => (o < at.length ? at[o]! : text.length) };
}

/**
 * The learner's text as the analyser and the case reading should see it: look-alike letters read as
 * Latin, invisible characters removed, then marks between spelt-out letters ("m-o-a-n-e-r"), then rude
 * words in other disguises read as themselves (the analyser's `foldObfuscation`: "s t u p i d",
 * "stup1d", "c.a.l.m"; before any word is read, so the "u" of "s.t.u" is not read as "you"), then
 * misspellings and text-speak read as the words they stand for. Offsets map back through every step.
 */
export function readableText(written: string): ReadableText {
  return readingMemo(written);
}
// Remembered by text (text-memo.ts): every reader of a message reads its spelling.
const readingMemo = memoByText(readingOf, 2_000);

function readingOf(written: string): ReadableText {
  const original = foldLookalikes(written);
  const seen = without(original, invisibleAt(original));
  const unmarked = without(seen.text, marksAt(seen.text));
  const folded = foldObfuscation(unmarked.text);
  const inner = readableWords(folded.text);
  // Folded letters: spans must still quote the learner's own characters (spansToOriginal).
  if (original === written && unmarked.text === original && folded.unchanged) return inner;
  return {
    text: inner.text,
    toOriginal: (o) => seen.back(unmarked.back(folded.toOriginal(inner.toOriginal(o)))),
    unchanged: false,
  };
}

function readableWords(original: string): ReadableText {
  const pieces: { from: number; to: number; said: string }[] = [];
  const digitSpeak = new Set<number>();
  for (const m of original.matchAll(DIGIT_SPEAK)) {
    const at = m.index ?? 0;
    const said = DIGIT_SPEAK_AS[m[1]!.toLowerCase()];
    if (!said) continue;
    pieces.push({ from: at, to: at + m[0].length, said });
    digitSpeak.add(at + 1);
  }
  for (const m of original.matchAll(WORD)) {
    const w = m[0];
    const at = m.index ?? 0;
    if (digitSpeak.has(at)) continue;
    const said =
      yourAsYoure(w, original, at + w.length) ??
      READ_AS[w.toLowerCase()] ??
      illAsIll(w, original, at + w.length) ??
      noAsKnow(w, original, at) ??
      ofAsHave(w, original, at) ??
      slipOfTheTrade(w, original, at);
    // A capital "I", "U" or "N" on its own can be an initial or a list marker: only lower-case
    // single letters are text-speak.
    if (said === undefined || (w.length === 1 && w !== w.toLowerCase())) continue;
    pieces.push({ from: at, to: at + w.length, said: matchCase(w, said) });
  }
  if (digitSpeak.size) pieces.sort((a, b) => a.from - b.from);
  return rewriteText(original, pieces);
}

/**
 * "ill" is a real word, but "ill ring u next wk" and "n ill sort it" are "I'll": before a verb of
 * doing something for the customer, the adjective makes no sense (round 6 A, repeat-fault text-speak).
 */
const ILL_VERB =
  /^\s+(?:ring|call|phone|email|e-mail|text|send|sort|look|check|make|get|be|let|keep|arrange|chase|pop|drop|update|see|try|book|refund|pass|speak|talk|deal|take|put|give|contact|personally|definitely|make sure)\b/i;
/**
 * "your" written for "you're" (a homophone slip dyslexic and hurried writers make: "your within 30 days so
 * you can reject it", "your welcome", "your stuck with a saucepan"), and text-speak "ur" the same way ("ur the
 * only one", "ur not the first"), read as "you're" only before a word a possessive cannot take. "your right to
 * reject", "your only option" and "ur booking" stay possessive.
 */
const YOURE_NEXT =
  /^\s+(?:within|entitled|eligible|welcome|stuck|still|covered|owed|allowed|able|not|very|so|always|never|definitely|absolutely|really|quite|already|also|going|getting|being|a|an|the)\b(?!-)/i;

function yourAsYoure(word: string, text: string, end: number): string | undefined {
  const lower = word.toLowerCase();
  if (lower !== "your" && lower !== "ur") return undefined;
  return YOURE_NEXT.test(text.slice(end, end + 16)) ? "you're" : undefined;
}

/**
 * "would of", "could of", "must of" for "would have"… (the spoken "would've" written as it sounds, one of the
 * commonest slips in English writing), and "had of" for "had" ("if you had of read the email"): "of" is read as
 * "have", or as nothing after "had", only between such a verb and a past participle, so "could of course",
 * "the idea I had of it" and "the kind we had of old" stay as written (session 45: "most people would of
 * checked the plug" and "if you had of read the email properly" went unread as blame).
 */
const OF_BEFORE = /\b(?:would|could|should|must|might|may|wud|cud|shud|had)\s+$/i;
const PARTICIPLE_NEXT =
  /^\s+(?:[a-z]+ed|been|done|seen|known|read|put|sent|left|made|bought|got|gotten|given|taken|thought|told|rung|run|said|paid|kept|found|broken|broke|chosen|written|gone|come|had|heard|understood|spent|caught|brought|fallen|let|set|hit|cut|shut|worn|torn|thrown|shown|sold|sat|stood|won|lost|meant|felt|held|dealt)\b/i;

function ofAsHave(word: string, text: string, at: number): string | undefined {
  if (word.toLowerCase() !== "of") return undefined;
  const before = OF_BEFORE.exec(text.slice(Math.max(0, at - 8), at));
  if (!before || !PARTICIPLE_NEXT.test(text.slice(at + 2, at + 26))) return undefined;
  return /^had\s/i.test(before[0]) ? "" : "have";
}

/** "no" for "know" after a negated "do" ("i dont no why", "we didn't no"): no other reading fits there. */
const DO_NOT_BEFORE = /\b(?:don't|dont|didn't|didnt|doesn't|doesnt|do\s+not|did\s+not|does\s+not)\s+$/i;
function noAsKnow(word: string, text: string, at: number): string | undefined {
  if (word.toLowerCase() !== "no") return undefined;
  return DO_NOT_BEFORE.test(text.slice(Math.max(0, at - 10), at)) ? "know" : undefined;
}

function illAsIll(word: string, text: string, end: number): string | undefined {
  if (word.toLowerCase() !== "ill") return undefined;
  return ILL_VERB.test(text.slice(end, end + 24)) ? "I'll" : undefined;
}

/**
 * Any other misspelling of a word of the trade (spelling-correction.ts: "refnd", "kettel"), in lower
 * case or capitalised to open a sentence; a capital inside a sentence is a name or a product, and a
 * word in capitals is left as written.
 */
function slipOfTheTrade(word: string, text: string, at: number): string | undefined {
  if (word.includes("'") || word.includes("\u2019")) return undefined;
  const lower = word.toLowerCase();
  const opensSentence = /(?:^|[.!?\n]\s*)$/.test(text.slice(Math.max(0, at - 4), at)) || at === 0;
  if (word !== lower && !(opensSentence && word.slice(1) === lower.slice(1))) return undefined;
  return wordOfTheTrade(lower) ?? undefined;
}

function matchCase(written: string, said: string): string {
  if (said === "" || said.startsWith("I'")) return said;
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
