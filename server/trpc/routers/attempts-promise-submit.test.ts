/**
 * Words against actions at submission, through the router (session 48, issue 8 item 3): a learner who
 * promises a remedy "now" and submits without issuing it sees the customer say so in the conversation, and the
 * report shows the promise and that nothing was issued. The decision is the engine's (scripted-customer.ts
 * reactToSubmission); the router only stores what the engine returns.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "@/server/test-support/test-app";

let app: TestApp;
beforeAll(() => {
  app = createTestApp();
});
afterAll(() => app.close());

let counter = 0;
const clientId = () => `promise-submit-${++counter}-${Date.now()}`;
const PROMISE =
  "Dear Priya,\n\nI'm so sorry the Aurora gave up after twelve days. I'll get your £44.99 refunded to your Visa immediately.\n\nSam";

async function promiseThenSubmit(issueFirst: boolean) {
  const { api, session } = app.browser();
  await api.auth.practiseAlone({ displayName: "Kit" });
  const me = app.caller(session.current);
  const { attemptId } = await me.attempts.start({ scenarioId: "complaint-faulty-kettle" });
  await me.attempts.act({
    attemptId,
    clientId: clientId(),
    action: {
      type: "send_message",
      customerRef: "CUS-2041",
      channel: "email",
      subject: "Your kettle",
      text: PROMISE,
    },
  });
  if (issueFirst)
    await me.attempts.act({
      attemptId,
      clientId: clientId(),
      action: {
        type: "issue_remedy",
        customerRef: "CUS-2041",
        orderRef: "ORD-10234",
        sku: "KET-AURORA-17",
        kind: "refund",
      },
    });
  await me.attempts.submit({ attemptId });
  const { events } = await me.attempts.get({ attemptId });
  const { report } = await me.attempts.report({ attemptId });
  const submittedAt = events.findIndex((e) => e.type === "attempt_submitted");
  return { after: events.slice(submittedAt + 1), report };
}

describe("a remedy promised for now, then submitted", () => {
  it("never issued: she says so after the submission, and the report shows both pieces of evidence", async () => {
    const { after, report } = await promiseThenSubmit(false);
    const said = after.find((e) => e.type === "customer_message");
    expect(said?.payload).toMatchObject({ customerRef: "CUS-2041", ruleId: "engine:broken-promise" });
    expect(String((said!.payload as { text: string }).text)).toContain("straight away");
    const words = report.criteria.find((c) => c.id === "words-match-actions")!;
    expect(words.status).toBe("not_met");
    const summaries = words.evidence.map((e) => e.summary);
    expect(summaries.some((s) => s.includes("Broken promise: what you wrote"))).toBe(true);
    expect(summaries).toContain("What you did: no refund was issued before you submitted.");
    expect(report.customerOutcomes.find((o) => o.customerRef === "CUS-2041")!.flags).toContain(
      "promise_broken",
    );
  });

  it("issued before submitting: nothing is said at submission", async () => {
    const { after, report } = await promiseThenSubmit(true);
    expect(after.filter((e) => e.type === "customer_message")).toEqual([]);
    expect(report.criteria.find((c) => c.id === "words-match-actions")!.status).toBe("met");
  });
});
