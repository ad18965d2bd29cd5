/**
 * A lesson without surprises (issue 10, items 1–3), through the real procedures on a fresh database:
 * one open attempt found again, the assignment's life (due date, close, lock or late, attempts
 * allowed, held marks), and a tutor's control (reset, void, remove, who has not started, preview).
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { learnerAttemptList } from "@/server/data/attempts";
import { createTestApp, errorCode, type TestApp } from "@/server/test-support/test-app";
import { tutorName } from "@/server/test-support/tutor-names";

let app: TestApp;
beforeAll(() => {
  app = createTestApp();
});
afterAll(() => app.close());

const SCENARIO = "complaint-faulty-kettle";
const NOTE = { type: "add_note", customerRef: "CUS-2041", text: "Checked the order history." } as const;
const REPLY = {
  type: "send_message",
  customerRef: "CUS-2041",
  channel: "email",
  text: "I'm so sorry, Priya. Thank you for telling us; I will arrange a replacement kettle today.",
} as const;

let n = 0;
const ip = () => `10.30.${Math.floor(n / 200)}.${(n++ % 200) + 1}`;
const clientId = () => `lesson-${++n}-${Date.now()}`;

/** A clock each test can move (the due date tests need "after the due date"). */
let now = new Date();
const clock = () => now;

async function tutorWithClass(name = "Tutor") {
  const { api, session } = app.browser({}, { ip: ip(), now: clock });
  const email = `lesson${++n}@college.example`;
  await api.auth.tutorSignUp({ email, name: tutorName(name), password: "a long enough password" });
  await api.auth.tutorSignIn({ email, password: "a long enough password" });
  const klass = await api.classes.create({ name: "Level 2 Thursday" });
  return { api, session, klass };
}

async function learnerIn(code: string, displayName: string) {
  const { api, session } = app.browser({}, { ip: ip(), now: clock });
  await api.auth.joinClass({ code, displayName });
  return { api, session, learnerId: session.current.learnerId! };
}

async function lesson(
  options: {
    maxAttempts?: number | null;
    marksRelease?: "immediate" | "held";
    lateWork?: "accept" | "lock";
    dueAt?: Date;
  } = {},
) {
  now = new Date();
  const tutor = await tutorWithClass();
  const assignment = await tutor.api.assignments.create({
    classId: tutor.klass.id,
    scenarioId: SCENARIO,
    dueAt: options.dueAt ?? null,
  });
  const { dueAt: _d, ...terms } = options;
  if (Object.keys(terms).length > 0)
    await tutor.api.assignments.update({ assignmentId: assignment.id, ...terms });
  const ann = await learnerIn(tutor.klass.joinCode!, "Ann");
  const ben = await learnerIn(tutor.klass.joinCode!, "Ben");
  return { tutor, assignment, ann, ben };
}

const attemptRow = async (id: number) => {
  const { t, db } = app.store;
  return (await db.select().from(t.attempts).where(eq(t.attempts.id, id)))[0]!;
};

describe("one attempt, found again", () => {
  it("starting again without asking returns the attempt in progress; Start again sets it aside", async () => {
    const { assignment, ann } = await lesson();
    const first = await ann.api.attempts.start({ scenarioId: SCENARIO, assignmentId: assignment.id });
    expect(first).toMatchObject({ resumed: false, setAsideAttemptId: null });
    await ann.api.attempts.act({ attemptId: first.attemptId, clientId: clientId(), action: NOTE });

    // From the library (no assignment id) it is the same attempt: the assigned one.
    const again = await ann.api.attempts.start({ scenarioId: SCENARIO });
    expect(again).toEqual({ attemptId: first.attemptId, resumed: true, setAsideAttemptId: null });

    const fresh = await ann.api.attempts.start({
      scenarioId: SCENARIO,
      assignmentId: assignment.id,
      restart: true,
    });
    expect(fresh.attemptId).not.toBe(first.attemptId);
    expect(fresh.setAsideAttemptId).toBe(first.attemptId);
    expect(await attemptRow(first.attemptId)).toMatchObject({
      status: "void",
      voidKind: "restarted",
      voidedByTutorId: null,
    });

    // The old attempt explains itself instead of taking more work.
    const old = await ann.api.attempts.get({ attemptId: first.attemptId });
    expect(old.canAct).toBe(false);
    expect(old.voided?.notice).toMatch(/started this scenario again/);
    expect(
      await errorCode(
        ann.api.attempts.act({ attemptId: first.attemptId, clientId: clientId(), action: NOTE }),
      ),
    ).toBe("CONFLICT");

    const mine = await ann.api.attempts.mine();
    expect(mine.filter((a) => a.status === "in_progress").map((a) => a.id)).toEqual([fresh.attemptId]);
  });

  it("practice and an assignment of the same scenario are separate attempts, each found again", async () => {
    now = new Date();
    const { api } = app.browser({}, { ip: ip(), now: clock });
    await api.auth.practiseAlone({ displayName: "Solo" });
    const a = await api.attempts.start({ scenarioId: SCENARIO });
    const b = await api.attempts.start({ scenarioId: SCENARIO });
    expect(b.attemptId).toBe(a.attemptId);
    const other = await api.attempts.start({ scenarioId: "onboarding-new-subscriber" });
    expect(other.attemptId).not.toBe(a.attemptId);
  });

  it("an action sent to a submitted attempt is refused with words that say why", async () => {
    const { ann } = await lesson();
    const { attemptId } = await ann.api.attempts.start({ scenarioId: SCENARIO });
    await ann.api.attempts.submit({ attemptId });
    const error = await ann.api.attempts
      .act({ attemptId, clientId: clientId(), action: NOTE })
      .catch((e: { code: string; message: string }) => e);
    expect(error).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/has been submitted/) });
    // A new start after submitting is a new attempt (nothing is open).
    const next = await ann.api.attempts.start({ scenarioId: SCENARIO });
    expect(next.resumed).toBe(false);
  });

  it("two starts at once still make one attempt", async () => {
    const { assignment, ben } = await lesson();
    const [x, y] = await Promise.all([
      ben.api.attempts.start({ scenarioId: SCENARIO, assignmentId: assignment.id }),
      ben.api.attempts.start({ scenarioId: SCENARIO, assignmentId: assignment.id }),
    ]);
    expect(x.attemptId).toBe(y.attemptId);
    const { t, db } = app.store;
    const open = await db.select().from(t.attempts).where(eq(t.attempts.learnerId, ben.learnerId));
    expect(open).toHaveLength(1);
  });
});

describe("the start plan the brief shows", () => {
  it("follows the start's own rule: where a start counts, what it resumes, attempts left, practice when closed", async () => {
    const { tutor, assignment, ann } = await lesson({ maxAttempts: 2 });
    expect(await ann.api.attempts.startPlan({ scenarioId: SCENARIO })).toEqual({
      assignmentId: assignment.id,
      closedMessage: null,
      maxAttempts: 2,
      attemptsLeft: 2,
      openAttempt: null,
      deadline: null, // no due date set
    });
    const started = await ann.api.attempts.start({ scenarioId: SCENARIO });
    const plan = await ann.api.attempts.startPlan({ scenarioId: SCENARIO, assignmentId: assignment.id });
    expect(plan).toMatchObject({ assignmentId: assignment.id, openAttempt: { id: started.attemptId } });
    // What the plan offers is what the start does: resume that attempt.
    expect((await ann.api.attempts.start({ scenarioId: SCENARIO })).attemptId).toBe(plan.openAttempt!.id);
    await ann.api.attempts.submit({ attemptId: started.attemptId });
    expect(await ann.api.attempts.startPlan({ scenarioId: SCENARIO })).toMatchObject({
      attemptsLeft: 1,
      openAttempt: null,
    });

    // Closed: a start from here is practice, and the plan says why.
    await tutor.api.assignments.setClosed({ assignmentId: assignment.id, closed: true });
    const closed = await ann.api.attempts.startPlan({ scenarioId: SCENARIO, assignmentId: assignment.id });
    expect(closed).toMatchObject({ assignmentId: null, maxAttempts: null, attemptsLeft: null });
    expect(closed.closedMessage).toMatch(/closed/);
    const practice = await ann.api.attempts.start({ scenarioId: SCENARIO });
    expect((await attemptRow(practice.attemptId)).assignmentId).toBeNull();

    // Bad input and another class's assignment are refused, as by the start.
    expect(await errorCode(ann.api.attempts.startPlan({ scenarioId: "no-such-scenario" }))).toBe("NOT_FOUND");
    const other = await lesson();
    expect(
      await errorCode(
        ann.api.attempts.startPlan({ scenarioId: SCENARIO, assignmentId: other.assignment.id }),
      ),
    ).toBe("NOT_FOUND");
  });
});

describe("assignment lifecycle", () => {
  it("the tutor edits the due date and terms; bad input, learners and other tutors are refused", async () => {
    const { tutor, assignment, ann } = await lesson();
    const due = "2099-06-30";
    const updated = await tutor.api.assignments.update({
      assignmentId: assignment.id,
      dueAt: due,
      lateWork: "lock",
      maxAttempts: 2,
      marksRelease: "held",
    });
    expect(updated).toMatchObject({
      lateWork: "lock",
      maxAttempts: 2,
      marksRelease: "held",
      marksReleasedAt: null,
    });
    expect(updated.dueAt?.toISOString()).toBe("2099-06-30T22:59:00.000Z"); // 23:59 British Summer Time
    const listed = (await tutor.api.classes.get({ classId: tutor.klass.id })).assignments[0]!;
    expect(listed).toMatchObject({ lateWork: "lock", maxAttempts: 2, marksRelease: "held" });

    // Unlimited again, and no due date.
    expect(
      await tutor.api.assignments.update({ assignmentId: assignment.id, maxAttempts: null, dueAt: null }),
    ).toMatchObject({ maxAttempts: null, dueAt: null });

    expect(
      await errorCode(tutor.api.assignments.update({ assignmentId: assignment.id, dueAt: "2020-01-01" })),
    ).toBe("BAD_REQUEST");
    expect(
      await errorCode(tutor.api.assignments.update({ assignmentId: assignment.id, dueAt: "2099-02-30" })),
    ).toBe("BAD_REQUEST");
    expect(
      await errorCode(tutor.api.assignments.update({ assignmentId: assignment.id, maxAttempts: 0 })),
    ).toBe("BAD_REQUEST");
    expect(
      await errorCode(tutor.api.assignments.update({ assignmentId: assignment.id, maxAttempts: 1.5 })),
    ).toBe("BAD_REQUEST");
    expect(
      await errorCode(
        tutor.api.assignments.update({ assignmentId: assignment.id, lateWork: "maybe" as "lock" }),
      ),
    ).toBe("BAD_REQUEST");

    expect(await errorCode(ann.api.assignments.update({ assignmentId: assignment.id, maxAttempts: 5 }))).toBe(
      "FORBIDDEN",
    );
    expect(
      await errorCode(ann.api.assignments.setClosed({ assignmentId: assignment.id, closed: true })),
    ).toBe("FORBIDDEN");
    expect(await errorCode(ann.api.assignments.releaseMarks({ assignmentId: assignment.id }))).toBe(
      "FORBIDDEN",
    );
    const other = await tutorWithClass("Other");
    expect(
      await errorCode(other.api.assignments.update({ assignmentId: assignment.id, maxAttempts: 5 })),
    ).toBe("NOT_FOUND");
    expect(
      await errorCode(other.api.assignments.setClosed({ assignmentId: assignment.id, closed: true })),
    ).toBe("NOT_FOUND");
    expect(await errorCode(other.api.assignments.releaseMarks({ assignmentId: assignment.id }))).toBe(
      "NOT_FOUND",
    );
  });

  it("closing stops new work and says why; reopening lets the learner carry on", async () => {
    const { tutor, assignment, ann } = await lesson();
    const { attemptId } = await ann.api.attempts.start({ scenarioId: SCENARIO, assignmentId: assignment.id });
    await tutor.api.assignments.setClosed({ assignmentId: assignment.id, closed: true });

    const view = await ann.api.attempts.get({ attemptId });
    expect(view).toMatchObject({
      canAct: false,
      blockedReason: expect.stringMatching(/closed this assignment/),
    });
    const act = await ann.api.attempts
      .act({ attemptId, clientId: clientId(), action: NOTE })
      .catch((e: { code: string; message: string }) => e);
    expect(act).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/closed this assignment/) });
    expect(await errorCode(ann.api.attempts.submit({ attemptId }))).toBe("CONFLICT");
    expect(
      await errorCode(ann.api.attempts.start({ scenarioId: SCENARIO, assignmentId: assignment.id })),
    ).toBe("CONFLICT");
    expect((await ann.api.assignments.mine())[0]).toMatchObject({
      open: false,
      closedMessage: expect.stringMatching(/closed/),
    });

    await tutor.api.assignments.setClosed({ assignmentId: assignment.id, closed: false });
    await ann.api.attempts.act({ attemptId, clientId: clientId(), action: NOTE });
    expect((await ann.api.assignments.mine())[0]).toMatchObject({
      open: true,
      closedMessage: null,
      inProgressAttemptId: attemptId,
    });
  });

  it("archiving the class stops its assignments taking work, keeps reports readable; restoring it reopens them", async () => {
    const { tutor, assignment, ann, ben } = await lesson();
    const { attemptId } = await ann.api.attempts.start({ scenarioId: SCENARIO, assignmentId: assignment.id });
    const done = await ben.api.attempts.start({ scenarioId: SCENARIO, assignmentId: assignment.id });
    await ben.api.attempts.act({ attemptId: done.attemptId, clientId: clientId(), action: REPLY });
    await ben.api.attempts.submit({ attemptId: done.attemptId });
    await tutor.api.classes.archive({ classId: tutor.klass.id });

    const view = await ann.api.attempts.get({ attemptId });
    expect(view).toMatchObject({
      canAct: false,
      blockedReason: expect.stringMatching(/archived this class/),
    });
    const act = await ann.api.attempts
      .act({ attemptId, clientId: clientId(), action: NOTE })
      .catch((e: { code: string; message: string }) => e);
    expect(act).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/archived this class/) });
    expect(await errorCode(ann.api.attempts.submit({ attemptId }))).toBe("CONFLICT");
    expect(
      await errorCode(ann.api.attempts.start({ scenarioId: SCENARIO, assignmentId: assignment.id })),
    ).toBe("CONFLICT");
    // From the library it is practice, counted towards nothing in the archived class.
    const plan = await ann.api.attempts.startPlan({ scenarioId: SCENARIO });
    expect(plan).toMatchObject({ assignmentId: null, closedMessage: expect.stringMatching(/archived/) });
    expect((await ann.api.assignments.mine())[0]).toMatchObject({
      open: false,
      closedMessage: expect.stringMatching(/archived this class/),
    });
    // Work already submitted stays readable, and the results stay as they were.
    expect((await ben.api.attempts.report({ attemptId: done.attemptId })).report.band).toBeTruthy();
    const results = await tutor.api.results.assignmentResults({ assignmentId: assignment.id });
    expect(results.rows.filter((r) => r.status === "submitted").map((r) => r.displayName)).toEqual(["Ben"]);

    await tutor.api.classes.unarchive({ classId: tutor.klass.id });
    await ann.api.attempts.act({ attemptId, clientId: clientId(), action: NOTE });
    expect((await ann.api.assignments.mine())[0]).toMatchObject({ open: true, closedMessage: null });
  });

  it("at the due date a locked assignment stops taking work; an accepting one flags late work", async () => {
    const dueAt = new Date(Date.now() + 60 * 60_000);
    const locked = await lesson({ lateWork: "lock", dueAt });
    const lockedAttempt = await locked.ann.api.attempts.start({
      scenarioId: SCENARIO,
      assignmentId: locked.assignment.id,
    });
    // Before then the brief, the welcome page and the workspace can say when it locks (session 39: nothing did).
    const terms = { dueAt, lateWork: "lock" };
    expect(
      (await locked.ben.api.attempts.startPlan({ scenarioId: SCENARIO, assignmentId: locked.assignment.id }))
        .deadline,
    ).toEqual(terms);
    expect((await locked.ann.api.attempts.get({ attemptId: lockedAttempt.attemptId })).deadline).toEqual(
      terms,
    );
    expect((await locked.ann.api.assignments.mine())[0]).toMatchObject(terms);
    now = new Date(dueAt.getTime() + 60_000);
    // Once locked there is no deadline to count down to: the page says it locked instead.
    const after = await locked.ann.api.attempts.get({ attemptId: lockedAttempt.attemptId });
    expect(after).toMatchObject({
      deadline: null,
      blockedReason: expect.stringMatching(/locked at its due date/),
    });
    expect(
      (await locked.ben.api.attempts.startPlan({ scenarioId: SCENARIO, assignmentId: locked.assignment.id }))
        .deadline,
    ).toBeNull();
    const refused = await locked.ann.api.attempts
      .submit({ attemptId: lockedAttempt.attemptId })
      .catch((e: { code: string; message: string }) => e);
    expect(refused).toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/locked at its due date/),
    });
    expect((refused as { message: string }).message).toMatch(/ at \d\d:\d\d/); // a UK date and time, not an ISO string

    const accepting = await lesson({ lateWork: "accept", dueAt });
    const onTime = await accepting.ann.api.attempts.start({
      scenarioId: SCENARIO,
      assignmentId: accepting.assignment.id,
    });
    const lateOne = await accepting.ben.api.attempts.start({
      scenarioId: SCENARIO,
      assignmentId: accepting.assignment.id,
    });
    expect((await accepting.ann.api.attempts.submit({ attemptId: onTime.attemptId })).late).toBe(false);
    now = new Date(dueAt.getTime() + 60_000);
    expect((await accepting.ben.api.attempts.submit({ attemptId: lateOne.attemptId })).late).toBe(true);
    expect((await accepting.ben.api.assignments.mine())[0]).toMatchObject({
      status: "submitted",
      late: true,
    });
  });

  it("attempts allowed: one means one marked attempt; a tutor's reset gives it back, a void does not", async () => {
    const { tutor, assignment, ann } = await lesson({ maxAttempts: 1 });
    const first = await ann.api.attempts.start({ scenarioId: SCENARIO, assignmentId: assignment.id });
    await ann.api.attempts.submit({ attemptId: first.attemptId });
    expect((await ann.api.assignments.mine())[0]).toMatchObject({ attemptsLeft: 0, maxAttempts: 1 });
    const refused = await ann.api.attempts
      .start({ scenarioId: SCENARIO, assignmentId: assignment.id })
      .catch((e: { code: string; message: string }) => e);
    expect(refused).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/your one attempt/) });

    await tutor.api.tutorAttempts.reset({
      attemptId: first.attemptId,
      reason: "The fire alarm went off mid-scenario.",
    });
    const second = await ann.api.attempts.start({ scenarioId: SCENARIO, assignmentId: assignment.id });
    await ann.api.attempts.submit({ attemptId: second.attemptId });
    await tutor.api.tutorAttempts.void({
      attemptId: second.attemptId,
      reason: "Copied a classmate's replies.",
    });
    expect(
      await errorCode(ann.api.attempts.start({ scenarioId: SCENARIO, assignmentId: assignment.id })),
    ).toBe("CONFLICT");

    // Unlimited: any number.
    await tutor.api.assignments.update({ assignmentId: assignment.id, maxAttempts: null });
    expect(
      (await ann.api.attempts.start({ scenarioId: SCENARIO, assignmentId: assignment.id })).resumed,
    ).toBe(false);
  });

  it("held marks are never sent to the learner until the tutor releases them", async () => {
    const { tutor, assignment, ann } = await lesson({ marksRelease: "held" });
    const { attemptId } = await ann.api.attempts.start({ scenarioId: SCENARIO, assignmentId: assignment.id });
    await ann.api.attempts.act({ attemptId, clientId: clientId(), action: REPLY });
    const submitted = await ann.api.attempts.submit({ attemptId });
    expect(submitted).toMatchObject({ awaitingMarks: true, band: null, totalPercent: null });

    const mine = (await ann.api.attempts.mine()).find((a) => a.id === attemptId)!;
    expect(mine).toMatchObject({ status: "submitted", awaitingMarks: true, band: null, totalPercent: null });
    expect((await ann.api.assignments.mine())[0]).toMatchObject({
      status: "submitted",
      awaitingMarks: true,
      band: null,
      totalPercent: null,
    });
    const report = await ann.api.attempts
      .report({ attemptId })
      .catch((e: { code: string; message: string }) => e);
    expect(report).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/awaiting marks/) });
    // Nothing in the workspace view gives the marks away either: no analysis, no LASS verdicts.
    const view = await ann.api.attempts.get({ attemptId });
    expect(JSON.stringify(view)).not.toMatch(/"analysis"|"lass"/);

    // The tutor sees the marks all along.
    expect((await tutor.api.attempts.report({ attemptId })).report.band).toBeTruthy();

    await tutor.api.assignments.releaseMarks({ assignmentId: assignment.id });
    const released = (await ann.api.attempts.mine()).find((a) => a.id === attemptId)!;
    expect(released.awaitingMarks).toBe(false);
    expect(released.band).toBeTruthy();
    expect((await ann.api.attempts.report({ attemptId })).report.band).toBe(released.band);

    // Marks released at once: there is nothing to release.
    await tutor.api.assignments.update({ assignmentId: assignment.id, marksRelease: "immediate" });
    expect(await errorCode(tutor.api.assignments.releaseMarks({ assignmentId: assignment.id }))).toBe(
      "CONFLICT",
    );
  });

  it("a submitted attempt the tutor voids keeps its mark unsent while marks are held", async () => {
    const { tutor, assignment, ann } = await lesson({ marksRelease: "held" });
    const { attemptId } = await ann.api.attempts.start({ scenarioId: SCENARIO, assignmentId: assignment.id });
    await ann.api.attempts.act({ attemptId, clientId: clientId(), action: REPLY });
    await ann.api.attempts.submit({ attemptId });
    await tutor.api.tutorAttempts.void({ attemptId, reason: "Copied a classmate's replies." });
    // The stored mark is still there for the tutor.
    expect((await tutor.api.attempts.report({ attemptId })).report.band).toBeTruthy();

    const voided = (await ann.api.attempts.mine()).find((a) => a.id === attemptId)!;
    expect(voided).toMatchObject({ status: "void", band: null, totalPercent: null });
    expect(await errorCode(ann.api.attempts.report({ attemptId }))).toBe("CONFLICT");
    expect(JSON.stringify(await ann.api.attempts.get({ attemptId }))).not.toMatch(
      /"analysis"|"lass"|"band"|"totalPercent"/,
    );
    expect(JSON.stringify(await ann.api.assignments.mine())).not.toMatch(/"band":"|"totalPercent":\d/);

    // Released: the learner sees what the tutor sees.
    await tutor.api.assignments.releaseMarks({ assignmentId: assignment.id });
    const released = (await ann.api.attempts.mine()).find((a) => a.id === attemptId)!;
    expect(released.band).toBeTruthy();
  });

  it("the data layer's list holds the marks back itself, as the assignment list does, and never carries a report", async () => {
    const { assignment, ann } = await lesson({ marksRelease: "held" });
    const { attemptId } = await ann.api.attempts.start({ scenarioId: SCENARIO, assignmentId: assignment.id });
    await ann.api.attempts.act({ attemptId, clientId: clientId(), action: REPLY });
    await ann.api.attempts.submit({ attemptId });
    expect((await attemptRow(attemptId)).band).toBeTruthy();
    const listed = (await learnerAttemptList(app.store, ann.learnerId)).find((a) => a.id === attemptId)!;
    expect(listed).toMatchObject({
      status: "submitted",
      awaitingMarks: true,
      band: null,
      totalPercent: null,
    });
    expect(listed).not.toHaveProperty("report");
    // What the router sends is that list, plus the scenario's title and the void notice.
    const mine = (await ann.api.attempts.mine()).find((a) => a.id === attemptId)!;
    expect(mine).toMatchObject({ awaitingMarks: true, band: null, totalPercent: null, voided: null });
  });
});

describe("tutor control", () => {
  it("a reset or void is audited (who, when, why) and the learner sees the reason", async () => {
    const { tutor, assignment, ann, ben } = await lesson();
    const annAttempt = await ann.api.attempts.start({ scenarioId: SCENARIO, assignmentId: assignment.id });
    const benAttempt = await ben.api.attempts.start({ scenarioId: SCENARIO, assignmentId: assignment.id });

    expect(
      await errorCode(tutor.api.tutorAttempts.reset({ attemptId: annAttempt.attemptId, reason: "  " })),
    ).toBe("BAD_REQUEST");
    expect(
      await errorCode(
        ben.api.tutorAttempts.reset({ attemptId: annAttempt.attemptId, reason: "Let me have another go" }),
      ),
    ).toBe("FORBIDDEN");
    const other = await tutorWithClass("Other");
    expect(
      await errorCode(
        other.api.tutorAttempts.void({ attemptId: annAttempt.attemptId, reason: "Not my class" }),
      ),
    ).toBe("NOT_FOUND");

    const done = await tutor.api.tutorAttempts.reset({
      attemptId: annAttempt.attemptId,
      reason: "Her laptop crashed.",
    });
    expect(done).toMatchObject({ voidKind: "reset", voidReason: "Her laptop crashed." });
    const row = await attemptRow(annAttempt.attemptId);
    expect(row).toMatchObject({ status: "void", voidKind: "reset", voidReason: "Her laptop crashed." });
    expect(row.voidedByTutorId).toBe(tutor.session.current.tutorId);
    expect(row.voidedAt).toBeInstanceOf(Date);
    expect(
      await errorCode(tutor.api.tutorAttempts.void({ attemptId: annAttempt.attemptId, reason: "Twice" })),
    ).toBe("CONFLICT");

    const seen = (await ann.api.attempts.mine()).find((a) => a.id === annAttempt.attemptId)!;
    expect(seen.voided).toMatchObject({
      kind: "reset",
      reason: "Her laptop crashed.",
      notice: expect.stringMatching(/reset this attempt: Her laptop crashed/),
    });
    expect((await ann.api.attempts.get({ attemptId: annAttempt.attemptId })).canAct).toBe(false);
    // Back to "not started": the tutor's list names her, not Ben.
    const listed = (await tutor.api.classes.get({ classId: tutor.klass.id })).assignments[0]!;
    expect(listed.notStarted.map((l) => l.displayName)).toEqual(["Ann"]);
    expect(benAttempt.attemptId).toBeGreaterThan(0);
  });

  it("lists who has not started each assignment, and a removed learner's work is kept but their access ends", async () => {
    const { tutor, assignment, ann, ben } = await lesson();
    const carl = await learnerIn(tutor.klass.joinCode!, "Carl");
    let listed = (await tutor.api.classes.get({ classId: tutor.klass.id })).assignments[0]!;
    expect(listed.notStarted.map((l) => l.displayName)).toEqual(["Ann", "Ben", "Carl"]);

    const { attemptId } = await ben.api.attempts.start({ scenarioId: SCENARIO, assignmentId: assignment.id });
    listed = (await tutor.api.classes.get({ classId: tutor.klass.id })).assignments[0]!;
    expect(listed.notStarted.map((l) => l.displayName)).toEqual(["Ann", "Carl"]);

    await tutor.api.classes.removeLearner({ learnerId: ben.learnerId });
    expect(await errorCode(ben.api.attempts.mine())).toBe("UNAUTHORIZED");
    expect((await attemptRow(attemptId)).learnerId).toBe(ben.learnerId); // kept for the record
    await tutor.api.classes.removeLearner({ learnerId: carl.learnerId });
    listed = (await tutor.api.classes.get({ classId: tutor.klass.id })).assignments[0]!;
    expect(listed.notStarted.map((l) => l.displayName)).toEqual(["Ann"]);
    expect(ann.learnerId).toBeGreaterThan(0);
  });

  it("a tutor previews any scenario as a learner without counting in any class", async () => {
    const { tutor, assignment } = await lesson();
    const started = await tutor.api.preview.start({ scenarioId: SCENARIO });
    expect(tutor.session.current.preview).toBe(true);
    expect(await tutor.api.auth.me()).toMatchObject({ kind: "learner", preview: true, classId: null });

    await tutor.api.attempts.act({ attemptId: started.attemptId, clientId: clientId(), action: REPLY });
    await tutor.api.attempts.submit({ attemptId: started.attemptId });
    expect((await tutor.api.attempts.report({ attemptId: started.attemptId })).report.band).toBeTruthy();
    // Tutor pages say to end the preview first; joining a class as a learner is refused.
    const blocked = await tutor.api.classes.list().catch((e: { code: string; message: string }) => e);
    expect(blocked).toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/End the preview/) });
    expect(
      await errorCode(tutor.api.auth.joinClass({ code: tutor.klass.joinCode!, displayName: "Sneaky" })),
    ).toBe("CONFLICT");

    await tutor.api.preview.end();
    expect(tutor.session.current.preview).toBeUndefined();
    expect((await tutor.api.auth.me()).kind).toBe("tutor");
    const results = await tutor.api.results.assignmentResults({ assignmentId: assignment.id });
    expect(JSON.stringify(results)).not.toContain("(preview)");
    const live = await tutor.api.results.live({ classId: tutor.klass.id });
    expect(live.learners.map((l) => l.displayName).sort()).toEqual(["Ann", "Ben"]);
    expect((await tutor.api.classes.get({ classId: tutor.klass.id })).assignments[0]!.learnersStarted).toBe(
      0,
    );

    // A learner cannot start a preview.
    const { ann } = await lesson();
    expect(await errorCode(ann.api.preview.start({ scenarioId: SCENARIO }))).toBe("FORBIDDEN");
  });
});
