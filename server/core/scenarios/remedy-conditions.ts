/**
 * A remedy made to wait for something the law does not ask of the customer, said across a sentence's
 * clauses (red-team round 19 A, complaint-r19-right-then-box: "Because it's under 30 days you have the
 * legal right to a full refund… In practice, though, the returns team will only complete it once the
 * kettle's back with us, boxed up as it arrived, along with your proof of purchase"). A right or remedy
 * for faulty goods cannot be made subject to a "restrictive or onerous condition" (Consumer Rights Act
 * 2015 s.31(2)(b)); rejecting goods needs no box, packaging or receipt (s.20), and the order is on the
 * shop's own records. The obstruction lists read a phrase inside one clause ("only if + box"); here the
 * condition ("only once") and the thing ("boxed up", "proof of purchase") are commas apart.
 *
 * Read a sentence at a time: a condition put on the remedy ("only once / when / if / after / where", "as long
 * as", "provided", "on condition", "subject to", "can't / won't … until / unless / without") followed, in
 * the same sentence, by one of `things` (word stems from the scenario: "box", "packaging", "receipt",
 * "proof of purchase"). Not when the thing is negated or set aside just before it ("no need for the
 * box", "you don't need a receipt", "no need for the box or a receipt"), said not to matter just after it ("any packaging is fine"), or when
 * the condition is quoted or reports what others say ("some shops will only refund if…"), or the sentence
 * is about returning unwanted goods (a change-of-mind policy may ask for them unused and boxed).
 */
import { sentencesOf } from "./own-words";
import { quotedSpans } from "./quotations";

const CONDITION =
  /\b(?:only\s+(?:[\w'\u2019]+\s+){0,4}?(?:once|when|if|after|with|where|in\s+cases?\s+where|on\s+condition)|as\s+long\s+as|so\s+long\s+as|provided(?:\s+that)?|providing|on\s+condition|subject\s+to|(?:can['\u2019]?t|cannot|can\s+not|won['\u2019]t|will\s+not|unable\s+to|not\s+able\s+to)\b[^.!?]{0,60}?\b(?:until|unless|without))\b/i;
const NEGATED_THING =
  /\b(?:no|not|don['\u2019]t|do\s+not|doesn['\u2019]t|never|needn['\u2019]t|no\s+need\s+(?:for|to\s+\w+)|without\s+needing|whether\s+or\s+not)\s+(?:\S+\s+){0,3}(?:(?:or|and|nor)\s+(?:\S+\s+){0,2})?$/i;
const DOES_NOT_MATTER =
  /^[^.!?,;]{0,25}?\b(?:is|are)\s+(?:fine|optional|not\s+needed|not\s+necessary|not\s+required)\b|^[^.!?,;]{0,25}?\b(?:isn['\u2019]t|aren['\u2019]t)\s+(?:needed|necessary|required)\b|^[^.!?,;]{0,25}?\bdoesn['\u2019]t\s+matter\b|^\s*(?:or\s+not|if\s+you\s+(?:have|still\s+have|kept)\s+(?:it|them))\b/i;
const CHANGE_OF_MIND =
  /\b(?:unwanted|change\s+of\s+mind|chang(?:e|ed)\s+(?:your|their)\s+mind|(?:don['\u2019]t|no\s+longer)\s+want)\b/i;
const REPORTED =
  /\b(?:some|other|many|most)\s+(?:shops|retailers|stores|companies|sellers|traders)\b|\byou\s+(?:may|might)\s+(?:have\s+been|be)\s+told\b|\byour\s+friend\b|\bsome\s+people\b/i;

/** The first words in `text` that make the remedy wait for one of `things`, or null. */
export function remedyConditionedOn(
  text: string,
  things: readonly string[],
): { start: number; end: number; text: string } | null {
  if (things.length === 0) return null;
  const thing = new RegExp(
    String.raw`\b(?:${things.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+")).join("|")})\w*`,
    "gi",
  );
  const quoted = quotedSpans(text);
  for (const s of sentencesOf(text)) {
    const sentence = text.slice(s.start, s.end);
    const c = CONDITION.exec(sentence);
    if (!c) continue;
    const at = s.start + c.index;
    if (quoted.some((q) => q.start <= at && at < q.end)) continue;
    if (REPORTED.test(sentence.slice(0, c.index))) continue;
    // A change-of-mind returns policy may ask for unused goods in their packaging (returns-pasted-wall).
    if (CHANGE_OF_MIND.test(sentence)) continue;
    for (const t of sentence.slice(c.index).matchAll(thing)) {
      const i = c.index + t.index!;
      if (NEGATED_THING.test(sentence.slice(0, i))) continue;
      if (DOES_NOT_MATTER.test(sentence.slice(i + t[0].length))) continue;
      return { start: at, end: s.start + i + t[0].length, text: sentence.slice(c.index, i + t[0].length) };
    }
  }
  return null;
}
