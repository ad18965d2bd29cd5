import { describe, expect, it } from "vitest";
import { accessNarrowedFirst } from "./sar-narrowing";

// Round 26 B: a subject access request held until she narrows it to a part of her data (UK GDPR Art 15(1),
// 15(3), Art 12(2)-(3); ICO "Right of access"). Even-numbered probes of r26b-probes.ts and the round's
// playthrough; odd probes are held out and not quoted here.
describe("accessNarrowedFirst: her request held until she picks a part, or given a part at a time", () => {
  it.each([
    "Thank you, Helen, that all matches. So the team can keep it manageable, could you first let me know which part you're after: your orders, your contact details or the marketing side? They'll make a start as soon as you've picked one, and I'll make sure it's logged with the data protection lead.",
    "Which bits of your data do you need: orders, contact details or emails? We can only get going when you've chosen.",
    "We can only look out one area at a time, so tell me whether you'd like your orders or your marketing history first.",
    "Let us know which records you want and we'll start the search once you've decided.",
  ])("reads %s", (text) => {
    expect(accessNarrowedFirst(text).length).toBeGreaterThan(0);
  });

  it.each([
    // Everything still coming; a part first is only a preference.
    "You'll get a full copy of everything we hold by 14 December. If there's one part you'd like first, tell me and I'll ask the team to start there.",
    // Narrowing ruled out.
    "You don't need to narrow it down or pick anything: we'll send you all of it, and where it came from.",
    // A choice of something else, with no narrowing of her data asked for.
    "Once you've picked a delivery day, we'll send the beans out.",
    // The identity details the law allows before the month runs.
    "The month starts once you've given me your postcode and the number of your last order.",
    // A question on its own.
    "Which part of your data matters most to you?",
    // Quoted, not said.
    "Some shops say \"we'll only start once you've picked which part of your data you want\", but we send everything.",
  ])("does not read %s", (text) => {
    expect(accessNarrowedFirst(text)).toEqual([]);
  });
});
