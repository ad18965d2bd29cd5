/**
 * Respect by meaning (5 December 2026, morning): disrespect aimed at the customer read from the SHAPE of a
 * sentence rather than from a listed phrase. See README.md, "Respect by meaning".
 *
 * A sentence is read as disrespectful when a frame below matches it. Each frame combines at least two parts,
 * so that no single word decides:
 *  (a) a target: the customer (second person, "customers like you", "people", or in a CRM note the customer,
 *      "cust", he/she), or the customer's problem or feelings;
 *  (b) an evaluation: negative about the person's competence, conduct, reasonableness or feelings, or one that
 *      belittles the problem;
 *  (c) a stance marker where (b) alone is ambiguous: a rhetorical question, "next time" aimed at their conduct,
 *      a sarcasm frame ("what a surprise", "nice of you to finally"), an intensifier ("honestly", "clearly",
 *      "obviously", "even"), a comparison ("most customers", "a child", "grown adults").
 * Then the sentence is checked for what makes a look-alike polite (`WARM`): the fault owned by us, sympathy,
 * an evaluation denied ("not a silly question", "you did nothing wrong"), the agent offering to do it. A frame
 * that matches in a warm sentence is not counted (recorded for explainMessage).
 *
 * Labels: blame (the customer's fault, misuse or failure, including accusing questions) and dismissive
 * (belittling, minimising, sarcasm, brushing off, complaining about the customer to them, threats), as the
 * guide's rows in README.md ("Labels") divide them. Every match keeps its evidence span (the frame's words).
 * Pure, linear (bounded gaps only), and cheap: one combined test per sentence before any frame runs.
 */
import { asciiLower, LiteralIndex, requiredLiterals } from "./prefilter";
import { type Sentence, sentenceIndexAt } from "./segment";

export type MeaningKind = "belittle" | "blame" | "minimise" | "sarcasm" | "dismiss" | "complain";

interface Frame {
  id: string;
  kind: MeaningKind;
  label: "blame" | "dismissive";
  /** Matched against the lower-cased sentence; the match is the evidence span. */
  pattern: string;
  /** Must also be in the sentence (e.g. the customer as the target). */
  needs?: RegExp;
  /** The sentence must be a question ("?"). */
  question?: boolean;
  /** Not counted when this is in the sentence (besides the shared WARM test). */
  unless?: RegExp;
  /** Counted even in a sentence that is otherwise warm (sarcasm dressed as sympathy). */
  evenIfWarm?: boolean;
  /** Words (lower case) every match contains one of; when absent, worked out from the pattern (prefilter.ts). */
  cues?: string[];
  /** The match must open its sentence. */
  anchor?: boolean;
}

// ---------------------------------------------------------------------------------------- parts
/** A gap of a few words inside one clause. */
const GAP = (n: number) => String.raw`(?:[^.!?;:\n]{0,${n}}?)`;
/** Things a customer might contact us about: the problem. */
const TRIFLE = String.raw`(?:a|one|an|the|this|that|some|few|little|bag|pack|box|cup|parcel|order|kettle|grinder|scoop|lid|scratch|delay|pence|pounds?|quid|coffee|beans|days?|mug|voucher|charge|fee|email)`;
/** Basic skills a customer is said to lack. */
const SKILL = String.raw`(?:reading|listening|technology|tech|computers?|maths|spelling|instructions|following\s+instructions|apps?|the\s+internet|common\s+sense|patience)`;
/** People one compares an adult customer with, to belittle them. */
const CHILD = String.raw`(?:child|children|kid|kids|toddler|toddlers|\w+-year-olds?|gran|granny|grandma|nan|nana|grandad|dog|cat|goldfish|monkey|chimp)`;
/** The customer's contacts counted against them. */
const CONTACT = String.raw`(?:emails?|e-mails?|messages?|calls?|complaints?|letters?|chasers?|tickets?|rants?|voicemails?|texts?)`;
const ORDINAL = String.raw`(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|nth|\d+(?:st|nd|rd|th)|hundredth|millionth)`;

/**
 * What makes a look-alike polite: the fault owned by us, sympathy with the customer's feelings, an evaluation
 * denied, thanks for what they did. Tested on the sentence around a frame's match.
 */
const WARM = new RegExp(
  [
    String.raw`\b(?:our|my)\s+(?:own\s+)?(?:mistake|fault|error|job|responsibility|problem\s+to)\b`,
    String.raw`\b(?:we|i)\s+(?:should\s+have|got\s+(?:this|that|it)\s+wrong|let\s+you\s+down|missed)\b`,
    String.raw`\b(?:at|on|from)\s+our\s+end\b`,
    String.raw`\bsorry\s+(?:that\s+)?(?:you(?:'ve)?\s+(?:had|have\s+had)\s+to|it\s+did|you\s+did)\b`,
    String.raw`\bi'd\s+(?:be|feel|have\s+been)\s+(?:just\s+as\s+|exactly\s+as\s+|equally\s+|as\s+|the\s+same|so\s+)?\s*(?:frustrated|annoyed|upset|fed\s+up|cross|angry|confused|the\s+same)`,
    String.raw`\b(?:understandabl[ey]|every\s+reason|fair\s+point|right\s+to\s+be|not\s+surprised\s+you)\b`,
    String.raw`\b(?:not|n't|nothing|never|no)\s+(?:\w+\s+){0,2}(?:silly|stupid|daft|your\s+fault|wrong\s+(?:with|of)|a\s+nuisance)\b`,
    String.raw`\b(?:you\s+)?did(?:n't|\s+not)\s+do\s+anything\s+wrong\b`,
    String.raw`\byou\s+did\s+(?:exactly\s+)?(?:the\s+right\s+thing|nothing\s+wrong|everything\s+right)\b`,
  ].join("|"),
);

const FRAMES: Frame[] = [
  // ------------------------------------------------------------------------------ belittling competence
  {
    id: "meaning.belittle.slowly-for-you",
    cues: [
      "slowly",
      "words",
      "keep up",
      "follow along",
      "attention",
      "concentrate",
      "sink",
      "sunk",
      "sank",
      "spell",
    ],
    kind: "belittle",
    label: "dismissive",
    // over-explaining as an insult: slowly / in small words / so you can keep up
    pattern: String.raw`\b(?:(?:very|really|nice\s+and|extra)\s+slowly|slowly\s+(?:this\s+time|for\s+you|so\s+you)|(?:small|little|short|simple|easy)\s+words|so\s+(?:that\s+)?you\s+can\s+(?:keep\s+up|follow\s+along)|(?:keep\s+up|follow\s+along|pay\s+attention|concentrate)\s+(?:this\s+time|for\s+once|properly)|(?:sink|sunk|sinks|sank)\s+in|spell\s+(?:it|this|that)\s+out)\b`,
  },
  {
    id: "meaning.belittle.basic-skill-lacking",
    cues: ["strong point", "strong suit", "forte", "your thing", "strength", "special"],
    kind: "belittle",
    label: "dismissive",
    // "Technology clearly isn't your strong point", "If reading isn't your thing"
    pattern: String.raw`\b${SKILL}\s+(?:\w+\s+)?(?:is|isn't|is\s+not|are|aren't|are\s+not|'s\s+not|s\s+not)\s+(?:\w+\s+)?(?:not\s+)?your\s+(?:strong\s+(?:point|suit)|forte|thing|strength|speciality|specialty)\b`,
  },
  {
    id: "meaning.belittle.strong-point",
    kind: "belittle",
    label: "dismissive",
    // "... isn't your strong point" about anything the customer did
    pattern: String.raw`\b(?:isn't|is\s+not|aren't|not)\s+(?:exactly\s+|really\s+|clearly\s+|obviously\s+)?your\s+(?:strong\s+(?:point|suit)|forte)\b`,
  },
  {
    id: "meaning.belittle.compared-with-a-child",
    kind: "belittle",
    label: "dismissive",
    // "Even my nine-year-old manages ...", "a toddler could work it"
    pattern: String.raw`\b(?:even\s+)?(?:my|a|an|any|your|our)\s+(?:\w+\s+)?${CHILD}\s+(?:could|can|would|manages?|managed|knows?|understands?|works?\s+(?:it|this|that)\s+out|gets?\s+(?:it|this))\b`,
    unless: /\b(?:safe|safely|suitable|love|loves|enjoy|for\s+(?:a|your)\s+child)\b/,
  },
  {
    id: "meaning.belittle.grown-up",
    kind: "belittle",
    label: "dismissive",
    pattern: String.raw`\b(?:a|some|any)\s+(?:\w+\s+)?(?:grown-?up|adult)\s+to\s+(?:help|read|explain|show|do)|\bgrown(?:-|\s+)?(?:adults?|men|women|ups?)\s+(?:shouldn't|should\s+not|don't|do\s+not|can|could|really)\b|\bsomeone\s+(?:younger|older|more\s+(?:technical|capable|sensible)|who\s+can\s+read)\b`,
  },
  {
    id: "meaning.belittle.beyond-you",
    cues: [
      "ambitious",
      "advanced",
      "complicated",
      "technical",
      "clever",
      "much",
      "sophisticated",
      "beyond",
      "over your",
      "over her",
      "over his",
      "abilit",
      "intelligence",
      "brain",
      "your iq",
      "simpler",
    ],
    kind: "belittle",
    label: "dismissive",
    // "a bit ambitious for you", "simpler model that suits your abilities", "over your head"
    pattern: String.raw`\b(?:(?:bit|little|too|rather|far)\s+(?:ambitious|advanced|complicated|technical|clever|much|sophisticated)\s+for\s+(?:you|her|him|some\s+people)|beyond\s+(?:you|her|him)|over\s+(?:your|her|his)\s+head|suits?\s+your\s+(?:abilities|ability|level|skills?|intelligence|brain)|your\s+(?:abilities|intelligence|brain\s*power|iq)|(?:any|much)\s+simpler\s+for\s+you)\b`,
  },
  {
    id: "meaning.belittle.cannot-see-the-difficulty",
    cues: [
      "confusion",
      "problem",
      "difficult",
      "hard",
      "confusing",
      "complicated",
      "taxing",
      "too much",
      "simpler",
      "easier",
      "clearer",
    ],
    kind: "belittle",
    label: "dismissive",
    // "I'm not sure where the confusion is", "I can't see what's so hard", "hope that's not too much (for you)"
    pattern: String.raw`\b(?:not\s+sure|don't\s+(?:see|know|understand)|can't\s+(?:see|understand)|fail\s+to\s+see|no\s+idea)\s+(?:where|what|why|how)\s+(?:the\s+)?(?:confusion|problem|difficulty|(?:is\s+)?so\s+(?:hard|difficult|confusing)|(?:'s|is)\s+(?:so\s+)?(?:hard|difficult|confusing|complicated))|\bhope\s+(?:that's|that\s+is|this\s+is|it's|it\s+is)\s+not\s+too\s+(?:much|hard|difficult|complicated|taxing|confusing)(?!\s+(?:trouble|bother|to\s+ask))|\b(?:how\s+to\s+make|could\s+make|can\s+make)\s+(?:it|this|that)\s+(?:any\s+)?(?:simpler|easier|clearer)\s+for\s+you\b`,
    unless: /\b(?:our|my)\s+(?:email|page|website|instructions|guide|wording|explanation)\b/,
  },
  {
    id: "meaning.belittle.anyone-could",
    kind: "belittle",
    label: "dismissive",
    // "I didn't think anyone could get this wrong", "how anyone manages to ..."
    pattern: String.raw`\b(?:didn't|did\s+not|never|don't|do\s+not|can't)\s+(?:think|believe|see\s+how|know\s+how|imagine)\s+(?:that\s+)?(?:anyone|anybody|someone|a\s+person|people)\s+(?:could|can|would)\s+(?:\w+\s+){0,2}(?:wrong|break|miss|mess|confuse|struggle)`,
  },
  {
    id: "meaning.belittle.since-words-fail",
    kind: "belittle",
    label: "dismissive",
    // "since words don't seem to be working", "as you don't seem to read emails"
    pattern: String.raw`\b(?:since|as|because|seeing\s+as)\s+(?:words|emails?|explaining|reading|the\s+instructions|you)\s+(?:don't|doesn't|do\s+not|can't|didn't)\s+seem\s+to\b`,
  },
  {
    id: "meaning.belittle.you-do-know",
    cues: ["you do ", "you did "],
    kind: "belittle",
    label: "dismissive",
    // "You do know the grinder needs beans, right?", "you do realise ..."
    pattern: String.raw`\byou\s+(?:do|did)\s+(?:know|realise|realize|understand)\b${GAP(80)}(?:,\s*right|,\s*yes|\?)`,
  },
  {
    id: "meaning.belittle.should-not-need-explaining",
    cues: [
      "explain",
      "tell you",
      "spell",
      "repeat",
      "video",
      "manual",
      "diagram",
      "guide",
      "degree",
      "instructions",
      "help",
    ],
    kind: "belittle",
    label: "dismissive",
    // "I shouldn't have to explain what a pause button does", "grown adults shouldn't need a video to ..."
    pattern: String.raw`\b(?:shouldn't|should\s+not|oughtn't|don't|do\s+not|doesn't)\s+(?:have\s+to|need\s+to|need)\s+(?:explain|tell\s+you|spell|repeat|a\s+(?:video|manual|diagram|guide|degree)|instructions|help)\s*(?:what|how|that|to|for)\b`,
    unless: /\b(?:you|your)\s+(?:shouldn't|should\s+not|don't|do\s+not)\s+(?:have|need)\b/,
  },
  {
    id: "meaning.belittle.basics",
    kind: "belittle",
    label: "dismissive",
    // "Let's try again with the basics, shall we?", "struggles with basic instructions"
    pattern: String.raw`\b(?:the|very|most)\s+basics\b${GAP(30)}\bshall\s+we\b|\b(?:struggl\w+|can't\s+(?:even\s+)?(?:manage|cope\s+with|follow|understand)|couldn't\s+(?:even\s+)?(?:manage|follow|understand))\s+(?:with\s+)?(?:the\s+)?(?:most\s+|very\s+)?(?:basic|simple|simplest|easy|easiest)\s+(?:instructions|things|steps|tasks?|questions?|stuff)\b|\bcan't\s+(?:even\s+)?(?:work|use|operate)\s+(?:a|an)\s+(?:kettle|toaster|button|switch|plug|app|website|phone)\b`,
  },
  {
    id: "meaning.belittle.surprised-you-managed",
    kind: "belittle",
    label: "dismissive",
    pattern: String.raw`\b(?:surprised|amazed|astonished|shocked)\s+(?:that\s+)?(?:you|she|he)\s+(?:even\s+)?(?:managed|could|were\s+able|was\s+able|found|worked\s+out|figured)\b`,
  },
  {
    id: "meaning.belittle.learn-to",
    kind: "belittle",
    label: "dismissive",
    pattern: String.raw`\b(?:might|may|need|needs|ought|should|could)\s+(?:want\s+to\s+|to\s+)?learn\s+(?:how\s+)?to\s+(?:use|read|count|work|follow|spell|tell)\b`,
  },
  {
    id: "meaning.belittle.most-customers-manage",
    kind: "belittle",
    label: "dismissive",
    // a comparison that says the customer is slower than everyone: "Most of our customers work this out on their own
    // within a minute". Not "Most customers find the medium grind suits a cafetiere", "Most customers don't realise ..."
    pattern: String.raw`\b(?:most|nearly\s+all|almost\s+all|the\s+rest|everyone\s+else|other)\s+(?:of\s+)?(?:our\s+|the\s+|my\s+)?(?:customers|people|users|subscribers|buyers|shoppers)?\s*(?:\w+\s+)?(?:work|figure|sort|manage|get|cope|set)\w*\s+(?:(?:this|it|that|them)\s+)?(?:out\s+|up\s+)?(?:on\s+their\s+own|by\s+themselves|themselves|without\s+(?:any\s+)?help|in\s+(?:a|one)\s+(?:minute|second|moment|go)|within\s+(?:a|one)\s+(?:minute|second|moment)|in\s+seconds|in\s+no\s+time|first\s+time|no\s+bother|easily|straight\s+away)\b`,
    cues: [
      "on their own",
      "themselves",
      "without",
      "minute",
      "second",
      "moment",
      "in one go",
      "in a go",
      "no time",
      "first time",
      "no bother",
      "easily",
      "straight away",
    ],
    unless: /\b(?:but\s+(?:i|we)|so\s+(?:i|we)|i'll|we'll|i\s+will|we\s+will|don't\s+worry|no\s+need)\b/,
  },
  {
    id: "meaning.belittle.not-the-sharpest",
    cues: ["sharpest", "brightest", "quickest", "cleverest", "smartest", "slow", "dim", "dense", "thick"],
    kind: "belittle",
    label: "dismissive",
    pattern: String.raw`\bnot\s+(?:exactly\s+)?the\s+(?:sharpest|brightest|quickest|cleverest|smartest)\b|\b(?:a\s+bit|rather|quite|pretty|bit)\s+(?:slow|dim|dense|thick)\b(?!\s+(?:to|at|deliver|service|kettle|wi-?fi|internet|connection|website|app|page|network|response|reply))`,
  },
  {
    id: "meaning.belittle.know-better",
    cues: ["know better", "know best", "know more"],
    kind: "belittle",
    label: "dismissive",
    // "Obviously you know better than our engineers" (sarcasm about competence)
    pattern: String.raw`\b(?:obviously|clearly|of\s+course|evidently)\s+you\s+know\s+(?:better|best|more)\b`,
  },
  // ----------------------------------------------------------------------------------------- blame
  {
    id: "meaning.blame.by-itself",
    cues: [
      "itself",
      "themselves",
      "on its own",
      "on their own",
      "by accident",
      "by magic",
      "by chance",
      "no reason",
    ],
    kind: "blame",
    label: "blame",
    // "The kettle doesn't descale itself", "It didn't leak on its own, did it?", "doesn't happen by accident"
    pattern: String.raw`\b(?:doesn't|does\s+not|didn't|did\s+not|don't|do\s+not|won't|can't|wouldn't)\s+(?:just\s+)?(?:[a-z]+(?<!\bis|\bbe|\bwas|\bare|\bwere)\s+)?(?:(?:it|them)selves|itself|on\s+(?:its|their)\s+own|by\s+(?:itself|themselves|accident|magic|chance)|for\s+no\s+reason)\b`,
    unless: /\b(?:we|our|courier|driver|warehouse|engineer)\b/,
  },
  {
    id: "meaning.blame.unless-someone",
    kind: "blame",
    label: "blame",
    // "These machines don't just stop working unless someone has been rough with them"
    pattern: String.raw`\bunless\s+(?:someone|somebody|you|it|they)\s+(?:has|have|had|was|were)\s+(?:been\s+)?(?:rough|careless|dropped|misused|mishandled|mistreated|abused|heavy-?handed|thrown|bashed|knocked)`,
  },
  {
    id: "meaning.blame.down-to-you",
    cues: ["to you", "responsibility", "doing", "lookout", "problem", "fault", "carelessness", "on you"],
    kind: "blame",
    label: "blame",
    // "that one's down to you", "it was your responsibility", "your own doing"
    pattern: String.raw`\b(?:(?:down|up)\s+to\s+you\s*(?:[.!,;]|$)|(?:was|is|were)\s+(?:entirely\s+|completely\s+|solely\s+)?your\s+(?:own\s+)?(?:responsibility|doing|lookout|problem)\b|your\s+own\s+(?:doing|fault|silly\s+fault|carelessness)|that's\s+on\s+you|one's\s+down\s+to\s+you)`,
    unless:
      /\b(?:entirely\s+up\s+to\s+you|up\s+to\s+you\s+(?:whether|which|if|how|when)|it's\s+up\s+to\s+you|totally\s+up\s+to\s+you|completely\s+up\s+to\s+you|your\s+choice\s+(?:whether|which|of)|your\s+decision\s+(?:whether|which)|up\s+to\s+you[.!]?$)/,
  },
  {
    id: "meaning.blame.what-happens-when",
    kind: "blame",
    label: "blame",
    // "That's what happens when people ignore the care card"
    pattern: String.raw`\b(?:that's|that\s+is|this\s+is|it's)\s+what\s+happens\s+(?:when|if)\s+(?:you|people|customers|someone|somebody|they|she|he)\b`,
  },
  {
    id: "meaning.blame.customer-misused",
    kind: "blame",
    label: "blame",
    // notes: "Customer clearly mishandled the unit", "Cust ignored the warning light"; replies: "you apparently ignored"
    pattern: String.raw`\b(?:customer|cust|client|she|he|you|which\s+you|who)\s+(?:has\s+|had\s+|have\s+)?(?:clearly|obviously|apparently|evidently|probably|just|simply|conveniently)?\s*(?:mishandled|misused|mistreated|abused|ignored|neglected|overfilled|overloaded|bashed|yanked)\b`,
    unless:
      /\b(?:ignored\s+by|we\s+ignored|you\s+were\s+ignored|felt\s+ignored|been\s+ignored|ignored\s+your|don't\s+worry|no\s+problem|no\s+harm|that's\s+(?:fine|ok|okay))\b/,
  },
  {
    id: "meaning.blame.consistent-with",
    kind: "blame",
    label: "blame",
    pattern: String.raw`\b(?:consistent\s+with|signs\s+of|evidence\s+of|looks\s+like|typical\s+of)\s+(?:being\s+|it\s+being\s+|the\s+unit\s+being\s+)?(?:thrown|dropped|misuse|mishandling|abuse|rough\s+handling|neglect|being\s+dropped|user\s+damage|impact)\b`,
  },
  {
    id: "meaning.blame.can-only-assume",
    cues: ["assume", "funny how", "pity", "forced you", "made you", "ordered you", "told you", "asked you"],
    kind: "blame",
    label: "blame",
    pattern: String.raw`\b(?:can\s+only|have\s+to|must)\s+assume\s+(?:that\s+)?(?:you|she|he|the\s+customer)\b|\bfunny\s+how\s+(?:it|this|that|they)\b|\bpity\s+(?:that\s+)?you\s+(?:didn't|did\s+not|couldn't|never)\b|\b(?:nobody|no\s+one|no-one)\s+(?:else\s+)?(?:forced|made|ordered|told|asked)\s+you\b`,
  },
  {
    id: "meaning.blame.you-chose-so",
    kind: "blame",
    label: "blame",
    // "You chose the wrong plan, so ...", "You ticked the box yourself, so ..."
    pattern: String.raw`\byou\s+(?:\w+\s+)?(?:chose|picked|selected|ticked|clicked|agreed\s+to|signed\s+up\s+for|opted|ordered|entered|typed)\b${GAP(50)}(?:yourself|the\s+wrong|so\s+(?:the\s+(?:extra\s+)?(?:charge|fee|cost|price)\s+stands|i'm\s+not\s+sure|i\s+am\s+not\s+sure|there's\s+nothing|we\s+can't|you'll\s+have\s+to|you\s+can't|that's\s+(?:on|down\s+to)\s+you))`,
    unless:
      /\b(?:we|our\s+(?:system|site|website|page|form)|understand|i\s+see|mentioned|you\s+said|told\s+me|just\s+to\s+confirm|by\s+mistake)\b/,
  },
  {
    id: "meaning.blame.you-cant-blame-us",
    kind: "blame",
    label: "blame",
    pattern: String.raw`\b(?:can't|cannot|can\s+not|shouldn't)\s+(?:really\s+)?blame\s+(?:us|me|the\s+(?:shop|company|courier|team))\b|\bhardly\s+(?:our|my)\s+(?:doing|fault|problem)\b`,
  },
  {
    id: "meaning.blame.anyone-who-had",
    kind: "blame",
    label: "blame",
    // "Anyone who had actually opened the email would have seen the date"
    pattern: String.raw`\b(?:anyone|anybody|someone|people|customers)\s+who\s+(?:had\s+|has\s+|have\s+)?(?:actually|bothered\s+to|even|properly|just)\s+\w+${GAP(50)}\b(?:would|'d|will|could)\s+(?:have\s+)?(?:seen|known|noticed|read|realised|realized|understood|found|spotted|managed|worked)\b`,
  },
  {
    id: "meaning.blame.accusing-question",
    kind: "blame",
    label: "blame",
    question: true,
    // "Did you even open the box?", "How did you manage to break it?", "Who puts a glass kettle on a hob?",
    // "Have you tried actually reading ...?", "What did you think would happen?", "Were you expecting it to ...?"
    pattern: String.raw`\b(?:did|do|have|had|were|are|would)\s+you\s+(?:\w+\s+)?(?:even|bother|honestly|seriously|really\s+(?:think|expect|read|believe))\b|\b(?:did|have|had)\s+you\s+actually\s+(?:read|tried|try|check|checked|look|looked|open|opened|follow|followed|bother|bothered|descale|descaled|been|use|used|plug|plugged|switch|switched|turn|turned|keep|kept|think|thought)\b|\bhow\s+(?:did|do|on\s+earth\s+did|exactly\s+did)\s+you\s+manage\b|\bwho\s+(?:on\s+earth\s+)?(?:puts|uses|leaves|buys|keeps|washes|drops|expects|thinks|orders|ignores)\b|\bwhat\s+(?:did|do|else\s+did)\s+you\s+(?:think|expect|imagine)\b|\bwere\s+you\s+(?:expecting|hoping)\s+(?:it|us|me|them)\s+to\b|\bwhat\s+part\s+of\b|\bhow\s+(?:hard|difficult)\s+(?:is|can|could|was)\s+it\b|\bwhy\s+on\s+earth\b`,
  },
  {
    id: "meaning.belittle.what-part-unclear",
    cues: ["what part of", "have thought"],
    kind: "belittle",
    label: "dismissive",
    pattern: String.raw`\bwhat\s+part\s+of\b${GAP(60)}\b(?:unclear|confusing|hard|difficult|don't\s+you|didn't\s+you)\b|\bi'd\s+have\s+thought\b${GAP(80)}\b(?:clear|obvious|enough|plain)\b`,
  },
  {
    id: "meaning.blame.next-time-check",
    cues: ["next time", "in future", "the future", "going forward", "from now on"],
    kind: "blame",
    // The guide's dismissive row: "telling them off for next time" ("next time, be sure to read").
    label: "dismissive",
    // "Next time, maybe check your bank details", "Next time, try reading before you click" (their conduct)
    pattern: String.raw`\b(?:next\s+time|in\s+future|in\s+the\s+future|going\s+forward|from\s+now\s+on)\s*,?\s*(?:(?:maybe|perhaps|please|just|do|try\s+to)\s+)?(?:(?:try|remember|make\s+sure|be\s+sure|try\s+and)\s+(?:to\s+)?)?(?:check|read|reading|look|looking|think|read(?:ing)?\s+the|pay\s+attention|double-check|keep|follow|open|actually|try\s+not\s+to|don't|do\s+not|avoid|stop|be\s+(?:a\s+(?:little|bit)\s+)?(?:less|more\s+(?:patient|polite|reasonable)))\b`,
    unless:
      /\b(?:i'll|we'll|i\s+will|we\s+will|i'd|we'd|i\s+can|we\s+can|you\s+won't|no\s+need|won't\s+need)\b/,
  },
  {
    id: "meaning.blame.if-you-had-listened",
    cues: ["if you'd", "if you had", "had you", "if only you", "if you would have"],
    kind: "blame",
    label: "blame",
    // counterfactuals about their conduct: "If you'd listened the first time", "Had you bothered to check"
    pattern: String.raw`\b(?:if\s+you'd|if\s+you\s+had|had\s+you|if\s+you'd\s+only|if\s+only\s+you\s+had|if\s+you\s+would\s+have)\s+(?:only\s+|actually\s+|just\s+|bothered\s+to\s+|taken\s+the\s+time\s+to\s+)?(?:listened|read|checked|looked|kept|followed|bothered|paid\s+attention|opened|noticed|asked|thought|waited|registered|descaled|cleaned|measured|told\s+us)\b`,
    unless: /\b(?:we|i)\s+(?:would|could|'d)\s+(?:have\s+)?(?:been\s+able\s+to|happily|gladly)\b/,
  },
  {
    id: "meaning.blame.talent-for",
    cues: ["talent", "knack", "gift for", "much effort"],
    kind: "blame",
    label: "blame",
    pattern: String.raw`\b(?:talent|knack|gift)\s+for\s+(?:breaking|losing|damaging|ignoring|missing|getting\s+(?:it|things)\s+wrong)\b|\b(?:put|puts|putting)\s+(?:this|that|as)\s+much\s+effort\s+into\b`,
  },
  // ---------------------------------------------------------------------------------------- minimising
  {
    id: "meaning.minimise.not-life-and-death",
    cues: [
      "life and death",
      "life or death",
      "end of",
      "crisis",
      "catastrophe",
      "tragedy",
      "emergency",
      "disaster",
      "to call",
      "worse things",
      "real problems",
      "perspective",
      "life goes on",
    ],
    kind: "minimise",
    label: "dismissive",
    // "It's a coffee order, not a matter of life and death", "hardly the end of civilisation", "a bit much to call this a disaster"
    pattern: String.raw`\b(?:not|hardly|isn't|scarcely)\s+(?:exactly\s+|really\s+|quite\s+)?(?:a\s+matter\s+of\s+life\s+and\s+death|life\s+(?:and|or)\s+death|the\s+end\s+of\s+(?:civilisation|civilization|the\s+earth|days|time|everything)|a\s+(?:crisis|catastrophe|tragedy|emergency|disaster|national\s+emergency))\b|\b(?:bit\s+much|bit\s+strong|overstating\s+it|exaggerat\w+)\s+to\s+call\s+(?:it|this|that)\b|\bworse\s+things\s+happen\b|\breal\s+problems\b|\b(?:keep|get|have|put\s+(?:it|this|things)\s+in(?:to)?)\s+(?:some\s+)?perspective\b|\blife\s+goes\s+on\b`,
    unless: /\b(?:i\s+know|we\s+know|i\s+realise|i\s+understand)\b/,
  },
  {
    id: "meaning.minimise.worked-up-over",
    cues: [
      "worked up",
      "upset",
      "stressed",
      "wound up",
      "het up",
      "hysterical",
      "fuss",
      "drama",
      "song and dance",
      "complain",
      "moan",
      "angry",
    ],
    kind: "minimise",
    label: "dismissive",
    // "You're getting very worked up over a bag of beans", "a huge drama out of a late parcel"
    pattern: String.raw`\b(?:worked\s+up|upset|stressed|wound\s+up|het\s+up|hysterical|fuss(?:ing)?|drama|song\s+and\s+dance|complain\w*|moan\w*|angry)\s+(?:over|about|out\s+of)\s+(?:just\s+|only\s+|such\s+)?(?:a|an|one|some|nothing|a\s+few|a\s+little|a\s+bit|\d+)\s+(?:\w+\s+){0,2}${TRIFLE}?`,
    needs: /\b(?:you|you're|your|customer|she|he|getting|making|huge|such|very|so)\b/,
    unless: /\b(?:sorry|understand|understandabl|right\s+to|fair|no\s+wonder|of\s+course|anyone\s+would)\b/,
  },
  {
    id: "meaning.minimise.you-will-cope",
    cues: ["cope", "survive", "live without", "manage without", "get by", "get over", "forgotten", "forget"],
    kind: "minimise",
    label: "dismissive",
    // "I'm sure you'll cope for one more day", "you can live without your grinder", "you'll have forgotten all about it"
    pattern: String.raw`\b(?:you'll|you\s+will|you\s+can|you\s+could|you'd|i'm\s+sure\s+you'll|i'm\s+sure\s+you\s+can)\s+(?:\w+\s+)?(?:cope|survive|live\s+without|manage\s+without|get\s+by|get\s+over|have\s+forgotten|forget\s+(?:all\s+)?about)\b|\bhow\s+did\s+(?:you|she|he)\s+(?:ever\s+)?(?:survive|cope|manage)\b|\b(?:forgotten|forget)\s+all\s+about\s+(?:it|this)\s+(?:by|in)\b`,
    unless: /\b(?:we'll|we\s+will|i'll|i\s+will|help\s+you\s+cope)\b/,
  },
  {
    id: "meaning.minimise.not-worth-upset",
    cues: [
      "worth",
      "deserve",
      "warrant",
      "merit",
      "-page",
      "long",
      "lengthy",
      "essay",
      "novel",
      "-word",
      "whole",
      "anyone's",
      "about you",
      "worst thing",
      "plenty of people",
      "fine",
    ],
    kind: "minimise",
    label: "dismissive",
    // "it's not worth getting upset over", "doesn't deserve a three-page email", "ruins anyone's week"
    pattern: String.raw`\b(?:not|hardly|isn't|never)\s+worth\s+(?:getting|being|the)\s+(?:so\s+|this\s+)?(?:upset|worked\s+up|angry|cross|stressed|fuss|drama|bother)|\b(?:deserves?|warrants?|merits?|needs?)\s+(?:a|an|this|such\s+a)\s+(?:\w+-page|long|lengthy|essay|novel|\d+-word|whole)\b|\bruins?\s+anyone's\b|\bnot\s+everything\s+is\s+about\s+you\b|\bworst\s+thing\s+(?:that's|that\s+has|that)\s+happened\s+to\s+you\b|\bplenty\s+of\s+people\s+would\s+be\s+glad\b|\b(?:it'll|it\s+will|they'll|it\s+still)\s+(?:still\s+)?(?:taste|work|boil|brew|be)\s+(?:just\s+)?fine\b`,
    unless: /\b(?:we'll|we\s+will|i'll|i\s+will|i've|we've)\s+(?:send|replace|refund|make|sort|get)/,
  },
  {
    id: "meaning.minimise.only-trifle",
    cues: ["talking about", "enough", "it's"],
    kind: "minimise",
    label: "dismissive",
    // "We're talking about a few pence here", "it was £4.50" set against the fuss, "enough of the moaning"
    pattern: String.raw`\b(?:we're|we\s+are|you're|you\s+are)\s+talking\s+about\s+(?:a\s+few|only|just|a\s+couple\s+of|less\s+than|under)\b|\benough\s+(?:of\s+)?(?:the|your|all\s+the|with\s+the)?\s*(?:moaning|complaining|whinging|whining|fuss|drama|emails|messages|calls|theatrics)\b|\bit's\s+(?:just\s+)?(?:coffee|a\s+scratch|a\s+kettle|a\s+parcel|beans|a\s+mug)\s*[.!]`,
  },
  {
    id: "meaning.minimise.cosmetic-so-never-mind",
    kind: "minimise",
    label: "dismissive",
    // damage played down with "it still works": "It's a scratch on the side, it doesn't affect how it boils".
    // Not with a remedy offered ("..., but I'll send a replacement anyway").
    pattern: String.raw`\b(?:it's|it\s+is|that's|that\s+is|there's)\s+(?:only\s+|just\s+)?(?:a|one)\s+(?:small\s+|tiny\s+|little\s+|minor\s+)?(?:scratch|mark|dent|chip|scuff|crack|stain|blemish)\b${GAP(40)}\b(?:(?:doesn't|does\s+not|won't|will\s+not|shouldn't)\s+(?:\w+\s+)?(?:affect|stop|change)|still\s+(?:works|boils|brews|grinds)|works\s+(?:fine|perfectly|just\s+fine))\b`,
    cues: [
      "affect",
      "still works",
      "still boils",
      "still brews",
      "still grinds",
      "works fine",
      "works perfectly",
      "works just fine",
      "stop",
      "change",
    ],
    unless:
      /\b(?:but|i'll|we'll|i\s+will|we\s+will|i've|we've|replace|refund|entitled|if\s+you'd\s+(?:like|prefer|rather))\b/,
  },
  // ---------------------------------------------------------------------------------------- sarcasm
  {
    id: "meaning.sarcasm.what-a-surprise",
    cues: [
      "shock",
      "surprise",
      "tragedy",
      "the press",
      "the papers",
      "the news",
      "the bbc",
      "the police",
      "prime minister",
    ],
    kind: "sarcasm",
    label: "dismissive",
    evenIfWarm: true,
    pattern: String.raw`\b(?:what\s+a|big|huge|such\s+a)\s+(?:shock|surprise)\s*(?:[,.!]|that|-)|\b(?:what\s+a|such\s+a)\s+tragedy\b|\b(?:alert|call|ring|tell|contact|phone)\s+the\s+(?:press|papers|newspapers|news|bbc|police|prime\s+minister)\b`,
    unless: /\b(?:lovely|nice|pleasant|happy|wonderful)\s+surprise\b/,
  },
  {
    id: "meaning.sarcasm.oh-yes-because",
    cues: ["because", "our fault", "my fault", "always is"],
    kind: "sarcasm",
    label: "dismissive",
    evenIfWarm: true,
    // "Oh yes, because we deliberately send broken kettles", "Of course it's our fault, it always is"
    pattern: String.raw`\b(?:oh\s+)?(?:yes|yeah|sure|right|of\s+course),?\s+because\s+(?:we|i|everyone|nobody|they)\b|\bof\s+course\s+it's\s+(?:our|my)\s+fault\b|\bit\s+always\s+is\s*[.!]|\bbecause\s+we\s+(?:deliberately|purposely|love\s+to|enjoy)\b`,
  },
  {
    id: "meaning.sarcasm.praise-for-a-failing",
    kind: "sarcasm",
    label: "dismissive",
    evenIfWarm: true,
    // "Congratulations on reading the terms at last", "Nice of you to finally reply", "Well, that was clever of you"
    pattern: String.raw`\b(?:congratulations|congrats|well\s+done|bravo|nice\s+(?:one|of\s+you)|good\s+of\s+you|kind\s+of\s+you|lovely\s+of\s+you|glad\s+you\s+could\s+join)\b${GAP(60)}\b(?:at\s+last|finally|eventually|bothering|bother|to\s+grace|for\s+once)\b|\b(?:at\s+last|finally|eventually)\b${GAP(30)}\b(?:congratulations|well\s+done|bravo)\b`,
  },
  {
    id: "meaning.sarcasm.praise-opening",
    kind: "sarcasm",
    label: "dismissive",
    evenIfWarm: true,
    anchor: true,
    // a sentence opening with praise for what the customer got wrong: "Well, that was clever of you.",
    // "Brilliant, so you threw away the receipt."
    pattern: String.raw`(?:(?:well|oh),?\s+(?:that\s+was|that's|how)\s+(?:very\s+|really\s+|so\s+)?(?:clever|smart|bright|helpful|sensible|genius)(?:\s+of\s+you)?\s*[.!])|(?:(?:brilliant|great|marvellous|wonderful|perfect|genius|fantastic|lovely)\s*[,.!]+\s*so\s+you\b)`,
    cues: [
      "well",
      "oh",
      "brilliant",
      "great",
      "marvellous",
      "wonderful",
      "perfect",
      "genius",
      "fantastic",
      "lovely",
    ],
  },
  {
    id: "meaning.sarcasm.mock-gratitude",
    cues: [
      "-star",
      "rant",
      "abuse",
      "complaint",
      "bin",
      "trash",
      "shredder",
      "recycling",
      "lucky",
      "trembling",
      "quaking",
      "shaking",
      "terrified",
      "losing sleep",
      "devastated",
      "heartbroken",
    ],
    kind: "sarcasm",
    label: "dismissive",
    evenIfWarm: true,
    // "Thanks ever so much for the lovely one-star review", "pass your valuable feedback straight to the bin"
    pattern: String.raw`\b(?:thanks|thank\s+you)\s+(?:ever\s+so|so\s+very|very)?\s*(?:much\s+)?for\s+(?:the|your)\s+(?:lovely|wonderful|glowing|charming|delightful|kind|fab|brilliant)\s+(?:\w+-star|one-star|1-star|review|rant|complaint|abuse|comments?|words|email)\b|\b(?:straight|right|directly)\s+(?:in|into|to)\s+the\s+(?:bin|trash|shredder|trash\s+can|recycling)\b|\b(?:next|new|other|another)\s+(?:shop|company|supplier|retailer|store|coffee\s+shop|provider)\b${GAP(30)}\blucky\b|\b(?:trembling|quaking|shaking|terrified|losing\s+sleep)\b${GAP(40)}\b(?:complaint|email|review|threat|letter)\b|\bi'm\s+sure\s+(?:the|our|your)\s+\w+\s+(?:is|are|will\s+be)\s+(?:trembling|quaking|terrified|devastated|losing\s+sleep|heartbroken)\b`,
  },
  {
    id: "meaning.sarcasm.lovely-to-hear-again",
    kind: "sarcasm",
    label: "dismissive",
    evenIfWarm: true,
    // "Lovely to hear from you again, for the fourth time today", "Oh, what a shock, another email from you"
    pattern: String.raw`\b(?:lovely|nice|great|delightful|always\s+a\s+pleasure|a\s+pleasure)\s+to\s+hear\s+from\s+you\s+again\b${GAP(40)}\b(?:time|today|week|again)\b|\banother\s+(?:\w+\s+)?${CONTACT}\s+from\s+you\b`,
  },
  {
    id: "meaning.sarcasm.good-luck-with-that",
    cues: ["luck", "enjoy", "elsewhere", "anywhere else"],
    kind: "sarcasm",
    label: "dismissive",
    // "Good luck finding a better deal elsewhere", "Best of luck with that.", "Enjoy explaining that to your bank"
    pattern: String.raw`\b(?:good|best\s+of)\s+luck\s+(?:with\s+that\s*[.!]|finding|getting\s+(?:a|anyone|anything|that)|trying|convincing|explaining|with\s+(?:the|your)\s+(?:claim|complaint|courier|bank)\b${GAP(10)}[.!]?$)|\benjoy\s+(?:explaining|telling|trying|waiting|ringing|calling|arguing)\b|\b(?:better|cheaper)\s+(?:deal|service|price)\s+(?:elsewhere|anywhere\s+else)\b`,
    unless: /\b(?:we\s+hope|hope\s+you|let\s+us\s+know|let\s+me\s+know)\b/,
  },
  {
    id: "meaning.sarcasm.i-am-so-sorry-you",
    cues: ["survive", "cope with", "withstand", "handle", "take your", "take her", "take his"],
    kind: "sarcasm",
    label: "dismissive",
    evenIfWarm: true,
    // "I'm so sorry our kettle couldn't survive your kitchen" (mock sympathy: the customer's home or hands as the cause)
    pattern: String.raw`\b(?:couldn't|could\s+not|didn't|did\s+not|can't)\s+(?:survive|cope\s+with|withstand|handle|take)\s+(?:your|her|his)\s+(?:kitchen|house|home|hands|household|treatment|care|handling|touch|way\s+of)\b`,
  },
  // ---------------------------------------------------------------------------------------- brushing off
  {
    id: "meaning.dismiss.between-you-and",
    cues: [
      "between you",
      "your problem",
      "your lookout",
      "your call",
      "your issue",
      "you problem",
      "your own problem",
      "your headache",
    ],
    kind: "dismiss",
    label: "dismissive",
    pattern: String.raw`\b(?:that's|that\s+is|it's|this\s+is|it\s+is)\s+(?:now\s+|really\s+)?between\s+you\s+and\s+(?:the|your)\b|\b(?:your|the)\s+(?:bank|courier|card|phone|email|computer|network|broadband),\s+your\s+(?:problem|lookout|call|issue)\b|\b(?:this|that|it)\s+(?:is|'s|sounds\s+like)\s+a\s+you\s+problem\b|\b(?:that's|that\s+is|it's|it\s+is|this\s+is)\s+your\s+(?:own\s+)?(?:problem|lookout|headache|issue)\s*(?:[.!,;]|now|not|$)`,
    unless: /\b(?:not\s+your\s+problem|n't\s+your\s+problem|not\s+your\s+(?:issue|headache))\b/,
  },
  {
    id: "meaning.dismiss.sort-it-yourself",
    cues: ["yourself", "your own"],
    kind: "dismiss",
    label: "dismissive",
    pattern: String.raw`\b(?:you'll|you\s+will|you'd|you)\s+(?:have|need|got)\s+to\s+(?:sort|deal\s+with|figure|work|fix|take\s+care\s+of|chase|handle)\s+(?:that|this|it|them)\s+(?:out\s+)?(?:yourself|on\s+your\s+own)\b|\b(?:sort|figure|work)\s+(?:it|that|this)\s+out\s+(?:yourself|on\s+your\s+own)\s*[.!]`,
  },
  {
    id: "meaning.dismiss.done-all-i-will",
    cues: [
      "going to",
      "prepared to",
      "willing to",
      "our bit",
      "my bit",
      "our part",
      "my part",
      "our share",
      "my share",
      "me done",
      "us done",
      "leave it there",
    ],
    kind: "dismiss",
    label: "dismissive",
    // "I've done all I'm going to do", "We've done our bit", "that's me done"
    pattern: String.raw`\b(?:done|did)\s+(?:all|everything|as\s+much\s+as)\s+(?:i'm|i\s+am|we're|we\s+are)\s+(?:going|prepared|willing)\s+to\b|\b(?:we've|we\s+have|i've|i\s+have)\s+done\s+(?:our|my)\s+(?:bit|part|share)\b|\b(?:that's|that\s+is)\s+(?:me|us)\s+done\b|\b(?:i'll|i\s+will|we'll|so\s+i'll)\s+leave\s+it\s+there\b`,
    unless: /\b(?:now\s+you|you\s+can\s+leave|for\s+now)\b/,
  },
  {
    id: "meaning.dismiss.cannot-be-expected",
    cues: ["be expected", "we deal", "we do", "we handle", "we bother", "google"],
    kind: "dismiss",
    label: "dismissive",
    pattern: String.raw`\b(?:can't|cannot|can\s+not|couldn't|shouldn't)\s+(?:\w+\s+)?be\s+expected\s+to\b|\bnot\s+(?:really\s+)?(?:something|anything)\s+we\s+(?:deal\s+with|do|handle|bother\s+with)\b|\b(?:try|ask|use)\s+google\b|\bgoogle\s+it\b`,
  },
  {
    id: "meaning.dismiss.shop-elsewhere",
    kind: "dismiss",
    label: "dismissive",
    pattern: String.raw`\b(?:shop|go|buy)\s+(?:somewhere\s+else|elsewhere)\b|\btake\s+your\s+(?:business|custom|money)\s+(?:somewhere\s+else|elsewhere)\b|\b(?:feel\s+free\s+to|go\s+ahead\s+and|you\s+can)\s+(?:complain|moan|escalate|leave\s+a\s+review)\b${GAP(40)}\b(?:won't|will\s+not|doesn't|does\s+not|makes\s+no)\s+(?:change|make|matter|help|difference)\b|\bthe\s+answer\s+(?:will|would)\s+(?:be|stay|remain)\s+the\s+same\b|\bdon't\s+bother\s+(?:ringing|calling|emailing|writing|complaining|asking|chasing|replying)\b`,
    unless: /\b(?:i'll|we'll|i\s+will|we\s+will)\s+(?:call|ring|email|phone|contact|sort|send|chase|do)\b/,
  },
  {
    id: "meaning.dismiss.stop-contacting",
    cues: ["stop", "quit", "cease", "clos"],
    kind: "dismiss",
    label: "dismissive",
    // "Please stop ringing every hour", "Customer told to stop contacting us", "closing this ticket, please don't reply"
    pattern: String.raw`\b(?:stop|quit|cease)\s+(?:contacting|emailing|e-mailing|ringing|calling|phoning|messaging|chasing|writing\s+to|bothering|pestering)\b|\bclos(?:ing|ed|e)\s+(?:this|the|your)\s+(?:ticket|case|complaint|chat|conversation)\b${GAP(40)}\b(?:don't|do\s+not)\s+(?:reply|respond|write|contact)\b`,
    unless:
      /\b(?:we'll\s+stop|we\s+will\s+stop|i'll\s+stop|can\s+stop|won't\s+have\s+to|no\s+need|don't\s+need|if\s+you\s+want|if\s+you'd\s+like|would\s+you\s+like|unsubscribe|opt\s+out)\b/,
  },
  {
    id: "meaning.dismiss.other-customers",
    cues: ["other", "more", "real", "time for"],
    kind: "dismiss",
    label: "dismissive",
    // "I've got other customers to deal with", "we don't have time for this", "whatever you want." after "Fine."
    pattern: String.raw`\b(?:i've|i\s+have|we've|we\s+have)\s+(?:got\s+)?(?:other|more|real)\s+(?:customers|people|cases|work|things)\s+to\s+(?:deal\s+with|see\s+to|help|get\s+on\s+with|attend\s+to)\b|\b(?:don't|do\s+not|haven't|have\s+not)\s+(?:got\s+|have\s+)?(?:the\s+)?time\s+for\s+(?:this|you|that|your)\b`,
  },
  {
    id: "meaning.dismiss.fine-whatever",
    kind: "dismiss",
    label: "dismissive",
    anchor: true,
    // "Fine. Whatever you want." (not "Whatever you decide, I'll ...")
    pattern: String.raw`(?:fine|ok|okay|right)[.!,]\s*whatever\b|whatever\s+you\s+(?:want|like|say)\s*[.!]`,
    cues: ["whatever"],
  },
  {
    id: "meaning.dismiss.not-our-concern",
    cues: [
      "concern",
      "job",
      "business",
      "worry",
      "lookout",
      "responsibility",
      "department",
      "remit",
      "nothing to do",
      "not your",
      "not a",
      "want from",
      "expect from",
      "want of",
      "expect of",
      "complaining about",
    ],
    kind: "dismiss",
    label: "dismissive",
    // "That isn't our concern", "nothing to do with us", "it's not my job to find out"
    pattern: String.raw`\b(?:isn't|is\s+not|'s\s+not|s\s+not|not)\s+(?:really\s+)?(?:our|my)\s+(?:concern|job|business|worry|lookout|responsibility|department|remit)\b|\bnothing\s+to\s+do\s+with\s+(?:us|me)\b|\b(?:we're|we\s+are|i'm|i\s+am)\s+not\s+(?:your|a)\s+(?:personal\s+)?(?:assistants?|servants?|babysitters?|nanny|nannies|mum|mother|maid|secretary|slaves?|therapists?|charity|repair\s+shop)\b|\bnot\s+sure\s+what\s+you\s+(?:want|expect)\s+(?:from|of)\s+us\b|\bnot\s+sure\s+what\s+you're\s+complaining\s+about\b|\bwhat\s+(?:exactly\s+)?(?:do\s+)?you\s+(?:want|expect)\s+(?:from|of)\s+us\b`,
    unless:
      /\b(?:it's\s+my\s+job|it's\s+our\s+job|but\s+(?:i|we)\s+(?:will|'ll|can|have|'ve)|so\s+i've|so\s+i'll|so\s+we've|so\s+we'll)\b/,
  },
  {
    id: "meaning.dismiss.take-it-up-with",
    kind: "dismiss",
    label: "dismissive",
    pattern: String.raw`\btake\s+(?:it|that|this)\s+up\s+with\s+(?:whoever|whomever|them|the\s+person|someone\s+else|your)\b`,
    unless: /\b(?:i'll|we'll|i\s+will|we\s+will|i'm|i've|we've|welcome\s+to|but\s+i)\b/,
  },
  // ------------------------------------------------------------------- complaining about the customer
  {
    id: "meaning.complain.counting-contacts",
    cues: [
      "second",
      "third",
      "fourth",
      "fifth",
      "sixth",
      "seventh",
      "eighth",
      "ninth",
      "tenth",
      "umpteenth",
      "nth",
      "hundredth",
      "millionth",
      "1st",
      "2nd",
      "3rd",
      "0th",
      "4th",
      "5th",
      "6th",
      "7th",
      "8th",
      "9th",
    ],
    kind: "complain",
    label: "dismissive",
    // "This is the sixth email you've sent us this week", "Your third urgent email of the day has been noted"
    pattern: String.raw`\b(?:the|your|this\s+is\s+(?:the|your))\s+${ORDINAL}\s+(?:\w+\s+)?${CONTACT}\b${GAP(40)}\b(?:you've|you\s+have|from\s+you|of\s+the\s+day|today|this\s+week|this\s+morning|been\s+noted|in\s+a\s+row)|\b${ORDINAL}\s+time\s+(?:you've|you\s+have)\s+(?:rung|called|phoned|emailed|written|contacted|complained|chased|sent|messaged)\b`,
    unless:
      /\b(?:had\s+to|sorry|apolog|our\s+fault|we\s+should|not\s+good\s+enough|let\s+you\s+down|shouldn't\s+have\s+to)\b/,
  },
  {
    id: "meaning.complain.my-pay-my-day",
    cues: [
      "paid",
      "actual work",
      "real work",
      "proper work",
      "actual job",
      "real job",
      "proper job",
      "had a",
    ],
    kind: "complain",
    label: "dismissive",
    // "I get paid the same whether you're happy or not", "I'm not paid enough for this", "instead of my actual work",
    // "I've had a long day and your complaint hasn't helped"
    pattern: String.raw`\b(?:i|we)\s+(?:get|am|are|'m|'re)\s+(?:not\s+)?paid\s+(?:the\s+same|enough|regardless|either\s+way)\b|\bnot\s+paid\s+enough\b|\binstead\s+of\s+(?:doing\s+)?(?:my|our)\s+(?:actual|real|proper)\s+(?:work|job)\b|\b(?:i've|i\s+have)\s+had\s+a\s+(?:long|hard|tough|busy|rough|bad|awful)\s+(?:day|week|morning|shift)\b${GAP(60)}\b(?:you|your)\b`,
  },
  {
    id: "meaning.complain.your-conduct",
    kind: "complain",
    label: "dismissive",
    // "Your attitude is the reason this took so long", "Frankly your tone has made this harder",
    // "Your emails are far too long", "your complaint really hasn't helped"
    pattern: String.raw`\byour\s+(?:attitude|tone|behaviour|behavior|manner|language|rudeness|temper|aggression|constant\s+\w+|complaint|emails?|messages?|calls?|demands?)\s+(?:is|was|are|were|has|have|hasn't|has\s+not|really\s+hasn't|made|makes|isn't|didn't|did\s+not)\s+(?:\w+\s+){0,3}(?:the\s+reason|why|made|harder|difficult|worse|helped|helping|unacceptable|too\s+long|far\s+too|way\s+too|much\s+too|excessive|exhausting|tiring|not\s+helping|the\s+problem|slowed|delayed)`,
    unless:
      /\b(?:apologi[sz]e\s+for|sorry\s+for|worry\s+about|every\s+reason|understandabl|fine|justified|helpful|helped\s+me|clear|detailed)\b/,
  },
  {
    id: "meaning.complain.threat",
    cues: ["warning", "watch list", "watchlist", "black list", "blacklist", "banned", "one more", "again"],
    kind: "complain",
    label: "dismissive",
    // "If you speak to my colleagues like that again, we'll close your account", "One more complaint and we'll stop ...",
    // "Consider this a final warning", "end up on our watch list"
    pattern: String.raw`\b(?:final|last|formal|first)\s+warning\b|\b(?:watch\s*list|black\s*list|blacklist(?:ed)?|banned\s+list)\b|\bone\s+more\s+(?:\w+\s+)?(?:complaint|call|email|message|word|time|outburst)\b${GAP(50)}\b(?:we'll|we\s+will|i'll|and\s+we|and\s+i)\b|\b(?:like\s+that|that\s+way|in\s+that\s+tone)\s+again\b${GAP(60)}\b(?:we'll|we\s+will|i'll|i\s+will)\s+(?:close|block|ban|stop|cancel|refuse|report|end|terminate|suspend)\b`,
    unless: /\bwarning\s+(?:light|sticker|label|sign)\b/,
  },
  {
    id: "meaning.complain.letting-you-off",
    cues: [
      "you off",
      "yourself lucky",
      "yourself fortunate",
      "lucky",
      "fortunate",
      "because you",
      "don't expect",
      "at all",
    ],
    kind: "complain",
    label: "dismissive",
    // "We'll let you off this time", "count yourself lucky", "You're lucky we're refunding you at all",
    // "as a one-off, not because you're right"
    pattern: String.raw`\blet(?:ting)?\s+you\s+off\b|\bcount\s+yourself\s+(?:lucky|fortunate)\b|\byou're\s+(?:lucky|fortunate)\s+(?:we|i|that\s+we|that\s+i)\b|\bnot\s+because\s+you(?:'re|\s+are)\s+(?:right|entitled|owed)\b|\bdon't\s+expect\s+(?:it|this|that|the\s+same|us\s+to)\b${GAP(20)}\bagain\b|\b(?:refunding|helping|replacing)\s+you\s+at\s+all\b`,
  },
  {
    id: "meaning.complain.disparaging-the-customer",
    cues: [
      "exhausting",
      "tiresome",
      "draining",
      "nightmare",
      "pain",
      "hard work",
      "impossible",
      "unbearable",
      "chancer",
      "liar",
      "lying",
      "serial",
      "moaner",
      "whinger",
      "troublemaker",
      "for nothing",
      "get rid",
      "shut",
      "get a life",
      "rant",
      "moans",
      "some people",
      "you lot",
    ],
    kind: "complain",
    label: "dismissive",
    // "Honestly, you're the most exhausting customer", "serial complainer", "after something for nothing",
    // "Refunded to get rid of her", "just to shut him up", "needs to get a life", "another rant from Mr Evans"
    pattern: String.raw`\b(?:you're|you\s+are|she's|he's|she\s+is|he\s+is|customer\s+is|cust\s+is)\s+(?:the\s+most\s+|a\s+real\s+|a\s+|an\s+|such\s+a\s+|so\s+)?(?:exhausting|tiresome|draining|a\s+nightmare|nightmare|a\s+pain|hard\s+work|impossible|unbearable|a\s+chancer|a\s+liar|lying|a\s+serial\s+\w+|a\s+moaner|a\s+whinger|a\s+troublemaker)\b|\bserial\s+(?:complainer|moaner|returner|whinger)\b|\bsomething\s+for\s+nothing\b|\b(?:get\s+rid\s+of|shut)\s+(?:her|him|them|you)\s*(?:up\b)?|\bget\s+a\s+life\b|\b(?:another|yet\s+another)\s+rant\b|\bmoans?\s+about\s+everything\b|\bsome\s+people\s+(?:just\s+)?(?:like|love|enjoy|live)\s+to\s+(?:complain|moan|whinge)\b|\byou\s+lot\s+(?:always|never|just|all|constantly)\b`,
    unless: /\b(?:we\s+lot|you\s+lot\s+at|thank)\b/,
  },
  {
    id: "meaning.complain.stereotyped-group",
    cues: ["typical", "boomer", "oldies", "oaps", "pensioner", "old ", "older", "elderly", "retired"],
    kind: "complain",
    label: "dismissive",
    // redA's ask (round 15): the customer lumped with a group put down for age or ability: "Mostly older subscribers
    // who can't cope with a chatbot ..., like this one", "Typical boomer who can't work a chatbot". Not: "Older
    // subscribers may find a chatbot harder to use" (an observation, no inability asserted), "Some customers can't
    // reach a person through the bot" (the bot's failure).
    pattern: String.raw`\btypical\s+(?:boomer|pensioner|oap|oldie|granny|karen|millennial|old\s+\w+)\b|\b(?:boomers?|oldies|oaps|pensioners|old\s+(?:people|folk|dears|timers|codgers|ladies|men)|(?:older|elderly)\s+(?:subscribers|customers|people|users|folk|ones|callers))\s+(?:who|that)\s+(?:\w+\s+)?(?:can't|cannot|couldn't|can\s+never|never|don't\s+know\s+how\s+to|struggle\s+to)\s+(?:\w+\s+)?(?:cope|work|use|manage|understand|figure|follow|operate|read|get\s+(?:the\s+hang|their\s+heads))\b|\b(?:can't|cannot|couldn't)\s+(?:cope|work|use|manage|understand|figure|operate)\b${GAP(50)}\blike\s+(?:most|all|many|the\s+rest|so\s+many)\s+(?:of\s+)?(?:our|the|these|those)?\s*(?:older|elderly|old|retired)\b`,
  },
  {
    id: "meaning.complain.a-right-held-against-them",
    cues: ["fit", "for you", "match", "right shop", "right company", "for the best", "better off"],
    kind: "complain",
    label: "dismissive",
    // redB's ask (round 15): the customer's use of a right (returning, cancelling, complaining) noted to conclude
    // against them: "I do note that you returned both items, so perhaps we simply weren't the right fit for you".
    // Not: "I note that you returned both items; the refunds went back in March", "I'm sorry we weren't the right fit".
    pattern: String.raw`\b(?:note|noted|notice|noticed|see|seen|given|since|as|considering)\b${GAP(40)}\b(?:returned|sent\s+(?:\w+\s+){0,3}back|cancell?ed|complained|asked\s+for\s+(?:a\s+|your\s+)?(?:refunds?|money\s+back)|refunded)\b${GAP(60)}\b(?:so|which\s+is\s+why|it's|it\s+is|that's)\b${GAP(30)}(?:\b(?:not|weren't|aren't|isn't)\s+(?:\w+\s+){0,2}(?:the\s+right\s+(?:fit|match|shop|company)|for\s+you|a\s+good\s+(?:fit|match))|\bfor\s+the\s+best\b|\bbetter\s+off\b)`,
  },
  {
    id: "meaning.complain.capitals-at-me",
    kind: "complain",
    label: "dismissive",
    pattern: String.raw`\b(?:didn't|did\s+not|don't|do\s+not|stop|wouldn't|would\s+not)\s+(?:write|writing|type|typing|shout|shouting|yell)\w*\s+in\s+(?:capitals|caps|capital\s+letters|block\s+capitals)\s+at\s+(?:me|us)\b|\b(?:write|writing|shouting|typing)\s+(?:in\s+capitals\s+)?at\s+me\b`,
  },
  // ------------------------------------------------ second pass: shapes from a probe written after the first frames
  {
    id: "meaning.blame.you-probably-did",
    kind: "blame",
    label: "blame",
    // the customer's fault asserted as a guess: "Let's be honest, you probably dropped it", "I doubt you even descaled it"
    pattern: String.raw`\byou\s+(?:probably|clearly|obviously|most\s+likely|almost\s+certainly|evidently)\s+(?:just\s+)?(?:dropped|broke|damaged|knocked|spilled|spilt|overfilled|misused|forgot|ignored|left|never|didn't|did\s+not|haven't|have\s+not|put|used|tried\s+to\s+force)\b|\bdoubt\s+(?:that\s+|whether\s+|if\s+)?you\s+(?:even|ever|actually|bothered|once)\b|\bwith\s+you\s+in\s+charge\b|\b(?:amazing|surprised|a\s+miracle|a\s+wonder|wonder)\s+(?:that\s+)?it\s+(?:lasted|survived|worked)\b`,
    cues: [
      "probably",
      "clearly",
      "obviously",
      "most likely",
      "almost certainly",
      "evidently",
      "doubt",
      "in charge",
      "lasted",
      "survived",
      "worked",
    ],
    unless: /\b(?:we|our|courier|driver|i'm\s+sorry|don't\s+worry|no\s+problem|through\s+no\s+fault)\b/,
  },
  {
    id: "meaning.blame.read-properly-before",
    kind: "blame",
    label: "dismissive",
    // telling the customer off for how they read or contact us: "You really need to read things properly before you email us"
    pattern: String.raw`\byou\s+(?:really\s+|honestly\s+|seriously\s+)?(?:need|needed|have|ought|should|must)\s+(?:to\s+)?(?:read|listen|look|check|think|pay\s+attention)\b${GAP(40)}\b(?:properly|carefully\s+before\s+you|before\s+(?:you\s+)?(?:email|e-mail|contact|ring|call|complain|writ|messag|get\w*\s+in\s+touch|moan)\w*)`,
    cues: ["properly", "before"],
    unless: /\b(?:i'll|we'll|i\s+will|we\s+will|the\s+code|the\s+number|serial|label|sorry)\b/,
  },
  {
    id: "meaning.belittle.obvious-tautology",
    kind: "belittle",
    label: "dismissive",
    anchor: true,
    // "It's a grinder, it grinds. Not complicated." / "Not rocket science." as a sentence of its own
    pattern: String.raw`not\s+(?:that\s+|very\s+|exactly\s+|really\s+|remotely\s+)?(?:complicated|difficult|hard|tricky|rocket\s+science|brain\s+surgery)\s*[.!]`,
    cues: ["complicated", "difficult", "hard", "tricky", "rocket", "brain surgery"],
  },
  {
    id: "meaning.belittle.brain-on",
    kind: "belittle",
    label: "dismissive",
    // "Try turning your brain on", "use your common sense", "at your age", "maybe you should stick to the supermarket"
    pattern: String.raw`\b(?:use|turn(?:ing)?\s+on|switch(?:ing)?\s+on|engage|engaging|try\s+using|try\s+turning)\s+your\s+(?:brain|head|eyes|common\s+sense|loaf|noggin|brain\s+cell)\w*|\bturn(?:ing)?\s+your\s+brain\s+on\b|\bat\s+your\s+age\b|\b(?:maybe|perhaps)\s+(?:you\s+should\s+|you'd\s+be\s+better\s+(?:off\s+)?|just\s+)?(?:stick|sticking)\s+to\b`,
    cues: [
      "your brain",
      "your head",
      "your eyes",
      "common sense",
      "your loaf",
      "noggin",
      "your age",
      "stick",
    ],
    unless: /\b(?:if\s+you\s+(?:like|prefer|enjoy)|suits\s+you|we'll|i'll)\b/,
  },
  {
    id: "meaning.dismiss.not-miracle-workers",
    kind: "dismiss",
    label: "dismissive",
    // "We're a coffee shop, not a miracle worker", "I don't make the rules", "nobody's going to lose sleep over it"
    pattern: String.raw`\b(?:we're|we\s+are|i'm|i\s+am)\b${GAP(30)}\bnot\s+(?:a\s+|an\s+)?(?:miracle\s+workers?|magicians?|mind\s*-?\s*readers?|psychics?|wizards?|god|saints?)\b|\bi\s+(?:don't|do\s+not)\s+make\s+the\s+rules\b|\b(?:lose|losing|lost)\s+(?:any\s+)?sleep\s+over\s+(?:your|it|this|that)\b|\bthat's\s+(?:just\s+)?life\b|[,;-]\s*deal\s+with\s+it\s*[.!]`,
    cues: [
      "miracle",
      "magician",
      "mind",
      "psychic",
      "wizard",
      "god",
      "saint",
      "make the rules",
      "sleep",
      "life",
      "deal with it",
    ],
    unless: /\b(?:we'll|i'll|we\s+will|i\s+will)\s+(?:deal|sort|fix|send|refund)\b/,
  },
  {
    id: "meaning.complain.wasted-time",
    kind: "complain",
    label: "dismissive",
    // "you've wasted everyone's time", "just to make you go away", "Honestly, some people.", "confused as usual" (a note)
    pattern: String.raw`\b(?:wasted|wasting|waste\s+of)\s+(?:everyone's|everybody's|our|my|the\s+team's)\s+time\b|\b(?:just\s+)?to\s+(?:make\s+(?:you|her|him|them)\s+go\s+away|get\s+rid\s+of\s+(?:you|her|him|them)|shut\s+(?:you|her|him|them)\s+up|keep\s+(?:you|her|him|them)\s+quiet)\b|\bsome\s+people\s*[.!]+|\b(?:confused|wrong|moaning|complaining|difficult|demanding|rude|clueless|useless)\s+as\s+(?:usual|always|ever)\b`,
    cues: ["time", "go away", "get rid", "shut", "quiet", "some people", "as usual", "as always", "as ever"],
    unless: /\b(?:sorry|apolog|our\s+courier|the\s+courier|our\s+(?:system|website|site|email)|we\s+were)\b/,
  },
  {
    id: "meaning.complain.constant-contacts",
    kind: "complain",
    label: "dismissive",
    // "Your constant emails are clogging up our inbox", "You're not our only customer, you know."
    pattern: String.raw`\byour\s+(?:constant|endless|repeated|never-ending|incessant|relentless|hourly|daily|non-stop)\s+(?:emails|e-mails|calls|messages|complaints|chasing|demands|questions|phone\s+calls|reminders)\b|\bnot\s+(?:our|my|the)\s+only\s+customer\s*(?:,\s*you\s+know)?\s*[.!]|\b(?:explained|told\s+you|said)\s+(?:this|that|it)\s+(?:\w+\s+)?(?:twice|three\s+times|four\s+times|several\s+times|many\s+times|a\s+dozen\s+times|again\s+and\s+again)\b`,
    cues: [
      "constant",
      "endless",
      "repeated",
      "never-ending",
      "incessant",
      "relentless",
      "hourly",
      "daily",
      "non-stop",
      "only customer",
      "twice",
      "times",
      "again and again",
    ],
    unless: /\b(?:sorry|apolog|thank|that's\s+on\s+me|my\s+fault|my\s+explanation|i\s+should)\b/,
  },
  {
    id: "meaning.sarcasm.thanks-for-the-essay",
    kind: "sarcasm",
    label: "dismissive",
    evenIfWarm: true,
    // "Thanks for the essay", "what you expected from a £20 kettle", "happy now?"-like asides
    pattern: String.raw`\b(?:thanks|thank\s+you|cheers)\s+(?:so\s+much\s+|ever\s+so\s+much\s+)?for\s+(?:the|your|that)\s+(?:essay|novel|lecture|life\s+story|sermon|speech|saga|epic|dissertation|thesis|war\s+and\s+peace|rant)\b|\b(?:not\s+sure|no\s+idea|don't\s+know)\s+what\s+(?:else\s+)?you\s+(?:expected|were\s+expecting|thought\s+would\s+happen)\b|\bhope\s+you're\s+happy\s+now\b`,
    cues: [
      "essay",
      "novel",
      "lecture",
      "life story",
      "sermon",
      "speech",
      "saga",
      "epic",
      "dissertation",
      "thesis",
      "war and peace",
      "rant",
      "expected",
      "expecting",
      "would happen",
      "happy now",
    ],
  },
  {
    id: "meaning.belittle.why-you-thought",
    kind: "belittle",
    label: "dismissive",
    // "I'm not sure why you thought a glass kettle could survive being dropped", "You'd think a grown woman could ...",
    // "Clearly you're the expert", "Apparently reading the email was too much trouble"
    pattern: String.raw`\b(?:not\s+sure|no\s+idea|don't\s+know|can't\s+(?:see|think|imagine))\s+(?:what|why|how)\s+(?:else\s+)?(?:on\s+earth\s+)?you\s+(?:expected|were\s+expecting|thought|assumed|imagined)\b(?!\s+of\b)|\byou'd\s+(?:think|have\s+thought)\s+(?:a|an|anyone|someone|people)\b${GAP(40)}\b(?:could|would|should|can)\b|\ba\s+grown\s+(?:woman|man|adult|person|up)\s+(?:could|would|should|can|ought)\b|\b(?:clearly|obviously|evidently|of\s+course|since|as)\s+you(?:'re|\s+are)\s+the\s+expert\b|\b(?:was|is|were)\s+(?:it\s+)?(?:clearly\s+|apparently\s+|obviously\s+)?too\s+much\s+(?:trouble|effort|bother|to\s+ask)\b`,
    cues: [
      "expected",
      "expecting",
      "thought",
      "assumed",
      "imagined",
      "you'd think",
      "you'd have thought",
      "grown",
      "expert",
      "too much",
    ],
    unless: /\b(?:if\s+it's|if\s+it\s+is|if\s+that's|hope\s+it\s+wasn't|hope\s+that\s+wasn't|no\s+trouble)\b/,
  },
  {
    id: "meaning.dismiss.whether-you-need-to-complain",
    kind: "dismiss",
    label: "dismissive",
    // "Have a think about whether you really need to complain", "get your facts straight before accusing us",
    // "Sorry not sorry", "rules are there for a reason", "we have nothing better to do", "some of us have to work"
    pattern: String.raw`\bwhether\s+you\s+(?:really\s+|honestly\s+)?(?:need|have|want)\s+to\s+(?:complain|email|ring|call|chase|contact|moan|escalate)\b|\bget\s+your\s+(?:facts|story|details|information)\s+(?:straight|right)\b|\bsorry\s+not\s+sorry\b|\brules\s+are\s+(?:there|in\s+place|made)\s+for\s+a\s+reason\b|\bnothing\s+better\s+to\s+do\b|\bsome\s+of\s+us\s+(?:have|need|actually|still|are\s+trying)\s+(?:to\s+)?(?:work|jobs|real|proper|things|earn)\b`,
    cues: [
      "whether you",
      "straight",
      "get your facts",
      "get your story",
      "sorry not sorry",
      "for a reason",
      "better to do",
      "some of us",
    ],
  },
  {
    id: "meaning.complain.keep-it-short",
    kind: "complain",
    label: "dismissive",
    // "Please try to keep your emails to the point in future", "complaints like yours are mostly nonsense",
    // "Another day, another complaint from Mrs Shah"
    pattern: String.raw`\bkeep\s+your\s+(?:emails|e-mails|messages|complaints|calls|replies|letters)\s+(?:short|brief|shorter|briefer|to\s+the\s+point|concise|to\s+a\s+minimum)\b|\b(?:complaints|emails|claims|people|customers)\s+like\s+(?:yours|you)\b${GAP(40)}\b(?:nonsense|rubbish|made\s+up|invented|exaggerated|trying\s+it\s+on|time-?wasters?|a\s+joke|fake)\b|\byour\s+(?:complaint|claim|story|email|account\s+of\s+events)\s+(?:is|was|sounds)\s+(?:\w+\s+)?(?:nonsense|rubbish|ridiculous|absurd|made\s+up|exaggerated|far-fetched)\b|\banother\s+day,?\s+another\s+(?:complaint|email|call|moan|rant|message|demand)\b`,
    cues: [
      "keep your",
      "like yours",
      "like you",
      "nonsense",
      "rubbish",
      "ridiculous",
      "absurd",
      "made up",
      "exaggerated",
      "far-fetched",
      "another day",
    ],
  },
];

/** What may come before an anchored frame at a sentence's start: nothing, or "P.S.", "NB", "Oh, and". */
const OPENING = /^\s*(?:(?:p\.?\s?s|n\.?\s?b)\.?[\s,:-]*)?(?:(?:oh|and|but|so|also)[\s,]+)*$/;

const COMPILED = FRAMES.map((f) => ({
  ...f,
  re: new RegExp(f.pattern, "g"),
  /** Words every match contains one of (the frame's own cues, or worked out from its pattern): a frame none of
   *  whose cues is in the text is not run (speed only; prefilter.ts). */
  literals: f.cues ?? requiredLiterals(new RegExp(f.pattern, "i")).literals,
}));

/**
 * Every frame's cue words once, and for each frame the positions of its own in that list. The frames share
 * many cues, so each is looked for once per text. Each cue also has a key, its longest word: a text without
 * the key cannot contain the cue, and many cues share a key, so most cues are ruled out by one look.
 */
const CUE_LIST: readonly string[] = [...new Set(COMPILED.flatMap((f) => f.literals ?? []))];
const longestWord = (cue: string) =>
  cue.split(/[^a-z0-9']+/).reduce((a, b) => (b.length > a.length ? b : a), "");
const KEY_LIST: readonly string[] = [...new Set(CUE_LIST.map(longestWord).filter((k) => k.length >= 3))];
const CUE_KEY: readonly number[] = CUE_LIST.map((c) => KEY_LIST.indexOf(longestWord(c)));
const FRAME_CUES: readonly (readonly number[] | null)[] = COMPILED.map((f) =>
  f.literals === null ? null : f.literals.map((l) => CUE_LIST.indexOf(l)),
);

/**
 * The frames whose cue words are in the text. `contains` answers for the analyser's lower-cased text (its literal
 * index); each distinct key and cue is asked at most once.
 */
export function meaningFramesPresent(contains: (literal: string) => boolean): MeaningFrames {
  const key = new Int8Array(KEY_LIST.length); // 0 unknown, 1 present, 2 absent
  const cue = new Int8Array(CUE_LIST.length);
  const present = (c: number): boolean => {
    if (cue[c] === 0) {
      const k = CUE_KEY[c]!;
      if (k >= 0 && key[k] === 0) key[k] = contains(KEY_LIST[k]!) ? 1 : 2;
      cue[c] = (k < 0 || key[k] === 1) && contains(CUE_LIST[c]!) ? 1 : 2;
    }
    return cue[c] === 1;
  };
  return COMPILED.filter((_, i) => {
    const cues = FRAME_CUES[i];
    return cues === null || cues!.some(present);
  });
}
export type MeaningFrames = readonly (typeof COMPILED)[number][];

export interface MeaningMatch {
  label: "blame" | "dismissive";
  start: number;
  end: number;
  rule: string;
  kind: MeaningKind;
}

export interface MeaningRejection extends MeaningMatch {
  reason: string;
}

/**
 * Respect breaches found by meaning in `norm` (the analyser's normalised text). `rejected` collects frames that
 * matched but were not counted, with the reason (for explainMessage).
 */
export function respectByMeaning(
  norm: string,
  sentences: readonly Sentence[],
  rejected?: MeaningRejection[],
  /** The analyser's own lower-cased text and the frames its literal index found cues for (saves building both twice). */
  shared?: { lower: string; active: MeaningFrames },
): MeaningMatch[] {
  const out: MeaningMatch[] = [];
  let lower: string;
  let active: MeaningFrames;
  if (shared) {
    ({ lower, active } = shared);
  } else {
    lower = asciiLower(norm);
    const index = new LiteralIndex(lower);
    try {
      active = meaningFramesPresent((l) => index.contains(l));
    } finally {
      index.release();
    }
  }
  if (active.length === 0) return out;
  const anyQuestion = sentences.some((s) => s.isQuestion);
  const warmth = new Map<number, boolean>();
  for (const f of active) {
    if (f.question && !anyQuestion) continue;
    f.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = f.re.exec(lower)) !== null) {
      if (m[0].length === 0) {
        f.re.lastIndex++;
        continue;
      }
      const si = sentenceIndexAt(sentences, m.index);
      const s = sentences[si];
      if (!s || (f.question && !s.isQuestion)) continue;
      if (f.anchor && !OPENING.test(lower.slice(s.start, m.index))) continue;
      const text = lower.slice(s.start, s.end);
      let warm = warmth.get(si);
      if (warm === undefined) warmth.set(si, (warm = WARM.test(text)));
      const hit: MeaningMatch = {
        label: f.label,
        start: m.index,
        end: m.index + m[0].trimEnd().length,
        rule: f.id,
        kind: f.kind,
      };
      let reason: string | undefined;
      if (f.needs && !f.needs.test(text))
        reason = "no target (the customer or their problem) in the sentence";
      else if (f.unless?.test(text))
        reason = "the sentence says something that makes it polite (the frame's exception)";
      else if (warm && !f.evenIfWarm)
        reason = "the sentence owns the fault, sympathises or denies the evaluation (polite look-alike)";
      if (reason) rejected?.push({ ...hit, reason });
      else out.push(hit);
    }
  }
  return out;
}

/** For tests: every frame's id and kind. */
export const MEANING_FRAMES: readonly { id: string; kind: MeaningKind; label: "blame" | "dismissive" }[] =
  FRAMES.map(({ id, kind, label }) => ({ id, kind, label }));
