/**
 * How long a learner's action takes to reach the tutor's live dashboard, with a class of active
 * learners working at once. `npm run bench:live` runs it alone; `npm run bench` runs it too.
 *
 * Two production servers share one database file, as a college might run them behind a load
 * balancer: every learner acts through server A, the tutor's dashboard stream (results.liveStream,
 * server-sent events) is served by server B. So a push can only happen through the database, never
 * through one process's memory. Each learner sends an action (a CRM note, or a reply) every
 * BENCH_LIVE_INTERVAL_MS (default 2,000 ms, at a random phase); for each action the latency runs
 * from just before the request is sent to the moment the tutor's stream delivers a view showing
 * that learner's action count reached it. The figure is the 95th percentile over every action in
 * BENCH_LIVE_SECONDS (default 30 s). Target: p95 ≤ 500 ms with 30 learners (BENCH_LIVE_LEARNERS).
 */
import { toolEnv } from "@/server/env";
import {
  BENCH_CUSTOMER as CUSTOMER,
  BENCH_SCENARIO as SCENARIO,
  openLiveStream,
  percentile,
  okWhenFree,
} from "./bench-support";

const { HttpClient, PROOF_TUTOR, startProdServer, ensureBuild } = await import("@/proof/prod-server");

export interface LivePushResult {
  learners: number;
  seconds: number;
  intervalMs: number;
  actions: number;
  delivered: number;
  failedActions: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Views the stream delivered (each carries the whole class). */
  views: number;
}

interface StreamView {
  learners: { learnerId: number; attempt: { id: number; actions: number } | null }[];
}

/**
 * Runs the measurement against two servers on one database (`learnerUrl` for learners, `tutorUrl`
 * for the tutor's stream; they may be the same server).
 */
export async function measureLivePush(opts: {
  learnerUrl: string;
  tutorUrl: string;
  log?: (line: string) => void;
}): Promise<LivePushResult> {
  const env = toolEnv();
  const learnersWanted = env.BENCH_LIVE_LEARNERS;
  const seconds = env.BENCH_LIVE_SECONDS;
  const intervalMs = env.BENCH_LIVE_INTERVAL_MS;
  const log = opts.log ?? (() => {});

  const tutor = new HttpClient(opts.tutorUrl);
  await tutor.ok("auth.tutorSignIn", PROOF_TUTOR);
  const klass = await tutor.ok<{ id: number; joinCode: string }>("classes.create", {
    name: `Live bench ${Date.now().toString(36)}`,
  });
  const assignment = await tutor.ok<{ id: number }>("assignments.create", {
    classId: klass.id,
    scenarioId: SCENARIO,
  });

  log(`Joining ${learnersWanted} learners and starting their attempts…`);
  const learners: {
    client: InstanceType<typeof HttpClient>;
    attemptId: number;
    learnerId: number;
    sent: number;
    pending: number[];
  }[] = [];
  for (let i = 0; i < learnersWanted; i++) {
    const client = new HttpClient(opts.learnerUrl);
    await okWhenFree(client, "auth.joinClass", {
      code: klass.joinCode,
      displayName: `Live learner ${i + 1}`,
    });
    const { attemptId } = await okWhenFree<{ attemptId: number }>(client, "attempts.start", {
      scenarioId: SCENARIO,
      assignmentId: assignment.id,
    });
    learners.push({ client, attemptId, learnerId: 0, sent: 0, pending: [] });
  }

  // Each learner's action count as the stream last showed it, and when each action was sent.
  const byAttempt = new Map(learners.map((l) => [l.attemptId, l]));
  const base = new Map<number, number>();
  const latencies: number[] = [];
  let views = 0;
  let ready: () => void = () => {};
  const firstView = new Promise<void>((r) => (ready = r));
  const stream = await openLiveStream<StreamView>(opts.tutorUrl, tutor.cookie, klass.id, (view, at) => {
    if (!view.learners) return;
    views += 1;
    for (const row of view.learners) {
      const l = row.attempt ? byAttempt.get(row.attempt.id) : undefined;
      if (!l || !row.attempt) continue;
      if (!base.has(l.attemptId)) base.set(l.attemptId, row.attempt.actions);
      const shown = row.attempt.actions - base.get(l.attemptId)!;
      // Every action up to the count shown has now reached the tutor.
      while (l.pending.length > 0 && l.sent - l.pending.length < shown)
        latencies.push(at - l.pending.shift()!);
    }
    if (base.size === learners.length) ready();
  });
  await Promise.race([
    firstView,
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error("no view with every learner within 10 s")), 10_000),
    ),
  ]);

  log(
    `${learners.length} learners acting every ${intervalMs} ms for ${seconds} s; the tutor's stream comes from ${opts.tutorUrl === opts.learnerUrl ? "the same server" : "the other server"}…`,
  );
  let failedActions = 0;
  let counter = 0;
  const stopAt = performance.now() + seconds * 1000;
  const runs = learners.map(async (l, i) => {
    await new Promise((r) => setTimeout(r, Math.random() * intervalMs));
    while (performance.now() < stopAt) {
      const next = performance.now() + intervalMs;
      counter += 1;
      const action =
        counter % 2 === 0
          ? {
              type: "add_note",
              customerRef: CUSTOMER,
              text: `Note ${counter}: customer chased the kettle refund again.`,
            }
          : {
              type: "send_message",
              customerRef: CUSTOMER,
              channel: "email",
              text: `Dear Priya, I'm sorry for the wait; I am arranging your refund now (${counter}).`,
            };
      const sentAt = performance.now();
      l.pending.push(sentAt);
      l.sent += 1;
      const res = await l.client.mutation("attempts.act", {
        attemptId: l.attemptId,
        clientId: `live-bench-${i}-${counter}-${process.pid}`,
        action,
      });
      if (res.status !== 200) {
        failedActions += 1;
        // Not stored: it will never show, so it is not waited for.
        l.pending.splice(l.pending.indexOf(sentAt), 1);
        l.sent -= 1;
      }
      const wait = next - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
  });
  await Promise.all(runs);
  // Let the last pushes arrive.
  const drainUntil = performance.now() + 3_000;
  while (learners.some((l) => l.pending.length > 0) && performance.now() < drainUntil)
    await new Promise((r) => setTimeout(r, 50));
  stream.close();
  await stream.done.catch(() => {});
  const actions = learners.reduce((n, l) => n + l.sent, 0);
  const undelivered = learners.reduce((n, l) => n + l.pending.length, 0);
  latencies.sort((a, b) => a - b);
  return {
    learners: learners.length,
    seconds,
    intervalMs,
    actions,
    delivered: actions - undelivered,
    failedActions,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? Number.NaN,
    views,
  };
}

export function describeLivePush(r: LivePushResult): string {
  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : "n/a");
  return `p95 ${f(r.p95)} ms (p50 ${f(r.p50)}, p99 ${f(r.p99)}, max ${f(r.max)} ms); ${r.learners} learners, one action each every ${r.intervalMs / 1000} s for ${r.seconds} s: ${r.actions} actions, ${r.delivered} seen by the tutor, ${r.failedActions} failed; ${r.views} views pushed`;
}

// Run alone: build if needed, two servers on one fresh database, measure, print, stop.
if (process.argv[1]?.endsWith("bench-live.ts")) {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  ensureBuild(log);
  log("Starting two production servers on one fresh database…");
  const a = await startProdServer();
  const b = await startProdServer({ databasePath: a.databasePath });
  try {
    const result = await measureLivePush({ learnerUrl: a.url, tutorUrl: b.url, log });
    console.log(
      `Live push, learner action → tutor's dashboard (two servers, one database): ${describeLivePush(result)}; target p95 ≤ 500 ms: ${result.p95 <= 500 ? "met" : "MISSED"}`,
    );
  } finally {
    await b.stop();
    await a.stop();
  }
  process.exit(0);
}
