/**
 * Tutor accounts (probe, session 36): no two tutors on a server go by names that read alike, since
 * learners joining a class know it by its tutor's name; and signing in ends the tutor session the
 * browser held. A file (and so a database and sign-up allowance) of its own: its sign-ups would
 * otherwise use up auth.test.ts's server-wide allowance of new accounts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/server/auth/passwords";
import type { SessionData } from "@/server/auth/session";
import { createTestApp, errorCode, type TestApp } from "@/server/test-support/test-app";

let app: TestApp;
beforeAll(() => {
  app = createTestApp();
});
afterAll(() => app.close());

function browser(session: SessionData = {}, opts: { ip?: string } = {}) {
  const { api, session: store } = app.browser(session, opts);
  return { auth: api.auth, classes: api.classes, session: store };
}

const PASSWORD = "correct horse battery";
let counter = 0;
function fresh() {
  counter += 1;
  return { email: `names${counter}@college.example`, ip: `10.36.0.${counter}` };
}

async function signUp(name = `Priya Shah ${counter + 1}`) {
  const { email, ip } = fresh();
  const caller = browser({}, { ip });
  await caller.auth.tutorSignUp({ email, name, password: PASSWORD });
  await caller.auth.tutorSignIn({ email, password: PASSWORD });
  return { caller, email, ip, name };
}

describe("tutors' names", () => {
  it("refuses a second tutor whose name reads like another tutor's, beside the name field, whether or not the email has an account", async () => {
    const ama = await signUp("Ama Mensah");
    const rowsBefore = (await app.store.db.select().from(app.store.t.tutors)).length;
    // Case, spacing, a full stop, "rn" for "m", a Cyrillic А, fullwidth letters, a title in front.
    const lookalikes = [
      "ama mensah",
      "AMA   MENSAH.",
      "Arna Mensah",
      "\u0410ma Mensah",
      "\uFF21\uFF4D\uFF41 \uFF2D\uFF45\uFF4E\uFF53\uFF41\uFF48",
      "Ms Ama Mensah",
      "Dr. Ama Mensah",
      "Mrs Ama-Mensah",
    ];
    for (const name of lookalikes) {
      for (const email of [fresh().email, ama.email]) {
        const device = browser({}, { ip: fresh().ip });
        let caught: unknown;
        await device.auth
          .tutorSignUp({ email, name, password: "another long password" })
          .catch((error: unknown) => {
            caught = error;
          });
        const cause = (caught as { cause?: { field?: string; message?: string } } | undefined)?.cause;
        expect((caught as { code?: string } | undefined)?.code, `${name} (${email})`).toBe("CONFLICT");
        expect(cause?.field).toBe("name");
        expect(cause?.message).toMatch(
          /^Another tutor on this server already goes by “.+” or a name that reads the same\./,
        );
        expect(cause?.message).not.toContain("@");
        expect(device.session.current).toEqual({});
      }
    }
    expect((await app.store.db.select().from(app.store.t.tutors)).length).toBe(rowsBefore);
    // The owner's password is untouched and a different name is a different tutor.
    await browser({}, { ip: fresh().ip }).auth.tutorSignIn({ email: ama.email, password: PASSWORD });
    for (const name of ["Ama K Osei", "Ama Mensah-Brown", "Ama Mensa"]) await signUp(name);
  });

  it("five sign-ups under one name at the same moment make one account", async () => {
    const tries = Array.from({ length: 5 }, () => {
      const { email, ip } = fresh();
      return browser({}, { ip }).auth.tutorSignUp({ email, name: "Rosa Quint", password: PASSWORD });
    });
    const outcomes = await Promise.allSettled(tries);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.filter((o) => o.status === "rejected") as PromiseRejectedResult[];
    expect(refused.map((o) => (o.reason as { code: string }).code)).toEqual(Array(4).fill("CONFLICT"));
    const named = (await app.store.db.select().from(app.store.t.tutors)).filter(
      (r) => r.name === "Rosa Quint",
    );
    expect(named).toHaveLength(1);
  });

  it("tutors who already shared a name before the check keep it and sign in; a third is refused", async () => {
    const { t, db } = app.store;
    const passwordHash = await hashPassword(PASSWORD);
    const emails = [fresh().email, fresh().email];
    await db.insert(t.tutors).values([
      { email: emails[0]!, name: "Lee Twin", passwordHash },
      { email: emails[1]!, name: "LEE TWIN", passwordHash },
    ]);
    for (const email of emails) {
      const device = browser({}, { ip: fresh().ip });
      expect((await device.auth.tutorSignIn({ email, password: PASSWORD })).email).toBe(email);
      expect((await device.classes.create({ name: "Twin class" })).joinCode).toBeTruthy();
    }
    expect(
      await errorCode(
        browser({}, { ip: fresh().ip }).auth.tutorSignUp({
          email: fresh().email,
          name: "Lee Twin",
          password: PASSWORD,
        }),
      ),
    ).toBe("CONFLICT");
  });
});

describe("sign-in", () => {
  it("signing in again in a browser ends the tutor session it held: a copy of the old cookie stops working", async () => {
    const first = await signUp();
    const second = await signUp();
    for (const account of [first, second]) {
      const device = browser({}, { ip: fresh().ip });
      await device.auth.tutorSignIn({ email: first.email, password: PASSWORD });
      const copy = { ...device.session.current };
      expect((await browser(copy).auth.me()).kind).toBe("tutor");
      await device.auth.tutorSignIn({ email: account.email, password: PASSWORD });
      expect(device.session.current.tutorSession).not.toBe(copy.tutorSession);
      expect(await browser({ ...device.session.current }).auth.me()).toMatchObject({ email: account.email });
      expect((await browser(copy).auth.me()).kind, `after signing in as ${account.email}`).toBe("anonymous");
    }
  });
});

// Probe, session 47: nothing bounded one tutor's live sessions (60 sign-ins from one client in 5 s, all live).
describe("live sessions", () => {
  it("one tutor has at most 20 at once: a sign-in beyond them ends the oldest, saying so; the 20 newest work", async () => {
    const { email } = await signUp();
    const devices = [];
    for (let i = 0; i < 21; i++) {
      const device = browser({}, { ip: fresh().ip });
      await device.auth.tutorSignIn({ email, password: PASSWORD });
      devices.push(device);
    }
    // The account's first browser (signUp's) and the next are the oldest two of 22.
    const [oldest, ...rest] = devices;
    expect(await browser({ ...oldest!.session.current }).auth.me()).toMatchObject({
      kind: "anonymous",
      tutorSignedOut: expect.stringContaining("signed in on 20 other browsers since"),
    });
    for (const device of rest)
      expect((await browser({ ...device.session.current }).auth.me()).kind).toBe("tutor");
    // Signing out everywhere still ends every one of them.
    await browser({ ...rest[0]!.session.current }).auth.signOutEverywhere();
    for (const device of rest)
      expect((await browser({ ...device.session.current }).auth.me()).kind).toBe("anonymous");
  });
});
