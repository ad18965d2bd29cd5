import { describe, expect, it } from "vitest";
import type { LearnerAction } from "./learner-actions";
import { playthroughFile } from "./test-support";

// Session 49: an independent tutor's onboarding attempt, excellent but promising "I'll drop you a line after your
// first bag arrives" with no check-in ever planned, was decided Merit and first ran Distinction (as red-team round
// 4's onboarding-promises-check-in was decided). Planning his next steps is one of the three things the brief asks.
const { actions, run } = playthroughFile("onboarding-new-subscriber-t10-words.yaml");
const band = (list: LearnerAction[]) => run(list);
const checkIn: LearnerAction = {
  type: "create_task",
  customerRef: "CUS-3107",
  title: "Check in with Tomasz after his first bag",
  dueInDays: 10,
};

describe("no check-in planned for a new subscriber", () => {
  it("caps an otherwise Distinction attempt at Merit", () => {
    const report = band(actions);
    expect(report.band).toBe("Merit");
    expect(report.bandCappedBy.map((c) => c.criterionId)).toContain("check-in-task");
  });

  it("does not cap once the check-in is planned", () => {
    const report = band([...actions, checkIn]);
    expect(report.bandCappedBy.map((c) => c.criterionId)).not.toContain("check-in-task");
    expect(report.band).toBe("Distinction");
  });
});
