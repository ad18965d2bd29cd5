/**
 * One reader of who is obliged to do what before which remedy (session 36). Twenty red-team rounds found
 * cheats that put something on the customer before her remedy getting through when rephrased: each fix
 * read one family of phrasings (condition-clauses.ts, remedy-conditions.ts, repair-first.ts,
 * review-incentives.ts, rights-waiver.ts, obstruction-kinds.ts). This reader finds the three parts of any
 * such clause in a message, in any order and across two sentences:
 *
 * (a) the remedy or right at stake: a refund, replacement or repair, the customer's data (a subject
 *     access request and its one-month clock), her removal from marketing, the double payment;
 * (b) the act put on her, or the precondition: the box or receipt, proof the fault was not hers, another
 *     repair or look first, contacting the maker, changing or removing a review, dropping the complaint,
 *     paying a fee, a form, letter or phone call, a reason, a link or setting to stop marketing herself;
 * (c) the link that makes (a) wait on (b): a condition or time clause ("once", "as soon as", "provided",
 *     "as long as", "subject to", "pending", "on removal of", "the minute"…), a refusal until or without
 *     it ("won't… until", "can't… unless", "Without that I'm not able to…"), the act before the remedy
 *     ("…before any money can go back"), the act first ("first… then"), or the act asked for in the same
 *     breath as the remedy ("the refund's doable, just need you to dig out the original box first").
 *
 * Each find names its kind, the three parts, the words (evidence span) and a reason a tutor can read,
 * with the law it breaks (KIND_LAW). Not read: the act negated or set aside ("you don't need the box",
 * "no need to contact the manufacturer"), the link denied ("your refund isn't waiting on it", "whether or
 * not you change your review"), the act left to her choice ("if you'd rather we had another go"), our own
 * acts ("once I've processed it you'll see it in 3-5 days"), lawful conditions (the goods collected before
 * the refund, CRA 2015 s.20(7)(b); "any box will do"), what other shops say, and quoted words.
 *
 * The kinds are wired to the scenario lists through the reader names they stand beside (OBLIGATION_READERS
 * in case-evidence.ts, and the readers this one folds into): a scenario lists only what is unlawful for
 * its customer, so a repair first, lawful for Ravi on day 31 (s.23), is read only for Priya, Linda and
 * Joanne.
 */
import { CHANGE_OF_MIND, DOES_NOT_MATTER, REPORTED, lastRuns, negatedThingBefore } from "./condition-clauses";
import { sentencesOf } from "./own-words";
import { NUMBER_WORDS } from "./written-dates";

export type ObligationKind =
  | "thing"
  | "repair-first"
  | "fault-proof"
  | "manufacturer"
  | "review"
  | "waiver"
  | "fee"
  | "route"
  | "self-service"
  | "inspection"
  | "deadline"
  | "approval"
  | "window";

type Span = { start: number; end: number; text: string };
export type Obligation = {
  kind: ObligationKind;
  remedy: Span;
  act: Span;
  link: Span;
  /** The words from the first of the three parts to the last. */
  start: number;
  end: number;
  text: string;
  /** For the tutor: who was made to do what before which remedy, and the rule. */
  reason: string;
};

/** The law each kind breaks (shown with the reason). */
export const KIND_LAW: Record<ObligationKind, string> = {
  thing:
    "CRA 2015 s.20 and s.31(2)(b): rejecting faulty goods needs no box, packaging or receipt, and a remedy cannot be made subject to a restrictive or onerous condition",
  "repair-first":
    "CRA 2015 s.20, s.22(3) and s.24(5): inside 30 days, or after one failed repair, the refund is hers to claim; another repair or inspection cannot be put first",
  "fault-proof":
    "CRA 2015 s.19(14)-(15): a fault that shows within six months is taken to have been there at delivery; it is for the shop, not her, to prove otherwise",
  manufacturer:
    "CRA 2015 s.9, s.19(1)-(3) and s.23: her remedy is with the shop that sold the goods; a maker's guarantee is extra (s.30)",
  review:
    "DMCCA 2024 Sch 20 para 13 and CMA guidance on fake reviews (CMA208): making a complaint's resolution wait on a review suppresses genuine reviews; the remedy is owed whatever she writes (CRA 2015 s.31(2)(b))",
  waiver:
    "CRA 2015 s.31(1)-(2): a term that excludes or restricts her rights or remedies, or her pursuing them, does not bind her; saying so misleads about her rights (DMCCA 2024 s.226)",
  fee: "UK GDPR Art 12(5): acting on a data subject's request is free of charge; CRA 2015 s.20(8) and s.20(18): rejecting faulty goods costs her nothing and no fee may be charged on the refund",
  route:
    "UK GDPR Art 12(2), Art 15 and Art 21(2)-(3): a request or objection may be made by any channel and must be facilitated; no form, letter, call or reason may be insisted on (ICO guidance on the right of access); CRA 2015 s.20(5)-(6): the right to reject is exercised by any clear indication, so no form, call, chat or store visit may be put before the refund, and returning rejected goods is at the trader's cost (s.20(8))",
  "self-service":
    "UK GDPR Art 7(3), Art 12(2) and Art 21(3): once she has objected, stopping the marketing is the shop's to do, not hers (ICO \"Respect people's preferences\")",
  inspection:
    "CRA 2015 s.19(14)-(15), s.20, s.22(3) and s.24(5): a fault that shows within six months is taken to have been there at delivery, and inside 30 days or after one failed repair the refund is hers; the shop may look at goods it has taken back, but the refund cannot be made to wait on its finding the fault",
  approval:
    "CRA 2015 s.20, s.22(3), s.24(5) and s.31(1): the refund is hers by law, not at a manager's discretion; once she rejects, it is due without undue delay and within 14 days of the trader agreeing she is entitled (s.20(15))",
  window:
    "CRA 2015 s.22(3)-(4): the short-term right to reject runs 30 days from delivery, and after a failed repair (s.24(5)) there is no shop period at all; a term cutting it short does not bind her (s.31(1)-(2)) and saying so misleads about her rights (DMCCA 2024 s.226). The 14-day cancellation right for distance sales (CCRs 2013 regs 29-30) is another right",
  deadline:
    'CRA 2015 s.22(3), s.24(5) and s.31(1)-(2): a right to reject she has used does not lapse on a date of the shop\'s making, and a term cutting it short does not bind her; a false "only until then" is banned (DMCCA 2024 Sch 20 para 7)',
};

const ACT_WORDS: Record<ObligationKind, string> = {
  thing: "the box, packaging or a receipt",
  "repair-first": "another repair or look first",
  "fault-proof": "proof that the fault was not hers",
  manufacturer: "going to the manufacturer",
  review: "changing or removing her review",
  waiver: "dropping her complaint or rights",
  fee: "paying a fee",
  route: "a form, letter, call or reason",
  "self-service": "stopping the marketing herself",
  inspection: "our own check finding the fault",
  deadline: "a time limit of the shop's making",
  window: "a period shorter than the law's 30 days",
  approval: "a manager's approval",
};

/** The remedy or right at stake. */
const REMEDY = new RegExp(
  [
    String.raw`\b(?:refund\w*|reimburs\w*|replac\w*|new\s+one|price\s+reduction|(?:paid|pay|paying)\s+(?:you\s+)?(?:out|back)|money(?:\s+back)?|double\s+(?:charge|payment)|duplicate\s+payment)`,
    String.raw`£\s?\d[\d.,]*`,
    String.raw`\b(?:book|arrange|do|carry\s+out)\s+(?:the|a|your)\s+repair`,
    String.raw`\b(?:gets?|got)\s+(?:this\s+|it\s+|that\s+|everything\s+)?sorted|\bput\s+(?:it|this|things)\s+right`,
    // The fix named by our progress on it (session 37): "help me get this approved", "push it through".
    String.raw`\b(?:get|gets|getting|push|pushed|pushing|put|putting|rush|fast-?track\w*|speed|hurry|sign|signed|signing)\s+(?:this|it|that|things|everything|your\s+(?:claim|case|complaint|return))\s+(?:approved|through|signed\s+off|off|moving|over\s+the\s+line|authori[sz]ed|processed|released|actioned)\b|\bsigned\s+off\b|\bgo\s+ahead\s+with\s+(?:the|your)\s+\w+`,
    // The fix's ease or speed as what is bought (session 38): "it'd make this a lot easier to push through",
    // "that'd smooth things along", "he tends to approve these faster", "the refund will sail through".
    String.raw`\b(?:easier|quicker|faster|simpler|smoother|sooner|less\s+(?:hassle|bother|work))\s+(?:for\s+(?:me|us)\s+)?to\s+(?:push|get|sort|approve|process|authori[sz]e|sign|release|action|put|arrange|fast-?track)\b|\bsmooth\w*\s+(?:things|it|this)\s+(?:along|over|through)|\bsail\w*\s+through|\b(?:approv|process|sort|sign|releas|push|action|authori[sz])\w*\s+(?:these|them|it|this|yours|refunds?)\s+(?:off\s+|through\s+)?(?:faster|quicker|more\s+quickly|sooner)\b`,
    // The fix's ease as the remedy (session 39): free collection or postage, an express or same-day refund,
    // "the courier comes free", "money back on the spot". The trader bears the reasonable cost of returning
    // rejected goods (CRA 2015 s.20(8)) and refunds without undue delay (s.20(15)); tying either to a box, a
    // receipt, a form or a store visit is a restrictive condition on the remedy (s.31(2)(b)).
    String.raw`\bfree\s+(?:collection|postage|returns?|courier|pick-?up)\b|\b(?:collection|postage|return\s+postage|courier|pick-?up)(?:['\u2019]s|\s+is|\s+are|\s+comes|\s+will\s+be)?\s+(?:free|on\s+us|covered|paid\s+for)\b|\b(?:express|same[- ]day|instant|immediate|priority|fast-?track(?:ed)?)\s+(?:refund|replacement|collection)s?\b|\bmoney\s+back\s+on\s+the\s+spot\b`,
    // Our progress on a credit owed (review-incentives.ts's reviewAsCondition, folded in session 38): "I'd
    // happily process the credit".
    String.raw`\b(?:process|release|issue|action|approve|authori[sz]e|honour)\w*\s+(?:the|your|this)\s+credit\b`,
    // Taking the remedy said as the whole of what is agreed: "by accepting u agree this is closed".
    String.raw`\bby\s+(?:accepting|taking)\b(?=\s+(?:u|you|this|it|that|the\s+offer)\b)`,
    String.raw`\byour\s+(?:data|information|informations|file|personal\s+data|copy)|\b(?:the|your)\s+request|\brequests\b|\bcountdown|\b(?:one[- ]month\s+)?clock\b|\bstart\s+on\s+(?:it|them|your)`,
    String.raw`\bremov(?:e|al|ed|ing)\b|\btaken?\s+(?:you\s+)?off\b|\bstop\s+(?:the|your|our)\s+(?:e-?mails|marketing|newsletters?|texts|offers)|\bunsubscrib\w*`,
  ].join("|"),
  "gi",
);
/** A remedy the repair-first kind can wait on: money, not the repair itself. */
const MONEY_REMEDY = /refund|reimburs|money|paid|pay|price\s+reduction|double|duplicate|£/i;
/** One the inspection kind can wait on: money or a replacement (a repair starts with a look, s.23). */
const NOT_A_REPAIR = /refund|reimburs|money|paid|pay|price\s+reduction|double|duplicate|£|replac|new\s+one/i;

/** Who may be said to approve a refund. */
const APPROVER =
  "manager|supervisor|team\\s+leader|line\\s+manager|boss|head\\s+office|senior\\s+(?:staff|team|manager)|management|store\\s+manager|area\\s+manager";
/** An approval said as what decides the refund: "for a decision", "down to my manager". */
const SELF_LINKED =
  /\b(?:down\s+to|up\s+to|discretion|for\s+(?:a\s+)?(?:decision|approval|sign-?off|authori[sz]ation)|decision|say-?so)\b/i;
/** The refund needing it: "Refunds have to be signed off by my manager". */
const NEEDS_APPROVAL =
  /\b(?:has|have|needs?|must|will\s+need|would\s+need|['\u2019]ll\s+need|['\u2019]d\s+need|got)\s+(?:to\s+)?(?:be|get|go)\b[^.!?;]{0,30}$/i;
/** The approval already had: "I've had the refund approved by my manager and it's on its way". */
const APPROVAL_DONE =
  /\b(?:already|(?:i|we)(?:['\u2019]ve|\s+have)\s+(?:had|got)\b|(?:has|have)\s+(?:now\s+)?(?:been\s+)?(?:approved|signed(?:\s+it)?\s+off|authori[sz]ed|agreed|okayed)|which\s+(?:i|we)(?:['\u2019]ve|\s+have)\s+got|on\s+its\s+way|gone\s+through|going\s+through\s+(?:today|now))/i;

/** The acts and preconditions, by kind. */
const ACTS: [ObligationKind, RegExp][] = [
  [
    "thing",
    /\b(?:(?:original|orig\.?|its|the|your|her)\s+(?:own\s+)?(?:box|packaging|packing|carton)|boxed(?:\s+up)?|(?:box|packaging)\s+it\s+(?:originally\s+)?came\s+in|receipts?(?!\s+(?:of|for\s+a\s+refund))|proof\s+of\s+(?:purchase|payment))\b/gi,
  ],
  [
    "repair-first",
    new RegExp(
      [
        String.raw`\b(?:another|one\s+more|a\s+second|a\s+further|one\s+last|a\s+last|a\s+final|one\s+final|a\s+quick)\s+(?:go|look(?:-over)?|try|attempt|repair|chance|shot|fix|once-over|look\s+over|check)\b`,
        // A swap or exchange offered before the money (session 39): "Before any money goes back we always offer a
        // swap" (inside 30 days or after a failed repair the refund is hers now: CRA 2015 s.20, s.22(3), s.24(5)).
        String.raw`\b(?:offer|offers|offered|do|does|send|sends|try|tries|give|gives)\s+(?:(?:you|u|customers)\s+)?(?:a|an)\s+(?:swap|exchange)\b`,
        String.raw`\b(?:once-over|look-over|check-over)\b`,
        String.raw`\b(?:attempt\w*|try|tries|trying)\s+(?:to\s+|and\s+)?(?:a\s+)?(?:fix|repair|mend|sort)\w*`,
        String.raw`\brepair\s+(?:has|have|had)\s+been\s+(?:attempted|tried|carried\s+out|done)`,
        String.raw`\b(?:try|tries)\s+(?:\w+\s+){0,3}(?:more|again)\s+to\s+(?:repair|fix|mend)`,
        String.raw`\b(?:engineers?|technicians?|workshop|repair\s+team)\s+(?:\w+\s+){0,3}?(?:have|has|had)\s+(?:had\s+)?(?:a\s+)?(?:look|go|check|inspect\w*)`,
        String.raw`\b(?:have|has|had|give|gives)\s+(?:it\s+)?(?:a\s+)?(?:look|inspect\w*|check)\s+(?:at\s+it\s+)?(?:first|again)`,
        String.raw`\b(?:inspect\w*|assess\w*)\s+(?:it|the\s+\w+)\s+first`,
      ].join("|"),
      "gi",
    ),
  ],
  [
    "fault-proof",
    new RegExp(
      [
        String.raw`\b(?:prove|proof|proving|show|showing|confirm|evidence|report|something|sumthing|anything|letter|note|declaration|statement)\b[^.!?\n]{0,60}?\b(?:wasn['\u2019]?t|was\s+not|isn['\u2019]?t|not\s+(?:caused|down\s+to|due\s+to|your)|limescale|descal\w*|misuse\w*|mis-?used|broke\s+it|your\s+(?:fault|doing)|(?:been\s+)?(?:used|cleaned|looked\s+after|maintained)\b[^.!?\n]{0,25}?\b(?:properly|correctly|in\s+line\s+with|as\s+(?:instructed|directed)|according\s+to))`,
        // The fault itself for her to have proved by someone else (s.19(14)-(15) puts that on the shop):
        // "get a little report off them saying it's the pump again".
        String.raw`\b(?:report|letter|note|something|proof|evidence)\s+(?:\w+\s+){0,3}?(?:saying|showing|confirming|that\s+says|to\s+say)\s+(?:it['\u2019]s|it\s+is|what|the\s+fault|that\s+it)`,
        // A clip, photo or video of the fault asked of her (red-team round 23 A, repeat-fault-r23-video-of-the-fault:
        // "Before I can put the refund through, the workshop just need a short clip of it on your phone… so they can
        // see for themselves it's the same fault as last time").
        String.raw`\b(?:clip|video|photos?|pictures?|footage|recording|evidence)\b[^.!?\n]{0,80}?\b(?:so\s+(?:they|we|the\s+\w+)\s+can\s+(?:see|check|confirm|verify|tell)|to\s+(?:show|prove|confirm|verify))\b`,
        String.raw`\b(?:get|have)\s+it\s+(?:looked\s+at|checked|inspected|assessed|tested)\s+by\s+(?:a|an|your)\s+(?:own\s+|local\s+|independent\s+)?(?:repair\w*|engineer|electrician|technician)`,
        // Her declaration of how she used or kept the goods (session 40; red-team round 25 A, returns-r25-confirm-
        // before-release: "could you reply confirming three things: that the frother has only ever been used with
        // milk, that it's never been through the dishwasher…"): said, confirmed, signed or sworn, what it was used
        // or run with, what was never done to it, its parts said to be the originals. Within six months the fault
        // is presumed (CRA 2015 s.19(14)-(15)); put before the remedy it is proof on her (s.31(2)(b)).
        String.raw`\b(?:confirm\w*|say(?:ing|s)?|declar\w*|statement|stat(?:e|ing)|sign\w*|swear\w*|written\s+word|in\s+writing|assur\w*|promis\w*|let(?:ting)?\s+us\s+know|from\s+(?:you|u)\s+that|(?:email|e-mail|message|note|line|reply)\s+(?:back\s+)?(?:that|saying))\b[^.!?\n]{0,60}?\b(?:(?:only\s+)?(?:ever\s+)?(?:been\s+)?(?:used|run|operated|filled|cleaned|descaled)\s+(?:with|on|for|in|as)\b|(?:never|not|(?:has|had|have|is|was|were|did|does|do)n['\u2019]?t|n['\u2019]t)\s+(?:ever\s+)?(?:been\s+)?(?:dropped|knocked|immersed|submerged|boiled\s+dry|overfilled|opened|tampered|dismantled|taken\s+apart|modified|unscrewed|fiddled|interfered|meddled|put\s+(?:in|through|under)|went\s+(?:in|through|under)|gone\s+(?:in|through|under)|through|under|in)\b|(?:parts?|base|plug|lead|cable|jug|filter|components?)\b[^.!?\n]{0,25}?\b(?:originals?|genuine|the\s+ones?\s+it\s+came\s+with)|(?:nobody|no\s+one|no-one)\s+(?:else\s+)?(?:has\s+|had\s+)?(?:ever\s+)?(?:had\s+it\s+apart|taken\s+(?:[\w-]+\s+){0,3}?apart|opened|unscrewed|fiddled|tampered|interfered|meddled|dismantled|repaired|worked\s+on|touched|fixed)|only\s+(?:[\w-]+\s+){0,3}?(?:went|goes|has\s+gone|was\s+put|were\s+put)\s+(?:in|into|through))`,
      ].join("|"),
      "gi",
    ),
  ],
  [
    "manufacturer",
    /\b(?:ring|call|phone|contact|register\s+(?:a\s+)?claim|claim|email|e-mail|get\s+in\s+touch|speak|talk|write|go\s+back|send\s+it)\b[^.!?\n]{0,25}?\b(?:the\s+)?(?:makers?|manufacturers?|brand)\b|\b(?:handled|dealt\s+with|covered|looked\s+after|sorted)\s+by\s+the\s+(?:makers?|manufacturers?)\b/gi,
  ],
  [
    "review",
    new RegExp(
      [
        String.raw`\b(?:soften\w*|delet\w*|remov\w*|amend\w*|edit\w*|chang\w*|updat\w*|tak(?:e|ing|en)\s+down|pull\w*|withdraw\w*|tone\w*\s+down|bump\w*|rais\w*|upp(?:ed|ing)|increas\w*|improv\w*|boost\w*|lift\w*|knock\w*|revis\w*|revisit\w*|reconsider\w*|rethink\w*|look\w*\s+again\s+at)\s+(?:(?:of\s+)?(?:that|the|your|ur|her|his|their|this)\s+)?(?:(?:one|1|two|2)[- ]star|(?:\w+\s+){0,2}?(?:review|rating|post|stars))\w*`,
        String.raw`\b(?:review|rating|one[- ]star|post\s+of\s+yours|post)\b[^.!?\n]{0,30}?\b(?:come|comes|coming|came|taken|be\s+taken|is\s+taken)\s+down\b`,
        String.raw`\b(?:removal|amendment|deletion|withdrawal)\s+of\s+(?:(?:the|your|her)\s+)?(?:\w+\s+)?(?:review|rating|post)\b`,
        // A better rating as the thing asked (session 37): "a better rating", "a few more stars", "your
        // review updated", "if that review was looking a bit kinder".
        String.raw`\b(?:better|higher|kinder|nicer|improved|more\s+positive|good|positive|glowing|five[- ]star|5[- ]star|5\*|four[- ]star|4[- ]star)\s+(?:review|rating|score|write-?up)s?\b`,
        String.raw`\b(?:more|another|extra|a\s+few\s+more|a\s+couple\s+(?:of\s+)?more)\s+stars?\b`,
        String.raw`\b(?:your|ur|the|that|her|his|their)\s+(?:\w+\s+){0,2}?(?:review|rating|post|one[- ]star|1[- ]star)\s+(?:updated|changed|amended|edited|revised|removed|deleted|taken\s+down|softened|improved|raised|bumped\s+up|bumped)\b`,
        String.raw`\b(?:review|rating|post)\s+(?:(?:was|were|is)\s+(?:looking\s+)?|looked\s+|looking\s+|looks\s+|read\s+|reads\s+|reading\s+)(?:(?:a\s+bit|a\s+little|slightly|a\s+lot|much|far)\s+)?(?:kinder|better|nicer|higher|friendlier|more\s+positive|fairer|(?:more\s+)?generous)\b`,
        // The rating or review said to go up or go away (session 38): "if your rating went back up", "for the
        // one star to go", "could you take the one-star down".
        String.raw`\b(?:review|rating|post|stars?|score)\s+(?:went|goes|go|going|gone|came|comes|come|moved?|crept)\s+(?:back\s+)?up\b`,
        String.raw`\b(?:the|that|your|ur)\s+(?:one[- ]star|1[- ]star|review|rating|post)\s+(?:to\s+)?(?:go|goes|disappear\w*|vanish\w*)\b(?!\s+(?:live|out|through|up|in)\b)`,
        String.raw`\b(?:take|taking|took|taken|pull\w*|get|getting|bring|bringing)\s+(?:the|that|your|ur|this|her|his)\s+(?:[\w-]+\s+){0,2}?(?:review|rating|post|one[- ]star|1[- ]star)s?\s+(?:down|off)\b`,
        // What she wrote, named for the review (folded from review-incentives.ts): "edit what you wrote about us".
        String.raw`\b(?:updat|chang|amend|edit|revis|revisit|rethink|reconsider|delet|remov)\w*\s+what\s+(?:you|u)\s+(?:wrote|posted|said|put)\b(?:\s+(?:about\s+us|online|there|on\s+\w+))?`,
        // "revisit yours" with the review named in the sentence (checked in actsIn).
        String.raw`\b(?:revisit|reconsider|rethink|updat|chang|edit|amend|bump|rais|improv)\w*\s+yours\b`,
      ].join("|"),
      "gi",
    ),
  ],
  [
    "waiver",
    /\b(?:complaint|claim|matter|case)\s+(?:is|being|has\s+been|be)\s+(?:withdrawn|dropped|closed|abandoned)\b|\b(?:agree\w*|promis\w*|confirm\w*)\s+(?:to\s+|that\s+)?(?:close|drop|withdraw|end|(?:this|it)\s+(?:closes|ends|settles))\b[^.!?\n]{0,25}?\b(?:complaint|claim|matter|case|it)\b|\b(?:close|drop|withdraw|abandon)\s+(?:the|your|this)\s+(?:complaint|claim|case|matter)\b|\bthis\s+(?:closes|ends|settles)\s+(?:the|this|your)\s+(?:matter|complaint|case)\b/gi,
  ],
  [
    // Her giving up going further, in any words (session 37): "you won't pursue this any further", "that's
    // the end of the matter", "draws a line under everything", "settlement of all claims", "no comebacks",
    // "the last we hear of this", "leave things there".
    "waiver",
    new RegExp(
      [
        String.raw`\b(?:you|u|cust(?:omer)?|she|he)(?:['\u2019]re|['\u2019]ll|['\u2019]d)?\s+(?:(?!(?:we|i|they)\b)[\w'\u2019]+\s+){0,5}?(?:won['\u2019]?t|will\s+not|wont|don['\u2019]?t|do\s+not|not\s+to|never|cannot|can['\u2019]?t|cant|no\s+longer)\s+(?:be\s+able\s+to\s+)?(?:be\s+)?(?:\w+\s+){0,1}?(?:pursu\w*|tak(?:e|es|ing)|rais\w*|complain\w*|chas\w*|escalat\w*|com(?:e|ing)\s+back|go(?:ing)?|bring\w*|claim\w*|contact\w*)\b[^.!?\n]{0,35}?\b(?:further|again|more|else|anyone|elsewhere|any\s+other)\b`,
        // "we'll call it all square between us", "that makes us quits"
        String.raw`\b(?:call(?:ing)?\s+it|we['\u2019]re|we\s+are|we['\u2019]ll\s+be|that['\u2019]s\s+us|that\s+makes\s+us)\s+(?:all\s+)?(?:square|quits|even)\b`,
        String.raw`\bno\s+(?:further|more)\s+(?:action|claims?|complaints?|comebacks?)\s+(?:will|can|is\s+to|are\s+to|to)\s+be\b|\bno\s+comebacks?\b`,
        String.raw`\bnothing\s+(?:further|else|more)\s+(?:can|will|could|may|is\s+to)\s+be\s+(?:raised|claimed|pursued|brought)\b`,
        // Session 38: "on the basis that this is the final word on the frother", "full and final settlement",
        // "we'd expect that to be it", "no more complaints about the machine", "agree to put this behind us".
        String.raw`\b(?:that['\u2019]?s|that\s+is|this\s+is|it['\u2019]?s|it\s+is|means|be|being)\s+the\s+(?:final|last)\s+word\b|\bfull\s+and\s+final\b|\b(?:expect|consider|take|treat)\w*\s+(?:that|this|it)\s+(?:to\s+be|as)\s+(?:it|the\s+end|final|closed|settled)\b|\bno\s+(?:more|further)\s+(?:complaints|claims|comebacks)\b|\bput\s+(?:this|it|that|the\s+(?:matter|complaint|whole\s+thing))\s+behind\s+us\b`,
        String.raw`\b(?:that['\u2019]?s|that\s+is|this\s+is|it['\u2019]?s|it\s+is|means|be|being)\s+the\s+(?:end|last)\s+of\s+(?:it|this|that|the\s+matter|the\s+complaint|your\s+complaint|things|the\s+whole\s+thing)\b|\bthe\s+last\s+(?:we|I)\s+(?:hear|will\s+hear)\b|\b(?:won['\u2019]?t|will\s+not|don['\u2019]?t)\s+(?:expect\s+to\s+)?hear\s+(?:about|of)\s+(?:it|this|that)\s+again\b`,
        String.raw`\bdraws?\s+a\s+line\s+under\b|\bleave\s+(?:things|it|matters)\s+there\b`,
        String.raw`\b(?:settlement|settles?|settling|clos\w*\s+off|discharg\w*|extinguish\w*)\s+(?:of\s+)?(?:all|any)\s+(?:other\s+|further\s+)?(?:claims?|complaints?)\b|\b(?:complaint|matter|claim|case)\s+(?:settled|closed\s+for\s+good)\b`,
        String.raw`\bagree\w*\s+(?:that\s+)?(?:this|it|the\s+(?:matter|complaint|case))\s+is\s+(?:closed|settled|over|finished|done)\b`,
      ].join("|"),
      "gi",
    ),
  ],
  [
    // The refund left to a manager's say-so (red-team round 22 C, complaint-r22h-manager-signs-off: "Refunds
    // have to be signed off by my manager… If she approves it we will let you know"; "refunds on electricals
    // go to my team leader for a decision"; "whether we can refund is down to my manager").
    "approval",
    new RegExp(
      [
        String.raw`\b(?:${APPROVER}|she|he|they)\b[^.!?\n]{0,20}?\b(?:approv(?:e|es|ing)|agree(?:s|ing)?|authori[sz](?:e|es|ing)|signs?\s+(?:it\s+|this\s+|them\s+)?off|okays?|ok['\u2019]?s|says?\s+yes|decides?|gives?\s+(?:it\s+)?the\s+go-ahead)\b`,
        String.raw`\b(?:signed\s+off|approved|authori[sz]ed|agreed|okayed|cleared)\s+by\s+(?:my|the|our|a|your)\s+(?:${APPROVER})\b`,
        String.raw`\b(?:down\s+to|up\s+to|at\s+the\s+discretion\s+of)\s+(?:my|the|our|a)\s+(?:${APPROVER})\b|\b(?:go|goes|going|sent|send|pass(?:ed)?|refer(?:red)?)\s+(?:\w+\s+){0,2}?to\s+(?:my|the|our|a)\s+(?:${APPROVER})\s+for\s+(?:a\s+)?(?:decision|approval|sign-?off|authori[sz]ation)\b|\b(?:${APPROVER})['\u2019]s\s+(?:decision|discretion|approval|say-?so|sign-?off|authori[sz]ation)\b`,
      ].join("|"),
      "gi",
    ),
  ],
  [
    // Our own check made the condition where the law presumes the fault (session 37): "once our technician
    // has confirmed there's a fault", "subject to inspection", "pending engineer's report", "once it's
    // tested", "depends on what the workshop finds".
    "inspection",
    new RegExp(
      [
        // Session 38: said, told or signed off as well as confirmed ("say the frother is definitely faulty",
        // "agree its a fault", "confirms there's nothing you did to cause it", "signed the kettle off as faulty").
        String.raw`\b(?:confirm\w*|found|finds?|agree\w*|verif\w*|establish\w*|diagnos\w*|satisfied|says?|said|tells?\s+us|report\w*|certif\w*|declar\w*|shows?|showed|shown|proves?|proved|proven)\s+(?:that\s+)?(?:there['\u2019]?s\s+a\s+(?:\w+\s+)?(?:fault|defect)|there\s+is\s+a\s+(?:\w+\s+)?(?:fault|defect)|(?:it|its|the\s+\w+)(?:['\u2019]s|\s+is|\s+was)?\s+(?:(?:definitely|genuinely|really|actually|properly|in\s+fact)\s+)?(?:faulty|defective|broken|dead|kaput|a\s+(?:genuine\s+|real\s+|manufacturing\s+)?(?:fault|defect))|(?:it|its|the\s+\w+)(?:['\u2019]s|\s+has|\s+had|\s+is|\s+was)?\s+(?:(?:really|definitely|actually|genuinely|in\s+fact)\s+)?(?:failed|given\s+(?:out|up)|died|packed\s+(?:up|in)|gone\s+wrong|gone\s+faulty|broken\s+down|stopped\s+working|conked\s+out|burnt\s+out|burned\s+out|blown)|a\s+(?:\w+\s+)?(?:fault|defect)|the\s+(?:fault|defect)|fault|(?:there['\u2019]?s|there\s+is|there\s+was)\s+nothing\s+(?:you|she|he)\s+did|(?:you|she|he)\s+(?:didn['\u2019]?t|did\s+not)\s+(?:cause|break|damage)|(?:the\s+)?(?:second\s+|other\s+|double\s+|duplicate\s+)?(?:payment|charge)\s+was\s+(?:a|an|our)\s+(?:\w+\s+)?(?:error|mistake|duplicate|glitch))\b`,
        // Session 42 (session 41's held-out miss was one piece of test kit): the goods put on, or hooked up to, a
        // machine or kit that tests them, or that kit's finding ("the fault-finding kit… confirms").
        String.raw`\b(?:on|onto|up\s+to|through|to|by|in)\s+(?:a|an|the|our|their|its)\s+(?:[\w-]+\s+){0,2}?(?:test(?:ing)?|diagnostic|fault[-\s]?finding)\s+(?:rig|jig|bench|machine|station|kit|equipment|unit|set-?up)s?\b`,
        String.raw`\bsign\w*\s+(?:it|them|the\s+\w+)\s+off\s+as\s+(?:faulty|defective|broken|dead|kaput|not\s+working|a\s+(?:genuine\s+)?fault)\b`,
        // Session 41 (red-team round 26 A, complaint-r26-makers-bench-test: "as soon as their bench test confirms the
        // element has failed… the refund is released"): someone else's test or finding, not only ours (a maker's
        // service centre, a supplier, a lab, an agent), and the goods put through a test first. Within six months
        // the fault is presumed (CRA 2015 s.19(14)-(15)); the refund cannot wait on anyone confirming it (s.31(2)(b)).
        String.raw`\b(?:been|go(?:es|ne)?|went|going|put)\s+through\s+(?:a|an|the|our|their|its)\s+(?:[\w-]+\s+)?(?:tests?|testing|checks?|inspection|diagnostics?|assessment)\b`,
        String.raw`\b(?:engineer|technician|workshop|tech|repair|service|agent|lab|laborator\w*|supplier|maker|manufacturer|centre|center)\w*(?:['\u2019]s?|s['\u2019])\s+(?:[\w-]+\s+)?(?:report|verdict|findings?|tests?|test\s+results|results|assessment|diagnosis|check|say-?so|go-?ahead|sign-?off|confirmation|opinion)\b`,
        // What went wrong found out first (for Tom, the bot or the payment system): "once our tech team has got to
        // the bottom of it", "when we've worked out what went wrong".
        String.raw`\b(?:got|get|getting|gets)\s+to\s+the\s+bottom\s+of\b|\b(?:found|find|finds|work\w*|figur\w*|establish\w*|pinpoint\w*)\s+(?:out\s+)?what\s+(?:went|has\s+gone|['\u2019]s\s+gone|caused|happened)\b`,
        String.raw`\b(?:fault|defect)\s+(?:is|has\s+been|was|being|gets?)\s+(?:confirmed|found|verified|established|diagnosed|identified)\b`,
        String.raw`\b(?:is|be|been|being|get\s+it|gets?\s+it|have\s+it|had\s+it|got\s+it|getting\s+it)\s+(?:\w+\s+)?(?:tested|inspected|examined|assessed|diagnosed|checked(?:\s+over|\s+out)?|looked\s+(?:at|over))\b`,
        String.raw`\b(?:(?:engineer|technician|workshop|tech|repair|service)\w*['\u2019]?s?\s+)?(?:inspection|assessment|examination|diagnos(?:is|tics?)|testing)\b(?!\s+(?:fee|charge))`,
        String.raw`\b(?:engineer|technician|workshop|tech|repair|service|lab|laborator\w*|supplier|QA|quality)\w*['\u2019]?s?\s+(?:report|verdict|findings?|check|say-so|go-?ahead|sign-?off|confirmation|approval|opinion|ok|okay)\b`,
        String.raw`\bwhat(?:ever)?\s+(?:the|our|they|we)\s+(?:\w+\s+)?(?:find|finds|found|say|says|decide|decides|conclude\w*)\b`,
        String.raw`\b(?:(?:we|they|I|he|she)(?:['\u2019]ve|\s+have|\s+has)\s+(?:\w+\s+)?(?:tested|inspected|examined|assessed|checked(?:\s+over|\s+out)?|looked\s+(?:at|over))|test|inspect|examine|assess|diagnose|check\s+over|check\s+out)\s+(?:it|them|the\s+\w+|returned\s+\w+|your\s+\w+)\b(?<!\b(?:order|records?|account|details|system|payment|notes))`,
      ].join("|"),
      "gi",
    ),
  ],
  [
    "fee",
    /£\s?\d[\d.,]*\s+(?:(?:processing|admin|administration|handling|inspection|restocking|request|call-out|collection|booking)\s+)?(?:fee|charge)\b|\b(?:processing|admin|administration|handling|inspection|restocking|request|call-out|collection|booking)\s+(?:fee|charge)\b|\b(?:fee|charge)\s+of\s+(?:£\s?)?\d+|\bpay\s+(?:\w+\s+){0,2}?(?:the\s+)?fee\b/gi,
  ],
  [
    "route",
    /\b(?:(?:request|online|paper|the|a|our)\s+)?(?:(?:returns?|refund|claim|request)\s+)?form\b(?!\s+of)|\b(?:signed\s+)?letter\b|\bin\s+writing\b|\bby\s+post\b|\b(?:ring|rung|call|called|phone|phoned)\s+(?:our|the|us|in)\b(?!\s+(?:makers?|manufacturers?|brand))|\btell\s+us\s+(?:what|why)\s+you\s+(?:need|want)\b/gi,
  ],
  [
    // A call, chat or visit put before the refund (session 39): "give our returns line a quick ring", "hear from
    // you on the phone", "a phone verification from you", "book a short call", "come into the store". The right to
    // reject is exercised by any clear indication (CRA 2015 s.20(5)-(6)); she has given one in writing.
    "route",
    new RegExp(
      [
        String.raw`\b(?:give|giving|gives|pop|popping)\s+(?:us\s+|our\s+(?:[\w-]+\s+){0,2}?|the\s+(?:[\w-]+\s+){0,2}?)(?:a\s+)?(?:quick\s+|short\s+|brief\s+)?(?:ring|call|bell|buzz|phone)\b`,
        String.raw`\b(?:phone|telephone|video|zoom|teams)[- ]?(?:call|chat|conversation|verification|check|appointment|interview)\b`,
        String.raw`\b(?:on|over|by|via)\s+(?:the\s+)?(?:phone|telephone)\b|\bon\s+a\s+(?:quick\s+|short\s+|brief\s+)?(?:call|video\s+call)\b`,
        String.raw`\b(?:book|booked|booking|arrange|arranged|have|had|jump\s+on|hop\s+on)\s+(?:a|an)\s+(?:quick\s+|short\s+|brief\s+)?(?:call|chat|appointment)\b`,
        String.raw`\b(?:come|coming|pop|popping|call|drop|dropping|bring|bringing|take|taking)\s+(?:it\s+|them\s+|the\s+\w+\s+|in\s+)?(?:in)?to\s+(?:\w+\s+){0,3}?(?:stores?|shops?|branch(?:es)?)\b|\bvisit\w*\s+(?:a|one\s+of\s+our|our|the)\s+(?:\w+\s+)?(?:stores?|shops?|branch(?:es)?)\b`,
      ].join("|"),
      "gi",
    ),
  ],
  [
    "self-service",
    /\b(?:the\s+)?link\b|\buntick\w*|\b(?:account|email|marketing)\s+settings\b|\bpreferences?\s+(?:page|centre)\b|\blog(?:ging)?\s+in\b|\breply(?:ing)?\s+stop\b/gi,
  ],
];

/** The link: a condition or time clause whose own clause holds the act. */
const CONDITION =
  /\b(?:only\s+(?:[\w'\u2019]+\s+){0,3}?(?:if|once|when|after)|once|as\s+soon\s+as|when(?:ever)?|after|if|provided(?:\s+that)?|providing|as\s+long\s+as|so\s+long\s+as|the\s+(?:moment|minute|second|instant|day)|upon|on\s+condition(?:\s+that)?|in\s+(?:return|exchange)\s+for|subject\s+to|pending|following|on\s+(?:removal|return|receipt|payment|completion)\s+of|assuming(?:\s+that)?|depend(?:s|ing|ent)?\s+(?:up)?on|on\s+the\s+(?:understanding|basis|condition)\s+that|in\s+return|wait(?:s|ing)?\s+(?:on|for|until|till)|where\s+(?:the\s+customer|customers|you|people|they)(?:\s+has|\s+have|['\u2019]ve)|(?:customers|people|anyone|those|items|returns|orders)\s+(?:who|that|which))\b/gi;
/** A refusal lifted only by the act: "won't… until", "can't… unless", "Without that I'm not able to". */
const UNLESS = /\b(?:until|till|unless|without)\b/gi;
/**
 * A refusal: `n['\u2019]?t\b|\bnot\b|\bunable\b|\bcannot\b|\bno\s+way\b` (case aside), read by refusedBetween.
 * Its words without their edges, each with whether it needs a word edge before it ("not", not "n't").
 */
const REFUSAL_CORES: [RegExp, boolean][] = [
  [/n['\u2019]?t/iy, false],
  [/not/iy, true],
  [/unable/iy, true],
  [/cannot/iy, true],
  [/no\s+way/iy, true],
];
const wordAt = (text: string, at: number) => at >= 0 && at < text.length && /\w/.test(text[at]!);
type Refusals = {
  /** The least end of a refusal whose edges hold wherever the span is cut, starting at or after each place. */
  leastEnd: Int32Array;
  /** The others, by start and by end: they count only when the span starts or ends just there. */
  byStart: Map<number, { start: number; end: number; lead: boolean }[]>;
  byEnd: Map<number, { start: number; end: number; lead: boolean }[]>;
};
function refusalsOf(unit: string): Refusals {
  const leastEnd = new Int32Array(unit.length + 1).fill(unit.length + 1);
  const byStart = new Map<number, { start: number; end: number; lead: boolean }[]>();
  const byEnd = new Map<number, { start: number; end: number; lead: boolean }[]>();
  for (let at = unit.length - 1; at >= 0; at--) {
    leastEnd[at] = leastEnd[at + 1]!;
    if (!/[ncu]/i.test(unit[at]!)) continue;
    for (const [core, lead] of REFUSAL_CORES) {
      core.lastIndex = at;
      const m = core.exec(unit);
      if (!m) continue;
      const found = { start: at, end: at + m[0].length, lead };
      const leadHolds = !lead || !wordAt(unit, at - 1);
      const endHolds = !wordAt(unit, found.end);
      if (leadHolds && endHolds) leastEnd[at] = Math.min(leastEnd[at]!, found.end);
      else {
        byStart.set(at, [...(byStart.get(at) ?? []), found]);
        byEnd.set(found.end, [...(byEnd.get(found.end) ?? []), found]);
      }
    }
  }
  return { leastEnd, byStart, byEnd };
}
/**
 * Whether a refusal is said in `unit.slice(from, to)` (as the pattern above would find it there), answered from one reading of the unit (session 47). A refusal counts in
 * the span when it lies in it and its word edges hold there: the span's own ends are edges, so one whose edge
 * fails inside the unit counts only when the span starts or ends just at it. Asked of the span from each
 * "until" or "unless" to each remedy for each act, the test read the span every time; a sentence of "refund
 * until receipt" repeated took 1.4 s at 2,000 characters. Exported for its test, which compares the two.
 */
export function refusedBetween(unit: string, from: number, to: number): boolean {
  const lo = Math.min(Math.max(from, 0), unit.length);
  const hi = Math.min(to, unit.length);
  if (hi <= lo) return false;
  const refusals = remembered(memoOf(unit).refusals, 0, () => refusalsOf(unit));
  if (refusals.leastEnd[lo]! <= hi) return true;
  const counts = (r: { start: number; end: number; lead: boolean }) =>
    r.start >= lo &&
    r.end <= hi &&
    (!r.lead || r.start === lo || !wordAt(unit, r.start - 1)) &&
    (r.end === hi || !wordAt(unit, r.end));
  return (refusals.byStart.get(lo) ?? []).some(counts) || (refusals.byEnd.get(hi) ?? []).some(counts);
}
/**
 * SET_ASIDE's words one by one (it is `\b(?:these)\b[^.!?]*$`, case aside): each starts and ends with a letter.
 */
const SET_ASIDE_CORES: RegExp[] = [
  /no/iy,
  /not/iy,
  /never/iy,
  /nothing/iy,
  /don['\u2019]?t/iy,
  /do\s+not/iy,
  /doesn['\u2019]?t/iy,
  /won['\u2019]?t/iy,
  /needn['\u2019]?t/iy,
  /without\s+needing/iy,
  /no\s+need/iy,
  /instead\s+of/iy,
  /rather\s+than/iy,
];
type SetAsides = {
  /** The least end of a setting aside whose word edges hold in the unit, starting at or after each place. */
  leastEnd: Int32Array;
  /** Every setting aside by its start (ends) and by its end (starts), for spans cut at one. */
  endsFrom: Map<number, number[]>;
  startsTo: Map<number, number[]>;
  /** Per place: the last ".", "!" or "?" before it (-1: none). */
  lastStop: Int32Array;
};
function setAsidesOf(unit: string): SetAsides {
  const n = unit.length;
  const leastEnd = new Int32Array(n + 1).fill(n + 1);
  const endsFrom = new Map<number, number[]>();
  const startsTo = new Map<number, number[]>();
  for (let at = n - 1; at >= 0; at--) {
    leastEnd[at] = leastEnd[at + 1]!;
    if (!/[dinrw]/i.test(unit[at]!)) continue;
    for (const core of SET_ASIDE_CORES) {
      core.lastIndex = at;
      const m = core.exec(unit);
      if (!m) continue;
      const end = at + m[0].length;
      if (!wordAt(unit, at - 1) && !wordAt(unit, end)) leastEnd[at] = Math.min(leastEnd[at]!, end);
      endsFrom.set(at, [...(endsFrom.get(at) ?? []), end]);
      startsTo.set(end, [...(startsTo.get(end) ?? []), at]);
    }
  }
  const lastStop = new Int32Array(n + 1);
  let stop = -1;
  for (let at = 0; at <= n; at++) {
    lastStop[at] = stop;
    if (at < n && /[.!?]/.test(unit[at]!)) stop = at;
  }
  return { leastEnd, endsFrom, startsTo, lastStop };
}
/**
 * `SET_ASIDE.test(unit.slice(from, to))`, answered from one reading of the unit (session 48). A setting aside
 * counts when it lies after the span's last ".", "!" or "?" (none of its words holds one) and its word edges
 * hold there; the span's own ends are edges. Asked of the lead before each act from each condition, the
 * pattern read the lead from every place: a 3,990-character sentence of acts, remedies and link words cost
 * 0.2-0.6 s of processor. Exported for its test, which compares the two.
 */
export function setAsideBetween(unit: string, from: number, to: number): boolean {
  const hi = Math.min(to, unit.length);
  const start = Math.min(Math.max(from, 0), unit.length);
  if (hi <= start) return false;
  const asides = remembered(memoOf(unit).setAsides, 0, () => setAsidesOf(unit));
  const lo = Math.max(start, asides.lastStop[hi]! + 1);
  if (hi <= lo) return false;
  if (asides.leastEnd[lo]! <= hi) return true;
  if ((asides.endsFrom.get(lo) ?? []).some((end) => end === hi || (end < hi && !wordAt(unit, end))))
    return true;
  return (asides.startsTo.get(hi) ?? []).some((at) => at === lo || (at > lo && !wordAt(unit, at - 1)));
}
const BEFORE = /\b(?:before|prior\s+to)\b/gi;
/** The act asked for in the remedy's breath: a need, an instruction, a request. */
const DEMAND =
  /\b(?:(?:just\s+)?need\s+(?:you|u)\s+to|(?:you|u)(?:['\u2019]ll|\s+will|['\u2019]d|\s+would)?\s+(?:just\s+)?(?:need|have)\s+to|(?:you|u)\s+must|must\s+(?:first\s+)?(?:pay|send|provide|show|fill|complete|confirm|contact|ring|call)|please|pls|plz|could\s+you|can\s+you|would\s+you\s+(?:mind|consider|be\s+able\s+to|be\s+willing\s+to)|(?:i|we|he|she|they|manager|team)(?:['\u2019]d|\s+would)\s+(?:like|want|love)\s+to\s+see|all\s+(?:we|I)(?:['\u2019]d|\s+would)?\s+(?:ask|want|need)(?:\s+in\s+return)?\s+is|(?:i|we)(?:['\u2019]d|\s+would)\s+(?:just\s+)?ask\s+that|(?:cust|customer|she|he)\s+to\s+(?:confirm|agree|send|provide|sign|show|return|bring|pay|call|ring|fill)|(?:we|i)(?:['\u2019]d|\s+would|['\u2019]ll|\s+will)?\s+(?:just\s+|only\s+|first\s+)?(?:need|want|require|ask(?:\s+that)?)|we\s+(?:just\s+)?ask\s+that\s+you|needs\s+you\s+to|all\s+(?:it|that|we|I)\s+needs?\s+(?:now\s+|still\s+)?is|the\s+only\s+thing\s+(?:we\s+need|needed|left|missing)\s+is|(?:it|that)\s+just\s+needs|what\s+(?:I|we)(?:['\u2019]ll|\s+will|['\u2019]d|\s+would)?\s+need\s+is|get\s+you\s+to|best\s+thing\s+is\s+to|(?:just\s+)?(?:drop|send|shoot|ping|write)\s+(?:us|me)\s+(?:a\s+|an\s+)?(?:quick\s+|short\s+)?(?:line|message|email|e-mail|note|reply)(?:\s+back)?|reply\s+(?:to\s+(?:this|my)\s+(?:email|e-mail|message)\s+)?(?:to\s+say|saying|confirming|letting)|there['\u2019]?s\s+(?:an?\s+)?(?:£\s?\d[\d.,]*\s+)?\w*\s*(?:fee|charge)\s+to\s+pay)\b/i;
const FIRST = /\bfirst\b/i;
/** A clause ends at these; a condition's clause does not run into the next one. */
const CLAUSE_END =
  /[;:\u2013\u2014]|,\s*(?:and|but|so|then)\b|\s-\s(?=\S)|\b(?:but|so)\b|\band\s+(?:then|you|we|I|they)\b|,/i;
/** Words pointing back to an act said just before: "once that's in", "Without that…", "before I do". */
const ANAPHOR = /^\s*(?:that|this|so)\b|^\s*(?:i|we|you)\s+do\b/i;

/** The link denied, or the act left to her: nothing waits on it. */
const DENIED_LINK =
  /\b(?:isn['\u2019]?t|is\s+not|won['\u2019]?t\s+be|not)\s+waiting\s+(?:on|for)\b|\bdoes(?:n['\u2019]?t|\s+not)\s+depend\b|\bwon['\u2019]?t\s+hold\s+(?:up|back)\b|\bwhether\s+or\s+not\b|\beither\s+way\b|\bregardless\b|\bno\s+matter\s+(?:what|whether)\b/i;
const CHOICE =
  /\b(?:up\s+to\s+you|your\s+(?:choice|call|decision)|no\s+pressure|feel\s+free|if\s+you\s+(?:ever\s+)?(?:want|wish|prefer|like|fancy|choose|feel\s+like|happen\s+to|are\s+happy\s+to)|if\s+you['\u2019]re\s+happy\s+to|if\s+you['\u2019]d\s+(?:like|prefer|rather)|if\s+you\s+would\s+(?:like|prefer|rather)|if\s+it['\u2019]s\s+easier|you\s+can\s+also)\b/i;
/** The act set aside just before it (read by setAsideBetween; exported for its test). */
export const SET_ASIDE =
  /\b(?:no|not|never|nothing|don['\u2019]?t|do\s+not|doesn['\u2019]?t|won['\u2019]?t|needn['\u2019]?t|without\s+needing|no\s+need|instead\s+of|rather\s+than)\b[^.!?]*$/i;
/** Something already done is history, not a precondition: "since the repair didn't work". */
const PAST_ATTEMPT =
  /\b(?:didn['\u2019]?t|did\s+not|hasn['\u2019]?t|has\s+not|failed|already|since\s+the)\b/i;
/** Words that look like a thing but are not: "on receipt of", "untick the box". */
const NOT_A_THING =
  /\b(?:on|upon|after|following|from|of|within)\s+$|\b(?:tick|untick|ticking|unticking)\s+(?:\w+\s+)?$/i;

type Found = { kind: ObligationKind; start: number; end: number; text: string };

/**
 * Every match of a global pattern, as `matchAll` gives them, without the copy of the pattern `matchAll` makes
 * on each call (session 47): a copy of each of the thirteen kinds' patterns for every sentence was most of the
 * cost of a message of 800 short lines. Nothing is read between the matches, so the pattern's own position is
 * free to use; it is left at 0.
 */
function allMatches(text: string, re: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === "") re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

/**
 * What linkOf asks again for each act and remedy tried, remembered for the unit being read (session 47): its
 * conditions, refusals and "before"s, the clause around and before a place, whether an act is set aside from
 * a place, the demand before an act. Each answer is the same function of the same unit and places as before;
 * asked afresh, they made a sentence of many acts and remedies cost acts x remedies x its length (a 4,000-
 * character sentence of "refund; receipt" took 2.7 s of the server's thread, about eleven times a message:
 * CWE-407). Only the unit last read is kept.
 */
type UnitMemo = {
  unit: string;
  matches: Map<RegExp, RegExpExecArray[]>;
  starts: Map<number, number>;
  froms: Map<number, number>;
  arounds: Map<number, string>;
  asides: Map<number, boolean>;
  demands: Map<number, RegExpExecArray | null>;
  refusals: Map<0, Refusals>;
  links: Map<number, Links>;
  subjects: Map<0, Int32Array>;
  choices: Map<number, boolean>;
  setAsides: Map<0, SetAsides>;
};
const noMemo = (unit: string): UnitMemo => ({
  unit,
  matches: new Map(),
  starts: new Map(),
  froms: new Map(),
  arounds: new Map(),
  asides: new Map(),
  demands: new Map(),
  refusals: new Map(),
  links: new Map(),
  subjects: new Map(),
  choices: new Map(),
  setAsides: new Map(),
});
let memo = noMemo("");
function memoOf(unit: string): UnitMemo {
  if (memo.unit !== unit) memo = noMemo(unit);
  return memo;
}
function remembered<K, V>(map: Map<K, V>, key: K, read: () => V): V {
  if (map.has(key)) return map.get(key)!;
  const value = read();
  map.set(key, value);
  return value;
}
/** `[...unit.matchAll(re)]` for one of this file's global patterns, read once per unit. */
function matchesOf(unit: string, re: RegExp): RegExpExecArray[] {
  return remembered(memoOf(unit).matches, re, () => allMatches(unit, re));
}

function actsIn(unit: string, quoted: (at: number) => boolean): Found[] {
  const out: Found[] = [];
  for (const [kind, re] of ACTS) {
    for (const m of allMatches(unit, re)) {
      const at = m.index!;
      if (quoted(at)) continue;
      const before = unit.slice(0, at);
      if (kind === "thing") {
        if (NOT_A_THING.test(before)) continue;
        // "any box will do", "a box": any container; but "a receipt", "a proof of purchase" is still the one asked.
        if (/\b(?:any|whatever|some|an\s+old)\s+(?:\w+\s+)?$/i.test(before)) continue;
        if (/\ba\s+(?:\w+\s+)?$/i.test(before) && !/receipt|proof|boxed/i.test(m[0])) continue;
        if (DOES_NOT_MATTER.test(unit.slice(at + m[0].length))) continue;
      }
      if (kind === "repair-first" && PAST_ATTEMPT.test(clauseAround(unit, at))) continue;
      // "…so I can close the case": our own admin, not hers to do.
      if (
        kind === "waiver" &&
        /^(?:close|drop|withdraw|abandon|agree|promis|confirm)/i.test(m[0]) &&
        /\b(?:i|we)(?:['\u2019](?:ll|d|ve|m|re))?\s+(?:[\w'\u2019]+\s+){0,2}$/i.test(before)
      )
        continue;
      if (kind === "review" && /yours$/i.test(m[0]) && !/\b(?:review|rating|stars?)\b/i.test(unit)) continue;
      // "Can you confirm the fault is the light?": her telling us the fault, not our check put first.
      if (kind === "inspection" && /\b(?:you|u)\b[^.!?]{0,20}$/i.test(before)) continue;
      // "take another look at what you wrote" is the review, not the goods.
      if (
        kind === "repair-first" &&
        /^\s*at\s+(?:what\s+you|your\s+(?:review|rating|post))/i.test(unit.slice(at + m[0].length))
      )
        continue;
      out.push({ kind, start: at, end: at + m[0].length, text: m[0] });
    }
  }
  return out;
}

/** The clause holding `at`: from the last clause break before it to the next one after it. */
function clauseAround(unit: string, at: number): string {
  return remembered(memoOf(unit).arounds, at, () => clauseAroundRead(unit, at));
}
function clauseAroundRead(unit: string, at: number): string {
  const before = unit.slice(0, at);
  const breaks = [...before.matchAll(/[.!?;:\u2013\u2014]|,\s*(?:and|but|so)\b|\b(?:but|so)\b|,/g)];
  const from =
    breaks.length > 0 ? breaks[breaks.length - 1]!.index! + breaks[breaks.length - 1]![0].length : 0;
  const after = unit.slice(at);
  const next = /[.!?;:\u2013\u2014]|,/.exec(after);
  return unit.slice(from, at + (next ? next.index : after.length));
}

/** Whether the act is set aside or left to her in its own clause. */
function setAside(unit: string, act: Found, from: number): boolean {
  const key = act.start * (unit.length + 1) + Math.max(from, 0);
  return remembered(memoOf(unit).asides, key, () => setAsideRead(unit, act, from));
}
function setAsideRead(unit: string, act: Found, from: number): boolean {
  const lead = unit.slice(Math.max(from, 0), act.start);
  if (setAsideBetween(unit, Math.max(from, 0), act.start) || negatedThingBefore(lead)) return true;
  return remembered(memoOf(unit).choices, act.start, () => CHOICE.test(clauseAround(unit, act.start)));
}

/** The clause a link opens, up to its clause end or the remedy said after it. */
function clauseFrom(unit: string, from: number): number {
  return remembered(memoOf(unit).froms, from, () => clauseFromRead(unit, from));
}
function clauseFromRead(unit: string, from: number): number {
  const rest = unit.slice(from).replace(/^[\s,\-\u2013\u2014:]+/, "");
  const skipped = unit.length - from - rest.length;
  const end = CLAUSE_END.exec(rest);
  return from + skipped + (end ? end.index : rest.length);
}

type Link = { start: number; end: number };

/** How the remedy at `r` is made to wait on the act, or null. */
/**
 * The conditions and refusals that can tie `act` to some remedy, in the order said: those the loops of linkOf
 * below would pass over whatever the remedy are left out (session 47). A condition is passed over when it
 * offers a choice, denies the wait, holds neither the act nor a pointer back to it in its clause, or the act
 * is set aside from it; none of these depends on the remedy. (The remedy can only end the clause sooner, at its
 * own first letter, which starts a word or is "£", so a pointer back read in the shorter clause is read in the
 * whole one too.) A refusal is passed over when the act is neither in its clause nor pointed back to, or set
 * aside there. A "before" is passed over when the act is set aside from it. Each act was tried against every remedy, and each try read every condition of the unit again.
 */
function linksFor(unit: string, act: Found): Links {
  const key = act.start * (unit.length + 1) + act.end;
  return remembered(memoOf(unit).links, key, () => {
    const conditions: Tie[] = [];
    for (const c of matchesOf(unit, CONDITION)) {
      const at = c.index!;
      const open = at + c[0].length;
      if (CHOICE.test(unit.slice(at, open + 30))) continue;
      // "You won't have to wait for the inspection": the wait itself denied.
      if (/^wait/i.test(c[0]) && refusedBetween(unit, clauseStart(unit, at), at)) continue;
      const end = clauseFrom(unit, open);
      const points = ANAPHOR.test(unit.slice(open, end));
      const mayHold = (act.start >= at && act.start < end) || (act.end <= at && points);
      if (mayHold && !setAside(unit, act, act.start >= at ? open : act.start))
        conditions.push({ words: c[0], at, open, end, points });
    }
    const refusals: Tie[] = [];
    for (const u of matchesOf(unit, UNLESS)) {
      const at = u.index!;
      const open = at + u[0].length;
      const end = clauseFrom(unit, open);
      const inClause = act.start >= open && act.start < end;
      const points = ANAPHOR.test(unit.slice(open, end));
      if (!inClause && !(act.end <= at && points)) continue;
      if (!(inClause && setAside(unit, act, open))) refusals.push({ words: u[0], at, open, end, points });
    }
    // Whether each refusal's window holds a refusal when the remedy is after it and ends in its clause (the
    // window is then its own): the first that does, with none before it ending sooner, is the answer.
    const alone = refusals.map((u) => refusedBetween(unit, Math.max(0, u.at - 60), u.end));
    const firstAlone = alone.indexOf(true);
    const leastEnd: number[] = [];
    for (const [i, u] of refusals.entries()) leastEnd.push(Math.min(u.end, i > 0 ? leastEnd[i - 1]! : u.end));
    const runEnd = refusals.map((u, i) => {
      let j = i + 1;
      while (j < refusals.length && refusals[j]!.end === u.end) j++;
      return j;
    });
    const befores: Tie[] = [];
    for (const b of matchesOf(unit, BEFORE)) {
      const at = b.index!;
      const open = at + b[0].length;
      const end = clauseFrom(unit, open);
      if (!setAside(unit, act, act.start < at ? clauseStart(unit, act.start) : end))
        befores.push({ words: b[0], at, open, end, points: ANAPHOR.test(unit.slice(open, end)) });
    }
    return {
      conditions,
      refusals,
      firstAlone: firstAlone < 0 ? refusals.length : firstAlone,
      leastEnd,
      runEnd,
      befores,
    };
  });
}
/**
 * A link word's place: its start, the end of its words, the end of the clause it opens, and whether that
 * clause points back to an act said before it ("once that's in").
 */
type Tie = { words: string; at: number; open: number; end: number; points: boolean };
type Links = {
  conditions: Tie[];
  refusals: Tie[];
  /** The first refusal whose own window holds a refusal (or none: their number). */
  firstAlone: number;
  /** The least clause end of the refusals up to each. */
  leastEnd: number[];
  /** For each refusal, the place after the last of those next to it with the same clause end. */
  runEnd: number[];
  befores: Tie[];
};

/**
 * Whether `unit.slice(from, to)` holds a subject of the main clause: " we ", " I ", " our team ", " the shop "
 * (`\s(?:we|i|our\s+\w+|the\s+(?:team|shop|store|workshop))\s`, case aside). The pattern looks at nothing
 * outside its match and a match from a place is one only (each word starts with its own letter), so it is in
 * the span when one found in the whole unit lies inside it: read once per unit (session 47) instead of once per
 * act, remedy and "before". Exported for its test, which compares the two.
 */
const SUBJECT = /\s(?:we|i|our\s+\w+|the\s+(?:team|shop|store|workshop))\s/iy;
export function subjectBetween(unit: string, from: number, to: number): boolean {
  const leastEnd = remembered(memoOf(unit).subjects, 0, () => {
    const ends = new Int32Array(unit.length + 1).fill(unit.length + 1);
    for (let at = unit.length - 1; at >= 0; at--) {
      ends[at] = ends[at + 1]!;
      if (!/\s/.test(unit[at]!)) continue;
      SUBJECT.lastIndex = at;
      const m = SUBJECT.exec(unit);
      if (m) ends[at] = Math.min(ends[at]!, at + m[0].length);
    }
    return ends;
  });
  const lo = Math.min(Math.max(from, 0), unit.length);
  return leastEnd[lo]! <= Math.min(to, unit.length);
}

function linkOf(unit: string, r: Found, act: Found, acts: Found[]): Link | null {
  const links = linksFor(unit, act);
  // A condition or time clause holding the act (or pointing back to an act said just before it). The choices,
  // denied waits and acts set aside are left out already (linksFor).
  for (const c of links.conditions) {
    const { at, open } = c;
    let end = c.end;
    if (r.start >= open && r.start < end) end = r.start;
    const points = end === c.end ? c.points : ANAPHOR.test(unit.slice(open, end));
    const holds = (act.start >= at && act.start < end) || (act.end <= at && points);
    if (!holds) continue;
    // The remedy governs the clause: said before it in the same clause run, or after it.
    const between = r.end <= open ? unit.slice(Math.min(r.end, at), at) : unit.slice(end, r.start);
    // "You get your refund, and in return we both agree…": an exchange ties across ", and".
    const exchange = /^in\s+(?:return|exchange)$/i.test(c.words);
    if (/[;\u2013\u2014]|\b(?:but|so)\b/i.test(between) || (!exchange && /,\s*and\b/i.test(between)))
      continue;
    // "We'll put it right, it would mean a lot if…": a comma then a clause of its own between them; not
    // a relative clause on the remedy ("your money back, which I'll get moving as soon as…").
    if (!exchange && r.end <= open && /,(?!\s*$)(?!\s*which\b)/.test(between)) continue;
    // "If you felt able to revisit your rating once the money's back": the remedy is when the act comes,
    // not what waits on it.
    if (
      act.start >= open &&
      r.start > act.end &&
      r.start <= end &&
      /^\s*(?:[\w'\u2019]+\s+){0,3}?(?:once|when|after|as\s+soon\s+as)\b/i.test(unit.slice(act.end, r.start))
    )
      continue;
    if (r.start >= end || r.end <= open) return { start: at, end: open };
  }
  // A refusal lifted only by the act: "won't release your refund until the receipt…", "Without that I can't…".
  // Those neither holding the act nor pointing back to it, and the acts set aside, are left out already. The
  // refusals said before the remedy whose clauses run past it are read with their own windows: the first of
  // them with a refusal is the answer, and if none has one the rest are read from after them.
  const { refusals, firstAlone, leastEnd } = links;
  let said = 0;
  while (said < refusals.length && refusals[said]!.at <= r.start) said++;
  let from = 0;
  if (firstAlone < said && leastEnd[firstAlone]! >= r.end) {
    const u = refusals[firstAlone]!;
    return { start: u.at, end: u.open };
  }
  if (said > 0 && firstAlone >= said && leastEnd[said - 1]! >= r.end) from = said;
  for (let i = from; i < refusals.length; ) {
    const { at, open, end } = refusals[i]!;
    if (refusedBetween(unit, Math.max(0, Math.min(at, r.start) - 60), Math.max(end, r.end)))
      return { start: at, end: open };
    // Clause ends grow with the refusals' places, so the rest of this one's run said after the remedy have the
    // same window as it.
    i = at > r.start ? links.runEnd[i]! : i + 1;
  }
  // The act before the remedy: "…before any money can go back", "Before we can refund you, the team will need…".
  for (const { at, open, end, points } of links.befores) {
    const remedyInside = (r.start >= open && r.start < end) || points;
    if (!remedyInside) continue;
    // "Before any money goes back we always offer a swap": the before-clause runs unpunctuated into the main
    // one, whose subject starts after the remedy (session 39).
    if (act.start >= open && act.start < end) {
      const mid = r.start >= open && r.end <= act.start;
      if (!mid || !subjectBetween(unit, r.end, act.start)) continue;
    }
    return { start: at, end: open };
  }
  // The act asked for in the remedy's breath, or put first: "just need u to dig out the original box first".
  const lead = unit.slice(clauseStart(unit, act.start), act.start);
  const d = remembered(
    memoOf(unit).demands,
    act.start,
    () => DEMAND.exec(lead) ?? DEMAND.exec(unit.slice(Math.max(0, act.start - 60), act.start)),
  );
  const first = FIRST.exec(unit.slice(Math.max(0, act.start - 40), Math.min(unit.length, act.end + 40)));
  if (d && !setAside(unit, act, clauseStart(unit, act.start))) {
    const at = act.start - (lead.length - d.index);
    return { start: Math.max(0, at), end: Math.max(0, at) + d[0].length };
  }
  // "…goes on the test jig first, and your refund is paid" (session 42): "first" and then the remedy.
  if (
    first &&
    r.start > act.end &&
    /\bthen\b|\bfirst\s*,?\s*and\s+(?:then\s+)?(?:your|the|her|his)\b/i.test(unit.slice(act.end, r.start))
  ) {
    if (!setAside(unit, act, clauseStart(unit, act.start))) {
      const at = Math.max(0, act.start - 40) + first.index;
      return { start: at, end: at + first[0].length };
    }
  }
  // A manager's approval said as what decides the refund, or as what it needs ("go to my team leader for a
  // decision", "Refunds have to be signed off by my manager").
  if (act.kind === "approval" && !APPROVAL_DONE.test(unit)) {
    if (SELF_LINKED.test(act.text) && !setAside(unit, act, clauseStart(unit, act.start)))
      return { start: act.start, end: act.end };
    const need = NEEDS_APPROVAL.exec(unit.slice(clauseStart(unit, act.start), act.start));
    if (need && r.end <= act.start && !setAside(unit, act, clauseStart(unit, act.start))) {
      const at = clauseStart(unit, act.start) + need.index;
      return { start: at, end: at + need[0].trimEnd().length };
    }
  }
  // Taking the remedy said to end her claims: "Accepting the refund means that's the end of the matter",
  // "If you take the money back, that draws a line under everything", "Acceptance of the refund
  // constitutes settlement of all claims" (CRA 2015 s.31(1)-(2)).
  if (act.kind === "waiver" && r.end <= act.start) {
    const taking =
      TAKING.exec(unit.slice(Math.max(0, r.start - 30), r.start)) ??
      (RECEIVED.test(unit.slice(r.end, r.end + 30))
        ? WHEN_IT_COMES.exec(unit.slice(Math.max(0, r.start - 30), r.start))
        : null);
    if (taking && !setAside(unit, act, r.end)) {
      const at = Math.max(0, r.start - 30) + taking.index;
      return { start: at, end: at + taking[0].trimEnd().length };
    }
  }
  // The remedy sent to the maker: "faulty items are handled by the manufacturer, so you'd register a
  // claim with them and they'll refund you" (CRA 2015 s.9, s.19, s.23: her remedy is with the shop).
  if (act.kind === "manufacturer" && r.start > act.end) {
    const from = Math.max(act.end, r.start - 30);
    const by = MAKER_GIVES.exec(unit.slice(from, r.start));
    if (by && !setAside(unit, act, clauseStart(unit, act.start)))
      return { start: from + by.index, end: from + by.index + by[0].trimEnd().length };
  }
  // The act said first and bare, the remedy joined by "and": "Delete the review and the £11.50 is back on your
  // card", "A few more stars on your review and it'll be on the van tomorrow" ("it" the remedy just named).
  if (act.start < r.start || POINTS_ON.test(unit.slice(act.end, act.end + 45))) {
    const lead = unit.slice(clauseStart(unit, act.start), act.start);
    const on = AND_THEN.exec(unit.slice(act.end));
    if (on && BARE_LEAD.test(lead) && !setAside(unit, act, clauseStart(unit, act.start))) {
      const after = act.end + on.index + on[0].length;
      const remedyNext = r.start >= after && r.start - after <= 30;
      const pointer = r.end <= act.start && POINTER.test(unit.slice(after));
      if (remedyNext || pointer) return { start: act.end + on.index, end: after };
    }
  }
  // The remedy said to need the act, in its own clause: "the refund needs a phone verification from you first"
  // (session 39; a call, like a box or a form, is not the customer's to supply before her refund).
  if (r.end <= act.start && clauseStart(unit, act.start) <= r.start) {
    const needs = REMEDY_NEEDS.exec(unit.slice(r.end, act.start));
    if (needs && !setAside(unit, act, r.end))
      return { start: r.end + needs.index, end: r.end + needs.index + needs[0].length };
  }
  // A call or visit said to be the only way the remedy is done: "Refunds are authorised over the phone only"
  // (CRA 2015 s.20(5)-(6): any clear indication exercises the right to reject).
  // Or a thing: "Free collection is for boxed items only" (session 39, second pass). The remedy in the clause
  // before, pointed to by "it": "I can't put the refund through over email - it has to be done on a call".
  const pointedTo =
    clauseStart(unit, act.start) > r.start &&
    /^\s*(?:it|this|that|refunds?)\b/i.test(unit.slice(clauseStart(unit, act.start)));
  if (
    (act.kind === "route" || act.kind === "thing") &&
    r.end <= act.start &&
    (clauseStart(unit, act.start) <= r.start || pointedTo)
  ) {
    const after = /^\s*(?:[\w-]+\s+)?only\b/i.exec(unit.slice(act.end));
    // ONLY_BY spans at most four runs of the words before the act (lastRuns: the same match, read from the end).
    const lead = ONLY_BY.exec(
      lastRuns(unit.slice(pointedTo ? clauseStart(unit, act.start) : r.end, act.start), 4),
    );
    if ((after || lead) && !setAside(unit, act, r.end))
      return after
        ? { start: act.end + after.index, end: act.end + after[0].length }
        : {
            start: act.start - lead![0].length,
            end: act.start,
          };
  }
  // The thing as what qualifies for the remedy: "A boxed return qualifies for our express refund" (CRA 2015
  // s.31(2)(b); session 39, second pass).
  if (act.kind === "thing" && r.start > act.end && r.start - act.end <= 40) {
    const q = QUALIFIES.exec(unit.slice(act.end, r.start));
    if (q && !setAside(unit, act, clauseStart(unit, act.start)))
      return { start: act.end + q.index, end: act.end + q.index + q[0].length };
  }
  // "With the receipt we can refund you same day; without it, these things can drag on": the thing as the
  // condition, by contrast with its absence (session 39, second pass).
  if (
    act.kind === "thing" &&
    /^\s*with\s/i.test(unit) &&
    clauseStart(unit, act.start) === 0 &&
    r.start > act.end &&
    clauseStart(unit, r.start) === 0 &&
    /\bwithout\s+(?:it|that|one|them|this|those)\b|\botherwise\b/i.test(unit.slice(r.end))
  )
    return { start: unit.search(/\S/), end: unit.search(/\S/) + 4 };
  // Taking the remedy said as agreeing: "by accepting u agree this is closed, no comebacks".
  if (act.kind === "waiver" && /^by\s+/i.test(r.text) && r.end <= act.start)
    return { start: r.start, end: r.end };
  void acts;
  return null;
}

/** The remedy needing the act, straight after it: "the refund needs", "your money will require". */
const REMEDY_NEEDS =
  /^(?:['\u2019]s|\s+(?:is|are|will|would|can|just))?\s*(?:needs?|requires?|(?:will|would|['\u2019]ll|['\u2019]d)\s+(?:first\s+)?(?:need|require)|has\s+to\s+(?:have|go\s+through))\s+(?:(?:a|an|the|your|our|some)\s+)?(?:[\w-]+\s+){0,2}?$/i;
/** The route said as the only way, just before it: "can only be authorised over the phone", "has to be done on". Exported for the test of its reading from the end. */
export const ONLY_BY =
  /\bonly\s+(?:be\s+)?(?:\w+\s+)?$|\b(?:has|have|needs?|must)\s+(?:to\s+)?be\s+(?:done|made|sorted|arranged|processed|authori[sz]ed|completed|confirmed)\s+$/i;
/** What the thing earns: "qualifies for", "is eligible for", "gets", "entitles you to". */
const QUALIFIES =
  /^\s*(?:[\w-]+\s+)?(?:qualif(?:y|ies|ied)\s+for|(?:is|are)\s+eligible\s+for|entitles?\s+(?:you\s+)?to|gets?|earns?)\s+(?:you\s+)?(?:(?:our|the|a|an|your)\s+)?(?:[\w-]+\s+)?$/i;

/** A bare act at its clause's start: nothing before it, or an imperative's verb and its object. */
const BARE_LEAD =
  /^\s*(?:(?:just|simply|pls|please|so|then)\s+)?(?:(?!(?:i|we|you|u|they|he|she|it|the|this|that|our|your|my|there|keep|bin|recycle|throw|ditch|forget|ignore|leave|no|not|don['\u2019]?t|never|if|once|when|after|as|since|because)\b)[a-z]+(?:\s+[\w'\u2019]+){0,2}\s+)?$/i;
/** The act joined to what follows by "and" within a few words. */
// "Pop us a call on 0161 496 0000 to verify the duplicate charge and we'll refund it": a purpose clause may sit
// between the act and its "and" (session 39, second pass).
const AND_THEN = /^[^.!?;,]{0,25}?(?:\s+to\s+[a-z]+\b[^.!?;,]{0,35}?)?\s*,?\s*\b(?:and|&|n)\s+/i;
const POINTS_ON =
  /\band\s+(?:it|that|this|they)(?:['\u2019]ll|\s+will|['\u2019]s|\s+is|['\u2019]d|\s+would|\s+can)\b/i;
const POINTER =
  /^(?:it|that|this|they)(?:['\u2019]ll|\s+will|['\u2019]s|\s+is|['\u2019]d|\s+would|\s+can)\b/i;

/** The remedy taken, just before it: "Accepting", "Acceptance of", "If you take", "having had". */
const TAKING =
  /\b(?:accept\w*|acceptance\s+of|by\s+(?:accepting|taking)|tak(?:e|es|ing)|having\s+(?:had|taken|received)|once\s+(?:you(?:['\u2019]ve|\s+have)\s+)?(?:received|accepted|taken|had))\b(?:\s+(?:up\s+)?(?:the|this|your|our|that|a)\b)?(?:\s+[\w£.,]+){0,2}?\s*$/i;
/** Or the remedy's arrival as the time: "Once that money's landed, we'll call it all square". */
const WHEN_IT_COMES =
  /\b(?:once|when|after|as\s+soon\s+as|the\s+moment)\s+(?:(?:the|that|this|your|our)\s+)?(?:[\w£.,]+\s+)?$/i;
const RECEIVED =
  /^(?:['\u2019]s|\s+has|\s+is|\s+have)?\s*(?:been\s+|gone\s+|come\s+)?(?:landed|arrived|received|through|cleared|in\b|reached\s+you|with\s+you|back\s+with\s+you|been\s+paid)/i;
/** The maker, or "they" after it, as the one who gives the remedy. */
const MAKER_GIVES =
  /\b(?:they|the\s+(?:makers?|manufacturers?|brand))(?:['\u2019]ll|\s+will|\s+would|['\u2019]d|\s+can|\s+should|\s+may)\s+(?:\w+\s+)?$/i;

function clauseStart(unit: string, at: number): number {
  return remembered(memoOf(unit).starts, at, () => clauseStartRead(unit, at));
}
function clauseStartRead(unit: string, at: number): number {
  const before = unit.slice(0, at);
  const breaks = [...before.matchAll(/[.!?;\u2013\u2014]|,\s*(?:and|but|so)\b|\b(?:but|so)\b/g)];
  return breaks.length > 0 ? breaks[breaks.length - 1]!.index! + breaks[breaks.length - 1]![0].length : 0;
}

/** A review or her silence asked at the start of the sentence after the remedy. */
const ASKED_NEXT =
  /^\s*(?:(?:cust|customer)\s+to|(?:i|we)(?:['\u2019]d|\s+would)\s+(?:just\s+)?ask|please|pls|could\s+you|can\s+you|would\s+you|in\s+return|all\s+(?:we|i)(?:['\u2019]d|\s+would)?\s+(?:ask|want|need))\b/i;

/**
 * Sentences, with a stop after a note's abbreviation ("orig. packaging", "cust. to send") not taken as the
 * end of one when a lower-case word follows (a CRM note's "Refund pending - cust to send kettle back in
 * orig. packaging with proof of purchase" is one sentence).
 */
const ABBREVIATION =
  /\b(?:orig|approx|incl|excl|dept|cust|ref|no|esp|appt|info|qty|mfr|mfg|poss|prob|asap|eta|pkg|pkging|recd|rec'd|tel|wk|wks|mins|hrs|e\.g|i\.e|etc)\.\s*$/i;
function sentencesIn(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const s of sentencesOf(text)) {
    const last = out[out.length - 1];
    if (
      last &&
      ABBREVIATION.test(text.slice(last.start, last.end)) &&
      /^\s*[a-z]/.test(text.slice(s.start, s.end))
    )
      last.end = s.end;
    else out.push({ ...s });
  }
  return out;
}

/** "A few more stars on your review and it'll be on the van tomorrow": "it" the remedy just named. */
const AND_IT_WILL =
  /^\s*(?:[\w'\u2019-]+\s+){1,8}?and\s+(?:it|that|this|they)(?:['\u2019]ll|\s+will|['\u2019]s|\s+is|['\u2019]d|\s+would|\s+can)\b/i;
/** A sentence and the next read as one when a question leads into an answer, or "Then…" carries on. */
const CARRIES_ON =
  /^\s*(?:if\s+(?:she|he|they)\s+(?:approv|agree|authori|signs?\s+(?:it\s+)?off|okays|says\s+yes)\w*|then|if\s+so|once\s+(?:that|this|it)|without\s+(?:that|it|this|one)|after\s+that|only\s+then|until\s+then)\b|^\s*(?:[\w'\u2019]+\s+){0,2}?(?:that|this)\s+(?:over|back|in|across|to\s+us)\b[^.!?]*\bthen\b/i;

/**
 * Every obligation put on the customer before a remedy, in the order said. `quoted`: spans of quoted
 * words (quotations.ts `quotedSpans`), passed in because review-incentives.ts, which matching.ts and so
 * quotations.ts import, reads with this too.
 */
export function obligationsIn(
  text: string,
  quoted: readonly { start: number; end: number }[] = [],
): Obligation[] {
  const key = `${quoted.map((q) => `${q.start},${q.end}`).join(";")}\u0000${text}`;
  let found = readBefore.get(key);
  if (!found) {
    found = obligationsRead(text, quoted);
    memo = noMemo("");
    if (readBefore.size >= 16) readBefore.clear();
    readBefore.set(key, found);
  }
  return found.map((o) => ({ ...o, remedy: { ...o.remedy }, act: { ...o.act }, link: { ...o.link } }));
}
/**
 * The last texts read, with their quoted spans (session 47): a message is read by about eleven readers (each
 * obstruction kind of case-evidence.ts asks for its own), and every replay again. The answer is a function of
 * the two alone; each caller gets a copy of its own. At most 16 are kept; when full the memory starts again.
 */
const readBefore = new Map<string, Obligation[]>();

function obligationsRead(text: string, quoted: readonly { start: number; end: number }[]): Obligation[] {
  const quotedList = quoted;
  const sentences = sentencesIn(text);
  const out: Obligation[] = [];
  const seen = new Set<string>();
  for (const [i, s] of sentences.entries()) {
    const units: { start: number; end: number; only?: readonly ObligationKind[] }[] = [s];
    const next = sentences[i + 1];
    if (next) {
      const here = text.slice(s.start, s.end).trim();
      const there = text.slice(next.start, next.end).trim();
      if (here.endsWith("?") || there.endsWith("?") || CARRIES_ON.test(there) || AND_IT_WILL.test(there))
        units.push({ start: s.start, end: next.end });
      // "Refund agreed. Cust to confirm no further action…": a review or her silence asked straight after
      // the remedy is asked for it (nothing lawful is bought with either; a receipt asked for after a
      // refund is not read this way).
      else if (ASKED_NEXT.test(there))
        units.push({ start: s.start, end: next.end, only: ["review", "waiver"] });
    }
    for (const u of units) {
      const unit = text.slice(u.start, u.end);
      if (REPORTED.test(unit) || DENIED_LINK.test(unit)) continue;
      const quoted = (at: number) => quotedList.some((q) => q.start <= u.start + at && u.start + at < q.end);
      const acts = actsIn(unit, quoted);
      if (acts.length === 0) continue;
      const remedies: Found[] = [...unit.matchAll(REMEDY)]
        .filter((m) => !quoted(m.index!))
        .map((m) => ({ kind: "thing" as const, start: m.index!, end: m.index! + m[0].length, text: m[0] }));
      for (const act of acts) {
        if (u.only && !u.only.includes(act.kind)) continue;
        if (act.kind === "thing" && CHANGE_OF_MIND.test(unit)) continue;
        for (const r of remedies) {
          if (r.start < act.end && act.start < r.end) continue;
          if (act.kind === "repair-first" && !MONEY_REMEDY.test(r.text)) continue;
          if ((act.kind === "inspection" || act.kind === "approval") && !NOT_A_REPAIR.test(r.text)) continue;
          if (act.kind === "approval" && APPROVAL_DONE.test(unit)) continue;
          const link = linkOf(unit, r, act, acts);
          if (!link) continue;
          const from = Math.min(r.start, act.start, link.start);
          const to = Math.max(r.end, act.end, link.end);
          const key = `${act.kind}:${u.start + act.start}`;
          if (seen.has(key)) break;
          seen.add(key);
          const span = (x: { start: number; end: number }) => ({
            start: u.start + x.start,
            end: u.start + x.end,
            text: unit.slice(x.start, x.end),
          });
          const linkWords = unit.slice(link.start, link.end).trim();
          out.push({
            kind: act.kind,
            remedy: span(r),
            act: span(act),
            link: span(link),
            start: u.start + from,
            end: u.start + to,
            text: unit.slice(from, to),
            reason: `"${r.text}" is made to wait on ${ACT_WORDS[act.kind]} ("${act.text}", tied by "${linkWords}"): ${KIND_LAW[act.kind]}.`,
          });
          break;
        }
      }
    }
  }
  for (const w of windowsIn(text, sentences, quotedList))
    if (!seen.has(`window:${w.act.start}`)) {
      seen.add(`window:${w.act.start}`);
      out.push(w);
    }
  for (const d of deadlinesIn(text, sentences, quotedList))
    if (!seen.has(`deadline:${d.act.start}`)) {
      seen.add(`deadline:${d.act.start}`);
      out.push(d);
    }
  return out.sort((a, b) => a.start - b.start);
}

/*
 * A deadline put on the remedy (session 37): the remedy, a time, and its expiry said as the remedy lapsing,
 * expiring, being withdrawn or dropping off ("Let me know by Friday whether you want the refund, otherwise
 * the offer lapses"), as only good, valid or open until then ("refunds like this are only good for a
 * fortnight"), or as not staying, not held, not sent after it ("it won't stay there past the weekend",
 * "Otherwise we'll have to close it off and it won't be sent"). A right she has used does not lapse on a
 * date of the shop's making (CRA 2015 s.22(3), s.24(5), s.31(1)-(2)). Not read: a goodwill voucher's,
 * credit's or code's own window, a label's, link's or booking's, a window of the law's told or already
 * past (the 30 days, six months: claim-window and returns-window read those), the expiry denied ("won't
 * lapse", "has no deadline"), and our own timings ("should reach you within five working days").
 */
const DAY_NAMES =
  "(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday";
const MONTH_NAMES =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const TIME_SAID = new RegExp(
  [
    String.raw`\b(?:${DAY_NAMES})\b`,
    String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH_NAMES})\b|\b(?:${MONTH_NAMES})\s+\d{1,2}(?:st|nd|rd|th)?\b|\bthe\s+\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b`,
    String.raw`\b(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|next\s+)?(?:week|month|day)\b|\b(?:the|this|next)\s+(?:weekend|week)\b|\b(?:today|tonight|tomorrow|midnight)\b|\bclose\s+of\s+(?:play|business)\b|\bfor\s+now\b`,
    String.raw`\b(?:\d+|a|an|one|two|three|four|five|six|seven|ten|fourteen|a\s+couple\s+of)\s+(?:days?|weeks?|hours?|hrs?|months?)\b|\ba\s+fortnight\b|\b\d+\s?(?:hrs?|h)\b`,
  ].join("|"),
  "i",
);
/** The remedy said to lapse, expire, be withdrawn, drop off or be good only until then. */
const EXPIRES = new RegExp(
  [
    String.raw`\b(?:laps(?:e|es|ing)|expir(?:e|es|ing|y)|(?:be|is|gets?|being)\s+withdrawn|withdrawn\b|drops?\s+off|dropping\s+off|falls?\s+away|(?:goes|go)\s+away|disappears?|vanish(?:es)?|runs?\s+out|times?\s+out|clos(?:e|es|ing)\s+(?:it|this|that|them)\s+off|(?:taken|come|comes|go|goes)\s+off\s+the\s+table|no\s+longer\s+(?:be\s+)?(?:available|possible|valid|open|on\s+offer|there|stand|apply)|not\s+(?:more|any\s*more|longer)\s+(?:be\s+)?(?:possible|available|valid|there))\b`,
    // Session 38 (the deadlines pressure-selling.ts used to read on the remedy): "I can only hold this refund for
    // you until 5pm today", "the refund offer ends at midnight tonight", "otherwise the replacement is out of my
    // hands". The lookahead first (session 47): the lookbehind alone was tried at every place, each try back over
    // the whole run of spaces before it, so 3,988 spaces between two letters took 30-50 ms a reading (CWE-1333);
    // now it is tried only where "until", "till" or "til" starts, which the match needed anyway.
    String.raw`(?=(?:until|till|til)\b)(?<=\bhold\s+(?:this|the|that|it|your|yours)\b(?:\s+[\w£.,]+){0,4}?\s+)(?:until|till|til)\b|\b(?:ends?|ending|finish(?:es)?|closes)\s+(?:at|on|by|tonight|today|tomorrow|this|midnight)\b|\b(?:is|it['\u2019]s|['\u2019]s|will\s+be|goes)\s+out\s+of\s+(?:my|our)\s+hands\b`,
    String.raw`\b(?:only\s+)?(?:good|valid|open|available|on\s+offer|on\s+the\s+table|stands?|holds?)\s+(?:only\s+)?(?:for|until|till|til|up\s+to|to)\b(?=[^.!?\n]{0,30}?(?:${DAY_NAMES}|${MONTH_NAMES}|\d|week|month|day|fortnight|today|tonight|tomorrow|midnight|close\s+of|now))|\bvalid\s+(?:for\s+)?\d+`,
    String.raw`\b(?:won['\u2019]?t|will\s+not|wont|can['\u2019]?t|cant|cannot|can\s+not|not\s+be\s+able\s+to)\s+(?:\w+\s+){0,2}?(?:stay|be\s+there|be\s+available|be\s+held|hold\s+(?:it|this|that|onto\s+it)|keep\s+(?:it|this|that)\s+open|be\s+kept(?:\s+open)?|be\s+sent|be\s+refunded|be\s+paid|be\s+honoured|honour\s+(?:it|this|that)|last|stand|be\s+possible|go\s+(?:through|ahead)|promise\s+(?:it['\u2019]?ll|it\s+will)\s+(?:still\s+)?be\s+(?:there|available|open))\b`,
  ].join("|"),
  "gi",
);
/** The tie to the time for an expiry said in the negative: "otherwise", "after that", "past the weekend". */
const AFTER_THE_TIME =
  /\b(?:otherwise|or\s+else|or|after\s+(?:that|this|then|which|the|it)|past|beyond|longer\s+than|if\s+(?:i|we)\s+(?:don['\u2019]?t|do\s+not)\s+hear|should\s+(?:we|i)\s+not|unless|by\s+then)\b/i;
/** Not the remedy: a goodwill gesture's, a label's or a booking's window. */
const NOT_THE_REMEDY =
  /\b(?:voucher|credit|code|discount|gesture|goodwill|gift|points|promo\w*|label|link|booking|slot|collection|courier|driver|appointment|survey|postage|delivery)\b/gi;
const THE_LAWS_WINDOW =
  /\b(?:30|thirty)[- ]days?\b|\b(?:30th|thirtieth)\s+day\b|\bshort[- ]term\s+right|\b(?:six|6)\s+months\b|\bcooling[- ]off\b|\b14[- ]day\s+(?:change|cancel)/i;
const PAST_EXPIRY = /\b(?:expired|lapsed|ran\s+out|has\s+run\s+out|had\s+run\s+out|ended|closed)\b/i;
const EXPIRY_DENIED =
  /\b(?:not|never|no|doesn['\u2019]?t|does\s+not|won['\u2019]?t|will\s+not|isn['\u2019]?t|is\s+not)\s+(?:\w+\s+)?$/i;
const THE_OFFER = /\b(?:this|the|that|our|my)\s+offer\b/gi;
const SALES =
  /%|\b(?:upgrade\w*|discount\w*|codes?|deal|sale|bundle|trial|membership|plan|promo\w*)\b|\b(?:money|£\s?\d+)\s+off\b|\boff\s+(?:your|our|the)\s+next\b/i;
const ASIDE = /,\s*(?:with|plus|along\s+with|as\s+well\s+as)\b[^,;]*,/gi;
const SOMEONE = /\b(?:we|we['\u2019]re|i|i['\u2019]m|our|office|shop|store|line|team|they)\b/i;
const POINTS_TO_REMEDY = /\b(?:it|this|that|the\s+offer|this\s+offer|that\s+offer|which|they|them)\b/i;

function deadlinesIn(
  text: string,
  sentences: readonly { start: number; end: number }[],
  quoted: readonly { start: number; end: number }[],
): Obligation[] {
  const out: Obligation[] = [];
  for (const [i, s] of sentences.entries()) {
    const sentence = text.slice(s.start, s.end);
    if (REPORTED.test(sentence) || DENIED_LINK.test(sentence) || THE_LAWS_WINDOW.test(sentence)) continue;
    for (const e of allMatches(sentence, EXPIRES)) {
      const at = e.index!;
      if (quoted.some((q) => q.start <= s.start + at && s.start + at < q.end)) continue;
      if (EXPIRY_DENIED.test(sentence.slice(Math.max(0, at - 25), at))) continue;
      const negative = /^(?:won|will|wont|can|cant|cannot|not)|out\s+of/i.test(e[0]);
      const clause = sentence.slice(
        clauseStart(sentence, at),
        Math.min(sentence.length, clauseFrom(sentence, at + e[0].length)),
      );
      if (negative && !AFTER_THE_TIME.test(clause) && !AFTER_THE_TIME.test(sentence.slice(0, at))) continue;
      // The remedy: in this sentence before the expiry, or pointed to ("it", "the offer") from the one before.
      const prev = i > 0 ? sentences[i - 1]! : null;
      const lead = sentence.slice(0, at);
      // "This offer" in a complaint is the remedy offered, unless the sentence is selling something.
      const named = lastOf(lead, REMEDY) ?? (SALES.test(sentence) ? null : lastOf(lead, THE_OFFER));
      // A gesture said beside the remedy ("The replacement, with a £5 credit for the trouble, stands until…")
      // does not take its place.
      const notIt = lastOf(
        lead.replace(ASIDE, (a) => " ".repeat(a.length)),
        NOT_THE_REMEDY,
      );
      if (notIt && (!named || notIt.index > named.index)) continue;
      let remedy: Span | null = null;
      if (named)
        remedy = {
          start: s.start + named.index,
          end: s.start + named.index + named[0].length,
          text: named[0],
        };
      // "…refunded the £11.50. Before you go… upgrade… at 30% off, but hurry, this offer ends at midnight":
      // "this offer" in a sentence selling something is that offer, not the remedy before it.
      else if (prev && POINTS_TO_REMEDY.test(lead) && !SALES.test(sentence)) {
        const before = text.slice(prev.start, prev.end);
        const m = lastOf(before, REMEDY);
        const n = lastOf(before, NOT_THE_REMEDY);
        if (m && (!n || n.index < m.index))
          remedy = { start: prev.start + m.index, end: prev.start + m.index + m[0].length, text: m[0] };
      }
      if (!remedy) {
        // "Replacement offer valid 7 days": the remedy named after the expiry in a note.
        const after = REMEDY.exec(sentence);
        REMEDY.lastIndex = 0;
        if (!after || !/^valid|^(?:only\s+)?(?:good|open|available)/i.test(e[0])) continue;
        // Only as a note's label: "Valid 7 days - replacement offer", not "Our office is open until 5pm today if
        // you'd like to call about the refund".
        if (!/^\s*(?:[\w-]+\s+){0,2}$/.test(lead) || SOMEONE.test(lead)) continue;
        remedy = {
          start: s.start + after.index,
          end: s.start + after.index + after[0].length,
          text: after[0],
        };
      }
      if (PAST_EXPIRY.test(e[0])) continue;
      const here = TIME_SAID.exec(sentence);
      const there = prev ? TIME_SAID.exec(text.slice(prev.start, prev.end)) : null;
      const time = here
        ? { start: s.start + here.index, end: s.start + here.index + here[0].length, text: here[0] }
        : there && prev && remedy.start < s.start
          ? {
              start: prev.start + there.index,
              end: prev.start + there.index + there[0].length,
              text: there[0],
            }
          : null;
      if (!time) continue;
      const link = { start: s.start + at, end: s.start + at + e[0].length, text: e[0] };
      const from = Math.min(remedy.start, time.start, link.start);
      const to = Math.max(remedy.end, time.end, link.end);
      out.push({
        kind: "deadline",
        remedy,
        act: time,
        link,
        start: from,
        end: to,
        text: text.slice(from, to),
        reason: `"${remedy.text}" is given ${ACT_WORDS.deadline} ("${time.text}", "${link.text.trim()}"): ${KIND_LAW.deadline}.`,
      });
      break;
    }
  }
  return out;
}

/*
 * A right-to-reject period shorter than the law's told as our rule (session 39): "Our policy gives you 14
 * days from delivery to send it back for a refund", "Refunds can only be done inside 14 days of the machine
 * arriving", "You'd have had ten days to reject it", "a 14-day refund period with us", "refunded if you tell
 * us within seven days". The short-term right to reject runs 30 days from delivery (CRA 2015 s.22(3)-(4));
 * after a failed repair there is no shop deadline at all (s.24(5)); a term cutting either short does not bind
 * (s.31(1)-(2)) and saying it misleads about her rights (DMCCA 2024 s.226). Read: a period under 30 days
 * counted from the goods' arrival or purchase, given her to return, reject or claim, named as the refund's or
 * returns' period or window, or set on her telling us. Not read: the law's 30 days; our own timing ("we'll pay
 * the refund within 14 days", s.20(15)); the 14-day cancellation right for distance sales told as its own
 * right (Consumer Contracts Regulations 2013 regs 29-30: change of mind, unwanted, cancel); a window said not
 * to apply to faulty goods; a time point ("reported 12 days after delivery"). Wired through refund-unavailable
 * (remedy-refusals.ts), which Ravi's list (day 31: his 30 days are over) does not name.
 */
const PERIOD = String.raw`(?:\d{1,3}|(?:${Object.keys(NUMBER_WORDS).join("|")})(?:-(?:${Object.keys(NUMBER_WORDS).join("|")}))?)[- ]?(?:working[- ]|calendar[- ])?(?:days?|wks?|weeks?|months?)\b|\b(?:a|one|the)\s+(?:fortnight|week)\b|\bfortnight\b`;
const PERIOD_RE = new RegExp(`\\b(?:${PERIOD})`, "i");
const PERIODS = new RegExp(PERIOD_RE.source, "gi");
/** The period in days ("14-day", "2 wks", "a fortnight", "ten days"). */
function periodDays(p: string): number {
  if (/fortnight/i.test(p)) return 14;
  if (/^(?:a|one|the)\s+week/i.test(p)) return 7;
  const n = /^(\d{1,3}|[a-z]+(?:-[a-z]+)?)/i.exec(p)!;
  // "twenty-one" is twenty and one (written-dates.ts reads the words).
  const count = /^\d/.test(n[1]!)
    ? Number(n[1])
    : n[1]!
        .toLowerCase()
        .split("-")
        // "two-week": the unit joined by its hyphen is not a number word (session 40).
        .filter((w) => !/^(?:days?|wks?|weeks?|months?|working|calendar)$/.test(w))
        .reduce((sum, w) => sum + (NUMBER_WORDS[w] ?? 99), 0);
  return count * (/wk|week/i.test(p) ? 7 : /month/i.test(p) ? 30 : 1);
}
/** Where a period is said as a window on the remedy, the cue after it or before it. */
const WINDOW_AFTER = new RegExp(
  [
    // counted from the goods' arrival or purchase: "14 days from delivery", "inside 14 days of the machine arriving"
    // …or from the order (session 40): "within seven days of ordering", "inside 21 days from the order date"
    String.raw`^\s*(?:(?:of|from|after|since)\s+(?:(?:the|your|its|it|you|them)\s+)?(?:date\s+(?:of|on)\s+(?:the\s+|your\s+)?)?(?:[\w-]+\s+){0,2}?(?:deliver\w*|arriv\w*|purchas\w*|bought|buying|order\w*|payment|paying|checkout|dispatch\w*|despatch\w*|ship\w*|(?:it|the\s+\w+)\s+(?:came|arrived|landed|lands)|(?:you|u)\s+own\s+it|(?:you|u)\s+(?:got|received|had)\s+(?:it|them)|it\s+came))`,
    // given her to act: "ten days to reject it", "14 days from delivery to send it back"
    String.raw`^\s*(?:(?:from|of|after)\s+\w+\s+)?(?:in\s+which\s+)?to\s+(?:return|reject|send|post|bring|claim|ask|request|get\s+(?:a|your)\s+(?:refund|money)|change\s+(?:it|them))\b`,
    // named as the refund's or returns' period: "a 14-day refund period", "a fortnight's money-back window"
    String.raw`^(?:['\u2019]s)?\s*(?:money[- ]back|refunds?|returns?|return[- ]for[- ]refund|rejection)\s+(?:period|window|policy|limit|option|guarantee)\b`,
  ].join("|"),
  "i",
);
const WINDOW_BEFORE = new RegExp(
  [
    // "the money-back window on our machines is a fortnight", "our return-for-refund period is 21 days"
    String.raw`\b(?:money[- ]back|refunds?|returns?|return[- ]for[- ]refund|rejection)\s+(?:period|window|option|policy|limit)\b[^.!?;]{0,30}?\b(?:is|was|of|lasts|runs\s+for|['\u2019]s)\s+(?:only\s+|just\s+)?(?:for\s+)?$`,
    // set on her telling us: "if you tell us within seven days"
    String.raw`\b(?:tell|let\s+us\s+know|contact|report|notify|claim|ask|get\s+in\s+touch|come\s+back\s+to\s+us)\b[^.!?;]{0,20}?\bwithin\s+$`,
    // "refunds can only be done inside 14 days", "refunds only within a fortnight", "only … for returns made within"
    String.raw`\b(?:refund\w*|money[- ]back|reject\w*|return\w*)\b[^.!?;]{0,40}?\bonly\b[^.!?;]{0,30}?\b(?:within|inside|in\s+the\s+first|during\s+the\s+first|up\s+to)\s+(?:the\s+first\s+)?$`,
    // Session 40: the window said to close at the period, "the returns window … closed after a fortnight", "cash
    // refunds stop at the two-week mark".
    String.raw`\b(?:window|period|refunds?|returns?|money[- ]back|rejections?|cash)\b[^.!?;]{0,40}?\b(?:clos(?:e|es|ed|ing)|end(?:s|ed|ing)?|stop(?:s|ped|ping)?|shut[s]?|expir(?:e|es|ed|ing)|laps(?:e|es|ed|ing)|finish(?:es|ed)?|r[au]n(?:s)?\s+out|(?:is|was|are|were)\s+(?:over|shut|closed|gone))\s+(?:(?:after|at|on|once|from)\s+(?:the\s+|day\s+)?)?$`,
  ].join("|"),
  "i",
);
/** A window of a different right, or said not to bind her: CCR 2013 regs 29-30 cancellation, change of mind. */
const OTHER_RIGHT =
  /\b(?:cancel\w*|cooling[- ]off|change\s+of\s+mind|chang(?:e|ed|ing)\s+(?:your|their|her|his)\s+mind|unwanted|for\s+any\s+reason|(?:don['\u2019]t|no\s+longer)\s+want)\b|\b(?:doesn['\u2019]?t|does\s+not|don['\u2019]?t|do\s+not|won['\u2019]?t|isn['\u2019]?t|not)\s+(?:\w+\s+)?(?:apply|count|cover|matter)\b/i;
/** Our own timing: the refund paid, processed or landing within the period (s.20(15)). */
const OUR_TIMING =
  /\b(?:pay|paid|process\w*|issue\w*|reach|land|show|appear|arrive|clear|credit\w*|transfer\w*|take|takes|taking|back\s+(?:on|to|in)\s+(?:your|the)\s+\w+)\b[^.!?;,]{0,25}$|\b(?:we|I)(?:['\u2019](?:ll|d)|\s+will|\s+would|\s+aim\s+to|\s+should|\s+must|\s+have\s+to|\s+need\s+to)?\s+(?:\w+\s+){0,2}?(?:refund|pay|process|issue|send|collect)\w*\b[^.!?;,]{0,30}$/i;

/** "only within", "only inside", "only up to", just before the period: a limit, whoever does the refunding. */
const ONLY_LIMIT =
  /\bonly\s+(?:\w+\s+){0,2}?(?:within|inside|up\s+to|in\s+the\s+first|during\s+the\s+first)\s+(?:the\s+first\s+)?$|\b(?:for|in|during)\s+(?:the\s+)?first\s+$/i;
/** The period counted from the goods' arrival or purchase (the first WINDOW_AFTER form). */
const COUNTED_FROM = /^\s*(?:of|from|after|since)\b/i;
/** …and given her to act in it: "14 days from delivery to send it back". */
const WINDOW_GIVEN =
  /^\s*(?:of|from|after|since)\s+\w+\s+to\s+(?:return|reject|send|post|bring|claim|ask|request)\b/i;
/** A period said as a limit: "within", "inside", "the first", "only", "gives you". */
const LIMIT_LEAD =
  /\b(?:within|inside|in|under|up\s+to|for|first|only|limited\s+to|restricted\s+to|have|has|had|get|gets|got|give|gives|given|allow\w*|offer\w*)\s+(?:(?:you|u|customers|people|the|a|your|just|only|them)\s+){0,2}$/i;
/**
 * The remedy said to BE the period, with no limit word (session 40): "Refunds are 14 days after delivery". Read
 * only with a cue after the period that counts it from the goods or the order, so "refunds are 3-5 working days"
 * (our timing) is not a window.
 */
const COPULA_LEAD =
  /\b(?:refunds?|money[- ]back|rejections?|returns?)\s+(?:are|is|were|was|['\u2019]s|['\u2019]re)\s+(?:only\s+|just\s+|strictly\s+)?(?:for\s+)?$/i;
/** A refund, rejection or replacement named in the sentence the window is set on. */
// Session 40: the refund as cash ("sent back for cash"), and the returns window or period itself ("the returns
// window closed after a fortnight": for goods that are faulty, the period she was told she had to reject them).
const WINDOW_REMEDY =
  /\b(?:refund\w*|money[- ]back|for\s+(?:your|her|the)\s+money\b|reject\w*|replac\w*|price\s+reduction|cash\b|returns?\s+(?:window|period))/i;

function windowsIn(
  text: string,
  sentences: readonly { start: number; end: number }[],
  quoted: readonly { start: number; end: number }[],
): Obligation[] {
  const out: Obligation[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    if (REPORTED.test(sentence) || OTHER_RIGHT.test(sentence)) continue;
    const named = WINDOW_REMEDY.exec(sentence);
    if (!named) continue;
    for (const p of allMatches(sentence, PERIODS)) {
      const at = p.index!;
      if (quoted.some((q) => q.start <= s.start + at && s.start + at < q.end)) continue;
      if (periodDays(p[0]) >= 30) continue;
      const before = sentence.slice(Math.max(0, at - 80), at);
      // "We can refund only within 10 days…": "only" before the period makes it a limit on her, not our timing
      // (session 41).
      if (OUR_TIMING.test(before) && !ONLY_LIMIT.test(before)) continue;
      // "reported 12 days after delivery" is when, not a limit: a period counted from the goods' arrival is a
      // window only when said as one ("within", "inside", "the first", "gives you").
      const rest = sentence.slice(at + p[0].length);
      const cue = WINDOW_AFTER.exec(rest);
      const after =
        cue && (!COUNTED_FROM.test(rest) || LIMIT_LEAD.test(before) || WINDOW_GIVEN.test(rest)) ? cue : null;
      const lead = after ? null : (WINDOW_BEFORE.exec(before) ?? (cue ? COPULA_LEAD.exec(before) : null));
      if (!after && !lead) continue;
      const link = after
        ? { start: at + p[0].length + after.index, end: at + p[0].length + after.index + after[0].length }
        : { start: at - before.length + lead!.index, end: at };
      const span = (x: { start: number; end: number }) => ({
        start: s.start + x.start,
        end: s.start + x.end,
        text: sentence.slice(x.start, x.end),
      });
      const remedy = span({ start: named.index, end: named.index + named[0].length });
      const act = span({ start: at, end: at + p[0].length });
      const from = Math.min(remedy.start, act.start, s.start + link.start);
      const to = Math.max(remedy.end, act.end, s.start + link.end);
      out.push({
        kind: "window",
        remedy,
        act,
        link: span(link),
        start: from,
        end: to,
        text: text.slice(from, to),
        reason: `"${remedy.text}" is given ${ACT_WORDS.window} ("${act.text}"): ${KIND_LAW.window}.`,
      });
      break;
    }
  }
  return out;
}

function lastOf(text: string, re: RegExp): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  for (const m of text.matchAll(new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`)))
    last = m as RegExpExecArray;
  return last;
}

/** The first obligation of one of `kinds`, or null. */
export function obligationOf(
  text: string,
  kinds: readonly ObligationKind[],
  quoted: readonly { start: number; end: number }[] = [],
): Obligation | null {
  return obligationsIn(text, quoted).find((o) => kinds.includes(o.kind)) ?? null;
}
