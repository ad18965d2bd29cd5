import { describe, expect, it } from "vitest";
import { analyseMessage, explainMessage } from "./analyse-message";
import { plainReading } from "./plain-reading";
import { readableText } from "../scenarios/learner-spelling";
import { RESPECT_GENERALITY } from "./corpus/respect-generality";
import { RESPECT_HELD_OUT } from "./corpus/respect-held-out";
import { RESPECT_TUNE } from "./corpus/respect-tune";
import { TIMING_TEXT } from "./timing-text";

const RESPECT = ["blame", "dismissive", "calm_down"];
const respectOf = (text: string) => analyseMessage(text).labels.filter((l) => RESPECT.includes(l));

describe("plainReading", () => {
  it("takes out a filler after the customer, a negation or a copula, and maps back to the words as written", () => {
    const text = "Three late parcels isn't exactly the end of the world.";
    const plain = plainReading(text);
    expect(plain?.text).toBe("Three late parcels isn't the end of the world.");
    const at = plain!.text.indexOf("the end");
    expect(text.slice(plain!.toOriginal(at))).toMatch(/^the end of the world/);
  });

  it("takes out an opening marker (keeping the next word's capital) and a closing tag (keeping a full stop)", () => {
    expect(plainReading("Honestly, how did you manage that?")?.text).toBe("How did you manage that?");
    expect(plainReading("Well, that was clever of you lol")?.text).toBe("Well, that was clever of you.");
    expect(plainReading("I mean, some people tbh.")?.text).toBe("Some people.");
  });

  it("takes off an opening sorry-but, P.S., bullet, name, bracket or quotation mark, and joins a broken line", () => {
    expect(plainReading("Sorry but many thanks for waiting.")?.text).toBe("Many thanks for waiting.");
    expect(plainReading("P.S. Priya, you did it wrong.")?.text).toBe("You did it wrong.");
    expect(plainReading('("Well, that was clever of you.")')?.text).toBe("Well, that was clever of you.");
    expect(plainReading("Thanks,\nwhich I'm sure is endless.")?.text).toBe(
      "Thanks, which I'm sure is endless.",
    );
    expect(plainReading("Its not the end of the world.")?.text).toBe("It's not the end of the world.");
    // Interjections and endearments are the readers' cues, not names: they stay.
    expect(plainReading("Well, that was clever of you.")).toBeNull();
    expect(plainReading("Love, you put it in upside down.")).toBeNull();
  });

  it("leaves the readers' own cue words and text with no filler alone", () => {
    expect(plainReading("It's just a frother, and you only used it once.")).toBeNull();
    expect(plainReading("Did you even read the leaflet?")).toBeNull();
    // The analyser's timing reply says "really frustrating" after "be": not a filler this reads.
    expect(plainReading(TIMING_TEXT)).toBeNull();
  });
});

describe("a filler or a wrapping does not hide disrespect", () => {
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
    ["Many thanks for your fourth email today.", "Sorry but many thanks for your fourth email today."],
    [
      "Had she bothered to read the confirmation email she'd have seen the date.",
      "P.S. Had she bothered to read the confirmation email she'd have seen the date.",
    ],
    ["Genius here tried to descale it with bleach.", "- Genius here tried to descale it with bleach."],
    ["Genius here tried to descale it with bleach.", "(Genius here tried to descale it with bleach.)"],
    ["Genius here tried to descale it with bleach.", '"Genius here tried to descale it with bleach."'],
    ["Well, that was clever of you.", "Priya, well, that was clever of you."],
    [
      "Thank you for your patience, which I'm sure is endless.",
      "Thank you for your patience,\nwhich I'm sure is endless.",
    ],
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
    expect(span?.why).toMatch(/without the words around it/);
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
    "Sorry but I can't refund opened coffee unless it's faulty; yours is, so the refund is on its way.",
    "P.S. Priya, you did nothing wrong: the seal was faulty.",
    "- Refund of £44.99 to your Visa today\n- Courier collects the kettle on Friday",
    '(Your refund has gone through: "£44.99 to Visa ending 1188".)',
    "Aisha, its not your fault at all, the courier lost it.",
    "Thank you for your patience,\nand I'm sorry it took three emails.",
  ];
  for (const text of honest) it(`"${text}"`, () => expect(respectOf(text)).toEqual([]));
});

describe("robustness by kind: wrapping a line does not change its verdict", () => {
  // Every line of three respect corpora the analyser reads as it is written, wrapped by rule in each of the ways
  // a cheat or a hurried learner writes (session 44: "Sorry but" in front kept 399/660 breaches caught before
  // the plain reading). A breach must stay caught; an honest line may be flagged only if it already was.
  const lines = [...RESPECT_TUNE, ...RESPECT_HELD_OUT, ...RESPECT_GENERALITY];
  const flagged = (text: string) => respectOf(readableText(text).text).length > 0;
  const breaches = lines.filter((l) => l.kind !== "polite" && flagged(l.text)).map((l) => l.text);
  const honest = lines.filter((l) => l.kind === "polite" && !flagged(l.text)).map((l) => l.text);
  const lower = (s: string) => s[0]!.toLowerCase() + s.slice(1);
  const wrappings: [string, (s: string) => string][] = [
    ["'Sorry but' in front", (s) => `Sorry but ${lower(s)}`],
    ["'P.S.' in front", (s) => `P.S. ${s}`],
    ["a bullet", (s) => `- ${s}`],
    ["brackets", (s) => `(${s})`],
    ["quotation marks", (s) => `"${s}"`],
    ["a name in front", (s) => `Priya, ${lower(s)}`],
    ["'Honestly,' in front", (s) => `Honestly, ${lower(s)}`],
    ["'tbh' at the end", (s) => s.replace(/([.!?])?$/, " tbh$1")],
    ["a line break after the first comma", (s) => s.replace(/, /, ",\n")],
  ];
  it("has lines to wrap", () => {
    expect(breaches.length).toBeGreaterThan(150);
    expect(honest.length).toBeGreaterThan(120);
  });
  for (const [name, wrap] of wrappings) {
    it(name, () => {
      expect(breaches.filter((s) => !flagged(wrap(s)))).toEqual([]);
      expect(honest.filter((s) => flagged(wrap(s)))).toEqual([]);
    });
  }
});
