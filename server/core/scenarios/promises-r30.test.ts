import { describe, expect, it } from "vitest";
import type { LearnerAction } from "./learner-actions";
import { consentsClaimed, findPromises, judgePromises } from "./promises";
import { loadScenarioFile, play } from "./test-support";

// Round 30 (rules helper): two readers for kinds of meaning the tuning half showed missing. The sentences
// are fresh, written for these tests, not taken from the attempts.

// The customer's refusal told back as what was noted (onboarding-r30-no-texts-ticked-yes: "I've noted… that
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

  const onboarding = loadScenarioFile("onboarding-new-subscriber");
  const claim: LearnerAction = {
    type: "send_message",
    customerRef: "CUS-3107",
    channel: "email",
    subject: "Welcome",
    text: "Hi Tomasz,\n\nWelcome aboard! Coarse ground beans are on the way for your cafetière.\n\nI've noted on your account that you don't want any texts from us.\n\nAlex",
  };
  const consent = (granted: boolean): LearnerAction => ({
    type: "update_consent",
    customerRef: "CUS-3107",
    channel: "sms",
    granted,
    reason: "Customer's email today",
  });
  const verdicts = (actions: LearnerAction[]) =>
    judgePromises(play(onboarding, actions).state.log, "CUS-3107", "Tomasz").map(
      (v) => `${v.promise.kind} ${v.status}`,
    );

  it("is broken by texts recorded as granted, kept by texts recorded as refused", () => {
    expect(verdicts([claim, consent(true)])).toEqual(["record_update broken"]);
    expect(verdicts([claim, consent(false)])).toEqual(["record_update kept"]);
  });
});

// Money said to be back on the card as a state, no refund word (review-r30-visa-said-credit-given: "The extra
// £11.50 is back on your Visa today" with goodwill credit issued, ran words-match-actions met).
describe("money said to be back on the card: a refund claimed done", () => {
  it.each([
    "The £20 you were overcharged is back on your Mastercard now.",
    "Your money's back in your bank account as of this morning.",
    "The duplicate payment has gone back to your debit card.",
  ])("%j", (text) => {
    expect(findPromises(text).map((p) => [p.kind, p.done])).toEqual([["refund", true]]);
  });

  it.each([
    "The £11.50 is back on your account as credit to spend on your next bag.",
    "If the money isn't back on your card by Friday, let me know.",
    "Once the kettle is back with us, we'll look at it.",
    "The payment page is back to normal now.",
  ])("%j claims no refund", (text) => {
    expect(findPromises(text).filter((p) => p.kind === "refund")).toEqual([]);
  });

  const review = loadScenarioFile("public-review-chatbot-loop");
  const told: LearnerAction = {
    type: "send_message",
    customerRef: "CUS-8101",
    channel: "email",
    subject: "Your payment",
    text: "Hi Tom,\n\nSorry about Saturday. The payment we took twice has gone back to your debit card.\n\nSam",
  };
  const remedy = (kind: "refund" | "goodwill"): LearnerAction => ({
    type: "issue_remedy",
    customerRef: "CUS-8101",
    orderRef: "ORD-81041",
    ...(kind === "refund" ? { sku: "SUB-BEANS-500G-MONTHLY" } : {}),
    kind,
    amountPence: 1150,
  });
  const verdicts = (actions: LearnerAction[]) =>
    judgePromises(play(review, actions).state.log, "CUS-8101", "Tom")
      .filter((v) => v.promise.kind === "refund")
      .map((v) => v.status);

  it("is not kept by account credit; a refund keeps it", () => {
    expect(verdicts([told, remedy("goodwill")])).not.toContain("kept");
    expect(verdicts([told, remedy("goodwill")]).length).toBe(1);
    expect(verdicts([told, remedy("refund")])).toEqual(["kept"]);
  });
});
