/**
 * One class's new learners, from every address together (ANSWER security-1, item 1): 150 joins of one
 * class from 150 addresses all went in (probe, session 41), so whoever holds a leaked code could fill a
 * roster. Now 60 new learners in 10 minutes per class and code (rate-limit.ts, newLearnerClass); the
 * tutor's class page says so, and a new code ends it. Returning learners, reclaims and other classes
 * are never held back by it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RATE_LIMITS } from "@/server/auth/rate-limit";
import { refusal } from "@/server/test-support/refusal";
import { createTestApp, errorCode, type TestApp } from "@/server/test-support/test-app";

let app: TestApp;
let tutor: ReturnType<TestApp["browser"]>;
let ip = 0;
/** Each learner on a device of their own, from an address of their own (a flood from many addresses). */
const device = () => app.browser({}, { ip: `10.43.${Math.floor(++ip / 250)}.${ip % 250}` });

beforeAll(async () => {
  app = createTestApp();
  tutor = app.browser({}, { ip: "10.43.250.1" });
  await tutor.api.auth.tutorSignUp({
    email: "cap@college.example",
    name: "Cass Capped",
    password: "correct horse battery",
  });
  await tutor.api.auth.tutorSignIn({ email: "cap@college.example", password: "correct horse battery" });
});
afterAll(() => app.close());

describe("new learners in one class", () => {
  it("the 61st new learner is refused with what to do; returning learners and another class are not", async () => {
    const { limit } = RATE_LIMITS.newLearnerClass;
    expect(limit).toBe(60);
    const flooded = await tutor.api.classes.create({ name: "Leaked code" });
    const other = await tutor.api.classes.create({ name: "Next door" });
    const code = flooded.joinCode!;
    const first = device();
    await first.api.auth.joinClass({ code, displayName: "Learner 1" });
    expect((await tutor.api.classes.get({ classId: flooded.id })).joinPausedUntil).toBeNull();
    for (let n = 2; n <= limit; n++)
      expect((await device().api.auth.joinClass({ code, displayName: `Learner ${n}` })).how).toBe("new");

    expect(await refusal(device().api.auth.joinClass({ code, displayName: `Learner ${limit + 1}` }))).toEqual(
      {
        code: "TOO_MANY_REQUESTS",
        message: "This class has had a lot of new learners in the last few minutes. Ask your tutor.",
      },
    );
    const view = await tutor.api.classes.get({ classId: flooded.id });
    expect(view.learners).toHaveLength(limit);
    const until = view.joinPausedUntil!.getTime() - Date.now();
    expect(until).toBeGreaterThan(9 * 60_000);
    expect(until).toBeLessThanOrEqual(10 * 60_000);

    // A learner already in the class comes back on their device: never counted.
    expect((await first.api.auth.joinClass({ code, displayName: "Learner 1" })).how).toBe("existing");
    // Another class of the same tutor takes new learners as before.
    expect((await device().api.auth.joinClass({ code: other.joinCode!, displayName: "Neighbour" })).how).toBe(
      "new",
    );
    expect((await tutor.api.classes.get({ classId: other.id })).joinPausedUntil).toBeNull();

    // The tutor makes a new code: the old one stops working and the class takes new learners again.
    const renewed = await tutor.api.classes.regenerateCode({ classId: flooded.id });
    expect((await tutor.api.classes.get({ classId: flooded.id })).joinPausedUntil).toBeNull();
    expect(
      (await device().api.auth.joinClass({ code: renewed.joinCode!, displayName: "Real Learner" })).how,
    ).toBe("new");
    expect(await errorCode(device().api.auth.joinClass({ code, displayName: "Spammer" }))).toBe("NOT_FOUND");
  });

  it("a reset learner reclaiming their record is not held back by the cap", async () => {
    const klass = await tutor.api.classes.create({ name: "Reclaim while capped" });
    const code = klass.joinCode!;
    const nia = device();
    await nia.api.auth.joinClass({ code, displayName: "Nia Back" });
    const niaId = nia.session.current.learnerId!;
    for (let n = 2; n <= RATE_LIMITS.newLearnerClass.limit; n++)
      await device().api.auth.joinClass({ code, displayName: `Filler ${n}` });
    expect((await tutor.api.classes.get({ classId: klass.id })).joinPausedUntil).not.toBeNull();
    const { reclaimCode } = await tutor.api.classes.resetLearnerAccess({ learnerId: niaId });
    const back = device();
    const entry = await back.api.auth.joinClass({ code, displayName: "Nia Back", reclaimCode });
    expect(entry.how).toBe("reclaimed");
    expect(back.session.current.learnerId).toBe(niaId);
  });
});
