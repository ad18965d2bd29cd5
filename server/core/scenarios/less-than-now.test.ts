import { describe, expect, it } from "vitest";
import { analyseMessage } from "../analysis";
import { caseEvidenceSchema, readMessage } from "./case-evidence";
import { lessThanNowIn } from "./less-than-now";

// Priya has a 1kg bag every 30 days and asks for her beans less often or in a smaller bag.
const now = { grams: 1000, everyDays: 30 };
const reads = (s: string) => lessThanNowIn(s.toLowerCase(), now) !== null;

describe("lessThanNowIn: less than the customer has now, in any words (round 18 B)", () => {
  it("reads a smaller pack said as a weight or in words", () => {
    expect(reads("we do the espresso roast in a 250g bag too")).toBe(true);
    expect(reads("i can drop you down to 500 grams")).toBe(true);
    expect(reads("we could send you two little bags instead of one big one")).toBe(true);
    expect(reads("a quarter-kilo bag would stay fresh")).toBe(true);
    expect(reads("we could send less coffee each time")).toBe(true);
  });

  it("reads deliveries further apart, said as an interval or a comparison", () => {
    expect(reads("i can send it every five or six weeks")).toBe(true);
    expect(reads("once every 2 months might suit you")).toBe(true);
    expect(reads("i can space your deliveries further apart")).toBe(true);
    expect(reads("we can spread them out so you're not getting more than you drink")).toBe(true);
    expect(reads("we can send them not as often")).toBe(true);
    expect(reads("you could skip every other month")).toBe(true);
  });

  it("does not read the same amount, more, or more often", () => {
    expect(reads("we'll keep sending your 1kg bag every month")).toBe(false);
    expect(reads("our 2kg bag works out cheaper")).toBe(false);
    expect(reads("we could send it every two weeks")).toBe(false);
    expect(reads("every four weeks, as now")).toBe(false);
    expect(reads("it was lovely to hear from you")).toBe(false);
  });

  it("reads only what the customer's question is about: no weights without a pack size to compare", () => {
    expect(lessThanNowIn("a 250g bag", { everyDays: 30 })).toBeNull();
    expect(lessThanNowIn("every six weeks", { grams: 1000 })).toBeNull();
  });
});

describe("readMessage: a question that declares what the customer has now (round 18 B)", () => {
  const evidence = caseEvidenceSchema.parse({
    questions: [
      {
        id: "smaller",
        asks: "Could I have my beans less often, or in a smaller bag?",
        answers: ["500g"],
        wrong: ["2kg", "stock up"],
        lessThan: now,
      },
    ],
  });
  const answered = (text: string) =>
    readMessage(text, analyseMessage(text), evidence, "email").hits.some((h) => h.id === "smaller");

  it("credits an own-words answer the list lacks", () => {
    expect(
      answered(
        "We do the Espresso Roast in a 250g bag too, and I can space your deliveries further apart, every five or six weeks.",
      ),
    ).toBe(true);
    expect(answered("Two sealed half-bags instead of one big one? I can space the deliveries out.")).toBe(
      true,
    );
  });

  it("does not credit it negated, asked back, or beside a wrong answer", () => {
    expect(answered("I'm afraid we can't send them every six weeks.")).toBe(false);
    expect(answered("You asked whether we could send them every six weeks.")).toBe(false);
    expect(answered("Stock up with our 2kg bag and you can order every two months.")).toBe(false);
  });
});
