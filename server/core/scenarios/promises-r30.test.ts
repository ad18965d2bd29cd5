import { describe, expect, it } from "vitest";
import type { LearnerAction } from "./learner-actions";
import { findPromises, judgePromises } from "./promises";
import { loadScenarioFile, play } from "./test-support";

// Round 30 (rules helper): a reader for a kind of meaning the tuning half showed missing, with fresh sentences
// written for these tests, not taken from the attempts (the other, a refusal told back, is in consent-claims.test.ts).

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
