/**
 * The pushed live views (tRPC subscriptions) through the real procedures on a fresh database: who may
 * subscribe, and that a learner's action stored through ONE database connection (one server process)
 * reaches a tutor's stream served through ANOTHER connection to the same database (a second process).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionData } from "@/server/auth/session";
import { createTestApp, errorCode, type TestApp, type TestServer } from "@/server/test-support/test-app";
import { tutorName } from "@/server/test-support/tutor-names";

const SCENARIO = "complaint-faulty-kettle";
let app: TestApp;
let secondProcess: ReturnType<TestApp["anotherProcess"]>;
const aborts: AbortController[] = [];

let n = 0;
/** A caller on a given server process, with its own cookie jar and an abort signal for its streams. */
function browser(session: SessionData = {}, server: TestServer = app) {
  const abort = new AbortController();
  aborts.push(abort);
  n += 1;
  const { api, session: store } = server.browser(session, { ip: `10.7.0.${n}`, signal: abort.signal });
  return { api, session: store, abort };
}

async function newTutor() {
  const t = browser();
  n += 1;
  await t.api.auth.tutorSignUp({
    email: `live${n}@college.example`,
    name: tutorName("Live Tutor"),
    password: "a long enough password",
  });
  await t.api.auth.tutorSignIn({ email: `live${n}@college.example`, password: "a long enough password" });
  return t;
}

type Message<T> = { view: T | null; checkedAt: Date };

/**
 * Reads a stream with time limits. A read that timed out leaves its request pending, and the next
 * read takes that same request, so no message is lost between reads.
 */
function reader<T>(iterable: AsyncIterable<Message<T>>) {
  const iterator = iterable[Symbol.asyncIterator]();
  let pending: Promise<IteratorResult<Message<T>>> | undefined;
  /** The next message of any kind (a new view, or "still current"), or a failure after `ms`. */
  async function message(ms: number): Promise<Message<T>> {
    pending ??= iterator.next();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no update within ${ms} ms`)), ms);
    });
    try {
      const r = await Promise.race([pending, timeout]);
      pending = undefined;
      if (r.done) throw new Error("the stream ended");
      return r.value;
    } finally {
      clearTimeout(timer);
    }
  }
  return {
    message,
    /** The next new view (skipping "still current" messages) within `ms`: the stream must push, not wait for a poll. */
    async view(ms: number): Promise<T> {
      const deadline = performance.now() + ms;
      for (;;) {
        const m = await message(Math.max(1, deadline - performance.now()));
        if (m.view !== null) return m.view;
      }
    },
    /** Whether the stream ends within `ms`. */
    async ends(ms: number): Promise<boolean> {
      const deadline = performance.now() + ms;
      while (performance.now() < deadline) {
        try {
          await message(Math.max(1, deadline - performance.now()));
        } catch (error) {
          if ((error as Error).message === "the stream ended") return true;
          return false;
        }
      }
      return false;
    },
  };
}

let tutor: Awaited<ReturnType<typeof newTutor>>;
let otherTutor: Awaited<ReturnType<typeof newTutor>>;
let classId: number;
let learnerSession: SessionData;

beforeAll(async () => {
  app = createTestApp();
  secondProcess = app.anotherProcess();
  tutor = await newTutor();
  otherTutor = await newTutor();
  const klass = await tutor.api.classes.create({ name: "Live class" });
  classId = klass.id;
  await tutor.api.assignments.create({ classId, scenarioId: SCENARIO });
  const learner = browser();
  await learner.api.auth.joinClass({ code: klass.joinCode!, displayName: "Asha" });
  learnerSession = learner.session.current;
}, 60_000);

afterAll(async () => {
  for (const a of aborts) a.abort();
  await secondProcess.close();
  await app.close();
});

describe("results.liveStream", () => {
  it("refuses learners and other tutors before sending anything", async () => {
    const learner = browser(learnerSession);
    expect(await errorCode(learner.api.results.liveStream({ classId }))).toBe("FORBIDDEN");
    expect(await errorCode(otherTutor.api.results.liveStream({ classId }))).toBe("NOT_FOUND");
    expect(await errorCode(browser().api.results.liveStream({ classId }))).toBe("UNAUTHORIZED");
    expect(await errorCode(tutor.api.results.liveStream({ classId: classId + 10_000 }))).toBe("NOT_FOUND");
  });

  it("pushes a learner's action stored by another server process on the same database", async () => {
    // The tutor's stream is served from the second connection; the learner acts through the first.
    const watcher = browser(tutor.session.current, secondProcess);
    const stream = reader(await watcher.api.results.liveStream({ classId }));
    const first = await stream.view(2_000);
    expect(first.learners.map((l) => [l.displayName, l.status])).toEqual([["Asha", "not_started"]]);

    const learner = browser(learnerSession);
    const { attemptId } = await learner.api.attempts.start({ scenarioId: SCENARIO });
    const started = await stream.view(2_000);
    expect(started.learners[0]!.attempt?.id).toBe(attemptId);
    expect(started.learners[0]!.status).toBe("in_progress");

    const t0 = performance.now();
    await learner.api.attempts.act({
      attemptId,
      clientId: "live-stream-1",
      action: {
        type: "send_message",
        customerRef: "CUS-2041",
        channel: "email",
        text: "I'm so sorry about the kettle, Priya.",
      },
    });
    let view = await stream.view(2_000);
    while ((view.learners[0]!.attempt?.messages ?? 0) < 1) view = await stream.view(2_000);
    // Pushed within one signature poll (150 ms) plus building the view, not a 1.5 s poll.
    expect(performance.now() - t0).toBeLessThan(1_000);

    await learner.api.attempts.submit({ attemptId });
    do view = await stream.view(2_000);
    while (view.learners[0]!.status !== "submitted");
    expect(view.counts.submitted).toBe(1);
    watcher.abort.abort();
  });

  it("while nothing changes sends only a small 'still current' message every few seconds, and ends when aborted", async () => {
    const watcher = browser(tutor.session.current);
    const stream = reader(await watcher.api.results.liveStream({ classId }));
    const first = await stream.message(2_000);
    expect(first.view).not.toBeNull();
    await expect(stream.message(2_000)).rejects.toThrow("no update within 2000 ms");
    const heartbeat = await stream.message(3_000);
    expect(heartbeat.view).toBeNull();
    expect(heartbeat.checkedAt.getTime()).toBeGreaterThan(first.checkedAt.getTime());
    watcher.abort.abort();
    expect(await stream.ends(1_000)).toBe(true);
  });

  it("stops streaming to a tutor who has signed out elsewhere", async () => {
    const device = await newTutor();
    const klass = await device.api.classes.create({ name: "Short-lived" });
    const watcher = browser(device.session.current);
    const stream = reader(await watcher.api.results.liveStream({ classId: klass.id }));
    await stream.view(2_000);
    await device.api.auth.signOutEverywhere();
    // Checked again at the next full refresh (every 3 s).
    expect(await stream.ends(5_000)).toBe(true);
  });
});

describe("results.watchAttempt", () => {
  it("refuses learners (even the attempt's own) and other tutors, and pushes a new version on each action", async () => {
    const learner = browser(learnerSession);
    const { attemptId } = await learner.api.attempts.start({ scenarioId: SCENARIO });
    expect(await errorCode(learner.api.results.watchAttempt({ attemptId }))).toBe("FORBIDDEN");
    expect(await errorCode(otherTutor.api.results.watchAttempt({ attemptId }))).toBe("NOT_FOUND");

    const watcher = browser(tutor.session.current, secondProcess);
    const stream = reader(await watcher.api.results.watchAttempt({ attemptId }));
    const first = await stream.view(2_000);
    await learner.api.attempts.act({
      attemptId,
      clientId: "watch-note-1",
      action: { type: "add_note", customerRef: "CUS-2041", text: "Kettle stopped working." },
    });
    const second = await stream.view(2_000);
    expect(second.version).not.toBe(first.version);
    watcher.abort.abort();
  });
});

describe("results.live per-assignment progress", () => {
  it("gives every learner an entry for every assignment: not started, working (latest attempt) or submitted (with its mark)", async () => {
    const t = await newTutor();
    const klass = await t.api.classes.create({ name: "Two assignments" });
    const complaint = (await t.api.assignments.create({ classId: klass.id, scenarioId: SCENARIO })) as {
      id: number;
    };
    const onboarding = (await t.api.assignments.create({
      classId: klass.id,
      scenarioId: "onboarding-new-subscriber",
    })) as { id: number };
    const ben = browser();
    await ben.api.auth.joinClass({ code: klass.joinCode!, displayName: "Ben" });
    const cara = browser();
    await cara.api.auth.joinClass({ code: klass.joinCode!, displayName: "Cara" });

    const { attemptId } = await ben.api.attempts.start({ scenarioId: SCENARIO, assignmentId: complaint.id });
    await ben.api.attempts.act({
      attemptId,
      clientId: "per-assignment-1",
      action: { type: "add_note", customerRef: "CUS-2041", text: "Kettle fault reported." },
    });
    await ben.api.attempts.submit({ attemptId });
    const { attemptId: second } = await ben.api.attempts.start({
      scenarioId: "onboarding-new-subscriber",
      assignmentId: onboarding.id,
    });

    const live = await t.api.results.live({ classId: klass.id });
    expect(live.assignments.map((a) => a.id)).toEqual([complaint.id, onboarding.id]);
    expect(live.assignments[0]!.scenarioTitle).toMatch(/kettle/i);
    const byName = Object.fromEntries(live.learners.map((l) => [l.displayName, l.assignments]));
    expect(byName.Ben![complaint.id]).toMatchObject({
      status: "submitted",
      attemptId,
      attempts: 1,
      actions: expect.any(Number),
      band: expect.stringMatching(/Fail|Pass|Merit|Distinction/),
    });
    expect(byName.Ben![complaint.id]!.totalPercent).toEqual(expect.any(Number));
    expect(byName.Ben![onboarding.id]).toMatchObject({
      status: "in_progress",
      attemptId: second,
      attempts: 1,
      band: null,
      totalPercent: null,
    });
    expect(byName.Cara![complaint.id]).toMatchObject({ status: "not_started", attemptId: null, attempts: 0 });
    expect(byName.Cara![onboarding.id]).toMatchObject({
      status: "not_started",
      attemptId: null,
      attempts: 0,
    });
    // Ben handed the complaint in and is working on the next one: the summary counts him as both, as the
    // assignment table does ("1 of 2 learners submitted"), not "Submitted 0".
    expect(live.counts).toEqual({ learners: 2, notStarted: 1, inProgress: 1, submitted: 1 });
  });

  it("counts a learner trying the same assignment again as working and as submitted", async () => {
    const t = await newTutor();
    const klass = await t.api.classes.create({ name: "Try again" });
    const complaint = (await t.api.assignments.create({ classId: klass.id, scenarioId: SCENARIO })) as {
      id: number;
    };
    const dev = browser();
    await dev.api.auth.joinClass({ code: klass.joinCode!, displayName: "Dev" });
    const { attemptId } = await dev.api.attempts.start({ scenarioId: SCENARIO, assignmentId: complaint.id });
    await dev.api.attempts.submit({ attemptId });
    await dev.api.attempts.start({ scenarioId: SCENARIO, assignmentId: complaint.id });

    const live = await t.api.results.live({ classId: klass.id });
    expect(live.learners[0]!.status).toBe("in_progress");
    expect(live.learners[0]!.assignments[complaint.id]).toMatchObject({ status: "submitted", attemptId });
    expect(live.counts).toEqual({ learners: 1, notStarted: 0, inProgress: 1, submitted: 1 });
  });
});

describe("results.live: LASS steps only where the scenario marks them", () => {
  it("gives each learner's attempt the LASS steps its scenario marks, and the core outcomes where it shows none", async () => {
    const klass = await tutor.api.classes.create({ name: "LASS or not" });
    const players = [
      ["Cara", SCENARIO],
      ["Dan", "onboarding-new-subscriber"],
      ["Eli", "loyalty-silent-defection"],
      ["Fay", "win-back-lapsed-customers"],
    ] as const;
    for (const [name, scenarioId] of players) {
      const b = browser();
      await b.api.auth.joinClass({ code: klass.joinCode!, displayName: name });
      await b.api.attempts.start({ scenarioId });
    }
    const live = await tutor.api.results.live({ classId: klass.id });
    const lassSteps = Object.fromEntries(live.learners.map((l) => [l.displayName, l.attempt?.lassSteps]));
    // A complaint is handled with LASS; welcoming a subscriber and offers to lapsed or drifting customers
    // are not (LASS marks one customer's answer there, while the chips would count every offer).
    expect(lassSteps).toEqual({
      Cara: ["listen", "apologise", "solve", "thank"],
      Dan: [],
      Eli: [],
      Fay: [],
    });
    const fay = live.learners.find((l) => l.displayName === "Fay")!.attempt!;
    expect(fay.coreOutcomes).toContain("Handled David's reason for leaving with LASS, in order");
    expect(fay.coreOutcomes).toContain("Sent offers only where the law allows marketing on that channel");
  });
});
