import { describe, expect, it } from "vitest";
import { normaliseText } from "./matching";
import { someoneElseAt } from "./someone-else";

const at = (text: string, word: string) => {
  const n = normaliseText(text);
  return someoneElseAt(n, n.indexOf(word));
};

describe("the answer's service done by someone else (red-team round 27 B, onboarding-r27-get-them-ground-at-a-cafe)", () => {
  it("reads another business or person doing it, or the customer sent to ask them", () => {
    const cafe =
      "Since you don't have a grinder, most independent cafés will happily grind them for you if you pop in with the bag – just ask for a cafetière grind.";
    expect(at(cafe, "grind them")).toBe(true);
    expect(at(cafe, "cafetiere grind")).toBe(true);
    expect(at("A local coffee shop can grind them coarse for you.", "coarse")).toBe(true);
    expect(at("Take the bag to your local supermarket and ask for a coarse grind.", "coarse")).toBe(true);
  });
  it("leaves alone our own grinding, and a café named only as a comparison", () => {
    expect(at("We'll grind them coarse for your cafetière.", "coarse")).toBe(false);
    expect(at("Our roaster grinds them coarse, just right for a cafetière.", "coarse")).toBe(false);
    expect(at("Like the café down the road, we grind them coarse for a cafetière.", "coarse")).toBe(false);
    expect(at("You asked whether they come ground: we'll send them coarse ground.", "coarse")).toBe(false);
    expect(at("Someone will send you a copy of your data soon.", "copy")).toBe(false);
    expect(at("You can ask for your money back, or keep it with a price reduction.", "money back")).toBe(
      false,
    );
  });
});
