import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { HELD_OUT_ROUND_2, HELD_OUT_SENTENCES } from "./corpus/hand-held-out";
import { LABELLED_SENTENCES } from "./corpus/hand-labelled";
import { parseDevSet } from "./evaluation";
import {
  asciiLower,
  LiteralFinder,
  LiteralIndex,
  LiteralScanner,
  LiteralTable,
  queryHolds,
  requiredLiterals,
  requiredQuery,
  requiredSpacedQuery,
  squeezeSpaces,
} from "./prefilter";
import { PHRASE_RULES } from "./rules";
import { normaliseText } from "./segment";

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

const DEV_SET_TEXTS = parseDevSet(
  readFileSync(fileURLToPath(new URL("./corpus/dev-set.jsonl", import.meta.url)), "utf8"),
).map((r) => r.text);

/** Whether `text` passes the spaced query of `pattern`, read as the analyser reads it (null: no condition). */
function passesSpaced(pattern: RegExp, text: string): boolean {
  const query = requiredSpacedQuery(pattern);
  if (query === null) return true;
  const squeezed = squeezeSpaces(asciiLower(text));
  return queryHolds(query, (l) => squeezed.includes(l));
}

describe("requiredSpacedQuery (speed only: words that must stand together)", () => {
  it("keeps the words either side of required whitespace together, whatever the whitespace", () => {
    const p = /\b(?:isn't|is\s+not|not)\s+(?:our|my)\s+fault\b/i;
    expect(requiredSpacedQuery(p)).toEqual({
      any: ["isn't our fa", "isn't my fau", "is not our f", "is not my fa", "not our faul", "not my fault"],
    });
    for (const t of [
      "It is NOT our fault.",
      "not\n\nour \t fault",
      "isn't\u00a0my  fault",
      "IS  NOT MY FAULT",
    ])
      expect(passesSpaced(p, t), t).toBe(true);
    // Each word is there (requiredQuery would run the pattern), but never together.
    expect(passesSpaced(p, "Not my kettle, but our fault lies elsewhere.")).toBe(false);
  });

  it("reads optional characters and groups both ways, and ends a literal at anything else", () => {
    expect(requiredSpacedQuery(/\bapologi[sz]e\b/i)).toBe("apologi");
    expect(requiredSpacedQuery(/\bthanks?\s+(?:so\s+)?much\b/i)).toEqual({
      any: ["thank much", "thank so muc", "thanks much", "thanks so mu"],
    });
    expect(requiredSpacedQuery(/\bcalm\s*down\b/i)).toEqual({ all: ["calm", "down"] });
    expect(requiredSpacedQuery(/\w+\s+\d+/i)).toBeNull();
  });

  it("asks nothing of a case-sensitive or unicode pattern (requiredQuery's words stay its query)", () => {
    expect(requiredSpacedQuery(/\bRMA\s+number\b/)).toBeNull();
    expect(requiredSpacedQuery(/\bnot\s+our\s+fault\b/iu)).toBeNull();
  });

  it("never hides a real match of a phrase rule", () => {
    const examples = [...LABELLED_SENTENCES, ...HELD_OUT_SENTENCES, ...HELD_OUT_ROUND_2].map((e) => e.text);
    const texts = [...examples, ...DEV_SET_TEXTS.filter((_, i) => i % 10 === 0), examples.join(" ")];
    // The same texts with the whitespace between words changed (line breaks, doubled spaces, no-break spaces).
    const spaced = texts.map((t, i) => t.replace(/ /g, ["\n", "  ", "\u00a0", " \t "][i % 4] ?? " "));
    const hidden: string[] = [];
    for (const rule of PHRASE_RULES) {
      if (requiredSpacedQuery(rule.pattern) === null) continue;
      const re = new RegExp(rule.pattern.source, rule.pattern.flags.replace("g", ""));
      for (const raw of [...texts, ...spaced]) {
        const norm = normaliseText(raw);
        if (re.test(norm) && !passesSpaced(rule.pattern, norm))
          hidden.push(`${rule.id} on ${JSON.stringify(raw)}`);
      }
    }
    expect(hidden).toEqual([]);
  });
});

describe("LiteralScanner and LiteralTable (one pass for every literal)", () => {
  it("finds exactly what includes finds", () => {
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const alphabet = "abcab c'\u2019\u00e9\ud83d\ude00xyz.\n";
    const word = (n: number) =>
      Array.from({ length: n }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join("");
    const literals = [...new Set(Array.from({ length: 300 }, () => word(1 + Math.floor(rnd() * 5))))];
    // Every third literal shares a number with the one before it (a group of spellings).
    const outs = literals.map((_, i) => (i % 3 === 2 ? i - 1 : i));
    const scanner = new LiteralScanner(
      literals.map((literal, i) => ({ literal, out: outs[i]! })),
      literals.length,
    );
    const wrong: string[] = [];
    for (let t = 0; t < 500; t++) {
      const text = word(Math.floor(rnd() * 60));
      const scan = scanner.scan(text);
      const present = new Set(outs.filter((_, j) => text.includes(literals[j]!)));
      for (let i = 0; i < literals.length; i++)
        if (scanner.found(outs[i]!, scan) !== present.has(outs[i]!))
          wrong.push(`${JSON.stringify(literals[i])} in ${JSON.stringify(text)}`);
    }
    expect(wrong).toEqual([]);
  });

  it("answers each place as the text is there", () => {
    const table = new LiteralTable();
    const q = [
      table.add("our fault", "lower"),
      table.add("our fault", "squeezed"),
      table.add("RMA", "text"),
      table.add({ any: ["refund", "replace"] }, "lower"),
      table.add("sorry", "lower"),
    ];
    const check = (text: string, expected: boolean[]) => {
      const lower = asciiLower(text);
      const index = new LiteralIndex(lower);
      try {
        const has = table.reader(text, lower, index);
        expect(
          q.map((n) => n.holds(has)),
          text,
        ).toEqual(expected);
      } finally {
        index.release();
      }
    };
    check("Our\n fault: your rma; a REPLACEMENT", [false, true, false, true, false]);
    check("our fault, RMA sent, so SORRY", [true, true, true, false, true]);
  });

  // Session 45 (speed): the squeezed text is read without being built, the respect cues are found by a
  // LiteralFinder, and a rule's query is first asked of the scan alone (`trigger`, `foundAll`).
  const random = (start: number) => {
    let seed = start;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const alphabet = "abcab c'\u2019\u00e9xyz.\n\t\u00a0\u2028  ";
    return (n: number) =>
      Array.from({ length: n }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join("");
  };

  it("reads the squeezed text as squeezeSpaces builds it", () => {
    const word = random(11);
    const literals = [...new Set(Array.from({ length: 200 }, (_, i) => squeezeSpaces(word(1 + (i % 6)))))];
    const scanner = new LiteralScanner(
      literals.map((literal, out) => ({ literal, out })),
      literals.length,
    );
    const wrong: string[] = [];
    for (let t = 0; t < 400; t++) {
      const text = word(t % 70);
      const squeezed = scanner.scan(text, true);
      const found = literals.map((_, i) => scanner.found(i, squeezed));
      const built = scanner.scan(squeezeSpaces(text));
      literals.forEach((l, i) => {
        if (found[i] !== scanner.found(i, built) || found[i] !== squeezeSpaces(text).includes(l))
          wrong.push(`${JSON.stringify(l)} in ${JSON.stringify(text)}`);
      });
    }
    expect(wrong).toEqual([]);
  });

  it("LiteralFinder answers and lists exactly what includes finds", () => {
    const word = random(5);
    const literals = ["", ...Array.from({ length: 250 }, (_, i) => word(1 + (i % 6)))];
    const finder = new LiteralFinder(literals);
    const wrong: string[] = [];
    for (let t = 0; t < 400; t++) {
      const text = word(t % 80);
      finder.scan(text);
      const hits = new Set(finder.hits.slice(0, finder.hitCount));
      literals.forEach((l, id) => {
        if (finder.has(id) !== text.includes(l) || hits.has(id) !== text.includes(l))
          wrong.push(`${JSON.stringify(l)} in ${JSON.stringify(text)}`);
      });
    }
    expect(wrong).toEqual([]);
  });

  it("never rules out by the scan alone a rule whose query holds", () => {
    const table = new LiteralTable();
    const rules = PHRASE_RULES.map((rule) => {
      const { query, caseInsensitive } = requiredQuery(rule.pattern);
      const node = query === null ? null : table.add(query, caseInsensitive ? "lower" : "text");
      const spaced = requiredSpacedQuery(rule.pattern);
      const together = spaced === null ? null : table.add(spaced, "squeezed");
      return { node, together, trigger: [node, together].map((n) => (n === null ? null : table.trigger(n))) };
    });
    expect(rules.filter((r) => r.trigger.some((t) => t !== null)).length).toBeGreaterThan(
      PHRASE_RULES.length / 2,
    );
    const texts = [...LABELLED_SENTENCES.map((e) => e.text), ...DEV_SET_TEXTS.slice(0, 600)];
    const wrong: string[] = [];
    let ruledOut = 0;
    for (const raw of texts) {
      const text = normaliseText(raw);
      const lower = asciiLower(text);
      const index = new LiteralIndex(lower);
      try {
        const has = table.reader(text, lower, index);
        rules.forEach((r, i) => {
          [r.node, r.together].forEach((n, k) => {
            const trigger = r.trigger[k];
            if (n === null || trigger === null || trigger === undefined) return;
            if (!table.foundAll(trigger)) {
              ruledOut++;
              if (n.holds(has)) wrong.push(`${PHRASE_RULES[i]!.id}: ${raw}`);
            }
          });
        });
      } finally {
        index.release();
      }
    }
    expect(wrong).toEqual([]);
    expect(ruledOut).toBeGreaterThan(0);
  });
});
