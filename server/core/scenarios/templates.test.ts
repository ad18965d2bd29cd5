import { describe, expect, it } from "vitest";
import { isTemplatePair, shuffledCopies, similarity, templateKey } from "./templates";

const names = ["Helen", "Carter", "Chloe", "Adams"];
const key = (t: string) => templateKey(t, names);

describe("template detection", () => {
  it("the same text with the name and one product noun swapped is a template", () => {
    const a = key(
      "Hi Helen, we miss you at Hearth & Bean! It's been a while, so here's 15% off your next order of coffee with code BACK15. We'd love to see you again soon.",
    );
    const b = key(
      "Hi Chloe, we miss you at Hearth & Bean! It's been a while, so here's 20% off your next order of toasters with code CHLOE20. We'd love to see you again soon.",
    );
    expect(similarity(a, b)).toBeGreaterThan(0.6);
    expect(isTemplatePair(a, b)).toBe(true);
  });

  it("two genuinely personal messages are not", () => {
    const a = key(
      "Hello Helen, your Crema One and Burr Pro were made for our Espresso Roast, and it's been a few months since your last bag.",
    );
    const b = key(
      "Hello Chloe, I hope the Halo toaster we swapped for you last year is still doing a grand job. Here's something for your next order.",
    );
    expect(isTemplatePair(a, b)).toBe(false);
  });

  it("short messages never match on a few shared words, and names are removed only as whole words", () => {
    expect(isTemplatePair(key("Thanks, Helen!"), key("Thanks, Chloe!"))).toBe(false);
    expect(key("Adamson Street").shingles.size).toBe(0);
    expect(key("Adamson Street is lovely today").tokens).toBe(5);
  });

  it("invisible characters inside words do not make copies of one template different messages (round 8 B)", () => {
    const text = (name: string, thing: string) =>
      `Hi ${name}, we've missed you! As one of our most valued customers, we'd love to see you back for more of your favourite ${thing}. Here's double loyalty points on your next order, just for you.`;
    const hide = (t: string, words: string[]) =>
      words.reduce((s, w) => s.replace(w, `${w.slice(0, 2)}\u200B${w.slice(2)}`), t);
    const a = key(
      hide(text("Helen", "Espresso Roast"), ["missed", "valued", "favourite", "loyalty", "points", "order"]),
    );
    const b = key(
      hide(text("Chloe", "kitchen kit"), ["love", "customers", "double", "next", "most", "back"]),
    );
    expect(isTemplatePair(a, b)).toBe(true);
  });

  // Session 42 (redB): a stock letter reshuffled for several customers, read over the whole set of
  // messages (shuffledCopies). My own wordings, not the round-26 file's.
  describe("a stock letter reshuffled for several customers (message set)", () => {
    const five = ["Helen", "Chloe", "Fatima", "Grace", "David"];
    const set = (texts: string[]) =>
      shuffledCopies(texts.map((t, i) => ({ ref: `C${i}`, key: templateKey(t, five) })));
    const shuffled = [
      "Hello Helen. Your favourite Espresso Roast is back on the shelves. Thanks for being part of the Hearth & Bean family. Use WINTER10 for 10% off anything before Friday. Hope to hear from you soon. Reply STOP to opt out.",
      "Hello Chloe. Thanks so much for being part of the Hearth & Bean family! Use WINTER10 to get 10% off anything before Friday. Your favourite toaster is back on the shelves. Hope to hear from you soon. Unsubscribe with the link below.",
      "Hi Fatima, hope to hear from you again soon. Your favourite Crema Duo pods are back on the shelves: use WINTER10 for 10% off anything before Friday. Thanks for being part of the Hearth & Bean family. Reply STOP to opt out.",
      "Dear Grace, thanks for being part of the Hearth & Bean family. Hope to hear from you soon, and use WINTER10 for 10% off anything before Friday. Your favourite decaf is back on the shelves. Just tell us if you'd rather not get offers by post.",
      "Hi David! Use WINTER10 for 10% off anything before Friday. Your favourite mugs are back on the shelves. Thanks for being part of the Hearth & Bean family, and hope to hear from you soon. Reply STOP to opt out.",
    ];

    it("each copy is read as a template, though pairs of copies share few shingles", () => {
      const keys = shuffled.map((t) => templateKey(t, five));
      expect(isTemplatePair(keys[0]!, keys[1]!)).toBe(false);
      expect([...set(shuffled)].sort()).toEqual([0, 1, 2, 3, 4]);
    });

    it("three customers are enough; two are left to the pairwise check", () => {
      expect([...set(shuffled.slice(0, 3))].sort()).toEqual([0, 1, 2]);
      expect(set(shuffled.slice(0, 2)).size).toBe(0);
    });

    it("five personal replies sharing a greeting, the offer line, a sign-off and the opt-out are not", () => {
      const offer = "Here's 15% off your next order with code BACK15, valid until the end of the month.";
      const sign = "Warm regards, Sam at Hearth & Bean.";
      const personal = [
        `Hi Helen, it's Sam at Hearth & Bean. I hope the Crema One is still pulling good shots and that the Espresso Roast suited it. ${offer} ${sign} Reply STOP to opt out.`,
        `Hi Chloe, it's Sam at Hearth & Bean. We were glad to sort out your Halo toaster last spring, and we've missed seeing your orders. ${offer} ${sign} Unsubscribe any time with the link below.`,
        `Hi Fatima, it's Sam at Hearth & Bean. Are you running low on beans for the Crema Duo? Our new Colombian has gone down well with other Duo owners. ${offer} ${sign} Reply STOP to opt out.`,
        `Dear Grace, it's Sam at Hearth & Bean. Your House Blend and decaf can still be ordered by phone, as you always have, and delivery is on us for three months. ${offer} ${sign} Just tell us when you call if you'd rather not get letters.`,
        `Hi David, it's Sam at Hearth & Bean. I know the last few deliveries let you down, and I'd like to hear how things have been before anything else. ${offer} ${sign} Reply STOP to opt out.`,
      ];
      expect(set(personal).size).toBe(0);
    });

    it("three stock lines around a short personal sentence are not a copy; a follow-up to the same customer does not count", () => {
      const stock = (name: string, own: string) =>
        `Hi ${name}, it's Sam at Hearth & Bean. ${own} Here's 15% off your next order with code BACK15, valid until the end of the month. We'd love to see you back soon. Reply STOP to opt out.`;
      expect(
        set([
          stock("Helen", "I hope the Crema One is still making you great coffee every morning."),
          stock("Chloe", "I'm glad the replacement Halo toaster has behaved itself since last spring."),
          stock("Fatima", "The new Colombian beans suit a Crema Duo well, if you fancy a change."),
        ]).size,
      ).toBe(0);
      const same = shuffled.slice(0, 3).map((t) => ({ ref: "C0", key: templateKey(t, five) }));
      expect(shuffledCopies(same).size).toBe(0);
    });
  });
});
