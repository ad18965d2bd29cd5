import { describe, expect, it } from "vitest";
import { analyseMessage, explainMessage } from "./analyse-message";
import { withoutHedges } from "./hedges";
import { TIMING_TEXT } from "./timing-text";

const RESPECT = ["blame", "dismissive", "calm_down"];
const respectOf = (text: string) => analyseMessage(text).labels.filter((l) => RESPECT.includes(l));

describe("withoutHedges", () => {
  it("takes out a filler after the customer, a negation or a copula, and maps back to the words as written", () => {
    const text = "Three late parcels isn't exactly the end of the world.";
    const plain = withoutHedges(text);
    expect(plain?.text).toBe("Three late parcels isn't the end of the world.");
    const at = plain!.text.indexOf("the end");
    expect(text.slice(plain!.toOriginal(at))).toMatch(/^the end of the world/);
  });

  it("takes out an opening marker (keeping the next word's capital) and a closing tag (keeping a full stop)", () => {
    expect(withoutHedges("Honestly, how did you manage that?")?.text).toBe("How did you manage that?");
    expect(withoutHedges("Well, that was clever of you lol")?.text).toBe("Well, that was clever of you.");
    expect(withoutHedges("I mean, some people tbh.")?.text).toBe("Some people.");
  });

  it("leaves the readers' own cue words and text with no filler alone", () => {
    expect(withoutHedges("It's just a frother, and you only used it once.")).toBeNull();
    expect(withoutHedges("Did you even read the leaflet?")).toBeNull();
    // The analyser's timing reply says "really frustrating" after "be": not a filler this reads.
    expect(withoutHedges(TIMING_TEXT)).toBeNull();
  });
});

describe("a filler does not hide disrespect", () => {
  // Each pair: the plain wording (caught before this pass) and the same words with a filler in.
  const pairs: [string, string][] = [
    ["We're not your personal assistants.", "We're not exactly your personal assistants."],
    [
      "How did you manage to break the lid in the first place?",
      "How did you actually manage to break the lid in the first place?",
    ],
    ["Well, that was clever of you.", "Well, that was clever of you lol"],
    ["Well, that was clever of you.", "Honestly, well, that was clever of you."],
    ["Best of luck with that.", "Best of luck with that lol"],
  ];
  for (const [plain, hedged] of pairs) {
    it(`"${hedged}"`, () => {
      expect(respectOf(plain)).not.toEqual([]);
      expect(respectOf(hedged)).not.toEqual([]);
    });
  }

  it("quotes the learner's own words as evidence and says it read past the filler", () => {
    const text = "Thanks for your email. How did you actually manage to break the lid in the first place?";
    const span = explainMessage(text).spans.find((s) => s.label === "blame");
    expect(span?.text).toContain("you actually manage");
    expect(text.slice(span!.start, span!.end)).toBe(span!.text);
    expect(span?.why).toMatch(/without its filler words/);
  });
});

describe("an honest message with fillers is judged as it would be without them", () => {
  const honest = [
    "I'm really sorry, you honestly shouldn't have had to chase us.",
    "You're actually right, it should never have left the warehouse like that.",
    "Honestly, you did everything right; the fault is ours.",
    "It's really not your fault at all, the seal was faulty tbh.",
    "You put the filter in upside down, but honestly, don't worry, it happens to everyone; the diagram is confusing.",
    "Three late parcels in a row really isn't good enough, and I'm sorry lol",
  ];
  for (const text of honest) it(`"${text}"`, () => expect(respectOf(text)).toEqual([]));
});
