/**
 * A learner cookie already in the browser when someone joins a class or practises alone (ANSWER
 * security-1, item 3). Two ways it gets there: the last learner at a shared college computer did not
 * press Leave, or someone planted their own cookie beforehand to read what the next learner does
 * (session fixation). Before: joining the cookie's class kept the cookie's learner whatever name was
 * typed, and practising alone renamed the cookie's practice learner, both keeping the token, so a
 * planted copy read everything that followed (probe, session 41). Now every entry gets a fresh token,
 * and a different name is someone else, who never becomes or renames the cookie's learner (OWASP
 * Session Management Cheat Sheet, "Session Fixation"; ASVS 4.0 V3.2.1).
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionData } from "@/server/auth/session";
import { createTestApp, errorCode, type TestApp } from "@/server/test-support/test-app";

let app: TestApp;
let code: string;
let classId: number;
let ip = 0;
const device = (session: SessionData = {}) => app.browser({ ...session }, { ip: `10.42.0.${++ip}` });

beforeAll(async () => {
  app = createTestApp();
  const tutor = app.browser({}, { ip: "10.42.250.1" });
  await tutor.api.auth.tutorSignUp({
    email: "shared-pc@college.example",
    name: "Sue Shared",
    password: "correct horse battery",
  });
  await tutor.api.auth.tutorSignIn({ email: "shared-pc@college.example", password: "correct horse battery" });
  const klass = await tutor.api.classes.create({ name: "Shared PCs" });
  code = klass.joinCode!;
  classId = klass.id;
});
afterAll(() => app.close());

async function nameOf(learnerId: number) {
  const { t, db } = app.store;
  const [row] = await db
    .select({ name: t.learners.displayName })
    .from(t.learners)
    .where(eq(t.learners.id, learnerId));
  return row?.name;
}

const classSize = async () => {
  const { t, db } = app.store;
  return (await db.select().from(t.learners).where(eq(t.learners.classId, classId))).length;
};

describe("joining a class over a learner cookie of that class", () => {
  it("the same name again: the same learner under a fresh token, and the old cookie stops working", async () => {
    const ann = device();
    await ann.api.auth.joinClass({ code, displayName: "Ann Again" });
    const before = { ...ann.session.current };
    const size = await classSize();
    const again = await ann.api.auth.joinClass({ code, displayName: "  ann   again " });
    expect(again).toMatchObject({ how: "existing", learner: { displayName: "Ann Again" } });
    expect(ann.session.current.learnerId).toBe(before.learnerId);
    expect(ann.session.current.learnerSession).not.toBe(before.learnerSession);
    expect(await ann.api.auth.me()).toMatchObject({ kind: "learner", displayName: "Ann Again" });
    expect((await device(before).api.auth.me()).kind).toBe("anonymous");
    expect(await classSize()).toBe(size);
    expect(await nameOf(before.learnerId!)).toBe("Ann Again");
  });

  it("a different name at a shared computer joins as themselves; the last learner is neither taken over nor renamed", async () => {
    const pc = device();
    await pc.api.auth.joinClass({ code, displayName: "Priya Left" });
    const priya = { ...pc.session.current };
    const size = await classSize();
    const bo = await pc.api.auth.joinClass({ code, displayName: "Bo Next" });
    expect(bo).toMatchObject({ how: "new", learner: { displayName: "Bo Next" } });
    expect(pc.session.current.learnerId).not.toBe(priya.learnerId);
    expect(await pc.api.auth.me()).toMatchObject({ kind: "learner", displayName: "Bo Next" });
    expect(await nameOf(priya.learnerId!)).toBe("Priya Left");
    expect(await classSize()).toBe(size + 1);
    // Priya's token left on the computer is signed out, as Leave would have done.
    expect((await device(priya).api.auth.me()).kind).toBe("anonymous");
  });

  it("a classmate's name typed over the cookie is refused as from any device, and the cookie is kept", async () => {
    await device().api.auth.joinClass({ code, displayName: "Cat Classmate" });
    const pc = device();
    await pc.api.auth.joinClass({ code, displayName: "Dev Desk" });
    const dev = { ...pc.session.current };
    expect(await errorCode(pc.api.auth.joinClass({ code, displayName: "cat classmate" }))).toBe("CONFLICT");
    expect(pc.session.current).toEqual(dev);
    expect(await pc.api.auth.me()).toMatchObject({ kind: "learner", displayName: "Dev Desk" });
  });

  it("a planted cookie (fixation): the planter's copy reads nothing of what follows, whichever name is typed", async () => {
    const mallory = device();
    await mallory.api.auth.joinClass({ code, displayName: "Vic Target" });
    const planted = { ...mallory.session.current };
    // The victim's browser holds the planted cookie and types her own name (the planter guessed it).
    const victim = device(planted);
    expect((await victim.api.auth.joinClass({ code, displayName: "Vic Target" })).how).toBe("existing");
    expect((await device(planted).api.auth.me()).kind).toBe("anonymous");
    expect(await victim.api.auth.me()).toMatchObject({ kind: "learner", displayName: "Vic Target" });
    // Or another name: a learner of her own, and the planted one signed out.
    const planted2 = { ...(await joined("Mal Planter")).session.current };
    const victim2 = device(planted2);
    expect((await victim2.api.auth.joinClass({ code, displayName: "Wren Victim" })).how).toBe("new");
    expect((await device(planted2).api.auth.me()).kind).toBe("anonymous");
    expect(await nameOf(planted2.learnerId!)).toBe("Mal Planter");
  });
});

async function joined(displayName: string) {
  const d = device();
  await d.api.auth.joinClass({ code, displayName });
  return d;
}

describe("practising alone over a practice cookie", () => {
  it("the same name again: the same practice learner under a fresh token", async () => {
    const gita = device();
    await gita.api.auth.practiseAlone({ displayName: "Gita Solo" });
    const before = { ...gita.session.current };
    const again = await gita.api.auth.practiseAlone({ displayName: "GITA SOLO" });
    expect(again).toEqual({ learner: { displayName: "Gita Solo", className: null }, how: "existing" });
    expect(gita.session.current.learnerId).toBe(before.learnerId);
    expect(gita.session.current.learnerSession).not.toBe(before.learnerSession);
    expect(await gita.api.auth.me()).toMatchObject({ kind: "learner", displayName: "Gita Solo" });
    expect((await device(before).api.auth.me()).kind).toBe("anonymous");
  });

  it("another name is a new practice learner: the planted one is not renamed and its copy stops working", async () => {
    const mallory = device();
    await mallory.api.auth.practiseAlone({ displayName: "Mal Practice" });
    const planted = { ...mallory.session.current };
    const victim = device(planted);
    const entry = await victim.api.auth.practiseAlone({ displayName: "Hana Honest" });
    expect(entry).toEqual({ learner: { displayName: "Hana Honest", className: null }, how: "new" });
    expect(victim.session.current.learnerId).not.toBe(planted.learnerId);
    expect(await nameOf(planted.learnerId!)).toBe("Mal Practice");
    expect((await device(planted).api.auth.me()).kind).toBe("anonymous");
    expect(await victim.api.auth.me()).toMatchObject({ kind: "learner", displayName: "Hana Honest" });
  });

  it("a class learner still cannot practise alone without signing out (their class is kept)", async () => {
    const hal = await joined("Hal Class");
    expect(await errorCode(hal.api.auth.practiseAlone({ displayName: "Hal Class" }))).toBe("CONFLICT");
    expect(await hal.api.auth.me()).toMatchObject({ kind: "learner", className: "Shared PCs" });
  });
});
