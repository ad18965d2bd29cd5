import { describe, expect, it } from "vitest";
import { progressSummary } from "./progress";
import { loadScenarioFile, play } from "./test-support";

const internal = loadScenarioFile("internal-customer-lost-parcel");
const review = loadScenarioFile("public-review-chatbot-loop");

/**
 * The live dashboard's "Last:" line. An action to a colleague or a reviewer read as the action's label
 * and the customer's name: "Messaged a colleague (Aisha Bello)", as if Aisha were the colleague, and
 * "Escalated to a manager (Aisha Bello)" for an escalation to the team leader. It names who it went to,
 * and that it was the customer's case that went (session 39: "Escalated Aisha Bello to Leanne Shaw" read
 * as if Aisha had been handed over).
 */
describe("progressSummary: the last action", () => {
  it("names the colleague a message went to, and the customer it was about", () => {
    const { state } = play(internal, [
      {
        type: "message_person",
        personRef: "STF-WH1",
        channel: "internal",
        customerRef: "CUS-6101",
        text: "Hi Dev, the address is confirmed: 14 Elm Road, Leeds LS6 2AB.",
      },
    ]);
    expect(progressSummary(state, internal).lastAction).toBe(
      "Messaged Dev Malik (Warehouse, Daventry) about Aisha Bello",
    );
  });

  it("names the person an escalation went to", () => {
    const { state } = play(internal, [
      {
        type: "escalate",
        customerRef: "CUS-6101",
        toRef: "STF-TL1",
        reason:
          "The courier lost ORD-61011 and it is a birthday present for Saturday: next-day on the re-send?",
      },
    ]);
    expect(progressSummary(state, internal).lastAction).toBe(
      "Escalated Aisha Bello's case to Leanne Shaw (customer service team leader)",
    );
  });

  it("says an escalation to no named person went to a manager, with whose case it was", () => {
    const { state } = play(internal, [
      { type: "escalate", customerRef: "CUS-6101", reason: "Lost birthday parcel: she asked for a manager." },
    ]);
    expect(progressSummary(state, internal).lastAction).toBe("Escalated Aisha Bello's case to a manager");
  });

  it("says a public reply went to the reviewer", () => {
    const { state } = play(review, [
      {
        type: "message_person",
        personRef: "PUB-RV1",
        channel: "review",
        text: "Tom, I'm sorry: please email us and we'll put this right.",
      },
    ]);
    expect(progressSummary(state, review).lastAction).toMatch(/^Replied publicly to Tom O\.'s review/);
  });

  it("says whom a message went to and how (it read 'Sent a message (Priya Shah)', as if she had sent it)", () => {
    const text = "Dear Aisha, I'm sorry about your parcel. Thank you for telling us.";
    const sent = (channel: "email" | "sms" | "chat" | "post") =>
      progressSummary(
        play(internal, [{ type: "send_message", customerRef: "CUS-6101", channel, text }]).state,
        internal,
      ).lastAction;
    expect(sent("email")).toBe("Emailed Aisha Bello");
    expect(sent("sms")).toBe("Texted Aisha Bello");
    expect(sent("chat")).toBe("Messaged Aisha Bello in chat");
    expect(sent("post")).toBe("Wrote to Aisha Bello by post");
  });

  it("keeps the label and the customer's name for an action on a customer's record", () => {
    const { state } = play(internal, [{ type: "view_record", customerRef: "CUS-6101" }]);
    expect(progressSummary(state, internal).lastAction).toBe("Viewed the customer record (Aisha Bello)");
  });
});
