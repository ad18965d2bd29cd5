import { describe, expect, it } from "vitest";
import { sharedForMarketing } from "./data-sharing";

describe("sharedForMarketing: contact details handed to another business for its marketing (round 23 B)", () => {
  it("reads details passed on to a named firm, a partner or a third party so they can send offers (onboarding-r23-email-passed-to-roastery)", () => {
    expect(
      sharedForMarketing(
        "I've also passed your email address on to our friends at Hillside Roastery, who roast the House Blend for us, so they can send you their tasting notes and offers now and then.",
      ),
    ).toHaveLength(1);
    expect(
      sharedForMarketing(
        "We'll share your details with our partner companies, who may contact you with offers.",
      ),
    ).toHaveLength(1);
    expect(
      sharedForMarketing("I have given your number to a third party so they can text you about their deals."),
    ).toHaveLength(1);
  });

  it("leaves alone a refusal, a question or an offer to do it, the courier, and sharing with nobody", () => {
    expect(
      sharedForMarketing("We never pass your email address on to other companies for their offers."),
    ).toEqual([]);
    expect(
      sharedForMarketing(
        "Would you like us to pass your email to our friends at Hillside Roastery so they can send you their tasting notes?",
      ),
    ).toEqual([]);
    expect(
      sharedForMarketing(
        "If you'd like, I can pass your email on to our friends at Hillside Roastery so they can send you their news.",
      ),
    ).toEqual([]);
    expect(
      sharedForMarketing(
        "We pass your address to the courier, Royal Mail, so they can deliver your parcel and send you tracking.",
      ),
    ).toEqual([]);
    expect(sharedForMarketing("I've noted that you're happy to hear from us by email.")).toEqual([]);
  });
});
