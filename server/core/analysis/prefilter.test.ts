import { describe, expect, it } from "vitest";
import { asciiLower, LiteralIndex, queryHolds, requiredLiterals, requiredQuery } from "./prefilter";

/** Whether `text` passes the query of `pattern`, read as the analyser reads it. */
function passes(pattern: RegExp, text: string): boolean {
  const { query, caseInsensitive } = requiredQuery(pattern);
  if (query === null) return true;
  const index = new LiteralIndex(asciiLower(text));
  try {
    return queryHolds(query, (l) => (caseInsensitive ? index.contains(l) : text.includes(l)));
  } finally {
    index.release();
  }
}

describe("requiredQuery (speed only: which rules can be skipped)", () => {
  it("needs every word of an alternative, and one alternative of a group", () => {
    const p = /\b(?:isn't|is\s+not|not)\s+our\s+fault\b/i;
    expect(requiredQuery(p).query).toEqual({ all: ["fault", "our", { any: ["isn't", "not"] }] });
    // The one-word list a pattern's frames still use is unchanged.
    expect(requiredLiterals(p).literals).toEqual(["fault"]);
    expect(passes(p, "It is NOT our fault.")).toBe(true);
    // "fault" and "not" are there but "our" is not: skipped (the one-word check ran the pattern).
    expect(passes(p, "Not my fault, it's the kettle.")).toBe(false);
  });

  it("keeps each top-level alternative's words apart", () => {
    const p = /\byou\s+get\s+what\s+you\s+pay\s+for\b|\bcalm\s+down\b/i;
    expect(passes(p, "Please calm down.")).toBe(true);
    expect(passes(p, "What did you get? I'll calm it.")).toBe(false);
  });

  it("derives nothing when a match needs no literal, and drops optional parts", () => {
    expect(requiredQuery(/\bL[1-3]\b/).query).toBeNull();
    expect(requiredQuery(/(?:sorry)?\s+thanks?/i).query).toBe("thank");
    expect(requiredQuery(/(?:sorry\s+)?(?=you)thanks/i).query).toBe("thanks");
  });

  it("is case-sensitive for a case-sensitive pattern", () => {
    expect(passes(/\bRMA\s+number\b/, "your RMA number")).toBe(true);
    expect(passes(/\bRMA\s+number\b/, "your rma number")).toBe(false);
  });
});
