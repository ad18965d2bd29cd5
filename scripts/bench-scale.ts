/**
 * The scale table of `npm run bench` (also alone: `npm run bench:scale`): learner replies per second
 * and their p99 with 1, 2 and 4 app processes sharing one database, on the SQLite file and on
 * PostgreSQL, on this machine in the same run.
 *
 * Each engine gets a fresh database and one production server, through which learners join a tutor's
 * classes and start an attempt each, as many as the replies need (bench-support.ts `ReplyPool`: no
 * attempt is sent more replies than it may hold, 16 attempts at a time). Then for 1, 2 and 4 processes
 * (extra servers started on the same database) a closed-loop load of BENCH_SCALE_CONNECTIONS requests
 * in flight (default 8, the same for every row) sends `attempts.act` (a reply by email, a new client id
 * each time) to the servers in turn, for BENCH_SCALE_SECONDS (default 4) after a 1 s warm-up.
 * Replies/s counts answers of 200; any other answer is a refusal and no answer at all (an error, or
 * none in 10 s) a failure, each counted in its own column (a valid run refuses none), and p99 is over
 * the successful ones. Server CPU per reply adds up every app server process's CPU time (from /proc); on
 * PostgreSQL the database server's own CPU (its postmaster and backends) is counted apart, since it
 * runs outside the app processes (SQLite's work is inside them).
 *
 * PostgreSQL runs in a throw-away cluster started here (server/test-support/postgres-cluster.ts), with
 * fsync on and synchronous_commit on, as production must have it. Everything, including this load
 * generator, shares the machine's cores: with 2 cores, more processes cannot add CPU, only overlap
 * waiting (docs/benchmarks.md, "Scale").
 */
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { toolEnv } from "@/server/env";
import {
  BENCH_CUSTOMER,
  BENCH_REPLY,
  BENCH_SCENARIO,
  groupsCpuMs,
  percentile,
  postJsonStatus,
  ReplyPool,
  treeCpuMs,
} from "./bench-support";

const { HttpClient, startProdServer, tempDatabasePath, PROOF_TUTOR } = await import("@/proof/prod-server");
const { startPostgresCluster } = await import("@/server/test-support/postgres-cluster");

type ProdServer = Awaited<ReturnType<typeof startProdServer>>;

/** Attempts the replies are spread over at a time. */
const SPREAD = 16;
export const PROCESS_COUNTS = [1, 2, 4] as const;

export type ScaleEngine = "sqlite" | "postgres";

export interface ScaleRow {
  engine: ScaleEngine;
  processes: number;
  /** Set when the row could not be measured, saying why. */
  notMeasured?: string;
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  /** Answered, but not with 200. A valid run has none. */
  refused: number;
  /** No answer (an error, or none within 10 s). */
  failed: number;
  /** Server CPU (every app process) per successful reply, ms. */
  cpuMs: number;
  /** PostgreSQL's own CPU per successful reply, ms; NaN on SQLite (its work is in the app processes). */
  databaseCpuMs: number;
}

export interface ScaleResult {
  /** 1-minute load average before and after: other work on the machine shows here. */
  loadBefore: number;
  loadAfter: number;
  seconds: number;
  connections: number;
  rows: ScaleRow[];
}

let counter = 0;

/**
 * Closed loop: `connections` requests always in flight, request i to server i mod N, for `seconds`.
 * Latency of each from send to full answer.
 */
async function closedLoop(urls: string[], pool: ReplyPool, connections: number, seconds: number) {
  const agents = urls.map(() => new http.Agent({ keepAlive: true, maxSockets: connections }));
  const latencies: number[] = [];
  let failed = 0;
  let refused = 0;
  let next = 0;
  const end = performance.now() + seconds * 1000;
  const one = async (i: number) => {
    const attempt = pool.next();
    const body = JSON.stringify({
      json: {
        attemptId: attempt.attemptId,
        clientId: `scale${process.pid.toString(36)}x${(counter++).toString(36)}`,
        action: { type: "send_message", customerRef: BENCH_CUSTOMER, channel: "email", text: BENCH_REPLY },
      },
    });
    const sent = performance.now();
    const target = new URL("/api/trpc/attempts.act", urls[i % urls.length]);
    const status = await postJsonStatus(agents[i % urls.length]!, target, body, { cookie: attempt.cookie });
    if (status === 200) latencies.push(performance.now() - sent);
    else if (status === 0) failed++;
    else refused++;
  };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) await one(next++);
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  for (const a of agents) a.destroy();
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    ok: latencies.length,
    refused,
    failed,
  };
}

/** The first line of why a server did not start, for the table. */
function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const said = text
    .split("\n")
    .map((l) => l.trim())
    .find((l) => /not built|cannot|error/i.test(l) && !l.startsWith("The server exited"));
  return (said ?? text.split("\n")[0] ?? "did not start").slice(0, 160);
}

async function measureEngine(
  engine: ScaleEngine,
  env: Record<string, string | undefined>,
  opts: {
    seconds: number;
    connections: number;
    log: (line: string) => void;
    /** CPU time so far of the database server, when it runs apart from the app (PostgreSQL). */
    databaseCpuMs?: () => number;
  },
): Promise<ScaleRow[]> {
  const empty = (processes: number, why: string): ScaleRow => ({
    engine,
    processes,
    notMeasured: why,
    rps: Number.NaN,
    p50: Number.NaN,
    p99: Number.NaN,
    ok: 0,
    refused: 0,
    failed: 0,
    cpuMs: Number.NaN,
    databaseCpuMs: Number.NaN,
  });
  const servers: ProdServer[] = [];
  try {
    try {
      servers.push(await startProdServer({ env }));
    } catch (error) {
      return PROCESS_COUNTS.map((n) => empty(n, reason(error)));
    }
    const first = servers[0]!;
    const tutor = new HttpClient(first.url);
    await tutor.ok("auth.tutorSignIn", PROOF_TUTOR);
    const pool = new ReplyPool(tutor, () => new HttpClient(first.url), SPREAD);
    // Room for the fastest rate seen so far (at first a generous 400/s) for the warm-up and the row, and half again.
    let fastest = 400;
    const rows: ScaleRow[] = [];
    for (const processes of PROCESS_COUNTS) {
      while (servers.length < processes) servers.push(await startProdServer({ env }));
      const urls = servers.slice(0, processes).map((s) => s.url);
      const groups = new Set(servers.slice(0, processes).map((s) => s.child.pid!));
      opts.log(`Scale: ${engine}, ${processes} process${processes === 1 ? "" : "es"}, ${opts.seconds} s…`);
      await pool.ensure(Math.ceil(fastest * (opts.seconds + 1) * 1.5), BENCH_SCENARIO);
      const warm = await closedLoop(urls, pool, opts.connections, 1);
      const cpuBefore = groupsCpuMs(groups);
      const databaseBefore = opts.databaseCpuMs?.() ?? Number.NaN;
      const run = await closedLoop(urls, pool, opts.connections, opts.seconds);
      run.refused += warm.refused;
      fastest = Math.max(fastest, run.rps);
      const cpu = groupsCpuMs(groups) - cpuBefore;
      const databaseCpu = (opts.databaseCpuMs?.() ?? Number.NaN) - databaseBefore;
      const per = Math.max(1, run.ok);
      rows.push({ engine, processes, ...run, cpuMs: cpu / per, databaseCpuMs: databaseCpu / per });
    }
    return rows;
  } finally {
    for (const s of servers.reverse()) await s.stop();
  }
}

/** Runs the scale table: the SQLite file, then PostgreSQL in a throw-away cluster. */
export async function measureScale(log: (line: string) => void): Promise<ScaleResult> {
  const { BENCH_SCALE_SECONDS: seconds, BENCH_SCALE_CONNECTIONS: connections } = toolEnv();
  const opts = { seconds, connections, log };
  const loadBefore = os.loadavg()[0]!;
  const file = tempDatabasePath("crm-scale-");
  const rows: ScaleRow[] = [];
  try {
    rows.push(...(await measureEngine("sqlite", { DATABASE_PATH: file }, opts)));
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
  log("Scale: starting a throw-away PostgreSQL (fsync on)…");
  const cluster = await startPostgresCluster({ durable: true });
  try {
    const url = await cluster.createDatabase("crm_scale");
    // DATABASE_PATH still points somewhere harmless, should anything look at the file.
    const spare = tempDatabasePath("crm-scale-pg-");
    try {
      // The postmaster's pid is the first line of postmaster.pid in the cluster's data folder.
      const postmaster = Number(
        fs.readFileSync(path.join(cluster.dir, "data", "postmaster.pid"), "utf8").split("\n")[0],
      );
      rows.push(
        ...(await measureEngine(
          "postgres",
          { DATABASE_URL: url, DATABASE_PATH: spare },
          { ...opts, databaseCpuMs: () => treeCpuMs(postmaster) },
        )),
      );
    } finally {
      fs.rmSync(path.dirname(spare), { recursive: true, force: true });
    }
  } finally {
    await cluster.stop();
  }
  return { loadBefore, loadAfter: os.loadavg()[0]!, seconds, connections, rows };
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "n/a");

/** Rows with refused replies (a valid run has none). */
export function scaleRefusals(result: ScaleResult): string[] {
  return result.rows
    .filter((r) => r.refused > 0)
    .map((r) => `scale, ${r.engine}, ${r.processes} process(es): ${r.refused} refused (warm-up included)`);
}

/** The table's lines (markdown). */
export function describeScale(result: ScaleResult): string[] {
  const lines = [
    `Scale: attempts.act, ${result.connections} requests in flight spread over the processes in turn, ${result.seconds} s per row after a 1 s warm-up; one machine (${os.cpus().length} cores) for servers, database and load; load average ${fmt(result.loadBefore, 1)} before, ${fmt(result.loadAfter, 1)} after.`,
    "",
    "| Engine | App processes | Replies/s | p50 | p99 | Refused | Failed | App CPU per reply | Database server CPU per reply |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const r of result.rows) {
    const name = r.engine === "sqlite" ? "SQLite file (shared)" : "PostgreSQL";
    if (r.notMeasured) {
      lines.push(`| ${name} | ${r.processes} | not measured: ${r.notMeasured} | | | | | | |`);
      continue;
    }
    lines.push(
      `| ${name} | ${r.processes} | ${fmt(r.rps)} | ${fmt(r.p50, 1)} ms | ${fmt(r.p99, 1)} ms | ${r.refused} | ${r.failed} of ${r.ok + r.refused + r.failed} | ${fmt(r.cpuMs, 2)} ms | ${r.engine === "sqlite" ? "in the app processes" : `${fmt(r.databaseCpuMs, 2)} ms`} |`,
    );
  }
  return lines;
}

if (process.argv[1]?.endsWith("bench-scale.ts")) {
  const { ensureBuild } = await import("@/proof/prod-server");
  const log = (line: string) => process.stderr.write(`${line}\n`);
  ensureBuild(log);
  measureScale(log).then(
    (result) => {
      console.log("");
      for (const line of describeScale(result)) console.log(line);
      process.exit(scaleRefusals(result).length ? 1 : 0);
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
