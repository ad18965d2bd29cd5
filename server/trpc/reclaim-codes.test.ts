/**
 * After a tutor resets a learner's access, the record goes back only to the device that brings the
 * one-time reclaim code the tutor was given (server/data/learners.ts, server/auth/learner-entry.ts).
 * It used to go to the first device to join under the same name within the hour, so a classmate could
 * take it. OWASP ASVS 4.0 V2.5 (recovery secrets random, single-use, short-lived) and V2.2.1
 * (anti-automation against guessing).
 */
import type { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RECLAIM_MAX_WRONG_CODES } from "@/server/auth/learner-entry";
import { appRouter } from "@/server/trpc/root";
import { createTestApp, errorCode, type TestApp } from "@/server/test-support/test-app";

let app: TestApp;
let tutor: ReturnType<TestApp["browser"]>;
let ipCounter = 0;
const nextIp = () => `10.8.${Math.floor(++ipCounter / 200)}.${ipCounter % 200}`;

beforeAll(async () => {
  app = createTestApp();
  tutor = app.browser({}, { ip: "10.8.250.1" });
  await tutor.api.auth.tutorSignUp({
    email: "reclaim@college.example",
    name: "Rhea Tutor",
    password: "correct horse battery",
  });
  await tutor.api.auth.tutorSignIn({ email: "reclaim@college.example", password: "correct horse battery" });
});
afterAll(() => app.close());

async function classWith(displayName: string) {
  const klass = await tutor.api.classes.create({ name: `Class of ${displayName}` });
  const device = app.browser({}, { ip: nextIp() });
  await device.api.auth.joinClass({ code: klass.joinCode!, displayName });
  return { code: klass.joinCode!, classId: klass.id, learnerId: device.session.current.learnerId! };
}

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    const e = error as TRPCError;
    // What the page gets: the router's own error formatter (server/trpc/init.ts).
    const shape = appRouter._def._config.errorFormatter({
      error: e,
      type: "mutation",
      path: "auth.joinClass",
      input: undefined,
      ctx: undefined,
      shape: { message: e.message, code: -32600, data: { code: e.code, httpStatus: 400 } },
    }) as { data: { fieldErrors?: unknown } };
    return { code: e.code, message: e.message, fieldErrors: shape.data.fieldErrors };
  }
  throw new Error("Expected the call to fail, but it succeeded.");
}

describe("rejoining after a reset", () => {
  it("a classmate typing the same name gets nothing: the record waits for the reclaim code", async () => {
    const { code, classId, learnerId } = await classWith("Ann Owner");
    const reset = await tutor.api.classes.resetLearnerAccess({ learnerId });
    expect(reset.reclaimCode).toMatch(/^[A-HJ-NP-Z2-9]{3} [A-HJ-NP-Z2-9]{3}$/);

    const classmate = app.browser({}, { ip: nextIp() });
    const refused = await failure(classmate.api.auth.joinClass({ code, displayName: "ann owner" }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.fieldErrors).toEqual({
      reclaimCode: [
        "Your tutor has reset access for “Ann Owner” in this class. To carry on with your work, enter the reclaim code your tutor gives you. If you are not Ann Owner, use a different name.",
      ],
    });
    expect(classmate.session.current).toEqual({});
    const wrong = await failure(
      classmate.api.auth.joinClass({ code, displayName: "Ann Owner", reclaimCode: "AAA AAA" }),
    );
    expect(wrong.fieldErrors).toEqual({
      reclaimCode: [expect.stringMatching(/^That reclaim code is not right/)],
    });
    expect(classmate.session.current).toEqual({});
    expect((await tutor.api.classes.get({ classId })).learners[0]).toMatchObject({ awaitingRejoin: true });

    // Ann, with the code her tutor read out (any case, spaces or none).
    const ann = app.browser({}, { ip: nextIp() });
    const back = await ann.api.auth.joinClass({
      code,
      displayName: "Ann Owner",
      reclaimCode: reset.reclaimCode.replace(" ", "").toLowerCase(),
    });
    expect(back.how).toBe("reclaimed");
    expect(ann.session.current.learnerId).toBe(learnerId);
    expect((await tutor.api.classes.get({ classId })).learners[0]).toMatchObject({ awaitingRejoin: false });
  });

  it("a code works once, and a new reset makes the old code useless", async () => {
    const { code, learnerId } = await classWith("Bo Once");
    const first = await tutor.api.classes.resetLearnerAccess({ learnerId });
    const second = await tutor.api.classes.resetLearnerAccess({ learnerId });
    const device = app.browser({}, { ip: nextIp() });
    expect(
      (
        await failure(
          device.api.auth.joinClass({ code, displayName: "Bo Once", reclaimCode: first.reclaimCode }),
        )
      ).fieldErrors,
    ).toEqual({ reclaimCode: [expect.stringMatching(/^That reclaim code is not right/)] });
    await device.api.auth.joinClass({ code, displayName: "Bo Once", reclaimCode: second.reclaimCode });
    expect(device.session.current.learnerId).toBe(learnerId);
    // Used: the same code again (another device) is a name clash, not a second way in.
    const again = app.browser({}, { ip: nextIp() });
    expect(
      await errorCode(
        again.api.auth.joinClass({ code, displayName: "Bo Once", reclaimCode: second.reclaimCode }),
      ),
    ).toBe("CONFLICT");
    expect(again.session.current).toEqual({});
  });

  it("the code stops working after too many wrong tries from anywhere; the tutor resets again for a new one", async () => {
    const { code, classId, learnerId } = await classWith("Cy Guessed");
    const { reclaimCode } = await tutor.api.classes.resetLearnerAccess({ learnerId });
    const tries: Awaited<ReturnType<typeof failure>>[] = [];
    for (let i = 0; i < RECLAIM_MAX_WRONG_CODES; i++) {
      // Each from a new address, as a guesser with many would.
      const guesser = app.browser({}, { ip: nextIp() });
      tries.push(
        await failure(
          guesser.api.auth.joinClass({
            code,
            displayName: "Cy Guessed",
            reclaimCode: `ZZZ ZZ${"23456789"[i % 8]}`,
          }),
        ),
      );
    }
    expect(tries.slice(0, 3).map((x) => x.code)).toEqual(["BAD_REQUEST", "BAD_REQUEST", "BAD_REQUEST"]);
    // Past three, slowed and answered 429 (guarded-attempt.ts); the tenth uses the code up.
    expect(tries[3]!.code).toBe("TOO_MANY_REQUESTS");
    expect(tries.at(-1)!.fieldErrors).toEqual({
      reclaimCode: [
        "Too many wrong reclaim codes were tried for “Cy Guessed”, so the code no longer works. Ask your tutor to reset your access again: they will get a new reclaim code to give you.",
      ],
    });
    // Now even the right code is refused, with what to do.
    const cy = app.browser({}, { ip: nextIp() });
    const late = await failure(cy.api.auth.joinClass({ code, displayName: "Cy Guessed", reclaimCode }));
    expect(late.fieldErrors).toEqual({
      reclaimCode: [
        "The reclaim code for “Cy Guessed” no longer works. Ask your tutor to reset your access again: they will get a new reclaim code to give you.",
      ],
    });
    expect((await tutor.api.classes.get({ classId })).learners[0]).toMatchObject({ awaitingRejoin: false });
    const fresh = await tutor.api.classes.resetLearnerAccess({ learnerId });
    await cy.api.auth.joinClass({ code, displayName: "Cy Guessed", reclaimCode: fresh.reclaimCode });
    expect(cy.session.current.learnerId).toBe(learnerId);
  });

  it("a reset from before reclaim codes cannot be taken by name alone: the learner is told to ask for a new reset", async () => {
    const { code, classId, learnerId } = await classWith("Di Before");
    await tutor.api.classes.resetLearnerAccess({ learnerId });
    const { t, db } = app.store;
    // As migration 0006 leaves a reset made by the previous version.
    await db.update(t.learners).set({ reclaimCodeHash: null }).where(eq(t.learners.id, learnerId));
    const device = app.browser({}, { ip: nextIp() });
    const refused = await failure(device.api.auth.joinClass({ code, displayName: "Di Before" }));
    expect(refused.fieldErrors).toEqual({
      reclaimCode: [
        "The reclaim code for “Di Before” no longer works. Ask your tutor to reset your access again: they will get a new reclaim code to give you.",
      ],
    });
    expect(device.session.current).toEqual({});
    expect((await tutor.api.classes.get({ classId })).learners[0]).toMatchObject({ awaitingRejoin: false });
  });

  it("the database keeps only a hash of the code, bound to the learner", async () => {
    const { learnerId } = await classWith("Ed Hashed");
    const { reclaimCode } = await tutor.api.classes.resetLearnerAccess({ learnerId });
    const { t, db } = app.store;
    const [row] = await db.select().from(t.learners).where(eq(t.learners.id, learnerId));
    expect(row!.reclaimCodeHash).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(row)).not.toContain(reclaimCode.replace(" ", ""));
  });
});
