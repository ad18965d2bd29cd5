import { describe, expect, it } from "vitest";
import { emailQuotedLines, quotedSpans, webAddressSpans, withoutEmailQuotes } from "./quotations";
import { readLearnerText } from "./message-reading";

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

describe("an email reply's quoted thread (round 11 B)", () => {
  const reply =
    "Sorry to hear that David.\n\n> On 12 Nov, David wrote:\n  > My orders were late.\nThanks, Alex";
  it("finds every line that starts with >, and blanks them keeping the length", () => {
    expect(emailQuotedLines(reply).map((q) => reply.slice(q.start, q.end))).toEqual([
      "> On 12 Nov, David wrote:",
      "  > My orders were late.",
    ]);
    const own = withoutEmailQuotes(reply);
    expect(own.length).toBe(reply.length);
    expect(own).not.toContain("late");
    expect(own).toContain("Sorry to hear that David.");
    expect(emailQuotedLines("It costs > £10 and 5 > 3.")).toEqual([]);
  });
  it("an offer quoted from our earlier email does not make the reply an offer", () => {
    const quotedOffer =
      "Thanks David, glad to hear from you.\n\n> Here's 15% off your next order with code DAVID15.";
    expect(readLearnerText(quotedOffer).labels).not.toContain("offer");
    expect(
      readLearnerText("Thanks David. Here's 15% off your next order with code DAVID15.").labels,
    ).toContain("offer");
  });
});
