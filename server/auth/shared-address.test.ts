/**
 * A college's public address is shared by every class behind it, and by anyone else there. The limits
 * on new learners and new attempts from one address (rate-limit.ts) must not let someone without a join
 * code use up a class's allowance: 100 "practise alone" names in a few seconds used to refuse every
 * class's joins from that address for 10 minutes, and 300 practice starts every class's new attempts
 * (probe, session 33). Practice and each class are counted apart (classPool).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classPool, countHit, RATE_LIMITS } from "@/server/auth/rate-limit";
import { createTestApp, errorCode, type TestApp } from "@/server/test-support/test-app";

let app: TestApp;
let tutor: ReturnType<TestApp["browser"]>;

beforeAll(async () => {
  app = createTestApp();
  tutor = app.browser({}, { ip: "10.31.250.1" });
  await tutor.api.auth.tutorSignUp({
    email: "shared@college.example",
    name: "Sam Shared",
    password: "correct horse battery",
  });
  await tutor.api.auth.tutorSignIn({ email: "shared@college.example", password: "correct horse battery" });
});
afterAll(() => app.close());

/** Uses up all of a rule's allowance for a subject, as that many real calls would. */
async function useUp(rule: (typeof RATE_LIMITS)[keyof typeof RATE_LIMITS], subject: string) {
  for (let i = 0; i < rule.limit; i++) await countHit(app.store, rule, subject, new Date());
}

describe("one address shared by a college", () => {
  it("practising alone until refused there does not stop a class joining from it; a class's own flood stops only that class", async () => {
    const college = "10.31.0.1";
    await useUp(RATE_LIMITS.newLearnerIp, college);
    expect(
      await errorCode(app.caller({}, { ip: college }).auth.practiseAlone({ displayName: "One More" })),
    ).toBe("TOO_MANY_REQUESTS");
    const a = await tutor.api.classes.create({ name: "Shared A" });
    const b = await tutor.api.classes.create({ name: "Shared B" });
    const joined = await app
      .caller({}, { ip: college })
      .auth.joinClass({ code: a.joinCode!, displayName: "Real Learner" });
    expect(joined.how).toBe("new");

    // Someone with class A's code making names until refused: class A is refused, class B still joins.
    await useUp(RATE_LIMITS.newLearnerIp, `${classPool(a.id)}${college}`);
    expect(
      await errorCode(
        app.caller({}, { ip: college }).auth.joinClass({ code: a.joinCode!, displayName: "Another A" }),
      ),
    ).toBe("TOO_MANY_REQUESTS");
    await app.caller({}, { ip: college }).auth.joinClass({ code: b.joinCode!, displayName: "Bea B" });
  });

  it("practice attempts started until refused there do not stop a class's learners starting from it", async () => {
    const college = "10.31.0.2";
    const klass = await tutor.api.classes.create({ name: "Shared C" });
    const learner = app.browser({}, { ip: college });
    await learner.api.auth.joinClass({ code: klass.joinCode!, displayName: "Cal C" });
    const practising = app.browser({}, { ip: college });
    await practising.api.auth.practiseAlone({ displayName: "Practice Pat" });

    await useUp(RATE_LIMITS.attemptStartIp, college);
    await useUp(RATE_LIMITS.attemptStartNetwork, college);
    expect(await errorCode(practising.api.attempts.start({ scenarioId: "complaint-faulty-kettle" }))).toBe(
      "TOO_MANY_REQUESTS",
    );
    const started = await learner.api.attempts.start({ scenarioId: "complaint-faulty-kettle" });
    expect(started.resumed).toBe(false);

    // The class's own allowance, used up, refuses the class's learners (a new attempt, not carrying on).
    await useUp(RATE_LIMITS.attemptStartIp, `${classPool(klass.id)}${college}`);
    expect(await errorCode(learner.api.attempts.start({ scenarioId: "complaint-returns-desk" }))).toBe(
      "TOO_MANY_REQUESTS",
    );
    expect((await learner.api.attempts.start({ scenarioId: "complaint-faulty-kettle" })).attemptId).toBe(
      started.attemptId,
    );
  });
});
