import { describe, expect, it } from "vitest";
import { callRuledOut } from "./call-ruled-out";
import type { LearnerAction } from "./learner-actions";
import { KETTLE_REFUND, criterionAfter, loadScenarioFile } from "./test-support";

describe("a call ruled out in words (call-ruled-out.ts)", () => {
  it.each([
    "Don't worry, we will never ring you about this.",
    "I'm not going to give you a call; everything will come by email.",
    "No phone calls, I promise.",
    "We'll stick to email from now on.",
    "Updates will reach you by email only.",
  ])("reads %j", (text) => {
    expect(callRuledOut(text)).not.toBeNull();
  });

  it.each([
    "I won't ring unless you ask me to.",
    "I won't call until the courier has been.",
    "Would you rather I didn't phone?",
    'You said "no calls", so I\'ve noted that on your record.',
    "I'll call you on Friday to check it arrived.",
    "Our call centre is open until 8pm.",
  ])("does not read %j", (text) => {
    expect(callRuledOut(text)).toBeNull();
  });
});

describe("words-match-actions (kettle): a call ruled out, then made", () => {
  const kettle = loadScenarioFile("complaint-faulty-kettle");
  const email = (text: string): LearnerAction => ({
    type: "send_message",
    customerRef: "CUS-2041",
    channel: "email",
    text,
  });
  const reply = email(
    "Dear Priya, I'm sorry the Aurora failed so soon. I've refunded the £44.99 to your card. Nobody will phone you: we'll stick to email from now on.",
  );
  const rang: LearnerAction = {
    type: "log_call",
    customerRef: "CUS-2041",
    direction: "outbound",
    summary: "Rang to say the refund is on its way.",
  };

  it("is not met when a call is logged after the message, and shows both", () => {
    const c = criterionAfter(kettle, [KETTLE_REFUND, reply, rang], "words-match-actions");
    expect(c.status).toBe("not_met");
    expect(c.detail).toMatch(/would not phone \("we'll stick to email"\), then logged an outbound call/);
  });

  it("is met when no call follows", () => {
    expect(criterionAfter(kettle, [KETTLE_REFUND, reply], "words-match-actions").status).toBe("met");
  });
});
