import { describe, expect, it } from "vitest";
import { oneSlipAway, speller, wordOfTheTrade } from "./spelling-correction";

describe("oneSlipAway", () => {
  it("makes every one-slip string: a letter missing, added, changed, or two swapped", () => {
    const v = oneSlipAway("cat");
    for (const s of ["at", "ct", "ca", "act", "cta", "bat", "cut", "cab", "scat", "cast", "cats"])
      expect(v.has(s), s).toBe(true);
    expect(v.has("cat")).toBe(false);
    expect(v.has("dog")).toBe(false);
    // 3 deletions + 2 swaps + 3x25 changes + 4x26 insertions, less the repeats ("caat" two ways).
    expect(v.size).toBeLessThanOrEqual(3 + 2 + 75 + 104);
  });

  it("counts a letter changed for one that sounds different as a less likely slip", () => {
    const v = oneSlipAway("realy");
    expect(v.get("really")).toBeGreaterThan(1); // a doubled "l" written once
    expect(v.get("reply")).toBeLessThan(1); // "a" changed for "p"
    expect(oneSlipAway("coarce").get("coarse")).toBe(1); // "c" for "s": written by sound
    expect(oneSlipAway("apolagise").get("apologise")).toBe(1); // vowel for vowel
  });

  it("counts a doubled letter written once, or a single one doubled, as the likeliest slip", () => {
    const v = oneSlipAway("arange");
    expect(v.get("arrange")).toBeGreaterThan(1); // an "r" written once
    expect(v.get("range")).toBe(1); // an "a" added
    expect(oneSlipAway("comming").get("coming")).toBeGreaterThan(1);
    expect(oneSlipAway("kettle").get("ketle")).toBeGreaterThan(1);
    expect(oneSlipAway("kettle").get("kettl")).toBe(1); // a last letter missing is no doubling
  });
});

describe("speller (a small vocabulary)", () => {
  it("reads a doubled letter written once as the doubled word, though another word is as near", () => {
    const readSlips = speller({
      words: { arrange: 12, range: 8 },
      englishNeighbours: [],
      names: [],
      slang: [],
    });
    expect(readSlips("arange")).toBe("arrange");
  });

  const read = speller({
    words: { kettle: 40, refund: 30, stopped: 20, stored: 2, reply: 50, really: 5, liar: 3 },
    englishNeighbours: ["settle", "kettles"],
    names: ["liam"],
    slang: ["shouty"],
  });

  it("reads a slip as the word of the trade", () => {
    expect(read("kettel")).toBe("kettle");
    expect(read("refnd")).toBe("refund");
    expect(read("stoped")).toBe("stopped"); // ten times as common as "stored"
  });

  it("leaves English words, names, words of the trade and short words alone", () => {
    expect(read("settle")).toBeNull();
    expect(read("liam")).toBeNull();
    expect(read("kettle")).toBeNull();
    expect(read("rfnd")).toBeNull(); // two slips
    expect(read("ket")).toBeNull();
  });

  it("leaves the slang the respect readers read alone, which would otherwise be 'corrected' (session 46)", () => {
    const vocabulary = { words: { shout: 10 }, englishNeighbours: [], names: [] };
    expect(speller({ ...vocabulary, slang: [] })("shouty")).toBe("shout");
    expect(speller({ ...vocabulary, slang: ["shouty"] })("shouty")).toBeNull();
    for (const w of ["shouty", "gobby", "mardy", "arsey"]) expect(wordOfTheTrade(w)).toBeNull();
  });

  it("leaves a word alone when no reading is clearly likelier", () => {
    // "really" (an "l" missing: 5) against "reply" (a letter changed by sound unlike: 50 x 0.2 = 10).
    expect(read("realy")).toBeNull();
  });
});

describe("wordOfTheTrade (the shipped vocabulary)", () => {
  it("reads slips learners make in this trade's words", () => {
    const slips: Record<string, string> = {
      refnd: "refund",
      kettel: "kettle",
      undrestand: "understand",
      replacment: "replacement",
      frustating: "frustrating",
      inconveniance: "inconvenience",
      unsubscibe: "unsubscribe",
      acessibility: "accessibility",
      paitence: "patience",
    };
    for (const [slip, word] of Object.entries(slips)) expect(wordOfTheTrade(slip), slip).toBe(word);
  });

  it("never reads an English word or a scenario's name as another word", () => {
    for (const w of ["settle", "form", "remote", "reply", "liam", "priya", "ravi", "aisha", "tomasz", "woke"])
      expect(wordOfTheTrade(w), w).toBeNull();
  });
});

// Probe, session 43: every "word" was read, however long; a 3,990-letter one made about 215,000
// strings of 4 KB and took 4-5 s of the server's thread per learner message.
describe("a word too long to be any word of the trade misspelt", () => {
  it("is left alone at once, while the longest words of the trade are still read one slip either way", () => {
    const read = speller({
      words: { disproportionate: 4, kettle: 40 },
      englishNeighbours: [],
      names: [],
      slang: [],
    });
    expect(read("disproportionatte")).toBe("disproportionate"); // one letter added: longest + 1
    expect(read("disproportionat")).toBe("disproportionate"); // one letter missing
    for (const word of ["x".repeat(3990), "abcdefghijklmnopqrstuvwxyz".repeat(153)]) {
      // Processor time, not wall time: on a shared machine the wall clock measures the others too.
      const started = process.cpuUsage();
      expect(wordOfTheTrade(word)).toBeNull();
      expect(read(word)).toBeNull();
      const used = process.cpuUsage(started);
      // Under 1 ms now; 2-5 s each before.
      expect((used.user + used.system) / 1000, `${word.length} letters`).toBeLessThan(100);
    }
  });
});
