/**
 * A record that says a remedy was done when it never was (issue 8 item 3, words against actions; the lead's
 * session 50 finding). "Full refund of KET-AURORA-17 issued to original card" in the resolution, with no refund
 * issued, tells the next colleague the money is on its way, and they tell the customer so. A note, a case's
 * summary or update, a resolution, a logged call or a task's text that states a remedy as done (a refund issued,
 * processed or put through; a replacement sent or dispatched; a repair booked; a voucher, credit or goodwill
 * issued; a parcel re-sent) is judged at the end of the attempt against what was done for that customer: a remedy
 * of that kind issued keeps it (written before the remedy or after, the record is true once it is done), and a
 * re-send booked by the colleague who books them (the lost-parcel warehouse, `dispatchersFor`) is a replacement.
 * None is untrue; another kind issued instead ("refunded" on the record, a voucher given) contradicts it.
 *
 * Not claims: negated ("refund not yet issued", "refund declined"), for later ("refund to be issued once the
 * kettle is back", "will send a replacement when stock arrives"), conditional, what the customer wants or asked
 * for ("customer wants a refund", "asked for her refund to be processed"), a to-do ("check the refund has been
 * processed"), an earlier remedy ("previous repair booked in October"), a question, or words in quotation marks.
 */
import type { ActionRecord } from "./engine-types";
import { actionText } from "./action-resolution";
import { clauseAfter, clauseBefore } from "./clauses";
import { splitSentences, withoutAsides } from "./case-evidence";
import { moneyOffOffered } from "./offer-terms";
import type { Dispatcher, PromiseVerdict } from "./promises";
import { quotedSpans } from "./quotations";

/** What a record can say was done, as the engine's remedies stand for it. */
export type RecordedRemedy = "refund" | "replacement" | "repair" | "gesture";

/** The remedy kinds (issue_remedy) that make each claim true. */
const DONE_BY: Record<RecordedRemedy, readonly string[]> = {
  refund: ["refund"],
  replacement: ["replacement"],
  repair: ["repair"],
  gesture: ["voucher", "goodwill"],
};

const NAMED: Record<RecordedRemedy, string> = {
  refund: "a refund",
  replacement: "a replacement or re-send",
  repair: "a repair",
  gesture: "a voucher, credit or goodwill gesture",
};

/** The record actions written in the learner's own words that colleagues work from. */
const RECORDS = new Set(["add_note", "create_task", "open_case", "update_case", "close_case", "log_call"]);

const GOODS = "(?:kettle|machine|grinder|unit|frother|toaster|model|item|one|parcel|order)";
const NOUN: Record<RecordedRemedy, string> = {
  refund: String.raw`(?:refund|reimbursement|money\s+back)`,
  replacement: String.raw`(?:replacement(?:\s+${GOODS})?|exchange|re-?send|new\s+${GOODS})`,
  repair: String.raw`(?:repair|engineer(?:['\u2019]s)?\s+visit)`,
  gesture: String.raw`(?:(?:e-?)?vouchers?(?:\s+code)?|goodwill(?:\s+(?:gesture|payment|credit))?|(?:store|account|shop)\s+credit|gift\s+card)`,
};
/** Said of the remedy as done: "issued", "put through", "on its way". */
const DONE: Record<RecordedRemedy, string> = {
  refund: String.raw`(?:issued|processed|put\s+through|paid|sent|made|done|completed|actioned|raised|credited|returned|given|applied|set\s+up|started|(?:gone|going)\s+(?:through|back)|on\s+(?:its|the)\s+way)`,
  replacement: String.raw`(?:sent|dispatched|despatched|posted|shipped|ordered|arranged|booked|issued|processed|raised|organised|organized|picked|packed|done|completed|on\s+(?:its|the)\s+way|out\s+for\s+delivery)`,
  repair: String.raw`(?:booked|arranged|scheduled|issued|raised|organised|organized|done|completed|carried\s+out|set\s+up)`,
  gesture: "(?:issued|sent|applied|added|given|credited|processed|emailed|paid|made|raised|done)",
};
/** The verbs a record uses for doing it: "Issued full refund", "I've booked a repair". */
const DID = String.raw`(?:issued|processed|put\s+through|sent|dispatched|despatched|posted|shipped|booked|arranged|raised|given|gave|applied|added|ordered|organised|organized|paid|credited|scheduled)`;

/** The remedy's paperwork, not the remedy: "sent refund request to finance", "issued the returns label". */
const NOT_THE_REMEDY = String.raw`(?!\s+(?:request|form|details|link|label|query|policy|process|reference|number|enquiry|inquiry)\b)`;
/** Between the remedy and "issued": "of KET-AURORA-17", then "has been", "was", "now", "in full". */
const OF_WHAT = String.raw`(?:\s+(?:of|for|on)(?:\s+[\w\u00a3.'\u2019-]+){1,4}?|\s+\u00a3\s?[\d.,]*\d)?`;
const AUX = String.raw`(?:\s+(?:(?:has|have|had)\s+been|was|were|is|are|['\u2019]s|been|being|now|already|just|all|successfully|today|fully|duly|in\s+full))*`;
const DETERMINERS = String.raw`(?:(?:a|an|the|her|his|their|them|him|full|partial|complete|new|another|goodwill|\u00a3\s?[\d.,]+|[\w-]+['\u2019]s)\s+){0,4}`;

const FORMS: [RecordedRemedy, RegExp, "passive" | "active"][] = (
  Object.keys(NOUN) as RecordedRemedy[]
).flatMap((k): [RecordedRemedy, RegExp, "passive" | "active"][] => [
  [k, new RegExp(String.raw`\b${NOUN[k]}\b${OF_WHAT}${AUX}\s+${DONE[k]}\b`, "gi"), "passive"],
  [k, new RegExp(String.raw`\b${DID}\s+${DETERMINERS}${NOUN[k]}\b${NOT_THE_REMEDY}`, "gi"), "active"],
]);
/** "Refunded £44.99 to card", "customer refunded in full", "parcel re-sent today". */
const BARE: [RecordedRemedy, RegExp][] = [
  ["refund", /\b(?:refunded|reimbursed)\b/gi],
  ["replacement", /\bre-sent\b|\bresent\s+(?:the\s+|her\s+|his\s+)?(?:parcel|order|grinder|item)\b/gi],
  // "Sent for repair", "booked in for a repair", "collected for repair".
  ["repair", /\b(?:sent|gone|booked\s+in|collected)\s+(?:off\s+)?for\s+(?:a\s+|its\s+|the\s+)?repair\b/gi],
];
/**
 * A closed case's resolution is its outcome: "Full refund £44.99 to Visa debit (short-term right to reject)"
 * says what was done as surely as "Refund issued" (the case's resolution, or a case update marking it
 * resolved). Read where the remedy opens a sentence or a clause after ";", ":" or a dash, unless the rest
 * of that clause offers choices or defers it ("Refund or replacement", "refund requested").
 */
const OUTCOME: [RecordedRemedy, RegExp][] = (Object.keys(NOUN) as RecordedRemedy[]).map((k) => [
  k,
  new RegExp(
    String.raw`(?:^\s*|[;:\u2013\u2014]\s+|\s-\s+)(?:(?:a|the|full|partial|complete|new)\s+)*(?:\u00a3\s?[\d.,]*\d\s+)?${NOUN[k]}\b`,
    "gi",
  ),
]);
const NOT_AN_OUTCOME =
  /^(?:[^.;]|(?<=\d)\.(?=\d))*?\b(?:or|requested|request|wanted|wants|asked|offered|agreed|approved|declined|refused|due|owed|entitled|options?|choice)\b/i;

/** Words before the claim in its clause that make it no statement of what was done. */
const NOT_DONE_BEFORE =
  /\b(?:not|never|no|nobody|nothing|cannot|unable|without|yet|will|shall|going\s+to|to\s+(?:be|have|get|make|arrange|issue|process|send|book)|needs?|need\s+to|wants?|wanted|would|like|asked|asks|asking|requested|requests?|requesting|prefers?|preferred|chose|choose|opted|expects?|expecting|hop(?:e|es|ing)|awaiting|waiting|pending|check|confirm|verify|ensure|make\s+sure|chase|see|find\s+out|remind|query|queried|once|when|after|until|before|whether|if|unless|as\s+soon\s+as|should|must|can|could|may|might|plan|planned|previous|previously|earlier|originally|prior|last\s+(?:time|week|month|year)|ago|declined|refused)\b|n['\u2019]t\b/i;
/** A condition anywhere earlier in the sentence: "if", "unless", "once", "until", "whether", "provided". */
const CONDITION_BEFORE = /\b(?:if|unless|once|until|whether|in\s+case|provided|providing)\b/i;
/** Words right after it in its clause that make it for later or a refusal. */
const NOT_DONE_AFTER =
  /^(?:[^.;]|(?<=\d)\.(?=\d))*?\b(?:once|when|as\s+soon\s+as|after|until|pending|if|unless|declined|refused|cancelled|canceled|reversed|withdrawn|previously|last\s+(?:time|week|month|year)|in\s+(?:19|20)\d\d|ago)\b|^\s*(?:not|never)\b|^\s*\?/i;
/** The active form's subject is the writer (no subject, "I", "we"), not the customer ("she sent a…"). */
const WRITER_ONLY =
  /^(?:(?:[\w'\u2019-]+\s+){0,6}?(?:and|then|also|&)\s+)?(?:(?:i|we)(?:['\u2019]ve|\s+have)?\s+|have\s+|has\s+)?(?:just\s+|now\s+|already\s+|also\s+|today\s+)?$/i;

export type RemedyRecordClaim = {
  kind: RecordedRemedy;
  start: number;
  end: number;
  text: string;
  sentence: string;
};

/** The remedies a record's text says were done, one per kind (the first), with where each is said. */
export function remedyClaimsIn(
  text: string,
  customerWords: readonly string[] = [],
  /** The text is a closed case's resolution: a remedy named as its outcome is a claim (OUTCOME). */
  outcome = false,
): RemedyRecordClaim[] {
  const t = withoutAsides(text);
  const quoted = quotedSpans(t);
  const subject = new RegExp(
    String.raw`\b(?:customer|client|she|he|they|who|${
      customerWords
        .map((w) => w.replace(/[^\w'-]/g, ""))
        .filter(Boolean)
        .join("|") || "customer"
    })\b`,
    "i",
  );
  const out: RemedyRecordClaim[] = [];
  for (const s of splitSentences(t)) {
    const sentence = t.slice(s.start, s.end);
    if (sentence.includes("?")) continue;
    const found: { kind: RecordedRemedy; index: number; text: string; active: boolean }[] = [];
    for (const [kind, re, form] of FORMS)
      for (const m of sentence.matchAll(re))
        found.push({ kind, index: m.index!, text: m[0], active: form === "active" });
    for (const [kind, re] of BARE)
      for (const m of sentence.matchAll(re)) {
        // "To be refunded", "wants to get refunded": for later.
        if (/\b(?:be|get|getting)\s+$/i.test(sentence.slice(0, m.index!))) continue;
        found.push({ kind, index: m.index!, text: m[0], active: false });
      }
    if (outcome)
      for (const [kind, re] of OUTCOME)
        for (const m of sentence.matchAll(re)) {
          const lead = m[0].length - m[0].replace(/^[\s;:\u2013\u2014-]+/, "").length;
          if (NOT_AN_OUTCOME.test(sentence.slice(m.index! + m[0].length))) continue;
          // "Full refund of KET-AURORA-17 issued": the verb's own reading is the claim shown.
          if (found.some((f) => f.kind === kind)) continue;
          found.push({ kind, index: m.index! + lead, text: m[0].slice(lead), active: false });
        }
    found.sort((a, b) => a.index - b.index);
    for (const f of found) {
      if (out.some((o) => o.kind === f.kind)) continue;
      const start = s.start + f.index;
      if (quoted.some((q) => start >= q.start && start < q.end)) continue;
      const before = clauseBefore(sentence, f.index);
      if (NOT_DONE_BEFORE.test(before) || NOT_DONE_BEFORE.test(f.text)) continue;
      // A condition opening the sentence governs every clause after it ("If the engineer cannot fix it, refund issued").
      if (CONDITION_BEFORE.test(sentence.slice(0, f.index))) continue;
      if (NOT_DONE_AFTER.test(clauseAfter(sentence, f.index + f.text.length))) continue;
      if (f.active && (!WRITER_ONLY.test(before.trim() ? `${before.trim()} ` : "") || subject.test(before)))
        continue;
      out.push({ kind: f.kind, start, end: start + f.text.length, text: f.text, sentence: sentence.trim() });
    }
  }
  return out;
}

const issuedKind = (r: ActionRecord) => (r.action.type === "issue_remedy" ? r.remedy?.kind : undefined);

/**
 * Each remedy the customer's record says was done, judged against the whole attempt: kept by a remedy of that
 * kind (or a re-send a colleague booked, for a replacement); contradicted ("broken") by another kind issued
 * instead; untrue when nothing was issued. Only the claims that fail are returned, one per kind.
 */
export function remedyRecordClaims(
  log: readonly ActionRecord[],
  customerRef: string,
  who = "the customer",
  dispatchers: readonly Dispatcher[] = [],
  /**
   * The customer is one a campaign makes offers to in its messages (the unneeded-actions criterion's
   * `offerCustomers`: loyalty, win-back, onboarding): there a voucher or money off is given in the message
   * itself ("here's a £15 voucher for your next order"), so a message offering one keeps "Sent a £15 voucher".
   */
  offersByMessage = false,
): PromiseVerdict[] {
  const mine = log.filter((r) => r.customerRef === customerRef);
  const issued = mine.filter((r) => issuedKind(r));
  const seen = new Set<RecordedRemedy>();
  const out: PromiseVerdict[] = [];
  for (const r of mine) {
    if (!RECORDS.has(r.action.type)) continue;
    const a = r.action;
    const outcome =
      a.type === "close_case" ||
      (a.type === "update_case" && (a.status === "resolved" || a.status === "closed"));
    for (const c of remedyClaimsIn(actionText(a), who === "the customer" ? [] : [who], outcome)) {
      if (seen.has(c.kind)) continue;
      seen.add(c.kind);
      const kept =
        issued.some((x) => DONE_BY[c.kind].includes(issuedKind(x)!)) ||
        (c.kind === "replacement" && dispatchers.some((d) => d.bookedBy)) ||
        (c.kind === "gesture" &&
          offersByMessage &&
          mine.some((x) => x.action.type === "send_message" && moneyOffOffered(x.action.text) !== null));
      if (kept) continue;
      const other = issued[0] ?? null;
      const otherKind = other ? issuedKind(other)! : null;
      out.push({
        promise: {
          kind: "remedy_record",
          start: c.start,
          end: c.end,
          text: c.text,
          done: true,
          fact: other
            ? `What was issued instead: a ${otherKind}, not ${NAMED[c.kind]}.`
            : `What happened: no ${c.kind === "gesture" ? "voucher, credit or goodwill" : c.kind} was ${c.kind === "replacement" && dispatchers.length ? "issued or booked" : "issued"} for ${who} in the attempt.`,
        },
        message: r,
        status: other ? "broken" : "untrue",
        action: other,
        explanation: other
          ? `The record says "${c.sentence}", but what was issued for ${who} was a ${otherKind}, not ${NAMED[c.kind]}: the next colleague reads the record and tells ${who} something that did not happen.`
          : `The record says "${c.sentence}", but no ${c.kind === "gesture" ? "voucher, credit or goodwill" : c.kind} was ${c.kind === "replacement" && dispatchers.length ? "issued or booked" : "issued"} for ${who} in the attempt: the next colleague reads that it is done and tells ${who} so.`,
      });
    }
  }
  return out;
}
