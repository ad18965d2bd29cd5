/**
 * Two app processes, one PostgreSQL (issue 13, "several app servers"): two production servers
 * (`scripts/start.ts`, as deployed) on one throw-away PostgreSQL cluster, as a college or provider
 * would run them behind a load balancer, both trusting the proxy's X-Forwarded-For (TRUST_PROXY=1).
 * Everything is asked over HTTP, and nothing may live in only one process's memory: sessions, rate
 * limits, join codes, learners' actions (stored once per client id, in order, whichever server took
 * them), the tutor's live dashboard (woken through LISTEN/NOTIFY) and, after one server is killed
 * with SIGKILL, everything it acknowledged, served by the other.
 *
 * PostgreSQL only: it runs once, in `npm run test:server`'s `postgres-timed` project, on a database of
 * its own in the run's throw-away cluster (proof/postgres-setup.ts).
 *
 * Server B polls its live streams only every 3 s (LIVE_POLL_MS, the longest allowed), so a push that
 * arrives well within that can only have come from the NOTIFY wake. Waits are for conditions, each
 * with a deadline; there are no fixed sleeps.
 */
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  BENCH_CUSTOMER as CUSTOMER,
  BENCH_SCENARIO as SCENARIO,
  openLiveStream,
} from "@/scripts/bench-support";
import { createDatabase } from "@/server/test-support/postgres-cluster";
import { HttpClient, PROOF_TUTOR, startProdServer, type ProdServer } from "./prod-server";

const B_POLL_MS = 3_000;

let databaseUrl: string;
let db: pg.Client;
let a: ProdServer;
let b: ProdServer;

beforeAll(async () => {
  databaseUrl = await createDatabase(inject("postgresAdminUrl"), "crm_two_servers");
  const common = {
    TRUST_PROXY: "1",
    AUTH_BACKOFF_BASE_MS: "20",
    AUTH_BACKOFF_MAX_MS: "200",
  };
  // Started together on an empty database: they migrate and seed it once between them.
  [a, b] = await Promise.all([
    startProdServer({ databaseUrl, env: { ...common, ENABLE_BENCH_ROUTE: "1" } }),
    startProdServer({ databaseUrl, env: { ...common, LIVE_POLL_MS: String(B_POLL_MS) } }),
  ]);
  db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  await a?.stop();
  await b?.stop();
  for (const server of [a, b])
    if (server) fs.rmSync(path.dirname(server.databasePath), { recursive: true, force: true });
});

let ipCounter = 0;
/** A browser at its own (pretend) address, talking to one server (through the trusted proxy). */
function browser(server: ProdServer, ip = `198.51.100.${++ipCounter}`): HttpClient {
  return new HttpClient(server.url, { "x-forwarded-for": ip });
}

/** The same browser (cookie and address) as `from`, its next request going to `server`. */
function sameBrowserOn(from: HttpClient, server: ProdServer): HttpClient {
  const copy = new HttpClient(server.url, from.extraHeaders);
  copy.cookie = from.cookie;
  return copy;
}

async function signedInTutor(server: ProdServer): Promise<HttpClient> {
  const tutor = browser(server);
  await tutor.ok("auth.tutorSignIn", PROOF_TUTOR);
  return tutor;
}

/**
 * A tutor sets the scenario in a new class, and a learner on `learnerServer` joins it and starts the
 * work: the class, and the learner's client and attempt.
 */
async function learnerStartedInNewClass(
  tutor: HttpClient,
  className: string,
  learnerServer: ProdServer,
  displayName: string,
) {
  const klass = await tutor.ok<{ id: number; joinCode: string }>("classes.create", { name: className });
  const assignment = await tutor.ok<{ id: number }>("assignments.create", {
    classId: klass.id,
    scenarioId: SCENARIO,
  });
  const learner = browser(learnerServer);
  await learner.ok("auth.joinClass", { code: klass.joinCode, displayName });
  const { attemptId } = await learner.ok<{ attemptId: number }>("attempts.start", {
    scenarioId: SCENARIO,
    assignmentId: assignment.id,
  });
  return { klass, learner, attemptId };
}

/** Resolves once `check` is true (asked whenever `poke` is called), or rejects at the deadline. */
function waitUntil(check: () => boolean, ms: number, what: string) {
  let poke = () => {};
  const reached = new Promise<void>((resolve, reject) => {
    if (check()) return resolve();
    const timer = setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms);
    poke = () => {
      if (check()) {
        clearTimeout(timer);
        resolve();
      }
    };
  });
  return { reached, poke: () => poke() };
}

const reply = (n: number) => ({
  type: "send_message",
  customerRef: CUSTOMER,
  channel: "email",
  text: `Reply ${n}: I'm sorry about the kettle; I'm arranging the refund now.`,
});

// A reply every fifth action and notes between: 120 actions hold 24 messages, inside one attempt's
// bounds (server/core/scenarios/attempt-limits.ts: at most 30 messages since session 32).
const work = (n: number) =>
  n % 5 === 0
    ? reply(n)
    : { type: "add_note", customerRef: CUSTOMER, text: `Note ${n}: refund being arranged.` };

/** The learner's stored actions (client ids) in the order PostgreSQL gave them their seq. */
async function storedActions(attemptId: number): Promise<{ clientId: string; seq: number }[]> {
  const { rows } = await db.query<{ client_id: string; seq: string }>(
    "SELECT client_id, seq FROM attempt_events WHERE attempt_id = $1 AND client_id IS NOT NULL ORDER BY seq",
    [attemptId],
  );
  return rows.map((r) => ({ clientId: r.client_id, seq: Number(r.seq) }));
}

async function allSeqs(attemptId: number): Promise<number[]> {
  const { rows } = await db.query<{ seq: string }>(
    "SELECT seq FROM attempt_events WHERE attempt_id = $1 ORDER BY seq",
    [attemptId],
  );
  return rows.map((r) => Number(r.seq));
}

describe("two app servers on one PostgreSQL", () => {
  it("both serve from PostgreSQL, and the demo tutor and demo CRM were made once", async () => {
    const { rows } = await db.query<{ tutors: string; workspaces: string }>(
      "SELECT (SELECT count(*) FROM tutors) AS tutors, (SELECT count(*) FROM workspaces WHERE kind = 'demo') AS workspaces",
    );
    expect(Number(rows[0]!.tutors)).toBe(1);
    expect(Number(rows[0]!.workspaces)).toBe(1);
    // Neither server made the SQLite file it was given: both serve from PostgreSQL.
    for (const server of [a, b]) expect(fs.existsSync(server.databasePath)).toBe(false);
    // The benchmark's bare SQLite insert is refused cleanly, not a crash, even where it is enabled.
    const bench = await fetch(`${a.url}/api/bench`, { method: "POST", body: JSON.stringify({ json: {} }) });
    expect(bench.status).toBe(404);
    expect(await bench.text()).toMatch(/SQLite file only/);
  });

  it("a session made on A works on B, and signing out on B ends it on A too", async () => {
    const onA = await signedInTutor(a);
    const onB = sameBrowserOn(onA, b);
    expect(await onB.get("auth.me")).toMatchObject({ kind: "tutor", email: PROOF_TUTOR.email });
    expect((await onB.query("classes.list")).status).toBe(200);

    const keptOnA = sameBrowserOn(onA, a);
    const keptOnB = sameBrowserOn(onA, b);
    expect((await onB.mutation("auth.signOut", {})).status).toBe(200);
    expect((await keptOnA.query("classes.list")).status).toBe(401);
    expect((await keptOnB.query("classes.list")).status).toBe(401);
    expect(await keptOnA.get("auth.me")).toMatchObject({ kind: "anonymous" });

    // And the other way round: made on B, ended on A.
    const second = await signedInTutor(b);
    const secondOnA = sameBrowserOn(second, a);
    expect((await secondOnA.query("classes.list")).status).toBe(200);
    expect((await secondOnA.mutation("auth.signOut", {})).status).toBe(200);
    expect((await second.query("classes.list")).status).toBe(401);
  });

  it("counts wrong passwords across both servers: alternating between them is refused at the limit", async () => {
    const ip = "203.0.113.77";
    const statuses: number[] = [];
    // Five wrong passwords are free for one account from one address (RATE_LIMITS.signInAccountIp).
    for (let i = 0; i < 6; i++) {
      const guesser = browser(i % 2 ? b : a, ip);
      const r = await guesser.mutation("auth.tutorSignIn", {
        email: PROOF_TUTOR.email,
        password: `guess ${i}`,
      });
      statuses.push(r.status);
    }
    // Each server alone saw three: only a shared count refuses the sixth.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    // Once more on each server: still refused on both.
    for (const server of [a, b]) {
      const r = await browser(server, ip).mutation("auth.tutorSignIn", {
        email: PROOF_TUTOR.email,
        password: "yet another guess",
      });
      expect(r.status).toBe(429);
    }
  });

  it("a join code made on A works on B, and a renewed code stops working on both", async () => {
    const tutor = await signedInTutor(a);
    const klass = await tutor.ok<{ id: number; joinCode: string }>("classes.create", { name: "Two servers" });

    const first = browser(b);
    expect(
      (await first.mutation("auth.joinClass", { code: klass.joinCode, displayName: "Bea" })).status,
    ).toBe(200);
    expect(await first.get("auth.me")).toMatchObject({ kind: "learner", className: "Two servers" });

    const renewed = await sameBrowserOn(tutor, b).ok<{ joinCode: string }>("classes.regenerateCode", {
      classId: klass.id,
    });
    expect(renewed.joinCode).not.toBe(klass.joinCode);
    for (const server of [a, b]) {
      const late = browser(server);
      const r = await late.mutation("auth.joinClass", { code: klass.joinCode, displayName: "Late" });
      expect(r.status, `old code on ${server === a ? "A" : "B"}`).toBe(404);
    }
    for (const [server, name] of [
      [a, "Ade"],
      [b, "Bo"],
    ] as const) {
      const r = await browser(server).mutation("auth.joinClass", {
        code: renewed.joinCode,
        displayName: name,
      });
      expect(r.status, `renewed code on ${server === a ? "A" : "B"}`).toBe(200);
    }
  });

  it("stores a learner's actions sent alternately to A and B once each, in order; a replayed client id is doubled on neither", async () => {
    const onA = browser(a);
    await onA.ok("auth.practiseAlone", { displayName: "Alternating Al" });
    const onB = sameBrowserOn(onA, b);
    const { attemptId } = await onA.ok<{ attemptId: number }>("attempts.start", { scenarioId: SCENARIO });

    const ids = Array.from({ length: 16 }, (_, n) => `alternate-${n.toString().padStart(3, "0")}`);
    for (const [n, clientId] of ids.entries()) {
      const r = await (n % 2 ? onB : onA).mutation("attempts.act", { attemptId, clientId, action: reply(n) });
      expect(r.status, `${clientId}: ${r.text.slice(0, 200)}`).toBe(200);
      expect((r.data as { duplicate: boolean }).duplicate).toBe(false);
    }
    // Each id replayed to both servers, one after the other: an answer each, nothing stored again.
    for (const [n, clientId] of ids.entries()) {
      for (const client of [onA, onB]) {
        const r = await client.mutation("attempts.act", { attemptId, clientId, action: reply(n) });
        expect(r.status).toBe(200);
        expect((r.data as { duplicate: boolean }).duplicate).toBe(true);
      }
    }
    // New ids sent to both servers at the same moment, each to both: one of each pair is stored.
    const raced = Array.from({ length: 8 }, (_, n) => `race-pair-${n}`);
    const answers = await Promise.all(
      raced.flatMap((clientId, n) =>
        [onA, onB].map(async (client) => {
          const r = await client.mutation("attempts.act", { attemptId, clientId, action: reply(100 + n) });
          expect(r.status, `${clientId}: ${r.text.slice(0, 200)}`).toBe(200);
          return { clientId, duplicate: (r.data as { duplicate: boolean }).duplicate };
        }),
      ),
    );
    for (const clientId of raced) {
      const pair = answers.filter((x) => x.clientId === clientId);
      expect(pair.map((x) => x.duplicate).sort()).toEqual([false, true]);
    }

    const stored = await storedActions(attemptId);
    expect(stored.slice(0, ids.length).map((s) => s.clientId)).toEqual(ids);
    expect(
      stored
        .slice(ids.length)
        .map((s) => s.clientId)
        .sort(),
    ).toEqual([...raced].sort());
    const seqs = await allSeqs(attemptId);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    const { rows } = await db.query<{ action_count: string }>(
      "SELECT action_count FROM attempts WHERE id = $1",
      [attemptId],
    );
    expect(Number(rows[0]!.action_count)).toBe(ids.length + raced.length);
    // Both servers show the learner the same attempt.
    const [viewA, viewB] = await Promise.all(
      [onA, onB].map((c) => c.get<{ events: { seq: number }[] }>("attempts.get", { attemptId })),
    );
    expect(viewA!.events.map((e) => e.seq)).toEqual(seqs);
    expect(viewB!.events.map((e) => e.seq)).toEqual(seqs);
  });

  it("the tutor's live stream on B shows a learner's reply sent to A at once (LISTEN/NOTIFY, not B's 3 s poll)", async () => {
    const tutorOnB = await signedInTutor(b);
    const { klass, learner, attemptId } = await learnerStartedInNewClass(
      tutorOnB,
      "Live lesson",
      a,
      "Live Lou",
    );

    interface View {
      learners?: { attempt: { id: number; actions: number } | null }[];
    }
    let shown = -1;
    let shownAt = 0;
    let waiting = { poke: () => {} };
    const stream = await openLiveStream<View>(b.url, tutorOnB.cookie, klass.id, (view, at) => {
      const row = view.learners?.find((l) => l.attempt?.id === attemptId);
      if (row?.attempt && row.attempt.actions !== shown) {
        shown = row.attempt.actions;
        shownAt = at;
      }
      waiting.poke();
    });
    try {
      const first = waitUntil(() => shown >= 0, 10_000, "the first view");
      waiting = first;
      await first.reached;

      // Each reply is sent the moment the previous view arrived. B's stream then pauses for its whole
      // 3 s poll: only a wake from the NOTIFY of A's commit can bring the next view sooner.
      const latencies: number[] = [];
      for (let n = 1; n <= 5; n++) {
        const before = shown;
        const sent = performance.now();
        const next = waitUntil(() => shown > before, B_POLL_MS + 5_000, `reply ${n} on B's stream`);
        waiting = next;
        const r = await learner.mutation("attempts.act", {
          attemptId,
          clientId: `live-reply-${n}`,
          action: reply(n),
        });
        expect(r.status).toBe(200);
        await next.reached;
        expect(shown).toBe(before + 1);
        latencies.push(shownAt - sent);
      }
      console.info(
        `two servers: learner's reply on A → tutor's stream on B, ms from sending: ${latencies.map((l) => l.toFixed(0)).join(", ")} (B polls every ${B_POLL_MS} ms)`,
      );
      for (const l of latencies) expect(l).toBeLessThan(B_POLL_MS / 3);
    } finally {
      stream.close();
      await stream.done.catch(() => undefined);
    }
  });

  it("after A is killed (SIGKILL) mid-stream, B serves everything A acknowledged, stored once", async () => {
    const tutor = await signedInTutor(a);
    const { klass, learner, attemptId } = await learnerStartedInNewClass(tutor, "Resilience", a, "Kept Kit");

    const TOTAL = 120;
    const KILL_AFTER = 30;
    const ids = Array.from({ length: TOTAL }, (_, n) => `kill-${n.toString().padStart(4, "0")}`);
    const acknowledged = new Set<string>();
    const errors: string[] = [];
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (next < TOTAL && !killed) {
        const n = next++;
        try {
          const r = await learner.mutation("attempts.act", { attemptId, clientId: ids[n], action: work(n) });
          if (r.status === 200) acknowledged.add(ids[n]!);
          else errors.push(`${ids[n]}: ${r.status} ${r.text.slice(0, 200)}`);
        } catch {
          // the connection died with A: not acknowledged
        }
        if (!killed && acknowledged.size >= KILL_AFTER) {
          killed = true;
          await a.stop("SIGKILL");
        }
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    expect(killed).toBe(true);
    expect(errors).toEqual([]);
    expect((await fetch(`${a.url}/api/health`).catch(() => null))?.ok ?? false).toBe(false);

    // Every acknowledged action is stored exactly once, and B shows them all to the learner.
    const onB = sameBrowserOn(learner, b);
    const afterKill = await storedActions(attemptId);
    const counts = new Map<string, number>();
    for (const s of afterKill) counts.set(s.clientId, (counts.get(s.clientId) ?? 0) + 1);
    for (const id of acknowledged) expect(counts.get(id), id).toBe(1);
    for (const n of counts.values()) expect(n).toBe(1);
    const view = await onB.get<{ events: { seq: number }[] }>("attempts.get", { attemptId });
    expect(view.events.map((e) => e.seq)).toEqual(await allSeqs(attemptId));

    // The rest is sent to B: stored once each; those A committed without answering come back as duplicates.
    let duplicates = 0;
    for (const [n, clientId] of ids.entries()) {
      if (acknowledged.has(clientId)) continue;
      const r = await onB.mutation("attempts.act", { attemptId, clientId, action: work(n) });
      expect(r.status, `${clientId}: ${r.text.slice(0, 200)}`).toBe(200);
      if ((r.data as { duplicate: boolean }).duplicate) duplicates++;
    }
    const committedUnanswered = [...counts.keys()].filter((id) => !acknowledged.has(id)).length;
    expect(duplicates).toBe(committedUnanswered);
    console.info(
      `two servers: ${acknowledged.size} actions acknowledged by A before SIGKILL, ${committedUnanswered} committed but unanswered, ${TOTAL - acknowledged.size} sent again to B`,
    );
    const final = await storedActions(attemptId);
    expect(final.map((s) => s.clientId).sort()).toEqual([...ids].sort());
    const seqs = await allSeqs(attemptId);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));

    // The tutor's session (made on A) still works on B, and B's dashboard shows the whole attempt.
    const tutorOnB = sameBrowserOn(tutor, b);
    const live = await tutorOnB.get<{ learners: { attempt: { id: number; actions: number } | null }[] }>(
      "results.live",
      { classId: klass.id },
    );
    expect(live.learners.find((l) => l.attempt?.id === attemptId)?.attempt?.actions).toBe(TOTAL);
    await onB.ok("attempts.submit", { attemptId });
  });
});
