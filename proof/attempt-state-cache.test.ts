/**
 * The data layer caches each attempt's replayed state between actions. These tests check that the
 * cache never changes an outcome: actions give the same stored events and marks as a full replay,
 * and two server processes acting on the same attempt (each with its own cache) stay correct.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openDatabase } from "@/db/client";
import { sqliteStore } from "@/db/store";
import { replayEvents } from "@/server/core/scenarios/runtime";
import type { LearnerAction } from "@/server/core/scenarios/learner-actions";
import { getScenario } from "@/server/scenarios/scenario-registry";
import { createTestApp, type SqliteTestApp } from "@/server/test-support/test-app";

let app: SqliteTestApp;
beforeAll(() => {
  app = createTestApp({ engine: "sqlite" });
});
afterAll(() => app.close());

const CUSTOMER = "CUS-2041";
const actions: LearnerAction[] = [
  { type: "view_record", customerRef: CUSTOMER },
  {
    type: "send_message",
    customerRef: CUSTOMER,
    channel: "email",
    text: "Dear Priya, I'm so sorry your kettle stopped working. I understand how frustrating that is.",
  },
  {
    type: "open_case",
    customerRef: CUSTOMER,
    orderRef: "ORD-10234",
    category: "faulty_product",
    summary: "Kettle stopped working 12 days after delivery.",
  },
  {
    type: "issue_remedy",
    customerRef: CUSTOMER,
    orderRef: "ORD-10234",
    sku: "KET-AURORA-17",
    kind: "refund",
    note: "Short-term right to reject.",
  },
  {
    type: "send_message",
    customerRef: CUSTOMER,
    channel: "email",
    text: "Your full refund of £44.99 is on its way to your card. Thank you for your patience.",
  },
  { type: "add_note", customerRef: CUSTOMER, text: "Refund issued." },
  { type: "close_case", caseRef: "CASE-A1", resolution: "Full refund under the short-term right to reject." },
];

async function learnerWithAttempt(name: string) {
  const { api, session } = app.browser();
  await api.auth.practiseAlone({ displayName: name });
  const { attemptId } = await api.attempts.start({ scenarioId: "complaint-faulty-kettle" });
  const learnerId = session.current.learnerId!;
  return { attemptId, learnerId, me: app.caller(session.current) };
}

function storedEvents(db: SqliteTestApp["db"], attemptId: number) {
  return db.$client
    .prepare(
      "SELECT seq, actor, type, payload, sim_minute AS simMinute FROM attempt_events WHERE attempt_id = ? ORDER BY seq",
    )
    .all(attemptId)
    .map((r) => {
      const row = r as {
        seq: number;
        actor: "learner" | "customer" | "system";
        type: string;
        payload: string;
        simMinute: number;
      };
      return { ...row, payload: JSON.parse(row.payload) as Record<string, unknown> };
    });
}

describe("attempt state cache", () => {
  it("gives the same events and report as replaying from the database every time", async () => {
    const data = await import("@/server/data/attempts");
    const cached = await learnerWithAttempt("Cached Cat");
    const replayed = await learnerWithAttempt("Replayed Rex");
    for (const [i, action] of actions.entries()) {
      await cached.me.attempts.act({ attemptId: cached.attemptId, clientId: `cache-a-${i}-xxxx`, action });
      data.clearAttemptStateCache();
      await replayed.me.attempts.act({
        attemptId: replayed.attemptId,
        clientId: `cache-b-${i}-xxxx`,
        action,
      });
      data.clearAttemptStateCache();
    }
    const strip = (events: ReturnType<typeof storedEvents>) =>
      events.map(({ seq, actor, type, payload, simMinute }) => ({ seq, actor, type, payload, simMinute }));
    expect(strip(storedEvents(app.db, cached.attemptId))).toEqual(
      strip(storedEvents(app.db, replayed.attemptId)),
    );
    const a = await cached.me.attempts.submit({ attemptId: cached.attemptId });
    const b = await replayed.me.attempts.submit({ attemptId: replayed.attemptId });
    expect(a.totalPercent).toBe(b.totalPercent);
    expect(a.band).toBe(b.band);
  });

  it("stays correct when another process (its own cache, its own connection) adds events in between", async () => {
    const { attemptId, learnerId } = await learnerWithAttempt("Two Process Tam");
    const scenario = getScenario("complaint-faulty-kettle")!;
    // Two copies of the data layer, as two server processes would have, each on its own connection.
    const processA = await import("@/server/data/attempts");
    vi.resetModules();
    const processB = await import("@/server/data/attempts");
    expect(processB).not.toBe(processA);
    const dbB = openDatabase(app.file);
    try {
      const sequence: ["A" | "B", LearnerAction][] = [
        ["A", actions[0]!],
        ["A", actions[1]!],
        ["B", actions[2]!],
        ["A", actions[3]!], // A's cached state is one action behind: it must replay
        ["B", actions[4]!], // and so is B's
        ["B", actions[5]!],
        ["A", actions[6]!],
      ];
      for (const [i, [who, action]] of sequence.entries()) {
        const [layer, db] = who === "A" ? [processA, app.db] : [processB, dbB];
        const r = await layer.act(sqliteStore(db), {
          learnerId,
          learnerName: "Two Process Tam",
          attemptId,
          clientId: `two-proc-${i}-xx`,
          action,
          scenario,
        });
        expect(r.duplicate).toBe(false);
      }
      const events = storedEvents(app.db, attemptId);
      expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
      const state = replayEvents(
        scenario,
        await processA.attemptOrigin(app.store, await processA.ownAttempt(app.store, learnerId, attemptId)),
        events,
        { trusted: true },
      );
      expect(state.log.map((r) => r.action.type)).toEqual(actions.map((a) => a.type));
      expect(state.warnings).toEqual([]);
      const row = await processA.ownAttempt(app.store, learnerId, attemptId);
      expect(row.actionCount).toBe(actions.length);
      expect(row.clockMinutes).toBe(state.minute);
      // A retry through the other process is recognised as a duplicate.
      const retry = await processB.act(sqliteStore(dbB), {
        learnerId,
        learnerName: "Two Process Tam",
        attemptId,
        clientId: "two-proc-0-xx",
        action: actions[0]!,
        scenario,
      });
      expect(retry.duplicate).toBe(true);
      expect(retry.events[0]).toMatchObject({ actor: "learner", type: "view_record" });
    } finally {
      dbB.$client.close();
    }
  });
});
