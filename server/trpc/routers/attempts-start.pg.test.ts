/**
 * Starting attempts through the real procedures with the data layer on PostgreSQL: a new attempt gets
 * the same private CRM and opening messages as on SQLite, a second start resumes it (also when two app
 * servers take the same start at once), "Start again" sets it aside, an assignment's attempt limit and
 * a tutor's reset hold across servers, and a tutor's preview starts.
 */
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgresStore, type PostgresStore } from "@/db/pg/store";
import type { Store } from "@/db/store";
import {
  copyToPostgres,
  type PostgresTestApp,
  postgresBrowser,
} from "@/server/test-support/test-app-postgres";
import { createTestApp, errorCode, type SqliteTestApp } from "@/server/test-support/test-app";

const SCENARIO = "complaint-faulty-kettle";
let app: SqliteTestApp;
let pg: PostgresTestApp;
/** A second app server on the same database. */
let other: PostgresStore;

beforeAll(async () => {
  app = createTestApp({ engine: "sqlite" });
  pg = await copyToPostgres(app);
  other = openPostgresStore(pg.url);
});

afterAll(async () => {
  await other?.close();
  await pg?.close();
  app?.close();
});

let n = 0;
const ip = () => `10.8.0.${++n}`;
let clients = 0;
const clientId = () => `start-client-${++clients}`;

/** What an attempt starts with, ids and times aside: its events and its CRM's rows, table by table. */
async function startingPoint(store: Store, attemptId: number) {
  const { t, db } = store;
  const [attempt] = await db.select().from(t.attempts).where(eq(t.attempts.id, attemptId));
  const events = await db
    .select()
    .from(t.attemptEvents)
    .where(eq(t.attemptEvents.attemptId, attemptId))
    .orderBy(asc(t.attemptEvents.seq));
  const ws = attempt!.workspaceId;
  const customers = await db
    .select({
      ref: t.customers.ref,
      email: t.customers.email,
      stage: t.customers.lifecycleStage,
      tags: t.customers.tags,
    })
    .from(t.customers)
    .where(eq(t.customers.workspaceId, ws))
    .orderBy(asc(t.customers.id));
  const interactions = await db
    .select({
      kind: t.interactions.kind,
      author: t.interactions.author,
      body: t.interactions.body,
      subject: t.interactions.subject,
    })
    .from(t.interactions)
    .where(eq(t.interactions.workspaceId, ws))
    .orderBy(asc(t.interactions.id));
  const orders = await db
    .select({ ref: t.orders.ref, total: t.orders.totalPence, status: t.orders.status })
    .from(t.orders)
    .where(eq(t.orders.workspaceId, ws))
    .orderBy(asc(t.orders.id));
  const cases = await db
    .select({ ref: t.cases.ref, status: t.cases.status })
    .from(t.cases)
    .where(eq(t.cases.workspaceId, ws))
    .orderBy(asc(t.cases.id));
  return {
    status: attempt!.status,
    progress: attempt!.progress,
    events: events.map(({ seq, actor, type, payload, simMinute, clientId }) => ({
      seq,
      actor,
      type,
      payload,
      simMinute,
      clientId,
    })),
    customers,
    interactions,
    orders,
    cases,
  };
}

describe("starting attempts on PostgreSQL", () => {
  it("starts with the same CRM and opening messages as on SQLite, and the attempt can be played", async () => {
    // The scenario's clock follows the start time, so both engines start at the same moment.
    const at = new Date("2026-12-02T09:30:00Z");
    const onSqlite = app.browser({}, { ip: ip(), now: () => at });
    await onSqlite.api.auth.practiseAlone({ displayName: "Sid" });
    const sqliteStart = await onSqlite.api.attempts.start({ scenarioId: SCENARIO });
    const onPg = postgresBrowser(pg.store, {}, { ip: ip(), now: () => at });
    await onPg.api.auth.practiseAlone({ displayName: "Sid" });
    const pgStart = await onPg.api.attempts.start({ scenarioId: SCENARIO });
    expect(pgStart.resumed).toBe(false);

    const expected = await startingPoint(app.store, sqliteStart.attemptId);
    const actual = await startingPoint(pg.store, pgStart.attemptId);
    expect(actual).toEqual(expected);
    expect(actual.events.some((e) => e.type === "customer_message")).toBe(true);
    expect(actual.customers.length).toBeGreaterThan(0);

    const me = onPg.api;
    const view = await me.attempts.get({ attemptId: pgStart.attemptId });
    expect(view.events.map((e) => e.type)).toEqual(expected.events.map((e) => e.type));
    await me.attempts.act({
      attemptId: pgStart.attemptId,
      clientId: clientId(),
      action: { type: "add_note", customerRef: "CUS-2041", text: "Started on PostgreSQL" },
    });
    const mine = await me.attempts.mine();
    expect(mine.map((a) => [a.id, a.status])).toEqual([[pgStart.attemptId, "in_progress"]]);
    expect((await me.attempts.startPlan({ scenarioId: SCENARIO })).openAttempt?.id).toBe(pgStart.attemptId);
  });

  it("resumes rather than duplicates when two servers take the same start at once, and restarts on request", async () => {
    const device = postgresBrowser(pg.store, {}, { ip: ip() });
    await device.api.auth.practiseAlone({ displayName: "Twin" });
    const onA = device.api;
    const onB = postgresBrowser(other, device.session.current).api;
    const starts = await Promise.all([
      onA.attempts.start({ scenarioId: SCENARIO }),
      onB.attempts.start({ scenarioId: SCENARIO }),
      onA.attempts.start({ scenarioId: SCENARIO }),
      onB.attempts.start({ scenarioId: SCENARIO }),
    ]);
    expect(new Set(starts.map((s) => s.attemptId)).size).toBe(1);
    expect(starts.filter((s) => !s.resumed)).toHaveLength(1);
    const { t, db } = pg.store;
    const learnerId = device.session.current.learnerId!;
    const rows = await db.select().from(t.attempts).where(eq(t.attempts.learnerId, learnerId));
    expect(rows).toHaveLength(1);
    const workspaces = await db.select().from(t.workspaces).where(eq(t.workspaces.id, rows[0]!.workspaceId));
    expect(workspaces).toHaveLength(1);

    const again = await onB.attempts.start({ scenarioId: SCENARIO, restart: true });
    expect(again).toMatchObject({ resumed: false, setAsideAttemptId: starts[0]!.attemptId });
    const [old] = await db.select().from(t.attempts).where(eq(t.attempts.id, starts[0]!.attemptId));
    expect(old).toMatchObject({ status: "void", voidKind: "restarted" });
    const open = await db
      .select()
      .from(t.attempts)
      .where(and(eq(t.attempts.learnerId, learnerId), eq(t.attempts.status, "in_progress")));
    expect(open.map((a) => a.id)).toEqual([again.attemptId]);
  });

  it("keeps an assignment's attempt limit, and a tutor's reset on the other server gives the attempt back", async () => {
    const tutor = postgresBrowser(pg.store, {}, { ip: ip() });
    await tutor.api.auth.tutorSignUp({
      email: "start@college.example",
      name: "Tess",
      password: "a long enough password",
    });
    await tutor.api.auth.tutorSignIn({ email: "start@college.example", password: "a long enough password" });
    const klass = await tutor.api.classes.create({ name: "Starters" });
    const assignment = await tutor.api.assignments.create({ classId: klass.id, scenarioId: SCENARIO });
    await tutor.api.assignments.update({ assignmentId: assignment.id, maxAttempts: 1 });
    const ann = postgresBrowser(other, {}, { ip: ip() });
    await ann.api.auth.joinClass({ code: klass.joinCode!, displayName: "Ann" });

    const first = await ann.api.attempts.start({ scenarioId: SCENARIO, assignmentId: assignment.id });
    expect(
      await ann.api.attempts.startPlan({ scenarioId: SCENARIO, assignmentId: assignment.id }),
    ).toMatchObject({
      assignmentId: assignment.id,
      maxAttempts: 1,
      attemptsLeft: 1,
      openAttempt: { id: first.attemptId },
    });
    await ann.api.attempts.submit({ attemptId: first.attemptId });
    expect(
      await ann.api.attempts.startPlan({ scenarioId: SCENARIO, assignmentId: assignment.id }),
    ).toMatchObject({ attemptsLeft: 0, openAttempt: null });
    // Refused on either server: the limit is read inside the start's transaction.
    const annOnPg = postgresBrowser(pg.store, ann.session.current).api;
    for (const api of [ann.api, annOnPg])
      expect(await errorCode(api.attempts.start({ scenarioId: SCENARIO, assignmentId: assignment.id }))).toBe(
        "CONFLICT",
      );
    const onOther = postgresBrowser(other, tutor.session.current).api;
    await onOther.tutorAttempts.reset({ attemptId: first.attemptId, reason: "Fire alarm during the lesson" });
    expect(
      await errorCode(tutor.api.tutorAttempts.void({ attemptId: first.attemptId, reason: "Twice" })),
    ).toBe("CONFLICT");
    const setAside = await tutor.api.tutorAttempts.setAside({ assignmentId: assignment.id });
    expect(setAside.map((s) => [s.attemptId, s.voidKind, s.tutorName, s.voidReason])).toEqual([
      [first.attemptId, "reset", "Tess", "Fire alarm during the lesson"],
    ]);
    const second = await ann.api.attempts.start({ scenarioId: SCENARIO, assignmentId: assignment.id });
    expect(second.resumed).toBe(false);
    expect(second.attemptId).not.toBe(first.attemptId);
  });

  it("starts a tutor's preview", async () => {
    const tutor = postgresBrowser(pg.store, {}, { ip: ip() });
    await tutor.api.auth.tutorSignUp({
      email: "preview@college.example",
      name: "Pat",
      password: "a long enough password",
    });
    await tutor.api.auth.tutorSignIn({
      email: "preview@college.example",
      password: "a long enough password",
    });
    const started = await tutor.api.preview.start({ scenarioId: SCENARIO });
    expect(started.resumed).toBe(false);
    expect(tutor.session.current.preview).toBe(true);
    expect(await tutor.api.auth.me()).toMatchObject({ kind: "learner", preview: true });
    await tutor.api.preview.end();
    expect(await tutor.api.preview.start({ scenarioId: SCENARIO })).toMatchObject({
      attemptId: started.attemptId,
      resumed: true,
    });
  });
});
