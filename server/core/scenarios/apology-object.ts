/**
 * An apology for a problem this customer never had (issue 8 item 2: evidence from the case, not from a phrase
 * list; session 40's leftover, review-r25-delivery-template: "We're sorry your order didn't arrive as expected"
 * to Tom, whose orders arrived: he was charged twice and the chatbot looped). The shop's template apology almost
 * fits, so the analyser reads a real apology, but the customer reads that nobody read his message: an apology is
 * for what happened to THEM.
 *
 * Read, one apology sentence at a time: the apology's object names a stock problem of a family (a delivery that
 * did not arrive or came late, goods damaged in transit, goods that stopped working, a charge taken twice, the
 * wrong item, out of stock) and nothing of that family is among this customer's declared evidence (facts, fix,
 * history, questions: the case's own words), and the sentence names none of the customer's own facts. Not read:
 * an apology for anything of the customer's own problem, a general apology ("sorry for the trouble"), our reply's
 * delay ("sorry for the delay in getting back to you"), a customer with no declared evidence (nothing to compare).
 * Conservative by design: a family counts as the customer's when any of its words appears anywhere in their
 * evidence (Priya's "after it was delivered" makes delivery hers), so a template that names a family the case
 * touches is not read.
 *
 * Returns the sentences found; the lead decides how the apology step uses them (lass-steps.ts).
 */
import type { CaseEvidence } from "./case-evidence";
import { sentencesOf } from "./own-words";
import { quotedSpans } from "./quotations";

type Family = "delivery" | "damage" | "fault" | "billing" | "wrong-item" | "stock";

/** The stock problem as the object of an apology, and the word stems that make the family the customer's own. */
const FAMILIES: { family: Family; problem: RegExp; own: RegExp }[] = [
  {
    family: "delivery",
    problem:
      /\b(?:didn['\u2019]?t|did\s+not|hasn['\u2019]?t|has\s+not|haven['\u2019]?t|never)\s+(?:\w+\s+)?(?:arriv\w*|turn(?:ed)?\s+up|come|got\s+to\s+you|reach\w*\s+you)|\b(?:arriv\w*|deliver\w*|turn\w*\s+up)\s+(?:\w+\s+)?(?:late|as\s+expected|on\s+time|in\s+time)\b|\blate\s+(?:delivery|arrival|parcel|order)\b|\b(?:delayed|missing|lost)\s+(?:parcel|order|delivery|package)\b|\blost\s+in\s+(?:the\s+)?(?:post|transit)\b|\bdelivery\s+(?:problems?|issues?|delays?)\b|\b(?:delivery|parcel|order)\s+(?:was|being|is)\s+(?:late|delayed|lost|missing)\b/i,
    own: /\b(?:arriv|deliver|parcel|courier|track|depot|dispatch|despatch|lost|late|post(?:ed|al)?\b)/i,
  },
  {
    family: "damage",
    problem:
      /\b(?:arriv\w*|came|delivered|turned\s+up|reached\s+you|got\s+to\s+you)\s+(?:\w+\s+){0,3}?(?:damaged|broken|smashed|cracked|dented)\b|\b(?:damaged|broken|smashed)\s+in\s+(?:transit|the\s+post)\b|\bdamaged\s+(?:item|goods|parcel|product|box)\b/i,
    // Goods that broke in use are the fault family's; only damage words or broken on arrival make it hers
    // (session 41's held-out miss: "arrived damaged" to Linda, whose machine "broke again").
    own: /\b(?:damag|crack|smash|dent|transit)|\barriv\w*\s+(?:\w+\s+)?broke/i,
  },
  {
    family: "fault",
    problem:
      /\b(?:stopped|stop)\s+working\b|\bnot\s+working\b|\bfaulty\b|\bdefective\b|\bmalfunction\w*|\bpacked\s+(?:up|in)\b|\bconked\s+out\b|\bbroken\s+down\b/i,
    own: /\b(?:stop|work|fault|broke|fail|heat|pump|flicker|defect|repair|light)/i,
  },
  {
    family: "billing",
    problem:
      /\bcharged\s+(?:you\s+)?twice\b|\bdouble\s+(?:charge|payment|billing)\b|\bduplicate\s+(?:charge|payment)\b|\bovercharg\w*|\bbilling\s+(?:error|issue|problem|mistake)\b|\bwrong\s+amount\b|\btaken\s+twice\b/i,
    own: /\b(?:charg|twice|duplicat|double|bill|paid|payment)/i,
  },
  {
    family: "wrong-item",
    problem:
      /\bwrong\s+(?:item|product|size|colou?r|model|order|goods)\b|\bincorrect\s+(?:item|product|order)\b|\b(?:wasn['\u2019]?t|was\s+not|isn['\u2019]?t|is\s+not)\s+what\s+you\s+ordered\b/i,
    // Wrong goods, not anything that "went wrong" (session 41's held-out miss: "the wrong item" to Joanne,
    // whose frother "has gone wrong again").
    own: /\bwrong\s+(?:item|product|size|colou?r|model|order|goods|one|thing|kettle|machine|frother|grinder)\b|\bnot\s+what\s+(?:i|she|he|they|you)\s+ordered\b|\bsent\s+(?:\w+\s+)?(?:the\s+)?wrong\b/i,
  },
  {
    family: "stock",
    problem: /\bout\s+of\s+stock\b|\bback-?order\w*/i,
    own: /\bstock\b/i,
  },
];

/** An apology word that opens the apology's object. */
const APOLOGY = /\b(?:sorry|apologi[sz]e\w*|apologies)\b/i;
/** Our own slowness to reply is ours to apologise for in any case. */
const OUR_REPLY = /\bdelay\s+in\s+(?:replying|responding|getting\s+back|our\s+reply|answering)\b/i;

/** Every word the customer's declared evidence uses: what makes a problem family theirs. */
function evidenceWords(evidence: CaseEvidence): string {
  const says = [
    ...evidence.facts.flatMap((f) => f.say),
    ...evidence.fix.flatMap((f) => f.say),
    ...evidence.history.flatMap((f) => f.say),
    ...evidence.questions.flatMap((q) => [q.asks, ...q.answers]),
  ];
  return says.join(" | ").replace(/\s\+\s/g, " ");
}

/** Whether the sentence names one of the customer's own facts (every part of a paraphrase, at word starts). */
function namesOwnFact(sentence: string, evidence: CaseEvidence): boolean {
  const lower = sentence.toLowerCase();
  return evidence.facts.some((f) =>
    f.say.some((p) =>
      p
        .toLowerCase()
        .split(/\s\+\s/)
        .every((part) => new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegex(part.trim())}`, "u").test(lower)),
    ),
  );
}
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export type MisplacedApology = { start: number; end: number; text: string; family: Family; problem: string };

/** The apology sentences in `text` whose object is a stock problem this customer never had. */
export function misplacedApologies(text: string, evidence: CaseEvidence | undefined): MisplacedApology[] {
  if (!evidence || evidence.facts.length === 0) return [];
  const own = evidenceWords(evidence);
  const quoted = quotedSpans(text);
  const out: MisplacedApology[] = [];
  for (const s of sentencesOf(text)) {
    const sentence = text.slice(s.start, s.end);
    const sorry = APOLOGY.exec(sentence);
    if (!sorry || quoted.some((q) => q.start <= s.start + sorry.index && s.start + sorry.index < q.end))
      continue;
    const object = sentence.slice(sorry.index);
    if (OUR_REPLY.test(object) || namesOwnFact(sentence, evidence)) continue;
    for (const f of FAMILIES) {
      const m = f.problem.exec(object);
      if (!m || f.own.test(own)) continue;
      out.push({ start: s.start, end: s.end, text: sentence.trim(), family: f.family, problem: m[0] });
      break;
    }
  }
  return out;
}
