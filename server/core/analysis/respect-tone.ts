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
 */
import type { Sentence } from "./segment";

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
      String.raw`\b(?:if\s+(?:you|u)(?:'d|\s+had|\s+just|\s+had\s+just|'d\s+just|\s+would\s+have)?|had\s+(?:you|u|she|he|the\s+customer|the\s+[a-z]+\s+been))\s+${W(3)}(?:read|checked|followed|looked|listened|bothered|registered|kept|measured|bought\s+the\s+right|plugged|descaled|cleaned)\b[^.!?]{0,80}?\b(?:wouldn't|wouldnt|would\s+not|would\s+never|no\s+[a-z]+\s+would\s+have|none\s+of\s+this|we\s+wouldn't)\b`,
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

/** Generality: a claim about what usually happens, not about this case. */
const GENERIC = String.raw`(?:usually|normally|generally|typically|invariably|commonly|mostly|(?:almost|nearly|virtually)\s+(?:always|invariably)|always|more\s+often\s+than\s+not|most\s+of\s+the\s+time|nine\s+times\s+out\s+of\s+ten|9\s+times\s+out\s+of\s+10|99\s*%\s+of\s+the\s+time|(?:in|for)\s+(?:the\s+)?(?:vast\s+|overwhelming\s+)?majority\s+of\s+(?:cases|instances|returns|claims)|in\s+(?:most|almost\s+all|nearly\s+all|all)\s+(?:cases|instances)|as\s+a\s+(?:general\s+)?rule|in\s+(?:our|my)\s+experience|(?:our|my)\s+experience\s+(?:is|has\s+been|tells)|(?:we|i)\s+(?:generally\s+|usually\s+|often\s+|always\s+|tend\s+to\s+)?(?:find|see)\s+(?:that|these|this|it)|tends?\s+to|(?:our|the)\s+(?:data|records|figures|statistics|stats|engineers?)\s+(?:shows?|suggests?|says?|tells?\s+us|finds?)|only\s+(?:ever\s+)?(?:happens?|fails?|cracks?|breaks?|leaks?|occurs?|jams?|stops?))`;
/** The customer's class of act as a cause: misuse, neglect, instructions ignored (never our, the courier's or a part's). */
const MISUSE = String.raw`(?:over-?fill(?:ed|ing|s)?|dropped|knocked\s+(?:over|off)|bashed|misused|misuse|mis-?handl(?:ed|ing)|abused|neglect(?:ed)?|fat-?finger(?:ed|s)?|boil(?:ed|s)?\s+dry|let\s+(?:it|them)\s+boil\s+dry|user\s+error|operator\s+error|(?:descaled|cleaned|installed|fitted|used|assembled|stored|set\s+up|plugged\s+in|put\s+together|handled|filled|typed|entered)\s+(?:\w+\s+)?(?:wrong(?:ly)?|incorrectly|improperly|badly|the\s+wrong\s+way)|(?:incorrect|improper|wrong|careless|rough)\s+(?:installation|use|usage|assembly|handling|storage|water|descaling|cleaning|fitting)|(?:instructions?|guide|manual|guidance|schedule|advice|leaflet|care\s+card)\s+(?:(?:is|are|was|were|has|have|had|been|being|simply|just)\s+){1,3}(?:ignored|disregarded|skipped|not\s+followed|not\s+read)|(?:instructions?|guide|manual|guidance|schedule)\s+(?:(?:is|are|was|were|has|have|had|been|being)\s+){1,3}(?:actually|properly|correctly)\s+(?:followed|read)|(?:hasn't|has\s+not|haven't|have\s+not|hadn't|wasn't|weren't|isn't|aren't|not)\s+(?:been\s+)?(?:used|descaled|cleaned|maintained|looked\s+after|installed|handled)\s+(?:the\s+way|as\s+(?:directed|instructed|the)|according|properly|correctly|in\s+line)|(?:ignor(?:e|es|ed|ing)|skip(?:s|ped|ping)?|disregard(?:s|ed|ing)?)\s+(?:the\s+)?(?:instructions?|guide|manual|guidance|schedule|advice|leaflet|care\s+card)|(?:people|users|owners|customers|buyers|folk|someone|somebody|the\s+(?:user|owner|customer|purchaser|buyer)|customer|owner|user)\s+(?:\w+\s+)?(?:don't|do\s+not|didn't|did\s+not|doesn't|does\s+not|not|never|forget\s+to|forgot\s+to|fail\s+to|failed\s+to)\s+(?:even\s+|properly\s+|actually\s+|bother\s+to\s+)?(?:read|follow|clean|descale|check|register|maintain|rinse|empty|measure|look\s+after)|(?:people|users|owners|customers|buyers|someone|the\s+(?:user|owner|customer|purchaser|buyer)|customer|owner|user)\s+(?:\w+\s+)?(?:use|uses|used|put|puts|add|adds|pour|pours)\s+(?:the\s+|a\s+)?(?:wrong|incorrect|unsuitable))`;
const GENERIC_RE = new RegExp(String.raw`\b${GENERIC}\b`);
const MISUSE_RE = new RegExp(String.raw`\b${MISUSE}\b`);
/** Cheap first test: a word every generality claim has one of. */
const GENERIC_CUE =
  /usual|normal|general|typical|invariabl|common|mostly|always|often|most|times\s+out|99|majority|cases|rule|experience|find|see|tend|data|records|figures|stat|engineer|only/;
/** What makes a generic cause polite: someone else's act or a fault named as the cause, or her case set apart. */
const GENERIC_POLITE = new RegExp(
  [
    String.raw`\b(?:courier|driver|carrier|in\s+transit|in\s+the\s+post|postal|delivery\s+(?:company|firm|driver|team)|warehouse|depot|factory|manufactur\w*|packers?|packing)\b`,
    String.raw`\b(?:(?:is|was|are|were|being)\s+faulty|faulty\s+(?:part|seal|batch|unit|element|thermostat)|defect\w*|design\s+(?:fault|flaw|weakness))\b`,
    String.raw`\b(?:by\s+us|we\s+(?:dropped|overfilled|damaged|mishandled|packed)|our\s+(?:team|staff|engineers?|side|end|fault|mistake))\b`,
    String.raw`\b(?:not|never|n't)\s+(?:\w+\s+){0,2}(?:because|due\s+to|down\s+to|caused|the\s+case|what\s+happened|your\s+(?:fault|doing)|user\s+error)\b`,
    String.raw`\bbut\s+(?:yours|in\s+your\s+case|this\s+one|that's\s+not|that\s+isn't|clearly\s+not|not\s+here)\b`,
    String.raw`\b(?:is|are|it's|you're|still)\s+(?:still\s+)?covered\b|\b(?:don't|do\s+not|no\s+need\s+to)\s+worry\b`,
    String.raw`\b(?:i've|i\s+have|we've|we\s+have|i'll|we'll|i\s+will|we\s+will|so\s+i|so\s+we|i'm|we're)\s+(?:\w+\s+)?(?:sent|send|sending|replace|replaced|replacing|refund|refunded|refunding|repair|swap|swapping|posted|arranged|booked)\b`,
  ].join("|"),
);

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
];

/** Which eighth-pass structures and readers can match, from the analyser's literal index (`contains`). */
export function toneGate(contains: (literal: string) => boolean): ReadonlySet<string> {
  const on = new Set<string>();
  for (const st of STRUCTURES) if (st.keys?.some(contains)) on.add(st.id);
  if (WATCHED_KEYS.some(contains) || (contains(" back") && SENT_BACK_KEYS.some(contains)))
    on.add("tone.watched-for-complaining");
  if (GENERIC_KEYS.some(contains) && MISUSE_KEYS.some(contains)) on.add("tone.generic-cause");
  return on;
}

/** Eighth pass: a note's "They never do." after her failing in the sentence before. */
const THEY_SENTENCE =
  /^(?:and\s+)?(?:they|these\s+people|this\s+lot|that\s+lot)\s+(?:always|never|all|usually|invariably)\s+(?:do|are|have|does|did)\s*[.!]*$/;
const FAILING_BEFORE = new RegExp(String.raw`\b${SLIP}\b|\bone\s+who\b`);
const CUSTOMER_BEFORE = new RegExp(String.raw`\b(?:${CUST}|you|another\s+one|one\s+who)\b`);

/** A note's doubt, as a sentence of its own after her claim ("Doubt it.", "Sure it was."). */
const DOUBT_SENTENCE =
  /^(?:doubt\s+it|i\s+doubt\s+it|sure\s+(?:it\s+was|he\s+did|she\s+did|they\s+did|it\s+did)|yeah,?\s+right|likely\s+story|a\s+likely\s+story|obviously|allegedly|funny\s+that|of\s+course\s+(?:it\s+was|he\s+did|she\s+did|it\s+did))[.!]*$/;
const CLAIM =
  /\b(?:claims?|claimed|insists?|insisted|says|said|reckons|alleges|swears|apparently|supposedly)\b/;

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
    if (watched && CONTACT_ACT.test(text)) readWatched(text, s.start, out, rejected);
    if (generic && GENERIC_CUE.test(text)) readGenericCause(text, s.start, out, rejected);
    const ungated = ANY.test(text) && ANY_CUE.test(text);
    if (!ungated && gated.length === 0) continue;
    const polite = POLITE.test(text);
    for (const st of ungated ? (gated.length ? [...UNGATED, ...gated] : UNGATED) : gated) {
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
        if (polite) reason = "the sentence apologises, owns the fault or denies the judgement (a look-alike)";
        else if (st.unless?.test(text)) reason = "the sentence says what makes this structure polite";
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
  else if (GENERIC_POLITE.test(text))
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

/** Bench only (not for callers): the structures themselves. */
export const __STRUCTURES_FOR_BENCH = STRUCTURES;

/** For tests and the README: every structure's id and kind. */
export const TONE_STRUCTURES: readonly { id: string; kind: ToneKind }[] = [
  ...STRUCTURES.map(({ id, kind }) => ({ id, kind })),
  { id: "tone.doubted-claim", kind: "complain" },
  { id: "tone.watched-for-complaining", kind: "complain" },
  { id: "tone.generic-cause", kind: "blame" },
];
