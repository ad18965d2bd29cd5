import { describe, expect, it } from "vitest";
import { hypotheticalApologies } from "./hypothetical-apology";

// Round 27 B (redB): sorrow about a hypothesis is not an apology. My own wordings.
describe("an apology only imagined", () => {
  it.each([
    "I would be sorry if the late parcels were the reason you stopped ordering.",
    "We'd hate to think our courier was what drove you away.",
    "I'd be sad to learn that the delay spoiled the birthday.",
    "We would be really sorry to hear that the toaster let you down.",
  ])("reads %s", (text) => {
    expect(hypotheticalApologies(text)).toHaveLength(1);
  });

  it.each([
    "I'm sorry to hear the parcels were late, and I'm sorry the mugs missed the birthday.",
    "I'd like to say sorry for the three late deliveries.",
    "I'd be happy to check your next order myself.",
    "I am sorry that nobody explained what went wrong.",
    "Would you be sorry to see the subscription go?",
  ])("leaves %s", (text) => {
    expect(hypotheticalApologies(text)).toHaveLength(0);
  });
});
