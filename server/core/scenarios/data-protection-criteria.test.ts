import { describe, expect, it } from "vitest";
import { caseEvidenceSchema, disclosuresIn, obstructionsIn } from "./case-evidence";
import type { LearnerAction } from "./learner-actions";
import { isGate } from "./gates";
import { scoreAttempt } from "./scoring";
import { START, loadScenarioFile, play } from "./test-support";

const items = caseEvidenceSchema.parse({
  personalData: [
    { id: "address", say: ["slad road", "GL5"] },
    { id: "status", say: ["dispatched", "on its way"] },
    { id: "account", say: ["she has an account"] },
  ],
}).personalData;

describe("disclosuresIn: a customer's personal data given away in words", () => {
  it("finds each item once, in sentences and in bare lists alike", () => {
    expect(disclosuresIn("It was dispatched yesterday to 14 Slad Road.", items)).toEqual([
      "address",
      "status",
    ]);
    expect(disclosuresIn("ORD-71201, Slad Road, GL5 1QR, dispatched", items)).toEqual(["address", "status"]);
  });

  it("does not count a refusal that names the thing it will not disclose", () => {
    expect(disclosuresIn("I can't tell you whether it has been dispatched.", items)).toEqual([]);
    expect(disclosuresIn("I'm not able to say whether she has an account with us.", items)).toEqual([]);
    expect(disclosuresIn("I can only discuss an account with the account holder.", items)).toEqual([]);
  });

  it("reads a reassurance about an item's things in any words as that item (round 16 B)", () => {
    const margaret = loadScenarioFile("data-protection-access-request").contacts.find(
      (k) => k.customerRef === "CUS-7102",
    )!.evidence!.personalData;
    expect(
      disclosuresIn(
        "What I can say is that there's honestly nothing to worry about with your mum's delivery, so please do put her mind at rest.",
        margaret,
      ),
    ).toEqual(["status"]);
    expect(disclosuresIn("Her order is absolutely fine, I promise.", margaret)).toContain("status");
    // Comfort about nothing of hers, and a refusal to say, give nothing away.
    expect(disclosuresIn("Please don't worry, your mum can ring us herself.", margaret)).toEqual([]);
    expect(disclosuresIn("I can't tell you whether her delivery is fine.", margaret)).toEqual([]);
  });

  it("reads her account named as his mum's, and her parcel said delivered, as hers (lead's set 18, set 17)", () => {
    const margaret = loadScenarioFile("data-protection-access-request").contacts.find(
      (k) => k.customerRef === "CUS-7102",
    )!.evidence!.personalData;
    expect(
      disclosuresIn(
        "I can see your mum's account here, but I'm not allowed to go into the details.",
        margaret,
      ),
    ).toContain("account");
    expect(disclosuresIn("Her parcel was delivered on Tuesday, so try the neighbours.", margaret)).toContain(
      "status",
    );
    expect(disclosuresIn("I can't see or discuss your mum's account, I'm afraid.", margaret)).toEqual([]);
    expect(disclosuresIn("I can't say whether anything was delivered.", margaret)).toEqual([]);
  });

  it("does not count the customer's question said back to her as an indirect question (round 16 B)", () => {
    const held = caseEvidenceSchema.parse({
      personalData: [{ id: "account", say: ["we have + your address", "we hold + your address"] }],
    }).personalData;
    expect(
      disclosuresIn(
        "You want know what personal information we have about you and from where we get it, and also your address and phone.",
        held,
      ),
    ).toEqual([]);
    expect(disclosuresIn("You asked what we hold about you, your address included.", held)).toEqual([]);
    expect(disclosuresIn("You'd like to find out if we have your address right.", held)).toEqual([]);
    // Said as a statement, or after the question in its own clause, it is still a disclosure.
    expect(disclosuresIn("We have your address as 27 Grove Road.", held)).toEqual(["account"]);
    expect(disclosuresIn("What we have is your address in Bristol.", held)).toEqual(["account"]);
    expect(disclosuresIn("You asked what we hold: we have your address and phone.", held)).toEqual([
      "account",
    ]);
  });
});

const scenario = loadScenarioFile("data-protection-access-request");
const criterion = (actions: LearnerAction[], id: string, startAt = START) =>
  scoreAttempt(scenario, play(scenario, actions, startAt).events, startAt).criteria.find((c) => c.id === id)!;

const askForId: LearnerAction = {
  type: "send_message",
  customerRef: "CUS-7101",
  channel: "chat",
  text: "Before I can help, please tell me your postcode and your most recent order number.",
};
const verify: LearnerAction = {
  type: "verify_identity",
  customerRef: "CUS-7101",
  method: "Postcode and order given",
};
const task = (dueInDays: number): LearnerAction => ({
  type: "create_task",
  customerRef: "CUS-7101",
  title: "Subject access response",
  dueInDays,
});

describe("a paraphrase ending in a pronoun ends with it (round 8 B)", () => {
  const contact = caseEvidenceSchema.parse({
    personalData: [{ id: "contact-her", say: ["ring her", "give her a ring", "call her"] }],
  }).personalData;
  it("'ring her' is a promise to call Margaret; 'a ring herself' is the route for her", () => {
    expect(disclosuresIn("Don't worry, we'll ring her this afternoon.", contact)).toEqual(["contact-her"]);
    expect(disclosuresIn("We'll call her, she'll be fine.", contact)).toEqual(["contact-her"]);
    expect(disclosuresIn("If your mum gives us a ring herself, we'll happily help.", contact)).toEqual([]);
    expect(disclosuresIn("She can call herself, or ring with you.", contact)).toEqual([]);
  });
});

describe("disclosesPersonalData and identityVerified together (verify before disclosing)", () => {
  it("reading a customer's own address out before the check is a disclosure; after it, it is not", () => {
    const readOut: LearnerAction = {
      type: "send_message",
      customerRef: "CUS-7101",
      channel: "chat",
      text: "The address we have is 27 Cotham Grove, BS6 6AL.",
    };
    expect(criterion([readOut, askForId, verify], "verify-before-disclosing").status).toBe("not_met");
    expect(criterion([askForId, verify, readOut], "verify-before-disclosing").status).toBe("met");
  });

  it("a Verify click with nothing asked is no check (identityCheck): reading her address out after it is still a disclosure", () => {
    const readOut: LearnerAction = {
      type: "send_message",
      customerRef: "CUS-7101",
      channel: "chat",
      text: "You sound genuine, so no need for security questions. We have 27 Cotham Grove, BS6 6AL on file.",
    };
    const assumed: LearnerAction = {
      type: "verify_identity",
      customerRef: "CUS-7101",
      method: "Sounds genuine",
    };
    expect(criterion([assumed, readOut], "verify-before-disclosing").status).toBe("not_met");
    expect(criterion([assumed, readOut], "identity-checked").status).toBe("partly");
    // The same click once she has given the details asked for is a check.
    expect(criterion([askForId, assumed, readOut], "verify-before-disclosing").status).toBe("met");
  });

  it("asking only for her name and email is a weak check: partly, though what follows is said to her (round 8 B)", () => {
    const weakAsk: LearnerAction = {
      type: "send_message",
      customerRef: "CUS-7101",
      channel: "chat",
      text: "Before I discuss anything, could you confirm your full name and the email address we'd have on file?",
    };
    const weakVerify: LearnerAction = {
      type: "verify_identity",
      customerRef: "CUS-7101",
      method: "Customer confirmed her full name and email address.",
    };
    expect(criterion([weakAsk, weakVerify], "identity-checked").status).toBe("partly");
    expect(criterion([askForId, verify], "identity-checked").status).toBe("met");
    // Her name and email with her postcode is two details from the record: a check.
    const fuller: LearnerAction = {
      ...weakAsk,
      text: "Could you confirm your full name and your postcode, please?",
    };
    expect(criterion([fuller, verify], "identity-checked").status).toBe("met");
  });

  it("a third party learns nothing from a polite refusal, everything from 'it's on its way'", () => {
    const to = (text: string): LearnerAction => ({
      type: "send_message",
      customerRef: "CUS-7103",
      channel: "phone",
      text,
    });
    expect(
      criterion([to("I can only discuss an account with the account holder.")], "no-third-party-disclosure")
        .status,
    ).toBe("met");
    expect(criterion([to("Good news: her order is on its way.")], "no-third-party-disclosure").status).toBe(
      "not_met",
    );
    // Promising to contact her confirms we hold her details; the route for her to contact us does not.
    expect(
      criterion(
        [to("I'll get someone from our team to give your mum a ring this afternoon.")],
        "no-third-party-disclosure",
      ).status,
    ).toBe("not_met");
    expect(
      criterion(
        [to("Your mum can ring us herself, or give us a call with you and tell us you can speak for her.")],
        "no-third-party-disclosure",
      ).status,
    ).toBe("met");
    // A denial is an answer about her account too; a refusal to look or say is not (round 5).
    for (const denial of [
      "I've had a look and I can't see any order from a Margaret Hughes on our system.",
      "Sorry, she isn't on our system.",
    ])
      expect(criterion([to(denial)], "no-third-party-disclosure").status).toBe("not_met");
    for (const refusal of [
      "I can't tell you whether she has an order with us, or whether she is a customer at all.",
      "I'm not able to say whether she has an account.",
    ])
      expect(criterion([to(refusal)], "no-third-party-disclosure").status).toBe("met");
    // Reassurance that it will come confirms the order exists and has not arrived (round 6).
    for (const reassurance of [
      "Honestly mate, don't stress, it's only a coffee machine, she'll get it eventually.",
      "I'm sure it'll turn up in the next day or two.",
      // Round 8 B: that all is well with it, inside a refusal, says as much.
      "I can't go into the details of anyone else's account, but everything is in order on our side.",
      "I can't say more, but it all looks fine from here.",
    ])
      expect(criterion([to(reassurance)], "no-third-party-disclosure").status).toBe("not_met");
    expect(
      criterion(
        [
          to(
            "I can't tell you whether everything is in order with any order: only the account holder can ask.",
          ),
        ],
        "no-third-party-disclosure",
      ).status,
    ).toBe("met");
  });
});

const tell = (text: string): LearnerAction => ({
  type: "send_message",
  customerRef: "CUS-7101",
  channel: "chat",
  text,
});
const what = "You'll receive a copy of all the personal data we hold about you and where it came from";

describe("sar-explained: a date after the legal one is not an answer to 'how long?' (UK GDPR Art 12(3))", () => {
  it("the extension taken as given, or a date after 14 December, is partly; the extension as a condition is not", () => {
    for (const late of [
      `${what}. As it's complex we're allowed two extra months, so you'll have it by 12 February at the latest.`,
      `${what} by 24 December at the latest.`,
    ])
      expect(criterion([askForId, verify, tell(late)], "sar-explained").status).toBe("partly");
    for (const right of [
      `${what} by 14 December at the latest. Only if it were complex could it be extended by two further months, and we'd tell you why before then.`,
      `${what} within one month. That period may be extended by two further months where necessary.`,
      `${what} by 14 December at the latest. If your request turned out to be complex, we could extend that by up to two further months, but we'd tell you why before 14 December.`,
    ])
      expect(criterion([askForId, verify, tell(right)], "sar-explained").status).toBe("met");
  });
});

describe("sar-explained: a date Helen is given is judged against the attempt's own start, not 12 November", () => {
  // Thursday 10 December 2026: 10 January 2027 is a Sunday, so the last day is Monday 11 January.
  const dec10 = new Date("2026-12-10T09:00:00Z");
  const explained = (text: string, startAt = dec10) =>
    criterion([askForId, verify, tell(text)], "sar-explained", startAt).status;

  it("started on 10 December: 'by Monday 11 January at the latest' is met; 14 December is no date for 'how long', 12 January or February is wrong", () => {
    expect(explained(`${what} by Monday 11 January at the latest.`)).toBe("met");
    expect(explained(`${what} by 11/01/2027.`)).toBe("met");
    expect(explained(`${what} by 14 December.`)).toBe("partly");
    expect(explained(`${what} by Monday 14 December at the latest.`)).toBe("partly");
    expect(explained(`${what} by 12 January.`)).toBe("partly");
    expect(explained(`${what}. It takes a month at most, you'll have it in February.`)).toBe("partly");
    expect(explained(`${what} within one month.`)).toBe("met");
  });

  it("the same messages started on 12 November: 14 December is met, 11 January is wrong", () => {
    expect(explained(`${what} by Monday 14 December at the latest.`, START)).toBe("met");
    expect(explained(`${what} by the 14th.`, START)).toBe("met");
    expect(explained(`${what} by Monday 11 January at the latest.`, START)).toBe("partly");
  });
});

describe("withinSubjectAccessDeadline: a task due within one calendar month (UK GDPR Art 12(3))", () => {
  // Received Thursday 12 November 2026; 12 December is a Saturday, so the last day is Monday 14 December.
  it("is met up to the last day and partly after it", () => {
    expect(criterion([askForId, verify, task(32)], "sar-deadline").status).toBe("met");
    expect(criterion([askForId, verify, task(33)], "sar-deadline").status).toBe("partly");
  });

  it("is scored from the attempt's own start: on 31 January 2027 the last day is 1 March (29 days), not 30 days on", () => {
    const jan31 = new Date("2027-01-31T09:00:00Z"); // a Sunday; 28 February 2027 is a Sunday too → Monday 1 March
    const at = (days: number) => criterion([askForId, verify, task(days)], "sar-deadline", jan31).status;
    expect(at(29)).toBe("met"); // 1 March
    expect(at(30)).toBe("partly"); // 2 March
  });
});

describe("the month restarts when Helen gives the identity details asked for, not at the Verify click (UK GDPR Art 12(6), Art 12A; ICO 'Right of access')", () => {
  // Wednesday 18 November 2026: received then, the last day is Friday 18 December. Counted from the
  // next day (19 December is a Saturday) it would be Monday 21 December.
  const nov18 = new Date("2026-11-18T09:00:00Z");
  const overnight: LearnerAction[] = Array.from({ length: 9 }, () => ({ type: "wait", minutes: 120 }));
  const deadline = (actions: LearnerAction[]) =>
    criterion([...actions, task(30)], "sar-deadline", nov18).status; // made on 19 November: due 19 December

  it("details given on 18 November, the check recorded on the 19th: the month runs from the 18th", () => {
    expect(deadline([askForId, ...overnight, verify])).toBe("partly");
  });

  it("details asked for and given on the 19th: the month runs from the 19th", () => {
    expect(deadline([...overnight, askForId, verify])).toBe("met");
  });

  it("a Verify click on the 19th with nothing asked restarts nothing", () => {
    expect(deadline([...overnight, verify])).toBe("partly");
  });
});

describe("obstructionsIn and the sar-not-obstructed gate: a legal right obstructed in words", () => {
  const helen = scenario.contacts.find((k) => k.customerRef === "CUS-7101")!.evidence!.obstructs;
  const refusal =
    "I'm really sorry, but we can't process requests for personal information over chat. You'll need to write to our Data Protection Officer by post, including proof of your identity.";

  it("every item the scenario declares cites the rule it breaks", () => {
    expect(helen.length).toBeGreaterThan(0);
    for (const item of helen) expect(item.cite).toMatch(/Art 12|ICO/);
  });

  it("finds a polite refusal, and sending her to another channel in other words", () => {
    expect(obstructionsIn(refusal, helen)).toEqual([
      "in-writing",
      "by-post",
      "not-over-chat",
      "other-route-only",
    ]);
    expect(
      obstructionsIn("To make a request you'll have to fill in our form on the website.", helen),
    ).toEqual(["form"]);
    expect(obstructionsIn("Sorry Helen, you must email our data protection team for that.", helen)).toEqual([
      "other-route-only",
    ]);
  });

  it("finds a fee (Art 12(5)) and a reason made a condition (Art 15), not their negations (round 5)", () => {
    expect(obstructionsIn("There's a £10 admin fee for subject access requests.", helen)).toEqual(["fee"]);
    expect(obstructionsIn("Once it's paid you'll get your copy.", helen)).toEqual(["fee"]);
    expect(obstructionsIn("I'll need you to tell me why you want this information.", helen)).toEqual([
      "reason",
    ]);
    expect(obstructionsIn("There's no fee, and you don't need to tell me why you want it.", helen)).toEqual(
      [],
    );
    expect(obstructionsIn("You don't need a reason and it's free of charge.", helen)).toEqual([]);
  });

  it("does not count a negated obstacle, or one quoted to say it does not apply", () => {
    expect(
      obstructionsIn("You don't need to write to us or fill in a form: this chat counts.", helen),
    ).toEqual([]);
    expect(
      obstructionsIn("There's no need to put it in writing, I've logged it from this chat.", helen),
    ).toEqual([]);
    expect(
      obstructionsIn('Some firms say "you must fill in a form", but your message here is enough.', helen),
    ).toEqual([]);
  });

  it("a refusal fails the gate and caps the band at Fail; a reassurance that names the same things meets it", () => {
    const say = (text: string): LearnerAction => ({
      type: "send_message",
      customerRef: "CUS-7101",
      channel: "chat",
      text,
    });
    const refused = criterion([say(refusal)], "sar-not-obstructed");
    expect(refused.status).toBe("not_met");
    expect(refused.weight).toBe(0);
    expect(refused.capBandIfNotMet).toBe("Fail");
    expect(isGate(refused)).toBe(true);
    const reassured = criterion(
      [askForId, say("You don't need to write to us or fill in a form: asking here in the chat is enough.")],
      "sar-not-obstructed",
    );
    expect(reassured.status).toBe("met");
  });
});

describe("whose data a criterion is about: disclosesPersonalDataOf (round 12 B)", () => {
  const toLiam = (text: string): LearnerAction => ({
    type: "send_message",
    customerRef: "CUS-7103",
    channel: "phone",
    text,
  });
  it("Helen's details pasted into Liam's call are a confidentiality breach, not his mother's account", () => {
    const actions = [toLiam("Thanks Helen, BS6 6AL and ORD-71044 both match, so you're verified.")];
    expect(criterion(actions, "no-third-party-disclosure").status).toBe("met");
    expect(criterion(actions, "confidentiality").status).toBe("not_met");
  });
  it("his mother's order status given to Liam is still a disclosure of her account", () => {
    const actions = [toLiam("Don't worry, Liam, it's been dispatched and should arrive tomorrow.")];
    expect(criterion(actions, "no-third-party-disclosure").status).toBe("not_met");
  });
});

describe("a reply pasted to the wrong customer does not make the original a template (round 12 B)", () => {
  const helen =
    "Thanks Helen, BS6 6AL and ORD-71044 both match, so you're verified. You'll receive a copy of all the personal data we hold about you by 14 December at the latest.";
  const toHelen: LearnerAction = {
    type: "send_message",
    customerRef: "CUS-7101",
    channel: "chat",
    text: helen,
  };
  const toLiam: LearnerAction = {
    type: "send_message",
    customerRef: "CUS-7103",
    channel: "phone",
    text: helen,
  };
  it("Helen's answer is still hers after the same text went to Liam; the breach is confidentiality's", () => {
    const actions = [askForId, verify, toHelen, toLiam];
    expect(criterion(actions, "sar-explained").status).toBe("met");
    expect(criterion(actions, "confidentiality").status).toBe("not_met");
  });
  it("nor when the wrong copy went first", () => {
    expect(criterion([askForId, verify, toLiam, toHelen], "sar-explained").status).toBe("met");
  });
  it("the same text to Helen twice is still a repeat, not written for a case", () => {
    expect(criterion([askForId, verify, toHelen, toHelen], "sar-explained").status).toBe("partly");
  });
});
