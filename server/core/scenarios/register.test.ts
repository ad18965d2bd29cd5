import { describe, expect, it } from "vitest";
import { registerSlipsIn, statuteCitationsIn, textSpeakIn } from "./register";

const words = (text: string) => textSpeakIn(text).map((w) => w.text);

describe("textSpeakIn", () => {
  it("finds the abbreviations of a text message as whole words", () => {
    expect(words("soz ur kettle aint heating, thx for letting us know. u will get it tmrw")).toEqual([
      "soz",
      "ur",
      "aint",
      "thx",
      "u",
      "tmrw",
    ]);
  });

  it("leaves misspellings, ordinary words and words inside other words alone", () => {
    expect(words("Im really sory, we appologise. Your U-bend, our urn, a cosy luvverly plug.")).toEqual([]);
    expect(words("You're covered: I'll send a new one today. Thank you, please reply.")).toEqual([]);
  });

  it("does not read the customer's words quoted back, or an email's quoted thread", () => {
    expect(words('You said "pls sort it tmrw" and I will.\n> thx, sent from my phone')).toEqual([]);
  });
});

describe("registerSlipsIn: emoji and sign-off kisses (red-team round 13 A)", () => {
  const slips = (text: string) => registerSlipsIn(text).map((w) => [w.kind, w.text]);

  it("finds emoji (one per sequence) and kisses closing a line, with text-speak, in order", () => {
    expect(slips("So so sorry 🙏🙏 that is not OK.\nTake care,\nAlex xx ☕")).toEqual([
      ["emoji", "🙏"],
      ["emoji", "🙏"],
      ["kisses", "xx"],
      ["emoji", "☕"],
    ]);
    expect(slips("thx hun 🤷‍♀️")).toEqual([
      ["text-speak", "thx"],
      ["text-speak", "hun"],
      ["emoji", "🤷‍♀️"],
    ]);
  });

  it("leaves an x inside a line, ticks, stars and the customer's quoted emoji alone", () => {
    expect(slips("We'll send 2 x 500g bags. ✓ Refund issued. ★★★★★")).toEqual([]);
    expect(slips('You wrote "so fed up 😡" and I\'m sorry.')).toEqual([]);
    expect(slips("Kind regards,\nMax")).toEqual([]);
  });
});

describe("statuteCitationsIn: provisions cited by number (red-team round 13 A)", () => {
  const cited = (text: string) => statuteCitationsIn(text).map((w) => w.text);
  it("finds sections, regulations and articles with their sub-paragraphs", () => {
    expect(cited("Under section 24(5), s.24(10) and regulation 29, and Article 15(3)(b).")).toEqual([
      "section 24(5)",
      "s.24(10)",
      "regulation 29",
      "Article 15(3)(b)",
    ]);
  });
  it("leaves numbers that are not provisions, and the customer's quoted words, alone", () => {
    expect(cited("Your order 24 of 5 bags arrives in 3 days; see the kettle section of our site.")).toEqual(
      [],
    );
    expect(cited('You wrote "under section 24 I want a refund", and you are right.')).toEqual([]);
  });
});
