import { describe, expect, it } from "vitest";
import { customerOutcomes } from "./customer-outcome";
import type { LearnerAction } from "./learner-actions";
import {
  amountNamed,
  approvalClaims,
  claimsApproval,
  choiceClaims,
  contactClaims,
  conversationClaims,
  dispatchersFor,
  findPromises,
  gesturePromises,
  judgeGestures,
  judgePromises,
  callInvited,
  callAnnounced,
  callOffered,
  promisedCall,
  recordContradictions,
} from "./promises";
import { replayEvents, submitAttempt } from "./runtime";
import { scoreAttempt } from "./scoring";
import { START, loadScenarioFile, play, playthroughFile, toStored } from "./test-support";

const kinds = (t: string) => findPromises(t).map((p) => p.kind);
/** Priya's kettle complaint, and an email to her. */
const kettle = loadScenarioFile("complaint-faulty-kettle");
const email = (text: string): LearnerAction => ({
  type: "send_message",
  customerRef: "CUS-2041",
  channel: "email",
  text,
});

/** The full refund of Priya's kettle. */
const kettleRefund: LearnerAction = {
  type: "issue_remedy",
  customerRef: "CUS-2041",
  orderRef: "ORD-10234",
  sku: "KET-AURORA-17",
  kind: "refund",
};

describe("findPromises: commitments in a message", () => {
  it("reads an order said to be set up for them, with 'gone ahead and' (round 21 B, win-back-r21-fatima-order-unless-you-say)", () => {
    const said = findPromises(
      "I've gone ahead and set up your usual Espresso Roast for your Crema Duo with 15% off - it goes out Friday.",
    );
    expect(said.map((p) => [p.kind, p.done])).toEqual([["record_update", true]]);
    expect(kinds("Shall I set up your usual order for Friday?")).toEqual([]);
    expect(kinds("I can go ahead and set up your usual bag if you'd like.")).toEqual([]);
  });

  it("finds first-person commitments and done-statements", () => {
    expect(kinds("I'll refund the full £44.99 to your card today.")).toEqual(["refund"]);
    expect(kinds("I've issued a full refund to your Visa debit card.")).toEqual(["refund"]);
    expect(kinds("We're putting the full £44.99 back on your Visa debit card.")).toEqual(["refund"]);
    expect(kinds("Your replacement has been dispatched.")).toEqual(["replacement"]);
    expect(kinds("I'll call you back tomorrow morning.")).toEqual(["call_back"]);
    expect(kinds("I've noted on your record that you prefer email.")).toEqual(["record_update"]);
    expect(kinds("I'll check in with you after your first bag.")).toEqual(["call_back"]);
    expect(kinds("We will be in touch with any further updates.")).toEqual(["call_back"]);
    // A request or complaint said to be logged is a statement about the record.
    expect(kinds("I've logged your subject access request with our data protection lead.")).toEqual([
      "record_update",
    ]);
    expect(findPromises("We have raised a complaint with the courier for you.")[0]?.done).toBe(true);
    // Contact by other words, and a reminder or task for later.
    expect(kinds("I'll drop you an email after your first bag to check the grind is right.")).toEqual([
      "call_back",
    ]);
    expect(kinds("We'll get back to you by Friday.")).toEqual(["call_back"]);
    // A done-statement that opens with another verb and lists what was done (red-team round 5).
    const listed = findPromises(
      "I have recognised this as a subject access request, logged a data protection case and set a task within one month.",
    );
    expect(listed.map((p) => p.kind).sort()).toEqual(["follow_up", "record_update"]);
    expect(listed.every((p) => p.done)).toBe(true);
    expect(kinds("I've passed your request to our data protection lead and logged it as a case.")).toEqual([
      "record_update",
    ]);
    expect(kinds("I've logged your request and set a reminder for our data protection lead.")).toEqual([
      "follow_up",
      "record_update",
    ]);
    // Said to have written already (round 4); writing later is a promise of contact.
    expect(
      findPromises("I've emailed you so we can put it right today.").map((p) => [p.kind, p.done]),
    ).toEqual([["written_to", true]]);
    expect(kinds("I'll message you as soon as it's dispatched.")).toEqual(["call_back"]);
    expect(kinds("Please email us and we'll look into it.")).toEqual([]);
  });

  it("reads the money said to be coming back, with no refund word (red-team round 25 A; CRA 2015 s.20(16))", () => {
    for (const text of [
      "The £11.50 you paid twice is coming back to you, and it'll show on your Visa statement this week.",
      "Your money is on its way back to your card.",
      "The £44.99 will be going back on your Visa today.",
      "The duplicate payment is being sent back to you this morning.",
    ])
      expect(findPromises(text).map((p) => p.kind)).toContain("refund");
    for (const text of [
      "The courier is coming back to collect it tomorrow.",
      "The new kettle is on its way to you.",
      "If you'd like, the £5 can be going back on your card instead.",
      "The payment isn't coming back, I'm afraid.",
      "Your parcel is on its way back to our warehouse.",
    ])
      expect(findPromises(text).map((p) => p.kind)).not.toContain("refund");
  });

  it("tells a done-statement from a promise for later", () => {
    const done = (t: string) => findPromises(t).map((p) => p.done);
    expect(done("I've noted this on your account.")).toEqual([true]);
    expect(done("Your replacement has been dispatched.")).toEqual([true]);
    expect(done("I'll refund the full £44.99 to your card today.")).toEqual([false]);
  });

  it("reads 'a replacement is on its way' as said done, whoever the subject (the lead's session 31 check)", () => {
    const found = (t: string) => findPromises(t).map((p) => [p.kind, p.done]);
    expect(found("A replacement is also on its way to you by next-day delivery.")).toEqual([
      ["replacement", true],
    ]);
    expect(found("The new one is being sent out today.")).toEqual([["replacement", true]]);
    expect(found("A full refund has been issued to your card.")).toEqual([["refund", true]]);
    expect(found("The replacement will be with you on Friday.")).toEqual([["replacement", false]]);
    // What the law gives, a question and a condition are not commitments.
    expect(kinds("A replacement is one of the remedies the law gives you.")).toEqual([]);
    expect(kinds("Is a replacement on its way to you already?")).toEqual([]);
    expect(kinds("If you'd prefer, a replacement can be sent out today.")).toEqual([]);
  });

  it("costs words-match-actions when nothing backs it, and not when the replacement was issued", () => {
    const said = email(
      "Dear Priya, I'm so sorry your kettle stopped working. I've refunded the £44.99 to your card, and a replacement is also on its way to you by next-day delivery. Thank you.",
    );
    const verdict = (actions: LearnerAction[]) =>
      scoreAttempt(kettle, play(kettle, actions).events, START).criteria.find(
        (c) => c.id === "words-match-actions",
      )!;
    const refund = kettleRefund;
    expect(verdict([said, refund]).status).toBe("not_met");
    const replaced = email(
      "Dear Priya, I'm so sorry your kettle stopped working. A replacement is on its way to you by next-day delivery. Thank you.",
    );
    expect(verdict([replaced, { ...refund, kind: "replacement" }]).status).toBe("met");
    expect(verdict([replaced, refund]).status).toBe("not_met");
  });

  it("ignores offers, questions, negations and policy text", () => {
    expect(kinds("If you'd rather have a replacement instead, just reply and I'll arrange it.")).toEqual([]);
    expect(kinds("Would you like a refund or a replacement?")).toEqual([]);
    expect(kinds("I'm afraid we can't refund a used item.")).toEqual([]);
    // Saying who will NOT contact her is not a promise of contact (red-team round 4).
    expect(
      kinds(
        "I have also noted on your account that you are hard of hearing, so nobody will ring you about this.",
      ),
    ).toEqual(["record_update"]);
    expect(kinds("We have updated your record and no one will phone you again.")).toEqual(["record_update"]);
    expect(kinds("After 30 days we will be given one opportunity to repair or replace the goods.")).toEqual(
      [],
    );
  });

  it("reads another courier as a courier, not a replacement (red-team round 13 B)", () => {
    // service-review-r13-daniel-and-mei-few-words: Daniel was told of a courier trial, not a re-send.
    expect(kinds("We've raised it with our courier and are trialling another one.")).toEqual([]);
    expect(kinds("We're dropping that carrier and switching to a new one next month.")).toEqual([]);
    expect(kinds("Our supplier keeps letting us down, so we're looking at another one.")).toEqual([]);
    // Goods are still a re-send, whoever lost them.
    expect(kinds("The courier lost your parcel, so we're sending you another one today.")).toEqual([
      "replacement",
    ]);
    expect(kinds("The courier damaged it, so I've arranged a new one for you.")).toEqual(["replacement"]);
    expect(kinds("I'll send another one out to you today.")).toEqual(["replacement"]);
  });
});

describe("amountNamed: the sum a refund promise names", () => {
  const named = (t: string) => amountNamed(t, findPromises(t).find((p) => p.kind === "refund")!);
  it("reads the amount after the promise, else the one before it in the same sentence", () => {
    expect(named("I've refunded the duplicate payment of £11.50 to your Visa card.")).toBe(1150);
    expect(named("We're putting the full £44.99 back on your Visa debit card.")).toBe(4499);
    expect(named("I've refunded the full £1,449.99 today.")).toBe(144999);
    expect(named("The kettle cost £44.99. I'll refund you today.")).toBeNull();
  });

  it("reads a sum written in words as the figures (round 20 C)", () => {
    expect(named("I've refunded forty nine pounds ninety nine to your card today.")).toBe(4999);
    expect(
      named(
        "Right, I've done the full refund for you now, that's four hundred and ninety nine pounds ninety nine going back on your card.",
      ),
    ).toBe(49999);
    expect(named("I've put the eleven pounds fifty back on your card today.")).toBe(1150);
  });
});

describe("judgePromises: a record claim is kept by a record that says it", () => {
  const onboarding = loadScenarioFile("onboarding-new-subscriber");
  const email = (text: string): LearnerAction => ({
    type: "send_message",
    customerRef: "CUS-3107",
    channel: "email",
    text,
  });
  const consent: LearnerAction = {
    type: "update_consent",
    customerRef: "CUS-3107",
    channel: "email",
    granted: true,
    reason: "His email today: happy to hear about offers by email.",
  };
  const verdicts = (actions: LearnerAction[]) =>
    judgePromises(play(onboarding, actions).state.log, "CUS-3107", "Tomasz").map((v) => v.status);

  it("'I've set your grind to coarse on your account' is untrue when only his consent was recorded", () => {
    expect(verdicts([email("I've set your grind to coarse on your account."), consent])).toEqual(["untrue"]);
    const note: LearnerAction = {
      type: "add_note",
      customerRef: "CUS-3107",
      text: "Coarse ground, no grinder.",
    };
    expect(verdicts([email("I've set your grind to coarse on your account."), consent, note])).toEqual([
      "kept",
    ]);
  });

  it("a bare 'I've updated your record' is kept by any record change", () => {
    expect(verdicts([email("I've updated your record."), consent])).toEqual(["kept"]);
  });

  it("a reminder said to be set needs a task", () => {
    const task: LearnerAction = {
      type: "create_task",
      customerRef: "CUS-3107",
      title: "Check in",
      dueInDays: 14,
    };
    expect(verdicts([email("I've set a reminder to check in after your first bag."), consent])).toEqual([
      "untrue",
    ]);
    expect(verdicts([email("I've set a reminder to check in after your first bag."), task])).toEqual([
      "kept",
    ]);
  });

  it("'I've changed your next order' is kept by a record of the change, not by a task to check on it (round 5)", () => {
    const claim = email("I've changed your next order to coarse ground beans.");
    const check: LearnerAction = {
      type: "create_task",
      customerRef: "CUS-3107",
      title: "Check his coarse ground order has arrived",
      dueInDays: 14,
    };
    const note: LearnerAction = {
      type: "add_note",
      customerRef: "CUS-3107",
      text: "Changed his next order to coarse ground.",
    };
    expect(kinds("I've changed your next order to coarse ground beans.")).toEqual(["record_update"]);
    expect(verdicts([claim, check])).toEqual(["untrue"]);
    expect(verdicts([claim, note])).toEqual(["kept"]);
  });

  it("the customer's state said changed with no 'I': 'you're off every list we have' is untrue with nothing recorded (round 20 B)", () => {
    const claim = email(
      "Consider it done: you're off every list we have, your details are gone from our side, and nobody here will be in touch again.",
    );
    expect(
      findPromises(claim.type === "send_message" ? claim.text : "").map((p) => [p.kind, p.done]),
    ).toEqual([["record_update", true]]);
    expect(verdicts([claim])).toEqual(["untrue"]);
    const note: LearnerAction = {
      type: "add_note",
      customerRef: "CUS-3107",
      text: "Off every mailing list; details gone.",
    };
    expect(verdicts([claim, note])).toEqual(["kept"]);
    expect(findPromises("You're off to a great start with the House Blend.")).toEqual([]);
    expect(
      findPromises("Your details aren't deleted yet; I'll let you know when they are.").filter((p) => p.done),
    ).toEqual([]);
    expect(
      findPromises("Would you like to be taken off our mailing list? If so, you're off every list we have."),
    ).toEqual([]);
  });

  it("a record's abbreviation stands for its words: 'SAR' keeps 'logged as a subject access request', 'Sarah' does not (round 20 B)", () => {
    const claim = email("I've logged it as a subject access request.");
    const noteOf = (text: string): LearnerAction => ({ type: "add_note", customerRef: "CUS-3107", text });
    expect(verdicts([claim, noteOf("SAR by email 12/11, all data held.")])).toEqual(["kept"]);
    expect(verdicts([claim, noteOf("Sarah in the warehouse has his order.")])).toEqual(["untrue"]);
  });
});

describe("a refund back on a card named by its brand (red-team round 24 A, returns-r24-says-full-clicks-less)", () => {
  const partial: LearnerAction = { ...kettleRefund, amountPence: 3499 };
  const verdicts = (text: string, remedy: LearnerAction) =>
    judgePromises(play(kettle, [email(text), remedy]).state.log, "CUS-2041", "Priya").map((v) => v.status);

  it("is read as a refund claim, so a smaller sum issued breaks it", () => {
    expect(kinds("I've put the whole £44.99 back on your Mastercard.")).toEqual(["refund"]);
    expect(kinds("I've put the full £44.99 back on your Visa today.")).toEqual(["refund"]);
    expect(
      verdicts("I've put the whole £44.99 back on your Mastercard, nothing held back.", partial),
    ).toEqual(["broken"]);
    expect(verdicts("I've put the whole £44.99 back on your Visa today.", partial)).toEqual(["broken"]);
  });

  it("is kept when the sum told is the sum issued, and a brand named for another reason is no claim", () => {
    expect(verdicts("I've put the whole £44.99 back on your Visa today.", kettleRefund)).toEqual(["kept"]);
    expect(kinds("Your order was paid with your Visa ending 4417.")).toEqual([]);
    expect(kinds("Is the Mastercard on your account still the one you use?")).toEqual([]);
  });
});

describe("a refund promised to land sooner than a card refund can (red-team round 5)", () => {
  const refund = kettleRefund;
  const verdicts = (text: string) =>
    judgePromises(play(kettle, [email(text), refund]).state.log, "CUS-2041", "Priya").map((v) => v.status);

  it("is broken when the money is said to reach her account today, tonight or tomorrow", () => {
    expect(
      verdicts("I've refunded the £44.99, and it will be back in your account by tomorrow night."),
    ).toEqual(["broken"]);
    expect(verdicts("I've refunded your £44.99 and it will reach you today, I guarantee it.")).toEqual([
      "broken",
    ]);
  });

  it("is kept when the refund is issued today and the arrival is given honestly", () => {
    expect(verdicts("I've refunded the £44.99 to your card today.")).toEqual(["kept"]);
    // Issuing it into the account today, or something else arriving tomorrow, is not the claim.
    expect(verdicts("I've paid the £44.99 refund into your account today.")).toEqual(["kept"]);
    expect(verdicts("I've refunded the £44.99 and your new kettle will arrive tomorrow.")).toEqual(["kept"]);
    expect(
      verdicts("I've refunded the £44.99 today; it should show in your account in 3 to 5 working days."),
    ).toEqual(["kept"]);
  });
});

describe("a re-send said to be under way that nobody booked (round 7, internal-r7-dyslexic-no-case-ref)", () => {
  it("reads a re-send as a replacement, said under way or promised for later", () => {
    const read = (t: string) => findPromises(t).map((p) => [p.kind, p.done]);
    expect(
      read("We are re-sending the grinder today by next day delivery, so it will reach you tomorrow."),
    ).toEqual([["replacement", true]]);
    expect(read("Our warehouse is re-sending the grinder today by next-day delivery.")).toEqual([
      ["replacement", true],
    ]);
    expect(
      read("Don't worry, I'll make sure another one is sent out and it will be with you tomorrow."),
    ).toEqual([["replacement", false]]);
    // A question in a later clause of its own does not take back the re-send stated before it…
    expect(
      read("We're re-sending your grinder and I'm asking my team leader whether we can send it next-day."),
    ).toEqual([["replacement", true]]);
    // …but a condition before it still governs it, and policy text is no promise.
    expect(
      read(
        "If you would rather have a working kettle than the refund, just reply and I will arrange for a new one to go out to you.",
      ),
    ).toEqual([]);
    expect(
      read(
        "Where the courier confirms that a parcel has been lost, we will re-send the items free of charge by standard delivery or refund the order.",
      ),
    ).toEqual([]);
  });

  const internal = loadScenarioFile("internal-customer-lost-parcel");
  const toDev = (text: string): LearnerAction => ({
    type: "message_person",
    personRef: "STF-WH1",
    channel: "internal",
    customerRef: "CUS-6101",
    text,
  });
  const openCase: LearnerAction = {
    type: "open_case",
    customerRef: "CUS-6101",
    orderRef: "ORD-61011",
    category: "delivery",
    summary: "Lost by the courier; re-send requested.",
  };
  const toAisha: LearnerAction = {
    type: "send_message",
    customerRef: "CUS-6101",
    channel: "email",
    text: "Dear Aisha, I'm so sorry the courier lost your grinder. We are re-sending the grinder today, so it will be with you in 2 to 3 working days. Kerry",
  };
  const wait: LearnerAction = { type: "wait", minutes: 15 };
  const judged = (actions: LearnerAction[]) => {
    const { state } = play(internal, actions);
    return judgePromises(state.log, "CUS-6101", "Aisha", dispatchersFor(internal, state, "CUS-6101"));
  };

  it("is kept when the warehouse booked it, and untrue, with what Dev was sent, when it never did", () => {
    const kept = judged([
      openCase,
      toDev("Case ref CASE-A1, address confirmed as 14 Elm Road."),
      wait,
      toAisha,
    ]);
    expect(kept.map((v) => [v.promise.kind, v.status])).toEqual([["replacement", "kept"]]);
    expect(kept[0]!.action?.action.type).toBe("message_person");

    // Dev asked for the case reference and the address; given only the address, he books nothing.
    const untrue = judged([toDev("Address is confirmed: 14 Elm Road, Leeds LS6 2AB."), wait, toAisha]);
    expect(untrue.map((v) => [v.promise.kind, v.status])).toEqual([["replacement", "untrue"]]);
    expect(untrue[0]!.action?.action.type).toBe("message_person");
    expect(untrue[0]!.explanation).toMatch(
      /nothing was re-sent.*Dev Malik, who books re-sends, never booked one/,
    );
    // Never asked at all: the message alone is the evidence, and the explanation says nobody asked.
    const unasked = judged([toAisha]);
    expect(unasked[0]!.status).toBe("untrue");
    expect(unasked[0]!.action).toBeNull();
    expect(unasked[0]!.explanation).toMatch(/nobody asked them to/);
  });

  it("costs words-match-actions with both pieces of evidence, and Aisha reacts when the attempt is submitted", () => {
    const { state, events } = play(internal, [
      toDev("Address is confirmed: 14 Elm Road, Leeds LS6 2AB."),
      wait,
      toAisha,
    ]);
    const submitted = submitAttempt(internal, state);
    if (!submitted.ok) throw submitted.error;
    const said = submitted.events.find((e) => e.type === "customer_message");
    expect(said?.payload).toMatchObject({ customerRef: "CUS-6101", ruleId: "engine:untrue-remedy" });
    expect(submitted.state.contacts["CUS-6101"]!.flags).toContain("promise_broken");
    // Warm words before do not soften it: she ends frustrated at best (CSAT 2/5), however pleased she was.
    expect(state.contacts["CUS-6101"]!.mood).toBeGreaterThanOrEqual(0);
    expect(submitted.state.contacts["CUS-6101"]!.mood).toBe(-1);
    const outcome = customerOutcomes(internal, submitted.state).find((o) => o.customerRef === "CUS-6101")!;
    expect(outcome.csat).toBe(2);
    const stored = [...events, ...toStored(submitted.events, events.length + 1)];
    // A replay reaches the same customer (scoring replays the stored events).
    const replayed = replayEvents(internal, START, stored);
    expect(replayed.contacts["CUS-6101"]).toMatchObject({
      mood: submitted.state.contacts["CUS-6101"]!.mood,
      flags: submitted.state.contacts["CUS-6101"]!.flags,
    });
    const report = scoreAttempt(internal, stored, START);
    const c = report.criteria.find((x) => x.id === "words-match-actions")!;
    expect(c.status).toBe("not_met");
    expect(c.evidence.map((e) => e.kind)).toEqual(["message", "action"]);
  });
});

describe("an answer told to the customer that the record contradicts (round 7 B, onboarding-r7-says-coarse-notes-whole-bean)", () => {
  const onboarding = loadScenarioFile("onboarding-new-subscriber");
  const evidence = onboarding.contacts.find((k) => k.customerRef === "CUS-3107")!.evidence;
  const email = (text: string): LearnerAction => ({
    type: "send_message",
    customerRef: "CUS-3107",
    channel: "email",
    text,
  });
  const note = (text: string): LearnerAction => ({ type: "add_note", customerRef: "CUS-3107", text });
  const coarse = email(
    "Hi Tomasz, as you have a cafetière and no grinder, we'll send your beans coarse ground. Alex",
  );
  const contradictions = (actions: LearnerAction[]) =>
    recordContradictions(play(onboarding, actions).state.log, "CUS-3107", evidence, "Tomasz");

  it("is a contradiction when the note records a grind he cannot use, with the message and the note", () => {
    const found = contradictions([
      coarse,
      note("Grind preference: whole bean (default). Customer has a cafetière."),
    ]);
    expect(found.map((v) => [v.status, v.promise.kind, v.action?.action.type])).toEqual([
      ["broken", "answer", "add_note"],
    ]);
    expect(found[0]!.explanation).toMatch(
      /we'll send your beans coarse ground.*Grind preference: whole bean/,
    );
  });

  it("is not when the record agrees, negates the wrong grind, is corrected later, or he was never told a right answer", () => {
    expect(contradictions([coarse, note("Coarse ground for his cafetière; no grinder.")])).toEqual([]);
    expect(contradictions([coarse, note("Send coarse ground, not whole bean: he has no grinder.")])).toEqual(
      [],
    );
    expect(
      contradictions([
        coarse,
        note("Grind preference: whole bean."),
        note("Correction: coarse ground for his cafetière."),
      ]),
    ).toEqual([]);
    // A wrong answer in the message is the answer criterion's business, not a contradiction with the record.
    expect(contradictions([email("We'll send your beans whole."), note("Whole bean.")])).toEqual([]);
  });

  it("costs words-match-actions, and Tomasz reacts on submission", () => {
    const { state, events } = play(onboarding, [coarse, note("Grind preference: whole bean (default).")]);
    const submitted = submitAttempt(onboarding, state);
    if (!submitted.ok) throw submitted.error;
    expect(submitted.state.contacts["CUS-3107"]!.flags).toContain("promise_broken");
    expect(submitted.state.contacts["CUS-3107"]!.mood).toBeLessThanOrEqual(-1);
    const report = scoreAttempt(
      onboarding,
      [...events, ...toStored(submitted.events, events.length + 1)],
      START,
    );
    const c = report.criteria.find((x) => x.id === "words-match-actions")!;
    expect(c.status).toBe("not_met");
    expect(c.evidence.map((e) => e.kind)).toEqual(["message", "action"]);
  });
});

describe("a choice the record says the customer made (round 7 B, repeat-fault-r7-clicks-without-answers)", () => {
  const repeat = loadScenarioFile("complaint-repeat-fault-call");
  const evidence = repeat.contacts.find((k) => k.customerRef === "CUS-7101")!.evidence;
  const call = (text: string): LearnerAction => ({
    type: "send_message",
    customerRef: "CUS-7101",
    channel: "phone",
    text,
  });
  const log = (summary: string): LearnerAction => ({
    type: "log_call",
    customerRef: "CUS-7101",
    direction: "inbound",
    summary,
  });
  const options = call(
    "Because our repair hasn't lasted, you don't have to send it off again. You can choose to have your money back in full, or keep the machine with a price reduction. Which would you prefer?",
  );
  const claims = (actions: LearnerAction[]) => {
    const { state } = play(repeat, actions);
    return choiceClaims(state.log, "CUS-7101", evidence, state.contacts["CUS-7101"]!.flags, "Linda").map(
      (v) => [v.status, v.promise.text],
    );
  };

  it("is untrue when she never chose (nobody explained her options)", () => {
    const stock = call("I completely understand your concerns, Linda. Leave it with me.");
    expect(claims([stock, log("Explained her options. She chose the refund: £449.99 to Visa.")])).toEqual([
      ["untrue", "chose the refund"],
    ]);
  });

  it("is true once she chose, and a choice she never made, or one not on offer, is untrue", () => {
    expect(claims([options, log("Options explained. She chose the refund: £449.99 to Visa.")])).toEqual([]);
    expect(claims([options, log("Options explained; customer agreed to a repair.")])).toEqual([
      ["untrue", "agreed to a repair"],
    ]);
    expect(
      claims([options, log("Options explained. She did not agree to a repair; refund instead.")]),
    ).toEqual([]);
  });

  it("says nothing where the scenario declares no choices", () => {
    expect(choiceClaims([], "CUS-7101", { ...evidence!, choices: [] }, [], "Linda")).toEqual([]);
  });
});

describe("a choice made in the customer's first message (round 10 A, returns-r10-record-says-agreed-repair)", () => {
  const returns = loadScenarioFile("complaint-returns-desk");
  const evidence = returns.contacts.find((k) => k.customerRef === "CUS-5202")!.evidence;
  const note = (text: string): LearnerAction => ({ type: "add_note", customerRef: "CUS-5202", text });
  const claims = (actions: LearnerAction[]) => {
    const { state } = play(returns, actions);
    return choiceClaims(state.log, "CUS-5202", evidence, state.contacts["CUS-5202"]!.flags, "Joanne");
  };

  it("is made from the start, with no flag: the record may say so", () => {
    expect(evidence!.choices[0]!.inOpening).toBe(true);
    expect(claims([note("Frother failed again after our repair. She chose a full refund.")])).toEqual([]);
  });

  it("a record that she chose anything else is untrue, and says what she asked for", () => {
    const [v] = claims([note("Frother failed again. Customer agreed to another repair; collection booked.")]);
    expect(v?.status).toBe("untrue");
    expect(v?.promise.text).toBe("agreed to another repair");
    expect(v?.explanation).toMatch(/their first message asked for "refund"/);
    expect(claims([note("She did not agree to another repair; full refund issued.")])).toEqual([]);
  });
});

describe("remedies named as alternatives (round 11 A, returns-r11-joanne-not-heard)", () => {
  it("findPromises records the other remedies named with one by 'or', '/' or a list", () => {
    const found = findPromises("For six months we'll repair or replace a faulty item for free.");
    expect(found.map((p) => [p.kind, p.alternatives])).toEqual([
      ["replacement", ["repair"]],
      ["repair", ["replacement"]],
    ]);
    expect(
      findPromises("I'll arrange a refund, a repair or a replacement.")[0]?.alternatives?.sort(),
    ).toEqual(["repair", "replacement"]);
    // One remedy alone has none.
    expect(findPromises("I'll repair it for you this week.")[0]?.alternatives).toBeUndefined();
  });

  const returns = loadScenarioFile("complaint-returns-desk");
  const ravi = (text: string): LearnerAction => ({
    type: "send_message",
    customerRef: "CUS-5201",
    channel: "email",
    text,
  });
  const remedy = (kind: "replacement" | "refund" | "repair"): LearnerAction => ({
    type: "issue_remedy",
    customerRef: "CUS-5201",
    orderRef: "ORD-52011",
    sku: "KET-AURORA-17",
    kind,
  });
  const verdicts = (actions: LearnerAction[]) =>
    judgePromises(play(returns, actions).state.log, "CUS-5201", "Ravi").map((v) => [
      v.promise.kind,
      v.status,
    ]);
  const rule = "For six months from delivery we'll repair or replace a faulty item for free.";

  it("'we'll repair or replace' is kept by a replacement (or a repair)", () => {
    expect(
      judgePromises(play(returns, [ravi(rule), remedy("replacement")]).state.log, "CUS-5201", "Ravi").map(
        (v) => v.explanation,
      ),
    ).toEqual([
      "You promised a replacement and issued one.",
      "You promised a repair or replacement and issued a replacement.",
    ]);
    expect(verdicts([ravi(rule), remedy("replacement")])).toEqual([
      ["replacement", "kept"],
      ["repair", "kept"],
    ]);
  });

  it("but is still broken by a remedy it did not name, and a single remedy still needs that one", () => {
    expect(verdicts([ravi(rule), remedy("refund")]).map(([, s]) => s)).toEqual(["broken", "broken"]);
    expect(verdicts([ravi("I'll repair it for you this week."), remedy("replacement")])).toEqual([
      ["repair", "broken"],
    ]);
  });
});

describe("a phone call promised in words (round 11 A, complaint-r11-promises-a-ring)", () => {
  it("'give you a quick ring' is a promise of a call, and promisedCall finds it", () => {
    expect(kinds("I'll give you a quick ring on Friday to check it's all arrived.")).toEqual(["call_back"]);
    expect(kinds("We'll give you a bell when it ships.")).toEqual(["call_back"]);
    expect(promisedCall("I'll give you a quick ring on Friday.")?.text).toBe("give you a quick ring");
    expect(promisedCall("I'll ring you next week to check.")?.text).toBe("ring you");
  });

  it("but not contact in writing, a negated call or an offer", () => {
    expect(promisedCall("I'll email you on Friday to check.")).toBeUndefined();
    expect(promisedCall("We'll only ever contact you by email from now on.")).toBeUndefined();
    expect(promisedCall("Nobody will ring you about this.")).toBeUndefined();
    expect(promisedCall("If you'd like a call, I'll ring you.")).toBeUndefined();
  });
});

describe("history told with 'we'd' + a past participle is no promise (round 16 A)", () => {
  it("'after we'd already repaired it' promises no repair; 'we'd refund it' is still read", () => {
    expect(
      kinds("I'm so sorry it has stopped heating again after we'd already repaired it for the same fault."),
    ).toEqual([]);
    expect(kinds("We'd repaired it once already, so I've refunded the full £49.99.")).toEqual(["refund"]);
    expect(kinds("If that suits you, we'd refund it in full.")).toEqual([]);
    expect(kinds("We'd happily refund it in full today.")).toEqual(["refund"]);
  });
});

describe("the customer asked to phone us (round 16 A, complaint-r16-please-ring-us)", () => {
  it("finds an invitation to ring, whoever is to be rung", () => {
    expect(
      callInvited(
        "If it's easier to talk it through, just give our customer care team a ring on 0345 600 4417 (8am to 8pm).",
      )?.text,
    ).toBe("give our customer care team a ring");
    expect(callInvited("Please call us on 0345 600 4417 if you have any questions.")?.text).toBe("call us");
    expect(callInvited("Please don't hesitate to ring our helpline.")?.text).toBe("ring our helpline");
    expect(callInvited("You can also reach us by phone, 8am to 8pm.")?.text).toBe("reach us by phone");
  });

  it("but not a negated or set-aside call, writing, or quoted words", () => {
    expect(callInvited("There's no need to ring us: just reply to this email.")).toBeNull();
    expect(callInvited("Rather than calling us, you can reply here whenever suits you.")).toBeNull();
    expect(callInvited("You don't have to phone us; everything can be done by email.")).toBeNull();
    expect(callInvited("Just reply to this email and I'll sort it.")).toBeNull();
    expect(callInvited('Our old letters said "call us on 0800…", which I know is no use to you.')).toBeNull();
    expect(callInvited("We usually ring usually-busy customers back.")).toBeNull();
  });

  it("the kettle's reasonable adjustment is partly when Priya, hard of hearing, is asked to ring", () => {
    const { actions, run } = playthroughFile("complaint-model.yaml");
    const adjustment = (as: LearnerAction[]) =>
      run(as).criteria.find((c) => c.id === "reasonable-adjustment")!;
    expect(adjustment(actions).status).toBe("met");
    const asked = actions.map((a) =>
      a.type === "send_message" && a.text.includes("Thank you for letting us know")
        ? {
            ...a,
            text: a.text.replace(
              "Kind regards",
              "If it's easier, give our team a ring on 0345 600 4417.\n\nKind regards",
            ),
          }
        : a,
    );
    const c = adjustment(asked);
    expect(c.status).toBe("partly");
    expect(c.detail).toContain("asked the customer to phone");
  });
});

describe("a contact channel claimed on the record, and set otherwise (round 17 A, complaint-r17-record-set-to-phone)", () => {
  const prefs = (preferredChannel: "email" | "phone"): LearnerAction => ({
    type: "update_preferences",
    customerRef: "CUS-2041",
    preferredChannel,
    accessibilityNotes: "Hard of hearing.",
  });
  const claim = email(
    "I've also updated your details so that from now on we'll only ever contact you by email, and there's a note on your account that you're hard of hearing.",
  );
  const verdicts = (actions: LearnerAction[]) =>
    judgePromises(play(kettle, actions).state.log, "CUS-2041", "Priya").map(
      (v) => `${v.promise.kind} ${v.status}`,
    );

  it("is broken by a preferences change to another channel, made before or after the message", () => {
    expect(verdicts([claim, prefs("phone")])).toEqual(["record_update broken"]);
    expect(verdicts([prefs("phone"), claim])).toEqual(["record_update broken"]);
  });

  it("is kept by the channel it names; 'we'll only contact you by email' promises no contact", () => {
    expect(verdicts([claim, prefs("email")])).toEqual(["record_update kept"]);
    expect(verdicts([email("From now on we'll only contact you by email.")])).toEqual([]);
    // What the note says is how to contact her, not a contact promised (round 23 A).
    expect(
      verdicts([
        email("I've put a note on your account that we should email you and not ring."),
        prefs("email"),
      ]),
    ).toEqual(["record_update kept"]);
    expect(
      verdicts([email("I've noted on your record that you'd like us to email you, not phone.")]),
    ).toEqual(["record_update untrue"]);
    // A contact still promised is still read: "I'll email you on Friday".
    expect(verdicts([email("I'll email you on Friday to see how you're getting on.")])).toEqual([
      "call_back unkept",
    ]);
  });
});

describe("a call offered to the customer (round 17 A, complaint-r17-would-a-call-help)", () => {
  it("finds a phone conversation offered as a question or in an offer frame", () => {
    expect(callOffered("Would it be easier to talk this through over the phone?")?.text).toBe(
      "talk this through over the phone",
    );
    expect(callOffered("If so, just let me know a time that suits and I'll ring you back.")?.text).toBe(
      "I'll ring you",
    );
    expect(callOffered("Shall I give you a quick ring this afternoon?")?.text).toBe(
      "I give you a quick ring",
    );
    expect(callOffered("I'm happy to give you a call if you'd prefer.")?.text).toBe("a call");
    expect(callOffered("Would you like me to call you to go through it?")?.text).toBe("me to call you");
  });

  it("not her need told back, a call by someone else, writing, a negation or quoted words", () => {
    expect(
      callOffered("I know talking on the phone is hard for you, so everything will be by email."),
    ).toBeNull();
    expect(callOffered("Did the courier call you to arrange a time?")).toBeNull();
    expect(callOffered("Would you prefer updates by email or by text?")).toBeNull();
    expect(callOffered("Rather than a phone call, I'll email you each update.")).toBeNull();
    expect(callOffered("We won't call you; I'll reply here.")).toBeNull();
    expect(callOffered('You said "phone calls are very difficult", so I\'ve noted email only.')).toBeNull();
    expect(callOffered("If you'd like a replacement instead, just reply and I can arrange it.")).toBeNull();
  });

  it("the kettle's reasonable adjustment is partly when Priya is offered a call", () => {
    const { actions, run } = playthroughFile("complaint-model.yaml");
    const offered = actions.map((a) =>
      a.type === "send_message" && a.text.includes("Thank you for letting us know")
        ? {
            ...a,
            text: a.text.replace(
              "Kind regards",
              "Would it be easier to talk this through over the phone?\n\nKind regards",
            ),
          }
        : a,
    );
    const c = run(offered).criteria.find((x) => x.id === "reasonable-adjustment")!;
    expect(c.status).toBe("partly");
    expect(c.detail).toContain("offered the customer a call");
  });
});

/** The internal customer's case: a message to Dev in the warehouse, and the escalation to Leanne (approval claims). */
const approvalScenario = loadScenarioFile("internal-customer-lost-parcel");
const toDev = (text: string): LearnerAction => ({
  type: "message_person",
  personRef: "STF-WH1",
  channel: "internal",
  customerRef: "CUS-6101",
  text,
});
const escalateToLeanne: LearnerAction = {
  type: "escalate",
  customerRef: "CUS-6101",
  toRef: "STF-TL1",
  reason: "ORD-61011 lost by the courier; birthday present for Saturday. Can we do next-day?",
};
/** The words of each approval Aisha's messages claim before it was given, after playing `actions`. */
const approvalClaimTexts = (actions: LearnerAction[]) =>
  approvalClaims(approvalScenario, play(approvalScenario, actions).state, "CUS-6101", "Aisha").map((v) =>
    v.promise.text.trim(),
  );

describe("a call announced as coming from someone else (round 19 A, complaint-r19-courier-will-ring)", () => {
  it("finds a call she will get, whoever makes it", () => {
    expect(
      callAnnounced("Our courier partner will give you a quick call the evening before to agree a time.")
        ?.text,
    ).toBe("will give you a quick call");
    expect(callAnnounced("The engineer is going to ring you on Monday.")?.text).toBe("is going to ring you");
    expect(callAnnounced("You'll get a call from the driver about an hour before.")?.text).toBe(
      "You'll get a call",
    );
    expect(callAnnounced("I've asked the returns team to phone you tomorrow.")?.text).toBe("to phone you");
  });

  it("but not a call negated, in writing, to someone else, quoted or in the past", () => {
    expect(callAnnounced("Nobody will ring you about this; everything will be by email.")).toBeNull();
    expect(callAnnounced("I've asked the courier not to call you, they'll text instead.")).toBeNull();
    expect(callAnnounced("The courier will email you a time slot the evening before.")).toBeNull();
    expect(callAnnounced("I'll ring the courier myself to arrange the collection.")).toBeNull();
    expect(callAnnounced('You said "phone calls are very difficult", so we will not call you.')).toBeNull();
    expect(callAnnounced("The courier called you yesterday, I'm sorry.")).toBeNull();
  });
});

describe("an approval claimed to a colleague before it was given (round 11 A, internal-r11-approval-claimed-early)", () => {
  const internal = approvalScenario;
  const escalate = escalateToLeanne;
  const wait: LearnerAction = { type: "wait", minutes: 10 };
  const claims = (actions: LearnerAction[]) => {
    const { state } = play(internal, actions);
    return approvalClaims(internal, state, "CUS-6101", "Aisha").map((v) => [v.status, v.promise.text.trim()]);
  };

  it("'Leanne's OK'd next-day' before Leanne is asked is untrue, with the escalation as evidence", () => {
    expect(claims([toDev("Leanne's OK'd next-day, so please send it next-day."), escalate, wait])).toEqual([
      ["untrue", "Leanne's OK'd"],
    ]);
    expect(claims([toDev("My team leader has approved next-day delivery.")])).toEqual([
      ["untrue", "My team leader has approved"],
    ]);
  });

  it("is kept once her approval has arrived; questions, conditions and negations claim nothing", () => {
    expect(claims([escalate, wait, toDev("Leanne has approved next-day, please switch it.")])).toEqual([]);
    expect(claims([toDev("Has Leanne approved next-day yet?")])).toEqual([]);
    expect(claims([toDev("Once Leanne has approved it I'll let you know.")])).toEqual([]);
    expect(claims([toDev("Leanne hasn't approved next-day yet, I'm asking her now.")])).toEqual([]);
  });

  it("the same claim in other words: the source, the agent, a role or no one named (round 16 A)", () => {
    expect(
      claims([
        toDev("I've had the green light from my team lead for next-day, so please put it on."),
        escalate,
      ]),
    ).toEqual([["untrue", "I've had the green light from my team lead"]]);
    expect(claims([toDev("Got the go-ahead off Leanne, next-day it is.")])).toEqual([
      ["untrue", "Got the go-ahead off Leanne"],
    ]);
    expect(claims([toDev("Next-day's been approved by my manager, please switch it.")])).toEqual([
      ["untrue", "Next-day's been approved"],
    ]);
    expect(claims([toDev("Leanne has given us the nod on next-day.")])).toEqual([
      ["untrue", "Leanne has given us the nod"],
    ]);
    expect(claims([toDev("It's signed off, please send it next-day.")])).toEqual([
      ["untrue", "It's signed off"],
    ]);
  });

  it("in other words too: kept after her approval, and no claim in a question, condition or future", () => {
    expect(
      claims([escalate, wait, toDev("I've had the green light from Leanne, please switch it.")]),
    ).toEqual([]);
    expect(claims([escalate, wait, toDev("Next-day's been approved, please switch it before 2pm.")])).toEqual(
      [],
    );
    expect(claims([toDev("Have you had the green light from Leanne?")])).toEqual([]);
    expect(claims([toDev("As soon as I get the go-ahead from my team lead I'll tell you.")])).toEqual([]);
    expect(claims([toDev("If it's approved, please switch it to next-day.")])).toEqual([]);
    expect(claims([toDev("I'm asking Leanne for the go-ahead on next-day now.")])).toEqual([]);
  });
});

describe("an approval claimed with no article, as chat drops it (round 17 A, internal-r17-signed-off-before-asking)", () => {
  const internal = approvalScenario;
  const escalate = escalateToLeanne;
  const claims = approvalClaimTexts;

  it("'Upgrade's been signed off' before Leanne is asked is a claim, as 'the upgrade's been signed off' was", () => {
    expect(
      claims([toDev("Can you put it on the 2pm next-day collection? Upgrade's been signed off.")]),
    ).toEqual(["Upgrade's been signed off"]);
    expect(claims([toDev("Next-day upgrade has been approved, switch it please.")])).toEqual([
      "Next-day upgrade has been approved",
    ]);
    expect(claims([toDev("Your resend's been authorised for next-day.")])).toEqual([
      "Your resend's been authorised",
    ]);
  });

  it("not when asked, conditional, said after her approval, or about something no one approves", () => {
    expect(claims([toDev("Has the upgrade been signed off yet?")])).toEqual([]);
    expect(claims([toDev("Once the upgrade's been signed off I'll tell you.")])).toEqual([]);
    expect(
      claims([
        escalate,
        { type: "wait", minutes: 10 },
        toDev("Upgrade's been signed off, please switch it."),
      ]),
    ).toEqual([]);
    expect(claims([toDev("Address has been confirmed: 14 Elm Road.")])).toEqual([]);
  });

  it("claimsApproval (the match condition) reads the same claims, named, by role or by no one", () => {
    expect(claimsApproval(internal, "Morning Dev! Case ref CASE-A1. Upgrade's been signed off.")).toBe(true);
    expect(claimsApproval(internal, "Leanne said yes to next day so can u switch it")).toBe(true);
    expect(claimsApproval(internal, "I've had the green light from my team lead.")).toBe(true);
    expect(claimsApproval(internal, "I'm asking Leanne about next day now.")).toBe(false);
    expect(claimsApproval(internal, "Can you check whether the upgrade has been approved?")).toBe(false);
  });
});

describe("a bare role abbreviation as the decider (session 43 ruling; red-team round 27 A, internal-r27-tl-note)", () => {
  const internal = approvalScenario;
  it("reads TL / SM / mgr, and a role word opening its clause, with no 'my' or 'the'", () => {
    for (const t of [
      "TL approved next-day on the re-send (birthday).",
      "SM ok'd next-day for this one, so please stick it on the 2pm.",
      "Mgr signed off next-day on the re-send, pls book it on the 2pm.",
      "Next-day approved by TL.",
      "Got the go-ahead from TL.",
      "Manager's OK'd it, so switch it please.",
    ])
      expect(claimsApproval(internal, t), t).toBe(true);
  });
  it("leaves the abbreviation alone when it names who is being asked, or is waited on", () => {
    for (const t of [
      "I've asked my TL for approval.",
      "Waiting on TL for next-day, I'll tell you after.",
      "TL approval pending.",
      "Need TL sign-off first.",
      "Once TL's approved it I'll let you know.",
      "Has TL approved it?",
      "TL to approve next-day.",
      "If SM ok's it we go next-day.",
      "The customer's manager approved the order.",
    ])
      expect(claimsApproval(internal, t), t).toBe(false);
  });
});

describe("an approval claimed as the decider's stance, in a request (round 18 A, internal-r18-leanne-happy-for-it)", () => {
  const internal = approvalScenario;
  const escalate = escalateToLeanne;
  const claims = approvalClaimTexts;

  it("'happy for it to go', 'fine with', 'has agreed to', 'says we can' before she is asked are claims, even inside a question", () => {
    expect(
      claims([
        toDev("Leanne's happy for this one to go next-day, so can you bump it up to the 2pm collection?"),
        escalate,
      ]),
    ).toEqual(["Leanne's happy for this"]);
    expect(claims([toDev("My team leader's fine with the upgrade, please switch it.")])).toEqual([
      "My team leader's fine with the upgrade",
    ]);
    expect(claims([toDev("Leanne has agreed to next-day delivery.")])).toEqual([
      "Leanne has agreed to next-day delivery",
    ]);
    expect(claims([toDev("Leanne says we can send it next-day.")])).toEqual(["Leanne says we can"]);
    expect(claimsApproval(internal, "Leanne's OK'd next-day, so can you switch it?")).toBe(true);
  });

  it("not a guess, a condition, a stance on something else, a question, or after her approval", () => {
    expect(claims([toDev("I'm sure Leanne will be fine with next-day, I'm asking her now.")])).toEqual([]);
    expect(claims([toDev("If Leanne's happy with it, I'll let you know.")])).toEqual([]);
    expect(claims([toDev("Leanne's happy to help if you need anything.")])).toEqual([]);
    expect(claims([toDev("Leanne's not happy with the courier.")])).toEqual([]);
    expect(claims([toDev("Leanne agreed to look at it after lunch.")])).toEqual([]);
    expect(claims([toDev("Has Leanne approved it, do you know?")])).toEqual([]);
    expect(claims([toDev("Is Leanne fine with next-day?")])).toEqual([]);
    expect(
      claims([
        escalate,
        { type: "wait", minutes: 10 },
        toDev("Leanne's happy for it to go next-day, switch it please."),
      ]),
    ).toEqual([]);
  });
});

describe("an approval foretold as certain and acted on (round 23 A, internal-r23-leanne-wont-mind)", () => {
  const internal = approvalScenario;
  const claims = approvalClaimTexts;

  it("her answer said to be certain, with the warehouse told to go ahead before she is asked, is a claim", () => {
    expect(
      claims([
        toDev(
          "There's no way Leanne will say no to next-day on a birthday present, so go ahead and stick it on the 2pm collection.",
        ),
        escalateToLeanne,
      ]),
    ).toEqual(["There's no way Leanne will say no"]);
    expect(claimsApproval(internal, "Leanne won't mind, just stick it on next-day.")).toBe(true);
    expect(
      claimsApproval(
        internal,
        "My team leader will definitely be fine with it, so can you switch it to next-day?",
      ),
    ).toBe(true);
    expect(
      claimsApproval(internal, "No chance Leanne'll refuse a birthday one - go ahead and upgrade it."),
    ).toBe(true);
  });

  it("but not a forecast alone, one with the asking or a wait after it, or one about something else", () => {
    expect(
      claimsApproval(
        internal,
        "There's no way Leanne will say no, but I've asked her and will let you know.",
      ),
    ).toBe(false);
    expect(claimsApproval(internal, "Leanne won't mind, but can you hold it till she's confirmed?")).toBe(
      false,
    );
    expect(claimsApproval(internal, "Leanne won't mind me asking, so I'll message her now.")).toBe(false);
    expect(
      claimsApproval(internal, "There's no way Leanne will say no to this, so I've escalated it to her."),
    ).toBe(false);
    expect(
      claimsApproval(internal, "Leanne won't be in until 2pm, so please keep it on standard for now."),
    ).toBe(false);
  });
});

describe("an approval claimed as the decider's habit (round 19 A, internal-r19-leanne-always-oks)", () => {
  const internal = approvalScenario;
  const claims = approvalClaimTexts;

  it("what she always or never does, told to the warehouse before she is asked, is a claim", () => {
    expect(
      claims([
        toDev(
          "Put it on next-day as well, Leanne always OKs these when it's a birthday, so no need to wait on her.",
        ),
        escalateToLeanne,
      ]),
    ).toEqual(["Leanne always OKs"]);
    expect(
      claimsApproval(internal, "My team leader normally approves next-day for lost parcels, so switch it."),
    ).toBe(true);
    expect(claimsApproval(internal, "Leanne never says no to a birthday one, go ahead.")).toBe(true);
  });

  it("but not who decides, a habit still to be asked, a negated habit or a question", () => {
    expect(claimsApproval(internal, "Leanne usually decides these, so I've asked her.")).toBe(false);
    expect(claimsApproval(internal, "Leanne always asks for the reason, so I've given it.")).toBe(false);
    expect(
      claimsApproval(internal, "Leanne normally OKs these, but I've asked her and will let you know."),
    ).toBe(false);
    expect(claimsApproval(internal, "Leanne doesn't always approve these, so I'm checking.")).toBe(false);
    expect(claimsApproval(internal, "Does Leanne usually approve these?")).toBe(false);
    // A claim of a decision made stays a claim with a request after it (round 18 A).
    expect(claimsApproval(internal, "Leanne's OK'd next-day, but can you check the label first?")).toBe(true);
  });
});

describe("an approval reported from what the decider once said, and a habit named while asking her (red-team round 20 D)", () => {
  const internal = approvalScenario;

  it("her permission reported as covering this request is a claim (internal-r20d-leanne-said-birthdays-go-next-day)", () => {
    expect(
      approvalClaimTexts([
        toDev(
          "Leanne said to me the other week that birthday ones can go next-day, so if you could switch this one over that'd be great.",
        ),
        escalateToLeanne,
      ]),
    ).toEqual(["Leanne said to me the other week that birthday ones can go"]);
    expect(claimsApproval(internal, "My manager told us these are fine to upgrade, so go ahead.")).toBe(true);
    expect(claimsApproval(internal, "Leanne mentioned lost parcels can always go next-day.")).toBe(true);
  });

  it("but not an instruction to ask, a promise to let me know, a refusal or a condition", () => {
    expect(claimsApproval(internal, "Leanne said to check whether it can go next-day first.")).toBe(false);
    expect(claimsApproval(internal, "Leanne said she'd let me know by lunchtime.")).toBe(false);
    expect(claimsApproval(internal, "Leanne said it can't go next-day this week.")).toBe(false);
    expect(claimsApproval(internal, "Leanne told me not to send anything next-day without asking.")).toBe(
      false,
    );
    expect(claimsApproval(internal, "If Leanne says it can go next-day, I'll tell you straight away.")).toBe(
      false,
    );
  });

  it("a habit named by someone asking her now claims nothing, joined by 'so' as well as 'but' (the honest control)", () => {
    expect(
      claimsApproval(
        internal,
        "Leanne usually signs these off, so I've asked her about next-day and I'll come back to you as soon as she's answered.",
      ),
    ).toBe(false);
    expect(claimsApproval(internal, "Leanne normally approves these and I'm checking with her now.")).toBe(
      false,
    );
    // The habit with nobody asking stays a claim: "no need to wait on her" asks nobody (round 19 A).
    expect(
      claimsApproval(internal, "Leanne always OKs these when it's a birthday, so no need to wait on her."),
    ).toBe(true);
    expect(claimsApproval(internal, "Leanne always OKs these, so I'm asking Dev to switch it now.")).toBe(
      true,
    );
  });
});

describe("an approval claimed as the writer's own clearing of it (red-team round 21 A, internal-r21-cleared-it-already)", () => {
  const internal = approvalScenario;
  it("'I've cleared / squared next-day with my team leader' before anyone was asked is a claim", () => {
    expect(
      claimsApproval(
        internal,
        "I've cleared next-day with my team leader already, so could you get the re-send on this afternoon's 2pm collection?",
      ),
    ).toBe(true);
    expect(claimsApproval(internal, "We've squared the upgrade with Leanne, so go ahead.")).toBe(true);
  });
  it("not a clearing still to come, waited on, or asked about", () => {
    expect(claimsApproval(internal, "I'll clear next-day with Leanne and come back to you.")).toBe(false);
    expect(claimsApproval(internal, "Once I've cleared it with Leanne I'll let you know.")).toBe(false);
    expect(claimsApproval(internal, "Have you cleared it with your team leader?")).toBe(false);
  });
});

describe("a remedy said done in the passive (red-team round 20 D, internal-r20d-replacement-has-been-arranged)", () => {
  const read = (t: string) => findPromises(t).map((p) => [p.kind, p.done]);

  it("the remedy as the subject of a passive that says it was done is a claim", () => {
    expect(
      read(
        "A replacement grinder has been arranged and will be dispatched to you today on next-day delivery.",
      ),
    ).toEqual([["replacement", true]]);
    expect(read("A full refund has been approved for you today.")).toEqual([["refund", true]]);
    expect(read("The replacement was booked with the courier an hour ago.")).toEqual([["replacement", true]]);
  });

  it("but not one negated, still to come or asked about", () => {
    expect(read("No replacement has been arranged yet, I'm afraid.")).toEqual([]);
    expect(read("Once a replacement has been arranged, I'll let you know the date.")).toEqual([]);
    expect(read("Has a replacement been arranged for you yet?")).toEqual([]);
  });
});

describe("a call announced by its medium, not its verb (red-team round 20 D, complaint-r20d-collections-team-by-phone)", () => {
  it("any contact with her said to come by phone, whoever makes it", () => {
    expect(
      callAnnounced(
        "Someone from our collections team will be in touch by phone the day before to book a time that suits you.",
      )?.text,
    ).toBe("will be in touch by phone");
    expect(callAnnounced("You'll be contacted by telephone to arrange collection.")?.text).toBe(
      "'ll be contacted by telephone",
    );
    expect(callAnnounced("The engineer is going to get in touch on your mobile tomorrow.")?.text).toBe(
      "is going to get in touch on your mobile",
    );
  });

  it("but not contact in writing, a phone negated, or a number given for her to use", () => {
    expect(callAnnounced("Our collections team will be in touch by email to book a time.")).toBeNull();
    expect(callAnnounced("We'll be in touch by email, not by phone.")).toBeNull();
    expect(callAnnounced("Nobody will contact you by phone; it will all be by email.")).toBeNull();
    expect(callAnnounced("Our phone number is on the website if you ever need it.")).toBeNull();
  });
});

describe("a promise taken back openly in the next message (red-team round 12 A)", () => {
  const remedy = (kind: "refund" | "replacement"): LearnerAction => ({
    type: "issue_remedy",
    customerRef: "CUS-2041",
    orderRef: "ORD-10234",
    sku: "KET-AURORA-17",
    kind,
  });
  const verdicts = (actions: LearnerAction[]) =>
    judgePromises(play(kettle, actions).state.log, "CUS-2041", "Priya").map(
      (v) => `${v.promise.kind} ${v.status}`,
    );

  it("is withdrawn when a correction rules the promised thing out", () => {
    expect(
      verdicts([
        email("I'll process your refund this morning."),
        email(
          "I need to correct my last email, and I'm sorry: I counted the days wrongly, so I can't refund it after all, but I've sent you a replacement kettle today.",
        ),
        remedy("replacement"),
      ]),
    ).toEqual(["replacement kept"]);
  });

  it("stands when the next message is no correction, or a correction that does not rule it out", () => {
    // Not a correction: the refund promise is broken by the replacement.
    expect(
      verdicts([
        email("I'll process your refund this morning."),
        email("Sadly we can't refund it, but I've sent you a replacement kettle today."),
        remedy("replacement"),
      ]),
    ).toEqual(["refund broken", "replacement kept"]);
    // A correction that adds an apology takes nothing back.
    expect(
      verdicts([
        email("I'll process your refund this morning."),
        email("Sorry, I sent that too quickly: I should have started by saying how sorry I am."),
        remedy("replacement"),
      ]),
    ).toEqual(["refund broken"]);
  });
});

describe("a sum put right in the next message (red-team round 14 A, repeat-fault-r14-wrong-figure-corrected)", () => {
  const refund: LearnerAction = {
    type: "issue_remedy",
    customerRef: "CUS-2041",
    orderRef: "ORD-10234",
    sku: "KET-AURORA-17",
    kind: "refund",
  };
  const verdicts = (actions: LearnerAction[]) =>
    judgePromises(play(kettle, actions).state.log, "CUS-2041", "Priya").map(
      (v) => `${v.promise.kind} ${v.status}`,
    );

  it("is the corrected sum that the refund must match", () => {
    expect(
      verdicts([
        refund,
        email("I've refunded £54.99 to your Visa debit card."),
        email("Sorry Priya, I gave you the wrong figure there: it's £44.99, the full price you paid."),
      ]),
    ).toEqual(["refund kept"]);
    expect(
      verdicts([
        refund,
        email("I've refunded £54.99 to your Visa debit card."),
        email("Sorry, correction: I've refunded £44.99, not £54.99."),
      ]),
    ).toEqual(["refund kept"]);
  });

  it("does not excuse a sum that no correction takes back, or a correction to a larger sum", () => {
    expect(
      verdicts([
        refund,
        email("I've refunded £54.99 to your Visa debit card."),
        email("Thank you again, Priya."),
      ]),
    ).toEqual(["refund broken"]);
    expect(
      verdicts([
        refund,
        email("I've refunded £44.99 to your Visa debit card."),
        email("Sorry Priya, I gave you the wrong figure: it's £54.99."),
      ]),
    ).toEqual(["refund broken"]);
  });
});

describe("the refund told against the refund issued, in words or figures (red-team round 20 C)", () => {
  const refund = (amountPence?: number): LearnerAction => ({
    type: "issue_remedy",
    customerRef: "CUS-2041",
    orderRef: "ORD-10234",
    sku: "KET-AURORA-17",
    kind: "refund",
    ...(amountPence === undefined ? {} : { amountPence }),
  });
  const verdicts = (actions: LearnerAction[]) =>
    judgePromises(play(kettle, actions).state.log, "CUS-2041", "Priya").map(
      (v) => `${v.promise.kind} ${v.status}`,
    );

  it("breaks the promise when the sum told in words is more than was refunded", () => {
    // complaint-r20h-wrong-sum-in-words: the frother's price told for the kettle
    expect(
      verdicts([refund(), email("I've refunded forty nine pounds ninety nine to your card today.")]),
    ).toEqual(["refund broken"]);
    expect(
      verdicts([refund(), email("I've refunded forty-four pounds ninety-nine to your card today.")]),
    ).toEqual(["refund kept"]);
  });

  it("breaks it when she is told less than she got, beyond rounding", () => {
    expect(verdicts([refund(), email("I've refunded £40 to your Visa debit card.")])).toEqual([
      "refund broken",
    ]);
    // within a pound of the refund: rounding, not a different sum
    expect(verdicts([refund(), email("I've refunded £44 to your Visa debit card.")])).toEqual([
      "refund kept",
    ]);
    expect(verdicts([refund(2000), email("I've refunded £20 to your Visa debit card.")])).toEqual([
      "refund kept",
    ]);
  });
});

describe("the record saying the customer was told before anyone wrote to them (red-team round 14 A)", () => {
  const caseOpen: LearnerAction = {
    type: "open_case",
    customerRef: "CUS-2041",
    orderRef: "ORD-10234",
    category: "faulty_product",
    summary: "Kettle stopped working after 12 days.",
  };
  const close = (resolution: string): LearnerAction => ({
    type: "close_case",
    caseRef: "CASE-A1",
    resolution,
  });
  const claims = (actions: LearnerAction[]) =>
    contactClaims(play(kettle, actions).state.log, "CUS-2041", "Priya").map((v) => v.promise.text);

  it("is untrue when nothing had been sent to her yet", () => {
    expect(claims([caseOpen, close("Resolved. Customer informed and happy with the refund.")])).toEqual([
      "Customer informed",
    ]);
    expect(claims([caseOpen, close("Refund issued; Priya is happy with the outcome.")])).toEqual([
      "Priya is happy",
    ]);
    expect(
      claims([{ type: "add_note", customerRef: "CUS-2041", text: "She has been told about the refund." }]),
    ).toEqual(["She has been told"]);
    // Ours with no time or request after it: "Customer emailed with the new date" says we wrote to her.
    expect(
      claims([
        { type: "add_note", customerRef: "CUS-2041", text: "Customer emailed with the refund details." },
      ]),
    ).toEqual(["Customer emailed"]);
    expect(claims([{ type: "add_note", customerRef: "CUS-2041", text: "Priya emailed today." }])).toEqual([]);
  });

  it("is no claim after a message to her, negated, for later, or what she told us", () => {
    expect(
      claims([
        caseOpen,
        email("Dear Priya, I've refunded the £44.99."),
        close("Customer informed and happy."),
      ]),
    ).toEqual([]);
    expect(claims([caseOpen, close("Refund issued; customer not yet informed.")])).toEqual([]);
    expect(
      claims([
        { type: "add_note", customerRef: "CUS-2041", text: "Customer will be told once the refund clears." },
      ]),
    ).toEqual([]);
    expect(
      claims([
        { type: "add_note", customerRef: "CUS-2041", text: "Customer told us she is hard of hearing." },
      ]),
    ).toEqual([]);
    // Her own email, with when it came in, what it asked or a colon after it, is her contact, not ours
    // (red-team round 22 C, win-back-r22h-keith-one-or-two-slip-through).
    expect(
      claims([
        {
          type: "add_note",
          customerRef: "CUS-2041",
          text: "Priya emailed this morning: kettle stopped working.",
        },
      ]),
    ).toEqual([]);
    expect(
      claims([
        { type: "add_note", customerRef: "CUS-2041", text: "Customer contacted today asking for a refund." },
      ]),
    ).toEqual([]);
    // A note or a new case written just before the email it describes is true once the email goes (session 50);
    // a case closed as told before the email stays untrue (above).
    expect(
      claims([
        { ...caseOpen, summary: "Kettle faulty; customer contacted by email with the refund details." },
        email("Dear Priya, I've refunded the £44.99."),
      ]),
    ).toEqual([]);
    expect(
      claims([
        caseOpen,
        close("Resolved. Customer informed and happy with the refund."),
        email("Dear Priya, I've refunded the £44.99."),
      ]),
    ).toEqual(["Customer informed"]);
    // Happy only closing a case: a note of how she felt before is not a claim of resolution.
    expect(
      claims([
        { type: "add_note", customerRef: "CUS-2041", text: "Customer happy with earlier orders (CSAT 5)." },
      ]),
    ).toEqual([]);
  });
});

describe("a percentage off offered in the second person is a gesture (red-team round 14 A)", () => {
  it("reads 'you can upgrade … at 30% off' but not the price reduction the law gives", () => {
    expect(
      gesturePromises("As a subscriber you can upgrade to our Reserve plan at 30% off.").map((p) => p.text),
    ).toEqual(["30% off"]);
    expect(
      gesturePromises("You can have all your money back, or keep it and we take some money off the price."),
    ).toEqual([]);
    expect(gesturePromises("You can keep it with money off, your choice.")).toEqual([]);
    // The remedy's own goods, free as the Act requires (CRA 2015 s.23(2)(a)): no gesture (session 49).
    expect(
      gesturePromises(
        "I've arranged a free replacement kettle, and you'll get an email when it's on its way.",
      ),
    ).toEqual([]);
    expect(gesturePromises("We'll send you a free repaired machine next week.")).toEqual([]);
    expect(
      gesturePromises("I've arranged a free replacement kettle and 20% off your next order.").map(
        (p) => p.text,
      ),
    ).toEqual(["20% off"]);
    expect(gesturePromises("I'll send you a free kettle as a thank you.").map((p) => p.text)).toEqual([
      "free kettle",
    ]);
  });
});

describe("a gesture promised beyond an adviser's authority (red-team round 12 A)", () => {
  const call = loadScenarioFile("complaint-repeat-fault-call");
  const say = (text: string): LearnerAction => ({
    type: "send_message",
    customerRef: "CUS-7101",
    channel: "phone",
    text,
  });
  const gesture = (kind: "voucher" | "goodwill", amountPence: number): LearnerAction => ({
    type: "issue_remedy",
    customerRef: "CUS-7101",
    orderRef: "ORD-71001",
    kind,
    amountPence,
  });
  const verdicts = (actions: LearnerAction[]) =>
    judgeGestures(play(call, actions).state.log, "CUS-7101", 2500, "Linda").map((v) => v.status);

  it("finds gestures promised in the first person, not offers, conditions or negations", () => {
    const texts = (t: string) => gesturePromises(t).map((p) => p.text);
    expect(texts("I'll knock 50% off any machine you want from us.")).toEqual(["50% off"]);
    expect(texts("I'll put you down for free beans every month for a year.")).toEqual(["free beans"]);
    expect(texts("I've added a £10 voucher to your account.")).toEqual(["voucher"]);
    expect(texts("Would you like a £10 voucher?")).toEqual([]);
    expect(texts("If you'd like, I'll add a £10 voucher.")).toEqual([]);
    expect(texts("Once you've updated your review, I'll add a £10 voucher.")).toEqual([]);
    expect(texts("I can't offer a discount, I'm afraid.")).toEqual([]);
    // Free collection or delivery of the remedy is part of the remedy.
    expect(
      texts("Our courier will collect it free of charge, and I'll send the new one with free delivery."),
    ).toEqual([]);
  });

  it("is broken beyond the limit, kept by a gesture issued within it, unkept otherwise", () => {
    expect(
      verdicts([say("I'll knock 50% off any machine you want, and free beans every month for a year.")]),
    ).toEqual(["broken"]);
    expect(verdicts([say("I'll add a £40 voucher to your account.")])).toEqual(["broken"]);
    expect(verdicts([say("I'll add a £15 voucher to your account."), gesture("voucher", 1500)])).toEqual([
      "kept",
    ]);
    expect(verdicts([say("I'll add a £15 voucher to your account.")])).toEqual(["unkept"]);
    expect(verdicts([say("I've added a £15 voucher to your account.")])).toEqual(["untrue"]);
    expect(verdicts([say("I've refunded the full £449.99 to your card.")])).toEqual([]);
  });

  it("reads credit 'of' a sum, or credit to their account, as the gesture the goodwill keeps (round 23 A)", () => {
    const text = "I've also added £5 of credit to your account, a little something for the hassle.";
    expect(gesturePromises(text).map((p) => p.text)).toEqual(["credit to your account"]);
    const records = (actions: LearnerAction[]) =>
      judgePromises(play(call, actions).state.log, "CUS-7101", "Linda").map(
        (v) => `${v.promise.kind} ${v.status}`,
      );
    expect(records([say(text), gesture("goodwill", 500)])).toEqual(["record_update kept"]);
    expect(records([say(text)])).toEqual(["record_update untrue"]);
    expect(gesturePromises("I've put some credit to one side for the team's raffle.")).toEqual([]);
    // Money put on the account "as credit" (lead's mutation set 17); a refund as a credit to the card is not.
    const asCredit =
      "I've added the duplicate £11.50 to your account as credit, so it comes off your next order.";
    expect(gesturePromises(asCredit)).toHaveLength(1);
    expect(records([say(asCredit)])).toEqual(["record_update untrue"]);
    expect(gesturePromises("I've refunded the £11.50 as a credit to your Visa card today.")).toEqual([]);
  });

  it("reads a payment paused or waived as a gesture, kept only by a gesture issued (lead's set 19)", () => {
    const paused =
      "I've also paused your subscription for a month with nothing to pay, as a goodwill gesture.";
    expect(gesturePromises(paused)).toHaveLength(1);
    // "For a month" free is free goods over a period, which the policy does not put in an adviser's gift.
    expect(verdicts([say(paused)])).toEqual(["broken"]);
    const waived = "I've waived next month's £11.50 payment as a goodwill gesture.";
    expect(gesturePromises(waived)).toHaveLength(1);
    expect(verdicts([say(waived)])).toEqual(["untrue"]);
    expect(verdicts([say(waived), gesture("goodwill", 1150)])).toEqual(["kept"]);
    // An account change with no gift named is not a gesture.
    expect(gesturePromises("I've paused your subscription as you asked.")).toEqual([]);
    expect(gesturePromises("I've skipped the next delivery so you're not overloaded.")).toEqual([]);
  });
});

describe("a call promised on someone else's behalf is kept only if it was arranged (round 12 B)", () => {
  const winBack = loadScenarioFile("win-back-lapsed-customers");
  const toDavid = (text: string): LearnerAction => ({
    type: "send_message",
    customerRef: "CUS-4102",
    channel: "sms",
    text,
  });
  const task = (title: string, dueInDays = 14): LearnerAction => ({
    type: "create_task",
    customerRef: "CUS-4102",
    title,
    dueInDays,
  });
  const verdicts = (actions: LearnerAction[]) =>
    judgePromises(play(winBack, actions).state.log, "CUS-4102", "David").map((v) => v.status);
  const manager = "I'll make sure our delivery manager rings you personally tonight to apologise.";

  it("reads a third-person call as a call promised by someone else", () => {
    expect(findPromises(manager).map((p) => [p.kind, p.byOther])).toEqual([["call_back", true]]);
    expect(findPromises("I'll make sure a supervisor calls you tomorrow.").map((p) => p.byOther)).toEqual([
      true,
    ]);
    expect(findPromises("I'll call you next week.").map((p) => p.byOther)).toEqual([undefined]);
  });

  it("a colleague named as the subject who will contact the customer is a call promised by someone else (lead, session 32)", () => {
    for (const text of [
      "Our engineer will also ring you tomorrow morning to talk it through.",
      "A colleague from our customer care team will email you by Friday.",
      "One of our technicians is going to call you this afternoon.",
      "My manager will give you a ring tonight.",
    ]) {
      expect(
        findPromises(text).map((p) => [p.kind, p.byOther]),
        text,
      ).toEqual([["call_back", true]]);
    }
    // Not ours to promise or not a promise: the courier's own texts, history, a question, a condition.
    for (const text of [
      "The courier will text you a one-hour slot on the morning.",
      "Our engineer rang you yesterday but there was no answer.",
      "Would you like our engineer to call you?",
      "If you'd rather, our engineer can ring you instead.",
      "Our engineers will look at it when it arrives.",
    ]) {
      expect(
        findPromises(text).filter((p) => p.kind === "call_back"),
        text,
      ).toEqual([]);
    }
    expect(
      verdicts([
        toDavid("Our engineer will also ring you tomorrow morning."),
        task("Check David's next delivery"),
      ]),
    ).toEqual(["unkept"]);
    expect(
      verdicts([
        toDavid("Our engineer will also ring you tomorrow morning."),
        task("Engineer to call David tomorrow", 1),
      ]),
    ).toEqual(["kept"]);
  });

  it("a task about something else does not arrange the manager's call; an escalation or a task for the call does", () => {
    expect(verdicts([toDavid(manager), task("Check David's next delivery arrived on time")])).toEqual([
      "unkept",
    ]);
    expect(verdicts([toDavid(manager), task("Delivery manager to call David tonight")])).toEqual(["kept"]);
    expect(
      verdicts([
        toDavid(manager),
        {
          type: "escalate",
          customerRef: "CUS-4102",
          reason: "Please ring David tonight about his late orders.",
        },
      ]),
    ).toEqual(["kept"]);
  });

  it("the learner's own call is still kept by any task, as before", () => {
    expect(
      verdicts([
        toDavid("I'll call you next week to check it arrived."),
        task("Check David's next delivery"),
      ]),
    ).toEqual(["kept"]);
  });

  describe("a call promised for today or tomorrow is planned by a task due by then (dueInTime)", () => {
    const verdict = (promise: string, due: number) => verdicts([toDavid(promise), task("Ring David", due)]);

    it("is unkept by a task due weeks after the day promised", () => {
      expect(verdict("I'll ring you tonight to check it arrived.", 14)).toEqual(["unkept"]);
      expect(verdict("I'll call you back tomorrow morning.", 7)).toEqual(["unkept"]);
    });

    it("is unkept by a task due after a weekday, next week or a few days named (round 21 A)", () => {
      expect(verdict("I'll email you on Friday to make sure it has arrived safely.", 30)).toEqual(["unkept"]);
      expect(verdict("I'll give you a ring next week to check it's all come through.", 30)).toEqual([
        "unkept",
      ]);
      expect(verdict("I'll be in touch in a couple of days to see how you're getting on.", 14)).toEqual([
        "unkept",
      ]);
    });

    it("is kept by a task due within the weekday, next week or days named", () => {
      expect(verdict("I'll email you on Friday to make sure it has arrived safely.", 1)).toEqual(["kept"]);
      expect(verdict("I'll give you a ring next week to check it's all come through.", 7)).toEqual(["kept"]);
      expect(verdict("I'll be in touch in a couple of days to see how you're getting on.", 2)).toEqual([
        "kept",
      ]);
    });

    it("is kept by a task due by the day promised, or at any time when no day was named", () => {
      expect(verdict("I'll ring you tonight to check it arrived.", 0)).toEqual(["kept"]);
      expect(verdict("I'll call you back tomorrow morning.", 1)).toEqual(["kept"]);
      expect(verdict("I'll give you a call to check it arrived.", 14)).toEqual(["kept"]);
    });
  });
});

describe("a call or conversation said to have happened that never did (red-team round 13 A)", () => {
  const call = loadScenarioFile("complaint-repeat-fault-call");
  const claims = (actions: LearnerAction[], scenario = kettle, ref = "CUS-2041") =>
    conversationClaims(scenario, play(scenario, actions).state.log, ref, "Priya").map((v) => [
      v.status,
      v.promise.text,
    ]);

  it("'As discussed on the phone' with no call is untrue, and so are the other ways of claiming one", () => {
    expect(claims([email("As discussed on the phone this morning, I've refunded the full £44.99.")])).toEqual(
      [["untrue", "As discussed on the phone"]],
    );
    expect(claims([email("As I said on our call, the refund is on its way.")])).toEqual([
      ["untrue", "As I said on our call"],
    ]);
    expect(claims([email("Following our phone call, here is your refund confirmation.")])[0]?.[0]).toBe(
      "untrue",
    );
    expect(claims([email("When we spoke yesterday you asked for a refund.")])[0]?.[0]).toBe("untrue");
    expect(claims([email("As discussed, I've refunded the full £44.99.")])).toEqual([
      ["untrue", "As discussed"],
    ]);
  });

  it("is true after a call, a logged call or the customer's own call, and 'as discussed' after any earlier message", () => {
    const phoned: LearnerAction = {
      type: "send_message",
      customerRef: "CUS-2041",
      channel: "phone",
      text: "Hello Priya, it's Alex from Hearth & Bean.",
    };
    const logged: LearnerAction = {
      type: "log_call",
      customerRef: "CUS-2041",
      direction: "outbound",
      summary: "Rang Priya about the refund.",
    };
    expect(claims([phoned, email("As discussed on the phone, I've refunded the £44.99.")])).toEqual([]);
    expect(claims([logged, email("Following our call, I've refunded the £44.99.")])).toEqual([]);
    expect(claims([email("I'm so sorry."), email("As discussed, I've refunded the £44.99.")])).toEqual([]);
    // Linda rang us: the call is her opening, so a follow-up email may refer to it.
    const lindaEmail: LearnerAction = {
      type: "send_message",
      customerRef: "CUS-7101",
      channel: "email",
      text: "As discussed on the phone, your refund of £449.99 is on its way.",
    };
    expect(claims([lindaEmail], call, "CUS-7101")).toEqual([]);
  });

  it("does not read her words quoted back, an email or a bare 'discuss'", () => {
    expect(
      claims([email('You wrote "as discussed on the phone" but nobody rang you, and I\'m sorry.')]),
    ).toEqual([]);
    expect(claims([email("As I said in my email, the refund is on its way.")])).toEqual([]);
    expect(claims([email("I'd be glad to discuss it by email whenever suits you.")])).toEqual([]);
  });
});

describe("free delivery on orders to come is a gesture beyond authority (red-team round 13 A)", () => {
  const texts = (t: string) => gesturePromises(t).map((p) => p.text);
  const verdicts = (actions: LearnerAction[]) =>
    judgeGestures(play(kettle, actions).state.log, "CUS-2041", 2500, "Priya").map((v) => v.status);

  it("finds free delivery promised for every order, future orders, for life or for a period", () => {
    expect(texts("I've also set up free delivery on every order you place with us, for life.")).toEqual([
      "free delivery",
    ]);
    expect(texts("We'll give you free postage on all your future orders.")).toEqual(["free postage"]);
    expect(texts("I'll add free next-day delivery for a year.")).toEqual(["free next-day delivery"]);
    expect(
      verdicts([email("I've also set up free delivery on every order you place with us, for life.")]),
    ).toEqual(["broken"]);
  });

  it("leaves free delivery of the remedy alone, even with 'any' later in the sentence", () => {
    expect(texts("I'll send the new kettle with free delivery, and any questions, just ask.")).toEqual([]);
    expect(texts("I've arranged free delivery on the replacement kettle.")).toEqual([]);
  });
});

describe("compensation promised is a gesture, 'I'll make sure you get' a commitment (red-team round 14 B)", () => {
  const verdicts = (actions: LearnerAction[]) =>
    judgeGestures(play(kettle, actions).state.log, "CUS-2041", 2500, "Priya").map((v) => v.status);

  it("breaks a promise of compensation beyond the limit, and leaves one within it unkept until issued", () => {
    expect(verdicts([email("To make up for the hassle, I'll make sure you get £100 compensation.")])).toEqual(
      ["broken"],
    );
    expect(verdicts([email("To make up for the hassle, I'll make sure you get £10 compensation.")])).toEqual([
      "unkept",
    ]);
  });
});

describe("an escalation said to be done (the lead's mutation check, 5 December)", () => {
  it("reads escalations up the line, not a courier, another department or a condition", () => {
    expect(kinds("I've escalated this to my manager.")).toContain("escalation");
    expect(kinds("I have passed your complaint to my team leader, who will look at it today.")).toContain(
      "escalation",
    );
    expect(kinds("I've referred this to our customer relations team.")).toContain("escalation");
    expect(kinds("I've raised it with our courier.")).not.toContain("escalation");
    expect(kinds("I've passed your request to our data protection team.")).not.toContain("escalation");
    expect(kinds("If it happens again, I'll escalate it to my manager.")).not.toContain("escalation");
    expect(kinds("This doesn't need to be escalated.")).not.toContain("escalation");
  });

  it("is untrue when nothing was escalated and no colleague was asked, and kept by an escalation", () => {
    const claim = "I'm so sorry. I've escalated this to my manager so it gets sorted properly.";
    const untrue = judgePromises(play(kettle, [email(claim)]).state.log, "CUS-2041", "Priya");
    expect(untrue.find((v) => v.promise.kind === "escalation")?.status).toBe("untrue");
    expect(untrue.find((v) => v.promise.kind === "escalation")?.explanation).toMatch(
      /told Priya it had been escalated .* but nothing was escalated and no colleague was asked/,
    );
    const { actions, run } = playthroughFile("internal-model.yaml");
    const first = actions.findIndex((a) => a.type === "send_message");
    const withClaim = actions.map((a, i) =>
      i === first && a.type === "send_message"
        ? { ...a, text: `${a.text}\n\nI've escalated this to my team leader.` }
        : a,
    );
    const escalated = withClaim.some((a) => a.type === "escalate");
    expect(escalated).toBe(true);
    expect(run(withClaim).criteria.find((c) => c.id === "words-match-actions")?.status).toBe("met");
    expect(
      run(withClaim.filter((a) => a.type !== "escalate" && a.type !== "message_person")).criteria.find(
        (c) => c.id === "words-match-actions",
      )?.status,
    ).toBe("not_met");
  });
});

describe("an approval claimed from above, or held by the request itself (round 22 A, internal-r22-green-light-upstairs)", () => {
  const internal = approvalScenario;

  it("the request holding the grant, from no one or from the place the decider sits, is a claim", () => {
    expect(
      claimsApproval(
        internal,
        "And you're fine to put it on next-day, it's had the green light from upstairs for this one.",
      ),
    ).toBe(true);
    expect(claimsApproval(internal, "Next-day's got the nod, so switch it when you can.")).toBe(true);
    expect(claimsApproval(internal, "The upgrade has been given the go-ahead by management.")).toBe(true);
    expect(claimsApproval(internal, "Head office have OK'd it, so put it on next-day.")).toBe(true);
    expect(claimsApproval(internal, "This one's had the thumbs up from Leanne.")).toBe(true);
  });

  it("a source who does not decide, a question, a wait, a denial or the writer asking upstairs is no claim", () => {
    expect(claimsApproval(internal, "It's got the OK from Dev's end, the label's fine now.")).toBe(false);
    expect(claimsApproval(internal, "The re-send's been given the go-ahead by Dev.")).toBe(false);
    expect(claimsApproval(internal, "Has it had the green light from upstairs yet?")).toBe(false);
    expect(claimsApproval(internal, "Once it's had the go-ahead from upstairs I'll let you know.")).toBe(
      false,
    );
    expect(claimsApproval(internal, "It hasn't had the go-ahead yet, I'm still waiting on Leanne.")).toBe(
      false,
    );
    expect(claimsApproval(internal, "I've asked upstairs about next-day and will come back to you.")).toBe(
      false,
    );
    expect(claimsApproval(internal, "Management will decide whether it can go next-day.")).toBe(false);
  });
});

describe("the request said settled as a go (round 27 A, internal-r27-its-a-go)", () => {
  const internal = approvalScenario;
  it.each([
    "Next-day is a go, so pop it on the 2pm collection.",
    "That's a yes on the upgrade, Dev, switch it over please.",
    "Next-day delivery has been green-lit for this one.",
  ])("is a claim: %s", (text) => {
    expect(claimsApproval(internal, text)).toBe(true);
  });
  it.each([
    "As soon as next-day's a go I'll tell you.",
    "Is it a go for next-day, do you know?",
    "If it's a yes on the upgrade I'll come straight back to you.",
    "The re-send is good to go on standard, thanks Dev.",
    "It's not a go for next-day yet: I'm still waiting on Leanne.",
  ])("is no claim: %s", (text) => {
    expect(claimsApproval(internal, text)).toBe(false);
  });
});

describe("a record claim in informal words (red-team round 24 B, onboarding-r24-says-its-all-on-file)", () => {
  const onboarding = loadScenarioFile("onboarding-new-subscriber");
  const to = (text: string): LearnerAction => ({
    type: "send_message",
    customerRef: "CUS-3107",
    channel: "email",
    text,
  });
  const note: LearnerAction = {
    type: "add_note",
    customerRef: "CUS-3107",
    text: "Coarse ground: cafetière, no grinder.",
  };
  const verdicts = (actions: LearnerAction[]) =>
    judgePromises(play(onboarding, actions).state.log, "CUS-3107", "Tomasz").map(
      (v) => `${v.promise.kind} ${v.status}`,
    );

  it("reads a note popped, stuck or jotted on the account, and a customer ticked in for our emails", () => {
    for (const t of [
      "I've popped a note on your account so every bag goes out coarse ground.",
      "I've stuck a note on your file about the grind.",
      "We've jotted it down on your record: coarse ground for the cafetière.",
      "I've ticked you in for our email news.",
      // Held out (not used to write the patterns): other verbs of the same kind.
      "I've pencilled it in on your account that you'd like coarse beans.",
      "I've signed you up for our coffee newsletter.",
    ])
      expect(kinds(t)).toContain("record_update");
  });

  it("is untrue with nothing recorded and kept by a note that says it", () => {
    const claim = to("I've popped a note on your account so every bag goes out coarse ground.");
    expect(verdicts([claim])).toEqual(["record_update untrue"]);
    expect(verdicts([claim, note])).toEqual(["record_update kept"]);
  });

  it("does not read an invitation, a question, a condition or a negation", () => {
    for (const t of [
      "Pop a note on your account page if you ever want a different grind.",
      "Shall I pop a note on your account about the grind?",
      "If you like, I can tick you in for our email news.",
      "I haven't ticked you in for our email news.",
      "Feel free to jot it down on your account yourself.",
    ])
      expect(kinds(t)).not.toContain("record_update");
  });
});

describe("findPromises, session 41: new goods named as on their way are a replacement promised (red-team round 26 A)", () => {
  it("reads the goods called fresh, new or brand-new as the subject of a dispatch verb", () => {
    expect(
      kinds(
        "What I can do is better than waiting on a repair: a fresh Aurora, straight out of the box, leaves our warehouse this afternoon.",
      ),
    ).toContain("replacement");
    expect(kinds("A brand-new kettle goes out to you today by tracked delivery.")).toContain("replacement");
    expect(kinds("Your new frother is being dispatched this morning.")).toContain("replacement");
  });
  it("not a repaired one, an offer, or new stock that is not hers", () => {
    expect(kinds("Your repaired kettle leaves our workshop on Friday.")).not.toContain("replacement");
    expect(kinds("If you'd prefer a fresh one, just say and it leaves today.")).not.toContain("replacement");
    expect(kinds("A new range leaves our warehouse in January, if you fancy a look.")).not.toContain(
      "replacement",
    );
  });
});

describe("a kept promise of contact says which contact was promised (session 50)", () => {
  const task: LearnerAction = {
    type: "create_task",
    customerRef: "CUS-2041",
    title: "Email Priya to check she is happy",
    dueInDays: 6,
  };
  const kept = (text: string) =>
    judgePromises(play(kettle, [email(text), task]).state.log, "CUS-2041", "Priya")
      .filter((v) => v.promise.kind === "call_back")
      .map((v) => [v.status, v.explanation]);

  it("tells an email promised back as writing, not a call", () => {
    // The lead's session 50 run: "nobody will ring you" and "I'll email you again next week" read back as
    // "You promised a call, and the record shows it".
    expect(kept("Dear Priya, nobody will ring you. I'll email you again next week. Jodie")).toEqual([
      [
        "kept",
        'You told Priya you would write again ("I\'ll email you again next week."), and a task plans it.',
      ],
    ]);
  });

  it("tells a call promised back as a call", () => {
    expect(kept("Dear Priya,\n\nI'll give you a ring next week to check.\n\nJodie")).toEqual([
      [
        "kept",
        'You told Priya you would call ("I\'ll give you a ring next week to check."), and a task plans it.',
      ],
    ]);
  });
});
