import { describe, expect, it } from "vitest";
import { adviceAt } from "./advice-instead";
import { normaliseText } from "./matching";

const at = (text: string, word: string) => {
  const n = normaliseText(text);
  return adviceAt(n, n.indexOf(word));
};

describe("advice on another matter in place of what was asked (session 43 ruling, loyalty-r27-beans-keep-in-a-tin)", () => {
  it("reads storage tips and the goods said to keep that way, in the clause around the words", () => {
    const tin =
      "The good news is that beans keep their flavour for a couple of months in an airtight tin away from light, so the 1kg bag needn't go stale – a good canister is all you need.";
    expect(at(tin, "airtight")).toBe(true);
    expect(at(tin, "canister")).toBe(true);
    expect(
      at(
        "Top tip: split the bag into a few small jars and pop the ones you won't open in the freezer.",
        "freez",
      ),
    ).toBe(true);
    expect(at("Just keep them in an airtight tin and they'll be fine.", "airtight")).toBe(true);
  });
  it("leaves alone what was asked for, said beside a tip or in words like a tip's", () => {
    const both =
      "We can send it as a 500g bag every six weeks, so each bag is fresh when you open it; or, if you prefer the bigger bag, our airtight canister keeps beans fresh for much longer.";
    expect(at(both, "500g")).toBe(false);
    expect(at("A smaller bag keeps the beans fresher.", "smaller bag")).toBe(false);
    expect(at("We'll pop them in the post as a 500g bag every six weeks.", "500g")).toBe(false);
    expect(at("A 500g bag every six weeks is all you need.", "500g")).toBe(false);
    expect(at("We'll put it in a smaller bag for you.", "smaller bag")).toBe(false);
    expect(at("So you can have your money back, or keep it and have some money off.", "keep it")).toBe(false);
    expect(
      at("We'll grind them coarse for your cafetière, and keep them in an airtight tin.", "coarse"),
    ).toBe(false);
  });
});
