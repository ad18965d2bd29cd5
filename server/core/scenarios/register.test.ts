import { describe, expect, it } from "vitest";
import { textSpeakIn } from "./register";

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
