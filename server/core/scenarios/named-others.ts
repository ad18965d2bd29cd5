/**
 * Another person named to a customer together with their case: "I had a lady in yesterday with the same
 * problem, Mrs Okafor from Didsbury, and we sorted hers the same way" (lead's mutation set 12, C75; the
 * rephrasing of set 1's "Your neighbour Mrs Patel at number 12 had the same problem"). The CRM reader
 * (workspace-disclosure.ts) finds other customers' data that is in the attempt's records; a person the
 * learner names from outside them is no less someone's personal data: a name with where they live or what
 * happened to their order identifies them (UK GDPR Art 4(1)), and telling it to another customer is a
 * failure of confidentiality (Art 5(1)(f)).
 *
 * Read a sentence at a time: a title and surname ("Mrs Okafor", "Mr Patel"), or someone "called" or
 * "named" a capitalised name, that is nobody the scenario knows (its customers, their contacts), in the same
 * sentence as something of their case: the same or a similar problem, fault or complaint; what we did for
 * them ("we refunded her", "sorted his"); where they live ("from Didsbury", "at number 12", "next door",
 * "down the road"). A name alone ("Mr Shah in our returns team will collect it") is not read, nor a person
 * the recipient told us about.
 */
import { sentencesOf } from "./own-words";

export type NamedOther = { name: string; start: number; end: number; text: string };

const TITLED =
  /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?:[A-Z]\.?\s+)?([A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?)\b/g;
const CALLED = /\b(?:called|named)\s+([A-Z][a-z'\u2019]+(?:\s+[A-Z][a-z'\u2019]+)?)\b/g;

const THEIR_CASE =
  /\b(?:(?:same|similar|identical|exact\s+same)\s+(?:\w+\s+)?(?:problem|fault|issue|trouble|thing|complaint|kettle|grinder|order|machine|experience)|(?:we|i)(?:['\u2019]ve|\s+have)?\s+(?:\w+\s+)?(?:refunded|replaced|repaired|fixed|sorted|credited|compensated|reimbursed)\s+(?:her|him|them|hers|his|theirs)\b|(?:her|his|their)\s+(?:order|refund|kettle|grinder|machine|parcel|complaint|account|subscription|delivery|address)|(?:hers|his|theirs)\s+(?:the\s+same|too|as\s+well)|(?:from|in|over\s+in|out\s+in)\s+[A-Z][a-z]+|at\s+number\s+\d+|next\s+door|down\s+the\s+road|on\s+your\s+(?:street|road)|round\s+the\s+corner|neighbour|lives|living)/;

/** Names in `text` of people outside `known` (lower-case names) told with something of their case. */
export function namedOthersIn(text: string, known: ReadonlySet<string>): NamedOther[] {
  const out: NamedOther[] = [];
  for (const s of sentencesOf(text)) {
    const sentence = text.slice(s.start, s.end);
    if (!THEIR_CASE.test(sentence)) continue;
    for (const re of [TITLED, CALLED]) {
      for (const m of sentence.matchAll(re)) {
        const name = m[1]!;
        const parts = name.toLowerCase().split(/\s+/);
        if (parts.some((p) => known.has(p.replace(/['\u2019]s$/, "")))) continue;
        // The case words must not be only the name's own "from" ("Mrs Okafor from Didsbury" counts;
        // "from Mrs Okafor" is checked against the rest of the sentence).
        const rest = sentence.slice(0, m.index) + sentence.slice(m.index! + m[0].length);
        if (!THEIR_CASE.test(rest)) continue;
        // The name as written ("Mrs Okafor", "Gemma Lowe"), without "called".
        const written = re === CALLED ? name : m[0];
        const at = s.start + m.index! + m[0].length - written.length;
        out.push({ name: written, start: at, end: at + written.length, text: written });
      }
    }
  }
  return out;
}
