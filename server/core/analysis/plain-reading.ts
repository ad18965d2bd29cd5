/**
 * The plain reading of a message, for respect. Wrapping does not change whether a remark about the customer is
 * respectful: "How did you actually manage to break the lid?" sneers exactly as "How did you manage to break the
 * lid?" does, and so do "Priya, well, that was clever of you", "Sorry but many thanks for your fourth email today",
 * "P.S. Had she bothered to read the email…", "(Genius here tried to descale it with bleach.)" and a remark broken
 * over two lines. The respect readers are written for the plain wording, so one word or mark put in front hid
 * many of the breaches they caught. Measured before this (session 44) on the 660 breaches of the respect corpora
 * the readers caught, one change made by rule each: "Sorry but" in front kept 399/660, the sentence in quotation
 * marks 609, a line break after its first comma 602, "P.S." 631, a bullet 622, brackets 622, the customer's name
 * in front 635, apostrophes left out 614; one filler: "exactly" after the negation 45/66, "actually" after "you"
 * 124/163 (analysis README, "Session 44").
 *
 * `plainReading` gives the message with those wrappings taken off: fillers (a softening or stressing adverb after
 * "you", a negation or a copula; "Honestly,", "I mean", "tbh", "lol"), an opening "sorry but", name, "P.S.", bullet,
 * bracket or quotation mark, a closing bracket or quotation mark, a line break inside a sentence, and "its" where
 * it can only be "it's". When a message has no respect label, the analyser reads it again so (analyse-message.ts)
 * and adds only the respect labels that reading finds, quoted on the words as written: a wrapping can no longer
 * hide a breach, and an honest message is judged as its plain wording is. "just", "only", "quite", "simply" and
 * "even" are cue words of the readers and stay.
 */
import { type Rewrite, type RewrittenText, rewriteText } from "./obfuscation";
import { normaliseText, splitSentences } from "./segment";

/** Softening or stressing adverbs, and the words after which one is only a filler. */
const HEDGE_WORDS =
  "actually|really|exactly|honestly|literally|truly|seriously|genuinely|totally|basically|necessarily|particularly";
const HEDGED =
  "you|you're|you've|you'd|your|not|never|isn't|wasn't|aren't|weren't|don't|didn't|doesn't|haven't|hasn't|can't|couldn't|won't|wouldn't|shouldn't|it's|that's|is|was|are|were";
const HEDGE = new RegExp(String.raw`\b(?:${HEDGED})(\s+(?:${HEDGE_WORDS}))\b`, "gi");
/** Discourse markers that open a sentence ("Honestly, …") and tags that close one ("… lol"). */
const OPENING_MARKERS = String.raw`honestly|frankly|i\s+mean|tbh|to\s+be\s+honest|anyway|like`;
const CLOSING_TAGS = String.raw`tbh|lol|lmao|haha+|to\s+be\s+honest|honestly|tho|though|like`;
const SORRY_BUT = String.raw`sorry\s*,?\s+but`;
const NOTE_MARK = String.raw`p\.?\s?s|n\.?\s?b`;

/**
 * What may open a sentence without being part of it, taken off one after another: "P.S."/"NB", a bullet or list
 * number, an opening bracket or quotation mark, a discourse marker, "(I'm) sorry(,) but", and one name or word of
 * address with its comma ("Priya, …").
 */
const OPENERS: readonly RegExp[] = [
  new RegExp(String.raw`^(?:${NOTE_MARK})\.?(?::|\s)\s*`, "i"),
  /^(?:[-*•·–]|\d{1,2}[.)])\s+/,
  /^["'([]\s*/,
  new RegExp(String.raw`^(?:${OPENING_MARKERS})\b[\s,]*`, "i"),
  new RegExp(String.raw`^(?:(?:i'm|i\s+am|so|really)\s+)*${SORRY_BUT}\b[\s,]*`, "i"),
  // A name, not an interjection, an endearment, a thank-you or a sentence adverb ("Statistically,"): those are the
  // readers' own cues ("Well, that was clever of you", "Thanks, genius").
  /^(?![A-Z][a-z]+ly\b)(?!(?:Thanks|Thank|Sorry|Please|So|Also|Still|Then|Now|However|Otherwise|Ha|Haha|Well|Fine|Oh|Ooh|Ah|Aw|Aww|Wow|Lovely|Bravo|Brilliant|Great|Super|Fab|Fabulous|Wonderful|Fantastic|Amazing|Nice|Good|Bless|Genius|Right|Okay|Ok|Sure|Cheers|Congratulations|Congrats|Seriously|Clearly|Obviously|Apparently|Again|Yes|No|Yeah|Yep|Nope|Look|Listen|Sweetie|Sweetheart|Love|Darling|Hun|Hon|Babe|Mate|Pal|Dear|Duck|Pet|Petal|Chick|Sunshine|Buddy|Chief|Boss|Madam|Sir)\b)[A-Z][a-z]{1,14},\s+/,
];
/** A tag closing a sentence ("… tbh", "… lol", "… haha"), before its punctuation. */
const CLOSER = new RegExp(String.raw`[\s,]+(?:${CLOSING_TAGS})(?=[\s.!?"')\]]*$)`, "i");
/** A closing bracket or quotation mark after the sentence's own punctuation. */
const CLOSING_MARK = /(?<=[.!?])\s*["')\]]+\s*$/;
/** A line break inside a sentence: after a comma or a lower-case letter, before a lower-case letter. */
const LINE_BREAK = /(?<=[,;a-z])[ \t]*\r?\n[ \t]*(?=[a-z])/g;
/** "its" where the possessive cannot stand: before a negation, an article, an adverb or a participle. */
const ITS =
  /\bits(?=\s+(?:not|just|a|an|the|really|so|very|hardly|quite|fine|ok|okay|been|going|gonna|too|all|never|always|still|probably|definitely|actually|literally|totally|completely|pretty|because|like|your|nothing|something|worth|getting|being|clear|easy|simple|obvious|no|only\s+(?:a|an|the|one|been))\b)/gi;

/** Anything that may be a wrapping: only then is the text split into sentences (most replies have none). */
const MAY_WRAP = new RegExp(
  String.raw`\b(?:${OPENING_MARKERS}|${CLOSING_TAGS}|${NOTE_MARK}|${SORRY_BUT}|its)\b|(?:^|[.!?]\s+|\n\s*)(?:["'([•·–]|[-*]\s|\d{1,2}[.)]\s|[A-Z][a-z]{1,14},\s)|[.!?]["')\]]`,
  "i",
);
const MAY_BREAK = new RegExp(LINE_BREAK.source);
const ANY_HEDGE = new RegExp(HEDGE.source, "i");

/** The offsets of `text` rewritten by `pieces` and then by `more`, as one map back to `text`. */
function composed(first: RewrittenText, second: RewrittenText): RewrittenText {
  return {
    text: second.text,
    toOriginal: (offset) => first.toOriginal(second.toOriginal(offset)),
    unchanged: first.unchanged && second.unchanged,
  };
}

/** Each sentence's wrappings and fillers, as rewrites of `text`. */
function unwrapSentences(text: string, hedges: boolean): Rewrite[] {
  const pieces: Rewrite[] = [];
  for (const s of splitSentences(normaliseText(text))) {
    const sentence = text.slice(s.start, s.end);
    const inside: Rewrite[] = [];
    let open = 0;
    for (let round = 0; round < 4; round++) {
      const rest = sentence.slice(open);
      const hit = OPENERS.map((re) => re.exec(rest)).find((m) => m !== null && m[0].length > 0);
      if (!hit || open + hit[0].length >= sentence.length) break;
      open += hit[0].length;
    }
    // The sentence then opens on its next word, with the capital it would have had ("Honestly, oh no, love").
    if (open > 0)
      inside.push({ from: s.start, to: s.start + open + 1, said: (sentence[open] ?? "").toUpperCase() });
    if (hedges)
      for (const m of sentence.matchAll(HEDGE)) {
        const from = s.start + m.index + m[0].length - (m[1]?.length ?? 0);
        if (from >= s.start + open + 1) inside.push({ from, to: s.start + m.index + m[0].length, said: "" });
      }
    const mark = CLOSING_MARK.exec(sentence);
    const end = mark ? mark.index : sentence.length;
    const closer = CLOSER.exec(sentence.slice(0, end));
    if (closer && s.start + closer.index >= (inside.at(-1)?.to ?? s.start)) {
      // A tag in place of the full stop ("… clever of you lol") leaves one.
      const last = sentence.slice(closer.index + closer[0].length, end).trim() === "";
      const to = s.start + closer.index + closer[0].length;
      inside.push({ from: s.start + closer.index, to, said: last ? "." : "" });
    }
    if (mark && s.start + mark.index >= (inside.at(-1)?.to ?? s.start))
      inside.push({ from: s.start + mark.index, to: s.end, said: "" });
    for (const m of sentence.matchAll(ITS)) {
      const from = s.start + m.index;
      if (!inside.some((p) => from < p.to && from + 3 > p.from))
        inside.push({ from, to: from + 3, said: m[0][0] === "I" ? "It's" : "it's" });
    }
    pieces.push(...inside.sort((a, b) => a.from - b.from));
  }
  return pieces;
}

/**
 * `text` as plainly worded (its wrappings taken off: see above), mapped back to `text`: first with its fillers
 * kept, then, if it has any, without them too ("once the instructions are actually followed" keeps its
 * "actually", a cue, in the first; "you actually managed" loses it in the second). Empty when it has none. The whole
 * message is kept, so a sentence is read with its neighbours ("You put it in upside down. Don't worry, it happens
 * to everyone").
 */
export function plainReadings(text: string): RewrittenText[] {
  if (!MAY_WRAP.test(text) && !ANY_HEDGE.test(text) && !MAY_BREAK.test(text)) return [];
  const joins: Rewrite[] = [...text.matchAll(LINE_BREAK)].map((m) => ({
    from: m.index,
    to: m.index + m[0].length,
    said: " ",
  }));
  const joined = rewriteText(text, joins);
  const readings: RewrittenText[] = [];
  const unwrapped = unwrapSentences(joined.text, false);
  if (unwrapped.length > 0) readings.push(composed(joined, rewriteText(joined.text, unwrapped)));
  else if (!joined.unchanged) readings.push(joined);
  if (ANY_HEDGE.test(joined.text)) {
    const plain = unwrapSentences(joined.text, true);
    if (plain.length > unwrapped.length) readings.push(composed(joined, rewriteText(joined.text, plain)));
  }
  return readings;
}

/** The plainest reading of `text` (fillers taken off too), or null when it has no wrapping. */
export function plainReading(text: string): RewrittenText | null {
  return plainReadings(text).at(-1) ?? null;
}
