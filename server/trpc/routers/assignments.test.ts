import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionData } from "@/server/auth/session";
import { assignmentStatus } from "@/server/data/assignments";
import { listScenarios } from "@/server/scenarios/scenario-registry";
import { createTestApp, errorCode, type TestApp } from "@/server/test-support/test-app";
import { tutorName } from "@/server/test-support/tutor-names";

let app: TestApp;
beforeAll(() => {
  app = createTestApp();
});
afterAll(() => app.close());

/** One browser with its own cookie jar (see TestApp.browser). */
function browser(session: SessionData = {}, opts: { ip?: string; now?: () => Date } = {}) {
  const { api, session: store } = app.browser(session, opts);
  return { auth: api.auth, classes: api.classes, assignments: api.assignments, session: store };
}

let n = 0;
const nextIp = () => `10.2.0.${++n}`;

async function tutorWithClass(className = "Level 3 Tuesday") {
  n += 1;
  const tutor = browser({}, { ip: nextIp() });
  await tutor.auth.tutorSignUp({
    email: `assign${n}@college.example`,
    name: tutorName("Ada Tutor"),
    password: "a long enough password",
  });
  await tutor.auth.tutorSignIn({ email: `assign${n}@college.example`, password: "a long enough password" });
  const klass = await tutor.classes.create({ name: className });
  return { tutor, klass };
}

async function learnerIn(code: string, displayName: string) {
  const device = browser({}, { ip: nextIp() });
  await device.auth.joinClass({ code, displayName });
  return { device, learnerId: device.session.current.learnerId! };
}

async function addAttempt(values: {
  learnerId: number;
  assignmentId: number | null;
  scenarioId: string;
  status: "in_progress" | "submitted";
  band?: string;
  totalPercent?: number;
  submittedAt?: Date;
}) {
  const { t, db } = app.store;
  const [row] = await db
    .insert(t.attempts)
    .values({ workspaceId: app.demoWorkspaceId, ...values })
    .returning({ id: t.attempts.id });
  return row!.id;
}

const scenarios = () => listScenarios().map((s) => s.id);

describe("assignment status", () => {
  it("submitted beats in progress beats not started", () => {
    expect(assignmentStatus([])).toBe("not_started");
    expect(assignmentStatus([{ status: "in_progress" }])).toBe("in_progress");
    expect(assignmentStatus([{ status: "in_progress" }, { status: "submitted" }])).toBe("submitted");
  });
});

describe("assignments.scenarioOptions", () => {
  it("lists the registry's scenarios for tutors only", async () => {
    const { tutor, klass } = await tutorWithClass();
    const options = await tutor.assignments.scenarioOptions();
    expect(options.map((o) => o.id)).toEqual(scenarios());
    expect(options[0]).toEqual({
      id: expect.any(String),
      title: expect.any(String),
      lifecycleStage: expect.any(String),
      estimatedMinutes: expect.any(Number),
    });
    const { device } = await learnerIn(klass.joinCode!, "Ali");
    expect(await errorCode(device.assignments.scenarioOptions())).toBe("FORBIDDEN");
    expect(await errorCode(browser().assignments.scenarioOptions())).toBe("UNAUTHORIZED");
  });
});

describe("assignments.create and remove", () => {
  it("assigns a registry scenario, with or without a due date, once per class", async () => {
    const { tutor, klass } = await tutorWithClass();
    const [first, second] = scenarios();
    const a = await tutor.assignments.create({ classId: klass.id, scenarioId: first! });
    expect(a).toMatchObject({ classId: klass.id, scenarioId: first, dueAt: null });
    const due = new Date(Date.now() + 7 * 86_400_000);
    const b = await tutor.assignments.create({ classId: klass.id, scenarioId: second!, dueAt: due });
    expect(b.dueAt).toEqual(due);
    expect(await errorCode(tutor.assignments.create({ classId: klass.id, scenarioId: first! }))).toBe(
      "CONFLICT",
    );

    const view = await tutor.classes.get({ classId: klass.id });
    expect(view.assignments.map((x) => x.scenario.id)).toEqual([second, first]); // dated first
    expect(view.assignments[0]).toMatchObject({
      scenarioAvailable: true,
      learnersStarted: 0,
      learnersSubmitted: 0,
    });
    expect((await tutor.classes.list()).active[0]!.assignmentCount).toBe(2);
  });

  it("reads a calendar date as 23:59 UK time on that day (GMT and BST)", async () => {
    const { tutor, klass } = await tutorWithClass();
    const [first, second] = scenarios();
    const winter = await tutor.assignments.create({
      classId: klass.id,
      scenarioId: first!,
      dueAt: "2099-01-15",
    });
    expect(winter.dueAt!.toISOString()).toBe("2099-01-15T23:59:00.000Z");
    const summer = await tutor.assignments.create({
      classId: klass.id,
      scenarioId: second!,
      dueAt: "2099-07-15",
    });
    expect(summer.dueAt!.toISOString()).toBe("2099-07-15T22:59:00.000Z");
  });

  it("refuses unknown scenarios, past due dates, bad input and archived classes", async () => {
    const { tutor, klass } = await tutorWithClass();
    const id = scenarios()[0]!;
    expect(
      await errorCode(tutor.assignments.create({ classId: klass.id, scenarioId: "no-such-scenario" })),
    ).toBe("BAD_REQUEST");
    expect(
      await errorCode(
        tutor.assignments.create({
          classId: klass.id,
          scenarioId: id,
          dueAt: new Date(Date.now() - 86_400_000),
        }),
      ),
    ).toBe("BAD_REQUEST");
    expect(
      await errorCode(tutor.assignments.create({ classId: klass.id, scenarioId: id, dueAt: "2099-02-30" })),
    ).toBe("BAD_REQUEST");
    expect(
      await errorCode(
        tutor.assignments.create({ classId: klass.id, scenarioId: id, dueAt: "next week" as never }),
      ),
    ).toBe("BAD_REQUEST");
    expect(await errorCode(tutor.assignments.create({ classId: klass.id, scenarioId: "" }))).toBe(
      "BAD_REQUEST",
    );
    expect(
      await errorCode(tutor.assignments.create({ classId: klass.id, scenarioId: "x".repeat(101) })),
    ).toBe("BAD_REQUEST");
    expect(
      await errorCode(tutor.assignments.create({ classId: String(klass.id) as never, scenarioId: id })),
    ).toBe("BAD_REQUEST");
    expect(await errorCode(tutor.assignments.remove({ assignmentId: 0 }))).toBe("BAD_REQUEST");
    await tutor.classes.archive({ classId: klass.id });
    expect(await errorCode(tutor.assignments.create({ classId: klass.id, scenarioId: id }))).toBe("CONFLICT");
  });

  it("shows an archived class's assignments as taking no work, and will not reopen or close them", async () => {
    const { tutor, klass } = await tutorWithClass("Archived Thursday");
    const a = await tutor.assignments.create({ classId: klass.id, scenarioId: scenarios()[0]! });
    expect((await tutor.classes.get({ classId: klass.id })).assignments[0]!.classArchivedAt).toBeNull();
    await tutor.classes.archive({ classId: klass.id });
    const [listed] = (await tutor.classes.get({ classId: klass.id })).assignments;
    expect(listed!.classArchivedAt).toBeInstanceOf(Date);
    expect(listed!.closedAt).toBeNull();
    expect(await errorCode(tutor.assignments.setClosed({ assignmentId: a.id, closed: true }))).toBe(
      "CONFLICT",
    );
    expect(await errorCode(tutor.assignments.setClosed({ assignmentId: a.id, closed: false }))).toBe(
      "CONFLICT",
    );
    await tutor.classes.unarchive({ classId: klass.id });
    const closed = await tutor.assignments.setClosed({ assignmentId: a.id, closed: true });
    expect(closed.closedAt).toBeInstanceOf(Date);
  });

  it("is NOT_FOUND for another tutor's class or assignment", async () => {
    const owner = await tutorWithClass("Owner's class");
    const other = await tutorWithClass("Other class");
    const id = scenarios()[0]!;
    const a = await owner.tutor.assignments.create({ classId: owner.klass.id, scenarioId: id });
    expect(
      await errorCode(
        other.tutor.assignments.create({ classId: owner.klass.id, scenarioId: scenarios()[1]! }),
      ),
    ).toBe("NOT_FOUND");
    expect(await errorCode(other.tutor.assignments.remove({ assignmentId: a.id }))).toBe("NOT_FOUND");
    expect((await owner.tutor.classes.get({ classId: owner.klass.id })).assignments).toHaveLength(1);
  });

  it("learners and anonymous callers cannot assign or remove", async () => {
    const { tutor, klass } = await tutorWithClass();
    const a = await tutor.assignments.create({ classId: klass.id, scenarioId: scenarios()[0]! });
    const { device } = await learnerIn(klass.joinCode!, "Bea");
    expect(
      await errorCode(device.assignments.create({ classId: klass.id, scenarioId: scenarios()[1]! })),
    ).toBe("FORBIDDEN");
    expect(await errorCode(device.assignments.remove({ assignmentId: a.id }))).toBe("FORBIDDEN");
    expect(await errorCode(browser().assignments.remove({ assignmentId: a.id }))).toBe("UNAUTHORIZED");
  });

  it("removing an assignment keeps learners' attempts", async () => {
    const { tutor, klass } = await tutorWithClass();
    const a = await tutor.assignments.create({ classId: klass.id, scenarioId: scenarios()[0]! });
    const { device, learnerId } = await learnerIn(klass.joinCode!, "Cal");
    const attemptId = await addAttempt({
      learnerId,
      assignmentId: a.id,
      scenarioId: a.scenarioId,
      status: "in_progress",
    });
    await tutor.assignments.remove({ assignmentId: a.id });
    expect(await device.assignments.mine()).toEqual([]);
    const attempt = (await app.store.db.select().from(app.store.t.attempts)).find((x) => x.id === attemptId)!;
    expect(attempt.assignmentId).toBeNull();
  });
});

describe("assignments.mine", () => {
  it("shows a learner their class's work with their own status and band, to-do first", async () => {
    const { tutor, klass } = await tutorWithClass();
    const [s1, s2, s3] = scenarios();
    const soon = new Date(Date.now() + 2 * 86_400_000);
    const later = new Date(Date.now() + 9 * 86_400_000);
    const a1 = await tutor.assignments.create({ classId: klass.id, scenarioId: s1!, dueAt: later });
    const a2 = await tutor.assignments.create({ classId: klass.id, scenarioId: s2!, dueAt: soon });
    const a3 = await tutor.assignments.create({ classId: klass.id, scenarioId: s3! });
    const me = await learnerIn(klass.joinCode!, "Dee");
    const classmate = await learnerIn(klass.joinCode!, "Eli");

    let mine = await me.device.assignments.mine();
    expect(mine.map((a) => [a.id, a.status])).toEqual([
      [a2.id, "not_started"],
      [a1.id, "not_started"],
      [a3.id, "not_started"],
    ]);
    expect(mine[0]!.scenario).toMatchObject({
      id: s2,
      title: expect.any(String),
      lifecycleStage: expect.any(String),
      estimatedMinutes: expect.any(Number),
    });
    expect(mine[0]).toMatchObject({
      dueAt: soon,
      overdue: false,
      band: null,
      inProgressAttemptId: null,
      submittedAttemptId: null,
    });

    // A classmate's attempts never change my status.
    await addAttempt({
      learnerId: classmate.learnerId,
      assignmentId: a1.id,
      scenarioId: s1!,
      status: "submitted",
      band: "Merit",
      totalPercent: 68,
    });
    // Practising the same scenario outside the assignment does not count either.
    await addAttempt({
      learnerId: me.learnerId,
      assignmentId: null,
      scenarioId: s1!,
      status: "submitted",
      band: "Pass",
      totalPercent: 50,
    });
    const inProgress = await addAttempt({
      learnerId: me.learnerId,
      assignmentId: a2.id,
      scenarioId: s2!,
      status: "in_progress",
    });
    const first = await addAttempt({
      learnerId: me.learnerId,
      assignmentId: a3.id,
      scenarioId: s3!,
      status: "submitted",
      band: "Pass",
      totalPercent: 55,
      submittedAt: new Date(Date.now() - 3_600_000),
    });
    const latest = await addAttempt({
      learnerId: me.learnerId,
      assignmentId: a3.id,
      scenarioId: s3!,
      status: "submitted",
      band: "Distinction",
      totalPercent: 86,
      submittedAt: new Date(),
    });

    mine = await me.device.assignments.mine();
    expect(mine.map((a) => [a.id, a.status])).toEqual([
      [a2.id, "in_progress"],
      [a1.id, "not_started"],
      [a3.id, "submitted"],
    ]);
    expect(mine[0]).toMatchObject({ inProgressAttemptId: inProgress, band: null });
    expect(mine[2]).toMatchObject({ submittedAttemptId: latest, band: "Distinction", totalPercent: 86 });
    expect(first).toBeLessThan(latest);

    const view = await tutor.classes.get({ classId: klass.id });
    expect(view.assignments.find((a) => a.id === a1.id)).toMatchObject({
      learnersStarted: 1,
      learnersSubmitted: 1,
    });
    expect(view.assignments.find((a) => a.id === a3.id)).toMatchObject({
      learnersStarted: 1,
      learnersSubmitted: 1,
    });
    expect(view.learners.find((l) => l.displayName === "Dee")).toMatchObject({
      attemptsStarted: 4,
      attemptsSubmitted: 3,
    });
  });

  it("flags overdue work that is not submitted", async () => {
    const { tutor, klass } = await tutorWithClass();
    const a = await tutor.assignments.create({
      classId: klass.id,
      scenarioId: scenarios()[0]!,
      dueAt: new Date(Date.now() + 60_000),
    });
    const { device } = await learnerIn(klass.joinCode!, "Fin");
    const session = device.session.current;
    const tomorrow = browser(session, { now: () => new Date(Date.now() + 86_400_000) });
    expect((await tomorrow.assignments.mine())[0]).toMatchObject({
      id: a.id,
      overdue: true,
      status: "not_started",
    });
  });

  it("never shows another class's assignments", async () => {
    const mineClass = await tutorWithClass("Mine");
    const otherClass = await tutorWithClass("Other");
    await otherClass.tutor.assignments.create({ classId: otherClass.klass.id, scenarioId: scenarios()[0]! });
    const { device } = await learnerIn(mineClass.klass.joinCode!, "Gus");
    expect(await device.assignments.mine()).toEqual([]);
  });

  it("is empty for a learner practising alone", async () => {
    const device = browser({}, { ip: nextIp() });
    await device.auth.practiseAlone({ displayName: "Hana" });
    expect(await device.assignments.mine()).toEqual([]);
  });

  it("is for learners only", async () => {
    const { tutor } = await tutorWithClass();
    expect(await errorCode(tutor.assignments.mine())).toBe("FORBIDDEN");
    expect(await errorCode(browser().assignments.mine())).toBe("UNAUTHORIZED");
    expect(await errorCode(browser({ learnerId: 424242, learnerVersion: 1 }).assignments.mine())).toBe(
      "UNAUTHORIZED",
    );
  });
});
