/**
 * A complaint's remedy traded for the customer's silence: "By accepting this you agree not to take the
 * matter any further with us or anyone else", "this is offered in full and final settlement", "in return
 * we'd ask you to drop the complaint", "you waive any further claim" (lead's mutation set 11, C69). The
 * refund or replacement is owed under the Consumer Rights Act 2015; a term that excludes or restricts her
 * rights or remedies, or her ability to pursue them, is not binding (s.31(1)-(2)), and telling her
 * otherwise misleads her about her rights (DMCCA 2024 s.226). Read by a scenario's `obstructs` item that
 * names this reader (case-evidence.ts).
 *
 * Not read: her right to go further told to her ("you can take this further with Trading Standards",
 * "this doesn't affect your statutory rights"), our own promise ("we won't take any further action"),
 * a negated or hypothetical clause ("you don't have to agree to anything"), and quoted words.
 */
import { clauseBefore } from "./clauses";
import { obligationsIn } from "./obligations";
import { ownWords, sentencesOf } from "./own-words";

const FURTHER =
  "(?:further|any\\s+further|elsewhere|to\\s+court|court|small\\s+claims|the\\s+ombudsman|ombudsman|trading\\s+standards|citizens\\s+advice|your\\s+bank|a\\s+chargeback|anyone\\s+else|online|public(?:ly)?)";

const WAIVERS: RegExp[] = [
  // "you agree not to take the matter any further", "you'll agree never to raise this again", "on condition
  // you promise not to go to Trading Standards"
  new RegExp(
    `\\b(?:agree|agreeing|agreement|promise|promising|undertake|confirm(?:ing)?)\\s+(?:(?:that\\s+)?you(?:\\s+won['\\u2019]t|\\s+will\\s+not|\\s+will\\s+never|['\\u2019]ll\\s+never)\\s+|(?:to\\s+)?(?:not|never)\\s+(?:to\\s+)?)(?:take|taking|pursue|pursuing|escalate|escalating|raise|raising|bring|bringing|make|making|go|going|contact|contacting|complain|complaining|post|posting|claim|claiming)\\b[^.!?\\n]{0,50}?\\b${FURTHER}`,
    "i",
  ),
  // "in full and final settlement", "as a final settlement of your complaint"
  /\b(?:full\s+and\s+final|final)\s+settlement\b/i,
  // "you waive any further claim", "waiving your rights"
  /\bwaiv\w*\s+(?:your|any|all|the)\s+(?:(?:legal|statutory|consumer|other|further)\s+)?(?:rights?|claims?|remed(?:y|ies))\b/i,
  // "we'd ask you to drop the complaint", "you'll need to withdraw your complaint", "close the matter"
  /\b(?:ask\s+you\s+to|need\s+you\s+to|you(?:['\u2019]ll|\s+will)?\s+(?:need|have)\s+to|you\s+must|on\s+condition\s+(?:that\s+)?you)\s+(?:drop|withdraw|close|abandon|sign\s+away)\b[^.!?\n]{0,30}?\b(?:complaint|claim|case|matter|rights?)\b/i,
  // Further complaints refused outright (lead's mutation set 12, C74: "Once this goes through we'll treat the
  // matter as closed and won't be able to look at any further complaints about it"): the customer's right to
  // complain again, or to take it further, is not ours to close off.
  /\b(?:won['\u2019]t|will\s+not|can['\u2019]t|cannot|can\s+not|unable\s+to|not\s+(?:be\s+)?able\s+to|no\s+longer)\s+(?:be\s+able\s+to\s+)?(?:look\s+(?:at|into)|consider|accept|deal\s+with|take|entertain|respond\s+to|reply\s+to|answer|handle|investigate|re-?open|hear|review|act\s+on)\s+(?:any\s+)?(?:further|more|other|future|new|additional)\s+(?:complaints?|claims?|correspondence|disputes?|appeals?)\b/i,
  // "no further claims", "without any further claim against us"
  /\bno\s+further\s+(?:claims?|action|complaints?)\s+(?:against|with|from)\s+(?:us|you)\b/i,
];

/**
 * Acceptance said to end the complaint for good, in other words (red-team round 20 A,
 * returns-r20-closes-it-for-good: "Accepting the refund closes your complaint for good, so there won't be
 * anything more to chase with us, your bank or anyone else"): taking the remedy, then the complaint closed,
 * ended or settled for good, or nothing left to chase with us or anyone else. Not our own admin ("once
 * you've accepted the replacement I'll close the case"), nor the same said not to happen ("accepting the
 * refund doesn't close your complaint for good").
 */
const ACCEPTING =
  /\b(?:accept\w*|by\s+taking|tak(?:e|ing)\s+(?:the|this|your)\s+(?:refund|replacement|money|offer)|once\s+you(?:['\u2019]ve|\s+have)\s+(?:taken|received|cashed))\b/i;
const ENDS_IT_FOR_GOOD = new RegExp(
  [
    String.raw`\b(?:close[sd]?|closing|ends?|ending|settles?|settling|finish(?:es)?|wraps?\s+up|brings?\s+(?:\w+\s+){0,3}?to\s+an?\s+(?:close|end))\b[^.!?\n]{0,30}?\b(?:complaint|claim|matter|case|rights?|it)\b[^.!?\n]{0,25}?\b(?:for\s+good|once\s+and\s+for\s+all|permanently|for\s+ever|forever|fully\s+and\s+finally)\b`,
    String.raw`\b(?:no(?:thing)?|(?:won['\u2019]t|will\s+not)\s+be\s+anything|isn['\u2019]t\s+anything|there['\u2019]s\s+nothing)\s+(?:more|else|further|left)\s+(?:for\s+you\s+)?to\s+(?:chase|pursue|claim|take\s+up|raise|follow\s+up)\b[^.!?\n]{0,50}?\b${FURTHER}`,
  ].join("|"),
  "i",
);
const DENIED_HERE = /\b(?:not|never)\b|n['\u2019]t\s*$/i;

/** The clause hedges or denies the demand: "you don't have to agree…", "nobody will ask you to…". */
const NEGATED = /\b(?:not|never|no|nobody|without)\b|n['\u2019]t\b/i;

/** Each part of a text that asks the customer to give up pursuing a complaint in return for its remedy. */
export function rightsWaiversIn(text: string): string[] {
  const readable = ownWords(text);
  const out: string[] = [];
  for (const s of sentencesOf(readable)) {
    const sentence = readable.slice(s.start, s.end);
    let found = false;
    for (const re of WAIVERS) {
      const m = re.exec(sentence);
      if (!m) continue;
      if (NEGATED.test(clauseBefore(sentence, m.index))) continue;
      out.push(m[0]);
      found = true;
      break;
    }
    const accepting = found ? null : ACCEPTING.exec(sentence);
    if (accepting) {
      const ends = ENDS_IT_FOR_GOOD.exec(sentence.slice(accepting.index));
      if (ends) {
        const said = sentence.slice(accepting.index, accepting.index + ends.index + ends[0].length);
        const firstPart = said.slice(0, ends.index);
        if (!DENIED_HERE.test(firstPart) && !NEGATED.test(clauseBefore(sentence, accepting.index)))
          out.push(said);
      }
    }
  }
  // The remedy made to wait on dropping the complaint in any other words (obligations.ts, session 36):
  // "we can process the refund, provided the complaint is withdrawn".
  if (out.length === 0) for (const o of obligationsIn(readable)) if (o.kind === "waiver") out.push(o.text);
  return out;
}
