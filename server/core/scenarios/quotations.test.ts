import { describe, expect, it } from "vitest";
import { quotedSpans, webAddressSpans } from "./quotations";

const quoted = (text: string) => quotedSpans(text).map((q) => text.slice(q.start, q.end));

describe("quotedSpans", () => {
  it("finds words in double quotes, straight or curly, and in single quotes", () => {
    expect(quoted('You said: "When will my first bag arrive?" It arrives Friday.')).toEqual([
      "When will my first bag arrive?",
    ]);
    expect(quoted("You wrote “I’m fed up” and I understand.")).toEqual(["I’m fed up"]);
    expect(quoted("Your email said 'it stopped working' yesterday.")).toEqual(["it stopped working"]);
  });

  it("does not read apostrophes as quotes", () => {
    expect(quoted("It hasn't arrived and our customers' orders are late.")).toEqual([]);
    expect(quoted("I'm sorry it's late; we'll refund it.")).toEqual([]);
  });
});

describe("webAddressSpans", () => {
  const links = (text: string) => webAddressSpans(text).map((q) => text.slice(q.start, q.end));
  it("finds addresses with a scheme, with www, or a domain with a path, without a closing full stop", () => {
    expect(links("Here: https://hearthandbean.co.uk/help/coarse-ground. Thanks")).toEqual([
      "https://hearthandbean.co.uk/help/coarse-ground",
    ]);
    expect(links("see www.example.com today")).toEqual(["www.example.com"]);
    expect(links("(hearthandbean.co.uk/new)")).toEqual(["hearthandbean.co.uk/new"]);
  });
  it("leaves a bare domain, an email address and ordinary words alone", () => {
    expect(links("Visit hearthandbean.co.uk or email help@hearthandbean.co.uk.")).toEqual([]);
    expect(links("It arrives in 2-3 working days, e.g. by Friday.")).toEqual([]);
    expect(links("Half and/or whole beans; 1.5/2 kg")).toEqual([]);
  });
});
