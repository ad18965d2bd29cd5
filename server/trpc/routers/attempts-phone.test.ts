/**
 * Phone work is typed but is a call (issue 12): the server takes what the learner says on the phone
 * channel with no email subject, and the report reads it as a call (the replay says who was phoned,
 * the evidence says what was said on the call), marked on questioning like any call.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "@/server/test-support/test-app";

let app: TestApp;
beforeAll(() => {
  app = createTestApp();
});
afterAll(() => app.close());

let counter = 0;
const clientId = () => `phone-client-${++counter}-${Date.now()}`;

describe("a phone call typed in the workspace", () => {
  it("needs no subject, and the report treats it as a call", async () => {
    const { api, session } = app.browser();
    await api.auth.practiseAlone({ displayName: "Robin" });
    const me = app.caller(session.current);
    const { attemptId } = await me.attempts.start({ scenarioId: "complaint-repeat-fault-call" });
    await me.attempts.act({
      attemptId,
      clientId: clientId(),
      action: {
        type: "send_message",
        customerRef: "CUS-7101",
        channel: "phone",
        text: "I'm so sorry it has stopped pumping water again, Linda. Would you prefer a replacement machine or your money back?",
      },
    });
    const stored = (await me.attempts.get({ attemptId })).events.find(
      (e) => e.actor === "learner" && e.type === "send_message",
    )!;
    expect((stored.payload as { action: { subject?: string } }).action.subject).toBeUndefined();
    expect((stored.payload as { summary: string }).summary).toBe("Phoned Linda Okafor");

    await me.attempts.submit({ attemptId });
    const { report } = await me.attempts.report({ attemptId });
    const questioning = report.criteria.find((c) => c.id === "questioning")!;
    expect(questioning.status).not.toBe("not_met");
    expect(questioning.evidence.map((e) => e.summary).join("\n")).toMatch(
      /what you said to Linda Okafor on the call \(turn 1\)/,
    );
  });
});
