/**
 * Signing in, sessions, rate limits, the sealing secret, classes and joining them, through the real
 * procedures with the data layer on PostgreSQL, and with two app servers (two stores, two pools) on
 * one database: what one server counts or stores, the other sees.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgresStore, type PostgresStore } from "@/db/pg/store";
import { countHit, RATE_LIMITS } from "@/server/auth/rate-limit";
import { sessionSecret } from "@/server/auth/session-secret";
import { env } from "@/server/env";
import {
  copyToPostgres,
  type PostgresTestApp,
  postgresBrowser,
} from "@/server/test-support/test-app-postgres";
import { freshPostgresDatabase } from "@/server/test-support/postgres-database";
import { createTestApp, errorCode, type SqliteTestApp } from "@/server/test-support/test-app";
import { migratePostgres } from "@/db/pg/client";
import { tutorName } from "@/server/test-support/tutor-names";

const PASSWORD = "correct horse battery";
let app: SqliteTestApp;
let pg: PostgresTestApp;
/** A second app server on the same database. */
let other: PostgresStore;

let counter = 0;
function fresh() {
  counter += 1;
  return { email: `pg-tutor${counter}@college.example`, ip: `10.9.0.${counter}` };
}

/** Signs a new tutor up and in on `store`; returns their browser. */
async function signedInTutor(store: PostgresStore) {
  const { email, ip } = fresh();
  const browser = postgresBrowser(store, {}, { ip });
  await browser.api.auth.tutorSignUp({ email, name: tutorName("Priya Shah"), password: PASSWORD });
  await browser.api.auth.tutorSignIn({ email, password: PASSWORD });
  return { ...browser, email, ip };
}

async function learnersOf(classId: number) {
  const { t, db } = pg.store;
  return db.select().from(t.learners).where(eq(t.learners.classId, classId));
}

beforeAll(async () => {
  app = createTestApp({ engine: "sqlite" });
  pg = await copyToPostgres(app);
  other = openPostgresStore(pg.url);
});

afterAll(async () => {
  await other?.close();
  await pg?.close();
  app?.close();
});

describe("tutor sessions on PostgreSQL", () => {
  it("signs up, signs in, is recognised on either server, and signs out everywhere it was copied", async () => {
    const { api, session, email } = await signedInTutor(pg.store);
    expect(session.current.tutorSession).toBeTypeOf("string");
    expect(await api.auth.me()).toMatchObject({ kind: "tutor", email });
    // The same cookie sent to the other server: the session is a row both servers read.
    const copied = postgresBrowser(other, session.current);
    expect(await copied.api.auth.me()).toMatchObject({ kind: "tutor", email });
    await api.auth.signOut();
    expect((await copied.api.auth.me()).kind).toBe("anonymous");
    expect(await errorCode(copied.api.classes.list())).toBe("UNAUTHORIZED");
  });

  it("changing the password ends the other sessions and keeps this one", async () => {
    const first = await signedInTutor(pg.store);
    const second = postgresBrowser(other, {}, { ip: first.ip });
    await second.api.auth.tutorSignIn({ email: first.email, password: PASSWORD });
    const { otherSessionsEnded } = await first.api.auth.changePassword({
      currentPassword: PASSWORD,
      newPassword: "a different horse battery",
    });
    expect(otherSessionsEnded).toBe(1);
    expect((await second.api.auth.me()).kind).toBe("anonymous");
    expect(await first.api.auth.me()).toMatchObject({ kind: "tutor", mustChangePassword: false });
    const { ended } = await first.api.auth.signOutEverywhere();
    expect(ended).toBe(1);
  });
});

describe("rate limits shared by two app servers", () => {
  it("counts wrong passwords sent to both servers in one window, and refuses past the limit", async () => {
    const { email, ip } = await signedInTutor(pg.store);
    const servers = [pg.store, other];
    const codes: string[] = [];
    const limit = RATE_LIMITS.signInAccountIp.limit;
    for (let i = 0; i <= limit; i++) {
      const { api } = postgresBrowser(servers[i % 2]!, {}, { ip });
      codes.push(await errorCode(api.auth.tutorSignIn({ email, password: "not the password" })));
    }
    // Five wrong tries are free whichever server took them; the sixth is refused (alone, each
    // server would have counted three).
    expect(codes.slice(0, limit)).toEqual(Array(limit).fill("UNAUTHORIZED"));
    expect(codes[limit]).toBe("TOO_MANY_REQUESTS");
    // The right password is still accepted (others' guesses only slow it), and clears this client's count.
    const { api, session } = postgresBrowser(other, {}, { ip });
    await api.auth.tutorSignIn({ email, password: PASSWORD });
    expect(session.current.tutorId).toBeTypeOf("number");
  });

  it("loses no hit when both servers count the same subject at once (one atomic upsert)", async () => {
    const rule = { name: "test:race", limit: 1_000, windowMs: 60_000, what: "tries" };
    const now = new Date();
    const hits = await Promise.all(
      Array.from({ length: 40 }, (_, i) => countHit(i % 2 ? other : pg.store, rule, "subject", now)),
    );
    expect(hits.map((h) => h.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
    const { t, db } = pg.store;
    const rows = await db.select().from(t.rateLimits).where(like(t.rateLimits.key, "test:race:%"));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.count).toBe(40);
  });

  it("refuses new tutor accounts past the limit whichever server takes them", async () => {
    const ip = "10.9.9.9";
    const codes: string[] = [];
    for (let i = 0; i <= RATE_LIMITS.signUpIp.limit; i++) {
      const { api } = postgresBrowser(i % 2 ? other : pg.store, {}, { ip });
      codes.push(
        await errorCode(
          api.auth.tutorSignUp({ email: `many${i}@college.example`, name: `Many ${i}`, password: PASSWORD }),
        ).catch(() => "OK"),
      );
    }
    expect(codes.slice(0, RATE_LIMITS.signUpIp.limit)).toEqual(Array(RATE_LIMITS.signUpIp.limit).fill("OK"));
    expect(codes.at(-1)).toBe("TOO_MANY_REQUESTS");
  });
});

describe("classes and joining on PostgreSQL", () => {
  it("creates and lists classes, and learners join by code on either server", async () => {
    const tutor = await signedInTutor(pg.store);
    const made = await tutor.api.classes.create({ name: "Level 2 Customer Service" });
    expect(made.joinCode).toMatch(/^[A-Z2-9]{6}$/);
    const { active } = await tutor.api.classes.list();
    expect(active.map((c) => c.name)).toEqual(["Level 2 Customer Service"]);

    const ana = postgresBrowser(pg.store, {}, { ip: "10.9.1.1" });
    const ben = postgresBrowser(other, {}, { ip: "10.9.1.2" });
    const [a, b] = await Promise.all([
      ana.api.auth.joinClass({ code: made.joinCode!.toLowerCase(), displayName: "Ana" }),
      ben.api.auth.joinClass({ code: made.joinCode!, displayName: "Ben" }),
    ]);
    expect([a.how, b.how]).toEqual(["new", "new"]);
    expect(await ben.api.auth.me()).toMatchObject({ kind: "learner", className: "Level 2 Customer Service" });
    // The same name again, from the other server: refused as taken.
    const again = postgresBrowser(pg.store, {}, { ip: "10.9.1.3" });
    expect(await errorCode(again.api.auth.joinClass({ code: made.joinCode!, displayName: "ben" }))).toBe(
      "CONFLICT",
    );
    expect((await learnersOf(made.id)).map((l) => l.displayName).sort()).toEqual(["Ana", "Ben"]);

    // A new code, made on the other server: the old one stops working on both.
    const tutorOnOther = postgresBrowser(other, tutor.session.current);
    const renewed = await tutorOnOther.api.classes.regenerateCode({ classId: made.id });
    expect(renewed.joinCode).not.toBe(made.joinCode);
    const late = postgresBrowser(pg.store, {}, { ip: "10.9.1.4" });
    expect(await errorCode(late.api.auth.joinClass({ code: made.joinCode!, displayName: "Cal" }))).toBe(
      "NOT_FOUND",
    );
    await late.api.auth.joinClass({ code: renewed.joinCode!, displayName: "Cal" });

    // Reset on one server, reclaimed by rejoining on the other.
    const cal = (await learnersOf(made.id)).find((l) => l.displayName === "Cal")!;
    const { reclaimCode } = await tutor.api.classes.resetLearnerAccess({ learnerId: cal.id });
    expect((await late.api.auth.me()).kind).toBe("anonymous");
    const back = postgresBrowser(other, {}, { ip: "10.9.1.5" });
    expect(
      (await back.api.auth.joinClass({ code: renewed.joinCode!, displayName: "Cal", reclaimCode })).how,
    ).toBe("reclaimed");
    expect(back.session.current.learnerId).toBe(cal.id);
  });

  it("practising alone makes a learner, and signing out ends that learner's session", async () => {
    const { api, session } = postgresBrowser(pg.store, {}, { ip: "10.9.2.1" });
    expect((await api.auth.practiseAlone({ displayName: "Solo" })).how).toBe("new");
    const copied = postgresBrowser(other, session.current);
    expect(await copied.api.auth.me()).toMatchObject({
      kind: "learner",
      displayName: "Solo",
      className: null,
    });
    await api.auth.signOut();
    expect(await copied.api.auth.me()).toEqual({
      kind: "anonymous",
      learnerAccessEnded: true,
      // she left herself: no tutor reset her, and the copy is told so (session 47)
      learnerSignedOut: expect.stringMatching(/^This device is no longer signed in as you: you left on it/),
    });
  });
});

describe("the session-sealing secret", () => {
  it("is made once when two servers start together on an empty database, and is not kept in it", async () => {
    if (env().SESSION_SECRET)
      throw new Error("Unset SESSION_SECRET to run this test: it reads the generated one.");
    const url = await freshPostgresDatabase();
    const a = openPostgresStore(url);
    const b = openPostgresStore(url);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-secret-"));
    const file = path.join(dir, "session-secret");
    try {
      await migratePostgres(a.pg);
      const secrets = await Promise.all([
        ...Array.from({ length: 4 }, () => sessionSecret(a, file)),
        ...Array.from({ length: 4 }, () => sessionSecret(b, file)),
      ]);
      expect(new Set(secrets).size).toBe(1);
      expect(secrets[0]!.length).toBeGreaterThanOrEqual(32);
      // Out of the database, so out of its backups (server/auth/session-secret.ts).
      const { t, db } = a;
      expect(await db.select().from(t.appSettings)).toEqual([]);
    } finally {
      await Promise.all([a.close(), b.close()]);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("an older database's key moves out of PostgreSQL, and cookies sealed with it still open", async () => {
    if (env().SESSION_SECRET)
      throw new Error("Unset SESSION_SECRET to run this test: it reads the generated one.");
    const url = await freshPostgresDatabase();
    const a = openPostgresStore(url);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-secret-"));
    try {
      await migratePostgres(a.pg);
      const legacy = "an-older-key-kept-in-the-database-0123456789";
      const { t, db } = a;
      await db.insert(t.appSettings).values({ key: "session_secret", value: legacy });
      expect(await sessionSecret(a, path.join(dir, "session-secret"))).toBe(legacy);
      expect(await db.select().from(t.appSettings)).toEqual([]);
    } finally {
      await a.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
