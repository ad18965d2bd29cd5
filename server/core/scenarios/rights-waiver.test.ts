import { describe, expect, it } from "vitest";
import { rightsWaiversIn } from "./rights-waiver";

describe("rightsWaiversIn: the remedy traded for dropping the complaint (CRA 2015 s.31)", () => {
  it.each([
    "By accepting this you agree not to take the matter any further with us or anyone else.",
    "This refund is offered in full and final settlement of your complaint.",
    "In return we'd ask you to drop the complaint.",
    "Please confirm you won't take this to Trading Standards and I'll process the refund.",
    "On condition that you withdraw your claim, we'll replace it.",
    "By accepting, you waive any further claims against us.",
    "You agree never to post about this online.",
    // lead's mutation set 12, C74
    "Once this goes through we'll treat the matter as closed and won't be able to look at any further complaints about it.",
    "After the refund we can't accept any more complaints on this order.",
  ])("finds %s", (text) => {
    expect(rightsWaiversIn(text)).toHaveLength(1);
  });

  it.each([
    "If you're not happy, you can take this further with Trading Standards or Citizens Advice.",
    "This doesn't affect your statutory rights.",
    "We won't take any further action on the account.",
    "You don't have to agree to anything to get your refund.",
    "Nobody will ask you to drop your complaint.",
    "If you'd like to take it further, I can escalate it to my manager.",
    "Please confirm the refund has arrived so I can close the case.",
    'Some shops say "you agree not to take it further", but we never would.',
    "This doesn't mean we won't look at any further complaints: just reply if anything else goes wrong.",
    "We won't need any further information from you.",
    "I can't see any further claims on your account.",
  ])("leaves alone %s", (text) => {
    expect(rightsWaiversIn(text)).toEqual([]);
  });
});
