/**
 * UK direct-marketing rules per channel, as pure functions: may this shop send this person this
 * marketing message on this channel, on what basis, and why. The table with citations is in
 * marketing-rules.README.md beside this file. In short:
 *
 * | Channel        | Lawful when                                                         | Law |
 * | email, SMS     | consent, or the soft opt-in; never after an opt-out                 | PECR reg 22, reg 23 |
 * | live call      | the number is not on the TPS and the person has not objected        | PECR reg 21 |
 * | automated call | consent to automated calls from this caller                         | PECR reg 19 |
 * | post           | legitimate interests, unless the person objected (outside PECR)     | UK GDPR Art 6(1)(f), Art 21(2)–(3) |
 *
 * Whatever the channel, an objection to direct marketing or a request to remove the person's details
 * ends it (UK GDPR Art 21(2)–(3), Art 17(1)(c)), and every marketing message should offer an easy way
 * to opt out (PECR reg 22(3)(c) for the soft opt-in, reg 23 for electronic mail; UK GDPR Art 21(4)).
 */

export type MarketingChannel = "email" | "sms" | "live_call" | "automated_call" | "post";

/** What the person has actually told the shop (not what a CRM field says). */
export interface MarketingPermissions {
  /** Consent the person gave, per channel (PECR consent has the UK GDPR standard: reg 2(3), Art 4(11)). */
  consent: Partial<Record<"email" | "sms" | "phone" | "automated_call" | "post", boolean>>;
  /**
   * Soft opt-in (PECR reg 22(3)): their details were collected by this shop in the course of a sale or
   * negotiations for one, and they were given a simple way to refuse marketing then, and did not.
   */
  softOptIn?: Partial<Record<"email" | "sms", boolean>>;
  /** The number is registered with the Telephone Preference Service (PECR reg 21(1)(b), reg 26). */
  tpsRegistered?: boolean;
  /** Channels the person has objected to direct marketing on, or "all" (UK GDPR Art 21(2)–(3)). */
  objections?: readonly ("email" | "sms" | "phone" | "post" | "all")[];
  /** The person asked the shop to remove their details / stop all contact (Art 17(1)(c), Art 21(3)). */
  removeDetailsRequested?: boolean;
}

export interface MarketingMessage {
  channel: MarketingChannel;
  /** The message tells the person how to opt out simply (reply STOP, an unsubscribe link…). */
  offersOptOut: boolean;
  /** The products offered are the shop's own and similar to what the person bought (soft opt-in). Default true. */
  similarProducts?: boolean;
}

export type MarketingBasis =
  | "consent"
  | "soft opt-in"
  | "no TPS registration or objection"
  | "legitimate interests"
  | "none";

export interface MarketingVerdict {
  lawful: boolean;
  basis: MarketingBasis;
  /** True when the channel's rules require an opt-out in each message and this one has none. */
  optOutMissing: boolean;
  /** The rule applied, with its citation. */
  rule: string;
  /** Why, in plain UK English for a learner. */
  explanation: string;
}

export const CHANNEL_RULES: Record<MarketingChannel, { needs: string; law: string }> = {
  email: {
    needs:
      "consent, or the soft opt-in for an existing customer (similar products, opt-out offered at collection and in every message)",
    law: "PECR 2003 reg 22(2)–(3) and reg 23; ICO guide to PECR, electronic mail marketing",
  },
  sms: {
    needs: "consent, or the soft opt-in for an existing customer (texts are 'electronic mail' under PECR)",
    law: "PECR 2003 reg 2(1) ('electronic mail'), reg 22(2)–(3) and reg 23; ICO guide to PECR",
  },
  live_call: {
    needs:
      "nothing more, unless the number is on the TPS or the person has told us not to call (then only with their specific consent to our calls)",
    law: "PECR 2003 reg 21(1)–(4) (reg 21A: claims-management calls always need consent); ICO guide to PECR, telephone marketing",
  },
  automated_call: {
    needs: "the person's prior consent to automated marketing calls from us",
    law: "PECR 2003 reg 19; ICO guide to PECR, telephone marketing",
  },
  post: {
    needs: "a lawful basis under UK GDPR, usually legitimate interests; stop if the person objects",
    law: "Outside PECR. UK GDPR Art 6(1)(f) and Recital 47, Art 21(2)–(3); DPA 2018; ICO direct marketing guidance",
  },
};

const OBJECTION_CHANNEL: Record<MarketingChannel, "email" | "sms" | "phone" | "post"> = {
  email: "email",
  sms: "sms",
  live_call: "phone",
  automated_call: "phone",
  post: "post",
};

const CHANNEL_NAME: Record<MarketingChannel, string> = {
  email: "email",
  sms: "text message",
  live_call: "live sales call",
  automated_call: "automated call",
  post: "letter",
};

/** Has the person objected to direct marketing on this channel (or on all channels)? */
export function hasObjected(p: MarketingPermissions, channel: MarketingChannel): boolean {
  const o = p.objections ?? [];
  return Boolean(p.removeDetailsRequested) || o.includes("all") || o.includes(OBJECTION_CHANNEL[channel]);
}

/** Judges one direct-marketing message against the rules for its channel. */
export function judgeMarketing(p: MarketingPermissions, m: MarketingMessage): MarketingVerdict {
  const rule = `${CHANNEL_RULES[m.channel].law}: ${CHANNEL_RULES[m.channel].needs}`;
  const what = CHANNEL_NAME[m.channel];
  const verdict = (
    lawful: boolean,
    basis: MarketingBasis,
    explanation: string,
    optOutMissing = false,
  ): MarketingVerdict => ({
    lawful,
    basis,
    optOutMissing,
    rule,
    explanation,
  });

  // An objection or a request to remove their details ends direct marketing on any channel, whatever
  // consent was given before: the right to object to direct marketing is absolute (Art 21(2)–(3)).
  if (hasObjected(p, m.channel)) {
    return verdict(
      false,
      "none",
      p.removeDetailsRequested
        ? `They asked us to remove their details, so no marketing may be sent to them by any channel (UK GDPR Art 17(1)(c), Art 21(3)).`
        : `They objected to marketing${(p.objections ?? []).includes("all") ? "" : ` by ${what}`}, and an objection to direct marketing must always be honoured (UK GDPR Art 21(2)–(3); PECR reg 21(1)(a) for calls).`,
    );
  }

  switch (m.channel) {
    case "email":
    case "sms": {
      const consented = p.consent[m.channel] === true;
      const soft = !consented && p.softOptIn?.[m.channel] === true && (m.similarProducts ?? true);
      const optOutMissing = !m.offersOptOut;
      if (consented) {
        return verdict(
          true,
          "consent",
          `They consented to marketing by ${what} (PECR reg 22(2)).${optOutMissing ? " Every marketing email or text must still give a valid address to ask us to stop (PECR reg 23), and the right to object must be brought to their attention (UK GDPR Art 21(4))." : ""}`,
          optOutMissing,
        );
      }
      if (soft) {
        // The soft opt-in only holds while each message offers the opt-out (reg 22(3)(c)).
        return verdict(
          !optOutMissing,
          "soft opt-in",
          optOutMissing
            ? `They are an existing customer covered by the soft opt-in, but it only applies when every message gives a simple way to opt out, and this one did not (PECR reg 22(3)(c)).`
            : `They are an existing customer: their details were collected when they bought from us, they were offered an opt-out then and did not use it, and this message is about similar products and lets them opt out (the soft opt-in, PECR reg 22(3)).`,
          optOutMissing,
        );
      }
      return verdict(
        false,
        "none",
        p.softOptIn?.[m.channel] && m.similarProducts === false
          ? `The soft opt-in only covers our own products similar to what they bought (PECR reg 22(3)(b)), and they have not consented to ${what} marketing.`
          : `They have not consented to marketing by ${what}, and the soft opt-in does not apply, so sending it breaches PECR reg 22.`,
        optOutMissing,
      );
    }
    case "live_call": {
      if (p.tpsRegistered && p.consent.phone !== true) {
        return verdict(
          false,
          "none",
          "Their number is registered with the Telephone Preference Service, so a live sales call needs their specific consent to calls from us (PECR reg 21(1)(b), 21(3)–(4)); they have not given it.",
        );
      }
      return verdict(
        true,
        p.consent.phone === true ? "consent" : "no TPS registration or objection",
        p.consent.phone === true
          ? "They agreed to marketing calls from us (PECR reg 21(3)–(4))."
          : "A live sales call is lawful without consent when the number is not on the TPS and the person has not told us not to call (PECR reg 21); offer to stop calling if they would rather not.",
      );
    }
    case "automated_call":
      return p.consent.automated_call === true
        ? verdict(true, "consent", "They consented to automated marketing calls from us (PECR reg 19).")
        : verdict(
            false,
            "none",
            "Recorded (automated) marketing calls need the person's prior consent to such calls (PECR reg 19).",
          );
    case "post":
      return verdict(
        true,
        p.consent.post === true ? "consent" : "legitimate interests",
        "Post is outside PECR. Marketing letters to a customer can rely on legitimate interests (UK GDPR Art 6(1)(f), Recital 47) as long as they have not objected; tell them how to opt out (Art 21(4)).",
      );
  }
}

// Words a learner might use to give the customer an easy way out of marketing. Deliberately generous
// (the point is that some opt-out is offered), but a bare "reply" is not one.
const OPT_OUT_PATTERNS = [
  /\bunsubscribe\b/,
  /\bopt(?:[ -])?out\b/,
  /\breply\s+['"‘“]?stop\b/,
  /\btext\s+['"‘“]?stop\b/,
  /\bstop\s+(?:receiving|hearing|getting|these|our|marketing|messages|texts|emails|letters|calls)\b/,
  /\b(?:no longer|don't|do not|would rather not|rather not)\s+(?:wish|want|like)\s+to\s+(?:hear|receive|get)\b/,
  // "If you'd rather not hear from us, just reply and let us know" (no "stop" in it).
  /\b(?:would|'d)\s+rather\s+not\s+(?:hear|receive|get)\b/,
  /\b(?:let us know|tell us|just say)\b[^.!?\n]{0,40}\b(?:stop|not to (?:contact|write|call|email|text))\b/,
  /\bmarketing preferences\b/,
  // "If you don't want emails like this, just reply and tell us" (also as learners of English write
  // it: "If you not want offers from us, reply and tell us"): not wanting them, and how to say so.
  /\bif you\b[^.!?\n]{0,20}\b(?:not|don't|do not|no longer|never)\s+(?:wish|want|like)\s+(?:to\s+(?:hear|receive|get)\b|(?:any\s+)?(?:more\s+)?(?:e-?mails?|texts?|messages?|offers?|marketing|letters?|these|this)\b)[^.!?\n]{0,60}\b(?:reply|tell us|let us know|just say|write back|contact us)\b/,
  // "If you'd prefer we didn't get in touch, just reply and tell me" (round 11 B): a contracted "not",
  // and the adviser's own "me" for "us".
  /\bif you\b[^.!?\n]{0,20}\b(?:prefer|rather)\b[^.!?\n]{0,12}(?:\bnot\b|n't\b)[^.!?\n]{0,60}\b(?:reply|tell (?:us|me)|let (?:us|me) know|just say)\b/,
  // The same as a question and its answer (red-team round 14 B): "Don't want emails like this? Just
  // reply and say", "Rather not get offers from us? Just reply and let me know". Not wanting the
  // messages themselves (not "don't want to miss out on offers?"), then how to say so.
  /\b(?:don't|do not|no longer|rather not|prefer not to)\s+(?:(?:want|wish|like)\s+(?:to\s+(?:hear|receive|get)\s+)?|hear\s+|receive\s+|get\s+)(?:(?:any|more|these|such|our)\s+){0,3}(?:e-?mails?|texts?|messages?|offers?|marketing|letters?|from us)\b[^.!?\n]{0,30}\?\s*(?:just\s+)?(?:reply|tell (?:us|me)|let (?:us|me) know|say so|write back|text back)\b/,
  // The way out said by what we will do, not by her not wanting the messages (red-team round 22 B,
  // win-back-r22-plain-no-stages-no-note: "Not bothered? Just reply and we'll leave you be"): how to
  // say so, then our contact ending ("leave you be", "take you off the list", "won't email you again",
  // "stop sending them"). Not "we'll stop by", nor something else we'll send.
  /\b(?:reply|tell (?:us|me)|let (?:us|me) know|say (?:so|the word)|text back|write back|drop (?:us|me) a line)\b[^.!?\n]{0,40}\b(?:we|i)(?:'ll| will)\s+(?:leave you (?:be|alone)\b|take you off\b|remove you from\b|stop (?:them|these|sending|messaging|emailing|texting|writing|contacting|the (?:e-?mails|texts|offers|letters|messages))\b|stop\s*[.!]|(?:not|never) (?:contact|e-?mail|text|write to|message|send you|bother) )/,
  /\b(?:reply|tell (?:us|me)|let (?:us|me) know|say (?:so|the word)|text back|write back|drop (?:us|me) a line)\b[^.!?\n]{0,40}\b(?:we|i) won't\s+(?:contact|e-?mail|text|write to|message|send you|bother)\b/,
  // The same said informally (red-team round 26 B, win-back-r26-chatty-and-right: "Shout if you'd rather we
  // didn't email you offers and we'll stop, no problem"): a shout, a ping or a note to us, then our contact
  // ending, with "stop" closing its clause. Not "we'll stop by", nor stopping something else ("stop your old
  // subscription"), nor a shout about anything else ("shout if you'd like a different grind"). PECR reg
  // 22(3)(c): a simple means of refusing; ICO direct marketing guidance: replying is one.
  /\b(?:shout|give (?:us|me) a (?:shout|bell|ring|call)|ping (?:us|me)|drop (?:us|me) a (?:note|message|text|line))\b[^.!?\n]{0,60}\b(?:we|i)(?:'ll| will)\s+(?:leave you (?:be|alone)\b|take you off\b|remove you from\b|stop (?:them|these|sending|messaging|emailing|texting|writing|contacting|the (?:e-?mails|texts|offers|letters|messages))\b|stop\s*(?:[.!,;]|$)|(?:not|never) (?:contact|e-?mail|text|write to|message|send you|bother) )/,
];

/**
 * A way out that costs the customer a letter, a form, a visit, a signature or a premium-rate call. PECR reg 22(3)(c)
 * asks for "a simple means of refusing", free but for the cost of sending the refusal; UK GDPR Art 7(3) makes
 * withdrawing consent as easy as giving it and Art 12(2) has us make the right to object easy to use; the ICO's
 * direct marketing guidance gives replying, an unsubscribe link and texting STOP as the simple means. So "If you'd
 * rather not receive offers, please write to our Head Office" offers no easy opt-out (lead's mutation set 16,
 * session 39), while the same letter offered beside a reply ("just reply, or write to us if you prefer") does.
 */
const HARD_OPT_OUT_ROUTE =
  /\b(?:write|send (?:us )?a letter|post (?:a|your|the) (?:request|letter|form))\b(?! back)[^.!?\n]{0,40}\b(?:head office|office|address|department|team|officer|dpo|registered)\b|\bin writing\b|\bby (?:post|letter|recorded delivery|fax)\b|\bsigned (?:letter|request|form)\b|\b(?:fill in|fill out|complete|download|print(?: out)?)\b[^.!?\n]{0,25}\bform\b|\b(?:call|ring|phone|telephone)\b[^.!?\n]{0,25}\b(?:09\d|087\d|084\d|070\d|118\s?\d)|\bin (?:person|store|branch)\b|\b(?:proof of|copy of your) (?:id|identity|passport|address)\b/;
const EASY_OPT_OUT_ROUTE =
  /\b(?:reply|replying|click|tap|text|tell (?:us|me)|let (?:us|me) know|just say|say so|e-?mail (?:us|me)|message (?:us|me)|drop (?:us|me)|write back|link|button)\b/;

/**
 * Does a marketing message give the customer an easy way to opt out? One sentence offering the way out must not
 * leave it to a burdensome route only (HARD_OPT_OUT_ROUTE).
 */
export function mentionsOptOut(text: string): boolean {
  const t = text.toLowerCase().replace(/[’]/g, "'");
  if (!OPT_OUT_PATTERNS.some((re) => re.test(t))) return false;
  const sentences = t.split(/(?<=[.!?])\s+|\n+/);
  return sentences.some((s, i) => {
    const withNext = `${s} ${sentences[i + 1] ?? ""}`;
    if (!OPT_OUT_PATTERNS.some((re) => re.test(s) || re.test(withNext))) return false;
    // The opt-out sentence, and the next one when the way out is said there ("Don't want these? Write to…").
    const route = OPT_OUT_PATTERNS.some((re) => re.test(s)) ? s : withNext;
    return !HARD_OPT_OUT_ROUTE.test(route) || EASY_OPT_OUT_ROUTE.test(route);
  });
}

/** The message speaks of opting out, but only by a burdensome route (HARD_OPT_OUT_ROUTE): for the feedback. */
export function optOutOnlyTheHardWay(text: string): boolean {
  const t = text.toLowerCase().replace(/[’]/g, "'");
  return OPT_OUT_PATTERNS.some((re) => re.test(t)) && !mentionsOptOut(text);
}

/** The marketing channel of a message sent on a CRM channel ("phone" from an adviser is a live call). */
export function marketingChannelOf(channel: string): MarketingChannel | null {
  switch (channel) {
    case "email":
    case "sms":
    case "post":
      return channel;
    case "phone":
      return "live_call";
    default:
      return null;
  }
}
