/**
 * A filler does not change whether a remark about the customer is respectful: "How did you actually
 * manage to break the lid?" sneers exactly as "How did you manage to break the lid?" does, and "3 late parcels
 * isn't exactly the end of the world" minimises as "isn't the end of the world" does. The respect readers are
 * written for the plain wording, so one inserted "actually", "really" or "exactly" hid a third of the breaches
 * they caught (session 44: 45/66 caught sentences stayed caught with "exactly" after their negation, 124/163
 * with "actually" after "you").
 *
 * `withoutHedges` gives the message with such fillers taken out; when the message had no respect label the
 * analyser reads it again so (analyse-message.ts, respect labels only), so a filler can no longer hide a breach and
 * an honest message is judged as it would be without its fillers. Only adverbs that soften or stress are taken out; "just", "only",
 * "quite", "simply" and "even" are cue words of the readers themselves and stay.
 */
import { type Rewrite, type RewrittenText, rewriteText } from "./obfuscation";
import { normaliseText, splitSentences } from "./segment";

const HEDGE =
  /\b(?:you|you're|you've|you'd|your|not|never|isn't|wasn't|aren't|weren't|don't|didn't|doesn't|haven't|hasn't|can't|couldn't|won't|wouldn't|shouldn't|it's|that's|is|was|are|were)(\s+(?:actually|really|exactly|honestly|literally|truly|seriously|genuinely|totally|basically|necessarily|particularly))\b/gi;

/** A discourse marker opening a sentence ("Honestly, …", "I mean …", "Tbh …"). */
const OPENER = /^(?:honestly|frankly|i\s+mean|tbh|to\s+be\s+honest|anyway|like)\b[\s,]*/i;
/** A tag closing one ("… tbh", "… lol", "… haha"), before its punctuation. */
const CLOSER = /[\s,]+(?:tbh|lol|lmao|haha+|to\s+be\s+honest|honestly|tho|though|like)(?=[\s.!?]*$)/i;
/** Words that may open or close a sentence as a filler: only then is the text split into sentences. */
const MARKER =
  /\b(?:honestly|frankly|i\s+mean|tbh|to\s+be\s+honest|anyway|like|lol|lmao|haha+|tho|though)\b/i;
const ANY_HEDGE = new RegExp(HEDGE.source, "i");

/**
 * `text` without its fillers (a hedge after the customer, a negation or a copula; a discourse marker opening a
 * sentence; a tag closing one), mapped back to `text`; null when it has none. The whole message is kept, so a
 * sentence is read with its neighbours ("You put it in upside down. Don't worry, it happens to everyone").
 */
export function withoutHedges(text: string): RewrittenText | null {
  if (!MARKER.test(text) && !ANY_HEDGE.test(text)) return null;
  const sentences = splitSentences(normaliseText(text));
  const pieces: Rewrite[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    const inside: Rewrite[] = [];
    const opener = OPENER.exec(sentence);
    // The sentence then opens on its next word, with the capital it would have had ("Honestly, oh no, love").
    if (opener && opener[0].length < sentence.length) {
      const first = sentence[opener[0].length] ?? "";
      inside.push({ from: s.start, to: s.start + opener[0].length + 1, said: first.toUpperCase() });
    }
    for (const m of sentence.matchAll(HEDGE)) {
      const from = s.start + m.index + m[0].length - (m[1]?.length ?? 0);
      if (!inside.some((p) => from < p.to))
        inside.push({ from, to: s.start + m.index + m[0].length, said: "" });
    }
    const closer = CLOSER.exec(sentence);
    if (closer && !inside.some((p) => s.start + closer.index < p.to)) {
      // A tag in place of the full stop ("… clever of you lol") leaves one.
      const last = sentence.slice(closer.index + closer[0].length).trim() === "";
      inside.push({
        from: s.start + closer.index,
        to: s.start + closer.index + closer[0].length,
        said: last ? "." : "",
      });
    }
    pieces.push(...inside);
  }
  return pieces.length === 0 ? null : rewriteText(text, pieces);
}
