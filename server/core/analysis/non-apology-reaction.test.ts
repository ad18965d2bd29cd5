import { describe, expect, it } from "vitest";
import { analyseMessage } from "./analyse-message";

// Round 30 (rules helper). Sorry for how the customer took it, not for what went wrong: the guide's
// non_apology row (README: "sorry for the customer's view or reaction… the customer's verdict on the
// product, 'sorry you found it not up to scratch'"). Two readings were missing: the reaction said by its
// negated opposite or behind "sorry to hear" ("Sorry to hear you weren't happy with Bean Bot",
// review-r30-sorry-you-werent-happy), and the product found hard going ("We're sorry you found Bean Bot
// tricky", the lead's ASK). The sentences below were written fresh for these tests, not taken from the
// attempts.
const labelsOf = (t: string) => analyseMessage(t).labels;

describe("sorry for the customer's finding or reaction: a non-apology", () => {
  it.each([
    "We're sorry you found the app a bit fiddly.",
    "I'm sorry that you found our checkout confusing at times.",
    "Sorry you found the instructions difficult to follow.",
    "Sorry you found the booking page not very user-friendly.",
    "I'm sorry to learn you weren't satisfied with the grinder.",
    "We're sorry to hear you aren't pleased with your new frother.",
    "I'm sorry to hear you were frustrated with our website.",
    "Sorry to hear you weren’t impressed by the tracking page.",
  ])("%j", (text) => {
    const labels = labelsOf(text);
    expect(labels).toContain("non_apology");
    expect(labels).not.toContain("apologise");
  });
});

// The lead's own case (the ASK): read as a real apology before round 30.
it('"We\'re sorry you found Bean Bot tricky" is a non-apology; "We\'re sorry Bean Bot was so tricky" is an apology', () => {
  expect(labelsOf("We're sorry you found Bean Bot tricky.")).toContain("non_apology");
  expect(labelsOf("We're sorry you found Bean Bot tricky.")).not.toContain("apologise");
  expect(labelsOf("We're sorry Bean Bot was so tricky.")).toContain("apologise");
  expect(labelsOf("We're sorry Bean Bot was so tricky.")).not.toContain("non_apology");
});

describe("look-alikes: sorry for what happened, or the fault owned (a real apology)", () => {
  it.each([
    "I'm sorry you found a tricky rattle in the box when it arrived.",
    "Sorry the app was so fiddly: that's on us, and I've passed it to the team.",
    "I'm sorry you found it hard to get through to us on Saturday.",
    "I'm sorry to hear you weren't told about the delay.",
    "I'm sorry you weren't kept up to date about the delivery.",
    "I'm sorry to hear the grinder arrived broken.",
    "We're sorry our instructions were so confusing.",
  ])("%j", (text) => {
    const labels = labelsOf(text);
    expect(labels).toContain("apologise");
    expect(labels).not.toContain("non_apology");
  });
});
