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

describe("a marketing choice claimed on the record, and recorded otherwise", () => {
  const onboarding = loadScenarioFile("onboarding-new-subscriber");
  const claim: LearnerAction = {
    type: "send_message",
    customerRef: "CUS-3107",
    channel: "email",
    subject: "Welcome",
    text: "Hi Tomasz,\n\nWelcome to Hearth & Bean! We'll send your beans coarse ground for your cafetière.\n\nI've set your account to emails only, so you won't get any texts from us.\n\nAlex",
  };
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
