/**
 * Respect by tone (issue 8 item 5, session 35): structures of disrespect composed from small word classes, read one
 * clause at a time. See README.md, "Respect by meaning: seventh pass".
 *
 * The frames in respect-meaning.ts are each one author's wording of a kind, and caught other authors' sneers about
 * half the time. A learned classifier over word classes was tried first and measured leaving one author out (README):
 * at a rate of false alarms a band cap can bear it caught almost nothing, so it is not shipped. What is here instead
 * reads the structures the brief names, each as a composition of classes that any voice fills with its own words:
 *
 *  - a judgement of the PERSON with the customer as its subject ("you're kind of overreacting", "Caller very slow");
 *  - the customer compared with NORMAL customers who cope ("everyone else manages", "like a normal person");
 *  - PRAISE that opens a sentence and a contrary fact after it (a count of their contacts, "at last");
 *  - having TOLD them before, with a count ("told you like three times", "clarify, again");
 *  - ADVICE that is a lecture (read or check "before you…", "this time", "next time… don't…");
 *  - HINDSIGHT blame (had they read or followed, none of this would have happened);
 *  - a note's DOUBT after her claim ("Doubt it.", scare quotes round her excuse), or her filed under a type;
 *  - emotion or contact treated as the problem ("emotional language does not expedite…", "refrain from further emails");
 *  - not knowing how to make it clearer, or what else to tell them.
 *
 * Each structure needs a target (the customer, addressed or in a note, or what she did) and an evaluation; the stance
 * words only widen what counts as the evaluation. A sentence that apologises, owns the fault or denies the evaluation
 * is a look-alike and is not counted (`POLITE`). Every finding keeps the words that made it (its evidence span) and
 * its structure's name, which the tutor reads. Pure and linear: bounded gaps only.
 *
 * Ninth pass (session 37, README "Respect by meaning: ninth pass"): the manner of use as a generic cause ("it's down to
 * how people treat them"), a note's shorthand sneer (a category beside a caricature of her wants), a condition of care
 * ("these last if people look after them. Yours hasn't."), and curt, formal and ESL brush-offs.
 *
 * Eleventh pass (session 39, README "Respect by meaning: eleventh pass"): mock gratitude, mock apology and mock help,
 * eager promises undone, a loss made small by its price or a silver lining, damage said not to come from normal use,
 * and an endearment joined to a correction across a full stop.
 *
 * Twelfth pass (session 40, README "Respect by meaning: twelfth pass"): mock praise for finding out the obvious, grand
 * sympathy for a trifle, explaining the obvious, blame by others who fared fine, minimising by the world's troubles, a
 * pointed repeat, a note's contempt in shorthand, a taunt after an easy task; and two sentence frames that excuse
 * older minimising and framing rules (`MINIMISER_EXCUSED`, `CLARIFIED_IN_HER_FAVOUR`).
 *
 * Thirteenth pass (session 41, README "Respect by meaning: thirteenth pass"): mock-heroic sympathy (courage praised,
 * grand words for an ordinary trouble; sincere when the reply names a serious event), condescension about her choice,
 * skill or knowledge (a beginner's option, her mistake excused by her ignorance, experts ranked above her, "simple once
 * you…"), our failure reassured as normal read across sentences, mock praise for "spotting" the fault she reported and
 * a bare "Impressive sleuthing!", sarcasm about her status; and redA's round-26 kinds (a misuse tip disowned, patience
 * preached, others who never got stuck).
 */
import { normaliseText, type Sentence, sentenceIndexAt, splitSentences } from "./segment";

export type ToneKind = "belittle" | "blame" | "minimise" | "sarcasm" | "dismiss" | "complain";

// ------------------------------------------------------------------------------------------- word classes
/** A few words inside one clause (no clause punctuation). */
const W = (n: number) => String.raw`(?:[a-z0-9'£$-]+\s+){0,${n}}?`;
/** The customer addressed (with the teenager's spellings). */
const YOU = String.raw`(?:you|u|ya)`;
const YOURE = String.raw`(?:you're|youre|you\s+are|u\s+r|ur|you've\s+been|you\s+were|you\s+seem|you\s+sound|you\s+appear)`;
/** The customer written about in a note. */
const CUST = String.raw`(?:the\s+)?(?:customer|cust|client|caller|complainant|she|he|(?:mr|mrs|ms|miss)\.?\s+[a-z][a-z'-]+)`;
const CUST_IS = String.raw`(?:she's|he's|${CUST}(?:\s+(?:is|was|seems|sounds|appears|appeared|seemed|being|has\s+been|came\s+across\s+as|getting))?)`;
/** Degree and hedge words between the subject and the judgement. */
const DEGREE = String.raw`(?:(?:kind\s+of|sort\s+of|kinda|a\s+bit|a\s+little|a\s+touch|bit|very|so|really|quite|rather|dead|well|proper|totally|completely|extremely|incredibly|just|being|such\s+an?|a|an|clearly|obviously|evidently|always|getting|again)\s+){0,3}`;
/** Judgements of a PERSON: competence, character, emotional control (not a state we must record, e.g. "upset"). */
const JUDGED = String.raw`(?:over-?reacting|overreacting|over-?dramatic|dramatic|melodramatic|hysterical|slow(?!\s+to\b)|dim|dense|thick|daft|dozy|stupid|clueless|hopeless|useless|incompetent|lazy|careless|clumsy|impatient|demanding(?=\s*(?:[.,;:!?]|$|and\b|but\b))|difficult(?!\s+(?:to|for|time|situation|circumstances))|unreasonable|irrational|needy|fussy|picky|petty|precious|paranoid|deluded|stroppy|obnoxious|attention-seeking|high\s+maintenance|hard\s+work|a\s+nightmare|a\s+pain|a\s+drama\s+queen|unable\s+to\s+grasp|incapable\s+of\s+\w+ing|making\s+(?:such\s+)?(?:a\s+)?(?:big\s+thing|fuss|song\s+and\s+dance|drama|scene)|worked\s+up\s+over\s+nothing)`;
/** Others held up as the norm. */
const NORM = String.raw`(?:(?:everyone|everybody|anyone|anybody)(?:\s+else)?|(?:all|most|other|normal|reasonable|sensible|average|grown|regular|our\s+other|every\s+other|the\s+rest\s+of\s+our)\s+(?:[\d,]+\s+)?(?:customers?|people|persons?|adults?|m[ae]n|wom[ae]n|buyers?|users?|owners?|humans?))`;
/** Others coping (positive, not the shared difficulty "most people don't know…"). */
const COPE = String.raw`(?:manag(?:e|es|ed|ing)|figur(?:e|es|ed)\s+(?:it|this|that)\s+out|work(?:s|ed)?\s+(?:it|this|that)\s+out|cop(?:e|es|ed)|seems?\s+to\s+(?:manage|cope)|get\s+(?:it|on\s+fine)|gets\s+(?:it|on\s+fine)|(?:can|could)\s+(?:manage|cope|follow|read|use)|uses?\s+(?:it|the\s+\w+)\s+fine|(?:are|is|were)\s+expected\s+to|would\s+have\s+(?:read|checked|reported|noticed|known|followed))`;
/** Verbs of telling or explaining (what an agent says they have done to the customer before). */
const TOLD = String.raw`(?:told|said|explained|stated|mentioned|clarified|clarify|informed|advised|repeated|reminded|gone\s+over|been\s+over|went\s+over)`;
const TIMES = String.raw`(?:(?:like\s+|about\s+|at\s+least\s+)?(?:\d+|two|three|four|five|six|several|many|multiple|countless|numerous|a\s+dozen)\s+times|twice|over\s+and\s+over|on\s+(?:several|numerous|multiple|many|two|three)\s+occasions|repeatedly|the\s+same\s+thing|by\s+(?:\d+|two|three|four|several|all)\s+of\s+us)`;
const CONTACTS = String.raw`(?:emails?|e-mails?|calls?|messages?|complaints?|requests?|chasers?|letters?|voicemails?|texts?|tickets?|reminders?)`;
const COUNT = String.raw`(?:\d+|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|umpteen|another|yet\s+another|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|nth)`;
/** Praise or thanks that opens a sentence. */
const PRAISE = String.raw`(?:(?:oh|wow|aw+|well)[,!\s]+)?(?:thanks|thank\s+you|great|amazing|brilliant|love|loving|lovely|yay|wow|fab|fabulous|super|wonderful|fantastic|congratulations|congrats|nice|glad|good|impressive|well\s+done|how\s+kind|so\s+kind|delighted|thrilled)\b`;
/** The customer's own act finished late (what sarcastic praise is about). */
const LATE_ACT = String.raw`(?:found\s+the\s+time|got\s+round|bothered|managed|decided|remembered|replied|read|opened|worked\s+it\s+out|figured\s+it\s+out|joined\s+us)`;
const READV = String.raw`(?:read|reading|check|checking|look\s+at|looking\s+at|follow|following|pay\s+attention|plug|plugging|switch|measure|measuring|open|opening|think|thinking)`;

interface Structure {
  id: string;
  kind: ToneKind;
  label: "blame" | "dismissive";
  re: RegExp;
  /** A cheap test of the sentence first: the structure's evaluation words (its target words are in most sentences). */
  cue: RegExp;
  /** Must also be in the sentence (eighth pass: the part of a structure that may stand anywhere in it). */
  needs?: RegExp;
  /** Not counted when this is in the sentence (what makes this structure's look-alike polite). */
  unless?: RegExp;
  /** What the tutor reads. */
  why: string;
  /**
   * Eighth pass: words one of which every match contains, asked of the analyser's literal index once per reply, so a
   * reply with none of them costs this structure nothing (not even its cue test per sentence).
   */
  keys?: string[];
  /**
   * Eleventh pass: the apology is the stance of the sarcasm ("Sorry our kettle wasn't up to your very high standards"),
   * so an apology in the sentence does not make it a look-alike; only `unless` does.
   */
  evenIfPolite?: boolean;
  /** Thirteenth pass: not counted when this is anywhere in the reply (a serious event makes grand words sincere). */
  unlessInReply?: RegExp;
  /** Thirteenth pass: not counted when the sentence before or after has this (an apology beside the exclamation). */
  unlessBeside?: RegExp;
}

/** Apology, owned fault, sympathy or a denied judgement: a look-alike (every structure). */
const POLITE =
  /\b(?:sorry|apologi[sz]e|apologies|our\s+(?:fault|mistake|error)|my\s+(?:fault|mistake)|we\s+(?:got\s+it\s+wrong|should\s+have|let\s+you\s+down)|not\s+your\s+fault|nothing\s+wrong|understandabl[ey]|(?:not|never|n't)\s+(?:saying|suggesting|implying)|i'd\s+be\s+(?:\w+\s+)?(?:annoyed|upset|fuming|frustrated|cross)|fair\s+enough|no\s+wonder)\b/;
/** A clause that sets up a case rather than asserting ("if you're unable…", "in case", "when you"). */
const CONDITIONAL = /\b(?:if|in\s+case|when|whether|unless)\s+$/;

const mk = (s: string) => new RegExp(s, "g");

const STRUCTURES: Structure[] = [
  {
    id: "tone.judged-person",
    cue: /\b(?:over-?reacting|dramatic|hysterical|slow|dim|dense|thick|daft|dozy|stupid|clueless|hopeless|useless|incompetent|lazy|careless|clumsy|impatient|demanding|difficult|unreasonable|irrational|needy|fussy|picky|petty|precious|paranoid|deluded|stroppy|obnoxious|attention-seeking|maintenance|hard\s+work|nightmare|pain|drama|unable|incapable|making|worked\s+up)/,
    kind: "belittle",
    label: "dismissive",
    re: mk(String.raw`\b(?:${YOURE}|${CUST_IS})\s+${DEGREE}${JUDGED}\b`),
    unless:
      /\b(?:not|n't|never|nor)\s+(?:\w+\s+){0,2}(?:over-?reacting|dramatic|slow|stupid|daft|difficult|demanding|unreasonable|a\s+pain|making)/,
    why: "Judges the customer as a person (their competence, character or feelings), with the customer as the subject.",
  },
  {
    id: "tone.compared-with-normal",
    cue: /\b(?:else|other|normal|reasonable|sensible|most|all|average|grown|grown-up|regular|rest|every|proper)\b/,
    kind: "belittle",
    label: "dismissive",
    re: mk(
      String.raw`\b${NORM}\s+${W(4)}${COPE}\b|\blike\s+(?:a|any)\s+(?:normal|sensible|reasonable|grown-up|grown|proper)\s+(?:person|adult|customer|human(?:\s+being)?)\b|\bas\s+is\s+expected\s+of\s+(?:all|every|any)\s+(?:customers?|people|buyers?)\b`,
    ),
    unless:
      /\b(?:don't|do\s+not|doesn't|didn't|can't|cannot|couldn't|never|struggle|struggles|find\s+it\s+(?:hard|confusing|tricky))\b/,
    why: "Compares the customer with 'normal' customers who cope, to belittle them.",
  },
  {
    id: "tone.praise-then-contrary",
    cue: /^(?:oh|wow|aw|well|thanks|thank|great|amazing|brilliant|lov|yay|fab|super|wonderful|fantastic|congrat|nice|glad|good|impressive|how\s+kind|so\s+kind|delighted|thrilled)/,
    kind: "sarcasm",
    label: "dismissive",
    re: mk(
      String.raw`^${PRAISE}[^.!?]{0,60}?(?:\b${COUNT}\s+(?:[a-z-]+\s+)?${CONTACTS}\b|\b${YOU}(?:'ve|\s+have)?\s+(?:finally\s+|eventually\s+)?${LATE_ACT}\b[^.!?]{0,40}?\b(?:at\s+(?:long\s+)?last|finally|eventually)\b|\b${YOU}(?:'ve|\s+have)?\s+(?:finally|eventually)\s+${LATE_ACT}\b)`,
    ),
    unless: /\b(?:our|we|we've|we'd|i've|i'd)\s+(?:\w+\s+){0,3}(?:late|delay|slow|took|taken|missed)\b/,
    why: "Sarcasm: praise or thanks, then a fact that says the opposite (their many contacts, their act 'at last').",
  },
  {
    id: "tone.told-you-before",
    cue: /told|said|explain|stated|mention|clarif|inform|advised|repeat|remind|over/,
    kind: "dismiss",
    label: "dismissive",
    re: mk(
      String.raw`\b(?:i've|ive|i\s+have|we've|we\s+have|i|we|as|has\s+been|have\s+been|had\s+been|was|were|been)\s+(?:already\s+|now\s+)?${TOLD}\s+(?:(?:you|u|her|him|them|the\s+customer|cust)\s+)?${W(3)}${TIMES}\b|\b(?:to\s+)?clarify,?\s+(?:once\s+|yet\s+)?again\b|\bas\s+previously\s+(?:stated|explained|advised|mentioned)\s+on\s+(?:several|numerous|multiple|many)\s+occasions\b`,
    ),
    why: "Tells the customer they have been told before, counting the times: impatience, not help.",
  },
  {
    id: "tone.lecture",
    cue: /next\s+time|future|going\s+forward|tip|maybe|perhaps|suggest|worth|try\s+to/,
    kind: "blame",
    label: "blame",
    re: mk(
      String.raw`\b(?:next\s+time|in\s+future|going\s+forward|for\s+future\s+reference|tip|maybe|perhaps|suggest|worth|try\s+to)\b[^.!?;]{0,40}?\b${READV}\b[^.!?;]{0,40}?\b(?:before\s+(?:you|u)\s+(?:click|press|order|buy|pay|submit|email|contact|complain|ring|call|send)|this\s+time|properly)\b|\b(?:next\s+time|in\s+future|going\s+forward)\b[,\s]+(?:\w+\s+){0,2}?(?:don't|dont|do\s+not|try\s+not\s+to)\s+(?!hesitate|worry|feel|wait|be\s+afraid|stress)\w+`,
    ),
    why: "Lectures the customer on what they should have done (check or read it 'before you…', 'this time', 'next time don't…').",
  },
  {
    id: "tone.hindsight",
    cue: /wouldn|would\s+(?:not|never|have)|none\s+of\s+this/,
    kind: "blame",
    label: "blame",
    re: mk(
      String.raw`\b(?:if\s+(?:you|u)(?:'d|\s+had|\s+just|\s+had\s+just|'d\s+just|\s+would\s+have)?|had\s+(?:you|u|she|he|the\s+customer|the\s+[a-z]+\s+been))\s+${W(3)}(?:read|checked|followed|looked|listened|bothered|registered|kept|measured|bought\s+the\s+right|plugged|descaled|cleaned|been\s+(?:in|home|at\s+home|around|there|available)|answered|opened\s+the\s+door|picked\s+up)\b[^.!?]{0,80}?\b(?:wouldn't|wouldnt|would\s+not|would\s+never|no\s+[a-z]+\s+would\s+have|none\s+of\s+this|we\s+wouldn't)\b`,
    ),
    why: "Blames by hindsight: had the customer read, checked or followed it, the problem would not have happened.",
  },
  {
    id: "tone.note-typed",
    cue: /type|sort|kind|those|typical|serial|professional|something\s+for/,
    kind: "complain",
    label: "dismissive",
    re: mk(
      String.raw`\b(?:${CUST}(?:'s|\s+is|\s+was)?|one\s+of\s+those)\s+(?:the\s+|a\s+)?(?:type|sort|kind)\s+(?:who|that|of\s+(?:customer|person))\b|\bone\s+of\s+those\s+(?:customers|people|callers|clients)\s+who\b|\b(?:typical|serial|professional)\s+(?:complainer|moaner|whinger|returner|chancer)\b|\bsomething\s+for\s+nothing\b`,
    ),
    why: "Files the customer under a type ('the type who…', 'serial complainer') instead of recording what happened.",
  },
  {
    id: "tone.scare-quotes",
    cue: /['‘"“](?:forgot|lost|misplaced|never|didn't|accidentally|tried|checked|read|followed|dropped|broke)/,
    kind: "blame",
    label: "blame",
    re: mk(
      String.raw`\b(?:${YOU}|${CUST}|they)\s+['‘"“](?:forgot|lost|misplaced|never\s+received|didn't\s+receive|accidentally|tried|checked|read|followed|dropped|broke)['’"”]`,
    ),
    why: "Scare quotes round the customer's account of what they did: doubting them without saying so.",
  },
  {
    id: "tone.emotion-is-the-problem",
    cue: /emotional|shouting|swearing|getting|raising|ranting|capital|being\s+rude|refrain/,
    kind: "dismiss",
    label: "dismissive",
    re: mk(
      String.raw`\b(?:emotional\s+language|shouting|swearing|getting\s+(?:angry|upset|emotional|worked\s+up)|raising\s+your\s+voice|ranting|capital\s+letters|being\s+rude)\s+${W(4)}(?:does\s+not|doesn't|won't|will\s+not|isn't\s+going\s+to|is\s+not\s+going\s+to)\s+(?:help|expedite|speed|get|make|change)\b|\brefrain(?:ed|s)?\s+from\s+(?:further|any\s+more|more|sending|contacting)\b`,
    ),
    why: "Treats the customer's feelings or contacts as the problem ('emotional language does not expedite…').",
  },
  {
    id: "tone.cannot-make-it-clearer",
    cue: /clearer|simpler|plainer|more\s+(?:clearly|simply|plainly|obvious)|what\s+else/,
    kind: "belittle",
    label: "dismissive",
    re: mk(
      String.raw`\b(?:not\s+sure|don't\s+know|dont\s+know|idk|no\s+idea)\s+how\s+(?:much\s+|else\s+|to\s+make\s+(?:it|this)\s+(?:any\s+)?)?(?:clearer|simpler|plainer|more\s+(?:clearly|simply|plainly|obvious))\b|\b(?:don't\s+know|dont\s+know|idk|not\s+sure)\s+what\s+else\s+(?:to\s+tell|i\s+can\s+(?:say|tell))\s+(?:you|u)\b`,
    ),
    why: "Says it cannot be made any clearer, or there is nothing else to tell them: talks down to the customer.",
  },
];

STRUCTURES.push(
  {
    id: "tone.failure-named",
    cue: /failure|someone|somebody/,
    kind: "blame",
    label: "blame",
    re: mk(
      String.raw`\b(?:(?:a|the|your|her|his|customer's|cust's)\s+(?:\w+\s+)?failure\s+to\s+(?:read|check|follow|register|keep|notice|measure|descale|clean)\b|\b(?:someone|somebody)\s+(?:didn't|did\s+not|forgot\s+to|hasn't|has\s+not|never|couldn't\s+be\s+bothered\s+to)\s+(?:bother(?:ed)?\s+to\s+)?${READV}\b)`,
    ),
    unless: /\b(?:our|we|us|warehouse|depot|courier|driver|team|staff|colleague)\b/,
    why: "Names the customer's failure to read, check or follow something as the cause (blame by a noun or 'someone').",
  },
  {
    id: "tone.tautology",
    cue: /\bit'?s\s+an?\s/,
    kind: "belittle",
    label: "dismissive",
    re: mk(String.raw`\bit'?s\s+an?\s+([a-z]{3,}?)(?:er|or)\b[,;:!]?\s+(?:so\s+|and\s+)?it\s+\1s\b`),
    why: "Explains the product as if to a child ('it's a grinder, so it grinds').",
  },
  {
    id: "tone.price-expectation",
    cue: /expect|thought/,
    kind: "minimise",
    label: "dismissive",
    re: mk(
      String.raw`\bwhat\s+(?:you|u|he|she|they|the\s+customer)\s+(?:expected|expects|was\s+expecting|were\s+expecting|thought\s+(?:you|he|she|they)\s+(?:would|were)\s+get(?:ting)?)\s+(?:for|from|at)\s+(?:a\s+|only\s+|just\s+)?[£$]?\d[\d.,]*`,
    ),
    unless: /\b(?:not|isn't|wasn't)\s+what\b/,
    why: "Minimises the loss by the price: what could they expect for so little.",
  },
);

// ------------------------------------------------------------------------------------ eighth pass (session 36)
// Generality by meaning: three structures the seventh pass's sets by other authors showed it missing, each a
// composition of classes (README, "Respect by meaning: eighth pass"), and a few smaller ones from the probe's tune half.

/**
 * Ninth pass: more ways of claiming generality (statistics, records that "indicate", "most of the ones that come back",
 * "from what we see", "as per usual", "it is generally the case", the ESL "most of case").
 */
const GENERIC_9 = String.raw`statistically|statistics\s+(?:show|suggest|say|tell)|(?:the\s+)?(?:vast\s+|overwhelming\s+|great\s+)?majority\s+of\s+(?:such\s+|these\s+|those\s+|the\s+)?(?:cases|failures|faults|issues|problems|returns|claims|complaints|breakages|leaks|ones|instances)|most\s+of\s+(?:the\s+)?(?:ones|these|those|them|cases?|faults|failures|returns|issues|problems|breakages)|(?:our|the)\s+(?:records|data|figures|reports|analysis)\s+(?:indicate|indicates|show|shows|suggest|suggests)|experience\s+(?:has\s+shown|shows|suggests|tells\s+us)|from\s+what\s+(?:we|i)\s+(?:see|have\s+seen|'ve\s+seen)|(?:we|i)\s+see\s+(?:it|this|that|these)\s+(?:a\s+lot|loads|all\s+the\s+time|often|constantly|every\s+(?:day|week))|as\s+per\s+(?:usual|normal)|it\s+is\s+(?:generally|usually|normally|typically|almost\s+always)\s+the\s+case|(?:\d+|ninety(?:-\w+)?)\s*(?:%|percent|per\s+cent)\s+of\s+(?:the\s+)?(?:time|cases|returns|faults|these)`;
/** Generality: a claim about what usually happens, not about this case. */
const GENERIC = String.raw`(?:usually|normally|generally|typically|invariably|commonly|mostly|(?:almost|nearly|virtually)\s+(?:always|invariably)|always|more\s+often\s+than\s+not|most\s+of\s+the\s+time|nine\s+times\s+out\s+of\s+ten|9\s+times\s+out\s+of\s+10|99\s*%\s+of\s+the\s+time|(?:in|for)\s+(?:the\s+)?(?:vast\s+|overwhelming\s+)?majority\s+of\s+(?:cases|instances|returns|claims)|in\s+(?:most|almost\s+all|nearly\s+all|all)\s+(?:cases|instances)|as\s+a\s+(?:general\s+)?rule|in\s+(?:our|my)\s+experience|(?:our|my)\s+experience\s+(?:is|has\s+been|tells)|(?:we|i)\s+(?:generally\s+|usually\s+|often\s+|always\s+|tend\s+to\s+)?(?:find|see)\s+(?:that|these|this|it)|tends?\s+to|(?:our|the)\s+(?:data|records|figures|statistics|stats|engineers?)\s+(?:shows?|suggests?|says?|tells?\s+us|finds?)|only\s+(?:ever\s+)?(?:happens?|fails?|cracks?|breaks?|leaks?|occurs?|jams?|stops?)|${GENERIC_9})`;
/** Ninth pass: who does the using (people in general, the user, or the customer in a note). */
const USERS = String.raw`(?:people|folk|folks|owners|users|customers|buyers|purchasers|someone|somebody|they|you|customer|cust|owner|user|purchaser|the\s+(?:user|owner|customer|purchaser|buyer|person|people)s?)`;
/** Ninth pass: verbs of using or caring for a product, in any tense (the ESL "is using", "not descale"). */
const CARE_V = String.raw`(?:us(?:e|es|ed|ing)|treat(?:s|ed|ing)?|handl(?:e|es|ed|ing)|look(?:s|ed|ing)?\s+after|maintain(?:s|ed|ing)?|car(?:e|es|ed|ing)\s+for|clean(?:s|ed|ing)?|descal(?:e|es|ed|ing)|stor(?:e|es|ed|ing)|operat(?:e|es|ed|ing)|run(?:s|ning)?|fill(?:s|ed|ing)?)`;
/**
 * Ninth pass: the manner of use as the cause ("it's how people treat them", "down to how the thing's been looked after",
 * "arise from the manner in which the appliance is used", "reflects the care the product has received", "handling at
 * home"). A causal link must come first, so "how people use the grinder varies" and "depends on how it's used" are not
 * read; the customer's negligence ("haven't bothered cleaning", "not taking care of", "not use it the correct way") and
 * "the user, not the machine".
 */
const MISUSE_9 = [
  String.raw`(?:(?:comes?|came|come)\s+down\s+to|down\s+to|caused\s+by|(?:the\s+)?results?\s+(?:of|from)|aris(?:e|es|ing)\s+from|stems?\s+from|(?:comes?|came)\s+from|reflects?|correlates?\s+with|linked\s+to|due\s+to|because\s+of|it's|it\s+is|that's|is|are|was)\s+(?:(?:usually|normally|generally|typically|mostly|almost\s+always|nearly\s+always|always|just|simply|really|all|more|largely|mainly)\s+)?(?:how\s+${USERS}\s+(?:(?:are|is|were|was|have|has|had|get|gets)\s+)?${CARE_V}|how\s+(?:it|they|these|this|that|the\s+(?:\w+\s+)?\w+|the\s+thing)(?:'s|'re|'ve|\s+(?:is|are|was|were|has|have|had|gets?|got))?\s+(?:been\s+|being\s+)?(?:used|treated|handled|looked\s+after|maintained|cared\s+for|stored|cleaned|descaled)|(?:the\s+)?(?:way|manner)\s+(?:in\s+which\s+)?(?:it|they|the\s+(?:\w+\s+)?\w+|${USERS})\s+(?:\w+\s+){0,2}?${CARE_V}|the\s+care\s+(?:(?:it|they|the\s+(?:\w+\s+)?\w+)\s+(?:has|have|had)\s+(?:received|been\s+given|had)|(?:taken|given))|(?:handling|treatment|usage|use|care)\s+(?:at\s+home|in\s+the\s+home|by\s+(?:the\s+)?(?:user|owner|customer|purchaser)s?))`,
  String.raw`(?:user|owner|operator|people|person|customer|human)s?\s*,?\s+(?:and\s+)?not\s+the\s+(?:machine|kettle|product|appliance|grinder|unit|device|thing|item)`,
  String.raw`${USERS}\s+(?:\w+\s+)?(?:haven't|hasn't|have\s+not|has\s+not|hadn't|didn't|don't|doesn't|not|never)\s+(?:even\s+)?bother(?:ed|ing)?\s+(?:to\s+)?(?:read|follow|clean|check|descal|register|maintain|rins|look)\w*`,
  String.raw`${USERS}\s+(?:\w+\s+)?(?:not|don't|didn't|never|do\s+not|does\s+not|doesn't)\s+(?:reading|following|cleaning|descaling|checking|maintaining|rinsing)\b`,
  String.raw`${USERS}\b[^.;:!?]{0,40}?(?:not|n't|never)\s+(?:\w+\s+)?(?:taking|take|took|taken)\s+(?:proper\s+|good\s+|enough\s+|any\s+)?care\s+of`,
  String.raw`${USERS}\s+(?:\w+\s+)?(?:not|don't|didn't|never|do\s+not|does\s+not|doesn't)\s+(?:use|using|used|treat|treating|handle|handling)\s+(?:it|them|the\s+\w+)\s+(?:the\s+)?(?:correct|right|proper)(?:ly|\s+way)?`,
  String.raw`(?:us(?:e|es|ed|ing)|treat(?:s|ed|ing)?|handl(?:e|es|ed|ing))\s+(?:it|them|the\s+\w+)\s+(?:wrong(?:ly)?|incorrectly|badly|improperly|roughly|the\s+wrong\s+way)`,
  // redC's round 22 ask: "people filling it past the max line or letting it boil dry", "been run dry", "limescale from
  // not descaling"
  String.raw`(?:fill(?:s|ed|ing)?|overfill(?:s|ed|ing)?|top(?:s|ped|ping)?\s+up)\s+(?:it|them|the\s+\w+)\s+(?:up\s+)?(?:past|above|over|beyond)\s+(?:the\s+)?(?:max|maximum|fill|top)?\s*(?:line|mark|limit|level)?`,
  String.raw`(?:letting|let|lets|leaving|left)\s+(?:it|them)\s+(?:boil|run)\s+dry|(?:been|being|get|gets|got)\s+(?:run|boiled)\s+dry`,
  String.raw`(?:from|by|through)\s+(?:not|never)\s+(?:descaling|cleaning|reading|following|maintaining|rinsing|emptying)|lack\s+of\s+(?:descaling|cleaning|maintenance|care|upkeep)`,
].join("|");
/** The customer's class of act as a cause: misuse, neglect, instructions ignored (never our, the courier's or a part's). */
const MISUSE = String.raw`(?:over-?fill(?:ed|ing|s)?|dropped|knocked\s+(?:over|off)|bashed|misused|misuse|mis-?handl(?:ed|ing)|abused|neglect(?:ed)?|fat-?finger(?:ed|s)?|boil(?:ed|s)?\s+dry|let\s+(?:it|them)\s+boil\s+dry|user\s+error|operator\s+error|(?:descaled|cleaned|installed|fitted|used|assembled|stored|set\s+up|plugged\s+in|put\s+together|handled|filled|typed|entered)\s+(?:\w+\s+)?(?:wrong(?:ly)?|incorrectly|improperly|badly|the\s+wrong\s+way)|(?:incorrect|improper|wrong|careless|rough)\s+(?:installation|use|usage|assembly|handling|storage|water|descaling|cleaning|fitting)|(?:instructions?|guide|manual|guidance|schedule|advice|leaflet|care\s+card)\s+(?:(?:is|are|was|were|has|have|had|been|being|simply|just)\s+){1,3}(?:ignored|disregarded|skipped|not\s+followed|not\s+read)|(?:instructions?|guide|manual|guidance|schedule)\s+(?:(?:is|are|was|were|has|have|had|been|being)\s+){1,3}(?:actually|properly|correctly)\s+(?:followed|read)|(?:hasn't|has\s+not|haven't|have\s+not|hadn't|wasn't|weren't|isn't|aren't|not)\s+(?:been\s+)?(?:used|descaled|cleaned|maintained|looked\s+after|installed|handled)\s+(?:the\s+way|as\s+(?:directed|instructed|the)|according|properly|correctly|in\s+line)|(?:ignor(?:e|es|ed|ing)|skip(?:s|ped|ping)?|disregard(?:s|ed|ing)?)\s+(?:the\s+)?(?:instructions?|guide|manual|guidance|schedule|advice|leaflet|care\s+card)|(?:people|users|owners|customers|buyers|folk|someone|somebody|the\s+(?:user|owner|customer|purchaser|buyer)|customer|owner|user)\s+(?:\w+\s+)?(?:don't|do\s+not|didn't|did\s+not|doesn't|does\s+not|not|never|forget\s+to|forgot\s+to|fail\s+to|failed\s+to)\s+(?:even\s+|properly\s+|actually\s+|bother\s+to\s+)?(?:read|follow|clean|descale|check|register|maintain|rinse|empty|measure|look\s+after)|(?:people|users|owners|customers|buyers|someone|the\s+(?:user|owner|customer|purchaser|buyer)|customer|owner|user)\s+(?:\w+\s+)?(?:use|uses|used|put|puts|add|adds|pour|pours)\s+(?:the\s+|a\s+)?(?:wrong|incorrect|unsuitable)|${MISUSE_9})`;
const GENERIC_RE = new RegExp(String.raw`\b${GENERIC}\b`);
const MISUSE_RE = new RegExp(String.raw`\b${MISUSE}\b`);
/** Cheap first test: a word every generality claim has one of. */
const GENERIC_CUE =
  /usual|normal|general|typical|invariabl|common|mostly|always|often|most|times\s+out|99|majority|cases|rule|experience|find|see|tend|data|records|figures|stat|engineer|only|indicat|suggest|percent|per\s+cent|%/;
/** What makes a generic cause polite: someone else's act or a fault named as the cause, or her case set apart. */
const GENERIC_POLITE = new RegExp(
  [
    String.raw`\b(?:courier|driver|carrier|in\s+transit|in\s+the\s+post|postal|delivery\s+(?:company|firm|driver|team)|warehouse|depot|factory|manufactur\w*|packers?|packing)\b`,
    String.raw`\b(?:(?:is|was|are|were|being)\s+faulty|faulty\s+(?:part|seal|batch|unit|element|thermostat)|defect\w*|design\s+(?:fault|flaw|weakness))\b`,
    String.raw`\b(?:by\s+us|we\s+(?:dropped|overfilled|damaged|mishandled|packed)|our\s+(?:team|staff|engineers?|side|end|fault|mistake))\b`,
    String.raw`\b(?:not|never|n't)\s+(?:\w+\s+){0,2}(?:because|due\s+to|down\s+to|caused|the\s+case|what\s+happened|your\s+(?:fault|doing)|user\s+error)\b`,
    String.raw`\bbut\s+(?:yours|in\s+your\s+case|this\s+one|that's\s+not|that\s+isn't|clearly\s+not|not\s+here)\b`,
    String.raw`\b(?:is|are|it's|you're|still)\s+(?:still\s+)?covered\b|\b(?:don't|do\s+not|no\s+need\s+to)\s+worry\b`,
  ].join("|"),
);
/** Our remedy in the sentence: polite, unless it is given as a favour ("but I've refunded you anyway"). */
const GENERIC_REMEDY =
  /\b(?:i've|i\s+have|we've|we\s+have|i'll|we'll|i\s+will|we\s+will|so\s+i|so\s+we|i'm|we're)\s+(?:\w+\s+)?(?:sent|send|sending|replace|replaced|replacing|refund|refunded|refunding|repair|swap|swapping|posted|arranged|booked)\b/;
/** Ninth pass (redC's round 22 ask): a remedy given "anyway", "this once", "as a goodwill gesture" is a favour, not a fix. */
const AS_A_FAVOUR =
  /\b(?:anyway|anyhow|regardless|all\s+the\s+same|even\s+so|this\s+once|on\s+this\s+occasion|as\s+a\s+(?:one-off|goodwill\s+gesture|gesture\s+of\s+goodwill|favour|courtesy))\b/;

/** Ninth pass: another cause named only to be denied ("rather than with manufacturing") is not a polite cause. */
const OTHER_CAUSE_DENIED =
  /\b(?:rather\s+than|instead\s+of|and\s+not|not)\s+(?:with\s+|to\s+|from\s+|by\s+)?(?:a\s+|the\s+|any\s+)?(?:manufactur\w*|factory|design|defect\w*|faulty\s+\w+|fault\s+with\s+the\s+\w+|machine|kettle|product|appliance|grinder|unit)\b/g;

/** Her contacts as an act that can be counted: complaining, returning, claiming. */
const CONTACT_ACT =
  /\b(?:complain(?:s|ed|ing|ts?)?|complainers?|returns?|returning|returners?|returned|refunds?\s+(?:requests?|claims?)|claims?|disputes?|chargebacks?|(?:sent|send|sends|sending)\s+(?:\w+\s+){0,2}back)\b/;
/** How much of that act: a frequency or a pattern. */
const FREQUENCY =
  /\b(?:pattern\s+of|frequency\s+of|how\s+(?:often|many(?:\s+times)?|frequently)|number\s+of|rate\s+of|repeated(?:ly)?|continued|continual|constant(?:ly)?|frequent(?:ly)?|persistent(?:ly)?|excessive(?:ly)?|too\s+many|lots?\s+of|a\s+lot|high\s+(?:number|volume|rate|frequency|level)|multiple|serial|every\s+(?:single\s+)?(?:[a-z-]+\s+){1,2}(?:you|she|he)\s+(?:make|makes|made|send|sends|sent|raise|raises|raised|log|logs)|keeps?\s+(?:on\s+)?\w+ing|kept\s+\w+ing|history\s+of|misuse\s+of|abuse\s+of|regular(?:ly)?|habitual(?:ly)?)\b/;
/** Watched or made to cost her: monitored, counted, noted, reviewed, restricted. */
const WATCHED =
  /\b(?:monitor(?:s|ed|ing)?|keep(?:s|ing)?\s+(?:an\s+eye|a\s+close\s+eye|track|tabs|a\s+(?:note|record|count|tally|log))|kept\s+(?:an\s+eye|track|tabs)|eye\s+on|track(?:s|ed|ing)?|record(?:s|ed|ing)?|log(?:s|ged|ging)?|note\s+of|noted|flag(?:s|ged|ging)?|review(?:s|ed|ing)?|looked\s+at|look(?:s|ing)?\s+(?:at|into)|subject\s+to|affect(?:s|ed)?|result(?:s)?\s+in|lead(?:s)?\s+to|restrict\w*|suspen\w+|clos(?:e|ed|ure)\s+(?:of\s+)?(?:your|the|their|her|his|accounts?)|block\w*|bann(?:ed|ing)|limit(?:s|ed|ing)?|eligib\w*|consequences?|see\s+what\s+happens|on\s+(?:your|her|his|their|the\s+customer's)\s+(?:file|record|account)|(?:problems?|issues?)\s+(?:for|with|on)\s+(?:your|her|his|their)\s+account|count(?:s|ed|ing)?)\b/;
/** Whose contacts: a person (her, customers, accounts), not goods ("products that get returned a lot"). */
const CONTACT_PERSON =
  /\b(?:you|your|u|she|he|her|his|cust|customers?|people|accounts?|buyers|shoppers|users|members|clients|those\s+who|anyone\s+who|returners?|complainers?)\b/;
const GOODS_RETURNED =
  /\b(?:products?|machines?|items?|goods|models?|units?|parcels?|orders?|kettles?|grinders?|batch(?:es)?)\s+(?:that|which)\s+(?:get|gets|are|is|were|come|comes)\b/;
/** What makes watching polite: for her benefit, denied, or her own request. */
const WATCH_POLITE =
  /\b(?:so\s+(?:that\s+)?(?:you|u|we|it|this|the\s+team|they)\s+(?:can|don't|doesn't|do\s+not|does\s+not|won't|never)|you\s+can\s+(?:check|track|see)|let\s+you\s+know|for\s+your\s+(?:records|reference|security|protection)|to\s+(?:help|make\s+sure|ensure|improve|speed)|(?:no|without|won't|will\s+not|doesn't|does\s+not|don't|do\s+not|never|isn't|is\s+not|aren't|are\s+not|not)\s+(?:\w+\s+){0,3}(?:limit|affect|count|held|penal\w*|restrict\w*|review|block|monitor|track|record|flag)|if\s+you\s+(?:have|want|wish|'d\s+like|would\s+like)|courier|damaged|faulty|thank\w*|our\s+(?:replies|responses|emails|calls|service|team))\b/;

/** The customer reduced to a category: an age, a type, "your lot". */
const CATEGORY = String.raw`(?:\b(?:you|your)\s+lot\b(?!\s+(?:of|number|no\b))|\b(?:customers?|people|folk|users|buyers|someone|anyone|those)\s+(?:of|in|like|from)\s+(?:your|her|his|their)\s+(?:type|sort|kind|ilk|demographic|age(?:\s+group)?|generation|category|bracket)\b|\b(?:people|folk|customers|someone|somebody|anyone|those|users)\s+(?:of\s+)?(?:your|her|his|their)\s+age\b|\b(?:your|her|his|their|this|that)\s+(?:age\s+group|demographic|generation)\b(?!\s+of)|\b(?:typical|classic)\s+(?:of\s+)?(?:pensioner|boomer|oap|granny|grandad|gran|old\s+(?:dear|boy|man|woman|lady|codger)|millennial|gen\s+z|student|karen|(?:this|that|her|his|their|your)\s+(?:age\s+group|lot|sort|type|kind|generation|demographic))\b|\b(?:sweet\s+)?old\s+dear\b|\bone\s+of\s+(?:the|those|our)\s+(?:regular\s+|usual\s+|serial\s+)?(?:moaners?|whingers?|complainers?|time-?wasters?|chancers?)\b)`;
/** A slip of hers, then "they always do": her act made the habit of a class. */
const SLIP = String.raw`(?:wrong(?:ly)?|fat-?finger\w*|mistyp\w*|misread|misspel\w*|forgot(?:ten)?|lost|dropped|broke(?:n)?|didn't|never|can't|couldn't|mixed\s+up|muddled|messed\s+up|ignored|skipped|overfilled)`;
const THEY_ALWAYS = String.raw`,?\s*(?:like\s+|as\s+)?they\s+(?:always|usually|all|normally|generally|invariably|never|tend\s+to)(?:\s+(?:do|does|did|are|have|seem\s+to))?\b`;

STRUCTURES.push(
  {
    id: "tone.customer-as-category",
    keys: [
      "you lot",
      "your lot",
      "your type",
      "your sort",
      "your kind",
      "your ilk",
      "her type",
      "her sort",
      "her kind",
      "his type",
      "his sort",
      "his kind",
      "their type",
      "their sort",
      "their kind",
      "demographic",
      "your age",
      "her age",
      "his age",
      "their age",
      "age group",
      "generation",
      "category",
      "bracket",
      "typical",
      "classic",
      "old dear",
      "moaner",
      "whinger",
      "complainer",
      "waster",
      "chancer",
    ],
    cue: /\blot\b|type|sort|kind|ilk|demographic|\bage\b|generation|category|bracket|typical|classic|old\s+dear|moaner|whinger|complainer|waster|chancer/,
    kind: "complain",
    label: "dismissive",
    re: mk(CATEGORY),
    unless: /\b(?:thank|love|loyal|valued|welcome|discount|offer|free)\w*\b/,
    why: "Reduces the customer to a category (an age group, a type, 'your lot') instead of dealing with her as a person.",
  },
  {
    id: "tone.they-always-do",
    keys: [
      "they always",
      "they usually",
      "they all",
      "they normally",
      "they generally",
      "they invariably",
      "they never",
      "they tend",
    ],
    cue: /they\s+(?:always|usually|all|normally|generally|invariably|never|tend)/,
    kind: "complain",
    label: "dismissive",
    re: mk(
      String.raw`\b(?:she|he|cust(?:omer)?|caller|client|you|(?:mr|mrs|ms|miss)\.?\s+[a-z][a-z'-]+)(?:'s|'ve|\s+has|\s+have|\s+had|\s+is|\s+was)?\s+(?:\w+\s+){0,3}?${SLIP}\b[^.!?;]{0,60}?${THEY_ALWAYS}`,
    ),
    why: "Turns the customer's slip into the habit of a class ('…, they always do'): a put-down of her kind, not a record.",
  },
);

/** Mock praise (not thanks): what a sarcastic agent says to an adult who did something trivial. */
const MOCK_PRAISE = String.raw`(?:well\s+done|congratulations|congrats|bravo|good\s+job|gold\s+star|look\s+at\s+you|genius|clever\s+(?:you|girl|boy))`;
/** Something any adult can find: the switch, the plug, the instructions. */
const TRIVIAL = String.raw`(?:(?:the|an?|your)\s+(?:(?:on|off|power|start|big|red|green)\s+)?(?:switch|button|plug|socket|lid|instructions|manual|leaflet|box|spam\s+folder|inbox|settings|login\s+page|log-?in\s+page|email|app)|how\s+to\s+(?:read|switch|plug|open|log\s+in|use\s+(?:it|the\s+app)))`;
/** Information she should have read, said to have been there all along. */
const INFO = String.raw`(?:instructions?|manual|guide|information|info|details|warning|label|leaflet|care\s+card|terms|policy|it|this|that|everything)`;
/** An ironic title for the customer as the subject of her act (a note's "Genius here tried…"). */
const IRONIC_TITLE = String.raw`(?:genius|einstein|sherlock|bright\s+spark|smart\s+cookie|mastermind|brainbox|rocket\s+scientist|his\s+lordship|her\s+ladyship|her\s+majesty|lady\s+muck)`;
/** Her problem in a formal register. */
const PROBLEM = String.raw`(?:delay|wait|problem|issue|scratch|dent|mark|damage|fault|inconvenience|difference|shortfall|noise|leak|loss)`;

STRUCTURES.push(
  {
    id: "tone.praise-for-the-obvious",
    keys: ["well done", "congrat", "bravo", "good job", "gold star", "look at you", "genius", "clever"],
    cue: /well\s+done|congrat|bravo|good\s+job|gold\s+star|look\s+at\s+you|genius|clever/,
    kind: "sarcasm",
    label: "dismissive",
    re: mk(
      String.raw`\b${MOCK_PRAISE}\b[,!.]?\s+(?:${YOU}(?:'ve|\s+have)?\s+)?(?:finally\s+|actually\s+|only\s+)?(?:found|worked\s+out|figured\s+out|discovered|managed\s+to\s+find|located|spotted|opened|read|plugged\s+in)\s+${TRIVIAL}\b`,
    ),
    why: "Sarcasm: mock praise for finding something any adult can find (the switch, the instructions).",
  },
  {
    id: "tone.pointed-correction",
    keys: ["in fact", "indeed", "clearly", "plainly"],
    cue: /in\s+fact|indeed|very\s+clearly|clearly|plainly/,
    kind: "belittle",
    label: "dismissive",
    re: mk(
      String.raw`\b(?:the\s+|our\s+|your\s+)?${INFO}\s+(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s*,?\s+)(?:(?:in\s+fact|indeed|very\s+clearly|clearly|plainly|always)\s*,?\s+)+(?:included|provided|supplied|enclosed|in\s+the\s+box|on\s+the\s+box|stated|explained|printed|written|there|attached|on\s+(?:the|our)\s+(?:website|site|box|label|order\s+page)|on\s+page)\b`,
    ),
    unless:
      /\b(?:but\s+(?:i've|we've|i\s+have|we\s+have|here)|missing|wrong|out\s+of\s+date|hard\s+to\s+find|easy\s+to\s+miss|too\s+small)\b/,
    why: "Corrects the customer pointedly ('the instructions were, in fact, included'): says she should have read them, without helping.",
  },
  {
    id: "tone.ironic-title",
    keys: [
      "genius",
      "einstein",
      "sherlock",
      "spark",
      "cookie",
      "mastermind",
      "brainbox",
      "rocket",
      "lordship",
      "ladyship",
      "majesty",
      "muck",
    ],
    cue: /genius|einstein|sherlock|spark|cookie|mastermind|brainbox|rocket|lordship|ladyship|majesty|muck/,
    kind: "sarcasm",
    label: "dismissive",
    re: mk(
      String.raw`^(?:p\.?s\.?\s+|note:\s+)?(?:our\s+|little\s+|mr\.?\s+|mrs\.?\s+|miss\s+)?${IRONIC_TITLE}\s+(?:(?:here|over\s+there|on\s+line\s+\w+)\s+(?:has\s+|had\s+|then\s+|now\s+|apparently\s+|decided\s+to\s+|only\s+went\s+and\s+)?[a-z]{2,}|(?:has\s+|had\s+|then\s+|now\s+|apparently\s+|decided\s+to\s+|only\s+went\s+and\s+)?(?!is\b|was\b|has\b)[a-z]+(?:ed|s))\b`,
    ),
    why: "Calls the customer by an ironic title ('Genius here tried…') in a note: mockery, not a record.",
  },
  {
    id: "tone.nobody-died",
    keys: ["died", "dead", "dying", "worse"],
    cue: /died|dead|dying|worse\s+things|could\s+(?:have\s+been|be)\s+(?:a\s+lot\s+|much\s+|far\s+)?worse/,
    kind: "minimise",
    label: "dismissive",
    re: mk(
      String.raw`\b(?:no(?:body|\s+one|-one)(?:'s|\s+has)?|it'?s\s+not\s+like\s+(?:any(?:one|body)|some(?:one|body)))\s+(?:actually\s+)?(?:died|dead|dying|(?:is|was)\s+going\s+to\s+die)\b|\bworse\s+things\s+happen(?:\s+at\s+sea)?\b|\bit\s+could\s+(?:have\s+been|be)\s+(?:a\s+lot\s+|much\s+|far\s+)?worse\b`,
    ),
    unless: /\b(?:glad|safe|relieved|thankfully|thank\s+goodness|hurt|injur\w*|fire|burn\w*|shock)\b/,
    why: "Minimises the customer's problem by setting it against a disaster ('nobody died', 'worse things happen').",
  },
  {
    id: "tone.deemed-insignificant",
    keys: ["considered", "deemed", "regarded", "classed", "judged", "seen as", "treated as"],
    cue: /considered|deemed|regarded|classed|judged|seen\s+as|treated\s+as/,
    kind: "minimise",
    label: "dismissive",
    re: mk(
      String.raw`\b${PROBLEM}\b[^.!?;]{0,40}?\b(?:is|was|are|were|has\s+been|would\s+be)\s+not\s+(?:considered|deemed|regarded\s+as|classed\s+as|judged|seen\s+as|treated\s+as)\s+(?:to\s+be\s+)?(?:significant|material|substantial|serious|major|excessive|unreasonable|sufficient)\b|\b${PROBLEM}\b[^.!?;]{0,40}?\b(?:isn't|wasn't|aren't|weren't)\s+(?:considered|deemed|regarded\s+as|classed\s+as|seen\s+as)\s+(?:to\s+be\s+)?(?:significant|material|substantial|serious|major|excessive|unreasonable)\b|\b${PROBLEM}\b[^.!?;]{0,40}?\b(?:considered|deemed|regarded\s+as|classed\s+as)\s+(?:to\s+be\s+)?(?:negligible|trivial|insignificant|minor|immaterial)\b`,
    ),
    unless: /\b(?:but|however|still|nevertheless|even\s+so|covered|refund\w*|replace\w*|compensat\w*)\b/,
    why: "Minimises the customer's problem in formal words ('not considered significant') and offers nothing for it.",
  },
  {
    id: "tone.simplified-for-you",
    keys: ["simple", "basic", "words", "easiest", "your understanding", "your comprehension", "your benefit"],
    cue: /simple|basic|small\s+words|easy\s+words|short\s+words|your\s+understanding|your\s+benefit/,
    kind: "belittle",
    label: "dismissive",
    re: mk(
      String.raw`\b(?:very|really|extra|super|nice\s+and|as|the)\s+(?:simple|simplest|basic|easy|easiest)\s+(?:terms|words|language|english|steps\s+possible)\b|\b(?:small|short|little|easy)\s+words\b|\b(?:to\s+(?:assist|aid|help|support)\s+your\s+(?:understanding|comprehension)|for\s+your\s+(?:benefit|understanding))\b[^.!?;]{0,80}?\b(?:simple|basic|plain|easy)\b`,
    ),
    unless:
      /\b(?:(?:our|the)\s+(?:instructions|manual|guide|terms|letter|email)\s+(?:was|were|is|are)\s+(?:confusing|unclear|too)|jargon|we\s+(?:should|could)\s+have|asked\s+(?:me|us)\s+to|as\s+you\s+asked|dyslexi\w*|screen\s+reader|large\s+print)\b/,
    why: "Talks down to the customer: simplifies 'in very simple terms' or 'small words' for her understanding.",
  },
  {
    id: "tone.have-to-accept-it",
    keys: ["accept", "live with", "put up with", "deal with", "get over", "lump"],
    cue: /accept|live\s+with|put\s+up\s+with|deal\s+with|get\s+over|lump/,
    kind: "dismiss",
    label: "dismissive",
    re: mk(
      String.raw`\b(?:${YOU}|she|he|they|customer|cust)(?:'ll|\s+will)?\s+(?:just\s+|simply\s+)?(?:have|has|need|needs)\s+to\s+(?:just\s+)?(?:accept|live\s+with|put\s+up\s+with|deal\s+with|get\s+over|lump)\s+(?:it|that|this|our\s+decision|the\s+(?:answer|decision|outcome))\b`,
    ),
    why: "Brushes the customer off: she will just have to accept it.",
  },
);

// ------------------------------------------------------------------------------------- ninth pass (session 37)
// The lead's remaining misses by kind (README, "Respect by meaning: ninth pass"): curt and formal brush-offs, ESL
// minimising and telling-off, mockery by "someone's…", and backhanded blame. Each is two parts (an act or target and
// the stance that makes it a put-down); the note shorthand and the care condition need sentence context and are read
// by `readNoteCategory` and `readCareCondition` below.

STRUCTURES.push(
  {
    id: "tone.bare-dismissal",
    keys: ["read the", "check the", "read your", "move on", "get over it", "let it go", "end of", "rtfm"],
    cue: /read|check|move\s+on|get\s+over|let\s+it\s+go|end\s+of|rtfm/,
    kind: "dismiss",
    label: "dismissive",
    re: mk(
      String.raw`^(?:just\s+)?(?:read|check)\s+(?:the|your)\s+(?:leaflet|manual|instructions|booklet|guide|faqs?|small\s+print|terms(?:\s+and\s+conditions)?|t&cs|care\s+card)(?:\s+(?:again|properly|first|next\s+time))?\s*[.!]*$|^(?:(?:just|please|so|now)\s+)?(?:move\s+on|get\s+over\s+it|let\s+it\s+go|rtfm)\s*[.!]*$|,\s*end\s+of(?:\s+(?:story|discussion|conversation))?\s*[.!]*$`,
    ),
    why: "Brushes the customer off in a bare command ('Read the leaflet.', 'Move on.', '…, end of.') with no help in it.",
  },
  {
    id: "tone.someone-is-moody",
    keys: ["someone", "somebody"],
    cue: /some(?:one|body)/,
    kind: "sarcasm",
    label: "dismissive",
    re: mk(
      String.raw`\bsome(?:one|body)(?:'s|\s+is|\s+has|\s+was)\s+(?:been\s+|had\s+|got(?:ten)?\s+(?:out\s+of\s+bed\s+)?|feeling\s+|being\s+)?(?:a\s+)?(?:(?:bit|little|tad|wee)\s+)?(?:grumpy|cranky|tetchy|stroppy|moody|touchy|ratty|snappy|narky|impatient|in\s+a\s+(?:hurry|rush|mood|strop|huff)|on\s+the\s+wrong\s+side|(?:grumpy|bad|cranky|rough|stroppy|moody)\s+(?:morning|day|week))\b|\bsome(?:one|body)(?:'s|\s+is)\s+(?:(?:very|so|a\s+bit|rather|quite|really)\s+)?(?:keen|eager|busy|persistent|determined)\b`,
    ),
    needs:
      /\b(?:grumpy|cranky|tetchy|stroppy|moody|touchy|ratty|snappy|narky|impatient|hurry|rush|mood|strop|huff|wrong\s+side|rough)\b|\b(?:\d+|two|three|four|five|six|another|third|fourth|fifth)\s+(?:\w+\s+)?(?:emails?|calls?|messages?|chasers?|complaints?|reminders?)\b/,
    unless: /\b(?:colleague|courier|driver|warehouse|team|our|we've|i've)\b/,
    why: "Mocks the customer as 'someone' who is grumpy or over-keen: talking about her, to her, like a child.",
  },
  {
    id: "tone.clear-enough-for-you",
    keys: ["enough for", "sufficiently for"],
    cue: /enough\s+for|sufficiently\s+for/,
    kind: "belittle",
    label: "dismissive",
    re: mk(
      String.raw`\b(?:clear|simple|plain|obvious|straightforward|easy)\s+enough\s+for\s+(?:you|u|her|him)\b(?!\s*(?:to\b|now\?|\?))|\bclarif(?:y|ies|ied)\s+(?:matters|things|it|this|the\s+(?:matter|position))\s+(?:sufficiently|enough)\s+for\s+(?:you|u)\b`,
    ),
    unless: /\?\s*$/,
    why: "Talks down to the customer: hopes it is now 'clear enough for you'.",
  },
  {
    id: "tone.no-further-correspondence",
    keys: [
      "further correspondence",
      "further discussion",
      "further communication",
      "further emails",
      "further messages",
    ],
    cue: /further\s+(?:correspondence|discussion|communication|emails|messages)/,
    kind: "dismiss",
    label: "dismissive",
    re: mk(
      String.raw`\bno\s+further\s+(?:correspondence|discussion|communication)\s+(?:will|shall|can)\s+be\s+(?:entered\s+into|responded\s+to|answered|replied\s+to|engaged\s+in)\b|\b(?:we|i)\s+(?:will|shall)\s+not\s+(?:be\s+)?(?:respond(?:ing)?|reply(?:ing)?|enter(?:ing)?)\s+(?:to|into)\s+(?:any\s+)?further\s+(?:correspondence|discussion|emails|messages)\b`,
    ),
    why: "Shuts the customer out ('no further correspondence will be entered into') instead of answering her.",
  },
  {
    id: "tone.did-not-see-fit",
    keys: ["see fit", "be bothered", "regrettable", "before", "prior to"],
    cue: /see\s+fit|be\s+bothered|regrettable|before|prior\s+to/,
    kind: "blame",
    label: "blame",
    re: mk(
      String.raw`\b(?:you|customer|cust|she|he|they)\s+(?:did\s+not|didn't|do\s+not|don't|does\s+not|doesn't|has\s+not|hasn't|have\s+not|haven't)\s+(?:\w+\s+)?see\s+fit\s+to\b|\bregrettable\s+that\s+(?:you|the\s+customer)\s+(?:did\s+not|didn't|failed\s+to|neglected\s+to|chose\s+not\s+to|omitted\s+to)\b|\b(?:you|customer|cust|she|he)\s+(?:did\s+not|didn't|failed\s+to|neglected\s+to|chose\s+not\s+to|omitted\s+to)\s+(?:\w+\s+){0,2}?(?:read|check|consult|look\s+at|follow)\b[^.;!?]{0,60}?\b(?:before|prior\s+to)\s+(?:contacting|complaining|emailing|calling|ringing|raising|writing|getting\s+in\s+touch|getting\s+on\s+to)\b`,
    ),
    why: "Blames the customer for not reading or checking before contacting us ('did not see fit to read the guidance').",
  },
  {
    id: "tone.complains-too-much",
    keys: ["complain", "moan", "whing", "grumbl", "chasing"],
    cue: /complain|moan|whing|grumbl|chasing/,
    kind: "complain",
    label: "dismissive",
    re: mk(
      String.raw`\b(?:you|u|she|he|customer|cust|they)\s+(?:are\s+|is\s+|keeps?\s+(?:on\s+)?|always\s+|just\s+|do\s+|does\s+)?(?:complain(?:s|ing|ed)?|moan(?:s|ing|ed)?|whing(?:e|es|eing|ed)|grumbl(?:e|es|ing|ed)|chasing)\s+(?:(?:so|far|way)\s+)?(?:too\s+(?:much|often|a\s+lot|many\s+times)|so\s+much|all\s+the\s+time|constantly|non-?stop|every\s+(?:single\s+)?(?:week|day|time|month|five\s+minutes))\b`,
    ),
    unless: /\b(?:not|n't|never|right\s+to|entitled|welcome)\b/,
    why: "Tells the customer she complains too much: her complaint becomes her fault.",
  },
  {
    id: "tone.big-fuss-over-small",
    keys: [
      "big problem",
      "big fuss",
      "big deal",
      "big drama",
      "big issue",
      "big thing",
      "huge fuss",
      "huge deal",
      "huge problem",
      "massive fuss",
      "big a ",
      "huge a ",
      "massive a ",
    ],
    cue: /(?:big|huge|massive|great)\s+(?:a\s+)?(?:problem|fuss|deal|drama|issue|thing)/,
    kind: "minimise",
    label: "dismissive",
    re: mk(
      String.raw`\b(?:make|makes|making|made)\s+(?:so\s+|such\s+(?:a\s+)?|a\s+|this\s+)?(?:big|huge|massive|great)\s+(?:a\s+)?(?:problem|fuss|deal|drama|issue|thing)\s+(?:for|about|over|of|out\s+of)\s+(?:a\s+|such\s+a\s+|one\s+|this\s+|the\s+|only\s+a\s+|just\s+a\s+)?(?:small|little|tiny|minor|single|wee|one|bit\s+of|few)\b|\bwhy\s+(?:do\s+|does\s+|did\s+|are\s+|is\s+)?(?:you|u|she|he|the\s+customer|customer)\s+(?:\w+\s+)?(?:make|makes|making|made)\s+(?:so\s+|such\s+(?:a\s+)?|a\s+|this\s+)?(?:big|huge|massive)\s+(?:a\s+)?(?:problem|fuss|deal|drama|issue|thing)\b`,
    ),
    unless:
      /\b(?:i|we)\s+(?:[\w']+\s+){0,3}(?:make|making|made)\b|\b(?:not|n't|never)\s+(?:\w+\s+)?(?:make|making|made)\b/,
    why: "Minimises the customer's problem: she makes 'so big a fuss' over something small.",
  },
  {
    id: "tone.do-not-write-again",
    keys: ["again", "any more", "anymore", "the same question"],
    cue: /again|any\s*more|same\s+question/,
    kind: "dismiss",
    label: "dismissive",
    re: mk(
      String.raw`(?:^|[,;:-]\s*|\bplease\s+|\bkindly\s+)(?:don't|do\s+not|not\s+to|stop)\s+(?:(?:keep\s+)?(?:writ(?:e|ing)|email(?:ing)?|e-mail(?:ing)?|messag(?:e|ing)|ring(?:ing)?|call(?:ing)?|contact(?:ing)?|ask(?:ing)?|chas(?:e|ing))\s+(?:(?:us|me|in|about\s+(?:this|it))\s+){0,2}(?:again|any\s*more|the\s+same\s+(?:question|thing))|ask(?:ing)?\s+(?:us\s+|me\s+)?the\s+same\s+(?:question|thing))\b|\bnot\s+to\s+write\s+again\b`,
    ),
    unless:
      /\b(?:i'll|we'll|i\s+will|we\s+will|i'm\s+going\s+to|we're\s+going\s+to|no\s+need|won't\s+need|don't\s+need|needn't|worry|hesitate)\b/,
    why: "Tells the customer not to contact us again: shuts her out instead of answering.",
  },
  {
    id: "tone.exists-for-a-reason",
    keys: ["for a reason", "intentional", "deliberate", "on purpose", "mean to"],
    cue: /for\s+a\s+reason|intentional|deliberate|on\s+purpose|mean\s+to/,
    kind: "blame",
    label: "blame",
    re: mk(
      String.raw`\b(?:instructions?|manual|guide|guidance|rules?|warnings?|labels?|leaflet|booklet|care\s+card)\s+(?:do|really|actually|are\s+(?:actually|really)|is\s+(?:actually|really)|(?:really|actually)\s+(?:are|is))\s+(?:exist|there)\s+for\s+a\s+reason\b|\b(?:i'm|i\s+am)\s+sure\s+(?:it\s+(?:wasn't|was\s+not)|you\s+(?:didn't|did\s+not|weren't|were\s+not))\s+(?:\w+\s+){0,2}?(?:intentional|deliberate|on\s+purpose|mean\s+to|trying\s+to)\b[^.;!?]{0,12}?\bbut\s+(?:the\s+(?:instructions|manual|guide|label|warning)|you|your)\b`,
    ),
    why: "Blames in a backhanded concession ('I'm sure it wasn't intentional, but the instructions do exist for a reason').",
  },
  {
    id: "tone.line-under-at-last",
    keys: ["line under", "to bed", "the end of"],
    cue: /line\s+under|to\s+bed|the\s+end\s+of/,
    kind: "sarcasm",
    label: "dismissive",
    re: mk(
      String.raw`\b(?:draws?|drawing|drew)\s+a\s+line\s+under\s+(?:this|it|the\s+matter|things)|\bput(?:s|ting)?\s+(?:this|it|the\s+matter)\s+to\s+bed|\b(?:be|is)\s+the\s+end\s+of\s+(?:this|it|the\s+matter)\b`,
    ),
    needs: /\bat\s+(?:long\s+)?last\b|\bonce\s+and\s+for\s+all\b/,
    unless: /\bfor\s+you\b|\byou've\s+been\s+through\b/,
    why: "Impatience dressed as closure: hopes this ends her complaining 'at last' or 'once and for all'.",
  },
  {
    // redB's round 22 ask: our failed delivery laid on her as general advice ("when there's nobody home… the driver has
    // to leave it somewhere, so it's worth making sure someone's around on delivery day").
    id: "tone.be-in-for-delivery",
    keys: ["make sure", "making sure", "ensure", "ensuring"],
    cue: /mak(?:e|ing)\s+sure|ensur/,
    kind: "blame",
    label: "blame",
    re: mk(
      String.raw`\b(?:worth|best\s+to|important\s+to|(?:you|u)\s+(?:need|needs|should|must|have)\s+to|need\s+to|please|just)\s+(?:\w+\s+){0,2}?(?:making\s+sure|make\s+sure|ensur(?:e|ing))\s+(?:that\s+)?(?:someone|somebody|you|you're|you\s+are|someone's|somebody's|there's\s+someone|there\s+is\s+someone)\s+(?:is\s+|are\s+|will\s+be\s+|'s\s+)?(?:around|in|home|at\s+home|available|in\s+the\s+house|about|there|in\s+to\s+(?:take|receive|sign))\b`,
    ),
    needs:
      /\b(?:when|if|whenever)\s+(?:there's|there\s+is|nobody's|no\s+one's|nobody\s+is|no\s+one\s+is|you're|you\s+are|you\s+aren't|you're\s+not)\s+(?:nobody\s+|no\s+one\s+|not\s+)?(?:home|in|around|available|there|out)\b[^.;]{0,80}?\b(?:has\s+to|have\s+to|had\s+to|will|can\s+only|must)\s+(?:\w+\s+)?leave\b/,
    unless: /\b(?:sign(?:ature)?\s+for|signature|we'll|we\s+will|i'll|i\s+will|we've|i've)\b/,
    why: "Lays a failed delivery on the customer as general advice ('when there's nobody home… make sure someone's around').",
  },
  {
    // redA's round 22 ask: a named colleague run down to the customer ("our warehouse lad Dev got the depot wrong on
    // the label… He's had a word said to him"): the mistake is the shop's to own, not a colleague's to be blamed for.
    id: "tone.colleague-blamed",
    keys: [
      "lad",
      "lass",
      "girl",
      "boy",
      "bloke",
      "guy",
      "kid",
      "starter",
      "temp",
      "junior",
      "said to",
      "disciplin",
      "rocket",
      "telling-off",
      "reprimand",
      "pulled up",
      "coals",
    ],
    cue: /\b(?:lad|lass|girl|boy|bloke|guy|kid|starter|temp|junior)s?\b|said\s+to|disciplin|rocket|telling-off|reprimand|pulled\s+up|coals/,
    kind: "complain",
    label: "dismissive",
    re: mk(
      String.raw`\b(?:our|the|one\s+of\s+our|a)\s+(?:(?:new|warehouse|packing|delivery|despatch|dispatch|young|stores|office|saturday)\s+){0,2}(?:lad|lass|girl|boy|bloke|guy|kid|new\s+starter|temp|junior)s?\s+(?:[a-z]+\s+){0,2}?(?:got\s+(?:\w+\s+){1,4}?wrong|messed\s+(?:it\s+|this\s+|that\s+)?up|mixed\s+(?:it\s+|them\s+|the\s+\w+\s+)?up|cocked\s+(?:it\s+)?up|botched|forgot|misread|mislabell?ed|put\s+(?:\w+\s+){0,3}?wrong|didn't\s+bother|couldn't\s+be\s+bothered)\b|^(?:he's|she's|he\s+has|she\s+has)\s+(?:now\s+|since\s+|already\s+)?(?:had\s+a\s+word\s+said\s+to\s+(?:him|her)|been\s+(?:disciplined|given\s+a\s+(?:rocket|telling-off)|pulled\s+up\s+on\s+it|reprimanded|hauled\s+over\s+the\s+coals))\b`,
    ),
    unless:
      /\b(?:courier|driver|carrier|sorry|apolog\w*|our\s+(?:mistake|fault|error)|my\s+(?:mistake|fault))\b/,
    why: "Runs down a colleague to the customer (blaming them by name or telling her they have been disciplined) instead of owning the shop's mistake.",
  },
);

// ------------------------------------------------------------------------------------- tenth pass (session 38)
// Sarcasm by ironic certainty and by mock praise or mock surprise (README, "Respect by meaning: tenth pass"). Each is a
// stance (certainty, praise, surprise) joined to what makes it ironic: an exaggerated virtue or diligence of hers, her
// slip said never to have happened, a long delay called short, a mishap praised, her act greeted as a marvel.

/** A claim of certainty that opens its clause: "I'm sure", "no doubt", "surely", "of course", "we have every confidence". */
const CERTAIN = String.raw`(?:(?:i'm|i\s+am|im|me|we're|we\s+are)\s+(?:(?:so|quite|absolutely|completely|totally|very|just|100%)\s+)?(?:sure|certain|positive|confident|convinced)|(?:i've|i\s+have|we've|we\s+have|there's|there\s+is|i've\s+got|i\s+have\s+got)\s+(?:no|not\s+a|little)\s+(?:\w+\s+)?doubt|no\s+doubt|doubtless|undoubtedly|surely|of\s+course|obviously|naturally|(?:i|we)\s+(?:have|'ve\s+got)\s+(?:every|complete|total|full)\s+(?:confidence|faith)|(?:i|we)\s+(?:don't|do\s+not)\s+doubt)(?:\s+(?:that|whatsoever))?\s*,?\s+`;
/** The customer as the subject (or "someone as careful as you"), with the auxiliaries that follow. */
const CERTAIN_SUBJ = String.raw`(?:you|u|she|he|the\s+customer|cust|someone\s+as\s+[a-z-]+\s+as\s+(?:you|yourself|her|him))(?:'ve|'d|'re|'s|\s+have|\s+had|\s+has|\s+would|\s+are|\s+is|\s+were|\s+was|\s+did|\s+must\s+have|\s+will|'ll)?`;
/** Her slip, said never to have happened: "never made a mistake", "would never have dropped it". */
const NEVER_SLIP = String.raw`(?:never|not\s+once|never\s+once|never\s+ever|wouldn't\s+ever|would\s+never|wouldn't\s+dream\s+of)\s+(?:[a-z']+\s+){0,2}?(?:(?:made|make|makes|making)\s+(?:a|an|any|one|the\s+slightest|a\s+single)\s+(?:\w+\s+)?(?:mistake|error|slip)|overfill(?:ed|ing)?|drop(?:ped|ping)?|touch(?:ed|ing)?|misuse(?:d)?|mishandle(?:d)?|put(?:ting)?\s+(?!up\b)(?:it|them|that|the\s+\w+)|left\s+(?:it|the\s+\w+)|leave\s+(?:it|the\s+\w+)|forg[eo]t|ignored?|skip(?:ped)?|knock(?:ed)?|break|broke|damage(?:d)?|fiddled?|tamper(?:ed)?|use(?:d)?\s+(?:it|them|the\s+\w+)\s+(?:without|wrong|incorrectly)|got\s+(?:it|anything)\s+wrong|get\s+(?:it|anything)\s+wrong)\b`;
/** Her diligence, made absolute: "read every word", "followed the instructions to the letter", "checked it twice". */
const DILIGENCE = String.raw`(?:read|reading|follow(?:ed|ing)?|check(?:ed|ing)?|clean(?:ed|ing)?|measur(?:ed|ing)|descal(?:ed|ing)|stud(?:ied|ying)|look(?:ed|ing)?\s+after|fitt?(?:ed|ing)|register(?:ed|ing)|handl(?:ed|ing)|treat(?:ed|ing)|empt(?:ied|ying)|rins(?:ed|ing)|dr(?:ied|ying)|stor(?:ed|ing)|pack(?:ed|ing)|plugg(?:ed|ing))\s+(?:[a-z0-9'£$-]+,?\s+){0,6}?(?:every\s+(?:single\s+)?(?:word|line|page|step|time|day|use|week|month|instruction)|to\s+the\s+letter|cover\s+to\s+cover|word\s+for\s+word|line\s+by\s+line|perfectly|thoroughly|religiously|meticulously|scrupulously|impeccably|immaculately|flawlessly|twice|three\s+times|after\s+every\s+use|(?:very|so|really|ever\s+so|extremely)\s+carefully|exactly\s+as|in\s+full|as\s+you\s+(?:say|claim|tell\s+us)|so\s+you\s+say)\b`;
/** Her virtue, as a title or an intensified trait: "you're an expert", "the expert", "very very careful". */
const VIRTUE = String.raw`(?:(?:(?:a|an|the|such\s+an?|our\s+resident)\s+)(?:(?:real|total|absolute|true|great|leading|top)\s+)?(?:expert|pro|professional|authority|specialist|genius|perfectionist)|(?:(?:a|an|the|such\s+a)\s+)?(?:(?:very|so|really|ever\s+so|always|extremely|incredibly|terribly|most|super)\s+)+(?:careful|meticulous|organised|organized|diligent|thorough|responsible|attentive|conscientious|tech-savvy|savvy)|perfect|infallible|never\s+wrong|always\s+right)\b`;
/** Her virtue's subject: "you're", "she's", "you are". */
const VIRTUE_SUBJ = String.raw`(?:you're|youre|you\s+are|u\s+r|ur|she's|he's|she\s+is|he\s+is|you\s+must\s+be)`;
/** A stance of certainty turned on a coincidence ("I'm sure it's a total coincidence that…"). */
const COINCIDENCE = String.raw`(?:it's|it\s+is|it\s+was|that's|that\s+was|this\s+is)\s+(?:just\s+|all\s+|purely\s+|only\s+)?(?:a\s+|an\s+)?(?:(?:total|complete|pure|sheer|mere|happy|utter|strange)\s+)?(?:coincidence|coincidental)\b`;
/** What makes ironic certainty sincere: the fault put on the product or on us, a remedy, a "but" that helps. */
const CERTAIN_SINCERE =
  /\b(?:fault|faulty|defect\w*|known\s+(?:issue|problem)|not\s+(?:down\s+to\s+)?you\b|nothing\s+you|so\s+(?:(?:i've|i\s+have|we've|we\s+have|i'll|we'll|i\s+will|we\s+will)\s+(?!leave\b|let\s+you\b)|it's|it\s+is|it\s+must)|replace\w*|refund\w*|on\s+us|our\s+end|but\s+(?:i|we|it|the|here|could|can|would|page|this|that's|if)\b|the\s+(?:problem|cause|issue)\s+(?:is|was|must\s+be)|must\s+be\s+(?:a|the)\s+(?:fault|part|seal|batch)|thank\w*|made\s+(?:this|it|that)\s+(?:so\s+)?(?:easy|easier|quick|quicker|simple)|helped|helpful)/;

/** Praise that opens a sentence, the stance of mock praise. */
const PRAISE_OPEN = String.raw`(?:well\s+done|bravo|congratulations|congrats|nice\s+(?:work|one|going)|good\s+(?:job|work|going|effort)|great\s+(?:work|job|stuff|effort)|top\s+marks|gold\s+star|brilliant|amazing(?:\s+(?:effort|work|stuff))?|impressive|fantastic|excellent|marvellous|wonderful|(?:ten|10)\s+out\s+of\s+(?:ten|10)|round\s+of\s+applause|way\s+to\s+go|look\s+at\s+you|a\s+triumph|what\s+an\s+achievement)`;
/** A long delay called short ("it only took a month"), or a mishap achieved ("you've managed to lock yourself out"). */
const PRAISED_FAILING = String.raw`(?:(?:it\s+)?(?:only|just)\s+took\s+(?:you\s+|her\s+|him\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a\s+couple\s+of|several|a\s+few)\s+(?:\w+\s+)?(?:weeks?|months?|years?|fortnights?|emails?|calls?|attempts?|goes|tries|reminders?|chasers?)|took\s+(?:you|her|him)\s+long\s+enough|(?:you've|you\s+have|you|she's|she\s+has|he's|he\s+has)\s+(?:\w+\s+)?managed\s+to\s+(?:lock|break|lose|delete|block|cancel|crack|jam|flood|burn|melt|snap|wipe|damage|drop|spill|brick|shatter|blow|trip|scratch|dent|bend|mix)\b|(?:only\s+)?(?:a|one|two|three|four|five|six|\d+)\s+(?:weeks?|months?|days?)\s+late\b)`;
/** A mock marvel that opens a sentence: "shock horror", "fancy that", "who'd have thought", "well look at that". */
const MOCK_MARVEL = String.raw`(?:shock\s*,?\s*horror|surprise\s*,?\s*surprise|quelle\s+surprise|colou?r\s+me\s+(?:shocked|surprised|amazed|stunned)|well\s+i\s+never|fancy\s+that|who(?:'d|\s+would)\s+have\s+(?:thought|guessed|known|believed)(?:\s+it)?|who\s+(?:could|would)\s+have\s+(?:predicted|guessed|foreseen|imagined|thought|known)|never\s+saw\s+that\s+coming|(?:well\s*,?\s*)?there's\s+a\s+first)`;
/** Milder marvels, warm as often as not ("look at that, you found it!"): only with "after all", "at last", "eventually". */
const MILD_MARVEL = String.raw`(?:(?:well\s+)?(?:would\s+you\s+)?look\s+at\s+that|well\s*,?\s*well(?:\s*,?\s*well)?|lo\s+and\s+behold|what\s+do\s+you\s+know|who\s+knew)`;
/** Her act or its consequence after the marvel (a mock marvel at good news for her is banter, not a put-down). */
const MARVEL_TARGET =
  /\b(?:(?:you|she|he|the\s+customer|cust)(?:'ve|'d|\s+have|\s+had|\s+did|\s+actually|\s+finally)?\s+(?:[a-z]+ed|read|put|left|forgot|broke|found|did|didn't|never|actually|finally|managed|worked|got)|leaving|putting|dropping|overfilling|ignoring|forgetting|not\s+reading|(?:was|been|is|got)\s+left|actually|plugged|after\s+all|at\s+last|eventually|in\s+the\s+end)\b/;

STRUCTURES.push(
  {
    id: "tone.ironic-certainty",
    keys: [
      "sure",
      "certain",
      "positive",
      "confiden",
      "convinced",
      "doubt",
      "of course",
      "obviously",
      "naturally",
      "faith",
    ],
    cue: /sure|certain|positive|confiden|convinced|doubt|of\s+course|obviously|naturally|faith/,
    kind: "sarcasm",
    label: "dismissive",
    re: mk(
      String.raw`\b${CERTAIN}(?:${CERTAIN_SUBJ}\s+(?:(?:[a-z']+\s+){0,2}?(?:${NEVER_SLIP}|${DILIGENCE})|${NEVER_SLIP})|${VIRTUE_SUBJ}\s+${VIRTUE}|${COINCIDENCE})`,
    ),
    unless: CERTAIN_SINCERE,
    why: "Sarcasm by ironic certainty: 'I'm sure you've never made a mistake', 'no doubt you followed the instructions to the letter', 'of course, you're the expert' says the opposite of what it says.",
  },
  {
    id: "tone.mock-praise-for-a-failing",
    keys: [
      "done",
      "bravo",
      "congrat",
      "nice",
      "good",
      "great",
      "marks",
      "star",
      "brilliant",
      "amazing",
      "impressive",
      "fantastic",
      "excellent",
      "marvellous",
      "wonderful",
      "out of",
      "applause",
      "way to go",
      "look at you",
      "triumph",
      "achievement",
    ],
    cue: /took|managed|late/,
    kind: "sarcasm",
    label: "dismissive",
    re: mk(String.raw`^\s*(?:(?:oh|well|wow)\s*,?\s+)?${PRAISE_OPEN}\b[^.!?;]{0,60}?\b${PRAISED_FAILING}`),
    why: "Sarcasm by mock praise: a long delay called quick ('Bravo, it only took a month') or a mishap praised ('Nice work, you've managed to lock yourself out again').",
  },
  {
    id: "tone.mock-marvel",
    keys: [
      "horror",
      "surprise",
      "colour me",
      "color me",
      "i never",
      "fancy that",
      "have thought",
      "have guessed",
      "have known",
      "have believed",
      "have predicted",
      "have foreseen",
      "have imagined",
      "who knew",
      "coming",
      "look at that",
      "well, well",
      "well well",
      "behold",
      "you know",
      "a first",
    ],
    cue: /horror|surprise|colou?r\s+me|i\s+never|fancy\s+that|have\s+(?:thought|guessed|known|believed|predicted|foreseen|imagined)|who\s+knew|coming|look\s+at\s+that|well\s*,?\s*well|behold|do\s+you\s+know|a\s+first/,
    needs: MARVEL_TARGET,
    kind: "sarcasm",
    label: "dismissive",
    re: mk(
      String.raw`^\s*(?:(?:oh|well|wow|ah)\s*,?\s+)?(?:${MOCK_MARVEL}(?:\s*[,!:.-]+\s*|\s+)(?:that\s+)?(?=[a-z])|${MILD_MARVEL}(?:\s*[,!:.-]+\s*|\s+)(?=[^.!?]*\b(?:after\s+all|at\s+(?:long\s+)?last|eventually|in\s+the\s+end|finally)\b))`,
    ),
    // a marvel at good news for her is banter, not a put-down ("Who knew, you've earned a free bag!")
    unless:
      /\b(?:what\s+a\s+(?:lovely|nice|pleasant|happy|wonderful)\s+surprise|must\s+have\s+been|thank\w*|good\s+news|great\s+news|lovely|free|prize|reward|points|treat|enjoy|winner|won|congrat\w*|delighted|pleased|happy)\b/,
    why: "Sarcasm by mock surprise: 'Shock horror, the kettle left on the hob has melted', 'Who could have predicted that leaving it out in the rain would hurt it'.",
  },
);

// ---------------------------------------------------------------------------------- eleventh pass (session 39)
// Mock gratitude, mock apology and mock help, eager promises undone, minimising by a small sum or a silver lining, and
// blame by implying misuse (README, "Respect by meaning: eleventh pass"). Each is a stance (thanks, an apology, an offer,
// a shrug, a norm) joined to what turns it: her delay thanked, her patience made endless, her standards called too high,
// help offered with a task any adult can do, a loss priced at pennies, damage said not to come from normal use.

/** Thanks that opens its clause: "Thanks so much for", "Many thanks for", "Cheers for", "We really appreciate you". */
const THANKS_FOR = String.raw`(?:(?:many|huge|big)\s+thanks|thanks|thank\s+you|cheers|ta|(?:i|we)\s+(?:really\s+|do\s+|truly\s+)?appreciate(?:\s+(?:you|it))?|(?:i'm|i\s+am|we're|we\s+are)\s+(?:so\s+|very\s+|truly\s+)?grateful)(?:\s+(?:so|ever\s+so|very)\s+much)?(?:\s+indeed)?\s+(?:(?:to\s+you\s+)?for\s+|that\s+you\s+)?`;
/** A time she let pass, as the object of "until": "the 29th day", "the last minute", "the very end", "now". */
const LATE_TIME = String.raw`(?:the\s+)?(?:very\s+)?(?:last|final|\d+(?:st|nd|rd|th)|[a-z]+(?:th|st|nd|rd)|eleventh|end|deadline|day\s+before|now|today|this\s+week|the\s+weekend)\b[^.!?;]{0,20}?(?:day|days|week|weeks|month|months|minute|hour|deadline|now|today|moment|end|year)?`;
/** Her telling, reply or return, done late: the act thanked. */
const TOLD_US = String.raw`(?:letting\s+us\s+know|telling\s+us|getting\s+back(?:\s+to\s+us)?|replying|responding|writing\s+back|sending\s+(?:it|them|that|the\s+\w+|your\s+\w+)(?:\s+back)?|returning\s+(?:it|them|the\s+\w+)|mentioning\s+(?:it|this|that)|reporting\s+(?:it|this|that)|getting\s+in\s+touch)`;
const SPAN = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a\s+few|a\s+couple\s+of)\s+(?:whole\s+|full\s+)?(?:days?|weeks?|months?|years?|fortnights?)`;
/** Thanks for her delay: waiting until the last day to tell us, taking three weeks to reply, telling us months later. */
const THANKED_DELAY = String.raw`(?:(?:waiting|leaving\s+it|holding\s+(?:off|on))\s+(?:right\s+)?(?:until|till|til|'til|up\s+to)\s+${LATE_TIME}\s*(?:to|before)\s+(?:tell|let|report|mention|contact|say|send|return|ring|call|email|e-mail|get\s+in\s+touch|reply|respond|inform|raise)|taking\s+(?:so\s+long|all\s+this\s+time|${SPAN})\s+to\s+\w+|${TOLD_US}\s+(?:only\s+|just\s+)?(?:${SPAN}\s+(?:later|after|on)|so\s+(?:late|long\s+after)|only\s+now))\b`;
/** Her virtue, thanked, then made endless by an aside of certainty ("which I'm sure is endless"). */
const THANKED_VIRTUE = String.raw`(?:your|all\s+your|the)\s+(?:\w+\s+)?(?:patience|understanding|co-?operation|kindness|input|feedback|thoughts|opinions?|advice|suggestions|wisdom|insights?|expertise|guidance|comments|time)\s*,?\s*(?:(?:which|that)\s+(?:i'm|i\s+am|we're|we\s+are|i've\s+no\s+doubt|i\s+know|no\s+doubt|clearly|obviously|surely)\s+(?:sure\s+|certain\s+)?(?:is|are|has\s+been|was|will\s+be|must\s+be)\s+(?:truly\s+|quite\s+|simply\s+)?(?:endless|infinite|boundless|limitless|inexhaustible|bottomless|never-?ending|legendary|unlimited|unending|saintly)|of\s+which\s+(?:i'm\s+sure\s+|no\s+doubt\s+|clearly\s+)?you\s+(?:clearly\s+|obviously\s+|surely\s+)?have\s+(?:plenty|so\s+much|loads|an\s+endless\s+supply|no\s+shortage))\b`;
/** Her standards called too high, as the object of a mock apology. */
const HER_STANDARDS = String.raw`(?:your|her|his|madam's|sir's)\s+(?:(?:very|so|such|rather|extremely|exceptionally|incredibly|impossibly|clearly|obviously|evidently|famously)\s+)*(?:high|exacting|lofty|discerning|refined|demanding|sky-?high|impeccable|particular|elevated|exquisite|rarefied)\s+(?:standards|expectations|tastes?|requirements|palate)`;
/** A task any adult can do, the object of an offer of help. */
const ADULT_TASK = String.raw`(?:open(?:ing)?\s+(?:the\s+|your\s+)?(?:box|parcel|package|packet|bag|lid|envelope|door|jar)|unwrap(?:ping)?|unbox(?:ing)?|plug(?:ging)?\s+(?:it|them|the\s+\w+)\s+in|(?:switch|turn)(?:ing)?\s+(?:it|them|the\s+\w+)\s+on|press(?:ing)?\s+(?:the\s+)?(?:\w+\s+)?button|find(?:ing)?\s+the\s+(?:(?:on|off|power|start)\s+)?(?:switch|button|plug|socket)|read(?:ing)?\s+(?:the\s+)?(?:label|box|instructions|manual|email|leaflet|sign)|lift(?:ing)?\s+the\s+lid|boil(?:ing)?\s+(?:the\s+)?(?:water|kettle)|ty(?:ing|e)\s+your\s+(?:shoe)?laces)`;
/** Her loss priced at pennies. */
const SMALL_SUM = String.raw`(?:(?:a\s+few|a\s+couple\s+of|couple\s+of|two|three|a)\s+(?:quid|pounds?)|a\s+(?:fiver|tenner)|a\s+few\s+(?:pence|pennies|bob)|pennies|peanuts|small\s+change|£\s?\d{1,2}(?:\.\d\d)?(?![\d.,]))`;
/** A shrug that tells her not to mind her loss ("not worth getting upset", "no point getting worked up"). */
const SHRUG = String.raw`(?:(?:hardly|not|isn't|is\s+not|barely|scarcely)\s+(?:really\s+)?worth\s+(?:getting\s+(?:upset|worked\s+up|annoyed|cross)|worrying|making\s+a\s+fuss|losing|complaining|fussing|kicking\s+up|all\s+this|the\s+(?:fuss|drama|stress))|no\s+point\s+(?:getting|being)\s+(?:upset|worked\s+up|annoyed|cross|angry))`;
/**
 * A milder shrug ("I wouldn't lose sleep over it", "I wouldn't worry about it"): reassurance to a worried caller as
 * often as not (dp-r18-liam-wont-wait-long, round 18), so a put-down only beside her loss priced small.
 */
const SOFT_SHRUG = String.raw`(?:(?:wouldn't|would\s+not|shouldn't|should\s+not|don't|do\s+not|no\s+need\s+to|not\s+worth|'d\s+not|would\s+never)\s+(?:\w+\s+)?(?:lose|losing)\s+(?:any\s+|much\s+)?sleep|(?:i|you)\s+(?:wouldn't|shouldn't|would\s+not|should\s+not)\s+(?:worry|stress|fret|get\s+(?:upset|worked\s+up))\s+(?:too\s+much\s+)?(?:about|over)\s+(?:it|that|this))`;
/** What makes a shrug kind: our remedy, her case set apart, a "but" that sides with her. */
const SHRUG_KIND =
  /\b(?:i've|we've|i'll|we'll|i\s+will|we\s+will|i\s+have|we\s+have|sorted|refund\w*|replace\w*|covered|enough|don't\s+need|isn't\s+needed|not\s+needed|still\s+(?:valid|covered|get|entitled)|but\s+(?:it's|you|i|we|it\s+still|that)|shouldn't\s+have)\b/;
/** A fault said to be small because the thing still works: the silver lining that minimises. */
const SILVER = String.raw`(?:(?:you've|you\s+have|you)\s+(?:still\s+)?(?:got|have)\s+(?:still\s+)?(?:a|an|your)\s+(?:\w+\s+)?(?:working|usable|functioning|functional|perfectly\s+(?:good|usable|working)|good)\s+\w+|at\s+least\s+(?:it|you|they|the\s+\w+)\s+(?:still\s+)?(?:works|work|got|have|has|boils|grinds|brews|turns\s+on)|(?:it|they|the\s+\w+)\s+still\s+(?:works|work|boils|grinds|brews|does\s+the\s+job|turns\s+on|makes\s+(?:coffee|tea))(?:\s+(?:fine|ok|okay|perfectly(?:\s+well)?|though))?)`;
const SHORTFALL = String.raw`(?:it's\s+|it\s+is\s+|they're\s+|that's\s+|it\s+|they\s+|that\s+|the\s+\w+\s+)?(?:just|only|merely|simply)\s+(?:(?:takes?|needs?)\s+(?:a\s+(?:bit|little|touch)\s+|slightly\s+)?(?:longer|more\s+time|a\s+while|ages|a\s+minute\s+more)|(?:is|are|looks?|sounds?|runs?|gets?|makes?\s+it)?\s*(?:a\s+(?:bit|little|touch|tad)\s+|slightly\s+)?(?:slower|louder|noisier|noisy|loud|slow|warmer|cooler|weaker|wobbly|stiff|uneven|scratched|marked|dented|chipped|different|worse|odd|cosmetic)|has\s+a\s+(?:small|little|tiny|slight)\s+(?:mark|scratch|dent|chip|crack|leak|wobble|rattle))`;
/** Damage said not to come from normal use: her misuse implied. */
const NOT_NORMAL_USE = String.raw`(?:(?:doesn't|does\s+not|don't|do\s+not|didn't|did\s+not|wouldn't|would\s+not|won't|will\s+not|can't|cannot|couldn't|could\s+not|isn't|is\s+not|aren't|are\s+not|never)\s+(?:just\s+|simply\s+|usually\s+|normally\s+)?(?:happen|occur|come\s+about|result|crack|break|chip|dent|snap|shatter|bend|burn|melt|scorch|warp|leak|get\s+like\s+(?:that|this)|end\s+up\s+like\s+(?:that|this)|look\s+like\s+(?:that|this)|caused|happen\s+like\s+that)\s+(?:\w+\s+){0,2}?(?:from|with|through|under|in|during|by|after|as\s+a\s+result\s+of)|(?:isn't|is\s+not|wasn't|was\s+not|not)\s+(?:consistent\s+with|typical\s+of|the\s+result\s+of))\s+(?:normal|ordinary|everyday|day-to-day|regular|proper|correct|careful|sensible|reasonable|standard|domestic|general|typical|gentle)\s+(?:use|usage|handling|wear|care|operation|domestic\s+use|household\s+use|wear\s+and\s+tear)|\b(?:consistent\s+with|typical\s+of|the\s+result\s+of|signs?\s+of)\s+(?:misuse|mishandling|rough\s+handling|(?:it\s+)?being\s+(?:dropped|knocked|mistreated|misused)|a\s+(?:drop|fall|knock)|user\s+damage)`;
/** What puts the cause elsewhere: a fault, transit, the courier, our remedy. */
const CAUSE_ELSEWHERE =
  /\b(?:fault|faulty|defect\w*|manufactur\w*|transit|courier|delivery|driver|in\s+the\s+post|warehouse|covered|replace\w*|refund\w*|repair\w*|on\s+us|our\s+end|batch|so\s+it\s+must|which\s+means\s+it's|not\s+(?:down\s+to\s+)?you)\b/;
/** The evidence looked for and not found: "no sign of misuse", "without any signs of a drop", "found no evidence of". */
const NO_SIGN_FOUND =
  /\b(?:no|without(?:\s+any)?|not\s+any|nor\s+any|zero|free\s+of|found\s+no|see\s+no|saw\s+no)\s+(?:\w+\s+)?(?:signs?|evidence|trace|indication)\s+of\b/;

STRUCTURES.push(
  {
    id: "tone.mock-thanks",
    keys: ["thank", "cheers", "appreciate", "grateful", "ta "],
    cue: /thank|cheers|appreciate|grateful|\bta\b/,
    kind: "sarcasm",
    label: "dismissive",
    re: mk(String.raw`\b${THANKS_FOR}(?:${THANKED_DELAY}|${THANKED_VIRTUE})`),
    unless:
      /\b(?:rather\s+than|still\s+(?:within|in\s+time)|in\s+(?:good\s+)?time|quickly|promptly|straight\s+away|so\s+soon|no\s+rush|no\s+hurry|as\s+(?:we|i)\s+asked|as\s+(?:requested|advised)|(?:we|i)\s+(?:took|were|kept)|our\s+(?:delay|fault)|tested|stretched)\b/,
    why: "Sarcasm by mock gratitude: thanks for her delay ('Thanks for waiting until the 29th day to tell us') or for a virtue made endless ('your patience, which I'm sure is endless').",
  },
  {
    id: "tone.mock-apology",
    keys: ["standards", "expectations", "taste", "requirements", "palate"],
    cue: /standards|expectations|taste|requirements|palate/,
    evenIfPolite: true,
    kind: "sarcasm",
    label: "dismissive",
    re: mk(
      String.raw`\b(?:sorry|apologies|apologise|apologize|forgive\s+us|pardon\s+us|(?:we|i)\s+regret)\b[^.!?;]{0,60}?\b(?:(?:wasn't|weren't|isn't|aren't|was\s+not|were\s+not|is\s+not|not|didn't|did\s+not|doesn't|does\s+not|couldn't|could\s+not|failed\s+to|fell\s+short\s+of)\s+(?:quite\s+|exactly\s+|entirely\s+|really\s+)?(?:up\s+to|meet|match|live\s+up\s+to|satisfy|good\s+enough\s+for|worthy\s+of|reach)|beneath|below|short\s+of)\s+${HER_STANDARDS}\b`,
    ),
    unless:
      /\b(?:our\s+(?:own\s+)?(?:standards|expectations)|and\s+ours|replace\w*|refund\w*|should\s+have|(?:we|i)\s+(?:got\s+it\s+wrong|let\s+you\s+down)|you\s+(?:rightly|quite\s+rightly|deserve))\b/,
    why: "Sarcasm by mock apology: sorry it was not up to her 'very high standards' blames her expectations, not the product.",
  },
  {
    id: "tone.mock-offer-of-help",
    keys: ["as well", "too", "also", "while i'm at it", "while we're at it"],
    cue: /as\s+well|\btoo\b|\balso\b|at\s+it/,
    kind: "belittle",
    label: "dismissive",
    re: mk(
      String.raw`\b(?:let\s+(?:me|us)\s+know|just\s+(?:ask|shout|say)|give\s+(?:me|us)\s+a\s+(?:shout|call|ring)|tell\s+me|do\s+you\s+(?:need|want)|would\s+you\s+like|shall\s+(?:i|we)|should\s+(?:i|we)|happy\s+to)\b[^.!?;]{0,30}?\b(?:(?:a\s+hand|help|assistance|me|us|someone)\s+(?:to\s+)?(?:(?:come|pop)\s+(?:round|over)\s+and\s+)?|(?:come|pop)\s+(?:round|over)\s+and\s+)(?:with\s+)?${ADULT_TASK}\b[^.!?;]{0,40}?\b(?:as\s+well|too|also|while\s+(?:i'm|we're)\s+at\s+it)\b`,
    ),
    unless:
      /\b(?:screen\s+reader|large\s+print|sight|visual|braille|dyslexi\w*|accessib\w*|talk\s+you\s+through|video)\b/,
    why: "Mock help: offering a hand with something any adult can do ('Let me know if you need a hand opening the box as well') talks down to her.",
  },
  {
    id: "tone.eager-then-never",
    keys: ["right on", "straight on", "jump on", "drop everything", "top priority", "first priority"],
    cue: /right\s+on|straight\s+on|jump|drop\s+everything|priority/,
    kind: "sarcasm",
    label: "dismissive",
    re: mk(
      String.raw`\b(?:i'll|i\s+will|we'll|we\s+will|i'm|we're|i\s+am|we\s+are)\s+(?:get(?:ting)?\s+(?:right|straight)\s+on(?:to)?|jump(?:ing)?\s+(?:right\s+)?on|drop(?:ping)?\s+everything(?:\s+for)?|mak(?:e|ing)\s+(?:it|that|this|you)\s+(?:my|our)\s+(?:top|number\s+one|first)\s+priority)\b[^.!?;]{0,24}?\b(?:(?:straight|right|just|immediately)\s+)?(?:after|behind|once|when|as\s+soon\s+as)\s+(?:(?:i've|i\s+have|we've)\s+(?:\w+\s+){0,2})?(?:the\s+other\s+(?:\d+|[a-z]+)|all\s+the\s+other|everyone\s+else|every\s+other|the\s+rest\s+of|(?:the\s+)?(?:\d+|[a-z]+ty|hundred|dozen|hundreds|dozens)\s+(?:other\s+)?(?:people|customers|emails|cases|complaints|tickets)|hell\s+freezes|pigs\s+(?:fly|can\s+fly)|i\s+(?:get|find)\s+a\s+(?:spare\s+)?(?:minute|moment|second))`,
    ),
    why: "Sarcasm: an eager promise ('I'll get right on that') undone by what follows ('straight after the other forty people').",
  },
  {
    id: "tone.small-loss-shrug",
    keys: ["sleep", "worth", "no point", "worry", "stress", "fret"],
    cue: /sleep|worth|no\s+point|worry|stress|fret/,
    kind: "minimise",
    label: "dismissive",
    re: mk(
      String.raw`\b${SHRUG}\b|\b${SOFT_SHRUG}\b(?=[^.!?;]{0,80}?${SMALL_SUM})|${SMALL_SUM}[^.!?;]{0,80}?\b${SOFT_SHRUG}\b`,
    ),
    unless: SHRUG_KIND,
    why: "Minimises her loss: a shrug ('I wouldn't lose sleep over it', 'not worth getting upset') with nothing done about it.",
  },
  {
    id: "tone.silver-lining",
    keys: ["still", "at least"],
    cue: /still|at\s+least/,
    kind: "minimise",
    label: "dismissive",
    re: mk(String.raw`\b${SILVER}\s*[,;:-]?\s*(?:(?:and|but|so)\s+)?${SHORTFALL}\b`),
    unless:
      /\b(?:replace\w*|repair\w*|refund\w*|covered|i'll|we'll|i've|we've|i\s+will|we\s+will|shouldn't|should\s+not|right\s+to|entitled|until|meantime|meanwhile|for\s+now)\b/,
    why: "Minimises the fault with a silver lining: it still works, it 'just takes a bit longer', so nothing is offered.",
  },
  {
    id: "tone.not-from-normal-use",
    keys: [
      "normal",
      "ordinary",
      "everyday",
      "day-to-day",
      "regular",
      "proper",
      "correct",
      "careful",
      "sensible",
      "reasonable",
      "standard",
      "domestic",
      "general",
      "typical",
      "gentle",
      "consistent",
      "result of",
      "sign of",
      "signs of",
    ],
    cue: /normal|ordinary|everyday|day-to-day|regular|proper|correct|careful|sensible|reasonable|standard|domestic|general|typical|gentle|consistent|result\s+of|signs?\s+of/,
    kind: "blame",
    label: "blame",
    re: mk(String.raw`\b${NOT_NORMAL_USE}\b`),
    // session 48: the sign looked for and not found ("element failed, no sign of misuse") clears her
    unless: new RegExp(`${CAUSE_ELSEWHERE.source}|${NO_SIGN_FOUND.source}`),
    why: "Blames by implication: damage that 'doesn't happen from normal use' says she misused it, without saying so.",
  },
);

// redA's round-24 ask (ASK-redA-to-respect): minimising by a lesser substitute, and her reaction or feeling inflated into
// a disaster, said of her in a note or to her in a reply.

/** A disaster her reaction is likened to. */
const DISASTER = String.raw`(?:(?:a|an|the|some\s+sort\s+of|some\s+kind\s+of)\s+)?(?:(?:medical|national|international|global|major|real|total|absolute|complete|full-?blown|personal|family)\s+)?(?:emergency|disaster|catastrophe|tragedy|crisis|calamity|trauma|bereavement|death\s+in\s+the\s+family|end\s+of\s+the\s+world|matter\s+of\s+life\s+(?:and|or)\s+death|life\s+(?:and|or)\s+death\s+(?:situation|matter)|crime\s+of\s+the\s+century|war\s+crime)`;
/** The hyperbole that makes a likened feeling mockery rather than empathy ("a national emergency"). */
const HYPERBOLE = String.raw`(?:(?:a|an|the)\s+)?(?:(?:medical|national|international|global|full-?blown|major)\s+(?:emergency|disaster|catastrophe|crisis|incident|tragedy)|state\s+of\s+emergency|crime\s+of\s+the\s+century|end\s+of\s+civili[sz]ation|war\s+crime)`;

STRUCTURES.push(
  {
    id: "tone.lesser-substitute",
    keys: [
      "not as if",
      "not like",
      "make do",
      "there's always",
      "there is always",
      "can always",
      "could always",
    ],
    cue: /not\s+(?:as\s+if|like)|make\s+do|there(?:'s|\s+is)\s+always|(?:can|could)\s+always/,
    kind: "minimise",
    label: "dismissive",
    re: mk(
      String.raw`\b(?:it's|it\s+is|it\s+isn't|it's\s+not)\s+(?:not\s+)?(?:as\s+(?:if|though)|like)\s+(?:you're|you\s+are|you've\s+been|you\s+were|you'll\s+be|she's|he's|they're)\s+(?:\w+\s+)?(?:without|left\s+without|going\s+without|short\s+of|stuck\s+without)\b|\b(?:(?:you|she|he|they)(?:'ll|\s+will)?\s+(?:can|could)\s+(?:always\s+)?|(?:just\s+)?)make\s+do\s+with\b|\bthere(?:'s|\s+is)\s+always\s+(?:a|an|the|some|your)\s+[^.!?;]{1,60}?,\s*(?:isn't|is\s+n't)\s+there\b`,
    ),
    unless:
      /\b(?:(?:i|we)(?:'ll|\s+will|'ve|\s+have|'m|\s+am|'re|\s+are)\s+(?:\w+\s+){0,2}?(?:send|lend|loan|post|sending|lending|posting|sent|arrange)|loan|would\s+(?:a|an|it)\s+[^.!?;]{0,30}?help|so\s+(?:you're|you\s+are)\s+not\s+without|shouldn't\s+have\s+to|you\s+shouldn't)\b/,
    why: "Minimises her loss by pointing at a lesser substitute ('it's not as if you're without coffee', 'there's always a jar of instant, isn't there?', 'make do with the old one').",
  },
  {
    id: "tone.reaction-as-disaster",
    keys: [
      "treat",
      "acting",
      "acts",
      "acted",
      "carrying on",
      "making out",
      "makes out",
      "made out",
      "behaving",
      "reacting",
      "going on",
      "went on",
      "goes on",
      "carried on",
      "carries on",
    ],
    cue: /treat|act(?:ing|s|ed)\s+like|carrying\s+on|mak(?:ing|es)\s+out|made\s+out|behaving|reacting|going\s+on|went\s+on|goes\s+on|carrie[sd]\s+on/,
    kind: "belittle",
    label: "dismissive",
    re: mk(
      String.raw`(?:^|\b(?:customer|cust|caller|client|she|he|they|you|you're|she's|he's|they're|is|are|was|were|been|keeps?|kept)\s+)(?:(?:still|just|really|honestly|basically)\s+)?(?:treat(?:ing|s|ed)?\s+(?:[\w'-]+\s+){1,5}?(?:like|as\s+if\s+it\s+(?:was|were|is))|(?:act(?:ing|s|ed)?|carry(?:ing)?\s+on|carries\s+on|carried\s+on|behav(?:ing|es|ed)|react(?:ing|s|ed)|go(?:ing|es)\s+on|went\s+on)\s+(?:(?:about\s+(?:it|this|a\s+[\w\s]{1,20}?)\s+)?like|as\s+if|as\s+though)(?:\s+(?:it's|it\s+is|it\s+was|it\s+were|this\s+is|there's\s+been|there'd\s+been|there\s+had\s+been))?|mak(?:ing|es)\s+out\s+(?:(?:that\s+)?(?:it's|it\s+is|it\s+was|this\s+is))?|made\s+out\s+(?:(?:that\s+)?(?:it's|it\s+was|this\s+was))?)\s+${DISASTER}\b`,
    ),
    unless:
      /\b(?:because\s+(?:her|his|their)|vulnerab\w*|disab\w*|medical\s+(?:need|condition|equipment|device)|(?:we|i)(?:'re|\s+are|'m|\s+am)\s+treating|rightly|understandabl[ey]|fair\s+enough)\b/,
    why: "Belittles her reaction by likening it to a disaster ('treating a late order like a medical emergency', 'acting like it's the end of the world').",
  },
  {
    id: "tone.feeling-inflated",
    keys: ["feel like", "feels like", "seem like", "seems like", "felt like"],
    cue: /(?:feel|feels|felt|seem|seems)\s+like/,
    kind: "sarcasm",
    label: "dismissive",
    evenIfPolite: true,
    re: mk(
      String.raw`\b(?:must|might|may|probably|no\s+doubt|surely)?\s*(?:feel|feels|felt|seem|seems)\s+like\s+${HYPERBOLE}\b`,
    ),
    why: "Sarcasm: her feeling inflated into a disaster ('must feel like a national emergency') makes light of what she has lost.",
  },
);

// ----------------------------------------------------------------------------------- twelfth pass (session 40)
// README, "Respect by meaning: twelfth pass". Each structure is a stance (praise, sympathy, a preface, others held up,
// the world's troubles, a repeat of what was said) joined to what turns it against her (a truth nobody needs telling, a
// trifle, a basic precondition, others who fared fine, her problem made small, a pointed marker). The stance alone is
// what a good agent writes too, so it never decides.

/** Praise of her insight or detective work ("top marks", "brilliant deduction", "what a sharp eye"). */
const INSIGHT_PRAISE = String.raw`(?:top\s+marks|gold\s+star|full\s+(?:marks|credit)|(?:ten|10)\s+out\s+of\s+(?:ten|10)|(?:(?:brilliant|excellent|great|nice|impressive|fine|superb|masterful|remarkable|stunning)\s+)?(?:bit\s+of\s+)?(?:deduction|detective\s+work|sleuthing|powers\s+of\s+(?:observation|deduction)|observation|reasoning)|what\s+(?:a|an)\s+(?:sharp|keen|eagle|observant)\s+(?:eye|mind)|(?:sharp|keen|eagle)[- ]eyed|well\s+(?:observed|deduced|reasoned|worked\s+out)|nothing\s+gets\s+past\s+you|give\s+yourself\s+a\s+pat\s+on\s+the\s+back|(?:credit|kudos|hats\s+off|full\s+points)\s+to\s+you|(?:well|good|nice)\s+spotted|(?:good|great|nice)\s+(?:spot|catch)|elementary|genius|sherlock|einstein|bravo|well\s+done|congratulations|congrats)`;
/** Her act of finding something out. */
const DISCOVERY = String.raw`(?:work(?:ing|ed)\s+out|realis(?:ing|ed)|realiz(?:ing|ed)|notic(?:ing|ed)|clock(?:ing|ed)|discover(?:ing|ed)|figur(?:ing|ed)\s+out|spott(?:ing|ed)|deduc(?:ing|ed)|find(?:ing)?\s+out|found\s+out|twigg(?:ing|ed)|cotton(?:ing|ed)\s+on(?:\s+to)?|grasp(?:ing|ed)|establish(?:ing|ed)|learn(?:ing|ed|t))`;
/** What is found out is a general law of how things work, not a fact of her case ("a machine won't heat up when…"). */
const GENERAL_LAW = String.raw`(?:\b(?:when|whenever|unless|without|with\s+no)\b|\bno\s+\w+\s+in\b|\bbefore\s+it\b|\b(?:means|needs?|does\s+need|won't|will\s+not|can't|cannot|doesn't\s+work|comes?\s+out|goes\s+in|go\s+in)\b)`;
/** Sympathy made grand ("my heart goes out", "I can only imagine the suffering", "what a trial"). */
const GRAND_SYMPATHY = String.raw`(?:how\s+(?:dreadful|awful|terrible|horrendous|tragic|ghastly|distressing|harrowing|traumatic|trying)\s+for\s+you|my\s+heart\s+(?:goes\s+out|bleeds|breaks)|(?:i\s+)?can\s+(?:only|hardly|barely|scarcely)\s+imagine\s+(?:the|your|what\s+a)\s+(?:\w+\s+)?(?:suffering|hardship|anguish|agony|torment|ordeal|trauma|horror|distress|privation|sacrifice)|(?:what|such)\s+(?:a|an)\s+(?:terrible\s+|dreadful\s+|awful\s+)?(?:trial|ordeal|hardship|torment|cross\s+to\s+bear|burden|struggle|tragedy|trauma|sacrifice)|it\s+must\s+be\s+(?:so\s+|terribly\s+|awfully\s+|incredibly\s+|very\s+|dreadfully\s+)?(?:hard|difficult|tough|trying|awful|a\s+struggle|a\s+trial)|(?:oh\s+)?(?:you\s+)?poor\s+(?:you|thing|soul|lamb)|how\s+(?:did|do|will|would|can|could)\s+you\s+(?:ever\s+)?(?:cope|manage|survive|bear\s+it|go\s+on)|spare\s+a\s+thought|thoughts\s+and\s+prayers)`;
/** What the grand sympathy is about is a trifle or a luxury ("reduced to drinking instant", "a shade warmer"). */
const TRIFLE = String.raw`(?:\b(?:reduced|forced|made)\s+to\b|\bhaving\s+to\s+(?:use|walk|wait|drink|open|make|carry|go|get|settle|pour|boil|stir|press|lift|reach)\b|\blike\s+the\s+rest\s+of\s+us\b|\b(?:only|just)\s+(?:having\s+)?the\s+one\b|\b(?:a\s+)?(?:shade|touch|tad|fraction|smidge|degree|whisker|hair)\s+\w+er\b|\b(?:slightly|marginally|a\s+(?:bit|little))\s+(?:warmer|cooler|colder|later|slower|louder|weaker|paler|darker|smaller|frothier)\b|\ball\s+the\s+way\s+(?:to|across|down|up)\b|\b(?:single-origin|artisan|artisanal|speciality|specialty|luxury|gourmet|posh|fancy|hand-roasted|small-batch|designer)\b|\bdrinking\s+instant\b|\binstant\s+coffee\b|\bteaspoon\b)`;
/** A preface that says "you should know this" before an explanation. */
const SNEER_PREFACE = String.raw`(?:in\s+case\s+it\s+(?:wasn't|was\s+not|isn't|is\s+not)\s+(?:already\s+|quite\s+)?(?:obvious|self-evident)|if\s+it\s+(?:wasn't|isn't)\s+(?:already\s+)?obvious|in\s+case\s+you\s+(?:hadn't|haven't|didn't|had\s+not|have\s+not|did\s+not)\s+(?:already\s+)?(?:noticed|realised|realized|worked\s+(?:it|that)\s+out|figured\s+(?:it|that)\s+out|twigged|guessed)|(?:a\s+)?(?:quick|little|short|small|brief|basic)\s+lesson(?:\s+for\s+you)?|lesson\s+(?:one|number\s+one|1)|let\s+me\s+(?:explain|say|put|go\s+through)\s+(?:this|it|that)\s+(?:very\s+|really\s+|nice\s+and\s+)?slowly|(?:i'll|let\s+me|i\s+will)\s+spell\s+(?:it|this|that)\s+out(?:\s+for\s+you)?|in\s+words\s+of\s+one\s+syllable|news\s*flash|basic\s+(?:physics|maths|math|science|logic|common\s+sense))`;
/** A neutral preface that talks down only before a precondition any adult knows. */
const PLAIN_PREFACE = String.raw`(?:just\s+so\s+we're\s+(?:all\s+)?on\s+the\s+same\s+page|to\s+(?:be\s+)?clarify|to\s+be\s+(?:absolutely\s+|completely\s+|perfectly\s+)?clear|for\s+the\s+avoidance\s+of\s+(?:any\s+)?doubt|just\s+so\s+you(?:'re\s+aware|\s+know)|for\s+your\s+(?:information|reference)|as\s+a\s+(?:general\s+)?rule|as\s+a\s+reminder|a\s+reminder\s+that|remember\s+that|bear\s+in\s+mind)`;
/** A precondition any adult knows: water, beans or power before it works, posting before arriving. */
const BASIC_PRECONDITION = String.raw`(?:(?:needs?|has|have)\s+to\s+be\s+(?:some\s+|any\s+)?(?:water|beans|coffee|milk|power|electricity|plugged|switched|turned|in\s+(?:a|the)\s+(?:socket|tank|hopper|wall))|there\s+(?:needs|has)\s+to\s+be\s+(?:some\s+|any\s+)?(?:water|beans|coffee|milk|power|electricity)|(?:can(?:not|'t)|won't|will\s+not)\s+(?:\w+\s+){0,2}?(?:arrive|heat|work|grind|boil|brew|turn\s+on)\s+(?:before|until|unless|without)\s+(?:it(?:'s|\s+has|\s+is)?\s+(?:been\s+)?(?:posted|sent|dispatched|plugged|switched|filled)|(?:there's|there\s+is)\s+(?:some\s+)?(?:water|power|beans)|(?:some\s+)?(?:water|power|electricity|beans)))`;
/** Others held up as having fared fine (the contrast with her is left to her to draw). */
const OTHERS = String.raw`(?:(?:(?:nearly|almost|virtually|pretty\s+much)\s+)?(?:everyone|everybody)\s+else|every\s+other\s+(?:order|parcel|customer|buyer|owner|one|machine|unit|delivery|box|house|person)|(?:all|most|the\s+rest)\s+of\s+(?:the\s+)?(?:others|our\s+(?:other\s+)?(?:customers|buyers|subscribers|users))|(?:even\s+)?(?:our|the)\s+(?:other|newest|first-time|oldest|youngest|least\s+technical|elderly|older|regular|newer|eldest)\s+(?:customers|buyers|subscribers|users|owners|regulars)|even\s+(?:our|the|my)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:customers|buyers|subscribers|users|owners|regulars|grandparents?|grandmothers?|nan|gran|kids|children)|(?:thousands|hundreds|millions|dozens)\s+of\s+(?:our\s+|other\s+)?(?:customers|people|buyers|users|owners|subscribers)|(?:the\s+)?(?:\d+|[a-z]+ty|ten|twenty|hundred)\s+other\s+(?:people|customers|orders|parcels|houses|neighbours))`;
const FARED_FINE = String.raw`(?:without\s+(?:(?:getting|being|running\s+into|hitting|ever\s+getting)\s+(?:stuck|lost|confused|(?:a|any)\s+(?:problem|snag|issue|error|hitch))|a\s+(?:scratch|hitch|problem|murmur|fuss|hiccup|complaint|single\s+\w+)|any\s+(?:problems?|issues?|trouble|fuss|bother|help|difficulty|complaints?|hiccups?)|needing\s+(?:to\s+(?:ring|call|contact|email|phone)|help|us|a\s+(?:call|hand))|ringing|calling|phoning|complaint|issue|trouble)|(?:had|have|get|gets|got|getting|enjoyed|enjoy)\s+(?:years|months|ages|decades)\s+(?:of\s+(?:use|service|life)\s+)?out\s+of|(?:on|from)\s+(?:the\s+)?(?:first\s+(?:day|go|try|attempt)|day\s+one)|(?:has|have)\s+worked\s+(?:fine|perfectly|without)|(?:arrived|turned\s+up|got\s+there)\s+(?:fine|safely|intact|perfectly|in\s+one\s+piece|on\s+time)|(?:seem|seems)\s+to\s+(?:manage|cope|get\s+on)|(?:set|sets|get|gets)\s+(?:this|it|them|the\s+\w+(?:\s+\w+)?)\s+(?:up|going|working)\s+(?:fine|without|first)|(?:has|have)\s+(?:had\s+)?no\s+(?:problems?|issues?|trouble|complaints?))`;
/** The world's troubles, or other people's, set beside hers. */
const WORLD_WORSE = String.raw`(?:(?:bigger|worse|more\s+(?:important|serious|pressing))\s+(?:problems|things|issues|troubles|worries|tragedies)\s+(?:in\s+the\s+world|going\s+on\s+in\s+the\s+world|out\s+there|in\s+life)|(?:people|folk|families|children|kids)\s+(?:are|were)\s+(?:\w+\s+)?(?:losing|dying|starving|homeless|going\s+hungry|fleeing|suffering|queuing\s+at\s+food\s+banks)|(?:the\s+)?(?:hospitals?|a&e|food\s+banks?)\s+(?:are|is)\s+(?:\w+\s+)?(?:full|overflowing|overwhelmed|at\s+capacity)|there's\s+a\s+war\s+on|(?:with|given)\s+(?:everything|all\s+that|what's)\s+(?:(?:that's|that\s+is)\s+)?(?:going\s+on|happening|on)\s+(?:on\s+the\s+news|in\s+the\s+news|in\s+the\s+world|at\s+the\s+moment|right\s+now)|compared\s+(?:with|to)\s+what\s+(?:some|other)\s+(?:people|folk|families)|(?:some|other)\s+people\s+(?:are|have)\s+(?:going\s+through|got\s+real\s+problems|real\s+problems|it\s+(?:far\s+|much\s+)?worse)|in\s+the\s+grand\s+scheme(?:\s+of\s+things)?)`;
/** Her problem made small beside them. */
const MADE_SMALL = String.raw`(?:will\s+keep|can\s+wait|(?:barely|hardly|scarcely)\s+(?:registers?|matters?|counts?)|(?:isn't|is\s+not|won't|will\s+not)\s+(?:going\s+to\s+)?(?:make|top|be\s+on|trouble)\s+(?:anyone's|any|the|many)\s+(?:list|priorit\w*|radar)|is\s+nothing|(?:pales?|pale)\b|(?:isn't|is\s+not)\s+(?:much|a\s+lot|that\s+important|important|a\s+priority|worth)|(?:doesn't|does\s+not)\s+(?:really\s+)?matter|\bthan\s+(?:a|an|your|the|some|one)\b|perspective|(?:it's|it\s+is)\s+(?:only|just)\b|small\s+(?:beer|potatoes))`;
/** Having said it before. */
const SAID_BEFORE = String.raw`(?:once\s+(?:again|more)|yet\s+again|(?:as|like)\s+(?:i|we)\s+(?:have\s+|'ve\s+)?(?:already\s+)?(?:said|explained|stated|mentioned|told\s+you|advised|outlined|set\s+out|pointed\s+out|made\s+clear|confirmed)|as\s+(?:already|previously)\s+(?:\w+\s+)?(?:stated|explained|advised|mentioned|outlined|set\s+out|said|confirmed)|as\s+(?:stated|explained|advised|mentioned|outlined|set\s+out|confirmed)\s+(?:in\s+(?:my|our)|previously|before|earlier|above)|per\s+my\s+(?:last|previous|earlier)|to\s+(?:reiterate|repeat(?:\s+myself)?)|i\s+(?:repeat|reiterate)|for\s+the\s+(?:second|third|fourth|fifth|last|umpteenth|nth)\s+time)`;
/** A marker that makes the repeat pointed: clarity insisted on, a count, or her not having read it. */
const POINTED_REPEAT = String.raw`(?:for\s+(?:the\s+sake\s+of\s+)?clarity|to\s+be\s+(?:absolutely\s+|completely\s+|perfectly\s+)?clear|for\s+the\s+avoidance\s+of\s+doubt|which\s+you\s+(?:may|might)\s+(?:not\s+have|have\s+missed|have\s+overlooked)|in\s+case\s+you\s+(?:missed|didn't|did\s+not)|(?:if\s+you|had\s+you)\s+(?:had\s+)?(?:read|looked)|\balready\s+(?:said|told|explained|stated|mentioned|covered|answered|set\s+out|confirmed|advised|written|outlined|been\s+over|gone\s+over)|\btwice\b|(?:three|four|five|several|many)\s+times|all\s+(?:two|three|four|five|six|\d+)\s+of\s+them|in\s+black\s+and\s+white|(?:very|quite|perfectly)\s+clear(?:ly)?|\b(?:clearly|plainly)\s+(?:stated|explained|set\s+out|said|written|laid\s+out|told)|as\s+i'm\s+sure\s+you(?:'ll)?\s+(?:recall|remember|know))`;
/** A note's contempt for the caller, in shorthand. */
const NOTE_CONTEMPT = String.raw`(?:(?<!\b(?:said|says|felt|feels|thinks|thought|called|described|found|finds)\b[^.!?;]{0,40})(?:a\s+)?(?:complete\s+|total\s+|utter\s+|right\s+)?waste\s+of\s+(?:a\s+(?:call|morning|afternoon|ticket|case|slot)|(?:my|our|everyone's|the\s+team's)\s+time|time\b(?!\s+for)|space|breath)|\((?:!{2,3}|\?!|!\?|sic)\)|\beye\s*-?roll\w*|\*\s*sighs?\s*\*|\bfacepalm\b|\bgive\s+me\s+strength\b|\bself-?(?:appointed|styled|proclaimed|declared)\s+(?:\w+\s+)?(?:expert|connoisseur|guru|barista|critic|authority|specialist|aficionado|snob)|\b(?:armchair|wannabe)\s+(?:expert|barista|lawyer|engineer)|\bknow-?it-?all\b|\bcoffee\s+snob\b|\blectured\s+(?:me|us|the\s+agent|my\s+colleague)|\bgave\s+(?:me|us)\s+a\s+(?:\w+\s+)?lecture|\b(?:humoured|humored|placated)\s+(?:her|him|them)\b|\bfobbed\s+(?:her|him|them)\s+off|\b(?:v\.?|very|so|a\s+bit|rather|quite|extremely|well|ever\s+so)\s+precious\s+about|(?:to\s+make\s+(?:her|him|them)\s+go\s+away|(?:so|to\s+make\s+sure)\s+(?:she|he|they)(?:'d|\s+would|'ll|\s+will)\s+(?:stop|quit)\s+(?:ringing|calling|emailing|moaning|complaining|whinging|going\s+on|pestering|phoning)|to\s+(?:shut|get\s+rid\s+of)\s+(?:her|him|them)(?:\s+up)?)|\b(?:cust(?:omer)?|caller|client|she|he|(?:mr|mrs|ms|miss)\.?\s+[a-z]+)\s*=\s*(?:hard\s+work|a\s+nightmare|nightmare|a\s+pain|pain|trouble|a\s+moaner|moaner|time-?waster|a\s+joke|nuts|mad|bonkers|loopy|crazy|hopeless))`;
/** A one-word guess at her motive or state, as a note's whole sentence ("Lonely?"). */
const NOTE_GUESS =
  /^(?:lonely|bored|drunk|tipsy|senile|confused\s+again|off\s+(?:her|his)\s+meds|nothing\s+better\s+to\s+do|too\s+much\s+time\s+on\s+(?:her|his|their)\s+hands|time\s+on\s+(?:her|his|their)\s+hands|attention-?seeking|wants\s+a\s+chat|needs\s+a\s+hobby|get\s+a\s+life)\s*[?!]+\s*$/;

STRUCTURES.push(
  {
    id: "tone.mock-praise-for-the-obvious",
    keys: [
      "marks",
      "gold star",
      "credit",
      "out of 10",
      "out of ten",
      "deduc",
      "detective",
      "sleuth",
      "observ",
      "reasoning",
      "eye",
      "nothing gets past",
      "pat on the back",
      "kudos",
      "hats off",
      "spot",
      "catch",
      "elementary",
      "genius",
      "sherlock",
      "einstein",
      "bravo",
      "well done",
      "congrat",
      "worked out",
    ],
    cue: /marks|star|credit|out\s+of|deduc|detective|sleuth|observ|reason|eye|past\s+you|pat\s+on|kudos|hats|spot|catch|elementary|genius|sherlock|einstein|bravo|well|congrat/,
    kind: "sarcasm",
    label: "dismissive",
    re: mk(
      String.raw`\b${INSIGHT_PRAISE}\b[^.!?;]{0,40}?\b${DISCOVERY}\b(?=[^.!?;]{0,70}?${GENERAL_LAW})|\b${INSIGHT_PRAISE}\b[^.!?;]{0,12}?[,:;-]\s*(?:yes|indeed|correct|quite\s+right|that's\s+right|you're\s+right)\b[,:]?\s+(?:the|a|an|it|they|that|this)\b(?=[^.!?;]{0,70}?${GENERAL_LAW})`,
    ),
    unless:
      /\b(?:help(?:ed|s|ful)?|sav(?:ed|es)|let\s+us|thanks\s+to|which\s+(?:meant|means|let|helped|showed)|because|our\s+(?:engineer|team|system|checks?|warehouse)|we'd\s+missed|we\s+(?:had|'d)\s+missed|we\s+hadn't|hadn't\s+spotted|i've|we've|i'll|we'll|refund\w*|replace\w*|fault\w*|defect\w*|so\s+(?:i|we)|thank\s+you)\b/,
    why: "Sarcasm: praise of her insight ('top marks', 'brilliant deduction') for finding out something any adult knows ('that a kettle with no water in it is empty').",
  },
  {
    id: "tone.mock-sympathy-for-a-trifle",
    keys: [
      "for you",
      "heart",
      "imagine",
      "trial",
      "ordeal",
      "hardship",
      "torment",
      "cross to bear",
      "burden",
      "struggle",
      "tragedy",
      "trauma",
      "sacrifice",
      "must be",
      "poor ",
      "cope",
      "manage",
      "survive",
      "bear it",
      "go on",
      "spare a thought",
      "thoughts and prayers",
    ],
    cue: /for\s+you|heart|imagine|trial|ordeal|hardship|torment|cross|burden|struggle|tragedy|trauma|sacrifice|must\s+be|poor|cope|manage|survive|bear|go\s+on|spare|prayers/,
    kind: "sarcasm",
    label: "dismissive",
    re: mk(
      String.raw`\b${GRAND_SYMPATHY}\b(?=[^.!?;]{0,90}?${TRIFLE})|${TRIFLE}[^.!?;]{0,60}?\b${GRAND_SYMPATHY}\b`,
    ),
    unless:
      /\b(?:i've|we've|i'll|we'll|i\s+have|we\s+have|i\s+will|we\s+will|let\s+me|rebook\w*|refund\w*|replace\w*|loan|sent|sending|taken\s+it\s+up|raised|our\s+(?:delay|fault|mistake|courier|driver)|courier|(?:our|the)\s+driver)\b/,
    why: "Sarcasm: grand sympathy ('my heart goes out to you', 'what a trial') for a trifle or a luxury ('reduced to drinking instant', 'a shade warmer than you'd like') mocks her complaint.",
  },
  {
    id: "tone.explains-the-obvious",
    keys: [
      "obvious",
      "self-evident",
      "in case you",
      "lesson",
      "slowly",
      "spell it out",
      "spell this out",
      "spell that out",
      "one syllable",
      "newsflash",
      "news flash",
      "basic ",
      "same page",
      "clarif",
      "clear",
      "avoidance of",
      "just so you",
      "for your",
      "as a rule",
      "general rule",
      "reminder",
      "remember that",
      "bear in mind",
      " means ",
      "which is your",
    ],
    cue: /obvious|self-evident|in\s+case\s+you|lesson|slowly|spell|syllable|news\s*flash|basic|page|clarif|clear|avoidance|just\s+so\s+you|for\s+your|rule|remind|remember|bear\s+in\s+mind|means|which\s+is\s+your/,
    kind: "belittle",
    label: "dismissive",
    re: mk(
      String.raw`\b${SNEER_PREFACE}\b|\b${PLAIN_PREFACE}\b[^.!?;]{0,70}?\b${BASIC_PRECONDITION}|["“'‘]([a-z]{4,})[a-z]*[.,]?["”'’]\s+(?:just\s+|simply\s+|literally\s+)?means\s+[^.!?;]{0,50}?\b\1|\bthe\s+([a-z]+)\s+you\s+[^,.!?;]{1,30},\s+(?:which|that)\s+(?:is|was)\s+your\s+(?:own\s+)?\2\b`,
    ),
    unless:
      /\b(?:because|since|otherwise|for\s+safety|safety|so\s+that|extension|fuse|rather\s+than|as\s+it\s+(?:draws|uses|needs))\b/,
    why: "Patronising: explains what any adult knows ('in case it wasn't obvious…', 'there needs to be water in the tank before the machine can make coffee', '\"delivered\" means it was delivered').",
  },
  {
    id: "tone.others-fared-fine",
    keys: [
      "else",
      "every other",
      "of the others",
      "of our",
      "other customers",
      "other buyers",
      "other subscribers",
      "other users",
      "other owners",
      "first-time",
      "newest",
      "oldest",
      "elderly",
      "older",
      "regular",
      "even our",
      "even the",
      "even my",
      "thousands",
      "hundreds",
      "millions",
      "dozens",
      "other people",
      "other orders",
      "other parcels",
      "other houses",
      "other neighbours",
    ],
    cue: /else|every\s+other|of\s+the\s+others|of\s+our|other|first-time|newest|oldest|elderly|older|regular|even|thousands|hundreds|millions|dozens/,
    kind: "blame",
    label: "blame",
    re: mk(String.raw`\b${OTHERS}\b[^.!?;]{0,70}?\b${FARED_FINE}`),
    unless:
      /\b(?:so\s+that|in\s+order\s+to|wants?|designed|built|aim\w*|hope\w*|(?:i've|we've|i\s+have|we\s+have)\s+(?:just\s+|now\s+|already\s+|also\s+)?(?:sent|refunded|replaced|arranged|booked|added|raised|issued|ordered|credited|posted|logged|passed|escalated|applied|put|included|attached|set)|i'll|we'll|i\s+will|we\s+will|let\s+me|happy\s+to|here's\s+how|nothing\s+you\s+did|not\s+(?:anything\s+)?(?:you|your)|so\s+(?:it|this)\s+(?:must|looks|sounds|seems|is)|must\s+be\s+(?:a|the|our)|unlucky|bad\s+luck|fault\w*|defect\w*|batch|replace\w*|refund\w*|repair\w*|covered)\b/,
    why: "Blames by implication: others who fared fine ('every other order in that van arrived without a scratch', 'even our first-time buyers get it going on the first day') leave her as the cause.",
  },
  {
    id: "tone.worse-elsewhere",
    keys: [
      "in the world",
      "out there",
      "in life",
      "losing",
      "dying",
      "starving",
      "homeless",
      "hungry",
      "fleeing",
      "suffering",
      "food bank",
      "hospital",
      "a&e",
      "war on",
      "news",
      "at the moment",
      "right now",
      "some people",
      "other people",
      "other families",
      "grand scheme",
    ],
    cue: /world|out\s+there|life|losing|dying|starving|homeless|hungry|fleeing|suffering|food\s+bank|hospital|a&e|war|news|moment|right\s+now|people|families|folk|grand\s+scheme/,
    kind: "minimise",
    label: "dismissive",
    re: mk(
      String.raw`\b${WORLD_WORSE}\b(?=[^.!?]{0,90}?${MADE_SMALL})|${MADE_SMALL}[^.!?]{0,60}?\b${WORLD_WORSE}\b`,
    ),
    unless:
      /\b(?:for\s+you|on\s+your\s+plate|matters?\s+to\s+you|(?:it|this|that|yours)\s+(?:still\s+)?matters|still\s+(?:important|deserves|counts)|doesn't\s+make\s+(?:it|this|yours)\s+any\s+less|(?:i|we)(?:'ll|\s+will|'ve|\s+have)\s+(?:\w+\s+){0,2}?(?:sort|fix|send|refund|replace|rebook)|let\s+me)\b/,
    why: "Minimises her problem by setting it beside the world's troubles ('there are bigger problems in the world than a scuffed box').",
  },
  {
    id: "tone.pointed-repeat",
    keys: [
      "once again",
      "once more",
      "yet again",
      "as i",
      "as we",
      "like i",
      "like we",
      "as already",
      "as previously",
      "as stated",
      "as explained",
      "as advised",
      "as mentioned",
      "as outlined",
      "as set out",
      "as confirmed",
      "per my",
      "reiterate",
      "repeat",
      "for the second",
      "for the third",
      "for the fourth",
      "for the fifth",
      "for the last",
      "umpteenth",
      "nth time",
    ],
    cue: /once|again|as\s+(?:i|we|already|previously|stated|explained|advised|mentioned|outlined|set|confirmed)|like\s+(?:i|we)|per\s+my|reiterate|repeat|for\s+the/,
    kind: "dismiss",
    label: "dismissive",
    re: mk(
      String.raw`\b${SAID_BEFORE}\b(?=[^.!?]{0,90}?${POINTED_REPEAT})|${POINTED_REPEAT}[^.!?]{0,60}?\b${SAID_BEFORE}\b`,
    ),
    unless: /\b(?:thank\w*|grateful|apologi\w*|sorry|i'm\s+afraid|my\s+mistake|happy\s+to|glad\s+to)\b/,
    why: "Passive-aggressive: says it has been said before ('once again', 'as set out in my previous reply') and makes the repeat pointed ('for clarity', 'twice', 'which you may not have read').",
  },
  {
    id: "tone.note-contempt",
    keys: [
      "waste of",
      "(!!",
      "(?!",
      "(!?",
      "(sic)",
      "eye roll",
      "eyeroll",
      "eye-roll",
      "sigh",
      "facepalm",
      "give me strength",
      "self-appointed",
      "selfappointed",
      "self-styled",
      "self-proclaimed",
      "self-declared",
      "armchair",
      "wannabe",
      "know-it-all",
      "know it all",
      "knowitall",
      "snob",
      "lectured",
      "lecture",
      "humoured",
      "humored",
      "placated",
      "fobbed",
      "precious about",
      "go away",
      "stop ringing",
      "stop calling",
      "stop emailing",
      "stop moaning",
      "stop complaining",
      "stop whinging",
      "stop going on",
      "stop pestering",
      "stop phoning",
      "shut her",
      "shut him",
      "shut them",
      "rid of her",
      "rid of him",
      "rid of them",
      "=",
    ],
    cue: /waste\s+of|\(|eye|sigh|facepalm|strength|self|armchair|wannabe|know|snob|lecture|humou?red|placated|fobbed|precious|go\s+away|stop|shut|rid\s+of|=/,
    kind: "complain",
    label: "dismissive",
    re: mk(NOTE_CONTEMPT),
    unless:
      /\b(?:her\s+words|his\s+words|in\s+(?:her|his|their)\s+words|not\s+a\s+waste|wasn't\s+a\s+waste|never\s+a\s+waste|don't\s+want\s+to\s+waste|waste\s+of\s+your)\b/,
    why: "Contempt for the customer in a note ('Waste of a call', '(!!)' after her complaint, 'self-appointed expert', 'refunded to make her go away') instead of a record of what happened.",
  },
  {
    id: "tone.easy-taunt",
    keys: [
      "wasn't so",
      "wasn't that",
      "wasn't too",
      "was not so",
      "isn't so",
      "isn't that",
      "grown-up",
      "grown up",
      "grownup",
    ],
    cue: /(?:wasn't|isn't|was\s+not|is\s+not)\s+(?:so|that|too)|grown-?\s?up/,
    kind: "belittle",
    label: "dismissive",
    re: mk(
      String.raw`\b(?:that|it|this)\s+(?:wasn't|isn't|was\s+not|is\s+not)\s+(?:so|that|too|very)\s+(?:hard|difficult|tricky|complicated|scary|taxing)\s*,?\s+(?:was|is)\s+it\b|\bgrown-?\s?up\s+(?:buttons?|words|settings?|machines?|kettles?|appliances?|version|bits|switch(?:es)?|app|controls?)\b`,
    ),
    why: "Patronising: a taunt after an easy task ('that wasn't so hard, was it?') or her treated as a child ('the grown-up buttons').",
  },
);

// redA's round-25 ask (ASK-redA-to-respect, session 40): blame implied through our own check ("it left us working, so
// something's changed at your end"), and a loss waved away as routine and harmless ("these things go astray from time
// to time, so no harm done").

/** Our side said to have been fine: tested, checked, or working when it left us. */
const LEFT_US_FINE = String.raw`(?:left\s+(?:us|them|our\s+(?:\w+\s+)?(?:centre|center|workshop|warehouse|engineers?|team|hands))\s+(?:\w+\s+){0,3}?(?:working|fine|perfectly|pulling\s+shots|in\s+(?:perfect|full|good)\s+(?:working\s+)?order)|(?:was|were)\s+(?:working\s+)?(?:fine|perfect|working(?:\s+perfectly)?)\s+when\s+(?:it|they)\s+left\s+(?:us|our\s+\w+)|passed\s+(?:all\s+)?(?:our|its|the|every)\s+(?:\w+\s+)?(?:tests?|checks?|inspections?)|(?:we|our\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:tested|checked|ran|run|runs|inspected|test|check|inspect)\s+(?:it|them|every\s+\w+|each\s+\w+|the\s+\w+|all\s+\w+)\b)`;
/** A change then put on her side. */
const CHANGED_HER_SIDE = String.raw`(?:at\s+your\s+end|(?:on|from)\s+your\s+(?:end|side)|since\s+(?:it\s+(?:reached|got\s+(?:back\s+)?to|arrived\s+(?:back\s+)?with|came\s+back\s+to)\s+you|you(?:'ve|\s+have)\s+had\s+(?:it|them)(?:\s+back)?)|in\s+(?:how|the\s+way)\s+(?:it(?:'s|\s+is|\s+has\s+been)|they(?:'re|\s+are|\s+have\s+been))\s+(?:being\s+)?(?:used|handled|treated|looked\s+after|cleaned|stored)|(?:something|anything)(?:'s|\s+has|\s+must\s+have|\s+may\s+have)\s+(?:\w+\s+)?(?:changed|happened|gone\s+on)\s+(?:since|at\s+yours|with\s+(?:it|the\s+machine)\s+since))`;
/** A failure told as routine. */
const ROUTINE_FAILURE = String.raw`(?:(?:go(?:es)?|went)\s+(?:astray|missing|walkabout)|get(?:s)?\s+(?:lost|mislaid|misrouted)|(?:these|such|those)\s+things\s+(?:do\s+)?(?:happen|go\s+wrong|go\s+astray)|(?:parcels?|orders?|deliveries|things)\s+(?:do\s+)?(?:happen|go\s+wrong|break))\s+(?:\w+\s+){0,2}?(?:from\s+time\s+to\s+time|now\s+and\s+(?:then|again)|every\s+so\s+often|every\s+now\s+and\s+then|occasionally|all\s+the\s+time|sometimes|quite\s+often|a\s+lot|regularly)`;
/** The loss then said to be nothing. */
const NOTHING_LOST = String.raw`(?:no\s+(?:real\s+)?harm\s+(?:done|caused)|no\s+(?:real|great|big)\s+(?:harm|loss)|nothing\s+(?:really\s+|much\s+)?lost|not\s+much\s+lost|easy\s+enough\s+to\s+(?:replace|send\s+again|resend|swap)|one\s+of\s+the\s+easi(?:er|est)\s+things\s+(?:for\s+us\s+)?to\s+(?:send|replace|resend)|no\s+big\s+loss|no\s+damage\s+done)`;

STRUCTURES.push(
  {
    id: "tone.left-us-working",
    keys: [
      "left us",
      "left our",
      "when it left",
      "when they left",
      "passed",
      "tested",
      "checked",
      "ran ",
      "run ",
      "runs ",
      "inspect",
      " test ",
      " check ",
    ],
    cue: /left\s+(?:us|our)|when\s+(?:it|they)\s+left|passed|test|check|\bran\b|\bruns?\b|inspect/,
    kind: "blame",
    label: "blame",
    re: mk(String.raw`\b${LEFT_US_FINE}[^.!?;]{0,160}?${CHANGED_HER_SIDE}`),
    unless:
      /\b(?:on\s+us|not\s+down\s+to\s+you|(?:nothing|not\s+anything)\s+(?:you|to\s+do\s+with\s+you)|our\s+end|more\s+annoying|frustrating|so\s+(?:it|this)\s+must\s+be\s+(?:a|the|our)|fault\s+(?:we|our)|covered)\b/,
    why: "Blames by implication: our check or our repair said to have left it working, then the change put on her side ('so something's changed at your end'). Within six months a fault is presumed present at delivery (CRA 2015 s.19(14)-(15)).",
  },
  {
    id: "tone.routine-no-harm",
    keys: ["harm", "lost", "loss", "easy enough", "easier thing", "easiest thing", "no damage"],
    cue: /harm|lost|loss|easy\s+enough|easi(?:er|est)\s+things?|damage/,
    kind: "minimise",
    label: "dismissive",
    re: mk(
      String.raw`\b${ROUTINE_FAILURE}\b[^.!?]{0,120}?\b${NOTHING_LOST}\b|\b${NOTHING_LOST}\b[^.!?]{0,80}?\b${ROUTINE_FAILURE}\b`,
    ),
    unless:
      /\b(?:didn't\s+need\s+to\s+apologi[sz]e|no\s+need\s+to\s+apologi[sz]e|for\s+chasing|your\s+(?:fault|mistake))\b/,
    why: "Minimises her loss: the failure told as routine ('these things go astray from time to time') and the loss as nothing ('so no harm done').",
  },
);

// Twelfth pass: our failure named and called normal ("late parcels happen to everyone"), the shape the reassurance
// excused above ("Don't worry, it happens to everyone" about her slip) must not hide.
STRUCTURES.push({
  id: "tone.failure-normalised",
  keys: ["happen"],
  cue: /happen/,
  kind: "minimise",
  label: "dismissive",
  re: mk(
    String.raw`\b(?:late|lost|missing|damaged|delayed|broken|faulty|crushed|dented|leaking|wrong|cracked|mixed-up|misdelivered)\s+(?:[\w-]+\s+)?(?:parcels?|deliveries|orders?|items?|kettles?|machines?|grinders?|boxes|packages?|things|ones|lids?|refunds?)\s+(?:do\s+|can\s+|will\s+|just\s+)?(?:happen|go\s+wrong)\s+(?:to\s+(?:everyone|everybody|all\s+of\s+us|us\s+all|the\s+best\s+of\s+us)|all\s+the\s+time|from\s+time\s+to\s+time|now\s+and\s+(?:then|again)|sometimes|occasionally|a\s+lot)\b`,
  ),
  unless:
    /\b(?:our\s+(?:fault|mistake|end)|on\s+us|shouldn't|should\s+not|not\s+good\s+enough|no\s+excuse)\b/,
  why: "Minimises our failure by calling it normal ('late parcels happen to everyone').",
});

// ------------------------------------------------------------------------------- thirteenth pass (session 41)
// The lead's independent check (session 40) still found four kinds missed: mock-heroic sympathy, condescension about
// her choice or skill, our failure reassured as normal across sentences, and mock praise for the obvious or her status.

/** A serious event named anywhere in the reply: grand words for it are sincere ("a real ordeal since the scald"). */
export const SERIOUS =
  /\b(?:scald\w*|burns\b|burned\s+(?:your|her|his|my)|injur\w*|hospital\w*|a&e|ambulance|surgery|operation|diagnos\w*|(?:fell|been|was|is|being|feeling|taken)\s+(?:very\s+|seriously\s+)?ill\b|illness|cancer|chemo\w*|stroke|heart\s+attack|bereave\w*|funeral|passed\s+away|died|death|grie(?:f|ving)|widow\w*|house\s+fire|flood(?:ed|ing)?|burgl\w*|accident|hospice|miscarr\w*|redundan\w*|evict\w*|electric\s+shock)\b/;
/** Courage and endurance praised: of an ordinary trouble, mock-heroic. */
const HEROIC = String.raw`(?:(?:salute|admire|commend|applaud|honour|honor|marvel\s+at|(?:take\s+my\s+)?hats?\s+off\s+to|(?:i'm|i\s+am|we're|we\s+are|stand)\s+in\s+awe\s+of|bow\s+(?:down\s+)?to|full\s+of\s+admiration\s+for)\s+(?:your|her|his|such)\s+(?:\w+\s+)?(?:courage|bravery|fortitude|resilience|stoicism|endurance|grit|heroism|valou?r|mettle|stamina|perseverance|stiff\s+upper\s+lip)|(?:such|what|the\s+sheer)\s+(?:bravery|courage|heroism|fortitude|valou?r|stoicism|grit)|(?:how|so|very|incredibly|truly|terribly|awfully)\s+brave|brave\s+of\s+you|you(?:'re|\s+are|'ve\s+been|\s+have\s+been)\s+(?:so\s+|very\s+|incredibly\s+|truly\s+|such\s+)?(?:brave|heroic|valiant|stoic|(?:a|an)\s+(?:real\s+|true\s+|absolute\s+)?(?:survivor|martyr|hero|heroine|warrior))|soldier(?:ed|ing|s)?\s+on|(?:truly|such|how|so|utterly|positively)\s+heroic|heroic(?:ally)?\s+(?:stuff|effort|endurance|patience)|valiant(?:ly)?|(?:a|the)\s+(?:medal|knighthood)|how\s+you(?:'ve|\s+have)?\s+(?:kept\s+going|coped|survived|carried\s+on|endured|borne\s+(?:it|up))|you(?:'ve|\s+have)\s+(?:endured|suffered|survived|weathered|borne)\s+(?:so\s+much|such|a\s+lot|more\s+than|the\s+(?:unimaginable|unthinkable))|(?:bravely|nobly|stoically|heroically)\s+(?:on|through|borne|endured|coped|carried|soldier\w*|put\s+up))`;
const GRAND_NOUN = String.raw`(?:ordeal|trial(?!\s+(?:period|offer|run|subscription|pack|size|version|bag|box))|tragedy|hardship|suffering|torment|trauma|calamity|catastrophe|heartbreak|woes?|anguish|agony|tribulations?|privations?|sacrifice|cross\s+to\s+bear)`;
const GRAND_ADJ = String.raw`(?:heartbreaking|heart-?rending|harrowing|tragic|traumatic|agonising|agonizing|unbearable|calamitous|catastrophic)`;
/** Grand words made ironic by their frame ("truly heartbreaking", "a tale of great suffering", "the trauma of a…"). */
const GRAND_IRONIC = String.raw`(?:(?:truly|utterly|positively|simply|genuinely|most)\s+(?:a\s+|an\s+)?(?:${GRAND_ADJ}|${GRAND_NOUN})|(?:a\s+)?tale\s+of\s+(?:\w+\s+)?(?:suffering|woe|hardship|tragedy|heartbreak|misery)|(?:untold|unimaginable|unspeakable|great|such)\s+(?:suffering|hardship|torment|anguish|privation)|(?:the|this|that|your)\s+(?:sheer\s+)?(?:trauma|ordeal|torment|tragedy|suffering|hardship|agony)\s+of\s+(?:a|an|the|your|having|being|\w+ing|one|two|three|four|a\s+few)\b)`;
/** Grand words as an exclamation or imagined ("what an ordeal", "I can only imagine the hardship", "a real hardship for"). */
const GRAND_EXCLAIMED = String.raw`(?:(?:what|such)\s+(?:a|an)\s+(?:\w+\s+)?${GRAND_NOUN}|can(?:'t|not|\s+only|\s+hardly|\s+barely|\s+scarcely)\s+(?:begin\s+to\s+)?(?:imagine|picture|fathom|conceive\s+of)\s+(?:the|your|such|what)\s+(?:\w+\s+){0,2}?${GRAND_NOUN}|(?:a|the)\s+(?:real|terrible|great|dreadful)\s+(?:hardship|ordeal|trial|tragedy|trauma|torment)\s+(?:for|of|to)\b)`;
/** Praise of her patience WITH US, or our failure owned: sincere even in grand words ("you deserve a medal for bearing with us"). */
const WITH_US =
  /\b(?:patien(?:ce|t)|with\s+us|bearing\s+with|put\s+up\s+with\s+us|(?:we've|we\s+have|we)\s+(?:put\s+you\s+through|let\s+(?:you|it|this)|kept\s+you|made\s+you)|our\s+(?:fault|mistake|error|delays?|courier|driver|team|service|muddle)|because\s+of\s+us|on\s+us)\b/;
/** Our own people as the heroes ("our drivers soldiered on through the snow"), not her. */
const STAFF =
  /\b(?:our|the)\s+(?:\w+\s+)?(?:drivers?|couriers?|team|staff|engineers?|colleagues?|warehouse|crew|roasters?|baristas?)\b/;
const REMEDY_HERE =
  /\b(?:i've|we've|i'll|we'll|i\s+have|we\s+have|i\s+will|we\s+will|let\s+me|refund\w*|replac\w*|rebook\w*|sent|sending|credited|compensat\w*)\b/;

// Her choice, skill or knowledge talked down.
const BEGINNER = String.raw`(?:beginner'?s'?|novice'?s?|starter|learner'?s|amateur'?s?|first-?timer'?s?|newbie'?s?|entry-?level|training-?wheels)`;
const CHOICE = String.raw`(?:option|choice|machine|model|grinder|kit|set-?up|coffee|route|method|product|pick|brewer|level|version|gear|equipment|one|thing|stuff)`;
/** Moving on from her choice, and the experience or readiness that would bring it ("once they know what they like"). */
const MOVE_ON = String.raw`(?:(?:move|moving|moved)\s+on|graduat\w+\s+(?:to|onto|on\s+to)|progress\w*\s+(?:to|on)|outgrow\w*|(?:want|need)\s+something\s+(?:better|more\s+serious|proper)|step\s+up\s+to)`;
const READY = String.raw`(?:once\s+(?:you|they|people|someone)(?:'ve|\s+have|'re|\s+are)?\s+(?:got\s+)?(?:(?:a\s+bit|a\s+little|some)\s+)?(?:more\s+)?(?:experience|know\s+(?:what|more|better)|learn\w*\s+more|(?:are\s+)?ready)|when\s+(?:you're|you\s+are|they're|they\s+are)\s+ready|as\s+(?:your|their)\s+(?:taste|palate|skills?|confidence|knowledge)\s+(?:grows?|develops?|matures?|improves?)|with\s+(?:a\s+bit\s+(?:of\s+)?|some\s+|a\s+little\s+)?(?:more\s+)?experience|when\s+(?:you|they)\s+know\s+(?:more|better|what\s+(?:you|they)\s+like))`;
/** What experience will show her ("you'll see why that setting was never going to work"). */
const SEE_WHY = String.raw`(?:you(?:'ll|\s+will)\s+(?:soon\s+)?(?:see|understand|realise|realize|appreciate)\s+(?:why|that|the\s+difference)|it(?:'ll|\s+will)\s+(?:all\s+)?make\s+sense)`;
/** Her understanding said to wait on more experience ("you'd understand if you'd been drinking proper coffee for longer"). */
const LONGER_EXPERIENCE = String.raw`(?:if\s+you(?:'d|\s+had)\s+been\s+\w+ing\b[^.!?;]{0,40}?\b(?:for\s+longer|longer|(?:for\s+)?a\s+(?:while|bit)\s+longer|as\s+long\s+as)\b)`;
const WOULD_SEE = String.raw`(?:you(?:'d|\s+would)\s+(?:understand|know|realise|realize|see|appreciate|get\s+it))`;
const RANK_HEDGE = String.raw`(?:really|just|more\s+of|a\s+bit\s+of|basically|only|strictly|very\s+much|essentially|still|mainly|mostly|generally\s+seen\s+as|considered|seen\s+as|thought\s+of\s+as)`;
/** Her mistake excused by her ignorance, asserted (not "if you're new to…"). */
const IGNORANT = String.raw`(?:(?:for|when|as|since|because|given(?:\s+that)?)\s+(?:you're|you\s+are|you've|you\s+have|you|someone|somebody|anyone|a\s+(?:person|customer|buyer|beginner|novice|newcomer|first-?timer))\s+(?:\w+\s+){0,2}?(?:not\s+(?:really\s+|very\s+|that\s+|much\s+of\s+)?(?:a\s+coffee\s+(?:person|drinker|lover)|technical|techy|tech-savvy|familiar|experienced|used\s+to|into\s+coffee)|new\s+to|unfamiliar\s+with|without\s+(?:much\s+)?(?:experience|knowledge|a\s+background)|less\s+(?:experienced|familiar|technical)|inexperienced|(?:a\s+)?(?:beginner|novice|newcomer|first-?timer|amateur)|(?:only\s+|just\s+)?starting\s+out|never\s+(?:used|owned|made)\s+(?:one|a|an)\b)|(?:someone|somebody|a\s+person)\s+(?:so\s+|quite\s+|relatively\s+|fairly\s+|completely\s+)?new\s+to)`;
/** Her feelings validated ("understandable to feel unsure when you're new to the app"), not her mistake excused. */
const FEELING_VALIDATED =
  /\b(?:(?:feel|feeling|find\s+it|be)\s+(?:a\s+bit\s+|a\s+little\s+|quite\s+)?(?:unsure|confused|daunted|overwhelmed|nervous|uncertain|lost|hesitant|wary)|to\s+(?:want|ask|expect|feel|be\s+(?:annoyed|upset|frustrated|cross|disappointed|angry|fed\s+up)))\b/;
const EXCUSED = String.raw`(?:understandable|forgivable|(?:an?\s+)?(?:easy|common|natural)\s+(?:thing|mistake|error|slip)|easy\s+to\s+(?:get\s+wrong|miss|mix\s+up|do)|to\s+be\s+expected|not\s+surprising|no\s+surprise|only\s+natural|natural\s+enough|(?:weren't|were\s+not)\s+to\s+know)`;
/** Other customers ranked above her by their expertise. */
const RANKED_OTHERS = String.raw`(?:(?:(?:more|most)\s+(?:experienced|knowledgeable|seasoned|advanced|sophisticated|discerning|serious|savvy)|serious|discerning|hardcore|die-?hard|seasoned|knowledgeable)\s+(?:(?:coffee|espresso|tea|home)\s+)?|(?:real|true|proper)\s+(?:coffee|espresso)\s+)(?:customers|drinkers|users|buyers|enthusiasts|lovers|regulars|connoisseurs|aficionados|people|folk|owners|subscribers|brewers|home\s+baristas)`;
/** Plain experience ranks her only with a verdict on her way ("experienced coffee lovers would never grind that fine"). */
const EXPERIENCED_VERDICT = String.raw`experienced\s+(?:(?:coffee|espresso|tea|home)\s+)?(?:customers|drinkers|users|buyers|enthusiasts|lovers|regulars|owners|home\s+baristas)\s+(?:\w+\s+)?(?:would\s+never|wouldn't|would\s+not|never|know\s+(?:to|not\s+to|better)|would\s+know)`;
const RANKED_CHOICE = String.raw`(?:go\s+for|went\s+for|prefer|choose|chose|opt\s+for|pick|buy|stick\s+(?:to|with)|use|avoid|steer\s+clear|skip|would\s+never|wouldn't|don't\s+bother|know|would\s+know|upgrade|move\s+on)`;
/** Other customers said to know better. */
const OTHERS_KNOW = String.raw`(?:most|all|many)\s+(?:of\s+)?(?:our\s+)?(?:regular\s+|other\s+|long-?standing\s+|experienced\s+)?(?:customers|regulars|users|owners|people|buyers|subscribers|drinkers)\s+(?:would|will|should|usually|generally|normally|already|tend\s+to)\s+(?:just\s+|already\s+)?(?:know|realise|realize|understand|be\s+aware|spot|remember)\s+(?:to|that|about|how|not)`;
const SIMPLE = String.raw`(?:simple|easy|straightforward|easy-?peasy|child's\s+play|a\s+doddle|a\s+piece\s+of\s+cake|a\s+breeze|idiot-?proof|fool-?proof|basic|common\s+sense|not\s+(?:difficult|hard|complicated|rocket\s+science))`;
const EASY_INTENSE = String.raw`(?:really|quite|very|actually|honestly|pretty|perfectly|all|dead|ever\s+so|super|incredibly|extremely|so|genuinely|truly|simply|literally)`;
const MASTERY = String.raw`(?:get(?:s)?\s+the\s+hang|got\s+the\s+hang|(?:understand|know|learn|grasp)\s+the\s+basics|know\s+what\s+you're\s+doing|(?:have\s+|'ve\s+)?done\s+it\s+(?:once|before)|read\s+the\s+(?:instructions|manual|guide)|get\s+used\s+to\s+it|got\s+the\s+knack|pay\s+attention|think\s+about\s+it)`;
/** Difficulty owned by the task or by us: the ease is then encouragement, not a put-down. */
const HARD_OWNED =
  /\b(?:fiddly|tricky|not\s+obvious|isn't\s+obvious|confusing|unclear|at\s+first|takes\s+(?:a\s+(?:little|bit\s+of)|some)\s+(?:practice|getting\s+used)|our\s+(?:instructions|guide|leaflet|manual|card|diagram|design|fault|mistake)|didn't\s+explain|should\s+have\s+explained|i'll\s+(?:walk|talk|take)\s+you|happy\s+to\s+(?:walk|talk|go|show))\b/;
const CHOICE_VALIDATED =
  /\b(?:too|also|as\s+well|like\s+you|same\s+as\s+you|good\s+company|swear\s+by|including\s+you|ideal|perfect|great|forgiving|recommend\w*|you'd\s+(?:love|like|enjoy))\b/;

// Mock praise for saying the obvious, and sarcasm about her supposed status.
const INSIGHT_OR_WORK = String.raw`(?:${INSIGHT_PRAISE}|(?:nice|good|great|excellent|brilliant|fine|impressive)\s+(?:work|job|going)|(?:sharp|keen|eagle)\s+eyes?(?:\s+on\s+you)?)`;
/** Her product's basic function said to fail: the fault she reported, not a detail she found. */
const APPLIANCE = String.raw`(?:kettle|toaster|machine|grinder|frother|maker|brewer|pot|cafeti[eè]re|press|mill|scales?|app|wand|pump|element|motor|appliance|unit|blender|jug|flask|heater|lamp)`;
const FUNC = String.raw`(?:work|boil|toast|grind|heat(?:\s+up)?|brew|froth|start|turn\s+on|switch\s+on|arrive|pour|power\s+on|spin|light\s+up|function|[a-z]+ing\b)`;
const NEG = String.raw`(?:won't|doesn't|does\s+not|will\s+not|isn't|is\s+not|wasn't|can't|cannot|didn't|never|aren't|don't)`;
const BASIC_FAILURE = String.raw`(?:(?:the|your|this|that)\s+(?:new\s+)?(?:[\w-]+\s+)?${APPLIANCE}\s+(?:${NEG}\s+(?:even\s+|actually\s+|really\s+)?[a-z]+|(?:is|was|'s)\s+(?:completely\s+|totally\s+)?(?:broken|dead|not\s+working|stone\s+cold))|(?:it|they)\s+${NEG}\s+(?:even\s+|actually\s+|really\s+)?${FUNC})`;
/** Her supposed refinement, a sneer by itself. */
const STATUS_SNEER = String.raw`(?:(?:used|accustomed)\s+to\s+(?:the\s+finer\s+things|(?:much\s+|far\s+|so\s+much\s+)?better(?:\s+things)?|the\s+(?:very\s+)?best|(?:such\s+)?luxury|the\s+high\s+life|the\s+good\s+life|champagne|five-?star)|(?:someone|a\s+(?:woman|man|lady|gentleman|person|customer))\s+of\s+your\s+(?:standing|stature|station|calibre|caliber|class|breeding|refinement|sophistication)|(?:your|such\s+an?|so|her|his)\s+(?:refined|distinguished|rarefied|aristocratic|superior|exquisite|cultivated|cultured)\s+(?:tastes?|palate|sensibilities|nose|tongue)|(?:roughing|slumming)\s+it|(?:your|her|his)\s+usual\s+(?:luxury|luxuries|finery|standards|champagne)|(?:a\s+)?come-?down\s+(?:from|for)\s+(?:you|your|someone|a\s+(?:woman|man|lady|gentleman|person))|how\s+the\s+other\s+half\s+lives|lady\s+muck|(?:your|her)\s+majesty)`;
/** Her refinement in words that may be sincere, with a frame that makes it a sneer (hardship, making do, our humble…). */
const STATUS_SOFT = String.raw`(?:(?:your|such\s+an?|so|her|his)\s+(?:discerning|sophisticated|exacting|expensive|delicate|particular)\s+(?:tastes?|palate|sensibilities|standards)|someone\s+(?:with|of)\s+your\s+(?:tastes?|palate|standards|taste))`;
const STATUS_FRAME =
  /\b(?:hard|hardship|difficult|tough|trial|ordeal|suffer\w*|cope|endure|make\s+do|put\s+up\s+with|comedown|come\s+down|humble|lowly|mere|couldn't\s+(?:meet|satisfy|live\s+up)|not\s+(?:good\s+enough|up\s+to)|beneath|lower\s+yourself|deign|stoop|poor\s+(?:you|thing))\b/;

/** Reassurance that it happens to everyone (about whatever the sentence before named). */
const NORMAL_FOR_ALL =
  /\b(?:it|this|that|these\s+things|things\s+like\s+(?:this|that)|such\s+things|stuff\s+like\s+(?:this|that))\s+(?:can\s+|do\s+|does\s+|will\s+)?happens?\s+(?:\w+\s+)?to\s+(?:everyone|everybody|all\s+of\s+us|us\s+all|the\s+best\s+of\s+us|anyone|anybody)\b/;
/** Our failure named: goods damaged, late or lost, our error, our courier or system. */
const OUR_FAILURE =
  /\b(?:late|delay\w*|held\s+up|lost|missing|damaged|broken|broke|faulty|crushed|dented|cracked|leak\w*|failed|stopped\s+working|(?:didn't|did\s+not|hasn't|has\s+not|never)\s+(?:go\s+out|arrive|turn\s+up|come|been\s+(?:sent|dispatched|posted))|charged\s+(?:you\s+)?twice|double[-\s]charg\w*|overcharg\w*|courier|(?:we|i)\s+(?:sent|lost|forgot|missed|charged|got|made|posted|packed|dispatched|mixed)|our\s+(?:mistake|error|system|team|warehouse|driver|courier|end|side|fault)|wrong)\b/;
/** Her own slip named: her typing, ordering, forgetting or fitting. */
const HER_SLIP =
  /\b(?:you(?:'d|\s+had)?|you've|you\s+have)\s+(?:\w+\s+)?(?:typed|entered|forgot|forgotten|ordered|put|picked|chose|chosen|selected|clicked|missed|mixed|used|left|dropped|gave|misread|mistyped|fitted|pressed|ticked|unticked|set|added)\b|\byour\s+(?:typo|slip|mistake)\b/;
const NORMAL_OWNED =
  /\b(?:shouldn't|should\s+not|not\s+good\s+enough|no\s+excuse|our\s+(?:fault|mistake)|on\s+us|not\s+acceptable|unacceptable)\b/;

/**
 * What excuses grand or heroic words for her trouble: something of ours owned or done in the sentence, a
 * serious event anywhere in the reply, or an apology beside it (tone.grand-exclaimed, tone.mock-feat).
 */
const MOCK_GRANDEUR_EXCUSED = {
  unless: new RegExp(`${WITH_US.source}|${REMEDY_HERE.source}`),
  unlessInReply: SERIOUS,
  unlessBeside: /\b(?:sorry|apologi[sz]e|apologies|our\s+(?:fault|mistake))\b/,
};
STRUCTURES.push(
  {
    id: "tone.mock-heroic",
    keys: [
      "brave",
      "hero",
      "courage",
      "survi",
      "endur",
      "suffer",
      "soldier",
      "trag",
      "ordeal",
      "trial",
      "hardship",
      "torment",
      "trauma",
      "agon",
      "heartbr",
      "heart-rend",
      "heartrend",
      "harrowing",
      "calamit",
      "catastroph",
      "woe",
      "anguish",
      "privation",
      "tribulation",
      "sacrifice",
      "misery",
      "unbearable",
      "cross to bear",
      "fortitude",
      "resilien",
      "stoic",
      "grit",
      "valo",
      "valiant",
      "mettle",
      "stamina",
      "persever",
      "upper lip",
      "martyr",
      "warrior",
      "medal",
      "knighthood",
      "kept going",
      "coped",
      "carried on",
      "borne",
      "weathered",
      "nobly",
    ],
    cue: /courage|awe\s+of|hats?\s+off|bow\s|admiration|brave|fortitude|resilien|stoic|endur|grit|hero|valo|valiant|mettle|stamina|persever|upper\s+lip|survi|martyr|warrior|soldier|medal|gong|cross|knighthood|kept\s+going|coped|carried\s+on|borne|suffer|weathered|nobly|tragic|tragedy|heartbr|heart-?rend|harrowing|traum|agon|unbearable|calamit|catastroph|ordeal|trial|hardship|torment|woe|anguish|tribulation|privation|sacrifice|cross\s+to\s+bear/,
    kind: "sarcasm",
    label: "dismissive",
    re: mk(String.raw`\b(?:${HEROIC}|${GRAND_IRONIC})\b`),
    unless: new RegExp(`${WITH_US.source}|${STAFF.source}`),
    unlessInReply: SERIOUS,
    why: "Sarcasm: her ordinary trouble told in mock-heroic words ('I salute your courage', 'soldiering on', 'truly heartbreaking', 'the trauma of a stiff handle').",
  },
  {
    id: "tone.grand-words-for-her-trouble",
    keys: [
      "what a",
      "what an",
      "such a",
      "such an",
      "imagine",
      "picture",
      "fathom",
      "conceive",
      "real ",
      "terrible ",
      "great ",
      "dreadful ",
    ],
    cue: /ordeal|trial|tragedy|hardship|suffering|torment|trauma|calamity|catastrophe|heartbreak|woe|anguish|agony|tribulation|privation|sacrifice|cross\s+to\s+bear/,
    kind: "sarcasm",
    label: "dismissive",
    re: mk(String.raw`\b${GRAND_EXCLAIMED}`),
    ...MOCK_GRANDEUR_EXCUSED,
    why: "Sarcasm: grand words for her ordinary trouble ('what an ordeal', 'I can only imagine the hardship', 'a real hardship for…') with nothing of ours owned or done.",
  },
  {
    id: "tone.ranked-a-beginner",
    keys: [
      "learn",
      "experience",
      "ready",
      "know what",
      "know more",
      "know better",
      "taste",
      "palate",
      "skill",
      "confidence",
      "knowledge",
      "longer",
      "as long as",
      "new to",
      "starting out",
      "getting started",
      "finding your feet",
      "beginner",
      "novice",
      "starter",
      "amateur",
      "first-timer",
      "first timer",
      "newbie",
      "entry-level",
      "entry level",
      "training-wheels",
      "training wheels",
    ],
    cue: /longer|as\s+long|beginner|novice|starter|learner|amateur|first-?\s?timer|newbie|entry-?\s?level|training|move\s+on|moving\s+on|graduat|progress|outgrow|something\s+(?:better|more\s+serious|proper)|step\s+up|experience|ready|know|learn|taste|palate|skill|confidence|knowledge|starting|new\s+to|getting\s+started|feet/,
    kind: "belittle",
    label: "dismissive",
    re: mk(
      String.raw`\b${RANK_HEDGE}\s+(?:an?\s+|the\s+)?${BEGINNER}\s+(?:[\w-]+\s+)?${CHOICE}\b|\b(?:is|are|'s|was|were)\s+(?:an?\s+|the\s+)?${BEGINNER}\s+(?:[\w-]+\s+)?${CHOICE}\b(?=[^.!?;]{0,40}?\breally\b)|\b(?:instant|pods?|capsules?|yours|(?:a|an|the)\s+[\w-]+|[\w-]+\s+machines?|[\w-]+\s+coffee)\s+(?:is|are|'s)\s+(?:perfectly\s+|absolutely\s+|totally\s+)?(?:fine|ok|okay|all\s+right|alright|good\s+enough|adequate|acceptable)\s+(?:if|when|for|while)\s+(?:you're|you\s+are|someone's|someone\s+is|you)\s+(?:\w+\s+){0,2}?(?:starting\s+out|new\s+to|a\s+beginner|a\s+novice|getting\s+started|finding\s+your\s+feet|learning)|\b${WOULD_SEE}\b[^.!?;]{0,40}?${LONGER_EXPERIENCE}|${LONGER_EXPERIENCE}[^.!?;]{0,40}?\b${WOULD_SEE}\b|${MOVE_ON}[^.!?;]{0,60}?${READY}|${READY}[^.!?;]{0,60}?(?:${MOVE_ON}|${SEE_WHY})`,
    ),
    unless: CHOICE_VALIDATED,
    why: "Condescending: her choice ranked as a beginner's ('really the beginner's option', 'fine if you're just starting out', 'you'll move on once you know what you like').",
  },
  {
    id: "tone.excused-by-ignorance",
    keys: ["easy", "common", "natural", "expected", "understandable", "surpris", "forgivable", "to know"],
    cue: /understandable|forgivable|easy|common|natural|expected|surprising|surprise|to\s+know/,
    kind: "belittle",
    label: "dismissive",
    re: mk(String.raw`\b${EXCUSED}\b[^.!?;]{0,60}?${IGNORANT}|${IGNORANT}[^.!?;]{0,60}?\b${EXCUSED}\b`),
    evenIfPolite: true, // "understandable" is in POLITE, and here it is the condescension
    unless: new RegExp(
      `${HARD_OWNED.source}|${FEELING_VALIDATED.source}|\\b(?:sorry|apologi[sz]e|apologies)\\b`,
    ),
    why: "Patronising: her mistake excused by her supposed ignorance ('understandable for someone new to coffee', 'easy to get wrong when you're not really a coffee person').",
  },
  {
    id: "tone.others-know-better",
    keys: [
      "serious",
      "discerning",
      "proper",
      "real ",
      "true ",
      "hardcore",
      "die-hard",
      "diehard",
      "seasoned",
      "knowledgeable",
      "sophisticated",
      "savvy",
      "advanced",
      "experienced",
      "would know",
      "know to",
      "know that",
      "know how",
      "realise",
      "realize",
      "understand",
      "be aware",
      "spot",
      "remember",
    ],
    cue: /customers|drinkers|users|buyers|baristas|enthusiasts|lovers|regulars|connoisseurs|aficionados|people|folk|owners|subscribers|brewers/,
    kind: "belittle",
    label: "dismissive",
    re: mk(
      String.raw`\b${RANKED_OTHERS}\s+(?:\w+\s+){0,2}?${RANKED_CHOICE}\b|\b${OTHERS_KNOW}\b|\b${EXPERIENCED_VERDICT}\b`,
    ),
    unless: CHOICE_VALIDATED,
    why: "Condescending: customers ranked above her by their expertise ('our more experienced customers go for…', 'most of our regulars would know to…').",
  },
  {
    id: "tone.simple-once-you-know",
    keys: [
      "simple",
      "easy",
      "straightforward",
      "child's play",
      "doddle",
      "piece of cake",
      "breeze",
      "idiot",
      "fool",
      "basic",
      "common sense",
      "not difficult",
      "not hard",
      "not complicated",
      "rocket science",
    ],
    cue: /simple|easy|straightforward|child's|doddle|cake|breeze|idiot|fool|basic|common\s+sense|difficult|hard|complicated|rocket/,
    kind: "belittle",
    label: "dismissive",
    re: mk(
      String.raw`\b${EASY_INTENSE}\s+(?:${EASY_INTENSE}\s+){0,2}${SIMPLE}\b[^.!?;]{0,12}?\bonce\s+(?:you|you've|you're|u)\b|\b${SIMPLE}\b[^.!?;]{0,12}?\b(?:once|when|if|as\s+long\s+as)\s+(?:you|you've|you're|u)\s+(?:\w+\s+){0,2}?${MASTERY}|\b(?:honestly|really|actually|literally)\s+(?:child's\s+play|a\s+doddle|a\s+piece\s+of\s+cake|idiot-?proof|fool-?proof|easy-?peasy)\b`,
    ),
    // a concrete first step and the steps after it are an instruction ("quite simple once you've downloaded the app: tap…")
    unless: new RegExp(
      `${HARD_OWNED.source}|:\\s*\\w+|\\bonce\\s+(?:you(?:'ve|\\s+have)?|it's|it\\s+is)\\s+(?:downloaded|installed|paired|plugged|opened|logged|registered|signed|unpacked|charged|connected|updated|set\\s+up|filled|switched|cooled|warmed|turned)`,
    ),
    why: "Patronising: the task she got wrong called simple ('really very straightforward once you understand the basics', 'child's play once you've done it once').",
  },
  {
    id: "tone.praised-for-her-own-complaint",
    keys: ["n't", "not ", "never", "broken", "dead", "stone cold"],
    cue: /marks|star|credit|deduc|detective|sleuth|observ|eye|spot|catch|well\s+done|congrat|work|job|going|bravo|genius|sherlock|einstein|kudos|hats/,
    kind: "sarcasm",
    label: "dismissive",
    re: mk(
      String.raw`\b${INSIGHT_OR_WORK}\b[^.!?;]{0,30}?(?:\bthat\s+|[,:-]\s*(?:yes,?\s+|indeed,?\s+)?|\b${DISCOVERY}\s+(?:that\s+)?)${BASIC_FAILURE}`,
    ),
    unless:
      /\b(?:help(?:ed|s|ful)?|sav(?:ed|es)|let\s+us|thanks\s+to|which\s+(?:meant|means|let|helped|showed|explains)|because|explains|we'd\s+missed|we\s+(?:had|'d)\s+missed|hadn't\s+spotted|i've|we've|i'll|we'll|refund\w*|replac\w*|thank\s+you|exactly|just\s+what|needed)\b/,
    why: "Sarcasm: praise for 'spotting' the very fault she reported ('Well spotted that it doesn't boil', 'nice work figuring out the grinder isn't grinding').",
  },
  {
    id: "tone.status-sneer",
    keys: [
      "of your",
      "used to",
      "accustomed",
      "usual",
      "palate",
      "taste",
      "sensibilit",
      "nose",
      "tongue",
      "roughing",
      "slumming",
      "comedown",
      "come-down",
      "come down",
      "other half",
      "muck",
      "majesty",
    ],
    cue: /used\s+to|usual|come-?\s?down|accustomed|standing|stature|station|calib|class|breeding|refine|sophisticat|distinguished|rarefied|aristocratic|superior|exquisite|cultivated|cultured|roughing|slumming|other\s+half|muck|majesty|discerning|exacting|expensive|delicate|particular/,
    kind: "sarcasm",
    label: "dismissive",
    re: mk(
      String.raw`\b${STATUS_SNEER}\b|\b${STATUS_SOFT}\b(?=[^]*${STATUS_FRAME.source})|${STATUS_FRAME.source}[^.!?;]{0,80}?\b${STATUS_SOFT}\b`,
    ),
    evenIfPolite: true,
    unless:
      /\b(?:if\s+you're\s+used\s+to\s+(?:a|an|the)\s+\w+|you\s+clearly\s+know\s+your|you\s+know\s+your|better\s+(?:\w+\s+)?from\s+(?:us|our)|than\s+(?:this|that)\s+from\s+us)\b/,
    why: "Sarcasm about her supposed status ('a real hardship for someone used to the finer things', 'someone of your refined tastes').",
  },
);

/** Eleventh-pass words for a detail that helped ("that batch code tells us…"): real praise, read beside a bare one. */
const HELPED =
  /\b(?:help\w*|let\s+us|lets\s+us|tells?\s+us|told\s+us|show(?:s|ed)\s+(?:us|that)|means\s+(?:we|i)|thanks\s+to|exactly|just\s+what|needed|so\s+(?:i|we)|i've|we've|i'll|we'll|refund\w*|replac\w*|fault\w*|batch|code|number|serial|found|that's\s+(?:the|it|right))\b/;
/** A sentence that is nothing but praise of her detection ("Impressive sleuthing!", "Great detective work, Sarah!"). */
const BARE_DETECTIVE =
  /^(?:(?:oh|wow|well|my|ooh|ah)[,!\s]+)?(?:(?:great|brilliant|excellent|impressive|nice|fine|superb|top|masterful|remarkable|stunning|real|proper|some|what|such)\s+(?:(?:a|an)\s+)?)?(?:(?:bit|piece)\s+of\s+)?(?:sleuthing|detective\s+work|deduction|deducing|powers\s+of\s+(?:observation|deduction)|elementary(?:,?\s+my\s+dear\s+\w+)?|well\s+(?:deduced|observed|reasoned)|nothing\s+gets\s+past\s+you|(?:ok(?:ay)?,?\s+|alright,?\s+)?sherlock|(?:ok(?:ay)?,?\s+)?einstein|mastermind)(?:\s+(?:there|on\s+your\s+part|you've\s+done|from\s+you))?(?:,?\s+(?:(?:mrs|mr|ms|miss|dr)\.?\s+)?[a-z]+)?\s*[.!]*$/;

/**
 * Thirteenth pass: "it happens to everyone" after a sentence naming OUR failure ("Your parcel is late. Don't worry, it
 * happens to everyone.") calls our failure normal; `dismissive.minimising` reads sentences alone and excuses the
 * reassurance (MINIMISER_EXCUSED), as it must for her own slip ("You typed the wrong email. Don't worry, it happens to
 * everyone."). Read with the sentence before or after: ours named (and not her slip) → minimising.
 */
/** The sentences before and after sentence `si`, as text (a reader that needs its neighbours). */
function besideOf(lower: string, sentences: readonly Sentence[], si: number): string[] {
  return [sentences[si - 1], sentences[si + 1]]
    .filter((b): b is Sentence => b !== undefined)
    .map((b) => lower.slice(b.start, b.end));
}

/** A reader's finding kept, or recorded as rejected with its reason (for explainMessage). */
function settle(
  hit: ToneMatch,
  reason: string | undefined,
  out: ToneMatch[],
  rejected?: ToneRejection[],
): void {
  if (reason) rejected?.push({ ...hit, reason });
  else out.push(hit);
}

function readReassuredAcross(
  lower: string,
  sentences: readonly Sentence[],
  si: number,
  out: ToneMatch[],
  rejected?: ToneRejection[],
): void {
  const s = sentences[si]!;
  const text = lower.slice(s.start, s.end);
  const m = NORMAL_FOR_ALL.exec(text);
  if (!m || OUR_FAILURE.test(text)) return; // named in the sentence itself: the older readers decide
  const beside = besideOf(lower, sentences, si);
  const ours = beside.find(
    (b) => OUR_FAILURE.test(b) && (!HER_SLIP.test(b) || /\b(?:we|our|us|courier)\b/.test(b)),
  );
  if (!ours) return;
  const hit: ToneMatch = {
    id: "tone.failure-reassured-as-normal",
    kind: "minimise",
    label: "dismissive",
    start: s.start + m.index,
    end: s.start + m.index + m[0].length,
    why: "Minimises our failure: the sentence beside names what we got wrong and this one calls it something that 'happens to everyone'.",
  };
  const slip =
    HER_SLIP.test(text) || beside.some((b) => HER_SLIP.test(b) && !/\b(?:we|our|us|courier)\b/.test(b));
  settle(
    hit,
    slip
      ? "her own slip is named beside it: reassurance, not minimising"
      : NORMAL_OWNED.test(text) || NORMAL_OWNED.test(ours)
        ? "our fault is owned beside it (a look-alike)"
        : undefined,
    out,
    rejected,
  );
}

/** Thirteenth pass: a sentence of bare mock praise for her detection, with nothing it helped beside it. */
function readBareDetective(
  lower: string,
  sentences: readonly Sentence[],
  si: number,
  out: ToneMatch[],
  rejected?: ToneRejection[],
): void {
  const s = sentences[si]!;
  const raw = lower.slice(s.start, s.end);
  const text = raw.trim();
  if (!BARE_DETECTIVE.test(text)) return;
  const at = s.start + raw.indexOf(text);
  const hit: ToneMatch = {
    id: "tone.bare-mock-detective",
    kind: "sarcasm",
    label: "dismissive",
    start: at,
    end: at + text.replace(/[\s.!]+$/, "").length,
    why: "Sarcasm: a sentence of nothing but praise for her detection ('Impressive sleuthing!') with nothing it helped us find.",
  };
  const helped = besideOf(lower, sentences, si).some((b) => HELPED.test(b));
  settle(
    hit,
    helped ? "the sentence beside it says what her finding helped (real praise)" : undefined,
    out,
    rejected,
  );
}

// redA's round-26 ask (ASK-redA-to-respect, session 41), read by kind: a care tip that names a way of misusing the
// goods, told to a customer reporting a fault and then disowned or pointed at "the future"; and patience preached.

/** Goods said to dislike a kind of misuse ("these kettles don't take kindly to being filled past the MAX line"). */
const DISLIKES = String.raw`(?:(?:don't|doesn't|do\s+not|does\s+not|won't|will\s+not)\s+(?:take\s+(?:kindly|well)\s+to|like|cope\s+(?:well\s+)?with|respond\s+well\s+to|react\s+well\s+to|enjoy|appreciate|survive|forgive)|(?:aren't|isn't|are\s+not|is\s+not|weren't|wasn't)\s+(?:designed|made|built|meant)\s+(?:for|to(?=\s+go\b)|to\s+(?:be|cope|take))|(?:can't|cannot)\s+(?:handle|take|cope\s+with)|hate|object\s+to|(?:tend\s+to\s+)?(?:suffer|fail|crack|break|die|trip)\s+(?:if|when|after)\s+(?:they're|they\s+are|it's|it\s+is|you|people|someone))`;
const MISUSE_ACT = String.raw`(?:(?:being\s+)?(?:over-?fill\w*|fill\w*\s+(?:past|above|over|beyond)|boil\w*\s+dry|left\s+(?:on|plugged\s+in|switched\s+on|empty|running|in\s+the\s+sun)|leaving\s+(?:on|plugged|switched|empty)|put\s+in\s+(?:the\s+)?(?:dishwasher|sink|microwave|freezer)|(?:go|going|be\s+put|being\s+put)\s+in(?:to)?\s+(?:the\s+)?(?:dishwasher|microwave|sink|freezer)|drop\w*|knock\w*|bang\w*|forc\w*|submerg\w*|immers\w*|run\w*\s+(?:dry|empty|without\s+water)|switched\s+on\s+(?:empty|without)|descal\w*\s+with|clean\w*\s+with\s+(?:bleach|abrasive|a\s+scourer|wire)|overload\w*|used\s+without|misus\w*|mishandl\w*))`;
/** The tip disowned or pointed at her future conduct. */
const TIP_STANCE =
  /\b(?:(?:i'm|i\s+am|we're)\s+sure\s+(?:that|this|it)?\s*(?:isn't|wasn't|is\s+not|was\s+not|didn't|did\s+not)|(?:i'm|i\s+am|we're)\s+sure\s+you\s+(?:didn't|did\s+not|know|knew|wouldn't)|(?:not|n't)\s+(?:that\s+)?(?:saying|suggesting|implying)|not\s+that\s+you\s+(?:would|did|have)|which\s+(?:i'm|i\s+am)\s+sure\s+you|for\s+(?:the\s+)?future(?:\s+reference)?|in\s+future|next\s+time|going\s+forward|(?:one|a)\s+(?:small|little|quick)\s+(?:thing|tip|pointer|word)|word\s+to\s+the\s+wise|just\s+so\s+you\s+know|worth\s+(?:bearing|keeping)\s+in\s+mind)\b/;
/** Patience preached to her ("a little patience goes a long way"), not thanked. */
const PATIENCE_PREACHED = String.raw`(?:(?:a\s+little|a\s+bit\s+of|some|a\s+touch\s+of)\s+patience\s+(?:goes\s+a\s+long\s+way|helps|pays\s+off|never\s+hurts)|patience\s+is\s+a\s+virtue|good\s+things\s+come\s+to\s+those\s+who\s+wait|it\s+(?:helps|pays|never\s+hurts)\s+to\s+be\s+(?:a\s+(?:little|bit)\s+)?patient|(?:try|learn)\s+to\s+be\s+(?:a\s+(?:little|bit)\s+)?(?:more\s+)?patient)`;

STRUCTURES.push(
  {
    id: "tone.misuse-tip-disowned",
    keys: [
      "kindly",
      "like",
      "cope",
      "respond well",
      "react well",
      "enjoy",
      "appreciate",
      "survive",
      "forgive",
      "designed",
      "made for",
      "made to",
      "built",
      "meant",
      "handle",
      "take",
      "hate",
      "object",
      "suffer",
      "fail",
      "crack",
      "break",
      "die",
      "trip",
    ],
    cue: /kindly|like|cope|respond|react|enjoy|appreciate|survive|forgive|designed|made|built|meant|handle|take|hate|object|suffer|fail|crack|break|die|trip/,
    kind: "blame",
    label: "blame",
    re: mk(String.raw`\b${DISLIKES}\s+(?:\w+\s+){0,2}?${MISUSE_ACT}`),
    needs: TIP_STANCE,
    // "not saying you did" is in POLITE, and here it is the stance of the hint
    evenIfPolite: true,
    unless:
      /\b(?:sorry|apologi[sz]e|apologies|(?:simply|just|clearly)\s+faulty|is\s+faulty|a\s+fault|none\s+of\s+that|nothing\s+you\s+did|not\s+(?:the|what)\s+(?:cause|caused)|our\s+(?:fault|mistake)|replac\w*|refund\w*|repair\w*)\b/,
    why: "Blames by a hint: a care tip that names a way of misusing the goods ('don't take kindly to being filled past the MAX line'), then disowned or pointed at next time. Within six months a fault is presumed present at delivery (CRA 2015 s.19(14)-(15)).",
  },
  {
    id: "tone.patience-preached",
    keys: ["patience", "patient", "virtue", "those who wait"],
    cue: /patien|virtue|those\s+who\s+wait/,
    kind: "dismiss",
    label: "dismissive",
    re: mk(String.raw`\b${PATIENCE_PREACHED}\b`),
    unless: /\b(?:thank\w*|grateful|appreciate)\b/,
    why: "Lectures her on patience ('a little patience goes a long way') instead of owning the wait.",
  },
);

// Thirteenth pass, after the red teams' held-out respect probes (run once, then read; these are tuned on them, by kind).

/** An ordinary effort called a feat of endurance ("such a marathon", "what an odyssey"), or her exhaustion mocked. */
const FEAT = String.raw`(?:(?:such|what|quite)\s+(?:a|an)\s+(?:\w+\s+)?(?:marathon|odyssey|epic|expedition|trek|pilgrimage|quest|herculean\s+(?:task|effort|labour))|you\s+must\s+be\s+(?:\w+\s+)?(?:exhausted|worn\s+out|shattered|drained|spent)\s+(?:after|from)\s+(?:such|all\s+that|that|all\s+this|this))`;
/** A basic adult skill said to be hard for her ("since dates seem to be tricky for you"). */
const SKILL_HARD_FOR_YOU = String.raw`(?:dates|numbers|counting|maths|math|sums|arithmetic|reading|spelling|calendars?|clocks?|plugs|switches|buttons|instructions|words|letters|the\s+alphabet)\s+(?:seem|seems|appear|appears|must\s+be|are|is|can\s+be)\s+(?:to\s+be\s+)?(?:a\s+(?:bit|little)\s+)?(?:tricky|difficult|hard|a\s+struggle|confusing|a\s+challenge|a\s+mystery|beyond|a\s+stretch)\s+(?:for\s+you|for\s+her|for\s+him)`;
/** Her care of it put to her to reflect on ("it may be worth thinking about how yours has been treated"). */
const REFLECT_ON_CARE = String.raw`(?:worth|might\s+want\s+to|may\s+want\s+to|you\s+could|you\s+should|perhaps|maybe|i'd|i\s+would)\s+(?:\w+\s+){0,2}?(?:think(?:ing)?|consider(?:ing)?|reflect(?:ing)?|ask(?:ing)?\s+yourself|look(?:ing)?\s+(?:at|back\s+at))\s+(?:about\s+)?(?:how|whether)\s+(?:yours|it's|it|you|the\s+\w+|your\s+\w+)\s+(?:\w+\s+){0,3}?(?:treated|used|handled|looked\s+after|cared\s+for|cleaned|descaled|stored|maintained)`;
/** Our failure made small ("a little bookkeeping slip"), or her reaction said to lack a reason. */
const SMALL_SLIP = String.raw`(?:(?:just|only|merely|simply)\s+)?(?:a|one)\s+(?:little|small|minor|tiny|teeny|wee|trivial)\s+(?:[\w-]+\s+)?(?:slip|glitch|hiccup|blip|error|mistake|mix-up|hitch|wobble|oversight|niggle|snag|admin\s+error)`;
const NO_REASON = String.raw`(?:hardly|scarcely|not\s+exactly|not\s+really)\s+(?:a|any)\s+(?:reason|cause|grounds|excuse)\s+(?:for|to)\s+(?:one\s+star|a\s+(?:\w+\s+)?review|complain\w*|a\s+complaint|leave|cancel\w*|all\s+this|such|this\s+(?:much\s+)?(?:fuss|upset))`;
const NOT_WORTH_FRET = String.raw`(?:hardly|scarcely|not\s+exactly)\s+(?:something|anything|a\s+thing|worth|cause|reason)\s+(?:to\s+|for\s+|worth\s+)?(?:lose\s+(?:any\s+)?sleep|losing\s+(?:any\s+)?sleep|worry|worrying|get\s+upset|getting\s+upset|get\s+worked\s+up|fret|fretting|stress|complain|fuss|make\s+a\s+fuss)`;
/** Mock admiration of her life for exercising a right or asking ("you must lead a thrilling life"). */
const THRILLING_LIFE = String.raw`(?:you\s+)?must\s+(?:lead|have|live)\s+(?:a|such\s+a|quite\s+a)\s+(?:thrilling|exciting|fascinating|riveting|glamorous|action-packed|wild|gripping)\s+(?:life|existence|social\s+life)`;
/** What most people know, set against her ("Most people know a cafetière wants coarse beans"). */
const MOST_KNOW = String.raw`(?:most|all|many)\s+(?:of\s+(?:our\s+)?)?(?:people|customers|regulars|users|owners|buyers|subscribers|drinkers|folk)\s+(?:already\s+)?(?:know|realise|realize|understand)\s+(?:that\s+|how\s+|to\s+|not\s+to\s+)?(?:a|an|the|you|it|they|this|that|coffee|beans|cafeti\w*|kettles?|grinders?|filters?|pods?|parcels?)\b`;

STRUCTURES.push(
  {
    id: "tone.mock-feat",
    keys: [
      "marathon",
      "odyssey",
      "epic",
      "expedition",
      "trek",
      "pilgrimage",
      "quest",
      "herculean",
      "exhausted",
      "worn out",
      "shattered",
      "drained",
      "spent",
    ],
    cue: /marathon|odyssey|epic|expedition|trek|pilgrimage|quest|herculean|exhausted|worn\s+out|shattered|drained|spent/,
    kind: "sarcasm",
    label: "dismissive",
    re: mk(String.raw`\b${FEAT}\b`),
    ...MOCK_GRANDEUR_EXCUSED,
    why: "Sarcasm: her ordinary effort called a feat ('you must be exhausted after such a marathon').",
  },
  {
    id: "tone.skill-hard-for-you",
    keys: [
      "tricky",
      "difficult",
      "hard",
      "struggle",
      "confusing",
      "challenge",
      "mystery",
      "beyond",
      "stretch",
    ],

    cue: /(?:tricky|difficult|hard|struggle|confusing|challenge|mystery|beyond|stretch)\s+for\s+(?:you|her|him)\b/,
    kind: "belittle",
    label: "dismissive",
    re: mk(String.raw`\b${SKILL_HARD_FOR_YOU}\b`),
    why: "Patronising: a basic skill said to be hard for her ('since dates seem to be tricky for you').",
  },
  {
    id: "tone.reflect-on-your-care",
    keys: [
      "treated",
      "used",
      "handled",
      "looked after",
      "cared for",
      "cleaned",
      "descaled",
      "stored",
      "maintained",
    ],
    cue: /(?:think|consider|reflect|ask|look)\w*\s+(?:\w+\s+)?(?:about\s+)?(?:how|whether)\b/,
    kind: "blame",
    label: "blame",
    re: mk(String.raw`\b${REFLECT_ON_CARE}\b`),
    unless:
      /\b(?:sorry|apologi\w*|fault\w*|replac\w*|refund\w*|repair\w*|covered|nothing\s+you\s+did|not\s+(?:down\s+to\s+)?you)\b/,
    why: "Blames by a hint: she is asked to reflect on how she treated it. Within six months a fault is presumed present at delivery (CRA 2015 s.19(14)-(15)).",
  },
  {
    id: "tone.our-slip-made-small",
    keys: [
      "slip",
      "glitch",
      "hiccup",
      "blip",
      "error",
      "mistake",
      "mix-up",
      "hitch",
      "wobble",
      "oversight",
      "niggle",
      "snag",
      "hardly",
      "scarcely",
      "not exactly",
      "not really",
    ],

    cue: /(?:little|small|minor|tiny|teeny|wee|trivial)\s+(?:[\w-]+\s+)?(?:slip|glitch|hiccup|blip|error|mistake|mix-up|hitch|wobble|oversight|niggle|snag|admin)|hardly|scarcely|not\s+(?:exactly|really)/,
    kind: "minimise",
    label: "dismissive",
    re: mk(
      String.raw`\b${SMALL_SLIP}\b(?=[^.!?]{0,80}?(?:\bon\s+its\s+own\b|\bitself\b|\bhardly\b|\bno\s+(?:need|reason)\b))|(?:\bcharged\s+(?:you\s+)?twice|\blate|\blost|\bdelay\w*|\bour\b)[^.!?]{0,40}?\b${SMALL_SLIP}\b|\b${NO_REASON}\b|\b${NOT_WORTH_FRET}\b`,
    ),
    unless: new RegExp(
      `${REMEDY_HERE.source}|\\b(?:sorry|apologi\\w*|not\\s+good\\s+enough|real\\s+(?:trouble|problem|hassle))\\b`,
    ),
    why: "Minimises our failure or her reaction: 'a little bookkeeping slip', 'hardly a reason for one star', 'hardly something to lose sleep over'.",
  },
  {
    id: "tone.mock-admiring-her-life",
    keys: [
      "thrilling",
      "exciting",
      "fascinating",
      "riveting",
      "glamorous",
      "action-packed",
      "wild",
      "gripping",
    ],
    cue: /thrilling|exciting|fascinating|riveting|glamorous|action-packed|wild|gripping/,
    kind: "sarcasm",
    label: "dismissive",
    re: mk(String.raw`\b${THRILLING_LIFE}\b`),
    why: "Sarcasm: mock admiration of her life for what she asked ('you must lead a thrilling life').",
  },
  {
    id: "tone.most-people-know",
    keys: ["know", "realise", "realize", "understand"],
    cue: /\b(?:most|all|many)\s+(?:of\s+(?:our\s+)?)?(?:people|customers|regulars|users|owners|buyers|subscribers|drinkers|folk)\s+(?:already\s+)?(?:know|realis|realiz|understand)/,
    kind: "belittle",
    label: "dismissive",
    re: mk(String.raw`\b${MOST_KNOW}`),
    unless:
      /\b(?:too|also|as\s+well|like\s+you|which\s+is\s+why\s+(?:we|i)|so\s+(?:we|i)(?:'ve|\s+have)\s+(?:added|put|printed|labelled|made))\b/,
    why: "Condescending: what 'most people know' set against her ('Most people know a cafetière wants coarse beans').",
  },
);

/** A note's one-word guess at her motive as its whole sentence ("Mrs P again. Fourth call this week. Lonely?"). */
function readNoteGuess(text: string, offset: number, out: ToneMatch[]): void {
  const t = text.trim();
  if (!NOTE_GUESS.test(t)) return;
  const at = offset + text.indexOf(t);
  out.push({
    id: "tone.note-guess",
    kind: "complain",
    label: "dismissive",
    start: at,
    end: at + t.length,
    why: "Guesses at the customer's motive or state in a note ('Lonely?', 'Bored?') instead of recording what she asked.",
  });
}

/**
 * Twelfth pass: sentences where `dismissive.minimising` (rules.ts) reads a minimiser that is not minimising, exported
 * for its `unlessSentence` (ASK-respect-1). (a) Reassurance about her own slip ("Don't worry, it happens to everyone"),
 * with no failure of ours named in the sentence; (b) the minimiser conceded to others or to appearances and her stake
 * then affirmed ("I know this isn't the end of the world to anyone else, but it matters to you").
 */
export const MINIMISER_EXCUSED = new RegExp(
  [
    String.raw`^(?![\s\S]*\b(?:late|delay\w*|lost|missing|damaged|broken|broke|faulty|fault|crushed|dented|leak\w*|courier|undelivered|wrong\s+(?:house|address|door|flat|number)|(?:didn't|did\s+not|never|failed\s+to)\s+(?:arrive|turn\s+up|come|get\s+there)|not\s+(?:arrived|delivered)|our\s+(?:mistake|error|end|system|side)|we\s+(?:got|sent|made|lost|forgot|missed))\b)[\s\S]*\b(?:don't\s+worry|do\s+not\s+worry|not\s+to\s+worry|no\s+worries|never\s+mind|no\s+need\s+to\s+(?:apologi[sz]e|worry|feel\s+(?:bad|silly|embarrassed|awkward)|be\s+(?:sorry|embarrassed))|please\s+don't\s+(?:apologi[sz]e|worry|feel\s+bad))\b[^.!?]{0,60}\b(?:it|this|that|mistakes|slips|typos)\s+happens?\s+(?:to\s+(?:everyone|everybody|all\s+of\s+us|us\s+all|the\s+best\s+of\s+us)|all\s+the\s+time|sometimes|a\s+lot)\b`,
    String.raw`^(?=[\s\S]*\b(?:(?:to|for)\s+(?:anyone|anybody|everyone|everybody|most\s+people|other\s+people|others|some\s+people|someone|the\s+world)(?:\s+else)?|on\s+paper|in\s+theory|(?:may|might|could)\s+(?:not\s+)?(?:seem|look|sound|be))\b[\s\S]*\bbut\b)(?=[\s\S]*\bbut\b[^.!?]{0,40}?\b(?:(?:it|this|that)\s+(?:still\s+|really\s+|clearly\s+|obviously\s+|does\s+)?matters?|matters\s+to\s+you|(?:it's|it\s+is|that's|this\s+is)\s+(?:still\s+)?(?:important|a\s+big\s+deal)\s+to\s+you|(?:doesn't|does\s+not)\s+make\s+(?:it|this|that)\s+any\s+less|you(?:'re|\s+are)\s+(?:right|entitled)\s+to)\b)`,
  ].join("|"),
  "i",
);

/**
 * Twelfth pass: praise for her noticing something, given with its reason ("Well done for noticing the seal was split,
 * because that's the fault we'd missed"), is real praise: for `dismissive.sarcasm`'s `unlessSentence` (rules.ts, the
 * lead's answer to ASK-respect-1). Not when the praise says she was slow ("finally", "at last", "actually bothering"),
 * and not without a reason ("Well done for noticing a kettle that doesn't boil isn't working" stays sarcasm).
 */
export const PRAISE_WITH_ITS_REASON = new RegExp(
  String.raw`^(?![\s\S]*\b(?:finally|eventually|at\s+(?:long\s+)?last|actually|bothering|bothered|deigned|managing)\b)(?=[\s\S]*\b(?:noticing|spotting|working\s+(?:it\s+|that\s+)?out|figuring|reading)\b)[\s\S]*\b(?:because\s+(?:that's|that\s+was|it\s+was|it's|this\s+is)\s+(?:the|a|exactly|just)|sav(?:ed|es)\s+(?:us|you|me)|help(?:ed|s)\s+(?:us|our|me)|let\s+us|which\s+(?:meant|let|helped)|we(?:'d|\s+had)\s+missed|(?:we|our\s+\w+)\s+(?:hadn't|had\s+not)\s+(?:spotted|noticed|seen|caught)|thanks\s+to\s+you)\b`,
  "i",
);

/**
 * Twelfth pass: "for the avoidance of doubt" before news in her favour ("…, you don't need to send the old kettle back")
 * is a clarification, not a put-down: for `dismissive.pointed-framing`'s `unlessSentence` (rules.ts, ASK-respect-1).
 */
export const CLARIFIED_IN_HER_FAVOUR =
  /\bfor\s+the\s+avoidance\s+of\s+(?:any\s+)?doubt\b[^.!?]{0,30}?\b(?:you\s+(?:don't|do\s+not|won't|will\s+not)\s+(?:need|have)\s+to|you\s+(?:don't|do\s+not)\s+(?:owe|pay)|you\s+(?:can|may)\s+keep|there(?:'s|\s+is|\s+will\s+be)\s+no\s+(?:charge|cost|fee|need)|(?:it's|it\s+is|this\s+is)\s+free|free\s+of\s+charge|you(?:'re|\s+are|\s+remain)\s+(?:still\s+|fully\s+)?(?:covered|entitled|eligible)|(?:we|i)(?:'ll|\s+will|'ve|\s+have)\s+(?:(?:also|now|already|happily|still|fully)\s+)?(?:pay|paid|refund|cover|replace|waive)|none\s+of\s+this\s+(?:is|was)\s+your\s+fault|you\s+(?:did|have\s+done)\s+nothing\s+wrong)/i;

/**
 * ASK-respect-1 (the lead's answer, session 41): her own slip named to fix it ("You typed the wrong email.") with a
 * reassurance in the same sentence after it or in the next ("Don't worry, it happens to everyone.") and nothing that
 * keeps the blame (should have, next time, properly, read the…) is not blame. A lawful cost that follows ("Don't worry,
 * but you'll have to pay the return postage": CCRs 2013 reg 34(2) when she was told before the contract) does not keep it.
 */
const SLIP_FACT =
  /\byou(?:'d|\s+had|'ve|\s+have)?\s+(?:just\s+|accidentally\s+|simply\s+)?(?:typed|entered|ordered|chose|picked|selected|clicked|ticked|put|gave\s+us|booked|input|mistyped|forgot|missed|mixed\s+up)\b/;
const REASSURED =
  /\b(?:don't\s+worry|do\s+not\s+worry|not\s+to\s+worry|no\s+worries|never\s+mind|no\s+need\s+to\s+(?:apologi[sz]e|worry|feel\s+bad)|please\s+don't\s+(?:apologi[sz]e|worry)|easy\s+mistake|easily\s+done|(?:it|that|this)\s+happens\s+to\s+(?:everyone|everybody|all\s+of\s+us|us\s+all|the\s+best\s+of\s+us|anyone))\b/;
const KEEPS_BLAME =
  /\b(?:should\s+have|shouldn't\s+have|next\s+time|in\s+future|going\s+forward|properly|read\s+the|more\s+careful|pay\s+(?:more\s+)?attention|double-?check|check\s+(?:it|them|your\s+\w+)\s+(?:first|before|next))\b/;
export function slipReassured(
  lower: string,
  sentences: readonly Sentence[],
  si: number,
  modelOnly = false,
): boolean {
  const s = sentences[si];
  if (!s) return false;
  const text = lower.slice(s.start, s.end);
  // Session 46 (an independent writer's set 30): the model's blame, with no rule behind it, on a sentence whose cause
  // is told without "you" ("the points didn't apply because the code went in after payment. No worries, I've added
  // them") is reassured the same way: the model reads the cause, the next sentence lifts any blame.
  const m = SLIP_FACT.exec(text) ?? (modelOnly ? { index: 0 } : null);
  if (!m) return false;
  const after = text.slice(m.index);
  const next = sentences[si + 1] ? lower.slice(sentences[si + 1]!.start, sentences[si + 1]!.end) : "";
  if (KEEPS_BLAME.test(text) || KEEPS_BLAME.test(next)) return false;
  return REASSURED.test(after) || REASSURED.test(next);
}

/** Eighth pass: the two readers' literal gates (see `Structure.keys`); the generic cause needs one of each list. */
const WATCHED_KEYS = [
  "complain",
  "return",
  "refund request",
  "refund claim",
  "claim",
  "dispute",
  "chargeback",
];
/** "sent / send … back" without one of the words above. */
const SENT_BACK_KEYS = ["sent", "send"];
const GENERIC_KEYS = [
  "usual",
  "normal",
  "general",
  "typical",
  "invariabl",
  "common",
  "mostly",
  "always",
  "often",
  "most",
  "times out",
  "99",
  "majority",
  "cases",
  "rule",
  "experience",
  "find",
  "see",
  "tend",
  "data",
  "records",
  "figures",
  "stat",
  "engineer",
  "only",
  // ninth pass (GENERIC_9)
  "majority",
  "indicate",
  "suggest",
  "from what",
  "as per",
  "the case",
  "percent",
  "per cent",
  "%",
];
const MISUSE_KEYS = [
  "fill",
  "drop",
  "knock",
  "bash",
  "misus",
  "handl",
  "abuse",
  "neglect",
  "finger",
  "dry",
  "error",
  "wrong",
  "incorrect",
  "improper",
  "careless",
  "rough",
  "ignor",
  "disregard",
  "skip",
  "instruction",
  "guide",
  "manual",
  "schedule",
  "leaflet",
  "care card",
  "people",
  "user",
  "owner",
  "customer",
  "buyer",
  "folk",
  "someone",
  "somebody",
  "purchaser",
  "been used",
  "n't used",
  "not used",
  "descal",
  "clean",
  "maintain",
  "look after",
  // ninth pass (MISUSE_9)
  "how ",
  "manner",
  "the way",
  "care",
  "bother",
  "looked after",
  "looks after",
  "treat",
  "handling",
  " not the ",
  "correct",
  "past the",
  "above the",
  "over the",
  "run dry",
  "lack of",
  "not descal",
];

/** Ninth pass: the note shorthand reader's and the care condition's literal gates. */
const NOTE_KEYS = [
  "usual",
  "typical",
  "classic",
  "standard",
  "predictable",
  "sort that",
  "sort who",
  "type that",
  "type who",
  "kind that",
  "kind who",
  "of person",
  "of customer",
  "of caller",
  "of woman",
  "of man",
  "of bloke",
  "of lady",
  "one of those",
  "one of them",
  "one of these",
  "another one",
  " ones",
  "chancer",
  "freeloader",
  "blagger",
  "scrounger",
  "waster",
  "moaner",
  "whinger",
  "whiner",
  "drama queen",
  "diva",
  "nutter",
  "headcase",
  "head-case",
  "piece of work",
  "hunter",
  "merchant",
  "grabber",
  "junkie",
  "freebie seeker",
  "for nothing",
  "for free",
  "yesterday",
  "miracle",
  "the impossible",
  "perfection",
  "the earth",
  "the world",
  "the moon",
  ", naturally",
  ", of course",
  ", obviously",
  "as ever",
  "as always",
];
const CARE_KEYS = ["last", "hold", "work", "perform", "run", "going", "go on", "goes on", "fine", "reliable"];
const CARE_VERB_KEYS = [
  "look after",
  "looks after",
  "treat",
  "use",
  "follow",
  "care for",
  "maintain",
  "descale",
  "clean",
];

/** Thirteenth pass: `readBareDetective`'s literal gate. */
const DETECTIVE_KEYS = [
  "sleuth",
  "detective",
  "deduc",
  "observ",
  "reasoned",
  "elementary",
  "gets past",
  "sherlock",
  "einstein",
  "mastermind",
];

/** Which eighth-pass structures and readers can match, from the analyser's literal index (`contains`). */
export function toneGate(contains: (literal: string) => boolean): ReadonlySet<string> {
  const on = new Set<string>();
  for (const st of STRUCTURES) if (st.keys?.some(contains)) on.add(st.id);
  if (WATCHED_KEYS.some(contains) || (contains(" back") && SENT_BACK_KEYS.some(contains)))
    on.add("tone.watched-for-complaining");
  if (GENERIC_KEYS.some(contains) && MISUSE_KEYS.some(contains)) on.add("tone.generic-cause");
  if (NOTE_KEYS.some(contains)) on.add("tone.note-category");
  if (CARE_KEYS.some(contains) && CARE_VERB_KEYS.some(contains)) on.add("tone.care-condition");
  if (contains("happen")) on.add("tone.failure-reassured-as-normal");
  for (const id of FN_GATE_IDS) if (FN_GATES[id]!(contains)) on.add(id);
  if (DETECTIVE_KEYS.some(contains)) on.add("tone.bare-mock-detective");
  return on;
}

/** Eighth pass: a note's "They never do." after her failing in the sentence before. */
const THEY_SENTENCE =
  /^(?:and\s+)?(?:they|these\s+people|this\s+lot|that\s+lot)\s+(?:always|never|all|usually|invariably)\s+(?:do|are|have|does|did)\s*[.!]*$/;
const FAILING_BEFORE = new RegExp(String.raw`\b${SLIP}\b|\bone\s+who\b`);
const CUSTOMER_BEFORE = new RegExp(String.raw`\b(?:${CUST}|you|another\s+one|one\s+who)\b`);

/** A note's doubt, as a sentence of its own after her claim ("Doubt it.", "Sure it was."). */
const DOUBT_SENTENCE =
  /^(?:doubt\s+it|i\s+doubt\s+it|sure\s+(?:it\s+was|he\s+did|she\s+did|they\s+did|it\s+did)|yeah,?\s+right|likely\s+story|a\s+likely\s+story|obviously|allegedly|funny\s+that|of\s+course\s+(?:it\s+was|he\s+did|she\s+did|it\s+did)|naturally|of\s+course|(?:i'm|i\s+am)\s+sure(?:\s+(?:she|he|they|it)\s+(?:does|did|has|is|was|do))?|(?:of\s+course|naturally)\s+(?:she|he|they|it)\s+(?:does|did|has|is|was|do|hasn't|didn't|doesn't|wasn't)|as\s+(?:they|you|it|one|these\s+things|things)\s+(?:do|does)|course\s+(?:it|she|he|they)\s+(?:did|does|was|is|has))[.!]*$/;
const CLAIM =
  /\b(?:claims?|claimed|insists?|insisted|says|said|reckons|alleges|swears|apparently|supposedly|assures?|assured|adamant|maintains|certain|positive)\b/;

/**
 * Eleventh pass: a sentence that corrects what she did or tells her where a part goes, read after a sentence that
 * addresses her by an endearment ("Oh no, love. You've put it in upside down.", "Oh dear, darling. It's the on switch
 * on the back."). Not when it apologises, owns the fault or helps ("it's an easy mistake", "our card shows it wrong").
 */
const CORRECTION = new RegExp(
  String.raw`^(?:(?:and|but|so|right|now|look|see)\s*,?\s+)?(?:(?:you've|you\s+have|you|it's|it\s+is|they're|they\s+are|it's\s+been|that's\s+been)\s+(?:just\s+|only\s+|gone\s+and\s+|actually\s+|gone\s+)?(?:put|plugged|fitted|got|set|installed|loaded|inserted|placed|turned|pressed|been\s+put|in|on|upside|back|the\s+wrong)\b[^.!?;]{0,40}?(?:upside\s+down|the\s+wrong\s+way(?:\s+round|\s+up)?|back\s+to\s+front|backwards|inside\s+out|the\s+other\s+way(?:\s+round)?|\bwrong(?:ly)?\b|in\s+the\s+wrong\s+\w+|on\s+the\s+wrong\s+\w+)|(?:it's|it\s+is|that's|that\s+is)\s+(?:the\s+|your\s+)?(?:on|off|power|start|reset|other|little|big|red|green|top|back|side)\s+(?:\w+\s+)?(?:switch|button|dial|knob|plug|socket|one|lever)\b|(?:that's|that\s+is|this\s+is)\s+(?:the|your)\s+\w+(?:\s+\w+)?\s*,?\s+not\s+the\b|(?:the|your)\s+(?:\w+\s+){1,2}(?:goes|go|sits|sit|clicks|click|fits|fit|slots|slot)\s+(?:in|on|into|onto|at|under|over|the\s+other|underneath|on\s+top|first)\b|(?:you\s+)?(?:just\s+|only\s+)?(?:need|needs|have|has)\s+to\s+(?:press|push|plug|turn|switch|hold|twist|put|pop|click|read|check|fill|open|close|lift|flip)\b)`,
);
/** Built on first use: ENDEARMENT_ADDRESS is defined with the endearment readers below. */
let endeared: RegExp | undefined;
const CORRECTION_KIND =
  /\b(?:sorry|apolog\w*|easy\s+(?:mistake|to\s+miss|to\s+do)|lots\s+of\s+people|everyone\s+does|(?:we|i)\s+should\s+have|our\s+(?:card|instructions|guide|manual|leaflet|picture|diagram|fault|mistake)|i\s+think|may\s+be|might\s+be|looks\s+like|i'll|we'll|i've|we've)\b|\?\s*$/;

export interface ToneMatch {
  id: string;
  kind: ToneKind;
  label: "blame" | "dismissive";
  start: number;
  end: number;
  why: string;
}

export interface ToneRejection extends ToneMatch {
  reason: string;
}

/** Quick test: can any structure match? (Most replies have none of these words.) */
const ANY =
  /you|u\s|cust|client|caller|complainant|she|he|mr|ms|everyone|everybody|anyone|people|customers|normal|thank|great|love|told|said|explain|clarif|stated|next\s+time|future|forward|tip|maybe|perhaps|suggest|worth|if\s|had\s|type|sort|kind|typical|serial|something\s+for|['‘"“]|emotion|shout|refrain|not\s+sure|know|idk|idea|doubt|sure|right|story|obviously|allegedly|funny|of\s+course/;

/** Every structure's cue in one test, so a sentence with none costs one scan. */
const ANY_CUE = new RegExp(
  STRUCTURES.filter((st) => !st.keys)
    .map((st) => `(?:${st.cue.source})`)
    .join("|"),
);
const UNGATED = STRUCTURES.filter((st) => !st.keys);
const GATED = STRUCTURES.filter((st) => st.keys);

/** Structures of disrespect in `lower` (the analyser's lower-cased text), sentence by sentence. */
export function readTone(
  lower: string,
  sentences: readonly Sentence[],
  rejected?: ToneRejection[],
  /** Eighth pass: `toneGate` of the analyser's literal index; without it, worked out with `includes`. */
  gate: ReadonlySet<string> = toneGate((l) => lower.includes(l)),
): ToneMatch[] {
  const out: ToneMatch[] = [];
  const gated = GATED.filter((st) => gate.has(st.id));
  const watched = gate.has("tone.watched-for-complaining");
  const generic = gate.has("tone.generic-cause");
  const noteCategory = gate.has("tone.note-category");
  const careCondition = gate.has("tone.care-condition");
  const reassured = gate.has("tone.failure-reassured-as-normal");
  const detective = gate.has("tone.bare-mock-detective");
  const fn = FN_GATE_IDS.some((id) => gate.has(id));
  // The structures a sentence with the ungated words is read for (built once per reply, not per sentence: speed only)
  const ungatedToo = gated.length ? [...UNGATED, ...gated] : UNGATED;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const text = lower.slice(s.start, s.end);
    // A note's doubt after her claim: the doubt is the sentence; her claim the one before.
    const prev = sentences[si - 1];
    if (prev && DOUBT_SENTENCE.test(text.trim()) && CLAIM.test(lower.slice(prev.start, prev.end)))
      out.push({
        id: "tone.doubted-claim",
        kind: "complain",
        label: "dismissive",
        start: s.start,
        end: s.end,
        why: "Doubts the customer's account in a note ('Doubt it.' after what she said) instead of recording it.",
      });
    // Eleventh pass: an endearment sentence ("Oh no, love.") and a correction of her in the next ("You've put it in
    // upside down."): the endearment is attached to the correction across the full stop.
    if (
      prev &&
      CORRECTION.test(text.trim()) &&
      (endeared ??= new RegExp(ENDEARMENT_ADDRESS)).test(lower.slice(prev.start, prev.end)) &&
      !CORRECTION_KIND.test(text)
    )
      out.push({
        id: "tone.endearment-then-correction",
        kind: "belittle",
        label: "dismissive",
        start: prev.start,
        end: s.end,
        why: "Patronising: an endearment ('Oh no, love.') joined to a correction of what she did in the next sentence ('You've put it in upside down.').",
      });
    // Eighth pass: "They never do." after her failing in the sentence before.
    if (prev && THEY_SENTENCE.test(text.trim())) {
      const before = lower.slice(prev.start, prev.end);
      if (FAILING_BEFORE.test(before) && CUSTOMER_BEFORE.test(before))
        out.push({
          id: "tone.they-always-do",
          kind: "complain",
          label: "dismissive",
          start: s.start,
          end: s.end,
          why: "Turns the customer's slip into the habit of a class ('They never do.'): a put-down of her kind, not a record.",
        });
    }
    // Twelfth pass: a note's one-word guess at her motive ("Lonely?") as its whole sentence.
    if (text.includes("?")) readNoteGuess(text, s.start, out);
    if (watched && CONTACT_ACT.test(text)) readWatched(text, s.start, out, rejected);
    if (generic && GENERIC_CUE.test(text)) readGenericCause(text, s.start, out, rejected);
    if (noteCategory) readNoteCategory(lower, sentences, si, out, rejected);
    if (careCondition) readCareCondition(lower, sentences, si, out, rejected);
    if (reassured && text.includes("happen")) readReassuredAcross(lower, sentences, si, out, rejected);
    if (detective) readBareDetective(lower, sentences, si, out, rejected);
    if (fn) readFunction(lower, sentences, si, gate, out, rejected);
    const ungated = ANY.test(text) && ANY_CUE.test(text);
    if (!ungated && gated.length === 0) continue;
    let polite: boolean | undefined; // worked out on the first match only (most sentences have none)
    for (const st of ungated ? ungatedToo : gated) {
      if (!st.cue.test(text) || (st.needs && !st.needs.test(text))) continue;
      st.re.lastIndex = 0;
      for (let m = st.re.exec(text); m !== null; m = st.re.exec(text)) {
        if (m[0].length === 0) {
          st.re.lastIndex++;
          continue;
        }
        const hit: ToneMatch = {
          id: st.id,
          kind: st.kind,
          label: st.label,
          start: s.start + m.index,
          end: s.start + m.index + m[0].trimEnd().length,
          why: st.why,
        };
        let reason: string | undefined;
        if (!st.evenIfPolite && (polite ??= POLITE.test(text)))
          reason = "the sentence apologises, owns the fault or denies the judgement (a look-alike)";
        else if (st.unless?.test(text)) reason = "the sentence says what makes this structure polite";
        else if (st.unlessInReply?.test(lower))
          reason = "the reply names a serious event (sincere, a look-alike)";
        else if (st.unlessBeside && besideOf(lower, sentences, si).some((b) => st.unlessBeside!.test(b)))
          reason = "the sentence beside it apologises or owns the fault (a look-alike)";
        else if (CONDITIONAL.test(text.slice(Math.max(0, m.index - 12), m.index)))
          reason = "sets up a case ('if…', 'when…'), does not assert it";
        if (reason) rejected?.push({ ...hit, reason });
        else out.push(hit);
      }
    }
  }
  return out;
}

/**
 * Eighth pass: blame by generalisation ("these usually only fail when they're descaled wrong"): a claim of what usually
 * happens and the customer's class of act (misuse, neglect, instructions ignored) as its cause, in one sentence. Read in
 * two steps (the generality, then the act), not as one pattern with a gap: a gap tried at every position cost ~0.1 ms.
 */
function readGenericCause(text: string, offset: number, out: ToneMatch[], rejected?: ToneRejection[]): void {
  const g = GENERIC_RE.exec(text);
  if (!g) return;
  const m = MISUSE_RE.exec(text);
  if (!m) return;
  const from = Math.min(g.index, m.index);
  const to = Math.max(g.index + g[0].length, m.index + m[0].length);
  // One clause's worth apart at most (the structure is one claim, not two sentences' worth of words).
  if (to - from > 160 || /[;:]/.test(text.slice(from, to))) return;
  const hit: ToneMatch = {
    id: "tone.generic-cause",
    kind: "blame",
    label: "blame",
    start: offset + from,
    end: offset + to,
    why: "Blames by generalisation: says this usually happens when customers misuse the product, so hers must have been misused.",
  };
  let reason: string | undefined;
  if (POLITE.test(text))
    reason = "the sentence apologises, owns the fault or denies the judgement (a look-alike)";
  else if (
    GENERIC_POLITE.test(text.replace(OTHER_CAUSE_DENIED, " ")) ||
    (GENERIC_REMEDY.test(text) && !AS_A_FAVOUR.test(text))
  )
    reason = "the cause is a part, the courier or us, or her case is set apart (a look-alike)";
  else if (CONDITIONAL.test(text.slice(Math.max(0, from - 12), from)))
    reason = "sets up a case ('if…', 'when…'), does not assert it";
  if (reason) rejected?.push({ ...hit, reason });
  else out.push(hit);
}

/**
 * Eighth pass: her complaining or returning said to be watched or to cost her ("accounts with a pattern of complaints
 * get reviewed", "we do keep an eye on customers who return a lot"): the act, how much of it, and the watching, in one
 * clause. Not when the watching is for her benefit, denied, or ours ("so you can check the status", "won't affect").
 */
function readWatched(text: string, offset: number, out: ToneMatch[], rejected?: ToneRejection[]): void {
  const polite = POLITE.test(text);
  const clause = /[^;:]+/g;
  for (let c = clause.exec(text); c !== null; c = clause.exec(text)) {
    const part = c[0];
    const act = CONTACT_ACT.exec(part);
    const freq = act && FREQUENCY.exec(part);
    const watch = freq && WATCHED.exec(part);
    // Goods are returned too, but only people complain or claim, and an imperative ("keep sending them back") is to her.
    if (!act || !freq || !watch || GOODS_RETURNED.test(part)) continue;
    if (!CONTACT_PERSON.test(part) && /^(?:return|sen)/.test(act[0]) && !/^keep/.test(freq[0])) continue;
    const from = Math.min(act.index, freq.index, watch.index);
    const to = Math.max(
      act.index + act[0].length,
      freq.index + freq[0].length,
      watch.index + watch[0].length,
    );
    const hit: ToneMatch = {
      id: "tone.watched-for-complaining",
      kind: "complain",
      label: "dismissive",
      start: offset + c.index + from,
      end: offset + c.index + to,
      why: "Warns the customer that her complaining or returning is watched, counted or will cost her: a threat, not service.",
    };
    let reason: string | undefined;
    if (polite) reason = "the sentence apologises, owns the fault or denies the judgement (a look-alike)";
    else if (WATCH_POLITE.test(part))
      reason = "the watching is for her benefit, denied, or of our own work (a look-alike)";
    if (reason) rejected?.push({ ...hit, reason });
    else out.push(hit);
  }
}

// ------------------------------------------------------------------------ ninth pass: readers that need context
/** Nouns that sneer at a person by themselves ("chancer", "freebie hunter"); not "chaser" (a reminder email). */
const SNEER_NOUN = String.raw`(?:chancer|freeloader|blagger|scrounger|time-?waster|moaner|whinger|whiner|drama\s+queen|diva|nutter|head-?case|piece\s+of\s+work|(?:freebie|compo|refund|voucher|discount|bargain)\s+(?:hunter|merchant|grabber|junkie)|freebie\s+seeker)s?`;
/** Traits in "one of the … ones" (a person filed under a kind). */
const TRAIT_ONES = String.raw`(?:entitled|difficult|demanding|awkward|needy|shouty|stroppy|fussy|picky|precious|pushy|rude|angry|mad|crazy|dodgy|lonely|bored|clueless|dim|thick|tight|stingy|greedy|grabby|argumentative|litigious)`;
/** A category that is a put-down by itself at the start of a note's sentence ("Usual type", "The sort that…"). */
const CAT_SELF = new RegExp(
  String.raw`^(?:(?:the|a|that|this|your|her|his)\s+)?(?:usual|typical|classic|standard)\s+(?:type|sort|kind|specimen)\b(?!\s+of\s+(?!(?:customer|person|caller|woman|man|bloke|lady)\b))|^(?:the|that|this|her|his)\s+(?:sort|type|kind)\s+(?:that|who|of\s+(?:person|customer|caller|woman|man|bloke|lady))\b|^one\s+of\s+(?:the|those|our)\s+${TRAIT_ONES}\s+ones\b`,
);
/** A sneering noun for her with a determiner or epithet (anywhere), or opening the sentence. */
const SNEER_NP = new RegExp(
  String.raw`(?:^|\b(?:a|an|another|classic|typical|usual|right|proper|real|total|complete|absolute|serial|professional|such\s+a|bit\s+of\s+a|one\s+of\s+(?:the|those|our))\s+(?:\w+\s+)?)(${SNEER_NOUN})\b`,
);
const SNEER_DENIED = new RegExp(
  String.raw`(?:\b(?:not|never|no)|n't)\s+(?:[\w']+\s+){0,3}?(?:a\s+|an\s+)?(?:\w+\s+)?${SNEER_NOUN}\b`,
);
/** "Typical – expects…" / "Classic: wants…": a category word and then her wanting, with no subject. */
const CAT_TYPICAL_WANT =
  /^(?:typical|classic|predictable|standard)\s*(?:[-:,.!]+\s*|\s+)(?:(?:she|he|cust(?:omer)?)\s+)?(?:expects?|wants?|demands?|thinks?|reckons?|assumes?|insists?)\b/;
/** "Another one of those." / "One of those." standing alone: a category only with her wants beside it. */
const CAT_ANOTHER =
  /^(?:(?:yet\s+)?another\s+one(?:\s+of\s+(?:those|them|these))?|one\s+of\s+(?:those|them|these))(?:\s+(?:customers?|people|callers?|types?|ones?))?\s*(?:[.,;:!-]|$|who\b|that\b)/;
const HER_WANTS =
  /^(?:(?:she|he|cust(?:omer)?)\s+)?(?:now\s+)?(?:wants?|expects?|demands?|insists?|thinks?|reckons?)\b/;
const WANTS_IN =
  /[.,;:!-]\s*(?:(?:she|he|cust(?:omer)?)\s+)?(?:now\s+)?(?:wants?|expects?|demands?|insists?)\b/;
/** A product fault named beside "another one of those" makes it a batch, not a person. */
const PRODUCT_CONTEXT =
  /\b(?:leak\w*|fault\w*|crack\w*|broken|split|torn|batch|lids?|seals?|defect\w*|damaged|parcels?|deliver\w*|courier|recall|bags?|box(?:es)?|items?|units?|kettles?|grinders?|machines?|orders?|same\s+(?:issue|problem|fault))\b/;
/** A caricature of what she wants, a sneer by itself. */
const CARICATURE = new RegExp(
  [
    String.raw`\b(?:wants?|wanted|wanting|expects?|expected|expecting)\s+(?:it\s+all|everything|the\s+(?:earth|world|moon|lot))\s+(?:for\s+(?:nothing|free)|yesterday)\b`,
    String.raw`\bsomething\s+for\s+nothing\b`,
    String.raw`\bexpect(?:s|ed|ing)?\s+(?:(?:a\s+)?miracles?|the\s+(?:earth|world|moon|impossible)|perfection)\b`,
    String.raw`^(?:(?:she|he|cust(?:omer)?)\s+)?(?:wants?|expects?|demands?)\b[^.!?]{0,60},\s*(?:naturally|of\s+course|obviously|as\s+(?:ever|always|usual))\s*[.!]*$`,
    String.raw`^(?:demanding|difficult|entitled|stroppy|rude|awkward|pushy|needy|impatient|fussy|shouty|unreasonable|grumpy|moaning|chatty)\s+as\s+(?:ever|always|usual)\b`,
  ].join("|"),
);
/** Not a caricature: negated, or our own expectation ("we can't expect miracles from the courier"). */
const CARICATURE_POLITE = /(?:\b(?:not|never|we|i|us|our)|n't)\s+(?:[\w']+\s+){0,2}(?:expect|want)/;

/** A cheap first test of a sentence: a word one of the note shorthand's patterns needs. */
const NOTE_CUE =
  /^(?:the|a|that|this|your|her|his|usual|typical|classic|standard|predictable|another|yet|one|proper|difficult|demanding|entitled|stroppy|rude|awkward|pushy|needy|impatient|fussy|shouty|unreasonable|grumpy|moaning|chatty)\b|chancer|freeloader|blagger|scrounger|waster|moaner|whinger|whiner|queen|diva|nutter|head-?case|piece\s+of\s+work|hunter|merchant|grabber|junkie|seeker|for\s+nothing|yesterday|miracle|impossible|perfection|the\s+(?:earth|world|moon)|everything|it\s+all|(?:want|expect|demand)\w*\b[^.!?]*,\s*(?:naturally|of\s+course|obviously|as\s+(?:ever|always|usual))/;

/**
 * Ninth pass: a sneer about the customer written as note shorthand, a category and a caricature of what she wants, with
 * no verb or subject ("Usual type, wants it all for nothing.", "Another one of those. Wants refund + replacement.",
 * "Typical – expects miracles", "Classic chancer"). An honest note that records her demand ("Cust wants refund today,
 * says she needs it for rent"), a product's category ("Typical fault on this batch", "Another one of the faulty batch")
 * or her wants with no category is not read.
 */
function readNoteCategory(
  lower: string,
  sentences: readonly Sentence[],
  si: number,
  out: ToneMatch[],
  rejected?: ToneRejection[],
): void {
  const s = sentences[si]!;
  const text = lower.slice(s.start, s.end).trim();
  if (!NOTE_CUE.test(text)) return;
  const at = s.start + (lower.slice(s.start, s.end).length - lower.slice(s.start, s.end).trimStart().length);
  let m: RegExpExecArray | null = null;
  let why = "";
  if ((m = CAT_SELF.exec(text)))
    why =
      "Files the customer under a type in shorthand ('Usual type', 'the sort that…') instead of recording what happened.";
  else if ((m = SNEER_NP.exec(text)) && !SNEER_DENIED.test(text)) {
    // the evidence is the name itself (an older rule may quote the same word)
    const noun = m[1] ?? m[0];
    m = Object.assign([noun], { index: m.index + m[0].length - noun.length, input: text }) as RegExpExecArray;
    why =
      "Calls the customer a sneering name ('chancer', 'freebie hunter') instead of recording what happened.";
  } else if ((m = CAT_TYPICAL_WANT.exec(text)))
    why = "Sneers at the customer in shorthand: 'Typical' and then what she wants, as a caricature.";
  else if ((m = CAT_ANOTHER.exec(text))) {
    const next = sentences[si + 1];
    const prev = sentences[si - 1];
    const beside =
      WANTS_IN.test(text.slice(m[0].length - 1)) ||
      (next && HER_WANTS.test(lower.slice(next.start, next.end).trim()));
    const product =
      PRODUCT_CONTEXT.test(text) ||
      (prev !== undefined && PRODUCT_CONTEXT.test(lower.slice(prev.start, prev.end)));
    if (!beside || product) m = null;
    else
      why =
        "Files the customer under a category ('another one of those') beside what she wants: a sneer, not a record.";
  } else if (
    (m = CARICATURE.exec(text)) &&
    !CARICATURE_POLITE.test(text.slice(Math.max(0, m.index - 20), m.index + 12))
  )
    why =
      "Caricatures what the customer wants ('wants it all for nothing', 'expects miracles', '…, naturally').";
  else m = null;
  if (!m) return;
  const hit: ToneMatch = {
    id: "tone.note-category",
    kind: "complain",
    label: "dismissive",
    start: at + m.index,
    end: at + m.index + m[0].replace(/[\s.,;:!-]+$/, "").length,
    why,
  };
  if (POLITE.test(text))
    rejected?.push({
      ...hit,
      reason: "the sentence apologises, owns the fault or denies the judgement (a look-alike)",
    });
  else out.push(hit);
}

/** Lasting or working well on a condition of care ("these last years if people look after them"). */
const CARE_COND = new RegExp(
  String.raw`\b(?:last|lasts|hold\s+up|holds\s+up|work|works|perform|performs|run|runs|keep\s+going|keeps\s+going|go\s+on|goes\s+on|(?:are|is)\s+(?:fine|reliable|trouble-free))\b[^.;:!?]{0,40}?\b(?:if|when|where|provided(?:\s+that)?|as\s+long\s+as|so\s+long\s+as|for\s+(?:the\s+)?(?:customers|people|owners|users|those|anyone)\s+(?:who|that))\s+((?:(?:people|owners|users|customers|the\s+(?:user|owner|customer|purchaser)s?|they|you|those|anyone|it'?s|they're|it\s+is|they\s+are)\s+)?)(?:\w+\s+)?(?:look(?:s|ed)?\s+after|treat(?:s|ed)?|use(?:s|d)?|follow(?:s|ed)?|car(?:e|es|ed)\s+for|maintain(?:s|ed)?|descale(?:s|d)?|clean(?:s|ed)?)\b`,
);
/** A cheap first test: a condition word and a verb of care, both needed by `CARE_COND`. */
const CARE_CUE =
  /\b(?:if|when|where|provided|as\s+long|so\s+long|for\s+(?:the\s+)?(?:customers|people|owners|users|those|anyone))\b[^.;:!?]{0,60}?\b(?:look|treat|use|follow|car|maintain|descal|clean)/;
/** Said of people in general (not "you", not the product). */
const GENERIC_USER =
  /^(?:people|owners|users|customers|the\s+(?:user|owner|customer|purchaser)s?|those|anyone)\s+$/;
const CARE_PROPERLY =
  /\b(?:look(?:s|ed)?\s+after|treat(?:s|ed)?|use(?:s|d)?|follow(?:s|ed)?|maintain(?:s|ed)?|descale(?:s|d)?|clean(?:s|ed)?)\s+(?:(?:it|them|the\s+\w+)\s+)?(?:properly|correctly|right|as\s+(?:intended|designed|directed|instructed))\b/;
/** Her case set against the rule: "Yours hasn't.", "Unlike yours." */
const HERS_CONTRASTED =
  /(?:^|[,;:-]\s*)(?:(?:but|unlike|except|sadly|clearly|evidently|obviously)\s+)?(?:yours|this\s+one|the\s+customer's|cust's|hers|his)\b[^.!?]{0,30}?\b(?:hasn't|has\s+not|haven't|wasn't|weren't|didn't|clearly|obviously|evidently|not)\b|\bunlike\s+yours\b/;
const CARE_POLITE =
  /\b(?:here's|here\s+is|free|i've|we've|i'll|we'll|i\s+have|we\s+have|sent|sending|replac\w*|refund\w*|repair\w*|covered|guarantee|warranty)\b/;

/**
 * Ninth pass: blame by a condition of care: the product lasts or works "if people look after them" / "where the user
 * follows the instructions", said as a rule (a claim of generality about people in general), with "properly", or with
 * her case set against it ("Yours hasn't."). Advice with our help ("These last for years if they're descaled now and
 * then, so here's a free pack") is not read.
 */
function readCareCondition(
  lower: string,
  sentences: readonly Sentence[],
  si: number,
  out: ToneMatch[],
  rejected?: ToneRejection[],
): void {
  const s = sentences[si]!;
  const text = lower.slice(s.start, s.end);
  if (!CARE_CUE.test(text)) return;
  const m = CARE_COND.exec(text);
  if (!m) return;
  const next = sentences[si + 1];
  const nextText = next ? lower.slice(next.start, next.end).trim() : "";
  const stance =
    CARE_PROPERLY.test(text) ||
    HERS_CONTRASTED.test(text.slice(m.index + m[0].length)) ||
    HERS_CONTRASTED.test(nextText) ||
    (GENERIC_RE.test(text) && GENERIC_USER.test(m[1] ?? ""));
  if (!stance) return;
  const hit: ToneMatch = {
    id: "tone.care-condition",
    kind: "blame",
    label: "blame",
    start: s.start + m.index,
    end: s.start + m.index + m[0].length,
    why: "Blames by a condition of care: these last 'if people look after them' (properly), so hers was not looked after.",
  };
  let reason: string | undefined;
  if (POLITE.test(text))
    reason = "the sentence apologises, owns the fault or denies the judgement (a look-alike)";
  else if (CARE_POLITE.test(text) || CARE_POLITE.test(nextText))
    reason = "advice given with our help or remedy (a look-alike)";
  if (reason) rejected?.push({ ...hit, reason });
  else out.push(hit);
}

// ------------------------------------------------------------------------------- endearments (tenth pass)
/**
 * A word of endearment ("love", "hun", "pet") used to address the customer: after a comma, at a sentence's start or
 * after a short opener ("thanks", "sorry", "listen"), and before punctuation or the end. rules.ts
 * (`dismissive.patronising-endearment`) reads it as patronising address unless its sentence is sympathy alone.
 */
// Twelfth pass: "sunshine", "flower", "chick", "my lovely", "dearie", "princess", "treacle", "young lady / man" (UK
// endearments and condescending address; only as address, by ENDEARMENT_ADDRESS's position test).
const ENDEAR = String.raw`(?:hun|hunny|hon|honey|sweetie|sweety|sweetheart|sweetpea|darling|darlin|babe|petal|pet|poppet|lovey|love|luv|duck|hen|my\s+dear|dear|my\s+love|sweetie\s+pie|sunshine|flower|chick|my\s+lovely|dearie|deary|princess|treacle|young\s+lady|young\s+man)`;
export const ENDEARMENT_ADDRESS = String.raw`\b${ENDEAR}(?=\s*[,.!?]|\s*$)(?<=(?:^|[,.!?;:\n]\s{0,3}|\b(?:thanks|thank\s+you|cheers|sorry|ta|ok|okay|right|now|listen|look|yes|no|there\s+you\s+go|no\s+worries|hi|hiya|hello|morning|afternoon)\s{1,3})${ENDEAR})`;

/**
 * The lead's rubric decision (session 38): an endearment attached to SYMPATHY ("Oh no, Linda, love, not again.",
 * "Sorry to hear that, pet", "aw bless you, that's rotten luck") is over-familiar, a point on register, not
 * disrespect; one attached to a correction, an instruction or a brush-off ("calm down, love", "listen, love, it's
 * not rocket science", "sweetheart, you just have to press the button") stays patronising. So the endearment is
 * excused only when its whole sentence is made of sympathy, address and our own help, with at least one sympathy
 * phrase: every clause must be one of those units, and any other clause (a correction, an instruction, a "but you…",
 * a dismissal) keeps the reading. Bounded: each unit's tail stops at clause punctuation.
 */
const TAIL = (n: number) => String.raw`(?:\s+[^,.!?;:\n]{1,${n}}?)?`;
const SYMPATHY_UNIT = String.raw`(?:oh\s+no(?:\s+not\s+again)?|oh\s+dear|not\s+again|(?:(?:i'm|i\s+am|we're|we\s+are)\s+)?(?:(?:so|really|very|ever\s+so|truly|terribly|awfully)\s+)*sorry(?:\s+to\s+hear(?:\s+(?:that|this|it|about\b${TAIL(40)}))?|\s+(?:about|for|that|you|your|it's|this)\b${TAIL(60)})?|(?:that's|that\s+is|it's|it\s+is|this\s+is|how)\s+(?:(?:so|really|just|absolutely|such|properly|well)\s+)*(?:(?:a|an)\s+)?(?:rotten|rubbish|awful|horrible|terrible|miserable|dreadful|frustrating|annoying|maddening|upsetting|stressful|unfair|not\s+on|not\s+right|not\s+fair|not\s+good\s+enough|shame|pity|pain|nightmare|hassle|faff|palaver|nuisance|worry)(?:\s+(?:luck|news|week|day|time|morning|start|experience|thing\s+to\s+happen))?(?:\s+(?:for\s+you|when\b${TAIL(80)}))?|what\s+a\s+(?:(?:rotten|rubbish|awful|horrible|terrible|miserable|dreadful|frustrating|stressful)\s+)?(?:luck|news|week|day|time|morning|start|end|pain|nightmare|shame|pity|palaver|faff|hassle|worry|to-do|carry-on)(?:\s+to\s+(?:the|your|a)\s+(?:day|week|weekend|month|morning|year|holiday|birthday))?(?:\s+(?:you've|you\s+have)\s+had(?:\s+of\s+it)?)?|(?:rotten|bad|hard|tough|awful|terrible|poor)\s+luck|(?:oh\s+)?(?:you\s+)?poor\s+(?:you|thing|soul)|(?:i\s+can|can)\s+(?:only\s+)?imagine${TAIL(60)}|(?:that|it|this)\s+must\s+(?:have\s+been|be)\s+(?:(?:so|really|very|such)\s+)?(?:frustrating|awful|horrible|upsetting|stressful|worrying|annoying|maddening|miserable|frightening|scary|disappointing|a\s+(?:(?:real|right|proper|horrible|nasty|big|bit\s+of\s+a)\s+)?(?:pain|worry|nightmare|shock|hassle|let-?down|fright|scare|blow|disappointment|headache))(?:\s+for\s+you)?|you\s+(?:don't|do\s+not)\s+deserve\s+(?:this|that|it)|you(?:'ve|\s+have)\s+(?:had|been\s+through)\s+(?:(?:a|an|such\s+a)\s+)?(?:rough|awful|horrible|terrible|rotten|hard|tough|miserable|dreadful)\s+(?:time|week|day|few\s+days|month|morning|run)(?:\s+of\s+it)?|(?:i\s+)?hope\s+you(?:'re|\s+are)\s+(?:ok|okay|alright|all\s+right|feeling\s+better|doing\s+ok)|take\s+care)`;
const ADDRESS_UNIT = String.raw`(?:(?:oh|aw+|ah+|oh\s+dear|oh\s+gosh|oh\s+heck|oh\s+my(?:\s+(?:god|goodness|word))?|oof|eek|crikey|blimey|hi|hiya|hello|morning|afternoon)(?:\s+bless(?:\s+(?:you|your\s+heart))?)?|bless\s+(?:you|your\s+heart)|(?:[a-z][a-z'-]+\s*,?\s+)?${ENDEAR})`;
/** Our own help in the same sentence ("I'll sort it", "let me get a new one out"): not a correction of her. */
const OURS_UNIT = String.raw`(?:(?:i|we)(?:'ll|\s+will|'ve|\s+have|'m\s+going\s+to|\s+am\s+going\s+to|'re\s+going\s+to|\s+can)|let\s+me|leave\s+it\s+with\s+me)\b(?!\s+just\s+have\s+to)${TAIL(100)}`;
const UNIT = String.raw`(?:${SYMPATHY_UNIT}|${ADDRESS_UNIT}|${OURS_UNIT})`;
const SEP = String.raw`(?:\s*[,.!;:-]+\s*(?:(?:and|so)\s+)?|\s+(?:and|so)\s+)`;
export const SYMPATHY_ALONE = new RegExp(
  String.raw`^\s*(?=[^]*?\b${SYMPATHY_UNIT})${UNIT}(?:${SEP}${UNIT})*[\s.!?]*$`,
  "i",
);
const ADDRESSED = new RegExp(
  String.raw`${ENDEARMENT_ADDRESS}|\b(?:(?:oh|aw+|ah)[,!]?\s+)?bless\s+(?:you|your\s+heart)\b(?!\s+for\b)`,
  "gi",
);

/**
 * Endearments in `text` whose sentence is sympathy alone (SYMPATHY_ALONE): not disrespect under the rubric, but the
 * register of a chat with a friend, which the marker's plain-language point may read (offsets into `text`).
 */
export function sympatheticEndearments(text: string): { start: number; end: number; text: string }[] {
  const norm = normaliseText(text);
  const sentences = splitSentences(norm);
  const out: { start: number; end: number; text: string }[] = [];
  for (const m of norm.matchAll(ADDRESSED)) {
    const s = sentences[sentenceIndexAt(sentences, m.index)];
    if (s && SYMPATHY_ALONE.test(norm.slice(s.start, s.end)))
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        text: text.slice(m.index, m.index + m[0].length),
      });
  }
  return out;
}

// ------------------------------------------------------------- fourteenth pass: what a clause does to her
/*
 * Fourteenth pass (session 42, README "Respect by meaning: fourteenth pass"). The readers above each hold one kind's
 * words, and another writer's sneer in new words was caught about one time in six. This reader reads what a clause
 * DOES to the customer instead, from its parts: a head (an advice modal, an evaluation, a consoling "at least", a
 * counterfactual), its subject (her, addressed or in a note; an imperative to her; "it's worth…"; other customers),
 * its polarity, and the class of its verb or object (her conduct or care, her feelings, reasons or taste, her loss).
 * Four functions:
 *
 *  (a) advice on her conduct or care she did not ask for: an advice head + a lesson's scope ("before you ring us",
 *      "from now on", "properly", "so you're not caught out", a cause named); not instructions for the remedy, advice
 *      she asked for, care of the replacement, or an option offered ("if you'd like").
 *  (b) evaluation of her feelings, reasons, taste or competence: an excess feeling refused ("no need to get so
 *      upset"), her reason called odd or out of proportion, her reasons said not to make sense, other customers held
 *      against her (not minding, happy with it), her strong feeling held up beside a trifle, her choice mocked (a mock
 *      concession, a choice that "ruins good beans", an analogy with a shrug or a mock question), a note writing her off
 *      ("not a serious coffee drinker", "don't expect much from her"); not when the evaluation is in her favour.
 *  (c) cheer, jokes or irony about her trouble: "at least…" weighing her loss with no apology, a silver lining, a mock
 *      exclamation or a laugh beside her loss; not good news about the remedy, "at least let me…", cheer with no loss.
 *      Decided: "at least nobody was hurt" beside an apology is relief for her safety, not minimising.
 *  (d) hindsight: what she could have done, an inverted "had you…", a passive counterfactual of her care ("had the
 *      grinder been emptied…"), "it would have helped if you'd…", "with hindsight" on her choice; not our hindsight,
 *      "you could have been hurt", a right she still has, or thanks for telling us now.
 *
 * Within six months a fault is presumed present at delivery (CRA 2015 s.19(14)-(15)), so advice or hindsight that puts
 * it on her care is blame; the rest is dismissive. Each finding keeps its words and says which function it read.
 */
/** Clause openers that do not change what a clause does. */
const FN_OPEN = String.raw`(?:(?:so|well|just|perhaps|maybe|also|and|oh|honestly|frankly|now|look|also|but|then|really|please|in\s+future|for\s+the\s+future|going\s+forward|next\s+time|from\s+now\s+on)\s*,?\s+)*`;
/** Where a clause starts (sentence start, after clause punctuation or a joining word). */
const FN_AT = String.raw`(?<=^\s*|[,;:(]\s*|\s-\s*|\b(?:but|and|so|then|though)\s+)`;
/** A bare imperative of her conduct after a lesson's opener ("In future, please read…"). */
const CONDUCT_WORD = String.raw`(?:read|check|double-?check|look|pay|be|stay|handle|treat|store|keep|clean|rinse|descale|empty|fill|measure|plug|switch|press|push|follow|order|plan|think|register|give|use|let|allow|turn|tighten|close|shut|wipe|dry|put|leave|wait|get|try|make|remember)\b`;
/** Advice heads addressed to her. */
const ADVICE_HEAD = String.raw`${FN_AT}${FN_OPEN}(?:(?:in\s+(?:the\s+)?future|next\s+time|going\s+forward|from\s+now\s+on|for\s+(?:the\s+)?future)\s*,?\s+(?:(?:please|just|do)\s+)*(?=${CONDUCT_WORD})|(?:do\s+)?(?:try\s+to|try\s+not\s+to|make\s+sure(?:\s+(?:that\s+)?you(?:'re|\s+are)?)?|be\s+sure\s+to|remember\s+to|don't\s+forget\s+to|always|never)|you\s+(?:really\s+)?(?:should|ought\s+to|must|need\s+to|might\s+(?:want|like|wish)\s+to|may\s+(?:want|wish)\s+to|would\s+do\s+well\s+to|'d\s+(?:do\s+well|be\s+(?:better|best|wise)(?:\s+off)?)\s+to|had\s+better|'d\s+better)|(?:it's|it\s+is|it'd\s+be|it\s+would\s+be|it\s+might\s+be|it\s+may\s+be|might\s+be|may\s+be|could\s+be|it\s+could\s+be)\s+(?:well\s+|really\s+|always\s+)?(?:worth|wise|best|better|sensible|advisable|a\s+good\s+idea|an\s+idea)(?:\s+to)?|(?:i'd|i\s+would|we'd|we\s+would)\s+(?:(?:strongly|really|just|always)\s+)?(?:suggest|recommend|advise|encourage|urge)(?:\s+that)?(?:\s+you)?|(?:my|our)\s+advice\s+(?:would\s+be|is)(?:\s+to)?|(?:cust(?:omer)?|client|caller|she|he)\s+(?:was\s+|has\s+been\s+)?(?:advised|told|reminded|warned)\s+to)\b\s*`;
/** Her conduct or care (what a lesson is about). */
const CONDUCT = String.raw`(?:read|reading|check|checking|double-?check|double-?checking|look|looking|pay|paying|be|being|stay|handle|handling|treat|treating|store|storing|keep|keeping|clean|cleaning|rinse|rinsing|descale|descaling|empty|emptying|fill|filling|measure|measuring|plug|plugging|switch|switching|press|pressing|push|pushing|follow|following|order|ordering|plan|planning|think|thinking|register|registering|give|giving|use|using|let|letting|allow|turn|turning|tighten|close|shut|wipe|dry|put|putting|leave|leaving|wait|waiting|get|getting)`;
/** A cheap first test of a sentence for an advice head (no lookbehind). */
const ADVICE_CUE =
  /\b(?:future|next\s+time|going\s+forward|from\s+now|should|ought|must|need\s+to|want\s+to|like\s+to|wish\s+to|do\s+well|better|best|wise|worth|sensible|advisable|idea|suggest|recommend|advise|encourage|urge|advice|told\s+to|reminded|warned|try|make\s+sure|be\s+sure|remember|forget|always|never)\b/;
/** A lesson's scope: for next time, before she contacts us, done properly, so she is not caught out, or a cause. */
const LESSON = new RegExp(
  String.raw`\b(?:next\s+time|in\s+(?:the\s+)?future|from\s+now\s+on|going\s+forward|for\s+(?:the\s+)?future(?:\s+reference)?|anyway|always|every\s+time|each\s+time|after\s+(?:each|every)\s+use|before\s+(?:you\s+)?(?:ring|call|contact|email|e-mail|write|message|complain|order|hit|buy|use|get\s+in\s+touch|chase|raise|try)\w*|so\s+(?:that\s+)?(?:you(?:'re|\s+are)?|u)\s+(?:not|don't|won't|aren't|never)\b|so\s+(?:that\s+)?(?:this|it|that)\s+(?:doesn't|does\s+not|won't|will\s+not|never|not)\s+(?:happen|occur)|(?:to\s+avoid|avoiding)\s+(?:this|that|it|a\s+repeat|the\s+same)|properly|correctly|actually|more\s+(?:carefully|careful|often|gently|closely|attention)|a\s+(?:bit|little|touch)\s+(?:more|gentler|less)|gentler|with\s+(?:more\s+)?care|all\s+the\s+way|(?:is|are)\s+(?:usually|normally|often|generally|almost\s+always|nearly\s+always)\s+(?:the\s+)?(?:culprit|cause|reason|problem)|can't\s+wait\s+(?:around\s+)?(?:forever|all\s+day))\b`,
);
/** A cause named in the lesson (her care as the cause: blame rather than a lecture). */
const LESSON_CAUSE =
  /\b(?:culprit|cause|so\s+(?:that\s+)?(?:this|it|that)\s+(?:doesn't|does\s+not|won't|will\s+not|never|not)\s+(?:happen|occur)|to\s+avoid\s+(?:this|that|it|a\s+repeat|the\s+same)|happen\s+again)\b/;
/** "Just a tip:" / "A word of advice:" opening a clause: the next clause is advice whatever its verb. */
const TIP_HEAD =
  /(?:^|[,;(]\s*)(?:(?:oh|and|but|so)\s*,?\s+)?(?:just\s+)?(?:a\s+)?(?:quick\s+|friendly\s+|little\s+|top\s+|handy\s+|helpful\s+)?(?:tip|word\s+of\s+advice|word\s+to\s+the\s+wise|pointer|piece\s+of\s+advice|pro\s+tip)\s*[:-]\s*/;
/** The advice serves the remedy, her records, or an option she may take: not a lesson. */
const ADVICE_FOR_HER =
  /\b(?:(?:the|your|a)\s+new\s+\w+|new\s+one|replacement|refund\w*|the\s+return|returns?\s+(?:label|form|bag)|collect\w*|courier\s+(?:collects|picks|comes)|receipt|guarantee|warranty|(?:your|her)\s+records|claim|spam|junk|as\s+you\s+asked|you\s+asked|since\s+you\s+asked|if\s+you(?:'d|\s+would)\s+(?:like|prefer|rather)|if\s+you\s+(?:want|prefer|wish)|so\s+(?:that\s+)?(?:we|i)\s+can|free)\b/;

/**
 * A tip about getting more out of what she bought (it keeps fresher, lasts longer, tastes better): friendly
 * advice, not a lesson about her conduct. The lead's decision (session 44, loyalty-r28-freeze-half): "Top tip:
 * split the bag into a few small jars… and the 1kg bag will last you perfectly" is not disrespect; given in
 * place of what she asked for it is a non-answer, which the marker's advice-instead.ts judges. A tip that
 * still says she got it wrong ("next time", "properly", "before you email us") stays a lesson.
 */
const TIP_FOR_THE_GOODS =
  /\b(?:(?:will|'ll|should|would)\s+(?:last|keep|stay)|keeps?\s+(?:it|them|the\s+\w+|your\s+\w+)\s+(?:fresh|fresher|tasting|hotter|warmer|crisper|at\s+(?:its|their)\s+best)|stays?\s+fresh|fresher|lasts?\s+(?:you\s+)?(?:longer|perfectly|ages|well|a\s+(?:lot\s+)?longer)|get\s+the\s+(?:most|best)\s+(?:out\s+)?of|tastes?\s+(?:better|great|even\s+better|its\s+best)|brings?\s+out\s+the|freez\w+|airtight|to\s+the\s+last\s+(?:scoop|cup|bean|drop|spoonful))\b/;
const TIP_AS_LESSON =
  /\b(?:next\s+time|in\s+future|from\s+now\s+on|properly|before\s+(?:you\s+)?(?:email|contact|ring|call|complain|message|write)\w*|should\s+have|should've|you\s+(?:didn't|did\s+not|forgot|need\s+to\s+read)|instructions|manual)\b/;

/** (b) An excess feeling or contact refused. */
const NO_NEED_EXCESS = String.raw`\bno\s+(?:real\s+)?need\s+(?:at\s+all\s+)?(?:for\s+you\s+)?to\s+(?:(?:get|be|sound|become)\s+(?:so\s+|that\s+|quite\s+so\s+|this\s+|all\s+)?(?:rude|aggressive|sarcastic|personal|nasty|abusive|snippy|snappy|shirty|narky|arsy|defensive|difficult|awkward|demanding|pushy)|make\s+(?:a|such\s+a)\s+(?:fuss|scene|drama)|kick\s+off|keep\s+(?:emailing|calling|ringing|writing|messaging|chasing))\b`;
/** (b) Her reason or her contact called odd. */
const ODD_REASON = String.raw`\b(?:odd|strange|funny|curious|unusual|peculiar|bizarre|weird)\s+(?:thing|reason|choice|request|complaint)\s+(?:to|for\s+you\s+to)\s+(?:write|ring|call|email|complain|ask|want|worry|fuss|get|be|make|choose|pick|contact|chase|mention|raise|bring|object)\w*|\b(?:odd|strange|funny|curious|peculiar|bizarre|weird)\s+that\s+you(?:'d|\s+would|\s+should)\b`;
/** (b) Her reaction or contact said to be out of proportion (with a negative stance before it). */
const OUT_OF_PROPORTION = String.raw`\b(?:(?:warrants?|justif(?:y|ies)|merits?|calls?\s+for|deserves?)\s+(?:(?:a|an|all|this|that|these|those|so\s+much|so\s+many|such\s+an?|two|three|four|five|six|several|multiple|\d+)\s+)?(?:\w+\s+)?(?:emails?|calls?|complaints?|messages?|fuss|reaction|drama|panic|letters?|chasers?|capitals|shouting)|worth\s+(?:getting|being|feeling)\s+(?:so\s+|that\s+|all\s+)?(?:worked\s+up|upset|cross|annoyed|angry|stressed|wound\s+up|het\s+up)|worth\s+(?:(?:a|an|all|this|that|so\s+much)\s+)?(?:fuss|drama|complaint|panic))\b`;
const DOUBTING =
  /(?:\b(?:not\s+sure|hardly|barely|scarcely|surely\s+not|doubt|don't\s+think|do\s+not\s+think|wouldn't\s+have\s+thought|would\s+not\s+have\s+thought|wouldn't\s+say|can't\s+see\s+(?:how|why))\b|n't\s+(?:really\s+)?(?:warrant|justify|merit|call|deserve)|\bnot\s+(?:really\s+)?(?:worth|warrant))/;
/** (b) Her reasons judged: a negated sense, or a negative predicate. */
const HER_REASONS = String.raw`\byour\s+(?:reasons?|reasoning|logic|thinking|argument|expectations?|point|complaint|request|understanding)(?:\s+for\s+\w+(?:\s+\w+)?)?\s+(?:(?:don't|doesn't|do\s+not|does\s+not)\s+(?:really\s+|quite\s+|entirely\s+)?(?:make\s+(?:a\s+lot\s+of\s+|much\s+|any\s+|total\s+)?sense|add\s+up|hold\s+(?:up|water)|stack\s+up)|(?:is|are|seems?|seem\s+to\s+be|sounds?)\s+(?:(?:really|quite|a\s+bit|a\s+little|rather|entirely|very|all\s+that|terribly|somewhat|frankly)\s+)*(?:unrealistic|unreasonable|far-?fetched|odd|strange|confused|muddled|flawed|illogical|excessive|questionable|a\s+bit\s+much|too\s+high|rather\s+high|over\s+the\s+top))\b`;
/** (b) Other customers held against her: they do not mind, are happy with it, never complain. */
const OTHER_CUSTOMERS = String.raw`(?:\b(?:most|many|plenty\s+of|lots\s+of|the\s+majority\s+of|all|other|our\s+other|every\s+other|the\s+rest\s+of\s+(?:our|the))\s+(?:of\s+(?:our|the)\s+)?(?:customers|subscribers|users|owners|people|buyers|clients|members|shoppers)|\b(?:everyone|everybody)\s+else|\b(?:nobody|no\s+one|no-one)\s+else)`;
const OTHERS_UNBOTHERED = String.raw`${OTHER_CUSTOMERS}\s+(?:(?:have|has|had|are|is|were|seem|seems|would|do|did)\s+)?(?:(?:wouldn't|would\s+not|don't|do\s+not|didn't|never|rarely|hardly)\s+(?:even\s+|ever\s+)?(?:think\s+twice|mind|notice|bother|complain|care|worry|fuss|make\s+a\s+fuss|have\s+(?:a|any)\s+(?:problem|issue|trouble))|(?:perfectly\s+|quite\s+|very\s+|more\s+than\s+|completely\s+|all\s+)?(?:happy|fine|content|satisfied|okay|ok|pleased)\s+with|(?:manage|managed|cope|coped|get\s+on)\s+(?:fine|perfectly|without)|no\s+(?:problem|issue|trouble|complaints?)\s+with|(?:complained|mentioned|minded|noticed|objected))\b`;
/** Others in her favour or thanks for telling us: not held against her. */
const OTHERS_FOR_HER =
  /\b(?:thank\w*|grateful|glad\s+you|helps?\s+us|so\s+(?:it's|it\s+is)\s+(?:a|the|our)|not\s+(?:anything|something)\s+you|you're\s+right|you\s+are\s+right|too\b|but\s+(?:that|this|it)\s+(?:doesn't|does\s+not)|which\s+makes\s+it\s+worse)\b/;
/** (b) Her strong feeling held up beside a trifle. */
const STRONG_FEELING = String.raw`\byou\s+(?:seem|sound|appear)\s+(?:to\s+(?:feel|be|care|get)\s+)?(?:(?:very|so|really|quite|rather|awfully|terribly|extremely|incredibly|remarkably)\s+)+(?:strongly|passionate|bothered|invested|attached|exercised|worked\s+up|upset|cross|angry|emotional|particular)\s+(?:about|over|by)\s+(?:a|an|the|one|this|that|some)\b`;
/** (b) Her taste: a mock concession ("Lovely as your…is,"), or her choice said to spoil good things. */
const TASTE = String.raw`(?:^|[,;:]\s*)(?:lovely|nice|charming|sweet|fine|great|good|interesting|admirable|brave|commendable)\s+as\s+your\s+[^,.!?;]{2,50}?\s+(?:is|are|was|were|may\s+be|might\s+be),|\b(?:ruin|ruins|ruined|spoil|spoils|spoilt|spoiled|waste|wastes|wasted|kill|kills|murder|murders|defeats?\s+the\s+(?:point|object)\s+of|(?:is|are)\s+a\s+waste\s+of)\s+(?:a\s+|the\s+|such\s+)?(?:good|decent|fine|proper|quality|great|lovely|nice|perfectly\s+good|expensive|specialty|speciality|beautiful)\s+(?:beans|coffee|machine|grinder|espresso|roast|kit|kettle|blend)`;
/** (b) Her choice likened to a foolish act, and a shrug or a mock question about it. */
const ANALOGY = /\blike\s+(?:\w+ing)\s+(?:(?:a|an|the|your|some|\w+)\s+){0,3}?\w+/;
const CHOICE_SHRUG =
  /\b(?:each\s+to\s+(?:their|his|her|your)\s+own|to\s+each\s+(?:their|his|her)\s+own|(?:it's|it\s+is)\s+your\s+(?:money|call|funeral|choice|kitchen|machine|business)|whatever\s+(?:floats\s+your\s+boat|works\s+for\s+you|makes\s+you\s+happy|rocks\s+your\s+boat)|if\s+that's\s+what\s+(?:you\s+like|floats|makes)|no\s+accounting\s+for\s+taste|horses\s+for\s+courses|who\s+am\s+i\s+to\s+judge|not\s+for\s+me\s+to\s+judge|no\s+judgement|no\s+judgment|i\s+won't\s+judge)\b/;
const MOCK_CHOICE_Q =
  /(?:,\s*(?:though|really|seriously)|\b(?:in|with|on)\s+(?:a|an|the|your)\s+[\w\s'-]{2,30}?(?:,\s*though|\s+like\s+that)?)\s*\?+\s*$/;
/** (b) A note writing her off, or her competence denied. */
const WRITTEN_OFF = String.raw`\bnot\s+(?:really\s+|exactly\s+|much\s+of\s+)?(?:a|an)\s+(?:serious|real|proper|true|genuine|committed|discerning)\s+(?:\w+\s+)?(?:drinker|lover|person|customer|fan|enthusiast|cook|buyer|user|connoisseur|type)\b|\bnot\s+(?:really|exactly|much\s+of)\s+(?:a|an)\s+(?:\w+\s+)?(?:person|drinker|lover|fan|expert|connoisseur|type)\b[^.!?]{0,20}?,\s*(?:is|was)\s+(?:she|he)\b|\b(?:don't|do\s+not|wouldn't|would\s+not|won't)\s+expect\s+(?:much|a\s+lot|anything|great\s+things|too\s+much)\s+(?:from|of)\s+(?:her|him|them|this\s+one|the\s+customer|cust)\b|\b(?:cust(?:omer)?|client|caller|she|he|you(?:'re|\s+are)|she's|he's)\s+(?:(?:is|was|clearly|obviously|evidently|certainly|definitely)\s+){0,2}no\s+(?:expert|genius|barista|connoisseur|techie|rocket\s+scientist|einstein|brainbox)\b`;

/** (c) "At least" weighing her loss (not "at least let me…", a minimum, or our act). */
const AT_LEAST = String.raw`(?:^\s*|[,;:(]\s*|\b(?:but|well|oh\s+well|still|hey|and|so)\s*,?\s*)at\s+least\s+(?!(?:let|allow)\b|(?:i|we)\b|(?:i|we)'|(?:by|within|until|for|once|one|two|three|\d|a\s+(?:week|day|month|few))\b)(?:you|your|it|it's|that|that's|this|there|there's|they|nobody|no\s+one|no-one|only|the|she|he|cust)\b`;
/** Our remedy in the sentence ("at least it still works until the replacement arrives"). */
const REMEDY_IN_SENTENCE =
  /\b(?:replacement|refund\w*|new\s+one|(?:the|your|a)\s+new\s+\w+|i've|we've|i'll|we'll|i\s+will|we\s+will|on\s+its\s+way)\b/;
/** "At least" is about her trouble: she is addressed, or a loss or a harm is named (not "at least it shows up" in an
 *  analysis of which customer is most at risk). */
const HER_TROUBLE =
  /\b(?:you|your|u|missing|lost|broken|broke|late|cold|crack\w*|smash\w*|shatter\w*|leak\w*|damaged|dented|wrong|parcels?|deliver\w*|faulty|stopped|hurt|injured|harmed|burn\w*|scald\w*)\b/;
/** Relief for her safety ("I'm so glad you're safe"). */
const HER_SAFETY = /\b(?:glad|relieved|thankful|thank\s+goodness|safe|unhurt)\b/;
/** The remedy as the good news after "at least" / "on the plus side". */
const REMEDY_NEWS =
  /^[\s,:-]*(?:(?:the|your)\s+(?:replacement|new\s+\w+|refund|money|credit|voucher)|(?:we|i)(?:'ve|'ll|\s+have|\s+will|\s+can)?|our)\b/;
const SILVER_LINING = String.raw`\b(?:look\s+at\s+it\s+this\s+way|on\s+the\s+(?:plus|bright|up|sunny)\s*side|every\s+cloud|silver\s+lining|(?:it\s+)?could\s+(?:be|have\s+been)\s+(?:a\s+lot\s+|much\s+|far\s+)?worse|one\s+less\s+\w+\s+to|(?:a\s+)?(?:good|great|perfect|very\s+good|brilliant)\s+excuse\s+to|(?:you'll|you\s+will)\s+appreciate\s+(?:it|the\s+\w+|your\s+\w+)\s+(?:all\s+)?the\s+more)`;
const MOCK_EXCLAIM = String.raw`(?:^\s*|[,;:!]\s*)(?:ha(?:ha)*|hah|lol|lmao)\b[!,.]|\b(?:the\s+horror|oh\s+the\s+humanity|quelle\s+horreur|what\s+fun|fun\s+times|good\s+times|how\s+exciting|lucky\s+you|some\s+(?:kind|sort)\s+of\s+record|a\s+new\s+record|personal\s+best|what\s+a\s+palaver)\b`;
/** The trouble laughed at is the writer's own ("Haha, I'm late for my shift!"), not hers. */
const OWN_TROUBLE = /\b(?:i'm|i\s+am|i\s+was|i've|my|me)\b/;
/** Her loss or trouble named. */
const LOSS =
  /\b(?:missing|lost|broken|broke|late|cold|crack\w*|smash\w*|shatter\w*|leak\w*|damaged|dented|wrong|couriers?|parcels?|deliver\w*|wait\w*|faulty|stopped|died|dead|no\s+coffee|went\s+astray)\b/;

/** (d) Hindsight about her conduct. */
const HINDSIGHT = String.raw`${FN_AT}${FN_OPEN}had\s+(?:you|the\s+customer|she|he|cust)\s+(?!not\b)(?:\w+\s+){0,2}?(?:\w+ed|rung|read|done|taken|kept|put|seen|known|told|let|got|given|thought|bought|sent|run|left|shut|found|chosen|spoken|written)\b|\b(?:had|if)\s+(?:the|your|it|they|this|that)\s+(?:\w+\s+){0,2}?(?:had\s+)?been\s+(?:properly\s+|regularly\s+|correctly\s+|fully\s+|firmly\s+)?(?:emptied|cleaned|descaled|rinsed|closed|shut|clicked|tightened|used|stored|handled|filled|read|followed|registered|plugged|screwed|fitted|dried|maintained|looked\s+after|treated|kept|pushed|pressed|seated|locked|secured)\b|\b(?:you|she|he|cust(?:omer)?)\s+(?:could|might)\s+(?:always\s+|just\s+|easily\s+|simply\s+|well\s+){0,2}have\s+(?:saved\s+(?:yourself|herself|himself)|spared\s+(?:yourself|herself|himself)|avoided|prevented)\b|\b(?:you|she|he|cust(?:omer)?)\s+could\s+(?:always|just|easily|simply)\s+(?:\w+\s+)?have\s+(?:just\s+)?\w+(?:ed|en)?\b|\b(?:it|that|this)\s+would\s+have\s+(?:helped|been\s+(?:easier|quicker|simpler|better|useful|handy|nice))\s+(?:(?:us|me)\s+)?if\s+(?:you|she|he|cust)(?:'d|\s+had)\b|\b(?:with|in)\s+hindsight\b|\blooking\s+back\b|\bin\s+retrospect\b`;
/** A counterfactual needs its consequence ("would / wouldn't / could have"). */
const WOULD_HAVE = /\b(?:would|wouldn't|could|couldn't|might|\w+'d)\b/;
/** Hindsight that is ours, clears her, thanks her, is concern for her, or leaves her a right. */
const HINDSIGHT_POLITE =
  /\b(?:we|our|us|i'd|i\s+had|courier|depot|driver|warehouse|system|even\s+if|thank\w*|grateful|glad|still\s+can|still\s+could|can\s+still|been\s+(?:hurt|burnt|burned|injured|scalded|harmed|electrocuted|badly|seriously|killed))\b/;
/** "With hindsight" needs her choice and a verdict on it. */
const HINDSIGHT_CHOICE =
  /\b(?:you|your|ordering|buying|choosing|picking|going\s+for|opting)\b[^.!?]{0,80}?\b(?:risky|a\s+mistake|(?:wasn't|was\s+not|not)\s+(?:wise|ideal|the\s+best)|always\s+going\s+to|asking\s+for\s+trouble|a\s+gamble|optimistic|should\s+have|shouldn't\s+have|could\s+have|would\s+have)\b/;

const FN_ADVICE = new RegExp(
  ADVICE_HEAD +
    String.raw`(?:(?:actually|really|just|always|properly|definitely|also|at\s+least)\s+)?` +
    CONDUCT +
    String.raw`\b`,
);
const FN_NO_NEED = new RegExp(NO_NEED_EXCESS);
const FN_ODD = new RegExp(ODD_REASON);
const FN_PROPORTION = new RegExp(OUT_OF_PROPORTION);
const FN_REASONS = new RegExp(HER_REASONS);
const FN_OTHERS = new RegExp(OTHERS_UNBOTHERED);
const FN_STRONG = new RegExp(STRONG_FEELING);
const FN_TASTE = new RegExp(TASTE);
/**
 * "A 1kg bag going stale before you get through it, which is a waste of good beans": the waste is staleness, said with
 * her, not her taste mocked (round 33's rules helper, session 47). Not "milk in it is a waste of good beans".
 */
const WASTED_BY_STALENESS =
  /\b(?:stale|going\s+off|gone\s+off|lose\s+(?:its|their)\s+flavour|throw(?:ing)?\s+(?:it\s+|them\s+)?away|thrown\s+away|binn(?:ing|ed)|before\s+you\s+(?:get\s+through|finish|use|drink))\b/;
const FN_WRITTEN_OFF = new RegExp(WRITTEN_OFF);
const FN_AT_LEAST = new RegExp(AT_LEAST);
const FN_SILVER = new RegExp(SILVER_LINING);
const FN_EXCLAIM = new RegExp(MOCK_EXCLAIM);
const FN_HINDSIGHT = new RegExp(HINDSIGHT);
const NEGATED_BEFORE = /(?:\bnot|n't|\bnever|\bno)\s+(?:\w+\s+){0,3}$/;
const RIGHT_TO = /\b(?:right\s+to|rightly|of\s+course|quite\s+right|entitled)\b/;

/**
 * The literal gates, one per reader, asked of the analyser's index once per reply (`toneGate`): a reader whose words
 * are not in the reply costs nothing, and most replies have none of them (the timing reply has none).
 */
const anyOf = (keys: readonly string[]) => (c: (l: string) => boolean) => keys.some(c);
const allOf =
  (...parts: ((c: (l: string) => boolean) => boolean)[]) =>
  (c: (l: string) => boolean) =>
    parts.every((p) => p(c));
/** The words of a shrug at her choice (`CHOICE_SHRUG`). */
const SHRUG_KEYS = [
  "each to",
  "to each",
  "your money",
  "your call",
  "your funeral",
  "your choice",
  "your kitchen",
  "your machine",
  "your business",
  "whatever",
  "if that's what",
  "accounting for taste",
  "horses for courses",
  "to judge",
  "judgement",
  "judgment",
  "won't judge",
];
const FN_GATES: Record<string, (contains: (literal: string) => boolean) => boolean> = {
  "fn.advice": allOf(
    anyOf([
      "in future",
      "the future",
      "next time",
      "going forward",
      "from now on",
      "try to",
      "try not",
      "make sure",
      "be sure",
      "remember to",
      "forget to",
      "always",
      "never",
      "should",
      "ought",
      "you must",
      "need to",
      "want to",
      "wish to",
      "do well",
      "better",
      "worth",
      "wise",
      "best",
      "sensible",
      "advisable",
      "idea",
      "suggest",
      "recommend",
      "advise",
      "encourage",
      "urge",
      "advice",
      "told to",
      "reminded",
      "warned",
    ]),
    anyOf([
      "next time",
      "future",
      "from now on",
      "going forward",
      "anyway",
      "always",
      "every time",
      "each time",
      "after each",
      "after every",
      "before ",
      "so you're not",
      "so you don't",
      "so you won't",
      "so you aren't",
      "so you never",
      "so that you",
      "so that",
      "so u ",
      "so this",
      "so it",
      "avoid",
      "properly",
      "correctly",
      "actually",
      "more ",
      "a bit",
      "a little",
      "a touch",
      "gentler",
      "care",
      "all the way",
      "culprit",
      "cause",
      "reason",
      "problem",
      "can't wait",
    ]),
  ),
  "fn.tip": anyOf(["tip", "advice", "pointer", "word to the wise"]),
  "fn.no-need": anyOf(["no need", "no real need"]),
  "fn.strong": anyOf(["you seem", "you sound", "you appear"]),
  "fn.odd": anyOf(["odd", "strange", "funny", "curious", "unusual", "peculiar", "bizarre", "weird"]),
  "fn.proportion": allOf(
    anyOf(["warrant", "justif", "merit", "call for", "calls for", "deserve", "worth"]),
    anyOf(["not", "n't", "hardly", "barely", "scarcely", "doubt"]),
  ),
  "fn.reasons": anyOf([
    "your reason",
    "your logic",
    "your thinking",
    "your argument",
    "your expectation",
    "your point",
    "your complaint",
    "your request",
    "your understanding",
  ]),
  "fn.others": allOf(
    anyOf([
      "customers",
      "subscribers",
      "users",
      "owners",
      "people",
      "buyers",
      "clients",
      "members",
      "shoppers",
      " else",
    ]),
    anyOf([
      "n't",
      "never",
      "rarely",
      "hardly",
      "happy",
      "fine",
      "content",
      "satisfied",
      "okay",
      " ok",
      "pleased",
      "manage",
      "cope",
      "get on",
      "no problem",
      "no issue",
      "no trouble",
      "no complaint",
      "complained",
      "mentioned",
      "minded",
      "noticed",
      "objected",
    ]),
  ),
  "fn.taste": anyOf([" as your", "ruin", "spoil", "waste", "kill", "murder", "defeat"]),
  "fn.analogy": allOf(anyOf(["like "]), anyOf([...SHRUG_KEYS, "?"])),
  "fn.shrug": allOf(anyOf(["?"]), anyOf(SHRUG_KEYS)),
  "fn.written-off": anyOf([
    "not a ",
    "not an ",
    "not really a",
    "not exactly a",
    "not much of a",
    "expect much",
    "expect a lot",
    "expect anything",
    "expect great",
    "expect too much",
    "no expert",
    "no genius",
    "no barista",
    "no connoisseur",
    "no techie",
    "rocket scientist",
    "no einstein",
    "brainbox",
  ]),
  "fn.at-least": anyOf(["at least"]),
  "fn.silver": anyOf([
    "this way",
    "plus side",
    "bright side",
    "up side",
    "upside",
    "sunny side",
    "every cloud",
    "silver lining",
    "worse",
    "one less",
    "excuse to",
    "the more",
  ]),
  "fn.exclaim": anyOf([
    "ha!",
    "ha,",
    "ha.",
    "haha",
    "hah",
    "lol",
    "lmao",
    "horror",
    "humanity",
    "horreur",
    "what fun",
    "fun times",
    "good times",
    "how exciting",
    "lucky you",
    "record",
    "personal best",
    "palaver",
  ]),
  "fn.hindsight": (c) =>
    [
      "had you",
      "had she",
      "had he",
      "had the customer",
      "had cust",
      "hindsight",
      "looking back",
      "retrospect",
      "would have helped",
      "would have been",
    ].some(c) ||
    (c("been") && (c("had ") || c("if "))) ||
    ((c("could") || c("might")) && c(" have ")),
};
const FN_GATE_IDS = Object.keys(FN_GATES);

const LEAD_IN = /^\s*(?:(?:so|and|but|then|also|well|oh|now)\s*,?\s+)*/;
function fnHit(
  id: string,
  kind: ToneKind,
  label: "blame" | "dismissive",
  offset: number,
  m: RegExpExecArray,
  why: string,
): ToneMatch {
  // the evidence starts at the head, not at a joining word before it ("so it's worth…" quotes "it's worth…")
  const lead = LEAD_IN.exec(m[0])![0].length;
  return {
    id,
    kind,
    label,
    start: offset + m.index + lead,
    end: offset + m.index + m[0].replace(/[\s,;:!.-]+$/, "").length,
    why,
  };
}

/** The functions of one sentence (see the section's comment). */
function readFunction(
  lower: string,
  sentences: readonly Sentence[],
  si: number,
  on: ReadonlySet<string>,
  out: ToneMatch[],
  rejected?: ToneRejection[],
): void {
  const s = sentences[si]!;
  const text = lower.slice(s.start, s.end);
  const prev = si > 0 ? lower.slice(sentences[si - 1]!.start, sentences[si - 1]!.end) : "";
  const next = si + 1 < sentences.length ? lower.slice(sentences[si + 1]!.start, sentences[si + 1]!.end) : "";
  let polite: boolean | undefined;
  const isPolite = () => (polite ??= POLITE.test(text));
  /** The look-alike reason most functions share: the sentence apologises or owns the fault. */
  const ownsFault = () =>
    isPolite() ? "the sentence apologises or owns the fault (a look-alike)" : undefined;
  const found: { hit: ToneMatch; reason?: string }[] = [];
  const add = (hit: ToneMatch, reason?: string) => found.push({ hit, reason });
  let m: RegExpExecArray | null = null;

  // (a) advice on her conduct: a head, a verb of her conduct, and a lesson's scope in the rest of the sentence
  if (on.has("fn.advice") && ADVICE_CUE.test(text) && LESSON.test(text) && (m = FN_ADVICE.exec(text))) {
    const rest = text.slice(m.index);
    if (LESSON.test(rest)) {
      const cause = LESSON_CAUSE.test(rest);
      add(
        fnHit(
          "tone.fn-unasked-advice",
          cause ? "blame" : "belittle",
          cause ? "blame" : "dismissive",
          s.start,
          m,
          "Advises the customer on her own conduct or care when she did not ask, as a lesson (before she contacts us, next time, properly): it puts our problem on her.",
        ),
        isPolite()
          ? "the sentence apologises, owns the fault or denies the judgement (a look-alike)"
          : ADVICE_FOR_HER.test(rest)
            ? "advice about the remedy, her records or an option she may take (a look-alike)"
            : undefined,
      );
    }
  }
  const tip = on.has("fn.tip") ? TIP_HEAD.exec(text) : null;
  if (tip && !m) {
    const rest = text.slice(tip.index + tip[0].length);
    const tm = Object.assign([tip[0] + rest.split(/[,;.!?]/)[0]], {
      index: tip.index,
      input: text,
    }) as RegExpExecArray;
    add(
      fnHit(
        "tone.fn-unasked-advice",
        "belittle",
        "dismissive",
        s.start,
        tm,
        "Gives the customer an unasked 'tip' about her own conduct: talking down to her.",
      ),
      isPolite() || ADVICE_FOR_HER.test(rest)
        ? "a tip about the remedy or an option she may take (a look-alike)"
        : TIP_FOR_THE_GOODS.test(rest) && !TIP_AS_LESSON.test(rest)
          ? "a friendly tip on getting more out of what she bought, not a lesson about her conduct (a look-alike)"
          : undefined,
    );
  }

  // (b) evaluation of her feelings, reasons, taste or competence
  if (on.has("fn.no-need") && (m = FN_NO_NEED.exec(text)))
    add(
      fnHit(
        "tone.fn-her-feeling-judged",
        "minimise",
        "dismissive",
        s.start,
        m,
        "Tells the customer her feeling or reaction is more than the matter needs: an evaluation of her, not an answer.",
      ),
      ownsFault(),
    );
  if (on.has("fn.strong") && (m = FN_STRONG.exec(text)))
    add(
      fnHit(
        "tone.fn-her-feeling-judged",
        "minimise",
        "dismissive",
        s.start,
        m,
        "Holds up the strength of the customer's feeling beside a small matter: it says she is overreacting.",
      ),
      isPolite() || RIGHT_TO.test(text) ? "her feeling is named and upheld (a look-alike)" : undefined,
    );
  if (on.has("fn.odd") && (m = FN_ODD.exec(text)))
    add(
      fnHit(
        "tone.fn-her-reason-judged",
        "belittle",
        "dismissive",
        s.start,
        m,
        "Calls the customer's reason for contacting us, or what she wants, odd: an evaluation of her, not an answer.",
      ),
      NEGATED_BEFORE.test(text.slice(0, m.index))
        ? "the evaluation is denied ('not an odd thing to ask')"
        : undefined,
    );
  if (
    on.has("fn.proportion") &&
    (m = FN_PROPORTION.exec(text)) &&
    DOUBTING.test(text.slice(0, m.index + m[0].length))
  )
    add(
      fnHit(
        "tone.fn-her-reason-judged",
        "minimise",
        "dismissive",
        s.start,
        m,
        "Says the customer's complaint or reaction is out of proportion to her trouble.",
      ),
      ownsFault(),
    );
  if (on.has("fn.reasons") && (m = FN_REASONS.exec(text)))
    add(
      fnHit(
        "tone.fn-her-reason-judged",
        "belittle",
        "dismissive",
        s.start,
        m,
        "Judges the customer's reasons or expectations as not making sense: she needs no reason the business accepts.",
      ),
      ownsFault(),
    );
  if (on.has("fn.others") && (m = FN_OTHERS.exec(text)))
    add(
      fnHit(
        "tone.fn-others-held-against-her",
        "dismiss",
        "dismissive",
        s.start,
        m,
        "Holds other customers, who do not mind or are happy, against the customer's complaint.",
      ),
      isPolite() || OTHERS_FOR_HER.test(text)
        ? "others are cited in her favour or she is thanked (a look-alike)"
        : undefined,
    );
  if (on.has("fn.taste") && (m = FN_TASTE.exec(text)) && /\byour?\b/.test(text))
    add(
      fnHit(
        "tone.fn-her-taste-mocked",
        "belittle",
        "dismissive",
        s.start,
        m,
        "Mocks the customer's taste or choice (a mock concession, or her choice said to spoil good coffee).",
      ),
      ownsFault() ??
        (WASTED_BY_STALENESS.test(text)
          ? "the waste is the coffee going stale or thrown away, said with her (a look-alike)"
          : undefined),
    );
  if (
    on.has("fn.analogy") &&
    (m = ANALOGY.exec(text)) &&
    (CHOICE_SHRUG.test(text) ||
      CHOICE_SHRUG.test(next) ||
      MOCK_CHOICE_Q.test(prev) ||
      MOCK_CHOICE_Q.test(text))
  )
    add(
      fnHit(
        "tone.fn-her-taste-mocked",
        "sarcasm",
        "dismissive",
        s.start,
        m,
        "Likens the customer's choice to a foolish act and shrugs it off or questions it: mockery of her choice.",
      ),
      ownsFault(),
    );
  else if (
    on.has("fn.shrug") &&
    (m = CHOICE_SHRUG.exec(text)) &&
    MOCK_CHOICE_Q.test(prev) &&
    !ANALOGY.test(prev)
  )
    add(
      fnHit(
        "tone.fn-her-taste-mocked",
        "sarcasm",
        "dismissive",
        s.start,
        m,
        "Questions the customer's choice and shrugs it off ('…, though? Each to their own.'): mockery of her choice.",
      ),
      ownsFault(),
    );
  if (on.has("fn.written-off") && (m = FN_WRITTEN_OFF.exec(text)))
    add(
      fnHit(
        "tone.fn-written-off",
        "complain",
        "dismissive",
        s.start,
        m,
        "Writes the customer off or denies her competence ('not a serious coffee drinker', 'don't expect much from her').",
      ),
      ownsFault(),
    );

  // (c) cheer, jokes or irony about her trouble
  if (on.has("fn.at-least") && (m = FN_AT_LEAST.exec(text)) && HER_TROUBLE.test(text))
    add(
      fnHit(
        "tone.fn-cheer-at-her-trouble",
        "minimise",
        "dismissive",
        s.start,
        m,
        "Weighs the customer's loss against something better ('at least…'): it tells her how much her trouble matters.",
      ),
      isPolite()
        ? "decided: relief beside an apology (a look-alike)"
        : REMEDY_IN_SENTENCE.test(text)
          ? "the sentence gives our remedy: the good news is ours to give (a look-alike)"
          : undefined,
    );
  if (on.has("fn.silver") && (m = FN_SILVER.exec(text)))
    add(
      fnHit(
        "tone.fn-cheer-at-her-trouble",
        "minimise",
        "dismissive",
        s.start,
        m,
        "Offers a silver lining or 'could be worse' for the customer's trouble: it makes light of her loss.",
      ),
      REMEDY_NEWS.test(text.slice(m.index + m[0].length))
        ? "the good news is our remedy (a look-alike)"
        : HER_SAFETY.test(text)
          ? "relief for her safety (a look-alike)"
          : undefined,
    );
  if (
    on.has("fn.exclaim") &&
    (m = FN_EXCLAIM.exec(text)) &&
    (LOSS.test(text) || LOSS.test(prev)) &&
    !OWN_TROUBLE.test(text)
  )
    add(
      fnHit(
        "tone.fn-cheer-at-her-trouble",
        "sarcasm",
        "dismissive",
        s.start,
        m,
        "Laughs or exclaims in mock horror or mock delight at the customer's loss.",
      ),
      /\b(?:not\s+good\s+enough|unacceptable|our\s+fault)\b/.test(text)
        ? "the exclamation owns our failure (a look-alike)"
        : undefined,
    );

  // (d) hindsight: what she could have done
  if (on.has("fn.hindsight") && (m = FN_HINDSIGHT.exec(text))) {
    const phrase = m[0];
    const needsChoice = /hindsight|looking\s+back|retrospect/.test(phrase);
    const conditional = /\b(?:had|if)\b/.test(phrase) && !/\bhave\b/.test(phrase);
    const ok = needsChoice ? HINDSIGHT_CHOICE.test(text) : !conditional || WOULD_HAVE.test(text);
    if (ok)
      add(
        fnHit(
          "tone.fn-hindsight",
          "blame",
          "blame",
          s.start,
          m,
          "Tells the customer what she could have done to avoid our problem (hindsight): within six months a fault is presumed present at delivery (CRA 2015 s.19(14)-(15)).",
        ),
        isPolite() || HINDSIGHT_POLITE.test(text)
          ? "the hindsight is ours, clears her, thanks her or leaves her a right (a look-alike)"
          : undefined,
      );
  }

  for (const { hit, reason } of found) {
    if (reason) rejected?.push({ ...hit, reason });
    else out.push(hit);
  }
}

/** Bench only (not for callers): the structures themselves. */
export const __STRUCTURES_FOR_BENCH = STRUCTURES;

/** For tests and the README: every structure's id and kind. */
export const TONE_STRUCTURES: readonly { id: string; kind: ToneKind }[] = [
  ...STRUCTURES.map(({ id, kind }) => ({ id, kind })),
  { id: "tone.doubted-claim", kind: "complain" },
  { id: "tone.watched-for-complaining", kind: "complain" },
  { id: "tone.generic-cause", kind: "blame" },
  { id: "tone.note-category", kind: "complain" },
  { id: "tone.care-condition", kind: "blame" },
  { id: "tone.endearment-then-correction", kind: "belittle" },
  { id: "tone.note-guess", kind: "complain" },
  { id: "tone.failure-reassured-as-normal", kind: "minimise" },
  { id: "tone.bare-mock-detective", kind: "sarcasm" },
  { id: "tone.fn-unasked-advice", kind: "belittle" },
  { id: "tone.fn-her-feeling-judged", kind: "minimise" },
  { id: "tone.fn-her-reason-judged", kind: "belittle" },
  { id: "tone.fn-others-held-against-her", kind: "dismiss" },
  { id: "tone.fn-her-taste-mocked", kind: "belittle" },
  { id: "tone.fn-written-off", kind: "complain" },
  { id: "tone.fn-cheer-at-her-trouble", kind: "minimise" },
  { id: "tone.fn-hindsight", kind: "blame" },
];
