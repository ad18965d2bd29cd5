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

  // Round 31's held-out miss, mended by kind (its file is spent as a held-out measure). The time limit runs
  // from receipt of the request and may wait only on the information necessary to confirm identity: UK GDPR
  // Art 12(2) (facilitate the right), Art 12(6) (only additional information necessary to confirm identity);
  // ICO "Right of access" guidance (when the time limit starts; proportionate ID only).
  it("reads a document named in one sentence and referred to in the next by another word", () => {
    for (const text of [
      "We ask everyone for a copy of their driving licence and a recent bank statement. As soon as the documents reach us we'll register the request.",
      "Please email over your passport and a council tax bill or utility bill. The clock on this won't start until we've got them.",
      "I need to see photo ID first. Once your ID is through I'll start preparing your copy.",
      "Our process needs a certified copy of your passport. When those have arrived the one-month period begins.",
      "A proof of address is also needed. I'll open your request once it's in.",
    ])
      expect(accessHeldBack(text).length, text).toBeGreaterThan(0);
  });

  it("leaves a reference alone when the sentence before names no document, rules one out, or nothing is made to wait", () => {
    for (const text of [
      // the sentence before names the details the law allows, not a document
      "You've given me your postcode and your last order number. Once those are checked I'll log your request.",
      // the document ruled out in the sentence before
      "Your passport isn't needed for this. Once that's confirmed the month starts today.",
      "You won't need a utility bill. When it's in we'll send your copy.",
      // a document named, but nothing held on it
      "If you ever send us a passport scan by mistake, we delete it. Once it's in our system it's removed within a day.",
      // the waiting clause is the only 'send' in the sentence
      "Some people post us a bank statement anyway. We shred them when you send them.",
      // a question
      "We don't ask for a passport. Would the month start once it's in?",
    ])
      expect(accessHeldBack(text), text).toEqual([]);
  });

  // Round 32 tuning (dp-r32-licence-then-it-goes-in), by kind: the request itself moved on only after a
  // document ("goes in", "is passed on", "put it through") holds the right back as the month or the copy
  // does (UK GDPR Art 12(2), 12(6); ICO "Right of access": the time limit runs from receipt of the request).
  it("reads the request itself moved on only after a document, named or referred back to", () => {
    for (const text of [
      "Our policy is to see a passport first. Your request will be passed to the privacy team after we get it.",
      "I'll put it through to the data people as soon as your proof of address is here.",
      "We need a birth certificate or a driving licence. Once those are with us, the request goes through.",
      "Your subject access request is on hold until your photo ID arrives.",
    ])
      expect(accessHeldBack(text).length, text).toBeGreaterThan(0);
  });

  it("leaves alone the request moved on with no document waited for", () => {
    for (const text of [
      "Your request goes in to the data protection team today, and the month starts now.",
      "Thanks, those details match. I'll pass it on to our privacy team straight away.",
      "You don't need a passport. Once you've confirmed your postcode, your request goes through.",
      "We shred any bank statement sent by mistake. Your request is logged already.",
    ])
      expect(accessHeldBack(text), text).toEqual([]);
  });
});
