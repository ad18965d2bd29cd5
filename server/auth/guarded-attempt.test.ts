/**
 * Tries at a secret from one client: a class behind one college address is let in one after another,
 * never turned away for trying at once, while a flood of parallel guesses from one client is still
 * checked only a few at a time (guarded-attempt.ts).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { DomainError } from "@/server/core/domain-errors";
import { createTestApp, errorCode, type TestApp } from "@/server/test-support/test-app";
import { guardedAttempt, MAX_TRIES_IN_PROGRESS, MAX_TRIES_WAITING } from "./guarded-attempt";
import { RATE_LIMITS } from "./rate-limit";

let app: TestApp;
beforeAll(() => {
  app = createTestApp();
});
afterAll(() => app.close());
afterEach(() => {
  vi.unstubAllEnvs();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("tries from one client", () => {
  it("a class of 30 behind one address, joining at once after 15 mistyped codes, all get in", async () => {
    // Waits as in production, scaled down (500 ms → 20 ms, 8 s → 100 ms) to keep the test quick.
    vi.stubEnv("AUTH_BACKOFF_BASE_MS", "20");
    vi.stubEnv("AUTH_BACKOFF_MAX_MS", "100");
    const tutor = app.browser({}, { ip: "10.60.0.1" });
    await tutor.api.auth.tutorSignUp({
      email: "nat@college.example",
      name: "Nat Tutor",
      password: "a long enough password",
    });
    await tutor.api.auth.tutorSignIn({ email: "nat@college.example", password: "a long enough password" });
    const klass = await tutor.api.classes.create({ name: "Level 3 behind one address" });
    const code = klass.joinCode!;
    const college = "203.0.113.40";
    const typo = code === "ZZZZZZ" ? "YYYYYY" : "ZZZZZZ";
    for (let i = 0; i < 15; i++) {
      expect(
        await errorCode(
          app.browser({}, { ip: college }).api.auth.joinClass({ code: typo, displayName: "Oops" }),
        ),
      ).toMatch(/NOT_FOUND|TOO_MANY_REQUESTS/);
    }
    const joins = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        app
          .browser({}, { ip: college })
          .api.auth.joinClass({ code, displayName: `Learner ${i + 1}` })
          .then(
            (joined) => joined.how,
            (error: { code?: string; message?: string }) => `${error.code}: ${error.message}`,
          ),
      ),
    );
    expect(joins.filter((how) => how !== "new")).toEqual([]);
    expect((await tutor.api.classes.get({ classId: klass.id })).learners).toHaveLength(30);
  });

  it(`a flood of parallel guesses is still checked ${MAX_TRIES_IN_PROGRESS} at a time, and refused unchecked past a long line`, async () => {
    let running = 0;
    let most = 0;
    let checked = 0;
    const guess = () =>
      guardedAttempt(
        { store: app.store, now: () => new Date() },
        {
          client: "198.51.100.77",
          counters: [{ rule: RATE_LIMITS.joinFailedIp, subject: "flood-test" }],
          check: async () => {
            running++;
            checked++;
            most = Math.max(most, running);
            await sleep(5);
            running--;
            return undefined;
          },
          wrong: () => new DomainError("not_found", "No class has that join code."),
        },
      ).then(
        () => "joined",
        (error: DomainError) => error.kind,
      );
    const flood = MAX_TRIES_IN_PROGRESS + MAX_TRIES_WAITING + 10;
    const answers = await Promise.all(Array.from({ length: flood }, guess));
    expect(most).toBe(MAX_TRIES_IN_PROGRESS);
    // Only those beyond the line are refused before checking; every other one was checked.
    expect(checked).toBe(MAX_TRIES_IN_PROGRESS + MAX_TRIES_WAITING);
    expect(answers.filter((a) => a === "rate_limited").length).toBeGreaterThanOrEqual(10);
    expect(answers).not.toContain("joined");
    // The line is gone once the flood is over: the next guess is checked.
    checked = 0;
    await guess();
    expect(checked).toBe(1);
  });

  it("the /64s of one home connection (an IPv6 /56) share one allowance for wrong join codes; the right code still joins", async () => {
    const tutor = app.browser({}, { ip: "10.60.0.2" });
    await tutor.api.auth.tutorSignUp({
      email: "slash56@college.example",
      name: "Slash Tutor",
      password: "a long enough password",
    });
    await tutor.api.auth.tutorSignIn({
      email: "slash56@college.example",
      password: "a long enough password",
    });
    const code = (await tutor.api.classes.create({ name: "Guessed from one home" })).joinCode!;
    const typo = code === "ZZZZZZ" ? "YYYYYY" : "ZZZZZZ";
    // As the HTTP layer names IPv6 clients (rateLimitClient): each /64 of 2001:db8:56:a00::/56 in turn,
    // five wrong codes from each, within each /64's own allowance of ten.
    const slash64 = (i: number) => `2001:db8:56:a${i.toString(16).padStart(2, "0")}::/64`;
    const answers: string[] = [];
    for (let i = 0; i < 8; i++)
      for (let j = 0; j < 5; j++)
        answers.push(
          await errorCode(
            app.browser({}, { ip: slash64(i) }).api.auth.joinClass({ code: typo, displayName: "Rotator" }),
          ),
        );
    // Thirty are free (three /64s' worth); the rest are refused.
    expect(answers.slice(0, 30)).toEqual(Array(30).fill("NOT_FOUND"));
    expect(new Set(answers.slice(30))).toEqual(new Set(["TOO_MANY_REQUESTS"]));
    // Another /56 has its own allowance, and the right code joins from the rotated network.
    expect(
      await errorCode(
        app
          .browser({}, { ip: "2001:db8:56:b00::/64" })
          .api.auth.joinClass({ code: typo, displayName: "Other" }),
      ),
    ).toBe("NOT_FOUND");
    const joined = await app
      .browser({}, { ip: slash64(9) })
      .api.auth.joinClass({ code, displayName: "Real Learner" });
    expect(joined.how).toBe("new");
  });
});
