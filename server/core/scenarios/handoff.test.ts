import { describe, expect, it } from "vitest";
import { mentionsHandoffToPerson } from "./handoff";

describe("mentionsHandoffToPerson: a customer passed to a person, in any words (round 17 A)", () => {
  it("reads the hand-off in the learner's own words as well as the model's", () => {
    for (const t of [
      "Bean Bot gives customers no way to get put through to our advisers – Tom tried 3 times.",
      "Bean Bot never passes a customer on to an adviser, even when they ask.",
      "Bean Bot should put them straight through to the live team with the chat so far.",
      "Could it transfer people to a member of staff when they ask?",
      "Bean Bot has no hand-off to a person.",
      "There's no option to speak to someone from the chat.",
    ])
      expect(mentionsHandoffToPerson(t), t).toBe(true);
  });

  it("not a problem passed to a team that fixes it, a refund put through, or talk of a courier", () => {
    for (const t of [
      "I've passed the chatbot problem to our digital team so that it gets fixed.",
      "I've passed what happened with the bot to the team who run it.",
      "Refund put through today.",
      "Duplicate subscription payment refunded.",
      "I'll speak to the courier about it.",
    ])
      expect(mentionsHandoffToPerson(t), t).toBe(false);
  });
});
