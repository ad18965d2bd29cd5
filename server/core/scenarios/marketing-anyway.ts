/**
 * Marketing the customer refused, announced as coming anyway: "our text offers go out to everyone in their
 * first month as a subscriber, I'm afraid" to a new subscriber who said no to marketing texts (red-team
 * round 17 B, onboarding-r17-texts-for-new-subscribers), "you'll still get our newsletter for a few weeks"
 * to someone who objected to all marketing. Without consent no marketing email or text may be sent (PECR
 * reg 22(2)); consent cannot be made a condition of the service (UK GDPR Art 7(4)); and once a person
 * objects, their data "shall no longer be processed" for direct marketing (Art 21(3)). Telling them it
 * will come is the obstruction, whatever is then recorded.
 *
 * Read a clause at a time: marketing on one of the refused channels ("text offers", "marketing emails",
 * "offers by text", "our newsletter"; for an objection to all marketing, any offers, promotions or
 * newsletters) and, in the same clause, that it comes ("go out", "are sent", "will still come", "you'll
 * still get", "everyone gets"). Not read: a negated clause ("you won't get any marketing texts"), service
 * messages (a delivery text names no marketing), or marketing on a channel the customer allowed.
 * The service can also be said to bring it: "the subscription does come with a text once a month about
 * what's on special" is the same announcement.
 */
import { clauseAfter, clauseBefore } from "./clauses";
import { ownWords, sentencesOf } from "./own-words";

export type RefusedChannel = "email" | "sms" | "post" | "phone" | "all";

const MARKETING = String.raw`(?:offers?|deals?|promotions?|promos?|marketing|sales?\s+(?:emails?|texts?|messages?)|discounts?|newsletters?|codes?)`;
const CHANNEL: Record<Exclude<RefusedChannel, "all">, { adj: string; noun: string }> = {
  // A message to his phone by an app is the same electronic mail to him as a text (PECR reg 2(1), reg
  // 22(2)): "our WhatsApp offers" to someone who refused marketing texts (red-team round 20 B,
  // onboarding-r20-whatsapp-instead).
  sms: {
    adj: String.raw`(?:text|sms|whatsapp|mobile)`,
    noun: String.raw`(?:texts|text\s+messages|sms(?:es)?|text|whatsapps?|whatsapp\s+messages?)`,
  },
  email: { adj: String.raw`(?:e-?mail)`, noun: String.raw`(?:e-?mails?)` },
  post: { adj: String.raw`(?:postal|printed)`, noun: String.raw`(?:letters?|post|catalogues?|leaflets?)` },
  phone: { adj: String.raw`(?:phone|telephone)`, noun: String.raw`(?:calls?|phone(?:\s+calls?)?)` },
};

/** Marketing on these channels, as a learner names it. */
function marketingOn(channels: readonly RefusedChannel[]): RegExp {
  const named = channels.includes("all") ? (Object.keys(CHANNEL) as (keyof typeof CHANNEL)[]) : channels;
  const parts = named.flatMap((c) => {
    const { adj, noun } = CHANNEL[c as keyof typeof CHANNEL];
    return [
      String.raw`${adj}\s+(?:[\w-]+\s+)?${MARKETING}`, // "text offers", "email promotions"
      String.raw`(?:marketing|promotional|sales|offer)\s+${noun}`, // "marketing texts"
      String.raw`${MARKETING}\s+(?:by|via|through|over|in\s+an?)\s+${noun}`, // "offers by text"
      // The marketing word as the first half of a compound: "our monthly deals text", "promo emails"
      // (red-team round 19 B, onboarding-r19-deals-text-automatic).
      String.raw`${MARKETING}\s+${noun}`,
      // The channel first and what it carries after it: "a text once a month about what's on special",
      // "an email every week with our latest deals" (red-team round 20 D, onboarding-r20d-monthly-text-
      // hope-thats-ok).
      String.raw`${noun}\s+(?:[\w'\u2019-]+\s+){0,4}?(?:about|with|of|on|listing|showing)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:${MARKETING}|specials|on\s+special|on\s+offer)`,
    ];
  });
  // An objection to all marketing: offers, promotions and newsletters on any channel ("our newsletter").
  if (channels.includes("all"))
    parts.push(
      String.raw`(?:our|the)\s+(?:[\w-]+\s+)?(?:newsletters?|offers|promotions|mailings?|marketing)`,
    );
  return new RegExp(String.raw`\b(?:${parts.join("|")})\b`, "i");
}

/** That it comes: after the marketing words ("go out", "will still be sent") or before them ("you'll still get"). */
const COMES_AFTER =
  /^[^,;:]{0,40}?\b(?:go(?:es)?\s+out|(?:are|is|get|gets)\s+sent|(?:will|['\u2019]ll|would)\s+(?:still\s+|also\s+|automatically\s+)?(?:be\s+sent|come|go\s+out|start|continue|keep\s+coming|arrive|follow)|come\s+(?:with|as\s+(?:part|standard))|(?:are|is)\s+(?:included|part\s+of|automatic|standard|switched\s+on|on\s+by\s+default)|keep\s+coming|(?:start|continue)s?\b)/i;
const COMES_BEFORE =
  /\b(?:(?:comes?|came|coming)\s+with|includes?|including|(?:signed|put|popped|added|opted|subscribed|enrolled|registered|set)\s+you\s+(?:up\s+|down\s+|in\s+)?(?:for|to|on|onto|into)|you(?:['\u2019]ll|\s+will|\s+would)\s+(?:still\s+|also\s+|automatically\s+|continue\s+to\s+)?(?:get|receive|be\s+sent|keep\s+getting|hear\s+about)|(?:every(?:one|body)|all\s+(?:new\s+|our\s+)?(?:subscribers|customers|members))\s+(?:gets?|receives?|(?:is|are)\s+sent)|we(?:['\u2019]ll|\s+will)?\s+(?:still\s+|also\s+|automatically\s+)?(?:send|text|email)\s+(?:you|everyone|all)|(?:may|might)\s+still\s+(?:get|receive))\b[^,;:]{0,30}$/i;
const NEGATED =
  /\b(?:not|never|no|none|nothing|won['\u2019]t|don['\u2019]t|doesn['\u2019]t|stop(?:ped)?|without)\b|n['\u2019]t\b/i;

/**
 * Or the channel named by where it lands rather than what it is: "members' discount codes come through to
 * your mobile once a month, that's just how the subscription works" (red-team round 20 B,
 * onboarding-r20-codes-to-your-mobile). Marketing, then within a few words that it comes, arrives or is
 * sent, then the refused channel's destination: his mobile, phone or WhatsApp for texts, his inbox for
 * email, his letterbox or door for post.
 */
const LANDS_ON: Record<Exclude<RefusedChannel, "all">, string> = {
  sms: String.raw`(?:your\s+(?:mobile|phone|whatsapp|mobile\s+phone|mobile\s+number)|whatsapp)`,
  email: String.raw`(?:your\s+(?:inbox|email|e-mail|email\s+inbox))`,
  post: String.raw`(?:your\s+(?:letterbox|letter\s+box|door|doormat|mat|address))`,
  phone: String.raw`(?:your\s+(?:landline|home\s+phone))`,
};
function landsOn(channels: readonly RefusedChannel[]): RegExp {
  const named = channels.includes("all") ? (Object.keys(LANDS_ON) as (keyof typeof LANDS_ON)[]) : channels;
  const where = named.map((c) => LANDS_ON[c as keyof typeof LANDS_ON]).join("|");
  return new RegExp(
    String.raw`\b${MARKETING}\s+(?:[\w'\u2019-]+\s+){0,3}?(?:come|comes|coming|arrive|arrives|land|lands|go|goes|drop|drops|pop\s+up|pops\s+up|ping|pings|(?:are|is|get|gets|will\s+be|['\u2019]ll\s+be)\s+sent|(?:will|['\u2019]ll)\s+(?:come|arrive|land|go|drop))\s+(?:through\s+|out\s+|straight\s+|over\s+)?(?:to|on|onto|into|in|through)\s+(?:${where})\b`,
    "i",
  );
}

/**
 * Or the marketing named by what it is about and said to reach him on the refused channel: "Our new-roast
 * alerts will reach you as the odd SMS instead, as they're only a line or two long" (red-team round 22 B,
 * onboarding-r22-roast-alerts-by-sms). News of new coffees is promotion whatever it is called (PECR reg
 * 22(2); ICO direct marketing guidance: promoting products, not only selling them), and a short message is
 * still a marketing one. Read: marketing, or new roasts, coffees or products and their alerts or news,
 * then that it will reach or be sent to him, or that we will send it, as, by or via the refused channel
 * ("the odd SMS", "a quick text"). Not read: service messages ("your delivery updates will reach you by
 * text"), a negated clause, the allowed channel.
 */
const PROMO = String.raw`(?:${MARKETING}|new[\s-]+(?:roast|coffee|blend|bean|product|arrival)s?(?:\s+(?:alerts?|news|updates?|info))?|(?:latest|seasonal)\s+(?:roasts?|coffees?|blends?|beans?)|(?:product|launch|promo|special)\s+(?:alerts?|news|updates?))`;
const BY_CHANNEL = String.raw`(?:as|by|via|over|in)\s+(?:an?\s+|the\s+)?(?:odd|occasional|short|quick|little|monthly|weekly|regular)?\s*`;
function reachesHimOn(channels: readonly RefusedChannel[]): RegExp {
  const named = channels.includes("all") ? (Object.keys(CHANNEL) as (keyof typeof CHANNEL)[]) : channels;
  const nouns = named.map((c) => CHANNEL[c as keyof typeof CHANNEL].noun).join("|");
  return new RegExp(
    [
      String.raw`\b${PROMO}\s+(?:[\w'\u2019-]+\s+){0,2}?(?:will|['\u2019]ll|would|are|is|get|gets|can)?\s*(?:still\s+|also\s+)?(?:reach|come\s+(?:to|through\s+to)|get\s+to|be\s+sent\s+to|sent\s+to|go\s+out\s+to|land\s+with|arrive\s+with)\s+you\s+(?:[\w'\u2019-]+\s+){0,2}?${BY_CHANNEL}(?:${nouns})\b`,
      String.raw`\b(?:we|i)(?:['\u2019]ll|\s+will|\s+can)\s+(?:still\s+|also\s+|just\s+)?(?:send|pop|fire|drop|ping)\s+(?:you\s+)?(?:our\s+|the\s+|any\s+)?${PROMO}\s+(?:[\w'\u2019-]+\s+){0,3}?${BY_CHANNEL}(?:${nouns})\b`,
    ].join("|"),
    "i",
  );
}

/**
 * Or the channel named on its own as coming with the service, with the marketing it carries named later
 * in the same sentence: "the texts are part of being a subscriber, that's how we send everyone the
 * monthly deals and new coffees" (red-team round 21 C, onboarding-r21h-texts-come-with-it; UK GDPR Art
 * 7(4): consent to marketing cannot be made a condition of the service). Not read: no marketing named
 * ("the texts are part of the subscription: one when your bag is dispatched" is a service message), or
 * the marketing tied to another channel ("…, offers come by email").
 */
function channelComesWithService(sentence: string, channels: readonly RefusedChannel[]): boolean {
  const named = channels.includes("all") ? (Object.keys(CHANNEL) as (keyof typeof CHANNEL)[]) : channels;
  for (const c of named) {
    const noun = new RegExp(
      String.raw`\b(?:the|our|these|those|your)\s+${CHANNEL[c as keyof typeof CHANNEL].noun}\b`,
      "i",
    );
    const n = noun.exec(sentence);
    if (!n || NEGATED.test(clauseBefore(sentence, n.index))) continue;
    const after = sentence.slice(n.index + n[0].length);
    if (!COMES_AFTER.test(after)) continue;
    const deal = new RegExp(String.raw`\b${MARKETING}\b`, "i").exec(after);
    if (!deal) continue;
    const others = (Object.keys(CHANNEL) as (keyof typeof CHANNEL)[]).filter((o) => o !== c);
    const otherChannel = new RegExp(
      String.raw`\b(?:${others.map((o) => `${CHANNEL[o].adj}|${CHANNEL[o].noun}`).join("|")})\b`,
      "i",
    );
    if (!otherChannel.test(clauseAfter(after, deal.index))) return true;
  }
  return false;
}

/**
 * Or a few messages said to get through after the objection: "I've taken you off our mailing list now. There
 * might be one or two emails already lined up that slip through over the next week or so, just ignore them"
 * (red-team round 22 C, win-back-r22h-keith-one-or-two-slip-through). To someone who has refused marketing
 * on that channel, messages from the list still coming are marketing still coming, however few (UK GDPR
 * Art 21(3): no further processing for direct marketing once they object; PECR reg 22(2)). Read: the
 * refused channel's messages (for an objection to all marketing, emails, texts, letters, mailings or
 * messages of any kind) and, in the same sentence, that some get through anyway (slip, get, come or sneak
 * through), are already lined up, scheduled or queued, or come before the change takes effect. Not read: a
 * negated clause ("nothing already scheduled will reach you"), or a single message that confirms the removal
 * ("you'll get one email to confirm it's done"), which names no straggler.
 */
const STRAGGLING = new RegExp(
  String.raw`\b(?:(?:slip|slips|slipped|sneak|sneaks|sneaked|snuck|creep|creeps|crept)\s+(?:through|out)|(?:may|might|could|can|will|would|['\u2019]ll|still)\s+(?:still\s+)?(?:get|gets|come|comes|go|goes|make\s+it)\s+(?:through|out)|already\s+(?:been\s+)?(?:lined\s+up|scheduled|queued(?:\s+up)?|planned|booked(?:\s+in)?|set\s+up|in\s+the\s+(?:system|pipeline|queue)|on\s+(?:its|their)\s+way)|before\s+(?:it|this|that|the\s+(?:change|removal|update)|your\s+(?:request|removal))\s+(?:takes\s+effect|kicks\s+in|goes\s+through|is\s+processed|(?:is\s+)?updated|catches\s+up))\b`,
  "i",
);
const ANY_MESSAGES = String.raw`(?:e-?mails?|texts?|text\s+messages?|messages?|letters?|mailings?|mailshots?|newsletters?|leaflets?|catalogues?|calls?)`;
function stragglersAnnounced(sentence: string, channels: readonly RefusedChannel[]): boolean {
  const nouns = channels.includes("all")
    ? ANY_MESSAGES
    : channels.map((c) => CHANNEL[c as keyof typeof CHANNEL].noun).join("|");
  // The messages, then within a few words of the same clause, that they get through: "one or two emails
  // already lined up", "a couple of texts may still slip through".
  const near = new RegExp(String.raw`\b(?:${nouns})\b(?:\s+[\w'\u2019-]+){0,7}?\s*$`, "i");
  const straggling = new RegExp(STRAGGLING.source, "gi");
  for (let late = straggling.exec(sentence); late; late = straggling.exec(sentence)) {
    const clause = clauseBefore(sentence, late.index);
    const noun = near.exec(clause);
    if (noun && !NEGATED.test(clause)) return true;
  }
  return false;
}

/**
 * Or an alert about what we sell, said to go to him by the refused channel under any name (red-team
 * round 23 B, onboarding-r23-limited-roast-to-your-mobile): "The one exception is our limited-roast
 * alerts: those go to your mobile number as a short message, because they sell out before most people
 * open an email." An alert or heads-up about a roast, a product, a release or a sale promotes it (PECR
 * reg 22(2); ICO direct marketing guidance), and a short message to his mobile is a text whatever it is
 * called (PECR reg 2(1): electronic mail). Read, a sentence at a time: alerts or heads-ups that are not
 * about his order (delivery, dispatch, tracking, order, account, payment, security), or the promotions
 * above, then within the sentence (across a colon or "those"/"they") that they go, come, are sent or
 * land to, on or as the refused channel: his mobile or mobile number, a text, an SMS, a short message.
 * Not read: service alerts ("delivery alerts go to your mobile"), a negated clause, the allowed channel.
 */
const SERVICE_WORD =
  /\b(?:deliver\w*|dispatch\w*|tracking|track|order|orders|shipping|account|payment|security|password|login|sign-?in|courier|parcel)\b/i;
const ALERT = String.raw`(?:[\w-]+\s+){0,2}?(?:alerts?|heads[-\s]ups?|pings?|notifications?)`;
const SMS_PLACE = String.raw`(?:(?:to|on|onto)\s+(?:your\s+)?(?:mobile(?:\s+(?:number|phone))?|phone(?:\s+number)?|whatsapp)|(?:as|by|via|in)\s+(?:an?\s+|the\s+)?(?:odd|occasional|short|quick|little)?\s*(?:texts?|text\s+messages?|sms(?:es)?|short\s+messages?|whatsapps?))`;
const ALERT_SENT = new RegExp(
  String.raw`\b(${ALERT}|${PROMO})\b[^.!?]{0,40}?\b(?:go|goes|going|come|comes|coming|are\s+sent|is\s+sent|get\s+sent|gets\s+sent|will\s+be\s+sent|['\u2019]ll\s+be\s+sent|arrive|arrives|land|lands|pop\s+up|pops\s+up|will\s+(?:go|come|arrive|land|reach\s+you)|['\u2019]ll\s+(?:go|come|arrive|land|reach\s+you)|reach\s+you)\s+(?:out\s+|straight\s+|through\s+)?(?:[\w'\u2019-]+\s+){0,2}?${SMS_PLACE}\b`,
  "i",
);
function alertSentBySms(sentence: string, channels: readonly RefusedChannel[]): boolean {
  if (!channels.includes("sms") && !channels.includes("all")) return false;
  const hit = ALERT_SENT.exec(sentence);
  if (!hit) return false;
  const what = hit[1] ?? "";
  if (SERVICE_WORD.test(what) || /\bbut\b/i.test(hit[0])) return false;
  return !NEGATED.test(clauseBefore(sentence, hit.index)) && !NEGATED.test(hit[0]);
}

/** The clauses of a text that announce marketing on these refused channels as coming anyway. */
export function marketingAnnounced(text: string, channels: readonly RefusedChannel[]): string[] {
  if (channels.length === 0) return [];
  const readable = ownWords(text);
  const mk = marketingOn(channels);
  const lands = landsOn(channels);
  const reaches = reachesHimOn(channels);
  const out: string[] = [];
  for (const s of sentencesOf(readable)) {
    const sentence = readable.slice(s.start, s.end);
    const reached = reaches.exec(sentence);
    if (reached && !NEGATED.test(clauseBefore(sentence, reached.index)) && !NEGATED.test(reached[0])) {
      out.push(sentence.trim());
      continue;
    }
    const landed = lands.exec(sentence);
    if (landed && !NEGATED.test(clauseBefore(sentence, landed.index)) && !NEGATED.test(landed[0])) {
      out.push(sentence.trim());
      continue;
    }
    if (
      channelComesWithService(sentence, channels) ||
      stragglersAnnounced(sentence, channels) ||
      alertSentBySms(sentence, channels)
    ) {
      out.push(sentence.trim());
      continue;
    }
    const m = mk.exec(sentence);
    if (!m) continue;
    const before = clauseBefore(sentence, m.index);
    const after = sentence.slice(m.index + m[0].length);
    if (NEGATED.test(before)) continue;
    if (COMES_BEFORE.test(before) || COMES_AFTER.test(after)) out.push(sentence.trim());
  }
  return out;
}
