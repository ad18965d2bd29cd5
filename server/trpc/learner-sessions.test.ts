/**
 * A learner's cookie carries a random session token whose hash is on their row (server/data/learners.ts),
 * so whoever has the cookie key (a leaked SESSION_SECRET, the key file in a backup) still cannot seal a
 * cookie that passes as a learner: ids are sequential and session versions start at 1, so a cookie of
 * id and version alone could be made for anyone. OWASP Session Management Cheat Sheet (session IDs
 * must be unpredictable, from a CSPRNG, with at least 64 bits of entropy) and ASVS 4.0 V3.2.2 / V3.3.1.
 * Learners from before tokens keep their place: their old cookie is swapped once for a token.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionData } from "@/server/auth/session";
import { createTestApp, errorCode, type TestApp } from "@/server/test-support/test-app";

let app: TestApp;
let tutor: ReturnType<TestApp["browser"]>;
let code: string;
let ipCounter = 0;

beforeAll(async () => {
  app = createTestApp();
  tutor = app.browser({}, { ip: "10.9.0.1" });
  await tutor.api.auth.tutorSignUp({
    email: "sessions@college.example",
    name: "Tess Tutor",
    password: "correct horse battery",
  });
  await tutor.api.auth.tutorSignIn({ email: "sessions@college.example", password: "correct horse battery" });
  const klass = await tutor.api.classes.create({ name: "Sessions class" });
  code = klass.joinCode!;
});
afterAll(() => app.close());

const nextIp = () => `10.9.1.${++ipCounter}`;

async function join(displayName: string) {
  const device = app.browser({}, { ip: nextIp() });
  await device.api.auth.joinClass({ code, displayName });
  return device;
}

async function row(learnerId: number) {
  const { t, db } = app.store;
  const [found] = await db.select().from(t.learners).where(eq(t.learners.id, learnerId));
  return found!;
}

/** What another browser holding exactly this cookie is. */
const withCookie = (session: SessionData) => app.browser(session, { ip: nextIp() });

describe("a learner's session token", () => {
  it("is random, in the cookie only: the database keeps its SHA-256", async () => {
    const ann = await join("Ann Token");
    const { learnerId, learnerSession } = ann.session.current;
    expect(learnerSession).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(ann.session.current.learnerVersion).toBeUndefined();
    const stored = await row(learnerId!);
    expect(stored.sessionHash).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(stored.sessionHash).not.toBe(learnerSession);
    expect(stored.legacySessionUntil).toBeNull();
    expect(await withCookie(ann.session.current).api.auth.me()).toMatchObject({
      kind: "learner",
      displayName: "Ann Token",
    });
  });

  it("cannot be made with the cookie key alone: id and session version, or another learner's token, are refused", async () => {
    const ben = await join("Ben Forged");
    const cal = await join("Cal Forged");
    const benId = ben.session.current.learnerId!;
    const { sessionVersion } = await row(benId);
    // What a cookie used to hold: anyone with the key could seal this for any id.
    const forged = withCookie({ learnerId: benId, learnerVersion: sessionVersion });
    expect(await forged.api.auth.me()).toMatchObject({ kind: "anonymous", learnerAccessEnded: true });
    expect(await errorCode(forged.api.assignments.mine())).toBe("UNAUTHORIZED");
    // Cal's own token with Ben's id.
    const swapped = withCookie({ learnerId: benId, learnerSession: cal.session.current.learnerSession });
    expect(await errorCode(swapped.api.assignments.mine())).toBe("UNAUTHORIZED");
    // A made-up token.
    const guessed = withCookie({ learnerId: benId, learnerSession: "A".repeat(43) });
    expect(await errorCode(guessed.api.assignments.mine())).toBe("UNAUTHORIZED");
    expect((await ben.api.assignments.mine()).length).toBeGreaterThanOrEqual(0);
  });

  it("stops working when the learner signs out, and when the tutor resets or removes them", async () => {
    const dee = await join("Dee Ends");
    const copy = { ...dee.session.current };
    await dee.api.auth.signOut();
    expect(await errorCode(withCookie(copy).api.assignments.mine())).toBe("UNAUTHORIZED");
    expect((await row(copy.learnerId!)).sessionHash).toBeNull();

    const eve = await join("Eve Reset");
    const eveCookie = { ...eve.session.current };
    await tutor.api.classes.resetLearnerAccess({ learnerId: eveCookie.learnerId! });
    expect(await errorCode(withCookie(eveCookie).api.assignments.mine())).toBe("UNAUTHORIZED");
    expect((await row(eveCookie.learnerId!)).sessionHash).toBeNull();

    const fay = await join("Fay Removed");
    const fayCookie = { ...fay.session.current };
    await tutor.api.classes.removeLearner({ learnerId: fayCookie.learnerId! });
    expect(await errorCode(withCookie(fayCookie).api.assignments.mine())).toBe("UNAUTHORIZED");
  });

  it("is new each time the learner gets in: a token from before a reset does not come back with the record", async () => {
    const gus = await join("Gus Again");
    const before = gus.session.current.learnerSession;
    const { reclaimCode } = await tutor.api.classes.resetLearnerAccess({
      learnerId: gus.session.current.learnerId!,
    });
    const again = app.browser({}, { ip: nextIp() });
    await again.api.auth.joinClass({ code, displayName: "Gus Again", reclaimCode });
    expect(again.session.current.learnerId).toBe(gus.session.current.learnerId);
    expect(again.session.current.learnerSession).not.toBe(before);
    expect(await errorCode(gus.api.assignments.mine())).toBe("UNAUTHORIZED");
  });

  it("is never accepted for a tutor's preview learner", async () => {
    const { t, db } = app.store;
    const [preview] = await db
      .insert(t.learners)
      .values({
        classId: null,
        displayName: "Tess Tutor (preview)",
        previewTutorId: tutor.session.current.tutorId!,
      })
      .returning({ id: t.learners.id, sessionVersion: t.learners.sessionVersion });
    // Even inside a legacy window (which the migration never gives preview rows).
    await db
      .update(t.learners)
      .set({ legacySessionUntil: new Date(Date.now() + 86_400_000) })
      .where(eq(t.learners.id, preview!.id));
    const forged = withCookie({ learnerId: preview!.id, learnerVersion: preview!.sessionVersion });
    expect((await forged.api.auth.me()).kind).toBe("anonymous");
  });
});

describe("a learner from before session tokens (migration 0005 gave them a 31-day window)", () => {
  async function legacyLearner(displayName: string, until: Date) {
    const device = await join(displayName);
    const learnerId = device.session.current.learnerId!;
    const { t, db } = app.store;
    // As the migration leaves a learner who joined before tokens.
    await db
      .update(t.learners)
      .set({ sessionHash: null, legacySessionUntil: until })
      .where(eq(t.learners.id, learnerId));
    const { sessionVersion } = await row(learnerId);
    // As the HTTP layer reads it: the old seal was made (renewed) just now.
    const cookie = { learnerId, learnerVersion: sessionVersion, legacySealedAt: Date.now() };
    return { learnerId, cookie: cookie satisfies SessionData };
  }

  it("keeps their place: the old cookie is swapped for a token on first use, and never works again", async () => {
    const { learnerId, cookie } = await legacyLearner("Hal Legacy", new Date(Date.now() + 86_400_000));
    const device = withCookie(cookie);
    expect(await device.api.auth.me()).toMatchObject({ kind: "learner", displayName: "Hal Legacy" });
    expect(device.session.current).toEqual({ learnerId, learnerSession: expect.any(String) });
    const stored = await row(learnerId);
    expect(stored.sessionHash).not.toBeNull();
    // The device carries on with its new cookie…
    expect(await device.api.auth.me()).toMatchObject({ kind: "learner" });
    // …the page's other requests sent with the old cookie at the same moment still get in, for a minute…
    expect(stored.legacySessionUntil!.getTime() - Date.now()).toBeLessThanOrEqual(60_000);
    expect(await withCookie(cookie).api.auth.me()).toMatchObject({ kind: "learner" });
    // …and from then on the old cookie (or a forged copy of it) is refused.
    const later = app.browser(cookie, { ip: nextIp(), now: () => new Date(Date.now() + 61_000) });
    expect(await errorCode(later.api.assignments.mine())).toBe("UNAUTHORIZED");
  });

  it("is refused after the window, or with a session version a reset has moved past", async () => {
    const late = await legacyLearner("Ida Late", new Date(Date.now() - 1_000));
    expect(await errorCode(withCookie(late.cookie).api.assignments.mine())).toBe("UNAUTHORIZED");
    const reset = await legacyLearner("Jo Reset", new Date(Date.now() + 86_400_000));
    await tutor.api.classes.resetLearnerAccess({ learnerId: reset.learnerId });
    expect(await errorCode(withCookie(reset.cookie).api.assignments.mine())).toBe("UNAUTHORIZED");
    expect((await row(reset.learnerId)).legacySessionUntil).toBeNull();
  });

  it("the page's requests with the same old cookie at once all get in; one token is written", async () => {
    const { learnerId, cookie } = await legacyLearner("Kit Twice", new Date(Date.now() + 86_400_000));
    const a = withCookie(cookie);
    const b = withCookie(cookie);
    const c = withCookie(cookie);
    const answers = await Promise.all([a.api.auth.me(), b.api.auth.me(), c.api.auth.me()]);
    expect(answers.map((x) => x.kind)).toEqual(["learner", "learner", "learner"]);
    const tokens = [a, b, c].map((d) => d.session.current.learnerSession).filter(Boolean);
    expect(tokens).toHaveLength(1);
    const holder = withCookie({ learnerId, learnerSession: tokens[0] });
    expect(await holder.api.auth.me()).toMatchObject({ kind: "learner" });
  });
});
