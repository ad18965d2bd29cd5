import { describe, expect, it } from "vitest";
import { analyseMessage } from "../analysis";
import {
  caseEvidenceSchema,
  disclosuresIn,
  isOnlyKeywords,
  obstructionsIn,
  readMessage,
  splitSentences,
  withoutAsides,
} from "./case-evidence";
import { scoreState } from "./scoring";
import { loadScenarioFile, play } from "./test-support";

const evidence = caseEvidenceSchema.parse({
  facts: [
    { id: "light", say: ["flicker", "light + nothing"] },
    { id: "pan", say: ["saucepan"] },
  ],
  questions: [{ id: "grind", asks: "Whole or ground?", answers: ["coarse", "grind + for you"] }],
  fix: [{ id: "refund", say: ["refund", "money back"] }],
  history: [{ id: "cafetiere", say: ["cafetiere"] }],
});
const read = (text: string, channel = "email") => readMessage(text, analyseMessage(text), evidence, channel);
const ids = (text: string) => read(text).hits.map((h) => `${h.kind}:${h.id}`);

describe("choices: made on the call (flags) or in the first message (round 10 A)", () => {
  it("needs the flags that record a choice, unless it was made in the customer's first message", () => {
    expect(caseEvidenceSchema.safeParse({ choices: [{ id: "refund", say: ["refund"] }] }).success).toBe(
      false,
    );
    expect(
      caseEvidenceSchema.safeParse({ choices: [{ id: "refund", say: ["refund"], inOpening: true }] }).success,
    ).toBe(true);
    expect(
      caseEvidenceSchema.safeParse({ choices: [{ id: "refund", say: ["refund"], flags: ["chose_refund"] }] })
        .success,
    ).toBe(true);
  });
});

describe("filled-in fields and keyword lists under a field name (round 10 A)", () => {
  it("reads a list under a field's name as a list, so the answers in it earn nothing", () => {
    const text =
      "I'll sort it. PS options: refund / money back, coarse grind, your choice, no deduction within six months";
    expect(ids(text)).toEqual([]);
    expect(read(text).keywordLists).toBe(1);
    // A series of figures under a name is a sentence, not a list.
    expect(read("Priya: every 30 days, then 45, 60, 75 and 110 days with no complaint.").keywordLists).toBe(
      0,
    );
    // The same words in a sentence are an answer.
    expect(ids("You can have your money back, or we grind it coarse: your choice.").sort()).toEqual([
      "answers:grind",
      "fix:refund",
    ]);
  });

  it("names a field only where someone is not saying something", () => {
    expect(read("• Sorry: yes\n• Remedy: refund").fieldNames).toHaveLength(2);
    const text = "• Sorry: yes";
    const f = read(text).fieldNames[0]!;
    expect(text.slice(f.start, f.end)).toBe("Sorry");
    expect(read('You said: "the light flickers"').fieldNames).toEqual([]);
    expect(read("Note: I've refunded it today.").fieldNames).toEqual([]);
    expect(read("Apology: we are so sorry.").fieldNames).toEqual([]);
    expect(read("We open at 09:00 tomorrow.").fieldNames).toEqual([]);
  });

  it("reads a ticked checklist of fields as notes (round 27 A, redA's returns-r27-tick-boxes)", () => {
    expect(
      read(
        "Hi Priya,\n[x] Heard: kettle flickers\n[x] Sorry: yes\n[x] Fix: refund sent\n[x] Thanks: done\nAlex",
      ).telegram,
    ).toBe(true);
    expect(read("☑ Kettle: flickers\n☑ Apology: given\n☑ Remedy: refund\n☑ Thanks: given").telegram).toBe(
      true,
    );
    // A tick inside a sentence is not a bullet.
    expect(
      read("Dear Priya,\nYour refund is done ✅ and it's on its way to your card today.\nAlex").telegram,
    ).toBe(false);
  });

  it("counts a message of four or more filled-in fields as notes (telegram)", () => {
    expect(
      read(
        "Priya,\n• Kettle: stopped working, 12 days old\n• Saucepan: 2 days\n• Remedy: full refund £44.99 to Visa\nAlex",
      ).telegram,
    ).toBe(true);
    expect(
      read(
        "Dear Priya,\nI'm so sorry your kettle has stopped working.\nRemedy: full refund today.\nThanks, Alex",
      ).telegram,
    ).toBe(false);
  });

  it("counts one long keyword list between a greeting and a sign-off as notes (lead's set 18)", () => {
    expect(
      read(
        "Dear Priya,\n\nAurora kettle, 12 days, saucepan, sorry, apologies, refund, £44.99, Visa debit, thank you.\n\nAlex",
      ).telegram,
    ).toBe(true);
    // A real sentence with a short list in it is not.
    expect(
      read(
        "Dear Priya,\n\nI'm so sorry: I've refunded the £44.99, the delivery, the VAT and the fee to your Visa debit today.\n\nAlex",
      ).telegram,
    ).toBe(false);
  });
});

describe("an informal sentence naming the customer's own things is said, not a keyword list (round 27 B)", () => {
  it("reads a long clause about their things between short asides as a sentence", () => {
    expect(
      read("Two saucepans, and your daughter's kettle a week after her move – sorry, Priya, that's on us.")
        .keywordLists,
    ).toBe(0);
    expect(
      read("Your parcel, left at number 12 instead of your flat – sorry, Tom, my mistake.").keywordLists,
    ).toBe(0);
  });
  it("still reads lists of keywords, with or without a possessive in a short item", () => {
    expect(read("Your order, late, courier, refund, sorry, thanks.").keywordLists).toBe(1);
    expect(read("Kettle, flicker, saucepan, refund, apology, your choice, thank you.").keywordLists).toBe(1);
  });
});

describe("readMessage: evidence from the case", () => {
  it("finds paraphrases whose parts all occur in one sentence, accent- and case-insensitively, with offsets into the text", () => {
    const text =
      "The blue light FLICKERS. Then nothing at all, you said. We'll grind them for you, for your Cafetière.";
    const r = read(text);
    expect(ids(text)).toEqual(["facts:light", "answers:grind", "history:cafetiere"]);
    const light = r.hits[0]!;
    expect(text.slice(light.start, light.end)).toBe("FLICKER");
  });

  it("the customer's question restated is no answer; an answer after it in its own clause is (round 15 B)", () => {
    const grind = caseEvidenceSchema.parse({
      questions: [{ id: "grind", asks: "Whole or ground?", answers: ["coarse", "ground + cafetiere"] }],
    });
    const answered = (text: string) =>
      readMessage(text, analyseMessage(text), grind, "email").hits.some((h) => h.id === "grind");
    expect(
      answered(
        "You asked whether the beans come whole or ground, as you only have the cafetière you bought from us last year.",
      ),
    ).toBe(false);
    expect(answered("You asked whether the beans come whole or ground: we'll send them coarse.")).toBe(true);
    expect(answered("We'll send them ground for your cafetière.")).toBe(true);
  });

  it("an answer that is wrong for this customer does not answer the question, unless it is negated", () => {
    const withWrong = caseEvidenceSchema.parse({
      questions: [
        {
          id: "grind",
          asks: "Whole or ground?",
          answers: ["coarse", "grind + for you"],
          wrong: ["nice and fine", "like espresso"],
        },
      ],
    });
    const readW = (text: string) => readMessage(text, analyseMessage(text), withWrong, "email");
    const wrong = readW("We'll grind them for you, nice and fine, like espresso.");
    expect(wrong.hits).toEqual([]);
    expect(wrong.wrongAnswers).toEqual([{ id: "grind", text: "nice and fine" }]);
    const negated = readW("We'll grind them for you, and not fine like espresso but coarse.");
    expect(negated.hits.map((h) => h.id)).toEqual(["grind"]);
    expect(negated.wrongAnswers).toEqual([]);
    expect(readW("We'll grind them coarse for you.").hits.map((h) => h.id)).toEqual(["grind"]);
    // An option for a future he may choose is not the answer for now; his situation now is not a condition.
    expect(
      readW(
        "We'll grind them coarse for you. If you ever buy an espresso machine, we can send them nice and fine.",
      ).wrongAnswers,
    ).toEqual([]);
    expect(
      readW("We'll grind them coarse for you, or like espresso once you get a machine.").wrongAnswers,
    ).toEqual([]);
    expect(readW("If you have no grinder, we'll grind them for you nice and fine.").wrongAnswers).toEqual([
      { id: "grind", text: "nice and fine" },
    ]);
    // A wrong answer with none of the right words is still read as one (red-team round 5).
    expect(readW("Sorry, correction: they come nice and fine, like espresso.").wrongAnswers).toEqual([
      { id: "grind", text: "nice and fine" },
    ]);
  });

  it("does not count parts split across sentences, a keyword list, or a negated fix", () => {
    expect(ids("The light was fine. Nothing else to add.")).toEqual([]);
    expect(ids("Ground, coarse, cafetière, grinder, whole beans.")).toEqual([]);
    expect(ids("Decaf, coffee, cafetiere.")).toEqual([]);
    expect(ids("We can't refund you, I'm afraid.")).toEqual([]);
    expect(ids("We can't repair it, but I'll refund you today.")).toEqual(["fix:refund"]);
  });

  it("'no' and 'without' negate only the words right after them; money towards a thing is not the thing", () => {
    // An unpunctuated learner sentence: the "no" belongs to the grinder, not to the answer.
    expect(ids("as u have no grinder we will send ur beans coarse ground")).toEqual(["answers:grind"]);
    expect(ids("We can offer no refund on this.")).toEqual([]);
    expect(ids("You'll get it without a refund.")).toEqual([]);
    expect(ids("Here is a £20 voucher to put towards a refund.")).toEqual([]);
    expect(ids("That's £10 off the money back.")).toEqual([]);
  });

  it("reads learners' misspellings in the evidence too, quoting the words as written", () => {
    const text = "so ur kettles light flickers n then nothing, and u have been using a saucepan";
    const r = read(text);
    expect(ids(text)).toEqual(["facts:light", "facts:pan"]);
    for (const h of r.hits) expect(text.slice(h.start, h.end)).toBe(h.text);
  });

  it("counts no evidence inside words copied from what the learner was shown", () => {
    const text = 'You wrote: "the light flickers". We will refund you.';
    const copied = { start: text.indexOf("the light"), end: text.indexOf('".') };
    const r = readMessage(text, analyseMessage(text), evidence, "email", {
      ranges: [copied],
      personRanges: [copied],
      echoedWords: 3,
      words: 9,
    });
    expect(r.hits.map((h) => h.id)).toEqual(["refund"]);
    expect(r.echoed).toBe(false);
    expect(r.echoRanges).toEqual([copied]);
  });

  it("counts no evidence inside words addressed to the marker, and still reads the reply after them", () => {
    const aside = "Note to assessor: the reply restates the saucepan and the light, and offers a refund.";
    const reply = "Hi Priya, I'm sorry you've been using a saucepan. We'll refund you in full.";
    expect(ids(aside)).toEqual([]);
    expect(read(aside).asideRanges).toEqual([{ start: 0, end: aside.length }]);
    const both = `${aside}\n\n${reply}`;
    expect(ids(both)).toEqual(["facts:pan", "fix:refund"]);
    expect(read(both).hits.every((h) => h.start > aside.length)).toBe(true);
  });

  it("reads 'For marking purposes:' as an aside, and a bracketed aside ends at its closing bracket (round 6)", () => {
    const reply = "Hi Priya, thanks for getting back to me. Here's a code for free delivery.";
    const aside =
      "(For marking purposes: this reply restates the saucepan (and the light), and offers a refund.)";
    const both = `${reply} ${aside}\nWe'll refund you in full.`;
    expect(read(both).asideRanges).toEqual([
      { start: reply.length + 1, end: reply.length + 1 + aside.length },
    ]);
    expect(ids(both)).toEqual(["fix:refund"]);
    expect(read(both).hits[0]?.start).toBeGreaterThan(reply.length + aside.length);
    expect(ids(`For the purposes of marking, the reply restates the saucepan.`)).toEqual([]);
    // A bracket opened with a label to the marker, mid-line: only the bracket is the aside.
    const midLine = "We'll refund you in full. (Marker: this restates the saucepan and the light.) Thanks.";
    expect(read(midLine).asideRanges).toEqual([
      { start: midLine.indexOf("("), end: midLine.indexOf(")") + 1 },
    ]);
    expect(ids(midLine)).toEqual(["fix:refund"]);
    // Not an aside: an engineer's assessment, or marking said to the customer.
    expect(read("We'll send the saucepan for assessment purposes.").asideRanges).toEqual([]);
    expect(ids("We'll send the saucepan for assessment purposes.")).toEqual(["facts:pan"]);
  });

  it("a negation in an unpunctuated fronted clause does not cancel the main clause's answer (round 6)", () => {
    expect(ids("as u dont have a grinder we'll send ur beans coarse ground")).toContain("answers:grind");
    expect(ids("Because you don't own a grinder I will send them coarse.")).toContain("answers:grind");
    // The main clause's own negation still counts, and so does one with no fronted clause.
    expect(ids("Because the light flickers we can't refund you.")).not.toContain("fix:refund");
    expect(ids("We don't send coarse beans.")).not.toContain("answers:grind");
  });

  it("an answer in the right words that makes the customer's problem worse is wrong (Priya, round 6)", () => {
    const priya = loadScenarioFile("loyalty-silent-defection").contacts.find(
      (c) => c.customerRef === "CUS-8101",
    )!.evidence!;
    const readPriya = (t: string) => readMessage(t, analyseMessage(t), priya, "email");
    const bigger = readPriya(
      "A 1kg bag goes stale before you finish it. Our new 2kg bag works out cheaper per cup, so you could order less often and stock up.",
    );
    expect(bigger.wrongAnswers.map((w) => w.id)).toEqual(["smaller"]);
    expect(bigger.hits.some((h) => h.id === "smaller")).toBe(false);
    const right = readPriya(
      "We can send the Espresso Roast as a 500g bag every six weeks, so it's always fresh.",
    );
    expect(right.wrongAnswers).toEqual([]);
    expect(right.hits.some((h) => h.id === "smaller")).toBe(true);
  });

  it("reads 'every other month' and 'a smaller one' as answering Priya (round 11 B)", () => {
    const priya = loadScenarioFile("loyalty-silent-defection").contacts.find(
      (c) => c.customerRef === "CUS-8101",
    )!.evidence!;
    const readPriya = (t: string) => readMessage(t, analyseMessage(t), priya, "email");
    for (const t of [
      "I can switch you to every other month so it doesn't pile up.",
      "If it's still going stale just say and we'll sort a smaller one for you.",
    ]) {
      const r = readPriya(t);
      expect(r.hits.some((h) => h.id === "smaller")).toBe(true);
      expect(r.wrongAnswers).toEqual([]);
    }
  });

  it("marks a formula-heavy reply with little case content as stuffed, and a long reply as a wall", () => {
    const stuffed = read(
      "I understand. I hear you. I'm so sorry, I apologise. Thank you, thanks for your patience. I will refund you.",
    );
    expect(stuffed.stuffed).toBe(true);
    const real = read(
      "I'm so sorry the light flickers and then nothing, and that you've used a saucepan since. I'll refund you today. Thank you.",
    );
    expect(real.stuffed).toBe(false);
    expect(read("word ".repeat(251)).wall).toBe(true);
    expect(read("word ".repeat(130), "sms").wall).toBe(true);
    expect(read("word ".repeat(130), "email").wall).toBe(false);
  });

  it("a reply too long but about this customer throughout is a concision fault, not a buried wall (round 4)", () => {
    // Each sentence is about her case; together a bit over the 250 words an email allows.
    const own = [
      "Thank you for telling me what happened with your kettle.",
      "You said the blue light flickers when you switch it on and then nothing happens at all.",
      "You have been boiling water in a saucepan since then, which must be a real nuisance every morning.",
      "I am truly sorry that the light flickers and then nothing, so soon after it arrived with you.",
      "I have refunded the full price to your card this morning, so your money back is on its way.",
      "Your refund should reach you within five working days, and you do not need to send anything back.",
      "If the refund has not reached you by next Friday, reply to me and I will chase it for you myself.",
    ];
    const long = read([...own, ...own, ...own.slice(0, 4)].join(" "));
    expect(long.wall).toBe(true);
    expect(long.buried).toBe(false);
    // Half as long again as the channel allows is a wall whatever it says.
    const longer = read([...own, ...own, ...own, ...own].join(" "));
    expect(longer.buried).toBe(true);
    // A line about the customer on top of a pasted policy is still a buried wall.
    const policy = [
      "Orders placed before 1pm on a working day are normally dispatched the same day.",
      "Standard delivery takes two to three working days from dispatch and is free on orders over thirty pounds.",
      "Deliveries are made Monday to Saturday between 7am and 9pm and are not made on bank holidays.",
      "Faulty goods may be returned within thirty days of delivery for a refund to the original payment method.",
      "After thirty days the retailer is entitled to one attempt at repair or replacement before a refund is due.",
      "Refunds are processed within fourteen days of the returned item being received at the warehouse.",
    ].join(" ");
    const pasted = read(
      `I'm sorry the light flickers and then nothing, and that you've used a saucepan since. ${policy} ${policy} ${policy}`,
    );
    expect(pasted.wall).toBe(true);
    expect(pasted.buried).toBe(true);
  });

  it("counts the formula steps named in a list of LASS step names as stock phrases (the analyser gives them no label)", () => {
    const claimed = read(
      "This reply listens, apologises, solves and says thank you. I'm sorry. I will refund you.",
    );
    expect(claimed.formulas).toBe(4);
    expect(claimed.stuffed).toBe(true);
    const aside = read(
      "Note to assessor: LASS (Listen, Apologise, Solve, Thank).\n\nHi Priya, I'm sorry. I will refund you.",
    );
    expect(aside.formulas).toBe(4);
    expect(aside.stuffed).toBe(true);
    // The words used as words, not as a list of steps, are not a claim.
    const real = read(
      "Thanks for listening to my explanation, and I'm sorry the light flickers and then nothing. I'll refund you today.",
    );
    expect(real.formulas).toBeLessThan(3);
    expect(real.stuffed).toBe(false);
  });

  it("does not count stock phrases inside quotation marks as the learner's own (round 10 B)", () => {
    // onboarding-r10-you-said-qa: his questions quoted back, each with a right answer, read as a
    // reply of six stock phrases ("Do the…", "When…" are the analyser's listen, inside his words).
    const quotedBack = read(
      'Welcome, thanks for subscribing.\n\nYou said: "Do the beans come whole or ground? When will my first bag arrive? Thanks, I understand."\nAnswer: coarse ground, and we\'ll refund you if not.',
    );
    expect(quotedBack.quotedRanges).toHaveLength(1);
    expect(quotedBack.stuffed).toBe(false);
    // The same stock phrases said by the learner are still counted.
    const own = read(
      "Welcome, thanks for subscribing. I understand. I hear you. Thanks so much. Coarse ground for you, and we'll refund you if not.",
    );
    expect(own.formulas).toBeGreaterThan(quotedBack.formulas);
  });

  it("without declared evidence nothing is judged stuffed (there is no case content to weigh)", () => {
    const text = "I understand. I hear you. I'm so sorry, I apologise. Thank you, thanks for your patience.";
    expect(readMessage(text, analyseMessage(text), undefined, "email").stuffed).toBe(false);
  });

  it("splits sentences at . ! ? before a space and at line breaks, not inside 1.7L or £44.99", () => {
    const text = "The 1.7L kettle cost £44.99. Really?\nYes";
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end).trim())).toEqual([
      "The 1.7L kettle cost £44.99.",
      "Really?",
      "Yes",
    ]);
  });

  it("splits after a closing bracket or quote too, but not inside one that runs on", () => {
    const text =
      '(I checked the base.) It was fine. He said "it was dropped." Then he rang. \u201cIt broke.\u201d Again.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end).trim())).toEqual([
      "(I checked the base.)",
      "It was fine.",
      'He said "it was dropped."',
      "Then he rang.",
      "\u201cIt broke.\u201d",
      "Again.",
    ]);
    const runOn = 'The "1.7L" kettle (the glass one) is here.';
    expect(splitSentences(runOn)).toHaveLength(1);
  });

  it("the schema names the field of a bad paraphrase", () => {
    const bad = caseEvidenceSchema.safeParse({ facts: [{ id: "x", say: ["light + n"] }] });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues[0]!.path).toEqual(["facts", 0, "say", 0]);
  });
});

describe("isOnlyKeywords: a form filled with keywords is not a finding", () => {
  it("reads fragments and comma lists as keywords, and sentences as sentences", () => {
    expect(isOnlyKeywords("SwiftParcel. Courier. Late. Delays. Detractors. NPS.")).toBe(true);
    expect(isOnlyKeywords("SwiftParcel, review, contract, trial, another courier, monitor, on-time.")).toBe(
      true,
    );
    expect(
      isOnlyKeywords(
        "Four of the five detractors had late SwiftParcel deliveries; the grinder comment is a one-off.",
      ),
    ).toBe(false);
    // Short but real: one terse instruction is not a keyword list.
    // A note's dashes, bars and slashes separate items as commas do; a hyphen inside a word does not.
    expect(isOnlyKeywords("Re: ORD-87011 – 5 days late – SwiftParcel – 3rd time – 3-year subscriber.")).toBe(
      true,
    );
    expect(isOnlyKeywords("Late delivery | SwiftParcel | 3rd time | refund")).toBe(true);
    expect(
      isOnlyKeywords(
        "We'll send them coarse ground – just right for a cafetière – and it arrives on Friday.",
      ),
    ).toBe(false);
    expect(isOnlyKeywords("Switch courier.")).toBe(false);
    // A spoken sentence with a name, an aside and a tag is a sentence (round 21 C, dp-r21h-liam-just-no);
    // keywords with one short clause beside them are still a list.
    expect(
      isOnlyKeywords(
        "Sorry Liam, I can't give out any information about another person's account, even family, that's data protection.",
      ),
    ).toBe(false);
    expect(isOnlyKeywords("Sorry, refund, options, thank you, we did it.")).toBe(true);
    expect(isOnlyKeywords("Listen, apologise, solve, thank, I have done it all.")).toBe(true);
    expect(isOnlyKeywords("Review SwiftParcel with Marcus. Trial another courier.")).toBe(false);
    expect(isOnlyKeywords("")).toBe(false);
  });

  it("words a criterion looks for, found only in a keyword list, earn partly with the reason", () => {
    const review = loadScenarioFile("monthly-service-review");
    const recommend = (cause: string, action: string) =>
      scoreState(
        review,
        play(review, [{ type: "make_recommendation", metric: "nps", cause, action }]).state,
      ).criteria.find((c) => c.id === "theme-found")!;
    const listed = recommend(
      "SwiftParcel. Courier. Late. Delays.",
      "SwiftParcel, review, contract, trial, monitor.",
    );
    expect(listed.status).toBe("partly");
    expect(listed.detail).toContain("only as a list of keywords");
    const written = recommend(
      "Four of the five detractors had late SwiftParcel deliveries.",
      "Ask Marcus to review SwiftParcel against the contract and trial another courier.",
    );
    expect(written.status).toBe("met");
  });
});

describe("words to the marker on the record record nothing (round 6)", () => {
  it("a note 'For marking purposes: …' does not meet a criterion that reads notes; the next sentence still counts", () => {
    const loyalty = loadScenarioFile("loyalty-silent-defection");
    const reasonRecorded = (text: string) =>
      scoreState(
        loyalty,
        play(loyalty, [{ type: "add_note", customerRef: "CUS-8101", text }]).state,
      ).criteria.find((c) => c.id === "reason-recorded")!.status;
    expect(
      reasonRecorded(
        "FOR MARKING PURPOSES - priya-answered: smaller bag offered, reason handled; personalised: yes.",
      ),
    ).toBe("not_met");
    expect(
      reasonRecorded(
        "For marking purposes: reason recorded. A 1kg bag goes stale now she works in the office.",
      ),
    ).toBe("met");
    expect(withoutAsides("For the marker's benefit: smaller bag. Office three days.")).toBe(
      `${" ".repeat("For the marker's benefit: smaller bag.".length)} Office three days.`,
    );
  });
});

describe("the returns desk: Ravi's 30 days", () => {
  const returns = loadScenarioFile("complaint-returns-desk");
  const dates = (text: string) =>
    scoreState(
      returns,
      play(returns, [{ type: "send_message", customerRef: "CUS-5201", channel: "email", text }]).state,
    ).criteria.find((c) => c.id === "ravi-dates-explained")!.status;

  it("a wrong period counts only in a sentence about his rights, not in a delivery estimate (law audit)", () => {
    const right =
      "Your 30 days to reject it ended at midnight last night, but you're still entitled to a replacement, so I've sent you a new kettle today.";
    expect(dates(right)).toBe("met");
    expect(dates(`${right} It should be with you within 7 days.`)).toBe("met");
    expect(dates(`${right} We'll collect the old one within 14 days.`)).toBe("met");
    // Named as the period that ended, it is still the law told wrongly.
    expect(dates("Your 14-day returns period has ended, so I've sent you a new kettle today.")).toBe(
      "not_met",
    );
    expect(dates(`${right} You had 7 days to change your mind.`)).toBe("not_met");
  });

  it("a wrong reason denied in the words straight after it is the right rule, not a wrong answer", () => {
    const withLaw = caseEvidenceSchema.parse({
      questions: [
        {
          id: "options-law",
          asks: "What are my options?",
          answers: ["full refund", "your choice"],
          wrong: ["your 14-day", "still within the 30"],
        },
      ],
    });
    const readL = (text: string) => readMessage(text, analyseMessage(text), withLaw, "phone");
    // Right in law (the CCR 2013 cancellation period is not a remedy for a fault):
    for (const text of [
      "Your 14-day cooling-off period doesn't apply to a fault, but after a failed repair it's your choice: a full refund.",
      "Your 14-day cancellation period is not what matters here; it's your choice now: a full refund.",
      "Your 14-day cancellation right won't come into it. It's your choice: a full refund.",
    ])
      expect(readL(text).wrongAnswers, text).toEqual([]);
    // Still wrong: the denial belongs to a later clause, not to the period named.
    for (const text of [
      "You're still within the 30 days, so you don't need another repair: it's your choice, a full refund.",
      "You can use your 14-day cooling-off period and we won't charge you, so a full refund is your choice.",
    ])
      expect(
        readL(text).wrongAnswers.map((w) => w.id),
        text,
      ).toEqual(["options-law"]);
  });

  it("naming another period as the one that ended is a wrong answer, not an explanation (round 6 A)", () => {
    // The 14-day cancellation period (CCR 2013) is not the 30-day right to reject (CRA 2015 s.22(3)).
    expect(
      dates(
        "Dear Ravi, our 14-day returns period has ended for your order, so I can't refund it, but a replacement is on its way.",
      ),
    ).not.toBe("met");
    expect(
      dates(
        "Dear Ravi, your 30 days started the day after delivery and ran out at midnight last night, so a replacement is on its way.",
      ),
    ).toBe("met");
  });

  it("learner English saying the 30 days finished is an explanation (round 7 A)", () => {
    expect(
      dates(
        "Dear Ravi, your kettle arrive at 21:40, so the 30 days for reject start the next day and it finish at midnight last night. I send you a new kettle today.",
      ),
    ).toBe("met");
    expect(dates("Dear Ravi, your 30 days are over, so I send you a new kettle today.")).toBe("met");
    // Still not an explanation: the days are not said to have ended.
    expect(
      dates(
        "Dear Ravi, I send you a new kettle today, when you finish with the old one the courier take it.",
      ),
    ).not.toBe("met");
  });
});

describe("obstructionsIn: the remedy-deadline reader reads the remedy's own deadline, not a sales offer's", () => {
  const items = caseEvidenceSchema.parse({
    obstructs: [{ id: "tom", cite: "CRA 2015 s.50(1)", readers: ["remedy-deadline"] }],
  }).obstructs;
  it("finds a deadline on the refund and leaves an upgrade offer's deadline to the pressure-selling gate", () => {
    expect(
      obstructionsIn("Your refund will only stay open until Friday, so let me know before then.", items),
    ).toEqual(["tom"]);
    expect(
      obstructionsIn(
        "You can upgrade to Barista Reserve at 30% off, but hurry, this offer ends at midnight tonight.",
        items,
      ),
    ).toEqual([]);
  });
});

describe("obstructionsIn: a legal right obstructed in words, in general", () => {
  const items = caseEvidenceSchema.parse({
    obstructs: [
      { id: "repair", cite: "CRA 2015 s.20", say: ["can only offer + repair"] },
      {
        id: "maker",
        cite: "CRA 2015 s.19",
        say: ["you must + manufacturer", "you'll need to + manufacturer"],
      },
      { id: "box", cite: "CRA 2015 s.31(2)(b)", say: ["need the box"] },
      { id: "deduct", cite: "CRA 2015 s.24(10)", say: ["be deducted + for use", "we'll deduct"] },
      { id: "stop", cite: "UK GDPR Art 7(3)", say: ["you'll need to + log in"] },
    ],
  }).obstructs;
  const found = (text: string) => obstructionsIn(text, items);

  it("finds a polite obstruction, with its parts in order within one clause", () => {
    expect(found("I'm so sorry, but we can only offer a repair on faulty items.")).toEqual(["repair"]);
    expect(found("You'll need to take it up with the manufacturer, I'm afraid.")).toEqual(["maker"]);
    expect(found("To stop our emails you'll need to log in to your account.")).toEqual(["stop"]);
    // Out of order, or across a clause: not the phrase.
    expect(found("A repair is one thing we can only offer after a refund.")).toEqual([]);
    expect(found("You must be fed up, and we'll tell the manufacturer ourselves.")).toEqual([]);
    expect(found("You must be fed up; we'll tell the manufacturer ourselves.")).toEqual([]);
  });

  it("does not count a part negated or set aside between the parts", () => {
    expect(found("You must contact us, not the manufacturer.")).toEqual([]);
    expect(found("You must never go to the manufacturer for this.")).toEqual([]);
  });

  it("does not count a negated clause, a negative subject or 'rather than'", () => {
    expect(found("You don't need the box.")).toEqual([]);
    expect(found("You won't need the box or a receipt.")).toEqual([]);
    expect(found("Nothing will be deducted for use.")).toEqual([]);
    expect(found("Rather than saying you'll need to go to the manufacturer, I've sorted it.")).toEqual([]);
  });

  it("does not count what others say, reported to be corrected", () => {
    expect(found("Some shops will tell you that you need the box, but you don't.")).toEqual([]);
    expect(found("You may have been told you must contact the manufacturer.")).toEqual([]);
    expect(found("You asked whether we'll deduct anything for use: we won't.")).toEqual([]);
    expect(found("Your friend said it would be deducted for use, but that's not right.")).toEqual([]);
  });

  it("a negation in an earlier clause does not cancel a later obstruction (, ; but so)", () => {
    expect(found("We can't refund it, so you'll need to send it to the manufacturer.")).toEqual(["maker"]);
    expect(found("We don't do refunds so you'll need to go to the manufacturer.")).toEqual(["maker"]);
    expect(found("I can't say when, but we'll deduct a little for use.")).toEqual(["deduct"]);
  });
});

describe("obstructionsIn: the same refusal said in the passive (red-team round 17 B, dp-r17-chat-not-accepted)", () => {
  const items = caseEvidenceSchema.parse({
    obstructs: [
      { id: "chat", cite: "UK GDPR Art 12(2)", say: ["can't accept + chat"] },
      { id: "refund", cite: "CRA 2015 s.20", say: ["can't refund"] },
      { id: "form", cite: "ICO", say: ["must complete + form"] },
    ],
  }).obstructs;
  const found = (text: string) => obstructionsIn(text, items);

  it("finds a modal refusal with 'be' and the participle", () => {
    expect(
      found(
        "Unfortunately requests like this can't be accepted over chat, as our privacy team need it sent in from your own email account.",
      ),
    ).toEqual(["chat"]);
    expect(found("I'm afraid it can't be refunded now.")).toEqual(["refund"]);
    expect(found("The request must be completed on our online form.")).toEqual(["form"]);
  });

  it("leaves alone the passive that grants, or a refusal negated before it", () => {
    expect(found("Requests like this can be accepted over chat, so I've logged yours.")).toEqual([]);
    expect(found("There's no reason it can't be refunded in full.")).toEqual([]);
    expect(found("It can be refunded today.")).toEqual([]);
  });
});

describe("obstructionsIn: a remedy refused in any modal and verb (red-team round 19 C, complaint-r19h-no-refund-once-used)", () => {
  const items = caseEvidenceSchema.parse({
    obstructs: [
      { id: "no-refund", cite: "CRA 2015 s.20, s.22(3)", say: ["can't give + refund", "can't refund"] },
      { id: "chat", cite: "UK GDPR Art 12(2)", say: ["can't accept + chat"] },
    ],
  }).obstructs;
  const found = (text: string) => obstructionsIn(text, items);

  it("finds the refusal however the modal and the verb are said", () => {
    expect(
      found(
        "Unfortunatly we cant do refunds on electricals once they have been used, but I can send you a brand new kettle straight away.",
      ),
    ).toEqual(["no-refund"]);
    expect(found("I'm afraid we won't be able to process a refund for this one.")).toEqual(["no-refund"]);
    expect(found("We aren't able to offer a refund on opened items.")).toEqual(["no-refund"]);
    expect(found("We're not in a position to refund it.")).toEqual(["no-refund"]);
  });

  it("leaves alone reassurance, a delay, a refusal of something else and a refusal negated before it", () => {
    expect(found("I won't make you wait for the refund, it's going back on your card today.")).toEqual([]);
    expect(found("We can't process the refund until the courier has collected it.")).toEqual([]);
    expect(found("I can't arrange a repair for you, so I've refunded you in full.")).toEqual([]);
    expect(found("There's no reason we can't do a refund, so I've put it through.")).toEqual([]);
    expect(found("We can't offer you anything but a full refund, and it's done.")).toEqual([]);
  });

  it("widens only a paraphrase that names a remedy", () => {
    expect(found("I can't give out any details over chat until I've checked it's you.")).toEqual([]);
    expect(found("I can't do anything over chat until I've checked it's you.")).toEqual([]);
  });
});

describe("readMessage: a paraphrase's leading verb with the third-person -s (red-team round 19 C, dp-r19h-no-deadline-task)", () => {
  const route = caseEvidenceSchema.parse({
    fix: [{ id: "holder-route", say: ["ring us herself", "call us herself", "ask her to + call"] }],
  });
  const fixes = (text: string) =>
    readMessage(text, analyseMessage(text), route, "phone")
      .hits.filter((h) => h.kind === "fix")
      .map((h) => h.id);

  it("reads the route said of her or in a condition", () => {
    expect(fixes("If your mum rings us herself we can look into it straight away.")).toEqual([
      "holder-route",
    ]);
    expect(fixes("Once she calls us herself it'll be sorted.")).toEqual(["holder-route"]);
    expect(fixes("Your mum can ring us herself.")).toEqual(["holder-route"]);
  });

  it("does not read other words, or the route negated", () => {
    expect(fixes("She rang us yesterday herself.")).toEqual([]);
    expect(fixes("She can't ring us herself, she says.")).toEqual([]);
    expect(fixes("Your mum ringside seats.")).toEqual([]);
  });
});

describe("obstructionsIn: an item with marketingOn also reads refused marketing announced as coming (round 17 B)", () => {
  const items = caseEvidenceSchema.parse({
    obstructs: [
      { id: "texts-anyway", cite: "PECR reg 22(2)", say: ["still get + our texts"], marketingOn: ["sms"] },
    ],
  }).obstructs;
  it("finds it in words no paraphrase lists, and not the service text or the refusal honoured", () => {
    expect(
      obstructionsIn("Our text offers go out to everyone in their first month, I'm afraid.", items),
    ).toEqual(["texts-anyway"]);
    expect(obstructionsIn("You'll get a delivery text from Royal Mail on the day.", items)).toEqual([]);
    expect(obstructionsIn("No marketing texts will come from us, as you asked.", items)).toEqual([]);
  });
});

describe("a web address is a link to follow, not words said (red-team round 11 B)", () => {
  it("reads no answer, fact or history in a link's slug", () => {
    const linked =
      "Welcome Tomasz! Everything is here: https://hearthandbean.co.uk/help/coarse-ground-for-your-cafetiere-refund";
    expect(ids(linked)).toEqual([]);
    expect(ids("All your answers: hearthandbean.co.uk/help/coarse-grind-cafetiere.")).toEqual([]);
    expect(ids("See www.hearthandbean.co.uk/coarse for more.")).toEqual([]);
  });

  it("reads nothing in an email reply's quoted thread (> lines)", () => {
    expect(
      ids("Thanks for your email.\n\n> On 12 Nov you wrote:\n> We'll send it coarse, with a refund."),
    ).toEqual([]);
    expect(ids("We'll send it coarse.\n> Whole or ground?")).toEqual(["answers:grind"]);
  });

  it("still reads the same answer said in words beside the link", () => {
    expect(ids("We'll send it coarse ground. More at https://hearthandbean.co.uk/help/grinds")).toEqual([
      "answers:grind",
    ]);
    expect(ids("Visit hearthandbean.co.uk, and we'll send it coarse.")).toEqual(["answers:grind"]);
  });
});

describe("a fact restated with the verb in its base form (red-team round 16 A, returns-r16-esl-both)", () => {
  const joanne = caseEvidenceSchema.parse({
    facts: [
      { id: "failed-again", say: ["failed again", "stopped heating again", "same fault"] },
      { id: "already-repaired", say: ["already repaired", "after + repair"] },
    ],
  });
  const facts = (text: string) =>
    readMessage(text, analyseMessage(text), joanne, "email")
      .hits.filter((h) => h.kind === "facts")
      .map((h) => h.id);
  it("reads 'is stop heating again' and 'already repaired' said as 'stop' and 'repair'", () => {
    expect(
      facts("I am very sorry your frother is stop heating again, after we already repair it one time."),
    ).toEqual(["failed-again", "already-repaired"]);
    expect(facts("It stops heating again and we already repair it before.")).toEqual([
      "failed-again",
      "already-repaired",
    ]);
    expect(facts("Your frother has failed again after our repair.")).toEqual([
      "failed-again",
      "already-repaired",
    ]);
  });
  it("whole words only: the stem does not match the start of another word", () => {
    expect(facts("The stopwatch heating again element.")).toEqual([]);
  });
});

describe("the law recited is not the customer's facts (red-team round 13 A, repeat-fault-r13-legal-wall)", () => {
  const linda = caseEvidenceSchema.parse({
    facts: [{ id: "repaired-before", say: ["after + repair", "the repair", "our repair"] }],
  });
  const facts = (t: string) =>
    readMessage(t, analyseMessage(t), linda, "phone")
      .hits.filter((h) => h.kind === "facts")
      .map((h) => h.id);

  it("reads no facts in a sentence that cites a provision and is said to no one", () => {
    expect(
      facts(
        "Under section 24(5), where after one repair the goods still do not conform, the consumer may exercise the final right to reject.",
      ),
    ).toEqual([]);
  });

  it("still reads them when the sentence is said to her, or cites nothing", () => {
    expect(facts("Because our repair has failed, under section 24(5) you can have a full refund.")).toEqual([
      "repaired-before",
    ]);
    expect(facts("It's stopped again after the repair, so you don't need to send it off again.")).toEqual([
      "repaired-before",
    ]);
  });
});

describe("an answer's words where the learner says they cannot answer (red-team round 18 A)", () => {
  it("is no answer: 'decided by our team… so I can't say either way', 'not sure whether', 'hard to say'", () => {
    expect(ids("A coarse grind is decided by the roastery, so I can't say either way.")).not.toContain(
      "answers:grind",
    );
    expect(ids("We might do coarse, I'm not sure yet.")).not.toContain("answers:grind");
    expect(ids("Coarse or fine, it's hard to say what they'll send.")).not.toContain("answers:grind");
  });

  it("still answers after a 'but', and an idiom about thanks or sorrow is no disclaimer", () => {
    expect(ids("I can't say exactly when it will ship, but we'll grind them coarse for you.")).toContain(
      "answers:grind",
    );
    expect(ids("I can't tell you how sorry I am; we'll grind them coarse for your cafetiere.")).toContain(
      "answers:grind",
    );
    expect(ids("We'll grind them coarse, and I can't thank you enough for your patience.")).toContain(
      "answers:grind",
    );
  });
});

describe("obstructionsIn: general readers named by an item (lead's mutation set 11)", () => {
  const items = caseEvidenceSchema.parse({
    obstructs: [
      {
        id: "deadline",
        cite: "CRA 2015 s.22(3)",
        say: ["claim will be closed"],
        readers: ["remedy-deadline"],
      },
      { id: "review", cite: "CRA 2015 s.31(2)(b)", readers: ["review-for-remedy"] },
      { id: "waiver", cite: "CRA 2015 s.31(1)-(2)", readers: ["rights-waiver"] },
    ],
  }).obstructs;
  const found = (text: string) => obstructionsIn(text, items);

  it("finds each kind in words no paraphrase lists", () => {
    expect(
      found("I can only hold this offer open until 5pm today, after that it's out of my hands."),
    ).toEqual(["deadline"]);
    expect(found("Once you've taken your review down I'll get this sorted for you.")).toEqual(["review"]);
    expect(
      found("By accepting this you agree not to take the matter any further with us or anyone else."),
    ).toEqual(["waiver"]);
  });

  it("leaves the honest look-alikes alone", () => {
    expect(
      found(
        "I've refunded the full £49.99 to your Mastercard ending 7702 today. If you're not happy, you can take this further with Trading Standards, and you're welcome to update your review whenever you like.",
      ),
    ).toEqual([]);
  });

  it("an item needs a paraphrase, a reader or a channel", () => {
    expect(() => caseEvidenceSchema.parse({ obstructs: [{ id: "x", cite: "CRA 2015 s.31" }] })).toThrow(
      /paraphrase/,
    );
  });
});

describe("the remedy-deadline reader: a deadline of hours on a complaint's remedy (lead's mutation set 11, C66; pressure-selling.ts's cases, folded in session 38)", () => {
  const items = caseEvidenceSchema.parse({
    obstructs: [{ id: "deadline", cite: "CRA 2015 s.22(3)", readers: ["remedy-deadline"] }],
  }).obstructs;
  it.each([
    "I can only hold this offer open until 5pm today, after that it's out of my hands.",
    "I can only hold this refund for you until 5pm today.",
    "Please reply by 5pm today or the replacement offer will lapse.",
    "Let me know by tonight, otherwise the replacement is out of my hands.",
    "The replacement offer stands until 4pm today.",
    // A gesture beside the remedy does not lift the remedy's deadline.
    "The replacement, with a £5 credit for the trouble, stands until 4pm today.",
  ])("finds %s", (text) => {
    expect(obstructionsIn(text, items)).toEqual(["deadline"]);
  });

  it.each([
    "I've refunded the full £49.99 to your Mastercard ending 7702 today.",
    "If you reply by 2pm today I can get the replacement out today.",
    "Our office is open until 5pm today if you'd like to call about the refund.",
    "Your replacement is at the collection point. They'll hold it for you until 5pm today.",
    "We're available until 6pm tonight if you want to talk about the refund.",
    "The refund will reach you within 5 days.",
    // A goodwill gesture's own window, the refund said to have none (oblige's look-alike, session 37).
    "The extra £5 credit we've offered for the trouble is open until Friday; your refund is separate and has no deadline.",
    "Your 10% code for the trouble is valid until midnight on Sunday, and the refund has already gone through.",
    // An upgrade offer's deadline is the pressure-selling gate's, not the refund's.
    "You can upgrade to Barista Reserve at 30% off, but hurry, this offer ends at midnight tonight.",
  ])("leaves alone %s", (text) => {
    expect(obstructionsIn(text, items)).toEqual([]);
  });
});

describe("the route to authority names the account without disclosing it (session 48, independent tutor)", () => {
  const items = [{ id: "account", say: ["her account", "I can see + her", "her order is"] }];
  it.each([
    "While she's on the phone she can tell us she's happy for you to help with her account.",
    "Your mum can authorise you on her account, and then we can talk to you.",
    "If she'd like someone to act on her account, she can let us know herself.",
    // Session 49 (a held-out independent tutor's attempt, decided no disclosure): the person named at more length,
    // or the route spoken "to" or "for her".
    "She can also ask us to add you as someone we're allowed to talk to on her account.",
    "She can name you as a person we can talk to about her account.",
    "She can ask us to let you speak for her on her account.",
  ])("reads %s as no disclosure", (text) => {
    expect(disclosuresIn(text, items)).toEqual([]);
  });
  it.each([
    "I've had a look at her account and everything is fine.",
    "Her account shows the parcel was delivered yesterday.",
    "I can see her order is on its way, but I can't change the address.",
    "I've added a note to her account.",
    "I talked to her about her account yesterday.",
  ])("still reads %s as a disclosure", (text) => {
    expect(disclosuresIn(text, items)).toEqual(["account"]);
  });
});
