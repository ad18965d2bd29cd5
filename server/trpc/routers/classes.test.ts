import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import type { SessionData } from "@/server/auth/session";
import { appRouter } from "@/server/trpc/root";
import { createTestApp, errorCode, type TestApp } from "@/server/test-support/test-app";
import { tutorName } from "@/server/test-support/tutor-names";

let app: TestApp;
beforeAll(() => {
  app = createTestApp();
});
afterAll(() => app.close());

/**
 * One browser: the real procedures, middleware and error mapping, with its own cookie jar in
 * `session.current` (TestApp.browser keeps the jar beside the caller, whose proxy treats every
 * property as a procedure path).
 */
function browser(session: SessionData = {}, opts: { ip?: string; host?: string; now?: () => Date } = {}) {
  const { api, session: store } = app.browser(session, opts);
  return { auth: api.auth, classes: api.classes, assignments: api.assignments, session: store };
}

let n = 0;
function nextIp() {
  n += 1;
  return `10.1.${Math.floor(n / 250)}.${n % 250}`;
}

async function newTutor(name = "Morgan Tutor") {
  n += 1;
  const caller = browser({}, { ip: nextIp() });
  await caller.auth.tutorSignUp({
    email: `classes${n}@college.example`,
    name: tutorName(name),
    password: "a long enough password",
  });
  await caller.auth.tutorSignIn({ email: `classes${n}@college.example`, password: "a long enough password" });
  return caller;
}

async function joinAs(
  code: string,
  displayName: string,
  { reclaimCode, ...opts }: { now?: () => Date; reclaimCode?: string } = {},
) {
  const device = browser({}, { ip: nextIp(), ...opts });
  await device.auth.joinClass({ code, displayName, reclaimCode });
  return device;
}

describe("who may call classes procedures", () => {
  it("anonymous callers get UNAUTHORIZED and learners FORBIDDEN", async () => {
    const anon = browser();
    expect(await errorCode(anon.classes.list())).toBe("UNAUTHORIZED");
    expect(await errorCode(anon.classes.create({ name: "x" }))).toBe("UNAUTHORIZED");

    const tutor = await newTutor();
    const klass = await tutor.classes.create({ name: "Group A" });
    const learner = await joinAs(klass.joinCode!, "Ivy");
    expect(await errorCode(learner.classes.list())).toBe("FORBIDDEN");
    expect(await errorCode(learner.classes.get({ classId: klass.id }))).toBe("FORBIDDEN");
    expect(await errorCode(learner.classes.create({ name: "Mine now" }))).toBe("FORBIDDEN");
    expect(
      await errorCode(learner.classes.resetLearnerAccess({ learnerId: learner.session.current.learnerId! })),
    ).toBe("FORBIDDEN");
  });

  it("every classroom procedure declares who may call it", () => {
    const procedures = appRouter._def.procedures as unknown as Record<
      string,
      { _def: { meta?: { access?: string } } }
    >;
    const access = Object.fromEntries(
      Object.entries(procedures)
        .filter(([path]) => /^(auth|classes|assignments)\./.test(path))
        .map(([path, p]) => [path, p._def.meta?.access]),
    );
    expect(access).toEqual({
      "auth.me": "public",
      "auth.options": "public",
      "auth.tutorSignUp": "public",
      "auth.tutorSignIn": "public",
      "auth.signOut": "public",
      "auth.signOutEverywhere": "tutor",
      "auth.changePassword": "tutor",
      "auth.joinClass": "public",
      "auth.practiseAlone": "public",
      "classes.list": "tutor",
      "classes.create": "tutor",
      "classes.rename": "tutor",
      "classes.archive": "tutor",
      "classes.unarchive": "tutor",
      "classes.get": "tutor",
      "classes.regenerateCode": "tutor",
      "classes.setJoinOpen": "tutor",
      "classes.removeLearner": "tutor",
      "classes.resetLearnerAccess": "tutor",
      "assignments.scenarioOptions": "tutor",
      "assignments.create": "tutor",
      "assignments.update": "tutor",
      "assignments.setClosed": "tutor",
      "assignments.releaseMarks": "tutor",
      "assignments.remove": "tutor",
      "assignments.mine": "learner",
    });
  });
});

describe("a tutor's own classes", () => {
  it("creates, lists with learner counts, renames, archives and restores", async () => {
    const tutor = await newTutor();
    const a = await tutor.classes.create({ name: "  Monday group  " });
    const b = await tutor.classes.create({ name: "Tuesday group" });
    expect(a).toMatchObject({ name: "Monday group", joinOpen: true, archivedAt: null });
    expect(a.joinCodeDisplay).toBe(`${a.joinCode!.slice(0, 3)} ${a.joinCode!.slice(3)}`);
    expect(a.joinCode).not.toBe(b.joinCode);

    await joinAs(a.joinCode!, "Jo");
    await joinAs(a.joinCode!, "Kai");

    let list = await tutor.classes.list();
    expect(list.active.map((c) => c.name)).toEqual(["Tuesday group", "Monday group"]);
    expect(list.active.find((c) => c.id === a.id)).toMatchObject({ learnerCount: 2, assignmentCount: 0 });
    expect(list.archived).toEqual([]);

    expect((await tutor.classes.rename({ classId: a.id, name: "Monday AM" })).name).toBe("Monday AM");
    const archived = await tutor.classes.archive({ classId: a.id });
    expect(archived.archivedAt).toBeInstanceOf(Date);
    list = await tutor.classes.list();
    expect(list.active.map((c) => c.id)).toEqual([b.id]);
    expect(list.archived.map((c) => c.name)).toEqual(["Monday AM"]);

    await tutor.classes.unarchive({ classId: a.id });
    expect((await tutor.classes.list()).archived).toEqual([]);
  });

  it("shows the class with its roster and assignments", async () => {
    const tutor = await newTutor();
    const klass = await tutor.classes.create({ name: "Roster class" });
    await joinAs(klass.joinCode!, "Lena");
    const view = await tutor.classes.get({ classId: klass.id });
    expect(view.class).toMatchObject({ id: klass.id, name: "Roster class", joinCode: klass.joinCode });
    expect(view.learners).toMatchObject([
      { displayName: "Lena", awaitingRejoin: false, attemptsStarted: 0, attemptsSubmitted: 0 },
    ]);
    expect(view.assignments).toEqual([]);
    expect(view.removedCount).toBe(0);
  });

  it("tells the tutor where learners' devices can reach the join page", async () => {
    const tutor = await newTutor();
    const klass = await tutor.classes.create({ name: "Addresses" });
    vi.stubEnv("PUBLIC_URL", "");
    vi.stubEnv("HOST", "127.0.0.1");
    try {
      // The tutor's browser on this computer, the app listening only here: no address for learners.
      const local = browser(tutor.session.read(), { host: "127.0.0.1:3000" });
      expect((await local.classes.get({ classId: klass.id })).joinAddress).toEqual({
        shown: "127.0.0.1:3000/join",
        alternatives: [],
        onlyThisComputer: true,
      });
      // Opened by its network address: that is what learners use too.
      const remote = browser(tutor.session.read(), { host: "192.168.1.20:3000" });
      expect((await remote.classes.get({ classId: klass.id })).joinAddress).toMatchObject({
        shown: "192.168.1.20:3000/join",
        onlyThisComputer: false,
      });
      vi.stubEnv("PUBLIC_URL", "https://crm.college.ac.uk/");
      expect((await local.classes.get({ classId: klass.id })).joinAddress).toEqual({
        shown: "https://crm.college.ac.uk/join",
        alternatives: [],
        onlyThisComputer: false,
      });
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("regenerates the code (the old one stops working) and closes and reopens it", async () => {
    const tutor = await newTutor();
    const klass = await tutor.classes.create({ name: "Codes" });
    const renewed = await tutor.classes.regenerateCode({ classId: klass.id });
    expect(renewed.joinCode).not.toBe(klass.joinCode);
    expect(await errorCode(joinAs(klass.joinCode!, "Max"))).toBe("NOT_FOUND");
    await joinAs(renewed.joinCode!, "Max");

    await tutor.classes.setJoinOpen({ classId: klass.id, open: false });
    expect(await errorCode(joinAs(renewed.joinCode!, "Nia"))).toBe("FORBIDDEN");
    await tutor.classes.setJoinOpen({ classId: klass.id, open: true });
    await joinAs(renewed.joinCode!, "Nia");
  });

  it("will not regenerate or open the code of an archived class", async () => {
    const tutor = await newTutor();
    const klass = await tutor.classes.create({ name: "Old" });
    await tutor.classes.archive({ classId: klass.id });
    expect(await errorCode(tutor.classes.regenerateCode({ classId: klass.id }))).toBe("CONFLICT");
    expect(await errorCode(tutor.classes.setJoinOpen({ classId: klass.id, open: true }))).toBe("CONFLICT");
  });

  it("rejects bad input with BAD_REQUEST", async () => {
    const tutor = await newTutor();
    expect(await errorCode(tutor.classes.create({ name: "" }))).toBe("BAD_REQUEST");
    expect(await errorCode(tutor.classes.create({ name: "   " }))).toBe("BAD_REQUEST");
    expect(await errorCode(tutor.classes.create({ name: "x".repeat(81) }))).toBe("BAD_REQUEST");
    expect(await errorCode(tutor.classes.create({ name: 7 as never }))).toBe("BAD_REQUEST");
    expect(await errorCode(tutor.classes.get({ classId: "1" as never }))).toBe("BAD_REQUEST");
    expect(await errorCode(tutor.classes.get({ classId: -1 }))).toBe("BAD_REQUEST");
    expect(await errorCode(tutor.classes.get({ classId: 1.5 }))).toBe("BAD_REQUEST");
    expect(await errorCode(tutor.classes.setJoinOpen({ classId: 1, open: "yes" as never }))).toBe(
      "BAD_REQUEST",
    );
    expect(await errorCode(tutor.classes.removeLearner({} as never))).toBe("BAD_REQUEST");
  });
});

describe("another tutor's class", () => {
  it("is NOT_FOUND for every procedure, exactly like a class that does not exist", async () => {
    const owner = await newTutor("Owner");
    const klass = await owner.classes.create({ name: "Private" });
    const learner = await joinAs(klass.joinCode!, "Omar");
    const learnerId = learner.session.current.learnerId!;
    const other = await newTutor("Other");
    const id = { classId: klass.id };
    // Each call is made as it is awaited: a refusal left waiting while another call does real I/O
    // (PostgreSQL) would be an unhandled rejection.
    for (const call of [
      () => other.classes.get(id),
      () => other.classes.rename({ ...id, name: "Stolen" }),
      () => other.classes.archive(id),
      () => other.classes.unarchive(id),
      () => other.classes.regenerateCode(id),
      () => other.classes.setJoinOpen({ ...id, open: false }),
      () => other.classes.removeLearner({ learnerId }),
      () => other.classes.resetLearnerAccess({ learnerId }),
    ]) {
      expect(await errorCode(call())).toBe("NOT_FOUND");
    }
    expect(await errorCode(other.classes.get({ classId: 999_999 }))).toBe("NOT_FOUND");
    expect((await other.classes.list()).active).toEqual([]);
    // Nothing changed.
    const view = await owner.classes.get(id);
    expect(view.class).toMatchObject({
      name: "Private",
      joinCode: klass.joinCode,
      joinOpen: true,
      archivedAt: null,
    });
    expect((await learner.auth.me()).kind).toBe("learner");
  });
});

describe("roster: remove and reset access", () => {
  it("removing a learner ends their session and takes them off the roster", async () => {
    const tutor = await newTutor();
    const klass = await tutor.classes.create({ name: "Remove" });
    const learner = await joinAs(klass.joinCode!, "Pat");
    await tutor.classes.removeLearner({ learnerId: learner.session.current.learnerId! });
    expect(await errorCode(learner.assignments.mine())).toBe("UNAUTHORIZED");
    // The refusal says what happened, so the learner's page can explain it.
    await expect(learner.assignments.mine()).rejects.toThrow(/Your tutor has removed you from this class/);
    const view = await tutor.classes.get({ classId: klass.id });
    expect(view.learners).toEqual([]);
    expect(view.removedCount).toBe(1);
    expect(
      await errorCode(tutor.classes.removeLearner({ learnerId: learner.session.current.learnerId! })),
    ).toBe("NOT_FOUND");
  });

  it("resetting access ends the old session; the learner rejoins with the code and gets their own record back", async () => {
    const tutor = await newTutor();
    const klass = await tutor.classes.create({ name: "Reset" });
    const oldDevice = await joinAs(klass.joinCode!, "Quinn");
    const learnerId = oldDevice.session.current.learnerId!;
    expect(await oldDevice.assignments.mine()).toEqual([]);

    const reset = await tutor.classes.resetLearnerAccess({ learnerId });
    expect(reset.reclaimUntil).toBeInstanceOf(Date);
    expect((await tutor.classes.get({ classId: klass.id })).learners[0]).toMatchObject({
      displayName: "Quinn",
      awaitingRejoin: true,
    });

    // The old device's cookie no longer works.
    expect(await errorCode(oldDevice.assignments.mine())).toBe("UNAUTHORIZED");
    await expect(oldDevice.assignments.mine()).rejects.toThrow(/Your tutor has reset your access/);
    expect(await oldDevice.auth.me()).toEqual({
      kind: "anonymous",
      learnerAccessEnded: true,
      learnerSignedOut: expect.stringMatching(/^Your tutor has reset your access/),
    });

    // Rejoining under the same name (any case) with the reclaim code picks up the same learner, once.
    expect(reset.reclaimCode).toMatch(/^[A-Z2-9]{3} [A-Z2-9]{3}$/);
    const newDevice = browser({}, { ip: nextIp() });
    const rejoined = await newDevice.auth.joinClass({
      code: klass.joinCode!,
      displayName: "quinn",
      reclaimCode: reset.reclaimCode.toLowerCase(),
    });
    expect(rejoined.how).toBe("reclaimed");
    expect(newDevice.session.current.learnerId).toBe(learnerId);
    expect(await newDevice.assignments.mine()).toEqual([]);
    expect(await errorCode(oldDevice.assignments.mine())).toBe("UNAUTHORIZED");
    expect(await errorCode(joinAs(klass.joinCode!, "Quinn"))).toBe("CONFLICT");
    const view = await tutor.classes.get({ classId: klass.id });
    expect(view.learners).toHaveLength(1);
    expect(view.learners[0]).toMatchObject({ id: learnerId, awaitingRejoin: false });
  });

  it("a reset learner can rejoin even while the code is closed, but only within the hour", async () => {
    const tutor = await newTutor();
    const klass = await tutor.classes.create({ name: "Closed reset" });
    const device = await joinAs(klass.joinCode!, "Rosa");
    const learnerId = device.session.current.learnerId!;
    await tutor.classes.setJoinOpen({ classId: klass.id, open: false });

    const { reclaimCode } = await tutor.classes.resetLearnerAccess({ learnerId });
    const back = await joinAs(klass.joinCode!, "Rosa", { reclaimCode });
    expect(back.session.current.learnerId).toBe(learnerId);

    await tutor.classes.setJoinOpen({ classId: klass.id, open: true });
    const resetAt = new Date();
    const tutorAtReset = browser(tutor.session.current, { now: () => resetAt });
    const again = await tutorAtReset.classes.resetLearnerAccess({ learnerId });
    const tooLate = () => new Date(resetAt.getTime() + 61 * 60_000);
    expect(
      await errorCode(joinAs(klass.joinCode!, "Rosa", { now: tooLate, reclaimCode: again.reclaimCode })),
    ).toBe("CONFLICT");
    const { t, db } = app.store;
    const [row] = await db.select().from(t.learners).where(eq(t.learners.id, learnerId));
    expect(row!.sessionVersion).toBe(3);
  });
});
