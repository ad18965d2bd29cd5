/**
 * Text holding U+0000 is refused as bad input on both engines (init.ts): PostgreSQL cannot store it in
 * a text column and answered 500, SQLite stored it. Runs in both runs (BOTH_ENGINES).
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, errorCode, type TestApp } from "@/server/test-support/test-app";

let app: TestApp;
beforeAll(() => {
  app = createTestApp();
});
afterAll(() => app.close());

async function signedInTutor() {
  const { api, session } = app.browser({}, { ip: "10.40.0.1" });
  await api.auth.tutorSignUp({
    email: "nul@college.example",
    name: "Nia Tutor",
    password: "a long enough password",
  });
  await api.auth.tutorSignIn({ email: "nul@college.example", password: "a long enough password" });
  return { api, tutorId: session.current.tutorId! };
}

describe("text holding the NUL character", () => {
  it("is refused (400) and stores nothing, however deep in the input it is", async () => {
    const { api: tutor, tutorId } = await signedInTutor();
    expect(await errorCode(tutor.classes.create({ name: "Level 3\u0000 Tuesday" }))).toBe("BAD_REQUEST");
    const { t, db } = app.store;
    expect(await db.select().from(t.classes).where(eq(t.classes.tutorId, tutorId))).toEqual([]);

    const klass = await tutor.classes.create({ name: "Level 3 Tuesday" });
    const { api: learner } = app.browser({}, { ip: "10.40.0.2" });
    await learner.auth.joinClass({ code: klass.joinCode!, displayName: "Nell" });
    const { attemptId } = await learner.attempts.start({ scenarioId: "complaint-faulty-kettle" });
    const before = (await learner.attempts.get({ attemptId })).events.length;
    const action = { type: "add_note" as const, customerRef: "CUS-2041", text: "Called\u0000 twice" };
    expect(await errorCode(learner.attempts.act({ attemptId, clientId: "nul-note-1", action }))).toBe(
      "BAD_REQUEST",
    );
    expect((await learner.attempts.get({ attemptId })).events).toHaveLength(before);
    // The same text without it is taken.
    await learner.attempts.act({
      attemptId,
      clientId: "nul-note-2",
      action: { ...action, text: "Called twice" },
    });
    expect((await learner.attempts.get({ attemptId })).events.length).toBeGreaterThan(before);
  });
});
