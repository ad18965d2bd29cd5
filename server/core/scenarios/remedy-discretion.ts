/**
 * A refund the customer is owed told as a decision still to be made, which may go either way (red-team
 * round 24 A, repeat-fault-r24-refunds-panel: "Refunds on machines over £300 go to our refunds panel, who
 * look at each one individually and decide whether it's approved… you'll hear one way or the other").
 * obligations.ts's "approval" kind reads a named approver (a manager, a team leader); this reads the open
 * outcome itself, whoever is said to decide it: "decide whether", "if it's approved", "one way or the
 * other", "case by case", "at our discretion", "can't guarantee it'll be approved", "may be declined".
 *
 * Within 30 days the short-term right to reject is hers (Consumer Rights Act 2015 s.20, s.22(3)); after a
 * failed repair the final right to reject is (s.24(5)); nobody approves either, and a rule that makes one
 * subject to a discretionary decision restricts it and does not bind her (s.31(1)-(2)). Read through the
 * `refund-unavailable` reader (case-evidence.ts) wherever a scenario says a refund is owed.
 *
 * Not: her own choice ("you can decide whether you'd rather have a refund"), a negated discretion ("it
 * isn't at anyone's discretion"), a check said not to touch the refund ("whatever they find, your refund
 * has gone through"), a sentence with no refund in it, quoted or reported words.
 */
import { REPORTED } from "./condition-clauses";
import { sentencesOf } from "./own-words";
import { quotedSpans } from "./quotations";

const REFUND = /\b(?:refund\w*|money\s+back|reimburs\w*|returns?\s+(?:request|claim)s?)\b/i;
const OUTCOME = String.raw`(?:approved|accepted|granted|authori[sz]ed|agreed|allowed|signed\s+off|successful|upheld|given\s+the\s+go-?ahead)`;
/** The outcome told as open, or as someone's to decide. */
const OPEN = new RegExp(
  [
    String.raw`\bdecid\w*\s+(?:whether|if)\b`,
    String.raw`\bwhether\s+(?:or\s+not\s+)?(?:it|this|that|yours|the\s+refund|your\s+refund|your\s+(?:claim|request))(?:['\u2019]s|\s+is|\s+gets?|\s+will\s+be|\s+can\s+be|\s+should\s+be|\s+goes)?\s+(?:be\s+)?${OUTCOME}`,
    String.raw`\b(?:if|provided)\s+(?:it|this|that|yours|the\s+refund|your\s+refund|your\s+(?:claim|request))(?:['\u2019]s|\s+is|\s+gets?|\s+does\s+get)\s+${OUTCOME}`,
    String.raw`\bif\s+${OUTCOME}\b`,
    String.raw`\bsubject\s+to\s+(?:\w+\s+)?(?:approval|authori[sz]ation|sign-?off|review)\b`,
    // Policy wording (a shop's returns page, round 24 A): "must be reviewed and approved by our Refunds Team",
    // "we reserve the right to approve or deny any request".
    String.raw`\b(?:must|needs?\s+to|has\s+to|have\s+to|will\s+need\s+to|['\u2019]ll\s+need\s+to|will\s+have\s+to|['\u2019]ll\s+have\s+to)\s+be\s+(?:reviewed|approved|authori[sz]ed|signed\s+off|assessed|considered)(?:\s+and\s+(?:approved|authori[sz]ed|signed\s+off))?\s+by\b`,
    String.raw`\breserve\s+the\s+right\s+to\s+(?:approve|refuse|decline|deny|reject|withhold)\b`,
    // The refund as the subject of an outcome still to come: "once your refund is approved by our team", "if your
    // refund request is rejected", "your refund request is under review".
    String.raw`\b(?:once|when|after|if|until)\s+(?:it|yours|the\s+refund|your\s+refund|your\s+(?:refund\s+)?(?:claim|request))(?:['\u2019]s|\s+is|\s+has\s+been|\s+gets|\s+does\s+get)\s+(?:${OUTCOME}|rejected|refused|declined|turned\s+down)\b`,
    String.raw`\b(?:refund|request|claim)s?\b[^.;:!?]{0,40}?\b(?:is|are|has\s+been|have\s+been)\s+(?:now\s+|currently\s+|still\s+)?(?:under|pending|awaiting)\s+(?:review|assessment|consideration|approval)\b`,
    String.raw`\bone\s+way\s+or\s+(?:the\s+)?other\b`,
    String.raw`\b(?:a\s+)?yes\s+or\s+(?:a\s+)?no\b`,
    String.raw`\bcase[-\s]by[-\s]case\b`,
    String.raw`\bon\s+(?:its|their)\s+(?:own\s+)?merits\b`,
    String.raw`\b(?:look\w*\s+at|consider\w*|review\w*|assess\w*|judg\w*)\s+(?:each|every)\s+(?:one|case|claim|request|refund|machine|item)\s+(?:individually|separately|on\s+its\s+own)\b`,
    String.raw`\bat\s+(?:our|their|the\s+\w+['\u2019]s|its|the)\s+(?:sole\s+|own\s+|full\s+)?discretion\b|\bdiscretionary\b`,
    String.raw`\b(?:can['\u2019]?t|cannot|can\s+not)\s+(?:guarantee|promise)\s+(?:that\s+)?(?:it|the\s+refund|your\s+refund|yours|they)['\u2019]?(?:ll|\s+will)?\s*(?:be\s+)?(?:${OUTCOME}|go\s+through|say\s+yes)`,
    String.raw`\b(?:may|might|could)\s+(?:well\s+)?(?:be\s+)?(?:refused|declined|rejected|turned\s+down|not\s+be\s+${OUTCOME})\b`,
  ].join("|"),
  "i",
);
/** Not done without someone's say-so: "will not be processed without prior review and official approval". */
const WITHOUT_SAY_SO = new RegExp(
  String.raw`\bwithout\s+(?:(?:prior|official|formal|the|their|our|a|an)\s+)*(?:review|approval|authori[sz]ation|sign-?off)\b|\bnot\s+(?:every|all|each)\s+refunds?\s+(?:is|are|gets?|will\s+be)\s+${OUTCOME}`,
  "i",
);
/** The decider is the customer: "you can decide whether…", "whether you'd rather…", "up to you". */
const HERS =
  /\byou\s+(?:can\s+|could\s+|may\s+|might\s+|get\s+to\s+|['\u2019]ll\s+)?decide\b|\bwhether\s+you\b|\bup\s+to\s+you\b|\byour\s+(?:choice|call|decision)\b/i;
/** The discretion denied just before it: "isn't at anyone's discretion", "nobody decides whether". */
const DENIED =
  /\b(?:not|never|no(?:body|\s+one)?|isn['\u2019]?t|aren['\u2019]?t|doesn['\u2019]?t|don['\u2019]?t|won['\u2019]?t|without)\b[^.,;:!?]{0,25}$/i;
/** The refund said not to wait on it: "whatever they find", "either way", "already gone through", "she's approved it". */
const SET_ASIDE =
  /\b(?:whatever|either\s+way|regardless|already|in\s+the\s+meantime|automatically|(?:doesn['\u2019]?t|does\s+not|won['\u2019]?t|will\s+not)\s+(?:affect|change|hold\s+up|delay))\b|\bhas\s+(?:already\s+)?gone\s+through\b|\b(?:has|have)\s+(?:now\s+)?been\s+(?:approved|authori[sz]ed|signed\s+off)\b|\bwhich\s+(?:she|he|they|I|we)(?:['\u2019]s|['\u2019]ve|\s+has|\s+have)\s+(?:now\s+)?done\b|\bput\s+(?:it|yours|the\s+refund|your\s+refund)\s+(?:straight\s+)?through\b/i;

/** The sentences of a text that tell a refund as a decision still open; empty if none. */
export function refundLeftToDecision(text: string): string[] {
  const quoted = quotedSpans(text);
  const sentences = sentencesOf(text);
  const found: string[] = [];
  sentences.forEach((s, i) => {
    const sentence = text.slice(s.start, s.end);
    const sayso = WITHOUT_SAY_SO.exec(sentence);
    const open = sayso ?? OPEN.exec(sentence);
    if (!open) return;
    if (quoted.some((q) => q.start <= s.start + open.index && s.start + open.index < q.end)) return;
    // The refund named in this sentence, or just before it ("I've put yours forward; you'll hear one way or
    // the other by Friday" after "Refunds… go to our panel").
    const before = i > 0 ? text.slice(sentences[i - 1]!.start, sentences[i - 1]!.end) : "";
    if (!REFUND.test(sentence) && !REFUND.test(before)) return;
    if (HERS.test(sentence) || REPORTED.test(sentence) || SET_ASIDE.test(sentence)) return;
    if (!sayso && DENIED.test(sentence.slice(0, open.index))) return;
    found.push(sentence.trim());
  });
  return found;
}
