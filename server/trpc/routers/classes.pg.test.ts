/**
 * A tutor's classes and assignments through the real procedures, the same script run once with the
 * data layer on SQLite and once on PostgreSQL: every answer must be the same on both engines (ids,
 * dates and join codes aside), and the PostgreSQL answers are checked against what the script did.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "@/db/store";
import type { SessionData } from "@/server/auth/session";
import { listScenarios } from "@/server/scenarios/scenario-registry";
import {
  copyToPostgres,
  type PostgresTestApp,
  postgresBrowser,
} from "@/server/test-support/test-app-postgres";
import { createTestApp, errorCode, type SqliteTestApp } from "@/server/test-support/test-app";

let app: SqliteTestApp;
let pg: PostgresTestApp;

beforeAll(async () => {
  app = createTestApp({ engine: "sqlite" });
  pg = await copyToPostgres(app);
});

afterAll(async () => {
  await pg?.close();
  app?.close();
});

type Browser = ReturnType<SqliteTestApp["browser"]>;
type OpenBrowser = (session?: SessionData, opts?: { ip?: string }) => Browser;

/** Ids, times and join codes differ between runs; everything else must not. */
function shape(value: unknown, key = ""): unknown {
  if (value instanceof Date) return "<date>";
  if (Array.isArray(value)) return value.map((v) => shape(v));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v, k)]));
  if (typeof value === "number" && /(^id|Id)$/.test(key)) return "<id>";
  if (typeof value === "string" && /^(joinCode|reclaimCode)/.test(key)) return "<code>";
  return value;
}

/** The lesson setup every test file does by hand, as one script; returns each answer along the way. */
async function script(engine: string, store: Store, browser: OpenBrowser) {
  const answers: Record<string, unknown> = {};
  const ip = (n: number) => `10.7.${engine === "sqlite" ? 1 : 2}.${n}`;
  const tutor = browser({}, { ip: ip(1) });
  const email = `classes-${engine}@college.example`;
  await tutor.api.auth.tutorSignUp({ email, name: "Ada Tutor", password: "a long enough password" });
  await tutor.api.auth.tutorSignIn({ email, password: "a long enough password" });
  const api = tutor.api;

  const klass = await api.classes.create({ name: "Level 3 Tuesday" });
  const old = await api.classes.create({ name: "Last year" });
  await api.classes.archive({ classId: old.id });
  answers.renamed = await api.classes.rename({ classId: klass.id, name: "Level 3 Tuesday (B)" });
  answers.closedCode = await api.classes.setJoinOpen({ classId: klass.id, open: false });
  await api.classes.setJoinOpen({ classId: klass.id, open: true });
  answers.archivedCodeChange = await errorCode(api.classes.regenerateCode({ classId: old.id }));

  const learners: Record<string, Browser> = {};
  for (const [i, name] of ["Ana", "Ben", "Cal"].entries()) {
    learners[name] = browser({}, { ip: ip(10 + i) });
    await learners[name]!.api.auth.joinClass({ code: klass.joinCode!, displayName: name });
  }

  const [first, second] = listScenarios().map((s) => s.id);
  const a1 = await api.assignments.create({ classId: klass.id, scenarioId: first! });
  const due = new Date(Date.now() + 7 * 86_400_000);
  const a2 = await api.assignments.create({ classId: klass.id, scenarioId: second!, dueAt: due });
  answers.duplicate = await errorCode(api.assignments.create({ classId: klass.id, scenarioId: first! }));
  answers.onArchived = await errorCode(api.assignments.create({ classId: old.id, scenarioId: first! }));

  // Attempts as the start procedures would leave them (attempts have their own suites).
  const { t, db } = store;
  const [demo] = await db.select({ id: t.workspaces.id }).from(t.workspaces);
  const anaId = learners.Ana!.session.current.learnerId!;
  const benId = learners.Ben!.session.current.learnerId!;
  await db.insert(t.attempts).values([
    {
      workspaceId: demo!.id,
      learnerId: anaId,
      assignmentId: a1.id,
      scenarioId: first!,
      status: "in_progress",
    },
    {
      workspaceId: demo!.id,
      learnerId: benId,
      assignmentId: a1.id,
      scenarioId: first!,
      status: "submitted",
      band: "Merit",
      totalPercent: 68,
      submittedAt: new Date(),
    },
    {
      workspaceId: demo!.id,
      learnerId: anaId,
      assignmentId: a2.id,
      scenarioId: second!,
      status: "submitted",
      band: "Pass",
      totalPercent: 55,
      submittedAt: new Date(),
    },
  ]);

  answers.updated = await api.assignments.update({
    assignmentId: a2.id,
    maxAttempts: 2,
    marksRelease: "held",
  });
  answers.closed = await api.assignments.setClosed({ assignmentId: a1.id, closed: true });
  answers.anaWhileHeld = await learners.Ana!.api.assignments.mine();
  answers.released = await api.assignments.releaseMarks({ assignmentId: a2.id });
  answers.releasedAgain = await errorCode(
    api.assignments.update({ assignmentId: a2.id, dueAt: new Date(0) }),
  );
  answers.reopened = await api.assignments.setClosed({ assignmentId: a1.id, closed: false });
  answers.anaAfterRelease = await learners.Ana!.api.assignments.mine();
  answers.benMine = await learners.Ben!.api.assignments.mine();

  const cal = learners.Cal!.session.current.learnerId!;
  await api.classes.removeLearner({ learnerId: cal });
  answers.calAfterRemoval = await errorCode(learners.Cal!.api.assignments.mine());
  answers.reset = shape(await api.classes.resetLearnerAccess({ learnerId: benId }));
  answers.list = await api.classes.list();
  answers.view = await api.classes.get({ classId: klass.id });
  await api.assignments.remove({ assignmentId: a2.id });
  answers.afterRemove = (await api.classes.get({ classId: klass.id })).assignments;
  answers.otherTutor = await errorCode(browser({}, { ip: ip(99) }).api.classes.get({ classId: klass.id }));
  return answers;
}

describe("classes and assignments on both engines", () => {
  it("answers the same on PostgreSQL as on SQLite, through the real procedures", async () => {
    const onSqlite = await script("sqlite", app.store, app.browser);
    const onPostgres = await script("postgres", pg.store, (session, opts) =>
      postgresBrowser(pg.store, session, opts),
    );
    expect(shape(onPostgres)).toEqual(shape(onSqlite));

    // And what the script did, read from the PostgreSQL answers.
    const view = onPostgres.view as Awaited<ReturnType<Browser["api"]["classes"]["get"]>>;
    expect(view.class.name).toBe("Level 3 Tuesday (B)");
    expect(
      view.learners.map((l) => [l.displayName, l.attemptsStarted, l.attemptsSubmitted, l.awaitingRejoin]),
    ).toEqual([
      ["Ana", 2, 1, false],
      ["Ben", 1, 1, true],
    ]);
    expect(view.removedCount).toBe(1);
    expect(
      view.assignments.map((a) => [a.learnersStarted, a.learnersSubmitted, a.notStarted.length]),
    ).toEqual([
      [1, 1, 1],
      [2, 1, 0],
    ]);
    const list = onPostgres.list as Awaited<ReturnType<Browser["api"]["classes"]["list"]>>;
    expect(list.active.map((c) => [c.name, c.learnerCount, c.assignmentCount])).toEqual([
      ["Level 3 Tuesday (B)", 2, 2],
    ]);
    expect(list.archived.map((c) => c.name)).toEqual(["Last year"]);
    const held = onPostgres.anaWhileHeld as { status: string; awaitingMarks: boolean; band: string | null }[];
    expect(held.find((a) => a.status === "submitted")).toMatchObject({ awaitingMarks: true, band: null });
    const released = onPostgres.anaAfterRelease as { status: string; band: string | null }[];
    expect(released.find((a) => a.status === "submitted")?.band).toBe("Pass");
    expect(onPostgres).toMatchObject({
      duplicate: "CONFLICT",
      onArchived: "CONFLICT",
      archivedCodeChange: "CONFLICT",
      calAfterRemoval: "UNAUTHORIZED",
      otherTutor: "UNAUTHORIZED",
    });
    expect((onPostgres.afterRemove as unknown[]).length).toBe(1);
  });
});
