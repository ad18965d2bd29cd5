import { describe, expect, it } from "vitest";
import { clauseAfter, clauseBefore } from "./clauses";

describe("clauseBefore", () => {
  const at = (text: string, word: string) => clauseBefore(text, text.indexOf(word));

  it("starts after the last comma, semicolon, colon or 'but'", () => {
    expect(at("We can't refund you, so we'll repair it", "repair")).toBe(" so we'll ");
    expect(at("We can't refund you but we can repair it", "repair")).toBe(" we can ");
    expect(at("Options: a repair", "repair")).toBe(" a ");
    expect(at("We can't refund you; a repair it is", "repair")).toBe(" a ");
  });

  it("is the whole text before the word when nothing breaks it", () => {
    expect(at("We can't refund you", "refund")).toBe("We can't ");
  });

  it("does not break inside a word that contains 'but'", () => {
    expect(at("The button is stuck and we can't refund", "refund")).toBe("The button is stuck and we can't ");
  });

  it("takes the breaks a reader adds", () => {
    const text = "We sent it on Monday. It arrives on Friday";
    expect(clauseBefore(text, text.indexOf("Friday"), /[.!?\n]/)).toBe(" It arrives on ");
    const joined = "we dispatched it and it arrives on Friday";
    expect(clauseBefore(joined, joined.indexOf("Friday"), /\band\b/)).toBe(" it arrives on ");
    expect(clauseBefore(joined, joined.indexOf("Friday"))).toBe(joined.slice(0, joined.indexOf("Friday")));
  });
});

describe("clauseAfter", () => {
  const from = (text: string, word: string) => clauseAfter(text, text.indexOf(word) + word.length);

  it("ends at the next comma, semicolon, colon or 'but'", () => {
    expect(from("Your cooling-off period doesn't apply, so a refund", "period")).toBe(" doesn't apply");
    expect(from("Your cooling-off period applies but not here", "period")).toBe(" applies ");
  });

  it("runs to the end when nothing breaks it", () => {
    expect(from("Your 14-day cooling-off period doesn't apply to a fault", "period")).toBe(
      " doesn't apply to a fault",
    );
  });

  it("takes the breaks a reader adds", () => {
    const text = "you're within the 30 days so you don't need a repair";
    expect(clauseAfter(text, text.indexOf("days") + 4, /\bso\b/)).toBe(" ");
  });
});
