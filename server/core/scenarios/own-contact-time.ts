/**
 * A time that belongs to our own later contact, not to the customer's question: "I'll check in with you next week
 * to see how you're getting on" does not answer "When will my first bag arrive?" (independent tutor 16, session 50:
 * a reply padded with commitments and no delivery date ran expectations-set and first-contact resolution as met,
 * because "next week" is one of the delivery answer's words). Level 3 customer service (CR-2: set clear
 * expectations); no statute.
 *
 * Read, in the clause around the answer's words: a first-person contact with the customer ("check in / back with
 * you", "call / ring / phone / email / text / contact you", "get back to you", "be in touch", "follow up",
 * "touch base"). case-evidence.ts then does not count those words as the answer. Not read: the answer in a clause
 * of its own ("it'll be with you by Thursday, and I'll check in next week"), nor a delivery told as a message
 * ("you'll get a text on Tuesday when it's out for delivery": the contact is not ours to make).
 */
import { clauseAround } from "./clauses";

const BOUNDARY = /[;:,\u2013\u2014]|\s-\s|\b(?:and|but|so|then)\b/g;
const OUR_CONTACT =
  /\b(?:i|we)(?:['\u2019](?:ll|m|re)|\s+will|\s+am|\s+are|\s+shall)?\s+(?:(?:also|then|personally|just|definitely|going\s+to)\s+)*(?:check(?:ing)?\s+(?:in|back)|call(?:ing)?\s+you|ring(?:ing)?\s+you|phon(?:e|ing)\s+you|e-?mail(?:ing)?\s+you|text(?:ing)?\s+you|contact(?:ing)?\s+you|get(?:ting)?\s+back\s+to\s+you|be\s+in\s+touch|follow(?:ing)?\s+up|touch(?:ing)?\s+base|catch(?:ing)?\s+up)\b/i;

/** Is the answer's word at `at` (an offset in a normalised sentence) the time of our own later contact? */
export function ourContactTimeAt(norm: string, at: number): boolean {
  const c = clauseAround(norm, at, BOUNDARY);
  return OUR_CONTACT.test(norm.slice(c.start, c.end));
}
