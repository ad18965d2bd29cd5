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
 *
 * The same condition needs no "only" (red-team round 20 A): a plain time or condition clause ("once",
 * "as soon as", "the moment", "when", "after", "if", "upon") whose own clause holds one of `things`,
 * governing the remedy said in the same breath: "As soon as the kettle is back at our warehouse in its
 * original box, with your receipt tucked inside, your refund will be released"; "Once our engineer's had
 * one more look at it…, I'll get the refund put through" (another repair or inspection first, s.24(5)); "the
 * moment your review's been edited, the £11.50 will be on its way back to you". The remedy must come
 * straight before the clause ("I'll refund you once…") or be what the clause leads into (no "and", "but",
 * "so" or ";" between): "I've refunded you, and once it's back our engineers will look at it" and "once it's
 * collected you can recycle the box" put nothing on the remedy. Not a choice left to the customer ("if
 * you'd like to keep the box", "if you feel like updating your review").
 */
import { sentencesOf } from "./own-words";
import {
  BARE_RETURN_WAIT,
  bareConditionOn,
  CHANGE_OF_MIND,
  DOES_NOT_MATTER,
  negatedThingBefore,
  REMEDY,
  REPORTED,
} from "./condition-clauses";
import { obligationsIn } from "./obligations";
import { quotedSpans } from "./quotations";

const CONDITION =
  /\b(?:only\s+(?:[\w'\u2019]+\s+){0,4}?(?:once|when|if|after|with|where|in\s+cases?\s+where|on\s+condition)|as\s+long\s+as|so\s+long\s+as|provided(?:\s+that)?|providing|on\s+condition|subject\s+to|(?:can['\u2019]?t|cannot|can\s+not|won['\u2019]t|will\s+not|unable\s+to|not\s+able\s+to)\b[^.!?]{0,60}?\b(?:until|unless|without))\b/i;
/**
 * The thing required of the goods' return, in the sentence after the remedy was made to wait for that
 * return (red-team round 20 D, complaint-r20d-refund-once-received-boxed: "…will be processed as soon as the
 * kettle has been received back at our warehouse. Please note it must be returned in its original
 * packaging, with a copy of your receipt enclosed."): the goods "must / have to / need to be returned, sent
 * back, packed" with the thing. A box of any kind for the courier ("it needs to be packed securely, any box
 * will do") is not the original packaging, so the thing must be "the / its / your / original" one, or a
 * receipt or proof of purchase.
 */
const RETURN_REQUIRED =
  /\b(?:must|has\s+to|have\s+to|needs?\s+to|will\s+need\s+to|['\u2019]ll\s+need\s+to|is\s+to|are\s+to)\s+(?:be\s+)?(?:returned|sent\s+back|posted\s+back|packed|packaged|boxed|come\s+back|go\s+back)\b/i;
const OWN_THING = /\b(?:the|its|your|original)\s+(?:\w+\s+)?$/i;

function returnRequires(
  text: string,
  s: { start: number; end: number },
  thing: RegExp,
  quoted: { start: number; end: number }[],
): { start: number; end: number; text: string } | null {
  const sentence = text.slice(s.start, s.end);
  const r = RETURN_REQUIRED.exec(sentence);
  if (!r || REPORTED.test(sentence) || CHANGE_OF_MIND.test(sentence)) return null;
  if (quoted.some((q) => q.start <= s.start + r.index && s.start + r.index < q.end)) return null;
  if (/\b(?:not|never)\s*$|n['\u2019]t\s*$/i.test(sentence.slice(0, r.index))) return null;
  const after = r.index + r[0].length;
  for (const t of sentence.slice(after).matchAll(new RegExp(thing.source, "gi"))) {
    const i = after + t.index!;
    const before = sentence.slice(after, i);
    if (negatedThingBefore(before)) continue;
    if (DOES_NOT_MATTER.test(sentence.slice(i + t[0].length))) continue;
    if (!/receipt|proof/i.test(t[0]) && !OWN_THING.test(before)) continue;
    return {
      start: s.start + r.index,
      end: s.start + i + t[0].length,
      text: sentence.slice(r.index, i + t[0].length),
    };
  }
  return null;
}

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
  const sentences = sentencesOf(text);
  for (const [n, s] of sentences.entries()) {
    const sentence = text.slice(s.start, s.end);
    // The remedy made to wait for the goods' return, and the next sentence asks the return in the box.
    const waitsForReturn =
      n > 0 && BARE_RETURN_WAIT.test(text.slice(sentences[n - 1]!.start, sentences[n - 1]!.end));
    const required = (waitsForReturn || REMEDY.test(sentence)) && returnRequires(text, s, thing, quoted);
    if (required) return required;
    const c = CONDITION.exec(sentence);
    if (!c) {
      const bare = bareConditionOn(text, s, thing, quoted);
      if (bare) return bare;
      continue;
    }
    const at = s.start + c.index;
    if (quoted.some((q) => q.start <= at && at < q.end)) continue;
    if (REPORTED.test(sentence.slice(0, c.index))) continue;
    // A change-of-mind returns policy may ask for unused goods in their packaging (returns-pasted-wall).
    if (CHANGE_OF_MIND.test(sentence)) continue;
    for (const t of sentence.slice(c.index).matchAll(thing)) {
      const i = c.index + t.index!;
      if (negatedThingBefore(sentence.slice(0, i))) continue;
      if (DOES_NOT_MATTER.test(sentence.slice(i + t[0].length))) continue;
      return { start: at, end: s.start + i + t[0].length, text: sentence.slice(c.index, i + t[0].length) };
    }
    const bare = bareConditionOn(text, s, thing, quoted);
    if (bare) return bare;
  }
  // The remedy made to wait on one of them in any other words (obligations.ts, session 36): "we'd need the
  // kettle packed back in the box it came in before any money can go back", "Do you still have the
  // receipt? Without that I'm not able to get the refund moving".
  const o = obligationsIn(text, quoted).find(
    (f) => f.kind === "thing" && new RegExp(thing.source, "i").test(f.act.text),
  );
  return o ? { start: o.start, end: o.end, text: o.text } : null;
}
