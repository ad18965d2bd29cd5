/**
 * Who counts as engaged (criterion-evidence.ts `Ctx.engaged`): "did not do X" and judgement criteria
 * credit only a learner who actually had contact with the customer. A public reply to the customer's
 * own review is contact (issue 12); doing nothing, or only looking at records, is not.
 */
import { describe, expect, it } from "vitest";
import { NOTHING_TO_CREDIT_FEEDBACK } from "./criterion-evidence";
import type { LearnerAction } from "./learner-actions";
import { scoreAttempt } from "./scoring";
import { loadScenarioFile, play, START } from "./test-support";

const scenario = loadScenarioFile("public-review-chatbot-loop");
const criterion = (actions: LearnerAction[], id: string) =>
  scoreAttempt(scenario, play(scenario, actions).events, START).criteria.find((c) => c.id === id)!;

const publicReply = (withCustomer: boolean): LearnerAction => ({
  type: "message_person",
  personRef: "PUB-RV1",
  channel: "review",
  text: "I'm so sorry you were charged twice and could not reach a person. Please look out for our email.",
  ...(withCustomer ? { customerRef: "CUS-8101" } : {}),
});
const look: LearnerAction = { type: "view_record", customerRef: "CUS-8101" };

describe("engagement: a public reply to the customer's review is contact with that customer", () => {
  it("gives no credit for avoiding a mistake when there was no contact at all", () => {
    for (const id of ["no-public-personal-data", "respectful-language", "words-match-actions"]) {
      const r = criterion([look], id);
      expect(r.status, id).toBe("not_met");
      expect(r.detail, id).toMatch(/^Nothing to credit/);
      expect(r.notAttempted, id).toBe(true); // shown as "not attempted", scored as not met
    }
  });

  it("does not show the criterion's not-met feedback, which speaks of a mistake that was not made", () => {
    for (const id of ["no-public-personal-data", "respectful-language", "words-match-actions"]) {
      const r = criterion([look], id);
      const written = scenario.rubric.find((c) => c.id === id)!.feedback.not_met;
      expect(r.feedback, id).not.toBe(written);
      expect(r.feedback, id).toBe(NOTHING_TO_CREDIT_FEEDBACK);
    }
  });

  it("credits a learner whose only contact was the public reply, with or without the customer named", () => {
    for (const withCustomer of [true, false]) {
      for (const id of ["no-public-personal-data", "respectful-language", "words-match-actions"]) {
        const r = criterion([look, publicReply(withCustomer)], id);
        expect(r.detail, `${id} (customer named: ${withCustomer})`).not.toMatch(/^Nothing to credit/);
        expect(r.status, `${id} (customer named: ${withCustomer})`).toBe("met");
        expect(r.notAttempted).toBeUndefined();
      }
    }
  });

  it("does not count a message to a colleague as contact with the customer", () => {
    const colleague: LearnerAction = {
      type: "message_person",
      personRef: "STF-DG1",
      channel: "internal",
      customerRef: "CUS-8101",
      text: "The chat assistant never hands over to a person. Could it offer a hand-off after two failed tries?",
    };
    const r = criterion([colleague], "words-match-actions");
    expect(r.status).toBe("not_met");
    expect(r.detail).toMatch(/^Nothing to credit/);
  });
});
