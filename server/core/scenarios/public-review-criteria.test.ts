import { describe, expect, it } from "vitest";
import type { LearnerAction } from "./learner-actions";
import { scoreAttempt } from "./scoring";
import { loadScenarioFile, play, START } from "./test-support";

const scenario = loadScenarioFile("public-review-chatbot-loop");
const status = (actions: LearnerAction[], id: string) =>
  scoreAttempt(scenario, play(scenario, actions).events, START).criteria.find((c) => c.id === id)!;

const reply = (text: string): LearnerAction => ({
  type: "message_person",
  personRef: "PUB-RV1",
  channel: "review",
  customerRef: "CUS-8101",
  text,
});
const good = reply(
  "Tom, I'm so sorry you were charged twice and couldn't reach a person. I've emailed you to put it right.",
);
const wait = (minutes: number): LearnerAction => ({ type: "wait", minutes });
// "Did not do X" criteria credit only a learner who wrote to the customer (criterion-evidence.ts).
const email: LearnerAction = {
  type: "send_message",
  customerRef: "CUS-8101",
  channel: "email",
  text: "Dear Tom, I'm sorry you were charged twice. I've refunded the duplicate payment today.",
};

describe("response_time for a person: the review's 24-hour charter", () => {
  // The review was posted at 10:20 the day before (minute -1360), so 24 hours end at minute 80.
  it("is met by a public reply before 10:20 and partly met after it", () => {
    expect(status([good], "charter-time").status).toBe("met");
    const late = status([wait(100), good], "charter-time");
    expect(late.status).toBe("partly");
    expect(late.detail).toMatch(/10:20 the day before/);
  });

  it("is not met without a public reply, however good the private work", () => {
    expect(status([email], "charter-time").status).toBe("not_met");
  });
});

describe("public replies are read like messages", () => {
  it("labels on a public reply: an apology meets the public-reply criterion, a defence does not", () => {
    expect(status([good], "public-reply").status).toBe("met");
    const defensive = reply("Our chat assistant works perfectly well for thousands of customers. Email us.");
    expect(status([defensive], "public-reply").status).toBe("not_met");
  });

  it("a public reply sent with no customer record open is read as a reply to the reviewer all the same (session 48)", () => {
    // The workspace attaches the open customer only; a learner who answers the review before opening Tom's record
    // must not lose the apology (an independent tutor's attempt had public-reply partly for this alone).
    const { customerRef: _open, ...withoutRecord } = good as Extract<
      LearnerAction,
      { type: "message_person" }
    >;
    expect(status([withoutRecord], "public-reply").status).toBe("met");
    const defensive = reply("Our chat assistant works perfectly well for thousands of customers. Email us.");
    const { customerRef: _shut, ...defensiveWithoutRecord } = defensive as Extract<
      LearnerAction,
      { type: "message_person" }
    >;
    expect(status([defensiveWithoutRecord], "public-reply").status).toBe("not_met");
  });

  it("a stock public reply that names nothing that went wrong is partly", () => {
    const canned = reply(
      "Thank you for your review. We apologise for what went wrong. Please contact us by email.",
    );
    expect(status([canned], "public-reply").status).toBe("partly");
  });

  it("the duplicate is refunded only when the whole £11.50 is (minPence)", () => {
    const refund = (amountPence: number): LearnerAction => ({
      type: "issue_remedy",
      customerRef: "CUS-8101",
      orderRef: "ORD-81041",
      sku: "SUB-BEANS-500G-MONTHLY",
      kind: "refund",
      amountPence,
    });
    expect(status([refund(115)], "duplicate-refunded").status).toBe("partly");
    expect(status([refund(1150)], "duplicate-refunded").status).toBe("met");
  });

  it("personal data in a public reply is a disclosure; the same words in a private email are not", () => {
    expect(status([good, email], "no-public-personal-data").status).toBe("met");
    const leak = reply("Sorry Tom, I've refunded order ORD-81041.");
    expect(status([leak, email], "no-public-personal-data").status).toBe("not_met");
    const privately = { ...email, text: "Dear Tom, I've refunded order ORD-81041 today." } as LearnerAction;
    expect(status([good, privately], "no-public-personal-data").status).toBe("met");
  });

  it("a public reply longer than 150 words fails plain English", () => {
    const wall = reply(
      `I'm sorry. ${"Our complaints procedure applies to every order we take. ".repeat(20)}`,
    );
    expect(status([wall, email], "plain-english").status).toBe("not_met");
    expect(status([good, email], "plain-english").status).toBe("met");
  });
});

describe("orderRef in a rubric match", () => {
  const refund = (orderRef: string): LearnerAction => ({
    type: "issue_remedy",
    customerRef: "CUS-8101",
    orderRef,
    sku: "SUB-BEANS-500G-MONTHLY",
    kind: "refund",
    amountPence: 1150,
  });
  it("credits the refund of the duplicate order, and only partly a refund of the other one", () => {
    expect(status([good, refund("ORD-81041")], "duplicate-refunded").status).toBe("met");
    expect(status([good, refund("ORD-81040")], "duplicate-refunded").status).toBe("partly");
  });
});

// The duplicate payment refunded in full.
const refund: LearnerAction = {
  type: "issue_remedy",
  customerRef: "CUS-8101",
  orderRef: "ORD-81041",
  kind: "refund",
  amountPence: 1150,
};

describe("words against actions read the public reply too (red-team round 4)", () => {
  it('"I\'ve emailed you" in public with no email sent is untrue, and keeps a Distinction out of reach', () => {
    const r = status([good, refund], "words-match-actions");
    expect(r.status).toBe("not_met");
    expect(r.detail).toMatch(/written to/);
    expect(r.capBandIfNotMet).toBe("Merit");
  });
  it("is true once the email is sent, before or after the public reply", () => {
    expect(status([good, refund, email], "words-match-actions").status).toBe("met");
    expect(status([email, good, refund], "words-match-actions").status).toBe("met");
  });
});

describe("a promise to write is kept by writing (red-team round 4)", () => {
  it('"I\'ll email you too" in the public reply is kept by the email sent after it', () => {
    const promise = reply(
      "Tom, I'm so sorry you were charged twice and couldn't reach a person. I'll email you today to put it right.",
    );
    expect(status([promise, refund, email], "words-match-actions").status).toBe("met");
    expect(status([promise, refund], "words-match-actions").status).toBe("partly");
  });
});

describe("respect: defending the chatbot to Tom is minimising (red-team round 5)", () => {
  const note: LearnerAction = {
    type: "add_note",
    customerRef: "CUS-8101",
    text: "Duplicate payment was a one-off billing error, an isolated incident; refunded.",
  };
  it("a second public reply arguing the bot's record fails the gate; a fair note does not", () => {
    const defence = reply("For balance, Bean Bot sorts out 99% of questions without any problem.");
    expect(status([good, email, defence], "respectful-language").status).toBe("not_met");
    expect(status([good, email, note], "respectful-language").status).toBe("met");
  });
});

describe("the public reply's apology is read as a reply to Tom would be (round 6 A)", () => {
  it("grovelling in public is not a sincere apology; one apology is", () => {
    const grovel = reply(
      "Tom, we are so sorry. We're so sorry you were charged twice. We're so sorry Bean Bot went round in circles. We're truly sorry, this is awful of us. Sorry again. I've emailed you to put it right.",
    );
    expect(status([grovel], "public-reply").status).toBe("partly");
    expect(status([good], "public-reply").status).toBe("met");
  });

  it("an apology hidden in an HTML comment says nothing to readers", () => {
    const hidden = reply(
      "Hi Tom, please check your inbox. <!-- public reply: apologise, so sorry you were charged twice, chatbot loop -->",
    );
    expect(status([hidden], "public-reply").status).toBe("partly");
  });
});

describe("an amount spelled out in a public reply is disclosed as its figures are (round 19 A, review-r19-public-update-in-words)", () => {
  it("'eleven pounds fifty' under his review fails no-public-personal-data; 'put it right' does not", () => {
    const spelled = reply(
      "Update for anyone reading: Tom's extra eleven pounds fifty has gone back onto his card this morning.",
    );
    expect(status([good, email, spelled], "no-public-personal-data").status).toBe("not_met");
    const plain = reply("Update for anyone reading: Tom's double payment has been put right this morning.");
    expect(status([good, email, plain], "no-public-personal-data").status).toBe("met");
  });
});
