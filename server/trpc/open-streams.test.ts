/**
 * The cap on a tutor's open live streams (open-streams.ts), through the real procedures on a fresh
 * database. Probe, session 43: one tutor's 1,000 open `results.liveStream`s made `/api/health` take
 * up to 183 s; nothing bounded them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionData } from "@/server/auth/session";
import { createTestApp, errorCode, type TestApp } from "@/server/test-support/test-app";
import { tutorName } from "@/server/test-support/tutor-names";
import { MAX_OPEN_STREAMS_PER_TUTOR, OpenStreams, TUTOR_STREAMS_REFUSAL, heldOpen } from "./open-streams";

const SCENARIO = "complaint-faulty-kettle";
let app: TestApp;
const aborts: AbortController[] = [];
let n = 0;

/** A browser tab: its own abort signal (closing the tab), the given cookie. */
function tab(session: SessionData = {}) {
  const abort = new AbortController();
  aborts.push(abort);
  n += 1;
  const { api, session: store } = app.browser(session, { ip: `10.8.0.${n}`, signal: abort.signal });
  return { api, session: store, abort };
}

async function newTutor() {
  const t = tab();
  const email = `streams${++n}@college.example`;
  await t.api.auth.tutorSignUp({
    email,
    name: tutorName("Stream Tutor"),
    password: "a long enough password",
  });
  await t.api.auth.tutorSignIn({ email, password: "a long enough password" });
  const klass = await t.api.classes.create({ name: "Live class" });
  return { session: t.session.current, classId: klass.id, joinCode: klass.joinCode! };
}

/** Opens the class's live stream in a new tab and reads its first message, so it is really running. */
async function openLive(session: SessionData, classId: number) {
  const t = tab(session);
  const iterator = (await t.api.results.liveStream({ classId }))[Symbol.asyncIterator]();
  const first = await iterator.next();
  expect(first.done).toBe(false);
  return { ...t, iterator };
}

let tutor: Awaited<ReturnType<typeof newTutor>>;
let attemptId: number;

beforeAll(async () => {
  app = createTestApp();
  tutor = await newTutor();
  await tab(tutor.session).api.assignments.create({ classId: tutor.classId, scenarioId: SCENARIO });
  const learner = tab();
  await learner.api.auth.joinClass({ code: tutor.joinCode, displayName: "Asha" });
  attemptId = (await learner.api.attempts.start({ scenarioId: SCENARIO })).attemptId;
}, 60_000);

afterAll(async () => {
  for (const a of aborts) a.abort();
  await app.close();
});

describe("a tutor's open live streams", () => {
  it(`are capped at ${MAX_OPEN_STREAMS_PER_TUTOR}, both kinds together; a closed tab gives its place back; another tutor is not held up`, async () => {
    const open = [];
    for (let i = 0; i < MAX_OPEN_STREAMS_PER_TUTOR - 1; i++)
      open.push(await openLive(tutor.session, tutor.classId));
    // The watch view of one attempt counts with the dashboards.
    const watch = tab(tutor.session);
    const watching = (await watch.api.results.watchAttempt({ attemptId }))[Symbol.asyncIterator]();
    expect((await watching.next()).done).toBe(false);

    // One more of either kind is refused, with words the page can show.
    const past = tab(tutor.session);
    expect(await errorCode(past.api.results.liveStream({ classId: tutor.classId }))).toBe(
      "TOO_MANY_REQUESTS",
    );
    expect(await errorCode(past.api.results.watchAttempt({ attemptId }))).toBe("TOO_MANY_REQUESTS");
    await expect(past.api.results.liveStream({ classId: tutor.classId })).rejects.toThrow(
      TUTOR_STREAMS_REFUSAL,
    );
    // The polled view the page falls back on still answers.
    expect((await past.api.results.live({ classId: tutor.classId })).classId).toBe(tutor.classId);

    // Another tutor opens theirs.
    const other = await newTutor();
    const theirs = await openLive(other.session, other.classId);

    // Closing a tab (the request aborted) frees its place at once.
    open[0]!.abort.abort();
    const again = await openLive(tutor.session, tutor.classId);

    // A stream asked for but never read, then closed, frees its place too.
    const unread = tab(tutor.session);
    expect(await errorCode(unread.api.results.liveStream({ classId: tutor.classId }))).toBe(
      "TOO_MANY_REQUESTS",
    );
    again.abort.abort();
    await unread.api.results.liveStream({ classId: tutor.classId });
    unread.abort.abort();
    await openLive(tutor.session, tutor.classId);

    watch.abort.abort();
    theirs.abort.abort();
  }, 60_000);
});

describe("OpenStreams", () => {
  async function* forever() {
    for (;;) yield await new Promise<number>((resolve) => setTimeout(() => resolve(1), 5));
  }

  it("refuses past the process's total across keys, and gives a place back when a stream ends however it ends", async () => {
    const places = new OpenStreams(2, 3);
    const a1 = heldOpen(places, "a", undefined, forever())[Symbol.asyncIterator]();
    const a2 = heldOpen(places, "a", undefined, forever())[Symbol.asyncIterator]();
    expect(() => heldOpen(places, "a", undefined, forever())).toThrow(TUTOR_STREAMS_REFUSAL);
    const b1 = heldOpen(places, "b", undefined, forever())[Symbol.asyncIterator]();
    expect(places.size()).toBe(3);
    expect(() => heldOpen(places, "c", undefined, forever())).toThrow(/a lot of live views open/);
    await a1.next();
    await a1.return?.();
    expect(places.count("a")).toBe(1);
    // A stream that fails gives its place back.
    async function* failing() {
      yield 1;
      throw new Error("database gone");
    }
    const c1 = heldOpen(places, "c", undefined, failing())[Symbol.asyncIterator]();
    await c1.next();
    await expect(c1.next()).rejects.toThrow("database gone");
    expect(places.count("c")).toBe(0);
    await a2.return?.();
    await b1.return?.();
    expect(places.size()).toBe(0);
  });
});
