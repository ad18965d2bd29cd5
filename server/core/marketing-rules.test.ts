import { describe, expect, it } from "vitest";
import {
  hasObjected,
  judgeMarketing,
  marketingChannelOf,
  mentionsOptOut,
  type MarketingPermissions,
} from "./marketing-rules";

const none: MarketingPermissions = { consent: {} };

describe("email and SMS (PECR reg 22)", () => {
  it("needs consent or the soft opt-in", () => {
    expect(judgeMarketing(none, { channel: "email", offersOptOut: true }).lawful).toBe(false);
    const consented = judgeMarketing({ consent: { email: true } }, { channel: "email", offersOptOut: true });
    expect(consented).toMatchObject({ lawful: true, basis: "consent", optOutMissing: false });
    expect(judgeMarketing({ consent: { email: true } }, { channel: "sms", offersOptOut: true }).lawful).toBe(
      false,
    );
    expect(judgeMarketing({ consent: { sms: true } }, { channel: "sms", offersOptOut: true }).lawful).toBe(
      true,
    );
  });

  it("the soft opt-in holds only with an opt-out in the message and for similar products", () => {
    const p: MarketingPermissions = { consent: { email: false }, softOptIn: { email: true } };
    expect(judgeMarketing(p, { channel: "email", offersOptOut: true })).toMatchObject({
      lawful: true,
      basis: "soft opt-in",
    });
    const noOptOut = judgeMarketing(p, { channel: "email", offersOptOut: false });
    expect(noOptOut).toMatchObject({ lawful: false, optOutMissing: true });
    expect(noOptOut.explanation).toMatch(/reg 22\(3\)\(c\)/);
    expect(judgeMarketing(p, { channel: "email", offersOptOut: true, similarProducts: false }).lawful).toBe(
      false,
    );
    expect(judgeMarketing(p, { channel: "sms", offersOptOut: true }).lawful).toBe(false);
  });

  it("consent without an opt-out is lawful but flags the missing opt-out", () => {
    expect(
      judgeMarketing({ consent: { email: true } }, { channel: "email", offersOptOut: false }),
    ).toMatchObject({
      lawful: true,
      optOutMissing: true,
    });
  });
});

describe("live and automated calls (PECR regs 19, 21)", () => {
  it("a live call to a number not on the TPS, from someone who has not objected, is lawful without consent", () => {
    expect(judgeMarketing(none, { channel: "live_call", offersOptOut: false })).toMatchObject({
      lawful: true,
      basis: "no TPS registration or objection",
    });
  });

  it("a TPS-registered number needs specific consent; an objection ends calls", () => {
    const tps = judgeMarketing(
      { consent: {}, tpsRegistered: true },
      { channel: "live_call", offersOptOut: true },
    );
    expect(tps.lawful).toBe(false);
    expect(tps.explanation).toMatch(/Telephone Preference Service/);
    expect(
      judgeMarketing(
        { consent: { phone: true }, tpsRegistered: true },
        { channel: "live_call", offersOptOut: true },
      ).lawful,
    ).toBe(true);
    expect(
      judgeMarketing({ consent: {}, objections: ["phone"] }, { channel: "live_call", offersOptOut: true })
        .lawful,
    ).toBe(false);
  });

  it("automated calls need consent to automated calls", () => {
    expect(
      judgeMarketing({ consent: { phone: true } }, { channel: "automated_call", offersOptOut: true }).lawful,
    ).toBe(false);
    expect(
      judgeMarketing({ consent: { automated_call: true } }, { channel: "automated_call", offersOptOut: true })
        .lawful,
    ).toBe(true);
  });
});

describe("post (outside PECR: UK GDPR legitimate interests and the right to object)", () => {
  it("a letter needs no consent, but stops when the person objects", () => {
    expect(judgeMarketing(none, { channel: "post", offersOptOut: true })).toMatchObject({
      lawful: true,
      basis: "legitimate interests",
    });
    expect(
      judgeMarketing({ consent: {}, objections: ["post"] }, { channel: "post", offersOptOut: true }).lawful,
    ).toBe(false);
  });
});

describe("objections and removal requests override consent on every channel (UK GDPR Art 21(3), Art 17(1)(c))", () => {
  it.each(["email", "sms", "live_call", "automated_call", "post"] as const)("%s", (channel) => {
    const consent = { email: true, sms: true, phone: true, automated_call: true, post: true };
    expect(judgeMarketing({ consent, objections: ["all"] }, { channel, offersOptOut: true }).lawful).toBe(
      false,
    );
    const removed = judgeMarketing(
      { consent, removeDetailsRequested: true },
      { channel, offersOptOut: true },
    );
    expect(removed.lawful).toBe(false);
    expect(removed.explanation).toMatch(/remove their details/);
  });

  it("an objection on one channel leaves the others", () => {
    const p: MarketingPermissions = { consent: { sms: true }, objections: ["email"] };
    expect(hasObjected(p, "email")).toBe(true);
    expect(judgeMarketing(p, { channel: "sms", offersOptOut: true }).lawful).toBe(true);
  });
});

describe("opt-out wording and channels", () => {
  it.each([
    ["Reply STOP to opt out.", true],
    ["If you'd rather not hear from us, just let us know and we'll stop.", true],
    ["If you'd rather not hear from us, just reply and let us know.", true],
    ["If you would rather not receive offers from us, just reply and let us know.", true],
    ["You can unsubscribe at any time.", true],
    ["Don't want to receive these emails? Update your marketing preferences.", true],
    ["If you don't want emails like this, just reply and tell us.", true],
    ["If you not want offers from us, reply and tell us.", true],
    ["If you prefer we not write to you with offers, tell us when you call and we stop.", true],
    ["If you'd prefer we didn't get in touch, just reply and tell me.", true],
    ["If you'd rather we didn't send offers, let me know.", true],
    ["Don't want emails like this? Just reply and say, and I'll stop them.", true],
    ["Rather not get offers from us? Just reply and let me know.", true],
    ["No longer want to hear from us? Reply and tell us.", true],
    // The way out said by what we will do (red-team round 22 B, win-back-r22-plain-no-stages-no-note).
    ["Not bothered? Just reply and we'll leave you be.", true],
    ["Say the word and we'll take you off the list.", true],
    ["Just reply and we won't email you again.", true],
    ["Not for you? Text back and I'll stop sending these.", true],
    // Said informally: a shout, a ping or a note, then our contact ending (red-team round 26 B; probes 12, 14).
    ["Shout if you'd rather we didn't email you offers and we'll stop, no problem.", true],
    [
      "Free delivery for three months on us. Shout if you'd rather we didn't email you offers and we'll stop.",
      true,
    ],
    [
      "Double points on your next order. Drop us a note if you'd prefer we didn't write, and we'll stop.",
      true,
    ],
    ["Not keen? Give us a bell and we'll take you off the list.", true],
    [
      "Here's 10% off your next order. Give us a shout if you need anything and we'll stop by with a sample.",
      false,
    ],
    ["Drop us a line if you'd rather we didn't grind the beans and we'll send them whole.", false],
    ["Give us a shout when you're ready to order and we'll stop the old subscription.", false],
    ["Just reply and we'll send it out today.", false],
    ["Let me know and we'll stop by the shop on Friday.", false],
    ["Reply and I'll leave you to enjoy your coffee with a free bag.", false],
    ["Don't want to miss out on offers? Just reply and tell me which beans you like.", false],
    ["Don't want the grinder? Just reply and let me know.", false],
    ["If you'd prefer the 500g bag, just reply and tell me.", false],
    ["If you don't want the grinder, just reply and tell us which beans you'd like.", false],
    ["If you want to hear about new coffees, just reply and tell us.", false],
    ["Please reply to let me know what you think.", false],
    ["Stop by our shop soon!", false],
    // Only a burdensome way out is no simple means of refusing (PECR reg 22(3)(c); lead, session 39).
    ["If you'd rather not receive offers from us, please write to our Head Office and allow 28 days.", false],
    ["To opt out, you'll need to fill in the form on our website and post it to us.", false],
    ["To unsubscribe, please send a signed letter to the Data Protection Officer.", false],
    ["To stop receiving these, call 0906 123 4567 (calls cost £1.50 a minute).", false],
    ["If you'd rather not hear from us, just reply, or write to us at our Head Office if you prefer.", true],
    ["To stop receiving these, call us on 0161 496 0000 or reply to this email.", true],
    ["To unsubscribe, click the link at the bottom of this email.", true],
    [
      "If you would prefer us not to write to you with offers, just tell us when you call and we will stop.",
      true,
    ],
  ])("%s → %s", (text, expected) => {
    expect(mentionsOptOut(text)).toBe(expected);
  });

  it("a message by phone is a live call; chat has no marketing channel", () => {
    expect(marketingChannelOf("phone")).toBe("live_call");
    expect(marketingChannelOf("post")).toBe("post");
    expect(marketingChannelOf("chat")).toBeNull();
  });
});
