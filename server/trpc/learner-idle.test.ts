/**
 * A learner's device is signed out after LEARNER_IDLE_MINUTES (default 30 days) without the learner's
 * own use of the app (server/auth/learner-idle.ts); the refusal and auth.me say why, for the join page.
 * Through the real procedures on a real database (both engines), with the clock and the idle hint given.
 */
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { memorySessionStore, type SessionData } from "@/server/auth/session";
import { createTestApp, type TestApp } from "@/server/test-support/test-app";
import { createCallerFactory } from "./init";
import { appRouter } from "./root";
import { refusal } from "@/server/test-support/refusal";

const createCaller = createCallerFactory(appRouter);
const MINUTE = 60_000;
const DAY = 1440 * MINUTE;
const PASSWORD = "correct horse battery";

let app: TestApp;
let code: string;
const start = new Date("2026-12-01T09:00:00Z");

beforeAll(async () => {
  app = createTestApp();
  const tutor = createCaller({
    store: app.store,
    session: memorySessionStore(),
    ip: "10.6.0.1",
    now: () => start,
  });
  await tutor.auth.tutorSignUp({
    email: "learner-idle@college.example",
    name: "Ida Tutor",
    password: PASSWORD,
  });
  await tutor.auth.tutorSignIn({ email: "learner-idle@college.example", password: PASSWORD });
  code = (await tutor.classes.create({ name: "Idle class" })).joinCode!;
});
afterAll(() => app.close());
afterEach(() => {
  delete process.env.LEARNER_IDLE_MINUTES;
});

let counter = 0;
/** A learner who joined (or started practising) at `start`, and requests from that device at any time. */
async function learner(how: "join" | "alone" = "join") {
  counter += 1;
  const session = memorySessionStore();
  const ip = `10.6.1.${counter}`;
  const at = (time: Date, idleMs?: number) =>
    createCaller({ store: app.store, session, ip, now: () => time, idleMs });
  const displayName = `Idle Learner ${counter}`;
  if (how === "join") await at(start).auth.joinClass({ code, displayName });
  else await at(start).auth.practiseAlone({ displayName });
  return { at, session, after: (ms: number) => new Date(start.getTime() + ms) };
}

async function lastUse(learnerId: number) {
  const { t, db } = app.store;
  const [row] = await db
    .select({ at: t.learners.sessionActiveAt })
    .from(t.learners)
    .where(eq(t.learners.id, learnerId));
  return row!.at;
}

describe("the idle sign-out of learners", () => {
  it("ends a device's session after 30 days without use, and the refusal and auth.me say why", async () => {
    const l = await learner();
    expect(await lastUse(l.session.current.learnerId!)).toEqual(start);
    // Used on day 29: signed in until day 59.
    expect((await l.at(l.after(29 * DAY)).auth.me()).kind).toBe("learner");
    expect((await l.at(l.after(58 * DAY)).auth.me()).kind).toBe("learner");
    const late = l.after(58 * DAY + 30 * DAY + MINUTE);
    const me = await l.at(late).auth.me();
    expect(me).toMatchObject({ kind: "anonymous", learnerAccessEnded: true });
    expect(me.kind === "anonymous" && me.learnerSignedOut).toMatch(
      /^You were signed out on this device after 30 days without using the app.*ask your tutor to reset your access/,
    );
    expect(await refusal(l.at(late).assignments.mine())).toEqual({
      code: "UNAUTHORIZED",
      message: expect.stringMatching(/signed out on this device after 30 days without using the app/),
    });
  });

  it("a learner practising alone is told to start again (no tutor can give them a code)", async () => {
    const l = await learner("alone");
    const me = await l.at(l.after(31 * DAY)).auth.me();
    expect(me.kind === "anonymous" && me.learnerSignedOut).toMatch(/start practising again/);
  });

  it("follows LEARNER_IDLE_MINUTES, at once for sessions already open", async () => {
    const l = await learner();
    expect((await l.at(l.after(5 * 60 * MINUTE)).auth.me()).kind).toBe("learner");
    process.env.LEARNER_IDLE_MINUTES = "240";
    // Last used at 14:00; four hours later the session has ended.
    expect((await l.at(l.after(9 * 60 * MINUTE - MINUTE)).auth.me()).kind).toBe("learner");
    const me = await l.at(l.after(13 * 60 * MINUTE + MINUTE)).auth.me();
    expect(me.kind === "anonymous" && me.learnerSignedOut).toMatch(/after 4 hours without using the app/);
  });

  it("a page refreshing itself is not use: its idle hint lets the session run out", async () => {
    process.env.LEARNER_IDLE_MINUTES = "120";
    const l = await learner();
    for (let minutes = 10; minutes < 120; minutes += 10)
      expect((await l.at(l.after(minutes * MINUTE), minutes * MINUTE).auth.me()).kind).toBe("learner");
    expect(await lastUse(l.session.current.learnerId!)).toEqual(start);
    expect((await refusal(l.at(l.after(121 * MINUTE), 121 * MINUTE).assignments.mine())).code).toBe(
      "UNAUTHORIZED",
    );
  });

  it("writes the time of use at most every five minutes, and only forward", async () => {
    const l = await learner();
    const id = l.session.current.learnerId!;
    await l.at(l.after(4 * MINUTE)).auth.me();
    expect(await lastUse(id)).toEqual(start);
    await l.at(l.after(6 * MINUTE)).auth.me();
    expect(await lastUse(id)).toEqual(l.after(6 * MINUTE));
    // A request whose clock is behind (another app server) does not move it back.
    await l.at(l.after(-20 * MINUTE)).auth.me();
    expect(await lastUse(id)).toEqual(l.after(6 * MINUTE));
  });

  it("only the device holding the token moves the clock; a reset ends the session as before", async () => {
    const l = await learner();
    const copy: SessionData = { ...l.session.current, learnerSession: "B".repeat(43) };
    const other = createCaller({
      store: app.store,
      session: memorySessionStore(copy),
      ip: "10.6.2.1",
      now: () => l.after(DAY),
    });
    expect((await other.auth.me()).kind).toBe("anonymous");
    expect(await lastUse(l.session.current.learnerId!)).toEqual(start);
  });

  it("a cookie from before tokens whose seal was made longer ago than the idle period is refused as idle", async () => {
    process.env.LEARNER_IDLE_MINUTES = "240";
    const l = await learner();
    const learnerId = l.session.current.learnerId!;
    const { t, db } = app.store;
    await db
      .update(t.learners)
      .set({ sessionHash: null, legacySessionUntil: new Date(Date.now() + DAY) })
      .where(eq(t.learners.id, learnerId));
    const [found] = await db
      .select({ sessionVersion: t.learners.sessionVersion })
      .from(t.learners)
      .where(eq(t.learners.id, learnerId));
    const sessionVersion = found!.sessionVersion;
    const legacy = (sealedAgo: number) =>
      createCaller({
        store: app.store,
        session: memorySessionStore({
          learnerId,
          learnerVersion: sessionVersion,
          legacySealedAt: Date.now() - sealedAgo,
        }),
        ip: "10.6.3.1",
        now: () => new Date(),
      });
    const me = await legacy(5 * 60 * MINUTE).auth.me();
    expect(me.kind === "anonymous" && me.learnerSignedOut).toMatch(/after 4 hours without using the app/);
    expect((await legacy(60 * MINUTE).auth.me()).kind).toBe("learner");
  });
});
