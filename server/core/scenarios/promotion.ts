/**
 * Does a message promote the shop (direct marketing), or only serve the customer? Direct marketing is
 * "advertising or marketing material directed to particular individuals" (DPA 2018 s.122(5), the
 * definition PECR uses), and a message with any promotional element is marketing, however much of
 * it is service (ICO direct marketing guidance, "service messages"). By email or text it then needs
 * the person's consent or the soft opt-in (PECR reg 22(2)-(3)).
 *
 * What is not promotion: the remedy or goodwill given for the customer's complaint (a voucher,
 * account credit, money off or a gesture "for the trouble", in a reply that apologises and sells
 * nothing else), which puts right what went wrong rather than selling; the ICO judges a message by
 * its "phrasing, tone and context". A sale, new products or money off offered to sell are promotion
 * even inside a complaint reply.
 */
import { splitSentences, withoutAsides } from "./case-evidence";
import { consentRequestIn } from "./consent-request";
import type { MessageAnalysis } from "./engine-types";

/** Words that sell whatever else the message does (a sale, new products, "shop now"). */
const PROMOTION_CUES = new RegExp(
  [
    /\b(?:our|the|a|big|summer|winter|spring|january|boxing day|black friday|cyber monday|clearance|flash|seasonal|half-term)\s+sale\b(?!\s+items?\b)/
      .source,
    /\bsale\s+(?:starts|ends|is on|now on|runs|continues)\b|\bin (?:our|the) sale\b|\bon sale\b/.source,
    /\bblack friday\b|\bcyber monday\b|\bprime day\b/.source,
    /\bshop (?:now|our|the)\b|\b(?:browse|explore|discover) our\b|\b(?:check|have a look|take a look) (?:out )?at our\b|\bcheck out our\b/
      .source,
    /\bnew (?:range|roasts?|coffees?|blends?|season(?:'s)?|arrivals|collection|flavours?)\b/.source,
    /\b(?:winter|summer|seasonal|festive|christmas) (?:roast|blend|range|collection)\b|\blimited edition\b/
      .source,
    /\bjust (?:landed|arrived|launched)\b|\b(?:now|back) in stock\b|\blatest (?:range|roasts?|coffees?|blends?)\b/
      .source,
    /\byou (?:might|may) (?:also )?like\b|\byou(?:'d| would) love our\b|\bwhy not try our\b|\btreat yourself\b/
      .source,
    /\bdon'?t miss (?:our|out|this)\b|\b(?:this weekend|today|tonight) only\b|\b(?:offer |sale )?ends (?:tonight|at midnight|soon|on \w+day)\b|\bwhile stocks last\b/
      .source,
    /\d\s?(?:%|per\s?cent) off (?:all|everything|our|selected|the whole|every)\b/.source,
    // Our products announced as back, or as gifts to buy: "our Christmas gift boxes are back for the
    // season", "back by popular demand", "if you ever fancy treating someone" (red-team round 16 B,
    // win-back-r16-keith-gift-boxes: a promotion in none of the words above, to a man who had objected).
    // "Our" or a season is needed: "the courier is back on schedule" and "your sister's Christmas gift"
    // sell nothing.
    /\bback (?:for (?:the )?(?:season|christmas|winter|summer|autumn|spring|the holidays|a limited time)|by popular demand|on (?:the menu|our shelves))\b/
      .source,
    /\bour\s+(?:[\w-]+\s+){0,2}?(?:gift\s+(?:boxes|sets|hampers|cards|ideas|guide)|hampers|stocking\s+fillers)\b/
      .source,
    /\b(?:fancy|want to|like to) treat(?:ing)? (?:someone|somebody|a friend|a loved one|yourself|your\w*)\b/
      .source,
    // A message whose purpose is to bring a lapsed customer back to buying is direct marketing, with or
    // without an offer: it is "directed to particular individuals" to "encourage a person to do
    // something" (DPA 2018 s.122(5); ICO, "Identify direct marketing" and "An introduction to direct
    // marketing"), and calling it "not a sales email" does not change that. Red-team round 16 B,
    // loyalty-r16-checkin-to-eleanor: "we haven't seen an order from you for quite a while… I wanted to
    // check everything is all right", to a customer who had objected to all marketing. A greeting to a
    // returning customer ("lovely to have you back") is not on the list; wanting them back is.
    /\bwe(?:['’]ve| have)? missed you\b|\bwe miss you\b|\b(?:love|like|hope) to (?:welcome|have|see) you back\b/
      .source,
    // Our product presented as new, arrived or worth a look, in any words, and an open invitation to buy
    // again: "our new Ethiopian single origin has just come in… do have a look on the website", "if you
    // ever fancy a few new bits for the kitchen, you know where we are" (red-team round 17 B,
    // win-back-r17-keith-second-email-new-beans and loyalty-r17-eleanor-new-bits: promotion to people who
    // had objected, in none of the words above). A product noun is needed after "our new" ("our new
    // courier" sells nothing), the site is a shop to browse, not the tracking or account page, and
    // fancying a chat or needing help is service.
    /\bour\s+(?:new|latest)\s+(?:[\w-]+\s+){0,3}?(?:roasts?|blends?|coffees?|beans|single[\s-]origins?|origins?|decaf|espresso|grinders?|machines?|mugs?|kettles?|cafeti[eè]res?|toasters?|range|collection|flavours?|teas?|products?|kit)\b/
      .source,
    /\b(?:has|have|['’]s|['’]ve)\s+just\s+(?:come\s+in|gone\s+on\s+sale|hit\s+the\s+shelves)\b/.source,
    // New stock of ours in other words: "we've had a whole load of new models in since you last looked"
    // (red-team round 21 B, win-back-r21-keith-new-stock-in, to a man who had objected that morning).
    // A product-like noun is needed: "there's a new courier" and "a new one is on its way" sell nothing.
    /\b(?:we(?:['’]ve|\s+have)?|there(?:['’]s|\s+is|\s+are|\s+have\s+been))\s+(?:(?:had|got|brought|added|launched)\s+)?(?:in\s+)?(?:a\s+(?:whole\s+)?(?:load|lot|bunch|heap|range|host)\s+of\s+|loads\s+of\s+|lots\s+of\s+|plenty\s+of\s+|some\s+|a\s+few\s+|several\s+)?(?:brand[\s-])?new\s+(?:models?|products?|lines?|stock|kit|bits|machines?|styles?|designs?|gadgets?|appliances?|arrivals)\b/
      .source,
    /\b(?:have|take)\s+a\s+(?:look|browse|peek|nose)\s+(?:on|at|round|around|through)\s+(?:our|the)\s+(?:website|site|web\s?shop|online\s+shop|shop|store|range|catalogue)\b(?![^.!?\n]{0,30}\b(?:track\w*|account|order\s+status|returns?|faq|help|privacy))/
      .source,
    /\bif\s+you(?:['’]re|\s+are)?\s+(?:ever\s+)?(?:fancy|fancied|feel\s+like|after|run\s+low|running\s+low|need\s+a\s+top-?up|want\s+(?:some\s+)?more\s+(?:beans|coffee))\b(?!\s+(?:a\s+)?(?:chat|call|talk|word|catch-?up)\b)[^.!?\n]{0,60}?\b(?:you\s+know\s+where\s+(?:we\s+are|to\s+find\s+us)|give\s+us\s+a\s+(?:shout|call|ring|go)|(?:just\s+)?order|pop\s+(?:an\s+order|over|back|in)|we(?:['’]re|\s+are)\s+(?:here|always\s+here|only\s+a\s+click\s+away))\b/
      .source,
    // A reward tied to buying, or a time said to be right for buying, in any words: "anything you buy
    // from us before Christmas earns twice the usual points, so it's a lovely time to use them" (red-team
    // round 20 D, loyalty-r20d-eleanor-keep-you-in-the-loop: "keeping you in the loop about your
    // account" to a customer who had objected to all marketing; DPA 2018 s.122(5), UK GDPR Art 21(3)).
    // A points balance told, or goodwill for a complaint, sells nothing; a purchase that earns more does.
    /\b(?:anything|everything|whatever|any\s+orders?|orders?|purchases?|every\s+(?:order|purchase|bag|pound))\s+(?:you\s+)?(?:buy|order|spend|place|make)?\b[^.!?\n]{0,40}?\b(?:earns?|gets?|attracts?|collects?|qualif(?:y|ies)\s+for|comes?\s+with)\s+(?:you\s+)?(?:double|twice|triple|treble|extra|bonus|\d+x)\b/
      .source,
    /\b(?:a\s+)?(?:good|great|lovely|perfect|ideal|brilliant)\s+time\s+to\s+(?:use\s+(?:them|your\s+points|it\s+up)|spend|buy|order|stock\s+up|treat|redeem|top\s+up)\b/
      .source,
    /\b(?:haven['’]t|have not|hasn['’]t|not|no) (?:seen|had|received) (?:an?|any) orders? from you\b|\byou haven['’]t (?:ordered|been back|shopped)\b|\bsince (?:your last order|you (?:last )?ordered)\b/
      .source,
  ].join("|"),
  "i",
);

/**
 * Our sales literature sent, enclosed or attached: "I've tucked our new printed brochure in with this
 * letter: there's a page of bits for the Crisp 55 air fryer you bought from us" (red-team round 25 B,
 * win-back-r25-omar-brochure-by-post, to a man who had objected to all marketing). A brochure or
 * catalogue is advertising material directed to him whether or not it carries an offer (DPA 2018
 * s.122(5)), and by post it needs no PECR consent but stops at an objection (UK GDPR Art 21(2)-(3); ICO
 * direct marketing guidance). Read: a verb of sending, enclosing or attaching, and our brochure,
 * catalogue, leaflet, flyer or price list, in one sentence. Not read: the literature stopped or refused
 * ("we won't send you our catalogue any more", "taken you off the mailing list for our brochure"), a
 * reference to what it says ("our brochure says delivery takes two days"), a returns label, or a leaflet
 * that serves what they already have ("our care leaflet for the kettle", "our returns leaflet").
 */
const LITERATURE = String.raw`(?:brochure|catalogue|catalog|leaflet|flyer|price\s+list|lookbook|mailer|booklet)s?`;
const LITERATURE_SENT = new RegExp(
  [
    String.raw`\b(?:enclos\w*|attach\w*|tuck\w*|popp?\w*|slipp?\w*|put|putting|includ\w*|send\w*|sent|post(?:ed|ing)?|find)\b[^.!?\n]{0,40}?\b(?:our|the\s+(?:latest|new))\s+(?:[\w-]+\s+){0,3}?${LITERATURE}\b`,
    String.raw`\bour\s+(?:[\w-]+\s+){0,3}?${LITERATURE}\b[^.!?\n]{0,40}?\b(?:attached|enclosed|in\s+with|on\s+its\s+way|coming\s+your\s+way|in\s+the\s+post)\b`,
  ].join("|"),
  "i",
);
const LITERATURE_STOPPED =
  /\b(?:not|never|no\s+longer|won['\u2019]t|wouldn['\u2019]t|don['\u2019]t|stop\w*|taken\s+you\s+off|take\s+you\s+off|remov\w*|unsubscrib\w*|instead\s+of)\b|\?\s*$/i;
const SERVICE_LITERATURE =
  /\b(?:returns?|care|cleaning|descal\w*|instructions?|instruction|user|guide|manual|safety|recall|warranty|guarantee|privacy|set-?up|troubleshoot\w*|repair)\b/i;
function literatureSent(text: string): string | null {
  for (const s of text.match(/[^.!?\n]+[.!?]?/g) ?? []) {
    const hit = LITERATURE_SENT.exec(s);
    if (hit && !LITERATURE_STOPPED.test(s) && !SERVICE_LITERATURE.test(hit[0])) return hit[0];
  }
  return null;
}

/** An offer given to put a complaint right, not to sell: a voucher, credit or gesture "for the trouble". */
const REMEDY_GESTURE =
  /\bgoodwill\b|\bvouchers?\b|\b(?:account|store) credit\b|\bcredit(?:ed)? (?:to |on )?your account\b|\bgift cards?\b|\bcompensat\w*|\bto (?:say|show (?:we(?:'re| are)|i(?:'m| am))) sorry\b|\bas (?:an|a small|a) apology\b|\bby way of (?:an )?apology\b|\bto make up for\b|\bfor (?:the|all the|any) (?:trouble|inconvenience|hassle|delay|disappointment|upset|bother)\b|\bfor your (?:trouble|inconvenience|patience)\b/i;

/**
 * The words that make the message promote, or null when it does not: a promotion cue anywhere, or the
 * sentence of an offer the analyser found that is not a remedy gesture for the complaint, in a message
 * that does not apologise. Asides to the marker are not read.
 */
export function promotionCue(text: string, analysis: MessageAnalysis | null): string | null {
  const read = withoutAsides(text);
  const cue = PROMOTION_CUES.exec(read);
  if (cue) return cue[0];
  const literature = literatureSent(read);
  if (literature) return literature;
  // A request to opt (back) in to marketing is itself marketing (ICO direct marketing guidance; PECR reg 22;
  // UK GDPR Art 21(3)): consent-request.ts.
  const request = consentRequestIn(read);
  if (request) return request.text;
  const offers = (analysis?.spans ?? []).filter((s) => s.label === "offer");
  if (!offers.length) return null;
  // An offer in a reply that apologises, with nothing that sells, is the gesture for what went wrong
  // ("I'm sorry your grinder was four days late. Here's 15% off your next order.").
  if (analysis?.labels.includes("apologise")) return null;
  const sentences = splitSentences(text);
  for (const o of offers) {
    const s = sentences.find((x) => x.start <= o.start && o.start < x.end);
    const sentence = s ? text.slice(s.start, s.end) : o.text;
    if (!REMEDY_GESTURE.test(sentence)) return sentence.trim();
  }
  return null;
}

/** True when the message promotes (promotionCue finds the words). */
export function promotes(text: string, analysis: MessageAnalysis | null): boolean {
  return promotionCue(text, analysis) !== null;
}
