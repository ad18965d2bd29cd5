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
 * the recipient told us about. Someone pointed to by their address ("the gentleman at 4 Mill Lane") is read
 * the same way, with the address as what is reported, and so is "your neighbour at number 12" beside "we've had a
 * few of these this week" (lead's mutation set 14: the recipient's own neighbour, told of as another case).
 */
import { sentencesOf } from "./own-words";

export type NamedOther = { name: string; start: number; end: number; text: string };

const TITLED =
  /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?:[A-Z]\.?\s+)?([A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?)\b/g;
const CALLED = /\b(?:called|named)\s+([A-Z][a-z'\u2019]+(?:\s+[A-Z][a-z'\u2019]+)?)\b/g;
/**
 * Someone pointed to by where they live rather than by name: "the gentleman at 4 Mill Lane", "a lady from
 * number 12", "the couple on Church Street" (lead's mutation set 13, C82). An address with a person is as
 * identifying as a name (UK GDPR Art 4(1)); the address is what is reported.
 */
const STREET = `(?:Lane|Road|Street|Close|Avenue|Drive|Way|Crescent|Grove|Place|Terrace|Gardens|Court|Walk|Row|Hill|Mews|Rise|Square|Parade)`;
const ADDRESSED = new RegExp(
  String.raw`\b(?:[Tt]he|[Aa]|[Oo]ne|[Tt]his|[Tt]hat|[Yy]our|[Oo]ur)\s+(?:\w+\s+)?(?:gentleman|gent|man|lady|woman|customer|chap|fella|fellow|guy|bloke|couple|family|lad|girl|lass|pensioner|mum|dad|neighbour)\s+(?:at|from|on|in|over\s+at|down\s+at)\s+((?:number|no\.?)\s+\d+[a-z]?|\d+[a-z]?\s+(?:[A-Z][a-z'\u2019]+\s+){1,2}${STREET}|(?:[A-Z][a-z'\u2019]+\s+){1,2}${STREET})\b`,
  "g",
);
/** The parts of an address that say nothing of whose it is: the number and the kind of street. */
const ADDRESS_PART = new RegExp(String.raw`^(?:\d+[a-z]?|number|no\.?|${STREET})$`, "i");

const THEIR_CASE =
  /\b(?:(?:same|similar|identical|exact\s+same)\s+(?:\w+\s+)?(?:problem|fault|issue|trouble|thing|complaint|kettle|grinder|order|machine|experience)|(?:rang|called|phoned|emailed|wrote|messaged|came\s+in|complained|was\s+in)\s+(?:\w+\s+)?(?:about|with|over)\s+(?:exactly|just|precisely)?\s*(?:this|that|the\s+same)\b|(?:we|i)(?:['\u2019]ve|\s+have)?\s+(?:\w+\s+)?(?:refunded|replaced|repaired|fixed|sorted|credited|compensated|reimbursed)\s+(?:her|him|them|hers|his|theirs)\b|(?:had|seen|dealt\s+with|got)\s+(?:quite\s+)?(?:a\s+few|several|some|a\s+couple|a\s+lot|loads|lots|plenty|a\s+number|a\s+run)\s+(?:of\s+)?(?:these|those|them|the\s+same)\b|(?:her|his|their)\s+(?:order|refund|kettle|grinder|machine|parcel|complaint|account|subscription|delivery|address)|(?:hers|his|theirs)\s+(?:the\s+same|too|as\s+well)|(?:from|in|over\s+in|out\s+in)\s+[A-Z][a-z]+|at\s+number\s+\d+|next\s+door|down\s+the\s+road|on\s+your\s+(?:street|road)|round\s+the\s+corner|neighbour|lives|living)/;

/** Names in `text` of people outside `known` (lower-case names) told with something of their case. */
export function namedOthersIn(text: string, known: ReadonlySet<string>): NamedOther[] {
  const out: NamedOther[] = [];
  for (const s of sentencesOf(text)) {
    const sentence = text.slice(s.start, s.end);
    if (!THEIR_CASE.test(sentence)) continue;
    for (const re of [TITLED, CALLED, ADDRESSED]) {
      for (const m of sentence.matchAll(re)) {
        const name = m[1]!;
        // An address's street words are checked like a name's ("Elm" of the recipient's own "14 Elm Road").
        const parts = name
          .toLowerCase()
          .split(/\s+/)
          .filter((p) => re !== ADDRESSED || !ADDRESS_PART.test(p));
        if (parts.some((p) => known.has(p.replace(/['\u2019]s$/, "")))) continue;
        // The case words must not be only the name's own "from" ("Mrs Okafor from Didsbury" counts;
        // "from Mrs Okafor" is checked against the rest of the sentence).
        const rest = sentence.slice(0, m.index) + sentence.slice(m.index! + m[0].length);
        if (!THEIR_CASE.test(rest)) continue;
        // The name as written ("Mrs Okafor", "Gemma Lowe"), without "called".
        const written = re === TITLED ? m[0] : name;
        const at = s.start + m.index! + m[0].length - written.length;
        out.push({ name: written, start: at, end: at + written.length, text: written });
      }
    }
  }
  return out;
}
