/**
 * Control characters in the names a tutor or learner sets (session 47): class names took a bell, an escape
 * or a tab (session 43's probe) and stored them; bidi controls were dropped quietly. Now every such name
 * refuses them with a message saying so (server/data/name-text.ts), and names already stored are left as
 * they are.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refusal as refusedWith } from "@/server/test-support/refusal";
import { createTestApp, type TestApp } from "@/server/test-support/test-app";

let app: TestApp;
beforeAll(() => {
  app = createTestApp();
});
afterAll(() => app.close());

/** Each refused: a tab, a line break, an escape, the bell, DEL, an override, an isolate, a trailing tab. */
const CONTROLLED = [
  "Level 3\tTuesday",
  "Level 3\nTuesday",
  "Level 3 \u001b[31mTuesday",
  "Level 3 Tuesday\u0007",
  "Level 3\u007F Tuesday",
  "Level 3 \u202ETuesday",
  "\u2067Level 3 Tuesday\u2069",
  "Level 3 Tuesday\t",
];
/** Each accepted as typed: accents, emoji, an apostrophe, right-to-left letters and their mark. */
const PLAIN = ["Zoë’s Level 3 🙂", "O’Brien-Smith", "\u0634\u0643\u0631\u0627\u064B \u200F(Ahmed)"];

const refusal = (what: string) => ({
  code: "BAD_REQUEST",
  // The caller sees zod's issue; over HTTP the message alone is sent (internal-errors.test.ts).
  message: expect.stringMatching(
    new RegExp(`${what} cannot hold control characters .* Type it again without them\\.`),
  ),
});

let ip = 0;
async function tutor() {
  const { api } = app.browser({}, { ip: `10.47.0.${++ip}` });
  const email = `names-${ip}@college.example`;
  await api.auth.tutorSignUp({ email, name: `Tutor ${ip}`, password: "a long enough password" });
  await api.auth.tutorSignIn({ email, password: "a long enough password" });
  return api;
}

describe("names with control characters", () => {
  it("class names: refused on create and rename, nothing stored; plain names kept as typed", async () => {
    const api = await tutor();
    for (const name of CONTROLLED)
      expect(await refusedWith(api.classes.create({ name })), JSON.stringify(name)).toEqual(
        refusal("Class names"),
      );
    expect((await api.classes.list()).active).toEqual([]);
    for (const name of PLAIN) expect((await api.classes.create({ name })).name).toBe(name.trim());
    const [first] = (await api.classes.list()).active;
    for (const name of CONTROLLED)
      expect(
        await refusedWith(api.classes.rename({ classId: first!.id, name })),
        JSON.stringify(name),
      ).toEqual(refusal("Class names"));
    expect((await api.classes.get({ classId: first!.id })).class.name).toBe(first!.name);
  });

  it("a tutor's name at sign-up and a learner's name joining or practising alone", async () => {
    const { api } = app.browser({}, { ip: "10.47.1.1" });
    for (const name of ["Ama\tMensah", "Ama Mensah\u001b", "Ama \u202EMensah"])
      expect(
        await refusedWith(
          api.auth.tutorSignUp({ email: "ama@college.example", name, password: "a long enough password" }),
        ),
        JSON.stringify(name),
      ).toEqual(refusal("Names"));
    const klass = await (await tutor()).classes.create({ name: "Level 3 Wednesday" });
    for (const displayName of ["Ann\tLee", "Ann Lee\u0007", "Ann \u2066Lee", "\u202EeeL nnA"]) {
      const device = () => app.browser({}, { ip: `10.47.2.${++ip}` }).api;
      expect(
        await refusedWith(device().auth.joinClass({ code: klass.joinCode!, displayName })),
        JSON.stringify(displayName),
      ).toEqual(refusal("Names"));
      expect(
        await refusedWith(device().auth.practiseAlone({ displayName })),
        JSON.stringify(displayName),
      ).toEqual(refusal("Names"));
    }
    const joined = await app.browser({}, { ip: "10.47.3.1" }).api.auth.joinClass({
      code: klass.joinCode!,
      displayName: "Zoë O’Brien-Smith",
    });
    expect(joined.learner.displayName).toBe("Zoë O’Brien-Smith");
  });

  it("a task's title in the demo CRM and in an attempt, and an email's subject in an attempt", async () => {
    const caller = app.caller();
    expect(
      await refusedWith(
        caller.crm.createTask({ customerRef: "CUS-0004", title: "Ring\u001b[2J back", dueInDays: 1 }),
      ),
    ).toEqual(refusal("Task titles"));
    expect(
      (await caller.crm.createTask({ customerRef: "CUS-0004", title: "Ring back — Zoë", dueInDays: 1 }))
        .subject,
    ).toBe("Ring back — Zoë");

    const { api: learner } = app.browser({}, { ip: "10.47.4.1" });
    await learner.auth.practiseAlone({ displayName: "Rana" });
    const { attemptId } = await learner.attempts.start({ scenarioId: "complaint-faulty-kettle" });
    const act = (clientId: string, action: unknown) =>
      learner.attempts.act({ attemptId, clientId, action: action as never });
    const task = { type: "create_task", customerRef: "CUS-2041", dueInDays: 1 };
    const email = { type: "send_message", customerRef: "CUS-2041", channel: "email", text: "Hello Priya." };
    expect(await refusedWith(act("names-task-1", { ...task, title: "Call\tback" }))).toEqual(
      refusal("Task titles"),
    );
    expect(await refusedWith(act("names-mail-1", { ...email, subject: "Your \u202Ekettle" }))).toEqual(
      refusal("Subjects"),
    );
    await act("names-task-2", { ...task, title: "Call back about the kettle" });
    await act("names-mail-2", { ...email, subject: "Your kettle" });
    const stored = (await learner.attempts.get({ attemptId })).events
      .map((e) => JSON.stringify(e))
      .join("\n");
    expect(stored).toContain("Call back about the kettle");
    expect(stored).toContain("Your kettle");
    expect(stored).not.toMatch(/Call\\tback|\u202E/);
  });

  it("a class name stored before keeps working: it is listed, and renamed to a plain one", async () => {
    const api = await tutor();
    const klass = await api.classes.create({ name: "Old name" });
    await app.store.write({ key: "test" }, async ({ db, t }) => {
      await db.update(t.classes).set({ name: "Old\u0007 name\t" }).where(eq(t.classes.id, klass.id));
    });
    expect((await api.classes.get({ classId: klass.id })).class.name).toBe("Old\u0007 name\t");
    expect((await api.classes.list()).active.map((c) => c.name)).toContain("Old\u0007 name\t");
    expect((await api.classes.rename({ classId: klass.id, name: "New name" })).name).toBe("New name");
  });
});
