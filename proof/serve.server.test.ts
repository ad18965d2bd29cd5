/**
 * `npm start` serves the database it is given, on either engine (proof/engine.ts): on PostgreSQL
 * (DATABASE_URL) it migrates, seeds and makes the demo tutor there, never in the SQLite file, and its
 * output names the database without the URL's password. A tutor signs in, sets work, a learner does
 * it over HTTP, and what they did is read back straight from the database.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { engine, freshDatabase, openRows, startServer } from "./engine";
import { HttpClient, PROOF_TUTOR, type ProdServer } from "./prod-server";

const SCENARIO = "complaint-faulty-kettle";

describe(`npm start on ${engine}`, () => {
  let server: ProdServer | undefined;
  let databasePath: string | undefined;

  afterAll(async () => {
    await server?.stop();
    if (databasePath) fs.rmSync(path.dirname(databasePath), { recursive: true, force: true });
  });

  it("serves a lesson from the database it was given, and stores it there", async () => {
    const database = await freshDatabase("crm-serve-");
    databasePath = database.databasePath;
    // The cluster trusts loopback connections, so a password in the URL is accepted and ignored:
    // it is there to show that nothing prints it.
    const databaseUrl = database.databaseUrl?.replace("postgres@", "postgres:never-printed@");
    server = await startServer({ ...database, databaseUrl, via: "npm" });
    if (engine === "postgres") {
      expect(server.output()).toMatch(/Database ready at PostgreSQL 127\.0\.0\.1:\d+\/crm_test_/);
      expect(server.output()).not.toContain("never-printed");
    } else {
      expect(server.output()).toContain(`Database ready at ${databasePath}`);
    }

    const tutor = new HttpClient(server.url);
    await tutor.ok("auth.tutorSignIn", PROOF_TUTOR);
    const klass = await tutor.ok<{ id: number; joinCode: string }>("classes.create", {
      name: "Served class",
    });
    const assignment = await tutor.ok<{ id: number }>("assignments.create", {
      classId: klass.id,
      scenarioId: SCENARIO,
    });
    const learner = new HttpClient(server.url);
    await learner.ok("auth.joinClass", { code: klass.joinCode, displayName: "Served Sam" });
    const { attemptId } = await learner.ok<{ attemptId: number }>("attempts.start", {
      scenarioId: SCENARIO,
      assignmentId: assignment.id,
    });
    const acted = await learner.ok<{ duplicate: boolean }>("attempts.act", {
      attemptId,
      clientId: "served-1",
      action: {
        type: "send_message",
        customerRef: "CUS-2041",
        channel: "email",
        text: "I'm sorry the kettle stopped working; I'm arranging a replacement today.",
      },
    });
    expect(acted.duplicate).toBe(false);
    const live = await tutor.get<{ learners: { displayName: string; attempt: { id: number } | null }[] }>(
      "results.live",
      { classId: klass.id },
    );
    expect(live.learners).toMatchObject([{ displayName: "Served Sam", attempt: { id: attemptId } }]);

    const stored = await openRows(database);
    try {
      const events = await stored.all<{ type: string }>(
        "SELECT type FROM attempt_events WHERE attempt_id = ? AND client_id = ?",
        attemptId,
        "served-1",
      );
      expect(events).toEqual([{ type: "send_message" }]);
      const tutors = await stored.all<{ email: string }>(
        "SELECT t.email FROM tutor_sessions s JOIN tutors t ON t.id = s.tutor_id",
      );
      expect(tutors).toEqual([{ email: PROOF_TUTOR.email }]);
      const learners = await stored.all<{ name: string }>("SELECT display_name AS name FROM learners");
      expect(learners).toEqual([{ name: "Served Sam" }]);
    } finally {
      await stored.close();
    }
    // On PostgreSQL nothing went to the SQLite file: it was never made.
    expect(fs.existsSync(databasePath)).toBe(engine === "sqlite");
  });
});
