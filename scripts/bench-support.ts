/**
 * What the parts of `npm run bench` share: the learner and reply they send, percentiles, the servers'
 * CPU time, and one JSON POST on a keep-alive agent.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import { ATTEMPT_LIMITS } from "../server/core/scenarios/attempt-limits";

export const BENCH_SCENARIO = "complaint-faulty-kettle";
export const BENCH_CUSTOMER = "CUS-2041";
export const BENCH_REPLY =
  "Dear Priya, I'm so sorry your kettle has stopped working so soon after it arrived. I understand how frustrating that is. " +
  "As it was delivered less than 30 days ago you can reject it for a full refund; I'll arrange that now. Thank you for letting us know.";

/** One learner's attempt, and the session cookie that may act in it. */
export interface BenchAttempt {
  cookie: string;
  attemptId: number;
}

/** What the pool needs of a signed-in client (proof/prod-server.ts `HttpClient`). */
export interface Client {
  cookie: string;
  ok<T>(procedure: string, input?: unknown): Promise<T>;
}

/**
 * Attempts for the benchmark's replies, each given at most ATTEMPT_LIMITS.messages of them, so the
 * server never refuses one for a full attempt (since 5 December an attempt holds 30 messages, and the
 * old bench's 60 attempts filled after 1,800 replies: it then measured refusals). Learners join a
 * tutor's classes by code, as a class does: a class's learners have their class's own allowance of new
 * learners and attempts (server/auth/rate-limit.ts `classPool`), where practising alone shares one per
 * network and would be refused after a few hundred. A learner has one open attempt per scenario
 * (`attempts.start` resumes it), so each attempt is a learner of its own.
 *
 * Replies are spread over `spread` attempts at a time (request i to the (i mod spread)th of the current
 * block), as a class of learners would send them; when a block has had its 30 each, the next block
 * starts. `ensure` adds learners before a run; a reply beyond the pool still goes (to the last attempt)
 * and its refusal is counted by the caller, so running short shows instead of hiding.
 */
export class ReplyPool {
  readonly attempts: BenchAttempt[] = [];
  private given = 0;
  private klass: { code: string; learners: number } | null = null;
  private classes = 0;
  private joined = 0;

  constructor(
    private readonly tutor: Client,
    private readonly newClient: () => Client,
    private readonly spread = 30,
    /** Learners per class: well under the 100 new learners a class may take from one address in 10 minutes. */
    private readonly perClass = 50,
  ) {}

  /** Replies the pool can still take without any attempt passing its bound. */
  get left(): number {
    return this.attempts.length * ATTEMPT_LIMITS.messages - this.given;
  }

  /** Replies handed out so far. */
  get used(): number {
    return this.given;
  }

  /** Adds learners (each joined to a class, with one attempt) until `replies` more fit. */
  async ensure(replies: number, scenarioId: string, concurrency = 4): Promise<void> {
    const per = ATTEMPT_LIMITS.messages;
    // Whole blocks, so every attempt of a block gets its 30.
    const blocks = Math.ceil(Math.max(0, replies - this.left) / (per * this.spread));
    const wanted = blocks * this.spread;
    let made = 0;
    const one = async (code: string, name: string): Promise<BenchAttempt> => {
      // A busy machine can drop a connection (ECONNRESET on a reused keep-alive socket): try again
      // as a new learner (the first may have joined; an extra learner in the class is harmless).
      for (let attempt = 1; ; attempt++) {
        try {
          const learner = this.newClient();
          await okWhenFree(learner, "auth.joinClass", {
            code,
            displayName: attempt === 1 ? name : `${name} try ${attempt}`,
          });
          const { attemptId } = await okWhenFree<{ attemptId: number }>(learner, "attempts.start", {
            scenarioId,
          });
          return { cookie: learner.cookie, attemptId };
        } catch (error) {
          if (attempt >= 3 || !(error instanceof TypeError)) throw error;
        }
      }
    };
    while (made < wanted) {
      const batch: [string, string][] = [];
      while (batch.length < Math.min(concurrency, wanted - made))
        batch.push([await this.classCode(), `Bench learner ${++this.joined}`]);
      this.attempts.push(...(await Promise.all(batch.map(([code, name]) => one(code, name)))));
      made += batch.length;
    }
  }

  private async classCode(): Promise<string> {
    if (!this.klass || this.klass.learners >= this.perClass) {
      const created = await okWhenFree<{ joinCode: string }>(this.tutor, "classes.create", {
        name: `Bench class ${++this.classes}`,
      });
      this.klass = { code: created.joinCode, learners: 0 };
    }
    this.klass.learners++;
    return this.klass.code;
  }

  /** The attempt for the next reply. */
  next(): BenchAttempt {
    const i = this.given++;
    const blockSize = this.spread * ATTEMPT_LIMITS.messages;
    const at = Math.floor(i / blockSize) * this.spread + (i % this.spread);
    return this.attempts[Math.min(at, this.attempts.length - 1)]!;
  }
}

/** Setting-up requests answered "busy" (503 with retryable) and tried again, for the run's report. */
export const setupBusyRetries = { count: 0 };

/**
 * A setting-up request (a learner joining, an attempt starting) that must succeed. A 503 that says it is
 * retryable (the database was busy, nothing stored) is tried again after the Retry-After it gives, as the
 * app's own client does; a heavily loaded machine (a PostgreSQL run at load 15 on two cores) answered one
 * join that way and ended the whole bench. Anything else, or a fifth busy answer, still fails the run.
 */
export async function okWhenFree<T>(client: Client, procedure: string, input: unknown): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await client.ok<T>(procedure, input);
    } catch (error) {
      const busy = error instanceof Error && /→ 503: .*"retryable":true/.exec(error.message);
      if (!busy || tries >= 5) throw error;
      setupBusyRetries.count++;
      const seconds = Number(/"retryAfterSeconds":(\d+)/.exec(error.message)?.[1] ?? 1);
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    }
  }
}

/** The p-th percentile of ascending values (nearest rank); NaN when there are none. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/**
 * CPU time (user + system, ms) used so far by the processes `counts` picks, given each one's pid, parent
 * pid and process group (Linux /proc).
 */
function procCpuMs(counts: (pid: number, parentPid: number, group: number) => boolean): number {
  let ticks = 0;
  for (const pid of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (counts(Number(pid), Number(f[1]), Number(f[2]))) ticks += Number(f[11]) + Number(f[12]);
    } catch {
      // process ended
    }
  }
  return (ticks * 1000) / CLOCK_TICKS;
}

/** CPU time (user + system, ms) used so far by every process in these process groups. */
export function groupsCpuMs(groups: ReadonlySet<number>): number {
  return procCpuMs((_pid, _parent, group) => groups.has(group));
}

/**
 * CPU time (user + system, ms) used so far by a process and its children (one level: a PostgreSQL
 * server's postmaster and its backends, which are not in the app servers' process groups).
 */
export function treeCpuMs(rootPid: number): number {
  return procCpuMs((pid, parent) => pid === rootPid || parent === rootPid);
}

/**
 * POSTs a JSON body and reads the whole answer. Resolves true for a 200 once the answer has been read,
 * false for any other status, an error or no answer within 10 s (never rejects).
 */
export async function postJson(
  agent: http.Agent,
  url: URL,
  payload: string,
  headers: Record<string, string> = {},
): Promise<boolean> {
  return (await postJsonStatus(agent, url, payload, headers)) === 200;
}

/** As postJson, but resolves the answer's status: 0 for an error or no answer within 10 s. */
export function postJsonStatus(
  agent: http.Agent,
  url: URL,
  payload: string,
  headers: Record<string, string> = {},
): Promise<number> {
  return new Promise((resolve) => {
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: "POST",
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(payload),
          ...headers,
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.setTimeout(10_000, () => req.destroy(new Error("timeout")));
    req.on("error", () => resolve(0));
    req.end(payload);
  });
}

/**
 * Opens a tutor's live stream (results.liveStream: server-sent events, as the browser's EventSource
 * would) and calls `onView` with each new view and when it arrived (performance.now()). tRPC sends
 * each message as `data: <superjson>`; only plain numbers and strings are read, so the JSON part is
 * enough. "Still current" messages (`view: null`) are not passed on. `done` settles when the stream
 * ends (rejects if it broke while open).
 */
export async function openLiveStream<V>(
  baseUrl: string,
  cookie: string,
  classId: number,
  onView: (view: V, at: number) => void,
): Promise<{ close: () => void; done: Promise<void> }> {
  const abort = new AbortController();
  const input = encodeURIComponent(JSON.stringify({ json: { classId } }));
  const res = await fetch(`${baseUrl}/api/trpc/results.liveStream?input=${input}`, {
    headers: { cookie, accept: "text/event-stream" },
    signal: abort.signal,
  });
  if (!res.ok || !res.body) throw new Error(`live stream answered ${res.status}`);
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  const done = (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        const at = performance.now();
        buffer += value;
        let end = buffer.indexOf("\n\n");
        while (end >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf("\n\n");
          const data = event
            .split("\n")
            .filter((l) => l.startsWith("data:"))
            .map((l) => l.slice(5).trimStart())
            .join("\n");
          if (!data) continue;
          const parsed = JSON.parse(data) as { json?: { view?: V | null } };
          const view = parsed.json?.view;
          if (view) onView(view, at);
        }
      }
    } catch (error) {
      if (!abort.signal.aborted) throw error;
    }
  })();
  return { close: () => abort.abort(), done };
}
