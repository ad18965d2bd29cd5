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

describe("acceptance said to end the complaint for good (round 20 A, returns-r20-closes-it-for-good)", () => {
  it("finds taking the remedy said to close the complaint for good or leave nothing to chase elsewhere", () => {
    expect(
      rightsWaiversIn(
        "Accepting the refund closes your complaint for good, so there won't be anything more to chase with us, your bank or anyone else.",
      ),
    ).toHaveLength(1);
    expect(
      rightsWaiversIn("Once you've received the replacement, that settles the matter once and for all."),
    ).toHaveLength(1);
    expect(
      rightsWaiversIn(
        "By taking this refund there's nothing left to pursue with Trading Standards or the ombudsman.",
      ),
    ).toHaveLength(1);
  });
  it("but not our own admin, the same denied, or a reassurance with no acceptance", () => {
    expect(rightsWaiversIn("Once you've accepted the replacement, I'll close the case.")).toEqual([]);
    expect(
      rightsWaiversIn(
        "Accepting the refund doesn't close your complaint for good: you can always come back to us.",
      ),
    ).toEqual([]);
    expect(
      rightsWaiversIn(
        "There's nothing else for you to chase with your bank: the refund goes straight back to your card.",
      ),
    ).toEqual([]);
    expect(
      rightsWaiversIn("If you accept the replacement, I'll close the case once it's delivered."),
    ).toEqual([]);
  });
});
