import { describe, expect, it } from "vitest";
import type { LearnerAction } from "./learner-actions";
import { consentsClaimed, judgePromises } from "./promises";
import { loadScenarioFile, play } from "./test-support";

// A marketing choice said to be on the record, and recorded otherwise (round 18 B,
// onboarding-r18-said-no-texts-then-ticked-sms: "I've set your account to emails only, so you won't get
// any texts", then SMS consent recorded as granted, ran words-match-actions met).
describe("consentsClaimed: the marketing choices a record claim names", () => {
  it("reads refusals, 'only' and 'fine' in a learner's words", () => {
    expect(
      consentsClaimed("I've set your account to emails only, so you won't get any texts from us."),
    ).toEqual([
      { channel: "sms", granted: false },
      { channel: "email", granted: true },
    ]);
    expect(consentsClaimed("I've noted on your account that emails are fine but no text messages.")).toEqual([
      { channel: "sms", granted: false },
      { channel: "email", granted: true },
    ]);
    expect(consentsClaimed("I've noted that you're happy to hear from us by email but not by text.")).toEqual(
      [
        { channel: "sms", granted: false },
        { channel: "email", granted: true },
      ],
    );
    expect(consentsClaimed("I have put on your account, we won't text you.")).toEqual([
      { channel: "sms", granted: false },
    ]);
  });

  it("names no choice in a claim about something else", () => {
    expect(consentsClaimed("I've noted your grind preference on your account.")).toEqual([]);
    expect(consentsClaimed("I've updated your record with your new address.")).toEqual([]);
  });
});

// Tomasz (onboarding): a consent recorded on his record, and what the promises say of his message.
const onboarding = loadScenarioFile("onboarding-new-subscriber");
const consent = (channel: "email" | "sms", granted: boolean): LearnerAction => ({
  type: "update_consent",
  customerRef: "CUS-3107",
  channel,
  granted,
  reason: "Customer's email today",
});
const verdicts = (actions: LearnerAction[]) =>
  judgePromises(play(onboarding, actions).state.log, "CUS-3107", "Tomasz").map(
    (v) => `${v.promise.kind} ${v.status}`,
  );

describe("a marketing choice claimed on the record, and recorded otherwise", () => {
  const claim: LearnerAction = {
    type: "send_message",
    customerRef: "CUS-3107",
    channel: "email",
    subject: "Welcome",
    text: "Hi Tomasz,\n\nWelcome to Hearth & Bean! We'll send your beans coarse ground for your cafetière.\n\nI've set your account to emails only, so you won't get any texts from us.\n\nAlex",
  };

  it("is broken by a consent recorded the other way, before or after the message", () => {
    expect(verdicts([claim, consent("email", true), consent("sms", true)])).toEqual(["record_update broken"]);
    expect(verdicts([consent("sms", true), claim, consent("email", true)])).toEqual(["record_update broken"]);
  });

  it("is kept when the record says what the message says, or a later change puts it right", () => {
    expect(verdicts([claim, consent("email", true), consent("sms", false)])).toEqual(["record_update kept"]);
    expect(verdicts([consent("sms", true), claim, consent("sms", false), consent("email", true)])).toEqual([
      "record_update kept",
    ]);
  });
});

// Taken off a list, said done, with nothing recorded (round 19 B, win-back-r19-keith-told-removed-nothing-recorded:
// "I've taken you off our mailing list and removed your details", no consent change or note, ran
// words-match-actions met).
describe("a removal from a list said done", () => {
  const winBack = loadScenarioFile("win-back-lapsed-customers");
  const told = (text: string): LearnerAction => ({
    type: "send_message",
    customerRef: "CUS-4112",
    channel: "email",
    subject: "Re: Please take me off your list",
    text,
  });
  const keithVerdicts = (actions: LearnerAction[]) =>
    judgePromises(play(winBack, actions).state.log, "CUS-4112", "Keith").map(
      (v) => `${v.promise.kind} ${v.status}`,
    );
  const removal =
    "Hi Keith,\n\nI've taken you off our mailing list and removed your details, so you won't hear from us again.\n\nAlex";

  it("is a record claim naming the email choice, untrue with nothing recorded", () => {
    expect(consentsClaimed("I've taken you off our mailing list.")).toEqual([
      { channel: "email", granted: false },
    ]);
    expect(keithVerdicts([told(removal)])).toEqual(["record_update untrue"]);
    expect(keithVerdicts([told("Hi Keith, I've unsubscribed you from our emails. Alex")])).toEqual([
      "record_update untrue",
    ]);
  });

  it("is kept by the consent switched off; an offer to do it, or how to do it yourself, claims nothing", () => {
    const off: LearnerAction = {
      type: "update_consent",
      customerRef: "CUS-4112",
      channel: "email",
      granted: false,
      reason: "Keith's email this morning: take him off the mailing list",
    };
    expect(keithVerdicts([off, told(removal)])).toEqual(["record_update kept"]);
    expect(
      keithVerdicts([told("Hi Keith, would you like me to take you off our mailing list? Alex")]),
    ).toEqual([]);
    expect(
      keithVerdicts([told("Hi Keith, you can take yourself off our mailing list with the link below. Alex")]),
    ).toEqual([]);
  });
});

// Round 30 (rules helper; fresh sentences, not the attempts'). The customer's refusal told back as what was noted (onboarding-r30-no-texts-ticked-yes: "I've noted… that
// you don't want texts", then SMS consent recorded as granted, ran words-match-actions met).
describe("consentsClaimed: a refusal told back in the customer's own terms", () => {
  it.each([
    ["I've noted on your account that you don't want any texts from us.", "sms"],
    ["I've put on your file that you'd rather we didn't text you.", "sms"],
    ["I've recorded that you've opted out of marketing emails.", "email"],
    ["I've noted you said no to text messages.", "sms"],
  ])("%j refuses %s", (text, channel) => {
    expect(consentsClaimed(text)).toEqual([{ channel, granted: false }]);
  });

  it.each([
    "I've noted you'd rather we didn't call you before 9am.",
    "I've noted that you don't want to miss the texts about your delivery.",
    "I've noted that you didn't get our email.",
    "I've noted you don't want a call at work, so I'll email.",
  ])("%j names no marketing choice (a time, a topic or a delivery, not a refusal)", (text) => {
    expect(consentsClaimed(text)).toEqual([]);
  });

  const claim: LearnerAction = {
    type: "send_message",
    customerRef: "CUS-3107",
    channel: "email",
    subject: "Welcome",
    text: "Hi Tomasz,\n\nWelcome aboard! Coarse ground beans are on the way for your cafetière.\n\nI've noted on your account that you don't want any texts from us.\n\nAlex",
  };
  it("is broken by texts recorded as granted, kept by texts recorded as refused", () => {
    expect(verdicts([claim, consent("sms", true)])).toEqual(["record_update broken"]);
    expect(verdicts([claim, consent("sms", false)])).toEqual(["record_update kept"]);
  });
});
