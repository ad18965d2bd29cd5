import { describe, expect, it } from "vitest";
import { foldLookalikes, readableText, spansToOriginal } from "./learner-spelling";
import { normaliseText } from "./matching";
import { readLearnerText } from "./message-reading";

describe("learner spelling, read for meaning", () => {
  it("reads common misspellings and text-speak as the words they stand for", () => {
    expect(readableText("im really sory, i appologise. ive refund u").text).toBe(
      "I'm really sorry, i apologise. I've refund you",
    );
    expect(readableText("thx, it shud be with u tomoro").text).toBe("thanks, it should be with you tomorrow");
  });

  it("reads 'u' with its contraction as 'you' with it, so a remark written so is read (session 44)", () => {
    expect(readableText("u've put it in upside down, u're sure? U'll see, u’d better check").text).toBe(
      "you've put it in upside down, you're sure? You'll see, you'd better check",
    );
    expect(readLearnerText("Oh no, love. u've put it in upside down.").labels).toContain("blame");
    // Not a word that only starts with u: "u'n" is nothing we read, and "you've" is left as written.
    expect(readableText("you've got it, u'n").text).toBe("you've got it, u'n");
  });

  it("reads 'would of' as would have and 'had of' as had, only before a past participle (session 45)", () => {
    expect(readableText("u shud of told us, she must of dropped it, they could of sent it").text).toBe(
      "you should have told us, she must have dropped it, they could have sent it",
    );
    expect(readableText("if you had of read it").text).toBe("if you had  read it");
    // Blame written with the slip is read as blame, quoted on the learner's own words.
    const slip = readLearnerText("if you had of read the email properly youd know the code expired");
    expect(slip.labels).toContain("blame");
    expect(slip.spans.find((s) => s.label === "blame")?.text).toMatch(/had of read/);
    // "of" that is English stays: no participle after it, or no such verb before it.
    for (const text of [
      "we could of course send another",
      "that's the idea I had of it",
      "the best we had of the old stock",
      "a lot of checked shirts",
    ])
      expect(readableText(text).text).toBe(text);
    // Contractions without their apostrophe that are no English word.
    expect(readableText("just cos you wernt in, youd know, shes sure, we wouldve").text).toBe(
      "just because you weren't in, you'd know, she's sure, we would've",
    );
  });

  it("reads text-speak days that open with a digit, so a timeframe spelt that way is still one (gaps, 5 Dec)", () => {
    const text = "new one goes out 2day, u will get it 2moro or 2Nite at the latest, or tmw";
    const r = readableText(text);
    expect(r.text).toBe(
      "new one goes out today, you will get it tomorrow or tonight at the latest, or tomorrow",
    );
    expect(text.slice(r.toOriginal(r.text.indexOf("tomorrow")))).toMatch(/^2moro/);
    // Not inside a number or a longer word.
    expect(readableText("a 12day wait, 2days").text).toBe("a 12day wait, 2days");
    expect(readLearnerText("ill send it 2day").labels).toContain("timeframe");
    expect(readLearnerText("ur new kettle will be with u 2moro").labels).toContain("timeframe");
  });

  it("reads common dyslexic misspellings of the words a reply turns on, and leaves real words alone (round 8 B)", () => {
    expect(readableText("You will recieve a coppy of all the persnal infomation by 14th Desember").text).toBe(
      "You will receive a copy of all the personal information by 14th December",
    );
    expect(readableText("I can only talk about an acount with the acount holder").text).toBe(
      "I can only talk about an account with the account holder",
    );
    // Offers sounded out (round 15 B, loyalty-r15-dyslexic-priya): still an offer.
    expect(readableText("you'll get dubble loyalty points on your next order").text).toBe(
      "you'll get double loyalty points on your next order",
    );
    expect(
      readLearnerText("As a thank you, you'll get dubble loyalty points on your next order.").labels,
    ).toContain("offer");
    // Real words, however likely as slips ("form" for "from", "were" for "where"), are not rewritten.
    const real = "were we got it form, witch is aloud";
    expect(readableText(real).text).toBe(real);
  });

  it("leaves real words, capitals used as initials, and correct text alone", () => {
    const t = "Please send your ID. Ill health, its lid, lets see. Plan U and N. I'm sorry.";
    const r = readableText(t);
    expect(r.unchanged).toBe(true);
    expect(r.text).toBe(t);
  });

  it("maps offsets in the readable text back onto the learner's own words", () => {
    const original = "hi priya im so sory about ur kettle";
    const r = readableText(original);
    const at = r.text.indexOf("sorry");
    const [span] = spansToOriginal(original, r, [{ label: "x", start: at, end: at + 5, text: "sorry" }]);
    expect(span!.text).toBe("sory");
    expect(original.slice(r.toOriginal(r.text.indexOf("kettle")))).toBe("kettle");
  });

  it("an apology misspelt is still an apology, with the learner's words as evidence", () => {
    const text = "im really sory, i appologise that its let you down";
    const a = readLearnerText(text);
    expect(a.labels).toContain("apologise");
    for (const s of a.spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(a.spans.some((s) => s.label === "apologise" && /sory|appologise/.test(s.text))).toBe(true);
  });

  it("reads words with zero-width characters hidden inside them as the customer sees them", () => {
    const plain = "Linda, calm down please, it's only a coffee machine.";
    const hidden = "Linda, c\u200Balm d\u200Bown please, it's o\u2060nly a coffee\u00AD machine.";
    const seen = readLearnerText(plain);
    const read = readLearnerText(hidden);
    expect(seen.labels.length).toBeGreaterThan(0);
    expect(read.labels).toEqual(seen.labels);
    // Spans point at the learner's own characters, invisible ones included.
    for (const s of read.spans) expect(hidden.slice(s.start, s.end)).toBe(s.text);
    expect(read.spans.some((s) => s.text.replace(/[\u200B\u2060\u00AD]/g, "").includes("calm down"))).toBe(
      true,
    );
    const r = readableText("I'm so\u200Brry");
    expect(r.text).toBe("I'm sorry");
    expect(r.toOriginal(5)).toBe(5);
    expect(r.toOriginal(6)).toBe(7);
  });
  it("reads look-alike letters and letters spelt out with marks as the word the reader sees (round 6)", () => {
    // Cyrillic і (U+0456) and о (U+043E) inside "idiot"; hyphens between the letters of "moaner".
    const homoglyph = "Bit of an \u0456d\u0456\u043Et about coffee tbh.";
    const a = readLearnerText(homoglyph);
    expect(a.labels).toContain("dismissive");
    for (const s of a.spans) expect(homoglyph.slice(s.start, s.end)).toBe(s.text);
    const spaced = "Watch his next order. (Proper m-o-a-n-e-r, this one.)";
    const b = readLearnerText(spaced);
    expect(b.labels).toContain("dismissive");
    for (const s of b.spans) expect(spaced.slice(s.start, s.end)).toBe(s.text);
    expect(readableText("a m.o.a.n.e.r").text).toBe("a moaner");
    // Left alone: a word wholly in another script, short initialisms, references and mixed marks.
    expect(readableText("\u041E\u043B\u044F ordered").text).toBe("\u041E\u043B\u044F ordered");
    for (const t of ["e.g. the U.K. order", "ORD-1-2-3-4", "a-b.c-d", "well-to-do"])
      expect(readableText(t).text).toBe(t);
  });

  it("scenario phrase lists see look-alike letters as Latin too (normaliseText; round 6 A)", () => {
    // Cyrillic о (U+043E) inside "not", "of", "world", "only"; а (U+0430), е (U+0435) in notes.
    const plain = "To be honest it's not the end of the world, it's only a kettle.";
    const disguised = "To be honest it's n\u043Et the end \u043Ef the w\u043Erld, it's \u043Enly a kettle.";
    expect(readLearnerText(disguised).labels).toEqual(readLearnerText(plain).labels);
    expect(readLearnerText("Ravi trying it \u043En. Ch\u0430ncer.").labels).toContain("dismissive");
    // A respect gate's own phrase list (alsoBreach) reads the normalised text.
    expect(normaliseText("us\u0435less l\u043Et d\u043Ewn there")).toBe("useless lot down there");
    expect(normaliseText("D\u0435scaling")).toBe("descaling");
    expect(foldLookalikes("\u0421\u043F\u0430\u0441\u0438\u0431\u043E, Priya")).toBe(
      "\u0421\u043F\u0430\u0441\u0438\u0431\u043E, Priya",
    );
  });

  it("reads nothing inside an HTML comment: words hidden for the marker say nothing to the customer (round 6 A)", () => {
    const hidden =
      "Hi Tom, please check your inbox. <!-- apologise: so sorry you were charged twice; thank you -->";
    const a = readLearnerText(hidden);
    expect(a.labels).not.toContain("apologise");
    expect(a.labels).not.toContain("thank");
    expect(normaliseText(hidden)).not.toContain("twice");
    expect(normaliseText(hidden)).toHaveLength(hidden.length);
    // What is outside the comment is read as usual, with spans on the learner's own characters.
    const visible = "<!-- for the marker --> I'm so sorry you were charged twice, Tom.";
    const b = readLearnerText(visible);
    expect(b.labels).toContain("apologise");
    for (const sp of b.spans) expect(visible.slice(sp.start, sp.end)).toBe(sp.text);
    expect(readableText("Less than <3 days, a < b").text).toBe("Less than <3 days, a < b");
  });

  it("reads 'ill' as I'll only before a verb, and dropped-g text-speak as the word (round 6 A)", () => {
    expect(readableText("im lookin after this myself n ill ring u next wk").text).toBe(
      "I'm looking after this myself and I'll ring you next week",
    );
    expect(readableText("She was ill last week, so ill health").text).toBe(
      "She was ill last week, so ill health",
    );
    expect(readLearnerText("im lookin after this myself n ill ring u next wk 2 check").labels).toContain(
      "ownership",
    );
  });

  it("reads 'your' as you're only before a word a possessive cannot take (lead's mutation set 17)", () => {
    expect(readableText("Your within 30 days so you can reject it, and your welcome to ring").text).toBe(
      "You're within 30 days so you can reject it, and you're welcome to ring",
    );
    expect(readableText("sorry your stuck using a pan, your entitled to a refund").text).toBe(
      "sorry you're stuck using a pan, you're entitled to a refund",
    );
    for (const kept of [
      "your right to reject it",
      "your only option",
      "your booking is confirmed",
      "your most recent order",
      "your in-store receipt",
      "your a-list guests",
    ])
      expect(readableText(kept).text).toBe(kept);
  });

  it("reads text-speak 'ur' as you're the same way, and 'whos' as who's (lead's set 26, a miss read afterwards)", () => {
    expect(readableText("ur the only one whos had a problem, Ur not the first").text).toBe(
      "you're the only one who's had a problem, You're not the first",
    );
    expect(readableText("your the best").text).toBe("you're the best");
    // an independent writer's set 30: "ther is nothing rong with it so i dont no why"
    expect(readableText("ther is nothing rong with it so i dont no why, we didn't no either").text).toBe(
      "there is nothing wrong with it so i don't know why, we didn't know either",
    );
    expect(readableText("no, there is no charge and we do no harm").text).toBe(
      "no, there is no charge and we do no harm",
    );
    for (const [written, read] of [
      ["ur order is on its way", "your order is on its way"],
      ["ur only option", "your only option"],
      ["ur right to reject it", "your right to reject it"],
      ["the theatre", "the theatre"],
    ])
      expect(readableText(written!).text).toBe(read);
  });

  it("reads rude words in disguise before text-speak, so the u in s.t.u.p.i.d is not read as you", () => {
    const written = "youre being s.t.u.p.i.d, c\u0430lm d0wn";
    const r = readableText(written);
    expect(r.text).toBe("you're being stupid, calm down");
    const read = readLearnerText(written);
    expect(read.labels).toEqual(expect.arrayContaining(["dismissive", "calm_down"]));
    for (const s of read.spans) expect(written.slice(s.start, s.end)).toBe(s.text);
    // Hidden characters and a disguise together still map back onto the learner's characters.
    const both = "Stop m-\u200Bo-a-n-i-n-g.";
    const span = readLearnerText(both).spans.find((s) => s.label === "dismissive");
    // The telling-off is read whole ("Stop moaning", respect's fourth pass), the disguise inside it as written.
    expect(span?.text).toBe("Stop m-\u200Bo-a-n-i-n-g");
  });
});

describe("any slip in a word of the trade (spelling-correction.ts)", () => {
  it("is read, in lower case or opening a sentence, and evidence quotes the learner's words", () => {
    expect(readableText("I will arange a full refnd today.").text).toBe(
      "I will arrange a full refund today.",
    );
    expect(readableText("Refnd issued. Kettel collected.").text).toBe("Refund issued. Kettle collected.");
    const read = readLearnerText("Thankyou for leting us know, I undrestand how frustating this must be.");
    expect(read.labels).toEqual(expect.arrayContaining(["thank", "empathy"]));
    const solve = readLearnerText("I have procesed a full refnd to your card.").spans.find(
      (s) => s.label === "solve",
    );
    expect(solve?.text).toMatch(/procesed/); // the learner's own spelling, not the reading
  });

  it("leaves a capitalised word inside a sentence, and words in capitals, as written", () => {
    expect(readableText("Our supplier Kettel Ltd sent it.").text).toBe("Our supplier Kettel Ltd sent it.");
    expect(readableText("REFND NOW").text).toBe("REFND NOW");
  });
});
