/**
 * A tutor's session runs out after TUTOR_IDLE_MINUTES (120) without the tutor's own activity, and 30
 * days after sign-in however active (server/auth/tutor-sessions.ts); the refusal and auth.me say why.
 * Through the real procedures on a real database, with the clock and the page's idle hint given.
 */
import Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setBusyTimeout } from "@/db/client";
import { memorySessionStore, type SessionData } from "@/server/auth/session";
import { REQUEST_BUSY_TIMEOUT_MS } from "@/server/data/app-database";
import { createTestApp, type SqliteTestApp } from "@/server/test-support/test-app";
import { IDLE_HEADER as CLIENT_IDLE_HEADER } from "@/lib/trpc/activity";
import { IDLE_HEADER, idleHint } from "./idle-hint";
import { createCallerFactory } from "./init";
import { appRouter } from "./root";
import { refusal } from "@/server/test-support/refusal";
import { tutorName } from "@/server/test-support/tutor-names";

const createCaller = createCallerFactory(appRouter);
const MINUTE = 60_000;
const PASSWORD = "correct horse battery";

let app: SqliteTestApp;
beforeAll(() => {
  app = createTestApp({ engine: "sqlite" });
  setBusyTimeout(app.db.$client, REQUEST_BUSY_TIMEOUT_MS);
});
afterAll(() => app.close());

let counter = 0;
/** A tutor signed in at `start`, and a way to make requests from that browser at any time. */
async function signedIn(start: Date) {
  counter += 1;
  const email = `idle${counter}@college.example`;
  const ip = `10.7.0.${counter}`;
  const session = memorySessionStore();
  const at = (time: Date, idleMs?: number) =>
    createCaller({ store: app.store, session, ip, now: () => time, idleMs });
  await at(start).auth.tutorSignUp({ email, name: tutorName("Idle Tutor"), password: PASSWORD });
  await at(start).auth.tutorSignIn({ email, password: PASSWORD });
  return { at, session, after: (minutes: number) => new Date(start.getTime() + minutes * MINUTE) };
}

describe("the idle sign-out of tutors", () => {
  it("ends a session left alone for two hours, and the refusal and auth.me say why", async () => {
    const t = await signedIn(new Date("2026-12-01T09:00:00Z"));
    expect((await t.at(t.after(119)).auth.me()).kind).toBe("tutor");
    // Active at 09:00 and 10:59: signed in until 12:59, not after.
    expect((await t.at(t.after(119 + 119)).auth.me()).kind).toBe("tutor");
    const late = t.after(119 + 119 + 121);
    const me = await t.at(late).auth.me();
    expect(me).toMatchObject({ kind: "anonymous", learnerAccessEnded: false });
    expect(me.kind === "anonymous" && me.tutorSignedOut).toMatch(
      /^You were signed out as a tutor after 2 hours without activity/,
    );
    expect(await refusal(t.at(late).classes.list())).toEqual({
      code: "UNAUTHORIZED",
      message: expect.stringMatching(/signed out as a tutor after 2 hours without activity/),
    });
  });

  it("keeps an active tutor signed in all day", async () => {
    const t = await signedIn(new Date("2026-12-01T08:00:00Z"));
    for (let minutes = 0; minutes <= 10 * 60; minutes += 100)
      expect((await t.at(t.after(minutes)).classes.list()).active).toEqual([]);
  });

  it("a page refreshing itself is not activity: its idle hint lets the session run out", async () => {
    const t = await signedIn(new Date("2026-12-01T09:00:00Z"));
    // The results grid polls every few seconds with nobody at the computer (checked here every 10 minutes).
    for (let minutes = 10; minutes < 120; minutes += 10)
      expect((await t.at(t.after(minutes), minutes * MINUTE).classes.list()).active).toEqual([]);
    expect((await refusal(t.at(t.after(121), 121 * MINUTE).classes.list())).code).toBe("UNAUTHORIZED");
  });

  it("a touch of the page counts: a hint of a minute ago keeps the session", async () => {
    const t = await signedIn(new Date("2026-12-01T09:00:00Z"));
    await t.at(t.after(100), MINUTE).classes.list();
    expect((await t.at(t.after(200), 100 * MINUTE).auth.me()).kind).toBe("tutor");
    expect((await t.at(t.after(220), 120 * MINUTE).auth.me()).kind).toBe("anonymous");
  });

  it("ends a session 30 days after sign-in however active, saying so", async () => {
    const t = await signedIn(new Date("2026-11-01T09:00:00Z"));
    let minutes = 0;
    for (; minutes < 30 * 24 * 60 - 100; minutes += 100)
      expect((await t.at(t.after(minutes)).auth.me()).kind).toBe("tutor");
    const me = await t.at(t.after(30 * 24 * 60 + 1)).auth.me();
    expect(me.kind === "anonymous" && me.tutorSignedOut).toMatch(/because you signed in 30 days ago/);
  });

  it("a session made before the idle rule (a 30-day deadline) ends: its owner signs in again once, told why", async () => {
    const start = new Date("2026-12-01T09:00:00Z");
    const t = await signedIn(start);
    const { t: tables, db } = app.store;
    await db
      .update(tables.tutorSessions)
      .set({ expiresAt: new Date(start.getTime() + 30 * 86_400_000) })
      .where(eq(tables.tutorSessions.tutorId, t.session.current.tutorId!));
    const me = await t.at(t.after(5)).auth.me();
    expect(me.kind === "anonymous" && me.tutorSignedOut).toMatch(/because this server was updated/);
  });

  it("a session ended elsewhere says so", async () => {
    const t = await signedIn(new Date("2026-12-01T09:00:00Z"));
    const copy: SessionData = { ...t.session.current };
    await t.at(t.after(1)).auth.signOutEverywhere();
    const other = createCaller({
      store: app.store,
      session: memorySessionStore(copy),
      ip: "10.7.1.1",
      now: () => t.after(2),
    });
    const me = await other.auth.me();
    expect(me.kind === "anonymous" && me.tutorSignedOut).toMatch(/Your tutor session has ended/);
  });

  it("a database that cannot take the touch (write lock held elsewhere) still answers the tutor", async () => {
    const t = await signedIn(new Date("2026-12-01T09:00:00Z"));
    const other = new Database(app.file);
    other.exec("BEGIN IMMEDIATE");
    try {
      expect((await t.at(t.after(60)).classes.list()).active).toEqual([]);
    } finally {
      other.exec("COMMIT");
      other.close();
    }
    // The touch was lost, so the session runs to 11:00 from sign-in, as if the tutor had not been there.
    expect((await t.at(t.after(119)).auth.me()).kind).toBe("tutor");
  });
});

describe("the idle hint", () => {
  it("has one header name on the client and the server", () => {
    expect(CLIENT_IDLE_HEADER).toBe(IDLE_HEADER);
  });

  it("reads whole milliseconds only", () => {
    expect(idleHint("0")).toBe(0);
    expect(idleHint(" 1500 ")).toBe(1500);
    for (const bad of [null, undefined, "", "-5", "1e9", "12.5", "soon", "1234567890123"])
      expect(idleHint(bad)).toBeUndefined();
  });
});
