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
  /** Not counted when this is in the sentence (what makes this structure's look-alike polite). */
  unless?: RegExp;
  /** What the tutor reads. */
  why: string;
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
const ANY_CUE = new RegExp(STRUCTURES.map((st) => `(?:${st.cue.source})`).join("|"));

/** Structures of disrespect in `lower` (the analyser's lower-cased text), sentence by sentence. */
export function readTone(
  lower: string,
  sentences: readonly Sentence[],
  rejected?: ToneRejection[],
): ToneMatch[] {
  const out: ToneMatch[] = [];
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
    if (!ANY.test(text) || !ANY_CUE.test(text)) continue;
    const polite = POLITE.test(text);
    for (const st of STRUCTURES) {
      if (!st.cue.test(text)) continue;
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

/** For tests and the README: every structure's id and kind. */
export const TONE_STRUCTURES: readonly { id: string; kind: ToneKind }[] = [
  ...STRUCTURES.map(({ id, kind }) => ({ id, kind })),
  { id: "tone.doubted-claim", kind: "complain" },
];
