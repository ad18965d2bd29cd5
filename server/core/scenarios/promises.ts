/**
 * Words against actions. Finds the commitments a learner makes in a message (a refund, a
 * replacement, a repair, a call back, "I've updated your record") and compares them with what the
 * learner actually did for that customer. A promise is a first-person commitment or a statement that
 * it is done ("I'll refund…", "I've issued a refund…", "your replacement is on its way"); offers
 * ("if you'd rather have a replacement…"), questions and negations ("we can't refund") are not.
 */
import type { StatutoryRemedy } from "../consumer-rights";
import { formatPence } from "../money";
import { actionText } from "./action-resolution";
import { clauseBefore } from "./clauses";
import { quotedSpans } from "./quotations";
import { type CaseEvidence, disclosuresIn, hitsOf, splitSentences, withoutAsides } from "./case-evidence";
import type { ActionRecord, AttemptState, RemedyKind } from "./engine-types";
import { commitmentToIt, offeredRemedies, remedyChosenIn } from "./offered-remedy";
import type { Scenario } from "./scenario-schema";
import { amountsInWords } from "./spoken-amounts";
import { memoByText } from "./text-memo";
import { NUMBER_WORDS } from "./written-dates";

export const PROMISE_KINDS = [
  "refund",
  "replacement",
  "repair",
  "call_back",
  "follow_up",
  "record_update",
  "written_to",
  "escalation",
] as const;
/** "gesture": money off, a voucher, credit or free goods, judged only against a policy's limits (gesturePromises). */
export type PromiseKind = (typeof PROMISE_KINDS)[number] | "gesture";
export type MessagePromise = {
  kind: PromiseKind;
  start: number;
  end: number;
  text: string;
  /** Said to be done already ("I've refunded", "I've noted it on your record"), not promised for later. */
  done: boolean;
  /**
   * The other remedies named with it as alternatives ("we'll repair or replace a faulty item", "a
   * refund or a replacement"): one of them keeps it (red-team round 11 A, returns-r11-joanne-not-heard).
   */
  alternatives?: RemedyKind[];
  /**
   * A call promised on someone else's behalf ("I'll make sure our delivery manager rings you
   * tonight"): kept only if the record shows it was arranged with them (red-team round 12 B).
   */
  byOther?: boolean;
  /**
   * A remedy promised for now ("I will arrange that now", "I'll put a refund through right away"): due
   * before the attempt ends, so an attempt submitted with nothing issued contradicts it (issue 8 item 3).
   */
  immediate?: boolean;
  /**
   * The customer's own words choosing the remedy this promise takes on only as "that" or "it" ("so the full
   * refund, please" then "I'll arrange that now"): session 47 (customerChoices).
   */
  chosen?: string;
};

/** "Now", "right away", "straight away", "immediately": not "from now on" or "for now". */
const NOW =
  /(?<!\bfrom\s)(?<!\bfor\s)\bnow\b(?!\s+on\b)|\b(?:right|straight)\s*away\b|\bimmediately\b|\bat\s+once\b|\bas\s+we\s+speak\b/i;

/** A change to the customer's orders: "I've changed your next order", "updated your subscription". */
const ORDER_CHANGE =
  /\b(changed|updated|amended|switched|moved|set up)\b[^.!?\n]{0,15}\byour (next )?(order|orders|subscription|delivery|deliveries|plan)\b|\b(set up|placed|booked|put through|scheduled|arranged|restarted)\b[^.!?\n]{0,15}\byour (usual|regular|normal)\b/i;

/**
 * The money said to be coming back, with no refund word (red-team round 25 A, review-r25-back-with-you-as-credit:
 * "The £11.50 you paid twice is coming back to you, and it'll show on your Visa statement" with £11.50 of goodwill
 * credit issued): a sum, the money or the payment as the subject of coming, going, heading or being sent back.
 * A refund is money back by the original payment method (CRA 2015 s.20(16)); credit on the account is not it.
 */
const MONEY_COMING_BACK = String.raw`(?:£\s?\d[\d.,]*|\b(?:the|your)\s+(?:[\w-]+\s+)?(?:money|payment|charge|amount|sum|£\s?\d[\d.,]*))(?:\s+[\w'\u2019]+){0,4}?\s+(?:is|['\u2019]s|are|will\s+be|['\u2019]ll\s+be|has\s+been)\s+(?:now\s+|already\s+)?(?:coming|going|heading|on\s+(?:its|the)\s+way|being\s+(?:sent|paid|put))\s+back\b`;

/**
 * The money said to be back on the card already, as a state (red-team round 30, review-r30-visa-said-credit-given:
 * "The extra £11.50 is back on your Visa today" with £11.50 of goodwill credit issued): a sum, the money or the
 * payment as the subject of being, or having gone, back on or to their card or bank. A refund is money back by the
 * original payment method (CRA 2015 s.20(16)); so is this, and credit on the account is not it. Not "back on your
 * account as credit" (the credit named), nor "isn't back on your card by Friday" (a condition, not a claim).
 */
const MONEY_BACK_ON_CARD = String.raw`(?:£\s?\d[\d.,]*|\b(?:the|your)\s+(?:[\w-]+\s+)?(?:money|payment|charge|amount|sum|£\s?\d[\d.,]*))(?:\s+[\w'\u2019]+){0,4}?(?:\s+(?:is|are|has\s+gone|have\s+gone|went|will\s+be|['\u2019]ll\s+be)|['\u2019]s)\s+(?:now\s+|already\s+|straight\s+|all\s+|safely\s+)?back\s+(?:on|in|to|into|onto)\s+your\s+(?:[\w-]+\s+){0,3}?(?:card|visa|mastercard|maestro|amex|bank)\b(?![^.!?\n]{0,30}\b(?:as|in)\s+(?:store\s+|account\s+|shop\s+)?(?:credit|vouchers?)\b)`;
const MONEY_BACK = String.raw`(?:${MONEY_COMING_BACK}|${MONEY_BACK_ON_CARD})`;

/** A future said as what will happen, hedged or not: "will", "'ll", "is going to", "should", "will hopefully". */
const WILL = String.raw`(?:will|['\u2019]ll|(?:is|are)\s+going\s+to|should)\s+(?:(?:hopefully|definitely|certainly|probably|surely|also|then|now|soon|shortly|still|automatically)\s+)?`;
/**
 * Between "I" or "we" and the verb of doing: an adverb, a hedge or an intention ("I'll hopefully put it
 * through", "we're going to send", "I should be able to get the refund through", "we'll try to get one
 * out"). A hedge does not take a promise back: the customer still hears that it will happen (session 47).
 */
const HEDGES = `(?: (?:now|just|already|personally|happily|gladly|also|gone ahead and|went ahead and|go ahead and|hopefully|definitely|certainly|probably|surely|then|still|be able to|going to|try(?:ing)? (?:to|and)|aim(?:ing)? to|hop(?:e|ing) to|plan(?:ning)? to|look(?:ing)? to|do (?:my|our) (?:very )?best to|endeavou?r to|attempt to)){0,3}`;
/**
 * What the business will do said with no "I" or "we" (session 47, issue 8 item 3's gap 1): the customer as
 * the one who will receive it ("You'll get a full refund", "you should receive your money back", "you're
 * getting a new kettle", "you'll be refunded"), or the remedy as the subject of a future ("A full refund will
 * be put through today", "the refund will go through this afternoon"). Read for the statutory remedies only
 * (BARE_REMEDY): "you'll get an email" promises no contact. Not "you'll have had", "you'll have been"
 * (inferences about the past).
 */
const YOU_GET = String.raw`\byou(?:['\u2019]ll|\s+will|['\u2019]re\s+going\s+to|\s+are\s+going\s+to|\s+should)(?:\s+(?:hopefully|definitely|certainly|probably|surely|also|now|soon|shortly|then|still|automatically))?\s+(?:get|receive|have|see|be\s+(?:getting|receiving|sent|given|refunded|reimbursed|issued|posted))\b(?!\s+(?:had|been|received|got|seen|heard|noticed|read|spoken|tried|already)\b)|\byou(?:['\u2019]re|\s+are)(?:\s+(?:now|also|definitely|certainly))?\s+(?:getting|receiving|being\s+(?:sent|given|refunded|reimbursed|issued))\b`;
const REMEDY_WILL = String.raw`\b(?:a|an|the|your)\s+(?:(?:full|complete|new|brand[- ]new|fresh|replacement)\s+)*(?:refund|replacement|repair|new\s+one)\b(?:\s+[\w\u00a3.,'\u2019-]+){0,4}?\s+${WILL}(?:be\s+(?:sent|posted|dispatched|despatched|issued|processed|put\s+through|arranged|booked|with\s+you|on\s+(?:its|the)\s+way|in\s+your|on\s+your|back|paid|credited|shipped)|go\s+(?:out|through|back|off)|leave|arrive|reach|land|show|come\s+(?:through|back)|ship)\b`;
/**
 * Contact to come said of the customer or as a thing to expect, with no "I" (session 48): "You'll hear from me
 * on Friday", "you should hear back from us tomorrow", "Expect a call from me at ten". Not the past ("you'll
 * have heard from us") or someone else ("you'll hear from the courier": not ours to promise).
 */
const CONTACT_COMING = String.raw`\byou(?:['\u2019]ll|\s+will|\s+should)(?:\s+(?:also|then|now|definitely|certainly))?\s+hear\s+(?:back\s+)?from\s+(?:me|us)\b|\b(?:expect|look\s+out\s+for)\s+(?:a|an)\s+(?:quick\s+|short\s+)?(?:call|ring|phone\s+call|e-?mail|message|text|update|letter)\s+from\s+(?:me|us)\b`;
const CONTACT_ONLY = new RegExp(`^(?:${CONTACT_COMING})`, "i");
/** The commitment is one of the bare forms above: it promises a statutory remedy and nothing else. */
const BARE_REMEDY = new RegExp(`^(?:${YOU_GET}|${REMEDY_WILL})`, "i");
/** The law told, not the business committed: "the law says you'll get…", "under the Consumer Rights Act you'll get…". */
const LAW_TOLD =
  /\b(?:law|act|legislation|regulations?|rules|policy|statute)\s+(?:says|say|states|means|gives|entitles)\b|\bunder\s+(?:the\s+)?(?:law|consumer\s+rights|cra\b|act\b)|\blegally\b|\bby\s+law\b|\bentitled\b|\bright\s+to\b/i;
/** A choice left to her after a bare offer of two remedies: "…, whichever you prefer", "it's up to you". */
const CHOICE_LEFT =
  /\b(?:whichever|which\s+(?:you|one|would|do)|(?:your|her|his)\s+choice|up\s+to\s+you|you\s+(?:choose|decide|pick|prefer))\b/i;

/**
 * New goods named as on their way, with no remedy word (red-team round 26 A, returns-r26-straight-out-of-the-box:
 * "a fresh Aurora, straight out of the box, leaves our warehouse this afternoon", with a repair issued): the goods
 * called new, fresh or brand-new as the subject of a dispatch verb are a replacement promised (CRA 2015 s.23). Not a
 * repaired one, an offer ("if you'd prefer a fresh one"), or new stock that is not hers ("a new range").
 */
const NEW_GOODS = String.raw`\b(?:a|an|your|another)\s+(?:fresh|brand[- ]new|new|spanking[- ]new)\s+(?:aurora|crema(?:\s+duo)?|halo|kettle|machine|frother|grinder|toaster|unit|model)\b(?:\s*,\s*[^,.!?\n]{1,40},)?\s+(?:leaves|is\s+leaving|goes\s+out|is\s+going\s+out|heads?\s+(?:your\s+way|to\s+you|out)|ships|is\s+(?:being\s+)?(?:sent|posted|dispatched|despatched|shipped))\b`;
/**
 * The same in the future, hedged or not: "a new kettle will be sent out tomorrow", "a brand-new Crema Duo should
 * arrive on Monday" (session 47). Not "your new kettle will arrive": that may be one she bought herself.
 */
const NEW_GOODS_WILL = String.raw`\b(?:a|an|another)\s+(?:fresh|brand[- ]new|new|spanking[- ]new)\s+(?:aurora|crema(?:\s+duo)?|halo|kettle|machine|frother|grinder|toaster|unit|model)\b\s+${WILL}(?:be\s+(?:sent|posted|dispatched|despatched|shipped|with\s+you|on\s+its\s+way)|go\s+out|leave|ship|arrive|reach\s+you)\b`;

/**
 * New goods named as what she will have, straight after the having ("you'll have a brand-new kettle by Friday",
 * "you're getting a new grinder"): a replacement (session 47). Not new goods to spend credit on ("to put
 * towards a new kettle").
 */
const A_NEW_ONE = String.raw`(?<=\b(?:get|receive|have|getting|receiving|having|sent|given)\s+)(?:a|an|another)\s+(?:brand[- ]new|new|fresh)\s+(?:aurora|crema(?:\s+duo)?|halo|kettle|machine|frother|grinder|toaster|unit|model)\b`;

const PATTERNS: Record<(typeof PROMISE_KINDS)[number], RegExp> = {
  // The card may be named by its brand ("back on your Mastercard", "back on your Visa"): "Mastercard" has
  // no word break before "card" (red-team round 24 A, returns-r24-says-full-clicks-less).
  refund: new RegExp(
    `${/\b(refund\w*|money back|reimburs\w*)\b|\bback (on|to) your\b[^.!?\n]{0,25}\b(card|account|visa|mastercard|maestro|amex|american express)\b/.source}|${MONEY_BACK}`,
    "i",
  ),
  // A re-send is a replacement of goods that never arrived ("we're re-sending the grinder today",
  // "another one is on its way"): kept by a replacement or by the colleague who books it (`dispatch`).
  replacement: new RegExp(
    `${/\b(replac\w*|new one|another one|exchang\w*|swap\w*|re-?send\w*|re-?sent)\b|\bsend\w* (you )?(out )?(another|a new)\b/.source}|${NEW_GOODS}|${NEW_GOODS_WILL}|${A_NEW_ONE}`,
    "i",
  ),
  repair: /\brepair\w*\b/i,
  call_back:
    /\bhear (?:back )?from (?:me|us)\b|\b(?:a|an) (?:quick |short )?(?:call|ring|phone call|e-?mail|message|text|update|letter) from (?:me|us)\b|\b(call|ring|phone|email|e-mail|text|message|contact|write to) you\b|\b(calls|rings|phones|contacts|writes to) you\b|\bgive you a (quick |short )?(call|ring|bell)\b|\bdrop you (an? )?(e-?mail|line|message|note|text)\b|\b(check in|check back|follow up) with you\b|\bbe in touch\b|\bget (back )?in touch with you\b|\bget back to you\b/i,
  // A reminder or task for someone to do something later: kept only by a task.
  follow_up:
    /\b(set|set up|added|add|created|create|put in|booked|book) (a|an|the)? ?(reminder|task|follow-up|diary note)\b/i,
  // "I've emailed you", "I've sent you a message": said to have written already (round 4); kept by a
  // message to them anywhere in the attempt (a public reply may come first). Writing later ("I'll
  // email you") is `call_back` above.
  written_to:
    /\b(e-?mailed|messaged|texted|dm'?d|dmed|written to|wrote to) you\b|\bsent you (an? )?(e-?mail|message|text|dm|private message)\b/i,
  // "I've escalated this to my manager", "I've passed your complaint to our team leader": said to have
  // gone up the line (the lead's mutation check, 5 December: the claim with nothing escalated kept a
  // Distinction). Kept by an escalation or a message to a colleague; a courier, a supplier or another
  // department named as the one told is not an escalation.
  escalation:
    /\bescalat\w*|\b(?:referred|passed|handed|raised|flagged|forwarded)\b[^.!?\n]{0,40}\b(?:to|with)\s+(?:my|our|the|a)\s+(?:[\w-]+\s+){0,2}?(?:manager|supervisor|team leader|line manager|senior (?:colleague|manager|adviser|advisor)|head of [\w-]+|customer relations|complaints (?:team|department|manager))\b/i,
  // "I've changed your next order to a 500g bag", "I've updated your subscription": a change to the
  // customer's orders said to be done (round 5), kept only by a record of the change (recordKeeping).
  record_update: new RegExp(
    [
      // A sum's decimal point is no sentence end ("added the duplicate £11.50 to your account as credit").
      /\b(updated|noted|recorded|added|changed|set|put)\b(?:[^.!?\n]|(?<=\d)\.(?=\d)){0,40}\b(your|the) (record|account|file|details|preferences|notes)\b/
        .source,
      // The same in informal words: "I've popped a note on your account", "stuck a note on your file",
      // "jotted it down on your record", "I've ticked you in for our email news" (red-team round 24 B,
      // onboarding-r24-says-its-all-on-file: nothing recorded, read as no claim at all).
      /\b(popped|stuck|jotted|pencil+ed|scribbled|ticked|flagged|marked)\b[^.!?\n]{0,40}\b(your|the) (record|account|file|details|preferences|notes)\b/
        .source,
      /\b(ticked|signed|opted|popped|put)\s+you\s+(?:in|up|down)?\s*(?:for|to|on|into)\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}?(?:e-?mails?|e-?mail news|newsletters?|mailing list|offers)\b/
        .source,
      ORDER_CHANGE.source,
      // "I've also noted…", "we've just made a note…" (session 48: an adverb hid the claim).
      /\b(i|we)('ve| have)(?: (?:also|just|now|already|personally))? (noted|recorded|made a note|left a note)\b/
        .source,
      /\b(logged|registered|raised|opened)\b[^.!?\n]{0,40}\b(request|complaint|case|claim|query|report)\b/
        .source,
      // Taken off a list, said done: "I've taken you off our mailing list", "removed your email from our
      // newsletter list", "I've unsubscribed you" (red-team round 19 B,
      // win-back-r19-keith-told-removed-nothing-recorded): kept only by a record of it.
      /\b(taken|took|removed|deleted|struck)\s+(you|your\s+(name|details|email(\s+address)?|address|number))\s+(\w+\s+){0,2}?(off|from)\s+(our|the|all|any)\s+(\w+\s+){0,2}?(list|lists|database|marketing|mailings?|e-?mails?|newsletters?)\b/
        .source,
      /\b(unsubscribed\s+you|opted\s+you\s+out)\b/.source,
    ].join("|"),
    "i",
  ),
};
/**
 * A commitment: "I/we" + will/have/am… + a doing verb ("I'll refund", "we've issued", "we're
 * putting…back"), or "your refund/replacement/repair has been / is / will…", or "a replacement is (also)
 * on its way / has been sent / will be with you…" (the lead's mutation check, session 31: said of a
 * replacement nobody issued, it kept a Distinction in 11 of 12 scenarios); or one of our staff who will
 * contact the customer ("Our engineer will also ring you tomorrow", "a colleague will email you"), a call
 * promised on someone else's behalf (session 32: with no call arranged it kept a Distinction in 12 of 12
 * scenarios; a courier's own texts are not ours to promise and are not read). Policy text such as
 * "we will be given one opportunity to repair" is not a commitment to this customer. The remedy as the
 * subject of a passive that says it was done ("A replacement grinder has been arranged and will be
 * dispatched today", "a refund is being put through"): what was done is said of the thing, not of us, and
 * is as untrue when nothing did it (red-team round 20 D, internal-r20d-replacement-has-been-arranged).
 */
const COMMITMENT = new RegExp(
  [
    /\bour (warehouse|team|dispatch team|despatch team)( team)? (is|are|has|have|will|'ll)( now| just| already)? (re-?send|resend|dispatch|despatch|send|sent|ship|post)\w*|\b(?:our|my|a|one of our)\s+(?:[\w-]+\s+){0,2}?(?:engineers?|technicians?|team leaders?|managers?|supervisors?|colleagues?|specialists?|advis[eo]rs?|experts?|representatives?)(?:\s+(?:from|in|on)\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}?(?:team|department))?\s+(?:will|'ll|is going to|are going to)(?:\s+(?:also|now|just|personally|happily))?\s+(?:call|ring|phon|contact|email|e-mail|text|messag|writ|get in touch|be in touch|get back|check in|follow up|give you a)\w*/
      .source,
    // The learner's own verb, hedged or not: "I'll refund", "we've issued", "I'll hopefully put it through",
    // "I'm going to send", "I should be able to get the refund through" (session 47: a hedge or an
    // intensifier between the subject and the verb hid the promise, so "hopefully" bought a met criterion).
    String.raw`\b(i|we)('ll| will|'ve| have|'m| am|'re| are|'d| shall| should| can confirm)${HEDGES} (re-?send|re-?sent|dispatch|despatch|issu|process|arrang|send|sent|refund|replac|repair|pa(y|id)|put|done|sort|credit|organis|book|call|ring|phon|give|add|updat|not|record|set|chang|popp|stuck|jott|pencil|scribbl|tick|signed|swap|exchang|reimburs|mak|check in|check back|follow up|be in touch|get in touch|get back|logg|regist|rais|open|drop|email|e-mail|text|messag|writ|contact|remind|creat|book|dm|wrote|made a (?:note|record)|left a note|recognis|recogniz|acknowledg|pass|forward|escalat|flagg|mark|referr|hand|taken|remov|delet|unsubscrib|opted|(?:get|have) (?:(?:you|her|him|them)\s+)?(?:a|an|the|your|another|all|every)\b)\w*`,
    /\byour (refund|replacement|repair|new one)\b(?:[^.!?\n]|(?<=\d)\.(?=\d)){0,30}\b(has|have|is|will)\b|\byour (?:full )?(refund|replacement|repair|new one)\b(?:[^.!?\n]|(?<=\d)\.(?=\d)){0,30}\bwent (?:through|out|off)\b|\b(a|the)( new| full)? (refund|replacement|repair|new one)\b[^.!?\n]{0,20}\b(is|'s|has been|will be)( also| now| already| just)? (on (its|the) way|being (sent|posted|dispatched|processed)|sent|posted|dispatched|issued|processed|with you|arriving)\b|\b(?:a|the|your)(?: new| full| replacement)? (?:refund|replacement|repair|new one)\b(?: [\w-]+){0,2}? (?:has been|have been|is being|'s being|was)(?: also| now| already| just| all)? (?:arranged|organi[sz]ed|booked|sorted|set up|ordered|put through|raised|approved|authori[sz]ed|sent|dispatched|despatched|posted|issued|processed|shipped)\b/
      .source,
    // Contact said with no "I" (session 48): "You'll hear from me on Friday", "expect a call from us tomorrow".
    CONTACT_COMING,
    YOU_GET,
    REMEDY_WILL,
    MONEY_BACK,
    NEW_GOODS,
    NEW_GOODS_WILL,
  ].join("|"),
  "i",
);
const CONDITIONAL =
  /\b(if|unless|whether|would you|do you want|shall i|should you|you'?d rather|you'?d prefer|you would (rather|prefer))\b/i;
/**
 * Her preference as what was recorded, not a condition: "I've noted that you'd prefer email", "I've made a note
 * on your account that you'd rather we wrote" (session 48). Only after a record verb and "that" or "how".
 */
const PREFERENCE_RECORDED =
  /\b(?:noted|recorded|logged|made\s+a\s+note|left\s+a\s+note|put\s+a\s+note|added\s+a\s+note|updated)\b[^.!?\n]{0,40}?\b(?:that|how)\s+you['\u2019]?d\s+(?:rather|prefer)\b/gi;
/** A condition said by inversion, opening the sentence: "Should it fail again, you'll get…", "Were it to…" (session 47). */
const INVERTED_CONDITION = /^\W*(?:should|were|had)\s+(?:it|this|that|they|the|your|anything|something)\b/i;
// Policy text: "Where the courier confirms that a parcel has been lost, we will re-send the items…".
const POLICY_CONDITION = /^\W*where\b/i;
// "Nobody will ring you" and "nothing will be refunded" say what will NOT happen (round 4).
const NEGATION = /\b(not|never|no|nobody|nothing|neither|nor|cannot|unable|without)\b|n't\b/i;
/**
 * A statement that it is already done: "I've…", "we have…", "I can confirm…", "your refund has been…";
 * or under way now: "we're re-sending it today", "our warehouse is re-sending…", "a replacement is on its
 * way / is being sent" (round 7 and the lead's session 31 check: said to be
 * happening, it is as untrue as "I've done it" when nothing does it).
 */
const DONE =
  /\b(?:is|are|'s|’s|has gone|have gone|went)(?: now| already| straight| all| safely)? back (?:on|in|to|into|onto) your\b|^(i|we)('ve| have| can confirm)|\bhas been\b|\bhave been\b|\b(is|'s)( also| now| already| just)? (on (its|the) way|being (sent|posted|dispatched|processed))\b|^(i|we|our [\w ]+?)('re| are|'m| am| is)( now| just| already)? [\w-]+ing$/i;

/** A refund said to land in the customer's account within hours: today, tonight, tomorrow, within 24 hours. */
const ARRIVES_TOO_SOON =
  /\b(?:back in|be in|reach\w*|arriv\w*|show\w*|land\w*|clear\w*)\b[^.!?\n]{0,30}\b(?:account|bank)\b[^.!?\n]{0,20}\b(?:today|tonight|tomorrow|within (?:an|the|one) hour|within 24 hours|straight away|immediately)\b|\b(?:money|refund|funds|£\s?\d[\d,.]*|it)\s+(?:will|should|'ll|is going to)\s+(?:be\s+)?(?:reach|arriv|show|land|clear|back)\w*\b[^.!?\n]{0,15}\b(?:today|tonight|tomorrow|within 24 hours)\b/i;

/**
 * A sentence split where "and"/"but" starts a new first-person clause: "We're re-sending your grinder
 * and I'm asking my team leader whether we can send it next-day" states the re-send; the question is
 * only about next-day (round 7). A condition counts in its own part and every later one.
 */
const NEW_CLAUSE = /\b(?:and|but)\s+(?=(?:i|we)(?:'m|'re|'ll|'ve| am| are| will| have)\b)/gi;
type Clause = { start: number; end: number; sentenceStart: number };
function coordinateClauses(text: string, s: { start: number; end: number }): Clause[] {
  const out: Clause[] = [];
  let from = s.start;
  for (const m of text.slice(s.start, s.end).matchAll(NEW_CLAUSE)) {
    out.push({ start: from, end: s.start + m.index!, sentenceStart: s.start });
    from = s.start + m.index!;
  }
  out.push({ start: from, end: s.end, sentenceStart: s.start });
  return out;
}

/** A remedy word, and a run of them joined as alternatives: "repair or replace", "a refund, a repair or a replacement". */
const REMEDY_WORD = String.raw`(?:refund\w*|money back|replac\w*|repair\w*|exchang\w*)`;
const REMEDY_ALTERNATIVES = new RegExp(
  String.raw`\b${REMEDY_WORD}(?:(?:\s*,\s*(?:or\s+)?|\s*\/\s*|\s+(?:and\/)?or\s+)(?:(?:a|an|to|the)\s+)?${REMEDY_WORD})+`,
  "gi",
);
const REMEDY_OF: [RegExp, RemedyKind][] = [
  [/^(refund|money back)/i, "refund"],
  [/^(replac|exchang)/i, "replacement"],
  [/^repair/i, "repair"],
];

/** The other remedies named beside the one at `index`, joined to it by "or", "/" or a list's commas. */
function alternativesAt(sentence: string, index: number, own: RemedyKind): RemedyKind[] {
  for (const m of sentence.matchAll(REMEDY_ALTERNATIVES)) {
    if (index < m.index! || index >= m.index! + m[0].length) continue;
    const named = [...m[0].matchAll(new RegExp(REMEDY_WORD, "gi"))].map(
      (w) => REMEDY_OF.find(([re]) => re.test(w[0]))![1],
    );
    return [...new Set(named)].filter((k) => k !== own);
  }
  return [];
}

/**
 * Someone other than the learner named as the one who will make the call, between the commitment and
 * the call ("I'll make sure our delivery manager rings you", "we'll get a supervisor to call you").
 */
const CALL_BY_OTHER =
  /\b(manager|team leader|supervisor|senior|colleague|director|head of|specialist|someone|somebody|engineers?|technicians?|advis[eo]rs?|experts?|representatives?)\b/i;
/** What arranges a call promised on someone else's behalf: an escalation, a message to a colleague, or a task or call log that names the call. */
const ARRANGES_CALL = /\b(call|ring|phone|manager|team leader|supervisor)/i;

/**
 * "Another one" or "a new one" that is a courier or supplier, not goods: "We've raised it with our
 * courier and are trialling another one" (red-team round 13 B, service-review-r13-daniel-and-mei-few-words).
 * Only when the sentence names a carrier, courier or supplier and the words just before are trying,
 * testing or changing to it; "the courier lost it, so we're sending you another one" stays a re-send.
 */
const PROVIDER =
  /\b(couriers?|carriers?|suppliers?|providers?|delivery (?:company|companies|firm|firms|partner|partners|service|services))\b/i;
const PROVIDER_CHOICE =
  /\b(?:try(?:ing)?|tried|trial(?:l?ing|l?ed)?|test(?:ing|ed)?|switch(?:ing|ed)? to|mov(?:e|ing|ed) to|chang(?:e|ing|ed) to|us(?:e|ing)|look(?:ing)? (?:at|for)|bring(?:ing)? in|tak(?:e|ing) on)\s+$/i;
function anotherProvider(sentence: string, index: number, matched: string): boolean {
  if (!/^(?:another|new) one$/i.test(matched)) return false;
  return (
    PROVIDER.test(sentence) &&
    PROVIDER_CHOICE.test(sentence.slice(Math.max(0, index - 40), index).replace(/\ba\s+$/i, ""))
  );
}

/** A note or record, then what it says ("…a note on your account that we should…"): its content follows. */
const RECORD_CONTENT =
  /\b(?:a\s+note|notes?\s+on|(?:your|the)\s+(?:record|account|file|notes|details|preferences))\b[^.!?\n]{0,40}?\b(?:that|saying|to\s+say|which\s+says|(?:of|about)\s+how|so\s+(?:that\s+)?(?:everyone|colleagues|the\s+team|staff)\s+know)\b[^.!?\n]{0,30}$/i;
const COMMITMENT_ALL = new RegExp(COMMITMENT.source, `${COMMITMENT.flags.replace("g", "")}g`);
const PLUPERFECT = /\b(?:i|we)['\u2019]d(?:\s+(?:now|just|already|previously|personally))?\s+[a-z-]+ed\b/i;

export function findPromises(text: string): MessagePromise[] {
  return promiseMemo(text);
}
// Remembered by text (text-memo.ts): several criteria read a message's promises, and every replay again.
const promiseMemo = memoByText(promisesOf, 500);

function promisesOf(text: string): MessagePromise[] {
  const out: MessagePromise[] = [];
  /** Promises read from a bare statement ("You'll get a full refund"): a commitment after it says when. */
  const bare = new Set<MessagePromise>();
  for (const s of splitSentences(text).flatMap((x) => coordinateClauses(text, x))) {
    const sentence = text.slice(s.start, s.end);
    // A condition before the clause still governs it ("If you'd rather…, just reply and I will…").
    const upTo = text.slice(s.sentenceStart, s.end);
    if (
      sentence.includes("?") ||
      CONDITIONAL.test(upTo.replace(PREFERENCE_RECORDED, " ")) ||
      POLICY_CONDITION.test(upTo) ||
      INVERTED_CONDITION.test(upTo)
    )
      continue;
    // "after we'd already repaired it": "we'd" + a past participle is "we had", history told, not a
    // promise or a claim of something done now ("we'd refund it" is "we would", and stays); the next
    // commitment in the clause still counts. Red-team round 16 A (returns-r16-calendar-maths: Joanne's
    // first repair read as a repair promised).
    const commitments = [...sentence.matchAll(COMMITMENT_ALL)].filter((c) => !PLUPERFECT.test(c[0]));
    const commitment = commitments[0];
    if (!commitment) continue;
    // "Once a replacement has been arranged, I'll let you know": the remedy as subject, in a clause
    // still to come, says nothing is done yet (round 20 D).
    if (/^(?:a|the|your)\b/i.test(commitment[0]) && NOT_YET.test(clauseBefore(sentence, commitment.index)))
      continue;
    // A bare statement ("You'll get a full refund") promises a remedy, not the law told ("under the Consumer
    // Rights Act you'll get…") or a choice left to her ("…, whichever you prefer"); every other kind of promise
    // is read from the learner's own commitment (session 47).
    const firm = commitments.find((c) => !BARE_REMEDY.test(c[0]));
    const bareOk = (c: RegExpMatchArray) =>
      !LAW_TOLD.test(clauseBefore(sentence, c.index!)) && !CHOICE_LEFT.test(sentence);
    // Contact said to be coming ("You'll hear from me…") promises contact, never a remedy named after it.
    const remedyFrom = commitments.find(
      (c) => !CONTACT_ONLY.test(c[0]) && (!BARE_REMEDY.test(c[0]) || bareOk(c)),
    );
    for (const kind of PROMISE_KINDS) {
      const own = REMEDY_PROMISES[kind];
      const from = own ? remedyFrom : firm;
      if (!from) continue;
      // The promised thing comes in the committing clause (from the commitment on).
      const k = PATTERNS[kind].exec(sentence.slice(from.index));
      if (!k) continue;
      k.index += from.index!;
      if (NEGATION.test(clauseBefore(sentence, k.index))) continue;
      if (kind === "replacement" && anotherProvider(sentence, k.index, k[0])) continue;
      // What a note says is its content, not a promise: "I've put a note on your account that we should
      // email you and not ring" records how to contact her (red-team round 23 A,
      // complaint-r23-answers-her-question: read as a contact promised with nothing planned).
      if (kind !== "record_update" && RECORD_CONTENT.test(sentence.slice(from.index, k.index))) continue;
      const alternatives = own ? alternativesAt(sentence, k.index, own) : [];
      const byOther = kind === "call_back" && CALL_BY_OTHER.test(sentence.slice(from.index, k.index));
      const done =
        DONE.test(from[0]) ||
        /\b(has|have) been\b/i.test(sentence.slice(from.index)) ||
        // Said of the remedy in the customer's terms (session 48): "your refund has gone through", "your
        // refund of £44.99 has already cleared", "your replacement went out this morning".
        /^your\b(?:(?!\b(?:will|once|when|after|until|before|if)\b)[^.!?\n]|(?<=\d)\.(?=\d))*?\b(?:(?:has|have)(?:\s+(?:now|already|just|all))?\s+(?:gone\s+(?:through|out|off)|cleared|landed|arrived|left)|went\s+(?:through|out|off))\b/i.test(
          sentence.slice(from.index),
        ) ||
        // The remedy as subject, in the past or under way: "the replacement was booked" (round 20 D).
        /^(?:a|the|your)\b[^.!?\n]*\b(?:was|is being|['’]s being)\s+[a-z]+(?:ed|t)\b/i.test(from[0]);
      const immediate = own !== undefined && !done && NOW.test(sentence.slice(from.index));
      const p: MessagePromise = {
        kind,
        start: s.start + k.index,
        end: s.start + k.index + k[0].length,
        text: k[0],
        done,
        ...(alternatives.length ? { alternatives } : {}),
        ...(byOther ? { byOther } : {}),
        ...(immediate ? { immediate } : {}),
      };
      out.push(p);
      if (BARE_REMEDY.test(from[0])) bare.add(p);
    }
  }
  // A remedy offered to them ("you can have a full refund") and taken on by the learner ("I will arrange
  // that now"): offered-remedy.ts. Not twice where the words already named it.
  for (const o of offeredRemedies(text)) {
    const immediate = !o.done && NOW.test(o.commitmentSentence);
    const same = out.find((p) => p.kind === o.kind && p.start >= o.start && p.start < o.end);
    // "You'll get a full refund. I'll sort that straight away": the bare statement is the offer, and the
    // commitment after it says when (now) or that it is done.
    if (same && bare.has(same)) {
      Object.assign(same, { start: o.start, end: o.end, text: o.text, done: o.done });
      if (immediate) same.immediate = true;
      else delete same.immediate;
    }
    if (same) continue;
    out.push({
      kind: o.kind,
      start: o.start,
      end: o.end,
      text: o.text,
      done: o.done,
      ...(immediate ? { immediate } : {}),
    });
  }
  // A state said changed, when no commitment in its sentence already claimed the record.
  for (const c of stateClaims(text))
    if (!out.some((p) => p.kind === "record_update" && sameSentence(text, p.start, c.start))) out.push(c);
  return out;
}

function sameSentence(text: string, a: number, b: number): boolean {
  return splitSentences(text).some((s) => s.start <= a && a < s.end && s.start <= b && b < s.end);
}

/**
 * The customer's state said to be changed already, with no "I" or "we": "Consider it done: you're off
 * every list we have, your details are gone from our side" (red-team round 20 B,
 * win-back-r20-keith-consider-it-done; round 19's reader wanted "I've taken you off…"). As much a record
 * claim as "I've removed your details", and as untrue with nothing recorded (UK GDPR Art 21(3), Art 17).
 * Not read: "you're off to a good start" (no list), a negation ("your details aren't deleted yet"), or a
 * question or condition (skipped with the clause, as for every promise).
 */
const STATE_DONE =
  /\byou(?:['\u2019]re|\s+are|['\u2019]ve\s+been|\s+have\s+been)\s+(?:now\s+|already\s+|all\s+)?(?:off|removed\s+from|taken\s+off|struck\s+off|deleted\s+from|unsubscribed\s+from)\s+(?:our|the|every|all|any|each)\s+(?:[\w-]+\s+){0,2}?(?:list|lists|database|databases|system|systems|books|mailings?|marketing|newsletters?)\b|\byou(?:['\u2019]re|\s+are|['\u2019]ve\s+been|\s+have\s+been)\s+(?:now\s+|already\s+|all\s+)?(?:unsubscribed|opted\s+out)\b|\byour\s+(?:personal\s+)?(?:details|data|information|info|email(?:\s+address)?|name|address|number)\s+(?:are|is|have\s+been|has\s+been|['\u2019]s\s+been)\s+(?:now\s+|already\s+|all\s+)?(?:gone|deleted|removed|erased|wiped|cleared)\b/i;

function stateClaims(text: string): MessagePromise[] {
  const out: MessagePromise[] = [];
  for (const s of splitSentences(text)) {
    const sentence = text.slice(s.start, s.end);
    if (sentence.includes("?") || CONDITIONAL.test(sentence)) continue;
    const m = STATE_DONE.exec(sentence);
    if (!m || NEGATION.test(clauseBefore(sentence, m.index)) || /n['\u2019]t\b|\bnot\b/i.test(m[0])) continue;
    out.push({
      kind: "record_update",
      start: s.start + m.index,
      end: s.start + m.index + m[0].length,
      text: m[0],
      done: true,
    });
  }
  return out;
}

const REMEDY_PROMISES: Partial<Record<PromiseKind, RemedyKind>> = {
  refund: "refund",
  replacement: "replacement",
  repair: "repair",
};
// A request or complaint "logged" is on the record as a case, a note or a task for whoever handles it.
const RECORD_ACTIONS = new Set([
  "add_note",
  "create_task",
  "update_preferences",
  "update_consent",
  "change_stage",
  "open_case",
  "update_case",
  "close_case",
]);

/** Words that say a record was changed, not what was recorded. */
const RECORD_WORDS = new Set(
  (
    "your record records account file details detail preferences preference notes note noted updated update " +
    "recorded added changed change have been that this with from will just also them they their there here " +
    "what when which would could should about into onto only very really made make logged registered raised " +
    "opened request complaint case claim query report thank thanks sure know want wanted like please system " +
    "everything anything something today again future next time make sure made sure done"
  ).split(" "),
);

/** The words of a promise's sentences, from the sentence it starts in to the one it ends in. */
function promisedWords(text: string, p: { start: number; end: number; text: string }): string {
  const sentences = splitSentences(text);
  const first = sentences.find((x) => x.start <= p.start && p.start < x.end);
  const last = sentences.find((x) => x.start < p.end && p.end <= x.end);
  return first && last ? text.slice(first.start, last.end).trim() : p.text;
}

function claimSentence(text: string, p: { start: number; text: string }): string {
  const sentence = splitSentences(text).find((x) => x.start <= p.start && p.start < x.end);
  return sentence ? text.slice(sentence.start, sentence.end).trim() : p.text;
}

/** What a record claim says was recorded: its sentence's own content words ("grind", "coarse"). */
function claimTopics(text: string, p: MessagePromise): string[] {
  const words =
    claimSentence(text, p)
      .toLowerCase()
      .match(/[a-z]{4,}/g) ?? [];
  return [...new Set(words.filter((w) => !RECORD_WORDS.has(w)).map((w) => w.slice(0, 5)))];
}

/**
 * Everything an action put on the record, as lower-case text (fields and values). The abbreviations
 * colleagues write on a record stand for their words: "SAR by chat 12/11" records a subject access
 * request as surely as the words do (red-team round 20 B, dp-r20-liam-erm-on-the-phone: "I've logged it
 * as a subject access request" was read as untrue against that case).
 */
const RECORD_ABBREVIATIONS: [RegExp, string][] = [
  [/\bd?sars?\b/g, "subject access request"],
  [/\bdpo\b/g, "data protection officer"],
];
const recordText = (r: ActionRecord) =>
  RECORD_ABBREVIATIONS.reduce(
    (t, [abbr, words]) => t.replace(abbr, words),
    JSON.stringify(r.action).toLowerCase().replace(/_/g, " "),
  );

/** An answer to the customer's question, compared with what their record says (recordContradictions). */
export type AnswerClaim = Omit<MessagePromise, "kind"> & {
  /** pledge, payment: unkeepable-claims.ts (round 15 A). */
  kind:
    | "answer"
    | "choice"
    | "approval"
    | "conversation"
    | "contact"
    | "pledge"
    | "payment"
    | "remedy_record";
  /** remedy_record: what the attempt shows beside the record's words (remedy-records.ts). */
  fact?: string;
};

export type PromiseVerdict = {
  promise: MessagePromise | AnswerClaim;
  message: ActionRecord;
  /**
   * kept: an action matches; broken: a different action contradicts it, or a remedy promised for now
   * ("I will arrange that now") was never issued before the attempt ended; untrue: the customer was
   * told it had been done and nothing in the attempt did it; unkept: promised for later, never done.
   */
  status: "kept" | "broken" | "untrue" | "unkept";
  /** The action that keeps or contradicts it. */
  action: ActionRecord | null;
  explanation: string;
};

/** A promise of contact in writing ("email you", "drop you a line", "write to you"), not a call. */
const IN_WRITING = /e-?mail|message|text|write|drop you/i;
const IN_WRITING_SENTENCE = /\b(e-?mail\w*|in writing|writ\w*|letter|by post|text\w*|messag\w*)\b/i;

/**
 * The first promise in a message to phone the customer ("I'll give you a quick ring on Friday"), not
 * to write: for a customer who asked not to be phoned (red-team round 11 A, complaint-r11-promises-a-ring).
 */
export function promisedCall(text: string): MessagePromise | undefined {
  // "We'll only contact you by email": the contact promised is in writing if its sentence says so.
  return findPromises(text).find(
    (p) =>
      p.kind === "call_back" &&
      !IN_WRITING.test(p.text) &&
      !IN_WRITING_SENTENCE.test(claimSentence(text, p)) &&
      // "You'll hear from me on Friday" names no call (session 48); "a call from me" does.
      !(/^hear\b/i.test(p.text) && !/\b(?:call|ring|phon)\w*/i.test(claimSentence(text, p))),
  );
}

/**
 * The customer asked to phone us: "just give our customer care team a ring on 0345…", "call us on…",
 * "you can reach us by phone", "ring our helpline". For a customer who asked not to be phoned because she
 * is hard of hearing, being told to ring is the same adjustment missed as being told she will be rung
 * (red-team round 16 A, complaint-r16-please-ring-us; Equality Act 2010 s.20, s.29). Not an invitation
 * when negated or set aside in its clause ("there's no need to ring us", "rather than calling us"), or
 * inside quotation marks. The words found, or null.
 */
const CALL_US = new RegExp(
  [
    String.raw`\bgive\s+(?:us|our\s+(?:[\w'’-]+\s+){0,2}?(?:team|line|helpline|desk|department|centre|center))\s+an?\s+(?:quick\s+|short\s+)?(?:call|ring|bell|buzz)\b`,
    String.raw`\b(?:call|ring|phone|telephone)\s+(?:us|our\s+(?:[\w'’-]+\s+){0,2}?(?:team|line|helpline|number|desk|department|centre|center))\b`,
    String.raw`\b(?:reach|contact|speak\s+to|talk\s+to)\s+(?:us|our\s+(?:[\w'’-]+\s+){0,2}?team)\s+(?:by\s+(?:phone|telephone)|on\s+(?:the\s+phone|\+?\d))`,
  ].join("|"),
  "i",
);
const NOT_INVITED =
  /\b(?:no\s+need|not|never|don't|do\s+not|won't|rather\s+than|instead\s+of|without)\b|n't\b/i;
export function callInvited(text: string): { start: number; end: number; text: string } | null {
  const quoted = quotedSpans(text);
  for (const s of splitSentences(text)) {
    const sentence = text.slice(s.start, s.end);
    const m = CALL_US.exec(sentence);
    if (!m) continue;
    const at = s.start + m.index;
    if (quoted.some((q) => q.start <= at && at < q.end)) continue;
    // "Please don't hesitate to call us" invites all the same.
    const before = clauseBefore(sentence, m.index).replace(/\b(?:don't|do\s+not)\s+hesitate\s+to\s*$/i, "");
    if (NOT_INVITED.test(before)) continue;
    return { start: at, end: at + m[0].length, text: m[0] };
  }
  return null;
}

/**
 * A call offered to the customer rather than promised or asked of her: "Would it be easier to talk this
 * through over the phone?", "If so, just let me know a time that suits and I'll ring you back", "happy to
 * give you a quick ring if you'd prefer" (red-team round 17 A, complaint-r17-would-a-call-help). For a
 * customer who asked not to be phoned, offering a call is the adjustment missed in words as surely as
 * promising one (Equality Act 2010 s.20, s.29). A phone conversation (talking, speaking, chatting on or
 * over the phone; a call or a ring; us calling you) counts only where it is offered: a question that
 * offers ("would", "shall", "could", "do you want"…), or an offer frame ("happy to", "if you'd prefer",
 * "if so", "I can"). Not when negated or set aside ("rather than a call"), in quotation marks, said of
 * someone else ("did the courier call you?"), or told back as her need ("I know talking on the phone is
 * hard for you"). The words found, or null.
 */
const PHONE_TALK = new RegExp(
  [
    String.raw`\b(?:talk|speak|chat|go\s+through|run\s+through|discuss)\b[^.?!\n]{0,30}?\b(?:over|on|by)\s+the\s+(?:phone|telephone)\b`,
    String.raw`\b(?:a|an)\s+(?:quick\s+|short\s+|brief\s+)?(?:phone\s+|telephone\s+)?(?:call|ring|bell)\b`,
    String.raw`(?:\b(?:i|we)(?:['’](?:ll|d))?|\bme|\bus)\s+(?:[\w'’]+\s+){0,2}?(?:give\s+you\s+a\s+(?:quick\s+)?(?:call|ring|bell)|(?:call|ring|phone|telephone)\s+you)\b`,
  ].join("|"),
  "i",
);
const OFFERING_QUESTION =
  /^\W*(?:would|shall|should|could|can|do\s+you\s+want|would\s+you\s+like|is\s+it|might|how\s+about|what\s+about)\b/i;
const OFFER_FRAME =
  /\b(?:happy|glad|pleased)\s+to\b|\bif\s+(?:so|you(?:['’]d|\s+would)\s+(?:like|prefer|rather)|you\s+(?:prefer|want|like)|it(?:['’]s|\s+is|\s+would\s+be|['’]d\s+be)\s+easier)\b|\b(?:i|we)\s+(?:can|could)\b/i;
export function callOffered(text: string): { start: number; end: number; text: string } | null {
  const quoted = quotedSpans(text);
  for (const s of splitSentences(text)) {
    const sentence = text.slice(s.start, s.end);
    const m = PHONE_TALK.exec(sentence);
    if (!m) continue;
    const at = s.start + m.index;
    if (quoted.some((q) => q.start <= at && at < q.end)) continue;
    const offered =
      (sentence.trim().endsWith("?") && OFFERING_QUESTION.test(sentence)) || OFFER_FRAME.test(sentence);
    if (!offered) continue;
    if (NOT_INVITED.test(clauseBefore(sentence, m.index)) || NOT_INVITED.test(m[0])) continue;
    return { start: at, end: at + m[0].length, text: m[0] };
  }
  return null;
}

/**
 * A call announced as coming from anyone, the learner or someone else: "Our courier partner will give you
 * a quick call the evening before", "the engineer is going to ring you", "you'll get a call from the
 * driver" (red-team round 19 A, complaint-r19-courier-will-ring). To a customer who asked not to be phoned
 * because she is hard of hearing, telling her she will be rung, by whoever, is the adjustment missed in
 * words (Equality Act 2010 s.20, s.29): she still has to take the call. A future or arranged call to
 * her ("will", "'ll", "going to", "to" after "asked/arranged for") only; not when negated or set aside
 * in its clause ("nobody will call you", "the courier won't ring you, they'll text"), in quotation marks,
 * or a call to someone else ("I'll ring the courier"). The words found, or null.
 */
const CALL_ANNOUNCED = new RegExp(
  [
    String.raw`\b(?:will|shall|['’]ll|(?:is|are|['’]s|['’]re)\s+going\s+to|to)\s+(?:[\w'’]+\s+){0,2}?(?:give\s+you\s+an?\s+(?:quick\s+|short\s+|brief\s+)?(?:phone\s+)?(?:call|ring|bell|buzz)|(?:call|ring|phone|telephone)\s+you)\b`,
    String.raw`\byou(?:['’]ll|\s+will|['’]re\s+going\s+to|\s+are\s+going\s+to|\s+should)\s+(?:get|receive|have)\s+an?\s+(?:quick\s+|short\s+|brief\s+)?(?:phone\s+|telephone\s+)?(?:call|ring|bell)\b`,
    // Any contact with her, by whoever, said to come by phone (red-team round 20 D,
    // complaint-r20d-collections-team-by-phone: "someone from our collections team will be in touch by
    // phone the day before"; "you'll be contacted by telephone"): the medium, not the verb, is the call.
    String.raw`\b(?:will|shall|['’]ll|(?:is|are|['’]s|['’]re)\s+going\s+to)\s+(?:[\w'’]+\s+){0,2}?(?:be\s+in\s+touch|get\s+in\s+touch|contact\s+you|reach\s+you|speak\s+(?:to|with)\s+you|talk\s+(?:to|with)\s+you|get\s+hold\s+of\s+you|be\s+(?:contacted|phoned|called|rung|telephoned))\b[^.?!\n;:]{0,40}?\b(?:by|on|over|via)\s+(?:the\s+|your\s+)?(?:phone|telephone|mobile|landline)\b`,
  ].join("|"),
  "i",
);
export function callAnnounced(text: string): { start: number; end: number; text: string } | null {
  const quoted = quotedSpans(text);
  for (const s of splitSentences(text)) {
    const sentence = text.slice(s.start, s.end);
    const m = CALL_ANNOUNCED.exec(sentence);
    if (!m) continue;
    const at = s.start + m.index;
    if (quoted.some((q) => q.start <= at && at < q.end)) continue;
    if (NEGATION.test(clauseBefore(sentence, m.index)) || NOT_INVITED.test(m[0])) continue;
    return { start: at, end: at + m[0].length, text: m[0] };
  }
  return null;
}

/**
 * A call promised for today or tomorrow ("I'll ring you tonight", "I'll call you back tomorrow
 * morning") is planned by a task due by then, not by one due weeks later (red-team round 12 B, noticed).
 * A promise with no such day is kept by a task due at any time.
 */
const SAME_DAY =
  /\b(?:today|tonight|this (?:morning|afternoon|evening)|later today|by (?:the )?end of (?:the )?day)\b/i;
const NEXT_DAY = /\b(?:tomorrow)\b/i;
/**
 * A later day named, with the latest it can mean and no calendar needed (red-team round 21 A,
 * complaint-r21-friday-check-task-month: "I'll email you on Friday to make sure it has arrived", the task
 * due in 30 days): a weekday is within the next 7 days, "next Friday" or "next week" within 14, "this
 * week" within 7, "in a couple / a few / N days" within that many. A task due later plans no such contact.
 */
const WEEKDAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
const WITHIN_14 = new RegExp(
  String.raw`\bnext\s+(?:week|${WEEKDAY})\b|\bin\s+a\s+fortnight\b|\bfortnight['\u2019]s\s+time\b`,
  "i",
);
const WITHIN_7 = new RegExp(
  String.raw`\b(?:on|by|this|before|come)\s+${WEEKDAY}\b|\bthis\s+week\b|\b(?:by\s+)?the\s+end\s+of\s+(?:the|this)\s+week\b|\bin\s+a\s+week\b|\ba\s+week['\u2019]s\s+time\b`,
  "i",
);
const IN_N_DAYS = /\bin\s+(\d{1,2}|[a-z]+)\s+days\b/i;
function latestDay(promised: string): number | null {
  if (WITHIN_14.test(promised)) return 14;
  if (WITHIN_7.test(promised)) return 7;
  if (/\bin\s+a\s+couple\s+of\s+days\b/i.test(promised)) return 3;
  if (/\bin\s+a\s+few\s+days\b/i.test(promised)) return 5;
  const n = IN_N_DAYS.exec(promised);
  if (!n) return null;
  return /^\d/.test(n[1]!) ? Number(n[1]) : (NUMBER_WORDS[n[1]!.toLowerCase()] ?? null);
}
function dueInTime(promised: string, task: ActionRecord): boolean {
  const due = task.dueInDays;
  if (due === null) return true;
  if (SAME_DAY.test(promised)) return due <= 0;
  if (NEXT_DAY.test(promised)) return due <= 1;
  const latest = latestDay(promised);
  return latest === null || due <= latest;
}

/**
 * A task that plans contact with the customer: its words say so (call, ring, email, check in, follow up, a
 * survey, an update) or name her. "Report the fault to the supplier", due tomorrow, plans no word to her, so
 * it keeps no "you'll hear from me tomorrow" (session 48).
 */
const CONTACT_TASK =
  /\b(?:call|ring|phon|contact|e-?mail|text|messag|writ|letter|check|follow|chase|updat|speak|talk|touch|get\s+back|repl|respond|confirm|remind|survey|tell|let\s+\w+\s+know)\w*/i;
function plansContact(task: ActionRecord, who: string): boolean {
  const words = actionText(task.action);
  return (
    CONTACT_TASK.test(words) || (who !== "the customer" && words.toLowerCase().includes(who.toLowerCase()))
  );
}
/** A later day named for the contact: "tomorrow", a weekday, "next week", "in three days". */
const LATER_DAY = (promised: string) => NEXT_DAY.test(promised) || latestDay(promised) !== null;
/**
 * A call logged that is the call promised (session 48): one we made (not her inbound call, which the log of the
 * same conversation records), after the promise, and not for a later day (a call today is not tomorrow's at
 * ten). Before, any call log kept a promised call, so logging the very call she made kept a promise of another.
 */
function callMadeFor(x: ActionRecord, promise: ActionRecord, promised: string): boolean {
  return (
    x.action.type === "log_call" &&
    x.action.direction !== "inbound" &&
    x.index > promise.index &&
    !LATER_DAY(promised)
  );
}

const WORDS: Record<PromiseKind, string> = {
  refund: "a refund",
  replacement: "a replacement",
  repair: "a repair",
  call_back: "a call",
  follow_up: "a reminder or task",
  record_update: "that the record was updated",
  written_to: "a message",
  escalation: "an escalation",
  gesture: "a goodwill gesture",
};

/**
 * The contact a call_back promise names, as the customer read it: "I'll email you again next week" promises
 * writing, not a call (session 50: the kept promise was told back as "You promised a call" to a learner who
 * had written only "nobody will ring you" and "I'll email you again next week").
 */
function contactPromised(p: MessagePromise, sentence: string): string {
  if (IN_WRITING.test(p.text) || IN_WRITING_SENTENCE.test(sentence)) return "write again";
  if (/\b(?:call|ring|phon|bell)\w*/i.test(p.text)) return p.byOther ? "have someone call" : "call";
  return "be in touch again";
}

/**
 * What the learner said to the customer: their messages, and a public reply to their review (it is
 * addressed to them, in front of everyone: "I've emailed you so we can put it right").
 */
const toCustomer = (r: ActionRecord) =>
  r.action.type === "send_message" || (r.action.type === "message_person" && r.personRole === "public");

/**
 * Colleagues who book a re-send for the customer (a reaction of theirs `acts: { dispatch: true }`), and
 * the learner action that led them to book it, if it did (their reply has arrived).
 */
export type Dispatcher = { ref: string; name: string; bookedBy: ActionRecord | null };

export function dispatchersFor(scenario: Scenario, state: AttemptState, customerRef: string): Dispatcher[] {
  return scenario.people.flatMap((p) => {
    const booking = p.reactions.filter((r) => r.acts?.dispatch);
    if (!booking.length) return [];
    const fired = booking
      .map((r) => state.people[p.ref]?.fired[r.id])
      .map((i) => (i === undefined ? undefined : state.log[i]))
      .find((r) => r?.customerRef === customerRef);
    return [{ ref: p.ref, name: p.name, bookedBy: fired ?? null }];
  });
}

// Words that take an earlier answer back: "sorry, I got that wrong", "to correct what I said",
// "my mistake", "I should have said", "I should have started by saying", "I sent that too quickly".
export const CORRECTION =
  /\b(?:correction|i\s+should\s+have\s+(?:started|begun|opened)\s+(?:by|with)|i\s+sent\s+(?:that|it|my\s+last(?:\s+\w+)?)\s+too\s+(?:quickly|soon|early|fast)|(?:to|let me|i need to|i must|i should|i'd like to|i want to|can i)\s+correct\b|correct\s+(?:myself|what\s+i|my\s+(?:last|earlier|previous))|i\s+(?:got|had)\s+(?:that|it|this)\s+wrong|i\s+was\s+wrong|my\s+mistake|i\s+made\s+a\s+mistake|i\s+misspoke|i\s+should\s+have\s+said|i\s+was\s+mistaken|i\s+(?:gave|told|quoted|said)\s+(?:you\s+)?the\s+wrong\s+(?:figure|amount|sum|number|price|total|date|day))/i;

/**
 * The kinds of promise a message takes back: the next message to the same customer says it corrects
 * the one before (CORRECTION) and names the promised thing only to rule it out ("I need to correct my
 * last email… so I can't refund it after all, but I've sent you a replacement"). A promise withdrawn
 * openly is not broken; a correction that only adds something ("I should have started by saying how
 * sorry I am") takes nothing back. Red-team round 12 A (returns-r12-corrects-own-count).
 */
function withdrawnKinds(r: ActionRecord, mine: readonly ActionRecord[]): Set<PromiseKind> {
  const out = new Set<PromiseKind>();
  const next = mine.find((x) => x.index > r.index && toCustomer(x) && "text" in x.action);
  if (!next || !("text" in next.action) || !CORRECTION.test(next.action.text)) return out;
  const text = next.action.text;
  const promisedAgain = new Set(findPromises(text).map((p) => p.kind));
  for (const s of splitSentences(text)) {
    const sentence = text.slice(s.start, s.end);
    for (const kind of PROMISE_KINDS) {
      if (promisedAgain.has(kind)) continue;
      const k = PATTERNS[kind].exec(sentence);
      if (k && NEGATION.test(clauseBefore(sentence, k.index))) out.add(kind);
    }
  }
  return out;
}

/**
 * The sum a promise names, as put right by the next message to the same customer when that message
 * says it corrects the one before (CORRECTION) and names the same kind of promise with a sum:
 * "I've put £499.99 back on your Visa" then "Sorry Linda, I gave you the wrong figure there: it's
 * £449.99, the full amount you paid" promised £449.99. A slip said and put right at once is not a
 * promise broken. Red-team round 14 A (repeat-fault-r14-wrong-figure-corrected).
 */
function correctedAmount(r: ActionRecord, mine: readonly ActionRecord[], kind: PromiseKind): number | null {
  const next = mine.find((x) => x.index > r.index && toCustomer(x) && "text" in x.action);
  // "Sorry, a typo in my last email: the refund is the full £44.99, not £4.49" (round 10 A's
  // complaint-r10-typo-corrected, read once a sum told below the refund counts too; round 20 C).
  const typo = (t: string) => /\b(?:a|my|that\s+was\s+a|the)\s+typo\b/i.test(t);
  if (!next || !("text" in next.action) || !(CORRECTION.test(next.action.text) || typo(next.action.text)))
    return null;
  const text = next.action.text;
  const again = findPromises(text).find((p) => p.kind === kind);
  const named = again ? amountNamed(text, again) : null;
  if (named !== null) return named;
  // "it's £449.99, the full amount you paid": the corrected figure, said without the verb again, in
  // a message that says a figure was wrong.
  if (!/\bwrong\s+(?:figure|amount|sum|price|total)\b/i.test(text) && !typo(text)) return null;
  // The figure put right, not the one it replaces ("the full £44.99, not £4.49").
  const sums = [...text.matchAll(/£\s?(\d[\d,]*\.\d\d)/g)]
    .filter((m) => !/\bnot\s*$/i.test(text.slice(Math.max(0, m.index! - 6), m.index!)))
    .map((m) => Math.round(Number(m[1]!.replace(/,/g, "")) * 100));
  return sums.length === 1 ? sums[0]! : null;
}

/**
 * A gesture promised in the first person: money off, a voucher, account credit, a gift or free goods
 * ("I'll knock 50% off any machine you want", "I'll put you down for free beans every month for a
 * year", "we'll add a £10 voucher to your account"). Questions, conditions ("if you'd like, I'll…")
 * and negations are not promises, as for remedies. Free collection or free delivery of a remedy is
 * part of the remedy, not a gesture. Red-team round 12 A (repeat-fault-r12-promises-the-moon). Free
 * delivery on orders to come ("free delivery on every order you place, for life", "free postage on
 * all your future orders") is a standing discount no adviser can give (round 13 A,
 * complaint-r13-free-delivery-for-life). Credit to their account ("I've added £5 of credit to your
 * account") is the same gesture (red-team round 23 A, review-r23-reconsider-those-stars: the goodwill
 * issued did not keep it, so a true claim read as untrue). Money put on the account "as credit" is that
 * credit too ("I've added the duplicate £11.50 to your account as credit"; lead's mutation set 17), but
 * a refund "as a credit to your Visa" is money back on the card, not a gesture. A payment paused, skipped or
 * waived as a gesture ("I've paused your subscription for a month with nothing to pay, as a goodwill
 * gesture"; lead's set 19) is the same gift: only a sentence that names a gesture is read.
 */
const GESTURE =
  /\b(?:\d{1,3}\s?(?:%|per\s?cent)(?:\s+(?:off|discount))?|half[- ]price|money off|discount\w*|vouchers?|gift cards?|goodwill(?: gesture| payment)?|compensation|(?:account|store) credit|as\s+(?:a\s+)?credit\b(?!\s+(?:to|on|onto|back\s+(?:to|on))\s+(?:your|his|her|their|the)\s+(?:card|visa|mastercard|amex|debit|credit\s+card|bank|original))|£\s?\d[\d,]*(?:\.\d\d)?\s+(?:off|credit|voucher|gift card)|credit\s+(?:to|on|onto)\s+(?:your|his|her|their)\s+account|free\s+(?:[\w-]+\s+)?(?:delivery|postage|shipping)(?=\s+(?:on|for|with)\s+(?:every|all|any|each|future|your\s+(?:future|next)|life|(?:a|one|the\s+next|\d+|two|three|six|twelve)\s+(?:months?|years?))\b)|free\s+(?:[\w-]+\s+){0,2}?(?:beans|coffee|bags?|machines?|kettles?|grinders?|gifts?|subscriptions?|months?|years?))\b/i;
const GESTURE_COMMITMENT =
  /\b(?:i|we)(?:'ll| will|'ve| have|'m going to| am going to|'re going to| are going to)(?:\s+(?:now|just|also|personally|happily|gladly|even|then))?\s+(?:give|add|knock|take|throw|put|send|offer|credit|issu|apply|appli|set|arrang|pop|sort|include|get|paus|waiv|skip|freez|froze|suspend|(?:make sure|ensure|see to it that|see that) you (?:get|receive|are paid|are given))\w*\b/i;
/**
 * "You can upgrade to our Barista Reserve plan at 30% off": a percentage off offered to the customer in
 * the second person commits the business as much as "I'll knock 30% off" (red-team round 14 A,
 * review-r14-midnight-upgrade-offer). Only a percentage or half price: "you can keep it with money off
 * the price" is the price reduction the Consumer Rights Act gives (s.24), not a gesture.
 */
const YOU_CAN =
  /\byou\s+can\s+(?:now\s+|also\s+|even\s+)?(?:have|get|upgrade|switch|enjoy|claim|grab|save)\w*\b/i;
const PERCENT_OFF = /\d\s?(?:%|per\s?cent)|half[- ]price/i;
/** A percentage or price off, free goods, or something recurring ("every month", "for a year", "for life"). */
const OPEN_ENDED =
  /\d\s?(?:%|per\s?cent)|half[- ]price|\bevery\s+(?:week|month|order|delivery)\b|\b(?:all|any)\s+(?:of\s+)?(?:your\s+)?(?:future|further)\s+orders\b|\bfor\s+(?:a|one|the\s+next|\d+|two|three|six|twelve)\s+(?:weeks?|months?|years?)\b|\bfor life\b|\bfree\s+(?:[\w-]+\s+){0,2}?(?:beans|coffee|bags?|machines?|kettles?|grinders?|gifts?|subscriptions?|months?|years?)\b/i;

const ONCE_YOU = /\b(?:once|when|as soon as|after)\s+you(?:'ve|\s+have)?\b/i;

/**
 * Goods given free as the remedy itself are no gesture: "I've arranged a free replacement kettle" is the
 * repair-or-replace the Consumer Rights Act 2015 requires "free of charge" (s.23(2)(a)), as free collection
 * of a remedy is part of it (session 49, an independent tutor's returns-desk control: decided Distinction,
 * first ran capped at Merit as "free goods beyond an adviser's limit"). Blanked out before a gesture is read,
 * so "a free replacement kettle and 20% off your next order" still finds the 20% off.
 */
const REMEDY_GOODS =
  /\bfree(?:\s+of\s+charge)?\s+(?:[\w-]+\s+)?(?:replacement|repaired|repair)\b(?:\s+(?:[\w-]+\s+)?(?:beans|coffee|bags?|machines?|kettles?|grinders?|frothers?|units?|items?|ones?))?/gi;
const withoutRemedyGoods = (sentence: string) => sentence.replace(REMEDY_GOODS, (m) => " ".repeat(m.length));

export function gesturePromises(text: string): MessagePromise[] {
  return gestureMemo(text);
}
const gestureMemo = memoByText(gesturesOf, 500);

function gesturesOf(text: string): MessagePromise[] {
  const out: MessagePromise[] = [];
  for (const s of splitSentences(text).flatMap((x) => coordinateClauses(text, x))) {
    const sentence = text.slice(s.start, s.end);
    const upTo = text.slice(s.sentenceStart, s.end);
    // A gesture that waits on the customer ("once you've updated your review, I'll add…") is not
    // owed yet: the review-incentive gate, not this one, reads that.
    if (
      sentence.includes("?") ||
      CONDITIONAL.test(upTo) ||
      POLICY_CONDITION.test(upTo) ||
      ONCE_YOU.test(upTo)
    )
      continue;
    const mine = GESTURE_COMMITMENT.exec(sentence);
    const yours = mine ? null : YOU_CAN.exec(sentence);
    const commitment = mine ?? yours;
    if (!commitment) continue;
    const g = GESTURE.exec(withoutRemedyGoods(sentence).slice(commitment.index));
    if (!g || (yours && !PERCENT_OFF.test(g[0]))) continue;
    const at = commitment.index + g.index;
    if (NEGATION.test(clauseBefore(sentence, at))) continue;
    out.push({
      kind: "gesture",
      start: s.start + at,
      end: s.start + at + g[0].length,
      text: g[0],
      done: DONE.test(commitment[0]),
    });
  }
  return out;
}

/**
 * Gestures promised to a customer, judged against what an adviser may give (the scenario's policy:
 * a goodwill gesture or voucher up to its limit, or more once a manager approved it). A voucher,
 * credit or gesture within the limit is kept by a voucher or goodwill remedy issued to them, and
 * unkept otherwise; a gesture beyond the limit (an amount above it, a percentage off, free goods, or
 * something recurring or open-ended, none of which the policy lets an adviser give) is a promise the
 * business will not honour, so it is broken whatever was issued: telling a customer she will get it
 * is untrue. Only for scenarios whose consistency criterion opts in (`gestureAuthority`): in the
 * marketing scenarios an offer in a message is the offer itself, judged by their own criteria.
 */
export function judgeGestures(
  log: readonly ActionRecord[],
  customerRef: string,
  limitPence: number,
  who = "the customer",
): PromiseVerdict[] {
  const mine = log.filter((r) => r.customerRef === customerRef);
  const issued = mine.filter(
    (r) =>
      r.action.type === "issue_remedy" && (r.remedy?.kind === "voucher" || r.remedy?.kind === "goodwill"),
  );
  for (const r of mine) {
    if (!toCustomer(r) || !("text" in r.action)) continue;
    const text = r.action.text;
    for (const p of gesturePromises(text)) {
      const sentence = claimSentence(text, p);
      const pounds = [...sentence.matchAll(/£\s?(\d[\d,]*(?:\.\d\d)?)/g)].map((m) =>
        Math.round(Number(m[1]!.replace(/,/g, "")) * 100),
      );
      const named = pounds.length ? Math.max(...pounds) : null;
      const beyond = OPEN_ENDED.test(withoutRemedyGoods(sentence)) || (named !== null && named > limitPence);
      if (beyond)
        return [
          {
            promise: p,
            message: r,
            status: "broken",
            action: null,
            explanation: `You promised ${who} more than an adviser can give ("${sentence}"): the policy allows a goodwill gesture or voucher of up to ${formatPence(limitPence)}, not money off, free goods or anything open-ended, so the business will not honour it. Promise only what is in your gift, or ask a manager first.`,
          },
        ];
      const kept = issued.find((x) => named === null || (x.remedy?.amountPence ?? 0) >= named);
      return [
        kept
          ? {
              promise: p,
              message: r,
              status: "kept",
              action: kept,
              explanation: "You promised a goodwill gesture and issued one.",
            }
          : {
              promise: p,
              message: r,
              status: p.done ? "untrue" : "unkept",
              action: null,
              explanation: `You told ${who} ${p.done ? "a gesture had been given" : "they would get a gesture"} ("${sentence}"), but no voucher or goodwill gesture was issued.`,
            },
      ];
    }
  }
  return [];
}

/**
 * A remedy the customer chose in her reply to one of the learner's messages (offered-remedy.ts `remedyChosenIn`:
 * "so the full refund, please"), and the learner action her reply answered. Session 47, issue 8 item 3's gap 2.
 */
export type CustomerChoice = { index: number; kind: StatutoryRemedy; said: string };

export function customerChoices(
  scenario: Scenario,
  log: readonly ActionRecord[],
  customerRef: string,
): CustomerChoice[] {
  const def = scenario.contacts.find((k) => k.customerRef === customerRef);
  if (!def) return [];
  const out: CustomerChoice[] = [];
  for (const r of log) {
    if (r.customerRef !== customerRef || r.action.type !== "send_message" || r.misdirectedTo) continue;
    for (const id of r.fired) {
      const reply = def.reactions.find((x) => x.id === id)?.reply;
      const chosen = reply ? remedyChosenIn(reply) : null;
      if (!chosen) continue;
      out.push({ index: r.index, kind: chosen.kind, said: chosen.text });
      break;
    }
  }
  return out;
}

/**
 * Her choice taken on by the learner: the first message to her after she chose, naming no remedy itself, with a
 * commitment to "that" or "it" ("I'll arrange that now", "I'll get that sorted for you") is a promise of what
 * she chose, as "I'll arrange your refund now" would be. Only the next message: by the one after, "that" may
 * be anything.
 */
function chosenPromises(
  r: ActionRecord,
  mine: readonly ActionRecord[],
  choices: readonly CustomerChoice[],
): MessagePromise[] {
  if (!choices.length || !("text" in r.action)) return [];
  const c = choices.filter((x) => x.index < r.index).at(-1);
  if (!c || mine.some((x) => toCustomer(x) && x.index > c.index && x.index < r.index)) return [];
  if (findPromises(r.action.text).some((p) => REMEDY_PROMISES[p.kind])) return [];
  const m = commitmentToIt(r.action.text);
  if (!m) return [];
  const immediate = !m.done && NOW.test(m.commitmentSentence);
  return [
    {
      kind: c.kind,
      start: m.start,
      end: m.end,
      text: m.text,
      done: m.done,
      chosen: c.said,
      ...(immediate ? { immediate } : {}),
    },
  ];
}

/** The promises a message to the customer makes: its own words, and her choice taken on (chosenPromises). */
function promisesMade(
  r: ActionRecord,
  mine: readonly ActionRecord[],
  choices: readonly CustomerChoice[],
): MessagePromise[] {
  if (!("text" in r.action)) return [];
  return [...findPromises(r.action.text), ...chosenPromises(r, mine, choices)];
}

/** "… after Linda chose it ("so the full refund, please")": her choice quoted beside the promise. */
const theyChose = (p: MessagePromise | AnswerClaim, who: string) =>
  p.chosen ? ` after ${who} chose it ("${p.chosen}")` : "";

/** Compares every promise made to a customer with everything the learner did for them. */
export function judgePromises(
  log: readonly ActionRecord[],
  customerRef: string,
  /** How explanations name the customer ("Priya"). */
  who = "the customer",
  /** Colleagues who book re-sends (dispatchersFor): a re-send they booked keeps a replacement promised. */
  dispatchers: readonly Dispatcher[] = [],
  /** Remedies the customer chose in her replies (customerChoices): "I'll arrange that" after one promises it. */
  choices: readonly CustomerChoice[] = [],
): PromiseVerdict[] {
  const mine = log.filter((r) => r.customerRef === customerRef);
  const remedies = mine.filter((r) => r.action.type === "issue_remedy" && r.remedy);
  const out: PromiseVerdict[] = [];
  const seen = new Set<PromiseKind>();
  for (const r of mine) {
    if (!toCustomer(r) || !("text" in r.action)) continue;
    const withdrawn = withdrawnKinds(r, mine);
    for (const p of promisesMade(r, mine, choices)) {
      if (withdrawn.has(p.kind)) continue; // taken back openly in the next message
      if (seen.has(p.kind)) continue; // one verdict per kind of promise
      seen.add(p.kind);
      const wanted = REMEDY_PROMISES[p.kind];
      if (wanted) {
        // "We'll repair or replace it" is kept by either (round 11 A).
        const kept = remedies.find(
          (x) => x.remedy!.kind === wanted || p.alternatives?.includes(x.remedy!.kind),
        );
        // "I've refunded the £11.50" with £1.15 issued: the words name more than was done.
        // A sum put right in the next message ("Sorry Linda, I gave you the wrong figure there: it's
        // £449.99") replaces the one it corrects (red-team round 14 A).
        const said =
          wanted === "refund" ? (correctedAmount(r, mine, p.kind) ?? amountNamed(r.action.text, p)) : null;
        const refunds = remedies.filter((x) => x.remedy!.kind === "refund");
        const issued = refunds.reduce((sum, x) => sum + x.remedy!.amountPence, 0);
        // Told less than was refunded is words against actions too ("I've refunded £40" with £44.99 issued:
        // she is told something untrue about her money; red-team round 20 C), beyond a pound of rounding
        // and unless one of the refunds is the sum told ("the £3.95 postage" beside the price).
        const toldLess =
          said !== null && issued - said > 100 && !refunds.some((x) => x.remedy!.amountPence === said);
        if (kept && said !== null && (issued < said || toldLess)) {
          out.push({
            promise: p,
            message: r,
            status: "broken",
            action: kept,
            explanation: `You told ${who} ${formatPence(said)} ${p.done ? "had been" : "would be"} refunded, but refunded ${formatPence(issued)}.`,
          });
          continue;
        }
        // "The money will be back in your account tomorrow": a card refund reaches the account when
        // the card issuer posts it (days, not hours; the scenarios' policy notes say so), so the
        // learner promised what no one on the desk can deliver.
        if (kept && wanted === "refund" && ARRIVES_TOO_SOON.test(claimSentence(r.action.text, p))) {
          out.push({
            promise: p,
            message: r,
            status: "broken",
            action: kept,
            explanation: `You told ${who} the refund would reach their account sooner than a card refund can (it takes days, as the policy notes say); promise only what you control.`,
          });
          continue;
        }
        if (kept) {
          out.push({
            promise: p,
            message: r,
            status: "kept",
            action: kept,
            explanation:
              kept.remedy!.kind === wanted
                ? `You promised ${WORDS[p.kind]} and issued one.`
                : `You promised ${WORDS[p.kind]} or ${p.alternatives!.join(" or ")} and issued a ${kept.remedy!.kind}.`,
          });
          continue;
        }
        // A re-send booked by the colleague who books them (the warehouse) keeps it too.
        const booked = wanted === "replacement" ? dispatchers.find((d) => d.bookedBy) : undefined;
        if (booked?.bookedBy) {
          out.push({
            promise: p,
            message: r,
            status: "kept",
            action: booked.bookedBy,
            explanation: `You promised ${WORDS[p.kind]}, and ${booked.name} booked it once you gave them what they needed.`,
          });
          continue;
        }
        const other = remedies[0];
        if (other) {
          out.push({
            promise: p,
            message: r,
            status: "broken",
            action: other,
            explanation: `You promised ${WORDS[p.kind]}${theyChose(p, who)}, but issued a ${other.remedy!.kind} instead.`,
          });
        } else if (wanted === "replacement" && dispatchers.length) {
          // Round 7: "we're re-sending the grinder today" when the warehouse never booked it. What the
          // learner last sent the person who books re-sends is the other half of the evidence.
          const d = dispatchers[0]!;
          const asked = mine
            .filter((x) => x.action.type === "message_person" && x.personRef === d.ref)
            .at(-1);
          out.push({
            promise: p,
            message: r,
            status: p.done ? "untrue" : "unkept",
            action: asked ?? null,
            explanation: `You told ${who} ${p.done ? "a re-send was under way" : "a re-send would happen"} ("${claimSentence(r.action.text, p)}"), but nothing was re-sent: no replacement was issued and ${d.name}, who books re-sends, never booked one${asked ? " (see what you sent them)" : ", as nobody asked them to"}.`,
          });
        } else if (p.immediate && !p.done) {
          // "You can have a full refund… I will arrange that now", then submitted with nothing issued: the
          // moment she was told it would happen came and went within the attempt, so what she was told
          // is not what was done (issue 8 item 3). A promise with no time named stays unkept (partly).
          out.push({
            promise: p,
            message: r,
            status: "broken",
            action: null,
            explanation: `You told ${who} you would arrange ${WORDS[p.kind]} now ("${promisedWords(r.action.text, p)}")${theyChose(p, who)}, but no ${p.kind} was issued before you submitted.`,
          });
        } else {
          out.push({
            promise: p,
            message: r,
            status: p.done ? "untrue" : "unkept",
            action: null,
            explanation: p.done
              ? `You told ${who} ${WORDS[p.kind]} had been issued${theyChose(p, who)}, but none was.`
              : `You promised ${WORDS[p.kind]}${theyChose(p, who)}, but never issued one.`,
          });
        }
        continue;
      }
      // Said to be written already: any message to them in the attempt makes it true (the public
      // reply may come first); promised for later: a message after the promise keeps it.
      const promisedIn = "text" in r.action ? claimSentence(r.action.text, p) : p.text;
      // "We'll only (ever) contact you by email": how contact will be made, not a promise of contact
      // (round 17 A, complaint-r17-record-set-to-phone: read as "in touch again, but planned nothing").
      if (p.kind === "call_back" && ONLY_BY.test(promisedIn)) continue;
      // The record said to hold a contact channel it does not: "I've updated your details so that we'll
      // only ever contact you by email", then her preferred channel set to phone (round 17 A). The
      // preferences change that names another channel contradicts the claim, whatever else it records.
      if (p.kind === "record_update") {
        const said = channelNamed(promisedIn);
        const set = said
          ? mine.filter((x) => x.action.type === "update_preferences" && x.action.preferredChannel).at(-1)
          : undefined;
        const actual = set?.action.type === "update_preferences" ? set.action.preferredChannel : undefined;
        if (said && set && actual && actual !== said) {
          out.push({
            promise: p,
            message: r,
            status: "broken",
            action: set,
            explanation: `You told ${who} their record was updated to say ${said} ("${promisedIn}"), but you set their preferred channel to ${actual}: whoever contacts them next will follow the record, not your message.`,
          });
          continue;
        }
        // The record said to hold a marketing choice it does not: "I've set your account to emails
        // only, so you won't get any texts", then SMS consent recorded as granted (before or after the
        // message; the last change stands). Consent must be what the customer chose, and a record that
        // says otherwise is what the next marketing run follows (UK GDPR Art 7(1), Art 21(3); PECR reg
        // 22(2); red-team round 18 B, onboarding-r18-said-no-texts-then-ticked-sms).
        const claimedChoices = consentsClaimed(promisedIn);
        const contradicted = claimedChoices
          .map((c) => ({
            c,
            set: mine
              .filter((x) => x.action.type === "update_consent" && x.action.channel === c.channel)
              .at(-1),
          }))
          .find(({ c, set }) => set?.action.type === "update_consent" && set.action.granted !== c.granted);
        if (contradicted?.set) {
          const { c, set } = contradicted;
          out.push({
            promise: p,
            message: r,
            status: "broken",
            action: set,
            explanation: `You told ${who} their record says ${c.granted ? "yes" : "no"} to marketing by ${CHANNEL_NAME[c.channel]} ("${promisedIn}"), but you recorded their ${CHANNEL_NAME[c.channel]} consent as ${c.granted ? "refused" : "granted"}: the next marketing run follows the record, not your message.`,
          });
          continue;
        }
        // The same choices on the record keep the claim, whatever words name the channel ("you don't want any
        // texts" is kept by SMS consent recorded as refused, though the record says "sms"; round 30).
        const agreeing = claimedChoices.map(
          (c) =>
            mine.filter((x) => x.action.type === "update_consent" && x.action.channel === c.channel).at(-1) ??
            null,
        );
        if (claimedChoices.length && agreeing.every((x) => x !== null)) {
          out.push({
            promise: p,
            message: r,
            status: "kept",
            action: agreeing.at(-1)!,
            explanation: `You promised ${WORDS[p.kind]}, and the record shows it.`,
          });
          continue;
        }
      }
      const keeps =
        p.kind === "written_to"
          ? mine.find((x) => x.action.type === "send_message" && (p.done || x.index > r.index))
          : p.kind === "call_back" && p.byOther
            ? mine.find(
                (x) =>
                  x.action.type === "escalate" ||
                  x.action.type === "message_person" ||
                  ((x.action.type === "create_task" || x.action.type === "log_call") &&
                    ARRANGES_CALL.test(actionText(x.action))),
              )
            : p.kind === "call_back"
              ? mine.find(
                  (x) =>
                    (x.action.type === "create_task" && dueInTime(promisedIn, x) && plansContact(x, who)) ||
                    callMadeFor(x, r, promisedIn) ||
                    // "I'll email you too" is kept by the email itself, sent after the promise.
                    (IN_WRITING.test(p.text) && x.action.type === "send_message" && x.index > r.index),
                )
              : p.kind === "follow_up"
                ? mine.find((x) => x.action.type === "create_task" && dueInTime(promisedIn, x))
                : p.kind === "escalation"
                  ? (mine.find((x) => x.action.type === "escalate") ??
                    log.find((x) => x.action.type === "message_person" && x.personRole !== "public"))
                  : recordKeeping(mine, r.action.text, p);
      out.push(
        keeps
          ? {
              promise: p,
              message: r,
              status: "kept",
              action: keeps,
              explanation:
                p.kind === "call_back"
                  ? `You told ${who} you would ${contactPromised(p, promisedIn)} ("${promisedIn}"), and ${keeps.action.type === "create_task" ? "a task plans it" : "you did"}.`
                  : `You promised ${WORDS[p.kind]}, and the record shows it.`,
            }
          : {
              promise: p,
              message: r,
              // "I've noted it on your record" with nothing recorded is untrue, not a promise pending.
              status: p.done && p.kind !== "call_back" ? "untrue" : "unkept",
              action: null,
              explanation:
                p.kind === "call_back" && p.byOther
                  ? `You told ${who} someone else would call ("${claimSentence(r.action.text, p)}"), but nothing on the record arranges it (no escalation, no message to them, no task for the call).`
                  : p.kind === "call_back"
                    ? mine.some((x) => x.action.type === "create_task" && dueInTime(promisedIn, x))
                      ? `You promised ${who} you would be in touch again ("${promisedIn}"), but no task due by then plans it (a task for something else is not a call or a message to ${who}).`
                      : mine.some((x) => x.action.type === "create_task")
                        ? `You promised ${who} you would be in touch again ("${promisedIn}"), but no task is due by the day you named.`
                        : `You promised ${who} you would be in touch again, but planned nothing (no task for it, no call to them logged).`
                    : p.kind === "follow_up"
                      ? `You told ${who} a reminder or task had been set, but no task was created.`
                      : p.kind === "escalation"
                        ? `You told ${who} ${p.done ? "it had been escalated" : "you would escalate it"} ("${promisedIn}"), but nothing was escalated and no colleague was asked.`
                        : p.kind === "written_to"
                          ? `You told ${who} you had written to them, but no message was sent.`
                          : mine.some((x) => RECORD_ACTIONS.has(x.action.type))
                            ? `You told ${who} their record was updated ("${claimSentence(r.action.text, p)}"), but nothing you recorded says so.`
                            : `You told ${who} their record was updated, but nothing on the record changed.`,
            },
      );
    }
  }
  return out;
}

/** "We'll only (ever) contact / email / write to you": a channel restricted, not contact promised. */
const ONLY_BY =
  /\bonly\s+(?:ever\s+)?(?:contact|e-?mail|write\s+to|text|message|call|ring|phone)\s+you\b[^.!?\n]{0,20}\b(?:by|via|through|over|in)\b|\bonly\s+(?:ever\s+)?(?:contact|e-?mail|write\s+to|text|message)\s+you\b/i;
/**
 * The contact channel a record claim says was recorded ("so we'll only contact you by email", "email
 * only", "your preferred channel is now text"), as a message channel, or null.
 */
const CHANNEL_WORD: [RegExp, string][] = [
  [/^e-?mail/i, "email"],
  [/^(?:text|sms)/i, "sms"],
  [/^(?:post|letter)/i, "post"],
  [/^(?:phone|telephone)/i, "phone"],
];
function channelNamed(sentence: string): string | null {
  const m =
    /\b(?:by|via|through|over)\s+(e-?mail|text|sms|post|letter|phone|telephone)\b/i.exec(sentence) ??
    /\b(e-?mail|text|sms|post|phone)\s+only\b/i.exec(sentence) ??
    /\bpreferred\s+(?:channel|contact|method)[^.!?\n]{0,20}\b(e-?mail|text|sms|post|phone)\b/i.exec(sentence);
  if (!m) return null;
  return CHANNEL_WORD.find(([re]) => re.test(m[1]!))?.[1] ?? null;
}

/** How a channel is named to the learner ("sms" is "text"). */
export const CHANNEL_NAME: Record<string, string> = {
  email: "email",
  sms: "text",
  post: "post",
  phone: "phone",
};
const MARKETING_CHANNEL: [RegExp, string][] = [
  [/^e-?mail/i, "email"],
  [/^(?:texts?|sms|text\s+messages?)/i, "sms"],
  [/^(?:post|letters?)/i, "post"],
  [/^(?:phone|calls?)/i, "phone"],
];
const CHANNEL_WORDS = String.raw`(e-?mails?|texts?|text\s+messages?|sms|post|letters?|(?:phone\s+)?calls?)`;
// "You won't get any texts", "no texts", "we won't text you", "texts switched off".
const REFUSED_CLAIM = new RegExp(
  String.raw`\b(?:no|not\s+(?:get|receive|send)\s+(?:you\s+)?any|won'?t\s+(?:get|receive|be\s+sent)\s+any|won'?t\s+send\s+(?:you\s+)?any|never\s+(?:get|receive)\s+any)\s+(?:marketing\s+|more\s+)?${CHANNEL_WORDS}\b|\b${CHANNEL_WORDS}\s+(?:are\s+|have\s+been\s+|now\s+)?(?:switched|turned)\s+off\b|\bwe\s+won'?t\s+(e-?mail|text|phone|call|write\s+to)\s+you\b|\b(?:not|never)\s+by\s+${CHANNEL_WORDS}\b`,
  "gi",
);
// The customer's own refusal told back as what was noted (red-team round 30, onboarding-r30-no-texts-ticked-yes:
// "I've noted… that you don't want texts", then SMS consent recorded as granted): "you don't want (any) texts",
// "you've opted out of marketing emails", "you said no to texts", "you'd rather we didn't text you". A refusal is
// an objection the record must hold (UK GDPR Art 21(3); PECR 2003 reg 22(2) needs consent for texts and emails).
// Not a time or topic preference ("you'd rather we didn't call before 9am": the verb must end its clause).
const REFUSAL_TOLD = new RegExp(
  String.raw`\b(?:you|he|she|they)\s+(?:don'?t|do\s+not|doesn'?t|does\s+not|didn'?t|did\s+not)\s+(?:want|wish\s+to\s+(?:get|receive)|like\s+getting)\s+(?:any\s+)?(?:(?:more|marketing|promotional|sales)\s+)?${CHANNEL_WORDS}\b|\bopted\s+out\s+of\s+(?:(?:marketing|promotional|sales)\s+)?(?:by\s+)?${CHANNEL_WORDS}\b|\bsaid\s+no\s+to\s+(?:(?:marketing|promotional|sales)\s+)?${CHANNEL_WORDS}\b|\b(?:you'?d|you\s+would|he'?d|she'?d)\s+rather\s+(?:we|i)\s+(?:didn'?t|did\s+not)\s+(e-?mail|text|phone|call|write\s+to)\s+(?:you|him|her)\b(?=\s*(?:at\s+all\s*)?(?:[.,;:!?)\u2013\u2014-]|$|\band\b|\bbut\b|\bso\b))`,
  "gi",
);
// "Emails only", "by email only": every other marketing channel said to be refused.
const ONLY_CLAIM = /\b(e-?mails?|texts?|sms)\s+only\b|\bonly\s+(?:by\s+|via\s+)?(e-?mails?|texts?|sms)\b/i;
// "Emails are fine", "happy to hear from us by email": that channel said to be granted.
const GRANTED_CLAIM = new RegExp(
  String.raw`\b${CHANNEL_WORDS}\s+(?:are|is)\s+(?:fine|ok|okay|all\s+right|alright)\b|\bhappy\s+to\s+(?:hear|get)\b(?:(?!\bnot\b|n['\u2019]t\b|\bbut\b)[^.!?\n]){0,30}?\bby\s+${CHANNEL_WORDS}\b`,
  "gi",
);
const channelOf = (word: string) => MARKETING_CHANNEL.find(([re]) => re.test(word.trim()))?.[1];
// "Off our mailing list", "from our text list": that channel's marketing said to be refused (round 19 B).
const LIST_CLAIM = /\b(?:off|from)\s+(?:our|the)\s+(mailing|e-?mail|newsletter|text|sms)\s+lists?\b/gi;
const LIST_CHANNEL: Record<string, string> = {
  mailing: "email",
  email: "email",
  "e-mail": "email",
  newsletter: "email",
  text: "sms",
  sms: "sms",
};

/**
 * The marketing choices a record claim says were recorded ("emails only, so no texts": email granted,
 * SMS refused), one per channel; a channel said both ways is left out. Delivery texts are not marketing:
 * a claim about them ("you'll get a text when it's dispatched") names no choice.
 */
export function consentsClaimed(sentence: string): { channel: string; granted: boolean }[] {
  const said = new Map<string, boolean | null>();
  const put = (channel: string | undefined, granted: boolean) => {
    if (!channel) return;
    said.set(channel, said.has(channel) && said.get(channel) !== granted ? null : granted);
  };
  for (const m of sentence.matchAll(REFUSED_CLAIM)) put(channelOf(m[1] ?? m[2] ?? m[3] ?? m[4] ?? ""), false);
  for (const m of sentence.matchAll(REFUSAL_TOLD)) put(channelOf(m[1] ?? m[2] ?? m[3] ?? m[4] ?? ""), false);
  for (const m of sentence.matchAll(GRANTED_CLAIM)) put(channelOf(m[1] ?? m[2] ?? ""), true);
  for (const m of sentence.matchAll(LIST_CLAIM)) put(LIST_CHANNEL[m[1]!.toLowerCase()], false);
  const only = ONLY_CLAIM.exec(sentence);
  const onlyChannel = only ? channelOf(only[1] ?? only[2] ?? "") : undefined;
  if (onlyChannel) {
    put(onlyChannel, true);
    for (const other of ["email", "sms"]) if (other !== onlyChannel && !said.has(other)) put(other, false);
  }
  return [...said].flatMap(([channel, granted]) => (granted === null ? [] : [{ channel, granted }]));
}

/**
 * The record action that makes a record claim true. A claim that names what was recorded ("I've set
 * your grind to coarse on your account") is kept only by a record change that mentions it (a note
 * about the grind, not a consent update); a bare "I've updated your record" by any record change.
 */
function recordKeeping(mine: readonly ActionRecord[], text: string, p: MessagePromise) {
  // A change to their orders said to be done is kept by a record of the change, not by a task to
  // check on it later ("Check Priya's 500g order has started" plans; it changes nothing).
  const sentence = claimSentence(text, p);
  // "I've added a £10 voucher to your account": the change to the account is the remedy itself, so
  // a voucher, goodwill gesture or refund issued to them keeps it (a note is not needed as well).
  const gesture = GESTURE.test(sentence);
  const kinds = gesture ? ["voucher", "goodwill"] : /\brefund/i.test(sentence) ? ["refund"] : [];
  const remedy = mine.find((x) => x.action.type === "issue_remedy" && kinds.includes(x.remedy?.kind ?? ""));
  // Credit or a voucher said to be on the account is money given, not words on a record: a note or a
  // case does not put it there, and nor does a refund to the card (lead's mutation set 17).
  if (remedy || gesture) return remedy;
  const orderChange = ORDER_CHANGE.test(sentence);
  const records = mine.filter(
    (x) => RECORD_ACTIONS.has(x.action.type) && !(orderChange && x.action.type === "create_task"),
  );
  const topics = claimTopics(text, p);
  if (!topics.length) return records[0];
  return records.find((x) => topics.some((t) => recordText(x).includes(t)));
}

/**
 * For the scripted customer: does this remedy break a promise made earlier in the attempt (a refund
 * promised, a voucher issued)? Returns the promise, or null.
 */
export function brokenByRemedy(
  log: readonly ActionRecord[],
  record: ActionRecord,
  /** A re-send a colleague booked before this remedy kept the replacement promised (dispatchersFor). */
  dispatchers: readonly Dispatcher[] = [],
  /** Remedies the customer chose (customerChoices): "I'll arrange that" after her choice promised it. */
  choices: readonly CustomerChoice[] = [],
): MessagePromise | null {
  if (record.action.type !== "issue_remedy" || !record.remedy || !record.customerRef) return null;
  const earlier = log.filter((r) => r.customerRef === record.customerRef && r.index < record.index);
  for (const r of earlier) {
    if (r.action.type !== "send_message") continue;
    for (const p of promisesMade(r, earlier, choices)) {
      const wanted = REMEDY_PROMISES[p.kind];
      if (!wanted || wanted === record.remedy.kind) continue;
      if (earlier.some((x) => x.remedy?.kind === wanted)) continue;
      if (wanted === "replacement" && dispatchers.some((d) => d.bookedBy && d.bookedBy.index < record.index))
        continue;
      return p;
    }
  }
  return null;
}

/**
 * For the scripted customer: a remedy promised for now ("I'll put your refund through straight away", "I'll
 * arrange that now" after her choice) and not issued by the learner's next word to her. Session 47 (issue 8
 * item 3's gap 3). The moment is the next message to her, or her case closed or marked resolved: "now" is before
 * the learner turns back to her or calls the matter finished. Other work in between (a note, a look at the
 * record, a message to a colleague) is the learner still getting on with it, so it does not count. A remedy of
 * that kind (or an alternative named with it) issued, a re-send the warehouse booked, or the promise taken back
 * openly in this very message (`withdrawnKinds`) keeps her from saying so. Returns the promise, or null.
 */
export function unkeptForNow(
  log: readonly ActionRecord[],
  record: ActionRecord,
  dispatchers: readonly Dispatcher[] = [],
  choices: readonly CustomerChoice[] = [],
): MessagePromise | null {
  if (!record.customerRef) return null;
  const a = record.action;
  const turnsBack = toCustomer(record) && !record.misdirectedTo;
  const closes =
    a.type === "close_case" ||
    (a.type === "update_case" && (a.status === "resolved" || a.status === "closed"));
  if (!turnsBack && !closes) return null;
  const mine = log.filter((r) => r.customerRef === record.customerRef && r.index <= record.index);
  const before = mine.filter((r) => r.index < record.index);
  for (const r of before) {
    if (!toCustomer(r) || !("text" in r.action)) continue;
    const withdrawn = withdrawnKinds(r, mine);
    for (const p of promisesMade(r, before, choices)) {
      const wanted = REMEDY_PROMISES[p.kind];
      if (!wanted || !p.immediate || p.done || withdrawn.has(p.kind)) continue;
      const issued = before.some(
        (x) =>
          x.remedy &&
          x.action.type === "issue_remedy" &&
          (x.remedy.kind === wanted || p.alternatives?.includes(x.remedy.kind)),
      );
      if (issued) continue;
      if (wanted === "replacement" && dispatchers.some((d) => d.bookedBy && d.bookedBy.index < record.index))
        continue;
      return p;
    }
  }
  return null;
}

/**
 * The sum of money a refund promise names, in pence: the first "£x" after the promise's words in its
 * sentence, else the last one before them ("the full £44.99 back on your card"); null if none.
 */
export function amountNamed(text: string, p: MessagePromise): number | null {
  const sentence = splitSentences(text).find((x) => x.start <= p.start && p.start < x.end);
  if (!sentence) return null;
  const said = text.slice(sentence.start, sentence.end);
  // A sum in words is told as surely as in figures ("I've refunded forty nine pounds ninety nine", "four
  // hundred and ninety nine pounds ninety nine going back on your card"; red-team round 20 C): the customer
  // is owed what she was told either way (issue 8 item 3, words against actions).
  const amounts = [
    ...[...said.matchAll(/£\s?(\d{1,5}(?:,\d{3})*(?:\.\d{2})?)/g)].map((m) => ({
      at: sentence.start + m.index!,
      pence: Math.round(Number(m[1]!.replace(/,/g, "")) * 100),
    })),
    ...amountsInWords(said).map((a) => ({ at: sentence.start + a.start, pence: a.pence })),
  ].sort((a, b) => a.at - b.at);
  const after = amounts.find((a) => a.at >= p.start);
  return (after ?? amounts.filter((a) => a.at < p.start).at(-1))?.pence ?? null;
}

/** Actions that write on the customer's record in the learner's own words (what colleagues work from). */
const RECORD_WRITING = new Set([...RECORD_ACTIONS, "log_call"]);

/**
 * An answer told to the customer that their record contradicts (red-team round 7 B,
 * onboarding-r7-says-coarse-notes-whole-bean: "we'll send your beans coarse ground" in the email, "Grind
 * preference: whole bean (default)" in the note the warehouse works from). For each of the contact's
 * questions with `wrongOnRecord`: a message that answered it rightly, and a record action that writes
 * a wrong answer with no later record putting a right one back, is a contradiction ("broken"), with the
 * message and the record as evidence.
 */
export function recordContradictions(
  log: readonly ActionRecord[],
  customerRef: string,
  evidence: CaseEvidence | undefined,
  who = "the customer",
): PromiseVerdict[] {
  const out: PromiseVerdict[] = [];
  const mine = log.filter((r) => r.customerRef === customerRef);
  for (const q of evidence?.questions ?? []) {
    if (!q.wrongOnRecord.length) continue;
    const told = mine.find((r) => toCustomer(r) && hitsOf(r.reading, "answers", [q.id]).length > 0);
    if (!told) continue;
    const hit = hitsOf(told.reading, "answers", [q.id])[0]!;
    const claim: AnswerClaim = {
      kind: "answer",
      start: hit.start,
      end: hit.end,
      text: hit.text,
      done: false,
    };
    const written = mine.filter((r) => RECORD_WRITING.has(r.action.type));
    const says = (r: ActionRecord, say: string[]) =>
      disclosuresIn(withoutAsides(actionText(r.action)), [{ id: q.id, say }]).length > 0;
    const wrong = written.filter((r) => says(r, q.wrongOnRecord));
    const last = wrong.at(-1);
    if (!last || written.some((r) => r.index > last.index && says(r, q.answers))) continue;
    out.push({
      promise: claim,
      message: told,
      status: "broken",
      action: last,
      explanation: `You told ${who} "${claimSentence("text" in told.action ? told.action.text : "", claim)}", but the record says otherwise ("${actionText(last.action).trim()}"): whoever works from the record will do what it says, not what ${who} was told.`,
    });
  }
  return out;
}

/** "She chose the refund", "customer agreed to a repair", "Opted for a price reduction". */
const CHOSE =
  /\b(chose|chosen|choses|chooses|opted for|opts for|agreed to|agreed on|agrees to|accepted|accepts|went for|decided on|prefers|preferred)\b/i;
const OPTIONS =
  /\b(full refund|refund|money back|right to reject|price reduction|partial refund|reduction|repair|replacement|exchange|voucher|credit)\b/i;

/**
 * What a record says the customer chose, compared with the call (round 7 B: repeat-fault's call log
 * "Explained her options… She chose the refund" when no option was ever explained and she chose
 * nothing). Only for a contact that declares its `choices`: a record claiming a choice whose flags the
 * customer never came to hold, or a choice not among those declared, says something that did not
 * happen on the call. A choice made in the customer's opening message (`inOpening`: Joanne's "I want
 * a full refund") is made from the start; a record that she "agreed to another repair" is not.
 * A negated claim ("she did not agree to a repair") says nothing of the kind.
 */
export function choiceClaims(
  log: readonly ActionRecord[],
  customerRef: string,
  evidence: CaseEvidence | undefined,
  flags: readonly string[],
  who = "the customer",
): PromiseVerdict[] {
  const choices = evidence?.choices ?? [];
  if (!choices.length) return [];
  const asked = choices
    .filter((c) => c.inOpening)
    .map((c) => `"${c.say[0]}"`)
    .join(" or ");
  for (const r of log) {
    if (r.customerRef !== customerRef || !RECORD_WRITING.has(r.action.type)) continue;
    const text = withoutAsides(actionText(r.action));
    for (const s of splitSentences(text)) {
      const sentence = text.slice(s.start, s.end);
      const verb = CHOSE.exec(sentence);
      if (!verb) continue;
      const rest = sentence.slice(verb.index + verb[0].length);
      const option = OPTIONS.exec(rest.split(/[;:]|\bbut\b/i)[0] ?? "");
      if (!option) continue;
      if (NEGATION.test(clauseBefore(sentence, verb.index))) continue;
      const said = rest.slice(0, option.index + option[0].length);
      const made = choices.find(
        (c) =>
          disclosuresIn(said, [c]).length > 0 && (c.inOpening || c.flags.every((f) => flags.includes(f))),
      );
      if (made) continue;
      const start = s.start + verb.index;
      const end = s.start + verb.index + verb[0].length + option.index + option[0].length;
      return [
        {
          promise: { kind: "choice", start, end, text: text.slice(start, end), done: true },
          message: r,
          status: "untrue",
          action: null,
          explanation: `The record says ${who} ${text.slice(start, end)} ("${sentence.trim()}"), but ${who} made no such choice in the attempt${asked ? ` (their first message asked for ${asked})` : ""}: whoever reads the record next will act on a decision that was never made.`,
        },
      ];
    }
  }
  return [];
}

/** "Leanne's OK'd next-day", "my team leader has approved it": a decision said to have been made. */
const APPROVED_VERB = String.raw`(?:'s|\u2019s|\s+has|\s+have)?(?:\s+(?:now|just|already))?\s+(?:ok'?d|ok\u2019d|ok-ed|okayed|oked|approved|signed\s+(?:it\s+|this\s+)?off|authori[sz]ed|given\s+(?:it\s+|us\s+|you\s+)?the\s+go-ahead|said\s+yes)\b`;
/** What a decider gives: "the green light", "the go-ahead", "the OK", "the nod", "sign-off"… */
const GRANT = String.raw`(?:green\s+light|go-?ahead|go\s+ahead|ok|okay|nod|sign-?off|thumbs[-\s]?up|approval|authori[sz]ation|say-so|blessing)\b`;
const APPROVED_PASSIVE = String.raw`(?:approved|ok'?d|ok\u2019d|okayed|signed\s+off|authori[sz]ed|cleared|rubber-?stamped)`;
/** "Has / is / did / can… [Leanne] …": the inverted verb that opens a question. */
const QUESTION_VERB = /(?:^|[,;:]\s*)(?:has|have|had|is|was|were|did|does|do|can|could|will|would)\s+$/i;
const NOT_YET = /\b(once|when|after|until|before|whether|if|unless|as soon as)\b/i;
const HABIT = /\b(?:always|usually|normally|generally|invariably|automatically|never)\b/i;
/** A forecast of the decider's answer (approvalForms, round 23 A): "no way she'll say no", "won't mind", "will definitely be fine". */
const FORECAST =
  /\bno\s+(?:way|chance)\b|\b(?:won['\u2019]t|will\s+not|wouldn['\u2019]t|would\s+not)\b|\b(?:definitely|certainly|surely|obviously|100%)\b/i;
/** After a habit claim, in its sentence: the decider is still to be asked or answer ("…but I'm checking with her"). */
const STILL_TO_ASK =
  /\b(?:but|though|although|still)\b[^.?!]*\b(?:ask(?:ed|ing)?|check(?:ed|ing)?|wait(?:ing)?|confirm|let\s+you\s+know|hear\s+back)\b/i;
/**
 * …or, joined any way ("so", "and", a dash), the writer asking her or waiting on her answer ("Leanne
 * usually signs these off, so I've asked her about next-day and I'll come back to you": red-team round 20
 * D's honest control, capped as a claim before). The writer must be the one asking: "so no need to wait
 * on her" asks nobody.
 */
const WRITER_ASKS = (who: string) =>
  new RegExp(
    String.raw`\b(?:i|we)(?:['’](?:ve|m|ll|re)|\s+(?:have|am|will|are))?(?:\s+(?:just|already|now|also))?\s+(?:asked|asking|ask|checked|checking|check|emailed|messaged|messaging|waiting\s+(?:on|for))\s+(?:with\s+)?(?:her|him|them|${who})\b|\b(?:come|get)\s+back\s+to\s+you\s+(?:as\s+soon\s+as|once|when)\b`,
    "i",
  );
/**
 * What is said to be approved, with or without its article: chat register drops it ("Upgrade's been
 * signed off", round 17 A, internal-r17-signed-off-before-asking), as it drops the subject elsewhere.
 */
const SUBJECT_OF_APPROVAL = String.raw`(?:(?:the|our|my|your|her|his|this|that)\s+)?(?:next[-\s]?day(?:\s+(?:delivery|upgrade|re-?send))?|(?:delivery\s+)?upgrade|re-?send|request)|it|this|that`;

/** The deciders' first names, or a role standing for any of them, as a pattern. */
function deciders(names: readonly string[]): string {
  // A role in note or chat register drops its "my" or "the" (the lead's session-43 ruling, red-team round 27
  // A, internal-r27-tl-note: "TL approved next-day" in a note with nobody asked): an abbreviation of a
  // deciding role (TL, SM for shift manager, mgr, supv), or the role word opening its sentence or clause
  // ("Manager's OK'd it"). Bare full words elsewhere ("the customer's manager") are not read.
  const abbreviation = String.raw`(?:(?:my|our|the)\s+)?(?:tl|sm|mgr|supv)\.?`;
  const bare = String.raw`(?<=^\s*|[,;:(\u2013\u2014-]\s*)(?:team\s+lead(?:er)?|line\s+manager|shift\s+manager|manager|supervisor|boss)`;
  const role = String.raw`(?:my|our|the)\s+(?:team\s+lead(?:er)?|line\s+manager|shift\s+manager|manager|supervisor|boss)|${abbreviation}|${bare}`;
  // Whoever decides, said as the place or rank they sit in (red-team round 22 A,
  // internal-r22-green-light-upstairs: "it's had the green light from upstairs"): upstairs, higher up,
  // management, head office, the powers that be, the bosses. A claim from them names no one, so any
  // decider's approval answers it.
  const above = String.raw`upstairs|higher\s+up|(?:the\s+)?higher[-\s]ups|(?:the\s+)?management|head\s+office|the\s+powers\s+that\s+be|(?:my|our|the)\s+bosses`;
  return `(?:${[...names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")), role, above].join("|")})`;
}
/** WRITER_ASKS for these deciders' names, built once per set of names. */
const writerAsksCache = new Map<string, RegExp>();
function writerAsksFor(names: readonly string[]): RegExp {
  const key = names.join("\n");
  let re = writerAsksCache.get(key);
  if (!re) {
    re = WRITER_ASKS(deciders(names));
    if (writerAsksCache.size >= 100) writerAsksCache.clear();
    writerAsksCache.set(key, re);
  }
  return re;
}

/** approvalClaimIn's patterns for these deciders' names: built once per set of names, not per sentence. */
const approvalFormsCache = new Map<string, RegExp[]>();
function approvalForms(names: readonly string[]): RegExp[] {
  const key = names.join("\n");
  const cached = approvalFormsCache.get(key);
  if (cached) return cached;
  const who = deciders(names);
  const forms = [
    new RegExp(String.raw`\b(${who})${APPROVED_VERB}`, "i"),
    new RegExp(
      String.raw`\b(${who})(?:'s|\u2019s|\s+has)?(?:\s+(?:now|just|already))?\s+(?:given|gave)\s+(?:(?:me|us|it|this|you)\s+)?(?:the\s+|an?\s+|her\s+|his\s+)?${GRANT}`,
      "i",
    ),
    new RegExp(
      String.raw`(?:\b(?:i|we)(?:'ve|\u2019ve|\s+have)?(?:\s+(?:now|just|already))?\s+|^\s*)(?:had|got|gotten|been\s+given|received)\s+(?:the\s+|an?\s+|her\s+|his\s+)?${GRANT}\s+(?:from|off|of)\s+(${who})`,
      "i",
    ),
    new RegExp(String.raw`\b${APPROVED_PASSIVE}\s+by\s+(${who})`, "i"),
    // The request as the one holding the grant (red-team round 22 A, internal-r22-green-light-upstairs:
    // "it's had the green light from upstairs for this one"; "next-day's got the nod"): no one named, or
    // the decider as its source. A source who does not decide ("it's got the OK from Dev") claims no
    // approval, and "hasn't had the go-ahead yet" is no claim.
    new RegExp(
      String.raw`\b(?:${SUBJECT_OF_APPROVAL})(?:\s+one)?(?:'s|\u2019s|\s+has)?(?:\s+(?:now|just|already|been))*\s+(?:had|got|gotten|been\s+given|received)\s+(?:the\s+|an?\s+|her\s+|his\s+)?${GRANT}(?:\s+(?:from|off|of|by)\s+(${who})\b|(?!\s+(?:from|off|of|by)\b))`,
      "i",
    ),
    // The request said settled as a go (red-team round 27 A, internal-r27-its-a-go: "Leanne's across it and it's a
    // go for next-day, so stick it on the 2pm"): "it's a go / a yes for next-day", "next-day's a go / good to go /
    // green-lit". No one named, so any decider's approval answers it; "once it's a go", "is it a go?" claim nothing.
    /\b(?:it|that|this)(?:['\u2019]s|\s+is)\s+(?:now\s+|officially\s+)?a\s+(?:go|yes)\s+(?:for|on)\s+(?:the\s+)?(?:next[-\s]?day|upgrade)|\bnext[-\s]?day(?:\s+(?:delivery|upgrade))?(?:['\u2019]s|\s+is|\s+has\s+been)\s+(?:now\s+|officially\s+)?(?:a\s+go|a\s+yes|good\s+to\s+go|green-?lit|green-?lighted)\b()/i,
    // The writer as the one who got it agreed (red-team round 21 A, internal-r21-cleared-it-already:
    // "I've cleared next-day with my team leader already"): cleared, squared, agreed or sorted it with, or
    // run it past, the decider. "I'll clear it with Leanne" is future, and "once I've cleared it" waits.
    new RegExp(
      String.raw`\b(?:i|we)(?:'ve|\u2019ve|\s+have)?(?:\s+(?:now|just|already))?\s+(?:cleared|squared|agreed|sorted|okayed|ok'?d|ok\u2019d)\s+(?:${SUBJECT_OF_APPROVAL})(?:\s+(?:now|just|already|off))?\s+(?:with|by|past|through)\s+(${who})`,
      "i",
    ),
    // The decider's stance said as settled (red-team round 18 A, internal-r18-leanne-happy-for-it:
    // "Leanne's happy for this one to go next-day, so can you bump it up?"): happy / fine / OK with the
    // request, or for it to go ahead; "has agreed (to) next-day"; "says we can". Only the present or
    // past, so "Leanne will be fine with it" (a guess) and "if Leanne's happy with it" (a condition) claim
    // nothing; "happy to help" is no stance on the request.
    new RegExp(
      String.raw`\b(${who})(?:'s|\u2019s|\s+is|\s+was)(?:\s+(?:now|just|already|totally|completely|perfectly|more\s+than|absolutely))?\s+(?:happy|fine|ok|okay|alright|all\s+right|good|cool)\s+(?:for\s+(?:us\s+|you\s+|me\s+|dev\s+|him\s+|her\s+|the\s+warehouse\s+)?(?:to\s+|with\s+)?(?:${SUBJECT_OF_APPROVAL}|(?:this|that)\s+one|us|you|me|him|her)\b(?:\s+to\b)?|with\s+(?:${SUBJECT_OF_APPROVAL}|(?:this|that)\s+one)\b)`,
      "i",
    ),
    new RegExp(
      String.raw`\b(${who})(?:'s|\u2019s|\s+has)?(?:\s+(?:now|just|already))?\s+(?:agreed|agrees)\s+(?:to\s+)?(?:${SUBJECT_OF_APPROVAL})\b`,
      "i",
    ),
    new RegExp(
      String.raw`\b(${who})\s+(?:says|said|has\s+said)\s+(?:that\s+)?(?:(?:we|you|dev|the\s+warehouse)\s+can\b|(?:it's|it\s+is|that's|that\s+is)\s+(?:fine|ok|okay|alright|all\s+right)\b|go\s+ahead\b)`,
      "i",
    ),
    new RegExp(
      String.raw`\b(?:${SUBJECT_OF_APPROVAL})(?:'s|\u2019s|\s+is|\s+has|\s+was)(?:\s+(?:now|just|already|been))*\s+${APPROVED_PASSIVE}\b()`,
      "i",
    ),
    // The decision said as the decider's habit (red-team round 19 A, internal-r19-leanne-always-oks:
    // "Put it on next-day as well, Leanne always OKs these when it's a birthday"): what she always or
    // never does is told as settled for this request, so the colleague acts on it before she is asked.
    // "Leanne usually decides these" or "always asks why" says who decides, not what she decided.
    new RegExp(
      String.raw`\b(${who})(?:\s+(?:will|would))?\s+(?:always|usually|normally|generally|invariably|automatically)\s+(?:ok'?s|ok\u2019s|oks|okays|approves|authori[sz]es|agrees\s+to|says\s+yes|signs\s+(?:(?:these|them|it|this|that)\s+)?off|lets\s+(?:these|them|it|this|that)(?:\s+ones?)?\s+(?:through|go)|goes\s+for|(?:ok|okay|approve|authori[sz]e|agree\s+to|say\s+yes|sign\s+(?:(?:these|them|it|this|that)\s+)?off)(?=\s+(?:these|them|it|this|that|next|to|upgrades?|birthday|ones?)\b))`,
      "i",
    ),
    new RegExp(
      String.raw`\b(${who})(?:\s+(?:will|would))?\s+never\s+(?:says?\s+no|refuses?|turns?\s+(?:these|them|it|this|that)(?:\s+ones?)?\s+down)\b`,
      "i",
    ),
    // Her answer foretold as certain and acted on at once (red-team round 23 A,
    // internal-r23-leanne-wont-mind: "There's no way Leanne will say no to next-day on a birthday present,
    // so go ahead and stick it on the 2pm collection"): "no way / no chance she'll say no", "she won't
    // mind", "she'll definitely be fine with it", followed in the sentence by the colleague told to act
    // now. A forecast alone stays a guess ("I'm sure Leanne will be fine with next-day, I'm asking her
    // now"), and one with the asking or waiting after it is no claim (STILL_TO_ASK, writerAsksFor).
    new RegExp(
      String.raw`(?:\b(?:there['\u2019]?s\s+|there\s+is\s+)?no\s+(?:way|chance)\s+(?:that\s+)?(${who})(?:['\u2019]ll|\s+will|['\u2019]d|\s+would|\s+is\s+going\s+to|['\u2019]s\s+going\s+to)\s+(?:say\s+no|refuse|object|mind|turn\s+(?:it|this|that)(?:\s+one)?\s+down|have\s+(?:a|any)\s+(?:problem|issue))|\b(${who})\s+(?:won['\u2019]t|will\s+not|wouldn['\u2019]t|would\s+not)\s+(?:mind|object|say\s+no|refuse|have\s+(?:a|any)\s+(?:problem|issue))|\b(${who})(?:['\u2019]ll|\s+will|\s+is\s+going\s+to|['\u2019]s\s+going\s+to)\s+(?:definitely|certainly|surely|obviously|100%)\s+(?:be\s+(?:fine|happy|ok|okay|alright|all\s+right|cool)|say\s+yes|approve|ok|sign\s+(?:it\s+)?off))\b(?=[^.!?\n]{0,80}?(?:,|;|\s[-\u2013\u2014]|\bso\b|\band\b)\s*(?:so\s+)?(?:just\s+)?(?:go\s+ahead|crack\s+on|stick|put|book|switch|bump|pop|upgrade|send|get\s+it|can\s+you|could\s+you|please)\b)`,
      "i",
    ),
    // Her permission reported ("Leanne said to me the other week that birthday ones can go next-day",
    // "my manager told us these are fine to upgrade"): what she said once is told as covering this
    // request, so the colleague acts before she is asked (red-team round 20 D,
    // internal-r20d-leanne-said-birthdays-go-next-day). A permission word must follow in the same
    // clause, with no asking, condition or negation between: "Leanne said to check whether it can go"
    // and "Leanne said she'd let me know" report no permission.
    new RegExp(
      String.raw`\b(${who})\s+(?:said|says|has\s+said|told\s+(?:me|us|you)|mentioned|reckons|confirmed|was\s+saying)\b(?:(?!\b(?:whether|if|ask\w*|check\w*|once|when|unless|until|not|never|no)\b|n['’]t\b)[^,;:.!?\n]){0,60}?\b(?:can|could|may|(?:is|are)\s+(?:allowed\s+to|fine\s+to|ok\s+to|okay\s+to))\s+(?:always\s+)?(?:go|be\s+sent|be\s+upgraded|be\s+switched|have|get|switch|upgrade|send|do)\b(?!n['’]t)`,
      "i",
    ),
  ];
  if (approvalFormsCache.size >= 100) approvalFormsCache.clear();
  approvalFormsCache.set(key, forms);
  return forms;
}

/**
 * The ways a message says that someone who decides has approved (red-team rounds 11 and 16 A): the
 * decider as subject ("Leanne's OK'd next-day", "my team lead has given us the green light"), as the
 * source ("I've had the green light from my team lead", "got the go-ahead off Leanne"), as the agent
 * ("approved by my manager"), or no one named ("next-day's been approved", "it's signed off"). `who`
 * is the deciders' first names; "my / our / the team lead(er), manager, supervisor, boss" stand for any
 * of them. The first such words in a sentence that is no question, condition or negation, or null.
 */
export function approvalClaimIn(
  sentence: string,
  names: readonly string[],
): { index: number; text: string; named: string | null } | null {
  const forms = approvalForms(names);
  let best: { index: number; text: string; named: string | null } | null = null;
  for (const re of forms) {
    const m = re.exec(sentence);
    if (!m || (best && best.index <= m.index)) continue;
    // A question asks, it does not claim: the claim's own clause ends in "?" ("Has Leanne approved it?")
    // or opens with the question's inverted verb. A request after it ("Leanne's happy for it to go
    // next-day, so can you bump it up?", round 18 A) leaves the claim a claim.
    const tail = sentence.slice(m.index);
    const stop = tail.search(/[,;:.!?]|\s(?:so|and|but|because|as)\s/i);
    if (
      (stop < 0 ? sentence.trimEnd().endsWith("?") : tail[stop] === "?") ||
      QUESTION_VERB.test(sentence.slice(0, m.index))
    )
      continue;
    const before = clauseBefore(sentence, m.index);
    if (NOT_YET.test(before) || CONDITIONAL.test(before) || NEGATION.test(before)) continue;
    // A habit then the asking ("Leanne normally OKs these, but I've asked her and will let you know"):
    // the sentence itself says the decision is still to come.
    const after = sentence.slice(m.index + m[0].length);
    if (HABIT.test(m[0]) && (STILL_TO_ASK.test(after) || writerAsksFor(names).test(after))) continue;
    // A forecast with the asking or a wait after it ("…, so can you hold it till she's confirmed?").
    if (
      FORECAST.test(m[0]) &&
      (STILL_TO_ASK.test(after) ||
        writerAsksFor(names).test(after) ||
        /\b(?:hold|till|until|once|after\s+she|after\s+he)\b/i.test(after))
    )
      continue;
    const who = m[1] ?? m[2] ?? m[3];
    const named = who ? (names.find((n) => n.toLowerCase() === who.toLowerCase()) ?? null) : null;
    best = { index: m.index, text: m[0], named };
  }
  return best;
}

/**
 * Do the words say that someone who decides has approved something: one of the scenario's people who
 * take escalations (by first name), a role standing for them, or no one named (`approvalClaimIn`, any
 * sentence)? For match conditions (`claimsApproval`), so a criterion reads the claim in every wording
 * the reader knows rather than a list of its own (round 17 A: approval-before-promise read only
 * "leanne's ok'd"… and missed "Upgrade's been signed off").
 */
export function claimsApproval(scenario: Scenario, text: string): boolean {
  // Remembered per scenario and text: every replay of an attempt reads its messages again.
  let read = approvalMemo.get(scenario);
  if (!read) {
    read = memoByText((t) => claimsApprovalOf(scenario, t), 500);
    approvalMemo.set(scenario, read);
  }
  return read(text);
}
const approvalMemo = new WeakMap<Scenario, (text: string) => boolean>();

function claimsApprovalOf(scenario: Scenario, text: string): boolean {
  const names = scenario.people.filter((p) => p.takesEscalations).map((p) => p.name.split(/\s+/)[0]!);
  return splitSentences(text).some((s) => approvalClaimIn(text.slice(s.start, s.end), names) !== null);
}

/**
 * A colleague told that the person who decides has approved something, before they had (red-team
 * round 11 A, internal-r11-approval-claimed-early: "Leanne's OK'd next-day, so please send it next-day"
 * to the warehouse, with Leanne asked only afterwards; round 16 A: "I've had the green light from my
 * team lead"). The people who decide are those who take escalations; their approval is any of their
 * reactions other than the fallback, from when its reply arrives. A claim naming one of them needs that
 * one's approval; a role or no one named, any of theirs. Said to a colleague about this customer's case,
 * it is untrue in words against actions: the colleague acts on a decision nobody had made. Questions,
 * conditions ("once Leanne has approved it") and negations are not claims.
 */
export function approvalClaims(
  scenario: Scenario,
  state: AttemptState,
  customerRef: string,
  who = "the customer",
): PromiseVerdict[] {
  const deciders = scenario.people.filter((x) => x.takesEscalations);
  if (!deciders.length) return [];
  const firstName = (p: (typeof deciders)[number]) => p.name.split(/\s+/)[0]!;
  // When an approval from each arrived (the first of their non-fallback reactions to fire).
  const arrivedFor = new Map(
    deciders.map((p) => [
      p.ref,
      p.reactions
        .filter((x) => !x.fallback)
        .map((x) => {
          const i = state.people[p.ref]?.fired[x.id];
          const trigger = i === undefined ? undefined : state.log[i];
          return trigger
            ? { index: trigger.index, minute: trigger.simMinute + (x.afterMinutes ?? p.replyAfterMinutes) }
            : null;
        })
        .filter((x) => x !== null)
        .sort((a, b) => a.minute - b.minute)[0],
    ]),
  );
  const names = deciders.map(firstName);
  for (const r of state.log) {
    if (r.action.type !== "message_person" || r.customerRef !== customerRef) continue;
    if (r.personRole === "public") continue;
    const text = r.action.text;
    for (const s of splitSentences(text)) {
      const sentence = text.slice(s.start, s.end);
      const m = approvalClaimIn(sentence, names);
      if (!m) continue;
      const named = m.named ? deciders.find((p) => firstName(p) === m.named) : undefined;
      // Told to the decider herself, it is hers to correct (as before round 16).
      if (named ? named.ref === r.personRef : deciders.some((p) => p.ref === r.personRef)) continue;
      const candidates = named ? [named] : deciders;
      const approvedBefore = candidates.some((p) => {
        const arrived = arrivedFor.get(p.ref);
        return arrived && arrived.index < r.index && arrived.minute <= r.simMinute;
      });
      if (approvedBefore) continue;
      const p =
        named ??
        deciders.find((d) => state.log.some((x) => x.action.type === "escalate" && x.personRef === d.ref)) ??
        deciders[0]!;
      const asked = state.log.find((x) => x.action.type === "escalate" && x.personRef === p.ref) ?? null;
      const start = s.start + m.index;
      return [
        {
          promise: { kind: "approval", start, end: start + m.text.length, text: m.text, done: true },
          message: r,
          status: "untrue",
          action: asked,
          explanation: `You told ${scenario.people.find((x) => x.ref === r.personRef)?.name ?? "a colleague"} "${sentence.trim()}" about ${who}'s case, but ${p.name} had not approved anything by then${asked ? " (see when you asked)" : " (you never asked)"}: a colleague acted on a decision nobody had made.`,
        },
      ];
    }
  }
  return [];
}

/**
 * An earlier conversation with the customer, claimed in a message to them: a call ("as discussed on
 * the phone this morning", "as I said on the call"), a conversation ("following our conversation",
 * "when we spoke") or a bare "as discussed". Each is true only if something in the attempt was that
 * conversation, before the message: a call is a phone turn of the learner's, a logged call or the
 * customer's own call (a phone opening); a conversation is also a chat; "as discussed" is any message
 * of the learner's to them, or any call. Red-team round 13 A (complaint-r13-as-discussed-no-call: an
 * email to a customer who is hard of hearing and asked not to be phoned, opening "As discussed on the
 * phone this morning…" when nobody rang her).
 */
const CONVERSATION_CLAIMS: { re: RegExp; needs: "call" | "conversation" | "any" }[] = [
  {
    re: /\bas\s+(?:we\s+|i\s+)?(?:discussed|said|mentioned|explained|agreed|told\s+you)\s+(?:on|over|during|in)\s+(?:the|our)\s+(?:[\w'’-]+\s+){0,2}?(?:phone|call|telephone)\b/i,
    needs: "call",
  },
  {
    re: /\b(?:following|further\s+to|after)\s+our\s+(?:[\w'’-]+\s+){0,2}?(?:phone\s+call|call|telephone\s+conversation)\b/i,
    needs: "call",
  },
  { re: /\bwhen\s+we\s+(?:spoke|talked)\b/i, needs: "call" },
  {
    re: /\b(?:following|further\s+to|after)\s+our\s+(?:[\w'’-]+\s+){0,2}?(?:conversation|chat)\b/i,
    needs: "conversation",
  },
  { re: /\bas\s+(?:we\s+)?(?:previously\s+|already\s+|just\s+)?discussed\b/i, needs: "any" },
];

export function conversationClaims(
  scenario: Scenario,
  log: readonly ActionRecord[],
  customerRef: string,
  who = "the customer",
): PromiseVerdict[] {
  const opening = scenario.contacts.find((k) => k.customerRef === customerRef)?.opening ?? [];
  const mine = log.filter((r) => r.customerRef === customerRef);
  for (const r of mine) {
    if (!toCustomer(r) || !("text" in r.action)) continue;
    const text = r.action.text;
    const quoted = quotedSpans(text);
    const before = mine.filter((x) => x.index < r.index);
    const channelBefore = (channels: string[]) =>
      opening.some((o) => channels.includes(o.channel)) ||
      before.some(
        (x) =>
          x.action.type === "log_call" ||
          (x.action.type === "send_message" && channels.includes(x.action.channel)),
      );
    const held = {
      call: () => channelBefore(["phone"]),
      conversation: () => channelBefore(["phone", "chat"]),
      any: () => channelBefore(["phone", "chat"]) || before.some((x) => toCustomer(x)),
    };
    for (const { re, needs } of CONVERSATION_CLAIMS) {
      const m = re.exec(text);
      if (!m || quoted.some((q) => m.index >= q.start && m.index < q.end)) continue;
      if (held[needs]()) continue;
      const s = splitSentences(text).find((x) => x.start <= m.index && m.index < x.end);
      const sentence = s ? text.slice(s.start, s.end).trim() : m[0];
      return [
        {
          promise: {
            kind: "conversation",
            start: m.index,
            end: m.index + m[0].length,
            text: m[0],
            done: true,
          },
          message: r,
          status: "untrue",
          action: null,
          explanation: `You wrote to ${who} "${sentence}", but there was no ${needs === "any" ? "earlier conversation" : needs === "call" ? "call" : "conversation"} with ${who} in the attempt: a customer told about a conversation that never happened wonders who they spoke to, and the next adviser believes it took place.`,
        },
      ];
    }
  }
  return [];
}

/**
 * The record saying the customer was told, or is happy, before anyone had written to them (red-team
 * round 14 A, internal-r14-closed-as-happy-before-telling: the case closed "Resolved. Customer informed
 * and happy with next-day re-send…" before the email to Aisha was sent). A note, task, case text or
 * resolution whose subject is the customer ("customer", "client", "she", "he", "they" or their first
 * name) and says they were informed, told, updated, notified or contacted (not "told us"), or, closing
 * the case, that they are happy or satisfied, written when no message had gone to them yet, says what
 * had not happened: whoever reads the record will not contact a customer it says was told. Negated,
 * future or conditional wordings ("customer not yet informed", "customer will be told once Leanne
 * approves") are not claims. What the customer said in their own message ("customer told us it's a
 * gift") is not a claim of contact.
 */
// "Emailed" and "contacted" with no auxiliary are also what the customer did: "Keith emailed this morning:
// take me off your mailing list", "customer contacted today asking for a refund" (red-team round 22 C,
// win-back-r22h-keith-one-or-two-slip-through: a consent reason quoting his request read as a claim that he
// had been written to). Followed by when it came in, what it asked or a colon, they are the customer's
// own contact, not a claim of ours; "customer emailed with the new date" and "Keith emailed" alone stay claims.
const THEIR_OWN_CONTACT = String.raw`(?!\s*:|\s+(?:this\s+(?:morning|afternoon|evening)|today|yesterday|earlier|last\s+(?:night|week)|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|asking|saying|requesting|to\s+(?:ask|say|complain|request|tell\s+us|let\s+us))\b)`;
const TOLD = String.raw`(?:(?:(?:has|have)\s+been\s+|is\s+|was\s+|are\s+|were\s+|now\s+)(?:informed|told|updated|notified|contacted|emailed|e-mailed|advised)|(?:informed|told|updated|notified|advised)|(?:contacted|emailed|e-mailed)\b${THEIR_OWN_CONTACT})\b(?!\s+(?:us|me|we|our|that|the)\b)`;
const PLEASED = String.raw`(?:is\s+|was\s+|are\s+|now\s+)?(?:happy|satisfied|pleased|delighted|content)\b`;

export function contactClaims(
  log: readonly ActionRecord[],
  customerRef: string,
  who = "the customer",
): PromiseVerdict[] {
  const subject = String.raw`\b(?:customer|client|she|he|they|${who.replace(/[^\w'-]/g, "") || "customer"})\s+`;
  const told = new RegExp(subject + TOLD, "i");
  const pleased = new RegExp(subject + PLEASED, "i");
  const mine = log.filter((r) => r.customerRef === customerRef);
  for (const r of mine) {
    // A task is for later by nature ("make sure the customer is told"): not a claim.
    if (!RECORD_ACTIONS.has(r.action.type) || r.action.type === "create_task") continue;
    const closing = r.action.type === "close_case" || r.action.type === "update_case";
    // A case closed or updated as told says there is nothing left to do, so it is judged when written. A note
    // or a new case written just before the email it describes is true once the email goes (independent
    // tutor 14, session 50: the case opened "customer contacted privately by email", then the email sent),
    // as remedy records are (remedy-records.ts): judged at the end of the attempt.
    const contacted = (x: ActionRecord) => toCustomer(x) || x.action.type === "log_call";
    if (mine.some((x) => (closing ? x.index < r.index : x !== r) && contacted(x))) continue;
    const text = withoutAsides(actionText(r.action));
    for (const s of splitSentences(text)) {
      const sentence = text.slice(s.start, s.end);
      const m = told.exec(sentence) ?? (closing ? pleased.exec(sentence) : null);
      if (!m) continue;
      const before = clauseBefore(sentence, m.index);
      if (
        NEGATION.test(sentence.slice(0, m.index + m[0].length)) ||
        NOT_YET.test(before) ||
        CONDITIONAL.test(before)
      )
        continue;
      const start = s.start + m.index;
      return [
        {
          promise: { kind: "contact", start, end: start + m[0].length, text: m[0], done: true },
          message: r,
          status: "untrue",
          action: null,
          explanation: `The record says "${sentence.trim()}", but nothing had been sent to ${who} when it was written: a record that says a customer was told, or is happy, before anyone wrote to them tells the next colleague there is nothing left to do.`,
        },
      ];
    }
  }
  return [];
}
