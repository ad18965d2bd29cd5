import { bareConditionOn } from "./condition-clauses";
import { obligationsIn } from "./obligations";
import { sentencesOf } from "./own-words";

/**
 * A reward offered for a changed (or new) review: "Once you've updated your review to reflect how we've
 * sorted this, let me know and I'll add a £10 voucher to your account as a thank-you" (red-team round
 * 11 A, review-r11-voucher-for-updated-review). Offering a reward for a review without it being shown
 * as rewarded is a banned practice under the Digital Markets, Competition and Consumers Act 2024,
 * Schedule 20 (concealed incentivised consumer reviews; CMA guidance on fake reviews, 2025), however it
 * is meant. Read a sentence at a time: a change to a review, a reward, and the one tied to the other
 * ("once", "if", "when", "in return", "as a thank-you for", "…and we'll add"). A reward offered to whoever leaves a review
 * ("Everyone who leaves us a 5-star review this month goes into our prize draw to win a year of free
 * beans!", red-team round 15 A) ties them as surely as "if you leave one": commissioning includes
 * incentivising (DMCCA 2024 Sch 20 para 13), and a prize draw is a reward. A goodwill voucher in one sentence and "if
 * you'd like to update your review" in another is not a reward for it; a negation ("we don't offer
 * anything for changing a review") is not an offer.
 */

// Round 16 A (review-r16-star-rating-beans): "if you felt able to revisit your star rating…, I'd love to
// pop a bag of our new roast in the post for you, on the house": looking again at a rating is changing
// it, and goods "on the house" or "complimentary" are free.
// Round 17 A (review-r17-free-month-for-a-star): "would that be enough to earn us another star or two on
// ReviewHub?": more stars (another, more, extra, a higher or better rating or score) is a changed rating
// whatever the verb, and earning stars is getting them.
const MORE_STARS =
  /\b(?:another|more|extra|higher|better|an\s+extra|one\s+more|a\s+few\s+more|a\s+couple\s+(?:of\s+)?more)\s+(?:stars?|ratings?|scores?)\b/i;
// Round 20 B (loyalty-r20-stars-for-a-free-bag): "if you ever fancy putting a few stars up for us on
// Google, there's a free bag of beans with your name on it": any verb of putting a review or stars
// somewhere (put, stick, bung, chuck, fire off, send, submit) asks for one as surely as "leave" or "post".
// Round 18 A (review-r18-another-look-credit): "take another look at what you wrote about us on
// ReviewHub": the review named by what it is (what you wrote, posted or said about us, your post or
// comments) rather than the word, and looking again said as "another / a second / a fresh look".
const REVIEW_CHANGE =
  /\b(?:earn\w*|updat\w*|chang\w*|amend\w*|edit\w*|remov\w*|delet\w*|take\s+down|taking\s+down|revis\w*|revisit\w*|reconsider\w*|rethink\w*|re-?think\w*|re-?rat\w*|adjust\w*|look\w*\s+again\s+at|(?:take|taking|took|have|having|had|give|giving)\s+(?:another|a\s+second|a\s+fresh|a\s+new)\s+look\s+at|improv\w*|rais\w*|bump\w*|increas\w*|upgrad\w*|leav\w*|writ\w*|post\w*|giv\w*|pop\w*|shar\w*|drop\w*|put\w*|stick\w*|bung\w*|chuck\w*|whack\w*|slap\w*|fir(?:e|ed|ing)|send\w*|sent|submit\w*)\b[^.!?\n]{0,40}\b(?:review|rating|stars?|what\s+you\s+(?:wrote|posted|said|put)\s+(?:about\s+us|online|there|on\s+\w+)|your\s+(?:post|comments?|write-?up))\b/i;
/**
 * A review not called one: words about us put on a review site ("pop a few kind words about us on
 * Google", "say something nice about us on Trustpilot"; red-team round 16 B,
 * loyalty-r16-google-words-for-points). The site, and words about us or kind words, are both needed:
 * "thank you for your kind words" alone asks for nothing, and "find us on Google" is no review.
 */
const REVIEW_SITE =
  /\b(?:on|to)\s+(?:google|trustpilot|feefo|tripadvisor|facebook|yelp|reviews\.io|reviewhub|amazon|our\s+(?:website|site|product\s+page))\b/i;
const WORDS_ABOUT_US =
  /\b(?:words|something(?:\s+nice|\s+good|\s+kind)?|a\s+line|a\s+few\s+lines|a\s+comment|comments|your\s+thoughts|feedback)\b[^.!?\n]{0,25}\babout\s+us\b|\b(?:kind|nice|good|lovely|positive|glowing)\s+words\b/i;
/**
 * Or the customer's opinion of us told to other people there ("tell other coffee lovers what you make of
 * us over on Trustpilot", "let people know how we did on Google", "share your experience on Feefo"; red-team
 * round 17 B, loyalty-r17-trustpilot-link-voucher). Still with the site: "tell us what you think" by email
 * is feedback to us, not a review.
 */
const OPINION_OF_US =
  /\bwhat\s+you\s+(?:think|thought|make|made|reckon)\s+of\s+us\b|\bhow\s+(?:we\s+did|we(?:['\u2019]ve|\s+have)\s+done|you\s+(?:found|find)\s+us|we\s+got\s+on)\b|\byour\s+(?:experience|opinion|views?|verdict|honest\s+thoughts|thoughts)\b|\b(?:tell|let|show)\s+(?:other|others|people|everyone|everybody|the\s+world|fellow|your\s+followers)\b/i;
// Round 21 A and B (review-r21-should-you-update, loyalty-r21-review-prize-draw): "updating what you posted"
// with nothing after it, and "anyone who writes about us on Trustpilot" (with the site).
const CHANGED_WHAT_YOU_POSTED =
  /\b(?:updat\w*|chang\w*|amend\w*|edit\w*|revis\w*)\s+what\s+you\s+(?:wrote|posted)\b/i;
const WRITES_ABOUT_US = /\b(?:writ\w*|wrote|post\w*)\s+(?:\w+\s+){0,2}?about\s+us\b/i;
const asksForReview = (s: string) =>
  REVIEW_CHANGE.test(s) ||
  CHANGED_WHAT_YOU_POSTED.test(s) ||
  (REVIEW_SITE.test(s) && WRITES_ABOUT_US.test(s)) ||
  MORE_STARS.test(s) ||
  (REVIEW_SITE.test(s) && (WORDS_ABOUT_US.test(s) || OPINION_OF_US.test(s)));
// Money off said in words (red-team round 19 B, loyalty-r19-trustpilot-little-something: "We'll knock a
// little something off the order after that by way of a thank you"): knocking or taking something off an
// order, "a little something", "a treat".
const REWARD =
  /\b(?:voucher|discount|credit|gift|reward|free(?!\s+to\b)|freebie|complimentary|on\s+the\s+house|on\s+us|money\s+off|promo(?:tion)?\s+code|code|points|prizes?|(?:prize\s+)?draw|competition|win)\b|£\s?\d|\b\d{1,2}\s?(?:%|per\s?cent)\s+off\b|\bknock\w*\s+[^.!?\n]{0,30}?\boff\b|\b(?:take|taking|took)\s+[^.!?\n]{0,25}?\boff\s+(?:your|the)\b|\b(?:a\s+)?(?:little|small|wee)\s+(?:something|treat|extra)\b|\bsomething\s+off\b|\ba\s+treat\b/i;
/**
 * The reward tied to the review: a condition ("once", "if"), an exchange, whoever leaves one (round 15 A),
 * or an imperative joined to its reward ("Leave us a 5* review on Trustpilot and we'll add 200 bonus
 * points", "…to get 10% off"; red-team round 15 B, loyalty-r15-five-star-for-points).
 */
const TIED =
  /\b(?:once|if|should\s+you|when|after|in\s+return|in\s+exchange|as\s+a\s+thank[\s-]?you\s+for|for\s+(?:updating|changing|removing|amending|editing|taking\s+down|leaving)|(?:every(?:one|body)|anyone|anybody|all\s+(?:customers|reviewers|subscribers))\s+who|for\s+every|and\s+(?:we|I)(?:['\u2019]ll|\s+will)|and\s+you(?:['\u2019]ll|\s+will)\s+(?:get|receive|earn)|and\s+(?:get|earn|receive|claim)|to\s+(?:get|earn|receive|claim))\b/i;
const NEGATED = /\b(?:not|never|no|nothing|cannot|can't|won't|don't|doesn't)\b/i;
/**
 * A negation in a clause about the review or the reward ("we don't offer anything for changing a review"),
 * not anywhere in a long sentence: "…passed the chatbot problem to our digital team so it doesn't happen to
 * anyone else; I've also put £5 on your account, so consider that a thank-you in advance if you feel able to
 * give us a second chance…" (review-r20d-thank-you-in-advance) offers the £5 for all the "doesn't" before it.
 */
const CLAUSE_BREAK = /[;:,\u2013\u2014()]|\s-\s|\b(?:and|but|so)\b/;
const ABOUT_IT =
  /\b(?:review\w*|rating|stars?|reviewhub|trustpilot|google|feefo|voucher|discount|credit|gift|reward|free|freebie|complimentary|points|prizes?|draw|code|treat|thank[\s-]?you|refund\w*|money)\b|£\s?\d|%/i;
function negated(s: string): boolean {
  const clauses = s.split(CLAUSE_BREAK).filter((c) => c.trim().length > 0);
  const about = clauses.filter((c) => ABOUT_IT.test(c));
  return (about.length > 0 ? about : clauses).some((c) => NEGATED.test(c));
}
/**
 * A reward in the sentence, not counting money said as owed and given back ("It would make our day if you
 * updated your review, but the £11.50 is already back with you": his own £11.50 returned buys nothing;
 * session 38) or "feel free to" (an invitation: REWARD's "free" is not "free to").
 */
const MONEY_BACK =
  /(?:\b(?:refund\w*|repa(?:y|id)\w*|return\w*|back)\s+(?:of\s+)?(?:the\s+|your\s+)?)£\s?\d[\d.,]*|£\s?\d[\d.,]*(?=\s+(?:[\w'\u2019]+\s+){0,3}?(?:back|refunded|returned|repaid)\b)/gi;
const rewardIn = (s: string) => REWARD.test(s.replace(MONEY_BACK, " "));

/**
 * The refund owed to him made to wait on the review (red-team round 15 A, part 2): "I'll refund the
 * duplicate payment as soon as you've taken the review down", or "Once you've removed the review, we'll
 * process your refund". Only a first-person commitment to the refund with the review change as its
 * condition: "if you'd like to update your review once your refund arrives" asks, and pays nothing for it.
 * In law this is more than an incentive: money already owed, held back to get a review removed, is
 * pressure (an aggressive practice, DMCCA 2024 s.228); the refund is due regardless.
 */
/**
 * The fix itself made to wait on the review, whatever it is called (lead's mutation set 11, C65: "Once
 * you've taken your review down I'll get this sorted for you"): sorting, fixing, replacing or putting it
 * right is the remedy as surely as refunding. CMA guidance on fake reviews (CMA208, 2025) names making the
 * resolution of an issue contingent on a review as suppressing genuine reviews (DMCCA 2024 Sch 20 para 13).
 */
const REMEDY_VERB =
  "(?:refund|reimburs|process\\s+(?:the|your)\\s+(?:refund|replacement|claim|return)|give\\s+you\\s+(?:your|the)\\s+money\\s+back|get\\s+(?:this|it|that|everything|things)\\s+(?:sorted|fixed|resolved)|sort|fix|resolv|put\\s+(?:this|it|that|things)\\s+right|replac|send\\s+(?:the|a|your)\\s+(?:replacement|new\\s+one)|arrang|repair)";
const REVIEW_CHANGED = "(?:updat|chang|amend|edit|remov|delet|tak|took|revis|withdr[ae]w|pull)";
const REFUND_FOR_REVIEW = [
  new RegExp(
    `\\b(?:i|we)(?:'ll|\\s+will|\\s+can|\\s+could)\\s+(?:[\\w']+\\s+){0,3}?${REMEDY_VERB}\\w*\\b[^.!?\\n]{0,60}\\b(?:once|as\\s+soon\\s+as|when|after|if|provided|in\\s+return\\s+for|in\\s+exchange\\s+for)\\b[^.!?\\n]{0,50}\\b(?:review|rating)\\b`,
    "i",
  ),
  new RegExp(
    `\\b(?:once|as\\s+soon\\s+as|when|after|if|provided)\\s+you(?:'ve|\\s+have)?\\s+${REVIEW_CHANGED}\\w*[^.!?\\n]{0,40}\\b(?:review|rating)\\b[^.!?\\n]{0,40}\\b(?:i|we)(?:'ll|\\s+will)\\s+(?:[\\w']+\\s+){0,3}?${REMEDY_VERB}\\w*`,
    "i",
  ),
];

/**
 * A reward given "as a thank-you" in the sentence straight after the request, with no reason of its own
 * (red-team round 18 A, review-r18-another-look-credit: "…I'd be really grateful if you could take another
 * look at what you wrote about us on ReviewHub. I've popped £5 credit on your account as a little
 * thank-you."): thanks for what? For the request just made. A reward with its own reason ("£5 credit for
 * the time you lost in the chat", "as a thank-you for your patience", "to say sorry") is not tied to it.
 */
const THANKS_FOR_IT =
  /\b(?:as\s+a\s+(?:(?:little|small|wee|big)\s+)?thank[\s-]?you|to\s+say\s+thanks?(?:\s+you)?|by\s+way\s+of\s+(?:a\s+)?thanks?(?:\s+you)?|as\s+thanks|for\s+(?:doing\s+(?:so|that|this)|that|it))\b(?!\s+for\b)/i;

/**
 * The reward in the next sentence, tied back to the review asked for: "Fancy giving us a quick rating on
 * Google while you're at it? Do that and your next bag's on us." (red-team round 18 B,
 * loyalty-r18-rating-next-bag-free). Only words that point back to the act ("do that", "if you do",
 * "once it's up", "in return"): "As a thank you for being with us, here's 10% off" after a request for a
 * review thanks the customer for their custom, not for the review.
 */
const TIED_BACK =
  /^(?:[\w'\u2019]+\s+){0,3}?(?:do\s+(?:that|so|this|it)|if\s+you\s+do(?:\s+(?:so|that|it))?|once\s+(?:it|that)(?:['\u2019]s|\s+is)\s+(?:up|done|posted|live|on\s+there)|once\s+you(?:['\u2019]ve|\s+have)\s+(?:done|posted|left|written)\s+(?:that|it|one)|when\s+you\s+(?:do|have)(?:\s+(?:so|that|it))?|in\s+return|for\s+your\s+trouble|as\s+a\s+thank[\s-]?you\s+for\s+(?:that|doing\s+(?:so|that|it)))\b/i;

/**
 * The sentences of a message that make the remedy wait on a changed or removed review: in a complaint
 * this is also a "restrictive or onerous condition" on the customer's right (CRA 2015 s.31(2)(b)), read
 * by a scenario's `obstructs` item that names this reader (case-evidence.ts).
 */
export function remedyForReview(text: string): string[] {
  const spans = sentenceSpans(text);
  const asCondition = reviewConditionsIn(text);
  const found = spans
    .filter(
      (x) =>
        (!negated(x.text) && REFUND_FOR_REVIEW.some((re) => re.test(x.text))) ||
        asCondition.some((o) => x.start <= o.start && o.start < x.end),
    )
    .map((x) => x.text);
  return found.length > 0 ? found : conditionOnReview(text);
}

/**
 * A message's sentences, trimmed, with where each starts and ends. sentencesOf (own-words.ts) keeps "£11.50" and
 * "e.g." whole, where the old split at every full stop cut "£11." from "50" (session 38).
 */
function sentenceSpans(text: string): { start: number; end: number; text: string }[] {
  return sentencesOf(text)
    .map((x) => {
      const raw = text.slice(x.start, x.end);
      const lead = raw.length - raw.trimStart().length;
      return { start: x.start + lead, end: x.start + raw.trimEnd().length, text: raw.trim() };
    })
    .filter((x) => x.text.length > 0);
}

/**
 * The review as the condition of our progress, in any words, read by the shared reader (obligations.ts review
 * kind, folded in session 38 from this file's own reviewAsCondition): "If you could update your review for
 * us, that would let me push this through today", "Provided you edit what you wrote about us online, I'd
 * happily process the credit", "it'd make this a lot easier to push through if your rating went back up".
 */
function reviewConditionsIn(text: string) {
  return obligationsIn(text).filter((o) => o.kind === "review");
}

/**
 * The review as the condition in any words (red-team round 20 A, review-r20-the-moment-its-edited: "The
 * moment your review's been edited, the £11.50 duplicate payment will be on its way back to you"): the
 * remedy as subject, the review change passive, "the moment" for "once". remedy-conditions.ts reads a
 * condition clause holding the review and governing the remedy; a choice left to him ("if you'd like to
 * update your review once the refund arrives") and "once we've reviewed your account" are not read.
 */
const REVIEW_THINGS = [
  "your review",
  "the review",
  "your rating",
  "the rating",
  "your star rating",
  "your post",
  "what you wrote",
];
/** Read on the whole text: its sentences keep "£11.50" whole. */
const REVIEW_THING = new RegExp(
  String.raw`\b(?:${REVIEW_THINGS.map((t) => t.replace(/\s+/g, "\\s+")).join("|")})\w*`,
  "gi",
);
function conditionOnReview(text: string): string[] {
  const bare = sentencesOf(text)
    .map((s) => bareConditionOn(text, s, REVIEW_THING, []))
    .filter((hit) => hit !== null)
    .map((hit) => hit.text);
  if (bare.length > 0) return bare;
  // The same in any other words (obligations.ts, session 36): "subject to cust amending her Trustpilot
  // review", "refund to be actioned on removal of review", "the £11.50 gets sorted the minute that post of
  // yours comes down".
  return obligationsIn(text)
    .filter((o) => o.kind === "review")
    .map((o) => o.text);
}

/**
 * The reward first, then the review as what it is meant to buy, in the next sentence: "I've put £10 of
 * credit on your account. Hopefully that's earned us a better review from you!" (red-team round 19 A,
 * review-r19-earned-us-a-better-review). "That" (the reward) earning, buying or winning us a better,
 * higher or kinder review, rating or stars. Thanks for a review already written is not read.
 */
const BUYS_REVIEW =
  /\b(?:that|this|it)(?:['\u2019]s|\s+has|\s+will|['\u2019]ll|\s+might|\s+should|\s+may)?\s+(?:\w+\s+){0,2}?(?:earn|earned|earns|buy|buys|bought|win|wins|won|get|gets|got)\s+us\s+(?:a\s+|an\s+|some\s+|another\s+)?(?:better|higher|nicer|kinder|good|great|glowing|five[- ]star|5[- ]star|5\*|extra|more)\s+(?:review|rating|score|stars?)\b/i;

/**
 * A gift given, then a review asked for in the next sentence with a pointer back to the gift ("I've added a
 * free bag of our Colombian to your next delivery, on us. When it turns up, it'd be brilliant if you could
 * nip back to ReviewHub and let people know how we handled things"; red-team round 22 A,
 * review-r22-free-bag-then-pop-back): the review asked in connection with the gift (DMCCA 2024 Sch 20
 * para 13; CMA208). Not a refund owed ("Your £11.50 is back. When it lands…") and not a review left to his
 * choice ("feel free to…", "if you'd like to…").
 */
const POINTS_BACK_TO_GIFT =
  /^(?:[\w'\u2019]+\s+){0,2}?(?:(?:when|once|after|as\s+soon\s+as)\s+(?:it|that|this|they|the\s+\w+)(?:['\u2019]s|\s+has|\s+is)?\s+(?:turns?\s+up|turned\s+up|arrives?|arrived|lands?|landed|comes?|gets?\s+to\s+you|with\s+you|reaches\s+you)|while\s+you(?:['\u2019]re)?\s+(?:enjoy|try|sip|drink|tast)\w*|in\s+return|for\s+that)\b/i;
const OWED = /\b(?:refund\w*|money\s+back|repa(?:y|id)\w*|duplicate|double|overcharg\w*)\b/i;
const LEFT_TO_HIM =
  /\b(?:if\s+you(?:['\u2019]d|\s+would)?\s+(?:like|want|wish|prefer|fancy|feel\s+like)|feel\s+free|up\s+to\s+you|no\s+pressure|your\s+(?:choice|call))\b/i;
function giftThenReview(prev: string, s: string): boolean {
  const gift = OWED.test(prev) ? prev.replace(/£\s?\d[\d.,]*/g, " ") : prev;
  return (
    REWARD.test(gift) &&
    !negated(prev) &&
    asksForReview(s) &&
    !negated(s) &&
    !LEFT_TO_HIM.test(s) &&
    POINTS_BACK_TO_GIFT.test(s)
  );
}

/** The sentences of a message that offer a reward for a changed or new review. */
export function reviewIncentives(text: string): string[] {
  const spans = sentenceSpans(text);
  const sentences = spans.map((x) => x.text);
  const asCondition = reviewConditionsIn(text);
  const found = sentences.filter(
    (s, i) =>
      asCondition.some((o) => spans[i]!.start <= o.start && o.start < spans[i]!.end) ||
      (!negated(s) &&
        ((asksForReview(s) && rewardIn(s) && TIED.test(s)) ||
          REFUND_FOR_REVIEW.some((re) => re.test(s)) ||
          (i > 0 &&
            asksForReview(sentences[i - 1]!) &&
            !negated(sentences[i - 1]!) &&
            REWARD.test(s) &&
            (THANKS_FOR_IT.test(s) || TIED_BACK.test(s))) ||
          (i > 0 && REWARD.test(sentences[i - 1]!) && !negated(sentences[i - 1]!) && BUYS_REVIEW.test(s)) ||
          (i > 0 && giftThenReview(sentences[i - 1]!, s)))),
  );
  return found.length > 0 ? found : conditionOnReview(text);
}
