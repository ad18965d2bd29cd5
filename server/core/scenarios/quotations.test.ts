import { describe, expect, it } from "vitest";
import { quotedSpans } from "./quotations";

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
