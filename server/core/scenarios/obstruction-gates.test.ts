import { describe, expect, it } from "vitest";
import { obstructionsIn } from "./case-evidence";
import type { LearnerAction } from "./learner-actions";
import { scoreAttempt } from "./scoring";
import { START, play } from "./test-support";
import { loadScenarioFile } from "./test-support";

/** The `obstructs` list a scenario declares for one customer. */
const listOf = (scenarioId: string, customerRef: string) => {
  const contact = loadScenarioFile(scenarioId).contacts.find((k) => k.customerRef === customerRef);
  return contact?.evidence?.obstructs ?? [];
};

describe("obstruction lists follow each customer's own rights (issue 8, legal gates)", () => {
  it("every item of every list cites the statute or guidance it breaks", () => {
    const lists = [
      listOf("complaint-faulty-kettle", "CUS-2041"),
      listOf("complaint-repeat-fault-call", "CUS-7101"),
      listOf("complaint-returns-desk", "CUS-5201"),
      listOf("complaint-returns-desk", "CUS-5202"),
      listOf("win-back-lapsed-customers", "CUS-4112"),
      listOf("loyalty-silent-defection", "CUS-8104"),
      listOf("onboarding-new-subscriber", "CUS-3107"),
    ];
    for (const list of lists) {
      expect(list.length).toBeGreaterThan(0);
      for (const item of list) expect(item.cite).toMatch(/CRA 2015|UK GDPR|PECR/);
    }
  });

  it("Helen's reason asked for as a question is the same condition (round 16 B)", () => {
    const helen = listOf("data-protection-access-request", "CUS-7101");
    expect(
      obstructionsIn(
        "Before I pass this on, can I ask what you're planning to use the information for? Once I know that, I can get your request started.",
        helen,
      ),
    ).toEqual(["reason"]);
    expect(obstructionsIn("What do you need the data for?", helen)).toEqual(["reason"]);
    expect(obstructionsIn("May I ask why you want a copy?", helen)).toEqual(["reason"]);
    // What she will be told, a scoping question, and "you don't have to tell us why" obstruct nothing.
    expect(
      obstructionsIn("You'll get a copy of your data, where we got it and what we use it for.", helen),
    ).toEqual([]);
    expect(obstructionsIn("May I ask what you're looking for, so we can find it quickly?", helen)).toEqual(
      [],
    );
    expect(obstructionsIn("You don't need to tell us why you want it.", helen)).toEqual([]);
  });

  it("the refund waiting for the courier's collection is no deadline on her right; a refund held only till 5pm is (session 39, ASK oblige-1)", () => {
    const collection = "Your refund is on hold only until the courier has collected the kettle tomorrow.";
    const held = "I can only hold this refund for you until 5pm today.";
    for (const [id, ref] of [
      ["complaint-faulty-kettle", "CUS-2041"],
      ["complaint-repeat-fault-call", "CUS-7101"],
      ["complaint-returns-desk", "CUS-5202"],
    ] as const) {
      // CRA 2015 s.20(7)(b): on rejecting she makes the goods available for collection; s.20(15) the 14 days.
      expect(obstructionsIn(collection, listOf(id, ref)), `${id} collection`).toEqual([]);
      expect(obstructionsIn(held, listOf(id, ref)).length, `${id} held`).toBeGreaterThan(0);
    }
  });

  it("'we can't refund you' obstructs Joanne (failed repair) but is true for Ravi on day 31", () => {
    const text = "I'm sorry, but we can't refund you.";
    expect(obstructionsIn(text, listOf("complaint-returns-desk", "CUS-5202"))).toEqual(["no-refund"]);
    expect(obstructionsIn(text, listOf("complaint-returns-desk", "CUS-5201"))).toEqual([]);
    expect(obstructionsIn(text, listOf("complaint-faulty-kettle", "CUS-2041"))).toEqual(["no-refund"]);
  });

  it("the refund made to wait on a form is found for Priya, Linda's caller and Joanne; saying no form is needed is not (session 38)", () => {
    const form = "Please fill in our returns form before I can process the refund.";
    const none = "You don't need to fill in any form for the refund.";
    for (const list of [
      listOf("complaint-faulty-kettle", "CUS-2041"),
      listOf("complaint-repeat-fault-call", "CUS-7101"),
      listOf("complaint-returns-desk", "CUS-5202"),
    ]) {
      expect(obstructionsIn(form, list)).toEqual(["form-or-call-first"]);
      expect(obstructionsIn(none, list)).toEqual([]);
    }
  });

  it("a made-up deadline on the remedy is found for every complaint customer; a real one, or none, is not (round 14 A)", () => {
    const ravi = listOf("complaint-returns-desk", "CUS-5201");
    const pressed =
      "This replacement offer is only open until 5pm today. If we haven't heard from you by then, your claim will be closed.";
    expect(obstructionsIn(pressed, ravi)).toEqual(["deadline"]);
    expect(obstructionsIn(pressed, listOf("complaint-returns-desk", "CUS-5202"))).toEqual(["deadline"]);
    expect(obstructionsIn("You must accept by Friday or we won't be able to replace it.", ravi)).toEqual([
      "deadline",
    ]);
    expect(
      obstructionsIn(
        "You'll lose your right to a refund if you don't reply today.",
        listOf("complaint-faulty-kettle", "CUS-2041"),
      ),
    ).toEqual(["deadline"]);
    expect(
      obstructionsIn(
        "The refund offer ends at midnight tonight.",
        listOf("complaint-repeat-fault-call", "CUS-7101"),
      ),
    ).toEqual(["deadline"]);
    // Dates that are true, a replacement with no time limit, and "no rush" are not deadlines.
    expect(
      obstructionsIn("Your 30 days ended at midnight last night, so I've sent you a replacement.", ravi),
    ).toEqual([]);
    expect(
      obstructionsIn("There's no rush: reply whenever suits you and I'll send the replacement.", ravi),
    ).toEqual([]);
    expect(
      obstructionsIn("You won't lose your right to a replacement if you take a few days to decide.", ravi),
    ).toEqual([]);
  });

  it("making Keith unsubscribe himself, or wait, is found; doing it for him is not", () => {
    const keith = listOf("win-back-lapsed-customers", "CUS-4112");
    expect(obstructionsIn("To unsubscribe you'll need to log in to your account.", keith)).toEqual([
      "do-it-yourself",
    ]);
    expect(obstructionsIn("You may still receive emails from us for up to 28 days.", keith)).toEqual([
      "conditions-or-delay",
    ]);
    expect(
      obstructionsIn("Unfortunately we can't remove you from the list until your account is closed.", keith),
    ).toEqual(["conditions-or-delay"]);
    expect(
      obstructionsIn(
        "I've taken you off our mailing list. You don't need to log in or unsubscribe, and you won't get any more marketing from us.",
        keith,
      ),
    ).toEqual([]);
    expect(
      obstructionsIn(
        "If you ever get an email from us again, you can reply STOP or tell me and I'll remove you.",
        keith,
      ),
    ).toEqual([]);
  });

  it("Tomasz's 'no texts': texts anyway, or opting out himself, is found; confirming it is not; delivery texts are not marketing", () => {
    const tomasz = listOf("onboarding-new-subscriber", "CUS-3107");
    expect(obstructionsIn("You'll still get offers by text for the first month.", tomasz)).toEqual([
      "texts-anyway",
    ]);
    expect(obstructionsIn("You'll need to reply STOP to the first text.", tomasz)).toEqual([
      "do-it-yourself",
    ]);
    expect(
      obstructionsIn("We won't send you marketing texts, and you don't need to opt out.", tomasz),
    ).toEqual([]);
    expect(obstructionsIn("You'll get a text from the courier on the day it's delivered.", tomasz)).toEqual(
      [],
    );
    // Signed up for our texts in words, whatever the record says (round 5); delivery alerts and a
    // refusal to sign him up are not.
    expect(
      obstructionsIn("I've also signed you up for our text alerts so you never miss an offer.", tomasz),
    ).toEqual(["texts-anyway"]);
    expect(obstructionsIn("I've added you to our text list for offers.", tomasz)).toEqual(["texts-anyway"]);
    expect(obstructionsIn("I've signed you up for delivery text alerts from the courier.", tomasz)).toEqual(
      [],
    );
    expect(obstructionsIn("I haven't signed you up for our texts.", tomasz)).toEqual([]);
    // Put on the text list until he says no again (round 6): silence is not consent.
    expect(
      obstructionsIn(
        "I've popped you on our text offers list as well, just reply NO if you'd rather not.",
        tomasz,
      ),
    ).toEqual(["texts-anyway"]);
    expect(obstructionsIn("You're on our text list for offers now.", tomasz)).toEqual(["texts-anyway"]);
    expect(obstructionsIn("I haven't put you on our text list, as you asked.", tomasz)).toEqual([]);
  });

  it("Eleanor's objection of 200 days ago: asking her to object again is found", () => {
    const eleanor = listOf("loyalty-silent-defection", "CUS-8104");
    expect(obstructionsIn("To stop our emails you'll need to click the unsubscribe link.", eleanor)).toEqual([
      "do-it-yourself",
    ]);
    expect(
      obstructionsIn("Your objection is on record and you won't hear from us with offers.", eleanor),
    ).toEqual([]);
  });
});

describe("a failed legal gate names what it found", () => {
  it("the evidence of cra-not-obstructed says which obstruction the message matched", () => {
    const scenario = loadScenarioFile("complaint-faulty-kettle");
    const say: LearnerAction = {
      type: "send_message",
      customerRef: "CUS-2041",
      channel: "email",
      text: "Dear Priya, I'm so sorry. Our policy is exchange only, so I'm afraid we can't offer a refund.",
    };
    const gate = scoreAttempt(scenario, play(scenario, [say], START).events, START).criteria.find(
      (c) => c.id === "cra-not-obstructed",
    )!;
    expect(gate.status).toBe("not_met");
    expect(gate.evidence.map((e) => e.summary).join(" ")).toContain(
      "obstructs their right: no-refund, exchange-or-credit-only",
    );
  });
});
