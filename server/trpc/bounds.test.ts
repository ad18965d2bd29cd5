/** Limits on what one caller can make the server hold or change (issue 9, "Bounds"). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_OPEN_ATTEMPTS } from "@/server/data/attempts";
import { RATE_LIMITS } from "@/server/auth/rate-limit";
import { createTestApp, errorCode, type TestApp } from "@/server/test-support/test-app";

let app: TestApp;
beforeAll(() => {
  app = createTestApp();
});
afterAll(() => app.close());

describe("bounds", () => {
  // One attempt is open per scenario, so "Start again" (which sets the open one aside) is how starts pile up.
  it(`one learner can have at most ${MAX_OPEN_ATTEMPTS} attempts in progress or started again in a day; submitting one makes room`, async () => {
    const { api } = app.browser({}, { ip: "10.20.0.1" });
    await api.auth.practiseAlone({ displayName: "Many Starts" });
    const ids: number[] = [];
    for (let i = 0; i < MAX_OPEN_ATTEMPTS; i++)
      ids.push(
        (await api.attempts.start({ scenarioId: "complaint-faulty-kettle", restart: true })).attemptId,
      );
    expect(new Set(ids).size).toBe(MAX_OPEN_ATTEMPTS);
    expect(
      await errorCode(api.attempts.start({ scenarioId: "complaint-faulty-kettle", restart: true })),
    ).toBe("CONFLICT");
    await api.attempts.submit({ attemptId: ids.at(-1)! });
    await api.attempts.start({ scenarioId: "complaint-faulty-kettle" });
  }, 60_000);

  it("anonymous changes to the demo CRM are limited per client; another client still can", async () => {
    const visitor = app.caller({}, { ip: "10.20.0.2" });
    const note = { workspace: {}, customerRef: "CUS-0001", text: "A visitor's note" };
    for (let i = 0; i < RATE_LIMITS.demoWritesIp.limit; i++) await visitor.crm.addNote(note);
    expect(await errorCode(visitor.crm.addNote(note))).toBe("TOO_MANY_REQUESTS");
    await app.caller({}, { ip: "10.20.0.3" }).crm.addNote(note);
  }, 60_000);

  it("an anonymous caller gets the same answer for an attempt that exists and one that does not", async () => {
    const { api } = app.browser({}, { ip: "10.20.0.4" });
    await api.auth.practiseAlone({ displayName: "Probe Target" });
    const { attemptId } = await api.attempts.start({ scenarioId: "complaint-faulty-kettle" });
    const anonymous = app.caller({}, { ip: "10.20.0.5" });
    const existing = await errorCode(
      anonymous.crm.getCustomer({ workspace: { attemptId }, customerRef: "CUS-2041" }),
    );
    const missing = await errorCode(
      anonymous.crm.getCustomer({ workspace: { attemptId: 999_999 }, customerRef: "CUS-2041" }),
    );
    expect(existing).toBe(missing);
  });

  it("refuses due dates in the far future (year 275760)", async () => {
    const { api } = app.browser({}, { ip: "10.20.0.6" });
    await api.auth.tutorSignUp({
      email: "bounds@college.example",
      name: "Bounds Tutor",
      password: "a long enough password",
    });
    await api.auth.tutorSignIn({ email: "bounds@college.example", password: "a long enough password" });
    const klass = await api.classes.create({ name: "Bounds" });
    expect(
      await errorCode(
        api.assignments.create({
          classId: klass.id,
          scenarioId: "complaint-faulty-kettle",
          dueAt: new Date(8.64e15),
        }),
      ),
    ).toBe("BAD_REQUEST");
    expect(
      await errorCode(
        api.assignments.create({
          classId: klass.id,
          scenarioId: "complaint-faulty-kettle",
          dueAt: "9999-12-31",
        }),
      ),
    ).toBe("BAD_REQUEST");
  });
});
