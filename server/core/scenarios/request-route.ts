/**
 * A data subject's request held back until she makes it again another way: "our data team won't start
 * on it until they've had a signed letter from you" (red-team round 19 B, dp-r19-right-then-signed-letter),
 * or asked for again by email with that as what starts it: "Would you mind popping your request into an
 * email to our privacy team? That's how these requests get started on our side, and they then have a
 * month from the day it lands" (dp-r19-privacy-inbox-please). A request may be made by any channel,
 * chat included, to any part of the organisation, with no form or letter required, and the month runs
 * from its receipt (UK GDPR Art 12(2)-(3), Art 15; ICO "Right of access"). Holding it until a letter,
 * email or form arrives, or running the month from one, obstructs the right however politely it is put.
 *
 * Read a sentence at a time, two ways:
 * - a hold: a refusal to start, process or deal with it ("won't start on it", "can't process it",
 *   "only once") and, later in the sentence, until / unless / once something comes from her another
 *   way ("a signed letter from you", "you email it", "you fill in the form");
 * - a request to send it another way ("would you mind popping your request into an email", "could you
 *   put it in writing") with, in that sentence or the next, that this is what starts it ("that's how
 *   these get started", "that gets things moving", "the month runs from the day it lands").
 * Round 20 B read the kind of act, not the route (dp-r20-wont-start-till-a-chat, dp-r20-dpo-inbox-not-chat):
 * - a start held on anything more from or with her: "our data folk won't get the ball rolling until one
 *   of them has had a proper chat with you" names no route and is the same hold. The month runs from
 *   receipt (Art 12(3)); only her identity may be checked first (Art 12(6)), and a request is clarified,
 *   with the clock paused, only where a large amount of data is held and it is unclear (ICO "Right of
 *   access", "Can we clarify the request?"), not as a routine first step;
 * - her request refused in the channel she used: "I can't take this one on through chat".
 * Not read: the identity check the law allows before the month runs (Art 12(6): "we won't start until
 * you've confirmed your postcode"), a start put on a day, not on her ("the team won't start on it until
 * Monday"), an ask for something else by email ("could you email us your new
 * address?"), a negated or optional route ("you don't need to send a letter", "if you'd like a copy by
 * email"), how her copy will be sent ("we'll email it to you once it's ready"), or what cannot be done
 * in the chat itself ("I can't read your data out over chat").
 */
import { clauseBefore } from "./clauses";
import { ownWords, sentencesOf } from "./own-words";

/** Something from her, by another route: a letter, an email, a form or writing. */
const ROUTE_NOUN = String.raw`(?:(?:signed|written|formal|official|proper)\s+)?(?:letter|e-?mail|form|request\s+in\s+writing|written\s+request)`;
const FROM_HER = new RegExp(
  [
    String.raw`\b(?:a|an|your|the)\s+${ROUTE_NOUN}\s+(?:\w+\s+){0,2}?from\s+you\b`, // "a signed letter from you"
    String.raw`\byou(?:['\u2019]ve|\s+have)?\s+(?:\w+\s+){0,3}?(?:send|sent|sending|post|posted|posting|pop|popped|popping|put|putting|submit|submitted|submitting|fill|filled|filling|complete|completed|completing)\b[^.!?]{0,40}?\b(?:letter|e-?mail|form|in\s+writing|by\s+post)\b`,
    String.raw`\byou(?:['\u2019]ve|\s+have)?\s+(?:\w+\s+){0,3}?(?:email|emailed|emailing|e-mail|e-mailed|write|written|writing|wrote)\s+(?:it|this|that|in|to\s+(?:us|our|the))\b`,
    String.raw`\b(?:your|the)\s+request\s+(?:\w+\s+){0,2}?(?:in\s+writing|(?:in|into|by)\s+(?:an?\s+)?(?:e-?mail|post|letter)|on\s+(?:the|a|our)\s+form)\b`,
  ].join("|"),
  "i",
);

/** A refusal to start on the request, followed by the condition. */
const HOLD = new RegExp(
  String.raw`\b(?:(?:won['\u2019]t|will\s+not|can['\u2019]t|cannot|can\s+not|don['\u2019]t|do\s+not|doesn['\u2019]t|does\s+not|aren['\u2019]t\s+able\s+to|isn['\u2019]t\s+able\s+to|(?:are|is)\s+unable\s+to)\s+(?:\w+\s+){0,2}?(?:start|begin|process|action|log|look\s+at|deal\s+with|work\s+on|handle|accept|progress|get\s+going|get\s+started|open)\b[^.!?]*?\b(?:until|unless|till|before|without)\b|\bonly\s+(?:\w+\s+){0,3}?(?:once|when|after|if)\b)`,
  "i",
);

/**
 * The start put after something she must send back on paper or a form: "once you send it back filled in
 * we can start your request" in a sentence about "our subject access form" (redC's round 19 C
 * dp-r19h-our-form-first). Email is left out here: "once you confirm your postcode by email we can start"
 * is the identity check.
 */
const START_AFTER = new RegExp(
  String.raw`\b(?:once|when|after|as\s+soon\s+as)\s+you(?:['\u2019]ve|\s+have)?\s+(?:\w+\s+){0,3}?(?:send|sent|post|posted|return|returned|fill|filled|complete|completed|sign|signed)\b[^.!?]{0,40}?\b(?:we|i|they|the\s+team)\s+(?:can|will|['\u2019]ll|are\s+able\s+to)\s+(?:then\s+)?(?:start|begin|process|log|action|deal\s+with|look\s+at|get\s+going|get\s+started|open)\b`,
  "i",
);
const PAPER = /\b(?:form|letter|in\s+writing|by\s+post|signed|written)\b/i;

/** An ask that she do it: "would you mind…", "could you…", "please…", "if you could…". */
const ASK =
  /\b(?:would\s+you\s+mind|could\s+you|can\s+you|would\s+you|will\s+you|please|if\s+you\s+could|do\s+you\s+mind)\b/i;

/** That this is what starts it, or what the month runs from. */
const STARTS_IT = new RegExp(
  [
    String.raw`\b(?:that['\u2019]s|that\s+is|this\s+is|it['\u2019]s|it\s+is)\s+(?:how|what)\b[^.!?]{0,40}?\b(?:start(?:s|ed)?|begin|begins|going|moving|logged|processed|kicks?\s+off|opens?)\b`,
    String.raw`\bgets?\s+(?:things|it|the\s+ball|the\s+clock)\s+(?:moving|going|rolling|started|ticking)\b`,
    // The start put after her email: "…and the team will get going on it from there" (redC's round 20
    // dp-r20h-pop-it-in-an-email, read in round 21 B).
    String.raw`\b(?:get(?:ting)?\s+(?:going|started|cracking|moving)|start|begin|pick\s+(?:it|this)\s+up|make\s+a\s+start|kick\s+(?:it\s+)?off|take\s+it)\b[^.!?]{0,30}?\bfrom\s+there\b`,
    String.raw`\b(?:month|clock|deadline|time\s+limit|timescale|30\s+days|one\s+month)\b[^.!?]{0,40}?\bfrom\s+(?:the\s+(?:day|date|moment|time)\s+|when\s+|once\s+)[^.!?]{0,30}?\b(?:lands?|arrives?|receives?|gets?\s+(?:it|there|in)|comes?\s+(?:in|through)|reaches)\b`,
  ].join("|"),
  "i",
);

const NEGATED = /\b(?:not|never|no|don['\u2019]t|doesn['\u2019]t|won['\u2019]t|needn['\u2019]t|without)\b/i;

/**
 * Starting work on it, in the words people use for that: "start", "make a start", "get the ball
 * rolling", "kick it off", "pick it up", "take it forward".
 */
const START_WORK = String.raw`(?:start|begin|make\s+a\s+start|get\s+(?:the\s+ball\s+)?(?:rolling|going|started|cracking|moving)|get\s+(?:it|things|this)\s+(?:going|moving|started|rolling)|kick\s+(?:it\s+|this\s+|things\s+)?off|pick\s+(?:it|this)\s+up|take\s+(?:it|this)\s+forward|move\s+(?:on|forward\s+with)\s+(?:it|this)|process|action|progress|look\s+(?:at|into)|deal\s+with|work\s+on|handle|accept|open)`;

/** A refusal to start, and the condition after "until / unless / before" (group 1). */
const HOLD_ON = new RegExp(
  String.raw`\b(?:won['\u2019]t|will\s+not|can['\u2019]t|cannot|can\s+not|don['\u2019]t|do\s+not|doesn['\u2019]t|does\s+not|aren['\u2019]t\s+able\s+to|isn['\u2019]t\s+able\s+to|(?:are|is)\s+unable\s+to)\s+(?:\w+\s+){0,3}?${START_WORK}\b[^.!?]*?\b(?:until|unless|till|before)\b([^.!?,;:]*)`,
  "i",
);
/**
 * The condition is something more from or with her ("a chat with you", "you've rung us"), or a talk
 * that can only be with her ("until we've had a chat", "until we've spoken").
 */
const ON_HER =
  /\b(?:you|your|yourself|chat|call|word|conversation|spoken|talked|heard\s+back|hear\s+back)\b/i;
/** Her identity, which the law lets us check first (Art 12(6)). */
const IDENTITY =
  /\b(?:identity|identification|id|verif\w*|postcode|order\s+number|date\s+of\s+birth|security\s+(?:question|check|details)|who\s+you\s+are|(?:it['\u2019]s|it\s+is)\s+(?:really\s+)?you|proof\s+of\s+(?:id|identity|address))\b/i;

/**
 * Her request refused in the channel she used: "I can't take this one on through chat", and "they can't
 * start one of these from a web chat" (redC's round 23 dp-r23h-email-the-data-team: the request named as
 * one of a kind, the channel as where it comes from).
 */
const CHANNEL_REFUSED = new RegExp(
  String.raw`\b(?:can['\u2019]t|cannot|can\s+not|(?:am|are|is)\s+(?:not\s+able|unable)\s+to|(?:aren['\u2019]t|isn['\u2019]t|['\u2019]m\s+not)\s+able\s+to|won['\u2019]t\s+be\s+able\s+to|don['\u2019]t|do\s+not)\s+(?:\w+\s+){0,2}?(?:take|accept|process|handle|log|deal\s+with|action|raise|register|start|progress)\s+(?:(?:it|this|that|these|those|them|your\s+request|requests?|this\s+request|this\s+kind\s+of\s+(?:thing|request)|(?:one|any|either)\s+of\s+(?:these|those|them)|(?:requests?|ones?)\s+like\s+(?:this|that|these|yours))\s+)?(?:one\s+)?(?:on\s+)?(?:through|over|via|by|on|in|from)\s+(?:(?:the|this|a|our|live)\s+)*(?:web\s*)?(?:chat|webchat|messenger|here)\b`,
  "i",
);

/**
 * Round 21 B (dp-r21-dpo-month-starts-on-email): a route for her request put as a fact, with no ask and
 * no refusal word, and the month said to start when that arrives: "The quickest way is to send a line to
 * dpo@… from the email address on your account; the one-month clock starts the day it lands with them."
 * The month runs from receipt of the request she has made (UK GDPR Art 12(3)); running it from a second
 * one sent elsewhere holds the first. Read: something she sends, writes or emails to an address, inbox,
 * team or office (in that sentence), and the month, clock or deadline started or run from its landing,
 * arriving or being received (in that sentence or the next). Not read: our sending ("we'll email your
 * copy"), the identity details whose receipt the month may run from (Art 12(6)), a negated route ("you
 * don't need to email anyone").
 */
const ROUTE_HERS = new RegExp(
  String.raw`\b(?:send|sending|email|e-mail|emailing|write|writing|post|posting|drop|dropping|pop|popping|fire|firing|forward|forwarding)\b[^.!?]{0,60}?(?:\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:inbox|mailbox|team|officer|dpo|department|office|address)\b)`,
  "i",
);
/** We are the ones sending: "we'll email your copy to…". */
const OUR_SENDING =
  /\b(?:we|i|they|the\s+team|our\s+team)(?:['\u2019]ll|\s+will|\s+can|\s+would|['\u2019]d|\s+shall)?\s+(?:\w+\s+)?$/i;
const CLOCK_ON_ARRIVAL =
  /\b(?:month|clock|deadline|time\s+limit|timescale|countdown|30\s+days|28\s+days)\b[^.!?]{0,40}?\b(?:start|starts|started|begin|begins|run|runs|count|counts|kick|kicks|ticking)\b[^.!?]{0,40}?\b(?:lands?|landed|arrives?|arrived|is\s+received|receives?|received|gets?\s+(?:there|in|to\s+them)|comes?\s+(?:in|through)|reaches|hits)\b/i;
/**
 * Round 23 B (dp-r23-data-team-own-inbox): the month counted from her next contact, with no start or
 * arrival word: "drop them a line at dataprotection@…; they'll send you everything we hold within a
 * calendar month of hearing from you". Read: a month, clock or deadline, then of / from / after hearing
 * from her or our getting her email, letter, form or message (that, this, it). Not read: the month from
 * her request ("within a month of your request", which is the law), her identity details.
 */
const CLOCK_FROM_HER_CONTACT =
  /\b(?:month|calendar\s+month|clock|deadline|time\s+limit|timescale|countdown|30\s+days|28\s+days|four\s+weeks)\b[^.!?]{0,30}?\b(?:of|from|after)\s+(?:hearing\s+(?:back\s+)?from\s+you|(?:(?:them|us|the\s+team|our\s+team)\s+)?(?:getting|receiving|we\s+get|we\s+receive|they\s+get|they\s+receive|(?:we|they)(?:['\u2019]ve|\s+have)\s+(?:got|had|received))\s+(?:it|that|this|yours|your\s+(?:e-?mail|letter|form|message|line|note)))\b/i;
function clockOnHerRoute(t: string): boolean {
  return CLOCK_ON_ARRIVAL.test(t) || CLOCK_FROM_HER_CONTACT.test(t);
}
function routeThenClock(sentences: readonly string[], i: number): boolean {
  const here = sentences[i] ?? "";
  const clockHere = clockOnHerRoute(here);
  const clockSentence = clockHere ? here : (sentences[i + 1] ?? "");
  if (!clockOnHerRoute(clockSentence) || IDENTITY.test(clockSentence)) return false;
  const route = ROUTE_HERS.exec(here);
  if (!route) return false;
  const before = clauseBefore(here, route.index);
  return !NEGATED.test(before) && !OUR_SENDING.test(here.slice(0, route.index));
}

/**
 * Round 22 B (dp-r22-form-clock-from-return): the month run from paperwork she sends back, with no
 * "start" word: "The paperwork bit is just a short form I'll email across. Fill that in and pop it back
 * to us, and the clock's running from when we've got it back." The month runs from receipt of the
 * request she has made, or of the identity details asked for (UK GDPR Art 12(3), 12(6)); a form is not
 * required (ICO "Right of access"), so a month run from a form's return holds her request. Read: the
 * month, clock or deadline, then from / when / once / after, then something coming back or in from her
 * ("got it back", "the form's back with us", "you send it back"), with a form, paperwork or letter in
 * that sentence or the one before, not ruled out. Not read: the identity details (Art 12(6)), a form
 * said not to be needed, the month run from her request itself ("from when we received your request").
 */
const CLOCK_WORD =
  /\b(?:month|clock|deadline|time\s+limit|timescale|countdown|one\s+month|30\s+days|28\s+days)\b/i;
const FROM_RETURN = new RegExp(
  String.raw`\b(?:from|when|once|after|as\s+soon\s+as)\b[^.!?]{0,30}?(?:\b(?:got|get|gets|getting|receive[sd]?|receiving|have|had)\s+(?:it|that|this|them|the\s+(?:form|forms|paperwork|letter)|your\s+(?:form|paperwork|letter))(?:\s+back)?\b|\b(?:it|that|this|they|the\s+(?:form|paperwork|letter))(?:['\u2019]s|\s+is|\s+are|\s+comes?|\s+arrives?|\s+lands?|\s+gets?)\s+(?:back|in|with\s+us|to\s+us)\b|\b(?:send|sent|post|posted|return|returned|pop|popped|hand|handed)\s+(?:it|that|this|them|the\s+(?:form|paperwork|letter))\s+(?:back|in)\b)`,
  "i",
);
const PAPERWORK = /\b(?:form|forms|paperwork|letter|in\s+writing|by\s+post)\b/i;
function paperworkNamed(sentence: string): boolean {
  const m = PAPERWORK.exec(sentence);
  return !!m && !NEGATED.test(clauseBefore(sentence, m.index));
}
function clockFromPaperwork(sentences: readonly string[], i: number): boolean {
  const here = sentences[i] ?? "";
  const clock = CLOCK_WORD.exec(here);
  if (!clock) return false;
  const after = here.slice(clock.index);
  if (!FROM_RETURN.test(after) || IDENTITY.test(after)) return false;
  return paperworkNamed(here) || paperworkNamed(sentences[i - 1] ?? "");
}

/**
 * Her right to a copy refused outright (round 21 B, dp-r21-account-page-instead: "We don't send people
 * copies of their data as such, but everything we've got for you is on your account page"). She has the
 * right to a copy of her personal data and to where it came from (UK GDPR Art 15(1), 15(1)(g), 15(3));
 * a self-service page meets it only where it gives all of that (Recital 63), which an account page of
 * details and orders does not. Read: a refusal (don't, can't, won't, not something we) of sending,
 * giving, providing or doing a copy of her data or information. Not read: a copy refused in this channel
 * with another way given ("I can't send a copy over chat, but we'll email it to you"), a copy not yet
 * ready ("I can't give you a copy today"), someone else's data, the fee ("we don't charge for a copy").
 */
const REFUSING = String.raw`(?:(?:we|i|they)\s+(?:don['\u2019]t|do\s+not|can['\u2019]t|cannot|can\s+not|won['\u2019]t|will\s+not|aren['\u2019]t\s+able\s+to|are\s+not\s+able\s+to|(?:am|are)\s+unable\s+to|never)|(?:we|i)['\u2019](?:m|re)\s+(?:not\s+able|unable)\s+to|(?:it['\u2019]s|that['\u2019]s|it\s+is|that\s+is)\s+not\s+something\s+(?:we|i))`;
const COPY_REFUSED = new RegExp(
  String.raw`\b${REFUSING}\s+(?:\w+\s+){0,2}?(?:send|give|provide|supply|hand\s+over|release|share|do|offer|issue|produce|email|post)\w*\s+(?:out\s+)?(?:\w+\s+){0,2}?(?:cop(?:y|ies)|print-?outs?)\s+of\s+(?:(?:your|their|people['\u2019]s|customers['\u2019]?|the|all|any)\s+)*(?:personal\s+)?(?:data|information|details|records|info)\b`,
  "i",
);
/**
 * Round 22 B (dp-r22-overview-not-the-data): the data itself refused, with no "copy": "We don't send out
 * the actual records themselves, but the overview covers everything." Read: the same refusal of sending
 * or giving her data, records or information marked as the thing itself (actual, raw, real, underlying;
 * itself, themselves, as such). Not read: without that mark ("we don't share your details with third
 * parties" is about others), and the exceptions below.
 */
const DATA_ITSELF_REFUSED = new RegExp(
  String.raw`\b${REFUSING}\s+(?:\w+\s+){0,2}?(?:send|give|provide|supply|hand\s+over|release|share|offer|issue|produce|email|post)\w*\s+(?:out\s+)?(?:(?:you|people|customers)\s+)?(?:(?:the|your|their|people['\u2019]s|customers['\u2019]?)\s+)?(?:(?:actual|raw|real|underlying|full)\s+(?:personal\s+)?(?:data|records?|information|details|info|files?)|(?:personal\s+)?(?:data|records?|information|details|info|files?)\s+(?:itself|themselves|as\s+such))\b`,
  "i",
);
/** In the refusal's own clause: someone else's data, a copy not ready yet, or the fee. */
const NOT_REFUSAL =
  /\b(?:anyone|someone|somebody)\s+else|\bother\s+(?:people|customers)|\bthird\s+part|\bwith\s+(?:other|outside|any)\s+(?:companies|organisations|businesses|firms)|\banother\s+person|\b(?:today|right\s+now|yet|straight\s+away|immediately|over\s+(?:the\s+)?(?:chat|phone)|in\s+(?:the|this)\s+chat)\b|\bcharg|\bfees?\b/i;
/** After it: another way we will give it ("but we'll email it to you"). */
const ANOTHER_WAY =
  /\b(?:but|instead)\b[^.!?]{0,40}?\b(?:we|i|they|the\s+team)(?:['\u2019]ll|\s+will|\s+can)\s+(?:\w+\s+)?(?:send|email|post|give|provide|get)\b/i;

/**
 * Round 23 B (dp-r23-only-last-twelve-months): part of her data left out of the copy: "You'll receive a
 * copy of the personal data we've held about you over the last twelve months… Anything older than that
 * is archived, so it isn't included in these requests." The right is to a copy of all the personal data
 * held (UK GDPR Art 15(1), 15(3)); archived records still held are in it (ICO "Right of access": searches
 * include archives and back-ups where the data is held). Read: older, archived or historical data said
 * not to be included, covered or part of it, or left out or excluded; or the copy said to include, cover or
 * go back only so far ("only covers the last year"). Not read: data no longer held ("we deleted old card
 * details, so they won't be in it": nothing is held to give), someone else's data, or a negated limit
 * ("nothing is left out, older records included").
 */
const AGED = String.raw`(?:older|archived|archive|historic(?:al)?|earlier|previous|past|old)`;
const LEFT_OUT = new RegExp(
  [
    String.raw`\b${AGED}\b[^.!?]{0,60}?\b(?:is\s+not|isn['\u2019]t|are\s+not|aren['\u2019]t|won['\u2019]t\s+be|will\s+not\s+be|wouldn['\u2019]t\s+be|can['\u2019]t\s+be|cannot\s+be|doesn['\u2019]t|don['\u2019]t|do\s+not|does\s+not)\s+(?:\w+\s+)?(?:included|covered|part\s+of|go\s+in(?:to)?|come\s+(?:in|under|into)|count(?:ed)?|in\s+(?:it|them|the\s+copy|these|this|that))\b`,
    String.raw`\b${AGED}\b[^.!?]{0,60}?\b(?:excluded|left\s+out|leave\s+out|leaves\s+out|omitted|taken\s+out)\b`,
    String.raw`\b(?:only|just)\s+(?:\w+\s+){0,3}?(?:include|includes|cover|covers|go(?:es)?\s+back|goes\s+back|reach(?:es)?\s+back|span|spans)\s+(?:\w+\s+){0,4}?(?:the\s+)?(?:last|past|previous|most\s+recent|latest)\s+(?:\w+\s+)?(?:months?|years?|weeks?)\b`,
  ].join("|"),
  "i",
);
const NOT_HELD =
  /\b(?:deleted|destroyed|erased|no\s+longer\s+(?:hold|have|keep|store)|don['\u2019]t\s+(?:hold|keep|store)|do\s+not\s+(?:hold|keep|store)|not\s+(?:kept|stored|held))\b/i;
/** Someone else's data, anywhere in the sentence. */
const SOMEONE_ELSES =
  /\b(?:anyone|someone|somebody)\s+else|\bother\s+(?:people|customers)|\bthird\s+part|\banother\s+person|\bcustomers['\u2019]/i;
function partLeftOut(sentence: string): boolean {
  const hit = LEFT_OUT.exec(sentence);
  if (!hit || NOT_HELD.test(sentence) || NOT_REFUSAL.test(hit[0]) || SOMEONE_ELSES.test(sentence))
    return false;
  return !/\b(?:nothing|none|no\s+part|not\s+even)\b/i.test(clauseBefore(sentence, hit.index));
}

/** The sentences of a text that refuse her the copy of her data the law gives her. */
export function accessRefused(text: string): string[] {
  const readable = ownWords(text);
  return sentencesOf(readable)
    .map((s) => readable.slice(s.start, s.end))
    .filter((sentence) => {
      if (partLeftOut(sentence)) return true;
      const hit = COPY_REFUSED.exec(sentence) ?? DATA_ITSELF_REFUSED.exec(sentence);
      if (!hit) return false;
      const rest = sentence.slice(hit.index + hit[0].length);
      const clauseEnd = rest.search(/[,;:]|\bbut\b|\bso\b/i);
      const clause =
        clauseBefore(sentence, hit.index) + hit[0] + (clauseEnd < 0 ? rest : rest.slice(0, clauseEnd));
      return !NOT_REFUSAL.test(clause) && !ANOTHER_WAY.test(rest);
    })
    .map((s) => s.trim());
}

/**
 * Round 23 B (dp-r23-data-team-own-inbox): requests said to be handled only through one route, put as
 * how the team works: "Our data team work only from their own inbox, so what I'll ask is that you drop
 * them a line". A request may be made by any channel to any part of the organisation (UK GDPR Art 12(2);
 * ICO "Right of access"), so a team that takes requests only one way holds the one she has made. Read: a
 * verb of taking or working on requests and "only", then from / through / via / by / in a route (inbox,
 * mailbox, email, letter, post, form, portal, writing). Not read: how we send her copy ("we only send
 * copies by email", no verb of taking requests), or a negated "only".
 */
const TAKE_REQUESTS = String.raw`(?:work|works|working|deal|deals|dealing|take|takes|taking|accept|accepts|accepting|handle|handles|handling|pick\s+up|picks\s+up|process|processes|processing|action|actions|look\s+at|looks\s+at|log|logs|start|starts|receive|receives)`;
const ROUTE_PLACE = String.raw`(?:(?:their|our|the|a|an|its|this|that|one)\s+)?(?:own\s+)?(?:dedicated\s+|special\s+|separate\s+)?(?:inbox|mailbox|e-?mail\s+address|e-?mail|letters?|post|forms?|portal|written\s+requests?|in\s+writing)`;
const ONLY_ROUTE = new RegExp(
  [
    String.raw`\b${TAKE_REQUESTS}\s+(?:\w+\s+){0,3}?only\s+(?:\w+\s+){0,4}?(?:from|through|via|by|in|into|at|on)\s+${ROUTE_PLACE}\b`,
    String.raw`\bonly\s+${TAKE_REQUESTS}\s+(?:\w+\s+){0,4}?(?:from|through|via|by|in|into|at|on)\s+${ROUTE_PLACE}\b`,
    String.raw`\bonly\s+${TAKE_REQUESTS}\s+(?:\w+\s+){0,3}?(?:that|which)\s+(?:arrive|arrives|land|lands|come|comes|are\s+sent|get\s+sent)\s+(?:in|into|through|via|to|at|by)\s+${ROUTE_PLACE}\b`,
  ].join("|"),
  "i",
);
function onlyOneRoute(sentence: string): boolean {
  const hit = ONLY_ROUTE.exec(sentence);
  return (
    !!hit &&
    !NEGATED.test(clauseBefore(sentence, hit.index)) &&
    !/\bsend(?:s|ing)?\s+(?:\w+\s+){0,2}?cop/i.test(hit[0])
  );
}

/** The sentences of a text that hold a data subject's request until she makes it another way. */
export function requestRerouted(text: string): string[] {
  const readable = ownWords(text);
  const sentences = sentencesOf(readable).map((s) => readable.slice(s.start, s.end));
  const out: string[] = [];
  sentences.forEach((sentence, i) => {
    const hold = HOLD.exec(sentence);
    if (hold && FROM_HER.test(sentence.slice(hold.index + hold[0].length))) {
      out.push(sentence.trim());
      return;
    }
    const on = HOLD_ON.exec(sentence);
    // The condition up to the end of its clause ("until Monday, and you'll have it…" is on a day).
    const condition = (on?.[1] ?? "").split(/\b(?:and|so|but|then)\b/)[0] ?? "";
    if (on && ON_HER.test(condition) && !IDENTITY.test(condition)) {
      out.push(sentence.trim());
      return;
    }
    if (routeThenClock(sentences, i) || clockFromPaperwork(sentences, i)) {
      out.push(sentence.trim());
      return;
    }
    if (CHANNEL_REFUSED.test(sentence) || onlyOneRoute(sentence)) {
      out.push(sentence.trim());
      return;
    }
    const after = START_AFTER.exec(sentence);
    if (after && PAPER.test(sentence) && !NEGATED.test(clauseBefore(sentence, after.index))) {
      out.push(sentence.trim());
      return;
    }
    const from = FROM_HER.exec(sentence);
    if (!from) return;
    const before = clauseBefore(sentence, from.index);
    if (NEGATED.test(before) || !ASK.test(sentence.slice(0, from.index + from[0].length))) return;
    if (STARTS_IT.test(sentence) || STARTS_IT.test(sentences[i + 1] ?? "")) out.push(sentence.trim());
  });
  return out;
}
