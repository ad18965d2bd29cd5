import { describe, expect, it } from "vitest";
import { analyseMessage } from "./analyse-message";
import { foldObfuscation } from "./obfuscation";

const spanOf = (text: string, label: string) => analyseMessage(text).spans.find((s) => s.label === label);

describe("disguised rude words are read as the words they are, quoting what was written", () => {
  it.each([
    ["You're being s.t.u.p.i.d.", "dismissive", "You're being s.t.u.p.i.d"],
    ["You're being r-i-d-i-c-u-l-o-u-s.", "dismissive", "You're being r-i-d-i-c-u-l-o-u-s"],
    ["You're being stup1d.", "dismissive", "You're being stup1d"],
    ["You're being $tupid!", "dismissive", "You're being $tupid"],
    // Cyrillic "і" and "о" inside Latin words.
    ["You're being stup\u0456d.", "dismissive", "You're being stup\u0456d"],
    // Since respect's fourth pass the telling-off reads as a whole ("Stop moaning"), the disguise inside it.
    ["Stop m\u043eaning about it.", "dismissive", "Stop m\u043eaning"],
    ["What an 1d10t.", "dismissive", "1d10t"],
    ["Please c.a.l.m d.o.w.n.", "calm_down", "c.a.l.m d.o.w.n"],
    ["Please c a l m down.", "calm_down", "c a l m down"],
    ["Honestly, you are a t1me-waster.", "dismissive", "t1me-waster"],
  ])("%j is read", (text, label, quoted) => {
    const span = spanOf(text, label);
    expect(span?.text).toBe(quoted);
    expect(text.slice(span!.start, span!.end)).toBe(quoted);
  });

  it("the plain words were already read (what the fold restores)", () => {
    expect(analyseMessage("You're being stupid.").labels).toContain("dismissive");
    expect(analyseMessage("Please calm down.").labels).toContain("calm_down");
  });
});

describe("only disguised rude words are folded: addresses, prices, references and names stay as written", () => {
  it.each([
    "Email help@hearthandbean.co.uk or h.e.l.p@example.com",
    "That's £2.50 and £44.99, by 5pm, 10am or 24/7.",
    "Refs ORD-10234, KET-AURORA-17, DAVID15 and SKU AK-17X.",
    "See https://hearthandbean.co.uk/returns?id=1d10t or www.hearthandbean.co.uk/st.u.p.i.d",
    "U.K. R.S.V.P. e.g. i.e. a.m. p.m. B.B.C. and A-B-C, 1-2-3.",
    "\u041f\u0440\u0438\u0432\u0435\u0442, \u041e\u043b\u044c\u0433\u0430 (a Russian greeting and name).",
    "Our top 5 tips: 1st, 2nd, 3rd and 4th; gr8 news, W1A 1AA.",
    "I made a m.a.d.e-up word and x-x-x kisses.",
  ])("%j is unchanged", (text) => {
    const folded = foldObfuscation(text);
    expect(folded.unchanged).toBe(true);
    expect(folded.text).toBe(text);
  });

  it("a fold keeps every other span's offsets", () => {
    const text = "Hi Priya, you're being s.t.u.p.i.d, but I'm sorry the kettle broke. Thank you.";
    const a = analyseMessage(text);
    for (const s of a.spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(a.spans.find((s) => s.label === "thank")?.text).toBe("Thank you");
  });
});
