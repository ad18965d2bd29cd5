/**
 * Bidi embedding, override and isolate controls are dropped from text input (init.ts): a demo CRM note
 * holding U+202E printed backwards for every visitor, and a class name or a learner's note could do
 * the same on another person's screen (probe, session 34). Passwords keep every character.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "@/server/test-support/test-app";
import { withoutDirectionControls } from "./init";

let app: TestApp;
beforeAll(() => {
  app = createTestApp();
});
afterAll(() => app.close());

const RLO = "\u202E";
const controls = /[\u202A-\u202E\u2066-\u2069]/;

describe("direction controls in text input", () => {
  it("a demo CRM note cannot print backwards for the next visitor", async () => {
    await app.caller().crm.addNote({ customerRef: "CUS-0004", text: `Refund agreed ${RLO}gnp.txt\u202C ok` });
    const record = await app.caller().crm.getCustomer({ customerRef: "CUS-0004" });
    expect(record.timeline[0]).toMatchObject({ kind: "note", body: "Refund agreed gnp.txt ok" });
  });

  // Session 47: a class name holding them is refused with a message saying so (name-controls.test.ts), like
  // every name; other text still loses them.
  it("a class name holding them is refused; a learner's notes in an attempt lose them; right-to-left text and its marks stay", async () => {
    const { api: tutor } = app.browser({}, { ip: "10.41.0.1" });
    await tutor.auth.tutorSignUp({
      email: "bidi@college.example",
      name: "Bea Tutor",
      password: "a long enough password",
    });
    await tutor.auth.tutorSignIn({ email: "bidi@college.example", password: "a long enough password" });
    await expect(tutor.classes.create({ name: `\u2067Level 3${RLO} Tuesday\u2069` })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const klass = await tutor.classes.create({ name: "Level 3 Tuesday" });
    expect(klass.name).toBe("Level 3 Tuesday");

    const { api: learner } = app.browser({}, { ip: "10.41.0.2" });
    await learner.auth.joinClass({ code: klass.joinCode!, displayName: "Rana" });
    const { attemptId } = await learner.attempts.start({ scenarioId: "complaint-faulty-kettle" });
    const arabic = "\u0634\u0643\u0631\u0627\u064B \u200F(thanks)";
    await learner.attempts.act({
      attemptId,
      clientId: "bidi-note-1",
      action: { type: "add_note", customerRef: "CUS-2041", text: `${RLO}Called twice ${arabic}` },
    });
    const stored = JSON.stringify((await learner.attempts.get({ attemptId })).events);
    expect(stored).toContain(`Called twice ${arabic}`);
    expect(stored).not.toMatch(controls);
  });

  it("a password keeps them: one set with them signs in only with them", async () => {
    const { api } = app.browser({}, { ip: "10.41.0.3" });
    const password = `long password ${RLO}with a twist`;
    await api.auth.tutorSignUp({ email: "bidi-pw@college.example", name: "Pat Tutor", password });
    await expect(
      api.auth.tutorSignIn({ email: "bidi-pw@college.example", password: "long password with a twist" }),
    ).rejects.toThrow();
    await expect(api.auth.tutorSignIn({ email: "bidi-pw@college.example", password })).resolves.toMatchObject(
      {
        name: "Pat Tutor",
      },
    );
  });

  it("inputs without them are passed on as they are; nested ones are cleaned", () => {
    const plain = { a: ["x", { b: "y" }] };
    expect(withoutDirectionControls(plain)).toBe(plain);
    expect(
      withoutDirectionControls({ a: [`x${RLO}`, { b: "\u202Ay\u202C", newPassword: `p${RLO}` }] }),
    ).toEqual({
      a: ["x", { b: "y", newPassword: `p${RLO}` }],
    });
  });
});
