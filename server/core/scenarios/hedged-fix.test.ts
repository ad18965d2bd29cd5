import { describe, expect, it } from "vitest";
import { hedgedAt } from "./hedged-fix";
import { normaliseText } from "./matching";

const at = (text: string, word: string) => {
  const n = normaliseText(text);
  return hedgedAt(n, n.indexOf(word));
};

describe("a fix said as a maybe (red-team round 27 B, win-back-r27-tracked-48-maybe-next-year)", () => {
  it("reads a possibility considered, a vague time or a condition on others' demand", () => {
    expect(
      at(
        "We may well look at moving deliveries to Royal Mail Tracked 48 at some point next year, if enough customers ask for it.",
        "tracked 48",
      ),
    ).toBe(true);
    expect(at("We might consider a new courier in the future.", "new courier")).toBe(true);
    expect(at("Switching to Tracked 48 is something we could look into one day.", "tracked 48")).toBe(true);
    expect(at("We'd move to Royal Mail if there's enough demand.", "royal mail")).toBe(true);
  });
  it("leaves alone a fix done or promised, a condition about his own order, and a date", () => {
    expect(at("We've since moved our deliveries to Royal Mail Tracked 48.", "tracked 48")).toBe(false);
    expect(at("If your next order is late, I'll send it next-day at our cost.", "next-day")).toBe(false);
    expect(at("From next month every parcel goes by Royal Mail Tracked 48.", "tracked 48")).toBe(false);
    expect(
      at("I'll keep an eye on your next order myself, and we've moved to Tracked 48.", "keep an eye"),
    ).toBe(false);
  });
});
