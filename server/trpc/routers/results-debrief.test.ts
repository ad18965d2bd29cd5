/**
 * The debrief through the real procedures on a fresh database: band spread, most-missed criteria
 * with anonymised examples, and the model answer only once every learner has submitted.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymise } from "@/server/data/results/debrief";
import { createTestApp, errorCode, type TestApp } from "@/server/test-support/test-app";

let app: TestApp;
const COMPLAINT = "complaint-faulty-kettle";

afterAll(() => app.close());
beforeAll(() => {
  app = createTestApp();
});

describe("anonymise", () => {
  it("replaces display names and first names, whole words only, any case", () => {
    expect(anonymise("Kind regards, Zoë O'Brien. zoë here. Zoëtrope", ["Zoë O'Brien"])).toBe(
      "Kind regards, [learner]. [learner] here. Zoëtrope",
    );
    expect(anonymise("Thanks, Al", ["Al"])).toBe("Thanks, [learner]");
  });

  it("replaces the surname alone and the name typed without its accents", () => {
    expect(anonymise("Thanks, Ms O'Brien. Zoe here; ZOE O'BRIEN. Brienne", ["Zoë O'Brien"])).toBe(
      "Thanks, Ms [learner]. [learner] here; [learner]. Brienne",
    );
    expect(anonymise("Regards, Nuñez (J. Nunez)", ["José Núñez", "Jo"])).toBe(
      "Regards, [learner] (J. [learner])",
    );
  });
});

describe("results.debrief", () => {
  it("shows the band spread and anonymised examples, and the model answer only when everyone has submitted", async () => {
    const tutor = app.browser({}, { ip: "10.5.0.1" });
    await tutor.api.auth.tutorSignUp({
      email: "debrief@college.example",
      name: "Debrief Tutor",
      password: "a long enough password",
    });
    await tutor.api.auth.tutorSignIn({
      email: "debrief@college.example",
      password: "a long enough password",
    });
    const api = app.caller(tutor.session.current);
    const klass = await api.classes.create({ name: "Debrief class" });
    const assignment = (await api.assignments.create({ classId: klass.id, scenarioId: COMPLAINT })) as {
      id: number;
    };
    const learners = [];
    for (const [i, name] of ["Hannah Smith", "Ibrahim Khan"].entries()) {
      const l = app.browser({}, { ip: `10.5.0.${i + 2}` });
      await l.api.auth.joinClass({ code: klass.joinCode!, displayName: name });
      learners.push(l);
    }
    const [hannah, ibrahim] = learners as [(typeof learners)[number], (typeof learners)[number]];
    const { attemptId } = await hannah.api.attempts.start({ scenarioId: COMPLAINT });
    // A reply that misses most of the rubric and signs off with the learner's own name.
    await hannah.api.attempts.act({
      attemptId,
      clientId: "debrief-hannah-1",
      action: {
        type: "send_message",
        customerRef: "CUS-2041",
        channel: "email",
        text: "Hi, we will look into it. Hannah",
      },
    });
    await hannah.api.attempts.submit({ attemptId });

    const early = await api.results.debrief({ assignmentId: assignment.id });
    expect(early.counts).toEqual({ learners: 2, submitted: 1, inProgress: 0, notStarted: 1 });
    expect(early.bands.reduce((n, b) => n + b.count, 0)).toBe(1);
    expect(early.mostMissed.length).toBeGreaterThan(0);
    expect(early.mostMissed[0]!.shortName).not.toBe("");
    const text = JSON.stringify(early.mostMissed);
    expect(text).not.toMatch(/Hannah|Ibrahim/);
    expect(text).toContain("[learner]");
    expect(early.modelAnswer).toBeNull();
    expect(early.modelAnswerWithheld).toMatch(/once every learner has submitted \(1 still to submit\)/);

    const second = await ibrahim.api.attempts.start({ scenarioId: COMPLAINT });
    await ibrahim.api.attempts.submit({ attemptId: second.attemptId });
    const after = await api.results.debrief({ assignmentId: assignment.id });
    expect(after.modelAnswer?.steps.length).toBeGreaterThan(0);
    expect(after.modelAnswerWithheld).toBeNull();

    expect(
      await errorCode(app.caller(hannah.session.current).results.debrief({ assignmentId: assignment.id })),
    ).toBe("FORBIDDEN");

    // Marks held: even with everyone submitted, the model answer waits for the tutor's release.
    await api.assignments.update({ assignmentId: assignment.id, marksRelease: "held" });
    const held = await api.results.debrief({ assignmentId: assignment.id });
    expect(held.modelAnswer).toBeNull();
    expect(held.modelAnswerWithheld).toMatch(/being held/);
    await api.assignments.releaseMarks({ assignmentId: assignment.id });
    expect((await api.results.debrief({ assignmentId: assignment.id })).modelAnswer).not.toBeNull();
  });
});
