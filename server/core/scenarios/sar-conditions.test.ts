import { describe, expect, it } from "vitest";
import { accessHeldBack } from "./sar-conditions";

describe("accessHeldBack: a subject access request held until she sends a document (round 25 B; UK GDPR Art 12(6))", () => {
  it("reads the month or the clock made to wait on a document, and her copy released only once one arrives", () => {
    for (const text of [
      "For the data team to release a full copy they'll also want a scan of your passport or driving licence; the 40-day period the Data Protection Act gives us starts once that's in.",
      "The month only starts once your proof of address arrives.",
      "Our one-month deadline begins when a copy of your utility bill reaches us.",
      "We can only send it out once we've seen a certified copy of your birth certificate.",
      "The team won't start processing it until your photo ID is through.",
    ])
      expect(accessHeldBack(text).length, text).toBeGreaterThan(0);
  });

  it("leaves alone the details the law allows, a document ruled out, a wrong period told, a question and quotation", () => {
    for (const text of [
      "The month runs once you've told me your postcode and last order, which you have.",
      "We'll send your copy once we've checked your postcode and order number.",
      "You won't need your passport or anything like that before we send it.",
      "You'll get it within 40 days.",
      "Requests like this take up to two months.",
      "Does the month start once I send my passport?",
      'Some firms say "the clock starts once your passport arrives", but we don\'t.',
    ])
      expect(accessHeldBack(text), text).toEqual([]);
  });
});
