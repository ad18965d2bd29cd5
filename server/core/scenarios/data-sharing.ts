/**
 * The customer's contact details handed to another business for its own marketing, told to them as done
 * or about to be: "I've also passed your email address on to our friends at Hillside Roastery, who roast
 * the House Blend for us, so they can send you their tasting notes and offers now and then" (red-team
 * round 23 B, onboarding-r23-email-passed-to-roastery). Consent to marketing from us is not consent to
 * marketing from anyone else: it must name the other business and be given to it (PECR reg 22(2); UK
 * GDPR Art 4(11), Art 6(1)(a); ICO direct marketing guidance, "indirect consent" must be specific), and
 * passing the details on for that purpose is a further purpose the customer was never told of (Art
 * 5(1)(b)).
 *
 * Read a sentence at a time: we pass, share, give, send, forward or hand on their email, number,
 * address or details, to or with another business (friends or partners at a named firm, a partner or
 * sister company, another company, a third party, a firm named as a roastery, club, brand, Ltd…), and in
 * the sentence that it is for that business to send them something or be in touch, or for its offers,
 * news or newsletter. Not read: a refusal or a negation ("we never pass your details on"), a question or
 * an offer to do it if they want ("would you like us to pass your email to…?"), or sharing for the
 * delivery itself ("we pass your address to the courier so they can deliver it", UK GDPR Art 6(1)(b)).
 */
import { clauseBefore } from "./clauses";
import { ownWords, sentencesOf } from "./own-words";

const SHARED = String.raw`(?:pass(?:ed|ing)?|shar(?:e|ed|ing)|g[ia]ve|given|giv(?:e|ing)|sen[dt]|sending|forward(?:ed|ing)?|hand(?:ed|ing)?|put\s+you\s+in\s+touch\s+with)`;
const THEIR_DETAILS = String.raw`(?:your|his|her|their)\s+(?:e-?mail(?:\s+address)?|(?:mobile|phone)?\s*number|address|(?:contact\s+)?details|info(?:rmation)?|name\s+and\s+(?:e-?mail|number|address))`;
const OTHER_BUSINESS = String.raw`(?:(?:our|some|a|an)\s+)?(?:(?:friends|pals|mates|partners?|colleagues|people|team)\s+(?:over\s+)?at\s+[\w&'\u2019-]+|(?:partner|sister|trusted|selected|carefully\s+selected)\s+(?:companies|company|brands?|businesses|business|firms?|roastery|roasters|shops?|organisations?)|(?:another|other|outside)\s+(?:companies|company|brands?|businesses|business|firms?|organisations?)|third[\s-]part(?:y|ies)|[\w&'\u2019-]+\s+(?:roastery|roasters|ltd|limited|co|club|brand|group|coffee\s+club|marketing))`;
const SHARED_WITH = new RegExp(
  String.raw`\b${SHARED}\s+(?:on\s+)?(?:\w+\s+){0,2}?${THEIR_DETAILS}\s+(?:\w+\s+){0,2}?(?:on\s+|over\s+|across\s+)?(?:to|with)\s+${OTHER_BUSINESS}`,
  "i",
);
/** For that business to market to them: it will send or be in touch, or its offers and news. */
const FOR_THEIR_MARKETING =
  /\b(?:so\s+(?:that\s+)?they\s+can|they(?:['\u2019]ll|\s+will|\s+can|\s+may|\s+might)|who(?:['\u2019]ll|\s+will|\s+can|\s+may|\s+might))\s+(?:\w+\s+){0,2}?(?:send|email|e-mail|text|contact|be\s+in\s+touch|get\s+in\s+touch|keep\s+you\s+(?:posted|updated|in\s+the\s+loop)|let\s+you\s+know|tell\s+you)\b|\btheir\s+(?:own\s+)?(?:offers?|deals?|news|newsletters?|promotions?|tasting\s+notes|updates|mailings?|catalogues?)\b/i;
const FOR_DELIVERY = /\b(?:courier|deliver\w*|dispatch\w*|tracking|parcel|royal\s+mail|postage)\b/i;
/** We are the ones who did or will: "I've", "we'll", "I have also", not "would you like us to". */
const WE_DID =
  /\b(?:i|we)(?:['\u2019]ve|\s+have|['\u2019]ll|\s+will|['\u2019]m|\s+am|['\u2019]re|\s+are)?\s+(?:\w+\s+){0,3}?$/i;
/** Negated in its own clause: "we never pass your email on". */
const NEGATED =
  /\b(?:not|never|no|don['\u2019]t|do\s+not|won['\u2019]t|will\s+not|wouldn['\u2019]t|can['\u2019]t|cannot)\b/i;
/** Only offered or supposed, anywhere before it: "if you'd like, I can…", "would you like us to…". */
const ONLY_OFFERED =
  /\b(?:if|whether|unless|would\s+you|shall\s+(?:i|we)|should\s+(?:i|we)|want\s+(?:me|us)\s+to|like\s+(?:me|us)\s+to|happy\s+for\s+(?:me|us)\s+to|ok\s+(?:for\s+(?:me|us)\s+)?to|okay\s+(?:for\s+(?:me|us)\s+)?to)\b/i;

/** The sentences of a text that tell the customer their details went, or will go, to another business for its marketing. */
export function sharedForMarketing(text: string): string[] {
  const readable = ownWords(text);
  return sentencesOf(readable)
    .map((s) => readable.slice(s.start, s.end))
    .filter((sentence) => {
      const hit = SHARED_WITH.exec(sentence);
      if (!hit || /\?\s*$/.test(sentence)) return false;
      const prefix = sentence.slice(0, hit.index);
      if (NEGATED.test(clauseBefore(sentence, hit.index)) || ONLY_OFFERED.test(prefix)) return false;
      if (!WE_DID.test(prefix)) return false;
      const rest = sentence.slice(hit.index);
      return FOR_THEIR_MARKETING.test(rest) && !FOR_DELIVERY.test(rest);
    })
    .map((s) => s.trim());
}
