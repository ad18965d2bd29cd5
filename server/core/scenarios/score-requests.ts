/**
 * A follow-up that asks the customer to raise their score: "Once it has arrived on time, would you mind
 * going back into the survey and bumping your score up to a 9 or 10?", "it would mean a lot if you could
 * update your rating to a 9 or 10" (red-team round 16 B, service-review-r16-asks-to-rescore). Closing the
 * loop with a detractor is for the customer; a score asked for is no longer the customer's own answer, so
 * it stops measuring anything (the Net Promoter System's rule against "score begging"; CSAT and NPS are
 * valid only as unprompted answers). No law is broken without a reward (a reward is
 * review-incentives.ts), so this costs the follow-up, not a legal gate.
 *
 * Read a sentence at a time: a score named (score, rating, NPS, stars, mark), a change to it or a high
 * figure asked for (update, change, raise, bump, go back into the survey; "a 9 or 10", "five stars", "a
 * higher score"), and a request ("would you mind", "could you", "please", "if you could", "it would
 * mean a lot"). "Thank you for your score", "your rating helped us find the problem" and "could you tell
 * me more about your score?" ask for no change; a negation ("we'd never ask you to change your score")
 * asks for nothing.
 */

// Round 20 B (service-review-r20-hoping-for-top-end): the survey named instead of the score ("another
// chance when the survey email comes round… something nearer the top end this time"), looking again said
// as thinking again ("think again about your rating"), and a high score as the top end of the scale.
const SCORE = /\b(?:score|scores|rating|ratings|nps|mark|marks|stars?|survey|surveys|questionnaire)\b/i;
const CHANGE =
  /\b(?:updat\w*|chang\w*|amend\w*|revis\w*|rais\w*|bump\w*|increas\w*|improv\w*|re-?scor\w*|re-?rat\w*|redo\w*|go(?:ing)?\s+back\s+(?:in|into|to|over)|(?:fill|do)\w*\s+(?:it|the\s+survey)\s+(?:in\s+)?again|think\w*\s+again|reconsider\w*|re-?think\w*|look\w*\s+again|(?:another|a\s+second|a\s+fresh)\s+(?:look|go|chance|try))\b/i;
// Round 21 B (service-review-r21-higher-mark-cheers-team): the request as what a better score would do
// for us ("a higher mark would really cheer the team up", "a kinder score would mean the world to the
// team"), and gratitude in its degrees ("I'd be so grateful").
const HIGH =
  /\b(?:to|a|an)\s+(?:9|10|nine|ten)\b(?!\s*(?:days?|weeks?|months?|%|per\s?cent|minutes?|hours?|am|pm|p)\b)|\b(?:9|nine)\s+or\s+(?:a\s+)?(?:10|ten)\b|\b10\s*\/\s*10\b|\bten\s+out\s+of\s+ten\b|\b(?:five|5)[\s-]?stars?\b|\b(?:top|full|higher|better|high|kinder|nicer|more\s+generous|bigger)\s+(?:score|marks?|rating)\b|\b(?:nearer|near|closer\s+to|towards|up\s+(?:at|near))\s+the\s+top\b|\btop\s+end\b/i;
// Round 22 B (service-review-r22-aisha-bump-us-up): the request said as a hope that she will ("I hope
// you'll feel able to bump us up a notch or two", "hopefully you'll rate us higher", "fingers crossed
// you can give us a better mark").
const REQUEST =
  /\b(?:(?:i|we)\s+(?:really\s+|do\s+|just\s+)?hope\s+(?:that\s+)?you(?:['\u2019]ll|\s+will|\s+can|\s+could|\s+might|\s+feel|\s+would)|hopefully\s+you(?:['\u2019]ll|\s+will|\s+can|\s+could|\s+might|\s+feel)|fingers\s+crossed\s+(?:that\s+)?you|would\s+you\s+(?:mind|be\s+able|consider|be\s+willing)|could\s+you|can\s+you|please|if\s+you\s+(?:could|can|feel|think|would|felt|thought)|it\s+would\s+(?:mean|help|be\s+(?:great|lovely|brilliant))|(?:we|i)(?:['\u2019]d|\s+would)\s+(?:love|appreciate|be\s+(?:so\s+|really\s+|very\s+|ever\s+so\s+)?grateful)|would\s+(?:really\s+|so\s+|honestly\s+|just\s+)?(?:mean\s+(?:a\s+lot|the\s+world|so\s+much)|cheer|brighten|lift|make\s+(?:our|my|the\s+team['\u2019]?s?)\s+day))\b/i;
const NEGATED =
  /\b(?:never|won['\u2019]t|wouldn['\u2019]t|will\s+not|would\s+not)\s+(?:ask|want|expect)\b|\bno\s+need\s+to\b|\b(?:don['\u2019]t|do\s+not)\s+(?:need|have)\s+to\b|\bnot\s+(?:asking|going\s+to\s+ask)\b/i;

/**
 * The customer is the one asked ("you", "your"), or the request is a bare imperative ("Please bump the
 * score up"): "I'd love to get our NPS nearer the top end by fixing the deliveries" is our aim, not a
 * request to her.
 */
const ASKS_HER = (s: string) => /\b(?:you|your|yours)\b/i.test(s) || /^\s*please\b/i.test(s);

/** The sentences of a message that ask the customer to raise or change their score. */
export function scoreRequests(text: string): string[] {
  return (text.match(/[^.!?\n]+[.!?]?/g) ?? [])
    .map((s) => s.trim())
    .filter(
      (s) =>
        SCORE.test(s) &&
        (CHANGE.test(s) || HIGH.test(s)) &&
        REQUEST.test(s) &&
        !NEGATED.test(s) &&
        ASKS_HER(s),
    );
}
