import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  analyseMessage,
  explainMessage,
  LABEL_DESCRIPTIONS,
  MESSAGE_LABELS,
  PHRASE_RULES,
  type AnalysisContext,
  type MessageLabel,
} from "./index";
import { analyseWithRulesOnly } from "./analyse-message";
import { HELD_OUT_ROUND_2, HELD_OUT_SENTENCES } from "./corpus/hand-held-out";
import { GRINDER, KETTLE, LABELLED_SENTENCES, type LabelledSentence } from "./corpus/hand-labelled";
import { asciiLower, LiteralIndex, queryHolds, requiredLiterals, requiredQuery } from "./prefilter";
import { normaliseText } from "./segment";
import { calibrationWork, cpuPerCall, REFERENCE_CALIBRATION_MS } from "../cpu-calibration";
import { TIMING_TEXT } from "./timing-text";

// ------------------------------------------------------------------------------------ scoring
interface LabelScore {
  support: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

interface Score {
  perLabel: Record<MessageLabel, LabelScore>;
  exact: number;
  total: number;
  misses: { text: string; expected: MessageLabel[]; got: MessageLabel[] }[];
}

function scoreSet(set: readonly LabelledSentence[]): Score {
  const counts = Object.fromEntries(
    MESSAGE_LABELS.map((l) => [l, { support: 0, tp: 0, fp: 0, fn: 0 }]),
  ) as Record<MessageLabel, { support: number; tp: number; fp: number; fn: number }>;
  let exact = 0;
  const misses: Score["misses"] = [];
  for (const ex of set) {
    const got = new Set(analyseMessage(ex.text, ex.context).labels);
    const expected = new Set(ex.expect);
    let same = got.size === expected.size;
    for (const label of MESSAGE_LABELS) {
      const c = counts[label];
      if (expected.has(label)) c.support++;
      if (got.has(label) && expected.has(label)) c.tp++;
      else if (got.has(label)) {
        c.fp++;
        same = false;
      } else if (expected.has(label)) {
        c.fn++;
        same = false;
      }
    }
    if (same) exact++;
    else
      misses.push({
        text: ex.text,
        expected: MESSAGE_LABELS.filter((l) => expected.has(l)),
        got: MESSAGE_LABELS.filter((l) => got.has(l)),
      });
  }
  const perLabel = {} as Record<MessageLabel, LabelScore>;
  for (const label of MESSAGE_LABELS) {
    const { support, tp, fp, fn } = counts[label];
    perLabel[label] = {
      support,
      tp,
      fp,
      fn,
      // No predictions and nothing to find counts as perfect; no predictions with something to find as 0.
      precision: tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp),
      recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    };
  }
  return { perLabel, exact, total: set.length, misses };
}

function formatScore(title: string, score: Score): string {
  const lines = [
    `${title}: ${score.total} examples, exact match ${score.exact}/${score.total} = ${(score.exact / Math.max(1, score.total)).toFixed(3)}`,
    `${"label".padEnd(16)} ${"support".padStart(7)} ${"TP".padStart(4)} ${"FP".padStart(4)} ${"FN".padStart(4)} ${"precision".padStart(9)} ${"recall".padStart(7)}`,
  ];
  for (const label of MESSAGE_LABELS) {
    const s = score.perLabel[label];
    lines.push(
      `${label.padEnd(16)} ${String(s.support).padStart(7)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)} ${s.precision.toFixed(3).padStart(9)} ${s.recall.toFixed(3).padStart(7)}`,
    );
  }
  for (const m of score.misses)
    lines.push(
      `  MISS ${JSON.stringify(m.text)}\n       expected [${m.expected.join(", ")}]\n       got      [${m.got.join(", ")}]`,
    );
  return lines.join("\n");
}

const labelled = scoreSet(LABELLED_SENTENCES);

describe("labelled sentences", () => {
  it("prints per-label precision and recall", () => {
    const report = formatScore("Labelled set", labelled);
    console.log(report);
    expect(labelled.total).toBe(LABELLED_SENTENCES.length);
    // The report a developer reads lists every label and every miss.
    for (const label of MESSAGE_LABELS) expect(report).toMatch(new RegExp(`^${label}\\s`, "m"));
    expect(report.match(/^ {2}MISS /gm) ?? []).toHaveLength(labelled.total - labelled.exact);
  });

  it("has at least 170 hand-written examples with valid labels", () => {
    expect(LABELLED_SENTENCES.length).toBeGreaterThanOrEqual(170);
    for (const ex of LABELLED_SENTENCES) {
      for (const l of ex.expect) expect(MESSAGE_LABELS).toContain(l);
      expect(new Set(ex.expect).size).toBe(ex.expect.length);
    }
    expect(new Set(LABELLED_SENTENCES.map((e) => e.text)).size).toBe(LABELLED_SENTENCES.length);
  });

  it.each(MESSAGE_LABELS)("has at least 5 positive examples of %s", (label) => {
    expect(labelled.perLabel[label].support).toBeGreaterThanOrEqual(5);
  });

  it.each(MESSAGE_LABELS)("scores precision and recall >= 0.9 for %s", (label) => {
    const s = labelled.perLabel[label];
    expect(s.precision, `${label} precision`).toBeGreaterThanOrEqual(0.9);
    expect(s.recall, `${label} recall`).toBeGreaterThanOrEqual(0.9);
  });

  it("matches the full label set exactly for at least 85% of examples", () => {
    expect(labelled.exact / labelled.total).toBeGreaterThanOrEqual(0.85);
  });

  it("reports the held-out sets (no targets: an honest estimate, see README)", () => {
    const round1 = scoreSet(HELD_OUT_SENTENCES);
    const round2 = scoreSet(HELD_OUT_ROUND_2);
    console.log(formatScore("Held-out round 1 (tuned on after first measurement)", round1));
    console.log(formatScore("Held-out round 2 (never tuned on)", round2));
    // Floors well below the measured figures (round 1: 68/68; round 2: 38/44), so they only catch an
    // analyser that has broken, never a target to tune towards (round 2 must not be tuned on).
    expect(round1.exact / round1.total).toBeGreaterThanOrEqual(0.9);
    expect(round2.exact / round2.total).toBeGreaterThanOrEqual(0.7);
  });
});

// ------------------------------------------------------------------------------------ spans
const ALL_EXAMPLES = [...LABELLED_SENTENCES, ...HELD_OUT_SENTENCES, ...HELD_OUT_ROUND_2];

function checkInvariants(text: string, context?: AnalysisContext): void {
  const result = analyseMessage(text, context);
  for (const span of result.spans) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeGreaterThan(span.start);
    expect(span.end).toBeLessThanOrEqual(text.length);
    expect(span.text).toBe(text.slice(span.start, span.end));
    expect(MESSAGE_LABELS).toContain(span.label);
  }
  for (let i = 1; i < result.spans.length; i++)
    expect(result.spans[i]!.start).toBeGreaterThanOrEqual(result.spans[i - 1]!.start);
  // labels: unique, in MESSAGE_LABELS order, exactly the labels of the spans
  expect(result.labels).toEqual(MESSAGE_LABELS.filter((l) => result.spans.some((s) => s.label === l)));
}

describe("spans", () => {
  it("point at the original text (offsets, order, labels) for every example", () => {
    for (const ex of ALL_EXAMPLES) checkInvariants(ex.text, ex.context);
  });

  it("keep offsets of the ORIGINAL text with curly quotes, dashes and emoji", () => {
    const text = "😊 Hi Priya – I’m so sorry the kettle’s broken; I’ll send a replacement by Friday.";
    const result = analyseMessage(text, KETTLE);
    expect(result.labels).toEqual(["apologise", "solve", "personalised", "order_reference", "timeframe"]);
    const apology = result.spans.find((s) => s.label === "apologise");
    expect(apology?.text).toBe("I’m so sorry");
    expect(result.spans.find((s) => s.label === "timeframe")?.text).toBe("by Friday");
    expect(result.spans.find((s) => s.label === "personalised")?.text).toBe("Priya");
  });

  it("quote the words that earned a label", () => {
    const result = analyseMessage(
      "I understand your kettle stopped working. Could you tell me when it started?",
    );
    expect(result.spans.map((s) => [s.label, s.text])).toEqual([
      ["listen", "I understand your"],
      // overlapping matches of one label merge ("Could you tell" + "tell me when")
      ["listen", "Could you tell me when"],
      ["question", "Could you tell me when it started?"],
    ]);
  });

  it("explainMessage names the rule behind each span and why rejected matches were dropped", () => {
    const explained = explainMessage("I'm sorry, but we can't refund you.");
    expect(explained.spans.map((s) => [s.label, s.rules[0]])).toEqual([
      ["non_apology", "non_apology.sorry-but"],
    ]);
    const reasons = explained.suppressed.map((s) => `${s.rule}: ${s.reason}`);
    expect(reasons.some((r) => r.startsWith("apologise.i-am-sorry: part of a non-apology"))).toBe(true);
    expect(reasons.some((r) => r.startsWith("solve.refund: negated by"))).toBe(true);
  });
});

// ------------------------------------------------------------------------------------ negation
describe("offers in the customer's own word order", () => {
  it.each([
    ["Restart and delivery's free for 3 months.", true],
    ["Delivery is on us for the next three months.", true],
    ["Delivery is free on orders over £30 as standard.", true],
    ["Delivery isn't free on orders under £20.", false],
    // redC round 23 (loyalty-r23h-no-notes-on-anyone): the plural, as a learner writes it.
    ["We haven't seen you for a little while, so your deliveries are free for the next three months.", true],
    ["Your deliveries are all on us until March.", true],
    ["Deliveries aren't free on orders under £20.", false],
  ] as const)("%j offer: %s", (text, offer) => {
    expect(analyseMessage(text).labels.includes("offer")).toBe(offer);
  });
});

describe("negation", () => {
  const labelsOf = (t: string, c?: AnalysisContext) => analyseMessage(t, c).labels;

  it.each([
    ["I'm not sorry.", "apologise"],
    ["I won't apologise.", "apologise"],
    ["I refuse to apologize for that.", "apologise"],
    ["There is nothing to apologise for.", "apologise"],
    ["We can't refund you.", "solve"],
    ["No refund is possible.", "solve"],
    ["I'm not able to offer a refund.", "solve"],
    ["A replacement isn't available.", "solve"],
    ["We are unable to repair it.", "solve"],
    ["I don't understand why you're upset.", "listen"],
    ["I don't understand why you're upset.", "empathy"],
    ["We can't offer a discount.", "offer"],
    ["It's not your fault.", "blame"],
    ["None of this is your fault.", "blame"],
    ["No thanks.", "thank"],
    ["I’m not sorry and I won’t apologise.", "apologise"],
  ] as const)("%j does not give %s", (text, label) => {
    expect(labelsOf(text)).not.toContain(label);
  });

  it("stops at the clause boundary", () => {
    expect(labelsOf("We can't refund you, but we can repair it.")).toContain("solve");
    expect(labelsOf("No problem, I'll send a replacement today.")).toEqual(["solve", "timeframe"]);
    expect(labelsOf("Don't worry, I'll keep you posted.")).toEqual(["ownership"]);
    expect(labelsOf("We won't charge you for the replacement.")).toEqual(["solve"]);
  });

  it("keeps idioms that contain a negation", () => {
    expect(labelsOf("I can't imagine how stressful that was.")).toEqual(["empathy"]);
    expect(labelsOf("That can't have been easy.")).toEqual(["empathy"]);
  });
});

// ------------------------------------------------------------------------------------ non-apologies
describe("non-apology", () => {
  it.each([
    "I'm sorry you feel that way.",
    "Sorry if you were upset.",
    "I'm sorry, but the item is out of warranty.",
    "We apologise for any inconvenience this may have caused.",
    "I'm sorry for your feelings.",
    "We apologize if anyone was offended.",
    "I'm sorry for the trouble, but you should have registered it.",
  ])("%j is a non-apology and never also an apology", (text) => {
    const { labels } = analyseMessage(text);
    expect(labels).toContain("non_apology");
    expect(labels).not.toContain("apologise");
  });

  it.each([
    "We regret that you have found the product unsatisfactory.",
    "I'm sorry that you've found our service to be less than satisfactory.",
    "We're sorry you found it not up to scratch.",
  ])("%j regrets the customer's verdict, not the fault: a non-apology (session 39)", (text) => {
    const { labels } = analyseMessage(text);
    expect(labels).toContain("non_apology");
    expect(labels).not.toContain("apologise");
  });

  it.each([
    "I'm so sorry you found a crack in the lid when you opened the box.",
    "I'm sorry you found out about the delay from the courier rather than from us.",
    "I'm sorry the kettle was so disappointing.",
  ])("%j is a real apology: 'found' as discovered, or our product's failing owned", (text) => {
    expect(analyseMessage(text).labels).toContain("apologise");
    expect(analyseMessage(text).labels).not.toContain("non_apology");
  });

  it("'Sorry, but you should have ...' is non_apology + blame", () => {
    expect(analyseMessage("Sorry, but you should have read the instructions.").labels).toEqual([
      "non_apology",
      "blame",
    ]);
  });

  it("a genuine apology in another sentence still counts", () => {
    expect(analyseMessage("I'm sorry you feel that way. I'm so sorry the kettle broke.").labels).toEqual([
      "apologise",
      "non_apology",
    ]);
  });
});

describe("'sorry, but' followed by good news, and 'have' meaning receive (red-team round 3)", () => {
  const labelsOf = (t: string) => analyseMessage(t).labels;
  it.each([
    "I'm sorry, but because our repair hasn't lasted you don't have to send it off again.",
    "I'm sorry, but you can have your money back in full.",
    "I'm sorry, but we can refund you in full today.",
    "Sorry, but I'll sort this out for you right now.",
  ])("%j is a real apology: the 'but' turns to the customer's gain", (text) => {
    expect(labelsOf(text)).toContain("apologise");
    expect(labelsOf(text)).not.toContain("non_apology");
  });
  it.each([
    "I'm sorry, but the late deliveries were down to our old courier, Speedline, not us.",
    "I'm sorry, but we can't process requests for personal information over chat.",
    "Sorry, but there's nothing more I can do.",
    "I'm sorry, but it's only policy, we can refund you in store.",
  ])("%j stays a non-apology: a refusal, a limit or an excuse follows the 'but'", (text) => {
    expect(labelsOf(text)).toContain("non_apology");
  });
  it.each([
    "You could have a refund or a replacement, whichever you prefer.",
    "You could have your beans every six weeks instead.",
    "You'd like to know whether you could have your beans less often, or in a smaller bag.",
    "You should have your refund within 5 working days.",
  ])("%j is an offer or an expectation, not blame", (text) => {
    expect(labelsOf(text)).not.toContain("blame");
  });
  it.each(["You could have checked the socket first.", "You should have registered it."])(
    "%j is still hindsight blame",
    (text) => expect(labelsOf(text)).toContain("blame"),
  );
  it.each([
    "Linda kicking off again about her Crema Duo.",
    "Refunded the lot just to get her off the phone, she went on and on.",
    "Customer was banging on about the delivery.",
  ])("%j disparages the customer", (text) => expect(labelsOf(text)).toContain("dismissive"));
  it.each([
    "The courier kicked off the delivery run at 6.",
    "The match kicked off at 3.",
    "I'll get you off hold now.",
    "The customer never kicked off, she was patient throughout.",
  ])("%j is not disparaging the customer", (text) => expect(labelsOf(text)).not.toContain("dismissive"));
});

describe("what the customer was put through, following a case through, excuses after an apology (red-team round 4)", () => {
  const labelsOf = (t: string) => analyseMessage(t).labels;
  it.each([
    "A kettle should last for years, not twelve days, and you should not have had to spend the last two days managing without one.",
    "You shouldn't have had to chase us for this.",
    "You should never have been charged twice.",
    "You shouldn't have to wait another fortnight for it.",
  ])("%j sides with the customer: not blame", (text) => expect(labelsOf(text)).not.toContain("blame"));
  it.each([
    "You should have checked the fuse first.",
    "You should have told us sooner.",
    "You shouldn't have opened the base.",
  ])("%j is still hindsight blame", (text) => expect(labelsOf(text)).toContain("blame"));

  it.each([
    "It's my case now, so I'll ring you Thursday to check it's all gone through.",
    "I'll call you next week to make sure the refund has arrived.",
    "Leave it with me, I'll see it through.",
    "I'll see this through.",
    "I'm looking after this myself.",
  ])("%j takes ownership", (text) => expect(labelsOf(text)).toContain("ownership"));
  it.each([
    "It's my case now, so I'll ring you Thursday to check it's all gone through.",
    "I'll call you next week to make sure the refund has arrived.",
  ])("%j promises a follow-up: not listening", (text) => expect(labelsOf(text)).not.toContain("listen"));
  it("a promise to call is vetoed for listen, but a question in the same reply still listens", () => {
    const { labels } = analyseMessage(
      "What colour is the light when it stops? I'll call you tomorrow to check.",
    );
    expect(labels).toContain("listen");
    expect(labels).toContain("ownership");
  });
  it.each(["Our engineer will call you to check the boiler.", "Someone will be in touch."])(
    "%j is not the learner's own follow-up",
    (text) => expect(labelsOf(text)).not.toContain("ownership"),
  );

  it.each([
    "Sorry about this, Tom. Bean Bot is provided by an outside software supplier and unfortunately their system had a glitch at the weekend, so there was nothing our team could have done.",
    "I'm sorry it's failed again. To be honest it's the manufacturer's fault, not ours; we just sell them.",
    "I'm sorry for the delay. It was completely out of our hands.",
    "Weather delays are beyond our control. We're sorry for the wait.",
  ])("%j: the excuse takes the apology back (non_apology beside the apology)", (text) => {
    expect(labelsOf(text)).toEqual(expect.arrayContaining(["apologise", "non_apology"]));
  });
  it.each([
    "Unfortunately the courier lost your parcel at their depot, which is completely out of our hands.",
    "I'm sorry the courier lost it; we've already chased them and another is on its way.",
    "I'm sorry. This was not out of our hands: we should have checked the parcel.",
    "I'm sorry. It's not the courier's fault, it's ours.",
    "We cannot be held responsible for delays caused by the courier, severe weather or other events outside our control. We apologise for the delay to your order.",
  ])("%j is no excuse after an apology", (text) => {
    const labels = labelsOf(text);
    if (text.startsWith("Unfortunately")) expect(labels).toEqual([]);
    else expect(labels).not.toContain("non_apology");
  });
  it("naming the cause while owning the fix is fine", () => {
    expect(
      labelsOf("I'm sorry the courier lost it; we've already chased them and another is on its way."),
    ).toEqual(["apologise", "solve"]);
  });
  it("explains a dropped excuse", () => {
    const { suppressed } = explainMessage("It was completely out of our hands.");
    expect(
      suppressed.some((m) => m.rule === "non_apology.apology-then-excuse" && /no apology/.test(m.reason)),
    ).toBe(true);
  });
});

describe("'ta' is British thanks, 'ta-ra' is goodbye (round 34, rules helper)", () => {
  const labelsOf = (t: string) => analyseMessage(t).labels;
  it.each([
    "Ta for bearing with us while we sorted it.",
    "Ta very much for the photos, they helped.",
    "Right, that's all booked in. Ta, Marek.",
    "Ta loads for telling us straight.",
  ])("%j thanks", (text) => expect(labelsOf(text)).toContain("thank"));
  it.each([
    "Ta-ra for now, speak soon.",
    "Ok, ta ra, have a good weekend.",
    "The TA at your school can sign the form.",
    "Ta for nothing, then.",
    "Your new data plan starts Monday.",
  ])("%j is not thanks", (text) => expect(labelsOf(text)).not.toContain("thank"));
});

describe("'thank you to' + a verb, and double points in any wording (red-team round 4 B)", () => {
  const labelsOf = (t: string) => analyseMessage(t).labels;
  it.each([
    "Thank you to give us one more chance.",
    "Thank you to be our customer.",
    "Thanks to tell us about this.",
    "Thank you to everyone who answered our survey.",
  ])("%j thanks", (text) => expect(labelsOf(text)).toContain("thank"));
  it.each([
    "Thanks to the courier, your parcel was late again.",
    "Thanks to our new courier, deliveries now arrive on time.",
    "Thanks to a courier error, it went to the wrong address.",
  ])("%j means 'because of'", (text) => expect(labelsOf(text)).not.toContain("thank"));
  it.each([
    "Your loyalty points are worth double on your next order.",
    "This isn't a marketing email, just a courtesy note to let you know your loyalty points are worth double on your next order with us.",
    "Points are doubled on everything you buy this month.",
    "You'll get double points on your next order.",
  ])("%j is an offer", (text) => expect(labelsOf(text)).toContain("offer"));
  it.each([
    "Your points balance is 2,380.",
    "We've noted that you don't want offers, so we won't send you any.",
    "Your points are not doubled on sale items.",
  ])("%j is not an offer", (text) => expect(labelsOf(text)).not.toContain("offer"));
});

describe("a multi-buy is an offer (ASK-rules-2, session 43; win-back-r27-second-bag-free)", () => {
  const labelsOf = (t: string) => analyseMessage(t).labels;
  it.each([
    "Order a bag before the end of the month and we'll send a second bag of it free.",
    "It's two for one on decaf this week.",
    "BOGOF on all our roasts until Sunday.",
    "Your second bag half price if you order today.",
  ])("%j is an offer", (text) => expect(labelsOf(text)).toContain("offer"));
  it.each([
    "We'll send you another one free of charge.",
    "We'll send a second frother free as a replacement for the broken one.",
    "Your second bag arrived safely, I hope.",
    "I've attached a free returns label.",
  ])("%j is not an offer", (text) => expect(labelsOf(text)).not.toContain("offer"));
});

describe("a customer's feelings in the third person, minimising, talking down, 'X, not us' (red-team round 5)", () => {
  const labelsOf = (t: string) => analyseMessage(t).labels;
  it.each([
    "This reply listens, apologises, solves and says thank you, in LASS order (Listen, Apologise, Solve, Say thank you).",
    "LASS: Listen, Apologise, Solve, Thank.",
    "My reply listens, then apologises, then solves.",
  ])("%j names the steps and does none of them", (text) => {
    for (const label of ["listen", "apologise", "solve", "thank"] as const)
      expect(labelsOf(text)).not.toContain(label);
  });
  it.each([
    ["I apologise and thank you for your patience.", ["apologise", "thank"]],
    ["Thanks for listening to our podcast, and apologies for the late email.", ["apologise", "thank"]],
    ["I understand the kettle stopped working on Monday.", ["listen"]],
    ["I understand your kettle stopped working on Monday.", ["listen"]],
  ] as const)("%j keeps its steps", (text, labels) => {
    for (const label of labels) expect(labelsOf(text)).toContain(label);
  });
  it.each([
    "I understand the customer's frustration.",
    "I understand the customer's disappointment with the delay.",
  ])("%j is said about the customer, not to her", (text) => {
    expect(labelsOf(text)).not.toContain("listen");
    expect(labelsOf(text)).not.toContain("empathy");
  });
  it.each([
    "To be fair though, three late parcels out of all the orders we send isn't really much to get worked up about, and the mugs did get there in the end.",
    "It's nothing to get worked up about.",
    "At least the mugs did get there in the end.",
    "I'll try to keep this simple for you.",
    "Let me put it simply for you.",
    "As you may not realise, coffee is a natural product and every harvest tastes a little different.",
    "As you probably don't know, beans go stale.",
    "Does that make sense so far?",
  ])("%j is dismissive", (text) => expect(labelsOf(text)).toContain("dismissive"));
  it.each([
    "I know it's a lot to get worked up about, and you're right to be.",
    "The parcel did get there in the end, on Tuesday, and I'm sorry it was late.",
    "Let me know if anything in the email doesn't make sense.",
    "I hope this clears things up.",
    "We keep it simple for you with one monthly bill.",
    "I'll keep this simple: your refund is on its way.",
    "You may not know this, but we now roast every Tuesday.",
    "Does that make sense?",
  ])("%j is not dismissive", (text) => expect(labelsOf(text)).not.toContain("dismissive"));
  it.each(["Does that make sense so far?", "Does that make sense?", "Are you still with me?"])(
    "%j checks the customer followed us: not listening",
    (text) => expect(labelsOf(text)).not.toContain("listen"),
  );
  it.each([
    "I'm sorry your first order, the Burr Pro grinder, arrived four days late and was left with a neighbour, but that was down to the courier, not us.",
    "I'm sorry your beans arrived five days late, but delivery is handled by SwiftParcel, so it was out of our hands.",
    "Sorry it was late. That was down to the courier, not us.",
  ])("%j takes the apology back", (text) => expect(labelsOf(text)).toContain("non_apology"));
  it.each([
    "I'm sorry your parcel was late; the courier missed our cut-off, and we've moved your deliveries to Royal Mail.",
    "The delay was down to the courier, not us.",
    "I'm sorry the delay was down to the courier; we've changed couriers.",
  ])("%j is not a non-apology", (text) => expect(labelsOf(text)).not.toContain("non_apology"));
});

// ------------------------------------------------------------------------------------ respect
describe("respect: dismissive and widened blame (replies and CRM notes)", () => {
  const labelsOf = (t: string) => analyseMessage(t).labels;

  it.each([
    "It's not the end of the world.",
    "It's only a kettle.",
    "These things happen.",
    "I'm sure you'll survive.",
    "Well done for finally reading the email.",
    "Thanks *so* much for your patience, I'm sure.",
    "Congratulations, you found the small print.",
    "As I already explained, the refund is on its way.",
    "It's really quite simple.",
    "Let me explain this slowly.",
    "As anyone would know, you descale a kettle.",
    "There's nothing more I can do.",
    "That's just how it is.",
    "Not my problem.",
    "Take it or leave it.",
    "You'll have to deal with it.",
    "Customer was rude and demanding.",
    "Difficult customer, moaning again.",
    "Time-waster.",
    "Clueless about how to use a grinder.",
    // Refusing a third party rudely, or disparaging them on the record (data-protection scenario).
    "That's basic data protection, as I'd have thought you'd know.",
    "Your mum will have to ring us herself, if she can manage a phone.",
    "Nosy son fishing for his mum's details.",
    "Caller fishing for information about another customer.",
  ])("%j is dismissive", (text) => {
    expect(labelsOf(text)).toContain("dismissive");
  });

  it.each([
    "Something that happened your end caused this.",
    "You put it in wrong.",
    "You must not have read the instructions.",
    "If you'd read the email you would have seen the date.",
    "Customer probably dropped it.",
    "Customer was rude and demanding, probably dropped it.",
    "Cust didn't read the manual.",
    "Customer error.",
    // Defending the shop in a public reply (public-review scenario): so it must be the customer.
    'If you had chosen "Billing" from the menu, you would have been helped.',
    "Our chat assistant works perfectly well for thousands of customers.",
  ])("%j is blame", (text) => {
    expect(labelsOf(text)).toContain("blame");
  });

  it.each([
    ["It's not your fault.", "blame"],
    ["It's not anything you did wrong.", "blame"],
    ["It wasn't something that happened at your end.", "blame"],
    ["The courier admitted he dropped it.", "blame"],
    ["Customer said the kettle arrived broken.", "blame"],
    ["You've been put through to the wrong department, I'm sorry.", "blame"],
    ["I know it's not just a kettle to you.", "dismissive"],
    ["I won't pretend this isn't a big deal.", "dismissive"],
    ["You're not being difficult at all.", "dismissive"],
    ["I'm not calling you a time-waster.", "dismissive"],
    ["You're entitled to a refund.", "dismissive"],
    ["Customer is entitled to a refund under the Consumer Rights Act.", "dismissive"],
    ["Customer was demanding a refund.", "dismissive"],
    ["There's nothing more we can do about the courier, but I can refund your postage.", "dismissive"],
    ["It's no big deal for us to send a replacement.", "dismissive"],
    ["Thank you for your patience.", "dismissive"],
    ["I thought you'd like to know it has been sent.", "dismissive"],
    ["If she can manage the phone, she can call us herself.", "blame"],
    ["Your mum can ring us herself if that's easier.", "dismissive"],
    ["If you had chosen a refund, we would have sent it today.", "blame"],
    ["The new hand-off works well for customers who ask for a person.", "blame"],
  ] as const)("%j does not give %s", (text, label) => {
    expect(labelsOf(text)).not.toContain(label);
  });

  // Red team (issue 8): passive-aggressive politeness. Polite words, a put-down in meaning. The rules
  // read the general moves (pointing back at what was said, presuming what the customer should know,
  // pointed formal framing, closing the matter on them, telling them off for next time), not one letter.
  it.each([
    "Per my last email, the refund was issued on Monday.",
    "As previously advised, the warranty does not cover wear and tear.",
    "As we have advised you on several occasions, that roast is discontinued.",
    "As stated in our previous reply, the offer has ended.",
    "Please re-read my previous message.",
    "As you should already know, subscriptions renew automatically.",
    "I'm sure you'll understand that opened beans cannot be returned.",
    "You will of course appreciate that we cannot control the weather.",
    "With all due respect, the grinder has clearly been used.",
    "For the avoidance of doubt, we will not be refunding the postage.",
    "For your information, the sale ended yesterday.",
    "The sizes are clearly stated on the product page.",
    "As set out in our terms and conditions, returns must be unopened.",
    "As the returns policy makes clear, we need the original packaging.",
    "I trust that answers your question.",
    "We now consider this matter closed.",
    "We will not be entering into any further correspondence.",
    "Going forward, please make sure you are in for deliveries.",
    "Please ensure you double-check the postcode next time.",
    "Next time, be sure to read the description.",
    "You might want to read the care guide before complaining next time.",
    "Customer couldn't be bothered to measure the shelf.",
  ])("%j is dismissive (passive-aggressive politeness)", (text) => {
    expect(labelsOf(text)).toContain("dismissive");
  });

  it.each([
    "As per your request, I've cancelled the order.",
    "I trust you're well.",
    "I trust you had a good weekend.",
    "I'm sure you'll love the new roast.",
    "I'm sure you'll understand how sorry we are about this.",
    "Here's some information for your records.",
    "Thank you for your information.",
    "I've enclosed a leaflet for your information pack.",
    "As discussed on the phone, I've booked a courier for Friday.",
    "As previously discussed, the engineer will call on Friday.",
    "In future, you can order the 500g bag from our website.",
    "Going forward, we'll make sure your deliveries are tracked.",
    "You may wish to check your spam folder for the confirmation.",
    "I hope this clears things up, and do get in touch if not.",
    "With respect to your order, the refund is on its way.",
    "Sorry to bother you again about this.",
    "I would never say 'as per my last email' to a customer.",
  ])("%j is not dismissive", (text) => {
    expect(labelsOf(text)).not.toContain("dismissive");
  });

  it("grovelling ('please don't be angry with me') is not telling the customer to calm down", () => {
    expect(labelsOf("I'm so sorry, please don't be angry with me.")).not.toContain("calm_down");
    expect(labelsOf("Please don't get so angry.")).toContain("calm_down");
    expect(labelsOf("Don't be angry, it's only a kettle.")).toContain("calm_down");
  });

  // Real-language pass (issue 8): causes put on the customer's own action or equipment, and
  // deflection ("we are not responsible"), with near-misses that must not fire.
  it.each([
    "Since you removed the back, the warranty is void.",
    "Your kettle was switched off at the wall.",
    "We are not responsible for damage after delivery.",
    "We cannot accept responsibility for this.",
    "Did you try to take it apart?",
    "You have the filter in upside down.",
  ])("%j is blame (cause or deflection)", (text) => {
    expect(labelsOf(text)).toContain("blame");
  });

  it.each([
    "Is your router switched off?",
    "Your account was switched off by mistake, and I'm sorry.",
    "You won't be held responsible for the return postage.",
    "I'm responsible for your case now.",
    // A pasted delivery policy naming the courier as the cause does not blame the customer.
    "We cannot be held responsible for delays caused by the courier or severe weather.",
    "We cannot accept responsibility for items lost in the post.",
    "Did you try resetting it?",
    "Since you've been with us for years, here's 10% off.",
  ])("%j is not blame", (text) => {
    expect(labelsOf(text)).not.toContain("blame");
  });

  it("sarcastic thanks is not thanks", () => {
    expect(labelsOf("Thanks so much for your patience, I'm sure.")).toEqual(["dismissive"]);
    expect(labelsOf("Thanks for finally getting back to me.")).toEqual(["dismissive"]);
  });

  it("an apology taken back by 'but' and a dismissive remark is a non-apology", () => {
    expect(labelsOf("I'm sorry the kettle broke, but these things happen.")).toEqual([
      "non_apology",
      "dismissive",
    ]);
  });

  it("quotes the disparaging words in a note as evidence", () => {
    const spans = analyseMessage("Customer was rude and demanding, probably dropped it.").spans.map((s) => [
      s.label,
      s.text,
    ]);
    expect(spans).toEqual([
      ["dismissive", "Customer was rude and demanding"],
      ["blame", "probably dropped it"],
    ]);
  });
});

// ------------------------------------------------------------------------------------ solve
describe("words the guide says are not a label bind every rule (sixth pass)", () => {
  it("does not count a closing or offer line as listening, whichever rule matched inside it", () => {
    for (const text of [
      "Try these steps: [link] Let us know how it goes.",
      "Let me know how that goes.",
      "Sorry, we don't have a cappuccino. How about a cortado?",
      "Hello, my name is Sam. How are you doing today?",
    ])
      expect(analyseMessage(text).labels, text).not.toContain("listen");
  });

  it("still counts the same words when they ask the customer to explain", () => {
    for (const text of [
      "Let us know how the grinder stopped working.",
      "Please let me know what happened when you switched it on.",
      "How long has the light been flashing?",
    ])
      expect(analyseMessage(text).labels, text).toContain("listen");
  });

  it("says why the inner match was not counted", () => {
    const explained = explainMessage("Let us know how it goes.");
    expect(explained.spans.some((s) => s.label === "listen")).toBe(false);
    expect(explained.suppressed).toContainEqual(
      expect.objectContaining({
        label: "listen",
        rule: "listen.tell-me-more",
        reason: expect.stringContaining("listen.not-offer-or-closing-question"),
      }),
    );
  });
});

describe("solve: concrete fixes in everyday words (issue 8, real-language pass)", () => {
  const labelsOf = (t: string) => analyseMessage(t).labels;
  it.each([
    "I can swap that for you today.",
    "You'll get £12.50 back on your card.",
    "I refunded your delivery charge this morning.",
    "We fixed the billing address on your account.",
    "Press and hold the power button for ten seconds.",
    "Then I'll need you to restart the grinder.",
    "So let's try and reset the machine.",
  ])("%j is solve", (text) => {
    expect(labelsOf(text)).toContain("solve");
  });

  it.each([
    "Press 1 for billing.",
    "I'll need you to send a photo of the plug.",
    "We can't swap that, I'm afraid.",
    "Your £5 back-order fee was charged in May.",
  ])("%j is not solve", (text) => {
    expect(analyseWithRulesOnly(text).labels).not.toContain("solve");
  });
});

describe("ownership in a learner's own words on a call (independent tutor 14, session 50)", () => {
  const has = (text: string) => analyseMessage(text).labels.includes("ownership");
  it("reads acting at once and checking back with a purpose as ownership", () => {
    for (const text of [
      "Right, I'll do that for you now.",
      "Let me sort that out right away for you.",
      "I'll also check in with you next week to make sure it's been picked up.",
      "I'll get back to you on Friday to confirm the collection.",
    ]) {
      expect(has(text), text).toBe(true);
    }
  });
  it("does not read a bare reply, a refusal or a check with no purpose as ownership", () => {
    for (const text of [
      "I'll do that.",
      "I won't do that for you now.",
      "I'll check with my manager.",
      "Can you check in with us next week?",
      "I'll check in with you.",
    ]) {
      expect(has(text), text).toBe(false);
    }
  });
});

describe("ownership and timeframe in learners' words (red-team round 17 A)", () => {
  const has = (text: string, label: string) => analyseMessage(text).labels.includes(label as never);
  it("reads doing it oneself and a call back to confirm as ownership, not an experience or someone else's call", () => {
    for (const text of [
      "I'm arranging the courier collection myself.",
      "I'll chase the courier myself.",
      "I've set it up myself.",
      "I'll email you tomorrow to confirm it's been collected.",
    ]) {
      expect(has(text, "ownership"), text).toBe(true);
    }
    for (const text of [
      "I've had the same problem myself.",
      "Did you do it yourself?",
      "I'll be honest with you.",
      "You can call us to check.",
      "The courier will call you to confirm a time.",
      "I'd be annoyed myself.",
    ]) {
      expect(has(text, "ownership"), text).toBe(false);
    }
  });
  it("reads number words and ranges in words as a timeframe, not a count", () => {
    for (const text of [
      "Your bank normally shows it within three to five working days.",
      "It should arrive in two to three days.",
      "Your refund will show within fourteen days.",
      "That takes three to five working days.",
    ]) {
      expect(has(text, "timeframe"), text).toBe(true);
    }
    for (const text of ["Three of the five kettles were faulty.", "It has five working parts."]) {
      expect(has(text, "timeframe"), text).toBe(false);
    }
  });
});

// ------------------------------------------------------------------------------------ context
describe("context", () => {
  it("personalised vs wrong_name", () => {
    expect(analyseMessage("Hi Priya, thanks for waiting.", KETTLE).labels).toEqual(["thank", "personalised"]);
    expect(analyseMessage("Hi Sarah, thanks for waiting.", KETTLE).labels).toEqual(["thank", "wrong_name"]);
    expect(analyseMessage("Hi Sarah, thanks for waiting.").labels).toEqual(["thank"]); // customer unknown
    expect(analyseMessage("Hi Janet, thanks for waiting.", { otherNames: ["Janet"] }).labels).toEqual([
      "thank",
      "wrong_name",
    ]);
    expect(analyseMessage("Dear Ms Shah,", KETTLE).labels).toEqual(["personalised"]);
    expect(analyseMessage("Dear Mrs Jones,", KETTLE).labels).toEqual(["wrong_name"]);
    // A title with the customer's first name is still her own name (red-team round 6 B).
    expect(analyseMessage("Dear Ms Priya,", KETTLE).labels).toEqual(["personalised"]);
    const tomasz = { customerFirstName: "Tomasz", customerLastName: "Nowak" };
    expect(analyseMessage("Hello Mr Tomasz,", tomasz).labels).toEqual(["personalised"]);
    expect(analyseMessage("Hello Mr Adam,", tomasz).labels).toEqual(["wrong_name"]);
    expect(analyseMessage("Hello Mr Nowak,", tomasz).labels).toEqual(["personalised"]);
    expect(analyseMessage("Hi there, thanks for waiting.", KETTLE).labels).toEqual(["thank"]);
  });

  it("a short form of the customer's own first name is not a wrong name (lead, round 12)", () => {
    const tomasz = { customerFirstName: "Tomasz", customerLastName: "Nowak" };
    expect(analyseMessage("Hi Tom, welcome to Hearth & Bean!", tomasz).labels).toEqual([]);
    expect(
      analyseMessage("Dear Chris, thanks for your email.", { customerFirstName: "Christopher" }).labels,
    ).toEqual(["thank"]);
    expect(analyseMessage("Hello Sam,", { customerFirstName: "Samantha" }).labels).toEqual([]);
    // Still wrong: the short form is someone else's name in this case, another name, or longer than theirs.
    expect(
      analyseMessage("Hi Tom, welcome to Hearth & Bean!", { ...tomasz, otherNames: ["Tom"] }).labels,
    ).toEqual(["wrong_name"]);
    expect(analyseMessage("Hi Priya, welcome!", tomasz).labels).toEqual(["wrong_name"]);
    expect(analyseMessage("Hi Tomasz, welcome!", { customerFirstName: "Tom" }).labels).toEqual([
      "wrong_name",
    ]);
    expect(analyseMessage("Hi Tomasz, welcome!", tomasz).labels).toEqual(["personalised"]);
  });

  it("a greeting to a template's unfilled placeholder is a wrong name (lead, session 32)", () => {
    for (const text of [
      "Dear [CUSTOMER NAME],",
      "Hi {first_name},",
      "Hello {{name}},",
      "Dear <Name>,",
      "Dear XXXX,",
    ]) {
      expect(analyseMessage(text, KETTLE).labels, text).toEqual(["wrong_name"]);
    }
    expect(analyseMessage("Dear [CUSTOMER NAME],", KETTLE).spans[0]!.text).toBe("[CUSTOMER NAME]");
    // Brackets elsewhere are not a greeting: an aside, an edit mark, a quoted button.
    expect(analyseMessage("Dear Priya, your kettle [ORD-10234] is covered.", KETTLE).labels).not.toContain(
      "wrong_name",
    );
    expect(analyseMessage("Hi Priya, press [Descale] on the base.", KETTLE).labels).toEqual(["personalised"]);
  });

  it("mentioning a colleague or signing off is not a wrong name", () => {
    expect(analyseMessage("My colleague Janet will call you.", KETTLE).labels).toEqual([]);
    expect(analyseMessage("Thanks, Priya.\nKind regards,\nTom", KETTLE).labels).toEqual([
      "thank",
      "personalised",
    ]);
    expect(analyseMessage("Thanks, Priya. Kind regards, Tom", KETTLE).labels).toEqual([
      "thank",
      "personalised",
    ]);
  });

  it("order references and product names", () => {
    expect(analyseMessage("About order ORD-10234:", KETTLE).labels).toEqual(["order_reference"]);
    expect(analyseMessage("About ord10234", KETTLE).labels).toEqual(["order_reference"]);
    expect(analyseMessage("About order #10234", KETTLE).labels).toEqual(["order_reference"]);
    expect(analyseMessage("About your Aurora", KETTLE).labels).toEqual(["order_reference"]);
    expect(analyseMessage("About your kettles", KETTLE).labels).toEqual(["order_reference"]);
    expect(analyseMessage("About order ORD-10235", KETTLE).labels).toEqual([]);
    expect(analyseMessage("About your grinder", KETTLE).labels).toEqual([]);
    expect(analyseMessage("About your grinder", GRINDER).labels).toEqual(["order_reference"]);
  });

  it("survives hostile context values", () => {
    const hostile = {
      customerFirstName: "(.*)+$",
      customerLastName: 42,
      otherNames: ["[", null, "a".repeat(10_000), "Dr. (Who)"],
      orderRefs: "ORD-1",
      productNames: [")(", "\\", "?", ""],
    } as unknown as AnalysisContext;
    expect(() => analyseMessage("Hi (.*)+$, your ( order [ is here", hostile)).not.toThrow();
    expect(() => analyseMessage("hello", null as unknown as AnalysisContext)).not.toThrow();
  });
});

// ------------------------------------------------------------------------------------ robustness
describe("robustness", () => {
  it.each([
    ["empty", ""],
    ["spaces", "   \n\t  "],
    ["10 000 characters", "I'm so sorry about the kettle. ".repeat(350).slice(0, 10_000)],
    ["one long word", "a".repeat(10_000)],
    ["emoji", "😡😡😡 🫖💥 👍🏽 \u{1F600}"],
    ["HTML", "<script>alert('sorry')</script><b>thank you</b>"],
    ["lone surrogates and control characters", "\uD800 \uDFFF \u0000 \u0007 sorry\u0000"],
    ["only punctuation", "?!?!...,,,;;;:::---()"],
    ["right-to-left text", "\u202Eyrros m'I"],
    ["regex metacharacters", "(.*)+$ [a-z] \\d{1,} ^sorry$"],
  ])("never throws on %s", (_name, text) => {
    expect(() => analyseMessage(text)).not.toThrow();
    expect(() => analyseMessage(text, KETTLE)).not.toThrow();
    checkInvariants(text, KETTLE);
  });

  it("never throws on non-string input from untyped callers", () => {
    for (const bad of [undefined, null, 42, {}, ["sorry"]]) {
      expect(analyseMessage(bad as unknown as string)).toEqual({ labels: [], spans: [] });
    }
  });

  it("keeps its invariants on arbitrary text (property test)", () => {
    const vocabulary = fc.constantFrom(
      "sorry",
      "I'm",
      "not",
      "but",
      "refund",
      "you",
      "must",
      "have",
      "dropped",
      "it",
      ",",
      ".",
      "?",
      "!",
      "Priya",
      "Hi",
      "Dear",
      "Janet",
      "kettle",
      "ORD-10234",
      "thank",
      "calm",
      "down",
      "within",
      "3",
      "working",
      "days",
      "’",
      "–",
      "\n",
      "😊",
      "RMA",
      "could",
      "tell",
      "me",
      "what",
      "happened",
      "free",
      "delivery",
      "20%",
      "off",
    );
    const sentence = fc.array(vocabulary, { maxLength: 40 }).map((words) => words.join(" "));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ unit: "binary", maxLength: 200 }),
          fc.string({ unit: "grapheme", maxLength: 100 }),
          sentence,
        ),
        (text) => {
          checkInvariants(text, KETTLE);
          return true;
        },
      ),
      { numRuns: 400, seed: 20_240_601 },
    );
  });

  it("is deterministic and keeps no state between calls", () => {
    const a = "I'm so sorry, Priya. I'll send a replacement tomorrow. Thanks for your patience!";
    const b = "Sorry, but you must have dropped it. Calm down.";
    const first = JSON.stringify(explainMessage(a, KETTLE));
    analyseMessage(b, GRINDER);
    analyseMessage("x".repeat(5000));
    expect(JSON.stringify(explainMessage(a, KETTLE))).toBe(first);
    for (const ex of LABELLED_SENTENCES.slice(0, 40)) {
      expect(analyseMessage(ex.text, ex.context)).toEqual(analyseMessage(ex.text, ex.context));
    }
  });

  it("analyses a 2 000-character message in well under 1 ms on average (CPU, at the reference machine's speed)", () => {
    // The same text `npm run bench` times (row g). The statistical model runs too (it adds labels here).
    const text = TIMING_TEXT;
    expect(text.length).toBe(2000);
    for (let i = 0; i < 200; i++) {
      analyseMessage(text, KETTLE); // warm up the JIT
      calibrationWork();
    }
    // Five batches, each timed by this process's CPU time next to a fixed calibration workload of the
    // same kind (string and regex work, map counts; none of the analyser's code). The CI machine's
    // virtual CPUs change speed under the host's load: the same build measured 0.61 ms on one core and
    // 1.2 ms on the other minutes later (5 December, session 33), which failed this check on speed the
    // code does not control. The calibration slows with it (0.36 → 0.60 ms), so the analyser's cost is
    // taken as a ratio to it and converted to milliseconds at the reference machine's speed, where the
    // 1 ms bound was set; the raw figures are printed too. A slower analyser raises the ratio whatever
    // the machine.
    const runs = 300;
    const ratio: number[] = [];
    const raw: number[] = [];
    const calibration: number[] = [];
    for (let b = 0; b < 5; b++) {
      const a = cpuPerCall(() => analyseMessage(text, KETTLE), runs);
      const c = cpuPerCall(calibrationWork, runs);
      raw.push(a);
      calibration.push(c);
      ratio.push(a / c);
    }
    const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / xs.length;
    const atReference = mean(ratio) * REFERENCE_CALIBRATION_MS;
    console.log(
      `Timing per 2 000-character message: CPU mean ${mean(raw).toFixed(3)} ms on this machine, ` +
        `calibration ${mean(calibration).toFixed(3)} ms (reference ${REFERENCE_CALIBRATION_MS} ms), ` +
        `ratio ${mean(ratio).toFixed(2)} → ${atReference.toFixed(3)} ms at the reference speed; ${5 * runs} runs`,
    );
    expect(atReference).toBeLessThan(1);
  });

  it("stays linear on pathological input", () => {
    for (const text of [
      "sorry ".repeat(1700),
      ",".repeat(10_000),
      "Janet, ".repeat(1400),
      "not ".repeat(2500) + "refund",
    ]) {
      const t0 = performance.now();
      analyseMessage(text, KETTLE);
      expect(performance.now() - t0).toBeLessThan(250);
    }
  });
});

// ------------------------------------------------------------------------------------ rules table
describe("rule table", () => {
  it("has unique ids and a reason for every rule", () => {
    const ids = PHRASE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of PHRASE_RULES) {
      expect(r.id.startsWith(`${r.label}.`), r.id).toBe(true);
      expect(r.why.length).toBeGreaterThan(10);
    }
  });

  it("the literal prefilter never hides a real match", () => {
    const texts = [...ALL_EXAMPLES.map((e) => e.text), ALL_EXAMPLES.map((e) => e.text).join(" ")];
    for (const rule of PHRASE_RULES) {
      const { literals, caseInsensitive } = requiredLiterals(rule.pattern);
      const { query } = requiredQuery(rule.pattern);
      if (literals === null && query === null) continue;
      const re = new RegExp(rule.pattern.source, rule.pattern.flags.replace("g", ""));
      for (const raw of texts) {
        const norm = normaliseText(raw);
        if (!re.test(norm)) continue;
        const index = new LiteralIndex(asciiLower(norm));
        try {
          const has = (l: string) => (caseInsensitive ? index.has(l) : norm.includes(l));
          if (literals !== null)
            expect(literals.some(has), `${rule.id} on ${JSON.stringify(raw)}`).toBe(true);
          if (query !== null)
            expect(queryHolds(query, has), `${rule.id} (all its words) on ${JSON.stringify(raw)}`).toBe(true);
        } finally {
          index.release();
        }
      }
    }
  });
});

// ------------------------------------------------------------------------------------ descriptions
describe("LABEL_DESCRIPTIONS", () => {
  it("has one UK-English sentence per label", () => {
    expect(Object.keys(LABEL_DESCRIPTIONS).sort()).toEqual([...MESSAGE_LABELS].sort());
    for (const label of MESSAGE_LABELS) {
      const d = LABEL_DESCRIPTIONS[label];
      expect(d.length).toBeGreaterThan(15);
      expect(d.trim().endsWith(".")).toBe(true);
      expect(d).not.toMatch(/apologiz|personaliz|recogniz|\bcolor\b|\bcenter\b|organiz/i);
    }
  });
});

describe("calling the customer ridiculous, pathetic or silly (round 6)", () => {
  it.each([
    "You're being ridiculous.",
    "You are being pathetic about a late parcel.",
    "The customer is being silly.",
  ])("%j is dismissive", (text) => {
    expect(analyseMessage(text).labels).toContain("dismissive");
  });
  it.each([
    "That's ridiculous, and you're right to be cross about it.",
    "You're not being silly at all to ask.",
    "It's ridiculous that you had to chase us twice.",
  ])("%j is not", (text) => {
    expect(analyseMessage(text).labels).not.toContain("dismissive");
  });
});

describe("learners' present simple for a promise is ownership (red-team round 6 A)", () => {
  it.each([
    "I look after this myself, your case number is CASE-A1, and I call you next week for check the collection and money is OK.",
    "I look after this myself.",
    "I call you tomorrow for check the engineer came.",
    "I ring you back on Thursday.",
  ])("%j is ownership", (text) => {
    expect(analyseMessage(text).labels).toContain("ownership");
  });
  it.each([
    "I look after the accounts team.",
    "I call you because the line was bad.",
    "I check the order.",
    "I don't call you tomorrow, my colleague will.",
  ])("%j is not", (text) => {
    expect(analyseMessage(text).labels).not.toContain("ownership");
  });
});

describe("red-team round 7 asks: informal follow-up calls and regret, disparaging notes, public sarcasm", () => {
  const labelsOf = (t: string) => analyseMessage(t).labels;
  it.each([
    [
      "Your case number is CASE-A1, and I'll give you a ring myself next week to check it's all gone through.",
      "ownership",
    ],
    ["I'll drop you a line on Friday to make sure the refund has landed.", "ownership"],
    ["Tom, thanks for flagging this, and honestly I'm gutted we let you down.", "apologise"],
    ["We're mortified that we got this wrong.", "apologise"],
    [
      "Customer comes across as demanding and high-maintenance, possibly a serial requester; treat as low priority.",
      "dismissive",
    ],
    [
      "Worth bearing in mind that Aisha has a history of complaining and Gareth is a first-time buyer with unrealistic expectations.",
      "dismissive",
    ],
    ["Tom, thank you so much for sharing this with the whole internet.", "dismissive"],
    ["We're sorry our chat assistant didn't quite meet your standards.", "non_apology"],
  ] as const)("%j is %s", (text, label) => {
    expect(labelsOf(text)).toContain(label);
  });
  it("the sarcastic thanks is not thanks, and the follow-up call is not listening", () => {
    expect(labelsOf("Tom, thank you so much for sharing this with the whole internet.")).not.toContain(
      "thank",
    );
    expect(labelsOf("I'll give you a ring myself next week to check it's all gone through.")).not.toContain(
      "listen",
    );
  });
  it.each([
    ["Give us a ring if you need anything.", "ownership"],
    ["I'm gutted you feel that way.", "apologise"],
    ["Customer has a history of complaints about late delivery.", "dismissive"],
    ["Customer was demanding a refund.", "dismissive"],
    ["Thank you so much for taking the time to tell us.", "dismissive"],
    ["I'm sorry our chatbot didn't meet your expectations; I've refunded the second payment.", "non_apology"],
  ] as const)("%j is not %s", (text, label) => {
    expect(labelsOf(text)).not.toContain(label);
  });
});

describe("what the customer wants is not a fix we gave (third-person requests)", () => {
  const labelsOf = (t: string) => analyseMessage(t).labels;
  it.each([
    "The customer was demanding a refund.",
    "Customer wants a refund or a working kettle.",
    "She asked for a full refund.",
    "He is after a replacement.",
    "Customer demanding refund.",
    "They wanted a repair before the weekend.",
  ])("%j is not solve", (text) => {
    expect(labelsOf(text)).not.toContain("solve");
  });
  it.each([
    "I've issued a full refund.",
    "You asked for a refund, which I've processed.",
    "The customer was demanding a refund, so I refunded her \u00a320.",
    "They wanted a repair; we arranged an engineer for Friday.",
    "We will refund the customer in full.",
    "If the customer wants a refund, we will refund her.",
    "We'll contact you about your refund tomorrow.",
  ])("%j is still solve", (text) => {
    expect(labelsOf(text)).toContain("solve");
  });
});

describe("red-team round 8 asks (A): a legal entitlement, upkeep put on the owner, told off for next time", () => {
  const labelsOf = (t: string) => analyseMessage(t).labels;
  it.each([
    [
      "The Aurora's care guide mentions that limescale build-up is the most common cause of this kind of fault, and that regular descaling is the owner's responsibility.",
      "blame",
    ],
    ["It is up to the owner to descale the kettle.", "blame"],
    ["You are responsible for descaling it regularly.", "blame"],
    ["Cleaning the burrs is the user's job.", "blame"],
    [
      "The courier did flag the address label on your order, so it's worth double-checking your delivery address carefully when you order in future.",
      "dismissive",
    ],
    ["Make sure you check your basket next time.", "dismissive"],
    ["You're being very entitled.", "dismissive"],
    ["She's so entitled.", "dismissive"],
  ] as const)("%j is %s", (text, label) => {
    expect(labelsOf(text)).toContain(label);
  });
  it.each([
    [
      "As the kettle was delivered within the last 30 days, you are entitled under the Consumer Rights Act 2015 to reject it and receive a full refund.",
      "dismissive",
    ],
    ["You're entitled, by law, to a full refund.", "dismissive"],
    ["You are entitled by law to a repair.", "dismissive"],
    ["She is entitled under the CRA to a refund.", "dismissive"],
    ["It's not your responsibility to send it back.", "blame"],
    ["Returning it is our responsibility.", "blame"],
    ["Descaling won't fix this fault.", "blame"],
    ["Descaling is not the owner's responsibility here.", "blame"],
    ["Customer care is your job now.", "blame"],
    ["Please check your address is right on the record so we can re-send it.", "dismissive"],
    ["In future you can order online.", "dismissive"],
    ["It's worth checking your spam folder in future, as our emails sometimes land there.", "dismissive"],
    ["I'll double-check your address myself before the next order goes out.", "dismissive"],
  ] as const)("%j is not %s", (text, label) => {
    expect(labelsOf(text)).not.toContain(label);
  });
});

describe("restating what the customer wants is not a fix (second person, after a listening frame)", () => {
  const labelsOf = (t: string) => analyseMessage(t).labels;
  it.each([
    "We understand you are looking for a refund.",
    "I understand you'd like a refund.",
    "I see you asked for a replacement.",
    "I completely understand that you want a repair.",
  ])("%j is not solve", (text) => {
    expect(labelsOf(text)).not.toContain("solve");
  });
  it.each([
    "I understand you'd like a refund, so I've issued one today.",
    "I understand you'd like a refund and I'll arrange it now.",
    "I know you want a replacement, and one is on its way.",
    "I see you asked for a refund, which has been processed.",
    "If you'd like a refund, I can arrange it today.",
    "I understand you would like a refund. I have processed a full refund of \u00a344.99.",
  ])("%j is still solve", (text) => {
    expect(labelsOf(text)).toContain("solve");
  });
});

describe("red-team round 10 asks (A): one cutting line in a polite reply", () => {
  const labelsOf = (t: string) => analyseMessage(t).labels;
  it.each([
    [
      "For future reference, there is really no need for the tone of your email; we are here to help.",
      "calm_down",
    ],
    ["There's no need for that tone.", "calm_down"],
    ["There is no need for this kind of language.", "calm_down"],
    ["As I'm sure you can count, 31 days is more than 30.", "dismissive"],
    ["I'm sure you can read the label yourself.", "dismissive"],
    ["To be fair, thousands of customers use Bean Bot every week without any problems.", "blame"],
    ["Most customers can set it up without any trouble.", "blame"],
    ["Hundreds of our customers have used this kettle with no problems.", "blame"],
  ] as const)("%j is %s", (text, label) => {
    expect(labelsOf(text)).toContain(label);
  });
  it.each([
    ["We are here to help.", "calm_down"],
    ["There's no need to worry.", "calm_down"],
    ["There is no need to send the kettle back.", "calm_down"],
    ["There's no need for a receipt.", "calm_down"],
    ["For future reference, your case number is CASE-A1.", "dismissive"],
    ["I'm sure you can understand how sorry we are.", "dismissive"],
    ["As you can see from the tracking, it left on Monday.", "dismissive"],
    ["I'm sure you can read more about it on our website.", "dismissive"],
    ["Thousands of customers use Bean Bot every week, so we need it to work for everyone.", "blame"],
    ["I'm sorry; customers should be able to reach a person without any problems.", "blame"],
    ["We built it so that thousands of customers can use it without any problems.", "blame"],
    ["We want thousands of customers to use it without any problems.", "blame"],
  ] as const)("%j is not %s", (text, label) => {
    expect(labelsOf(text)).not.toContain(label);
  });
});

describe("red-team round 10 asks (B): lumped in with people who try it on; free delivery in other words", () => {
  const labelsOf = (t: string) => analyseMessage(t).labels;
  it.each([
    [
      "Honestly, you'd be surprised how many people ring up expecting us to read out someone else's account just because they say they're family.",
      "dismissive",
    ],
    ["You wouldn't believe how many callers claim to be the account holder.", "dismissive"],
    ["We can space it out, and if you restart we'll cover delivery for 3 months.", "offer"],
    ["We'll pay for delivery on your next three orders.", "offer"],
    ["I'll waive your delivery charge this time.", "offer"],
  ] as const)("%j is %s", (text, label) => {
    expect(labelsOf(text)).toContain(label);
  });
  it.each([
    ["I'm afraid I can only discuss an account with the account holder.", "dismissive"],
    ["You'd be surprised how much difference a descale makes.", "dismissive"],
    ["You'd be surprised how many people ring up about this; it's a really common question.", "dismissive"],
    ["Lots of people ring up about their parents' orders, and I understand why.", "dismissive"],
    [
      "We can only discuss an account with the account holder, even if a caller says they're family.",
      "dismissive",
    ],
    ["We'll cover the cost of returning it.", "offer"],
    ["We'll pay the postage to send it back.", "offer"],
    ["I'll cover the delivery of the replacement.", "offer"],
    ["Our courier covers your area.", "offer"],
    ["Delivery is covered by Royal Mail Tracked 48.", "offer"],
    ["We won't cover delivery.", "offer"],
  ] as const)("%j is not %s", (text, label) => {
    expect(labelsOf(text)).not.toContain(label);
  });
});

describe("blame in everyday words read off tune misses (analyser pass, 4 December, night)", () => {
  const labelsOf = (t: string) => analyseMessage(t).labels;
  it.each([
    "You didn't do what you were supposed to do.",
    "But you were notified, sir. It's on your bill.",
    "Excuse me, but why were you late with the payment this month?",
    "Please check your firewall settings, this is not an issue related to the framework.",
    "The issue is not with the script.",
    "The problem isn't with the kettle, it's the fuse in your plug.",
    "The firmware does not have anything to do with the power management.",
    "How is that the shop's responsibility?",
    "I've sold hundreds without complaint.",
    "It was not broken before use.",
    "It wasn't broken when it left us.",
    "Your grinder has water damage, so the warranty doesn't cover it.",
    "The battery is in upside down.",
  ])("%j is blame", (text) => {
    expect(labelsOf(text)).toContain("blame");
  });
  it.each([
    "You didn't do anything wrong.",
    "Why were you charged twice?",
    "The issue isn't with the app; we're fixing our server now.",
    "This is not an issue with your order.",
    "I'm so sorry, the box has water damage from the courier.",
    "The parcel arrived with water damage.",
    "The filter was fitted upside down at the factory, so I'm sending a new one today.",
    "The label is upside down.",
    "It wasn't broken, so I didn't need to replace it.",
  ])("%j is not blame", (text) => {
    expect(labelsOf(text)).not.toContain("blame");
  });
});

describe("red-team round 11 ask (A): the passive 'you shouldn't have been charged' is not blame", () => {
  const labelsOf = (t: string) => analyseMessage(t).labels;
  it.each([
    "Tom, thank you for telling us, and I'm really sorry. You shouldn't have been charged twice, and our chat assistant should have put you through to a person.",
    "You shouldn't have been left waiting.",
    "You shouldn't have been kept on hold for an hour.",
    "You shouldn't have been sent the wrong one.",
    "You shouldn't have been asked to prove it.",
    "You should not have been billed for the delivery.",
  ])("%j is not blame", (text) => {
    expect(labelsOf(text)).not.toContain("blame");
  });
  it.each([
    "You shouldn't have been using it outside.",
    "You shouldn't have been descaling it with vinegar.",
    "You shouldn't have been so rough with it.",
    "You shouldn't have opened it.",
  ])("%j is still blame", (text) => {
    expect(labelsOf(text)).toContain("blame");
  });
});

describe("red-team round 12 asks (A): sarcasm with no stock wording; a shrug and laughter at the customer's loss", () => {
  const labelsOf = (t: string) => analyseMessage(t).labels;
  it.each([
    "Oh wonderful, another Aurora kettle that's given up the ghost: you're the fourth this week, so believe me, you're not the only one having a bad morning.",
    "Oh great, another broken grinder.",
    "Oh brilliant. Yet another parcel gone missing.",
    "Believe me, you're not the only one having a bad day.",
    "hiya Aisha!! \u{1F605} ok so bad news lol, the courier's only gone and lost ur parcel \u{1F648}\u{1F648} couriers eh \u{1F644} what can u do \u{1F937}\u200d\u2640\ufe0f anyway new one's goin out 2day on next day so u'll get it tmrw \u{1F44D}",
    "Couriers, eh? What can you do?",
    "The courier lost it, what can you do \u{1F937}",
    "Your parcel is running a bit late lol",
    "Bad news haha, your order was cancelled.",
    "The kettle arrived smashed \u{1F602}",
    "The courier lost it again \u{1F644}",
  ])("%j is dismissive", (text) => {
    expect(labelsOf(text)).toContain("dismissive");
  });
  it.each([
    "Oh, that's wonderful news, I'm glad the replacement arrived.",
    "Wonderful, I'll send another kettle today.",
    "Oh great, thanks for letting me know.",
    "You're not the only one who has reported this, so we're checking the batch.",
    "You're not the only one with this fault; I'm sending a new one today.",
    "I know you're not the only one having a bad week with this batch, and I'm sorry.",
    "lol, I've got the same grinder!",
    "Haha, glad you like it!",
    "Haha, I'm late for my shift!",
    "What can we do to put this right?",
    "Here's what we can do: a refund today.",
    "What can you do on your end to check the fuse?",
    "What can you tell me about the fault?",
  ])("%j is not dismissive", (text) => {
    expect(labelsOf(text)).not.toContain("dismissive");
  });
  it("the shrug is not listening, and the emoji email is neither listening nor an apology", () => {
    expect(labelsOf("Couriers, eh? What can you do?")).not.toContain("listen");
    const emoji = labelsOf(
      "hiya Aisha!! \u{1F605} ok so bad news lol, the courier's only gone and lost ur parcel \u{1F648}\u{1F648} couriers eh \u{1F644} what can u do \u{1F937}\u200d\u2640\ufe0f anyway new one's goin out 2day on next day so u'll get it tmrw \u{1F44D}",
    );
    expect(emoji).not.toContain("listen");
    expect(emoji).not.toContain("apologise");
    const wonderful = labelsOf(
      "Oh wonderful, another Aurora kettle that's given up the ghost: you're the fourth this week, so believe me, you're not the only one having a bad morning.",
    );
    expect(wonderful).not.toContain("listen");
    expect(wonderful).not.toContain("empathy");
  });
  it("quotes the words as evidence", () => {
    const r = analyseMessage("Couriers, eh? What can you do? Bad news lol.");
    expect(r.spans.filter((s) => s.label === "dismissive").map((s) => s.text)).toEqual([
      "What can you do",
      "lol",
    ]);
  });
});

describe("red-team round 12 ask (B): a mock offer is sarcasm", () => {
  const labelsOf = (t: string) => analyseMessage(t).labels;
  const liam =
    "Oh, of course, Liam, I'll just read your mum's address and order out to a voice on the phone, shall I? That's exactly how data protection works. I can only discuss an account with the account holder, so I can't say anything about any order or account that isn't yours. Your mum can ring us herself, or ring with you and tell us you can speak for her.";
  it.each([
    liam,
    "Oh sure, I'll just refund everyone who asks, shall I?",
    "Oh right, I'll just hand your account over to whoever rings, shall I?",
    "Oh, naturally, we'll just send a new kettle to anyone who asks, shall we?",
  ])("%j is dismissive", (text) => {
    expect(labelsOf(text)).toContain("dismissive");
  });
  it.each([
    "Of course, I'll just check that for you.",
    "I'll pop the new one in the post today, shall I?",
    "Shall I just call you back this afternoon?",
    "That's exactly how it should work, and I'm sorry it didn't.",
    "Oh, of course, I'll send it to your work address instead.",
    "I'll just book that in for you, shall I?",
    "Oh yes, I'll just pop it in the post today, shall I?",
  ])("%j is not dismissive", (text) => {
    expect(labelsOf(text)).not.toContain("dismissive");
  });
  it("the mock offer is neither listening nor a remedy, and is quoted as evidence", () => {
    expect(labelsOf(liam)).not.toContain("listen");
    expect(labelsOf("Oh sure, I'll just refund everyone who asks, shall I?")).not.toContain("solve");
    expect(labelsOf("I'll pop the new one in the post today, shall I?")).toContain("solve");
    const spans = analyseMessage(liam).spans.filter((s) => s.label === "dismissive");
    expect(spans.map((s) => s.text)).toEqual([
      "Oh, of course, Liam, I'll just read your mum's address and order out to a voice on the phone, shall I?",
    ]);
  });
});

describe("red-team round 12 ask (A, part 2): told to wait in the queue", () => {
  const labelsOf = (t: string) => analyseMessage(t).labels;
  it.each([
    "Kindly note that queries are dealt with in the order they are received, and yours is being looked at.",
    "All queries are answered in the order they're received.",
    "Please be advised that emails are dealt with in order of receipt.",
    "Complaints are handled strictly in the order they were received.",
  ])("%j is dismissive", (text) => {
    expect(labelsOf(text)).toContain("dismissive");
  });
  it.each([
    "Please note that the refund can take 3 to 5 working days to show.",
    "Kindly note your case reference: CASE-A1",
    "Please note we're closed on bank holidays.",
    "We'll deal with it in the order you prefer.",
    "Your items will arrive in the order they were dispatched.",
    "Queries are answered in the order they are received; yours is next and I'll reply by noon.",
    "I'll deal with each of your points in turn.",
  ])("%j is not dismissive", (text) => {
    expect(labelsOf(text)).not.toContain("dismissive");
  });
  it("the requester's sentence is neither listening nor a fix", () => {
    const labels = labelsOf(
      "Kindly note that queries are dealt with in the order they are received, and yours is being looked at.",
    );
    expect(labels).not.toContain("listen");
    expect(labels).not.toContain("solve");
  });
});

describe("red-team round 12 ask (B, 2): emoji text-speak that is rude underneath", () => {
  const labelsOf = (t: string) => analyseMessage(t).labels;
  it.each([
    "so ur beans will come coarse ground obvs \u{1F644} since u never bought a grinder lol \u{1F602} u can change the grind on ur account page whenever",
    "no texts, got it \u{1F44D} tho ur missing out on all the deals tbh \u{1F937}",
    "You're missing out on our best offers, to be honest.",
    "Your parcel is late again \u{1F644}",
    "haha since you didn't read the label",
  ])("%j is dismissive", (text) => {
    expect(labelsOf(text)).toContain("dismissive");
  });
  it.each([
    "u can change the grind on ur account page whenever",
    "no texts, got it \u{1F44D}",
    "thanks for subscribing, welcome to the fam!!",
    "Coarse ground, obviously, as you said you've got a cafeti\u00e8re \u{1F60A}",
    "lol I do the same!",
    "lol, same here!",
    "You're not missing out: we'll email you any offers instead.",
    "You won't miss out: we'll email you offers instead.",
    "I'm sorry you're missing out on the launch offer.",
    "lol u never know!",
    "Mondays \u{1F644} am I right?",
  ])("%j is not dismissive", (text) => {
    expect(labelsOf(text)).not.toContain("dismissive");
  });
});

describe("gaps, 5 December: an offer question is not listening; text-speak days are timeframes", () => {
  const labelsOf = (t: string) => analyseMessage(t).labels;
  const rulesOf = (t: string) => analyseWithRulesOnly(t).labels;
  it.each([
    "What can we do to put this right?",
    "What can I do to make this right for you?",
    "How can we put this right for you?",
    "What would you like us to do?",
    "What can we do about this?",
  ])("%j hands the remedy back to the customer: an offer question, not listening", (text) => {
    expect(labelsOf(text)).not.toContain("listen");
    expect(labelsOf(text)).toContain("question");
  });
  it.each([
    "What can you tell me about the fault?",
    "What happened when you switched it on?",
    "I understand the kettle leaked. What can we do to put this right?",
  ])("%j still listens", (text) => {
    expect(labelsOf(text)).toContain("listen");
  });
  it.each([
    "new one's goin out 2day so u'll get it tmrw",
    "ill ring u 2moro",
    "it'll be with u by end of nxt wk",
    "I'll call you 2nite",
    "Your refund will reach your card by tmw.",
  ])("%j names a time in text-speak: timeframe", (text) => {
    expect(rulesOf(text)).toContain("timeframe");
  });
  it.each(["thanks for calling 2day", "The 12day wait was too long.", "it broke 2day"])(
    "%j is no promise of a time",
    (text) => {
      expect(labelsOf(text)).not.toContain("timeframe");
    },
  );
});

describe("red-team round 13 asks (B): a sign-off with the shop's name; an offence pointed out to the customer", () => {
  const priya = { customerFirstName: "Priya", customerLastName: "Nair", otherNames: ["Sam"] };
  it.each([
    "Hi Priya,\n\nIf you'd rather not hear from us, just reply and let us know.\n\nBest wishes,\nSam, Hearth & Bean",
    "Thanks for waiting.\n\nKind regards,\nSam at Hearth & Bean",
    "Cheers,\nSam (Customer Care)",
    "Best wishes,\nSam\nHearth & Bean Customer Services",
  ])("%j signs off as Sam: not a wrong name", (text) => {
    expect(analyseMessage(text, priya).labels).not.toContain("wrong_name");
  });
  it.each([
    "Thanks, Sam, for your order",
    "Hi Sam, your refund is on its way.",
    "Your refund is on its way.\nThanks, Sam, for your patience.",
    "Best wishes,\nSam, you will get it tomorrow",
  ])("%j addresses the customer as Sam: wrong name", (text) => {
    expect(analyseMessage(text, priya).labels).toContain("wrong_name");
  });
  it.each([
    "I would also point out that under section 170 of the Data Protection Act 2018 it is a criminal offence for a person knowingly or recklessly to obtain or disclose personal data without the consent of the controller, or to procure its disclosure to another person.",
    "I must point out that obtaining someone else's personal data without their consent is an offence.",
    "Please be aware that asking for another person's account details can be unlawful.",
  ])("%j points an offence at the customer: dismissive", (text) => {
    expect(analyseMessage(text).labels).toContain("dismissive");
  });
  it.each([
    "It's a criminal offence for anyone to tamper with your post, so we'll report it.",
    "Please be aware that it would be unlawful for us to share your mother's details.",
    "I would point out that your refund was issued on Monday.",
    "Please be aware that the refund can take 3 to 5 working days.",
  ])("%j is not dismissive", (text) => {
    expect(analyseMessage(text).labels).not.toContain("dismissive");
  });
});

describe("red-team round 13 ask (A) and the lead's asks: choice questions, policy exclusions, reflective listening, passing the buck", () => {
  const labelsOf = (t: string) => analyseMessage(t).labels;
  it.each([
    "Which remedy do you wish to exercise?",
    "Which would you prefer?",
    "Which would you like?",
    "Which option would you like to go for?",
    "Which of those suits you best?",
    "Which one would be best for you?",
  ])("%j asks her to choose between options: a question, not listening", (text) => {
    expect(labelsOf(text)).toEqual(["question"]);
  });
  it.each(["Which day did it stop working?", "Which light comes on?", "Which address should we send it to?"])(
    "%j asks about her facts or needs: listening",
    (text) => {
      expect(labelsOf(text)).toContain("listen");
    },
  );
  it.each([
    "Sale items, gift cards, opened coffee and perishable goods cannot be returned unless faulty.",
    "Gift cards and vouchers are non-refundable.",
    "Discounted items are not eligible for a refund.",
  ])("%j lists what a policy excludes: not an offer", (text) => {
    expect(labelsOf(text)).not.toContain("offer");
  });
  it.each([
    "P.S. Our Black Friday sale starts tomorrow: 25% off all frothers and coffee machines, treat yourself!",
    "Use code SORRY10 for 10% off.",
    "Treat yourself to a gift card.",
    "I've added a £10 gift card to say sorry; it can't be exchanged for cash.",
  ])("%j is still an offer", (text) => {
    expect(labelsOf(text)).toContain("offer");
  });
  it.each([
    "What I'm hearing is that this is the third time the grinder has jammed, and you've had enough.",
    "So what you're saying is the kettle cuts out after a minute.",
    "From what you've told me, the parcel never arrived.",
    "As I understand it, your refund hasn't reached your card.",
    "If I'm hearing you right, the machine leaks from the base.",
    "So the problem is that the grinder jams every morning.",
  ])("%j restates her problem with a frame: listen (rules)", (text) => {
    expect(analyseWithRulesOnly(text).labels).toContain("listen");
  });
  it("'The problem is that we can't…' (no 'so', our side) is not a restatement", () => {
    expect(analyseWithRulesOnly("The problem is that we can't refund opened coffee.").labels).not.toContain(
      "listen",
    );
  });
  it.each([
    "You'll need to contact the courier directly about that.",
    "That's something you'd have to take up with the manufacturer.",
    "You'd have to take that up with the courier.",
    "You will need to speak to the manufacturer about the fault.",
  ])("%j passes the buck to the courier or the maker: dismissive", (text) => {
    expect(labelsOf(text)).toContain("dismissive");
  });
  it.each([
    "You'll need to contact the courier to rearrange the delivery.",
    "I'll contact the courier about that today.",
    "It's something we'll take up with the courier for you.",
    "If you'd rather, you can contact the courier directly about the delivery slot.",
  ])("%j is not dismissive", (text) => {
    expect(labelsOf(text)).not.toContain("dismissive");
  });
});

describe("gaps, eleventh pass: a discount code is not the word inside it", () => {
  const labelsOf = (t: string) => analyseMessage(t).labels;
  it.each([
    "use code SORRY10",
    "Use code SORRY10",
    "Code: SORRY10",
    "Enter SORRY10 at checkout.",
    "Use THANKYOU15 at checkout.",
  ])("%j is an offer, not an apology or thanks", (text) => {
    const labels = labelsOf(text);
    expect(labels).not.toContain("apologise");
    expect(labels).not.toContain("thank");
  });
  it.each([
    ["Use code SORRY10 for 10% off, and I'm so sorry about the kettle.", "apologise"],
    ["Sorry again: use code SORRY10 next time.", "apologise"],
    ["Thank you for waiting; use THANKYOU15 at checkout.", "thank"],
  ])("%j still apologises or thanks in words", (text, label) => {
    expect(labelsOf(text)).toContain(label);
  });
});

describe("lead's ask (5 December): patronising, contemptuous and minimising asides; tags that make a point", () => {
  const labelsOf = (t: string) => analyseMessage(t).labels;
  it.each([
    // "It's easy, you should manage"
    "P.S. Descaling it isn't rocket science.",
    "It's not exactly hard to read the label.",
    "Honestly, it's not that difficult to plug it in properly.",
    "Anyone could have followed those steps.",
    "I've made it simple enough for you.",
    "Let me spell it out for you.",
    "I'll put it in words of one syllable.",
    "One more time for you: the refund has been issued.",
    "Next time, read the manual before getting in touch.",
    "I'm sure even you can manage that.",
    "It's not rocket science, is it?",
    "It's simple, isn't it?",
    // contempt for the customer as a type, and shrugs
    "People like you are the reason we have a returns policy.",
    "We get a lot of people like you.",
    "Some of us have real jobs to do.",
    "Your sort always complain.",
    "I don't know what else to tell you.",
    "Deal with it.",
    "Fine. Whatever.",
    // minimising the problem or the feeling
    "You're making a mountain out of a molehill.",
    "It's a storm in a teacup.",
    "That's a bit dramatic for a late parcel.",
    "It's only a parcel.",
    "You're making a fuss over nothing.",
    // patronising address
    "Thanks hun, I'll sort it.",
    "Sweetie, the refund takes five days.",
    "Bless you, you've ordered the wrong size.",
    "No offence, but the instructions are on the box.",
    // in a CRM note
    "Customer rang again. People like her never read the manual.",
    "Bless her, she'd plugged it into a dead socket.",
  ])("%j is dismissive", (text) => {
    expect(labelsOf(text)).toContain("dismissive");
  });
  it.each([
    "It's not difficult to set up: hold the button for five seconds.",
    "It's quite simple to cancel: reply STOP.",
    "There's nothing complicated to do: we'll collect it.",
    "Customers like you are why we do this.",
    "Customers like you are the reason we love what we do.",
    "A little treat for loyal customers like you.",
    "We made this blend for people like you who love a strong cup.",
    "We get a lot of questions about this, so here's a guide.",
    "I don't know yet, but I will find out and tell you by Friday.",
    "Don't worry: it's not the end of the world if you miss the delivery, we'll rebook it.",
    "Relax and enjoy your coffee: the refund is done.",
    "It's only a small charge and we've refunded it.",
    "It's just a quick form, then we'll send the replacement.",
    "Bless you for your patience.",
    "Whatever you decide, we'll support you.",
    "Dear Priya, thank you for your email.",
    "Oh dear, that's not what should happen.",
    "I think you'll love the new blend.",
    "I meant no offence, and I'm sorry it read that way.",
    "We saw a dramatic improvement after the update.",
    "Please read the instructions in the box; they explain the grind settings.",
    "Anyone could have missed that email; it went to spam.",
    "Please let us know your sort code so we can refund you.",
    "Thank you for your kind words.",
    "We'll deal with it today.",
    "I'll deal with it myself.",
    "Tea, coffee or whatever.",
  ])("%j is not dismissive", (text) => {
    expect(labelsOf(text)).not.toContain("dismissive");
    expect(labelsOf(text)).not.toContain("blame");
  });
  it.each([
    "Try not to break this one.",
    "Please be more careful with the new one.",
    "Try to be a bit more careful next time.",
  ])("%j implies she broke the first: blame", (text) => {
    expect(labelsOf(text)).toContain("blame");
  });
  it.each([
    "Try not to worry: a new one is on its way.",
    "We'll be more careful with your next order.",
    "Our courier will be more careful next time.",
  ])("%j is not blame", (text) => {
    expect(labelsOf(text)).not.toContain("blame");
  });
  it.each([
    "It's not rocket science, is it?",
    "It's simple, isn't it?",
    "It's a bit of a first-world problem, isn't it?",
    "That's easy enough, don't you think?",
    "A refund would be fairest, wouldn't you say?",
  ])("%j makes a point: not listening", (text) => {
    expect(labelsOf(text)).not.toContain("listen");
  });
  it.each([
    "It arrived on Tuesday, didn't it?",
    "The light flickers, is that right?",
    "It stopped on Monday, didn't it?",
  ])("%j checks her facts: still listening", (text) => {
    expect(labelsOf(text)).toContain("listen");
  });
});

describe("lead's ask, second set (5 December): sneering, 'it should be obvious', telling her how to feel, disowning the job", () => {
  const labelsOf = (t: string) => analyseMessage(t).labels;
  const respect = (t: string) => labelsOf(t).filter((l) => ["blame", "dismissive", "calm_down"].includes(l));
  it.each([
    "Most people manage to plug it in the right way round.",
    "Everyone else seems to cope with the app.",
    "It's a £30 grinder, not a Rolls-Royce.",
    "You get what you pay for.",
    "I'd have thought that was obvious.",
    "That should be pretty self-explanatory.",
    "We're not mind readers, you know.",
    "Not sure why you're so worked up.",
    "Let's not get carried away, shall we?",
    "Try being a bit more patient.",
    "Please don't take it out on our staff.",
    "Don't shoot the messenger, I only work here.",
    "We have better things to do than chase this.",
    "Hope this finally makes you happy.",
    "It really isn't that hard to follow the instructions.",
    "Happy now?",
    "Please be more polite next time.",
  ])("%j is a respect breach", (text) => {
    expect(respect(text)).not.toEqual([]);
  });
  it.each([
    "Most customers can return it in store if they prefer.",
    "Most people find the medium grind suits a cafetiere.",
    "I hope this makes your mornings easier.",
    "It isn't that hard to fix: we'll send a new part today.",
    "We'll try to be more organised with deliveries.",
    "I'll be more patient with the booking system next time.",
    "I'm sorry you've had to get so worked up about this.",
    "It's not your fault, you know.",
    "You know, I think a replacement is best.",
    "Let's not wait any longer: I've refunded you.",
    "We want everyone else to enjoy it too.",
    "Please be patient with us while we sort this.",
    "Everyone else in the office loves the new blend.",
    "Hopefully this keeps you going until the new one arrives.",
    "You should have had a reply by now, you know, and I'm sorry you didn't.",
  ])("%j is not a respect breach", (text) => {
    expect(respect(text)).toEqual([]);
  });
});

describe("acknowledging her feelings is empathy, not thanks (red-team round 24 A, session 39)", () => {
  it.each([
    "I completely appreciate your concerns.",
    "I appreciate how you feel.",
    "I completely get it.",
    "I understand your worries about the machine.",
  ])("%j is empathy (a bare acknowledgement) and never thanks", (text) => {
    const { labels } = analyseMessage(text);
    expect(labels).toContain("empathy");
    expect(labels).not.toContain("thank");
  });
  it.each([
    ["I appreciate your patience.", "thank"],
    ["We really appreciate your business.", "thank"],
  ])("%j is still thanks", (text, label) => {
    expect(analyseMessage(text).labels).toContain(label);
  });
  it.each(["I'll get it to you by Friday.", "We get it wrong sometimes, and we did here."])(
    "%j is not empathy: 'get it' as fetching or erring",
    (text) => {
      expect(analyseMessage(text).labels).not.toContain("empathy");
    },
  );
});

describe("'it's only…': her problem minimised, not the price or wait of what we offer (ASK respect-1, session 39)", () => {
  it.each([
    "It's only £3 for next-day delivery if you'd like it quicker.",
    "It's just £2 extra for gift wrap.",
    "It's only a few days until the new stock arrives, and I'll reserve one for you.",
  ])("%j is not dismissive", (text) => {
    expect(analyseMessage(text).labels).not.toContain("dismissive");
  });
  it.each([
    "It's only £30, what do you expect?",
    "It's only a few days, stop chasing.",
    "It's only a kettle.",
  ])("%j stays dismissive", (text) => {
    expect(analyseMessage(text).labels).toContain("dismissive");
  });
});

describe("minimising by proportion and blame by what others remember (lead's mutation set 16, session 39)", () => {
  it.each([
    ["Let's try to keep this in perspective: the grinder will turn up.", "dismissive"],
    ["It's a toaster, not a tragedy, and a new one is on the way.", "dismissive"],
    ["Faults like this? Breakdowns happen to everybody now and then.", "dismissive"],
    ["Delays are simply the nature of the beast at Christmas.", "dismissive"],
    ["We wouldn't take it personally, these parcels go missing.", "dismissive"],
    ["The filter needs rinsing weekly, something many owners forget.", "blame"],
    ["Most of our customers find it helps to check the voltage before plugging in.", "blame"],
    ["Frothers tend to fail far more quickly for certain users.", "blame"],
  ])("%j is %s", (text, label) => {
    expect(analyseMessage(text).labels).toContain(label);
  });
  it.each([
    "Please don't take it personally that the bot closed the chat; it did that to everyone and it's being fixed.",
    "I'm so sorry, this happened to several customers because of our courier and it's our fault.",
    "Most customers find the 500g bag lasts about a month.",
  ])("%j is neither", (text) => {
    const { labels } = analyseMessage(text);
    expect(labels).not.toContain("dismissive");
    expect(labels).not.toContain("blame");
  });
});

describe("blame by what usually makes goods fail or by her timing, and our failure called normal (lead's set 17, session 40)", () => {
  it.each([
    ["Grinders typically only go like that when they've been dropped.", "blame"],
    ["Espresso machines nearly always pack up because of the cleaning routine at home.", "blame"],
    ["Toasters won't tend to last when they're left switched on empty.", "blame"],
    ["Booking a delivery for the day before a wedding is always cutting it fine.", "blame"],
    ["You should have ordered it earlier if it was for Christmas.", "blame"],
    ["The occasional lost parcel is par for the course, I'm afraid.", "dismissive"],
  ])("%j is %s", (text, label) => {
    expect(analyseMessage(text).labels).toContain(label);
  });
  it.each([
    "It's nearly always a faulty thermostat rather than anything you did.",
    "This usually happens when the thermostat fails, not when people use it without water.",
    "Kettles usually only fail like this when there's a fault in the element, which is ours to put right.",
    "I know it's cutting it fine for Saturday, so I've sent it next-day.",
    "A few late parcels are not to be expected, and I'm sorry yours was one.",
    "To keep it working well, descale it monthly.",
  ])("%j is neither", (text) => {
    const { labels } = analyseMessage(text);
    expect(labels).not.toContain("dismissive");
    expect(labels).not.toContain("blame");
  });
});

describe("care hinted as the cause, trouble talked down, everyone-knows and mock cheer (lead's set 19, session 41)", () => {
  it.each([
    ["If the descaling has slipped, that would explain it.", "blame"],
    ["Had the manual been read, it would have lasted longer.", "blame"],
    [
      "Grinders don't tend to break by themselves, so it's worth thinking about how it's been handled.",
      "blame",
    ],
    [
      "These machines need a bit of TLC, so if the cleaning hasn't been kept up that's likely the reason.",
      "blame",
    ],
    ["Two late parcels isn't really that bad a record, though.", "dismissive"],
    ["Honestly, a double charge is a bit of a non-event.", "dismissive"],
    ["Look on the bright side, you got a free trip to the post office.", "dismissive"],
    ["Parcels go missing all the time, it's just part of life with couriers.", "dismissive"],
    ["As any barista knows, a cafetière needs a coarse grind.", "dismissive"],
    ["Most people know you should descale a kettle now and then.", "dismissive"],
    ["Plenty start with pods before they graduate to proper coffee.", "dismissive"],
    ["What an adventure, boiling water on the hob!", "dismissive"],
    ["Very retro of you, using a saucepan.", "dismissive"],
    ["Think of it as a workout, carrying it to the depot.", "dismissive"],
  ])("%j is %s", (text, label) => {
    expect(analyseMessage(text).labels).toContain(label);
  });
  it.each([
    "The damage isn't that bad, so the courier will collect it tomorrow.",
    "The good news is it's not that bad a job: a new kettle is on its way.",
    "Deliveries going missing is not part of the service you should expect.",
    "Our old courier's parcels went wrong all the time, which is why we changed to Royal Mail.",
    "Not everyone knows you can freeze beans, so here's a tip.",
    "Most customers know their order number from the confirmation email, but your postcode will do.",
    "Many people start with a cafetière, and it makes a lovely cup.",
    "If the descaling light comes on, follow the leaflet: it keeps the new one going.",
    "If you've lost the instructions, I can email a copy.",
    "Kettles don't usually fail by themselves this early, so it's clearly a fault and I've refunded you.",
    "However it's been used, the fault is ours.",
    "What an awful experience, I'm so sorry.",
  ])("%j is neither", (text) => {
    const { labels } = analyseMessage(text);
    expect(labels).not.toContain("dismissive");
    expect(labels).not.toContain("blame");
  });
});

describe("hindsight advice, conduct advice, how to feel, her reasons, others glad, common factor (lead's set 20, session 41)", () => {
  it.each([
    ["A quick look at the FAQ would have told you that.", "blame"],
    ["The easiest thing would have been to order a smaller bag.", "blame"],
    ["You could have just checked the tracking yourself.", "blame"],
    ["In future, it's worth reading the instructions before you use it.", "blame"],
    ["Next time, make sure you keep the box.", "dismissive"],
    ["Going forward, please check the tracking yourself before emailing.", "dismissive"],
    ["If you answer the bot's questions clearly it will usually put you through.", "blame"],
    ["One email is plenty, we do read them.", "dismissive"],
    ["Please bear in mind we have a lot of customers to look after.", "dismissive"],
    ["I wouldn't lose any sleep over it.", "dismissive"],
    ["There's really no need to get worked up about a late parcel.", "dismissive"],
    ["That seems a funny reason to leave after all these years.", "dismissive"],
    ["I'm not sure why you'd want all that information.", "dismissive"],
    ["Most people would be glad someone took it in for them.", "dismissive"],
    ["You do seem to have rotten luck with our machines!", "dismissive"],
    ["Here we are again, then.", "dismissive"],
  ])("%j is %s", (text, label) => {
    expect(analyseMessage(text).labels).toContain(label);
  });
  it.each([
    "That would have been so frustrating, especially before work.",
    "I would have called you, but I only had your email address.",
    "In future, you can change the grind from your account page.",
    "Next time you order, your parcel will come with Royal Mail.",
    "If you'd like, you can track the new parcel here.",
    "Most people would be upset by that, and you were right to tell us.",
    "I'm not sure why the tracking stopped, so I've asked the courier.",
    "Don't worry, the refund is on its way.",
    "I wouldn't want you to be out of pocket, so I've refunded the postage.",
    "It would have been better if we'd told you sooner, and I'm sorry we didn't.",
    "You could have a replacement or a refund, whichever you prefer.",
    "Next time it breaks, just reply to this email and I'll sort it.",
    "Going forward, we'll text you a delivery slot.",
    "One email is all it takes: I'll handle everything from here.",
    "It's all sorted now, so I wouldn't lose any sleep over it.",
    "Here we go again for you, Linda, and I'm so sorry.",
  ])("%j is neither", (text) => {
    const { labels } = analyseMessage(text);
    expect(labels).not.toContain("dismissive");
    expect(labels).not.toContain("blame");
  });
});

describe("commiseration in plain speech is empathy (red-team round 25 A, session 40)", () => {
  it.each([
    "Oh Linda, that's rotten luck. The pump again?",
    "Honestly, that's the last thing you need before work.",
    "You must be sick of it by now, and I'm sorry.",
    "What rough luck, two breakdowns in a row.",
  ])("%j is empathy", (text) => {
    expect(analyseMessage(text).labels).toContain("empathy");
  });
  it.each([
    "Good luck with it!",
    "Rotten luck that the courier was late, but it's not our problem.",
    "The last thing we shipped was the grinder.",
  ])("%j is not", (text) => {
    expect(analyseMessage(text).labels).not.toContain("empathy");
  });
});
