import { describe, expect, it } from "vitest";
import { consentRequestIn } from "./consent-request";
import { promotes } from "./promotion";

describe("a request to opt back in to marketing (ICO: a consent request is marketing; PECR reg 22; UK GDPR Art 21(3))", () => {
  it("reads the ask in its everyday forms, as a question or with a call to act now", () => {
    for (const t of [
      "We've had some lovely new things come in since, so would you like to hear about them again? Just reply YES and I'll switch your emails back on.",
      "Could we tempt you to opt back in to our emails? Just reply yes and I'll sort it.",
      "If you've changed your mind, just reply 'yes please' and we'll add you back to our mailing list.",
      "Fancy getting our offers again? Tap the link below.",
      "Would you like to resubscribe to our newsletter?",
      "Shall I turn the newsletter back on for you?",
    ]) {
      expect(consentRequestIn(t), t).not.toBeNull();
      expect(promotes(t, null), t).toBe(true);
    }
  });
  it("leaves alone a confirmed objection, her right told, her own question answered and service messages", () => {
    for (const t of [
      "Just to confirm: your request to stop all marketing is still on your record, so you won't get any offers from us by email, text, phone or post. You don't need to do anything.",
      "We won't send you offers again.",
      "You can opt back in at any time by replying to this email.",
      "If you ever change your mind, just let us know.",
      "You asked how to opt back in: just reply to this email and we'll switch the newsletter back on.",
      "I've switched your delivery texts back on as you asked.",
      "Shall I turn your delivery texts back on?",
      "We've taken you off the mailing list and you won't hear from us again about offers.",
    ])
      expect(consentRequestIn(t), t).toBeNull();
  });
  it("reads an ask elsewhere in a message that also answers her own question about something else", () => {
    // Session 43 review: "you asked…" anywhere used to clear the whole message.
    const t =
      "You asked about the delivery date: your order leaves us on Monday. While I'm here, would you like to hear about our offers again? Just reply YES.";
    expect(consentRequestIn(t)).not.toBeNull();
    expect(
      consentRequestIn(
        "You asked whether you could opt back in. Yes: just reply to this email and we'll switch the newsletter back on.",
      ),
    ).toBeNull();
  });
  it("does not read words in quotation marks as the learner's ask", () => {
    expect(
      consentRequestIn('The old template said "would you like to opt back in? Just reply YES".'),
    ).toBeNull();
  });
});
