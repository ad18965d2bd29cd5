import { describe, expect, it } from "vitest";
import { offeredAsMenu, wrongOptionWords } from "./menu-answer";
import { loadScenarioFile } from "./test-support";

// The onboarding grind question's own answers and wrong answers (scenarios/onboarding-new-subscriber.yaml).
const onboarding = loadScenarioFile("onboarding-new-subscriber");
const grind = onboarding.contacts[0]!.evidence!.questions.find((q) => q.id === "grind")!;
const wrong = wrongOptionWords(grind.answers, grind.wrong ?? []);
const loyalty = loadScenarioFile("loyalty-silent-defection");
const smaller = loyalty.contacts
  .find((k) => k.customerRef === "CUS-8101")!
  .evidence!.questions.find((q) => q.id === "smaller")!;
const wrongSize = wrongOptionWords(smaller.answers, smaller.wrong ?? []);

const menu = (s: string, word: string, words = wrong) => {
  const norm = s.toLowerCase();
  return offeredAsMenu(norm, norm.indexOf(word), words);
};

describe("a right answer offered only as one item of a menu with wrong options (red-team round 24 B)", () => {
  it("knows the wrong options from the question's own lists", () => {
    expect(wrong.has("whole")).toBe(true);
    expect(wrong.has("fine")).toBe(true);
    expect(wrong.has("coarse")).toBe(false);
    expect(wrong.has("ground")).toBe(false);
  });

  it("reads the menu that leaves him to choose", () => {
    expect(
      menu("we offer our beans whole or ground: coarse, medium or fine, the choice is yours!", "coarse"),
    ).toBe(true);
    expect(menu("beans come whole, coarse, medium or fine - just pick one when you log in.", "coarse")).toBe(
      true,
    );
    expect(menu("you can have them coarse / fine / whole, whatever you like.", "coarse")).toBe(true);
    // Held out: other scenario, other words (written before the reader was run on it).
    expect(menu("we do the espresso roast in 500g, 1kg or 2kg bags.", "500g", wrongSize)).toBe(true);
  });

  it("does not read an answer chosen for him, or a list with nothing wrong in it", () => {
    expect(menu("we'll grind them coarse for your cafetiere, rather than medium or fine.", "coarse")).toBe(
      false,
    );
    expect(menu("coarse is best for a cafetiere; we also do medium or fine", "coarse")).toBe(false);
    expect(menu("we'd recommend coarse, not medium or fine, for a cafetiere.", "coarse")).toBe(false);
    expect(menu("we'll send them coarse ground, ready for your cafetiere.", "coarse")).toBe(false);
    expect(menu("we can do coarse or medium, whichever you prefer.", "coarse")).toBe(false);
    // Held out: the loyalty answer with no wrong size in the list, and a remedy choice with no wrong list.
    expect(menu("we can do a 250g or 500g bag, whichever you like.", "500g", wrongSize)).toBe(false);
    expect(menu("a refund, a repair or a replacement: the choice is yours.", "refund", new Set())).toBe(
      false,
    );
  });
});

describe("a range joined by 'and' is a menu only when the choice is handed back (round 25 B)", () => {
  it("reads 'a, b and c… take your pick' with a wrong option in it (the r24 B held-out miss)", () => {
    expect(
      menu("the espresso roast comes in 500g, 1kg and 2kg bags, so take your pick.", "500g", wrongSize),
    ).toBe(true);
    expect(menu("we do whole, coarse and fine, it's up to you.", "coarse")).toBe(true);
  });

  it("does not read a range told with no choice handed back, one chosen for them, or nothing wrong in it", () => {
    expect(menu("we sell 500g, 1kg and 2kg bags.", "500g", wrongSize)).toBe(false);
    expect(
      menu(
        "we do 500g, 1kg and 2kg bags, and the 500g every six weeks would suit you best.",
        "500g",
        wrongSize,
      ),
    ).toBe(false);
    expect(menu("coarse and medium both work, take your pick.", "coarse")).toBe(false);
  });
});
