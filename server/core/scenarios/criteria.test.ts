import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { LearnerAction } from "./learner-actions";
import { parsePlaythrough } from "./playthrough";
import { scoreAttempt } from "./scoring";
import { criterionAfter, KETTLE_REFUND, START, loadScenarioFile, play } from "./test-support";

const onboarding = loadScenarioFile("onboarding-new-subscriber");
const criterion = (actions: LearnerAction[], id: string) =>
  scoreAttempt(onboarding, play(onboarding, actions, START).events, START).criteria.find((c) => c.id === id)!;
const email = (text: string): LearnerAction => ({
  type: "send_message",
  customerRef: "CUS-3107",
  channel: "email",
  text,
});
// Both his questions answered: first-contact resolution needs every question he asked (round 33).
const right = email(
  "Hi Tomasz, as you have no grinder we'll send your beans coarse ground for your cafetière. Your first bag is roasted on Monday and should be with you by the end of next week.",
);

describe("an answer taken back by a later wrong answer (evalMessage, retractedAnswer)", () => {
  it("is not met when a later message answers the same question wrongly, and names both messages", () => {
    const c = criterion(
      [
        right,
        email("Sorry, a correction: subscription beans always go out whole, so you'll need a grinder."),
      ],
      "first-contact-resolution",
    );
    expect(c.status).toBe("not_met");
    expect(c.detail).toMatch(/took it back with a wrong answer \("go out whole"\)/);
  });

  it("stays met when the later message repeats or does not touch the answer", () => {
    expect(
      criterion([right, email("Your first bag is roasted on Monday.")], "first-contact-resolution").status,
    ).toBe("met");
    expect(
      criterion(
        [right, email("To confirm: coarse ground, never whole, as you have no grinder.")],
        "first-contact-resolution",
      ).status,
    ).toBe("met");
  });
});

describe("first-contact resolution needs every question he asked answered in the first reply (round 32's held-out miss)", () => {
  const grindOnly = email(
    "Morning Tomasz! No grinder, no problem: we'll grind your House Blend nice and coarse to suit the cafetière.",
  );
  const dateOnly = email("And your first bag? Roasted on Monday, then with you by Friday of next week.");
  it("is met when one reply answers both", () => {
    const both = email(
      "Hello Tomasz, we'll pre-grind your beans chunky for the cafetière, and the first bag goes out by Tracked 48 so it's with you by next Friday.",
    );
    expect(criterion([both], "first-contact-resolution").status).toBe("met");
  });
  it("is not met when the first reply answers the grind and leaves the delivery question alone", () => {
    expect(criterion([grindOnly], "first-contact-resolution").status).toBe("not_met");
  });
  it("is not met when the delivery answer is only 'shortly'", () => {
    const vague = email(
      "Hi Tomasz, thanks for joining us! Your beans will come coarse ground for the cafetière, and your first bag will be on its way shortly.",
    );
    expect(criterion([vague], "first-contact-resolution").status).toBe("not_met");
  });
  it("is partly when both are answered, but across two messages, in either order, and names them", () => {
    const c = criterion([grindOnly, dateOnly], "first-contact-resolution");
    expect(c.status).toBe("partly");
    expect(c.detail).toMatch(/across message 1 and message 2/);
    expect(criterion([dateOnly, grindOnly], "first-contact-resolution").status).toBe("partly");
  });
});

describe("a correction amends the message it corrects (evalMessage, amendedBy; round 10 B)", () => {
  const dp = loadScenarioFile("data-protection-access-request");
  const chat = (text: string): LearnerAction => ({
    type: "send_message",
    customerRef: "CUS-7101",
    channel: "chat",
    text,
  });
  const explained = (...later: string[]) =>
    scoreAttempt(
      dp,
      play(
        dp,
        [
          chat("Hi Helen, before I set that up, could you tell me your postcode and your last order number?"),
          {
            type: "verify_identity",
            customerRef: "CUS-7101",
            method: "Postcode and last order given; both match.",
          },
          chat(
            "Thanks Helen. You'll get a copy of everything we hold about you, and where it came from, within 40 days.",
          ),
          ...later.map(chat),
        ],
        START,
      ).events,
      START,
    ).criteria.find((c) => c.id === "sar-explained")!;

  it("reads what the corrected message answered beside the correction's own answer", () => {
    const c = explained(
      "Sorry Helen, correction: it's one calendar month, so you'll have it by 14 December at the latest.",
    );
    expect(c.status).toBe("met");
    expect(c.detail).toMatch(/read with message 2 to Helen Carter, which it corrects/);
  });

  it("does not combine two messages when the later one corrects nothing", () => {
    expect(explained("You'll have it by 14 December at the latest.").status).toBe("partly");
  });
});

describe("a correction that supplies a missing LASS step (amendedBy; round 10 A)", () => {
  const pr = loadScenarioFile("public-review-chatbot-loop");
  const email = (text: string): LearnerAction => ({
    type: "send_message",
    customerRef: "CUS-8101",
    channel: "email",
    text,
  });
  const privateApology = (second: string) =>
    scoreAttempt(
      pr,
      play(
        pr,
        [
          email(
            "Dear Tom, I've refunded the duplicate payment of £11.50 to your Visa card today; it should show within 3 to 5 working days.",
          ),
          email(second),
        ],
        START,
      ).events,
      START,
    ).criteria.find((c) => c.id === "private-apology")!;

  it("reads the fix told a minute earlier beside the apology that says it should have come first", () => {
    const c = privateApology(
      "Sorry Tom, I sent that too quickly. I should have started by saying how sorry I am that you were charged twice.",
    );
    expect(c.status).toBe("met");
    expect(c.detail).toMatch(/which it corrects/);
  });

  it("does not when the later message corrects nothing", () => {
    expect(privateApology("I'm so sorry you were charged twice, Tom.").status).toBe("partly");
  });
});

const review = loadScenarioFile("monthly-service-review");
const followup = (actions: LearnerAction[]) =>
  scoreAttempt(review, play(review, actions, START).events, START).criteria.find(
    (c) => c.id === "detractor-followup",
  )!;
const to = (customerRef: string, name: string): LearnerAction => ({
  type: "send_message",
  customerRef,
  channel: "email",
  text: `Dear ${name},\n\nI'm sorry that your first order with us, the Burr Pro grinder, arrived four days late and was left with a neighbour you'd never met. The courier's late deliveries are now being reviewed.\n\nSam`,
});

describe("personal messages asked for, and another in scope was someone else's letter (evalAction, missentMessage)", () => {
  it("one careful letter is met; the same letter re-sent to another detractor with the name changed makes it partly", () => {
    expect(followup([to("CUS-8702", "Gareth")]).status).toBe("met");
    const c = followup([to("CUS-8702", "Gareth"), to("CUS-8703", "Mei")]);
    expect(c.status).toBe("partly");
    expect(c.detail).toMatch(/Mei Chen .*with the name changed/);
  });
});

describe("a wrong expectation is not an expectation (onboarding's delivery question, round 5)", () => {
  it("'your first bag will arrive on Monday' (roasted Monday, Tracked 48) is not met; the real timing is", () => {
    expect(
      criterion([email("Hi Tomasz, your first bag will arrive on Monday.")], "expectations-set").status,
    ).toBe("not_met");
    expect(
      criterion(
        [
          email(
            "Hi Tomasz, your first bag is roasted on Monday and should be with you by the end of next week.",
          ),
        ],
        "expectations-set",
      ).status,
    ).toBe("met");
  });
});

describe("preferences-recorded reads which grind the note records (round 7 B)", () => {
  const note = (text: string): LearnerAction => ({ type: "add_note", customerRef: "CUS-3107", text });
  it("is met by his coarse grind, and not met by a grind his cafetière cannot use", () => {
    expect(
      criterion(
        [note("Grind preference: coarse ground for a cafetière (has no grinder).")],
        "preferences-recorded",
      ).status,
    ).toBe("met");
    expect(
      criterion(
        [note("Grind preference: whole bean (default). Customer has a cafetière.")],
        "preferences-recorded",
      ).status,
    ).toBe("not_met");
    expect(
      criterion([note("Grind: fine ground (no grinder). Email only.")], "preferences-recorded").status,
    ).toBe("not_met");
  });
});

describe("an offer beyond policy keeps a Distinction out of reach (loyalty proportionate-offer, round 7 B)", () => {
  const loyalty = loadScenarioFile("loyalty-silent-defection");
  const parsed = parsePlaythrough(
    "loyalty-model.yaml",
    readFileSync(join(__dirname, "../../../scenarios/playthroughs/loyalty-model.yaml"), "utf8"),
  );
  if (!parsed.ok) throw new Error("loyalty-model.yaml did not parse");
  const actions = parsed.playthrough.actions;
  const report = (xs: LearnerAction[]) => scoreAttempt(loyalty, play(loyalty, xs, START).events, START);
  it("caps at Merit when one offer goes beyond policy, and the model stays Distinction", () => {
    expect(report(actions).band).toBe("Distinction");
    const stacked = actions.map((a) =>
      a.type === "send_message" && a.customerRef === "CUS-8103"
        ? {
            ...a,
            text: a.text.replace(
              "here's 10% off",
              "here's 20% off, double points and free delivery for three months off",
            ),
          }
        : a,
    );
    const r = report(stacked);
    expect(r.criteria.find((c) => c.id === "proportionate-offer")!.status).toBe("not_met");
    expect(r.band).toBe("Merit");
    expect(r.bandCappedBy.map((c) => c.criterionId)).toContain("proportionate-offer");
  });
});

describe("a record that says nothing records nothing (round 8 B)", () => {
  it("a note '.' is not his grind preference, and a task 'n/a' is not a planned check-in", () => {
    const task = (title: string): LearnerAction => ({
      type: "create_task",
      customerRef: "CUS-3107",
      title,
      dueInDays: 14,
    });
    const note = (text: string): LearnerAction => ({ type: "add_note", customerRef: "CUS-3107", text });
    expect(criterion([right, task("n/a")], "check-in-task").status).toBe("not_met");
    expect(criterion([right, task(".")], "check-in-task").status).toBe("not_met");
    expect(criterion([right, task("See above")], "check-in-task").status).toBe("not_met");
    expect(criterion([right, task("Check in after his first bag")], "check-in-task").status).toBe("met");
    // A note with no words, then a task that says nothing: neither counts, so "recorded" is untrue.
    const claimed = email(
      "Hi Tomasz, as you have no grinder we'll send your beans coarse ground. I've added a note to your account so every bag goes out coarse ground.",
    );
    expect(criterion([claimed, note(".")], "words-match-actions").status).toBe("not_met");
    expect(criterion([claimed, note("Grind: coarse for his cafetière")], "words-match-actions").status).toBe(
      "met",
    );
  });
});

describe("customer_set partly.match: the right customers reached only in part (round 8 B)", () => {
  const loyalty = loadScenarioFile("loyalty-silent-defection");
  const mark = (actions: LearnerAction[], id: string) =>
    scoreAttempt(loyalty, play(loyalty, actions, START).events, START).criteria.find((c) => c.id === id)!;
  const send = (customerRef: string, channel: "email" | "sms", text: string): LearnerAction => ({
    type: "send_message",
    customerRef,
    channel,
    text,
  });
  const checkIns = [
    send(
      "CUS-8101",
      "email",
      "Dear Priya, it's been a while since your last bag of Espresso Roast for the Crema One. Is everything all right?",
    ),
    send(
      "CUS-8102",
      "sms",
      "Hi Hassan, I noticed your House Blend subscription is paused. Was 1kg a month too much? Reply STOP to opt out.",
    ),
    send(
      "CUS-8103",
      "email",
      "Dear Tom, how are the Vortex blender and the House Blend? If you'd rather not hear from us, just reply.",
    ),
  ];
  it("personal contact with no offer is partly for targeting and personalisation, not nothing", () => {
    const targeted = mark(checkIns, "targeted-at-risk");
    expect(targeted.status).toBe("partly");
    expect(targeted.detail).toMatch(/Only in part: Priya Nair/);
    expect(mark(checkIns, "personalised").status).toBe("partly");
  });
  it("no contact is still not met, and the offer still decides met", () => {
    expect(mark([], "targeted-at-risk").status).toBe("not_met");
    expect(mark([checkIns[0]!], "targeted-at-risk").status).toBe("not_met");
  });
  // Her persona: "a personal email that remembers her machine and beans gets a reply explaining
  // why"; retention is not just discounts (words helper round 9, loyalty-r9-checkin-before-offer).
  it("Priya answers a personal, lawful check-in with no offer, so her reason can be heard and answered", () => {
    const priyaFlags = (actions: LearnerAction[]) =>
      play(loyalty, actions, START).state.contacts["CUS-8101"]!.flags;
    expect(priyaFlags([checkIns[0]!])).toContain("reason_given");
    const answer = send(
      "CUS-8101",
      "email",
      "Thank you, Priya. With three days a week in the office a 1kg bag goes stale, so we can send your Espresso Roast as a 500g bag every six weeks instead.",
    );
    expect(mark([checkIns[0]!, answer], "priya-answered").status).toBe("met");
    expect(priyaFlags([checkIns[0]!, answer])).toContain("kept");
    // Still silent to a check-in that is not personal, or not lawful (no SMS consent).
    expect(priyaFlags([send("CUS-8101", "email", "Dear Priya, is everything all right?")])).toEqual([]);
    expect(
      priyaFlags([
        send(
          "CUS-8101",
          "sms",
          "Hi Priya, is everything all right with your Crema One and the Espresso Roast?",
        ),
      ]),
    ).toEqual([]);
  });
});

describe("an action that only counts after another (evalAction, after)", () => {
  const kettle = loadScenarioFile("complaint-faulty-kettle");
  const survey: LearnerAction = { type: "send_survey", customerRef: "CUS-2041", kind: "csat" };
  const refund = KETTLE_REFUND;
  const followUp = (actions: LearnerAction[]) => criterionAfter(kettle, actions, "follow-up");

  it("does not count a satisfaction survey sent before anything was put right, and says why", () => {
    const c = followUp([survey, refund]);
    expect(c.status).toBe("not_met");
    expect(c.detail).toMatch(/^Too early to count: .*survey.* came before .*refund/i);
    expect(followUp([survey]).detail).toMatch(/came before anything it could follow up/);
  });

  it("counts the same survey after the remedy", () => {
    expect(followUp([refund, survey]).status).toBe("met");
    expect(followUp([survey, refund, survey]).status).toBe("met");
  });
});

const call = loadScenarioFile("complaint-repeat-fault-call");
const phone = (text: string): LearnerAction => ({
  type: "send_message",
  customerRef: "CUS-7101",
  channel: "phone",
  text,
});
const refund: LearnerAction = {
  type: "issue_remedy",
  customerRef: "CUS-7101",
  orderRef: "ORD-71001",
  sku: "ESP-CREMA-DUO",
  kind: "refund",
};

describe("repeat fault: her choice offered, not announced (choice-explained-first)", () => {
  const choice = (text: string) =>
    scoreAttempt(call, play(call, [phone(text), refund], START).events, START).criteria.find(
      (c) => c.id === "choice-explained-first",
    )!.status;

  it("is not met when the remedy is announced as done and an alternative is only mentioned", () => {
    expect(
      choice(
        "I've issued a full refund of the £449.99 you paid. If you'd rather have a replacement instead, just reply and I'll arrange it.",
      ),
    ).toBe("not_met");
  });

  it("is met when her options are offered before anything is done", () => {
    expect(
      choice(
        "You can have your money back in full, or keep it with a price reduction. Which would you prefer?",
      ),
    ).toBe("met");
  });
});

describe("a call is one conversation (take-ownership across turns, metAcrossTheCall)", () => {
  const ownership = (actions: LearnerAction[]) =>
    scoreAttempt(call, play(call, actions, START).events, START).criteria.find(
      (c) => c.id === "take-ownership",
    )!;
  const promise = "I'm so sorry Linda. I'll put this right for you myself and I'll make sure it's sorted.";
  const done = "That's done: £449.99 back on your Visa card in 3 to 5 working days.";

  it("is met when one turn says what you will do and a later turn gives the fix she needs", () => {
    const c = ownership([phone(promise), refund, phone(done)]);
    expect(c.status).toBe("met");
    expect(c.detail).toMatch(/across the call: .*turn 1.* and .*turn 2/);
    expect(c.evidence).toHaveLength(2);
  });

  it("is not met across emails: each email is read on its own", () => {
    const mail = (text: string): LearnerAction => ({
      type: "send_message",
      customerRef: "CUS-7101",
      channel: "email",
      text,
    });
    expect(ownership([mail(promise), refund, mail(done)]).status).not.toBe("met");
  });

  it("is partly when one of the turns is a wall of stock phrases", () => {
    const stuffed =
      "I understand. I'm sorry. I apologise. I'll make sure it's sorted. I'll take ownership. Thank you. I appreciate it. I hear you.";
    expect(ownership([phone(stuffed), refund, phone(done)]).status).toBe("partly");
  });
});

describe("repeat fault: the law she is told (questions-answered; wrong answers that stand, standingWrongAnswers)", () => {
  const done = phone("That's done: I've refunded the full £449.99 to your Visa card.");
  const answered = (...texts: string[]) =>
    scoreAttempt(
      call,
      play(call, [phone(texts[0]!), refund, ...texts.slice(1).map(phone), done], START).events,
      START,
    ).criteria.find((c) => c.id === "questions-answered")!;
  const deductionRight =
    "Nobody will knock anything off for use: it's under six months since it was delivered.";

  it("is partly when her options rest on the 30 days as if still open, and shows the words", () => {
    const c = answered(
      `You're still within the 30 days for rejecting it, so you can have your money back in full, or keep it with a price reduction. ${deductionRight}`,
    );
    expect(c.status).toBe("partly");
    expect(c.detail).toMatch(/wrong answer, "still within the 30"/);
    expect(c.evidence.some((e) => e.summary.startsWith('Answered wrongly ("still within the 30")'))).toBe(
      true,
    );
  });

  it("is not met when the wrong reasons are the only ones given (more than six months; only the manufacturer's guarantee)", () => {
    expect(
      answered(
        "It's been more than six months since it was delivered, so only the manufacturer's guarantee applies now. But I can offer you a full refund, or keep it with a price reduction. We won't take anything off for use.",
      ).status,
    ).toBe("not_met");
  });

  it("reads the 14-day cooling-off period given as her right for a fault as a wrong reason", () => {
    expect(
      answered(
        `As you're in your cooling-off period you can have your money back in full, or keep it with a price reduction. ${deductionRight}`,
      ).status,
    ).toBe("partly");
  });

  it("leaves the right rule alone, stated or negated", () => {
    for (const text of [
      "It's been over 30 days, so the repair was our one chance; after it failed you choose: your money back in full, or keep it with a price reduction. Nothing comes off for use, as it's under six months since delivery.",
      "You're not within the 30 days any more, but because our repair didn't last you can have your money back in full. It hasn't been more than six months, so we won't deduct anything for use.",
      "After six months a shop can take something off for use, but you're under six months, so you'll get the full £449.99, or you can keep it with a price reduction. The manufacturer's guarantee is extra: your rights are with us.",
    ])
      expect(answered(text).status, text).toBe("met");
  });

  it("is met again once the wrong reason is taken back in so many words", () => {
    expect(
      answered(
        `You're still within the 30 days, so you can have your money back in full. ${deductionRight}`,
        "Sorry, I got that wrong: it's been more than 30 days, but because our repair failed you choose: your money back in full, or keep it with a price reduction.",
      ).status,
    ).toBe("met");
  });
});

describe("a wrong figure reported to the team leader (evalAction, figures.ts; round 10 B)", () => {
  const sr = loadScenarioFile("monthly-service-review");
  const reportBack = (text: string) =>
    scoreAttempt(
      sr,
      play(sr, [{ type: "message_person", personRef: "STF-TL1", channel: "internal", text }], START).events,
      START,
    ).criteria.find((c) => c.id === "report-back")!;

  it("is partly, with both numbers shown, when the figure told is one the Insights view does not show", () => {
    const c = reportBack(
      "Hi Grace, NPS fell to +10 (from +80). Four of the five detractors had late SwiftParcel deliveries.",
    );
    expect(c.status).toBe("partly");
    expect(c.detail).toMatch(
      /gives NPS as \+10 .*the Insights view shows −10 for October and \+80 for September/,
    );
    // The feedback says what is wrong (the figure), not the scenario's "without the finding".
    expect(c.feedback).toMatch(/a figure the data does not show: NPS \+10/);
    expect(c.feedback).not.toMatch(/without the finding/);
  });

  it("stays met with the right figures", () => {
    expect(
      reportBack(
        "Hi Grace, NPS fell to -10 (from +80). Four of the five detractors had late SwiftParcel deliveries.",
      ).status,
    ).toBe("met");
  });
});

describe("an absence gate with partlyIfCallPromised (round 11 A, complaint-r11-promises-a-ring)", () => {
  const kettle = loadScenarioFile("complaint-faulty-kettle");
  const toPriya = (channel: "email" | "phone", text: string): LearnerAction => ({
    type: "send_message",
    customerRef: "CUS-2041",
    channel,
    text,
  });
  const adjustment = (actions: LearnerAction[]) =>
    scoreAttempt(kettle, play(kettle, actions, START).events, START).criteria.find(
      (c) => c.id === "reasonable-adjustment",
    )!;
  const sorry = "Dear Priya, I'm so sorry your kettle stopped working. I've issued a full refund of £44.99.";

  it("a call promised to her in an email, none made, is partly", () => {
    const c = adjustment([
      toPriya("email", `${sorry} I'll give you a quick ring on Friday to check it's arrived.`),
    ]);
    expect(c.status).toBe("partly");
    expect(c.detail).toContain("give you a quick ring");
  });

  it("contact promised by email, or a call ruled out, is met; a call made is not met", () => {
    expect(
      adjustment([toPriya("email", `${sorry} I'll email you on Friday to check it's arrived.`)]).status,
    ).toBe("met");
    expect(adjustment([toPriya("email", `${sorry} Nobody will ring you about this.`)]).status).toBe("met");
    expect(adjustment([toPriya("phone", sorry)]).status).toBe("not_met");
  });
});

describe("a remedy offered in words and never issued (evalAction, remedyInWordsOnly)", () => {
  const kettle = loadScenarioFile("complaint-faulty-kettle");
  const toPriya: LearnerAction = {
    type: "send_message",
    customerRef: "CUS-2041",
    channel: "email",
    text: "Dear Priya, I'm so sorry your kettle stopped working. You're within 30 days, so you can have a full refund of £44.99 to your card, or a replacement if you'd prefer.",
  };
  const lawful = (actions: LearnerAction[]) =>
    scoreAttempt(kettle, play(kettle, actions, START).events, START).criteria.find(
      (c) => c.id === "lawful-remedy",
    )!;

  it("says the remedy was offered but never issued on the system, with the message as evidence", () => {
    const c = lawful([toPriya]);
    expect(c.status).toBe("not_met");
    expect(c.detail).toMatch(/^No remedy was issued in the CRM\. Message 1 offered one/);
    expect(c.evidence[0]?.summary).toMatch(/^Offered in words only/);
  });

  it("shows a wrong remedy that was issued as the nearest miss", () => {
    const voucher: LearnerAction = {
      type: "issue_remedy",
      customerRef: "CUS-2041",
      orderRef: "ORD-10234",
      sku: "KET-AURORA-17",
      kind: "voucher",
      amountPence: 1000,
    };
    const c = lawful([toPriya, voucher]);
    expect(c.status).toBe("not_met");
    expect(c.detail).toBe("Actions of that kind were taken, but none met the conditions.");
  });
});
