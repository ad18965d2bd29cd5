import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "@/server/test-support/test-app";
import { DEFAULT_DEMO_TUTOR, ensureDemoTutor } from "./demo-tutor";

/**
 * The demo tutor made on the first start. Session 42 left a DEMO_TUTOR_PASSWORD chosen before that start
 * unchecked: a weak one became the account's password for good. Now the same rules as a password set in
 * the app decide (passwords.ts; NIST SP 800-63B-4 §3.1.1.2): a refused one must be changed at first sign-in.
 */
describe("ensureDemoTutor", () => {
  // One database, emptied of tutors before each first start (a fresh migration per test cost ~1.7 s each).
  let app: TestApp;
  const saved = process.env.DEMO_TUTOR_PASSWORD;
  beforeAll(() => {
    app = createTestApp();
  });
  afterAll(() => app.close());
  afterEach(() => {
    if (saved === undefined) delete process.env.DEMO_TUTOR_PASSWORD;
    else process.env.DEMO_TUTOR_PASSWORD = saved;
  });

  async function firstStartWith(password: string | undefined) {
    if (password === undefined) delete process.env.DEMO_TUTOR_PASSWORD;
    else process.env.DEMO_TUTOR_PASSWORD = password;
    const { t, db } = app.store;
    await db.delete(t.tutors);
    const made = await ensureDemoTutor(app.store);
    const [row] = await db
      .select({ mustChangePassword: t.tutors.mustChangePassword })
      .from(t.tutors)
      .where(eq(t.tutors.email, made.email));
    return { made, stored: row?.mustChangePassword };
  }

  it("asks for a new password at first sign-in with the published default", async () => {
    const { made, stored } = await firstStartWith(undefined);
    expect(made).toMatchObject({
      created: true,
      password: DEFAULT_DEMO_TUTOR.password,
      mustChangePassword: true,
    });
    expect(stored).toBe(true);
  });

  it.each(["short-one", "Password1234567!", "tutor12.college.2026", "tutor@example.com"])(
    "asks for a new password when DEMO_TUTOR_PASSWORD is %s, which the password rules refuse",
    async (weak) => {
      const { made, stored } = await firstStartWith(weak);
      expect(made).toMatchObject({ created: true, mustChangePassword: true });
      expect(stored).toBe(true);
    },
  );

  it("keeps a DEMO_TUTOR_PASSWORD the rules accept, with no forced change", async () => {
    const { made, stored } = await firstStartWith("marmalade orbit kettle lantern");
    expect(made).toMatchObject({ created: true, mustChangePassword: false });
    expect(stored).toBe(false);
  });
});
