import { describe, expect, it } from "vitest";
import { analyseMessage, explainMessage } from "./analyse-message";
import { RESPECT_VOICES } from "./corpus/respect-voices";
import { respectSplitForId } from "./corpus/respect-tune";
import { TONE_STRUCTURES } from "./respect-tone";

const BREACHES = ["blame", "dismissive", "calm_down"];
const breaches = (text: string) => analyseMessage(text).labels.filter((l) => BREACHES.includes(l));
/** The tone structures that fired, with the words they kept as evidence. */
const toneHits = (text: string) =>
  explainMessage(text)
    .spans.filter((s) => s.rules.some((r) => r.startsWith("meaning.tone.")))
    .map((s) => ({ rules: s.rules.filter((r) => r.startsWith("meaning.tone.")), text: s.text, why: s.why }));

// Seventh pass (README, "Respect by meaning: seventh pass"). Each line is my own wording of a structure, none a line of
// respect-voices.ts or any probe; the polite ones share the structure's words.
const CASES: { id: string; rude: string[]; polite: string[] }[] = [
  {
    id: "tone.judged-person",
    rude: [
      "Honestly, you're being a little dramatic about one missing scoop.",
      "Caller extremely impatient, wanted it sorted in five minutes.",
      "He was very demanding, so I ended the call.",
    ],
    polite: [
      "You're entitled to a full refund, and I've issued it.",
      "Customer is slow to reply by email, so I've also left a voicemail.",
      "You're not being demanding at all; it should have arrived on Tuesday.",
      "Customer finds the app difficult to use, so I placed the order for her.",
    ],
  },
  {
    id: "tone.compared-with-normal",
    rude: [
      "Every other customer manages to fit the filter without ringing us.",
      "Please just use the app like any sensible adult would.",
    ],
    polite: [
      "Most customers don't know the warranty needs registering, so I've done it for you.",
      "Lots of people find the filter fiddly, so here's a short video.",
    ],
  },
  {
    id: "tone.praise-then-contrary",
    rude: [
      "Brilliant, that's your sixth email about the same bag of beans.",
      "Lovely to hear from you, you've finally read the instructions.",
    ],
    polite: [
      "Great news, your refund went through this morning.",
      "Thanks for your two emails; I've answered both questions below.",
      "Thanks for bearing with us, I'm sorry it took five emails to sort.",
    ],
  },
  {
    id: "tone.told-you-before",
    rude: [
      "We've already explained this to you several times.",
      "She's been advised the same thing by two of us already.",
    ],
    polite: [
      "I've explained the refund steps below so you have them together.",
      "As I mentioned, the courier will collect on Thursday.",
    ],
  },
  {
    id: "tone.lecture",
    rude: [
      "In future, please read the product page before you order.",
      "Going forward, don't put the carafe in the dishwasher.",
    ],
    polite: [
      "In future, don't hesitate to ring us if anything goes wrong.",
      "Maybe check your spam folder, as our emails sometimes land there.",
    ],
  },
  {
    id: "tone.hindsight",
    rude: ["If you had just followed the descaling guide, none of this would have happened."],
    polite: ["If you have checked the fuse and it still won't boil, we'll replace it."],
  },
  {
    id: "tone.note-typed",
    rude: ["Mr Patel is one of those customers who complains about everything."],
    polite: ["Customer asked what type of grinder suits a French press; recommended the burr model."],
  },
  {
    id: "tone.scare-quotes",
    rude: ["Customer 'lost' the first replacement as well."],
    polite: ["Customer said the box was marked 'fragile' but arrived crushed."],
  },
  {
    id: "tone.emotion-is-the-problem",
    rude: ["Getting angry with the team won't get it to you any sooner."],
    polite: ["I can hear how angry you are, and you have every right to be."],
  },
  {
    id: "tone.cannot-make-it-clearer",
    rude: ["I don't know how to make this any simpler for you."],
    polite: ["I'm not sure what else could cause it, so I'm sending an engineer."],
  },
  {
    id: "tone.failure-named",
    rude: [
      "The leak is down to your failure to follow the descaling guide.",
      "Looks like somebody didn't check the size before ordering.",
    ],
    polite: ["Someone at our depot didn't check the label, so it went to the wrong address."],
  },
  {
    id: "tone.tautology",
    rude: ["It's a toaster, it toasts."],
    polite: ["It's a grinder with five settings, so it suits any brewer."],
  },
  {
    id: "tone.price-expectation",
    rude: ["Not sure what she thought she would get for £9.99."],
    polite: ["That's not what you expected for £40, and I've refunded it."],
  },
];

describe("respect by tone: structures composed from word classes (seventh pass)", () => {
  it("every structure has cases here", () => {
    const named = new Set(CASES.map((c) => c.id));
    for (const s of TONE_STRUCTURES.filter((s) => s.id !== "tone.doubted-claim"))
      expect(named).toContain(s.id);
  });

  for (const c of CASES) {
    it(`${c.id}: caught with its evidence and explanation; its look-alikes are not`, () => {
      for (const text of c.rude) {
        const hits = toneHits(text).filter((h) => h.rules.includes(`meaning.${c.id}`));
        expect(hits, text).toHaveLength(1);
        expect(hits[0]!.text.length, text).toBeGreaterThan(3);
        expect(text).toContain(hits[0]!.text);
        expect(hits[0]!.why).not.toMatch(/read by meaning: respect-meaning\.ts/);
        expect(breaches(text).length, text).toBeGreaterThan(0);
      }
      for (const text of c.polite) {
        expect(toneHits(text), text).toEqual([]);
        expect(breaches(text), text).toEqual([]);
      }
    });
  }

  it("a note's doubt after her claim is read; a doubt with no claim before it is not", () => {
    expect(toneHits("Says she never got the email. Likely story.").map((h) => h.rules)).toEqual([
      ["meaning.tone.doubted-claim"],
    ]);
    expect(toneHits("Parcel tracking shows delivered. Obviously.")).toEqual([]);
    expect(toneHits("Said the kettle trips the fuse. Sent a replacement today.")).toEqual([]);
  });

  it("respect-voices.ts: split by id hash; tune half mostly caught, no polite line accused by a structure", () => {
    for (const l of RESPECT_VOICES) expect(["tune", "held-out"]).toContain(respectSplitForId(l.id));
    const tune = RESPECT_VOICES.filter((l) => respectSplitForId(l.id) === "tune");
    const held = RESPECT_VOICES.filter((l) => respectSplitForId(l.id) === "held-out");
    const caught = (set: typeof tune) =>
      set.filter((l) => l.kind !== "polite" && breaches(l.text).length > 0).length;
    const tuneRude = tune.filter((l) => l.kind !== "polite").length;
    const heldRude = held.filter((l) => l.kind !== "polite").length;
    console.log(`respect voices: tune ${caught(tune)}/${tuneRude}, held-out ${caught(held)}/${heldRude}`);
    // Measured 9/31 and 7/29 before the structures, 30/31 and 16/29 after (README); floors, not targets.
    expect(caught(tune)).toBeGreaterThanOrEqual(29);
    expect(caught(held)).toBeGreaterThanOrEqual(15);
    for (const l of RESPECT_VOICES.filter((l) => l.kind === "polite"))
      expect(toneHits(l.text), l.text).toEqual([]);
  });
});
