/**
 * A learner's actions and submission through the real procedures with the data layer on PostgreSQL
 * (the learner and their attempts are set up on SQLite and copied across, since joining and starting
 * are not on the store yet): the same guarantees as on SQLite (attempts.test.ts), the same marks for the
 * same play, and two app servers (two pools, two copies of the app's modules and caches) taking the
 * same learner's actions at once, each sent to both, with nothing lost or doubled.
 */
import fs from "node:fs";
import path from "node:path";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openPostgresStore, type PostgresStore } from "@/db/pg/store";
import type { SessionData } from "@/server/auth/session";
import { parsePlaythrough, type Playthrough } from "@/server/core/scenarios/playthrough";
import {
  copyToPostgres,
  type PostgresTestApp,
  postgresCaller,
} from "@/server/test-support/test-app-postgres";
import { createTestApp, errorCode, type SqliteTestApp } from "@/server/test-support/test-app";

const SCENARIO = "complaint-faulty-kettle";
let app: SqliteTestApp;
let pg: PostgresTestApp;
/** Learners (their session) and an attempt each, started on SQLite before the copy. */
const started: Record<string, { session: SessionData; attemptId: number }> = {};
let sqliteModel: { band: string | null; totalPercent: number | null };

function playthrough(name: string): Playthrough {
  const file = path.join(process.cwd(), "scenarios", "playthroughs", `${name}.yaml`);
  const parsed = parsePlaythrough(file, fs.readFileSync(file, "utf8"));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.playthrough;
}

let counter = 0;
const clientId = () => `pg-client-${++counter}-${Date.now()}`;

async function learnerWithAttempt(name: string) {
  const { api, session } = app.browser();
  await api.auth.practiseAlone({ displayName: name });
  const { attemptId } = await app.caller(session.current).attempts.start({ scenarioId: SCENARIO });
  return { session: session.current, attemptId };
}

beforeAll(async () => {
  app = createTestApp({ engine: "sqlite" });
  for (const name of ["model", "retry", "invalid", "race"]) started[name] = await learnerWithAttempt(name);
  // The same model play on SQLite, to compare marks with.
  const model = playthrough("complaint-model");
  const onSqlite = await learnerWithAttempt("model on SQLite");
  const me = app.caller(onSqlite.session);
  for (const action of model.actions)
    await me.attempts.act({ attemptId: onSqlite.attemptId, clientId: clientId(), action });
  const { band, totalPercent } = await me.attempts.submit({ attemptId: onSqlite.attemptId });
  sqliteModel = { band, totalPercent };
  pg = await copyToPostgres(app);
});

afterAll(async () => {
  await pg?.close();
  app?.close();
});

async function eventsOf(store: PostgresStore, attemptId: number) {
  const { t, db } = store;
  return db
    .select()
    .from(t.attemptEvents)
    .where(eq(t.attemptEvents.attemptId, attemptId))
    .orderBy(asc(t.attemptEvents.seq));
}

describe("learner actions on PostgreSQL", () => {
  it("plays the model complaint to the same marks as on SQLite", async () => {
    const { session, attemptId } = started.model!;
    const me = pg.caller(session);
    for (const action of playthrough("complaint-model").actions)
      await me.attempts.act({ attemptId, clientId: clientId(), action });
    const done = await me.attempts.submit({ attemptId });
    expect(sqliteModel.band).toBe("Distinction");
    expect({ band: done.band, totalPercent: done.totalPercent }).toEqual(sqliteModel);
    const events = await eventsOf(pg.store, attemptId);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    const [row] = await pg.store.db
      .select()
      .from(pg.store.t.attempts)
      .where(eq(pg.store.t.attempts.id, attemptId));
    expect(row).toMatchObject({ status: "submitted", band: "Distinction" });
    // Submitted: no more work, and submitting again answers the stored result.
    expect(
      await errorCode(
        me.attempts.act({
          attemptId,
          clientId: clientId(),
          action: { type: "add_note", customerRef: "CUS-2041", text: "too late" },
        }),
      ),
    ).toBe("CONFLICT");
    expect((await me.attempts.submit({ attemptId })).totalPercent).toBe(done.totalPercent);
  });

  it("stores a retried action (same client id) exactly once, with its CRM change", async () => {
    const { session, attemptId } = started.retry!;
    const me = pg.caller(session);
    const id = clientId();
    const action = {
      type: "add_note" as const,
      customerRef: "CUS-2041",
      text: "Called twice on PostgreSQL?",
    };
    const first = await me.attempts.act({ attemptId, clientId: id, action });
    const again = await me.attempts.act({ attemptId, clientId: id, action });
    expect(first.duplicate).toBe(false);
    expect(again.duplicate).toBe(true);
    expect(again.events.map((e) => e.seq)).toEqual(first.events.map((e) => e.seq));
    const { t, db } = pg.store;
    expect(await db.select().from(t.attemptEvents).where(eq(t.attemptEvents.clientId, id))).toHaveLength(1);
    const notes = await db
      .select()
      .from(t.interactions)
      .where(eq(t.interactions.body, "Called twice on PostgreSQL?"));
    expect(notes).toHaveLength(1);
  });

  it("rejects invalid actions and stores nothing of them", async () => {
    const { session, attemptId } = started.invalid!;
    const me = pg.caller(session);
    const before = (await eventsOf(pg.store, attemptId)).length;
    expect(
      await errorCode(
        me.attempts.act({
          attemptId,
          clientId: clientId(),
          action: { type: "add_note", customerRef: "CUS-9999", text: "x" },
        }),
      ),
    ).toBe("NOT_FOUND");
    const refund = {
      type: "issue_remedy" as const,
      customerRef: "CUS-2041",
      orderRef: "ORD-10234",
      sku: "KET-AURORA-17",
      kind: "refund" as const,
      amountPence: 999_999,
    };
    expect(await errorCode(me.attempts.act({ attemptId, clientId: clientId(), action: refund }))).toBe(
      "BAD_REQUEST",
    );
    expect((await eventsOf(pg.store, attemptId)).length).toBe(before);
    // Someone else's attempt is "not found", on PostgreSQL as on SQLite.
    expect(
      await errorCode(
        pg.caller(started.retry!.session).attempts.act({
          attemptId,
          clientId: clientId(),
          action: { type: "add_note", customerRef: "CUS-2041", text: "not mine" },
        }),
      ),
    ).toBe("NOT_FOUND");
    // A full refund once is fine and changes the order line in the same transaction.
    await me.attempts.act({ attemptId, clientId: clientId(), action: { ...refund, amountPence: 4499 } });
    const { t, db } = pg.store;
    const [attempt] = await db.select().from(t.attempts).where(eq(t.attempts.id, attemptId));
    const [order] = await db
      .select()
      .from(t.orders)
      .where(and(eq(t.orders.workspaceId, attempt!.workspaceId), eq(t.orders.ref, "ORD-10234")));
    const items = await db.select().from(t.orderItems).where(eq(t.orderItems.orderId, order!.id));
    expect(items.find((i) => i.refundedPence === 4499)?.refundStatus).toBe("full");
  });
});

describe("two app servers on one PostgreSQL", () => {
  it("take the same learner's actions at once, each sent to both: none lost or doubled, seqs contiguous", async () => {
    const { session, attemptId } = started.race!;
    // A second server: its own pool, and its own copy of the app's modules (so its own attempt-state cache).
    vi.resetModules();
    const { appRouter: routerB } = await import("@/server/trpc/root");
    const { createCallerFactory: factoryB } = await import("@/server/trpc/init");
    const storeB = openPostgresStore(pg.url);
    try {
      const serverA = postgresCaller(pg.store, session);
      const serverB = postgresCaller(storeB, session, { createCaller: factoryB(routerB) });
      const before = await eventsOf(pg.store, attemptId);
      const notes = Array.from({ length: 12 }, (_, i) => ({
        clientId: clientId(),
        action: { type: "add_note" as const, customerRef: "CUS-2041", text: `Race note ${i}` },
      }));
      // Every action goes to both servers at once, as a client retrying on the other server would.
      const answers = await Promise.all(
        notes.map(({ clientId: id, action }) =>
          Promise.all([
            serverA.attempts.act({ attemptId, clientId: id, action }),
            serverB.attempts.act({ attemptId, clientId: id, action }),
          ]),
        ),
      );
      for (const [a, b] of answers) {
        expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
        expect(b.events.map((e) => e.seq)).toEqual(a.events.map((e) => e.seq));
      }

      const events = await eventsOf(pg.store, attemptId);
      expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
      const learnerEvents = events.slice(before.length).filter((e) => e.actor === "learner");
      expect(learnerEvents.map((e) => e.clientId).sort()).toEqual(notes.map((n) => n.clientId).sort());
      const { t, db } = pg.store;
      for (const n of notes) {
        const rows = await db.select().from(t.interactions).where(eq(t.interactions.body, n.action.text));
        expect(rows, n.action.text).toHaveLength(1);
      }
      const [row] = await db.select().from(t.attempts).where(eq(t.attempts.id, attemptId));
      expect(row!.actionCount).toBe(notes.length);

      // Each server's cached state is behind the other's events now: the next actions replay correctly,
      // and the submission scores every stored action.
      await serverA.attempts.act({
        attemptId,
        clientId: clientId(),
        action: { type: "view_record", customerRef: "CUS-2041" },
      });
      await serverB.attempts.act({
        attemptId,
        clientId: clientId(),
        action: { type: "view_record", customerRef: "CUS-2041" },
      });
      const [after] = await db.select().from(t.attempts).where(eq(t.attempts.id, attemptId));
      expect(after!.actionCount).toBe(notes.length + 2);
      const all = await eventsOf(pg.store, attemptId);
      expect(all.map((e) => e.seq)).toEqual(all.map((_, i) => i + 1));
    } finally {
      await storeB.close();
    }
  });
});
