import { describe, expect, it } from "vitest";
import type { LearnerAction } from "./learner-actions";
import { scoreAttempt } from "./scoring";
import { loadScenarioFile, play, START } from "./test-support";

// Session 48: an independent tutor's learner asked the team leader for the next-day upgrade by internal message
// ("Can I have your OK to upgrade the re-send to next-day?") and was marked as never having asked, because only the
// Escalate button reached her. Asking the person who decides, in words, is asking her.
const scenario = loadScenarioFile("internal-customer-lost-parcel");
const toLeanne = (text: string): LearnerAction => ({
  type: "message_person",
  personRef: "STF-TL1",
  channel: "internal",
  customerRef: "CUS-6101",
  text,
});
const wait: LearnerAction = { type: "wait", minutes: 15 };
const promise: LearnerAction = {
  type: "send_message",
  customerRef: "CUS-6101",
  channel: "email",
  text: "Hi Aisha, good news: your new grinder will go out next-day, so it will reach you tomorrow.",
};
const run = (actions: LearnerAction[]) => {
  const { state, events } = play(scenario, actions);
  const report = scoreAttempt(scenario, events, START);
  const status = (id: string) => report.criteria.find((c) => c.id === id)!.status;
  return { state, status };
};

describe("asking the team leader for the upgrade by internal message", () => {
  it("is asking the person who decides: she approves, and a promise after her answer keeps to it", () => {
    const { state, status } = run([
      toLeanne(
        "Hi Leanne, Aisha's grinder was lost by the courier and it's a birthday present. OK to send the re-send next-day?",
      ),
      wait,
      promise,
    ]);
    expect(status("right-person")).toBe("met");
    expect(status("approval-before-promise")).toBe("met");
    expect(state.contacts["CUS-6101"]!.flags).toContain("next_day_approved");
  });

  it("is not asking when the message does not name the upgrade", () => {
    const { state, status } = run([
      toLeanne("Hi Leanne, just so you know, Aisha's parcel is lost at the depot."),
      wait,
    ]);
    expect(status("right-person")).toBe("not_met");
    expect(state.contacts["CUS-6101"]!.flags).not.toContain("next_day_approved");
  });

  it("asking the service manager instead is the wrong person (partly), as with the Escalate button", () => {
    const { status } = run([
      {
        type: "message_person",
        personRef: "STF-MG1",
        channel: "internal",
        customerRef: "CUS-6101",
        text: "Hi Marcus, can we upgrade Aisha's re-send to next-day? It's a birthday present.",
      },
    ]);
    expect(status("right-person")).toBe("partly");
  });
});
