/**
 * A reassurance about someone else's order tells the listener how it stands: "there's honestly nothing
 * to worry about with your mum's delivery, so please do put her mind at rest" (red-team round 16 B,
 * dp-r16-liam-nothing-to-worry), as surely as "it's on its way" or "everything is in order on our side"
 * (round 8). To a caller with no authority on the account it discloses that there is an order and that
 * all is well with it (UK GDPR Art 4(1), Art 5(1)(f)).
 *
 * Read a sentence at a time: a reassurance ("nothing to worry about", "no need to worry", "don't worry
 * about", "rest assured", "is fine", "is in hand", "put her mind at rest"…) and, in the same sentence, a
 * thing of someone else's named by the scenario (`things`: "order", "delivery", "parcel"…), after "her",
 * "his", "their", "the", or "your mum's" and the like. Not read: a reassurance about nothing of hers
 * ("please don't worry, your mum can ring us herself"), a refusal to say ("I can't tell you whether her
 * delivery is fine"), or one inside an indirect question.
 */

/**
 * Worry told to stop, in any verb of worrying (red-team round 21 B, dp-r21-liam-stop-fretting: "if I were
 * her I'd stop fretting about that coffee machine"): stop / quit / no need to / wouldn't + worry, fret,
 * stress, panic, lose sleep.
 */
const WORRY_VERB = String.raw`(?:worry|worrying|fret|fretting|stress|stressing|panic|panicking|lose\s+(?:any\s+)?sleep|losing\s+(?:any\s+)?sleep)`;
const WORRY_TOLD_TO_STOP = String.raw`\b(?:(?:stop|quit)\s+${WORRY_VERB}|(?:no\s+need\s+to|not\s+to|don['\u2019]?t|do\s+not|needn['\u2019]t|need\s+not|shouldn['\u2019]t|wouldn['\u2019]t|would\s+not)\s+(?:need\s+to\s+)?(?:be\s+)?${WORRY_VERB})\b`;
const REASSURANCE = new RegExp(
  `${WORRY_TOLD_TO_STOP}|${
    /\b(?:nothing\s+to\s+worry\s+about|no\s+need\s+to\s+worry|not\s+to\s+worry|(?:don['\u2019]?t|do\s+not|needn['\u2019]t|need\s+not|shouldn['\u2019]t)\s+(?:need\s+to\s+)?worry|no\s+(?:cause|reason)\s+(?:for|to)\s+(?:concern|alarm|worry)|nothing\s+(?:wrong|amiss)|rest\s+assured|(?:put|set|ease)\s+(?:her|his|their|your)\s+mind(?:\s+at\s+rest)?|(?:is|are|['\u2019]s|looks?|seems?|looking)\s+(?:absolutely\s+|completely\s+|totally\s+|all\s+)?(?:fine|ok|okay|all\s+right|alright|good|in\s+order|on\s+track|in\s+hand|under\s+control|sorted|going\s+well|progressing(?:\s+well)?)|all\s+(?:fine|good|ok|okay|in\s+order))\b/
      .source
  }`,
  "i",
);
const OWNER = String.raw`(?:her|his|their|the|your\s+(?:mum|mother|mom|mam|dad|father|wife|husband|partner|son|daughter|nan|gran|grandma|grandmother|grandad|grandfather|aunt|uncle|sister|brother|friend|neighbour)['\u2019]?s?)`;
/** "I can't tell you whether…", "I'm not able to say if…": a refusal to say is not a reassurance. */
const REFUSAL =
  /\b(?:can['\u2019]?t|cannot|unable\s+to|not\s+able\s+to|won['\u2019]t)\s+(?:\w+\s+){0,2}?(?:say|tell|confirm|comment|discuss|check)\b|\bwhether\b|\bif\b/i;
const CLAUSE_END = /[,;:]|\bbut\b|\bso\b/gi;

/** The clause of a sentence around a position (a clause ends at , ; : "but" and "so"). */
function clauseAt(s: string, at: number): string {
  let start = 0;
  let end = s.length;
  for (const m of s.matchAll(CLAUSE_END)) {
    const i = m.index ?? 0;
    if (i < at) start = i + m[0].length;
    else if (i >= at) {
      end = i;
      break;
    }
  }
  return s.slice(start, end);
}

/**
 * Advice for the absent person to wait in or watch for something at a time tells the caller how her
 * delivery stands as surely as "it's on its way": "Off the record though, if I were you I'd tell her to
 * stay in on Thursday and keep an eye on the doorstep" (red-team round 17 B, dp-r17-liam-doorstep-hint;
 * UK GDPR Art 4(1), Art 5(1)(f)). A telling or advising verb with her (or "she'll want to…") and a verb
 * of waiting, with a day, a time or the door in the same sentence. Not read: advice to ring or write
 * ("tell her to ring us any time on Monday"), waiting that is negated ("there's no need for her to stay
 * in"), or one refused ("I can't tell you whether she needs to stay in").
 */
const PERSON = String.raw`(?:her|him|them|your\s+(?:mum|mother|mom|mam|dad|father|wife|husband|partner|son|daughter|nan|gran|grandma|grandmother|grandad|grandfather|aunt|uncle|sister|brother|friend|neighbour))`;
const WAIT = String.raw`(?:stay\s+in|stay\s+(?:at\s+)?home|be\s+in|be\s+(?:at\s+)?home|be\s+around|be\s+about|keep\s+an\s+eye\s+(?:out|on)|look\s+out\s+for|watch\s+(?:out\s+for|the\s+(?:door|post))|listen\s+out\s+for|expect\s+(?:a|the|her|his|their|something))`;
const WAIT_ADVICE = new RegExp(
  String.raw`\b(?:tell|ask|get|let|remind|warn)\s+${PERSON}\s+(?:to\s+)?${WAIT}\b|\b(?:she|he|they)(?:['\u2019]d|['\u2019]ll|\s+(?:should|might|may|will|would|could))\s+(?:want\s+to\s+|need\s+to\s+|like\s+to\s+|be\s+best\s+to\s+)?${WAIT}\b`,
  "i",
);
const WAIT_WHEN =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|this\s+week|next\s+week|(?:the|this)\s+weekend|morning|afternoon|evening|doorstep|front\s+door|door|postman|postie|courier|van|knock)\b/i;
const REFUSED_TO_SAY =
  /\b(?:can['\u2019]?t|cannot|unable\s+to|not\s+able\s+to|won['\u2019]t)\s+(?:\w+\s+){0,2}?(?:say|tell|confirm|comment|discuss|check)\b|\bno\s+need\b|\b(?:doesn['\u2019]t|don['\u2019]t|does\s+not|do\s+not|needn['\u2019]t)\s+(?:need\s+to\s+|have\s+to\s+)?$/i;
function waitsFor(s: string): boolean {
  const advice = WAIT_ADVICE.exec(s);
  if (!advice || !WAIT_WHEN.test(s)) return false;
  const before =
    s
      .slice(0, advice.index)
      .split(/[,;:]|\bbut\b|\bso\b/i)
      .pop() ?? "";
  return !REFUSED_TO_SAY.test(before);
}

/**
 * How long the absent person will wait for something tells the caller there is something coming and how
 * near it is: "whatever she's waiting for, I don't think she'll be waiting much longer" (red-team round
 * 18 B, dp-r18-liam-wont-wait-long), "she shouldn't have to wait long", "she'll have it any day now", "it
 * won't be long now" (UK GDPR Art 4(1), Art 5(1)(f)). Not read: a wait for us ("if she rings, she won't
 * be waiting long on the phone"; a call, the line, a reply), or one refused ("I can't say whether she'll
 * be waiting much longer").
 */
const WAIT_LENGTH = new RegExp(
  [
    String.raw`\b(?:she|he|they)(?:['\u2019](?:ll|d|s)|\s+(?:will|won['\u2019]t|would|should|shouldn['\u2019]t|is|isn['\u2019]t|may|might))?\s+(?:\w+\s+){0,2}?(?:be\s+waiting|have\s+(?:long\s+)?to\s+wait|have\s+long\s+to\s+wait|wait)\s+(?:much\s+|too\s+|very\s+|that\s+|a\s+lot\s+|a\s+while\s+|a\s+bit\s+)?(?:long(?:er)?|while\s+longer)\b`,
    String.raw`\b(?:she|he|they)(?:['\u2019]ll|\s+will|\s+should)\s+(?:\w+\s+){0,2}?(?:have|get|receive|see)\s+(?:it|them|that|something|(?:her|his|their)\s+\w+)\s+(?:very\s+)?(?:soon|shortly|any\s+day(?:\s+now)?|before\s+long|in\s+no\s+time)\b`,
    String.raw`\b(?:it|that|this)\s+(?:won['\u2019]t|shouldn['\u2019]t|will\s+not|should\s+not)\s+be\s+(?:much\s+|too\s+|very\s+)?long(?:er)?\s+(?:now|for\s+(?:her|him|them))\b`,
    String.raw`\bany\s+day\s+now\b`,
  ].join("|"),
  "i",
);
const WAIT_FOR_US =
  /\b(?:ring|rings|call|calls|phone|phones|line|hold|queue|reply|replies|answer|speak|get\s+back|email|emails|write|writes)\b/i;
function waitLengthTold(s: string): boolean {
  const told = WAIT_LENGTH.exec(s);
  if (!told || WAIT_FOR_US.test(s)) return false;
  const before =
    s
      .slice(0, told.index)
      .split(/[,;:]|\bbut\b|\bso\b/i)
      .pop() ?? "";
  return !REFUSED_TO_SAY.test(before);
}

/**
 * Something foretold to arrive for the absent person, at her door or by a day, tells the caller there is
 * a delivery of hers on its way and when: "I can't give you any details… but between us, she should have
 * a nice surprise on the doorstep before the weekend" (round 33, dp-r33-liam-wink-and-a-nudge), "he'll be
 * getting a parcel by Thursday", "they ought to find something at the front door next week" (UK GDPR
 * Art 4(1), Art 5(1)(f)). She, he, they or "your mum" will / should / ought to have, get, receive, see or
 * find something, with the door, the letterbox or the post, or a day, the weekend or "soon", after it. Not
 * read: something from us ("she'll get a reply by Monday", a call, an email), one that waits on her
 * contacting us ("if she rings, she'll have an answer by Friday"), or one refused ("I can't say whether
 * she'll get anything this week").
 */
const ARRIVAL_VERB = String.raw`(?:have|get|receive|see|find|be\s+getting|be\s+receiving|be\s+seeing|be\s+finding)`;
const ARRIVAL_WHERE = String.raw`(?:on\s+(?:the|her|his|their)\s+(?:door\s*step|doormat|mat)|at\s+(?:the|her|his|their)\s+(?:front\s+)?door|through\s+(?:the|her|his|their)\s+(?:letter\s*box|door)|in\s+the\s+post)`;
const ARRIVAL_WHEN = String.raw`(?:soon|shortly|any\s+day|before\s+long|in\s+no\s+time|(?:by|before|on|this|next|over\s+the|early\s+next|later\s+this)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+weekend|weekend|tomorrow|week|next\s+week|the\s+end\s+of\s+(?:the|this|next)\s+week))`;
const ARRIVAL = new RegExp(
  String.raw`\b(?:she|he|they|${PERSON})(?:['\u2019](?:ll|d)|\s+(?:will|should|ought\s+to|is\s+going\s+to|are\s+going\s+to|is\s+bound\s+to|might|may))\s+(?:\w+\s+){0,2}?${ARRIVAL_VERB}\s+(?:[\w'\u2019-]+\s+){0,4}?(?:${ARRIVAL_WHERE}|${ARRIVAL_WHEN})\b`,
  "i",
);
function arrivalForetold(s: string): boolean {
  const told = ARRIVAL.exec(s);
  if (!told || WAIT_FOR_US.test(told[0])) return false;
  const before = s.slice(0, told.index);
  const clause = before.split(/[,;:]|\bbut\b|\bso\b/i).pop() ?? "";
  return (
    !REFUSED_TO_SAY.test(clause) &&
    !/\b(?:whether|if|once|when|after|as\s+soon\s+as|until)\b/i.test(clause) &&
    !/\b(?:if|once|when|as\s+soon\s+as)\s+(?:she|he|they)\b/i.test(s.slice(told.index + told[0].length))
  );
}

/**
 * That the absent person need not chase, follow up or do anything tells the caller there is something of
 * hers in hand as surely as "everything is in order on our side": "there's really no need for your mum to
 * be chasing anything with us, so she can relax" (red-team round 19 B, dp-r19-liam-no-need-to-chase; UK
 * GDPR Art 4(1), Art 5(1)(f)). Chasing, following up or doing anything, said to be unneeded. Not read:
 * comfort about nothing of hers ("please don't worry, your mum can ring us herself"), the route left open
 * ("no need for her to do anything other than ring us"), or a refusal to say ("I can't tell you whether
 * she needs to chase anything").
 */
const CHASE = String.raw`(?:be\s+)?(?:chas(?:e|ing)|follow(?:ing)?\s+(?:\w+\s+){0,2}?up|check(?:ing)?\s+(?:up\s+)?on\s+(?:it|anything|things)|do(?:ing)?\s+anything)`;
const NO_NEED_TO_CHASE = new RegExp(
  [
    String.raw`\bno\s+need\s+(?:at\s+all\s+)?(?:for\s+${PERSON}\s+)?to\s+${CHASE}`,
    String.raw`\b(?:she|he|they|${PERSON})\s+(?:doesn['\u2019]t|don['\u2019]t|does\s+not|do\s+not|needn['\u2019]t|won['\u2019]t|shouldn['\u2019]t)\s+(?:need\s+to\s+|have\s+to\s+)?${CHASE}`,
    String.raw`\b(?:she|he|they|${PERSON})\s+can\s+(?:stop|quit)\s+chasing`,
  ].join("|"),
  "i",
);
const ROUTE_LEFT_OPEN =
  /^\s*(?:\w+\s+){0,3}?(?:other\s+than|except|apart\s+from|but\s+(?:ring|call|phone|contact))/i;
function noNeedToChase(s: string): boolean {
  const told = NO_NEED_TO_CHASE.exec(s);
  if (!told || ROUTE_LEFT_OPEN.test(s.slice(told.index + told[0].length))) return false;
  const before =
    s
      .slice(0, told.index)
      .split(/[,;:]|\bbut\b|\bso\b/i)
      .pop() ?? "";
  return !REFUSED_TO_SAY.test(before) && !/\b(?:whether|if)\b/i.test(before);
}

/**
 * Advice that the absent person wait, in any words, tells the caller there is something of hers to wait
 * for: "Off the record, if I were you I'd tell her to sit tight for a few more days" (red-team round 20 B,
 * dp-r20-liam-sit-tight), "she'd be best to hang on", "ask her to be patient" (UK GDPR Art 4(1), Art
 * 5(1)(f)). Round 17's reader wanted a day or the door as well; patience needs neither. Not read: a
 * wait for us ("tell her to hold on the line", "she can wait for our call"), or one refused or negated.
 */
const PATIENCE = String.raw`(?:sit\s+tight|hang\s+(?:on|fire|in\s+there)|hold\s+(?:on|fire|tight)|be\s+patient|bear\s+with\s+(?:us|it)|stay\s+put|give\s+it\s+(?:a\s+(?:few|couple\s+of|little)\s+|another\s+|a\s+bit\s+|some\s+|more\s+)?(?:more\s+)?(?:days?|week|weeks|while|time|bit)|wait\s+(?:it\s+out|a\s+(?:bit|little|while|few|couple)|patiently|and\s+see))`;
const PATIENCE_ADVICE = new RegExp(
  String.raw`\b(?:tell|ask|get|let|remind|advise|suggest)\s+${PERSON}\s+(?:to\s+|that\s+(?:she|he|they)\s+(?:should\s+)?)?(?:just\s+)?${PATIENCE}\b|\b(?:she|he|they)(?:['\u2019]d|['\u2019]ll|\s+(?:should|might|may|will|would|could|can))\s+(?:\w+\s+){0,4}?${PATIENCE}\b`,
  "i",
);
function patienceAdvised(s: string): boolean {
  const advice = PATIENCE_ADVICE.exec(s);
  if (!advice || WAIT_FOR_US.test(s.slice(advice.index))) return false;
  const before =
    s
      .slice(0, advice.index)
      .split(/[,;:]|\bbut\b|\bso\b/i)
      .pop() ?? "";
  return !REFUSED_TO_SAY.test(before) && !/\b(?:whether|if\s+(?:she|he|they))\b/i.test(before);
}

/**
 * Something done now on the absent person's record tells the caller she has one: "What I'll do is pop a
 * little note on your mum's account so the team know you rang" (red-team round 20 B,
 * dp-r20-liam-note-on-her-account; UK GDPR Art 4(1): that she is our customer is her personal data).
 * We (I'll, I've, let me…) put, add, leave or flag something on, to or against her account, record,
 * file or order. Not read: the route for her ("if she rings, we can add you to her account"; "once she
 * calls we'll note that you can speak for her"), or a refusal ("I can't look at her account").
 */
const RECORD_NOUN = String.raw`(?:account|record|records|file|profile|details|order|notes)`;
const ACTED_ON_RECORD = new RegExp(
  String.raw`\b(?:i['\u2019]ll|i\s+will|i['\u2019]ve|i\s+have|let\s+me|i['\u2019]m\s+going\s+to|i\s+am\s+going\s+to|we['\u2019]ll|we\s+will|we['\u2019]ve|what\s+i['\u2019]ll\s+do\s+is|what\s+i\s+can\s+do\s+is|i\s+can)\s+(?:\w+\s+){0,2}?(?:pop|put|leav|left|add|mak|made|plac|stick|writ|wrote|flag|log|record|mark|note\w*|noting|updat|check|look)\w*\b[^.!?]{0,40}?\b(?:on|to|against|in|at|into)\s+${OWNER.replace("|the|", "|")}\s+(?:[\w-]+\s+)?${RECORD_NOUN}\b`,
  "i",
);
/**
 * The caller himself to be put on her account is the authority route, however it is ordered: "She can tell us
 * she's happy for you to deal with us for her. We'll add you to her account, and after that we can talk to you"
 * (session 49, an independent tutor's data-protection attempt, decided no disclosure; the condition is the
 * sentence before). It names her account only as the caller did and tells him what may be arranged, not what
 * we hold (UK GDPR Art 5(1)(f) is about what is revealed). Still read: it done already ("I've added you to her
 * account") or now on his word alone ("I'll add you to her account right now").
 */
const CALLER_ADDED = /\b(?:add|put|nam|list|regist|record|set)\w*\s+(?:you|yourself)\b/i;
const DONE_OR_NOW =
  /\b(?:i['\u2019]ve|i\s+have|we['\u2019]ve|we\s+have)\b|\b(?:now|right\s+away|straight\s+away|today|this\s+minute|while\s+you['\u2019]re\s+on\s+the\s+(?:line|phone))\b/i;
function actedOnTheirRecord(s: string): boolean {
  const act = ACTED_ON_RECORD.exec(s);
  if (!act) return false;
  const before = s.slice(0, act.index);
  if (
    CALLER_ADDED.test(act[0]) &&
    !DONE_OR_NOW.test(act[0]) &&
    !DONE_OR_NOW.test(clauseAt(s, act.index + act[0].length - 1))
  )
    return false;
  return (
    !/\b(?:if|once|when|after|as\s+soon\s+as)\s+(?:she|he|they)\b/i.test(before) &&
    !REFUSED_TO_SAY.test(act[0])
  );
}

/**
 * A lookup's result confirmed to the caller tells him she is a customer: "Let me just have a look… OK,
 * Margaret Hughes in Stroud, yep, that's the one I've got up on screen" (red-team round 21 B,
 * dp-r21-liam-yep-thats-the-account), "I've found her account", "I've pulled her record up" (UK GDPR Art 4(1): that she has an account here is her personal data; Art 5(1)(f)). Not
 * read: the lookup refused or not yet made ("I can't look her up", "I haven't pulled anything up", "I'm
 * not going to search for her"), the caller's own account ("I've found your account"), or a question.
 */
const LOOKUP_RESULT = new RegExp(
  [
    // "that's the one I've got up on screen", "yes, it's the account I can see"
    String.raw`\b(?:that['\u2019]s|that\s+is|it['\u2019]s|it\s+is)\s+(?:definitely\s+|definately\s+)?the\s+(?:one|account|record|lady|gentleman|customer|person|order)\s+(?:(?:that\s+)?i(?:['\u2019]ve|\s+have)?\s+(?:got|found|pulled|brought|can\s+see|am\s+looking\s+at)|(?:that\s+)?i['\u2019]m\s+looking\s+at|(?:i\s+)?(?:have\s+)?(?:up\s+)?on\s+(?:screen|(?:the|our|my)\s+(?:screen|system)))`,
    // "I've got her up on screen", "I've pulled her account up"
    String.raw`\b(?:i['\u2019]ve|i\s+have|i['\u2019]ve\s+just|i\s+have\s+just)\s+(?:got|pulled|brought|found|located|tracked\s+down)\s+(?:her|him|them|(?:her|his|their|the)\s+(?:account|record|details|file|order|profile))\b(?:\s+(?:up|here))?`,
  ].join("|"),
  "i",
);
const LOOKUP_REFUSED =
  /\b(?:not|never|no|can['\u2019]?t|cannot|couldn['\u2019]t|haven['\u2019]t|won['\u2019]t|unable)\b|\?\s*$/i;
function lookupConfirmed(s: string): boolean {
  const hit = LOOKUP_RESULT.exec(s);
  if (!hit) return false;
  const before =
    s
      .slice(0, hit.index)
      .split(/[,;:]|\bbut\b|\bso\b/i)
      .pop() ?? "";
  return !LOOKUP_REFUSED.test(before) && !LOOKUP_REFUSED.test(hit[0]) && !/\?\s*$/.test(s);
}

/**
 * The absent person told she need not worry, with her thing as "it" and its state in the same sentence:
 * "But between us she doesn't need to worry, it's not lost" (redC's round 20 dp-r20h-told-liam-its-coming,
 * read in round 21 B; UK GDPR Art 4(1), Art 5(1)(f)). Both are needed: comfort alone ("tell her not to
 * worry, she can ring us herself") says nothing of an order, and "it" alone has no owner. Not read: a
 * refusal to say, or a question.
 */
const SHE_NEEDNT_WORRY = new RegExp(
  String.raw`\b(?:(?:she|he|they|${PERSON})\s+(?:doesn['\u2019]t|does\s+not|don['\u2019]t|do\s+not|needn['\u2019]t|need\s+not|shouldn['\u2019]t|won['\u2019]t)\s+(?:need\s+to\s+|have\s+to\s+)?(?:be\s+)?${WORRY_VERB}|(?:tell|let|ask)\s+${PERSON}\s+(?:not\s+to|to\s+stop)\s+${WORRY_VERB}|no\s+need\s+for\s+${PERSON}\s+to\s+${WORRY_VERB})\b`,
  "i",
);
const IT_STANDS =
  /\bit(?:['\u2019]s|\s+is|\s+isn['\u2019]t|\s+is\s+not|['\u2019]ll|\s+will|\s+has|['\u2019]s\s+been|\s+hasn['\u2019]t\s+been)\s+(?:not\s+|definitely\s+|absolutely\s+|totally\s+|perfectly\s+)?(?:be\s+)?(?:lost|missing|fine|safe|coming|on\s+(?:its|the)\s+way|sorted|ok|okay|arriv\w*|turn\w*\s+up|with\s+her|gone\s+astray)\b/i;
function herWorryStopped(s: string): boolean {
  const hit = SHE_NEEDNT_WORRY.exec(s);
  if (!hit || !IT_STANDS.test(s) || /\?\s*$/.test(s)) return false;
  const before =
    s
      .slice(0, hit.index)
      .split(/[,;:]|\bbut\b|\bso\b/i)
      .pop() ?? "";
  return !REFUSED_TO_SAY.test(before);
}

/**
 * Her standing with us told as a fact: "Without going into anything, I'd say your mum's in good hands
 * with us, put it that way" (red-team round 22 B, dp-r22-liam-in-good-hands), "she's a valued customer",
 * "your mum's one of our regulars", "we're looking after her". That she deals with the shop is her
 * personal data (UK GDPR Art 4(1), Art 5(1)(f)), however vaguely it is put. Read: she or the relative
 * (not the caller), in the present or past, in good or safe hands, looked after, a customer of ours, on
 * our books, known to us; or we are or have been looking after or taking care of her. Not read: the
 * future or a condition ("when she rings she'll be in good hands", "if she has an account"), a refusal
 * to say, the caller himself ("you're in good hands"), or a question.
 */
const HER_NOW = String.raw`(?:she['\u2019]s|she\s+is|she\s+has\s+been|she['\u2019]s\s+been|your\s+(?:mum|mother|mom|mam|dad|father|wife|husband|partner|son|daughter|nan|gran|grandma|grandmother|grandad|grandfather|aunt|uncle|sister|brother|friend|neighbour)(?:['\u2019]s|\s+is|\s+has\s+been|['\u2019]s\s+been))`;
/**
 * Her account told as a fact, in any tense-free way a learner says it: "Yes, your mum does have an account
 * with us, but I can't go into her orders" (redC's round 23 dp-r23h-liam-yes-shes-with-us), "she's got an
 * account", "your mother has a profile on our system". Read like the standing above (not after if, whether,
 * when, once; not inside a refusal to say; not a question).
 */
const HER_SUBJECT = String.raw`(?:she|your\s+(?:mum|mother|mom|mam|dad|father|wife|husband|partner|son|daughter|nan|gran|grandma|grandmother|grandad|grandfather|aunt|uncle|sister|brother|friend|neighbour))`;
const HER_HOLDS = String.raw`\b${HER_SUBJECT}(?:\s+(?:does|definitely|certainly|already|still|do))*(?:\s+(?:has|have)(?:\s+got)?|['\u2019]s\s+(?:definitely\s+|already\s+|still\s+)?got)\s+(?:an?\s+|her\s+own\s+|his\s+own\s+)?(?:(?:online|customer|active)\s+)?(?:account|profile|membership)\b`;
const STANDING_WITH_US = new RegExp(
  [
    HER_HOLDS,
    String.raw`\b${HER_NOW}\s+(?:\w+\s+){0,2}?(?:in\s+(?:good|safe|great|the\s+best)\s+hands|(?:well\s+)?looked\s+after|taken\s+(?:good\s+)?care\s+of|(?:a|one\s+of)\s+(?:our\s+)?(?:valued\s+|loyal\s+|lovely\s+|good\s+|regular\s+)?(?:customers?|regulars?)\b|one\s+of\s+(?:ours|us)|on\s+our\s+(?:books|system|list)|known\s+to\s+us|with\s+us)`,
    String.raw`\b(?:we|i)(?:['\u2019]re|\s+are|['\u2019]ve\s+been|\s+have\s+been|['\u2019]m|\s+am)\s+(?:\w+\s+)?(?:looking\s+after|taking\s+(?:good\s+)?care\s+of)\s+(?:her|him|them|your\s+(?:mum|mother|mom|mam|dad|father|nan|gran))\b`,
  ].join("|"),
  "i",
);
function standingTold(s: string): boolean {
  const hit = STANDING_WITH_US.exec(s);
  if (!hit || /\?\s*$/.test(s)) return false;
  const before = s.slice(0, hit.index);
  return (
    !/\b(?:if|whether|when|once|as\s+soon\s+as)\b/i.test(before) &&
    !REFUSED_TO_SAY.test(clauseAt(s, hit.index))
  );
}

/**
 * How deliveries are going, told to the caller who asked whether hers has been sent: "All I'd say is the
 * couriers round Stroud are snowed under this week, so a few more days wouldn't be unusual" (red-team
 * round 23 B, dp-r23-liam-stroud-couriers-snowed-under). Said in answer to "has it been sent?", the state
 * of the couriers or the post, or how long a wait is normal, tells him there is a parcel on its way to
 * her as surely as "it's on its way" (UK GDPR Art 4(1), Art 5(1)(f)). Read, a sentence at a time: a
 * carrier (couriers, the post, deliveries, drivers, a named carrier) said to be busy, behind, slow or
 * delayed; or a few more days' wait said to be normal or nothing unusual. Not read: a refusal to say ("I
 * can't tell you whether the couriers are behind"), a condition ("if the couriers are busy, she can ring
 * us"), a wait for us (our phone lines, a reply), or a question.
 */
const CARRIER = String.raw`(?:couriers?|deliver(?:y|ies)|delivery\s+(?:drivers?|vans?|firms?|companies)|drivers?|the\s+post|postal\s+service|post\s+office|postie|postman|royal\s+mail|parcel\s*force|dpd|evri|hermes|yodel|dhl|ups|swiftparcel|parcels?|vans?)`;
const SLOW = String.raw`(?:busy|snowed\s+under|backed\s+up|behind|slow(?:er)?|delayed|late|running\s+(?:late|behind|slow)|swamped|stretched|flat\s+out|rushed\s+off\s+their\s+feet|under\s+(?:a\s+lot\s+of\s+)?pressure|taking\s+(?:a\s+(?:bit|little)\s+|much\s+|a\s+lot\s+)?longer|up\s+against\s+it|struggling|all\s+over\s+the\s+place)`;
const CARRIERS_SLOW = new RegExp(
  String.raw`\b${CARRIER}\s+(?:[\w'\u2019-]+\s+){0,4}?(?:are|is|['\u2019]re|['\u2019]s|have\s+been|has\s+been|seem|seems|look|looks|were|was)\s+(?:\w+\s+){0,2}?${SLOW}\b`,
  "i",
);
const FEW_DAYS_NORMAL =
  /\b(?:a\s+few|a\s+couple\s+of|another\s+(?:few\s+|couple\s+of\s+)?|two\s+or\s+three|a\s+day\s+or\s+two|an\s+extra)\s*(?:more\s+|extra\s+)?(?:days?|working\s+days)?\s+(?:wouldn['\u2019]t|would\s+not|isn['\u2019]t|is\s+not|aren['\u2019]t|are\s+not|won['\u2019]t|will\s+not)\s+be\s+(?:\w+\s+)?(?:unusual|uncommon|out\s+of\s+the\s+ordinary|surprising|anything\s+(?:unusual|to\s+worry\s+about|out\s+of\s+the\s+ordinary))\b|\b(?:a\s+few|a\s+couple\s+of|another\s+few|two\s+or\s+three)\s+(?:more\s+|extra\s+)?days\s+(?:is|are|would\s+be)\s+(?:quite\s+|pretty\s+|perfectly\s+)?(?:normal|usual|common|to\s+be\s+expected)\b/i;
function deliveryConditionsTold(s: string): boolean {
  if (/\?\s*$/.test(s)) return false;
  const hit = CARRIERS_SLOW.exec(s) ?? FEW_DAYS_NORMAL.exec(s);
  if (!hit || WAIT_FOR_US.test(hit[0])) return false;
  const before =
    s
      .slice(0, hit.index)
      .split(/[,;:]|\bbut\b|\bso\b/i)
      .pop() ?? "";
  return !REFUSED_TO_SAY.test(before) && !/\b(?:whether|if|unless)\b/i.test(before);
}

/**
 * How things stand told with no order named: "Off the record, though, there's nothing that needs chasing
 * on our side: everything's gone through as it should, so your mum can relax" (red-team round 25 B,
 * dp-r25-liam-nothing-to-chase). To a caller asking about someone else's order, "everything's been
 * processed" or "nothing's outstanding" tells him there is an order and how it stands as surely as "her
 * order is fine" (UK GDPR Art 4(1), Art 5(1)(f); ICO: not even whether there is an account). Read, a
 * sentence at a time: everything, it all or things said to be processed, dealt with, gone through or out,
 * sorted, in order or on track, now or already (no modal verb); or nothing said to need chasing, sorting
 * or doing, or to be outstanding or pending. Not read: the future or a condition ("once she rings,
 * everything will go through"), a refusal to say or a question, what the caller must do ("nothing you
 * need to do"), the route left open ("nothing needs doing other than her ringing us"), or what he told us
 * ("everything you've told me stays between us").
 */
const STATE_SUBJECT = String.raw`(?:everything|things|the\s+lot|all\s+of\s+it)`;
const STATE_AUX = String.raw`(?:['\u2019]s|['\u2019]ve|\s+has|\s+have|\s+is|\s+are|\s+was|\s+were)`;
const STATE_DONE = String.raw`(?:processed|dealt\s+with|done|sorted(?:\s+out)?|handled|actioned|completed|gone\s+(?:through|out|off|to\s+plan)|sent(?:\s+off|\s+out)?|in\s+order|in\s+hand|on\s+track|as\s+it\s+should\s+be|where\s+it\s+should\s+be|going\s+(?:through|to\s+plan))`;
const STATE_TOLD = new RegExp(
  [
    // A state now or already: "everything's gone through", "it's all been processed" (an auxiliary is
    // needed: "we'll get it all sorted" is something we will do, not how things stand).
    String.raw`\b(?:${STATE_SUBJECT}${STATE_AUX}|it(?:['\u2019]s|\s+has|\s+is)\s+all)\s+(?:all\s+|already\s+|now\s+|just\s+)?(?:been\s+)?${STATE_DONE}\b`,
    String.raw`\b(?:${STATE_SUBJECT}|it\s+all)\s+went\s+(?:through|out|off)\b`,
    String.raw`\bnothing(?:['\u2019]s|\s+is)?\s+(?:(?:that|which)\s+)?(?:still\s+)?(?:needs?|left|outstanding|pending|waiting|holding\s+(?:it|things)\s+up)\b(?:\s+(?:to\s+be\s+)?(?:chas\w*|sort\w*|do(?:ne|ing)?|follow\w*(?:\s+up)?|look\w*\s+(?:at|into)))?`,
  ].join("|"),
  "i",
);
function stateToldWithoutNoun(s: string): boolean {
  if (/\?\s*$/.test(s)) return false;
  const hit = STATE_TOLD.exec(s);
  if (!hit) return false;
  const after = s.slice(hit.index + hit[0].length);
  if (ROUTE_LEFT_OPEN.test(after)) return false;
  const before =
    s
      .slice(0, hit.index)
      .split(/[,;:]|\bbut\b|\bso\b/i)
      .pop() ?? "";
  return (
    !REFUSED_TO_SAY.test(before) && !/\b(?:whether|if|once|when|unless|as\s+soon\s+as|after)\b/i.test(before)
  );
}

/** "If I were her…": advice, whose "if" is no indirect question. */
const COUNTERFACTUAL = /\bif\s+i\s+were\s+(?:her|him|them|you|in\s+\w+\s+shoes)\b/gi;

/** The sentences of a text that reassure about one of these things of someone else's, or hint how it stands. */
export function reassurancesAbout(text: string, things: readonly string[]): string[] {
  if (things.length === 0) return [];
  const nouns = things.map((t) =>
    t
      .trim()
      .toLowerCase()
      .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
      .replace(/\s+/g, "\\s+"),
  );
  // "That coffee machine" points at hers as surely as "her coffee machine" (round 21 B).
  const thing = new RegExp(
    String.raw`\b(?:${OWNER}|that|this)\s+(?:[\w-]+\s+){0,2}?(?:${nouns.join("|")})s?\b`,
    "i",
  );
  return (text.match(/[^.!?\n]+[.!?]?/g) ?? [])
    .map((s) => s.trim())
    .filter((s) => {
      if (
        waitsFor(s) ||
        waitLengthTold(s) ||
        arrivalForetold(s) ||
        noNeedToChase(s) ||
        patienceAdvised(s) ||
        actedOnTheirRecord(s) ||
        lookupConfirmed(s) ||
        herWorryStopped(s) ||
        standingTold(s) ||
        deliveryConditionsTold(s) ||
        stateToldWithoutNoun(s)
      )
        return true;
      if (!thing.test(s)) return false;
      const cue = REASSURANCE.exec(s);
      // The refusal that cancels it is in the reassurance's own clause: "I can't discuss her account,
      // but there's nothing to worry about with her order" still reassures. "If I were her" is advice,
      // not an indirect question: its "if" cancels nothing (round 21 B).
      return cue !== null && !REFUSAL.test(clauseAt(s, cue.index).replace(COUNTERFACTUAL, ""));
    });
}
