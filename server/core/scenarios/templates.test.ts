import { describe, expect, it } from "vitest";
import { isTemplatePair, similarity, templateKey } from "./templates";

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
});
