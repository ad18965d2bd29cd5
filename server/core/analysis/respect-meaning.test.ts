import { describe, expect, it } from "vitest";
import { analyseMessage, explainMessage } from "./analyse-message";
import { RESPECT_HELD_OUT } from "./corpus/respect-held-out";
import { RESPECT_PROBE_1, RESPECT_PROBE_2, RESPECT_PROBE_3, RESPECT_PROBE_4 } from "./corpus/respect-probes";
import { RESPECT_TUNE, respectSplitForId, type RespectLine } from "./corpus/respect-tune";
import { MEANING_FRAMES } from "./respect-meaning";

const BREACHES = ["blame", "dismissive", "calm_down"];
const breaches = (text: string) => analyseMessage(text).labels.filter((l) => BREACHES.includes(l));

function score(set: RespectLine[]) {
  const rude = set.filter((l) => l.kind !== "polite");
  const polite = set.filter((l) => l.kind === "polite");
  return {
    caught: rude.filter((l) => breaches(l.text).length > 0).length,
    rude: rude.length,
    falseAlarms: polite.filter((l) => breaches(l.text).length > 0).map((l) => l.text),
    polite: polite.length,
  };
}

describe("respect by meaning (5 December 2026, morning)", () => {
  it("the sets are split by id hash and each id is in the half its hash says", () => {
    for (const l of RESPECT_TUNE) expect(respectSplitForId(l.id)).toBe("tune");
    for (const l of RESPECT_HELD_OUT) expect(respectSplitForId(l.id)).toBe("held-out");
    const ids = [...RESPECT_TUNE, ...RESPECT_HELD_OUT].map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(RESPECT_TUNE.length + RESPECT_HELD_OUT.length).toBe(257);
  });

  it("tune half: no polite look-alike is accused; most disrespectful lines are caught", () => {
    const s = score(RESPECT_TUNE);
    console.log(
      `respect tune: caught ${s.caught}/${s.rude}, false alarms ${s.falseAlarms.length}/${s.polite}`,
    );
    expect(s.falseAlarms).toEqual([]);
    expect(s.caught / s.rude).toBeGreaterThanOrEqual(0.9);
  });

  it("held-out half (never tuned on): reported, with floors well below the measured figures", () => {
    const s = score(RESPECT_HELD_OUT);
    console.log(
      `respect held-out: caught ${s.caught}/${s.rude}, false alarms ${s.falseAlarms.length}/${s.polite}`,
    );
    // Measured 74/79 and 1/51 when written (README, "Respect by meaning"); floors, not targets.
    expect(s.caught / s.rude).toBeGreaterThanOrEqual(0.75);
    expect(s.falseAlarms.length).toBeLessThanOrEqual(3);
  });

  it("the lead's polite look-alikes keep no respect label", () => {
    for (const t of [
      "It's not difficult to set up: just hold the button for five seconds.",
      "Please don't worry about the capital letters: I'd be frustrated too.",
      "Honestly, it was a pleasure to help.",
      "It's our problem to sort out, not yours.",
      "This isn't something you should have to deal with.",
      "We've changed couriers, so you can follow it to the door.",
      "Customers like you are the reason we love what we do, and we're so lucky to have you.",
      "You chose express delivery, so it should arrive tomorrow.",
      "Comments are only from people who bothered to write, so I checked them against the cases.",
    ])
      expect(breaches(t), t).toEqual([]);
  });

  it("each kind is read in wordings no single phrase covers, with its words as evidence", () => {
    const cases: [string, string][] = [
      ["I'll go through it again, very slowly this time, so you can keep up.", "dismissive"],
      ["Funny how it only broke after you'd had it for a week.", "blame"],
      ["It's a coffee order, not a matter of life and death.", "dismissive"],
      ["Oh yes, because we deliberately send broken kettles to everyone.", "dismissive"],
      ["Your bank, your problem.", "dismissive"],
      ["We'll let you off this time, but don't expect it again.", "dismissive"],
      ["Customer clearly mishandled the unit and now wants a freebie.", "blame"],
    ];
    for (const [text, label] of cases) {
      const a = explainMessage(text);
      expect(a.labels, text).toContain(label);
      const span = a.spans.find((s) => s.label === label && s.rules.some((r) => r.startsWith("meaning.")));
      expect(span, text).toBeDefined();
      expect(text.slice(span!.start, span!.end)).toBe(span!.text);
      expect(span!.text.length).toBeLessThan(text.length + 1);
    }
  });

  it("a warm sentence is not accused, and explainMessage says why", () => {
    const warm = explainMessage("You're right to be upset over a two-week delay.");
    expect(warm.labels).not.toContain("dismissive");
    expect(warm.suppressed.some((m) => m.rule.startsWith("meaning."))).toBe(true);
    expect(breaches("Don't worry if you ignored our first email; it was confusing.")).toEqual([]);
    expect(explainMessage("You're getting very worked up over a bag of beans.").labels).toContain(
      "dismissive",
    );
  });

  it("redA's ask (round 15): the customer lumped with a group put down for age or ability", () => {
    for (const t of [
      "Bean Bot loops when a customer asks for a person. Mostly older subscribers who can't cope with a chatbot and type the same thing over and over, like this one.",
      "Typical boomer who can't work a chatbot.",
      "Customer is one of those older subscribers who can't cope with a chatbot.",
      "He can't cope with a chatbot, like most of our older customers.",
    ])
      expect(analyseMessage(t).labels, t).toContain("dismissive");
    for (const t of [
      "Older subscribers may find a chatbot harder to use, so a hand-off to a person matters.",
      "Some customers can't reach a person through the bot.",
      "He couldn't get through to a person.",
      "Customers of all ages should be able to reach a person.",
    ])
      expect(breaches(t), t).toEqual([]);
  });

  it("redB's ask (round 15): a right the customer used, held against them in polite words", () => {
    for (const t of [
      "I do note that you returned both of the items you bought from us, so perhaps we simply weren't the right fit for you.",
      "I see you've returned everything you ever bought, so maybe we're just not for you.",
      "Given you sent both items back, it's probably for the best that you won't be ordering again.",
    ])
      expect(analyseMessage(t).labels, t).toContain("dismissive");
    expect(
      analyseMessage("I note that you returned both items; the refunds went back to your card in March.")
        .labels,
    ).toEqual(["listen", "solve"]);
    expect(analyseMessage("I'm sorry we weren't the right fit for you this time.").labels).toEqual([
      "apologise",
    ]);
    for (const t of [
      "Perhaps we simply weren't the right fit for you.",
      "As per your email, you have been removed from our mailing list.",
    ])
      expect(breaches(t), t).toEqual([]);
  });

  it("second pass: shapes from two probes written after the first frames, both ways", () => {
    for (const t of [
      "Let's be honest, you probably dropped it.",
      "It's a grinder, it grinds. Not complicated.",
      "We're a coffee shop, not a miracle worker.",
      "Try turning your brain on before the machine.",
      "I hope you're happy now you've wasted everyone's time.",
      "Thanks for the essay.",
      "We'll refund you, just to make you go away.",
      "Your constant emails are clogging up our inbox.",
      "I'm not sure why you thought a glass kettle could survive being dropped.",
      "Please try to keep your emails to the point in future.",
      "Maybe get your facts straight before accusing us.",
      "Another day, another complaint from Mrs Shah.",
    ])
      expect(breaches(t), t).not.toEqual([]);
    for (const t of [
      "Let's be honest, we should have caught this.",
      "You're not our only customer to see this, so we've changed courier.",
      "It's a simple fix and I'll talk you through it.",
      "Thanks for the detailed email; it really helped.",
      "If it's not too much trouble, could you send a photo of the base?",
      "I'm not sure what you thought of the new roast, so do tell me.",
      "Please keep any emails from us about the recall, just in case.",
      "If it's important to arrive by Friday, I've upgraded you to express at no cost.",
    ])
      expect(breaches(t), t).toEqual([]);
  });

  it("the probes: 1 and 2 were tuned on; 3 (written after the last frame) is reported, not a target", () => {
    const [p1, p2, p3] = [score(RESPECT_PROBE_1), score(RESPECT_PROBE_2), score(RESPECT_PROBE_3)];
    for (const [name, s] of [
      ["1", p1],
      ["2", p2],
      ["3", p3],
    ] as const)
      console.log(
        `respect probe ${name}: caught ${s.caught}/${s.rude}, false alarms ${s.falseAlarms.length}/${s.polite}`,
      );
    // Measured 28/30 and 20/20 after the second pass; probe 1's one false alarm is an older rule ("it happens to the best of us").
    expect(p1.caught / p1.rude).toBeGreaterThanOrEqual(0.8);
    expect(p2.caught / p2.rude).toBeGreaterThanOrEqual(0.8);
    expect(p1.falseAlarms.length + p2.falseAlarms.length).toBeLessThanOrEqual(1);
    // Probe 3 measured 1/20 and 0/10 once: no floor on what it catches, and polite lines stay unaccused.
    expect(p3.falseAlarms).toEqual([]);
  });

  it("probe 4 (written before the third pass, never read for frames) is reported; polite lines stay at most as accused as before", () => {
    const p4 = score(RESPECT_PROBE_4);
    console.log(
      `respect probe 4: caught ${p4.caught}/${p4.rude}, false alarms ${p4.falseAlarms.length}/${p4.polite}`,
    );
    // First run, before the third pass: 0/30 caught, 1/20 polite accused (by an older rule). No floor on what it catches.
    expect(p4.falseAlarms.length).toBeLessThanOrEqual(1);
  });

  it("every frame has a unique id under meaning.", () => {
    const ids = MEANING_FRAMES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.startsWith("meaning.")).toBe(true);
  });
});
