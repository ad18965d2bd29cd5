/**
 * David's reason engaged before he states it (win-back-lapsed-customers, session 50). A learner who reads
 * his record and answers the late deliveries in the first message (his facts put back to him, a real
 * apology, this case's fix, a thank-you) has handled his reason: the criteria read from that message
 * (`from: reason-engaged`, criteria.ts `windowStart`), and David answers it rather than as if ignored.
 * Tutor 13's win-back t13-strong and t13-sound first ran with reason-lass and reason-addressed not met.
 */
import { describe, expect, it } from "vitest";
import type { LearnerAction } from "./learner-actions";
import { scoreAttempt } from "./scoring";
import { START, loadScenarioFile, play } from "./test-support";

const winBack = loadScenarioFile("win-back-lapsed-customers");
const sms = (text: string, customerRef = "CUS-4102"): LearnerAction => ({
  type: "send_message",
  customerRef,
  channel: "sms",
  text,
});
const run = (actions: LearnerAction[]) => {
  const { events } = play(winBack, [{ type: "view_record", customerRef: "CUS-4102" }, ...actions], START);
  const report = scoreAttempt(winBack, events, START);
  const status = (id: string) => report.criteria.find((c) => c.id === id)!.status;
  const replies = events
    .filter((e) => e.type === "customer_message" && e.payload.customerRef === "CUS-4102")
    .map((e) => ({ rule: String(e.payload.ruleId), text: String(e.payload.text) }));
  return { status, replies };
};

const engaged = sms(
  "Hi David, it's Amira. I can see from your record that three orders in a row reached you late, and that the mugs for your sister came four days after her birthday. I'm really sorry. We've since moved to Royal Mail Tracked 48, and I'll keep an eye on your next order myself. Thank you for telling us. Here's 15% off if you'd like to try us again. Reply STOP to opt out.",
);

describe("David's reason answered in the first message (reason-engaged)", () => {
  it("counts the first message for reason-lass and reason-addressed", () => {
    const { status } = run([engaged]);
    expect(status("reason-lass")).toBe("met");
    expect(status("reason-addressed")).toBe("met");
  });

  it("has David answer the message that addressed his reason, not as if he had been ignored", () => {
    const { replies } = run([engaged]);
    expect(replies.map((r) => r.rule)).toEqual(["reason-engaged"]);
    expect(replies[0]!.text).not.toMatch(/Why would I order again/);
  });

  it("leaves a generic first message where it was: he gives his reason and it is still unanswered", () => {
    const { status, replies } = run([
      sms(
        "Hi David, we've missed you! As a valued customer, here's 15% off your next order. Reply STOP to opt out.",
      ),
    ]);
    expect(replies.map((r) => r.rule)).toEqual(["gives-reason"]);
    expect(status("reason-lass")).toBe("not_met");
    expect(status("reason-addressed")).toBe("not_met");
  });

  it("does not credit stock phrases that name no fact of his case and no fix of it", () => {
    const { status, replies } = run([
      sms(
        "Dear David, we apologise for any inconvenience caused. We value your feedback and are always working to improve our service. Here's 15% off your next order. Reply STOP to opt out.",
      ),
    ]);
    expect(replies.map((r) => r.rule)).toEqual(["gives-reason"]);
    expect(status("reason-lass")).toBe("not_met");
    expect(status("reason-addressed")).toBe("not_met");
  });

  it("does not credit the same wording sent to other customers as well (a template)", () => {
    const text =
      "Hi there, I can see from your record that three orders in a row reached you late. I'm really sorry. We've since moved to Royal Mail Tracked 48, and I'll keep an eye on your next order myself. Thank you for telling us. Reply STOP to opt out.";
    const { status } = run([sms(text), sms(text, "CUS-4109"), sms(text, "CUS-4101")]);
    expect(status("reason-lass")).not.toBe("met");
  });

  it("still reads the messages after his reason when the first one did not engage it", () => {
    const { status } = run([
      sms("Hi David, we've missed you! Here's 15% off your next order. Reply STOP to opt out."),
      sms(
        "David, three late orders in a row, and your sister's birthday mugs four days late: that isn't good enough, and I'm sorry. We've moved to Royal Mail Tracked 48 and I'll keep an eye on your next order myself. Thank you for telling me.",
      ),
    ]);
    expect(status("reason-lass")).toBe("met");
    expect(status("reason-addressed")).toBe("met");
  });

  // Independent tutor 16 (session 50): a first message that listens and apologises but gives no fix has
  // still put his reason on the table (reason-acknowledged): a fix and thanks after his reply complete it.
  it("reads from a first message that listens and apologises without a fix; the fix after his reply completes it", () => {
    const first = sms(
      "Hi David, I'm sorry your last three orders came late, especially your sister's birthday mugs. Here's free delivery for three months. Reply STOP to opt out.",
    );
    const alone = run([first]);
    expect(alone.replies.map((r) => r.rule)).toEqual(["gives-reason"]);
    expect(alone.status("reason-lass")).toBe("partly");
    expect(alone.status("reason-addressed")).toBe("partly");
    const completed = run([
      first,
      sms(
        "We've moved to Royal Mail Tracked 48, and I'll keep an eye on your next order myself. Thank you for telling me, David.",
      ),
    ]);
    expect(completed.status("reason-lass")).toBe("met");
    expect(completed.status("reason-addressed")).toBe("met");
  });
});
