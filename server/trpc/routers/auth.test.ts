import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { JOIN_CODE_ALPHABET } from "@/server/auth/join-codes";
import { hashPassword } from "@/server/auth/passwords";
import { addTutorUnlessTaken } from "@/server/data/tutors";
import type { SessionData } from "@/server/auth/session";
import { createTestApp, errorCode, type TestApp } from "@/server/test-support/test-app";
import { displayNameSchema } from "./auth";

let app: TestApp;
beforeAll(() => {
  app = createTestApp();
});
afterAll(() => app.close());

/** One browser (the shared test app's): the real procedures, with its cookie jar in `session.current`. */
function browser(session: SessionData = {}, opts: { ip?: string; now?: () => Date } = {}) {
  const { api, session: store } = app.browser(session, opts);
  return { auth: api.auth, classes: api.classes, assignments: api.assignments, session: store };
}

const PASSWORD = "correct horse battery";
let emailCounter = 0;
/** A fresh address (and IP) per test, so rate-limit windows from other tests never interfere. */
function fresh() {
  emailCounter += 1;
  return { email: `tutor${emailCounter}@college.example`, ip: `10.0.0.${emailCounter}` };
}

/** Each tutor under a name of their own unless a test names one (no two tutors may read alike). */
async function signUp(name?: string) {
  const { email, ip } = fresh();
  name ??= `Priya Shah ${emailCounter}`;
  const caller = browser({}, { ip });
  await caller.auth.tutorSignUp({ email, name, password: PASSWORD });
  // Sign-up does not sign in (it must not reveal whether the email had an account): the page signs in next.
  await caller.auth.tutorSignIn({ email, password: PASSWORD });
  return { caller, email, ip, name, tutorId: caller.session.current.tutorId! };
}

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return { code: (error as { code: string }).code, message: (error as Error).message };
  }
  throw new Error("Expected the call to fail, but it succeeded.");
}

describe("auth.me", () => {
  it("is anonymous without a session", async () => {
    expect(await browser().auth.me()).toEqual({ kind: "anonymous", learnerAccessEnded: false });
  });

  it("ignores a session naming a tutor that does not exist", async () => {
    expect((await browser({ tutorId: 99_999 }).auth.me()).kind).toBe("anonymous");
  });
});

describe("tutor sign-up", () => {
  const saved = process.env.ALLOW_TUTOR_SIGNUP;
  afterEach(() => {
    if (saved === undefined) delete process.env.ALLOW_TUTOR_SIGNUP;
    else process.env.ALLOW_TUTOR_SIGNUP = saved;
  });

  it("creates an account with an argon2id hash, then the tutor signs in with it", async () => {
    const { email, ip } = fresh();
    const caller = browser({}, { ip });
    const result = await caller.auth.tutorSignUp({
      email: `  ${email.toUpperCase()} `,
      name: "  Priya   Shah ",
      password: PASSWORD,
    });
    expect(result).toEqual({ email, next: "sign-in" });
    // Signing up does not sign in: a session (a cookie) would tell that the email was new.
    expect(caller.session.current).toEqual({});
    await caller.auth.tutorSignIn({ email, password: PASSWORD });
    expect(caller.session.current.tutorId).toBeTypeOf("number");
    expect(await caller.auth.me()).toEqual({
      kind: "tutor",
      name: "Priya Shah",
      email,
      mustChangePassword: false,
      // TUTOR_IDLE_MINUTES's default: the page warns before the idle sign-out (WCAG 2.2.1), as early
      // as the touch step makes the sign-out possible (server/auth/tutor-sessions.ts TOUCH_STEP_MS).
      idleMinutes: 120,
      touchStepMinutes: 5,
    });
    const row = (await app.store.db.select().from(app.store.t.tutors)).find((r) => r.email === email)!;
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(PASSWORD);
  });

  it("answers a sign-up for an existing email exactly like a new one, and changes nothing", async () => {
    const { email } = await signUp("Original Owner");
    const before = (await app.store.db.select().from(app.store.t.tutors)).find((r) => r.email === email)!;
    const attacker = browser({}, { ip: fresh().ip });
    const again = await attacker.auth.tutorSignUp({
      email: email.toUpperCase(),
      name: "Someone",
      password: "another long password",
    });
    const newcomer = await browser({}, { ip: fresh().ip }).auth.tutorSignUp({
      email: fresh().email,
      name: "Someone New",
      password: "another long password",
    });
    expect(Object.keys(again)).toEqual(Object.keys(newcomer));
    expect(again).toEqual({ email, next: "sign-in" });
    expect(attacker.session.current).toEqual({});
    const after = (await app.store.db.select().from(app.store.t.tutors)).find((r) => r.email === email)!;
    expect(after).toEqual(before);
    // The attacker's password does not open the account; the owner's still does.
    expect(
      await errorCode(
        browser({}, { ip: fresh().ip }).auth.tutorSignIn({ email, password: "another long password" }),
      ),
    ).toBe("UNAUTHORIZED");
    await browser({}, { ip: fresh().ip }).auth.tutorSignIn({ email, password: PASSWORD });
  });

  it("re-hashes an old bcrypt hash with argon2id at the next sign-in", async () => {
    const { email, tutorId } = await signUp();
    const bcrypt = (await import("bcryptjs")).default;
    const { t, db } = app.store;
    await db
      .update(t.tutors)
      .set({ passwordHash: await bcrypt.hash(PASSWORD, 4) })
      .where(eq(t.tutors.id, tutorId));
    const device = browser({}, { ip: fresh().ip });
    await device.auth.tutorSignIn({ email, password: PASSWORD });
    const row = (await app.store.db.select().from(app.store.t.tutors)).find((r) => r.id === tutorId)!;
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    await browser({}, { ip: fresh().ip }).auth.tutorSignIn({ email, password: PASSWORD });
    expect(
      await errorCode(
        browser({}, { ip: fresh().ip }).auth.tutorSignIn({ email, password: "not the password" }),
      ),
    ).toBe("UNAUTHORIZED");
  });

  it("validates email, name and password (at least 15 characters, at most 128)", async () => {
    const caller = browser({}, { ip: fresh().ip });
    const ok = { email: fresh().email, name: "Sam", password: PASSWORD };
    expect(await errorCode(caller.auth.tutorSignUp({ ...ok, email: "not-an-email" }))).toBe("BAD_REQUEST");
    expect(await errorCode(caller.auth.tutorSignUp({ ...ok, name: "   " }))).toBe("BAD_REQUEST");
    expect(await errorCode(caller.auth.tutorSignUp({ ...ok, name: "x".repeat(81) }))).toBe("BAD_REQUEST");
    expect(await errorCode(caller.auth.tutorSignUp({ ...ok, password: "short pw" }))).toBe("BAD_REQUEST");
    expect(await errorCode(caller.auth.tutorSignUp({ ...ok, password: "é".repeat(129) }))).toBe(
      "BAD_REQUEST",
    );
    expect((await failure(caller.auth.tutorSignUp({ ...ok, password: "é".repeat(129) }))).message).toMatch(
      /at most 128 characters/,
    );
    expect(await errorCode(caller.auth.tutorSignUp({ ...ok, password: 1234567890 as never }))).toBe(
      "BAD_REQUEST",
    );
    const short = await failure(caller.auth.tutorSignUp({ ...ok, password: "short pw" }));
    expect(short.message).toContain("at least 15 characters");
    // Fourteen characters, the old rule's pass: refused now (NIST SP 800-63B-4 §3.1.1.2).
    expect((await failure(caller.auth.tutorSignUp({ ...ok, password: "kettle lantern" }))).message).toMatch(
      /at least 15 characters.*Three ordinary words/,
    );
  });

  // Probe, session 40: a ten-character first guess passed the length rule (server/auth/passwords.ts).
  // Session 41: zxcvbn-ts reads it now (server/auth/password-strength.ts), with the tutor's own email
  // and name given to it, and the refusal says why and what to choose instead.
  it("refuses a password a guesser tries first, at sign-up and at a change, the account's own address and name included", async () => {
    const email = fresh().email;
    const caller = browser({}, { ip: fresh().ip });
    const own = /too easy to guess: it uses your own name or email address/;
    for (const [password, why] of [
      ["123456789012345", /too easy to guess: it is a common password/],
      ["Password1234567!", /too easy to guess: it is one common word or name with numbers or symbols added/],
      [email, own],
      [`${email.split("@")[0]}.2026.2026`, own],
      ["SamiraOkafor2026!", own],
    ] as const) {
      const refused = await failure(caller.auth.tutorSignUp({ email, name: "Samira Okafor", password }));
      expect(refused.code, password).toBe("BAD_REQUEST");
      expect(refused.message, password).toMatch(why);
      expect(refused.message, password).toContain("three or four ordinary words");
    }
    const { caller: tutor, email: tutorEmail, name } = await signUp();
    for (const [newPassword, why] of [
      ["qwertyuiopasdfgh", /keys on the keyboard|common password/],
      [tutorEmail, own],
      [`${name.replaceAll(" ", "")}!!!!!!`, own],
      ["ten chars!", /at least 15 characters/],
    ] as const) {
      const change = await failure(tutor.auth.changePassword({ currentPassword: PASSWORD, newPassword }));
      expect(change.message, newPassword).toMatch(why);
    }
    // A long passphrase of the tutor's own goes through.
    await tutor.auth.changePassword({
      currentPassword: PASSWORD,
      newPassword: "marmalade orbit kettle lantern",
    });
  });

  it("can be switched off with ALLOW_TUTOR_SIGNUP=false", async () => {
    process.env.ALLOW_TUTOR_SIGNUP = "false";
    const caller = browser({}, { ip: fresh().ip });
    expect(await caller.auth.options()).toEqual({ tutorSignUp: false });
    expect(
      await errorCode(caller.auth.tutorSignUp({ email: fresh().email, name: "Sam", password: PASSWORD })),
    ).toBe("FORBIDDEN");
    delete process.env.ALLOW_TUTOR_SIGNUP;
    expect(await caller.auth.options()).toEqual({ tutorSignUp: true });
  });

  // Probe, session 43: judging a new password (zxcvbn, 50-140 ms of the one thread) counted against
  // nothing when it refused, so one anonymous POST of 20 batched weak sign-ups cost 1.4-2.0 s of
  // processor time, without end. Now 30 checks per address in 15 minutes, counted before the check.
  it("counts new passwords tried from one address before judging them: past 30 in 15 minutes, sign-up and change are 429", async () => {
    const ip = fresh().ip;
    const now = new Date();
    const weak = "Password1234567!";
    const { caller: tutor } = await signUp();
    const sameAddress = browser({}, { ip, now: () => now });
    for (let i = 0; i < 30; i++) {
      const refused = await failure(
        sameAddress.auth.tutorSignUp({ email: fresh().email, name: "Samira Okafor", password: weak }),
      );
      expect(refused.code, `try ${i + 1}`).toBe("BAD_REQUEST");
    }
    // The 31st is refused before it is judged, a strong one too, and says when to try again.
    const past = await failure(
      sameAddress.auth.tutorSignUp({
        email: fresh().email,
        name: "Samira Okafor",
        password: "marmalade orbit kettle lantern",
      }),
    );
    expect(past.code).toBe("TOO_MANY_REQUESTS");
    expect(past.message).toMatch(/Too many new passwords tried/);
    // A signed-in tutor changing their password from that address is counted with it.
    const change = app.browser(tutor.session.current, { ip, now: () => now }).api.auth;
    expect(
      await errorCode(
        change.changePassword({ currentPassword: PASSWORD, newPassword: "lantern orbit kettle jam" }),
      ),
    ).toBe("TOO_MANY_REQUESTS");
    // Another address is not: its weak password is judged and refused for what it is.
    expect(
      await errorCode(
        browser({}, { ip: fresh().ip, now: () => now }).auth.tutorSignUp({
          email: fresh().email,
          name: "Samira Okafor",
          password: weak,
        }),
      ),
    ).toBe("BAD_REQUEST");
    // And after the window the address is judged again.
    const later = new Date(now.getTime() + 15 * 60_000 + 1);
    expect(
      await errorCode(
        browser({}, { ip, now: () => later }).auth.tutorSignUp({
          email: fresh().email,
          name: "Samira Okafor",
          password: weak,
        }),
      ),
    ).toBe("BAD_REQUEST");
  }, 60_000);
});

describe("tutor sign-in and sign-out", () => {
  it("a password set under the old 10-character rule still signs in (15 is asked only of new ones)", async () => {
    const { email, ip } = fresh();
    const passwordHash = await hashPassword("ten chars!");
    await addTutorUnlessTaken(app.store, { email, name: `Old Rule ${emailCounter}`, passwordHash });
    const device = browser({}, { ip });
    expect((await device.auth.tutorSignIn({ email, password: "ten chars!" })).email).toBe(email);
    expect((await device.auth.me()).kind).toBe("tutor");
  });

  it("signs in with the right password, and out again", async () => {
    const { email, ip } = await signUp("Tom Reid");
    const device = browser({}, { ip });
    expect(await device.auth.tutorSignIn({ email: email.toUpperCase(), password: PASSWORD })).toEqual({
      name: "Tom Reid",
      email,
      mustChangePassword: false,
    });
    expect((await device.auth.me()).kind).toBe("tutor");
    await device.auth.signOut();
    expect(device.session.current).toEqual({});
    expect((await device.auth.me()).kind).toBe("anonymous");
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    const { email, ip } = await signUp();
    const wrong = await failure(
      browser({}, { ip }).auth.tutorSignIn({ email, password: "not the password" }),
    );
    const unknown = await failure(
      browser({}, { ip }).auth.tutorSignIn({ email: "nobody@college.example", password: PASSWORD }),
    );
    expect(wrong.code).toBe("UNAUTHORIZED");
    expect(unknown).toEqual(wrong);
  });

  it("replaces a learner session on the same device", async () => {
    const { email, ip } = await signUp();
    const device = browser({ learnerId: 12345, learnerVersion: 1 }, { ip });
    await device.auth.tutorSignIn({ email, password: PASSWORD });
    expect(device.session.current.learnerId).toBeUndefined();
  });

  it("rejects malformed input", async () => {
    const caller = browser({}, { ip: fresh().ip });
    expect(await errorCode(caller.auth.tutorSignIn({ email: "", password: PASSWORD }))).toBe("BAD_REQUEST");
    expect(await errorCode(caller.auth.tutorSignIn({ email: "a@b.example", password: "" }))).toBe(
      "BAD_REQUEST",
    );
    expect(
      await errorCode(caller.auth.tutorSignIn({ email: "a@b.example", password: "x".repeat(201) })),
    ).toBe("BAD_REQUEST");
    expect(
      await errorCode(caller.auth.tutorSignIn({ email: ["a@b.example"] as never, password: PASSWORD })),
    ).toBe("BAD_REQUEST");
  });
});

describe("sign-in rate limit", () => {
  it("after 5 wrong passwords for one email and address, wrong ones get 429 (across processes) but the right one still signs in", async () => {
    const { email, ip } = await signUp();
    const start = new Date();
    for (let i = 0; i < 5; i++) {
      expect(
        await errorCode(
          browser({}, { ip, now: () => start }).auth.tutorSignIn({ email, password: `wrong ${i}` }),
        ),
      ).toBe("UNAUTHORIZED");
    }
    const sixth = await failure(
      browser({}, { ip, now: () => start }).auth.tutorSignIn({ email, password: "wrong again" }),
    );
    expect(sixth.code).toBe("TOO_MANY_REQUESTS");
    expect(sixth.message).toMatch(
      /Too many wrong passwords\. Please wait 15 minutes and try again \(after \d\d:\d\d\)\./,
    );

    // A second connection to the same database, like another server process: the count holds.
    const otherProcess = app.anotherProcess();
    try {
      const elsewhere = otherProcess.caller({}, { ip, now: () => new Date(start.getTime() + 60_000) });
      expect(await errorCode(elsewhere.auth.tutorSignIn({ email, password: "still wrong" }))).toBe(
        "TOO_MANY_REQUESTS",
      );
    } finally {
      await otherProcess.close();
    }

    // The right password is never refused for wrong ones: from the same address, and from another.
    const owner = browser({}, { ip, now: () => start });
    await owner.auth.tutorSignIn({ email, password: PASSWORD });
    expect(owner.session.current.tutorId).toBeTypeOf("number");
    await browser({}, { ip: fresh().ip, now: () => start }).auth.tutorSignIn({ email, password: PASSWORD });
  });

  it("31 wrong passwords for one account from 31 addresses slow every try down but do not lock the owner out", async () => {
    const { email } = await signUp();
    const start = new Date();
    for (let i = 1; i <= 30; i++) {
      expect(
        await errorCode(
          browser({}, { ip: `10.66.${i}.1`, now: () => start }).auth.tutorSignIn({
            email,
            password: `guess ${i}`,
          }),
        ),
      ).toBe("UNAUTHORIZED");
    }
    expect(
      await errorCode(
        browser({}, { ip: "10.66.31.1", now: () => start }).auth.tutorSignIn({ email, password: "guess 31" }),
      ),
    ).toBe("TOO_MANY_REQUESTS");
    const owner = browser({}, { ip: "10.66.99.1", now: () => start });
    await owner.auth.tutorSignIn({ email, password: PASSWORD });
    expect((await owner.auth.me()).kind).toBe("tutor");
  });

  it("a successful sign-in clears the failures for that email and address", async () => {
    const { email, ip } = await signUp();
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 4; i++) {
        expect(
          await errorCode(browser({}, { ip }).auth.tutorSignIn({ email, password: "wrong password" })),
        ).toBe("UNAUTHORIZED");
      }
      await browser({}, { ip }).auth.tutorSignIn({ email, password: PASSWORD });
    }
  });

  it("allows 20 attempts per address across different emails, then blocks", async () => {
    const ip = fresh().ip;
    const now = new Date();
    for (let i = 0; i < 20; i++) {
      expect(
        await errorCode(
          browser({}, { ip, now: () => now }).auth.tutorSignIn({
            email: `guess${i}@college.example`,
            password: "wrong password",
          }),
        ),
      ).toBe("UNAUTHORIZED");
    }
    expect(
      await errorCode(
        browser({}, { ip, now: () => now }).auth.tutorSignIn({
          email: "guess99@college.example",
          password: "wrong password",
        }),
      ),
    ).toBe("TOO_MANY_REQUESTS");
  }, 60_000);

  it("stores neither the email nor the address in the rate-limit table", async () => {
    const { email, ip } = await signUp();
    await errorCode(browser({}, { ip }).auth.tutorSignIn({ email, password: "wrong password" }));
    const keys = (await app.store.db.select().from(app.store.t.rateLimits)).map((r) => r.key).join("\n");
    expect(keys).not.toContain(email);
    expect(keys).not.toContain(ip);
  });
});

describe("joining a class", () => {
  async function classWithCode() {
    const tutor = await signUp();
    const klass = await tutor.caller.classes.create({ name: "Level 3 Customer Service" });
    return { tutor, klass, code: klass.joinCode! };
  }

  it("makes codes of 6 unambiguous characters", async () => {
    const { code } = await classWithCode();
    expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
    expect(code).not.toMatch(/[01OI]/);
  });

  it("joins with a code (any case, spaces allowed) and a display name only", async () => {
    const { code, tutor } = await classWithCode();
    const learner = browser({}, { ip: fresh().ip });
    const typed = `${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`;
    const joined = await learner.auth.joinClass({ code: typed, displayName: "  Aisha  B " });
    expect(joined).toEqual({
      learner: {
        displayName: "Aisha B",
        className: "Level 3 Customer Service",
        tutorName: tutor.name,
        classSetUpAt: expect.any(Date),
      },
      how: "new",
    });
    expect(learner.session.current).toMatchObject({
      learnerId: expect.any(Number),
      learnerSession: expect.any(String),
    });
    expect(learner.session.current.tutorId).toBeUndefined();
    expect(await learner.auth.me()).toMatchObject({
      kind: "learner",
      displayName: "Aisha B",
      className: "Level 3 Customer Service",
      // The learner's idle period and touch step (server/auth/learner-idle.ts), for the page's warning.
      idleMinutes: 43_200,
      touchStepMinutes: 5,
    });
  });

  it("tells two classes of one name apart by their tutor's name, never their email", async () => {
    const [a, b] = [await signUp("Ian Reid"), await signUp("Maya Osei")];
    const codeA = (await a.caller.classes.create({ name: "Year 12 Retail" })).joinCode!;
    const codeB = (await b.caller.classes.create({ name: "Year 12 Retail" })).joinCode!;
    const ann = browser({}, { ip: fresh().ip });
    const bea = browser({}, { ip: fresh().ip });
    const joinedA = await ann.auth.joinClass({ code: codeA, displayName: "Ann" });
    const joinedB = await bea.auth.joinClass({ code: codeB, displayName: "Bea" });
    expect(joinedA.learner).toMatchObject({ className: "Year 12 Retail", tutorName: "Ian Reid" });
    expect(joinedB.learner).toMatchObject({ className: "Year 12 Retail", tutorName: "Maya Osei" });
    expect(await ann.auth.me()).toMatchObject({ className: "Year 12 Retail", tutorName: "Ian Reid" });
    expect(await bea.auth.me()).toMatchObject({ className: "Year 12 Retail", tutorName: "Maya Osei" });
    const setUp = (await bea.auth.me()) as { classSetUpAt: Date };
    expect(Math.abs(setUp.classSetUpAt.getTime() - Date.now())).toBeLessThan(60_000);
    // The same device coming back gets the same label.
    expect((await ann.auth.joinClass({ code: codeA, displayName: "Ann" })).learner.tutorName).toBe(
      "Ian Reid",
    );
    for (const answer of [joinedA, joinedB, await ann.auth.me(), await bea.auth.me()])
      for (const email of [a.email, b.email]) expect(JSON.stringify(answer)).not.toContain(email);
  });

  it("returns the same learner when the same device joins the same class again", async () => {
    const { code, klass } = await classWithCode();
    const device = browser({}, { ip: fresh().ip });
    await device.auth.joinClass({ code, displayName: "Ben" });
    const firstId = device.session.current.learnerId;
    // The same name (case aside); another name is someone else at this computer (shared-computer.test.ts).
    const again = await device.auth.joinClass({ code, displayName: "BEN" });
    expect(again.how).toBe("existing");
    expect(again.learner.displayName).toBe("Ben");
    expect(device.session.current.learnerId).toBe(firstId);
    expect(
      (await app.store.db.select().from(app.store.t.learners)).filter((l) => l.classId === klass.id),
    ).toHaveLength(1);
  });

  it("refuses a name someone in the class already has, ignoring case", async () => {
    const { code } = await classWithCode();
    await browser({}, { ip: fresh().ip }).auth.joinClass({ code, displayName: "Chloe" });
    const clash = await failure(
      browser({}, { ip: fresh().ip }).auth.joinClass({ code, displayName: "CHLOE" }),
    );
    expect(clash.code).toBe("CONFLICT");
    expect(clash.message).toContain("reset your access");
  });

  it("three devices joining at the same moment under one name make one learner, not three", async () => {
    const { code, tutor, klass } = await classWithCode();
    const answers = await Promise.all(
      [1, 2, 3].map(() =>
        browser({}, { ip: fresh().ip })
          .auth.joinClass({ code, displayName: "Dana" })
          .then(
            (joined) => joined.how,
            (error: { code: string }) => error.code,
          ),
      ),
    );
    expect(answers.sort()).toEqual(["CONFLICT", "CONFLICT", "new"]);
    const view = await tutor.caller.classes.get({ classId: klass.id });
    expect(view.learners.map((l) => l.displayName)).toEqual(["Dana"]);
  });

  it("reads a name as it prints: characters that print as nothing neither make a second “Chloe” nor a blank name", async () => {
    const { code, tutor, klass } = await classWithCode();
    await browser({}, { ip: fresh().ip }).auth.joinClass({ code, displayName: "Chloe" });
    // Soft hyphen, combining grapheme joiner, Mongolian vowel separator, a tag character, a variation selector.
    // Noncharacters and a lone surrogate (not text at all; XML cannot hold them, so the workbook export broke).
    for (const lookalike of [
      "Chlo\u00ADe",
      "C\u034Fhloe",
      "Chloe\u180E",
      "Chloe\u{E0041}",
      "Chloe\uFE00",
      "Chloe\uFFFE",
      "Chl\uFFFFoe",
      "Chloe\uFDD0",
      "Chloe\uD800",
    ]) {
      const clash = await failure(
        browser({}, { ip: fresh().ip }).auth.joinClass({ code, displayName: lookalike }),
      );
      expect(clash.code, JSON.stringify(lookalike)).toBe("CONFLICT");
    }
    // Hangul fillers and a bidi isolate: nothing visible is left.
    for (const blank of ["\u3164", "\u115F\u1160", "\uFFA0 \u2066"]) {
      expect(
        await errorCode(browser({}, { ip: fresh().ip }).auth.joinClass({ code, displayName: blank })),
        JSON.stringify(blank),
      ).toBe("BAD_REQUEST");
    }
    // The same but for punctuation is her name too (probe, session 48); an accent makes another name (below).
    for (const lookalike of ["Chloe.", "Chloe!", "“Chloe”", "Chloe -"]) {
      const clash = await failure(
        browser({}, { ip: fresh().ip }).auth.joinClass({ code, displayName: lookalike }),
      );
      expect(clash.code, JSON.stringify(lookalike)).toBe("CONFLICT");
    }
    // Accents and emoji are kept.
    const zoe = await browser({}, { ip: fresh().ip }).auth.joinClass({ code, displayName: "Zoë 🙂" });
    expect(zoe.learner.displayName).toBe("Zoë 🙂");
    const view = await tutor.caller.classes.get({ classId: klass.id });
    expect(view.learners.map((l) => l.displayName).sort()).toEqual(["Chloe", "Zoë 🙂"]);
  });

  it("a letter swapped for its twin from another alphabet cannot make a second “Ann” (UTS #39 mixed script); names in one alphabet join", async () => {
    const { code, tutor, klass } = await classWithCode();
    await browser({}, { ip: fresh().ip }).auth.joinClass({ code, displayName: "Ann Lee" });
    // A Cyrillic А, a Greek Α, Armenian ո for n, a Cyrillic е in the surname.
    for (const lookalike of ["\u0410nn Lee", "\u0391nn Lee", "A\u0578\u0578 Lee", "Ann L\u0435e"]) {
      const refused = await failure(
        browser({}, { ip: fresh().ip }).auth.joinClass({ code, displayName: lookalike }),
      );
      expect(refused, JSON.stringify(lookalike)).toEqual({
        code: "BAD_REQUEST",
        message: expect.stringMatching(
          /mixes (Latin and (Cyrillic|Greek|Armenian)|Cyrillic and Latin|Greek and Latin|Armenian and Latin) letters in one word/,
        ),
      });
    }
    // Practising alone follows the same rule.
    expect(
      await errorCode(browser({}, { ip: fresh().ip }).auth.practiseAlone({ displayName: "\u0410nn" })),
    ).toBe("BAD_REQUEST");
    // Whole names in one alphabet, and different alphabets in different words, are names.
    for (const name of ["Анна Петрова", "Αθηνά", "Zoë O’Brien-Smith", "李 Li", "Ann Петрова"]) {
      const joined = await browser({}, { ip: fresh().ip }).auth.joinClass({ code, displayName: name });
      expect(joined.how, name).toBe("new");
    }
    const view = await tutor.caller.classes.get({ classId: klass.id });
    expect(view.learners.map((l) => l.displayName)).toContain("Ann Lee");
    expect(view.learners).toHaveLength(6);
  });

  it("a name that prints like a classmate's, in another alphabet or with digits for letters, is refused as taken beside the name field (UTS #39 skeleton)", async () => {
    const { code, tutor, klass } = await classWithCode();
    for (const name of ["Popa", "John", "Ian Cole"])
      await browser({}, { ip: fresh().ip }).auth.joinClass({ code, displayName: name });
    // Cyrillic Р о р а; a zero for the o; a capital I written as a small L, or as a one.
    for (const [lookalike, of] of [
      ["\u0420\u043E\u0440\u0430", "Popa"],
      ["J0hn", "John"],
      ["j0hn", "John"],
      ["lan Cole", "Ian Cole"],
      ["1an Cole", "Ian Cole"],
    ] as const) {
      const device = browser({}, { ip: fresh().ip });
      let caught: unknown;
      await device.auth.joinClass({ code, displayName: lookalike }).catch((error: unknown) => {
        caught = error;
      });
      const cause = (caught as { cause?: { field?: string; message?: string } } | undefined)?.cause;
      expect((caught as { code?: string } | undefined)?.code, `${lookalike} beside ${of}`).toBe("CONFLICT");
      expect(cause?.field).toBe("displayName");
      expect(cause?.message).toBe(
        `“${lookalike}” looks the same as the name of someone already in this class, so your tutor could not tell you apart. Add an initial (for example “${lookalike} K”), or type your name another way.`,
      );
      expect(device.session.current).toEqual({});
    }
    // The same name in another case is still told as the same name.
    expect(
      (await failure(browser({}, { ip: fresh().ip }).auth.joinClass({ code, displayName: "JOHN" }))).message,
    ).toMatch(/^Someone in this class is already called “JOHN”/);
    // Names that only share letters, or that differ by an accent, are different names.
    for (const name of ["Jon", "Popa K", "Ian Colé", "Popa2"]) {
      const joined = await browser({}, { ip: fresh().ip })
        .auth.joinClass({ code, displayName: name })
        .catch((error: unknown) => error);
      expect((joined as { how?: string }).how ?? (joined as Error).message, name).toBe("new");
    }
    const view = await tutor.caller.classes.get({ classId: klass.id });
    expect(view.learners.map((l) => l.displayName).sort()).toEqual(
      ["Ian Cole", "Ian Colé", "John", "Jon", "Popa", "Popa K", "Popa2"].sort(),
    );
  });

  it("refuses an unknown code, a closed code and an archived class", async () => {
    const { code, klass, tutor } = await classWithCode();
    const ip = fresh().ip;
    const unknownCode = code === "AAAAAA" ? "BBBBBB" : "AAAAAA";
    expect(
      await errorCode(browser({}, { ip }).auth.joinClass({ code: unknownCode, displayName: "Dev" })),
    ).toBe("NOT_FOUND");
    expect(await errorCode(browser({}, { ip }).auth.joinClass({ code: "O0I1", displayName: "Dev" }))).toBe(
      "NOT_FOUND",
    );

    await tutor.caller.classes.setJoinOpen({ classId: klass.id, open: false });
    const closed = await failure(browser({}, { ip }).auth.joinClass({ code, displayName: "Dev" }));
    expect(closed.code).toBe("FORBIDDEN");
    expect(closed.message).toContain("not letting new learners join");

    await tutor.caller.classes.setJoinOpen({ classId: klass.id, open: true });
    await tutor.caller.classes.archive({ classId: klass.id });
    expect(await errorCode(browser({}, { ip }).auth.joinClass({ code, displayName: "Dev" }))).toBe(
      "FORBIDDEN",
    );
  });

  it("rate-limits wrong codes: 10 in 10 minutes per address, then wrong ones get 429, but a right code still joins", async () => {
    const { code } = await classWithCode();
    const ip = fresh().ip;
    const now = new Date();
    const wrong = code === "ZZZZZZ" ? "YYYYYY" : "ZZZZZZ";
    for (let i = 0; i < 10; i++) {
      expect(
        await errorCode(
          browser({}, { ip, now: () => now }).auth.joinClass({ code: wrong, displayName: "Eve" }),
        ),
      ).toBe("NOT_FOUND");
    }
    const blocked = await failure(
      browser({}, { ip, now: () => now }).auth.joinClass({ code: wrong, displayName: "Eve" }),
    );
    expect(blocked.code).toBe("TOO_MANY_REQUESTS");
    expect(blocked.message).toMatch(/Please wait 10 minutes and try again/);
    // The guesser's address does not lock out a learner with the right code behind the same address.
    const joined = await browser({}, { ip, now: () => now }).auth.joinClass({ code, displayName: "Eve" });
    expect(joined.how).toBe("new");
  });

  it("wrong codes from many addresses only slow wrong tries: the server-wide count never refuses a right code", async () => {
    const { code } = await classWithCode();
    const now = new Date();
    const wrong = code === "ZZZZZZ" ? "YYYYYY" : "ZZZZZZ";
    // Fill the server-wide window as if from many addresses (each address's own allowance is 10).
    for (let i = 0; i < 301; i++) {
      await errorCode(
        browser({}, { ip: `10.77.${i >> 8}.${i & 255}`, now: () => now }).auth.joinClass({
          code: wrong,
          displayName: "Forger",
        }),
      );
    }
    expect(
      await errorCode(
        browser({}, { ip: "10.78.0.1", now: () => now }).auth.joinClass({
          code: wrong,
          displayName: "Forger",
        }),
      ),
    ).toBe("TOO_MANY_REQUESTS");
    const joined = await browser({}, { ip: "10.78.0.2", now: () => now }).auth.joinClass({
      code,
      displayName: "Real Learner",
    });
    expect(joined.how).toBe("new");
  }, 60_000);

  it("does not count successful joins against the code-guessing limit: a class behind one address can all join", async () => {
    const { code, klass, tutor } = await classWithCode();
    const ip = fresh().ip;
    for (let i = 1; i <= 30; i++)
      await browser({}, { ip }).auth.joinClass({ code, displayName: `Learner ${i}` });
    const view = await tutor.caller.classes.get({ classId: klass.id });
    expect(view.learners).toHaveLength(30);
  });

  it("validates the display name and code", async () => {
    const { code } = await classWithCode();
    const caller = browser({}, { ip: fresh().ip });
    expect(await errorCode(caller.auth.joinClass({ code, displayName: "" }))).toBe("BAD_REQUEST");
    expect(await errorCode(caller.auth.joinClass({ code, displayName: " \u200B  " }))).toBe("BAD_REQUEST");
    expect(await errorCode(caller.auth.joinClass({ code, displayName: "x".repeat(41) }))).toBe("BAD_REQUEST");
    expect(await errorCode(caller.auth.joinClass({ code, displayName: 42 as never }))).toBe("BAD_REQUEST");
    expect(await errorCode(caller.auth.joinClass({ code: "", displayName: "Fay" }))).toBe("BAD_REQUEST");
    expect(await errorCode(caller.auth.joinClass({ code: "x".repeat(21), displayName: "Fay" }))).toBe(
      "BAD_REQUEST",
    );
    expect(await errorCode(caller.auth.joinClass({ displayName: "Fay" } as never))).toBe("BAD_REQUEST");
  });

  it("asks a signed-in tutor to sign out before joining as a learner", async () => {
    const { code, tutor } = await classWithCode();
    expect(await errorCode(tutor.caller.auth.joinClass({ code, displayName: "Tutor" }))).toBe("CONFLICT");
    expect(await errorCode(tutor.caller.auth.practiseAlone({ displayName: "Tutor" }))).toBe("CONFLICT");
  });
});

describe("practising alone", () => {
  it("creates a learner with no class, and the same device keeps it", async () => {
    const device = browser({}, { ip: fresh().ip });
    const first = await device.auth.practiseAlone({ displayName: "Gita" });
    expect(first).toEqual({ learner: { displayName: "Gita", className: null }, how: "new" });
    const id = device.session.current.learnerId;
    expect(await device.auth.me()).toMatchObject({
      kind: "learner",
      displayName: "Gita",
      classId: null,
      className: null,
    });
    const again = await device.auth.practiseAlone({ displayName: "gita" });
    expect(again).toEqual({ learner: { displayName: "Gita", className: null }, how: "existing" });
    expect(device.session.current.learnerId).toBe(id);
    expect(await device.assignments.mine()).toEqual([]);
  });

  it("refuses to drop a class session by accident", async () => {
    const tutor = await signUp();
    const klass = await tutor.caller.classes.create({ name: "Apprentices" });
    const device = browser({}, { ip: fresh().ip });
    await device.auth.joinClass({ code: klass.joinCode!, displayName: "Hal" });
    expect(await errorCode(device.auth.practiseAlone({ displayName: "Hal" }))).toBe("CONFLICT");
  });

  it("validates the display name", async () => {
    const caller = browser({}, { ip: fresh().ip });
    expect(await errorCode(caller.auth.practiseAlone({ displayName: "   " }))).toBe("BAD_REQUEST");
    expect(await errorCode(caller.auth.practiseAlone({ displayName: "y".repeat(41) }))).toBe("BAD_REQUEST");
    expect(await errorCode(caller.auth.practiseAlone({} as never))).toBe("BAD_REQUEST");
  });
});

describe("revocable tutor sessions", () => {
  it("signing out ends the session on the server: a copy of the cookie stops working", async () => {
    const { caller } = await signUp();
    const copy = browser({ ...caller.session.current });
    expect((await copy.auth.me()).kind).toBe("tutor");
    await caller.auth.signOut();
    expect((await copy.auth.me()).kind).toBe("anonymous");
    expect(await errorCode(copy.classes.list())).toBe("UNAUTHORIZED");
  });

  it("changing the password needs the current one, ends every other session and keeps this one", async () => {
    const { caller, email } = await signUp();
    const other = browser({}, { ip: fresh().ip });
    await other.auth.tutorSignIn({ email, password: PASSWORD });
    expect(
      await errorCode(
        caller.auth.changePassword({
          currentPassword: "not my password",
          newPassword: "a brand new password",
        }),
      ),
    ).toBe("BAD_REQUEST");
    expect(
      await errorCode(caller.auth.changePassword({ currentPassword: PASSWORD, newPassword: "short" })),
    ).toBe("BAD_REQUEST");
    expect(
      await caller.auth.changePassword({ currentPassword: PASSWORD, newPassword: "a brand new password" }),
    ).toEqual({ otherSessionsEnded: 1 });
    expect((await caller.auth.me()).kind).toBe("tutor");
    expect((await other.auth.me()).kind).toBe("anonymous");
    expect(
      await errorCode(browser({}, { ip: fresh().ip }).auth.tutorSignIn({ email, password: PASSWORD })),
    ).toBe("UNAUTHORIZED");
    await browser({}, { ip: fresh().ip }).auth.tutorSignIn({ email, password: "a brand new password" });
  });

  it("sign out everywhere ends every session of the account, this one included", async () => {
    const { caller, email } = await signUp();
    const other = browser({}, { ip: fresh().ip });
    await other.auth.tutorSignIn({ email, password: PASSWORD });
    expect(await caller.auth.signOutEverywhere()).toEqual({ ended: 2 });
    expect(caller.session.current).toEqual({});
    expect((await other.auth.me()).kind).toBe("anonymous");
  });

  it("a tutor still on the published demo password can only change it", async () => {
    const { caller, tutorId } = await signUp();
    const { t, db } = app.store;
    await db.update(t.tutors).set({ mustChangePassword: true }).where(eq(t.tutors.id, tutorId));
    expect(await caller.auth.me()).toMatchObject({ kind: "tutor", mustChangePassword: true });
    const refused = await failure(caller.classes.list());
    expect(refused.code).toBe("FORBIDDEN");
    expect(refused.message).toMatch(/Choose a new password first/);
    await caller.auth.changePassword({ currentPassword: PASSWORD, newPassword: "my own new password" });
    expect(await caller.auth.me()).toMatchObject({ mustChangePassword: false });
    await caller.classes.list();
  });

  it("a learner signing out ends that learner session everywhere", async () => {
    const learner = browser({}, { ip: fresh().ip });
    await learner.auth.practiseAlone({ displayName: "Leaving Lee" });
    const copy = browser({ ...learner.session.current });
    await learner.auth.signOut();
    const me = await copy.auth.me();
    expect(me.kind).toBe("anonymous");
    // the copy is told what happened, not that a tutor reset it (session 47 probe)
    expect(me).toMatchObject({
      learnerSignedOut: expect.stringMatching(/^This device is no longer signed in as you: you left on it/),
    });
    expect(JSON.stringify(me)).not.toMatch(/tutor has reset/);
  });
});

/**
 * Probe, session 41: "\u2800" (Braille pattern blank, not whitespace to a regex and not
 * Default_Ignorable) joined as a name that prints as nothing, and a letter with eight combining accents
 * ("Zalgo" text) joined and printed over the names around it in the tutor's roster.
 */
describe("display names that print as nothing or spill over others", () => {
  const parse = (name: string) => displayNameSchema.safeParse(name);
  it.each(["\u2800", "\u2800\u2800\u2800", " \u2800 "])("refuses a blank-looking name (%j)", (name) => {
    const result = parse(name);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Enter a display name.");
  });

  it("folds a blank Braille cell inside a name like a space", () => {
    expect(parse("Ann\u2800\u2800Lee").data).toBe("Ann Lee");
  });

  it("refuses a letter with five or more marks stacked on it, and says what to do", () => {
    const result = parse(`Ann T${"\u0337".repeat(8)}ee`);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/too many accents or marks.*at most four/);
  });

  it.each(["Nguyễn Thị", "Zoë", "बिन्दु", "སྒྲུབ", "שָׁלוֹם", "Đặng"])(
    "keeps real names with their marks (%s)",
    (name) => {
      expect(parse(name).success).toBe(true);
    },
  );
});
