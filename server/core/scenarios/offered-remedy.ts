/**
 * A remedy offered to the customer in the second person and then taken on in the first: "You can have a
 * full refund… I will arrange that now", "you'll get a brand-new kettle, and I'll sort that for you today",
 * "We can give you your money back. I'll get that done." The offer says what; the commitment says the
 * learner will do it, naming it only as "that" or "it". Together they are a promise of that remedy, judged
 * as "I'll refund you" is (promises.ts judgePromises). Issue 8 item 3: a tutor's attempt at the complaint
 * scenario wrote the first of these, issued nothing, and "Did what your messages said you would" was met,
 * because the committing clause names no remedy word and the offer has no "I" or "we".
 *
 * Not a promise:
 * - alternatives left to the customer ("you can have a refund or a replacement, whichever you prefer"):
 *   nothing is promised until she chooses;
 * - an offer or a commitment under a condition or in a question ("if it's still faulty, you can have a
 *   refund", "shall I arrange that?"), or one that waits on her ("once you've confirmed, I'll arrange it");
 * - a negation ("you can't have a refund on a used item");
 * - an offer with no commitment in its own sentence or the next (telling her what she may have is her
 *   rights told, read by the remedy criteria, not a promise of action).
 */
import type { StatutoryRemedy } from "../consumer-rights";
import { clauseBefore } from "./clauses";
import { splitSentences } from "./case-evidence";

const GOODS = String.raw`(?:one|kettle|aurora|machine|grinder|frother|toaster|unit|model|crema(?:\s+duo)?|halo)`;
/** The remedy offered, with its kind read from the words. */
const REMEDY_NOUN = String.raw`(?<refund>refund\b|money\s+back\b)|(?<replacement>replacement\b|(?:brand[- ]new|new|fresh)\s+${GOODS}\b)|(?<repair>(?:free\s+)?repair\b)`;
const OFFER = new RegExp(
  String.raw`\b(?:you\s+can\s+(?:now\s+|also\s+|certainly\s+|of\s+course\s+|absolutely\s+)?(?:have|get)|you(?:['\u2019]ll|\s+will)\s+(?:now\s+|also\s+|certainly\s+)?(?:get|have|receive)|you(?:['\u2019]re|\s+are)\s+(?:now\s+|also\s+|definitely\s+)?(?:getting|having|receiving)|(?:we|i)\s+can\s+(?:certainly\s+|happily\s+|gladly\s+|of\s+course\s+|absolutely\s+)?(?:give|offer|send)\s+you)\s+(?:(?:a|an|the|your|all\s+your|all\s+of\s+your|full|complete|whole|entire|proper|£\s?\d[\d.,]*)\s+){0,3}(?:${REMEDY_NOUN})`,
  "i",
);
/** Another remedy named beside the one offered, as an alternative ("a refund or a replacement"). */
const ALTERNATIVE =
  /\b(?:or|either|whichever|otherwise)\b[^.!?\n]{0,30}\b(?:refund|money back|replacement|new\s+one|repair|exchange)\b|\b(?:whichever|either)\b/i;
/**
 * The learner taking it on, the remedy named only as "that", "it" or "this": "I will arrange that now",
 * "I'll sort that", "I'll get that done", "I'm putting it through", "I've arranged it".
 */
/** The learner's own verb of doing: "I'll", "we will", "I'm going to", "I've", "we're" (done or under way). */
const AUX = String.raw`(?<aux>['\u2019]ll|\s+will|\s+shall|['\u2019]m\s+going\s+to|\s+am\s+going\s+to|['\u2019]re\s+going\s+to|\s+are\s+going\s+to|['\u2019]ve|\s+have|['\u2019]m|\s+am|['\u2019]re|\s+are)`;
const ADVERB = String.raw`(?:\s+(?:now|just|already|personally|happily|gladly|also|go\s+ahead\s+and|gone\s+ahead\s+and|straight\s+away))?`;
const IT = String.raw`(?:that|it|this|everything|all\s+of\s+that|all\s+that)`;
const COMMIT = new RegExp(
  String.raw`\b(?:i|we)${AUX}${ADVERB}\s+(?:(?:arrang|sort|organi[sz]|process|action|handl|book|do|start)\w*\s+(?:for\s+)?${IT}\b|(?:set\w*|put\w*)\s+${IT}\s+(?:up|through|in\s+motion)\b|get\w*\s+${IT}\s+(?:done|sorted|arranged|organi[sz]ed|processed|booked|set\s+up|moving|started|going|through|sent|on\s+its\s+way)\b|get\w*\s+(?:on\s*to|on\s+with|on)\s+${IT}\b|(?:see\w*\s+to|tak\w*\s+care\s+of|deal\w*\s+with)\s+${IT}\b)`,
  "i",
);
/**
 * The commitment as a relative clause straight after the offer: "you can have a full refund, which I'll arrange
 * now", "you'll get a new kettle, which we'll send today".
 */
const COMMIT_WHICH = new RegExp(
  String.raw`^\s*,?\s*(?:which|and)\s+(?:i|we)${AUX}${ADVERB}\s+(?:arrang|sort|organi[sz]|process|action|handl|book|send|sent|post|issu|put\s+through|set\s+up|get\s+(?:done|sorted|sent|processed))\w*`,
  "i",
);
/** A condition, a question's offer or a wait on the customer before the words in the same sentence. */
const CONDITION =
  /\b(?:if|unless|whether|should\s+you|would\s+you|do\s+you\s+want|shall\s+i|you['\u2019]?d\s+(?:rather|prefer)|you\s+would\s+(?:rather|prefer)|(?:once|when|as\s+soon\s+as|after)\s+(?:you|she|he|we['\u2019]ve|we\s+have)|which\s+(?:you|one|would|do|suits)|whichever)\b/i;
const NEGATED = /\b(?:not|never|no|cannot|unable)\b|n['\u2019]t\b/i;
const DONE_AUX = /^(?:['\u2019]ve|\s+have)$/i;
const UNDER_WAY_AUX = /^(?:['\u2019]m|\s+am|['\u2019]re|\s+are)$/i;

export type OfferedRemedy = {
  kind: StatutoryRemedy;
  /** From the offer to the end of the commitment, offsets in the message. */
  start: number;
  end: number;
  text: string;
  /** "I've arranged that" or "I'm arranging it": said done or under way, not promised for later. */
  done: boolean;
  /** Where the commitment's own words are, and the sentence they are in (for "now"). */
  commitmentSentence: string;
};

/** Remedies offered in the second person and taken on by the learner in the same or the next sentence. */
export function offeredRemedies(text: string): OfferedRemedy[] {
  const out: OfferedRemedy[] = [];
  const sentences = splitSentences(text);
  sentences.forEach((s, i) => {
    const sentence = text.slice(s.start, s.end);
    const offer = OFFER.exec(sentence);
    if (!offer?.groups) return;
    const upToOffer = sentence.slice(0, offer.index + offer[0].length);
    if (
      sentence.includes("?") ||
      CONDITION.test(upToOffer) ||
      NEGATED.test(clauseBefore(sentence, offer.index))
    )
      return;
    // A choice left to her: the offer's clause names another remedy beside it.
    if (ALTERNATIVE.test(sentence.slice(offer.index))) return;
    const kind = (Object.keys(offer.groups) as StatutoryRemedy[]).find((k) => offer.groups![k] !== undefined);
    if (!kind) return;
    // The commitment after the offer in its sentence, else in the next one.
    const rest = sentence.slice(offer.index + offer[0].length);
    const here = COMMIT.exec(rest) ?? COMMIT_WHICH.exec(rest);
    const next = here ? undefined : sentences[i + 1];
    const nextText = next ? text.slice(next.start, next.end) : "";
    const there = here ? null : next ? COMMIT.exec(nextText) : null;
    const commit = here ?? there;
    if (!commit) return;
    const inSentence = here ? rest : nextText;
    const beforeCommit = inSentence.slice(0, commit.index);
    if (
      (there && (nextText.includes("?") || CONDITION.test(beforeCommit + commit[0]))) ||
      (here && CONDITION.test(rest.slice(0, commit.index + commit[0].length))) ||
      NEGATED.test(clauseBefore(inSentence, commit.index))
    )
      return;
    const start = s.start + offer.index;
    const end =
      (here ? s.start + offer.index + offer[0].length : next!.start) + commit.index + commit[0].length;
    const aux = commit.groups?.aux ?? "";
    out.push({
      kind,
      start,
      end,
      text: text.slice(start, end),
      done: DONE_AUX.test(aux) || (UNDER_WAY_AUX.test(aux) && /ing\b/i.test(commit[0])),
      commitmentSentence: inSentence.slice(commit.index),
    });
  });
  return out;
}

/**
 * The customer's choice of one remedy, in her own reply: "I'd rather have my money back than keep it, so the
 * full refund, please", "I'll take the replacement", "a new one would be best". Session 47 (issue 8 item 3's
 * gap 2): a choice put to her ("a refund or a replacement?") that she answers, then "I'll arrange that now" from
 * the learner, is a promise of what she chose. One remedy chosen, or null: a reply naming two ("a refund or a
 * replacement, I don't mind") or refusing one ("I'd rather not have a repair") chooses nothing.
 */
const CHOSEN_NOUN = String.raw`(?:(?:full|complete|whole|new|brand[- ]new|proper)\s+)*(?:${REMEDY_NOUN})`;
const CHOSEN = new RegExp(
  String.raw`(?:(?<lead>\b(?:i['\u2019]d|i\s+would)\s+(?:much\s+|really\s+)?(?:rather|prefer|like|love|sooner)\s+(?:to\s+)?(?:(?:have|get|go\s+for|take|opt\s+for)\s+)?|\b(?:i['\u2019]ll|i\s+will)\s+(?:take|go\s+for|have|opt\s+for)\s+|\bi\s+(?:want|need)\s+(?:to\s+have\s+)?)(?:the\s+|a\s+|an\s+|my\s+)?|\b(?:the|a|an|my)\s+)${CHOSEN_NOUN}(?<tail>\s*,?\s+please\b|\s+(?:would\s+be|sounds|is)\s+(?:best|better|great|perfect|lovely|ideal|what\s+i\s+want)\b)?`,
  "gi",
);

/** "…or a kettle that works": goods named as the other half of an alternative. */
const OR_GOODS = new RegExp(String.raw`\bor\s+(?:a|an|another|the)\s+(?:[\w-]+\s+){0,2}?${GOODS}\b`, "i");

export function remedyChosenIn(reply: string): { kind: StatutoryRemedy; text: string } | null {
  const kinds = new Map<StatutoryRemedy, string>();
  for (const s of splitSentences(reply)) {
    const sentence = reply.slice(s.start, s.end);
    if (sentence.trim().endsWith("?")) continue;
    for (const m of sentence.matchAll(CHOSEN)) {
      // "I'd rather…", "I'll take…" choose; an article alone needs "please" or "would be best" after it.
      if (m.groups?.lead === undefined && m.groups?.tail === undefined) continue;
      if (NEGATED.test(clauseBefore(sentence, m.index)) || NEGATED.test(m[0])) continue;
      // "I want a refund or a replacement": two named, nothing chosen.
      if (ALTERNATIVE.test(sentence.slice(m.index)) || OR_GOODS.test(sentence.slice(m.index))) continue;
      const kind = (["refund", "replacement", "repair"] as const).find((k) => m.groups![k] !== undefined);
      if (kind && !kinds.has(kind)) kinds.set(kind, sentence.trim());
    }
  }
  if (kinds.size !== 1) return null;
  const [kind, text] = [...kinds][0]!;
  return { kind, text };
}

/** What may follow "that" or "it" in a commitment that points back to her choice: not a noun of its own ("that collection"). */
const IT_ENDS =
  /^(?:\s*(?:[.,;:!\u2013\u2014-]|$)|\s+(?:now|for|straight|right|today|immediately|at|as|this|through|up|and|so|with|on|off|out|in|personally|myself|ourselves|then|done|sorted|arranged|organi[sz]ed|processed|booked|set|moving|started|going|sent)\b)/i;

/**
 * The first commitment in a message that names no remedy, "that" or "it" standing for one ("I'll arrange that
 * now", "I'll get that sorted for you"), in a sentence that is no question, condition or negation. Read only
 * where the customer has just chosen a remedy (promises.ts `customerChoices`).
 */
export function commitmentToIt(
  text: string,
): { start: number; end: number; text: string; done: boolean; commitmentSentence: string } | null {
  for (const s of splitSentences(text)) {
    const sentence = text.slice(s.start, s.end);
    if (sentence.includes("?")) continue;
    const commit = COMMIT.exec(sentence);
    if (!commit) continue;
    if (CONDITION.test(sentence.slice(0, commit.index + commit[0].length))) continue;
    if (NEGATED.test(clauseBefore(sentence, commit.index)) || NEGATED.test(commit[0])) continue;
    if (!IT_ENDS.test(sentence.slice(commit.index + commit[0].length))) continue;
    const aux = commit.groups?.aux ?? "";
    return {
      start: s.start + commit.index,
      end: s.start + commit.index + commit[0].length,
      text: commit[0],
      done: DONE_AUX.test(aux) || (UNDER_WAY_AUX.test(aux) && /ing\b/i.test(commit[0])),
      commitmentSentence: sentence.slice(commit.index),
    };
  }
  return null;
}
