import { describe, expect, it } from "vitest";
import type { LearnerAction } from "./learner-actions";
import { remedyChosenIn } from "./offered-remedy";
import { findPromises, judgePromises } from "./promises";
import { criterionAfter, KETTLE_REFUND, loadScenarioFile, play } from "./test-support";

// Session 47, issue 8 item 3 (words against actions): three gaps left by sessions 45-46. Every sentence here
// was written for these tests, not copied from the brief or from a playthrough.

const remedies = (text: string) =>
  findPromises(text)
    .filter((p) => p.kind === "refund" || p.kind === "replacement" || p.kind === "repair")
    .map((p) => [p.kind, p.done, p.immediate === true]);

describe("gap 1: what the business will do, said with no 'I', is a promise", () => {
  it.each([
    ["You'll receive the full £44.99 as a refund to your card.", "refund", false, false],
    ["You're getting a brand-new grinder, sent out this afternoon.", "replacement", false, false],
    ["Your refund should reach your bank within five working days.", "refund", false, false],
    ["A replacement frother will be dispatched to you on Monday.", "replacement", false, false],
    ["You will be refunded in full for the kettle.", "refund", false, false],
    ["The refund will go through this afternoon, Mrs Shah.", "refund", false, false],
    ["You'll have your money back right away.", "refund", false, true],
    ["The repair will be booked with our engineers tomorrow.", "repair", false, false],
    ["A new one will go out to you first thing tomorrow.", "replacement", false, false],
  ])("%j", (text, kind, done, immediate) => {
    expect(remedies(text)).toEqual([[kind, done, immediate]]);
  });

  it.each([
    // A hedge does not take the promise back: the customer still hears that it will happen.
    ["Hopefully you'll see the refund on your statement by Thursday.", "refund"],
    ["You should get a new kettle by the end of the week.", "replacement"],
    ["You'll hopefully receive your money back before the weekend.", "refund"],
    ["I'll hopefully get the refund processed today.", "refund"],
    ["We're going to send a replacement grinder out tomorrow.", "replacement"],
    ["I should be able to put your refund through this morning.", "refund"],
    ["I'll definitely refund the full amount today.", "refund"],
    ["We'll try to get a new one to you by Friday.", "replacement"],
    ["We'll do our best to get a replacement grinder out to you tomorrow.", "replacement"],
    ["I'll endeavour to have the refund processed by lunchtime.", "refund"],
  ])("hedged: %j", (text, kind) => {
    expect(remedies(text).map((r) => r[0])).toEqual([kind]);
  });

  it.each([
    // A condition, the law told, a question, a choice left to her, a negation, the past.
    "If the engineer confirms the fault, you'd get a full refund.",
    "Should it fail again, you'll get a replacement.",
    "Under the Consumer Rights Act you're entitled to reject it and get your money back.",
    "The law says you'll get a full refund for a fault found in the first 30 days.",
    "Would you like us to send a replacement?",
    "You'll get a refund or a replacement, whichever suits you better.",
    "You can have your money back or a new kettle, it's up to you.",
    "You won't get a refund for the descaler, as it was opened.",
    "You'll never get a refund that way, I'm afraid, but a repair is possible if you want one.",
    "You got a refund for your last order in September.",
    "You were sent a replacement grinder back in the spring.",
    "You'll have had the refund email for your earlier order last week.",
    "You'll have seen our email about the refund on your June order.",
    "You should have received a refund confirmation for that order by now.",
    "You'll get an email from the courier with a time slot.",
    "So instead I've added £30 to your balance, to spend on a new kettle or anything you like.",
  ])("no promise: %j", (text) => {
    expect(remedies(text)).toEqual([]);
  });
});

describe("gap 1 judged against what was done (complaint scenario, words-match-actions)", () => {
  const kettle = loadScenarioFile("complaint-faulty-kettle");
  const reply = (text: string): LearnerAction => ({
    type: "send_message",
    customerRef: "CUS-2041",
    channel: "email",
    subject: "Your Aurora",
    text,
  });
  const view: LearnerAction = { type: "view_record", customerRef: "CUS-2041" };
  const bare =
    "Hi Priya,\n\nI'm sorry the Aurora stopped working after twelve days. You'll get the full £44.99 back on your card, so you're not out of pocket.\n\nAlex";

  it("a bare refund statement with nothing issued is a promise not kept", () => {
    const c = criterionAfter(kettle, [view, reply(bare)], "words-match-actions");
    expect(c.status).toBe("partly");
    expect(c.detail).toContain("never issued one");
  });

  it("the same words with the refund issued keep it", () => {
    expect(criterionAfter(kettle, [view, reply(bare), KETTLE_REFUND], "words-match-actions").status).toBe(
      "met",
    );
  });

  it("a bare replacement statement, then a refund, is contradicted", () => {
    const c = criterionAfter(
      kettle,
      [
        view,
        reply("Hi Priya,\n\nSo sorry. A new Aurora will be sent out to you tomorrow.\n\nAlex"),
        KETTLE_REFUND,
      ],
      "words-match-actions",
    );
    expect(c.status).toBe("not_met");
    expect(c.detail).toContain("but issued a refund instead");
  });

  it("a bare refund said for now, nothing issued, is broken (not met), hedged or not", () => {
    for (const words of [
      "You'll have your money back straight away.",
      "Hopefully you'll have your money back straight away.",
    ]) {
      const c = criterionAfter(
        kettle,
        [view, reply(`Hi Priya,\n\nSorry. ${words}\n\nAlex`)],
        "words-match-actions",
      );
      expect(c.status).toBe("not_met");
    }
  });

  it("rights told as law, with nothing issued, are no promise", () => {
    const c = criterionAfter(
      kettle,
      [
        view,
        reply(
          "Hi Priya,\n\nSorry to hear it. Under the Consumer Rights Act you're entitled to a full refund, as it failed inside 30 days.\n\nAlex",
        ),
      ],
      "words-match-actions",
    );
    expect(c.status).toBe("met");
  });
});

describe("gap 2: her choice, then 'I'll arrange that', is a promise of what she chose", () => {
  it.each([
    ["I'd much rather have the refund, to be honest.", "refund"],
    ["I'll go for the replacement, thank you.", "replacement"],
    ["A brand-new kettle would be best, please.", "replacement"],
    ["Honestly? The full refund, please.", "refund"],
    ["I want my money back, nothing else.", "refund"],
  ])("her words choose: %j", (reply, kind) => {
    expect(remedyChosenIn(reply)?.kind).toBe(kind);
  });

  it.each([
    "Either a refund or a replacement is fine, I don't mind which.",
    "I'd rather not have a repair, if it's all the same.",
    "Could I have my money back?",
    "I don't want another repair.",
    "I want my money back or a kettle that works.",
    "Thank you, that's good to know.",
  ])("her words choose nothing: %j", (reply) => {
    expect(remedyChosenIn(reply)).toBeNull();
  });

  // Linda (complaint-repeat-fault-call) chooses the full refund once her options are explained (chooses-refund).
  const linda = loadScenarioFile("complaint-repeat-fault-call");
  const turn = (text: string): LearnerAction => ({
    type: "send_message",
    customerRef: "CUS-7101",
    channel: "phone",
    text,
  });
  const options = turn(
    "Hello Linda, I'm so sorry the Crema Duo has the same pump fault again after our repair. Because our repair didn't last, you can choose: your money back in full, or keep the machine with a price reduction. Nothing comes off for use, as it's under six months. Which would you prefer?",
  );
  const refund: LearnerAction = {
    type: "issue_remedy",
    customerRef: "CUS-7101",
    orderRef: "ORD-71001",
    sku: "ESP-CREMA-DUO",
    kind: "refund",
  };
  const verdictsAfter = (actions: LearnerAction[]) => {
    const { state } = play(linda, [{ type: "view_record", customerRef: "CUS-7101" }, ...actions]);
    return {
      state,
      criterion: criterionAfter(
        linda,
        [{ type: "view_record", customerRef: "CUS-7101" }, ...actions],
        "words-match-actions",
      ),
    };
  };

  it("'I'll get that sorted for you now' after she chose the refund, nothing issued: broken, her words quoted", () => {
    const { criterion } = verdictsAfter([
      options,
      turn("Of course. I'll get that sorted for you now, Linda."),
    ]);
    expect(criterion.status).toBe("not_met");
    expect(criterion.detail).toContain("so the full refund, please");
    expect(criterion.detail).toContain("no refund was issued before you submitted");
  });

  it("the refund issued after it keeps it", () => {
    const { criterion } = verdictsAfter([
      options,
      turn("Of course. I'll get that sorted for you now, Linda."),
      refund,
    ]);
    expect(criterion.status).toBe("met");
  });

  it("the other remedy issued instead is a contradiction, and she says so", () => {
    const repair: LearnerAction = { ...refund, kind: "repair" } as LearnerAction;
    const { state, criterion } = verdictsAfter([
      options,
      turn("Right you are, I'll arrange that now."),
      repair,
    ]);
    expect(criterion.status).toBe("not_met");
    expect(criterion.detail).toContain("but issued a repair instead");
    expect(state.contacts["CUS-7101"]!.fired).toHaveProperty("engine:broken-promise");
  });

  it("no choice made, or the commitment waiting on something, or a later message: no promise of hers", () => {
    // Before she has chosen, "I'll sort that" points at nothing chosen.
    const first = verdictsAfter([turn("Hello Linda, sorry about the machine. I'll sort that for you now.")]);
    expect(first.criterion.status).toBe("met");
    // A question or a condition is not taken on.
    expect(verdictsAfter([options, turn("Shall I arrange that now?")]).criterion.status).toBe("met");
    expect(
      verdictsAfter([options, turn("If you're happy with that, I'll arrange it once the courier has it.")])
        .criterion.status,
    ).toBe("met");
    // Her choice is taken on only in the next message: by the one after, "that" may be anything.
    expect(
      verdictsAfter([
        options,
        turn("Thank you, Linda. Can you confirm the postcode for the collection?"),
        turn("Lovely, I'll sort that now."),
      ]).criterion.status,
    ).not.toBe("not_met");
  });

  it("judgePromises with no choices passed reads the same words as no promise (the link needs her choice)", () => {
    const { state } = play(linda, [options, turn("Of course. I'll get that sorted for you now, Linda.")]);
    expect(judgePromises(state.log, "CUS-7101").filter((v) => v.promise.kind === "refund")).toEqual([]);
  });
});

describe("gap 3: a remedy promised for now, still not issued when the learner turns back to her", () => {
  const kettle = loadScenarioFile("complaint-faulty-kettle");
  const email = (text: string): LearnerAction => ({
    type: "send_message",
    customerRef: "CUS-2041",
    channel: "email",
    subject: "Your kettle",
    text,
  });
  const now = email("Hi Priya,\n\nI'm so sorry. I'll put your full refund through right away.\n\nAlex");
  const later = email("Hi Priya,\n\nJust to add: you don't need to send the kettle back.\n\nAlex");
  const brokenSaid = (events: { type: string; payload: Record<string, unknown> }[]) =>
    events.filter(
      (e) => e.type === "customer_message" && String(e.payload.ruleId).includes("engine:broken-promise"),
    );

  it("the next message with nothing issued: she says so once, mood down, promise_broken", () => {
    const before = play(kettle, [now]);
    const after = play(kettle, [now, later]);
    const said = brokenSaid(after.events);
    expect(said).toHaveLength(1);
    expect(String(said[0]!.payload.text)).toContain("You said you'd put my refund through straight away");
    expect(after.state.contacts["CUS-2041"]!.flags).toContain("promise_broken");
    expect(after.state.contacts["CUS-2041"]!.mood).toBeLessThan(before.state.contacts["CUS-2041"]!.mood);
    // Once: a third message does not say it again.
    expect(brokenSaid(play(kettle, [now, later, later]).events)).toHaveLength(1);
  });

  it("closing her case with nothing issued: she says so", () => {
    const { events, state } = play(kettle, [
      now,
      {
        type: "open_case",
        customerRef: "CUS-2041",
        orderRef: "ORD-10234",
        category: "faulty_product",
        summary: "Kettle fault",
      },
      { type: "close_case", caseRef: "CASE-A1", resolution: "Refund agreed." },
    ]);
    expect(brokenSaid(events)).toHaveLength(1);
    expect(state.contacts["CUS-2041"]!.flags).toContain("promise_broken");
  });

  it("marking her case resolved with nothing issued: she says so; marking it in progress is still working on it", () => {
    const opened: LearnerAction = {
      type: "open_case",
      customerRef: "CUS-2041",
      orderRef: "ORD-10234",
      category: "faulty_product",
      summary: "Kettle dead after 12 days",
    };
    const mark = (status: "resolved" | "in_progress"): LearnerAction => ({
      type: "update_case",
      caseRef: "CASE-A1",
      status,
    });
    expect(brokenSaid(play(kettle, [now, opened, mark("resolved")]).events)).toHaveLength(1);
    expect(brokenSaid(play(kettle, [now, opened, mark("in_progress")]).events)).toHaveLength(0);
  });

  it("not when the refund was issued first, when other work comes in between, or when no time was named", () => {
    expect(brokenSaid(play(kettle, [now, KETTLE_REFUND, later]).events)).toHaveLength(0);
    // A note and a look at the record are the learner still getting on with it: no message to her yet.
    const working = play(kettle, [
      now,
      { type: "view_record", customerRef: "CUS-2041" },
      { type: "add_note", customerRef: "CUS-2041", text: "Refund to go through." },
    ] as LearnerAction[]);
    expect(brokenSaid(working.events)).toHaveLength(0);
    const noTime = email("Hi Priya,\n\nI'm so sorry. I'll put your full refund through for you.\n\nAlex");
    expect(brokenSaid(play(kettle, [noTime, later]).events)).toHaveLength(0);
  });
});
