/**
 * Durability: the production server is killed with SIGKILL in the middle of a stream of learner
 * actions. After a restart on the same database, every action the server acknowledged is stored
 * exactly once, and re-sending the unacknowledged ones (same client ids) stores each exactly once.
 * On both engines (proof/engine.ts): on PostgreSQL the database server lives on; the app server dies.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { engine, eventSeqs, freshDatabase, openRows, startServer } from "./engine";
import { ATTEMPT_LIMITS } from "../server/core/scenarios/attempt-limits";
import { HttpClient, type ProdServer } from "./prod-server";

const SCENARIO = "complaint-faulty-kettle";
const CUSTOMER = "CUS-2041";

// A mix of every kind of write, within one attempt's bounds (server/core/scenarios/attempt-limits.ts:
// at most 200 actions and 30 messages since session 32): a message every eighth action, 25 in all.
function actionFor(n: number) {
  switch (n % 4) {
    case 0:
      if (n % 8 !== 0)
        return { type: "add_note", customerRef: CUSTOMER, text: `Note ${n}: follow up by email.` };
      return {
        type: "send_message",
        customerRef: CUSTOMER,
        channel: "email",
        text: `Reply ${n}: I'm sorry about the kettle; I'm looking into it now.`,
      };
    case 1:
      return { type: "add_note", customerRef: CUSTOMER, text: `Note ${n}: customer prefers email.` };
    case 2:
      return { type: "view_record", customerRef: CUSTOMER };
    default:
      return {
        type: "log_call",
        customerRef: CUSTOMER,
        direction: "outbound",
        summary: `Call ${n}: no answer.`,
      };
  }
}

const TOTAL = ATTEMPT_LIMITS.actions; // 200: the most one attempt may hold
const IN_FLIGHT = 6;
const KILL_AFTER_ACKS = 60;

describe(`durability (production server on ${engine}, SIGKILL mid-stream)`, () => {
  let server: ProdServer | undefined;
  let databasePath: string | undefined;

  afterAll(async () => {
    await server?.stop("SIGKILL");
    if (databasePath) fs.rmSync(path.dirname(databasePath), { recursive: true, force: true });
  });

  it("keeps every acknowledged action exactly once and stores re-sent ones exactly once", async () => {
    const database = await freshDatabase("crm-durability-");
    databasePath = database.databasePath;
    server = await startServer(database);
    const learner = new HttpClient(server.url);
    await learner.ok("auth.practiseAlone", { displayName: "Durable Dana" });
    const { attemptId } = await learner.ok<{ attemptId: number }>("attempts.start", { scenarioId: SCENARIO });

    const clientIds = Array.from({ length: TOTAL }, (_, n) => `dur-${n.toString().padStart(6, "0")}`);
    const acknowledged = new Set<string>();
    const failed = new Set<string>();
    const errorResponses: string[] = [];
    let next = 0;
    let killed = false;
    const first = server;

    // A stream of actions, several in flight; SIGKILL once enough have been acknowledged.
    const worker = async () => {
      while (next < TOTAL) {
        const n = next++;
        const id = clientIds[n]!;
        try {
          const r = await learner.mutation("attempts.act", { attemptId, clientId: id, action: actionFor(n) });
          if (r.status === 200) acknowledged.add(id);
          else errorResponses.push(`${id}: ${r.status} ${r.text.slice(0, 200)}`);
        } catch {
          failed.add(id); // connection reset: not acknowledged
        }
        if (!killed && acknowledged.size >= KILL_AFTER_ACKS) {
          killed = true;
          await first.stop("SIGKILL");
        }
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    expect(killed).toBe(true);
    expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    const unacknowledged = clientIds.filter((id) => !acknowledged.has(id));
    expect(unacknowledged.length).toBeGreaterThan(0);
    // Nothing failed with an error response while the server was up: only connection failures.
    expect(errorResponses).toEqual([]);

    // Restart on the same database; the session cookie stays valid (its key is in the database).
    server = await startServer(database);
    const restarted = new HttpClient(server.url);
    restarted.cookie = learner.cookie;

    const stored = await openRows(database);
    const counts = async () =>
      new Map(
        (
          await stored.all<{ id: string; n: number }>(
            "SELECT client_id AS id, COUNT(*) AS n FROM attempt_events WHERE attempt_id = ? AND client_id IS NOT NULL GROUP BY client_id",
            attemptId,
          )
        ).map((r) => [r.id, r.n]),
      );
    try {
      const afterCrash = await counts();
      for (const id of acknowledged) expect(afterCrash.get(id), `acknowledged ${id}`).toBe(1);
      for (const n of afterCrash.values()) expect(n).toBe(1);

      // Re-send every unacknowledged action with its client id, twice (the second time is a retry).
      let duplicates = 0;
      for (const round of [1, 2]) {
        for (const id of unacknowledged) {
          const n = clientIds.indexOf(id);
          const r = await restarted.mutation("attempts.act", {
            attemptId,
            clientId: id,
            action: actionFor(n),
          });
          expect(r.status, `${id}: ${r.text.slice(0, 200)}`).toBe(200);
          const data = r.data as { duplicate: boolean };
          if (round === 2) expect(data.duplicate).toBe(true);
          else if (data.duplicate) duplicates++;
        }
      }
      // Those that had been committed but whose answer was lost come back as duplicates, and were
      // already in the database after the crash.
      const committedUnacknowledged = [...afterCrash.keys()].filter((id) => !acknowledged.has(id)).length;
      expect(duplicates).toBe(committedUnacknowledged);
      console.info(
        `durability: ${acknowledged.size} acknowledged before SIGKILL, ${failed.size} not acknowledged (in flight or sent after the kill), ` +
          `${committedUnacknowledged} committed but unacknowledged, ${unacknowledged.length} re-sent`,
      );

      const final = await counts();
      expect(final.size).toBe(TOTAL);
      for (const id of clientIds) expect(final.get(id), id).toBe(1);

      // The event log has no gaps and the attempt's counters agree with it.
      const seqs = await eventSeqs(stored, attemptId);
      expect(seqs).toEqual(seqs.map((_, i) => i + 1));
      const [attempt] = await stored.all<{ actions: number }>(
        "SELECT action_count AS actions FROM attempts WHERE id = ?",
        attemptId,
      );
      expect(attempt!.actions).toBe(TOTAL);
      // The SQLite file survived the kill whole (PostgreSQL's own server was never killed).
      if (engine === "sqlite") {
        const [check] = await stored.all<{ integrity_check: string }>("PRAGMA integrity_check");
        expect(check!.integrity_check).toBe("ok");
      }
    } finally {
      await stored.close();
    }

    // And the attempt still works as a whole: the learner's view loads, and it can be submitted.
    const view = await restarted.get<{ events: unknown[] }>("attempts.get", { attemptId });
    expect(view.events.length).toBeGreaterThan(TOTAL);
    await restarted.ok("attempts.submit", { attemptId });
  });
});
