/**
 * "Remarks to check" (attempts.remarksToCheck) through the real procedures on a fresh database: the learner's tutor
 * sees, once submitted, the remarks about the customer the marker did not count, with where each was written; another
 * tutor gets NOT_FOUND, the learner is refused before and after submitting and their report carries none of it; an
 * honest attempt lists nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LearnerAction } from "@/server/core/scenarios/learner-actions";
import { REMARK_REASON } from "@/server/core/scenarios/respect-review-list";
import { createTestApp, errorCode, type TestApp } from "@/server/test-support/test-app";
import { tutorName } from "@/server/test-support/tutor-names";

let app: TestApp;
beforeAll(() => {
  app = createTestApp();
});
afterAll(() => app.close());

const SCENARIO = "complaint-faulty-kettle";
const PRIYA = "CUS-2041";
// Neither is counted by the marker (no blame, dismissive or calm-down words); the model lists both.
const CHEERY = "lol ur kettle really said nope 😂 anyway new one coming thurs.";
const DIG = "Cust rang again about her kettle, as usual.";

let n = 0;
async function newTutor(name: string) {
  const { api, session } = app.browser({}, { ip: `10.44.0.${++n}` });
  const email = `remarks${n}-${Date.now()}@college.example`;
  await api.auth.tutorSignUp({ email, name: tutorName(name), password: "a long enough password" });
  await api.auth.tutorSignIn({ email, password: "a long enough password" });
  return { api, session };
}

async function learnerIn(joinCode: string, displayName: string) {
  const { api, session } = app.browser({}, { ip: `10.44.1.${++n}` });
  await api.auth.joinClass({ code: joinCode, displayName });
  return app.caller(session.current);
}

describe("attempts.remarksToCheck", () => {
  it("lists, for the learner's tutor only and only once submitted, the remarks the marker did not count", async () => {
    const tutor = await newTutor("Remi Tutor");
    const other = await newTutor("Olu Tutor");
    const klass = await tutor.api.classes.create({ name: "Remarks group" });
    const me = await learnerIn(klass.joinCode!, "Rudi");
    const { attemptId } = await me.attempts.start({ scenarioId: SCENARIO });
    const act = (action: LearnerAction) =>
      me.attempts.act({ attemptId, clientId: `remarks-${++n}-${Date.now()}`, action });
    await act({
      type: "send_message",
      customerRef: PRIYA,
      channel: "email",
      text: `Dear Priya, I'm sorry your kettle stopped working. ${CHEERY} Thank you.`,
    });
    await act({ type: "add_note", customerRef: PRIYA, text: `${DIG} Refund done.` });

    // Before submitting: the learner is refused (a tutor's procedure), and so is the tutor (nothing to check yet).
    expect(await errorCode(me.attempts.remarksToCheck({ attemptId }))).toBe("FORBIDDEN");
    expect(await errorCode(tutor.api.attempts.remarksToCheck({ attemptId }))).toBe("BAD_REQUEST");

    await me.attempts.submit({ attemptId });
    const { remarks } = await tutor.api.attempts.remarksToCheck({ attemptId });
    expect(remarks.map((r) => r.sentence)).toEqual([CHEERY, DIG]);
    const [message, note] = remarks;
    expect(message!.where).toBe("Message 1 to Priya Shah (email)");
    expect(note!.where).toBe("In a note on Priya Shah's record");
    for (const r of remarks) {
      expect(r.text.slice(r.start, r.end)).toBe(r.sentence);
      expect(r.reason).toBe(REMARK_REASON);
      expect(r.reading).toMatch(/^The learned respect model reads it as possibly /);
      // In words a tutor reads, not a statistician's "p = 0.92".
      expect(r.reading).toMatch(/\(how sure it is: \d{1,3} in 100[;)]/);
      expect(r.reading).not.toContain("p = ");
      expect(r.clock).toMatch(/^\d\d:\d\d$/);
    }

    // Another tutor: as for any attempt not theirs, NOT_FOUND (ids cannot be probed).
    expect(await errorCode(other.api.attempts.remarksToCheck({ attemptId }))).toBe("NOT_FOUND");
    expect(await errorCode(tutor.api.attempts.remarksToCheck({ attemptId: 999_999 }))).toBe("NOT_FOUND");
    // The learner, after submitting: still refused, and their own report carries none of it.
    expect(await errorCode(me.attempts.remarksToCheck({ attemptId }))).toBe("FORBIDDEN");
    const own = JSON.stringify(await me.attempts.report({ attemptId }));
    expect(own).not.toContain(REMARK_REASON);
    expect(own).not.toContain("Not judged by the marker");
    expect(own).not.toMatch(/remarksToCheck|respect model/i);
  });

  it("lists nothing for an honest attempt", async () => {
    const tutor = await newTutor("Hana Tutor");
    const klass = await tutor.api.classes.create({ name: "Honest group" });
    const me = await learnerIn(klass.joinCode!, "Hope");
    const { attemptId } = await me.attempts.start({ scenarioId: SCENARIO });
    const act = (action: LearnerAction) =>
      me.attempts.act({ attemptId, clientId: `honest-${++n}-${Date.now()}`, action });
    await act({
      type: "send_message",
      customerRef: PRIYA,
      channel: "email",
      text: "Dear Priya, I'm so sorry the kettle's light flickers and then it stops. I've refunded you in full today. Thank you for telling us.",
    });
    await act({
      type: "add_note",
      customerRef: PRIYA,
      text: "Cust upset kettle light flickers then stops. Full refund issued, apologised.",
    });
    await me.attempts.submit({ attemptId });
    expect(await tutor.api.attempts.remarksToCheck({ attemptId })).toEqual({ remarks: [] });
  });
});
