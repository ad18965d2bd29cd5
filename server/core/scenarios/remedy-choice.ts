/**
 * A choice of remedies put to the customer: two or more remedies named as alternatives in one sentence that
 * asks her, or leaves it to her, which she wants. "Would you prefer a full refund or a replacement kettle?",
 * "Which would you like: your money back, or a new one sent today?", "a repair or a replacement, it's up to
 * you", "would you like a full refund, or to keep it with money off the price?". Session 48 (issue 8 item 3):
 * a scenario's reaction with `offersRemedyChoice` lets its scripted customer answer with her choice, which
 * promises.ts `customerChoices` then links to the learner's "I'll get that done".
 *
 * Not a choice put to her: one remedy offered ("if you'd rather have a replacement, just reply"), two told as
 * done or both given ("I've refunded you and a new one is on its way"), remedies refused ("we can't offer a
 * refund or a replacement"), or the law told with no question ("the law gives you a refund or a repair").
 */
import { clauseBefore } from "./clauses";

const GOODS = String.raw`(?:one|kettle|aurora|machine|grinder|frother|toaster|unit|model|crema(?:\s+duo)?|halo)`;
/** Each remedy, in the words a learner uses for it; a price reduction as keeping the goods with money off. */
const REMEDIES: [string, RegExp][] = [
  // "Put the £49.99 back on your card" is the refund too.
  [
    "refund",
    /\b(?:refund(?:ed)?|money\s+back|reimburs\w*)\b|(?:£\s?\d[\d.,]*|\bthe\s+money|\bit)\s+back\s+(?:on|to|into|onto)\s+your\b/gi,
  ],
  [
    "replacement",
    new RegExp(
      String.raw`\b(?:replacement|replace(?:d)?|exchange|swap|(?:brand[- ]new|new|fresh|another)\s+(?:[\w-]+\s+)?${GOODS})\b`,
      "gi",
    ),
  ],
  ["repair", /\b(?:repair(?:ed)?|fix(?:ed)?\s+(?:it|the)|mend(?:ed)?)\b/gi],
  [
    "price reduction",
    /\b(?:price\s+reduction|partial\s+refund|(?:money|something|a\s+bit|some)\s+off(?:\s+the\s+price)?|reduc(?:e|ed|tion)\s+(?:the\s+)?price|keep\s+(?:it|the\s+\w+))\b/gi,
  ],
];
/** The question or the hand-over of the choice: "would you prefer", "which would you like", "up to you". */
const ASKED =
  /\?|\b(?:whichever|which\s+(?:you|one|would|do)|(?:your|her|his)\s+choice|(?:is\s+)?up\s+to\s+you|you\s+(?:can\s+|get\s+to\s+)?(?:choose|decide|pick))\b/i;
/** A choice asked in a sentence of its own straight after the remedies: "…or a new one. Which would you prefer?" */
const WHICH_NEXT = /^\s*(?:so\s+)?(?:which|what)\s+(?:would|do|will)\s+you\b[^.!?\n]*\?\s*$/i;
const NEGATED = /\b(?:not|never|no|cannot|unable)\b|n['\u2019]t\b/i;

type Named = { kind: string; index: number };

/**
 * Sentences with their offsets: a run of stops, or a line break, ends one (not a decimal point in "£49.99").
 * Local, not case-evidence.ts's splitter, which imports the matcher that imports this file.
 */
function sentencesOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]+(?=\s|$)|\n+/g)) {
    const end = m.index! + m[0].length;
    if (text.slice(start, end).trim()) out.push({ start, end });
    start = end;
  }
  if (text.slice(start).trim()) out.push({ start, end: text.length });
  return out;
}

function remediesIn(sentence: string): Named[] {
  const out: Named[] = [];
  for (const [kind, re] of REMEDIES)
    for (const m of sentence.matchAll(re)) out.push({ kind, index: m.index! });
  return out.sort((a, b) => a.index - b.index);
}

/** Does the message put a choice of two or more remedies to the customer? */
export function offersRemedyChoice(text: string): boolean {
  const sentences = sentencesOf(text);
  return sentences.some((s, i) => {
    const sentence = text.slice(s.start, s.end);
    const named = remediesIn(sentence);
    const kinds = new Set(named.map((n) => n.kind));
    if (kinds.size < 2) return false;
    // Named as alternatives: an "or" after the first remedy, before the last one of another kind.
    const first = named[0]!;
    const other = named.findLast((n) => n.kind !== first.kind)!;
    if (!/\bor\b/i.test(sentence.slice(first.index, other.index))) return false;
    // "We can't offer a refund or a replacement": refused, not offered.
    if (NEGATED.test(clauseBefore(sentence, first.index))) return false;
    const next = sentences[i + 1];
    return ASKED.test(sentence) || (next !== undefined && WHICH_NEXT.test(text.slice(next.start, next.end)));
  });
}
