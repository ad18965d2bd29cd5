import { describe, expect, it } from "vitest";
import type { LearnerAction } from "./learner-actions";
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

  it("a negation in an earlier clause does not cancel a later mention", () => {
    expect(
      status(
        recommend(
          cause,
          "No discount for everyone, but Marcus should review SwiftParcel against the contract.",
        ),
        "action-specific",
      ),
    ).toBe("not_met"); // "discount" is on the criterion's `none` list whatever the sentence says
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
