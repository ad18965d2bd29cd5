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
});
