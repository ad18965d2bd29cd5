/**
 * The message analyser's phrase rules, as one readable table.
 *
 * Every rule has an id, the label it gives, a regular expression, and a one-line reason. A scenario
 * author can run `npm run analyse -- --explain "text"` to see which rule matched which words.
 *
 * How a rule is applied (see analyse-message.ts):
 *  - `pattern` is run over the whole message after curly quotes, dashes and odd spaces have been
 *    replaced by plain ASCII (same length, so offsets are the original text's). Case-insensitive
 *    unless the pattern has no `i` flag (acronyms such as "POD" vs "coffee pod").
 *  - `negatable`: the match is dropped when a negation word ("not", "n't", "never", "no",
 *    "cannot", "unable", "refuse", "nothing", "none", "without") comes up to 7 words before it in
 *    the same clause, or a negated "is not possible/available/..." follows it (NEGATION below).
 *  - `anchor`: the match must open its sentence or clause.
 *  - `questionOnly`: only in a sentence that is a question.
 *  - `unlessBefore` / `unlessAfter`: tested on the rest of the sentence before / after the match.
 *  - `unlessSentence`: tested on the whole sentence.
 *  - `when`: timeframes only. "future" needs a future marker (will, 'll, going to, due, ...) in the
 *    clause; "notPast" is dropped when the clause is about the past (was, stopped, ago, last, ...)
 *    and has no future marker.
 * All patterns are linear: no nested unbounded repetition.
 */
import type { MessageLabel } from "./analyse-message";
import {
  CLARIFIED_IN_HER_FAVOUR,
  ENDEARMENT_ADDRESS,
  MINIMISER_EXCUSED,
  PRAISE_WITH_ITS_REASON,
  SYMPATHY_ALONE,
} from "./respect-tone";

/** Labels found by the phrase table (the others come from the context or the sentence shape). */
export type PhraseLabel = Exclude<
  MessageLabel,
  "wrong_name" | "personalised" | "order_reference" | "question"
>;

export interface PhraseRule {
  id: string;
  label: PhraseLabel;
  pattern: RegExp;
  why: string;
  negatable?: boolean;
  anchor?: "sentence" | "clause";
  questionOnly?: boolean;
  unlessBefore?: RegExp;
  unlessAfter?: RegExp;
  unlessSentence?: RegExp;
  when?: "future" | "notPast";
  /**
   * A phrase the labelling guide says is NOT this label: never counted, but like any rejected match it
   * stops the statistical model giving the label to its sentence (e.g. "How can I help?" is not listening).
   */
  vetoOnly?: boolean;
  /**
   * Only counted when the rules found an apology elsewhere in the same reply: an excuse that disowns the
   * cause takes an apology back ("I'm sorry for the delay. It was out of our hands."); alone it is not one.
   */
  onlyWithApology?: boolean;
}

const re = (source: string, flags = "i") => new RegExp(source, flags);

// ------------------------------------------------------------------------------- vocabulary
/** Feelings a reply may acknowledge (empathy). */
const FEEL = String.raw`(?:frustrat\w*|annoy\w*|upsett\w*|upset|disappoint\w*|stress\w*|irritat\w*|infuriat\w*|maddening|worr\w*|inconvenien\w*|awful|horrible|rubbish|unpleasant|exasperat\w*|angry|cross|fed\s+up|fuming|livid|furious|gutted|miffed|distress\w*|alarm\w*|scar(?:y|ed|ing)|unsettl\w*|difficult|hard|a\s+(?:real\s+)?(?:pain|nuisance|hassle|worry|shock|let-?down))`;
/** Same, without words that are often literal ("it's hard to say", "difficult to tell"). */
const FEEL_STRICT = String.raw`(?:frustrat\w*|annoy\w*|upsett\w*|upset|disappoint\w*|stress\w*|irritat\w*|infuriat\w*|maddening|worr\w*|inconvenien\w*|awful|horrible|rubbish|unpleasant|exasperat\w*|distress\w*|unsettl\w*|a\s+(?:real\s+)?(?:pain|nuisance|hassle|worry|shock|let-?down))`;
const INTENSIFIER = String.raw`(?:so|really|very|incredibly|extremely|such|quite|a\s+bit|rather|terribly|truly|genuinely|completely|understandably|deeply|awfully)`;
/** "Sorry to hear (that)…", "sorry to learn…": the apology word reporting what was heard, before its object. */
const SORRY_TO_HEAR = String.raw`(?:to\s+(?:hear|learn|read|see)\s+)?`;
/** Reactions a non-apology apologises for (instead of the problem). */
const REACTION = String.raw`(?:upset|unhappy|annoyed|angry|disappointed|frustrated|offended|cross|confused|dissatisfied|displeased|aggrieved|bothered|put\s+out|unimpressed)`;
const NUM = String.raw`(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|twenty-one|twenty-four|thirty|forty-eight|a\s+couple\s+of)`;
/** A second number after a number: "3-5", "three to five", "2–3" (red-team round 17 A: "within three to five working days"). */
const UP_TO_NUMBER = String.raw`(?:\s*(?:-|–|to)\s*(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|twenty-one|twenty-eight|thirty))?`;
const DAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)`;
const APOLOGY_WORD = String.raw`(?:sorry|apologi[sz]e[sd]?|apologi[sz]ing|apolog(?:y|ies)|regrets?)`;

/** "I'll ring you on Thursday to check it's all gone through": a promise to follow the case up with the customer. */
const FOLLOW_UP_CALL = String.raw`\b(?:i'll|i\s+will|we'll|we\s+will|i'm\s+going\s+to|i\s+am\s+going\s+to|let\s+me)\s+(?:(?:personally|also|then|definitely)\s+)?(?:(?:ring|call|phone|email|e-mail|text|message|contact)\s+you|check\s+(?:in|back)\s+with\s+you|follow\s+up\s+with\s+you|get\s+back\s+to\s+you|give\s+you\s+a\s+(?:quick\s+)?(?:ring|call|bell|buzz)|drop\s+you\s+(?:a\s+(?:quick\s+)?(?:line|note|message|email|e-mail)|an\s+(?:email|e-mail)))\b[^.!?;]{0,50}?\bto\s+(?:check|confirm|make\s+sure|see\s+(?:if|whether|that|how))\b`;
/**
 * "You could have a refund", "you should have your refund by Friday": have + a noun phrase is having or
 * receiving something (an offer, an expectation), not hindsight blame, which needs a past participle.
 */
const HAVE_AS_POSSESSION = String.raw`(?:a|an|the|your|yours|my|our|it|them|one|some|any|this|that|these|those|another|more|both|either|free|full|access|\d)\b`;
/**
 * What the customer deserved, after "you should have" (session 49, an independent tutor's second-language learner:
 * "After two years with us you should have better", i.e. you deserve better): "better", "the best", "nothing less",
 * "proper/decent service". Not "better sense / judgement" nor "better than to…", which are hindsight about her.
 */
const HAVE_AS_DESERVING = String.raw`(?:better\b(?!\s+(?:sense|judg(?:e)?ment|manners)\b|\s+than\s+to\b)|best|nothing\s+less|no\s+less|decent|proper|good|great|excellent)\b`;
/**
 * After "sorry, but": what turns from the bad news to the customer's gain (good news, what they can have,
 * what they need not do, or what we will do for them) keeps the apology real. A refusal, a limit or an
 * excuse in between does not ("sorry, but there's nothing more I can do", "sorry, but it's policy").
 */
const SORRY_BUT_GOOD_NEWS =
  /^\s*,?\s*(?:(?!\b(?:nothing|only|policy|unable|cannot|can't|won't|no\s+longer|not\s+able|unfortunately|afraid)\b)[^.!?]){0,70}?\b(?:the\s+good\s+news\s+is|you\s+(?:can|could|will|'ll|do)\s+(?:still\s+)?(?:have|get|keep|receive|choose)\b|you\s+(?:don't|do\s+not|won't|will\s+not|no\s+longer)\s+(?:have|need)\s+to\b|(?:i|we)(?:'ll|\s+will|\s+can(?!'t|not)|\s+could|'ve|\s+have|\s+am\s+going\s+to|'m\s+going\s+to)\s+(?:\w+\s+){0,2}?(?:refund(?:ed)?|replace(?:d)?|repair(?:ed)?|sen[dt]|sort(?:ed)?|arrange(?:d)?|fix(?:ed)?|put|get|give(?:n)?|collect(?:ed)?|credit(?:ed)?|reimburse(?:d)?|book(?:ed)?|organise(?:d)?|offer(?:ed)?|waive(?:d)?|cover(?:ed)?)\b)/i;
/** Who a CRM note or case text talks about: the customer in the third person ("customer probably dropped it"). */
const SUBJ3 = String.raw`(?:(?:the\s+)?(?:customer|cust|client|caller|consumer|buyer)|he|she|(?:mr|mrs|ms|miss|mx)\.?\s+[a-z'-]+)`;
/** Someone else who may be the subject of "he dropped it" in a reply (the courier, a colleague): not the customer. */
/** Her own account reported in a note: "Customer said (that) he…", "she admitted she…", "he told us he…". */
const REPORTED_BY_HER =
  /\b(?:said|says|told\s+(?:me|us)|admitted|admits|explained|explains|mentioned|confirmed|confirms|reported|reports|stated|states|thinks|thought|believes|believed)\s+(?:that\s+)?$/i;
/** Her own account of her fault, in a note: "Her error, she said so herself", "Customer error, she admitted it". */
const THIRD_PERSON_OWN_ACCOUNT =
  /\b(?:she|he|they|customer|cust)\s+(?:said\s+so|admitted\s+(?:it|as\s+much|to\s+it)|admits\s+(?:it|to\s+it)|agreed|told\s+us\s+so|owned\s+up)\b|\b(?:by|on)\s+(?:her|his|their)\s+own\s+(?:account|admission)\b/i;
const NOT_THE_CUSTOMER =
  /\b(?:courier|driver|carrier|postman|postie|delivery|warehouse|engineer|technician|colleague|staff|agent|manager|supplier|manufacturer|team)\b[^.!?]{0,60}$/i;
/** "but I can/will/have ...": a refusal followed by what we CAN do is not a brush-off. */
const BUT_WE_CAN =
  /^[^.!?]{0,100}?\b(?:but|however|although|instead)\b[^.!?]{0,80}?\b(?:(?:i|we)(?:'ll|'ve|\s+will|\s+can|\s+could|\s+have|\s+am\s+going\s+to|'m\s+going\s+to)|(?:my\s+colleagues?|colleagues?|someone|they|the\s+[\w-]+\s+team)\s+(?:can|will|could)|what\s+(?:i|we)\s+can)\b/i;

/**
 * "Couriers, eh, what can you do 🤷": a shrug at the customer's problem (the guide's "it is what it is"). Only as
 * a rhetorical aside: at the end of its clause, or before a shrug, "eh", "really", "anyway"; "What can we do to put
 * this right?" and "what can you do on your end?" are questions, not shrugs.
 */
const WHAT_CAN_YOU_DO = String.raw`\bwhat\s+(?:can|could)\s+(?:you|u|ya|one|anyone|ye)\s+do\b(?=\s*(?:[?!.,;:\u2026)-]|$|[\uD83C-\uDBFF\u2600-\u27BF]|(?:eh|really|hey|though|anyway|sometimes|right|lol|haha\w*|innit|mate)\b))`;
/**
 * "Oh, of course, I'll just read your mum's address out to a voice on the phone, shall I?": a mock offer to do the
 * absurd or forbidden thing (sarcasm). The whole frame is needed: "Oh" + "of course / sure / right / naturally",
 * "I'll just …", "shall I?" ("I'll pop the new one in the post today, shall I?" is a real offer).
 */
const MOCK_OFFER = String.raw`\boh\s*,?\s*(?:of\s+course|sure|right|naturally)\b[^.!?\n]{0,40}?\b(?:i'll|i\s+will|we'll|we\s+will)\s+just\b[^.!?\n]{0,160}?\bshall\s+(?:i|we)\s*\?`;
/** Laughter or an eye-roll: "lol", "haha", 😂, 🤣, 😆, 🙄. */
const LAUGH = String.raw`(?:\b(?:lol|lmao|lmfao|rofl|ha(?:ha)+h?|he(?:he)+|ha\s+ha)\b|\uD83D\uDE02|\uD83E\uDD23|\uD83D\uDE06|\uD83D\uDE44)`;
/** Bad news about the customer's order or money, for laughter beside it ("bad news lol, the courier lost it"). */
const LOSS = String.raw`\b(?:bad\s+news|lost|lose|losing|missing|broke|broken|damaged|smashed|cracked|faulty|(?:is|was|are|were|be|been|being|running|arriving|arrived|came|come|turned\s+up|it's|it'll)\s+(?:\w+\s+){0,2}late|late\s+(?:delivery|parcel|order|refund|payment)|delayed|cancell?ed|stolen|refused|declined|rejected|out\s+of\s+stock|sold\s+out|overcharged|charged\s+(?:you\s+)?twice|never\s+(?:arrived|came|turned\s+up)|(?:didn't|hasn't|has\s+not|did\s+not|not)\s+(?:arrived|come|turned\s+up)|wrong\s+(?:item|one|size|colou?r|order|address|parcel)|since\s+(?:you|u)\s+(?:never|didn't|did\s+not|don't|do\s+not|haven't|have\s+not|forgot|can't|cannot)\b(?!\s+know\b))\b`;
/** The customer's temper or mood, for laughter beside it ("shouty on the phone lol"). */
const HER_MOOD = String.raw`\b(?:rude|shouty|shouting|shouted|yelling|yelled|screaming|screamed|ranting|ranted|angry|cross|furious|fuming|livid|mad|upset|crying|in\s+tears|kick(?:ed|ing)\s+off|moan(?:ing|ed)?|whing(?:e|ed|ing|eing)|grumpy|stroppy|narky|ratty|mardy|gobby|mouthy|in\s+a\s+(?:mood|strop|huff)|(?:bad|rough|off)\s+day|meltdown|tantrum|drama)\b`;
/** "Sorry, could you repeat that?" / "Sorry?": asking the customer to repeat, not an apology. */
const SORRY_AS_PARDON =
  /^(?:i'm\s+|i\s+am\s+)?sorry\s*[,?!.]?\s*(?:(?:could|can|would)\s+you\s+(?:please\s+)?(?:repeat|say\s+that\s+again|spell)|what\s+(?:was\s+that|did\s+you\s+say)|i\s+didn't\s+catch|pardon|come\s+again)|^sorry\s*\?*$/i;

/** Things a customer can do to fix a fault (troubleshooting counts as Solve when the fix is named). */
const FIX_BASE = String.raw`(?:restart|reboot|reinstall|re-install|reset|update|clear|uninstall|unplug|power\s+cycle|descale|clean|sign\s+out|log\s+out|sign\s+back\s+in|log\s+back\s+in|resync|re-sync|reconnect|restore|rebuild|re-?pair|disable|enable|delete|remove|transcode|switch\s+off|turn\s+off|force\s+quit|force\s+close|refresh|lock|unlock|re-?configure|press(?=\s+(?:and\s+hold\s+)?(?:the|your)\s+(?:[\w-]+\s+){0,2}?button))\b`;
const FIX_ING = String.raw`(?:restarting|rebooting|reinstalling|re-installing|resetting|updating|clearing|uninstalling|unplugging|power\s+cycling|descaling|cleaning|signing\s+(?:out|back\s+in)|logging\s+(?:out|back\s+in)|resyncing|reconnecting|restoring|rebuilding|re-?pairing|disabling|enabling|deleting|removing|transcoding|switching\s+(?:it\s+)?off|turning\s+(?:it\s+)?off|force\s+quitting|using\s+a\s+different|changing|refreshing|locking|unlocking|re-?configuring|pressing|using\s+(?:the|your)\s+backup)\b`;
/** After a remedy word: talk about the process, not a remedy ("refund policy", "replacement queries"). */
const REMEDY_NOT_OFFERED_AFTER =
  /^\s+(?:policy|policies|process|terms|rules|window|period|request\s+form|information|info|requests?|queries|query|status|related|options?|eligibility|questions?|enquir\w+|department|team|form|page)\b/i;
/** Before a remedy word: sending the customer elsewhere for it ("contact phone support for the replacement"),
 * or asking about its status. Not when we contact them ("we'll contact you about your refund"). */
const REMEDY_REFERRAL_BEFORE_RE =
  /(?<!(?:we|i)(?:'ll|\s+will)\s+)\b(?:contact|reach\s+out\s+to|call|speak\s+to|get\s+in\s+touch\s+with|visit|check)\b[^.!?]{0,80}?\b(?:for|regarding|about)\s+(?:the\s+|a\s+|any\s+|your\s+)?(?:[\w-]+\s+)?$|^\s*(?:for|regarding)\s+(?:any\s+|the\s+)?(?:[\w-]+\s+)?$|\b(?:status|progress|information|details|eligibility)\s+(?:of|on|about|for)\s+(?:your|the|a|any)\s+$/i;
/**
 * Before a remedy word: what the customer wants, reported in the third person ("The customer was demanding a
 * refund", "Customer wants a replacement kettle", "she asked for her money back"): the customer's request, not
 * a fix we gave or promised (labelling guide: Solve is a remedy offered or done). Third person only: "you asked
 * for a refund, which I've processed" goes on to the fix, and "I understand you'd like a refund" is listening.
 */
const CUSTOMER_WANTS_REMEDY_BEFORE =
  /\b(?:customer|cust|client|caller|buyer|he|she|they)\s+(?:(?:is|was|were|are|'s|has\s+been|had\s+been|keeps|kept|is\s+still|was\s+still|is\s+now)\s+)?(?:demand(?:s|ed|ing)?|ask(?:s|ed|ing)\s+for|request(?:s|ed|ing)?|want(?:s|ed|ing)?|insist(?:s|ed|ing)\s+on|expect(?:s|ed|ing)?|after|chasing|hoping\s+for|would\s+like|'d\s+like)\s+(?:(?:a|an|the|his|her|their|full|partial|immediate|another|new)\s+){0,3}$/i;
/**
 * A sentence that only restates what the customer wants, after a listening frame ("We understand you are looking
 * for a refund.", "I see you'd like a replacement."): listening, not a fix. Not when the same sentence goes on to
 * act ("I understand you'd like a refund, so I've issued one").
 */
const RESTATES_WANTED_REMEDY =
  /^(?![^.!?]*\b(?:i|we)(?:'ve|\s+have|'ll|\s+will|\s+can|'d\s+be|\s+would\s+be|'m\s+(?:going|happy|glad)|\s+am\s+(?:going|happy|glad)|'re\s+(?:going|happy|glad))\b|[^.!?]*\b(?:on\s+(?:its|their|the)\s+way|(?:has|have)\s+been\s+(?:sent|issued|processed|arranged|dispatched|booked|approved|refunded))\b)[^.!?]*\b(?:i|we)\s+(?:(?:completely|fully|totally)\s+)?(?:understand|see|know|hear|gather|note)\s+(?:that\s+)?you(?:'d|\s+would|'re|\s+are|\s+were|'ve|\s+have)?\s+(?:(?:like|want|wanting|looking\s+for|asking\s+for|asked\s+for|requested|requesting|after|hoping\s+for|expecting)\s+)/i;
const REMEDY_REFERRAL_BEFORE = new RegExp(
  `(?:${REMEDY_REFERRAL_BEFORE_RE.source})|(?:${CUSTOMER_WANTS_REMEDY_BEFORE.source})`,
  "i",
);

/**
 * A list of three or more LASS step names ("listens, apologises, solves and says thank you", "LASS (Listen,
 * Apologise, Solve, Say thank you)"): words about a reply, not the act. Each label has a `vetoOnly` rule on it.
 */
const STEP_NAME = String.raw`(?:listen(?:s|ed|ing)?|apologi[sz](?:e[sd]?|ing)|solv(?:e[sd]?|ing)|(?:say(?:s|ing)?\s+)?thank(?:s|ed|ing)?(?:\s+you)?)`;
const STEP_NAME_LIST = String.raw`\b${STEP_NAME}(?:\s*(?:,|;|->|>|\u2192)\s*(?:(?:and|then)\s+)?(?:\d\.?\s*)?|\s+(?:and|then)\s+)${STEP_NAME}(?:\s*(?:,|;|->|>|\u2192)\s*(?:(?:and|then)\s+)?(?:\d\.?\s*)?|\s+(?:and|then)\s+)${STEP_NAME}(?:(?:\s*(?:,|;|->|>|\u2192)\s*(?:(?:and|then)\s+)?|\s+(?:and|then)\s+)${STEP_NAME}){0,3}\b`;

/**
 * Where a text lists three or more LASS step names, and which steps each list names (in order, as
 * "listen" | "apologise" | "solve" | "thank"). The marker counts a named step as the stock phrase it
 * stands for (scenarios/case-evidence.ts): naming the steps is claiming them, not doing them.
 */
export function stepNameLists(text: string): { start: number; end: number; steps: string[] }[] {
  const out: { start: number; end: number; steps: string[] }[] = [];
  for (const m of text.matchAll(re(STEP_NAME_LIST, "gi"))) {
    const start = m.index ?? 0;
    const steps = [...m[0].matchAll(re(STEP_NAME, "gi"))].map(([w]) => {
      const l = w.toLowerCase();
      return l.startsWith("listen")
        ? "listen"
        : l.startsWith("apolog")
          ? "apologise"
          : l.startsWith("solv")
            ? "solve"
            : "thank";
    });
    out.push({ start, end: start + m[0].length, steps });
  }
  return out;
}

// ------------------------------------------------------------------------------- negation
export const NEGATION = {
  /** Words that negate what follows them in the same clause. */
  cue: /\b(?:not|never|no|none|nothing|nobody|neither|nor|cannot|unable|refuse[sd]?|refusing|without)\b|n't\b/gi,
  /** Fixed phrases where the negation word does not negate the rest ("no problem", "don't worry"). */
  falseFriendAfterCue:
    /^\s+(?:problem|problems|worries|worry|only|later|matter|doubt|hesitation|hesitate|charge|cost|extra|fuss|hassle|quibble|quibbles|delay|question|questions|obligation|exception)\b|^\s+to\s+worry\b|^\s+idea\s+how\b/i,
  /** If one of these sits between the negation and the match, the negation is about it, not the match
   * ("we won't charge you for the replacement", "you won't have to wait for a refund"). */
  neutraliser:
    /\b(?:charge|charged|charging|cost|costs|pay|paying|fee|fees|wait|waiting|worry|hesitate|delay|out\s+of\s+pocket)\b/i,
  /** How many words back a negation reaches. */
  windowWords: 7,
  /** A negation after the match: "a refund isn't possible", "discounts aren't available". */
  after:
    /^(?:\s+[\w'-]+){0,3}?\s+(?:(?:is|are|was|were|will|would|can|could)\s+(?:not|never)|isn't|aren't|wasn't|weren't|won't|wouldn't|can't|cannot)\s+(?:be\s+)?(?:possible|available|an\s+option|offered|given|issued|provided|covered|approved|allowed|permitted|authori[sz]ed|applicable|due|on\s+offer)\b|^(?:\s+[\w'-]+){0,3}?\s+(?:is|are)\s+(?:out\s+of\s+the\s+question|off\s+the\s+table)|^(?:\s+[\w'-]+){0,3}?\s+(?:(?:is|are)\s+not|isn't|aren't)\s+something\s+(?:we|i)\b/i,
} as const;

/**
 * After a noun in a policy's list of exclusions: up to eight more listed words, then "cannot be returned",
 * "are non-refundable", "are excluded" ("gift cards, opened coffee and perishable goods cannot be returned").
 * Each listed word is taken whole (`(?![\w'-])`): with the separators optional, one word could be cut into
 * pieces in every way that fits eight, all tried before a failure (0.1-1.4 s of processor on one message of
 * 3,990 characters of acts, remedies and link words, session 48). A cut word never reaches further than the
 * whole word in fewer pieces, so the same texts match. Likewise the spaces around a comma or "&" are read one
 * way only (`\s*(?:[,&]\s*)?`, the same strings as `\s*(?:,|&)?\s*`, which could split each run of spaces
 * between its two halves: 2^8 ways over eight words).
 */
const POLICY_EXCLUSION_AFTER =
  /^(?:\s*(?:[,&]\s*)?[\w'-]+(?![\w'-])){0,8}?\s+(?:(?:cannot|can't|can\s+not|may\s+not|will\s+not|won't|are\s+not|aren't|is\s+not|isn't)\s+(?:be\s+)?(?:returned|refunded|exchanged|returnable|refundable|exchangeable)|(?:are|is)\s+(?:non-?returnable|non-?refundable|excluded\s+from\s+(?:returns|refunds|our\s+returns))|(?:are|is)\s+(?:not\s+)?(?:eligible|covered)\s+for\s+(?:a\s+)?(?:return|refund|exchange))\b/i;

/** Future and past markers for timeframe rules with `when`. */
export const TENSE = {
  future:
    /\b(?:will|shall|going\s+to|gonna|due|expect|expected|aim|aims|plan|planned|arrives?|arriving|dispatch(?:es)?|ships?|tomorrow|next|valid)\b|'ll\b|\b(?:i'm|we're|i\s+am|we\s+are|it's|it\s+is|they're|they\s+are)\s+\w+ing\b|\bshould\s+(?:arrive|be|reach|see|get|receive|land|hear)\b/i,
  past: /\b(?:was|were|had|did|been|arrived|stopped|broke|broken|happened|delivered|ordered|bought|called|rang|phoned|emailed|said|mentioned|started|received|placed|came|went|noticed|told|reported|ago|last|yesterday|earlier)\b/i,
} as const;

// ------------------------------------------------------------------------------- the table
export const PHRASE_RULES: readonly PhraseRule[] = [
  // ============================================================ listen
  {
    id: "listen.i-understand-that",
    label: "listen",
    pattern: re(
      String.raw`\bi\s+(?:completely\s+|fully\s+|totally\s+|do\s+|now\s+)?understand\s+(?:that\s+)?(?:your|the|you've|you\s+have|you\s+had|you\s+were|you\s+didn't|you\s+haven't|it|this|there|you\s+(?:\w+ed|bought|got|sent|paid|made|did|tried|took|found|saw|wrote|rang|need|want|would\s+like))\b`,
    ),
    why: "Restates the customer's problem: 'I understand your kettle stopped working'.",
    negatable: true,
    // "I understand the customer's frustration" (about her, not to her; red-team round 5 A).
    unlessAfter: /^\s+(?:customer|cust|client|caller|consumer)(?:'s|s')\s/i,
  },
  {
    id: "listen.feeling-that-problem",
    label: "listen",
    pattern: re(
      String.raw`\b${FEEL}\s+that\s+(?:your|the|my|our)\s+(?:[\w-]+\s+){0,2}?(?:has|had|was|is|arrived|stopped|broke|keeps|isn't|wasn't|won't|didn't|hasn't|doesn't|came|turned|went)\b`,
    ),
    why: "Names the problem behind the feeling: 'frustrated that the grinder arrived broken'.",
    negatable: true,
  },
  {
    id: "listen.so-paraphrase",
    label: "listen",
    pattern: re(String.raw`\bso,?\s+(?:just\s+to\s+(?:confirm|check|recap),?\s+)?(?:your|the|you)\b`),
    anchor: "sentence",
    unlessAfter: /^[^,.;!?]{0,40}?(?:\bwill\b|'ll\b|\bshall\b)/i,
    why: "Paraphrases what the customer said: 'So the grinder arrived broken?'.",
  },
  {
    id: "listen.you-said",
    label: "listen",
    pattern: re(
      String.raw`\b(?:you|you've|you\s+have)\s+(?:just\s+|already\s+)?(?:said|mentioned|explained|told\s+(?:us|me)|described|reported|noted|pointed\s+out)\b`,
    ),
    why: "Refers back to what the customer said: 'You mentioned ...'.",
    negatable: true,
  },
  {
    id: "listen.check-understanding",
    label: "listen",
    pattern: re(
      String.raw`\bif\s+i(?:'ve|\s+have)?\s+understood\b|\bif\s+i\s+understand\s+(?:you\s+)?correctly\b|\bjust\s+to\s+(?:confirm|check|clarify|recap|make\s+sure\s+i\s+understand)\b|\blet\s+me\s+(?:make\s+sure\s+i\s+(?:understand|have\s+this\s+right)|check\s+i(?:'ve|\s+have)\s+understood|recap)\b|\bto\s+(?:recap|summari[sz]e)\b|\bwhat\s+i(?:'m|\s+am)\s+hearing\s+is\b|\bwhat\s+i\s+hear\s+(?:you\s+saying\s+)?is\b|\bwhat\s+you(?:'re|\s+are)\s+(?:saying|telling\s+me)\s+is\b|\bfrom\s+what\s+you(?:'ve|\s+have)?\s+(?:told|said\s+to|described\s+to|explained\s+to)\s+me\b|\bfrom\s+what\s+you\s+(?:say|describe)\b|\bas\s+i\s+understand\s+it\b(?=\s*,?\s+(?:you|your|the|it|this|there)\b)|\bif\s+i(?:'m|\s+am)\s+hearing\s+you\s+(?:right|correctly)\b|\bif\s+i\s+hear\s+you\s+(?:right|correctly)\b`,
    ),
    why: "Checks understanding: 'Just to confirm ...', 'If I've understood correctly ...', and reflective openers: 'What I'm hearing is that ...', 'So what you're saying is ...', 'From what you've told me, ...', 'If I'm hearing you right, ...'.",
  },
  {
    id: "listen.so-the-problem-is",
    label: "listen",
    pattern: re(
      String.raw`\bso\s*,?\s+the\s+(?:problem|issue|trouble|fault)\s+(?:is|was|seems\s+to\s+be)\s+that\s+(?:your|the|it|this|there)\b`,
    ),
    anchor: "clause",
    why: "Restates the customer's problem with a frame: 'So the problem is that the grinder jams ...' (like 'So the grinder arrived ...').",
  },
  {
    id: "listen.it-sounds-like",
    label: "listen",
    pattern: re(String.raw`\bit\s+sounds\s+(?:like|as\s+(?:though|if))\s+(?:the|your|you|it|there)\b`),
    why: "Reflects the problem back: 'It sounds like the thermostat has failed'.",
    negatable: true,
  },
  {
    id: "listen.i-can-see",
    label: "listen",
    pattern: re(
      String.raw`\bi\s+(?:can\s+)?see\s+(?:from|on|in)\s+(?:your|our|the)\s+(?:account|records?|order|notes|history|file|case|photos?)\b|\bi\s+can\s+see\s+(?:that\s+)?(?:your|the|you)\b`,
    ),
    why: "Shows the record has been checked: 'I can see from your account that ...'.",
    negatable: true,
  },
  {
    id: "listen.read-your-message",
    label: "listen",
    pattern: re(
      String.raw`\bi(?:'ve|\s+have)\s+(?:carefully\s+|now\s+)?(?:read|looked\s+(?:at|through|over)|gone\s+through|reviewed|listened\s+to)\s+(?:through\s+)?(?:your|the)\s+(?:email|message|complaint|letter|notes|feedback|comments?|review|photos?|call)\b`,
    ),
    why: "Says the customer's message has been read properly.",
    negatable: true,
  },
  {
    id: "listen.i-hear",
    label: "listen",
    pattern: re(String.raw`\b(?:i|we)\s+(?:hear|note|acknowledge)\s+(?:that\s+)?(?:your|the|you)\b`),
    why: "Acknowledges the complaint: 'I hear you', 'I note that the lid ...'.",
    negatable: true,
  },
  {
    id: "listen.tell-me-more",
    label: "listen",
    pattern: re(
      String.raw`\b(?:tell|let)\s+(?:me|us)\s+(?:know\s+)?(?:a\s+bit\s+)?(?:more\s+)?(?:about\s+)?(?:what|when|how|which|where|exactly|more)\b`,
    ),
    why: "Invites the customer to explain: 'Please tell me what happened'.",
    negatable: true,
  },
  {
    id: "listen.would-love-to-know",
    label: "listen",
    pattern: re(
      String.raw`\b(?:i'd|we'd|i\s+would|we\s+would)\s+(?:really\s+)?(?:love|like)\s+to\s+(?:know|hear|understand|learn)\b`,
    ),
    why: "Invites the customer's view: 'We'd love to hear what made you stop ordering'.",
    negatable: true,
  },
  {
    id: "listen.tag-question",
    label: "listen",
    pattern: re(
      String.raw`,\s*(?:(?:is|isn't|was|wasn't|did|didn't|does|doesn't|has|hasn't|have|haven't|won't|can't)\s+(?:it|that|this|they)|is\s+that\s+(?:right|correct)|have\s+i\s+got\s+that\s+right)\s*\?`,
    ),
    questionOnly: true,
    why: "Checks a paraphrase with a tag question: '..., didn't it?', '..., is that right?'.",
  },
  {
    id: "listen.could-you-tell-me",
    label: "listen",
    pattern: re(
      String.raw`\b(?:could|can|would|will)\s+you\s+(?:please\s+|just\s+|kindly\s+|possibly\s+)?(?:tell|let\s+(?:me|us)\s+know|describe|explain|walk\s+me|give\s+me|share|say|confirm|send|clarify|check|repeat|show|take\s+a\s+photo|attach|provide|pop|jot|drop\s+me|forward|upload|reply\s+with|read\s+me|find)\b`,
    ),
    questionOnly: true,
    why: "A clarifying request: 'Could you tell me when it started?'.",
  },
  {
    id: "listen.open-question",
    label: "listen",
    pattern: re(
      String.raw`\b(?:what|when|where|which|how|who)\b(?!\s+(?:else|a|an|did\s+you\s+expect|do\s+you\s+expect|(?:can|may|could)\s+(?:i|we)\s+(?:help|assist|get|do))\b)`,
    ),
    anchor: "clause",
    questionOnly: true,
    why: "An open question about the customer's situation ('What happened when ...?'). 'Why' questions are not counted: they tend to sound accusing; nor are offers ('How can I help?', 'What can I get you?').",
  },
  {
    id: "listen.closed-clarifying-question",
    label: "listen",
    pattern: re(
      String.raw`\b(?:did|does|do|is|was|has|have|were|are)\s+(?:it|the|your|there(?!\s+anything\s+else)|you\s+(?:notice|see|hear|smell|still|use|try|get|receive|have\s+(?:the|a|any)))\b`,
    ),
    anchor: "clause",
    questionOnly: true,
    // An offer or closing question is not clarifying (guide): "Is there something else I can get you?",
    // "Is there anything from the menu you'd like?", "Is it good now?", "Does the order look right?".
    unlessAfter:
      /^\s+(?:(?:anything|something)\b[^.?!]{0,40}?\b(?:you'd\s+like|you\s+would\s+like|you\s+like|you\s+want|you're\s+interested|you\s+are\s+interested|(?:i|we)\s+(?:can|could)\s+(?:get|help|do|make))|another\s+[\w-]+\s+(?:i|we)\s+(?:can|could)\s+get|(?:good|ok|okay|alright|all\s+right)\s+now\b|order\s+(?:look|fit|sound|seem))/i,
    why: "A clarifying yes/no question about the problem: 'Is the power light on?'. Not 'Is there anything else ...?' or 'Is there something from the menu you'd like?'.",
  },

  {
    id: "listen.not-offer-or-closing-question",
    label: "listen",
    pattern: re(
      String.raw`\b(?:how\s+(?:can|may|could)\s+(?:i|we)\s+(?:help|assist)|what\s+can\s+(?:i|we)\s+(?:get|do|make)(?:\s+started)?\s+for\s+you|what\s+(?:can|could)\s+(?:i|we)\s+get\s+you|what\s+would\s+you\s+like(?:\s+to\s+(?:order|drink|have))?\s*\?|(?:is\s+there\s+)?(?:anything|something)\s+(?:else\s+)?(?:(?:from|on)\s+(?:the|our)\s+menu|(?:else\s+)?(?:i|we)\s+can)|are\s+you\s+ready\s+to\s+order|(?:does|do)\s+(?:this|the|your)\s+order\s+look|is\s+(?:this|that)\s+your\s+(?:complete\s+)?order|let\s+(?:us|me)\s+know\s+how\s+(?:it|that|they|this)\s+go(?:es)?|is\s+there\s+(?:anything|something)\b[^.?!]{0,40}?\b(?:you'd\s+like|you\s+would\s+like|you\s+like|you\s+want|you're\s+interested|you\s+are\s+interested|(?:i|we)\s+(?:can|could)\s+(?:get|help|do|make))|is\s+there\s+another\s+[\w-]+\s+(?:i|we)\s+(?:can|could)\s+get|how\s+about\s+(?:a|an|some)\s+[\w-]+\s*\?|(?:did|do|would)\s+you\s+(?:want|like)\s+(?:a|an|some)\s+[\w-]+\s+instead|(?:does|do)\s+(?:this|the|your)\s+order\s+(?:fit|sound|seem)|is\s+(?:it|this|that)\s+(?:good|ok|okay|alright|all\s+right)\s+now|how\s+are\s+you\s+(?:doing\s+)?today|what\s+(?:else\s+)?(?:can|could|shall|should|might)\s+(?:i|we)\s+do\s+(?:(?:for\s+you\s+)?to\s+(?:help|put|make|set|sort|fix|resolve|remedy|improve)\b[^.?!]{0,40}?\?|about\s+(?:this|it|that)\s*\?|\?)|how\s+(?:can|could|shall|should|might)\s+(?:i|we)\s+(?:put|make|set)\s+(?:this|it|that|things)\s+right\b[^.?!]{0,30}?\?|what\s+would\s+you\s+like\s+(?:us|me)\s+to\s+do\b[^.?!]{0,40}?\?|which\s+(?:(?:one|option|options|remedy|remedies|solution|choice|of\s+(?:those|these|them|the\s+(?:two|three|options|remedies)))\s+)?(?:(?:would|do|did|will)\s+you\s+(?:prefer|like|want|wish|choose|fancy|rather|go\s+for)\b|suits?\s+you|(?:is|would\s+be)\s+(?:best|better|easier)\s+for\s+you)\b[^.?!]{0,40}?\?)(?!\w)`,
    ),
    vetoOnly: true,
    why: "Opening, offer and closing questions ('How can I help?', 'What can I get for you?', 'Is there something else you'd like?', 'How about a cortado?', 'Is it good now?', 'Let us know how it goes') are not listening (guide): never counted, and the model may not read them as listening. 'What can we do to put this right?' and 'What would you like us to do?' hand the remedy back to the customer, and 'Which would you prefer?', 'Which remedy do you wish to exercise?' ask her to choose between options: offer questions, restating nothing of her problem and asking nothing about it (not 'Which day did it stop?').",
  },
  {
    id: "listen.not-rhetorical-tag",
    label: "listen",
    pattern: re(
      String.raw`\b(?:simple|easy|obvious|clear|straightforward|rocket\s+science|brain\s+surgery|common\s+sense|hard|difficult|complicated|tricky|(?:your|her|his)\s+(?:own\s+)?(?:fault|problem|responsibility|lookout)|a\s+bit\s+much|unreasonable|ridiculous|silly|(?:first|1st)[- ]world\s+problem|the\s+end\s+of\s+the\s+world|a\s+(?:big|huge)\s+deal|that\s+bad)\b[^.!?\n]{0,40}?,\s*(?:is|was|isn't|wasn't|is\s+it\s+not|was\s+it\s+not)\s+(?:it|that|this)\s*\?|\b(?:don't|do\s+not|wouldn't|would\s+not)\s+you\s+(?:think|say|agree)\s*\?`,
    ),
    vetoOnly: true,
    why: "A tag that makes a point ('It's not rocket science, is it?', 'It's simple, isn't it?', '…, don't you think?') asks for agreement, not about the customer's problem: not listening (lead, 5 December). A tag that checks her facts ('It stopped on Monday, didn't it?') still is.",
  },
  {
    id: "listen.not-follow-up-promise",
    label: "listen",
    pattern: re(FOLLOW_UP_CALL),
    vetoOnly: true,
    why: "A promise to ring back and check ('I'll call you next week to make sure the refund has arrived') follows the case through; it does not restate the customer's problem or ask about it, so it is not listening.",
  },

  // ============================================================ apologise
  {
    id: "apologise.i-am-sorry",
    label: "apologise",
    pattern: re(String.raw`\b(?:i|we)(?:'m|'re|\s+am|\s+are)\s+(?:${INTENSIFIER}\s+){0,2}sorry\b`),
    why: "A first-person apology: 'I'm so sorry ...'.",
    negatable: true,
    unlessSentence: SORRY_AS_PARDON,
  },
  {
    id: "apologise.gutted-we-let-you-down",
    label: "apologise",
    pattern: re(
      String.raw`\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:(?:so|really|absolutely|honestly|truly|genuinely|just)\s+)*(?:gutted|devastated|mortified|ashamed|embarrassed)\s+(?:that\s+)?(?:we|i)\s+(?:(?:have|'ve|really|completely)\s+)?(?:let\s+you\s+down|got\s+(?:this|it|that)\s+(?:so\s+)?wrong|messed\s+(?:this\s+|it\s+)?up|dropped\s+the\s+ball)\b`,
    ),
    why: "British informal regret for our own failure, the fault owned: 'I'm gutted we let you down' (red-team round 7 A). Not 'gutted you feel that way'.",
    negatable: true,
  },
  {
    id: "apologise.sorry",
    label: "apologise",
    pattern: re(String.raw`\bsorry\b`),
    why: "'Sorry ...' (unless it is one of the non-apology forms).",
    negatable: true,
    unlessSentence: SORRY_AS_PARDON,
  },
  {
    id: "apologise.apologise",
    label: "apologise",
    pattern: re(String.raw`\b(?:apologi[sz]e[sd]?|apologi[sz]ing|apolog(?:y|ies))\b`),
    why: "'I apologise', 'please accept our apologies' (UK and US spellings).",
    negatable: true,
  },
  {
    id: "apologise.we-regret",
    label: "apologise",
    pattern: re(String.raw`\b(?:i|we)\s+(?:(?:sincerely|deeply|truly|really)\s+)?regret\b`),
    why: "'We regret ...' (formal apology; 'we regret ANY inconvenience' is a non-apology).",
    negatable: true,
  },
  {
    id: "apologise.forgive-us",
    label: "apologise",
    pattern: re(String.raw`\bplease\s+forgive\s+(?:us|me)\b`),
    why: "'Please forgive us ...'.",
    negatable: true,
  },

  {
    id: "listen.not-comprehension-check",
    label: "listen",
    pattern: re(
      String.raw`\b(?:does|did)\s+(?:that|this|it|everything|all\s+(?:of\s+)?(?:that|this))\s+make\s+sense\b|\b(?:is|was)\s+(?:that|this|everything)\s+(?:all\s+)?clear(?:er)?\b|\bare\s+you\s+(?:still\s+)?(?:with\s+me|following(?:\s+me)?)\b`,
    ),
    vetoOnly: true,
    why: "A check that the customer followed our explanation ('Does that make sense so far?') asks nothing about their problem: not listening.",
  },
  {
    id: "listen.not-rhetorical-shrug",
    label: "listen",
    pattern: re(WHAT_CAN_YOU_DO),
    vetoOnly: true,
    why: "'What can you do?' as a shrug at the customer's problem asks nothing about it: not listening (red-team round 12 A).",
  },
  {
    id: "listen.not-step-names",
    label: "listen",
    pattern: re(STEP_NAME_LIST),
    vetoOnly: true,
    why: "Naming the LASS steps ('this reply listens, apologises, solves and says thank you') describes a reply; it is not listening.",
  },
  {
    id: "apologise.not-step-names",
    label: "apologise",
    pattern: re(STEP_NAME_LIST),
    vetoOnly: true,
    why: "Naming the LASS steps ('this reply listens, apologises, solves and says thank you') describes a reply; it is not an apology.",
  },
  {
    id: "solve.not-mock-offer",
    label: "solve",
    pattern: re(MOCK_OFFER),
    vetoOnly: true,
    why: "A mock offer ('Oh sure, I'll just refund everyone who asks, shall I?') is sarcasm, not a remedy (red-team round 12 B).",
  },
  {
    id: "solve.not-step-names",
    label: "solve",
    pattern: re(STEP_NAME_LIST),
    vetoOnly: true,
    why: "Naming the LASS steps ('this reply listens, apologises, solves and says thank you') describes a reply; it is not a fix.",
  },
  {
    id: "thank.not-step-names",
    label: "thank",
    pattern: re(STEP_NAME_LIST),
    vetoOnly: true,
    why: "Naming the LASS steps ('this reply listens, apologises, solves and says thank you') describes a reply; it is not thanks.",
  },
  // ============================================================ non_apology
  {
    id: "non_apology.did-not-meet-your-standards",
    label: "non_apology",
    pattern: re(
      String.raw`\b(?:sorry|apologi[sz]e|apologies)\b[^.!?]{0,80}?\b(?:didn't|did\s+not|doesn't|does\s+not|failed\s+to|wasn't\s+able\s+to)\s+(?:quite\s+)?(?:meet|live\s+up\s+to|match)\s+your\s+(?:(?:high|exacting|lofty|particular|own)\s+)?standards\b|\b(?:sorry|apologi[sz]e|apologies)\b[^.!?]{0,80}?\b(?:didn't|did\s+not)\s+quite\s+(?:meet|live\s+up\s+to)\s+your\s+expectations\b`,
    ),
    why: "Sorry that something 'didn't quite meet your standards' puts the failure on the customer's standards, not on what went wrong (red-team round 7 B).",
  },
  {
    id: "non_apology.sorry-you-feel",
    label: "non_apology",
    pattern: re(
      String.raw`\b${APOLOGY_WORD}\s+(?:that\s+|if\s+)?(?:you|anyone|some(?:one|body))\s+(?:feel|felt|feels|think|thought|believe|believed|see\s+it|saw\s+it|took\s+it|perceive|perceived|consider)\b`,
    ),
    why: "Apologises for the customer's view, not the problem: 'sorry you feel that way'.",
  },
  {
    id: "non_apology.sorry-you-found-it-wanting",
    label: "non_apology",
    pattern: re(
      String.raw`\b${APOLOGY_WORD}\s+(?:that\s+)?(?:you|anyone|some(?:one|body))(?:'ve|'d|\s+have|\s+has|\s+had)?\s+(?:found|find|finds|considered|deemed|judged|regarded|viewed|experienced)\s+(?:(?:the|our|this|that|it|your|its)\s+)?(?:[a-z'-]+\s+){0,3}?(?:to\s+be\s+)?(?:unsatisfactory|disappointing|not\s+(?:satisfactory|acceptable|up\s+to\s+(?:scratch|standard|the\s+mark)|to\s+your\s+(?:liking|taste|satisfaction)|as\s+(?:expected|described))|below\s+(?:par|standard|expectations?)|less\s+than\s+(?:satisfactory|ideal|perfect)|inadequate|unacceptable|sub-?standard|lacking|wanting|dissatisfying)\b`,
    ),
    why: "Regrets the customer's verdict on the product, not the fault: 'We regret that you have found the product unsatisfactory' (lead's mutation set 16, session 39). Not 'sorry you found a crack in the lid' (discovered, not judged).",
  },
  {
    id: "non_apology.sorry-you-are-upset",
    label: "non_apology",
    pattern: re(
      String.raw`\b${APOLOGY_WORD}\s+${SORRY_TO_HEAR}(?:that\s+)?(?:you(?:'re|\s+are|\s+were|'ve\s+been|\s+have\s+been|\s+got|\s+became|\s+seem|\s+feel|\s+felt))\s+(?:(?:so|feeling|a\s+bit|very|really|quite|this|that)\s+){0,2}${REACTION}\b`,
    ),
    why: "Apologises for the customer's reaction: 'sorry you're upset', 'sorry to hear you were disappointed' (hearing of it changes nothing: still the reaction, not the fault; round 30).",
  },
  {
    id: "non_apology.sorry-you-were-not-happy",
    label: "non_apology",
    pattern: re(
      String.raw`\b${APOLOGY_WORD}\s+${SORRY_TO_HEAR}(?:that\s+)?you\s+(?:weren't|wasn't|aren't|were\s+not|are\s+not|haven't\s+been|have\s+not\s+been|didn't\s+feel|did\s+not\s+feel)\s+(?:(?:so|very|really|quite|entirely|completely|fully|totally|too)\s+)?(?:happy|satisfied|pleased|impressed|content|thrilled)\b`,
    ),
    why: "The same reaction said by its negated opposite: 'Sorry to hear you weren't happy with Bean Bot', 'I'm sorry you aren't satisfied' (red-team round 30, review-r30-sorry-you-werent-happy). Not 'sorry you weren't able to reach us' (what happened to them, not how they took it).",
  },
  {
    id: "non_apology.sorry-you-found-it-hard",
    label: "non_apology",
    pattern: re(
      String.raw`\b${APOLOGY_WORD}\s+(?:that\s+)?(?:you|anyone|some(?:one|body))(?:'ve|'d|\s+have|\s+has|\s+had)?\s+(?:found|find|finds)\s+(?:(?:the|our|this|that|it|its)\s+)?(?:[a-z'-]+\s+){0,3}?(?:tricky|confusing|complicated|baffling|awkward|fiddly|frustrating|annoying|irritating|unhelpful|off-?putting|(?:difficult|hard)(?=\s+to\s+(?:use|follow|understand|navigate|work\s+out|set\s+up|get\s+the\s+hang\s+of|get\s+on\s+with)\b)|not\s+(?:(?:very|that|particularly|so|too|exactly)\s+)?(?:easy|user-?friendly|intuitive|clear|straightforward|helpful))(?=\s*(?:[.,;:!?)\u2014\u2013-]|$|\b(?:and|but|so|to|at\s+times|sometimes|in\s+places)\b))`,
    ),
    why: "Sorry that the customer found the product hard going: the difficulty is put in their finding, not owned as ours (the guide: sorry for the customer's view or verdict on the product, 'sorry you found it not up to scratch'; the lead's ASK, round 30: 'We're sorry you found Bean Bot tricky'). Not 'sorry you found a confusing error message' (discovered), 'sorry Bean Bot was so confusing' or 'sorry we made it so confusing' (the fault owned), nor 'sorry you found it hard to reach us' (our availability, not their skill).",
  },
  {
    id: "non_apology.conditional",
    label: "non_apology",
    pattern: re(String.raw`\b${APOLOGY_WORD}\s+if\b`),
    why: "A conditional apology: 'sorry if you were upset', 'I apologise if ...'.",
  },
  {
    id: "non_apology.sorry-but",
    label: "non_apology",
    pattern: re(String.raw`\b${APOLOGY_WORD}\s*,?\s+(?:but|however)\b`),
    why: "'Sorry, but ...': the 'but' takes the apology back (not when it turns to good news or a remedy: 'sorry, but you can have your money back').",
    unlessAfter: SORRY_BUT_GOOD_NEWS,
  },
  {
    id: "non_apology.any-inconvenience",
    label: "non_apology",
    pattern: re(
      String.raw`\b${APOLOGY_WORD}\s+(?:(?:for|about)\s+)?any\s+(?:[\w-]+\s+){0,2}?(?:inconvenience|upset|trouble|distress|confusion|disappointment|offen[cs]e|frustration|hassle|problems?|issues?)\b`,
    ),
    why: "Formulaic and hedged: 'we apologise for ANY inconvenience' does not admit there was one.",
  },
  {
    id: "non_apology.may-have-caused",
    label: "non_apology",
    pattern: re(
      String.raw`\b${APOLOGY_WORD}\b[^.!?]{0,60}?\b(?:may|might|could)\s+have\s+(?:caused|been\s+caused)\b`,
    ),
    why: "Hedged: 'the inconvenience this may have caused'.",
  },
  {
    id: "non_apology.sorry-for-your-feelings",
    label: "non_apology",
    pattern: re(
      String.raw`\b${APOLOGY_WORD}\s+(?:for|about)\s+(?:your|how\s+you)\s+(?:feel(?:ing)?s?|emotions|reaction)\b|\bsorry\s+(?:that'?s|that\s+is)\s+how\s+you\s+(?:see|feel)\b`,
    ),
    why: "'Sorry for your feelings' apologises for the customer, not the problem.",
  },
  {
    id: "non_apology.pity",
    label: "non_apology",
    pattern: re(String.raw`\b(?:feel|felt)\s+(?:so\s+|really\s+)?sorry\s+for\s+you\b`),
    why: "Pity ('I feel sorry for you') is not an apology.",
  },
  {
    id: "non_apology.mistakes-were-made",
    label: "non_apology",
    pattern: re(String.raw`\bmistakes\s+(?:were|have\s+been)\s+made\b`),
    why: "Passive voice hides who made the mistake.",
  },
  {
    id: "non_apology.apology-then-excuse",
    label: "non_apology",
    pattern: re(
      String.raw`\b(?:(?:is|was|are|were|'s|'re|been|being)\s+(?:(?:completely|totally|entirely|simply|sadly|unfortunately|really|just|genuinely|wholly)\s+)?(?:out\s+of\s+our\s+(?:hands|control)|(?:beyond|outside(?:\s+of)?)\s+our\s+control)|nothing\s+(?:that\s+)?(?:we|i|our\s+(?:team|staff|store|shop|engineers?))\s+(?:could|can)\s+(?:have\s+)?(?:done|do(?:ne)?\s+about)|not\s+something\s+(?:that\s+)?(?:we|i)\s+could\s+(?:have\s+)?(?:prevented|avoided|controlled|foreseen)|(?:isn't|is\s+not|wasn't|was\s+not|not)\s+(?:our|my|the\s+company's|the\s+shop's)\s+fault|(?:it's|it\s+is|it\s+was|that's|that\s+is|that\s+was)\s+(?:really\s+|entirely\s+)?the\s+(?:manufacturer|supplier|courier|carrier|maker|brand|factory)(?:'s|s')?\s+fault|(?:the\s+)?fault\s+(?:is|lies|was|lay)\s+with\s+the\s+(?:manufacturer|supplier|courier|carrier|maker|factory)|we\s+(?:just|only)\s+sell\s+(?:them|it|these|those)|nothing\s+to\s+do\s+with\s+(?:us|me)|not\s+down\s+to\s+(?:us|me)|(?:down\s+to|because\s+of|caused\s+by|the\s+fault\s+of|on)\s+(?:the\s+|our\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:courier|carrier|driver|manufacturer|supplier|maker|factory|post\s+office|royal\s+mail|delivery\s+(?:company|firm|partner|service))\b[^.!?;]{0,40}?,?\s*(?:and\s+|but\s+)?not\s+(?:(?:down\s+to|on)\s+)?(?:us|ours|me|our\s+(?:fault|doing|team))\b)`,
    ),
    why: "After an apology in the same reply, disowning the cause takes it back: 'I'm sorry for the delay. It was completely out of our hands.', 'it's the manufacturer's fault, not ours; we just sell them'. Said of what happened ('it was beyond our control'), not a policy's scope ('delays caused by events outside our control'). Without an apology it is not a non-apology (deflection onto the customer is blame).",
    negatable: true,
    onlyWithApology: true,
  },

  // ============================================================ solve
  {
    id: "solve.refund",
    label: "solve",
    pattern: re(String.raw`\brefund(?:s|ed|ing)?\b`),
    why: "A refund (CRA 2015 remedy).",
    negatable: true,
    unlessAfter: REMEDY_NOT_OFFERED_AFTER,
    unlessBefore: REMEDY_REFERRAL_BEFORE,
    unlessSentence: RESTATES_WANTED_REMEDY,
  },
  {
    id: "solve.replace",
    label: "solve",
    pattern: re(String.raw`\breplac(?:e|es|ed|ing|ement|ements)\b`),
    why: "A replacement (CRA 2015 remedy).",
    negatable: true,
    unlessAfter: REMEDY_NOT_OFFERED_AFTER,
    unlessBefore: REMEDY_REFERRAL_BEFORE,
    unlessSentence: RESTATES_WANTED_REMEDY,
  },
  {
    id: "solve.repair",
    label: "solve",
    pattern: re(String.raw`\brepair(?:s|ed|ing)?\b`),
    why: "A repair (CRA 2015 remedy).",
    negatable: true,
    unlessAfter: REMEDY_NOT_OFFERED_AFTER,
    unlessBefore: REMEDY_REFERRAL_BEFORE,
    unlessSentence: RESTATES_WANTED_REMEDY,
  },
  {
    id: "solve.money-back",
    label: "solve",
    pattern: re(
      String.raw`\bmoney\s+back\b|\breimburs\w*|\bprice\s+reduction\b|\bexchange\s+(?:it|the|this|that|these|those|them|your|for)\b|\bswap(?:ped|ping)?\s+(?:it|the|this|that|these|those|your|them)\b|(?:£|\$|€)\s?\d+(?:\.\d{2})?\s+back\s+(?:on|to|in|into)\b|\bgive\s+you\s+back\s+(?:what\s+you\s+paid|your\s+money|the\s+(?:money|full\s+amount))\b`,
    ),
    why: "Money back, reimbursement, a price reduction, an exchange or a swap.",
    negatable: true,
  },
  {
    id: "solve.send-a-new-one",
    label: "solve",
    pattern: re(
      String.raw`\b(?:send|sending|sent|post|posting|posted|dispatch(?:ed|ing)?|ship(?:ped|ping)?|get|getting)\s+(?:you\s+|out\s+|it\s+out\s+)?(?:a\s+|an\s+)?(?:new|brand[- ]new|fresh|another|replacement)\b`,
    ),
    why: "Sending a new one: 'I'll get a new one in the post'.",
    negatable: true,
  },
  {
    id: "solve.a-new-one-will-be-sent",
    label: "solve",
    pattern: re(
      String.raw`\b(?:a|an)\s+(?:new|brand[- ]new|fresh)\s+(?:[\w-]+\s+){0,2}?(?:will\s+be|is\s+being|has\s+been|is\s+going\s+to\s+be)\s+(?:sent|posted|dispatched|shipped)\b`,
    ),
    why: "'A new grinder will be sent out'.",
    negatable: true,
  },
  {
    id: "solve.new-one-on-its-way",
    label: "solve",
    pattern: re(
      String.raw`\b(?:(?:new|replacement)\s+(?:[\w-]+\s+){0,2}?|another\s+(?:one\s+)?)(?:is|are|will\s+be)\s+(?:already\s+|now\s+)?on\s+(?:its|their)\s+way\b`,
    ),
    why: "'Your new toaster is on its way', 'another one is on its way'.",
    negatable: true,
  },
  {
    id: "solve.courier-collection",
    label: "solve",
    pattern: re(
      String.raw`\b(?:arrange|arranged|arranging|book|booked|booking|organi[sz]e|organi[sz]ed|send|sent)\s+(?:you\s+)?(?:a\s+|an\s+|the\s+)?(?:courier|collection|pick-?\s?up|engineer|technician|returns?\s+label|prepaid\s+label)\b`,
    ),
    why: "Arranging a courier, collection or engineer.",
    negatable: true,
  },
  {
    id: "solve.collect",
    label: "solve",
    pattern: re(String.raw`\bcollect(?:s|ed|ing|ion)?\b`),
    why: "Collecting the faulty item.",
    negatable: true,
    unlessAfter:
      /^\s+(?:(?:your|the|some|any|personal)\s+)?(?:data|details|information|feedback|points|stamps)\b/i,
  },
  {
    id: "solve.returns-label",
    label: "solve",
    pattern: re(
      String.raw`\b(?:returns?|prepaid|freepost|postage-paid)\s+label\b|\b(?:process|accept|authori[sz]e|approve|arrange|book)\s+(?:the|a|your)\s+return\b`,
    ),
    why: "A prepaid returns label or an authorised return.",
    negatable: true,
  },
  {
    id: "solve.credit-account",
    label: "solve",
    pattern: re(
      String.raw`\bcredit(?:ed|ing)?\s+(?:it\s+)?(?:back\s+)?(?:to\s+)?(?:your|the)\s+(?:account|card|original)\b`,
    ),
    why: "Money credited to the customer's account or card.",
    negatable: true,
  },
  {
    id: "solve.action-taken",
    label: "solve",
    pattern: re(
      String.raw`\b(?:i've|i\s+have|we've|we\s+have)\s+(?:now\s+|just\s+|already\s+)?(?:issued|processed|arranged|booked|raised|updated|changed|switched|paused|amended|cancell?ed|upgraded|reset|fixed|corrected|resent|re-sent|set|disabled|enabled|removed|waived|credited|refunded|reactivated|unlocked|rebooked|reinstated|reversed|restored|unblocked|deactivated|extended|zeroed\s+out)\b|\b(?:i|we)\s+(?:(?:just|now|already)\s+)?(?:refunded|credited|waived|reversed|rebooked|reactivated|unlocked|reinstated|resent|re-sent|corrected|fixed|zeroed\s+out)\s+(?:your|the|that|this|it|those|these|them|all)\b`,
    ),
    why: "Confirms an action already taken: 'I've issued ...', 'I've updated your grind'.",
    negatable: true,
  },
  {
    id: "solve.action-promised",
    label: "solve",
    pattern: re(
      String.raw`\b(?:i'll|i\s+will|we'll|we\s+will|i\s+can|we\s+can|let\s+me)\s+(?:(?:now|just|also|happily|gladly)\s+)?(?:update|switch|pause|skip|resend|re-send|amend|change|cancel|waive|remove|credit|rebook|reinstate|reactivate|unlock|reverse|reset|restore|extend|disable)\b`,
    ),
    why: "Promises a concrete change to the account or subscription.",
    negatable: true,
  },

  {
    id: "solve.waive-fee",
    label: "solve",
    pattern: re(
      String.raw`\b(?:i'll|i\s+will|we'll|we\s+will|i\s+can|we\s+can|let\s+me|i've|we've|i\s+have|we\s+have|i'm\s+going\s+to|we're\s+going\s+to|(?:i'd|we'd|i'm|we're)\s+(?:be\s+)?(?:happy|glad)\s+to)\s+(?:(?:now|just|also|already|gladly|happily|go\s+ahead\s+and)\s+)?waived?\b`,
    ),
    why: "Waiving a fee or charge for the customer is an action on the account (guide: actions taken or promised).",
    negatable: true,
  },
  {
    id: "solve.credit-remedy",
    label: "solve",
    pattern: re(
      String.raw`\b(?:store|travel|flight)\s+credits?\b|\btravel\s+funds\b|\bcredit\s+(?:slip|note)\b`,
    ),
    why: "Store credit or travel funds given as the remedy for a return or a cancelled flight.",
    negatable: true,
    unlessAfter: REMEDY_NOT_OFFERED_AFTER,
    unlessBefore: REMEDY_REFERRAL_BEFORE,
  },
  {
    id: "solve.rebook",
    label: "solve",
    pattern: re(
      String.raw`\bre-?book(?:ed|ing)?\b|\bbook\s+you\s+(?:on|onto|into)\s+(?:another|the\s+next|a\s+later|an\s+earlier|a\s+different)\b`,
    ),
    why: "Rebooking the customer after a cancellation fixes the problem.",
    negatable: true,
    unlessAfter:
      /^\s+(?:instructions|options?|policy|polic(?:y|ies)|information|info|process|requests?|page|link|tool)\b/i,
  },
  {
    id: "solve.try-this",
    label: "solve",
    pattern: re(
      String.raw`\b(?:please\s+|you\s+(?:can|could|may|might)\s+(?:also\s+)?|have\s+you\s+|just\s+)?tr(?:y|ied)\s+(?:again\s+)?(?:by\s+)?(?:${FIX_ING}|to\s+${FIX_BASE}|a\s+(?:hard\s+|soft\s+|quick\s+|factory\s+)?(?:reset|restart|reinstall|reboot)\b)`,
    ),
    why: "A fix the customer can try now: 'try restarting the app', 'try a hard reset'.",
    negatable: true,
  },
  {
    id: "solve.fix-imperative",
    label: "solve",
    pattern: re(
      String.raw`\b(?:(?:so|then|now|ok(?:ay)?|first|next)\s*,?\s+)?(?:please\s+(?:just\s+)?|just\s+|let's\s+(?:(?:try\s+(?:and|to)|just)\s+)?|(?:i'll|i\s+will|we'll|we\s+will|i'd|we'd|i\s+would|we\s+would)\s+(?:need|like|ask)\s+you\s+to\s+(?:just\s+)?|you\s+(?:can|could|may|might|should|will\s+need\s+to|need\s+to)\s+(?:also\s+|just\s+|simply\s+|first\s+)?)?${FIX_BASE}\s+(?:your|the|it|them|this|all|any|both|and|down)\b`,
    ),
    anchor: "clause",
    // Pointing at a how-to for something the customer asked to do ("You can disable the auto renew using
    // these steps: [link]") is not a fix (dev-set labelling notes).
    unlessAfter:
      /^[^.!?]{0,80}?\b(?:using|by\s+following|following)\s+(?:these|the|our)\s+steps\b|^[^.!?]{0,40}?\bhere\s*:/i,
    why: "A fix given as an instruction: 'Restart your router', 'Clear the cache and cookies', 'you can clear your cache'.",
    negatable: true,
  },
  {
    id: "solve.recommend-fix",
    label: "solve",
    pattern: re(
      String.raw`\b(?:i'd|we'd|i\s+would|we\s+would|i|we)\s+(?:(?:strongly|highly)\s+)?(?:recommend|suggest|advise)\s+(?:that\s+you\s+|you\s+)?(?:${FIX_ING}|${FIX_BASE}|(?:a|an)\s+(?:[\w-]+\s+)?(?:reinstall|restart|reset|reboot|clean\s+install|factory\s+reset)\b)|\b(?:do|perform|run)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:reinstall|re-install|clean\s+install|factory\s+reset|hard\s+reset)\b|\bthis\s+(?:should|will)\s+(?:fix|resolve|sort|solve)\s+(?:it|this|the)\b|\b(?:usually|often|should)\s+does?\s+the\s+trick\b`,
    ),
    why: "A recommended fix: 'I'd recommend clearing the cache', 'this should fix it'.",
    negatable: true,
  },

  // ============================================================ thank
  {
    id: "thank.thank-you",
    label: "thank",
    // "Thank you to everyone who ...", and "thank you to give us one more chance" (learners' English for
    // "thank you for giving") thank someone; "thanks to the courier" means "because of" (unlessAfter).
    pattern: re(String.raw`\bthank(?:s|ful|ing\s+you)?(?:\s+(?:you|u)(?:\s+to(?=\s))?)?\b`),
    why: "'Thank you', 'thanks', 'many thanks', 'thank you to everyone who...' (not 'thanks to the courier': because of).",
    negatable: true,
    unlessBefore: /\bno\s*,?\s*$/i,
    unlessAfter:
      /^\s+to\b(?!\s+(?:give|be|tell|let|choose|buy|write|stay|wait|shop|come|join|visit|share|send|bring|take|reach|reply|respond|accept|understand|consider|keep|inform|notify|try|pick|place|read|complete|fill|rate|leave|spend|remain|continue|bear|contact|order)\b)|^(?:\s+(?:so\s+much|very\s+much|a\s+lot))?\s+for\s+(?:(?:your|the|that)\s+)?(?:nothing|attitude|tone|rudeness|abuse|shouting|swearing|language|sarcasm|wasting|being\s+(?:rude|difficult))\b|^(?:\s+(?:so\s+much|very\s+much|a\s+lot))?\s+for\s+(?:shouting|swearing|yelling)\s+at\b|^(?:\s+(?:so\s+much|very\s+much|a\s+lot))?\s+for\s+(?:finally|eventually|at\s+last|actually\s+(?:reading|bothering|replying|getting))\b|^\s+\*so\*|^[^.!?]{0,100}?[,-]\s*(?:i'm|i\s+am)\s+sure\s*(?:[.!]|$)/i,
  },
  {
    id: "thank.cheers",
    label: "thank",
    pattern: re(String.raw`\bcheers\b`),
    why: "'Cheers' is informal thanks (counted).",
    negatable: true,
    unlessAfter: /^\s+for\s+nothing\b/i,
  },
  {
    // "Ta" is everyday British thanks ("Ta for giving us another go", "Ta very much", "Ta, Dev."), the same
    // act as "cheers": read where it stands as a word of thanks (before "for", "very much", "muchly", "loads"
    // or an address, or alone before punctuation). Not "ta-ra" / "ta-ta" / "ta ra" (goodbye), nor "ta" inside
    // a longer word or a code (round 34, win-back-r34-brummie-honest: its closing "Ta for giving us another go"
    // was unread, so the thank-you came only as the greeting and LASS was out of order).
    id: "thank.ta",
    label: "thank",
    pattern: re(
      String.raw`(?<![\w'’-])ta(?![\w'’-])(?!\s+(?:ra|ta)\b)(?=\s+(?:very\s+much|v\.?\s+much|muchly|so\s+much|loads|a\s+lot|for\b|again\b|love\b|mate\b|pet\b|hun\b|duck\b|bab\b|chuck\b)|\s*[,.!;)]|\s*$)`,
    ),
    why: "'Ta', 'ta very much', 'ta for ...' is informal thanks (counted), not 'ta-ra' (goodbye).",
    negatable: true,
    unlessAfter: /^\s+for\s+nothing\b/i,
  },
  {
    id: "thank.appreciate",
    label: "thank",
    pattern: re(
      String.raw`\b(?:i|we)\s+(?:really\s+|truly\s+|do\s+|very\s+much\s+|greatly\s+|genuinely\s+)?appreciate\b`,
    ),
    why: "'I really appreciate ...'.",
    negatable: true,
    unlessAfter:
      /^\s+(?:how|why|what)\b|^\s+your\s+(?:frustrations?|annoyance|disappointment|concerns?|upset|worry|worries|anger|feelings?|position|situation)\b/i,
  },
  {
    id: "thank.not-appreciate-your-feelings",
    label: "thank",
    pattern: re(
      String.raw`\b(?:i|we)\s+(?:(?:completely|totally|fully|really|truly|do|can|absolutely|genuinely)\s+)?appreciate\s+(?:your\s+(?:frustrations?|annoyance|disappointment|concerns?|upset|worry|worries|anger|feelings?|position|point|situation)|how\s+you\s+(?:feel|must\s+feel|are\s+feeling|felt))\b`,
    ),
    vetoOnly: true,
    why: "'I completely appreciate your concerns' acknowledges her feelings (a bare acknowledgement: empathy), it thanks her for nothing: never thanks, and the model may not read it as thanks (red-team round 24 A, session 39).",
  },
  {
    id: "thank.grateful",
    label: "thank",
    pattern: re(String.raw`\bgrateful\b`),
    why: "'We're grateful for ...' (not a request such as 'we'd be grateful if ...').",
    negatable: true,
    unlessBefore: /(?:'d|would)\s+be\s+(?:very\s+|really\s+|most\s+)?$/i,
  },

  // ============================================================ blame
  {
    id: "blame.you-must-have",
    label: "blame",
    pattern: re(
      String.raw`\byou\s+(?:must|might|may)\s*(?:have|'ve)\s+(?:accidentally\s+|somehow\s+|probably\s+)?(?:dropped|broken|broke|damaged|misused|used|left|forgotten|forgot|overfilled|knocked|put|run|ran|ignored|skipped|missed|mishandled|bent|cracked|spilled|spilt|poured|washed|submerged|not\s+\w+)\b`,
    ),
    why: "Assumes the customer caused the fault: 'you must have dropped it'.",
  },
  {
    id: "blame.you-should-have",
    label: "blame",
    pattern: re(
      String.raw`\byou(?:\s+(?:lot|guys|people|two|all|both))?\s+(?:(?:really|clearly|obviously|honestly)\s+)?(?:should|could|ought\s+to)\s*(?:have|'ve)\s+(?!been\b|received\b|got\b|gotten\b|had\b|heard\b|seen\b|to\b|${HAVE_AS_POSSESSION}|${HAVE_AS_DESERVING})[a-z]+`,
    ),
    why: "Hindsight criticism: 'you should have read the instructions', 'you lot should have checked' (not 'you should have received', nor 'you could have a refund', where have means receive, nor 'something you should have to deal with', an obligation).",
    // fifth pass: "There's nothing you could have done" clears her
    unlessBefore: /\b(?:nothing|anything|no\s+way)\s+$/i,
  },
  {
    id: "blame.you-shouldnt-have",
    label: "blame",
    // "You shouldn't have (had) to chase us" and the passive "you shouldn't have been charged twice" are what
    // the customer was put through: they side with them, as does "you shouldn't have needed three emails" (eighth pass).
    // "You shouldn't have been using it" (been + -ing) is not.
    pattern: re(
      String.raw`\byou\s+(?:shouldn't|should\s+not|ought\s+not\s+to)\s+have\b(?!\s+(?:had\s+)?to\b|\s+needed\b|\s+been\s+(?:(?:ever|even|just|then|actually)\s+)?(?:[a-z]+ed|[a-z]+en|left|kept|sent|told|made|put|sold|lost|paid|caught|brought|dealt|let|cut|held|shut|set|hit|hurt)\b)`,
    ),
    why: "'You shouldn't have ...' (not 'you shouldn't have (had) to wait' or 'you shouldn't have been charged twice', which is what we put the customer through).",
  },
  {
    id: "blame.your-fault",
    label: "blame",
    pattern: re(
      String.raw`\byour\s+(?:own\s+)?(?:fault|mistake|error|doing)\b|\byou(?:'re|\s+are)\s+to\s+blame\b|\b(?:user|operator|customer)\s+error\b|\b(?:that's|that\s+is|it's|it\s+is)\s+your\s+(?:problem|responsibility)\b|\b(?:that's|that\s+is|that\s+one's|that\s+one\s+is)\s+(?:(?:all|entirely|squarely)\s+)?on\s+you\b`,
    ),
    why: "Says it is the customer's fault.",
    negatable: true,
    // A note recording her own account ("Customer error, she admitted it"), as `blame.note-customer-fault`. Only the
    // third person: "your error, you said so yourself" to her face still blames.
    unlessSentence: THIRD_PERSON_OWN_ACCOUNT,
  },
  {
    id: "blame.you-didnt",
    label: "blame",
    pattern: re(
      String.raw`\byou\s+(?:(?:obviously|clearly|evidently|probably|apparently|simply|just)\s+)?(?:didn't|did\s+not|never|haven't|have\s+not|failed\s+to|forgot\s+to|neglected\s+to|omitted\s+to|can't\s+have|cannot\s+have|couldn't\s+have|mustn't\s+have|must\s+not\s+have|must\s+have\s+not)\s+(?:even\s+|properly\s+|actually\s+)?(?:read|follow|followed|register|registered|check|checked|clean|cleaned|descale|descaled|use|used|plug|plugged|switch|switched|turn|turned|fill|filled|empty|emptied|keep|kept|store|stored|unplug|unplugged|look|looked|notice|noticed|tell|mention|contact|call|return|pack|packed|remove|removed|dry|maintain|maintained|activate|bother|bothered|warn|report|inform|tighten|tightened|fit|fitted|install|installed|assemble|assembled|understand|understood|realise|realised|realize|realized|pay|paid)\b|\byou\s+(?:didn't|did\s+not|never)\s+do\s+what\s+you\s+(?:were|had\s+been)\s+(?:supposed|meant|asked|told)\s+to\b`,
    ),
    why: "Accuses the customer of not doing something: 'you didn't descale it', 'you must not have read ...'.",
    // Reading the account is not accusing: "I see you haven't used your account in a few months, so I've
    // refunded the fees" (dev-set tune), "We've noticed you haven't used your voucher yet".
    unlessBefore:
      /\b(?:i|we)(?:'ve|\s+have)?\s+(?:can\s+)?(?:see|noticed?|spotted)\s+(?:that\s+)?$|\b(?:looks|seems)\s+(?:like\s+|as\s+if\s+)?$/i,
  },
  {
    id: "blame.if-you-had",
    label: "blame",
    pattern: re(
      String.raw`\b(?:if\s+you\s+had|if\s+you'd|had\s+you)\s+(?:(?:only|just|actually|properly|carefully|bothered\s+to|taken\s+the\s+time\s+to)\s+){0,2}(?:read|followed|registered|checked|cleaned|descaled|used|looked|contacted|told|called|kept|stored|bothered|listened|paid\s+attention|unplugged|packed|tightened|fitted|installed|assembled|emptied|measured|taken\s+(?:more\s+)?care|been\s+(?:more\s+)?careful)\b|\b(?:if\s+you\s+had|if\s+you'd|had\s+you)\s+(?:(?:only|just|actually|properly)\s+)?(?:chosen|chose|selected|picked|clicked|pressed|tapped|gone\s+(?:to|through)|waited)\b(?=[^.!?\n]{0,80}\byou\s+would(?:n't|\s+not)?\s+have\b)|\bif\s+you\s+(?:actually|properly|bothered\s+to)\s+(?:read|follow|check)\b|\b(?:works|worked|is\s+working)\s+(?:perfectly\s+|absolutely\s+|just\s+)?(?:well|fine)\s+for\s+(?:thousands|hundreds|most|the\s+majority|everyone|everybody|other\s+(?:customers|people))\b`,
    ),
    why: "'If you had followed the guide, this wouldn't have happened'; 'it works perfectly well for thousands of customers' (so it must be you).",
  },
  {
    id: "blame.has-been-dropped",
    label: "blame",
    pattern: re(
      String.raw`\b(?:has|have|had)\s+(?:clearly\s+|obviously\s+|evidently\s+|definitely\s+)?been\s+(?:dropped|misused|mishandled|overfilled|abused|tampered\s+with|knocked(?!\s+off\b)|left\s+on|put\s+in\s+the\s+dishwasher|exposed\s+to\s+(?:liquid|water|moisture|heat))\b`,
    ),
    // session 33 (round 18 A): "nothing has been knocked off for the use you've had" is a deduction, not damage
    why: "Implies misuse in the passive: 'the grinder has clearly been dropped'.",
    // A finding with its evidence, told plainly, is a reason, not an accusation: "the damage in your photos shows the
    // kettle has been dropped, so it isn't covered" (session 47, set 33's look-alike). Not "it has clearly been dropped".
    unlessBefore:
      /\b(?:photos?|pictures?|images?|inspection|engineer(?:'s\s+report)?|report|assessment|damage|test(?:ing)?)\b[^.!?]{0,30}\b(?:shows?|showed|found|confirms?|confirmed|indicates?|indicated)\s+(?:that\s+)?(?:the\s+[\w-]+\s+|it\s+|your\s+[\w-]+\s+)?$/i,
  },
  {
    id: "blame.fine-when-it-left-us",
    label: "blame",
    pattern: re(
      String.raw`\b(?:it|this|that|the\s+[\w-]+)\s+(?:was\s+not|wasn't|was\s+never)\s+(?:broken|faulty|damaged|cracked|dented)\s+(?:before\s+(?:use|it\s+was\s+used|you\s+used\s+it)|when\s+(?:it\s+left\s+(?:us|the\s+(?:shop|store|warehouse))|we\s+sold\s+it|you\s+bought\s+it|you\s+took\s+it))\b|\b(?:your|the|this)\s+(?:[\w-]+\s+)?(?:has|shows|had)\s+(?:signs\s+of\s+)?(?:water|liquid|moisture)\s+damage\b|\b(?:battery|batteries|filter|lid|fuse|sim(?:\s+card)?|cartridge|capsule|pod|jug|carafe|hose|cable|lead)\s+(?:is|was|are|were|has\s+been|had\s+been)\s+(?:put\s+|fitted\s+|inserted\s+|installed\s+|loaded\s+|placed\s+)?(?:in\s+)?(?:upside\s+down|back\s+to\s+front|the\s+wrong\s+way(?:\s+round)?|backwards)\b`,
    ),
    why: "Puts the cause on how the customer used or fitted it: 'it was not broken before use', 'your phone has water damage', 'the battery is in upside down'.",
    negatable: true,
    // Damage or a wrong fitting that happened before the customer had it is not their doing.
    unlessSentence:
      /\b(?:courier|carrier|driver|delivery|in\s+transit|in\s+the\s+post|arrived|factory|warehouse|our\s+(?:mistake|error|packing|engineer)|by\s+(?:us|mistake|the\s+(?:engineer|technician)))\b/i,
  },
  {
    id: "blame.hasnt-been-descaled",
    label: "blame",
    pattern: re(
      String.raw`\b(?:hasn't|has\s+not|haven't|have\s+not|wasn't|was\s+not)\s+been\s+(?:regularly\s+|properly\s+|correctly\s+)?(?:descaled|cleaned|maintained|used\s+(?:correctly|properly)|registered|looked\s+after)\b`,
    ),
    why: "Implies neglect: 'the kettle hasn't been descaled'.",
  },
  {
    id: "blame.upkeep-is-your-responsibility",
    label: "blame",
    pattern: re(
      String.raw`\b(?:(?:regular|routine|proper|ongoing|correct)\s+)?(?:descaling|cleaning|maintenance|upkeep|care(?<!\b(?:customer|client|health|pet|child|after|self|skin|personal)\s+care)|maintaining|looking\s+after)\b(?:\s+(?:(?:of|for)\s+)?(?:the|your|a|an|it|them)\b(?:\s+[\w-]+){0,2}?)?\s+(?:is|are|was|remains)\s+(?:(?:entirely|solely|always|wholly|very\s+much|ultimately)\s+)?(?:the\s+)?(?:owner's|owners'|user's|users'|customer's|customers'|buyer's|purchaser's|your)\s+(?:own\s+)?(?:responsibility|job|duty|lookout)\b|\bit(?:'s|\s+is|\s+was|\s+remains)\s+(?:(?:entirely|solely|always|ultimately)\s+)?(?:up\s+to|the\s+(?:responsibility|job|duty)\s+of)\s+(?:the\s+)?(?:owner|user|customer|buyer|purchaser|you)\s+to\s+(?:(?:regularly|properly|routinely)\s+)?(?:descale|clean|maintain)\b|\byou\s+(?:are|were|'re)\s+(?:(?:entirely|solely|always|ultimately)\s+)?responsible\s+for\s+(?:(?:regularly|properly|routinely)\s+)?(?:descaling|cleaning|maintaining|looking\s+after)\b`,
    ),
    why: "Puts the upkeep the fault is blamed on with the customer: 'regular descaling is the owner's responsibility', 'it's up to the owner to descale'.",
  },
  {
    id: "blame.caused-by-misuse",
    label: "blame",
    pattern: re(
      String.raw`\b(?:caused|damaged)\s+by\s+(?:\w+\s+)?(?:misuse|mishandling|improper\s+use|incorrect\s+use|user\s+error|a\s+drop|dropping|neglect|overfilling|not\s+descaling)\b|\bsigns\s+of\s+(?:misuse|mishandling|neglect|a\s+drop)\b`,
    ),
    why: "Puts the fault down to misuse.",
    negatable: true,
  },
  {
    id: "blame.the-instructions-clearly-say",
    label: "blame",
    pattern: re(
      String.raw`\b(?:the|our|your)\s+(?:instructions|manual|user\s+guide|guide|leaflet|label|website|terms|t&cs|sign|receipt|store|contract|agreement|invoice|booking|confirmation)\s+(?:clearly|plainly|specifically|explicitly|do|does)\s+(?:says?|states?|explains?|warns?|tells?\s+you|shows?)\b|\bas\s+(?:clearly\s+)?(?:stated|explained|shown|written)\s+in\s+the\s+(?:instructions|manual|guide|t&cs|terms)\b|\b(?:it\s+)?(?:says|said|states|stated|is\s+written|was\s+written|is\s+printed)\s+(?:(?:right|clearly|plainly)\s+)?on\s+(?:the|your)\s+(?:receipt|box|label|packaging|contract|invoice|ticket|booking|sign)\b`,
    ),
    why: "'The instructions clearly state ...' implies the customer did not read them.",
    negatable: true,
  },
  {
    id: "blame.read-the-manual",
    label: "blame",
    pattern: re(
      String.raw`\bread\s+the\s+(?:instructions|manual|guide)\s+(?:properly|carefully|first|next\s+time)\b|\b(?:have\s+you\s+tried|try)\s+reading\s+the\s+(?:instructions|manual|guide)\b|\b(?:most|other)\s+(?:people|customers)\s+read\s+the\s+(?:instructions|manual|guide)\b`,
    ),
    why: "Tells the customer to read the manual.",
  },
  {
    id: "blame.other-customers-manage",
    label: "blame",
    pattern: re(
      String.raw`\b(?:most|other|our\s+other)\s+(?:customers|people|users)\s+(?:don't|do\s+not|never|haven't|have\s+not)\s+(?:have|had|get|experience|report|complain)\b|\bworks\s+(?:fine|perfectly)\s+for\s+(?:everyone|everybody|other\s+customers|most\s+people)\b|\b(?:thousands|hundreds|millions|lots|plenty|most|(?:the\s+)?(?:vast\s+)?majority|\d[\d,]*)\s+(?:of\s+)?(?:(?:our|other)\s+)?(?:customers|people|users|owners|households)\s+(?:(?!(?:should|will|would|must|need|needs|to|want|deserve)\b)[\w'-]+\s+){0,6}?(?:without\s+(?:any\s+)?(?:problems?|issues?|trouble|complaints?|difficult(?:y|ies)|a\s+hitch)|with\s+no\s+(?:problems?|issues?|trouble|complaints?))\b|\b(?:sold|shipped|supplied|fitted|installed|repaired|made|served)\s+(?:hundreds|thousands|millions|\d[\d,]*)\s+(?:of\s+(?:these|them|those)\s+)?without\s+(?:a\s+single\s+|any\s+)?(?:complaints?|problems?|issues?|returns?|trouble)\b`,
    ),
    why: "Implies the customer is the problem: 'most customers don't have this problem', 'thousands of customers use it every week without any problems'.",
    // An aim, not a comparison: "so that thousands of customers can use it without problems".
    unlessBefore:
      /\b(?:so(?:\s+that)?|ensur\w*|make\s+sure|help\w*|let(?:s|ting)?|allow\w*|enabl\w*)\s+(?:that\s+)?$/i,
    // The comparison set aside for her (set 30's one false alarm of this kind, read afterwards): "Most customers
    // haven't had trouble with this batch, but that doesn't matter if yours tastes off".
    unlessAfter:
      /^[^.!?]{0,60}?\bbut\s+(?:that\s+)?(?:doesn't|does\s+not|won't|shouldn't)\s+(?:matter|change\s+anything|help\s+you)\b/i,
  },
  {
    id: "blame.accusing-question",
    label: "blame",
    pattern: re(
      String.raw`\bdid\s+you\s+(?:(?:even|actually|maybe|perhaps)\s+)?(?:drop|misuse|overfill|break|damage|knock|read|follow|bother)\b|\bdid\s+you\s+(?:(?:even|actually|maybe|perhaps)\s+)?(?:try\s+(?:to\s+)?)?(?:remove|take\s+(?:it\s+|the\s+\w+\s+)?apart|tamper|get\s+(?:it|them)\s+wet|submerge)\b|\bwhy\s+(?:didn't|did\s+not|haven't|have\s+not|wasn't|weren't)\s+you\b|\bwhat\s+(?:did|do)\s+you\s+expect\b|\bwhy\s+(?:were|was)\s+you\s+(?:so\s+)?late\b`,
    ),
    why: "A question that accuses: 'Did you drop it?', 'Why didn't you ...?', 'What did you expect?'.",
  },
  {
    id: "blame.you-were-told",
    label: "blame",
    pattern: re(
      String.raw`\byou\s+(?:were|had\s+been)\s+(?:clearly\s+|already\s+)?(?:told|warned|informed|advised|notified)\b|\byou\s+were\s+(?:supposed|meant)\s+to\b|\bwe\s+(?:(?:already|clearly)\s+)?(?:gave\s+you\s+(?:fair\s+|plenty\s+of\s+|ample\s+|due\s+)?warning|warned\s+you)\b`,
    ),
    why: "'You were told ...'.",
    negatable: true,
  },
  {
    id: "blame.you-signed",
    label: "blame",
    pattern: re(
      String.raw`\byou\s+(?:(?:already|clearly|explicitly)\s+)?(?:signed|agreed\s+to|accepted|ticked)\s+(?:(?:a|the|our|that|this)\s+)?(?:[\w-]+\s+){0,2}?(?:contract|agreement|terms|t&cs|waiver|release|conditions)\b|\b(?:he|she|they)\s+signed\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:contract|agreement|waiver|release|form)\s+(?:stating|saying|agreeing|confirming|that\s+says|which\s+(?:says|states))\b`,
    ),
    why: "Points at what the customer signed or agreed to, to put the fault on them ('you signed the contract').",
    negatable: true,
  },
  {
    id: "blame.you-dropped-it",
    label: "blame",
    pattern: re(
      String.raw`\byou\s+(?:clearly\s+|obviously\s+)?(?:dropped|broke|damaged|misused|overfilled|knocked|mishandled)\b(?!\s+(?:nothing|anything)\b)`,
    ),
    why: "A direct accusation: 'you dropped it'.",
    negatable: true,
    // Third pass: reassurance or a condition is not an accusation ("If you dropped it, don't worry, it's still
    // covered", "You said you dropped it, which happens to all of us").
    unlessBefore: /\b(?:if|even\s+if|whether|said|say|mentioned|told\s+(?:us|me)|explained)\s+(?:that\s+)?$/i,
    unlessSentence:
      /\b(?:don't\s+worry|no\s+worries|no\s+problem|still\s+covered|accidents?\s+happen|happens\s+to\s+(?:all|the\s+best|everyone)|not\s+your\s+fault|no\s+blame)\b/i,
  },
  {
    id: "blame.used-it-wrongly",
    label: "blame",
    pattern: re(
      String.raw`\byou(?:'ve|\s+have|'re|\s+are|\s+were)?\s+(?:been\s+)?(?:using|used|putting|put|setting|set|running|ran|filling|filled)\s+(?:it\s+|them\s+|the\s+\w+\s+)?(?:wrong(?:ly)?|incorrectly|improperly|on\s+the\s+wrong|the\s+wrong|at\s+the\s+wrong)\b`,
    ),
    why: "Says the customer used it wrongly: 'you've been using the wrong setting'.",
    negatable: true,
  },
  {
    // Lead's set 26 (session 45, misses read afterwards; the kinds written with fresh sentences): her use called
    // wrong with "not … right" ("it's just you not using it right", "you're not using the dial properly"). Not
    // troubleshooting ("if you're not using it right it can leak", "make sure you're not fitting it upside down").
    id: "blame.not-using-it-right",
    label: "blame",
    pattern: re(
      String.raw`\b(?:it's|its|it\s+is)\s+(?:just\s+|only\s+|simply\s+|probably\s+|obviously\s+|clearly\s+)?(?:you|u)\s+not\s+(?:using|doing|fitting|holding|setting\s+up|setting|putting|cleaning|descaling|working)\s+(?:it|them|this|that|the\s+\w+)\s+(?:(?:in|up|on|together|back)\s+)?(?:right|properly|correctly)\b|\byou(?:'re|\s+are|'ve\s+been|\s+have\s+been)\s+(?:just\s+|simply\s+|obviously\s+|clearly\s+|probably\s+)?not\s+(?:using|doing|fitting|holding|setting|putting|cleaning|descaling|working)\s+(?:it|them|this|that|the\s+\w+)\s+(?:(?:in|up|on|together|back)\s+)?(?:right|properly|correctly)\b`,
    ),
    why: "Says the customer is not using it right: 'it's just you not using it right'.",
    unlessBefore: /\b(?:if|whether|make\s+sure|check|not\s+saying|not\s+suggesting|in\s+case)\b/i,
  },
  {
    // Her failure told in the past with "all you had to do was …" (set 26: "all you had to do was press the button
    // twice, its not hard"). Not an instruction ("all you need to do is press it twice").
    id: "blame.all-you-had-to-do",
    label: "blame",
    pattern: re(
      String.raw`\ball\s+(?:you|u|she|he|they|the\s+customer|customer|cust)\s+(?:had|needed|ever\s+needed|ever\s+had)\s+to\s+do\s+was\b`,
    ),
    why: "Tells the customer what they failed to do: 'all you had to do was press the button twice'.",
    unlessAfter: /\b(?:and\s+(?:you|she|he)\s+did|which\s+(?:you|she|he)\s+did|thank)/i,
  },
  {
    // The emphatic "it did say on the box" as the whole answer (set 26: "well it did say on the box not to put it
    // in the dishwasher so"). Not with the fault owned or a remedy ("it does say on the box it's dishwasher safe,
    // so I'll replace it"; "it does say in the manual, but the crack is a fault").
    id: "blame.it-did-say-on-the-box",
    label: "blame",
    pattern: re(
      String.raw`\bit\s+(?:did|does|clearly|plainly|definitely|actually)\s+(?:says?|state|states|warn|warns|tell\s+you|mention|explain)\s+(?:(?:right|clearly|plainly)\s+)?(?:on|in)\s+(?:the|your|our)\s+(?:receipt|box|label|packaging|manual|instructions|leaflet|user\s+guide|guide|website|listing|description|product\s+page|terms|t&cs|email|confirmation)\b`,
    ),
    why: "Points the customer to a warning they ignored: 'well it did say on the box not to…'.",
    unlessAfter:
      /\b(?:but|however|though|although|so\s+(?:i|we)(?:'ll|'ve|\s+will|\s+have|\s+can)|i'll|we'll|i\s+will|we\s+will|i've|we've|(?:is|it's|that's)\s+(?:a|our)\s+fault|entitled|covered|replace|refund|safe|sorry)\b/i,
    unlessBefore: /\b(?:you're\s+right|sorry|apolog)/i,
  },
  {
    // Her mistake as the reason we can do nothing (set 26: "we cant help it if u give us the wrong address can we").
    id: "blame.cant-help-it-if-you",
    label: "blame",
    pattern: re(
      String.raw`\b(?:we|i)\s+(?:can't|cannot|can\s+not|cant)\s+help\s+it\s+if\s+(?:you|u|she|he|customers|people)\b`,
    ),
    why: "Puts the problem down to the customer: 'we can't help it if you give us the wrong address'.",
  },
  {
    // Accused of not reading, with "obviously" (set 26: "youve obviously not read the returns policy or you
    // wouldnt be asking this"). Not "you obviously haven't had our email, so I've sent it again" (not a failing).
    id: "blame.obviously-not-read",
    label: "blame",
    pattern: re(
      String.raw`\b(?:you|u)(?:'ve|\s+have|'d|\s+had|ve)?\s+(?:obviously|clearly|evidently|plainly|apparently)\s+not\s+(?:even\s+|bothered\s+to\s+|actually\s+|properly\s+)?(?:read|checked|looked\s+at|followed|listened\s+to|understood|opened)\b|\bor\s+(?:you|u)\s+(?:wouldn't|would\s+not|wouldnt|wudnt)\s+(?:be\s+)?(?:asking|ask|have\s+asked|need\s+to\s+ask)\b`,
    ),
    why: "Accuses the customer of not reading: 'you've obviously not read the policy or you wouldn't be asking'.",
    unlessSentence: /\b(?:sorry|apolog\w*|our\s+(?:fault|mistake)|easy\s+to\s+miss|not\s+your\s+fault)\b/i,
  },
  // ---- Session 46: kinds from the lead's set 27 and an independent writer's set 28, read after each was measured
  //      once (their figures are in the analysis README); the tests are fresh sentences of each kind.
  {
    // A warning to take more care, said to her: "please be more careful when you type your address next time".
    // Not ours ("we'll be more careful packing it"), not "be careful, the lid is hot".
    id: "blame.be-more-careful",
    label: "blame",
    pattern: re(
      String.raw`\b(?:please\s+|do\s+|just\s+|try\s+(?:to\s+|and\s+)?|you\s+(?:need|have|ought|must|should)\s+(?:to\s+)?|you\s+might\s+want\s+to\s+)?be\s+(?:a\s+(?:bit|little|lot|touch)\s+|much\s+|far\s+)?more\s+careful\b`,
    ),
    why: "Tells the customer to take more care: 'please be more careful when you type your address next time'.",
    unlessBefore:
      /\b(?:we|i|we'll|i'll|we\s+will|i\s+will|we\s+must|we\s+need\s+to|we\s+should|i\s+should|i\s+need\s+to|staff|team|courier|driver|they|our\s+\w+|warehouse)\s+(?:will\s+|'ll\s+|shall\s+|must\s+|should\s+|need\s+to\s+|promise\s+to\s+|are\s+going\s+to\s+)?$/i,
  },
  {
    // Her complaint declared invalid: "we do not regard it as a reasonable basis for complaint", "that is not a valid
    // reason to complain", "no legitimate grounds for complaint". Not "we regard your complaint as fully justified".
    id: "dismissive.complaint-not-valid",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:do\s+not|don't|cannot|can't|would\s+not|wouldn't)\s+(?:regard|consider|see|accept|class|treat|view)\s+(?:it|this|that|the\s+\w+|your\s+\w+)\s+(?:as\s+|to\s+be\s+)?(?:a\s+|being\s+(?:a\s+)?)?(?:reasonable|valid|legitimate|genuine|fair|justified|real|serious)\b|\b(?:not|no)\s+(?:a\s+)?(?:reasonable|valid|legitimate|genuine|fair|real|proper)\s+(?:basis|grounds?|cause|reason)\s+(?:for\s+(?:a\s+)?complaint|for\s+complaining|to\s+complain)\b|\bwithin\s+(?:normal|acceptable|reasonable|expected|standard)\s+(?:tolerances?|limits|parameters)\b`,
    ),
    why: "Declares the customer's complaint invalid: 'we do not regard it as a reasonable basis for complaint'.",
    unlessSentence:
      /\b(?:sorry|apolog\w*|but\s+(?:i|we)(?:'ve|'ll|\s+have|\s+will)|refund|replace|entitled)\b/i,
  },
  {
    // The goods said not to fail by themselves, so she did something: "kettles don't just stop working by themselves",
    // "we'll need to know exactly what was done to it". Not "a kettle shouldn't stop working by itself, so this is a
    // fault", "what happened to it in transit".
    id: "blame.doesnt-break-by-itself",
    label: "blame",
    pattern: re(
      String.raw`\b(?:don't|do\s+not|doesn't|does\s+not|won't|will\s+not|never|can't|cannot)\s+(?:just\s+|simply\s+)?(?:stop\s+working|break|crack|fail|snap|die|leak|go\s+wrong|break\s+down|pack\s+up|bend|dent|shatter)\s+(?:by\s+(?:themselves|itself)|on\s+(?:their|its)\s+own|for\s+no\s+reason|of\s+(?:their|its)\s+own\s+accord)\b|\bwhat\s+(?:was|has\s+been|had\s+been|you(?:'ve|\s+have|\s+had|'d)?)\s+(?:\w+\s+)?done\s+to\s+(?:it|them|the\s+\w+)\b|\bwhat\s+you\s+did\s+to\s+(?:it|them|the\s+\w+)\b`,
    ),
    why: "Implies the customer damaged it: 'kettles don't just stop working by themselves'.",
    unlessSentence:
      /\b(?:fault|faulty|defect\w*|manufactur\w*|courier|transit|in\s+the\s+post|sorry|apolog\w*|so\s+(?:i|we)(?:'ve|'ll|\s+have|\s+will))\b/i,
  },
  {
    // Her words called unreadable: "you asked it in a way no human or robot could understand", "maybe try plain English
    // next time". Not ours ("our old page was something no one could understand", "we'll rewrite it in plain English").
    id: "dismissive.no-one-could-understand-you",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:you|u)\s+(?:\w+\s+){0,5}?(?:in\s+a\s+way|so\s+(?:badly|oddly|strangely))\s+(?:that\s+)?no\s+(?:human|one|person|robot|machine|bot|human\s+being)(?:\s+or\s+(?:robot|machine|bot|human))?\s+(?:could|would|can|will)\s+(?:ever\s+)?(?:understand|follow|make\s+sense\s+of|read|decipher)\b|\b(?:maybe|perhaps|next\s+time|why\s+not)\s*,?\s+(?:try\s+)?(?:using\s+|writing\s+(?:it\s+)?in\s+|asking\s+in\s+)?(?:plain|proper|simple|normal|actual)\s+english\b|\btry\s+(?:using\s+|writing\s+(?:it\s+)?in\s+|asking\s+in\s+)?(?:plain|proper|normal|actual)\s+english\b`,
    ),
    why: "Says no one could understand the customer: 'maybe try plain English next time?'.",
    unlessSentence: /\b(?:we(?:'ll|\s+will)|our\s+(?:bot|page|form|menu|website|wording)|i'll|sorry)\b/i,
  },
  {
    // Clear words said to be clear, so she did not read them: "I think you'll find the instructions are quite clear",
    // "it clearly says 5-7 working days". Not "the policy is clear that you're entitled to a refund".
    id: "blame.the-words-are-clear",
    label: "blame",
    pattern: re(
      String.raw`\b(?:the|our|its|their)\s+(?:instructions|manual|terms|policy|website|email|leaflet|label|description|guide|t&cs|wording|page|listing|confirmation|receipt|faqs?)\s+(?:is|are|was|were)\s+(?:quite\s+|perfectly\s+|very\s+|really\s+|pretty\s+|fairly\s+|crystal\s+|all\s+)?(?:clear|plain|obvious|explicit|self-explanatory)\b|\bit\s+(?:clearly|plainly|quite\s+clearly|very\s+clearly|definitely)\s+(?:says?|states?|said|stated)\b|\bwhich\s+you\s+(?:agreed\s+to|accepted|signed\s+up\s+to|ticked)\s+(?:when|at|before)\b`,
    ),
    why: "Says the terms were clear, so the customer should have read them: 'I think you'll find the instructions are quite clear'.",
    unlessSentence:
      /\b(?:entitled|covered|owed|refund\w*|replace\w*|you\s+can|you\s+get|we\s+(?:must|should|will|owe|can)|in\s+your\s+favour|sorry|apolog\w*|not\s+(?:as\s+)?clear|unclear|but\s+(?:i|we)|thank\w*|hope\w*|if\s+not)\b/i,
  },
  {
    // Many sold and none returned, to doubt her: "we've had thousands sold and zero complaints, so I doubt it's the
    // grinder". Not "thousands sold and this is the first fault reported, so thank you".
    id: "blame.thousands-sold-no-complaints",
    label: "blame",
    pattern: re(
      String.raw`\b(?:thousands|hundreds|loads|lots|millions|tons|dozens)\s+(?:of\s+(?:them|these|those|units|kettles|grinders)\s+)?(?:sold|out\s+there|in\s+use|shipped)\b[^.!?\n]{0,40}?\b(?:zero|no|not\s+(?:a\s+)?(?:single|one))\s+(?:other\s+)?(?:complaints?|problems?|issues?|returns?|faults?)\b|\b(?:i|we)\s+(?:very\s+much\s+|seriously\s+|rather\s+)?doubt\s+(?:that\s+)?(?:it's|it\s+is|it\s+was|this\s+is)\s+(?:the|our|a\s+fault\s+with\s+the)\s+\w+`,
    ),
    why: "Doubts the customer by counting happy buyers: 'thousands sold and zero complaints, so I doubt it's the grinder'.",
    unlessSentence:
      /\b(?:thank\w*|sorry|apolog\w*|i'll|we'll|so\s+(?:i|we)(?:'ve|'ll|\s+have|\s+will)|could\s+you|can\s+you|let's)\b/i,
  },
  {
    // Condescending "you do realise…": "you do realise we're a small shop and not Amazon". Not "did you know you can
    // return it free?".
    id: "dismissive.you-do-realise",
    label: "dismissive",
    pattern: re(
      String.raw`\byou\s+(?:do|surely)\s+(?:realise|realize|understand|appreciate)\b|\b(?:we're|we\s+are)\s+(?:only\s+|just\s+)?(?:a\s+)?(?:small\s+\w+|small|tiny\s+\w+)\s*,?\s+(?:and\s+)?not\s+(?:amazon|argos|john\s+lewis|a\s+supermarket|a\s+multinational|tesco)\b`,
    ),
    why: "Talks down to the customer: 'you do realise we're a small shop and not Amazon'.",
    unlessSentence: /\b(?:thank\w*|value|appreciate\s+(?:you|your)|grateful)\b/i,
  },
  {
    // Her expectation called unreasonable with "what you expect": "I don't know what you expect us to do about the
    // weather". Not "what would you like us to do: a refund or a replacement?".
    id: "dismissive.dont-know-what-you-expect",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:i|we)\s+(?:really\s+|honestly\s+|genuinely\s+)?(?:don't|do\s+not|dont|can't|cannot)\s+(?:know|see|imagine|think)\s+what\s+(?:else\s+)?you\s+(?:expect|expected)\s+(?:us|me|anyone)\s+to\s+do\b|\b(?:i'm|i\s+am|im)\s+not\s+sure\s+what\s+(?:else\s+)?(?:to|i\s+can|we\s+can)\s+(?:tell|say\s+to)\s+you\b(?!\s*,?\s*(?:but|so|yet))`,
    ),
    why: "Shrugs at the customer's expectation: 'I don't know what you expect us to do about the weather'.",
  },
  {
    // Mock sympathy for a trifle: "three whole days late", "I can totally see why that's ruined your week", "when the
    // courier gets round to it". Not "a whole week without a kettle — I'm so sorry", "I can see why that spoilt your
    // birthday; I'm sorry".
    id: "dismissive.mock-magnitude",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:a|one|two|three|four|five|\d+)\s+whole\s+(?:days?|hours?|minutes?|mins?|weeks?|pence|pounds?|quid|seconds?)\b(?!\s+(?:of\s+)?(?:free|extra|earlier|sooner))|\b(?:totally|completely|absolutely|of\s+course|really)\s+(?:see|understand|get)\s+(?:why|how)\s+(?:that|this|it)(?:'s|\s+has|\s+would\s+have|\s+must\s+have)?\s+(?:ruined|wrecked|destroyed|spoilt|spoiled)\s+your\s+(?:whole\s+)?(?:week|day|life|weekend|month|year|morning|evening)\b|\bwhen(?:ever)?\s+(?:the\s+courier|the\s+driver|they|it|royal\s+mail|the\s+van|the\s+warehouse)\s+(?:gets?|get)\s+(?:a)?round\s+to\s+(?:it|you)\b`,
    ),
    why: "Sarcasm about the size of the customer's problem: 'three whole days late, I can totally see why that's ruined your week'.",
    // Session 48 (words helper's ask): a period of the law counted out plainly is not mock size: "the 30-day right to
    // reject counts 30 whole days from the day after delivery".
    unlessSentence:
      /\b(?:sorry|apolog\w*|i'll|we'll|so\s+(?:i|we)(?:'ve|'ll|\s+have|\s+will)|i've|we've|refund\w*|right\s+to\s+(?:reject|cancel|return)|entitled|the\s+law|statutory|consumer\s+rights|counts?|counted|from\s+the\s+day|cooling[- ]off|guarantee|warranty)\b/i,
  },
  // ---- Session 46: kinds from an independent writer's set 30 (40 breaches, 30 look-alikes, many voices), read after it
  //      was measured once (14/40 caught, 2/30 flagged); the tests are fresh sentences of each kind.
  {
    // Her contact called a grievance: "I don't know why you're complaining again", "can't see why you're still ringing".
    // Not "I can see why you're upset", "I don't know why you're still being charged: I'll find out". ("I don't
    // understand why you're upset" is left to the hand-labelled set's decision: no label.)
    id: "dismissive.dont-know-why-you-complain",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:don't|do\s+not|dont|can't|cannot|really\s+don't)\s+(?:know|see|understand|get)\s+why\s+(?:you're|you\s+are|your|ur|you|she's|he's|she\s+is|he\s+is)\s+(?:still\s+|even\s+|now\s+|always\s+)?(?:complaining|moaning|whinging|fussing|making\s+(?:a\s+|such\s+a\s+)?fuss|kicking\s+off|ringing|calling|emailing|writing\s+in|chasing)\b`,
    ),
    why: "Calls the customer's contact a grievance without cause: 'I don't know why you're complaining again'.",
  },
  {
    // Her fault located at her end: "this delay is coming from your side only", "the problem is on your end". Not
    // "nothing is needed from your side", "could you check on your end whether…".
    id: "blame.from-your-side",
    label: "blame",
    pattern: re(
      String.raw`\b(?:delay|hold-?up|hitch|glitch|snag|problem|issue|fault|error|mistake|mix-?up|trouble|it|this|that)\s+(?:is|was|'s|has\s+been)\s+(?:coming\s+|come\s+|caused\s+)?(?:from|on|at|by)\s+(?:your|ur)\s+(?:side|end)\b|\bif\s+you(?:\s+had|'d)\s+(?:put|given|entered|typed|written|used|provided|sent|chosen|picked)\s+(?:in\s+)?(?:us\s+|me\s+)?(?:the\s+|a\s+|your\s+)?(?:correct|right|proper|full|valid)\b`,
    ),
    why: "Places the problem with the customer: 'this delay is coming from your side only', 'if you had put the correct postcode'.",
    unlessSentence:
      /\b(?:sorry|apolog\w*|our\s+(?:form|system|website|checkout)|not\s+your\s+fault|no\s+worries|don't\s+worry)\b/i,
  },
  {
    // Her upset called a fuss about a trifle: "so much drama for this small money", "fuss for nothing". Not "sorry for
    // all this fuss", "no fuss: I'll send it today".
    id: "dismissive.fuss-over-nothing",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:so\s+much|such\s+(?:a\s+)?|all\s+this|all\s+that|this\s+much|this\s+big\s+|a\s+big\s+)\s*(?:drama|fuss|palaver|song\s+and\s+dance|commotion|noise)\s+(?:for|over|about)\s+(?:this|that|such|a|so|nothing|[\d£]|one|two|three|few)\b|\b(?:fuss|drama|song\s+and\s+dance|palaver)\s+(?:for|about|over)\s+nothing\b`,
    ),
    why: "Calls the customer's complaint a fuss over nothing: 'so much drama for this small money'.",
    unlessSentence:
      /\b(?:sorry|apolog\w*|no\s+fuss|without\s+(?:any\s+|the\s+)?fuss|hassle-?free|thank\w*|(?:i|we)\s+(?:don't|do\s+not)\s+want\s+to\s+make)\b/i,
  },
  {
    // A refusal to repeat, said to her: "I do not propose to repeat it a fourth time", "explained on three separate
    // occasions", "despite this being requested in bold". Not "happy to repeat it", "sorry to repeat myself".
    id: "dismissive.wont-repeat-myself",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:do\s+not|don't|will\s+not|won't|shall\s+not|cannot|can't)\s+(?:propose\s+to\s+|intend\s+to\s+|plan\s+to\s+|be\s+|keep\s+)?repeat(?:ing)?\s+(?:it|this|that|myself|ourselves)\b|\bon\s+(?:two|three|four|five|several|multiple|numerous|many)\s+(?:separate\s+|different\s+)?occasions\b|\bdespite\s+(?:this|it|that)\s+being\s+(?:requested|asked\s+for|mentioned|explained|stated|highlighted|written)\b|\b(?:have|has)\s+again\s+(?:not|failed\s+to)\b`,
    ),
    why: "Complains of having to repeat itself to the customer: 'as I have explained on three separate occasions…'.",
    unlessSentence: /\b(?:sorry|apolog\w*|happy\s+to|glad\s+to|no\s+problem)\b/i,
  },
  {
    // Threats for exercising her rights or complaining: "further escalations will be deprioritised", "may impact your
    // eligibility for future goodwill", "if you insist on pursuing this request, we may review whether we continue to
    // supply you". Not "if you continue to have problems, we'll replace it", "we'll cancel it for you".
    id: "dismissive.threat-for-complaining",
    label: "dismissive",
    pattern: re(
      String.raw`\bfurther\s+(?:escalations?|complaints?|contacts?|emails?|calls?|messages?|correspondence|chasers?)\s+(?:will|may|might|could|would)\s+(?:be\s+)?(?:deprioriti[sz]ed|ignored|not\s+(?:be\s+)?(?:answered|responded|acknowledged|read)|filed|closed|affect|impact|result\s+in)\b|\b(?:impact|affect|jeopardi[sz]e|put\s+at\s+risk|harm)\s+your\s+(?:eligibility|entitlement|future|access|standing)\b|\bif\s+you\s+(?:insist\s+on|continue\s+(?:to\s+\w+|with)|keep\s+(?:on\s+)?\w+ing|persist\s+(?:in|with))\b[^.!?\n]{0,80}?\b(?:we|i)\s+(?:may|might|will|'ll|shall|would)\s+(?:have\s+to\s+|need\s+to\s+|be\s+forced\s+to\s+)?(?:review|reconsider|close\s+your|cancel\s+your|suspend|terminate|block|ban|restrict|withdraw)\b`,
    ),
    why: "Threatens the customer for complaining or using a right: 'further escalations will be deprioritised'.",
    unlessSentence:
      /\b(?:for\s+you|at\s+no\s+(?:cost|charge)|free\s+of\s+charge|refund\w*|replace\w*|sorry)\b/i,
  },
  {
    // Mock offers and mock outrage: "Sure, I'll get the CEO to hand-deliver your beans personally", "Shocking stuff",
    // "Readers can draw their own conclusions". Not "I've asked our managing director to call you".
    id: "dismissive.mock-offer-or-outrage",
    label: "dismissive",
    pattern: re(
      String.raw`(?:^|[.!?]\s+)(?:oh\s+)?(?:sure|of\s+course|yeah|right|certainly)\s*,?\s+(?:i'll|we'll|let\s+me)\s+(?:just\s+)?(?:get|ask|have)\s+(?:the\s+)?(?:ceo|chief\s+executive|managing\s+director|md|king|queen|prime\s+minister|owner|chairman|board)\b|\b(?:shocking|scandalous|outrageous|appalling)\s+stuff\b|\b(?:what\s+a\s+scandal|stop\s+the\s+press(?:es)?|alert\s+the\s+(?:media|press)|call\s+the\s+police)\b|\b(?:readers|everyone|others|people|you)\s+can\s+draw\s+(?:their|your)\s+own\s+conclusions\b`,
    ),
    why: "Mocks the customer with a pretend offer or pretend outrage: 'Sure, I'll get the CEO to hand-deliver your beans'.",
    unlessSentence: /\b(?:sorry|apolog\w*)\b/i,
  },
  {
    // Take your custom elsewhere, politely: "perhaps our range isn't quite for you". Not "perhaps this grinder isn't
    // right for a French press: I can swap it for the Burr Pro".
    id: "dismissive.not-for-you",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:perhaps|maybe)\s+(?:our|this|the)\s+(?:range|products?|shop|brand|service|subscription|beans|coffee|grinders?|kettles?|company)\s+(?:isn't|is\s+not|aren't|are\s+not)\s+(?:quite\s+|really\s+)?(?:for\s+you|right\s+for\s+you|your\s+thing|for\s+people\s+like\s+you)\b`,
    ),
    why: "Suggests the customer shop elsewhere: 'perhaps our range isn't quite for you'.",
    unlessSentence:
      /\b(?:swap|exchange|suit|instead|recommend|i\s+can|i'll|we\s+can|we'll|would\s+you\s+like)\b/i,
  },
  {
    // Hurrying her off: "I've got a queue of people with actual problems, so can we wrap this up?", "I don't have time
    // to go through this again", "it'll show when it shows". Not "shall we wrap this up with a refund?".
    id: "dismissive.hurry-her-off",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:people|customers|callers|others)\s+with\s+(?:actual|real|genuine|proper|serious)\s+(?:problems|issues|complaints|emergencies)\b|\bcan\s+we\s+(?:please\s+)?(?:wrap\s+(?:this|it)\s+up|move\s+(?:this\s+)?along|hurry\s+(?:this\s+)?up|get\s+(?:this\s+)?over\s+with)\b|\b(?:don't|do\s+not|haven't\s+got|have\s+not\s+got|haven't)\s+(?:got\s+)?(?:the\s+)?time\s+to\s+(?:go\s+(?:through|over)|explain|repeat|keep|deal\s+with)\b|\b(?:will|'ll)\s+(?:show|arrive|come|turn\s+up|get\s+there|clear|go\s+through|land)\s+when\s+(?:it|they)\s+(?:shows?|arrives?|comes?|turns?\s+up|gets?\s+there|clears?|goes\s+through|go\s+through|lands?)\b`,
    ),
    why: "Hurries the customer off or shrugs at the wait: 'can we wrap this up?', 'it'll show when it shows'.",
    unlessSentence: /\b(?:for\s+you|with\s+a\s+refund|sorry|apolog\w*)\b/i,
  },
  {
    // Her right ridiculed: "a subject access request over a coffee order? Bit much, isn't it?", "what do you think
    // we're hiding?". Not "it's a bit much to ask you to wait, so I've sent it today".
    id: "dismissive.bit-much",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:a\s+)?bit\s+(?:much|over\s+the\s+top|ott|excessive|extreme|dramatic|strong)\s*,?\s*(?:isn't\s+it|don't\s+you\s+think|no|eh|surely)\b|\bwhat\s+(?:exactly\s+|on\s+earth\s+)?do\s+you\s+think\s+(?:we're|we\s+are|i'm|i\s+am)\s+(?:hiding|up\s+to|going\s+to\s+do)\b`,
    ),
    why: "Ridicules the customer's request: 'Bit much, isn't it? What exactly do you think we're hiding?'.",
  },
  {
    // A curt refusal standing alone: "Not happening.", "…, so no." Not "No, there's no charge".
    id: "dismissive.curt-refusal",
    label: "dismissive",
    anchor: "sentence",
    pattern: re(String.raw`not\s+(?:happening|gonna\s+happen|going\s+to\s+happen|a\s+chance)\s*[.!]`),
    why: "A curt refusal with no reason: 'Not happening.'.",
  },
  {
    // Her fault read from when it fails: "our grinders only ever seem to break when people pour water into them". Not
    // "the seal only fails when the kettle boils dry, which the cut-out should stop, so it's a fault".
    id: "blame.only-breaks-when-people",
    label: "blame",
    pattern: re(
      String.raw`\bonly\s+(?:ever\s+)?(?:seem\s+to\s+|seems\s+to\s+|tend\s+to\s+|tends\s+to\s+)?(?:break|fail|crack|stop|leak|happen|go\s+wrong|clog|jam)\w*\s+when\s+(?:people|customers|you|someone|users|owners)\b`,
    ),
    why: "Implies the customer broke it: 'they only ever seem to break when people pour water into them'.",
    unlessSentence:
      /\b(?:fault|faulty|defect\w*|should\s+(?:stop|prevent)|sorry|our\s+(?:design|mistake))\b/i,
  },
  {
    // Mock thanks for a bad review: "Thanks for the one star, Gary. We'll be sure to frame it". Not "Thank you for the
    // one-star review; I'm sorry we let you down".
    id: "dismissive.thanks-for-one-star",
    label: "dismissive",
    pattern: re(
      String.raw`\bthanks?\s+(?:you\s+)?(?:so\s+much\s+|very\s+much\s+)?for\s+the\s+(?:one|1|two|2)[\s-]?stars?\b|\b(?:we'll|we\s+will|i'll|i\s+will)\s+(?:be\s+sure\s+to\s+)?(?:frame|treasure|cherish)\s+(?:it|this|your\s+review)\b|\bcustomers\s+who\s+(?:actually\s+)?(?:followed|read|used)\s+the\s+(?:\w+\s+)?(?:guide|instructions|manual)\b`,
    ),
    why: "Mocks a bad review or its writer: 'thanks for the one star… we'll be sure to frame it'.",
    unlessSentence: /\b(?:sorry|apolog\w*|let\s+you\s+down|feedback)\b/i,
  },
  {
    // The fault put on her own equipment: "maybe is your machine, not our beans", "many people buy the cheap machines
    // and then complain to us". Not "maybe it's your water: hard water makes beans bitter, so here's a filter tip".
    id: "blame.your-machine-not-ours",
    label: "blame",
    pattern: re(
      String.raw`\byour\s+(?:\w+\s+)?(?:machine|kettle|grinder|water|setup|set-up|method|technique|equipment|cups?|brewer|coffee\s+maker)\s*,?\s+not\s+(?:our|the)\s+(?:beans|coffee|kettle|grinder|product|machine|fault)\b|\b(?:many|some|lots\s+of|a\s+lot\s+of|most)\s+people\s+(?:buy|use|get)\s+(?:the\s+|a\s+|these\s+)?(?:cheap|cheapest|budget|bargain)\s+\w+[^.!?\n]{0,30}?\b(?:and\s+)?(?:then\s+)?(?:they\s+)?(?:complain|blame|moan)\b`,
    ),
    why: "Blames the customer's own equipment or choices: 'maybe is your machine, not our beans'.",
    unlessSentence: /\b(?:sorry|apolog\w*|here's|i'll|we'll|fresh|replace\w*|tip)\b/i,
  },
  {
    // Contempt in a note: "acts like he's our only customer", "fobbed off with standard script", "recommend minimal
    // engagement", "low-value customer", "not worth chasing", "waste of 20 minutes", "Old man, very confused". Not "prefers
    // phone contact", "older customer, talked through the app".
    id: "dismissive.note-contempt",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:acts?|acting|behaves?|behaving|thinks?|seems\s+to\s+think)\s+(?:like|as\s+if|as\s+though)\s+(?:he's|she's|he\s+is|she\s+is|they're|they\s+are|you're|you\s+are)\s+(?:our|the)\s+only\s+customer\b|\bfobbed\s+(?:\w+\s+)?off\b|\b(?:minimal|minimum|limited)\s+engagement\b|\blow[\s-]value\s+(?:customer|client|account)\b|\bnot\s+worth\s+(?:chasing|pursuing|bothering\s+with)\b|\b(?:a\s+)?(?:complete\s+|total\s+|utter\s+)?waste\s+of\s+(?:\d+|ten|fifteen|twenty|thirty|forty|an?|half\s+an)\s*(?:minutes?|mins?|hours?)\b|(?:^|[.!?\n]\s*)old\s+(?:man|woman|lady|boy|girl|dear|biddy|codger|git|timer|fella|fellow|bloke|geezer|duffer)\b(?=\s*[,.;:-])`,
    ),
    why: "Contempt for the customer in a record: 'fobbed off with standard script', 'waste of 20 minutes', 'recommend minimal engagement'.",
  },
  {
    // Her understanding run down: "she is not understanding simple policy", "not understanding computer at all". Not
    // "she couldn't follow the steps because our guide skipped one".
    id: "dismissive.cannot-grasp-the-simple",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:not|doesn't|does\s+not|can't|cannot|couldn't|isn't|wasn't)\s+(?:\w+\s+)?(?:understand\w*|grasp\w*|follow\w*|get(?:ting)?)\s+(?:a\s+|the\s+|our\s+)?(?:simple|basic|straightforward|easy)\s+(?:\w+\s+)?(?:policy|instructions?|rules?|things?|process|question|steps?|concept|idea)\b|\bnot\s+understanding\s+(?:computers?|technology|tech|the\s+internet|the\s+app|emails?)\s+at\s+all\b`,
    ),
    why: "Runs down the customer's understanding: 'she is not understanding simple policy'.",
    unlessSentence:
      /\b(?:our\s+(?:guide|instructions|form|website|policy\s+(?:is|was)\s+(?:un)?clear)|because\s+our|sorry)\b/i,
  },
  // ---- Session 47: independent writer 4's set 31 (32 breaches, 32 look-alikes), measured once on main (18/32 marked,
  //      0 look-alikes after the quotation fix), then its misses read by kind; tuning evidence from here on.
  {
    // A cold threat to stop trading with her for writing again: "further correspondence … may affect our willingness to
    // trade with you". Not "this won't affect your statutory rights" or "nothing you say will affect your refund".
    id: "dismissive.willingness-to-trade",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:affect|impact|reconsider|review|jeopardi[sz]e)\s+(?:our\s+)?(?:willingness|decision|ability)\s+to\s+(?:trade|deal|do\s+business|continue\s+(?:to\s+trade|trading|serving\s+you|supplying\s+you))\b|\bwhether\s+we\s+(?:continue\s+to\s+|will\s+|can\s+|wish\s+to\s+)(?:trade|deal|do\s+business)\s+with\s+you\b`,
    ),
    why: "Threatens to stop dealing with the customer for writing again: 'may affect our willingness to trade with you'.",
  },
  {
    // "Actually" doing the care she says she does, doubted: "make sure you're actually cleaning it the way the leaflet
    // shows", "if you'd actually read the leaflet". Not "check you're actually getting power at the socket".
    id: "blame.actually-doing-it",
    label: "blame",
    pattern: re(
      String.raw`\b(?:make\s+sure|check|ensure|confirm)\s+(?:that\s+)?you(?:'re|\s+are|'ve|\s+have)\s+(?:been\s+)?actually\s+(?:cleaning|reading|following|descaling|emptying|maintaining|read|followed|cleaned|descaled)\b|\b(?:are|were|have)\s+you\s+(?:even\s+)?(?:been\s+)?actually\s+(?:cleaning|reading|following|descaling|emptying|read|followed|cleaned|descaled)\b|\bif\s+you(?:'d|\s+had)?\s+actually\s+(?:read|followed|cleaned|descaled|looked\s+at|listened\s+to)\b`,
    ),
    why: "Doubts that the customer really did what she says, so the fault must be hers: 'make sure you're actually cleaning it'.",
    negatable: true,
  },
  {
    // Reading put to her as the fix for her complaint: "Perhaps if it's read through to the end, you'll find…",
    // "maybe if you read it properly". Not "perhaps if you check your spam folder, you'll find the code".
    id: "dismissive.perhaps-if-read-properly",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:perhaps|maybe|possibly)\s+if\s+(?:you|it's|it\s+is|it\s+were|it\s+was|the\s+\w+\s+(?:is|were|was))\s+(?:were\s+to\s+|had\s+|'d\s+)?(?:read|re-read|reread)\s+(?:it\s+|this\s+|the\s+\w+\s+)?(?:through\s+|again\s+)?(?:properly|carefully|fully|in\s+full|to\s+the\s+end|all\s+the\s+way|again|through)\b`,
    ),
    why: "Patronises: tells the customer her complaint would go away if she read properly ('perhaps if it's read through to the end').",
  },
  {
    // Her matter left to when the adviser feels like it: "I'll look when I look", "I'll get to it when I get round to it".
    // Not "I'll call you when I have news" or "I'll look into it today".
    id: "dismissive.when-i-get-round-to-it",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:i'll|i\s+will|ill|we'll|we\s+will)\s+(?:look|check|reply|answer|get\s+to\s+it|sort\s+it|do\s+it)\s+when\s+(?:i|we)\s+(?:look|check|reply|answer|get\s+to\s+it|sort\s+it|do\s+it|get\s+round\s+to\s+it|get\s+around\s+to\s+it|can\s+be\s+bothered|feel\s+like\s+it)\b|\bwhen\s+(?:i|we)\s+(?:get\s+round|get\s+around|can\s+be\s+bothered)\s+to\s+it\b`,
    ),
    why: "Brushes the customer off: her matter will be dealt with when the adviser feels like it ('I'll look when I look').",
  },
  {
    // Her problem ranked below the adviser's others: "there's bigger fires in here today", "we have bigger fish to
    // fry", "more important things to deal with than one parcel". Not "a bigger problem with this batch, so I've
    // replaced it".
    id: "dismissive.bigger-fires",
    label: "dismissive",
    pattern: re(
      String.raw`\bbigger\s+(?:fires|fish\s+to\s+fry)\b|\bmore\s+(?:important|urgent|pressing)\s+(?:things|jobs|customers|matters|problems|issues)\s+(?:to\s+(?:deal\s+with|do|sort|worry\s+about|be\s+getting\s+on\s+with)|than\s+(?:this|yours|your|one|a|some))\b`,
    ),
    why: "Ranks the customer's problem below the adviser's other work: 'there's bigger fires in here today'.",
    negatable: true,
  },
  {
    // Her choice to buy elsewhere sneered at: "we'd always assumed you had better taste", "no hard feelings if you've
    // decided cheaper is good enough". Not "if you found a better price, tell us and we'll try to match it".
    id: "dismissive.taste-or-cheap-sneer",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:assumed|thought|hoped|expected|believed)\s+you\s+(?:had|'d\s+have|would\s+have|of\s+all\s+people\s+had)\s+(?:better|more)\s+(?:taste|sense)\b|\b(?:decided|think|thought|feel|felt|reckon|find)\s+(?:that\s+)?(?:cheaper|cheap|the\s+cheap\s+stuff|supermarket\s+\w+|instant)\s+(?:is|was|will\s+be|'s|does)\s+good\s+enough\b`,
    ),
    why: "Sneers at the customer's taste or her choice to buy elsewhere: 'we'd assumed you had better taste'.",
  },
  {
    // Hoping to be rid of her: "hopefully that's the last we'll need to hear about it". Not "I hope this is the last
    // time you have to contact us about it".
    id: "dismissive.last-we-hear-of-it",
    label: "dismissive",
    pattern: re(
      String.raw`\bthe\s+last\s+(?:we'll|we\s+will|we|i'll|i\s+will|i)\s+(?:ever\s+)?(?:need\s+to\s+|have\s+to\s+|want\s+to\s+)?(?:hear|see)\s+(?:of|from|about)\s+(?:it|this|that|you|her|him|them)\b`,
    ),
    why: "Hopes to be rid of the customer: 'hopefully that's the last we'll need to hear about it'.",
  },
  {
    // In a note: the customer's honesty or literacy run down, or her distress called an act: "sounded shifty and
    // barely literate", "tried the waterworks routine", "sob story". Not "the plug seemed dodgy" or "customer in
    // tears, refund approved".
    id: "dismissive.note-shifty-or-waterworks",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:barely|semi|hardly)[- ]literate\b|\billiterate\b|\b(?:he|she|they|caller|customer|cust|son|daughter|man|woman|bloke|guy|lady)\s+(?:sounded|seemed|looked|was|is|came\s+across\s+as)\s+(?:a\s+(?:bit|little)\s+|very\s+|really\s+|quite\s+|rather\s+|pretty\s+)?(?:shifty|dodgy|sketchy|slippery|shady)\b|(?:^|[.!?]\s+)sounded\s+(?:a\s+bit\s+|very\s+|really\s+|quite\s+|rather\s+)?(?:shifty|shady|dodgy)\b|\bthe\s+waterworks\b|\bcrocodile\s+tears\b|\bsob\s+story\b|\bthe\s+(?:sob|tears|poor\s+me|sympathy|victim)\s+(?:routine|act|card)\b`,
    ),
    why: "Runs the customer down in a record: her honesty or literacy doubted, her distress called an act ('tried the waterworks routine').",
    negatable: true,
  },
  {
    // A habit pinned on a person in a note: "man loses his lunch daily", "she forgets her password every week". Not "the
    // app loses her basket every time" or "loses power daily: faulty, replaced".
    id: "dismissive.note-habit-pinned",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:loses|forgets|breaks|drops|misplaces)\s+(?:his|her|their)\s+(?:own\s+)?(?:\w+\s+)?(?:daily|every\s+(?:day|week|five\s+minutes)|weekly|all\s+the\s+time|constantly|regularly)\b|\bwouldn't\s+be\s+surprised\s+if\s+(?:it's|it\s+is|it\s+was|he|she|they)\b[^.!?\n]{0,60}?\b(?:own\s+desk|own\s+fault|himself|herself|themselves)\b`,
    ),
    why: "Pins a bad habit on the customer, or suspects his own carelessness, in a record: 'man loses his lunch daily'.",
  },
  {
    // The fault shrunk to refuse the remedy: "only few drops, this is not reason for refund". Not "a scratch on the box
    // is not a reason to refuse your refund".
    id: "dismissive.only-a-little-no-reason",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:only|just)\s+(?:a\s+)?(?:few|little|tiny|small|couple)\b[^.!?\n]{0,60}?\b(?:is|are|it's|this\s+is|that's)\s+(?:not|no)\s+(?:a\s+|enough\s+|big\s+|good\s+)?reason\s+(?:for|to)\s+(?:a\s+)?(?:full\s+)?(?:refund|replacement|return|complain)`,
    ),
    why: "Minimises the fault to refuse the remedy: 'only few drops, this is not reason for refund'.",
  },
  {
    // Round 33's ask (rules helper): the fault put on "people" by how often it is theirs, said to the customer: "nine
    // times out of ten people just haven't descaled", "most of the time it's because customers don't…". Not "nine times
    // out of ten this pump fault is a part failure, so it's not something you've done".
    id: "blame.nine-times-out-of-ten-people",
    label: "blame",
    pattern: re(
      String.raw`\b(?:(?:nine|eight|seven|99|ninety-nine)\s+times\s+out\s+of\s+(?:ten|a\s+hundred|100)|most\s+of\s+the\s+time|usually|normally|generally|more\s+often\s+than\s+not|in\s+most\s+cases)\b[^.!?\n]{0,30}?\b(?:people|customers|folk|users|owners)\s+(?:just\s+|simply\s+)?(?:(?:haven't|have\s+not|hadn't|didn't|did\s+not|don't|do\s+not|never|forgot\s+to|forget\s+to|can't\s+be\s+bothered\s+to)\s+(?:even\s+|properly\s+|actually\s+)?(?:descale|descaled|clean|cleaned|read|follow|followed|maintain|maintained|empty|emptied|look\s+after|looked\s+after|bother|bothered)|misuse|misused|overfill|overfilled|drop|dropped)\b`,
    ),
    why: "Puts the fault on the customer by how often it is other people's: 'nine times out of ten people just haven't descaled'.",
    unlessSentence:
      /\b(?:not\s+(?:something\s+)?you(?:'ve|\s+have)?|not\s+your\s+fault|but\s+(?:that's\s+not|it's\s+not|you've|you\s+have|you\s+did))\b/i,
  },
  {
    // Round 33's ask: grudging disbelief of the customer: "fine, I'll take your word for it", "if you say so". Not "I'll
    // take your word for it: you don't need to send photos" (trust) or "if you say so in writing, we can…".
    id: "dismissive.grudging-disbelief",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:fine|ok|okay|alright|all\s+right|well|go\s+on\s+then)\s*,?\s+(?:i'll|i\s+will|we'll|i\s+suppose\s+i'll|i\s+guess\s+i'll)\s+(?:just\s+)?(?:have\s+to\s+)?(?:take\s+your\s+word\s+for\s+it|believe\s+you)\b|\b(?:take|believe)\s+your\s+word\s+for\s+it\s+this\s+time\b|\bi'll\s+have\s+to\s+(?:take\s+your\s+word\s+for\s+it|believe\s+you)\b|\bif\s+you\s+say\s+so\b(?!\s+(?:in|by|on|when|before|at|to|we|I|on))|\bbut\s+go\s+on\s+then\b`,
    ),
    why: "Grudging disbelief of the customer: 'fine, I'll take your word for it', 'if you say so'.",
  },
  {
    // Round 33's second ask: her own action said to be why it went wrong: "asking it for a person three times was never
    // going to work", "pressing zero over and over was never going to get you through". Not "the old menu was never
    // going to get you to a person, and that's our fault, not yours".
    id: "blame.never-going-to-work",
    label: "blame",
    pattern: re(
      String.raw`\b[a-z]+ing\b[^.!?\n]{0,60}?\b(?:was|were)\s+(?:never|not|hardly)\s+going\s+to\s+(?:work|help|happen|get\s+you|fix\s+(?:it|this|that)|reach|do\s+(?:it|anything))\b`,
    ),
    why: "Tells the customer that what she did was bound to fail: 'asking it for a person three times was never going to work'.",
    unlessSentence:
      /\b(?:our\s+(?:fault|mistake|doing)|not\s+yours|on\s+us|we\s+should\s+have|i\s+should\s+have|we\s+got\s+(?:it|that|this)\s+wrong)\b/i,
  },
  {
    // Round 33's second ask: the apology withdrawn by a defence of what we sell: "sorry it went badly, but Bean Bot is a
    // bot", "apologies for the wait, but the form is a form", "sorry, but the app does exactly what it says". Not
    // "sorry it went badly, but the good news is the refund has gone back" or "I'm sorry, but I've already refunded it".
    id: "non_apology.sorry-but-it-is-what-it-is-for",
    label: "non_apology",
    pattern: re(
      String.raw`\b(?:sorry|apologies|i\s+apologi[sz]e)\b[^.!?\n]{0,50}?\bbut\s+(?:the\s+|our\s+|that\s+|a\s+)?(?:[a-z]+\s+){1,3}?(?:is|was)\s+(?:just\s+|only\s+|simply\s+)?(?:a|an)\s+[a-z]+\s*(?:[.:;,!]|$)|\b(?:sorry|apologies|i\s+apologi[sz]e)\b[^.!?\n]{0,50}?\bbut\s+(?:the\s+|our\s+|it\s+|that\s+)?(?:[a-z]+\s+){0,2}?does\s+exactly\s+what\s+(?:it\s+says|it's\s+(?:meant|supposed|designed)\s+to|(?:it|the\s+\w+)\s+says)\b`,
    ),
    why: "An apology taken back by a defence of the product: 'sorry it went badly, but Bean Bot is a bot'.",
  },
  // ---- Session 49: an independent tutor's attempts (tutors 10 and 11) and independent writer 9's set 36 (35 breaches,
  //      65 honest lines): 10/35 marked and 1/65 honest marked on main, then read by kind. Each rule was checked against
  //      paraphrases written before it (respect-meaning.test.ts, "session 49"), both ways.
  {
    // Sarcasm that her stop-gap did fine: "I'm sure the saucepan has done the job in the meantime!", "I'm sure you
    // coped just fine with a saucepan". Not "I'm sure the new one will do the job" (a promise) or "I'm sure the saucepan
    // hasn't been much fun" (sympathy).
    id: "dismissive.im-sure-you-coped",
    label: "dismissive",
    pattern: re(
      String.raw`\bi(?:'m|\s+am)\s+sure\s+(?:the|your|a|that|this)\s+(?:[\w-]+\s+){0,2}?(?:has|have|'s)?\s*(?:done|did)\s+the\s+(?:job|trick)\b|\bi(?:'m|\s+am)\s+sure\s+you(?:'ve|\s+have)?\s+(?:coped|managed|survived|got\s+by|muddled\s+through)(?:\s+(?:just|perfectly|absolutely|quite))?\s+(?:fine|well|ok|okay|without|with\s+(?:a|an|the|your))\b`,
    ),
    why: "Sarcasm that the customer's makeshift did fine: 'I'm sure the saucepan has done the job in the meantime!'.",
    unlessSentence:
      /\b(?:sorry|apologi[sz]e|shouldn't|should\s+not|not\s+fair|must\s+have\s+been|no\s+fun|not\s+much\s+fun)\b/i,
  },
  {
    // Her seriousness or taste made the condition of good coffee: "if you're serious about coffee you'll want a proper
    // grinder", "if you really care about flavour, you'd be grinding your own", "any real coffee lover uses freshly
    // ground". Not "if you're keen to try grinding your own, the Burr Pro is 10% off" or "we take coffee seriously".
    id: "dismissive.if-youre-serious-about-coffee",
    label: "dismissive",
    pattern: re(
      String.raw`\bif\s+you(?:'re|\s+are)\s+(?:really\s+|at\s+all\s+|truly\s+|actually\s+)?(?:serious|passionate)\s+about\s+(?:your\s+|good\s+|great\s+)?(?:coffee|espresso|flavour|flavor|taste|beans|brewing)\b[^.!?\n]{0,60}?\byou(?:'ll|\s+will|'d|\s+would|\s+should|\s+need|\s+must|'ve\s+got|\s+have\s+to)\b|\bif\s+you\s+(?:really|actually|truly|genuinely)\s+(?:care|cared)\s+about\s+(?:the\s+)?(?:flavour|flavor|taste|coffee|quality)\b[^.!?\n]{0,60}?\byou(?:'d|\s+would|'ll|\s+will|\s+should)\b|\b(?:any|every|no|real|true|proper|serious)\s+(?:real\s+|true\s+|proper\s+|serious\s+|self-respecting\s+)?coffee\s+(?:lovers?|drinkers?|fans?|people|person)\b(?=[^.!?\n]{0,60}?\b(?:pre-?ground|instant|grinders?|grinds?|ground)\b)`,
    ),
    why: "Makes good coffee a matter of the customer's seriousness: 'if you're serious about coffee you'll want a proper grinder'.",
  },
  {
    // A consent refusal made to cost her: "No texts, as you asked, although you will miss out on some of our text-only
    // deals", "shame, as you'll miss out". Not "you won't miss out: the same offers come by email" or "I'm sorry you
    // missed out on the launch offer".
    id: "dismissive.refusal-means-missing-out",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:though|although|but|shame|pity|sadly|unfortunately)\b,?\s+(?:as\s+|because\s+)?you(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to)\s+(?:be\s+)?miss(?:ing)?\s+out\s+on\b`,
    ),
    why: "Makes the customer's choice cost her: 'no texts, as you asked, although you will miss out on our deals'.",
  },
  {
    // An internal score label used at her: "As one of our detractors, I am closing the loop personally with you", "our
    // survey put you down as a detractor". A note's record is not ("Aisha is a detractor (scored 2): late delivery").
    id: "dismissive.you-the-detractor",
    label: "dismissive",
    pattern: re(
      String.raw`\bas\s+(?:one\s+of\s+(?:our|the)\s+|a\s+)detractors?\b(?=[^.!?\n]{0,80}?\byou\b)|\byou(?:'re|\s+are|\s+were|'ve\s+been|\s+have\s+been)\s+(?:classed\s+as\s+|counted\s+as\s+|marked\s+as\s+|flagged\s+as\s+)?(?:one\s+of\s+(?:our|the)\s+|a\s+)detractors?\b|\b(?:put|marked|classed|classified|counted|flagged|listed|tagged|scored|registered)\s+you\s+(?:down\s+)?as\s+(?:a\s+|one\s+of\s+(?:our|the)\s+)detractors?\b`,
    ),
    why: "Calls the customer by the team's score label: 'as one of our detractors, I am closing the loop with you'.",
  },
  {
    // Advice for next time that says she caused it by leaving it late: "Next time it might be worth ordering more than
    // two days before the big day", "going forward, maybe leave a bit more time". Not "in future you can order by 2pm for
    // next-day delivery" or "going forward, we'll make sure gifts go by tracked post".
    id: "blame.next-time-leave-more-time",
    label: "blame",
    pattern: re(
      String.raw`\b(?:next\s+time|in\s+(?:the\s+)?future|going\s+forward|for\s+next\s+time)\b[^.!?\n]{0,40}?\b(?:(?:might|may|would)\s+be\s+(?:worth|best|wise|sensible)|it's\s+(?:best|worth|wise|sensible)|it\s+is\s+(?:best|worth|wise)|maybe|perhaps|(?:you\s+)?(?:might|may)\s+want\s+to|try\s+to|(?:i'd|i\s+would)\s+(?:suggest|recommend|advise)|be\s+sure\s+to)\b[^.!?\n]{0,60}?\b(?:more\s+(?:time|notice|than\s+(?:a|one|two|three|four|five|\d+)\s+(?:days?|weeks?|day's|days'))|(?:a\s+)?(?:bit\s+|little\s+)?more\s+(?:time|notice|margin)|earlier|sooner|in\s+(?:good\s+)?time|in\s+advance|well\s+(?:before|ahead)|ahead\s+of|margin)\b`,
    ),
    why: "Advice for next time that says the customer caused it: 'next time it might be worth ordering more than two days before'.",
    unlessSentence:
      /\b(?:we(?:'ll|\s+will)|i(?:'ll|\s+will))\s+(?:make\s+sure|send|dispatch|post|remind|email|text)\b/i,
  },
  {
    // A concession that carries an accusation: "refunded as a goodwill gesture, even though it's clear from the photos the
    // burrs have had something other than coffee through them". Not "even though the photos clearly show the box was
    // damaged by the courier" or "even though the courier says it was delivered".
    id: "blame.even-though-its-clear-misuse",
    label: "blame",
    pattern: re(
      String.raw`\b(?:even\s+though|although|though|despite|in\s+spite\s+of)\s+(?:[\w']+\s+){0,3}?(?:quite\s+|very\s+|fairly\s+|pretty\s+|perfectly\s+)?(?:clear(?:ly)?|obvious(?:ly)?|evident(?:ly)?|plain(?:ly)?)\b[^.!?\n]{0,80}?\b(?:dropped|misused|mistreated|abused|tampered|knocked|overfilled|neglected|mishandled|misuse|something\s+other\s+than|had\s+(?:[\w']+\s+){0,3}?through|put\s+through)\b`,
    ),
    why: "A concession that carries an accusation: 'even though it's clear from the photos it has been misused'.",
    unlessSentence:
      /\b(?:by\s+(?:the\s+)?(?:courier|driver|post|carrier|us|our)|in\s+transit|our\s+(?:fault|mistake|warehouse|packing)|we\s+(?:dropped|damaged))\b/i,
  },
  {
    // Her own choice named as the cause, in fairness: "Customer very upset - though in fairness she did choose standard
    // delivery", "to be fair he did pick the cheapest courier". Not "to be fair, you did tell us about the fault in
    // March", "in fairness to the courier…", or "in fairness, you did order before the cut-off, so it should have come".
    id: "blame.in-fairness-she-chose",
    label: "blame",
    pattern: re(
      String.raw`\b(?:in\s+(?:all\s+)?fairness|to\s+be\s+fair|admittedly|mind\s+you)\b(?!\s+to\s+(?:her|him|them|the\s+customer)\b),?\s+(?:she|he|they|you|the\s+customer|customer|cust)\s+(?:did\s+|had\s+|herself\s+|himself\s+)?(?:choose|chose|chosen|pick|picked|opt|opted|go\s+for|went\s+for|select|selected|decide|decided|tick|ticked|skip|skipped|decline|declined|refuse|refused)\b`,
    ),
    why: "Names the customer's own choice as the cause, 'in fairness': 'though in fairness she did choose standard delivery'.",
    unlessSentence:
      /\b(?:so\s+it\s+should|should\s+have\s+(?:arrived|been|come)|our\s+(?:fault|mistake)|not\s+(?:your|her|his)\s+fault|we\s+should)\b/i,
  },
  {
    // Her channel reproached: "sorry you felt a one-star review was the right way to raise this, rather than simply
    // emailing us". Not "rather than emailing us, you can now chat to us in the app".
    id: "dismissive.rather-than-simply-emailing-us",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:rather\s+than|instead\s+of)\s+(?:simply|just|merely)\s+(?:emailing|e-mailing|calling|ringing|phoning|contacting|messaging|writing\s+to|getting\s+in\s+touch\s+with|talking\s+to|speaking\s+to|asking)\s+(?:us|me)\b`,
    ),
    why: "Reproaches the customer for the channel she used: 'rather than simply emailing us'.",
    unlessSentence: /\b(?:sorry\s+you\s+had\s+to|our\s+fault|we\s+should|shouldn't\s+have\s+had\s+to)\b/i,
  },
  {
    // The length of her writing sneered at: "thank you for your very long email. I've picked out what I think your
    // question is", "clearly has a lot of time on their hands judging by the length of the review". Not "thanks for the
    // long email - it's clear this has been a rotten week" or "thank you for your detailed email".
    id: "dismissive.your-very-long-email",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:your|the|her|his|their|this)\s+(?:very|rather|extremely|incredibly|somewhat|quite|so|really)\s+(?:long|lengthy|wordy|long-winded)\s+(?:email|e-mail|message|letter|review|complaint|note)\b|\b(?:long-winded|essay-length)\s+(?:email|e-mail|message|letter|review|complaint)\b|\bwhat\s+(?:i\s+think|i\s+believe|i\s+assume|i\s+guess|seems\s+to\s+be)\s+(?:your|the)\s+(?:actual\s+|real\s+|main\s+)?(?:question|point|complaint)\s+(?:is|was)\b|\b(?:find|found|pick(?:ed)?\s+out|dig\s+out|dug\s+out|work\s+out|worked\s+out|tried\s+to\s+find)\s+(?:the|your)\s+(?:actual|real)\s+(?:question|point|complaint)\b|\b(?:judging|going)\s+by\s+the\s+(?:length|size)\s+of\s+(?:the|her|his|their|your)\s+(?:review|email|e-mail|message|letter|complaint)s?\b`,
    ),
    why: "Sneers at the length of the customer's writing: 'thank you for your very long email'.",
    unlessSentence:
      /\b(?:taking\s+the\s+time|rotten|awful|must\s+have\s+been|sorry|take\s+each\s+point|each\s+point\s+in\s+turn)\b/i,
  },
  {
    // Her contact called pointless: "calling twice in one morning will not make the engineer arrive any faster", "ringing
    // every hour won't get the parcel to you any sooner". Not "calling us twice won't cost you anything extra".
    id: "dismissive.calling-wont-make-it-faster",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:calling|ringing|phoning|emailing|e-mailing|messaging|chasing|writing\s+in|complaining|contacting\s+us|shouting|getting\s+(?:angry|upset|cross))\b[^.!?\n]{0,40}?\b(?:won't|will\s+not|doesn't|does\s+not|isn't\s+going\s+to|is\s+not\s+going\s+to|wouldn't|will\s+never)\s+(?:make|get|speed|hurry|bring|help)\b[^.!?\n]{0,50}?(?:\bany\s+(?:faster|sooner|quicker|earlier)\b|\bup\b|\balong\b|\bquicker\b|\bfaster\b|\bsooner\b)`,
    ),
    why: "Tells the customer her contact is pointless: 'calling twice won't make the engineer arrive any faster'.",
    unlessSentence:
      /\b(?:so\s+(?:i've|we've|i\s+have|we\s+have)|i've\s+(?:already|paid|upgraded|chased)|instead,?\s+(?:i|we))\b/i,
  },
  {
    // The work she causes complained of: "quite a lot of work to pull everything together over a single milk frother", "a
    // lot of admin over a £5 mug". Not "it's a lot of work for you to repack the machine, so I'll send a box" or "a lot
    // of hassle over one faulty kettle, I'm so sorry" (her trouble).
    id: "dismissive.a-lot-of-work-over-a-single",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:a\s+(?:lot|fair\s+amount|great\s+deal|good\s+deal|fair\s+bit)\s+of|quite\s+a(?:\s+lot\s+of)?|so\s+much|a\s+(?:big|huge)|some)\s+(?:work|effort|admin|paperwork|job|faff|palaver|rigmarole)\b[^.!?\n]{0,50}?\b(?:over|for)\s+(?:a\s+single|one(?:\s+(?:small|little|tiny|single))?|just\s+(?:a|one)|a\s+mere|only\s+(?:a|one)|a\s+(?:small|little|tiny|cheap)|a\s+£\s?\d+|£\s?\d+)`,
    ),
    why: "Complains of the work the customer causes: 'quite a lot of work over a single milk frother'.",
    unlessSentence: /\b(?:sorry|apologi|for\s+you\s+to|you've\s+(?:had|been)|you\s+(?:had|have)\s+to)\b/i,
  },
  {
    // Motives and labels in a record: "Likely fishing for compensation, so do the minimum required", "bargain hunter",
    // "not worth the win-back voucher tbh". Not "Customer asked whether a discount code applies", "we won't just do the
    // minimum required", "not worth the bother of sending it back: keep it".
    id: "dismissive.note-fishing-or-bargain-hunter",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:fishing|angling|chancing\s+(?:it|(?:her|his|their)\s+arm))\b(?:\s+trip)?\s+(?:for\s+)?(?:some\s+|a\s+bit\s+of\s+)?(?:compensation|a\s+freebie|freebies|free\s+stuff|a\s+refund|money|a\s+payout|a\s+discount|a\s+voucher|goodwill|something\s+for\s+nothing)\b|\bfishing\s+trip\b|\b(?:do|give\s+(?:her|him|them))\s+(?:the\s+)?(?:bare|absolute)\s+minimum\b|\bdo\s+the\s+minimum\s+(?:required|needed|necessary|possible)\b|\bminimum\s+effort\b|\b(?:bargain|discount|deal|voucher|freebie|code)[\s-]+(?:hunter|chaser|hound|junkie|grabber|scrounger)s?\b|\bnot\s+worth\s+(?:the|a|any|our)\s+(?:win-?back\s+)?(?:voucher|discount|offer|code|effort)(?=\s*(?:tbh|imo|really|anyway)?\s*(?:[.!,;)]|$))`,
    ),
    why: "Imputes a motive or a label in a record: 'likely fishing for compensation, so do the minimum required', 'bargain hunter'.",
    negatable: true,
  },
  {
    // Told to look properly, as if she had not: "9 times out of 10 it's with a neighbour, so have a proper look b4 we
    // open a claim". Not "I'll have a proper look at your account" or "could you have a look at the base for a number?".
    id: "blame.have-a-proper-look-first",
    label: "blame",
    pattern: re(
      String.raw`\b(?:have|take)\s+a\s+(?:proper|good|careful|thorough|decent|real)\s+look\b[^.!?\n]{0,50}?\b(?:b4|before|first)\b`,
    ),
    why: "Tells the customer to look properly before we act, as if she had not: 'have a proper look b4 we open a claim'.",
    unlessBefore:
      /\b(?:i'll|i\s+will|we'll|we\s+will|let\s+me|let\s+us|i'd|we'd|i\s+can|we\s+can|i'm\s+going\s+to|we're\s+going\s+to|to)\s+$/i,
  },
  {
    // Her effort asked for with a sneer: "if your team could manage to run the cleaning cycle occasionally", "if you
    // could manage to empty the drip tray now and then". Not "if you could manage to send the photos by Friday".
    id: "blame.could-manage-to-occasionally",
    label: "blame",
    pattern: re(
      String.raw`\b(?:could|can|would)\s+(?:actually\s+)?manage\s+to\s+(?:[\w']+\s+){1,6}?(?:occasionally|now\s+and\s+(?:then|again)|once\s+in\s+a\s+while|every\s+so\s+often|from\s+time\s+to\s+time|once\s+or\s+twice|at\s+least\s+once|for\s+once|ever)\b`,
    ),
    why: "Asks for basic care with a sneer: 'if your team could manage to run the cleaning cycle occasionally'.",
  },
  {
    // Her cheaper choice sneered at: "we assume you found somewhere cheaper? … in case you fancy coming back to proper
    // coffee". Not "if you've found a better price elsewhere, tell us and we'll match it".
    id: "dismissive.somewhere-cheaper-proper-coffee",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:assume|guess|guessing|imagine|suppose|presume|reckon)\s+(?:that\s+)?you(?:'ve|\s+have)?\s+(?:found|gone|went|moved|switched)\s+(?:to\s+)?(?:somewhere|someone|something|a\s+shop)\s+cheaper\b|\b(?:coming|come|get)\s+back\s+to\s+(?:some\s+)?(?:proper|real|decent|good|grown-?up)\s+coffee\b|\bwhen\s+you\s+miss\s+the\s+(?:good|real|proper)\s+stuff\b`,
    ),
    why: "Sneers at the customer's cheaper choice: 'we assume you found somewhere cheaper? … coming back to proper coffee'.",
  },
  {
    // The sign was big enough and she missed it: "It does say 'speak to an agent' in quite large letters on the second
    // screen, but I appreciate not everyone spots it". Not "we've now made it appear in large letters on the first screen".
    id: "blame.it-says-so-in-large-letters",
    label: "blame",
    pattern: re(
      String.raw`\b(?:(?:it|that|the\s+[\w-]+|this)\s+(?:does|did)\s+say|(?:is|are|was|were|it's)\s+(?:clearly\s+)?(?:labelled|labeled|written|printed|marked|shown))\b[^.!?\n]{0,60}?\bin\s+(?:quite\s+|really\s+|very\s+|fairly\s+|pretty\s+)?(?:large|big|bold|huge|capital|massive)\s+(?:bold\s+)?(?:letters|print|type|writing|font)\b`,
    ),
    why: "Says the sign was plain enough and the customer missed it: 'it does say so in quite large letters'.",
    unlessSentence:
      /\b(?:we've\s+(?:now\s+)?(?:made|changed|put|moved)|we\s+(?:have|will|'ll)|so\s+you\s+were\s+right|sorry)\b/i,
  },
  {
    // Listening for show, in a record: "client raised the same three complaints as last month. We nodded along."
    id: "dismissive.we-nodded-along",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:we|i)\s+(?:just\s+)?(?:nodded\s+along|smiled\s+and\s+nodded|nodded\s+and\s+smiled)\b`,
    ),
    why: "Records listening to the customer for show: 'we nodded along'.",
  },
  {
    // Her account doubted in a record: "Customer insists, rather unconvincingly, that it was never dropped". Not
    // "customer explained clearly and convincingly".
    id: "dismissive.note-unconvincingly",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:insists?|insisted|says|said|claims?|claimed|maintains?|maintained|swears?|swore|argues|argued|told\s+(?:us|me))\b,?\s+(?:\w+\s+)?(?:rather\s+|quite\s+|very\s+|somewhat\s+|fairly\s+)?(?:unconvincingly|not\s+(?:very\s+|all\s+that\s+|terribly\s+|particularly\s+)?convincingly)\b`,
    ),
    why: "Doubts the customer's account in a record: 'insists, rather unconvincingly, that it was never dropped'.",
    unlessSentence: /\b(?:courier|driver|depot|warehouse|supplier|manufacturer|carrier)\b/i,
  },
  {
    // Understood at last after many tellings: "Margaret finally understood how the pause works after the third
    // explanation". Not "got it working after the second reset".
    id: "dismissive.finally-understood-after-the-third",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:finally|eventually|at\s+last)\s+(?:understood|understands|got\s+it|grasped|took\s+it\s+in|cottoned\s+on|twigged)\b[^.!?\n]{0,60}?\bafter\s+(?:the\s+|my\s+|our\s+)?(?:second|third|fourth|fifth|sixth|umpteenth|nth|\d+(?:st|nd|rd|th)|several|many|multiple|three|four|five|repeated)\s+(?:explanations?|times?|attempts?|goes|tries|tellings?)\b`,
    ),
    why: "Sneers that the customer understood at last: 'finally understood after the third explanation'.",
  },
  {
    // Suspicion in a record: "Refunded anyway, but flagging in case she tries this again".
    id: "dismissive.note-in-case-she-tries-it",
    label: "dismissive",
    pattern: re(
      String.raw`\bin\s+case\s+(?:she|he|they|the\s+customer|cust|customer)\s+(?:tries|try|attempts?)\s+(?:this|that|it)\s+(?:again|on)\b`,
    ),
    why: "Suspects the customer of trying it on: 'flagging in case she tries this again'.",
  },
  {
    // Told to check before complaining, as if she complained without looking: "Maybe you are not switching on at wall
    // socket. Please check this first before you send complain" (set 36). Not "before you complain to the Ombudsman, we
    // need to send our final response" or "please check your order number before you contact us".
    id: "blame.check-before-you-complain",
    label: "blame",
    pattern: re(
      String.raw`\b(?:check|read|look\s+at|try|test|make\s+sure)\b[^.!?\n]{0,60}?\bbefore\s+(?:you\s+)?(?:(?:send(?:ing)?|mak(?:e|ing)|rais(?:e|ing)|submit(?:ting)?|lodg(?:e|ing))\s+(?:a\s+|your\s+|the\s+|us\s+a\s+|any\s+)?complain(?:t|ts)?|complain(?:ing)?)\b`,
    ),
    why: "Tells the customer to check before complaining, as if she had not: 'please check this first before you send complain'.",
    unlessSentence:
      /\b(?:ombudsman|final\s+response|formal(?:ly)?|complaints?\s+(?:procedure|process|page|policy))\b/i,
  },
  // ---- Session 48: independent writer 8's set 35 (30 breaches, 60 look-alikes), held out to the end: 17/30 marked and
  //      2/60 look-alikes marked at the session's start and again after all other work; then read by kind.
  {
    // Sarcastic timing insinuation: "Funny how the espresso machine only broke the day after the return window closed".
    id: "blame.funny-how-timing",
    label: "blame",
    pattern: re(
      String.raw`\bfunny\s+how\s+(?:the\s+|your\s+|this\s+|that\s+)?(?:\w+\s+){0,3}?(?:only|always|just|suddenly|conveniently)\s+(?:\w+\s+)?(?:broke|stopped|failed|went|happened|arrived|leaked|started|disappeared|vanished|goes|breaks|stops)\b`,
    ),
    why: "Insinuates the customer is lying by the timing: 'funny how it only broke the day after the window closed'.",
  },
  {
    // Mock praise for doing the obvious: "you actually read the manual this time, well done!", "you've finally noticed".
    // Not "well done for spotting the batch number" or "you've finally got your parcel: sorry it took so long".
    id: "dismissive.actually-this-time-or-finally",
    label: "dismissive",
    pattern: re(
      String.raw`\byou(?:'ve|\s+have)?\s+actually\s+\w+[^.!?\n]{0,40}?\bthis\s+time\b|\b(?:you've|you\s+have|you)\s+finally\s+(?:noticed|read|checked|spotted|realised|realized|looked|opened|found|bothered|worked\s+out|figured\s+out)\b`,
    ),
    why: "Mock praise for doing the obvious: 'you actually read the manual this time, well done!'.",
  },
  {
    // "What exactly do you expect us to do, drive round to your house…?" (the shrug with "exactly" or "honestly").
    id: "dismissive.what-exactly-do-you-expect",
    label: "dismissive",
    pattern: re(
      String.raw`\bwhat\s+(?:exactly|honestly|else|on\s+earth)\s+(?:do|did|would)\s+you\s+(?:expect|want)\s+(?:us|me)\s+to\s+do\b`,
    ),
    why: "Shrugs at the customer's expectation: 'what exactly do you expect us to do?'.",
  },
  {
    // The problem disowned: "its the courier's problem not ours. Try them." Not "that's our fault, not yours"; "the
    // manufacturer's fault, not ours" is an excuse the guide reads as a non-apology beside "sorry" (hand-labelled set).
    id: "dismissive.problem-not-ours",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:problem|issue|responsibility|headache|concern)\s*,?\s+not\s+(?:ours|mine|us|our\s+(?:problem|issue|responsibility|concern))\b`,
    ),
    why: "Disowns the customer's problem: 'it's the courier's problem, not ours'.",
  },
  {
    // Gratitude demanded: "You are very lucky we are even offering refund… Please be more grateful".
    id: "dismissive.be-grateful",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:lucky|fortunate)\s+(?:that\s+)?(?:we(?:'re|\s+are)?|we\s+even|i(?:'m|\s+am)?)\s+(?:even\s+)?(?:offering|giving|doing|helping|bothering|refunding|replacing)\b|\bbe\s+(?:a\s+bit\s+|a\s+little\s+)?more\s+grateful\b|\bshow\s+(?:a\s+(?:bit|little)\s+of\s+|some\s+)gratitude\b`,
    ),
    why: "Demands gratitude from the customer: 'you are very lucky we are even offering a refund'.",
  },
  {
    // The account threatened for writing: "we will have no choice but to close your account". Not "we had no choice but
    // to cancel the order when the card failed; I've re-placed it".
    id: "dismissive.no-choice-but-to-close",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:will|would|'ll|may|might)\s+(?:have\s+)?(?:no\s+(?:choice|option|alternative)\s+but\s+to|be\s+forced\s+to)\s+(?:close|suspend|block|ban|cancel|terminate|restrict|freeze)\s+(?:your|the)\s+(?:account|subscription|membership|orders?)\b`,
    ),
    why: "Threatens the customer's account for contacting us: 'we will have no choice but to close your account'.",
  },
  {
    // A record that wants her gone or her skill sneered at: "just keep him short and get him off the phone", "probably
    // just can't work a grinder". Not "couldn't get him off hold: the line dropped, called back".
    id: "dismissive.note-off-the-phone-or-cant-work-it",
    label: "dismissive",
    pattern: re(
      String.raw`\bget\s+(?:him|her|them)\s+off\s+the\s+(?:phone|line)\b|\b(?:probably|clearly|obviously|just)\s+(?:just\s+)?(?:can't|cannot|couldn't)\s+(?:work|use|operate)\s+(?:a|an|the|her|his|their)\b`,
    ),
    why: "Runs the customer down in a record: 'get him off the phone', 'probably just can't work a grinder'.",
  },
  // ---- Session 48: independent writer 7's set 34 (40 breaches, 50 look-alikes), measured once on main (25/40 marked,
  //      35/40 reaching the tutor; 1/50 look-alikes marked), then its misses read by kind; tuning evidence from here on.
  {
    // The problem handed back to her as unreasonable: "not sure what u want us to do", "no idea what you expect me to
    // do about it". Not "I'm not sure what you'd like us to do: a refund or a replacement?" (a real question).
    id: "dismissive.not-sure-what-you-want",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:not\s+sure|(?:i\s+)?don't\s+know|dunno|no\s+idea|unsure)\s+what\s+(?:else\s+)?(?:you|u|ya|she|he|they)\s+(?:want|wants|expect|expects)\s+(?:us|me)\s+(?:to\s+do|to\s+say)\b`,
    ),
    why: "Hands the problem back as unreasonable: 'not sure what u want us to do'.",
    unlessSentence:
      /\?|\b(?:could|can|would)\s+you\s+(?:tell|let|say)|\bplease\s+(?:tell|let)|\bso\s+(?:i|we)\s+can\b/i,
  },
  {
    // Mock surprise at her problem: "a coffee machine that needs descaling, who'd have thought it!", "surprise,
    // surprise", "shock horror". Not "who'd have thought a little kettle could cause so much trouble? I'm sorry".
    id: "dismissive.mock-surprise",
    label: "dismissive",
    pattern: re(
      String.raw`\bwho(?:'d|\s+would)\s+(?:have|of|'ve)\s+(?:thought|guessed)(?:\s+(?:it|that))?\s*(?=[!.,;]|$)|\bsurprise,?\s+surprise\b|\bshock,?\s+horror\b`,
    ),
    why: "Mock surprise at the customer's problem: 'who'd have thought it!', 'surprise, surprise'.",
    unlessSentence: /\b(?:sorry|apologi[sz]e|our\s+(?:fault|mistake))\b/i,
  },
  {
    // Her problem measured against a disaster to shrink it: "a few drops of water on the worktop is hardly a safety
    // emergency", "it's not exactly the end of the world". Not "a leaking kettle is a safety issue, so please unplug it".
    id: "dismissive.hardly-an-emergency",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:is|are|was|it's|that's|this\s+is|hardly)\s+(?:hardly|scarcely|not\s+exactly|hardly\s+what\s+(?:i'd|i\s+would|you'd)\s+call)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:emergency|disaster|catastrophe|crisis|tragedy|end\s+of\s+the\s+world|big\s+deal|life\s+or\s+death|matter\s+of\s+life\s+and\s+death)\b`,
    ),
    why: "Shrinks the customer's problem by setting it against a disaster: 'hardly a safety emergency'.",
  },
  {
    // The product defended and her use blamed: "perfectly capable of answering that if you type it in properly", "works
    // fine if you use it correctly". Not "it'll work properly again once you've descaled it".
    id: "blame.works-if-you-do-it-properly",
    label: "blame",
    pattern: re(
      String.raw`\b(?:perfectly\s+capable|(?:works?|worked|working)\s+(?:fine|perfectly|properly|absolutely\s+fine)|does\s+(?:the\s+job|what\s+it\s+says))\b[^.!?\n]{0,80}?\bif\s+(?:you|u|people|customers)\s+(?:\w+\s+){0,4}?(?:properly|correctly|right|the\s+right\s+way|as\s+(?:instructed|directed))\b`,
    ),
    why: "Defends the product and puts the fault on the customer's use: 'perfectly capable… if you type it in properly'.",
  },
  {
    // Telling her to stop asking: "there's really no point chasing us every week". Not "no point chasing the courier:
    // I've done it for you" (the job taken off her).
    id: "dismissive.no-point-chasing",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:there's|there\s+is|theres|there\s+really\s+is|it's|it\s+is)\s+(?:really\s+|honestly\s+|absolutely\s+|little\s+)?(?:no|little)\s+point\s+(?:in\s+)?(?:you\s+)?(?:chasing|emailing|ringing|calling|phoning|contacting|writing|complaining|moaning|asking)\b`,
    ),
    why: "Tells the customer to stop asking: 'there's really no point chasing us'.",
    unlessSentence: /\b(?:i'll|i\s+will|we'll|we\s+will|i've|we've|i\s+have|we\s+have|for\s+you)\b/i,
  },
  {
    // Her complaint passed on as futile: "although I doubt anything will come of it", "don't hold your breath".
    id: "dismissive.doubt-anything-will-come",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:doubt|don't\s+think|do\s+not\s+think|wouldn't\s+expect)\s+(?:that\s+)?(?:anything|much|a\s+lot)\s+(?:will|would|is\s+going\s+to)\s+come\s+of\s+(?:it|this|that)\b|\bdon't\s+hold\s+your\s+breath\b`,
    ),
    why: "Passes the complaint on as futile: 'I doubt anything will come of it'.",
  },
  {
    // A record that runs the customer down: "not very with it", "usual drama", "had enough of him", "humour her with a
    // voucher", "not worth the time calling back", "they always say that", "thinks they're a consumer lawyer". Not
    // "customer very upset; parcel not all there" or "she thinks the Aurora is a lovely kettle".
    id: "dismissive.note-runs-her-down",
    label: "dismissive",
    pattern: re(
      String.raw`\bnot\s+(?:very|all\s+that|really|quite|entirely)\s+with\s+it\b|\b(?:he|she|they|customer|cust|caller|lady|man|woman|gent|bloke)\s+(?:is|was|'s|seemed|seems|sounded|sounds)\s+not\s+all\s+there\b|\b(?:usual|the\s+usual|another|more|same\s+old)\s+(?:drama|moan|moaning|whinge|whingeing|whinging|rant|tantrum|hissy\s+fit|song\s+and\s+dance)\b(?![-\w])|\b(?:had|have)\s+(?:quite\s+)?enough\s+of\s+(?:him|her|them|this\s+(?:customer|man|woman|lady|guy|bloke)|the\s+customer)\b|\bhumou?r\s+(?:her|him|them|the\s+customer|the\s+cust)\b|\bnot\s+worth\s+(?:the|my|our|your)\s+(?:time|effort|bother|hassle|energy)\s+(?:calling|ringing|phoning|replying|chasing|following\s+up|getting\s+back)\b|\b(?:they|customers|people|they\s+all|customers\s+all|people\s+all)\s+(?:always|all)\s+say\s+(?:that|this|so)\s*(?=[.!,;)]|$)|\b(?:thinks?|reckons?)\s+(?:they're|they\s+are|she's|she\s+is|he's|he\s+is)\s+(?:a|an|some\s+kind\s+of|some\s+sort\s+of)\s+(?:\w+\s+)?(?:lawyer|solicitor|barrister|judge|expert|genius|professor)\b`,
    ),
    why: "Runs the customer down to colleagues: 'not very with it', 'usual drama', 'they always say that'.",
    negatable: true,
  },
  {
    // Her taste sneered at: "maybe you are not used to the taste of real coffee". Not "if you're used to a darker
    // roast, our Hearth blend may suit you better".
    id: "dismissive.not-used-to-real-coffee",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:not|aren't|isn't|never\s+been)\s+used\s+to\s+(?:the\s+taste\s+of\s+)?(?:real|proper|good|quality|decent|grown-?up)\s+(?:coffee|beans|espresso|tea)\b`,
    ),
    why: "Sneers at the customer's taste: 'maybe you are not used to the taste of real coffee'.",
  },
  {
    // Others who "would simply" have checked first, set against her: "most people would simply check their bank
    // statement before emailing us". Not "most people check the tracking page first, but you don't need to".
    id: "blame.most-people-would-simply",
    label: "blame",
    pattern: re(
      String.raw`\b(?:most|other|normal|sensible|reasonable)\s+(?:people|customers|folk|users)\s+(?:would|will|'d)\s+(?:simply\s+|just\s+|usually\s+|normally\s+)?(?:have\s+)?(?:check|checked|read|look|looked|contact|contacted|ask|asked|try|tried)\b[^.!?\n]{0,60}?\bbefore\b`,
    ),
    why: "Sets what most people would simply have done against the customer: 'most people would simply check… before emailing us'.",
    unlessSentence: /\b(?:but\s+you\s+(?:don't|do\s+not|didn't)|not\s+your\s+fault|don't\s+worry)\b/i,
  },
  // ---- Session 46: independent writer 2's set 29, measured once as held out (10/16 caught, 0/14 flagged: the same as
  //      before this session's respect work), then its misses read by kind; tuning evidence from here on.
  {
    // Sarcastic self-blame, and a failing at technology pinned on her: "we'll happily take the blame as usual",
    // "clearly not great with technology", "probably shouldn't be buying a smart kettle". Not "I'm happy to talk you
    // through it if you're not great with apps".
    id: "dismissive.sarcasm-talking-down-or-closing-on-her",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:happily|gladly|cheerfully)\s+take\s+the\s+blame\s+(?:as\s+(?:usual|always|ever)|again|once\s+more)\b|\b(?:clearly|obviously|evidently|just)\s+not\s+(?:great|good|brilliant|the\s+best|very\s+good)\s+with\s+(?:technology|tech|computers|phones|apps|gadgets|the\s+internet|machines)\b|\b(?:he|she|they|you)\s+(?:probably|really|clearly)\s+(?:shouldn't|should\s+not)\s+(?:be\s+)?(?:buying|using|owning|ordering|allowed)\b|\byou(?:'re|\s+are)\s+(?:just\s+|clearly\s+|obviously\s+|simply\s+)?not\s+(?:actually\s+|even\s+|really\s+)?listening\b|\b(?:let's|let\s+us)\s+(?:keep|put)\s+(?:a\s+(?:bit|little)\s+of\s+|some\s+)?(?:perspective|(?:this|it|things)\s+in\s+perspective)\b|\bkeep\s+(?:a\s+(?:bit|little)\s+of\s+|some\s+)perspective\b|\b(?:do\s+not|don't|won't|will\s+not)\s+(?:consider|think|see|feel)\s+(?:that\s+)?(?:any\s+)?(?:further|a)\s+(?:reply|response|correspondence|contact|action)\s+(?:to\s+be\s+|is\s+|as\s+)?(?:necessary|needed|required|warranted)\b|\bgiven\s+(?:its|your|the)\s+tone\b`,
    ),
    why: "Sarcasm, talking down or closing on the customer: 'we'll happily take the blame as usual', 'let's keep a bit of perspective'.",
    unlessSentence:
      /\b(?:happy\s+to|talk\s+you\s+through|i\s+can\s+help|i'll\s+help|if\s+you're|sorry\s+(?:for|about)\s+(?:the|our))\b/i,
  },
  {
    // Others set against her, with "are able to": "the vast majority of our customers are able to follow the descaling
    // instructions without any difficulty". Not "most customers are able to get a refund online, but I'll do it for you".
    id: "blame.most-are-able-to",
    label: "blame",
    pattern: re(
      String.raw`\b(?:most|nearly\s+all|almost\s+all|(?:the\s+)?(?:vast\s+)?majority\s+of)\s+(?:of\s+)?(?:our\s+)?(?:other\s+)?(?:customers|people|users|owners|subscribers)\s+(?:are|were|seem|seem\s+to\s+be)\s+(?:perfectly\s+)?able\s+to\s+(?:follow|use|manage|work|understand|read|find|set|fit|descale|operate)\b`,
    ),
    why: "Sets other customers who manage against the customer: 'the vast majority of our customers are able to follow the instructions'.",
    unlessSentence:
      /\b(?:but\s+(?:i|we)(?:'ll|'ve|\s+will|\s+can)|i'll|for\s+you|our\s+(?:fault|mistake|instructions\s+(?:are|were)\s+(?:un)?clear))\b/i,
  },
  {
    id: "blame.careless",
    label: "blame",
    pattern: re(
      String.raw`\b(?:careless|irresponsible)(?:ly|ness)?\b|\bonly\s+happens\s+(?:when|if)\s+(?:people|customers|you|someone|users)\b`,
    ),
    why: "Implies carelessness: 'this only happens when people are careless'.",
    negatable: true,
  },
  {
    id: "blame.try-not-to-break-this-one",
    label: "blame",
    pattern: re(
      String.raw`\btry\s+not\s+to\s+(?:break|drop|damage|lose|smash|wreck|crack|ruin|burn\s+out|overfill|overload|misuse|mess\s+up)\s+(?:this|that|the\s+(?:new|next|replacement|second)|your\s+(?:new|next|replacement))\b|\b(?:try\s+to\s+|please\s+|do\s+)?be\s+(?:a\s+(?:bit|little|lot)\s+|much\s+)?more\s+careful\s+(?:with\s+(?:it|this|that|the\s+(?:new|next|replacement)\s*\w*|your\s+(?:new|next|replacement)\s*\w*)|next\s+time|in\s+future|this\s+time|from\s+now\s+on)\b`,
    ),
    why: "Implies the customer broke the first one: 'try not to break this one', 'be more careful with the new one next time' (lead, 5 December).",
    negatable: true,
    unlessBefore:
      /\b(?:we|i|they|he|she|courier|couriers|driver|drivers|team|warehouse|staff)(?:'ll|'d|\s+will|\s+would|\s+must|\s+need\s+to|\s+should|\s+have\s+to|\s+promise\s+to|\s+are\s+going\s+to|'re\s+going\s+to|'m\s+going\s+to|\s+am\s+going\s+to)?\s+(?:\w+\s+)?$/i,
  },
  {
    id: "blame.everyone-else-manages",
    label: "blame",
    pattern: re(
      String.raw`\b(?:most|other|normal|our\s+other)\s+(?:people|customers|users|folk|owners)\s+(?:seem\s+to\s+|somehow\s+)?(?:manage(?:s|d)?(?:\s+(?:to|it|this|that|fine|perfectly|without))?|cope|can\s+(?:manage|follow|work\s+(?:it|this|that)\s+out|figure\s+(?:it|this|that)\s+out|read|use\s+(?:it|this|one)|do\s+(?:it|this|that))|have\s+no\s+(?:trouble|problems?|issues?|difficulty)|(?:have|'ve)\s+(?:managed|coped|worked\s+(?:it|this|that)\s+out))\b|\beveryone\s+else\s+(?:seems\s+to\s+|somehow\s+)?(?:manages?|managed|copes?|coped|can\s+(?:manage|follow|use|do|read|work)|has\s+(?:managed|coped|no\s+(?:trouble|problem))|gets?\s+(?:it|on\s+with\s+it)|got\s+it)\b`,
    ),
    why: "Compares the customer unfavourably with everyone else, so the fault must be hers: 'most people manage to…', 'everyone else seems to cope' (lead, 5 December; like 'most customers don't have this problem').",
    negatable: true,
    unlessBefore:
      /\b(?:so(?:\s+that)?|ensur\w*|make\s+sure|help\w*|let(?:s|ting)?|allow\w*|enabl\w*)\s+(?:that\s+)?$/i,
  },
  {
    id: "blame.not-our-fault",
    label: "blame",
    pattern: re(
      String.raw`\b(?:isn't|is\s+not|wasn't|was\s+not|not)\s+(?:our|my|the\s+company's|the\s+shop's)\s+(?:fault|responsibility)\b|\bif\s+it\s+(?:were|was)\s+(?:our|my)\s+fault\b|\bnothing\s+to\s+do\s+with\s+(?:us|me)\b|\b(?:this|that|it|the\s+(?:issue|problem|fault|error))\s+(?:is\s+not|isn't|'s\s+not)\s+(?:an?\s+(?:issue|problem|fault|bug|error)\s+)?(?:with|related\s+to|caused\s+by|in)\s+(?:the|our)\s+(?:[\w-]+\s+){0,2}?(?:script|software|firmware|framework|app|application|product|server|website|site|system|code|service|kettle|machine|grinder|device)\b(?![^.!?]{0,60}\b(?:our|we|we're|we've|us)\b)|\b(?:the|our)\s+(?:[\w-]+\s+){0,2}?(?:firmware|software|app|application|product|script|framework|kettle|machine|device|system|code)\s+(?:doesn't|does\s+not|don't|do\s+not)\s+have\s+anything\s+to\s+do\s+with\b|\bhow\s+(?:is|was)\s+(?:it|that|this)\s+(?:the\s+(?:hotel|shop|store|company|restaurant|business|manufacturer)'s|our|my)\s+(?:responsibility|fault|problem)\b`,
    ),
    why: "Deflects responsibility onto the customer: 'it's not our fault', 'this is not an issue with the software', 'how is that the hotel's responsibility?'.",
  },
  {
    id: "blame.because-you-did",
    label: "blame",
    pattern: re(
      String.raw`\b(?:since|because|as|now\s+that|given\s+that)\s+you(?:'ve|\s+have)?\s+(?:(?:already|clearly|obviously)\s+)?(?:removed|took\s+(?:it\s+|the\s+\w+\s+)?apart|taken\s+(?:it\s+|the\s+\w+\s+)?apart|dropped|broke|broken|damaged|plugged|washed|got\s+(?:it|them)\s+wet|tampered|modified|cracked|smashed|spilled|spilt|voided|misused|overfilled)\b`,
    ),
    why: "Puts the cause on something the customer did: 'since you removed the back', 'because you got it wet'.",
    negatable: true,
  },
  {
    id: "blame.yours-was-unplugged",
    label: "blame",
    pattern: re(
      String.raw`\byour\s+(?:[\w-]+\s+){0,2}?(?:was|is|wasn't|isn't|had\s+been|has\s+been|were|are)\s+(?:just\s+|simply\s+|still\s+)?(?:unplugged|switched\s+off|turned\s+off|not\s+plugged\s+in|not\s+switched\s+on|not\s+turned\s+on)\b`,
    ),
    why: "Indirect blame: the fault was the customer's own equipment left off ('your router was unplugged').",
    unlessAfter: /^[^.!?]{0,60}?(?:\?|\bby\s+(?:us|mistake|our|the\s+(?:engineer|courier|technician))\b)/i,
  },
  {
    id: "blame.not-responsible",
    label: "blame",
    pattern: re(
      String.raw`\b(?:we|i)(?:'re|'m|\s+are|\s+am)\s+not\s+(?:responsible|liable|accountable)\b|\b(?:we|i|the\s+(?:company|shop|store|business))\s+(?:cannot|can't|can\s+not|won't|will\s+not|do\s+not|don't|does\s+not|doesn't)\s+(?:be\s+(?:held\s+)?|accept\s+(?:any\s+)?|take\s+(?:any\s+)?)(?:responsib(?:le|ility)|liab(?:le|ility)|accountab(?:le|ility))\b`,
    ),
    why: "Deflection that leaves the fault with the customer: 'we cannot accept responsibility', 'I cannot be responsible for what happened after it left the store'.",
    // A policy line naming someone or something else as the cause (the courier, the weather, events
    // outside our control) does not blame the customer.
    unlessAfter:
      /^[^.!?]{0,100}?\b(?:courier|carrier|delivery\s+(?:company|firm|partner)|royal\s+mail|post\s+office|postal\s+service|weather|outside\s+(?:of\s+)?our\s+control|beyond\s+our\s+control|third[- ]part(?:y|ies)|manufacturer|supplier|(?:in|by)\s+(?:the\s+)?post|in\s+transit)\b/i,
  },
  {
    id: "blame.you-made-a-mistake",
    label: "blame",
    pattern: re(
      String.raw`\byou(?:'ve|\s+have)?\s+(?:clearly\s+|obviously\s+)?made\s+(?:a|an)\s+(?:mistake|error)\b|\b(?:it|this)\s+(?:was|has\s+been)\s+(?:clearly\s+|obviously\s+)?(?:overtightened|overloaded|overfilled|overwound)\b`,
    ),
    why: "Says the customer made the mistake: 'you've made a mistake', 'it was overtightened'.",
    negatable: true,
  },
  {
    id: "blame.your-end",
    label: "blame",
    pattern: re(
      String.raw`\b(?:happened|happening|gone\s+wrong|went\s+wrong|going\s+on|problem|issue|fault|error|something)\s+(?:(?:at|on|from|with)\s+)?your\s+end\b|\b(?:problem|issue|fault|error)\s+(?:is|was|lies|lay|must\s+be|could\s+be|may\s+be|might\s+be|is\s+probably|is\s+likely|seems\s+to\s+be)\s+(?:(?:probably|likely|definitely|clearly|obviously)\s+)?(?:at|on|with)\s+(?:your\s+(?:end|side|wi-?fi|router|modem|connection|network|internet|water|socket|plug|wiring|machine|setup|settings|computer|pc|mac|laptop|device|phone|browser|printer|equipment)|you)\b`,
    ),
    why: "Indirect blame: 'something that happened your end', 'the problem is with your socket'.",
    negatable: true,
  },
  {
    id: "blame.put-it-in-wrong",
    label: "blame",
    pattern: re(
      String.raw`\byou(?:(?:'ve|\s+have|'d|\s+had)?\s+(?:(?:clearly|obviously|probably|must\s+have|might\s+have|may\s+have|just|accidentally|somehow|evidently|simply)\s+){0,2}(?:put|fitted|fit|installed|assembled|connected|inserted|loaded|plugged|set|wired|attached|did|done|screwed|placed|positioned|closed|locked|held|pressed|stored|cleaned|washed|handled|operated|programmed|configured)|(?:'re|\s+are|\s+were|'ve\s+been|\s+have\s+been)\s+(?:(?:clearly|obviously|probably|must\s+have|might\s+have|may\s+have|just|accidentally|somehow|evidently|simply)\s+){0,2}(?:putting|fitting|installing|assembling|connecting|inserting|loading|plugging|setting|wiring|attaching|doing|placing|holding|pressing|storing|cleaning|washing|handling|operating|using|filling|running))\s+(?:(?!nothing\b|anything\b|not\b|no\b)[\w'-]+\s+){0,4}?(?:wrong(?:ly)?|incorrectly|improperly|the\s+wrong\s+way(?:\s+round)?|upside\s+down|backwards|back\s+to\s+front|in\s+the\s+wrong)\b|\byou(?:'ve|\s+have)(?:\s+got)?\s+(?:it|them|your|the)\s+(?:[\w'-]+\s+){0,3}?(?:in\s+the\s+wrong|the\s+wrong\s+way(?:\s+round)?|upside\s+down|backwards|back\s+to\s+front)\b`,
    ),
    why: "Says the customer did it wrong: 'you put it in wrong', 'you've fitted the filter incorrectly', 'you have your addresses in the wrong places'.",
    negatable: true,
  },
  {
    id: "blame.you-chose-wrong",
    label: "blame",
    pattern: re(
      String.raw`\byou\s+(?:(?:must\s+have|probably|obviously|clearly|accidentally|simply)\s+)?(?:ordered|chose|picked|selected|bought|entered|gave\s+us|typed|input|booked|clicked|ticked)\s+(?:the\s+|a\s+)?wrong\b`,
    ),
    why: "Puts the mistake on the customer: 'you ordered the wrong size'.",
    negatable: true,
    unlessBefore:
      /\b(?:understand|see|said|say|mention(?:ed)?|explained|told\s+(?:us|me)|if|when|worry|problem|whether)\b[^.!?]{0,20}$/i,
  },
  {
    id: "blame.note-customer-did-it",
    label: "blame",
    pattern: re(
      String.raw`\b${SUBJ3}\s+(?:has\s+|had\s+)?(?:(?:probably|clearly|obviously|evidently|likely|most\s+likely|must\s+have|might\s+have|may\s+have|seems\s+to\s+have|appears\s+to\s+have|prob)\s+){1,2}(?:dropped|broke|broken|damaged|misused|overfilled|knocked|mishandled|abused|bent|cracked|spilled|spilt|submerged|forced|used\s+it\s+wrong(?:ly)?|put\s+it\s+in\s+the\s+dishwasher|not\s+(?:read|followed|descaled|cleaned))\b|\b${SUBJ3}\s+(?:dropped|broke|damaged|misused|overfilled|mishandled|abused)\s+(?:it|them|the)\b|\b${SUBJ3}\s+(?:(?:obviously|clearly|probably|evidently)\s+)?(?:didn't|did\s+not|never|hasn't|has\s+not|hadn't|had\s+not|failed\s+to|forgot\s+to|neglected\s+to|can't\s+have|couldn't\s+have)\s+(?:even\s+|properly\s+|actually\s+|bother(?:ed)?\s+to\s+)?(?:read|follow|followed|descale|descaled|clean|cleaned|maintain|maintained)\b`,
    ),
    why: "A note that blames the customer: 'customer probably dropped it', 'cust didn't read the instructions'.",
    // What she told us is a record, not our verdict: "Customer said he dropped the grinder" (session 47, set 32).
    unlessBefore: new RegExp(`${NOT_THE_CUSTOMER.source}|${REPORTED_BY_HER.source}`, "i"),
  },
  {
    id: "blame.note-probably-dropped",
    label: "blame",
    pattern: re(
      String.raw`\b(?:probably|prob|must\s+have|clearly|obviously|evidently|likely|most\s+likely|looks\s+like\s+(?:she|he|they|customer|cust)?)\s*(?:has\s+|have\s+)?(?:been\s+)?(?:dropped|broke|broken|damaged|misused|overfilled|knocked|mishandled|abused|used\s+(?:it\s+)?wrong(?:ly)?|not\s+(?:read|followed|descaled|cleaned))\s+(?:it|them|the|this)\b|\b(?:probably|prob|must\s+have|clearly|obviously|likely|most\s+likely)\s+(?:didn't|did\s+not|hadn't|had\s+not|never|forgot\s+to)\s+(?:even\s+|properly\s+)?(?:plug(?:ged)?|switch(?:ed)?|turn(?:ed)?|read|follow(?:ed)?|descale[d]?|clean(?:ed)?|fill(?:ed)?|set)\s+(?:it|them|the)\b`,
    ),
    anchor: "clause",
    why: "A note with the subject left out: '..., probably dropped it'.",
    unlessBefore: NOT_THE_CUSTOMER,
  },
  {
    id: "blame.note-customer-fault",
    label: "blame",
    pattern: re(
      String.raw`\b(?:customer'?s|cust'?s|client'?s|his|her)\s+(?:own\s+)?(?:fault|doing|mistake|error)\b|\b(?:customer|user|cust)[- ](?:damage|damaged|error|fault|induced|caused|misuse)\b|\b(?:caused|damaged|broken)\s+by\s+(?:the\s+)?(?:customer|user|cust)\b`,
    ),
    why: "A note that puts the fault on the customer: 'customer error', 'her own fault'.",
    negatable: true,
    unlessBefore: NOT_THE_CUSTOMER,
    // Her own account recorded: "Her error, she said so herself" (session 47, set 33's look-alike). Not "her own fault,
    // obviously".
    unlessSentence: THIRD_PERSON_OWN_ACCOUNT,
  },

  // ============================================================ calm_down
  {
    id: "calm_down.calm-down",
    label: "calm_down",
    pattern: re(
      String.raw`\bcalm\s+(?:yourself\s+)?down\b|\bcalm\s+yourself\b|\b(?:stay|keep|remain)\s+calm\b|\bsettle\s+down\b|\bchill\s+out\b`,
    ),
    why: "'Calm down' dismisses the customer's feelings.",
  },
  {
    id: "calm_down.relax",
    label: "calm_down",
    pattern: re(
      String.raw`\b(?:please\s+|just\s+|try\s+to\s+|you\s+need\s+to\s+|you\s+should\s+|can\s+you\s+)relax\b`,
    ),
    why: "'Just relax' tells the customer how to feel.",
  },
  {
    id: "calm_down.relax-imperative",
    label: "calm_down",
    pattern: re(String.raw`\brelax\b`),
    anchor: "clause",
    unlessBefore: /sit\s+back\s*,?\s*(?:and\s+)?$/i,
    unlessAfter: /^\s*,?\s+and\s+enjoy\b/i,
    why: "'Relax, ...' at the start of a clause ('sit back, relax and enjoy' is not counted).",
  },
  {
    id: "calm_down.no-need-to-shout",
    label: "calm_down",
    pattern: re(
      String.raw`\bno\s+need\s+(?:for\s+you\s+)?to\s+(?:shout|yell|scream|swear|panic|raise\s+your\s+voice|use\s+that\s+(?:tone|language)|take\s+that\s+tone|be\s+(?:so\s+)?(?:rude|aggressive|upset|angry|emotional|abusive|dramatic|like\s+that)|get\s+(?:so\s+)?(?:upset|angry|worked\s+up|emotional|aggressive|excited|heated|cross))\b|\bno\s+need\s+for\s+(?:(?:the|that|this|such|your)\s+)?(?:(?:kind|sort|level)\s+of\s+)?(?:tone|attitude|language|rudeness|sarcasm|abuse|shouting|swearing|aggression|hostility)\b`,
    ),
    why: "'There's no need to shout' or 'no need for the tone of your email' criticises the customer's tone.",
  },
  {
    id: "calm_down.dont-get-upset",
    label: "calm_down",
    pattern: re(
      String.raw`\b(?:don't|do\s+not)\s+(?:get|be)\s+(?:so\s+)?(?:upset|angry|worked\s+up|emotional|aggressive|excited|cross|rude|dramatic|hysterical|heated)\b`,
    ),
    why: "'Don't get upset' dismisses the customer's feelings.",
    // "Please don't be angry with me" pleads for the customer's goodwill (grovelling), it does not police them.
    unlessAfter: /^\s+(?:with|at)\s+(?:me|us)\b/i,
  },
  {
    id: "calm_down.you-are-overreacting",
    label: "calm_down",
    pattern: re(
      String.raw`\b(?:you're|you\s+are)\s+(?:(?:just|really|clearly|being|very|so|a\s+bit|quite)\s+){0,3}(?:overreacting|over-reacting|hysterical|rude|unreasonable|emotional|aggressive|dramatic|silly)\b`,
    ),
    why: "Labels the customer's behaviour: 'you're overreacting'.",
  },
  {
    id: "calm_down.tone-policing",
    label: "calm_down",
    pattern: re(
      String.raw`\b(?:take|have)\s+a\s+deep\s+breath\b|\b(?:stop|quit)\s+(?:shouting|yelling|swearing|screaming|being\s+(?:rude|dramatic))\b|\blower\s+your\s+voice\b|\btake\s+it\s+easy\b|\byou(?:'re|\s+are)\s+making\s+(?:such\s+)?(?:a\s+)?(?:(?:big|huge)\s+)?(?:fuss|drama|scene)\b|\bfuss\s+(?:over|about)\s+nothing\b|\b(?:watch|mind)\s+your\s+(?:tone|language)\b|\bif\s+you\s+(?:continue\s+to\s+|keep\s+)?(?:swear|shout|shouting|swearing)\b`,
    ),
    why: "Polices the customer's tone: 'take a deep breath', 'lower your voice'.",
  },

  {
    id: "calm_down.dont-take-it-out-on",
    label: "calm_down",
    pattern: re(
      String.raw`\b(?:don't|do\s+not|no\s+need\s+to|there's\s+no\s+need\s+to|please\s+don't)\s+take\s+(?:it|this|that|your\s+(?:anger|frustration|temper))\s+out\s+on\s+(?:me|us|our\s+(?:staff|team|driver|drivers|colleagues?|agents?)|my\s+(?:colleagues?|team|staff)|the\s+(?:staff|team|driver|agents?|messenger))\b|\blet's\s+not\s+(?:get\s+(?:carried\s+away|ahead\s+of\s+ourselves|(?:all\s+)?worked\s+up|(?:too\s+)?(?:emotional|dramatic|silly|hysterical|excited))|overreact|exaggerate|be\s+(?:silly|dramatic|ridiculous|unreasonable|hysterical))\b|\b(?:i'm\s+|i\s+am\s+)?(?:not\s+sure|unsure)\s+why\s+you(?:'re|\s+are|\s+got|\s+get|\s+seem|'ve\s+got|\s+have\s+got)\s+(?:so|this|that|quite\s+so|(?:getting|got)\s+so|(?:all\s+)?so)\s+(?:worked\s+up|upset|angry|annoyed|cross|wound\s+up|het\s+up|irate|agitated|emotional|stressed|bothered|excited|aggressive|hostile|defensive|dramatic|fussed|riled|heated|bent\s+out\s+of\s+shape)\b|\bwhy\s+(?:are|is)\s+(?:you|she|he|the\s+customer)\s+(?:getting\s+)?(?:so|this|that)\s+(?:worked\s+up|upset|angry|wound\s+up|het\s+up|emotional|dramatic|defensive|aggressive|hostile)\b`,
    ),
    why: "Tells the customer how to feel or behave: 'please don't take it out on our staff', 'let's not get carried away, shall we?', 'not sure why you're so worked up' (lead, 5 December). Not 'I'm sorry you've had to get so worked up about this'.",
  },

  // ============================================================ dismissive
  {
    id: "dismissive.minimising",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:not|hardly|isn't|is\s+not|wasn't)\s+(?:exactly\s+|really\s+|quite\s+|such\s+)?(?:the\s+end\s+of\s+the\s+world|a\s+(?:big|huge|massive)\s+deal|a\s+(?:disaster|catastrophe|tragedy|crisis|matter\s+of\s+life\s+and\s+death))\b|\bno\s+(?:big\s+deal|biggie)\b|\bworse\s+things\s+happen\b|\bfirst[- ]world\s+problems?\b|\b(?:these|such|those)\s+things\s+(?:do\s+)?happen\b|\bthings\s+like\s+(?:this|that)\s+(?:do\s+)?happen\b|\b(?:stuff|accidents|shit|it)\s+happens?\s+(?:sometimes|all\s+the\s+time|to\s+(?:everyone|everybody))\b|\b(?:stuff|accidents|shit)\s+happens?\b`,
    ),
    why: "Minimises the problem: 'it's not the end of the world', 'these things happen'.",
    unlessBefore:
      /\b(?:won't|wouldn't|not|never|don't|didn't)\s+(?:\w+\s+){0,2}(?:pretend|say|suggest|think|claim|mean)\w*\s+(?:that\s+)?(?:it's|it\s+is|this\s+is|that's|this|it)?\s*$/i,
    unlessAfter: /^\s+(?:for|to)\s+(?:us|me)\b/i,
    // Reassurance about something that may yet happen, with our fix: "it's not the end of the world if you miss the
    // delivery, we'll rebook it" (lead, 5 December). Not "…if your parcel is a day late". Reassurance about her own slip
    // is not minimising our failure either: "Don't worry, accidents happen!" ("it happens to the best of us" is not read at
    // all); "these things happen" about our late parcel still is.
    // Twelfth pass (ASK-respect-1, lead's answer): "Don't worry, it happens to everyone" about her own slip, and "I know
    // this isn't the end of the world to anyone else, but it matters to you" (respect-tone.ts MINIMISER_EXCUSED).
    unlessSentence: new RegExp(
      String.raw`\b(?:don't|do\s+not|no\s+need\s+to)\s+worry\b[^.!?]{0,40}\baccidents\s+happen\b|\bnot\s+the\s+end\s+of\s+the\s+world\s+if\s+you\s+(?:miss|can't\s+make|aren't\s+(?:in|home|there|around)|are\s+out|need\s+to|want\s+to|forget|change|have\s+to)\b[^.!?]{0,120}\b(?:we|i)(?:'ll|\s+will|\s+can|'re\s+happy\s+to)\b|${MINIMISER_EXCUSED.source}`,
      "i",
    ),
  },
  {
    id: "dismissive.nothing-to-get-worked-up-about",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:(?:it's|it\s+is|that's|that\s+is|there's|there\s+is)\s+)?(?:nothing|not\s+(?:really\s+|exactly\s+)?(?:much|anything|a\s+lot)|(?:isn't|is\s+not|wasn't|was\s+not|aren't|are\s+not)\s+(?:really\s+|exactly\s+)?(?:much|anything|a\s+lot)|hardly\s+(?:anything|much))\s+to\s+get\s+(?:so\s+|that\s+|too\s+)?(?:worked\s+up|upset|annoyed|angry|stressed|excited|wound\s+up|het\s+up)\s+(?:about|over)\b|\b(?:to\s+be\s+fair|at\s+least)\b[^.!?]{0,160}?\b(?:did|still|(?:they|it)\s+(?:all\s+)?)\s*(?:get\s+there|arrive[ds]?|turn(?:ed)?\s+up|reach(?:ed)?\s+you|got\s+there)\s+in\s+the\s+end\b`,
    ),
    why: "Minimises the customer's reason to complain: 'it's nothing to get worked up about', 'to be fair, it did get there in the end'.",
  },
  {
    id: "dismissive.surprised-how-many-people",
    label: "dismissive",
    pattern: re(
      String.raw`\byou(?:'d|\s+would)(?:n't|\s+not|\s+never)?\s+(?:be\s+(?:surprised|amazed|astonished|shocked)|believe)\s+(?:at\s+)?how\s+many\s+(?:people|customers|callers|folk|folks|others)\b[^.!?]{0,80}?\b(?:claim(?:s|ing)?\s+to\s+be|pretend(?:s|ing)?\s+to\s+be|(?:say|says|saying|claim|claims|claiming)\s+(?:they(?:'re|\s+are)|that\s+they(?:'re|\s+are))|just\s+because\s+they\s+(?:say|claim|said|claimed)|tr(?:y|ies|ying)\s+it\s+on|expect(?:s|ing)?\s+us\s+to)`,
    ),
    why: "Lumps the customer with people who try it on: 'you'd be surprised how many people ring up expecting us to read out someone else's account just because they say they're family'.",
    negatable: true,
  },
  {
    id: "dismissive.simple-for-you",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:i'll|i\s+will|let\s+me|i'm\s+going\s+to|i\s+am\s+going\s+to)\s+(?:(?:try|attempt)\s+(?:to|and)\s+)?(?:keep|put|explain|say|make)\s+(?:this|it|that|things|everything)\s+(?:really\s+|very\s+|nice\s+and\s+|as\s+)?(?:simple|simply|basic|easy)\s+(?:as\s+(?:i\s+can\s+|possible\s+))?for\s+you\b|\b(?:i'll|i\s+will|let\s+me|i'm\s+going\s+to|i\s+am\s+going\s+to)\s+(?:keep|put|explain|say|make)\s+(?:this|it|that|things|everything)\s+(?:really\s+|very\s+|nice\s+and\s+|super\s+)?(?:simple|basic)\s+so\s+(?:that\s+)?(?:it's|it\s+is|you\s+can|you'll|you\s+will)\s+(?:be\s+)?(?:easy\s+to\s+)?(?:follow|understand|grasp|take\s+in)\b|\bin\s+(?:simple|basic|layman's|laymans?|easy)\s+terms\s+for\s+you\b|\bas\s+you\s+(?:may|might|probably|possibly|perhaps)\s+(?:not|n't)\s+(?:realise|realize|know|be\s+aware|understand|have\s+(?:realised|realized|known))\b|\bas\s+you\s+(?:probably|possibly|perhaps)\s+(?:don't|do\s+not|didn't|did\s+not)\s+(?:realise|realize|know|understand)\b|\b(?:does|did)\s+(?:that|this|it|everything)\s+make\s+sense\s+so\s+far\b|\bare\s+you\s+still\s+with\s+me\b`,
    ),
    why: "Patronising: talks down to the customer ('I'll keep this simple for you', 'as you may not realise', 'does that make sense so far?').",
  },
  {
    id: "dismissive.only-a-kettle",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:it's|it\s+is|it\s+was|that's|that\s+is|this\s+is|they're|they\s+are)\s+(?:really\s+|literally\s+)?(?:only|just|merely|simply|literally)\s+(?:(?:a|an|one|some|the)\s+)?(?:(?:little|small|tiny|minor|cheap|slight|bit\s+of\s+a)\s+)?(?:kettle|toaster|grinder|mug|bag|cup|coffee|beans|product|item|thing|appliance|machine|scratch|dent|chip|mark|crack|scuff|delay|day|days|week|few\s+days|couple\s+of\s+days|minor|cosmetic|money|£\s?\d+(?:\.\d{2})?|\d+p|\d+\s+pounds?|(?:a\s+)?few\s+(?:pounds|quid|days|minutes|hours))\b`,
    ),
    why: "Minimises the problem: 'it's only a kettle', 'it's just a small scratch'. Not the price or wait of something we offer her: 'it's only £3 for next-day delivery', 'it's just £2 extra for gift wrap', 'it's only a few days until the new stock arrives' (ASK respect-1, session 39).",
    negatable: true,
    unlessAfter:
      /^\s*(?:extra|more|each|per\b|a\s+(?:month|bag|week|year)|for\s+(?:next-day|express|gift|the\s+upgrade|upgraded|delivery|postage|a\s|an\s)|to\s+(?:upgrade|add|have|get|switch)|until\s+(?:the\s+)?(?:new|next|replacement|restock|stock|your\s+(?:new|replacement)))/i,
  },
  {
    id: "dismissive.out-of-proportion",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:let's\s+|let\s+us\s+|we\s+need\s+to\s+|you\s+need\s+to\s+|try\s+to\s+)?(?:keep|put)\s+(?:it|this|that|things)\s+in\s+(?:proportion|perspective)\b|\b(?:it's|it\s+is|this\s+is|that's)\s+(?:only\s+|just\s+)?(?:a|an)\s+[a-z-]+,\s+not\s+(?:a|an|the)\s+(?:house\s+fire|disaster|catastrophe|tragedy|emergency|crisis|end\s+of\s+the\s+world|matter\s+of\s+life\s+and\s+death)\b|\b(?:delays|late\s+deliveries|lost\s+parcels|faults|breakdowns|(?:these|such)\s+(?:delays|faults|breakdowns|problems))\s+(?:(?:do|can|will)\s+)?(?:happen|go\s+wrong)\s+to\s+(?:everyone|everybody)\b|\b(?:just\s+|simply\s+)?the\s+nature\s+of\s+(?:the\s+)?(?:post|beast|deliveries|delivery|couriers|things)\b|\b(?:i|we)\s+(?:wouldn't|would\s+not)\s+take\s+it\s+personally\b|\bno\s+real\s+harm\s+done\b`,
    ),
    why: "Minimises her problem by proportion: 'let's keep it in proportion', 'it's a kettle, not a house fire', 'late deliveries happen to everyone' (our failure called normal; not 'don't worry, it happens to the best of us' about her own slip), 'just the nature of the post', 'I wouldn't take it personally', 'no real harm done' (lead's mutation set 16, session 39; by kind, with new wordings in the tests). Not 'I know this isn't the end of the world, but it matters' (negated) nor a delay we own.",
    negatable: true,
  },
  {
    id: "blame.what-others-remember",
    label: "blame",
    pattern: re(
      String.raw`\b(?:which|something|a\s+step|a\s+job)\s+(?:a\s+lot\s+of|lots\s+of|many|most|plenty\s+of|so\s+many)\s+(?:people|customers|owners|users)\s+(?:forget|skip|neglect|don't\s+bother|never\s+bother|overlook)\b|\b(?:most|many|a\s+lot|the\s+majority)\s+(?:of\s+)?(?:our\s+|other\s+|the\s+)?(?:customers|people|owners|users)\s+find\s+it\s+helps\s+to\s+(?:actually\s+)?(?:read|follow|check|descale|clean)\b|\b(?:seem|seems|tend|tends)\s+to\s+(?:break|fail|go\s+wrong|stop\s+working|get\s+damaged)\s+(?:a\s+lot\s+|far\s+|much\s+)?more\s+(?:often|quickly)\s+(?:for|with)\s+(?:some|certain)\s+(?:customers|people|users|owners)\b`,
    ),
    why: "Blame by implication: what other people remember, read or avoid, said beside her fault ('which a lot of people forget to do', 'most of our customers find it helps to actually read the instructions', 'they seem to break more often for some customers than others'): lead's mutation set 16, session 39, by kind. Not a tip with no fault put on her ('a lot of people like to descale monthly; here's how').",
    negatable: true,
  },
  {
    id: "blame.misuse-as-usual-cause",
    label: "blame",
    pattern: re(
      String.raw`\b(?:only|usually|generally|normally|typically|mostly|nearly\s+always|almost\s+always|always)\s+(?:do\s+(?:this|that)|does\s+(?:this|that)|happens?|fail|fails|go|goes|stop|stops|break|breaks|pack\s+up|packs\s+up)\b(?:(?!\bwhen\b)[^.!?]){0,40}?\bwhen\s+(?:they(?:'re|\s+are|'ve|\s+have)?|it(?:'s|\s+is|\s+has)?|people|owners|customers|someone|you)\b[^.!?]{0,50}?\b(?:no\s+water|empty|boiled\s+dry|run\s+dry|without\s+(?:any\s+|enough\s+)?(?:water|milk|descaling|cleaning)|overfill\w*|dropped|knocked|not\s+(?:cleaned|descaled|looked\s+after)|misuse\w*|used\s+(?:wrongly|incorrectly|badly))|\b(?:nearly|almost)\s+always\s+(?:(?:pack|go|fail|break|stop)\w*\s+(?:up\s+)?)?(?:the|down\s+to|because\s+of|caused\s+by)\b[^.!?]{0,40}?\b(?:at\s+(?:your\s+)?home|descal\w*|cleaning\s+routine|how\s+it(?:'s|\s+is)\s+(?:used|looked\s+after)|the\s+way\s+it(?:'s|\s+is)\s+used)\b|\b(?:don't|do\s+not|won't|will\s+not)\s+tend\s+to\s+(?:last|work|survive|hold\s+up)\b[^.!?]{0,20}?\bwhen\s+(?:they(?:'re|\s+are)|it(?:'s|\s+is))\s+(?:run|used|left|filled|switched\s+on)\s+(?:switched\s+on\s+|on\s+)?(?:without|with\s+no|dry|empty)`,
    ),
    unlessSentence:
      /\brather\s+than\s+anything\s+you\b|\bnot\s+(?:down\s+to\s+you|your\s+fault|anything\s+you\s+did)\b|\bnothing\s+(?:to\s+do\s+with\s+(?:you|how\s+you)|you\s+did)\b/i,
    why: "Blame by a generalisation about what makes such goods fail, said beside her fault: 'kettles generally only do this when they've been switched on with no water in them', 'when a pump goes twice it's nearly always the descaling routine at home', 'these frothers don't tend to last when they're run without enough milk' (lead's held-out set 17, session 40, by kind). Within six months a fault is taken to have been there at delivery (CRA 2015 s.19(14)-(15)). Not the same claim that clears her ('…rather than anything you did').",
    negatable: true,
  },
  {
    id: "blame.cutting-it-fine",
    label: "blame",
    pattern: re(
      String.raw`\b(?:order(?:ing|ed)?|leav(?:ing|e|es)\s+it|buy(?:ing)?|book(?:ing|ed)?)\b[^.!?]{0,50}?\b(?:was|is|were|are)\s+(?:always\s+|rather\s+|a\s+bit\s+|quite\s+)?(?:going\s+to\s+be\s+)?cutting\s+it\s+(?:fine|close)\b|\byou\s+(?:were|are)\s+(?:always\s+|rather\s+|a\s+bit\s+)?cutting\s+it\s+(?:fine|close)\b|\byou\s+(?:should|could)\s+(?:really\s+)?have\s+ordered\s+(?:it\s+)?(?:earlier|sooner|in\s+good\s+time)\b`,
    ),
    why: "Blame for her timing: 'ordering a birthday present this close to the day was always cutting it fine', 'you should have ordered earlier' (lead's set 17, session 40). The lost parcel is ours; when she ordered is no part of it. Not our own timing ('it's cutting it fine for Saturday, so I've sent it next-day').",
    negatable: true,
  },
  {
    id: "dismissive.failures-to-be-expected",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:a\s+few|some|the\s+odd|occasional|the\s+occasional)\s+(?:late|delayed|lost|missing|damaged|faulty)\s+(?:parcels?|deliveries|orders|packages|items)\s+(?:are|is)\s+(?:only\s+|just\s+)?(?:to\s+be\s+expected|inevitable|par\s+for\s+the\s+course|unavoidable|normal)\b`,
    ),
    why: "Our failure called normal and to be expected ('every courier struggles at that time of year, so a few late parcels are to be expected'; lead's set 17, session 40): it tells the customer the let-down was nothing worth an apology.",
    negatable: true,
  },
  {
    id: "blame.care-as-likely-cause",
    label: "blame",
    pattern: re(
      String.raw`\b(?:if|had|where|unless)\b[^.!?;]{0,40}?\b(?:descal\w*|clean(?:ing|ed)|care\s+(?:leaflet|instructions|guide|card)|instructions|manual|leaflet|user\s+guide|maintenance|looked\s+after)\b[^.!?;]{0,40}?\b(?:slipped|skipped|missed|forgotten|lapsed|followed|read|kept\s+up|done)\b[^.!?]{0,60}?\b(?:(?:might|could|would|may|will)\s+(?:well\s+|probably\s+|likely\s+)?(?:explain|be\s+(?:why|the\s+(?:reason|cause))|account\s+for|have\s+lasted\s+longer|have\s+been\s+fine|not\s+have\s+(?:happened|failed|broken))|lasted\s+longer)\b|\b(?:(?:don't|do\s+not|doesn't|does\s+not|rarely|seldom|won't)\s+(?:tend\s+to\s+|usually\s+|normally\s+|often\s+)?(?:fail|break|stop|pack\s+up|go\s+wrong|give\s+up)\s+(?:by|on)\s+(?:themselves|itself|their\s+own|its\s+own))\b[^.!?]{0,80}?\b(?:how\s+(?:it|they)(?:'s|\s+is|\s+has|'ve|\s+have)?\s+(?:been\s+)?(?:used|treated|looked\s+after|handled|maintained)|descal\w*|cleaning)\b|\b(?:these|such|espresso|coffee|the)?\s*(?:machines?|kettles?|frothers?|grinders?|appliances?)\s+(?:do\s+)?need\s+(?:a\s+(?:bit|lot)\s+of\s+|some\s+|regular\s+)?(?:love|tlc|care|looking\s+after|attention)\b[^.!?]{0,50}?\b(?:if|so|which)\b`,
    ),
    unlessSentence:
      /\bnot\s+(?:down\s+to\s+you|your\s+fault|because\s+of\s+(?:you|anything\s+you))\b|\bnothing\s+(?:to\s+do\s+with\s+(?:you|how)|you\s+did)\b|\b(?:however|whatever|regardless\s+of\s+how)\b[^.!?]{0,30}\b(?:used|did)\b|\bthe\s+fault\s+is\s+(?:ours|with\s+(?:us|the))\b/i,
    why: "Blame by suggesting her care of the goods caused the fault: 'if the descaling has slipped that might explain it', 'had the care leaflet been followed it would have lasted longer', 'kettles don't fail by themselves this early, so have a think about how it's been used', 'these machines need a bit of love, so if…' (lead's held-out set 19, session 41, by kind). Within six months a fault is taken to have been there at delivery (CRA 2015 s.19(14)-(15)); hinting at misuse with no evidence blames the customer. Not a sentence that clears her ('however it's been used, the fault is ours').",
    negatable: false,
  },
  {
    id: "dismissive.not-that-bad",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:isn't|is\s+not|wasn't|was\s+not|aren't|are\s+not|not)\s+(?:really\s+|actually\s+|exactly\s+|all\s+)?(?:that|such\s+a|so)\s+(?:bad|big|terrible|awful|serious|poor)(?:\s+(?:a\s+)?(?:record|deal|problem|thing|issue|result|going))?\b[^.!?]{0,20}?(?:\bthough\b|\bis\s+it\b|\breally\b|[.!?]|$)|\b(?:a\s+bit\s+of\s+|something\s+of\s+|really\s+|rather\s+)?a\s+non-?event\b|\bin\s+the\s+(?:grand|great|bigger)\s+scheme\b|\b(?:look|looking)\s+on\s+the\s+bright\s+side\b|\b(?:just\s+)?part\s+(?:and\s+parcel\s+)?of\s+(?:life|the\s+job|online\s+shopping|the\s+deal)\b|\b(?:go|goes|going|went)\s+(?:astray|missing|walkabout|wrong)\s+all\s+the\s+time\b`,
    ),
    unlessSentence:
      /\b(?:sorry|apologi[sz]e|apologies|not\s+good\s+enough|shouldn't\s+have|should\s+not\s+have|no\s+excuse|unacceptable)\b|\b(?:not\s+that\s+bad\s+(?:news|a\s+price)|wasn't\s+that\s+bad\s+a\s+(?:price|deal)|the\s+good\s+news)\b|\bour\s+(?:old|previous|former|last)\b|\bwhich\s+is\s+why\s+we\b/i,
    why: "Our failure or her trouble talked down: 'isn't really that bad a record, though', 'a bit of a non-event', 'in the grand scheme…', 'look on the bright side', 'just part of life with couriers', 'parcels go astray all the time' (lead's held-out set 19, session 41, by kind). It tells her the let-down was not worth a complaint. Not in a sentence that owns it ('…but it shouldn't have happened, and I'm sorry').",
    negatable: false,
  },
  {
    id: "dismissive.everyone-knows",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:most|any|every|all|real|serious|experienced)\s+(?:coffee\s+(?:lovers?|drinkers?|fans?|people)|baristas?|home\s+baristas?|tea\s+drinkers?)\s+(?:already\s+|will\s+|would\s+)?(?:know|knows|realise|realize|understand|are\s+aware)\b|\b(?:as\s+)?(?:everyone|everybody|anyone|anybody)\s+(?:already\s+)?knows\b|\bcommon\s+knowledge\b|\bbefore\s+(?:they|you|people|most\s+people)\s+(?:discover|find|graduate\s+to|move\s+(?:on\s+)?to|progress\s+to|upgrade\s+to|get\s+into|learn\s+about)\s+(?:proper|real|decent|grown-?up|serious|good)\b`,
    ),
    unlessSentence:
      /\b(?:don't|do\s+not|doesn't|may\s+not|might\s+not|not\s+everyone|few\s+people)\s+(?:knows?|realises?|realizes?|be\s+aware|is\s+aware)\b/i,
    why: "Condescension about what she knows or chose: 'most coffee lovers know you can freeze beans', 'as any barista knows', 'lots of people start with a cafetière before they discover proper coffee' (lead's held-out set 19, by kind). 'Most people know…' and 'the beginner's option' are respect-tone.ts's (tone.most-people-know, tone.ranked-a-beginner). Advice can be given without telling her everyone else knew it. Not a tip offered as news ('not everyone knows you can freeze beans').",
    negatable: false,
  },
  {
    id: "dismissive.mock-adventure",
    label: "dismissive",
    pattern: re(
      String.raw`\bwhat\s+an?\s+(?:adventure|experience|treat|story|saga)\b(?=[^.?]{0,40}!)|\b(?:very|how|so|rather)\s+(?:victorian|retro|old[- ]school|rustic|vintage|quaint|pioneering|authentic)\s+of\s+you\b|\bcharacter[- ]building\b|\b(?:made|make|making)\s+(?:yourself\s+)?a\s+new\s+friend\b|\bthink\s+of\s+it\s+as\s+(?:an?\s+)?(?:adventure|exercise|workout|challenge|chance\s+to)\b`,
    ),
    why: "Her trouble treated as a joke or a treat: 'What an adventure, very Victorian of you!', 'you've made a new friend on your street!', 'character-building', 'think of it as an adventure' (lead's held-out set 19, session 41, by kind). Mock cheer about a let-down is sarcasm to the person who had it.",
    negatable: false,
  },
  {
    id: "blame.counterfactual-own-fix",
    label: "blame",
    pattern: re(
      String.raw`\ba\s+(?:quick|simple|two-minute|brief)\s+(?:look|search|google|glance|read|check)\b[^.!?]{0,40}?\bwould\s+have\s+(?:told|shown|saved)\s+you\b|\bthe\s+(?:simple|simplest|easy|easiest|obvious|best|sensible)\s+(?:answer|thing|fix|solution|option|move)\s+would\s+have\s+been\s+(?:to|for\s+you)\b|\bit\s+would\s+have\s+been\s+(?:easier|simpler|quicker|wiser|sensible)\s+(?:to|if\s+you|for\s+you\s+to)\b`,
    ),
    unlessSentence:
      /\b(?:if|had)\s+we\b|\bwe\s+(?:should|could)\s+have\b|\b(?:sorry|apologi[sz]e|apologies)\b/i,
    why: "Blame by what she could have done instead: 'a quick search online would have told you…', 'the simple answer would have been to order less', 'it would have been easier to…' (lead's held-out set 20, session 41, by kind). The let-down is ours to put right; hindsight advice to the customer puts it on her. Not our own hindsight ('it would have been easier if we'd told you sooner').",
    negatable: false,
  },
  {
    id: "blame.conduct-advice",
    label: "blame",
    pattern: re(
      String.raw`\b(?:in\s+future|next\s+time|going\s+forward|from\s+now\s+on)\b[^.!?]{0,20}?\b(?:it's|it\s+is)\s+(?:always\s+|really\s+|well\s+)?worth\s+(?:reading|checking|keeping|looking|following|tracking|ordering|making\s+sure|double-checking)\b|\bif\s+you\s+(?:give|answer|type|use|follow|read|fill\s+in|word|phrase|describe)\b[^.!?]{0,40}?\b(?:clear|clearly|properly|correctly|right|carefully|accurately|sensibly)\b[^.!?]{0,40}?\b(?:it|the\s+bot|bean\s+bot|the\s+chat(?:bot)?|the\s+system|the\s+machine)\s+(?:will|usually|normally|generally|should|always)\b`,
    ),
    unlessSentence: /\b(?:we|I)\s+(?:should|could)\s+have\b|\bnot\s+your\s+fault\b/i,
    why: "Advice on her conduct after our failure: 'in future it's always worth keeping an eye on the tracking yourself', 'if you give the bot clear answers it usually gets you through' (lead's held-out set 20, session 41, by kind). Told to someone we let down, it says she caused or could have prevented it. Not information ('in future, you can change the grind from your account').",
    negatable: false,
  },
  {
    id: "dismissive.how-to-feel",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:I|you)\s+(?:wouldn't|would\s+not)\s+lose\s+(?:any\s+|much\s+)?sleep\s+over\b|\bno\s+need\s+to\s+(?:get|be)\s+(?:so\s+|too\s+|all\s+|quite\s+so\s+)?(?:worked\s+up|wound\s+up|het\s+up|stressed|upset|cross|angry|dramatic|excited|emotional|irate|agitated)\b|\b(?:I|you)\s+(?:wouldn't|would\s+not|shouldn't|should\s+not)\s+get\s+(?:so\s+|too\s+)?(?:worked\s+up|wound\s+up|het\s+up|stressed|upset|cross|emotional)\b`,
    ),
    unlessSentence:
      /\b(?:she|he|they|her|him|them|between\s+you\s+and\s+me|sorted|refund\w*|on\s+its\s+way|replace\w*|fixed)\b/i,
    why: "Telling her how to feel about our failure: 'I wouldn't lose any sleep over it', 'there's really no need to get worked up about a late parcel' (lead's held-out set 20, session 41, by kind). It waves away the feeling she wrote to us with.",
    negatable: false,
  },
  {
    id: "dismissive.odd-reason",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:seems|is|sounds|seemed|was)\s+(?:like\s+)?(?:a\s+|an\s+)?(?:bit\s+of\s+(?:a|an)\s+|rather\s+(?:a|an)\s+)?(?:funny|odd|strange|weird|silly|petty|small|flimsy|curious|trivial)\s+(?:reason|excuse|thing\s+to\s+(?:leave|complain|worry)|grounds)\b|\bnot\s+(?:sure|certain)\s+why\s+you(?:'d|\s+would|\s+need\s+to|\s+want\s+to)?\s+(?:want|need|bother)\b|\bwhy\s+(?:would|do)\s+you\s+(?:even\s+)?(?:want|need)\s+(?:all\s+)?(?:that|this|it)\b`,
    ),
    why: "Her reason or request belittled: 'three late parcels seems a funny reason to leave', 'I'm not sure why you'd want all that' (lead's held-out set 20, session 41, by kind). A customer needs no reason to leave or to ask for her data (UK GDPR Art 15 asks none). Not our own puzzlement about a fault ('I'm not sure why the tracking stopped').",
    negatable: false,
  },
  {
    id: "dismissive.others-would-be-glad",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:most|many|other|plenty\s+of|lots\s+of)\s+(?:people|customers|folk|folks|shoppers)\s+would\s+(?:be\s+|have\s+been\s+)?(?:glad|happy|grateful|pleased|delighted|thankful|fine|thrilled|relieved|content)\b`,
    ),
    why: "Her complaint measured against 'most people' who would be glad of it: 'most people would be glad someone took it in for them' (lead's held-out set 20, session 41, by kind). Not when others would be upset too ('most people would be upset by that, and you were right to tell us').",
    negatable: false,
  },
  {
    id: "dismissive.common-factor",
    label: "dismissive",
    pattern: re(
      String.raw`\byou\s+(?:do\s+|really\s+|certainly\s+|sure\s+)?(?:seem|appear)\s+to\s+have\s+(?:rotten|bad|terrible|awful|no|the\s+worst|shocking)\s+luck\s+with\b|\bhere\s+we\s+(?:are|go)\s+again\b|\bone\s+(?:email|e-mail|message|call|letter)\s+(?:is|was|would\s+have\s+been)\s+(?:plenty|enough|sufficient|quite\s+enough)\b|\b(?:bear\s+in\s+mind|remember|appreciate|understand)\s+(?:that\s+)?we\s+(?:have|'ve\s+got|deal\s+with|look\s+after)\s+(?:a\s+lot\s+of|lots\s+of|many|hundreds\s+of|thousands\s+of)\s+(?:other\s+)?customers\b`,
    ),
    unlessSentence: /\b(?:sorry|apologi[sz]e|apologies|for\s+you)\b/i,
    why: "Her as the common factor or her contact as a burden: 'you do seem to have rotten luck with machines!', 'here we are again', 'one email is plenty', 'bear in mind we have a lot of customers to look after' (lead's held-out set 20, session 41, by kind).",
    negatable: false,
  },
  {
    id: "dismissive.youll-survive",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:i'm\s+sure\s+|i\s+am\s+sure\s+)?you(?:'ll|\s+will)\s+(?:survive|live|get\s+over\s+it)\b|\b(?:i'm|i\s+am)\s+sure\s+you(?:'ll|\s+will)\s+cope\b|\bget\s+over\s+it\b|\byou(?:'re|\s+are)\s+lucky\s+(?:we|i)\b|\byou\s+should\s+(?:be\s+grateful|count\s+yourself\s+lucky)\b`,
    ),
    why: "Brushes the customer's feelings aside: 'I'm sure you'll survive', 'get over it'.",
    negatable: true,
  },
  {
    id: "dismissive.sarcasm",
    label: "dismissive",
    pattern: re(
      String.raw`\bwell\s+done\s+(?:for|on|you)\s+(?:finally|eventually|at\s+last|actually|bothering|managing|noticing|reading|working\s+(?:it\s+)?out|figuring)\b|\b(?:thanks|thank\s+you)\s+(?:so\s+much\s+|very\s+much\s+|a\s+lot\s+)?for\s+(?:finally|eventually|at\s+last|actually\s+(?:reading|bothering|replying|getting))\b|\b(?:nice|good|kind|glad|great|lovely)\s+(?:of\s+you\s+to|that\s+you|to\s+see\s+you|you)\s+(?:finally|eventually|at\s+last|actually\s+(?:read|bothered|replied|managed)|bothered|deigned)\b(?!\s+(?:received|got|heard|have|had|arrived)\b)|\bcongratulations\s*,?\s+(?:you(?:'ve)?\s+(?:found|read|managed|worked|figured|discovered|noticed|spotted)|on\s+(?:finally|reading|finding|noticing))\b|\b(?:thanks|thank\s+you)\s+\*?so\*?\s+much\b[^.!?]{0,100}?[,-]\s*(?:i'm|i\s+am)\s+sure\b|\b(?:thanks|thank\s+you)\s+\*so\*|\b(?:thanks|thank\s+you)\b[^.!?]{0,100}?,\s*(?:i'm|i\s+am)\s+sure\s*(?=[.!\n]|$)|\bnice\s+try\b|\bgood\s+luck\s+with\s+that\b|\byeah,?\s+right\b(?!,?\s*(?:away|now|then|there|here|back|you\s+are|on\s+it|after|i\b|i'll|we\b|we'll|let\s+me))`,
    ),
    why: "Sarcasm: 'well done for finally reading the email', 'thanks *so* much for your patience, I'm sure'.",
    // Twelfth pass (lead's answer to ASK-respect-1): praise for noticing, with its reason ("…, because that's the fault
    // we'd missed"), is real praise (respect-tone.ts PRAISE_WITH_ITS_REASON); "finally" or no reason keeps it sarcasm.
    unlessSentence: PRAISE_WITH_ITS_REASON,
  },
  {
    id: "dismissive.sarcasm-whole-internet",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:thanks|thank\s+you)\s+(?:(?:so|very)\s+much\s+)?for\s+(?:sharing|telling|announcing|broadcasting|posting|spreading)\s+(?:this|that|it|your\s+(?:views?|thoughts|opinion))\s+with\s+(?:the\s+)?(?:whole|entire)\s+(?:internet|world|planet|of\s+(?:twitter|facebook|the\s+internet))\b`,
    ),
    why: "Sarcastic thanks for complaining in public: 'thank you so much for sharing this with the whole internet' (red-team round 7 B).",
  },
  {
    id: "thank.not-sarcasm-whole-internet",
    label: "thank",
    pattern: re(
      String.raw`\b(?:thanks|thank\s+you)\s+(?:(?:so|very)\s+much\s+)?for\s+(?:sharing|telling|announcing|broadcasting|posting|spreading)\s+(?:this|that|it|your\s+(?:views?|thoughts|opinion))\s+with\s+(?:the\s+)?(?:whole|entire)\s+(?:internet|world|planet|of\s+(?:twitter|facebook|the\s+internet))\b`,
    ),
    vetoOnly: true,
    why: "Thanks for 'sharing this with the whole internet' is sarcasm, not thanks (the guide's 'thanks for nothing').",
  },
  {
    id: "dismissive.oh-great-another",
    label: "dismissive",
    pattern: re(
      String.raw`\boh\s*,?\s*(?:wonderful|great|brilliant|marvellous|marvelous|fantastic|lovely|perfect|super|fab|fabulous|terrific|splendid|joy|goody|good|excellent)\s*[,!.\u2026-]*\s*(?:just\s+|yet\s+|not\s+)?another\b`,
    ),
    why: "Sarcasm with no stock wording: 'Oh wonderful, another kettle that's given up the ghost' (red-team round 12 A).",
  },
  {
    id: "dismissive.eye-roll-at-you",
    label: "dismissive",
    pattern: re(
      String.raw`\uD83D\uDE44(?=[^.!?\n]{0,160}?\b(?:you|u|your|ur|you're|youre)\b)|\uD83D\uDE44(?<=\b(?:you|u|your|ur|you're|youre)\b[^.!?\n]{0,160}?)`,
    ),
    why: "An eye-roll emoji in a sentence about the customer: 'coarse ground obvs 🙄 since u never bought a grinder' (red-team round 12 B).",
  },
  {
    id: "dismissive.youre-missing-out",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:you're|you\s+are|youre|ur|u\s+r|you'll\s+be|you\s+will\s+be)\s+(?:really\s+|totally\s+|seriously\s+)?missing\s+out\b`,
    ),
    why: "Needles a customer for a choice they are entitled to make: 'no texts, got it 👍 tho ur missing out on all the deals tbh' (red-team round 12 B). Not 'You're not missing out: we'll email you offers instead.'",
    unlessBefore: /\b(?:sorry|shame|pity|afraid|worried|hate\s+(?:for|that))\b[^.!?]{0,30}$/i,
  },
  {
    id: "dismissive.mock-offer",
    label: "dismissive",
    pattern: re(MOCK_OFFER),
    why: "Sarcasm: a mock offer to do the absurd or forbidden thing, 'Oh, of course, I'll just read your mum's address out to a voice on the phone, shall I?' (red-team round 12 B). Not 'I'll pop the new one in the post today, shall I?' or 'Of course, I'll just check that for you.'",
  },
  {
    id: "dismissive.not-the-only-one-having-a-bad-day",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:you're|you\s+are|youre|ur|you)\s+(?:certainly\s+|definitely\s+|really\s+)?not\s+the\s+only\s+one\s+(?:(?:who's|who\s+is|that's|that\s+is)\s+)?(?:having|to\s+have|with|who\s+(?:has|had)|who's\s+had)\s+(?:a\s+|such\s+a\s+)?(?:bad|rough|hard|tough|long|terrible|horrible|awful|rubbish|stressful|difficult|crap|crappy|nightmare)\s+(?:day|morning|afternoon|evening|week|month|time|night|one)\b(?=\s*(?:[.!?,;:\u2026)-]|$|[\uD83C-\uDBFF\u2600-\u27BF]|(?:here|today|either|too|mate|love|pal|believe|trust|lol|haha\w*)\b))`,
    ),
    why: "Sets the adviser's own bad day against the customer's problem: 'believe me, you're not the only one having a bad morning' (red-team round 12 A). Not 'you're not the only one who has reported this'.",
  },
  {
    // Laughter at her temper or mood (lead's set 26, a note: "customer v rude and shouty on phone, probably had a bad
    // day lol"). Not laughter with her ("lol, I've got the same grinder!").
    id: "dismissive.laughing-at-her-mood",
    label: "dismissive",
    pattern: re(String.raw`${LAUGH}(?=[^.!?\n]{0,160}?${HER_MOOD})|${LAUGH}(?<=${HER_MOOD}[^.!?\n]{0,180}?)`),
    why: "Laughs or rolls its eyes at the customer's temper or mood: 'v rude and shouty, probably had a bad day lol'.",
  },
  {
    id: "dismissive.what-can-you-do",
    label: "dismissive",
    pattern: re(WHAT_CAN_YOU_DO),
    why: "A shrug at the customer's problem: 'couriers eh, what can you do' (the guide's 'it is what it is'; red-team round 12 A).",
  },
  {
    id: "dismissive.laughing-at-bad-news",
    label: "dismissive",
    pattern: re(String.raw`${LAUGH}(?=[^.!?\n]{0,160}?${LOSS})|${LAUGH}(?<=${LOSS}[^.!?\n]{0,180}?)`),
    why: "Laughs or rolls its eyes at the customer's loss: 'bad news lol, the courier's lost ur parcel', 😂 or 🙄 beside a broken, lost or late order (red-team round 12 A). Not 'lol, I've got the same grinder!'.",
  },
  {
    id: "dismissive.as-i-already-said",
    label: "dismissive",
    pattern: re(
      String.raw`\bas\s+i(?:'ve|\s+have)?\s+(?:already|previously|repeatedly|clearly)\s+(?:said|explained|told\s+you|mentioned|stated|pointed\s+out|made\s+clear)\b|\bas\s+i(?:'ve|\s+have)\s+(?:said|told\s+you|explained)\s+(?:before|already|twice|several\s+times|many\s+times|repeatedly)\b|\bas\s+i\s+(?:said|explained|told\s+you)\s+(?:before|already|earlier|twice)\b|\bas\s+i(?:'ve|\s+have)\s+told\s+you\b|\blike\s+i\s+(?:said|told\s+you|explained)\b|\b(?:i've|i\s+have)\s+(?:already\s+)?(?:told|explained\s+(?:this\s+|it\s+|that\s+)?to)\s+you\s+(?:this\s+|that\s+)?(?:already|before|twice|three\s+times|several\s+times|many\s+times|(?:a\s+)?(?:few|couple\s+of|number\s+of)\s+times|repeatedly|more\s+than\s+once)\b|\b(?:i've|i\s+have)\s+already\s+(?:told|explained\s+(?:this\s+|it\s+|that\s+)?to)\s+you\b|\bfor\s+the\s+(?:last|final|hundredth|umpteenth|nth|third|fourth|fifth)\s+time\b(?=[^.!?]{0,40}\b(?:i|we|the|you)\b)|\bhow\s+many\s+times\s+(?:do|have|must|will)\s+(?:i|we)\b|\b(?:let\s+me|i'll|i\s+will|i'm\s+going\s+to)\s+(?:try\s+to\s+)?(?:explain|say|go\s+through|repeat)\s+(?:this|it|that)?\s*(?:again\s+)?(?:slowly|more\s+slowly|very\s+slowly|one\s+more\s+time|once\s+more|one\s+last\s+time|in\s+words\s+you)\b|\blet\s+me\s+explain\s+(?:this\s+|it\s+)?(?:again|slowly)\b`,
    ),
    why: "Patronising: 'as I already explained', 'let me explain this slowly'.",
    // A note counting her contacts or our failures as a fact is not us repeating ourselves at her: "Customer rang for the
    // third time about the same parcel; escalated" (fourth pass). "For the third time, the kettle needs descaling" still is.
    unlessBefore:
      /\b(?:rang|rung|called|phoned|emailed|e-mailed|wrote|written|contacted|chased|messaged|complained|in\s+touch|delivered|failed|arrived|late|returned|broken|broke|happened|missed|cancelled|refunded|replaced|visited)\s+(?:\w+\s+){0,2}$/i,
    // Sixth pass: "I'll go through it again slowly with you on the phone if that helps" is an offer, not a put-down.
    unlessAfter:
      /^\s+(?:with\s+you|together|at\s+your\s+(?:own\s+)?pace|(?:on\s+the\s+(?:phone|call)\s+)?if\s+(?:that|it)\s+helps)\b/i,
  },
  {
    id: "dismissive.its-quite-simple",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:it's|it\s+is|this\s+is|that's|that\s+is|it's\s+all|it\s+really\s+is)\s+(?:really\s+|actually\s+|all\s+)?(?:(?:quite|very|pretty|perfectly|really|so)\s+(?:simple|straightforward|obvious|easy)(?=\s*(?:,?\s*really\b|[.!]|$))|quite\s+(?:simple|straightforward|obvious|easy)(?=\s*(?:,?\s*really\b|[.!:;]|$)))|\bnot\s+(?:exactly\s+)?rocket\s+science\b|\b(?:it's|it\s+is)\s+(?:just\s+)?common\s+sense\b|\b(?:even\s+a\s+child|any\s+fool|a\s+child)\s+(?:could|can|would)\b|\banyone\s+(?:could|can)\s+(?:do|understand|see|manage|follow|work\s+out)\s+(?:that|this|it)\b`,
    ),
    anchor: "clause",
    why: "Patronising: 'it's really quite simple', 'it's not rocket science'.",
    // A product or task described as easy, with no failing of hers beside it, is a description, not a put-down:
    // "Setting up the grinder is easy: no hand-holding needed, it's very simple." Not "I don't know why you're
    // struggling, it's very simple."
    unlessSentence:
      /^(?![\s\S]*\b(?:why|struggl\w*|can't|cannot|couldn't|confus\w*|even\s+you|surely|obviously|clearly|rocket|child|fool|anyone)\b)[\s\S]*?\b(?:setting\s+(?:it\s+|this\s+|that\s+)?up|set-?up|installing|installation|to\s+(?:set\s+up|use|install|fit|clean|descale|pause|order|return|swap|change|cancel)|the\s+(?:app|process|form|return|exchange|instructions?|steps?))\b[^.!?]{0,40}?\b(?:is|are|'s|was)\s+(?:really\s+|very\s+|so\s+|quite\s+|pretty\s+)?(?:easy|simple|quick|straightforward)\b/i,
  },
  {
    id: "dismissive.as-anyone-would-know",
    label: "dismissive",
    pattern: re(
      String.raw`\bas\s+(?:anyone|anybody|everyone|everybody|any\s+(?:adult|sensible\s+person|reasonable\s+person))\s+(?:would|should|could|can|knows?|will\s+tell\s+you)\b|\bany\s+(?:sensible|reasonable|normal)\s+(?:person|customer|adult)\s+(?:would|knows)\b|\bsurely\s+you\s+(?:know|knew|understand|realise|realize|can\s+see|must\s+(?:know|have|see|realise|realize)|read|saw|noticed)\b|\b(?:as\s+)?i(?:'d|\s+would)\s+have\s+thought\s+(?:you'd|you\s+would|anyone\s+would)\s+(?:know|realise|realize|understand)\b|\bif\s+(?:she|he|they|you)\s+(?:can|could)\s+(?:(?:even|actually)\s+)?(?:manage|cope\s+with|work|handle)\s+(?:a|the)\s+(?:phone|computer|website|internet|email)\b|\bdo\s+you\s+(?:even\s+)?(?:know|understand)\s+how\s+(?:a|an|to|the)\b|\b(?:try\s+to\s+keep\s+up|do\s+keep\s+up)\b|\b(?:you\s+(?:need|have)\s+to|try\s+to|please\s+try\s+to|if\s+you(?:'d|\s+had)?)\s+(?:pay|paid)\s+(?:more\s+)?attention\b|\bread\s+(?:it|this|my\s+(?:last\s+|previous\s+)?(?:email|message|reply|letter))\s+(?:again|properly|more\s+carefully)\b`,
    ),
    why: "Talks down to the customer: 'as anyone would know', 'surely you know'.",
  },
  {
    id: "dismissive.you-dont-understand",
    label: "dismissive",
    pattern: re(
      String.raw`\byou\s+(?:(?:clearly|obviously|evidently|still|just|simply)\s+(?:don't|do\s+not|didn't|did\s+not|can't|cannot)|(?:don't|do\s+not|didn't)\s+(?:seem\s+to|even))\s+(?:\w+\s+)?(?:understand|get\s+it|grasp|listen|know\s+(?:what|how))\b|\byou\s+(?:clearly\s+|obviously\s+)?(?:have|'ve\s+got)\s+no\s+(?:idea|clue)\b(?!\s+how\s+(?:sorry|much|grateful|pleased|glad|happy))|\b(?:doesn't|does\s+not|don't)\s+have\s+a\s+clue\b|\byou\s+people\b`,
    ),
    why: "Belittles the customer: 'you clearly don't understand', 'you have no idea'.",
  },
  {
    id: "dismissive.nothing-more-i-can-do",
    label: "dismissive",
    pattern: re(
      String.raw`\bthere(?:'s|\s+is)\s+(?:really\s+|simply\s+|just\s+|honestly\s+)?(?:nothing|not\s+(?:much|a\s+lot|anything))\s+(?:more\s+|else\s+|further\s+)?(?:(?:that\s+)?(?:i|we)\s+can\s+(?:do|offer)|to\s+be\s+done)\b|\bthere\s+(?:isn't|is\s+not)\s+(?:really\s+)?(?:anything|much)\s+(?:more\s+|else\s+|further\s+)?(?:that\s+)?(?:i|we)\s+can\s+(?:do|offer)\b|\bnothing\s+(?:more\s+|else\s+)?(?:that\s+)?(?:i|we)\s+can\s+do\b|\b(?:i|we)\s+(?:can't|cannot|can\s+not)\s+(?:do\s+anything(?:\s+(?:more|else|about\s+(?:it|that|this)))?|do\s+any\s+more|help\s+you(?:\s+(?:there|with\s+that|any\s+further))?)(?=\s*(?:[.!,;-]|$))`,
    ),
    why: "Brushes the customer off: 'there's nothing more I can do' (unless followed by what we can do).",
    unlessAfter: BUT_WE_CAN,
  },
  {
    id: "dismissive.take-it-or-leave-it",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:that's|that\s+is|it's|it\s+is)\s+(?:just\s+(?:how|the\s+way)\s+(?:it\s+is|it\s+goes|things\s+are|it\s+works|we\s+do\s+things)|(?:how|the\s+way)\s+(?:it\s+is|it\s+goes|things\s+are))\b|\bit\s+is\s+what\s+it\s+is\b|\brules\s+are\s+rules\b|\bpolicy\s+is\s+policy\b|\btake\s+it\s+or\s+leave\s+it\b|\b(?:you'll|you\s+will)\s+(?:just\s+|simply\s+)?(?:have\s+to|need\s+to)\s+(?:deal\s+with|live\s+with|accept|put\s+up\s+with|wait\s+like|lump\s+it|make\s+do|get\s+used\s+to|wait\s+your\s+turn)\b|\b(?:just|you\s+(?:need|have)\s+to|you\s+must)\s+(?:deal|live|cope)\s+with\s+it\b|\b(?:suck\s+it\s+up|lump\s+it|tough\s+luck|hard\s+luck|that's\s+life|too\s+bad)\b|\bnot\s+(?:my|our)\s+(?:problem|department|job|concern|issue|area|remit)\b|\bwait\s+your\s+turn\b|\b(?:you're|you\s+are)\s+not\s+(?:our|the|my)\s+only\s+customer\b(?!\s+(?:to|who|that|with|affected|having|experiencing|seeing|hit)\b)|\b(?:i|we)\s+(?:have|'ve\s+got|have\s+got)\s+other\s+customers\b|\b(?:i|we)\s+(?:don't|do\s+not|haven't\s+got)\s+(?:have\s+)?(?:time|all\s+day)\s+for\s+(?:this|that|you|people)\b|\bif\s+you\s+don't\s+like\s+it\b|\b(?:feel\s+free\s+to|you\s+can\s+always|you're\s+welcome\s+to)\s+(?:shop|go|take\s+your\s+(?:business|custom))\s+elsewhere\b|\bcomplain\s+all\s+you\s+(?:like|want)\b|\bno\s+point\s+(?:in\s+)?(?:complaining|arguing|moaning|going\s+on)\b|\bwhat\s+(?:more|else)\s+do\s+you\s+(?:want|expect)\b|\bdon't\s+know\s+what\s+(?:else\s+|more\s+)?you\s+(?:want|expect)\b|\b(?:something|one|a\s+matter|an\s+issue)\s+(?:that\s+|which\s+)?(?:you'd|you\s+would|you'll|you\s+will)\s+(?:(?:just|simply|really)\s+)?(?:have|need)\s+to\s+take\s+up\s+with\s+(?:the\s+)?(?:courier|manufacturer|maker|supplier|brand|delivery\s+(?:company|firm|driver)|royal\s+mail|post\s+office|your\s+bank|them)\b|\btake\s+(?:it|that|this)\s+up\s+with\s+(?:the\s+)?(?:courier|manufacturer|maker|supplier|brand|delivery\s+(?:company|firm|driver)|royal\s+mail|post\s+office|your\s+bank|them)\b|\b(?:you'll|you\s+will|you'd|you\s+would|you)\s+(?:(?:just|simply|really)\s+)?(?:need|have|want)\s+to\s+(?:contact|speak\s+to|talk\s+to|call|ring|phone|email|get\s+in\s+touch\s+with|chase|go\s+to|go\s+back\s+to)\s+(?:the\s+)?(?:courier|manufacturer|maker|supplier|brand|delivery\s+(?:company|firm)|royal\s+mail|post\s+office)\s+(?:(?:directly|yourself)\s+)?(?:about|regarding|over|for)\s+(?:that|this|it|the\s+(?:damage|delay|fault|problem|issue|missing|lost|late|broken|refund|replacement))\b|\b(?:you'll|you\s+will|you'd|you\s+would)\s+(?:(?:just|simply|really)\s+)?(?:need|have)\s+to\s+(?:contact|speak\s+to|talk\s+to|call|ring|get\s+in\s+touch\s+with|chase)\s+(?:the\s+)?(?:courier|manufacturer|maker|supplier|brand|delivery\s+(?:company|firm))\s+(?:directly|yourself)\b`,
    ),
    why: "Brushes the customer off: 'that's just how it is', 'take it or leave it', 'not my problem', and passing the buck to the courier or the maker ('you'll need to contact the courier directly about that', 'that's something you'd have to take up with the manufacturer': the goods are the retailer's to answer for, CRA 2015 ss19, 29).",
    // Sixth pass: "We'll take it up with the courier for you" is us acting for her, and "It's not my department, but
    // I've passed it to billing" hands her on with the work done: neither brushes her off.
    unlessBefore: /\b(?:we|i)(?:'ll|'ve|'d|\s+will|\s+have|\s+can|\s+would|\s+shall)?\s+(?:\w+\s+)?$/i,
    unlessAfter:
      /^\s*[,;:-]?\s*(?:but|so)\s+(?:i|we)(?:'ve|'ll|\s+have|\s+will|\s+can)\b(?!'t|not|\s+not|n't)/i,
  },
  {
    id: "dismissive.hiding-behind-policy",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:that's|that\s+is|it's|it\s+is|this\s+is)\s+(?:just\s+|simply\s+)?(?:our|the|company)\s+policy\s*(?:[.!]|$|,\s+(?:even|i'm\s+afraid|sorry))|\b(?:it's|that's|it\s+is|that\s+is)\s+against\s+(?:our|the|company)\s+policy\b|\bas\s+per\s+(?:our\s+)?policy\s*(?:[.!]|$)|\byou're\s+on\s+your\s+own\b|\b(?:i|we)\s+(?:really\s+)?(?:don't|do\s+not)\s+(?:care|have\s+time\s+to\s+(?:talk|chat|deal|discuss|listen))\b|\bwhy\s+would\s+(?:i|we)\s+care\b|\btake\s+your\s+(?:business|custom)\s+elsewhere\b|\btell\s+you\s+the\s+(?:exact\s+)?same\s+thing\b|\bhow\s+that\s+works\s+out\s+for\s+you\b|\bwhat\s+(?:did|do)\s+you\s+expect\b|\bbe\s+grateful\s+(?:that|for\s+what)\b`,
    ),
    why: "Brushes the customer off: 'that's our policy.', 'you're on your own', 'I don't care', 'what did you expect?'.",
    negatable: true,
  },
  {
    id: "dismissive.as-per-my-last-email",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:as\s+)?per\s+(?:my|our)\s+(?:previous|last|earlier|prior|original|initial)\s+(?:e-?mails?|messages?|letters?|replies|reply|responses?|correspondence|note|post)\b|\bas\s+(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:already\s+|previously\s+)?(?:mentioned|stated|explained|advised|outlined|noted|detailed|indicated|set\s+out|made\s+clear|pointed\s+out|said|informed\s+you)\s+(?:to\s+you\s+)?(?:in|on)\s+(?:my|our)\s+(?:previous|last|earlier|prior|original|initial)\s+(?:e-?mails?|messages?|letters?|replies|reply|responses?|correspondence|post|call)\b|\bas\s+(?:(?:has|have)\s+been\s+|was\s+|were\s+)?(?:previously|already)\s+(?:mentioned|stated|explained|advised|communicated|outlined|indicated|set\s+out|made\s+clear|pointed\s+out)\b|\bas\s+(?:i|we)(?:'ve|\s+have)\s+(?:already\s+|previously\s+)?(?:advised|informed|stated|communicated)\s+(?:you\s+)?(?:previously|already|before|more\s+than\s+once|on\s+(?:several|a\s+number\s+of)\s+occasions)\b|\b(?:please\s+)?(?:re-?read|refer\s+(?:back\s+)?to)\s+(?:my|our)\s+(?:previous|last|earlier|prior)\s+(?:e-?mails?|messages?|letters?|replies|reply|responses?)\b|\b(?:i|we)\s+(?:would\s+)?refer\s+you\s+(?:back\s+)?to\s+(?:my|our)\s+(?:previous|last|earlier|prior)\b`,
    ),
    why: "Passive-aggressive: points back at what was already said ('as per my previous email', 'as previously advised').",
    negatable: true,
  },
  {
    id: "dismissive.as-you-should-know",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:as\s+)?(?:i'm|i\s+am)\s+sure\s+you(?:'ll|'d|\s+will|\s+would|\s+can|\s+could)?\s+(?:(?:fully|readily|well|surely|of\s+course)\s+)?(?:appreciate|understand|realise|realize|be\s+aware|know|recognise|recognize)\b(?!\s+(?:how|why|what)\s+(?:much|sorry|frustrat\w*|upsett\w*|annoy\w*|disappoint\w*|stress\w*|worr\w*|difficult|hard))|\bas\s+you(?:'ll|\s+will)\s+(?:no\s+doubt\s+|of\s+course\s+|surely\s+)?(?:appreciate|understand|realise|realize)\b|\bas\s+you\s+(?:should|must|ought\s+to)\s+(?:already\s+)?(?:know|be\s+aware|appreciate|understand|realise|realize|have\s+(?:seen|read|noticed|known))\b|\bas\s+you(?:'re|\s+are|'ll\s+be|\s+will\s+be)\s+(?:no\s+doubt|surely|doubtless|undoubtedly|well|fully|of\s+course)\s+aware\b|\byou(?:'ll|\s+will)\s+(?:of\s+course\s+|surely\s+|no\s+doubt\s+)?(?:appreciate|understand)\s+that\b|\bwith\s+(?:all\s+)?(?:the\s+)?due\s+respect\b|\b(?:as\s+)?(?:i'm|i\s+am)\s+sure\s+you\s+(?:can|could|will\s+be\s+able\s+to)\s+(?:(?:all|easily|clearly|surely)\s+)?(?:count|spell|read(?!\s+(?:more|about|up\b|through))|add\s+up|do\s+(?:the\s+|some\s+)?(?:basic\s+|simple\s+)?(?:maths?|arithmetic|sums)|tell\s+the\s+time)\b`,
    ),
    why: "Patronising: presumes what the customer should understand or be able to do ('as I'm sure you can appreciate', 'as you should know', 'with all due respect', 'as I'm sure you can count').",
    negatable: true,
    // ninth pass: not when the same sentence owns our failing ("As I'm sure you'll appreciate, it's been a busy week, but
    // that's no excuse for our delay"): the phrase then asks for understanding of us, it does not presume of her.
    unlessSentence:
      /\b(?:no\s+excuse|our\s+(?:fault|mistake|error|delay)|my\s+(?:fault|mistake)|sorry|apologi[sz]e|apologies)\b/i,
  },
  {
    id: "dismissive.for-your-information",
    label: "dismissive",
    pattern: re(String.raw`\b(?:just\s+)?for\s+your\s+(?:information|info)\s*[,:-]`),
    anchor: "sentence",
    why: "'For your information, ...' opening a sentence to a customer reads as a put-down.",
  },
  {
    id: "dismissive.wait-in-the-queue",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:dealt\s+with|answered|handled|responded\s+to|replied\s+to|looked\s+at|seen\s+to|picked\s+up|actioned)\s+(?:strictly\s+)?(?:in\s+(?:the\s+)?order\s+(?:(?:that|in\s+which)\s+)?(?:(?:they|it|these|emails|queries)\s+(?:are|were|is|was|have\s+been|has\s+been)\s+|they're\s+)?received|in\s+order\s+of\s+(?:receipt|arrival))\b`,
    ),
    why: "Tells a customer who chased to wait her turn: 'Kindly note that queries are dealt with in the order they are received' (red-team round 12 A). Not when the same sentence commits to a reply ('…; yours is next and I'll reply by noon').",
    unlessSentence: /\b(?:i'll|i\s+will|we'll|we\s+will|i'm\s+going\s+to|i\s+am\s+going\s+to|let\s+me)\b/i,
  },
  {
    id: "dismissive.pointed-framing",
    label: "dismissive",
    pattern: re(
      String.raw`\bfor\s+the\s+avoidance\s+of\s+(?:any\s+)?doubt\b|\bas\s+(?:clearly\s+|plainly\s+)?(?:stated|set\s+out|explained|made\s+clear|specified|indicated|detailed|advertised|displayed|outlined|written)\s+(?:(?:in|on)\s+(?:our|the)\s+|at\s+)(?:website|web\s*site|site|web\s+page|page|product\s+page|listing|delivery\s+page|faqs?|help\s+(?:centre|center|pages?)|terms(?:\s+and\s+conditions)?|t&cs|(?:returns?|delivery|refund|cancellation)\s+(?:policy|page)|policy|checkout|order\s+confirmation|confirmation\s+email)\b|\bas\s+(?:our|the)\s+(?:website|site|web\s+page|product\s+page|listing|delivery\s+page|faqs?|terms(?:\s+and\s+conditions)?|t&cs|(?:returns?|delivery|refund|cancellation)\s+(?:policy|page)|policy|order\s+confirmation|confirmation\s+email)\s+(?:clearly\s+|plainly\s+)?(?:makes?|made)\s+(?:it\s+)?(?:clear|plain)\b|\b(?:is|are|was|were)\s+(?:very\s+)?(?:clearly|plainly)\s+(?:stated|listed|shown|displayed|marked|explained|set\s+out|advertised|written|labelled|labeled)\s+(?:(?:in|on)\s+(?:our|the)\s+|at\s+)(?:website|web\s*site|site|web\s+page|page|product\s+page|listing|delivery\s+page|faqs?|terms|t&cs|policy|checkout|order\s+confirmation)\b|\bas\s+per\s+(?:our|the)\s+(?:website|terms(?:\s+and\s+conditions)?|t&cs|(?:returns?|delivery|refund)\s+policy)\b`,
    ),
    why: "Pointed, formal framing that talks down: 'for the avoidance of doubt', 'as clearly stated on our website'.",
    negatable: true,
    // Twelfth pass (ASK-respect-1): "For the avoidance of doubt, you don't need to send the old kettle back" clarifies
    // in her favour (respect-tone.ts CLARIFIED_IN_HER_FAVOUR).
    unlessSentence: CLARIFIED_IN_HER_FAVOUR,
    unlessAfter: /^\s*(?:pack|sheet|leaflet|booklet)\b/i,
  },
  {
    id: "dismissive.offence-pointed-out",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:i\s+(?:would|must|should|need\s+to|have\s+to|'d|will)\s+(?:also\s+|just\s+|like\s+to\s+|have\s+to\s+)*(?:point\s+out|remind\s+you|warn\s+you|make\s+you\s+aware|advise\s+you|stress)|may\s+i\s+(?:also\s+|just\s+)?remind\s+you|(?:please\s+)?be\s+(?:aware|advised|warned))\s+that\b[^.!?]{0,200}?\b(?:(?:a\s+)?(?:criminal\s+)?offence|illegal|unlawful|against\s+the\s+law|prosecut(?:ed|ion|e))\b`,
    ),
    why: "Pointing out to the customer, in polite words, that what they are asking for is an offence: a put-down with a threat in it ('I would also point out that … it is a criminal offence for a person … to obtain … personal data'; red-team round 13 B).",
    // Our own limits, and reporting a third party for the customer, are not held against her.
    unlessSentence:
      /\bfor\s+(?:us|me|our\s+(?:staff|team|advisers?|colleagues))\s+to\b|\b(?:we|i)\s+(?:would|could)\s+be\s+(?:breaking|committing)\b|\b(?:we'll|we\s+will|i'll|i\s+will)\s+(?:report|pass)\b/i,
  },

  {
    id: "dismissive.i-trust-this-clarifies",
    label: "dismissive",
    pattern: re(
      String.raw`\bi\s+trust\s+(?:that\s+)?(?:this|that|the\s+above|my\s+(?:reply|response|email|e-mail|letter|explanation|message))\s+(?:now\s+|fully\s+)?(?:clarifies|clears|answers|explains|resolves|settles|addresses|covers|deals\s+with|puts|concludes|closes|is\s+(?:now\s+)?(?:clear|sufficient|the\s+end))\b|\bi\s+trust\s+(?:that\s+)?(?:this|the|that|your)\s+(?:matter|issue|query|complaint|case)\s+is\s+now\s+(?:closed|resolved|settled|clear|concluded)\b|\b(?:i|we)\s+(?:now\s+)?(?:consider|regard|deem)\s+(?:this|the|that|your)\s+(?:matter|issue|complaint|case|correspondence|query)\s+(?:to\s+be\s+|as\s+)?(?:now\s+)?(?:closed|resolved|concluded|settled|at\s+an\s+end)\b|\b(?:we|i)\s+(?:will|shall|won't|will\s+not)\s+(?:not\s+)?(?:be\s+)?enter(?:ing)?\s+into\s+(?:any\s+)?further\s+(?:correspondence|discussion)\b|\bno\s+further\s+correspondence\s+will\s+be\s+entered\s+into\b`,
    ),
    why: "Closes the conversation on the customer: 'I trust this clarifies things', 'we consider this matter closed'.",
  },
  {
    id: "dismissive.in-future-please-ensure",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:going\s+forward|in\s+(?:the\s+)?future|next\s+time|from\s+now\s+on|for\s+future\s+reference)\s*,?\s+(?:(?:please|kindly|do)\s+)?(?:(?:could|can|would)\s+you\s+(?:please\s+)?)?(?:ensure|make\s+sure|be\s+sure\s+to|remember\s+to|take\s+(?:more\s+)?care|be\s+more\s+careful|(?:check|read|look\s+at|consult|review)\s+(?:the|our)\b[^.!?]{0,60}?\bbefore)\b|\b(?:please|kindly)\s+(?:ensure|make\s+sure|be\s+sure|remember)\b[^.!?]{0,80}?\b(?:in\s+(?:the\s+)?future|going\s+forward|next\s+time|from\s+now\s+on)\b|\byou\s+(?:may|might)\s+(?:wish|want|like)\s+to\s+(?:check|read|look\s+at|consult|review|refer\s+to|familiari[sz]e\s+yourself\s+with)\b[^.!?]{0,80}?\b(?:in\s+(?:the\s+)?future|next\s+time|going\s+forward|before\s+(?:you\s+)?(?:buy|order|purchas|contact|complain|get(?:ting)?\s+in\s+touch|writ|post|leav|review)\w*)|\b(?:it(?:'s|\s+is|\s+would\s+be|'d\s+be|\s+might\s+be|\s+may\s+be)\s+(?:(?:well|really|always|definitely)\s+)?(?:worth|a\s+good\s+idea\s+to|wise\s+to|best\s+to|advisable\s+to|sensible\s+to)|please|(?:make|be)\s+sure\s+(?:you|to)|you\s+(?:should|might\s+want\s+to|may\s+want\s+to|need\s+to|must))\s+(?:(?:always|carefully|just|also)\s+)?(?:double[- ]?check|re-?check|check|verify|confirm|read|look\s+(?:at|over))(?:ing)?\s+(?:(?:your|the|our)\s+(?:[\w-]+\s+){0,2}?(?:address|details|postcode|post\s+code|order|basket|size|measurements|spelling|website|description|listing|size\s+guide|instructions|manual|terms|t&cs|product\s+page))\b[^.!?]{0,60}?\b(?:in\s+(?:the\s+)?future|next\s+time|going\s+forward|from\s+now\s+on)\b`,
    ),
    why: "Tells the customer off for next time: 'going forward, please ensure...', 'you may wish to check our website before buying in future', 'it's worth double-checking your address when you order in future'.",
    negatable: true,
  },
  {
    id: "dismissive.disparaging-noun",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:difficult|awkward|problem|nightmare|demanding|stroppy|rude|entitled|grumpy|moody|pushy|annoying|picky|fussy|needy|high-maintenance|hysterical|crazy|mad|bonkers|nutty|stupid|thick|dim|clueless)\s+(?:old\s+)?(?:customer|cust|client|caller|woman|man|lady|guy|bloke)\b|\b(?:time[- ]?waster|time[- ]wasting|serial\s+(?:complainer|complainant|requester|returner|moaner)|(?:has|have|had)\s+a\s+(?:long\s+|real\s+)?history\s+of\s+(?:complaining|moaning|whing(?:e|e)?ing|kicking\s+off)|(?:with|has|have|had)\s+(?:(?:very|quite|rather|a\s+bit|somewhat|wildly|totally)\s+)?unrealistic\s+expectations|trouble-?maker|chancer|drama\s+queen|(?:a|an|the|such\s+a|total|proper|right|full|full-on|typical|classic|another|real|absolute|bit\s+of\s+a|going|went|gone)\s+karen|karen(?:\s+|-)(?:energy|behaviou?r|vibes?|moment|mode|alert|type|move)|karens|nutter|idiot|moron|muppet|numpty|pain\s+in\s+the\s+(?:neck|arse|backside|ass)|clueless|dimwit|halfwit|airhead|brainless|technophobe|luddite|whinger|moaner|freeloader|scrounger|fantasist|attention[- ]seeker|nos(?:e)?y\s+(?:son|daughter|relative|parent|neighbour|caller|customer|man|woman|so-and-so)|busybody)\b|\bfishing\s+for\s+(?:(?:his|her|their|someone's|somebody's|other\s+people's)\s+)?(?:\w+'s\s+)?(?:info|information|details|data)\b|\b(?:moan(?:ing|ed|s)?|whing(?:e|eing|ing|ed|es)|ranting|ranted|bleating|griping)\b|\b(?:complaining|complains)\s+again\b|\b(?:always|constantly|forever)\s+(?:moaning|complaining|whingeing|whinging)\b|\b(?:threw|throwing|had|having)\s+(?:a\s+)?(?:tantrum|strop|wobbly|hissy\s+fit)\b|\btrying\s+it\s+on\b|\bchancing\s+(?:it|(?:their|his|her)\s+arm)\b|\bwasting\s+(?:my|our)\s+time\b|\b(?:${SUBJ3}|you|they)\s+(?:could\s+not|couldn't|can't|cannot|can\s+not|didn't|did\s+not|won't|will\s+not)\s+(?:even\s+)?be\s+bothered\b`,
    ),
    why: "Disparages the customer (in a reply or a CRM note): 'difficult customer', 'moaning again', 'time-waster'.",
    negatable: true,
    unlessBefore: /\b(?:not|never)\s+(?:a|an|calling\s+you\s+a|saying\s+you(?:'re|\s+are)\s+a)\s*$/i,
  },
  {
    id: "dismissive.disparaging-behaviour",
    label: "dismissive",
    pattern: re(
      String.raw`\b${SUBJ3}\s+(?:kicked|kicking|kicks)\s+off\b(?!\s+(?:the|her|his|their|a|an|its|this|that|with)\b)|\b(?:kicking|kicked|kicks|kick)\s+off\s+(?:again|about|over|at\s+(?:me|us|staff|the\s+staff)|on\s+the\s+phone|big\s+time|massively)\b|\b(?:kicking|kicked)\s+off\s*(?:[,.!;]|$)|\bto\s+get\s+(?:her|him|them|the\s+(?:customer|caller))\s+off\s+(?:the\s+)?(?:phone|line|my\s+back|our\s+backs?)\b|\bto\s+(?:shut|keep)\s+(?:her|him|them|the\s+(?:customer|caller))\s+(?:up|quiet)\b|\b(?:${SUBJ3}|they)\s+(?:went|goes|go|kept\s+going|keeps\s+going|was\s+going|were\s+going)\s+on\s+and\s+on\b|\b(?:${SUBJ3}|they)\s+(?:was\s+|were\s+|is\s+|are\s+|kept\s+|keeps\s+)?banging\s+on\b`,
    ),
    why: "Disparages how the customer behaved (in a reply or a CRM note): 'kicking off again', 'refunded just to get her off the phone', 'she went on and on'.",
    negatable: true,
  },
  {
    id: "dismissive.disparaging-predicate",
    label: "dismissive",
    pattern: re(
      String.raw`\b${SUBJ3}(?:'s|\s+(?:is|was|were|being|seems|seemed|sounds|sounded|appears|appeared|comes\s+across\s+as|came\s+across\s+as|seems\s+like|got|getting|became|has\s+been|had\s+been|'s\s+been|is\s+being|was\s+being))\s+(?:(?:very|really|so|extremely|incredibly|a\s+bit|quite|rather|being|clearly|obviously|just|totally|completely|pretty|super|such\s+a|a|an|getting|increasingly|utterly|bloody|proper|a\s+right|rude\s+and|rude,)\s+){0,4}(?:rude|demanding(?!\s+(?:a|an|the|to|that|his|her|their|my|our|your|money|compensation|refunds?|answers|payment|more|we|i)\b)|difficult(?!\s+to\s+(?:reach|contact|get|hear|understand))|awkward|unreasonable|obnoxious|entitled(?!\s*,?\s+(?:(?:legally|by\s+law|under|in|as|according|within|because|since|given|with|at|on)\b[^.!?;\n]{0,70}?)?\bto\b)|pushy|annoying|clueless|stupid|dumb|thick|dim|useless|impossible(?!\s+to\s+(?:reach|contact|get))|nightmare|pain|liar|lying|hysterical|crazy|mad|nuts|bonkers|paranoid|petty|stroppy|arrogant|patronising|condescending|needy|fussy|picky|grumpy|moody|ignorant|hopeless|dramatic|irrational|whingy|moany|ridiculous|pathetic|silly|high-maintenance|high\s+maintenance)\b|\byou(?:'re|\s+are|\s+were|'re\s+being|\s+are\s+being|\s+were\s+being)\s+(?:(?:very|really|so|extremely|a\s+bit|quite|rather|clearly|obviously|just|totally|completely|pretty|such\s+a|a|an|being)\s+){0,3}(?:demanding(?!\s+(?:a|an|the|to|that|his|her|their|my|our|your|money|compensation|refunds?|answers|payment|more|we|i)\b)|difficult(?!\s+to\s+(?:reach|contact|get|hear|understand))|awkward|obnoxious|entitled(?!\s*,?\s+(?:(?:legally|by\s+law|under|in|as|according|within|because|since|given|with|at|on)\b[^.!?;\n]{0,70}?)?\bto\b)|pushy|annoying|clueless|stupid|dumb|thick|dim|useless|impossible|nightmare|pain|liar|lying|crazy|paranoid|petty|stroppy|arrogant|needy|fussy|picky|grumpy|ignorant|hopeless|irrational|ridiculous|pathetic|silly)\b`,
    ),
    why: "Disparages the customer: 'customer was rude and demanding', 'you're being difficult'.",
    negatable: true,
    unlessBefore: NOT_THE_CUSTOMER,
    // Session 48 (set 35's look-alike): conduct recorded with what was said or done is a record, not a label:
    // "Customer was rude throughout (called me 'a robot reading a script')". Not "customer was rude, as usual".
    unlessSentence:
      /\b(?:called\s+(?:me|us|my\s+colleague)|swore|swearing|shouted|shouting|screamed|threatened|hung\s+up|said\s+(?:i|we)\s+(?:was|were))\b/i,
  },

  {
    id: "dismissive.easy-you-should-manage",
    label: "dismissive",
    pattern: re(
      String.raw`(?:\bnot|n't|\bhardly)\s+(?:exactly\s+|really\s+|quite\s+)?(?:rocket\s+science|brain\s+surgery)\b|\b(?:it's|it\s+is|it\s+was|that's|that\s+is|this\s+is|it\s+isn't|it\s+wasn't|that\s+isn't|it\s+is\s+not|that\s+is\s+not|isn't|wasn't|is\s+not|was\s+not)\s+(?:not\s+)?(?:exactly|all\s+that|really\s+all\s+that)\s+(?:hard|difficult|complicated|tricky|complex|taxing)\b|\b(?:it's|it\s+is|it\s+was|that's|that\s+is|this\s+is)\s+not\s+(?:that|so|very|too|really)\s+(?:hard|difficult|complicated|tricky|complex)\s+(?:to\s+)?(?:read|follow|understand|work\s+out|figure\s+out|plug|remember|check|see|find|notice|tell)\b|\b(?:it's|it\s+is|that's|that\s+is|this\s+is)\s+(?:(?:really|very|pretty|quite|so|dead)\s+)?(?:simple|easy|obvious|straightforward|not\s+(?:hard|difficult|complicated))\s*,\s*(?:isn't|is\s+it\s+not|is)\s+it\s*\?|\beven\s+(?:a\s+(?:child|toddler|kid|five-year-old|5-year-old|monkey)|my\s+(?:gran|granny|nan|grandma|mum|kids?))\s+(?:could|can|would|manages?|knows?)\b|\banyone\s+(?:could|can|would)(?:\s+have)?\s+(?:followed|understood|managed|worked\s+(?:it|that|this)\s+out|figured\s+(?:it|that|this)\s+out|follow|understand|manage\s+(?:it|that|this)|work\s+(?:it|that|this)\s+out|figure\s+(?:it|that|this)\s+out|set\s+(?:it|that|this)\s+up|read\s+(?:the|a)\s+(?:label|manual|instructions))\b|\b(?:simple|easy|basic|clear)\s+enough\s+(?:even\s+)?for\s+you\b(?!\s*(?:\?|,?\s+or\s+(?:shall|should|would|do|can)\b|to\s+(?:use|enjoy|choose)|to\s+follow\b[^.!?]{0,30}?\bif\s+not\b))|\b(?:let\s+me|i'll|i\s+will|i'm\s+going\s+to|i\s+am\s+going\s+to|do\s+i\s+(?:have|need)\s+to|must\s+i)\s+spell\s+(?:it|this|that|things)\s+out\b|\bwords\s+of\s+one\s+syllable\b|\b(?:one\s+(?:more|last)\s+time|once\s+more|once\s+again)\s*,?\s+for\s+(?:you|your\s+benefit)\s*[:,.]|\b(?:explain|say|repeat|go\s+(?:through|over))\s+(?:it|this|that)\s+(?:one\s+more\s+time|once\s+more|again)\s+for\s+you\s*[:,.]|\bread\s+(?:the|your)\s+(?:manual|instructions|user\s+guide|guide|leaflet|care\s+(?:guide|instructions)|small\s+print|terms(?:\s+and\s+conditions)?|website|faqs?|label)\s+(?:(?:properly|carefully|first)\s+)?(?:next\s+time|in\s+future|before\s+(?:getting\s+in\s+touch|contacting\s+us|calling|ringing|emailing|writing\s+in|complaining|you\s+(?:contact|call|ring|email|write|complain)))\b|\beven\s+you\s+(?:can|could|should|will|would|must|might|ought)\b|\bsurely\s+even\s+you\b`,
    ),
    why: "Patronising, 'it's easy, you should manage': 'it isn't rocket science', 'it's not exactly hard to read the label', 'even a child could', 'let me spell it out', 'one more time for you:', 'read the manual before getting in touch', 'I'm sure even you can' (lead, 5 December). Not 'It's not difficult to set up: hold the button for five seconds'.",
  },
  {
    id: "dismissive.contempt-for-the-customer",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:people|folk|folks|types?)\s+like\s+(?:you|her|him|yourself)\b|\bthe\s+likes\s+of\s+(?:you|her|him)\b|\b(?:your|her|his)\s+(?:sort|type|kind)(?=\s*(?:[.!?,;]|$|\s+(?:always|never|are|is|think|thinks|expect|expects|want|wants|don't|doesn't|can't)\b))|\b(?:customers|clients|callers)\s+like\s+(?:you|her|him)\s+(?:always|never|don't|do\s+not|can't|cannot|think|expect|seem|tend|want|who\s+(?:never|don't|can't|won't|always))\b|\b(?:we|i)\s+(?:get|have|see|deal\s+with|hear\s+from)\s+(?:a\s+lot\s+of|lots\s+of|so\s+many|plenty\s+of|loads\s+of|too\s+many|enough\s+of)\s+you\b(?!\s+(?:asking|telling|writing|who))|\bsome\s+of\s+us\s+(?:have|'ve\s+got|have\s+got)\s+(?:real\s+|actual\s+|proper\s+|other\s+)?(?:jobs?|work|lives|other\s+(?:customers|things|people)|better\s+things|things\s+to\s+do)\b|\bsome\s+of\s+us\s+(?:are|were)\s+(?:(?:actually|really|quite|very|rather|extremely|incredibly|genuinely|still|trying\s+to\s+be)\s+)*(?:busy|working|run\s+off\s+(?:our|their)\s+feet|trying\s+to\s+(?:work|do\s+(?:our|a|my)\s+jobs?))\b|\b(?:i|we)\s+(?:really\s+)?(?:don't|do\s+not)\s+know\s+what\s+(?:else|more)\s+(?:to\s+(?:tell|say\s+to)\s+you|(?:i|we)\s+can\s+(?:tell|say\s+to)\s+you|you\s+want\s+me\s+to\s+say)\b|\bdeal\s+with\s+it(?=\s*[.!]|\s*$)(?<=(?:^|[.!?]\s{1,3}|\n)(?:(?:just|so|well|then)\s*,?\s+)?deal\s+with\s+it)|\bwhatever(?=\s*[.!]+(?:\s|$)|\s*$)(?<=(?:^|[.!?,;:]\s{0,3}|\n)\s*whatever)`,
    ),
    why: "Contempt for the customer as a type, or a shrug at them: 'people like you', 'your sort', 'we get a lot of you', 'some of us have real jobs', 'some of us are actually busy', 'I don't know what else to tell you', 'Deal with it.', 'Whatever.' (lead, 5 December). Not 'Customers like you are why we do this', 'a treat for loyal customers like you', 'I don't know yet, but I'll find out', 'Whatever you decide'.",
    unlessBefore:
      /\b(?:loyal|valued|special|lovely|wonderful|amazing|great|regular|kind|brilliant|fantastic|thanks\s+to|thank\s+you\s+to|or|and)\s+$/i,
    unlessAfter:
      /^\s+who\s+(?:really\s+|truly\s+)?(?:love|enjoy|appreciate|care|like|support|choose|stay|stick|value|want\s+(?:the\s+best|great|good|more))\b|^\s+(?:are|is|make|keep|mean)\s+(?:(?:exactly|the|really|truly|just|what)\s+)*(?:why|the\s+reason\s+(?:we|i)\s+(?:do|love|started|exist|keep|get\s+up)|the\s+heart\s+of|(?:it|this|everything)\s+(?:all\s+)?worthwhile|us\s+going|the\s+world|makes?\s+(?:it|this|us))|^\s*,?\s*but\s+(?:i|we)(?:'ll|\s+will|\s+can|'m\s+going\s+to)\b/i,
  },
  {
    id: "dismissive.minimising-the-fuss",
    label: "dismissive",
    pattern: re(
      String.raw`\bmountains?\s+out\s+of\s+(?:a\s+)?molehills?\b|\bstorm\s+in\s+a\s+(?:teacup|tea\s+cup)\b|\b(?:making|make|made|makes)\s+(?:such\s+|a\s+(?:bit\s+of\s+a\s+|real\s+|huge\s+|big\s+)?|so\s+much\s+(?:of\s+)?)?(?:(?:big\s+)?deal|fuss|drama|song\s+and\s+dance|meal)\s+(?:out\s+)?(?:of|about|over)\s+(?:nothing|(?:a|such\s+a|so)\s+(?:little|small|tiny|minor)\b|so\s+little|very\s+little)|\b(?:a\s+bit\s+of\s+an|such\s+an|bit\s+of\s+an|a\s+(?:massive|huge|slight))\s+overreaction\b|\b(?:a\s+(?:bit|little|tad)|rather|somewhat|slightly|bit)\s+(?:melo)?dramatic\b(?!\s+(?:improvement|change|increase|drop|fall|rise|difference|effect|results?))|\b(?:it's|it\s+is|it\s+was|that's|that\s+is|this\s+is)\s+(?:really\s+|literally\s+)?(?:only|just|merely|simply)\s+(?:(?:a|an|one|the)\s+)?(?:(?:little|small|tiny|cheap)\s+)?(?:frother|cafeti[eè]re|french\s+press|espresso\s+machine|coffee\s+machine|machine|filter|lid|jug|parcel|package|order|box|tin|bag\s+of\s+(?:beans|coffee))(?=\s*(?:[.!,;]|$))`,
    ),
    why: "Minimises the problem or the feeling: 'a mountain out of a molehill', 'a storm in a teacup', 'a fuss over nothing', 'a bit dramatic', 'it's only a parcel.' (lead, 5 December). Not 'a dramatic improvement', 'it's only a small charge and we've refunded it'.",
    negatable: true,
  },
  {
    id: "dismissive.patronising-endearment",
    label: "dismissive",
    pattern: re(
      String.raw`${ENDEARMENT_ADDRESS}|\bbless\s+(?:you|her|him|them|your\s+(?:little\s+)?heart|her\s+heart|his\s+heart)\b(?!\s+for\b)|(?:^|(?<=[.!?]\s{1,3})|(?<=\n))bless\s*[.!,]|\b(?:oh|aw+|ah)[,!]?\s+bless\b(?!\s+(?:you\s+|her\s+|him\s+)?for\b)|\bno\s+offen[cs]e(?:\s+(?:intended|meant|to\s+you))?\s*[,:-]?\s*(?:but|,)`,
    ),
    why: "Patronising address in a reply or note: 'hun', 'sweetie', 'darling', 'love' as a form of address beside a correction, an instruction or a brush-off, 'bless her', 'no offence, but' (lead, 5 December). Not 'Dear Priya', 'Oh no, love, not again' (sympathy: a point on register, not respect), 'Oh dear', 'you'll love it', 'Bless you for your patience' (thanks), 'I meant no offence'.",
    // Round 17 A: an endearment about someone else ("your friend, bless her, that's not right", "my colleague, bless
    // him, sent the wrong one") is an affectionate aside, not talking down to the customer.
    unlessBefore:
      /\b(?:oh|god|with|lots\s+of|all\s+my|much|sending|meant|mean|intended|caused|cause|giving|give|take|took)[,!]?\s*$|\b(?:friend|friends|husband|wife|mum|mom|mother|dad|father|son|daughter|partner|neighbour|neighbor|colleague|courier|driver|engineer|gran|granny|nan|nana|grandma|grandad|grandson|granddaughter|brother|sister|kids?|children|dog|cat|boss|manager|postman|postie|lad|lass|fella|chap|team)\s*,?\s*$/i,
    // Tenth pass, the lead's rubric decision (session 38): an endearment whose sentence is sympathy alone ("Oh no,
    // Linda, love, not again.", "aw bless you, that's rotten luck") is over-familiar (register), not patronising;
    // attached to a correction, an instruction or a brush-off ("calm down, love", "listen, love, it's not rocket
    // science") it still is (respect-tone.ts SYMPATHY_ALONE).
    unlessSentence: SYMPATHY_ALONE,
    // fifth pass: "Bless you, what a lovely message" is thanks for her kindness
    unlessAfter:
      /^\s*,\s*(?:\n|$)|^\s+(?:was|is)\s+(?:meant|intended|taken)\b|^\s*[,!]?\s*(?:what\s+a\s+(?:lovely|kind|nice|sweet)|that's\s+(?:so\s+|very\s+|really\s+)?(?:kind|lovely|sweet|nice)|how\s+(?:kind|lovely|sweet)|thank)/i,
  },

  {
    id: "dismissive.sneer-and-shrug",
    label: "dismissive",
    pattern: re(
      String.raw`\byou\s+get\s+what\s+you\s+pay\s+for\b|\b(?:it's|it\s+is|it\s+was|this\s+is|that's)\s+(?:only\s+|just\s+)?(?:a|an)\s+(?:£|\$|€)\s?\d[\d.,]*\s+[\w-]+(?:\s+[\w-]+)?\s*,\s*not\s+(?:a|an)\b|\bwhat\s+do\s+you\s+expect\s+for\s+(?:£|\$|€)?\s?\d|\b(?:i'd|i\s+would|you'd|you\s+would|anyone\s+would)\s+have\s+thought\s+(?:that\s+|it\s+|this\s+)?(?:was|is|would\s+be|were)\s+(?:(?:pretty|fairly|quite|rather|very|so)\s+)?(?:obvious|self-explanatory|self\s+explanatory|common\s+sense)\b|\b(?:it|that|this|which)\s+(?:should|ought\s+to)\s+(?:really\s+)?(?:be|have\s+been)\s+(?:(?:pretty|fairly|quite|rather|very|so)\s+)?(?:obvious|self-explanatory|self\s+explanatory|common\s+sense)\b|\b(?:we're|we\s+are|i'm|i\s+am)\s+not\s+mind[- ]?readers?\b|\b(?:we|i)\s+(?:can't|cannot|can\s+not)\s+read\s+(?:your\s+)?minds?\b|\bdon't\s+shoot\s+the\s+messenger\b|\b(?:i|we)\s+(?:only|just)\s+work\s+here\b|\b(?:we|i)\s+(?:have|'ve\s+got|have\s+got)\s+better\s+things\s+to\s+do\b|\b(?:i'm|i\s+am)\s+not\s+paid\s+(?:enough\s+)?(?:to|for)\b|\babove\s+my\s+pay\s+(?:grade|scale)\b|\bhope(?:fully)?\s+(?:that|this|it)\s+(?:will\s+|'ll\s+)?finally\s+(?:makes?|keeps?|leaves?)\s+you\s+(?:happy|satisfied|content|quiet)\b|\b(?:happy|satisfied|content)\s+now\s*\?|\b(?:keeps?|kept|keep)\s+(?:you|her|him|them)\s+quiet\b|\bshut\s+(?:you|her|him|them)\s+up\b|\b(?:it|that|this|which)\s+(?:really\s+|honestly\s+|surely\s+)?(?:isn't|is\s+not|wasn't|was\s+not|'s\s+not)\s+(?:really\s+)?(?:that|so|too|all\s+that)\s+(?:hard|difficult|complicated|tricky|complex)\s+to\s+(?:follow|read|understand|work\s+out|figure\s+out|remember|check|see|find|notice|tell|plug|use|do)\b|(?:\b(?:we're|we\s+are|i'm|i\s+am)\s+not\b|\b(?:should|could|ought\s+to)\s+have\b)[^.!?\n]{0,80},\s*you\s+know\s*[.!]`,
    ),
    why: "Sneers or disowns the job: 'you get what you pay for', 'it's a £30 grinder, not a…', 'I'd have thought that was obvious', 'we're not mind readers, you know', 'don't shoot the messenger, I only work here', 'we have better things to do', 'hope this finally makes you happy', 'it really isn't that hard to follow' (lead, 5 December). Not 'I hope this makes your mornings easier', 'It isn't that hard to fix: we'll send a new part'.",
    unlessAfter: /^[^.!?]{0,10}:/,
  },
  {
    id: "dismissive.be-more-virtuous",
    label: "dismissive",
    pattern: re(
      String.raw`\b(?:try|please\s+try)\s+(?:being|to\s+be)\s+(?:a\s+(?:bit|little|lot|touch)\s+|much\s+)?more\s+(?:patient|polite|reasonable|understanding|courteous|respectful|civil|considerate|realistic|organised|organized|attentive|tolerant|pleasant)\b|\bbe\s+(?:a\s+(?:bit|little|lot|touch)\s+|much\s+)?more\s+(?:patient|polite|reasonable|understanding|courteous|respectful|civil|considerate|realistic|organised|organized|attentive|tolerant|pleasant)\b(?<=(?:^|[.!?,;:]\s{0,3}|\n|\bplease\s+|\bjust\s+|\bcould\s+you\s+|\bcan\s+you\s+|\bif\s+you\s+could\s+)be\s+(?:a\s+(?:bit|little|lot|touch)\s+|much\s+)?more\s+\w+)`,
    ),
    why: "Tells the customer to behave better: 'try being a bit more patient', 'please be more polite next time' (lead, 5 December). Not 'we'll try to be more organised', 'I'll be more patient with the booking system'.",
    unlessBefore:
      /\b(?:we|i|they|he|she|our\s+\w+|the\s+\w+)(?:'ll|'d|\s+will|\s+would|\s+must|\s+need\s+to|\s+should|\s+promise\s+to|\s+are\s+going\s+to|'re\s+going\s+to)?\s+(?:always\s+)?$/i,
  },

  // ============================================================ jargon
  {
    id: "jargon.acronym",
    label: "jargon",
    pattern:
      /\b(?:RMA|SKU|SLA|RTN|RTV|NFF|DOA|BER|QC|CRA|CCRs?|PECR|DSAR|SAR|KPI|CSAT|NPS|FCR|AHT|CRM|WISMO|OOS|3PL|WMS|OMS|ERP|POD|TAT|SOP|EOD|COB|CX|ASN|GRN)s?\b/g,
    why: "An internal acronym the customer is unlikely to know (case-sensitive: 'POD' but not 'coffee pod').",
  },
  {
    id: "jargon.terms-shorthand",
    label: "jargon",
    pattern: /\bTs?\s?&\s?Cs?\b|\bs\.\s?\d+\b|\bss\.\s?\d+/g,
    why: "Legal shorthand: 'T&Cs', 's.24'.",
  },
  {
    id: "jargon.support-tiers",
    label: "jargon",
    pattern:
      /\bL[1-3]\b|\b[Tt]ier[- ]?[1-3]\b|\b(?:[Ff]irst|[Ss]econd|[Tt]hird|1st|2nd|3rd)[- ]line\b|\b[Ll]evel[- ]?[1-3]\s+(?:support|team|agents?|desk)\b/g,
    why: "Support tiers: 'escalated to L2', 'second-line support'.",
  },
  {
    id: "jargon.internal-terms",
    label: "jargon",
    pattern: re(
      String.raw`\bticket\s+(?:id|ref(?:erence)?|no\.?|number|#)|\bgoods[- ]in\b|\bback[- ]office\b|\bfault\s+code\b|\bcase\s+id\b`,
    ),
    why: "Internal terms: 'ticket ID', 'goods-in', 'back office'.",
  },

  // ============================================================ empathy
  {
    id: "empathy.must-be-frustrating",
    label: "empathy",
    pattern: re(
      String.raw`\b(?:must|might)\s+(?:be|have\s+been|feel|have\s+felt)\s+(?:${INTENSIFIER}\s+){0,2}${FEEL}`,
    ),
    why: "'That must be so frustrating.'",
    negatable: true,
  },
  {
    id: "empathy.i-can-imagine",
    label: "empathy",
    pattern: re(String.raw`\bi\s+can\s+(?:only\s+|certainly\s+|well\s+|just\s+)?imagine\b`),
    why: "'I can imagine how annoying ...'.",
    negatable: true,
  },
  {
    id: "empathy.cant-imagine-how",
    label: "empathy",
    pattern: re(String.raw`\bi\s+can(?:'t|not|\s+not)\s+(?:even\s+|begin\s+to\s+)?imagine\s+(?:how|what)\b`),
    why: "'I can't imagine how stressful that was' (idiom: empathy despite the negation; 'can't imagine why' is not).",
  },
  {
    id: "empathy.understand-how",
    label: "empathy",
    pattern: re(
      String.raw`\bi\s+(?:(?:completely|totally|fully|really|do|can|now)\s+)?(?:understand|appreciate|see|know|get|hear|tell|sense)\s+(?:just\s+|exactly\s+)?(?:how|why)\s+(?:\S+\s+){0,4}?${FEEL}`,
    ),
    why: "'I understand how upsetting this is', 'I can see why you're annoyed', 'I can hear how fed up you are' (session 45: round 29's repeat-fault-r29-talks-it-through).",
    negatable: true,
  },
  {
    id: "empathy.understand-you-are",
    label: "empathy",
    pattern: re(
      String.raw`\bi\s+(?:(?:completely|totally|fully|really|do|can)\s+)?understand\s+(?:that\s+)?(?:you're|you\s+are|you\s+must\s+be|you\s+feel|you\s+were|you've\s+been|you\s+have\s+been)\s+(?:\w+\s+)?${FEEL}`,
    ),
    why: "'I understand you're frustrated.'",
    negatable: true,
  },
  {
    id: "empathy.understand-your-frustration",
    label: "empathy",
    pattern: re(
      String.raw`\b(?:understand|appreciate|share|feel)\s+your\s+(?:frustrations?|annoyance|disappointment|concerns?|upset|worry|worries|anger|pain)\b|\bi\s+(?:(?:completely|totally|fully|really|do|can|absolutely)\s+)?(?:understand|appreciate)\s+how\s+you\s+(?:feel|must\s+feel|are\s+feeling|felt)\b|\b(?:i|we)\s+(?:(?:completely|totally|fully|really|do|absolutely)\s+)?get\s+(?:it|that|where\s+you(?:'re|\s+are)\s+coming\s+from)(?=\s*(?:[.!,;]|$))`,
    ),
    why: "'I understand your frustration.'",
    negatable: true,
  },
  {
    id: "empathy.how-frustrating",
    label: "empathy",
    pattern: re(
      String.raw`\bhow\s+(?:very\s+|incredibly\s+|really\s+)?(?:frustrating|annoying|upsetting|disappointing|stressful|irritating|infuriating|maddening|worrying|inconvenient|awful|horrible|exasperating|unsettling)\b|\bwhat\s+a\s+(?:pain|nuisance|hassle|shame|headache|palaver|let-?down|disappointment)\b|\bwhat\s+a\s+(?:rubbish|rotten|horrible|awful|terrible|miserable|frustrating|stressful|annoying)\s+(?:start|end)\s+to\s+(?:your|the)\s+(?:day|week|morning|weekend|holiday|birthday)\b|\b(?:i|we)\s+(?:know|understand|appreciate|realise|realize)\s+how\s+much\s+you\s+(?:were\s+looking\s+forward\s+to|rely\s+on|depend\s+on|needed|were\s+counting\s+on)\b`,
    ),
    why: "'How frustrating!', 'What a nuisance.', 'What a rubbish start to your week', 'I know how much you were looking forward to it' (session 45).",
    negatable: true,
  },
  {
    id: "empathy.plain-commiseration",
    label: "empathy",
    pattern: re(
      String.raw`\b(?:that's|that\s+is|that\s+was|what)\s+(?:(?:such|a|really|just)\s+){0,2}(?:rotten|rough|hard|tough|bad|cruel|wretched)\s+luck\b|\b(?:that's|that\s+is|that\s+sounds)\s+(?:really\s+|so\s+)?rough\b|\bthe\s+last\s+thing\s+you\s+(?:need|needed|wanted)\b|\byou\s+must\s+be\s+(?:so\s+|really\s+)?(?:sick|fed\s+up|tired)\s+(?:of|with)\s+(?:it|this|that)\b`,
    ),
    unlessSentence: /\b(?:good|best\s+of)\s+luck\b|\bnot\s+(?:our|my)\s+(?:problem|fault)\b/i,
    why: "Commiseration in plain speech ('Oh Linda, that's rotten luck', 'that's the last thing you need', 'you must be sick of it'; red-team round 25 A, repeat-fault-r25-three-short-turns): empathy as a tutor reads it. Not 'good luck with it', nor luck that disowns the fault ('rotten luck, but it's not our problem').",
    negatable: true,
  },
  {
    id: "empathy.that-sounds-frustrating",
    label: "empathy",
    pattern: re(
      String.raw`\b(?:that|this|it)(?:'s|\s+is|\s+was|\s+sounds|\s+seems|\s+must\s+be)\s+(?:${INTENSIFIER}\s+){0,2}${FEEL_STRICT}`,
    ),
    why: "'That sounds really annoying.'",
    negatable: true,
  },
  {
    id: "empathy.understandably",
    label: "empathy",
    pattern: re(
      String.raw`\bunderstandabl[ey]\b|\bno\s+wonder\s+you(?:'re|\s+are|\s+were|\s+feel)\b|\byou\s+have\s+every\s+right\s+to\s+be\b`,
    ),
    why: "'Understandably, you're upset', 'no wonder you're annoyed'.",
    negatable: true,
  },
  {
    id: "empathy.cant-have-been-easy",
    label: "empathy",
    pattern: re(
      String.raw`\b(?:that|this|it)\s+can(?:'t|not)\s+(?:have\s+)?(?:been|be)\s+(?:easy|fun|nice|pleasant|great)\b`,
    ),
    why: "'That can't have been easy' (idiom: empathy despite the negation).",
  },
  {
    id: "empathy.i-completely-understand",
    label: "empathy",
    pattern: re(
      String.raw`\bi\s+(?:(?:completely|totally|fully|really|do)\s+)?understand(?=\s*(?:[.!,;]|$))`,
    ),
    why: "A bare 'I completely understand.' validates feelings.",
    negatable: true,
  },
  {
    id: "empathy.i-would-feel-the-same",
    label: "empathy",
    pattern: re(
      String.raw`\b(?:i'd|i\s+would)\s+(?:be|feel)\s+(?:(?:just\s+as|exactly|equally|really|very)\s+)?(?:the\s+same|${FEEL})\b`,
    ),
    why: "'I'd feel the same.'",
    negatable: true,
  },

  // ============================================================ ownership
  {
    id: "ownership.personally",
    label: "ownership",
    pattern: re(
      String.raw`\b(?:i'll|i\s+will|i'm|i\s+am)\s+(?:going\s+to\s+)?personally\b|\bpersonally\s+(?:make|ensure|see|look|handle|deal|follow|chase|oversee|check|arrange|take)\b|\b(?:handling|dealing\s+with|looking\s+after)\s+(?:[\w-]+\s+){0,3}?personally\b`,
    ),
    why: "'I'll personally make sure ...'.",
    negatable: true,
  },
  {
    id: "ownership.i-will-make-sure",
    label: "ownership",
    pattern: re(
      String.raw`\b(?:i'll|i\s+will|we'll|we\s+will|i'm\s+going\s+to|i\s+am\s+going\s+to|let\s+me)\s+(?:(?:personally|also|now|just|definitely|certainly)\s+)?(?:make\s+sure|ensure|see\s+to\s+it|look\s+after|take\s+care\s+of|handle|deal\s+with|sort\s+(?:this|it|everything)|put\s+(?:this|it|things)\s+right|follow\s+(?:this|it)\s+up|follow\s+up|chase|take\s+responsibility|take\s+ownership|own\s+this|look\s+into|investigate)\b`,
    ),
    why: "Commits personally: 'I'll make sure', 'I'll look into this', 'Let me deal with it'.",
    negatable: true,
  },
  {
    id: "ownership.keep-you-updated",
    label: "ownership",
    pattern: re(String.raw`\bkeep\s+you\s+(?:updated|posted|informed|in\s+the\s+loop)\b`),
    why: "'I'll keep you updated.'",
    negatable: true,
  },
  {
    id: "ownership.leave-it-with-me",
    label: "ownership",
    pattern: re(
      String.raw`\bleave\s+(?:it|this|that)\s+with\s+(?:me|us)\b|\b(?:i'll|i\s+will)\s+be\s+your\s+(?:single\s+|main\s+|personal\s+|named\s+)?(?:point\s+of\s+contact|contact)\b`,
    ),
    why: "'Leave it with me', 'I'll be your single point of contact'.",
    negatable: true,
  },
  {
    id: "ownership.i-am-handling",
    label: "ownership",
    pattern: re(
      String.raw`\b(?:i'm|i\s+am|i've|i\s+have)\s+(?:personally\s+)?(?:looking\s+after|handling|dealing\s+with|taking\s+care\s+of|taken\s+ownership\s+of|taken\s+charge\s+of|taking\s+ownership\s+of)\b`,
    ),
    why: "'I'm handling your case.'",
    negatable: true,
  },
  {
    id: "ownership.see-it-through",
    label: "ownership",
    pattern: re(
      String.raw`\b(?:it's|it\s+is|this\s+is|this\s+one's|that's|that\s+is)\s+(?:now\s+)?my\s+case\b|\b(?:i'll|i\s+will|i'm\s+going\s+to|i\s+am\s+going\s+to)\s+(?:personally\s+)?see\s+(?:it|this|that|things|your\s+case)\s+through\b|${FOLLOW_UP_CALL}`,
    ),
    why: "Follows the case through personally: 'it's my case now', 'I'll see it through', 'I'll ring you on Thursday to check it has all gone through'.",
    negatable: true,
  },
  {
    id: "ownership.present-simple-promise",
    label: "ownership",
    pattern: re(
      String.raw`\bi\s+(?:look\s+after|take\s+care\s+of|deal\s+with|handle|sort\s+out|sort|follow\s+up|check)\s+(?:this|it|that|your\s+(?:case|complaint|order|refund|repair|return|request|problem|issue|claim))\s+(?:myself|personally)\b|\bi\s+(?:call|ring|phone|email|e-mail|text|contact)\s+you\s+(?:back\s+)?(?:again\s+)?(?:next\s+(?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this\s+(?:afternoon|evening|week)|later\s+today|in\s+(?:a|an|one|two|three|four|five|\d+)\s+(?:days?|hours?|weeks?))\b`,
    ),
    why: "Learners' English: the present simple for a promise, with 'myself' or a time to come ('I look after this myself', 'I call you next week for check…'): the same commitment as 'I'll…' (red-team round 6 A).",
    negatable: true,
  },
  {
    id: "ownership.doing-it-myself",
    label: "ownership",
    pattern: re(
      String.raw`\b(?:i'm|i\s+am|i've|i\s+have|i'll|i\s+will|i'm\s+going\s+to|i\s+am\s+going\s+to)\s+(?:now\s+|also\s+|just\s+)?(?:arrang|book|chas|sort|set|organis|organiz|handl|deal|look|process|send|sent|ring|call|phon|follow|track|oversee|overse|keep|kept|do|doing|done|take|taking|taken)\w*\b[^.!?;]{0,50}?\b(?:myself|personally)\b`,
    ),
    why: "A first-person action the learner does themselves: 'I'm arranging the courier collection myself', 'I'll chase the courier myself', 'I've set it up myself' (red-team round 17 A). Not an experience ('I've had the same problem myself').",
    negatable: true,
  },
  {
    // An own-words commitment to act at once (independent tutor 14, session 50, on a call after the customer
    // chose her refund: "Right, I'll do that for you now."). A time is required: "I'll do that" alone is a reply.
    id: "ownership.do-it-now",
    label: "ownership",
    pattern: re(
      String.raw`\b(?:i'll|i\s+will|let\s+me)\s+(?:just\s+)?(?:do|sort|arrange|process|book|set\s+up|put\s+through)\s+(?:that|this|it)\s+(?:(?:up|through|out)\s+)?(?:for\s+you\s+)?(?:now|right\s+now|right\s+away|straight\s+away|immediately|this\s+morning|this\s+afternoon|today)\b`,
    ),
    why: "Commits to act at once in own words: 'I'll do that for you now', 'Let me sort that out right away'.",
    negatable: true,
  },
  {
    id: "ownership.take-responsibility",
    label: "ownership",
    pattern: re(
      String.raw`\b(?:i|we)\s+(?:take|accept)\s+(?:full\s+|complete\s+)?(?:responsibility|ownership)\b`,
    ),
    why: "'I take full responsibility.'",
    negatable: true,
  },
  {
    id: "ownership.our-mistake",
    label: "ownership",
    pattern: re(
      String.raw`\b(?:this|that|it)(?:'s|\s+is|\s+was)\s+(?:entirely\s+|completely\s+|totally\s+|all\s+|absolutely\s+)?(?:our|my)\s+(?:fault|mistake|error|responsibility)\b|\bwe\s+(?:got\s+(?:this|it|that)\s+wrong|let\s+you\s+down|dropped\s+the\s+ball|messed\s+up|made\s+a\s+mistake)\b|\b(?:that|this)(?:\s+one)?(?:'s|\s+is|\s+was)\s+on\s+(?:us|me)\b|\bthe\s+fault\s+is\s+(?:ours|mine)\b`,
    ),
    why: "Admits the business is at fault: 'this was our mistake', 'we let you down'.",
    negatable: true,
  },

  // ============================================================ offer
  {
    id: "offer.percent-off",
    label: "offer",
    pattern: re(
      String.raw`\b\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+off\b|£\s?\d+(?:\.\d{2})?\s+off\b|\bhalf\s+price\b|\bmoney\s+off\b`,
    ),
    why: "Money off: '20% off', '£10 off'.",
    negatable: true,
  },
  {
    id: "offer.discount-voucher",
    label: "offer",
    pattern: re(
      String.raw`\bdiscount(?:s|ed)?\b|\bvouchers?\b|\bgift\s+cards?\b|\bpromo(?:tional)?\s+code\b|\bcomplimentary\b|\bon\s+the\s+house\b|\bbuy\s+one,?\s+get\s+one\b`,
    ),
    why: "A discount, voucher, gift card or complimentary item.",
    negatable: true,
    // Named in a policy's list of what cannot be returned or refunded ("Sale items, gift cards, opened coffee and
    // perishable goods cannot be returned unless faulty"): an exclusion, the negated kind (red-team round 13 A).
    unlessAfter: POLICY_EXCLUSION_AFTER,
  },
  {
    id: "offer.code",
    label: "offer",
    pattern: /\b[Cc]ode:?\s+[A-Z][A-Z0-9]{3,}\b/g,
    why: "A discount code such as WELCOME10.",
    negatable: true,
  },
  {
    id: "offer.free-extra",
    label: "offer",
    pattern: re(
      String.raw`\bfree\s+(?:delivery|shipping|postage|p&p|bags?|box(?:es)?|samples?|gifts?|month|upgrade|trial|coffee|beans|mug|tin|tote|tasting)\b|\b(?:delivery|deliveries|shipping|postage)(?:'s|'ll\s+be|\s+is|\s+are|\s+will\s+be)\s+(?:all\s+|completely\s+|totally\s+|entirely\s+)?(?:on\s+us|free)\b`,
    ),
    why: "A free extra: 'free delivery', 'delivery's free', 'your deliveries are free for the next three months' (redC round 23), 'a free bag' ('free of charge' repairs are remedies, not offers).",
    negatable: true,
  },
  {
    // The lead's answer to ASK-rules-2 (session 43; red-team round 27 B, win-back-r27-second-bag-free): a multi-buy
    // told as given or offered is an offer ("we'll send a second bag of it free", "two for one", "BOGOF", "your
    // second bag half price"). A replacement sent free is a remedy, not an offer: "another one" is not read, nor
    // "free of charge" or "as a replacement" after it.
    id: "offer.multi-buy",
    label: "offer",
    pattern: re(
      String.raw`\b(?:second|2nd|extra|additional|another)\s+(?:bag|pack|box|tin|jar|mug|item)(?:\s+of\s+(?:it|them|the\s+same))?\s+(?:(?:for\s+)?free\b(?!\s+of\b)|(?:at\s+)?half[\s-]price\b)|\b(?:two|2)\s+for\s+(?:one|1)\b|\bbogof\b|\b(?:three|3)\s+for\s+(?:two|2)\b`,
    ),
    why: "A multi-buy: 'a second bag free', 'two for one', 'BOGOF', 'your second bag half price' (not a replacement sent free).",
    negatable: true,
    unlessAfter:
      /^\s+(?:as\s+(?:a\s+|your\s+)?replacement|to\s+replace|in\s+place\s+of|instead\s+of\s+(?:the|your)\s+(?:faulty|broken|damaged))/i,
  },
  {
    id: "offer.we-cover-delivery",
    label: "offer",
    pattern: re(
      String.raw`\b(?:we(?:'ll|\s+will|'d|\s+would|\s+can|\s+could)|i(?:'ll|\s+will|\s+can|\s+could))\s+(?:happily\s+|gladly\s+|also\s+)?(?:cover|pay\s+for|pay|take\s+care\s+of|waive|foot|pick\s+up)\s+(?:the\s+)?(?:cost\s+of\s+)?(?:your\s+)?(?:delivery|shipping|postage|p&p)(?:\s+(?:costs?|charges?|fees?))?\b`,
    ),
    why: "Free delivery said in other words: 'we'll cover delivery for 3 months', 'I'll waive your delivery charge' (not the cost of returning a faulty item, which is a remedy).",
    negatable: true,
    unlessAfter:
      /^\s+(?:(?:of|for|on)\s+(?:the\s+|your\s+)?(?:replacement|repair|return|refund|new\s+one|exchange|swap)|to\s+(?:send|return|get)\s+(?:it|them|the\s+\w+)\s+back|back\b)/i,
  },
  {
    id: "offer.points-goodwill",
    label: "offer",
    pattern: re(
      String.raw`\b(?:double|triple|bonus|extra)\s+(?:loyalty\s+)?points\b|\bpoints\s+(?:are|is|will\s+be|'ll\s+be|'re)\s+(?:now\s+|all\s+|also\s+)?(?:worth\s+(?:double|triple|twice|two\s+times|three\s+times|\d+x|more|extra)|doubled|tripled|boosted)\b|\b\d+\s+(?:bonus|extra|loyalty)\s+points\b|\bgoodwill\s+(?:gesture|credit|payment)\b|\bgesture\s+of\s+goodwill\b|£\s?\d+(?:\.\d{2})?\s+(?:account\s+)?(?:credit|gift\s+card)\b`,
    ),
    why: "Loyalty points, account credit or a goodwill gesture.",
    negatable: true,
  },

  // ============================================================ timeframe
  {
    id: "timeframe.within",
    label: "timeframe",
    pattern: re(
      String.raw`\bwithin\s+(?:the\s+next\s+)?${NUM}${UP_TO_NUMBER}\s+(?:working\s+|business\s+|calendar\s+)?(?:minutes?|hours?|days?|weeks?|months?)\b`,
    ),
    why: "'within 3 working days'.",
  },
  {
    id: "timeframe.in-the-next",
    label: "timeframe",
    pattern: re(
      String.raw`\b(?:in|over|during|for)\s+the\s+next\s+(?:${NUM}\s+)?(?:(?:working|business)\s+)?(?:minutes?|hours?|days?|weeks?|months?|fortnight)\b`,
    ),
    why: "'in the next 24 hours'.",
  },
  {
    id: "timeframe.in-n-days",
    label: "timeframe",
    pattern: re(
      String.raw`\bin\s+${NUM}${UP_TO_NUMBER}\s+(?:(?:working|business)\s+)?(?:hours?|days?|weeks?)\b`,
    ),
    why: "'in 2-3 working days'.",
    when: "notPast",
  },
  {
    id: "timeframe.working-days",
    label: "timeframe",
    pattern: re(String.raw`\b(?:\d+|${NUM})${UP_TO_NUMBER}\s+(?:working|business)\s+days?\b`),
    why: "'3-5 working days', 'three to five working days'.",
  },
  {
    id: "timeframe.by-day",
    label: "timeframe",
    pattern: re(
      String.raw`\b(?:by|before|until|till|no\s+later\s+than|next|every|this\s+coming)\s+(?:this\s+|next\s+)?${DAY}\b`,
    ),
    why: "'by Friday', 'until Sunday'.",
  },
  {
    id: "timeframe.on-day",
    label: "timeframe",
    pattern: re(String.raw`\b(?:on|for|this|from)\s+(?:this\s+|next\s+)?${DAY}\b`),
    why: "'on Monday' when it is about the future (not 'it stopped on Monday').",
    when: "notPast",
  },
  {
    id: "timeframe.tomorrow",
    label: "timeframe",
    pattern: re(
      String.raw`\b(?:tomorrow|tonight|later\s+today)\b|\bnext\s+(?:week|month|weekend|working\s+day|business\s+day|fortnight)\b|\b(?:tmrw|tmw|tmrrw|tmoz|tomoz|tomoro|tomorow|tommorow|tommorrow|2mrw|2moro|2morro|2morrow|2moz|tonite|2nite|2night|2nyt)\b|\b(?:next|nxt)\s+(?:wk|wkend|mnth)\b|\bnxt\s+(?:week|weekend|month|fortnight)\b`,
    ),
    why: "'tomorrow', 'next week', and the same in text-speak ('tmrw', '2moro', '2nite', 'nxt wk'): the same promise of a time, however it is spelt.",
  },
  {
    id: "timeframe.today",
    label: "timeframe",
    pattern: re(String.raw`\b(?:today|2day)\b|\bthis\s+(?:morning|afternoon|evening)\b`),
    why: "'today' ('2day' in text-speak), 'this afternoon' only with a future marker ('I'll send it today'; not 'thanks for calling today').",
    when: "future",
  },
  {
    id: "timeframe.this-week",
    label: "timeframe",
    pattern: re(String.raw`\b(?:this|later\s+this)\s+(?:week|weekend|month)\b`),
    why: "'this week', 'later this month' unless the clause is about the past.",
    when: "notPast",
  },
  {
    id: "timeframe.by-end-of",
    label: "timeframe",
    pattern: re(
      String.raw`\b(?:by|before|until)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+|this\s+|next\s+)?(?:day|week|month|today)|weekend|close\s+of\s+(?:business|play)|midday|noon|lunchtime)\b`,
    ),
    why: "'before the end of the day'.",
  },
  {
    id: "timeframe.date",
    label: "timeframe",
    pattern: re(
      String.raw`\b(?:on|by|before|until|from|for)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+${MONTH}\b|\b(?:on|by|before|until|from)\s+${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\b|\b(?:on|by|before|until|from)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b|\b(?:on|by|before|until|from)\s+\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b`,
    ),
    why: "A date: 'on 14 June', 'by the 3rd'.",
    when: "notPast",
  },
  {
    id: "timeframe.clock-time",
    label: "timeframe",
    pattern: re(
      String.raw`\b(?:by|before|at|after|from)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b|\bbetween\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\s+and\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)|noon|midday)\b`,
    ),
    why: "A time of day: 'by 5pm', 'between 8am and noon'.",
    when: "notPast",
  },
  {
    id: "timeframe.every",
    label: "timeframe",
    pattern: re(
      String.raw`\bevery\s+(?:(?:${NUM}|other)\s+)?(?:days?|weeks?|months?|fortnight)\b|\b(?:24|48|72)[- ]hours?\b`,
    ),
    why: "A schedule: 'every four weeks'; a response promise: '24-hour'.",
  },
];
