/** Limits on what one caller can make the server hold or change (issue 9, "Bounds"). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ATTEMPT_LIMITS } from "@/server/core/scenarios/attempt-limits";
import { MAX_OPEN_ATTEMPTS } from "@/server/data/attempts";
import { countHit, RATE_LIMITS } from "@/server/auth/rate-limit";
import { refusal } from "@/server/test-support/refusal";
import { createTestApp, errorCode, type TestApp } from "@/server/test-support/test-app";

let app: TestApp;
beforeAll(() => {
  app = createTestApp();
});
afterAll(() => app.close());

describe("bounds", () => {
  // One attempt is open per scenario, so "Start again" (which sets the open one aside) is how starts pile up.
  it(`one learner can have at most ${MAX_OPEN_ATTEMPTS} attempts in progress or started again in a day; submitting one makes room`, async () => {
    const { api } = app.browser({}, { ip: "10.20.0.1" });
    await api.auth.practiseAlone({ displayName: "Many Starts" });
    const ids: number[] = [];
    for (let i = 0; i < MAX_OPEN_ATTEMPTS; i++)
      ids.push(
        (await api.attempts.start({ scenarioId: "complaint-faulty-kettle", restart: true })).attemptId,
      );
    expect(new Set(ids).size).toBe(MAX_OPEN_ATTEMPTS);
    expect(
      await errorCode(api.attempts.start({ scenarioId: "complaint-faulty-kettle", restart: true })),
    ).toBe("CONFLICT");
    await api.attempts.submit({ attemptId: ids.at(-1)! });
    await api.attempts.start({ scenarioId: "complaint-faulty-kettle" });
  }, 60_000);

  it("anonymous changes to the demo CRM are limited per client; another client still can", async () => {
    const visitor = app.caller({}, { ip: "10.20.0.2" });
    const note = { workspace: {}, customerRef: "CUS-0001", text: "A visitor's note" };
    for (let i = 0; i < RATE_LIMITS.demoWritesIp.limit; i++) await visitor.crm.addNote(note);
    expect(await errorCode(visitor.crm.addNote(note))).toBe("TOO_MANY_REQUESTS");
    await app.caller({}, { ip: "10.20.0.3" }).crm.addNote(note);
  }, 60_000);

  it("the /64s of one home connection (an IPv6 /56) share a wider allowance for new learners, new attempts and demo CRM changes; another /56 has its own", async () => {
    // As the HTTP layer names IPv6 clients (rateLimitClient): /64s of 2001:db8:57:b00::/56.
    const slash64 = (i: number) => `2001:db8:57:b${i.toString(16).padStart(2, "0")}::/64`;
    const learners = RATE_LIMITS.newLearnerNetwork;
    // The network's window as if it had made all but two of its learners already, within each /64's own limit.
    for (let i = 0; i < learners.limit - 2; i++)
      await countHit(app.store, learners, "2001:db8:57:b00::/56", new Date());
    await app.caller({}, { ip: slash64(1) }).auth.practiseAlone({ displayName: "Home 1" });
    await app.caller({}, { ip: slash64(2) }).auth.practiseAlone({ displayName: "Home 2" });
    expect(
      await errorCode(app.caller({}, { ip: slash64(3) }).auth.practiseAlone({ displayName: "Home 3" })),
    ).toBe("TOO_MANY_REQUESTS");
    const otherHome = app.browser({}, { ip: "2001:db8:57:c00::/64" });
    await otherHome.api.auth.practiseAlone({ displayName: "Next door" });

    const starts = RATE_LIMITS.attemptStartNetwork;
    for (let i = 0; i < starts.limit; i++)
      await countHit(app.store, starts, "2001:db8:57:b00::/56", new Date());
    const learner = app.browser({}, { ip: "2001:db8:57:d00::/64" });
    await learner.api.auth.practiseAlone({ displayName: "Moved in" });
    // The same learner, now on a /64 of the full network: refused; from another /56: started.
    const refused = app.caller(learner.session.current, { ip: slash64(5) });
    expect(await errorCode(refused.attempts.start({ scenarioId: "complaint-faulty-kettle" }))).toBe(
      "TOO_MANY_REQUESTS",
    );
    expect((await otherHome.api.attempts.start({ scenarioId: "complaint-faulty-kettle" })).resumed).toBe(
      false,
    );

    // Changes to the shared demo CRM likewise.
    const writes = RATE_LIMITS.demoWritesNetwork;
    for (let i = 0; i < writes.limit; i++)
      await countHit(app.store, writes, "2001:db8:57:b00::/56", new Date());
    const note = { workspace: {}, customerRef: "CUS-0001", text: "A note from home" };
    expect(await errorCode(app.caller({}, { ip: slash64(6) }).crm.addNote(note))).toBe("TOO_MANY_REQUESTS");
    await app.caller({}, { ip: "2001:db8:57:c01::/64" }).crm.addNote(note);
  }, 60_000);

  it(`new attempts from one client are limited (${RATE_LIMITS.attemptStartIp.limit} in 10 minutes); carrying on with one is never refused; another client still can`, async () => {
    // Each new attempt copies the scenario's records: learner after learner practising alone from one
    // address could otherwise fill the disk. The window as if 290 had already been started here…
    const ip = "10.20.0.7";
    const rule = RATE_LIMITS.attemptStartIp;
    for (let i = 0; i < rule.limit - 10; i++) await countHit(app.store, rule, ip, new Date());
    // …then ten real starts, by learners practising alone, reach the limit.
    const learners = [];
    for (let l = 0; l < 2; l++) {
      const learner = app.browser({}, { ip });
      await learner.api.auth.practiseAlone({ displayName: `Filler ${l + 1}` });
      learners.push(learner.api);
    }
    const scenarios = [
      "complaint-faulty-kettle",
      "complaint-returns-desk",
      "onboarding-new-subscriber",
      "win-back-lapsed-customers",
      "loyalty-silent-defection",
    ];
    const started: number[] = [];
    for (const api of learners)
      for (const scenarioId of scenarios) started.push((await api.attempts.start({ scenarioId })).attemptId);
    const third = app.browser({}, { ip });
    await third.api.auth.practiseAlone({ displayName: "Filler 3" });
    const refused = await third.api.attempts
      .start({ scenarioId: "complaint-faulty-kettle" })
      .catch((e: { code: string; message: string }) => e);
    expect(refused).toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringMatching(/Too many scenarios started from this network/),
    });
    // Carrying on with an attempt in progress is not a new one; "Start again" is.
    expect(await learners[0]!.attempts.start({ scenarioId: "complaint-faulty-kettle" })).toMatchObject({
      attemptId: started[0],
      resumed: true,
    });
    expect(
      await errorCode(learners[0]!.attempts.start({ scenarioId: "complaint-faulty-kettle", restart: true })),
    ).toBe("TOO_MANY_REQUESTS");
    // Another address is counted on its own.
    const elsewhere = app.browser({}, { ip: "10.20.0.8" });
    await elsewhere.api.auth.practiseAlone({ displayName: "Elsewhere" });
    expect((await elsewhere.api.attempts.start({ scenarioId: "complaint-faulty-kettle" })).resumed).toBe(
      false,
    );
  }, 60_000);

  it(`new learners one after another from one address share its allowance for the demo CRM (${RATE_LIMITS.demoWritesAddress.limit} in 10 minutes); a tutor there and another address still can`, async () => {
    // As if 595 changes had already come from this address…
    const ip = "10.20.0.9";
    const rule = RATE_LIMITS.demoWritesAddress;
    for (let i = 0; i < rule.limit - 5; i++) await countHit(app.store, rule, ip, new Date());
    const note = { workspace: {}, customerRef: "CUS-0001", text: "A note from a fresh name" };
    // …then new learners practising alone, each well within its own allowance, reach it.
    const learner = async (name: string) => {
      const { api } = app.browser({}, { ip });
      await api.auth.practiseAlone({ displayName: name });
      return api;
    };
    const first = await learner("Spammer 1");
    for (let i = 0; i < 5; i++) await first.crm.addNote(note);
    const second = await learner("Spammer 2");
    expect(await errorCode(second.crm.addNote(note))).toBe("TOO_MANY_REQUESTS");
    const tutor = app.browser({}, { ip });
    await tutor.api.auth.tutorSignUp({
      email: "demo-writes@college.example",
      name: "Demo Tutor",
      password: "a long enough password",
    });
    await tutor.api.auth.tutorSignIn({
      email: "demo-writes@college.example",
      password: "a long enough password",
    });
    await tutor.api.crm.addNote(note);
    const { api: other } = app.browser({}, { ip: "10.20.0.10" });
    await other.auth.practiseAlone({ displayName: "Elsewhere Learner" });
    await other.crm.addNote(note);
  }, 60_000);

  it("an anonymous caller gets the same answer for an attempt that exists and one that does not", async () => {
    const { api } = app.browser({}, { ip: "10.20.0.4" });
    await api.auth.practiseAlone({ displayName: "Probe Target" });
    const { attemptId } = await api.attempts.start({ scenarioId: "complaint-faulty-kettle" });
    const anonymous = app.caller({}, { ip: "10.20.0.5" });
    const existing = await errorCode(
      anonymous.crm.getCustomer({ workspace: { attemptId }, customerRef: "CUS-2041" }),
    );
    const missing = await errorCode(
      anonymous.crm.getCustomer({ workspace: { attemptId: 999_999 }, customerRef: "CUS-2041" }),
    );
    expect(existing).toBe(missing);
  });

  it("refuses due dates in the far future (year 275760)", async () => {
    const { api } = app.browser({}, { ip: "10.20.0.6" });
    await api.auth.tutorSignUp({
      email: "bounds@college.example",
      name: "Bounds Tutor",
      password: "a long enough password",
    });
    await api.auth.tutorSignIn({ email: "bounds@college.example", password: "a long enough password" });
    const klass = await api.classes.create({ name: "Bounds" });
    expect(
      await errorCode(
        api.assignments.create({
          classId: klass.id,
          scenarioId: "complaint-faulty-kettle",
          dueAt: new Date(8.64e15),
        }),
      ),
    ).toBe("BAD_REQUEST");
    expect(
      await errorCode(
        api.assignments.create({
          classId: klass.id,
          scenarioId: "complaint-faulty-kettle",
          dueAt: "9999-12-31",
        }),
      ),
    ).toBe("BAD_REQUEST");
  });

  // Submitting marks every action in one pass inside the write: unbounded, 300 long messages held the
  // whole server for 14 s (server/core/scenarios/attempt-limits.ts).
  type Api = ReturnType<TestApp["caller"]>;
  describe("one attempt holds a bounded amount of work, so submitting it cannot hold the server", () => {
    const customerRef = "CUS-2041";
    let n = 0;
    const act = (api: Api, attemptId: number, action: Parameters<Api["attempts"]["act"]>[0]["action"]) =>
      api.attempts.act({ attemptId, clientId: `bounded-work-${++n}`, action });
    const started = async (name: string, ip: string) => {
      const { api } = app.browser({}, { ip });
      await api.auth.practiseAlone({ displayName: name });
      const { attemptId } = await api.attempts.start({ scenarioId: "complaint-faulty-kettle" });
      return { api, attemptId };
    };
    const learnerEvents = async (api: Api, attemptId: number) =>
      (await api.attempts.get({ attemptId })).events.filter((e) => e.actor === "learner").length;

    it(`at most ${ATTEMPT_LIMITS.actions} actions; a retry of a stored one still answers; submitting still works`, async () => {
      const { api, attemptId } = await started("Busy Bee", "10.20.1.1");
      for (let i = 0; i < ATTEMPT_LIMITS.actions; i++)
        await act(api, attemptId, { type: "view_record", customerRef });
      const over = await refusal(act(api, attemptId, { type: "view_record", customerRef }));
      expect(over.code).toBe("CONFLICT");
      expect(over.message).toMatch(/already holds 200 actions.*Submit it for marking, or start again/);
      expect(await learnerEvents(api, attemptId)).toBe(ATTEMPT_LIMITS.actions);
      const retry = await api.attempts.act({
        attemptId,
        clientId: `bounded-work-${n - 1}`, // the last one stored (the refused call took n)
        action: { type: "view_record", customerRef },
      });
      expect(retry.duplicate).toBe(true);
      expect((await api.attempts.submit({ attemptId })).band).toBeTruthy();
    }, 120_000);

    it(`at most ${ATTEMPT_LIMITS.messages} messages, and ${ATTEMPT_LIMITS.writtenCharacters.toLocaleString("en-GB")} characters of writing in all`, async () => {
      const chatty = await started("Chatty", "10.20.1.2");
      for (let i = 0; i < ATTEMPT_LIMITS.messages; i++)
        await act(chatty.api, chatty.attemptId, {
          type: "send_message",
          customerRef,
          channel: "email",
          text: `Hello again (${i}).`,
        });
      const message = { type: "send_message", customerRef, channel: "email", text: "And again." } as const;
      expect(await refusal(act(chatty.api, chatty.attemptId, message))).toMatchObject({
        code: "CONFLICT",
        message: expect.stringMatching(/already holds 30 messages/),
      });
      // A note is not a message: still taken.
      await act(chatty.api, chatty.attemptId, {
        type: "add_note",
        customerRef,
        text: "Sent a lot of emails.",
      });

      const wordy = await started("Wordy", "10.20.1.3");
      for (let i = 0; i < 7; i++)
        await act(wordy.api, wordy.attemptId, {
          type: "add_note",
          customerRef,
          text: `${i}`.padEnd(4000, "."),
        });
      const long = { type: "send_message", customerRef, channel: "email", text: "x".repeat(2000) } as const;
      expect(await refusal(act(wordy.api, wordy.attemptId, long))).toMatchObject({
        code: "CONFLICT",
        message: expect.stringMatching(/30,000 characters of writing in all, and 2,000 are left/),
      });
      await act(wordy.api, wordy.attemptId, { ...long, text: "x".repeat(1000) });
      expect(await learnerEvents(wordy.api, wordy.attemptId)).toBe(8);
    }, 120_000);
  });
});
