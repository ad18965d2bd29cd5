import { describe, expect, it } from "vitest";
import type { LearnerAction } from "./learner-actions";
import { normaliseText, saysNothing } from "./matching";
import { scoreAttempt } from "./scoring";
import { START, loadScenarioFile, play } from "./test-support";

// Text conditions with `sentence: true` (matching.ts textMatches), read through the monthly service
// review's recommendation criteria.
const review = loadScenarioFile("monthly-service-review");
const recommend = (cause: string, action: string): LearnerAction => ({
  type: "make_recommendation",
  metric: "nps",
  cause,
  action,
});
const status = (a: LearnerAction, id: string) =>
  scoreAttempt(review, play(review, [a], START).events, START).criteria.find((c) => c.id === id)!.status;
const cause = "Four of the five detractors had late SwiftParcel deliveries.";

describe("sentence: the thing named and what to do about it, together and not negated", () => {
  it("is met when the courier and the step share a sentence", () => {
    expect(
      status(recommend(cause, "Ask Marcus to review SwiftParcel against the contract."), "action-specific"),
    ).toBe("met");
  });

  it("is not met when the courier is named only to be left alone, or the step is in another sentence", () => {
    expect(
      status(
        recommend(cause, "Put a grind guide in the box and monitor NPS. No change to SwiftParcel is needed."),
        "action-specific",
      ),
    ).toBe("partly");
    expect(
      status(
        recommend(cause, "We don't need to review SwiftParcel; put a grind guide in the box."),
        "action-specific",
      ),
    ).toBe("partly");
    expect(status(recommend(cause, "SwiftParcel. Also monitor NPS next month."), "action-specific")).toBe(
      "partly",
    );
  });

  it("a negation that is itself the change still counts; the courier kept as it is does not", () => {
    for (const action of [
      "No more SwiftParcel: switch the late routes to another courier from next month.",
      "Don't renew SwiftParcel's contract, and trial another courier on the late routes.",
      "Stop using SwiftParcel on the Leeds routes and monitor on-time delivery.",
    ])
      expect(status(recommend(cause, action), "action-specific")).toBe("met");
    for (const action of [
      "SwiftParcel doesn't need reviewing; monitor NPS next month.",
      "Keep SwiftParcel as it is and monitor NPS next month.",
      "Nothing needs to change with SwiftParcel, just monitor NPS.",
      "Leave SwiftParcel alone and monitor NPS next month.",
    ])
      expect(status(recommend(cause, action), "action-specific")).toBe("partly");
  });

  it("a verdict of no change governs the sentence, and the courier named only to pick out customers is not changed (round 6)", () => {
    for (const action of [
      "No major change needed: keep monitoring SwiftParcel's on-time rate and review again in three months.",
      "Send a longer survey to customers whose parcels went with SwiftParcel so we can monitor how they feel about our coffee range.",
    ])
      expect(status(recommend(cause, action), "action-specific")).toBe("partly");
    for (const action of [
      "No change is needed to our prices: review SwiftParcel against the contract with Marcus.",
      "Refund customers whose parcels SwiftParcel delivered late, and review SwiftParcel's contract with Marcus.",
    ])
      expect(status(recommend(cause, action), "action-specific")).toBe("met");
  });

  it("a negation in an earlier clause does not cancel a later mention", () => {
    // Round 23 B: the rubric asks for "no blanket discount", and this action says exactly that, so a
    // discount named only to be ruled out no longer fails it (the criterion's `noneUnlessRuledOut`;
    // service-review-r23-no-blanket-discount). Until round 23 this pinned not_met.
    expect(
      status(
        recommend(
          cause,
          "No discount for everyone, but Marcus should review SwiftParcel against the contract.",
        ),
        "action-specific",
      ),
    ).toBe("met");
    // A discount still recommended is read, however another one is ruled out.
    for (const action of [
      "Not just a discount for everyone: Marcus should also review SwiftParcel against the contract.",
      "No discount for everyone; give all customers 10% off and review SwiftParcel with Marcus.",
      "Give everyone a discount and review SwiftParcel against the contract.",
    ])
      expect(status(recommend(cause, action), "action-specific")).not.toBe("met");
    expect(
      status(
        recommend(cause, "Not a refund for all: Marcus should review SwiftParcel against the contract."),
        "action-specific",
      ),
    ).toBe("met");
  });
});

describe("theme-found: the courier named and then dismissed is only partly the cause", () => {
  it("partly when the late deliveries are set aside as nobody's to fix", () => {
    const dismissed =
      "Four detractors mentioned late SwiftParcel deliveries, but that will sort itself out; the grinder settings are what we can control.";
    expect(status(recommend(dismissed, "Print a grind guide."), "theme-found")).toBe("partly");
    expect(status(recommend(cause, "Print a grind guide."), "theme-found")).toBe("met");
  });
});

// Text conditions with `stated: true`: a date promised, not only asked about (red-team round 6), read
// through the internal scenario's approval-before-promise (an email to Aisha naming next-day before
// Leanne was asked is a promise made too early; asking about it is not).
describe("stated: words stated as what will happen, not asked or checked about", () => {
  const internal = loadScenarioFile("internal-customer-lost-parcel");
  const early = (text: string) =>
    scoreAttempt(
      internal,
      play(
        internal,
        [
          { type: "send_message", customerRef: "CUS-6101", channel: "email", text },
          {
            type: "escalate",
            customerRef: "CUS-6101",
            toRef: "STF-TL1",
            reason: "Birthday present: next-day please?",
          },
        ],
        START,
      ).events,
      START,
    ).criteria.find((c) => c.id === "approval-before-promise")!.status;

  it("a date stated before approval is a promise made too early", () => {
    expect(early("Dear Aisha, I'm so sorry. Your grinder will reach you tomorrow.")).toBe("partly");
    expect(early("Dear Aisha, we're re-sending it by next-day delivery.")).toBe("partly");
  });

  it("tomorrow named by its weekday is a promise of tomorrow; a later Friday is not (round 9 B)", () => {
    // The attempt starts on Thursday 12 November 2026, so Friday is tomorrow.
    expect(early("Dear Aisha, I'm so sorry. It will be with you on Friday, in time for Saturday.")).toBe(
      "partly",
    );
    expect(early("Dear Aisha, I'm so sorry. We're re-sending it and it will be with you next Friday.")).toBe(
      "met",
    );
    expect(early("Dear Aisha, I'm so sorry. It will be with you by Friday week.")).toBe("met");
    expect(early("Dear Aisha, I'm so sorry. It will be with you on Saturday.")).toBe("met");
  });

  it("asking or checking about it, or a question, promises nothing", () => {
    expect(
      early("Dear Aisha, I'm checking with my team leader whether we can upgrade it to next-day delivery."),
    ).toBe("met");
    expect(
      early("Dear Aisha, I'm asking my team leader whether we can send it next-day. I'll let you know."),
    ).toBe("met");
    expect(early("Dear Aisha, would next-day delivery help? I'll see if tomorrow is possible.")).toBe("met");
  });
});

describe("saysNothing: placeholder records (round 8 B)", () => {
  it("reads punctuation and placeholders as nothing, and any real words as something", () => {
    for (const t of [".", "n/a", "N/A", " - ", "see above", "TBC", "test", "...", "x"])
      expect(saysNothing(t)).toBe(true);
    for (const t of ["Coarse", "Check in", "see email of 12 Nov: no texts", "n/a - customer rang off"])
      expect(saysNothing(t)).toBe(false);
  });
});

describe("a learner's case reference however it is spaced", () => {
  const internal = loadScenarioFile("internal-customer-lost-parcel");
  const toDev = (text: string) =>
    scoreAttempt(
      internal,
      play(
        internal,
        [
          {
            type: "open_case",
            customerRef: "CUS-6101",
            orderRef: "ORD-61011",
            category: "delivery",
            summary: "Lost by courier.",
          },
          {
            type: "message_person",
            personRef: "STF-WH1",
            channel: "internal",
            customerRef: "CUS-6101",
            text,
          },
        ],
        START,
      ).events,
      START,
    ).criteria.find((c) => c.id === "colleague-answered")!.status;

  it("reads CASE A1 (or case_a1) as CASE-A1, one character for one", () => {
    expect(normaliseText("Ref CASE A1, case_a2 and Case:A3")).toBe("ref case-a1, case-a2 and case-a3");
    expect(
      toDev("Hi Dev, I've opened a delivery case, ref CASE A1. Address confirmed: 14 Elm Road, Leeds."),
    ).toBe("met");
    expect(toDev("Hi Dev, case CASE-A1, address confirmed as 14 Elm Road.")).toBe("met");
  });

  it("does not make a case reference out of other words", () => {
    expect(normaliseText("In case a courier calls")).toBe("in case a courier calls");
    expect(toDev("Hi Dev, address confirmed as 14 Elm Road; I'll open a case after lunch.")).toBe("partly");
  });
});

describe("a record's words read however the learner spelt them (learner-spelling.ts, spelling-correction.ts)", () => {
  const winBack = loadScenarioFile("win-back-lapsed-customers");
  const removal = (text: string) =>
    scoreAttempt(
      winBack,
      play(winBack, [{ type: "add_note", customerRef: "CUS-4112", text }], START).events,
      START,
    ).criteria.find((c) => c.id === "removal-recorded")!.status;

  it("finds a condition's word in a misspelling of it", () => {
    expect(removal("Keith wants to unsubscibe. He asked us to delte his details.")).toBe("met");
    expect(removal("Keith wants to unsubscribe.")).toBe("met");
  });

  it("does not read one English word as another", () => {
    // "remote" is one slip from "remove", but it is a word of its own.
    expect(removal("Keith works remote and asked about delivery times.")).toBe("not_met");
  });
});

// Text conditions with `offered: true`: an option on offer, not negated (red-team round 19 C,
// repeat-fault-r19h-straight-to-refund: "we won't take any money off for the use" read as offering a
// price reduction, so a refund made without asking her counted as the choice explained first).
describe("offered: an option said as on offer, not in a clause that negates it", () => {
  const linda = loadScenarioFile("complaint-repeat-fault-call");
  const choice = (text: string) =>
    scoreAttempt(
      linda,
      play(
        linda,
        [
          { type: "send_message", customerRef: "CUS-7101", channel: "phone", text },
          {
            type: "issue_remedy",
            customerRef: "CUS-7101",
            orderRef: "ORD-71001",
            sku: "ESP-CREMA-DUO",
            kind: "refund",
          },
        ],
        START,
      ).events,
      START,
    ).criteria.find((c) => c.id === "choice-explained-first")!.status;
  const said =
    "Hi Linda, so it's stopped pumping again, same fault as before the repair. I'm really sorry about that.";

  it("a full refund announced, with no money off for the use, explains no choice", () => {
    expect(
      choice(
        `${said} And no, we won't take any money off for you using it. I'll just refund you the full amount now.`,
      ),
    ).toBe("not_met");
    expect(choice(`${said} Nothing comes off for use, so I'll refund you the full amount now.`)).toBe(
      "not_met",
    );
  });

  it("the alternative offered still counts, whatever else is negated in the call", () => {
    expect(
      choice(
        `${said} You don't need another repair. You can have a full refund, or keep it and we take some money off the price.`,
      ),
    ).toBe("met");
    expect(
      choice(
        `${said} No money comes off for use. You can have a full refund, or keep it and have money off the price.`,
      ),
    ).toBe("met");
  });
});

// A `none` word named only to rule it out (red-team round 22 B, onboarding-r22-dyslexic-spelling-welcome:
// the note "Send ground not whole beens" read as recording whole beans, so preferences-recorded was not met).
describe("none: a word ruled out just before it is not said", () => {
  const onboarding = loadScenarioFile("onboarding-new-subscriber");
  const noted = (text: string) =>
    scoreAttempt(
      onboarding,
      play(onboarding, [{ type: "add_note", customerRef: "CUS-3107", text }], START).events,
      START,
    ).criteria.find((c) => c.id === "preferences-recorded")!.status;

  it("the right grind with the wrong one ruled out is recorded", () => {
    expect(noted("Grind: coarse for a cafetiere, he has no grinder. Send ground not whole beens.")).toBe(
      "met",
    );
    expect(noted("Coarse ground for his cafetière, no fine grind.")).toBe("met");
    expect(noted("Cafetiere, so coarse ground rather than whole bean.")).toBe("met");
    expect(noted("Coarse ground please - don't send whole beans.")).toBe("met");
  });

  it("the wrong grind still fails the note, and a negation further back does not rule it out", () => {
    expect(noted("Cafetiere user: whole beans please.")).toBe("not_met");
    expect(noted("He hasn't got a grinder at the moment so send whole bean for the cafetiere.")).toBe(
      "not_met",
    );
    expect(noted("Cafetiere, but please don't grind the beans.")).toBe("not_met");
    expect(noted("Not ground: beans as they come from the roaster for his cafetiere.")).toBe("not_met");
  });
});

// `preferences` matches on update_preferences, read through onboarding's asked-channel-used: his
// preferred channel set to the texts he refused ignores his preference as surely as a text does (red-team
// round 23 B, onboarding-r23-delivery-updates-by-text).
describe("preferences: the preferred channel set to the one he refused", () => {
  const onboarding = loadScenarioFile("onboarding-new-subscriber");
  const askedChannel = (actions: LearnerAction[]) =>
    scoreAttempt(onboarding, play(onboarding, actions, START).events, START).criteria.find(
      (c) => c.id === "asked-channel-used",
    )!.status;
  const reply: LearnerAction = {
    type: "send_message",
    customerRef: "CUS-3107",
    channel: "email",
    text: "Hi Tomasz, welcome! We'll send your beans coarse ground for your cafetière.",
  };
  it("is not met when his preferred channel is set to SMS, and met when it is set to email", () => {
    expect(
      askedChannel([reply, { type: "update_preferences", customerRef: "CUS-3107", preferredChannel: "sms" }]),
    ).toBe("not_met");
    expect(
      askedChannel([
        reply,
        { type: "update_preferences", customerRef: "CUS-3107", preferredChannel: "email" },
      ]),
    ).toBe("met");
  });
});

describe("notOfferName: a word of the problem inside an offer's name is not the problem (session 49, tutor 10)", () => {
  const winBack = loadScenarioFile("win-back-lapsed-customers");
  const noteOnDavid = (text: string) =>
    scoreAttempt(
      winBack,
      play(winBack, [{ type: "add_note", customerRef: "CUS-4102", text }], START).events,
      START,
    ).criteria.find((c) => c.id === "feedback-loop")!.status;

  it("does not read an offer of free delivery or postage as his reason recorded", () => {
    expect(noteOnDavid("Replied to David with 15% plus free delivery.")).toBe("not_met");
    expect(noteOnDavid("Offered him 10% off and delivery on us for three months.")).toBe("not_met");
  });
  it("still reads the reason beside the offer, however it is worded", () => {
    expect(noteOnDavid("Left because his deliveries kept arriving late; offered free delivery.")).toBe("met");
    expect(noteOnDavid("Free delivery offered. He stopped because of the courier.")).toBe("met");
  });
});
