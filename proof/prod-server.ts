/**
 * Starts the real production server (`scripts/start.ts` → `next start`) on a throw-away database (a
 * SQLite file, or a PostgreSQL database given as `databaseUrl`), for the benchmark and for the
 * server-level tests (durability, security, scenario files). Not imported by the app.
 *
 * The build folder is NEXT_DIST_DIR (default `.next`, as `npm test` and Playwright use). The server
 * runs in its own process group so it can be killed as a whole (including with SIGKILL).
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { buildIsStale, distDir, runNextBuild } from "@/scripts/next-build";
import { childEnv, toolEnv } from "@/server/env";
import { freePort } from "@/server/test-support/free-port";

export { freePort };

export { buildIsStale, distDir };

const root = process.cwd();

/** Builds into distDir() when the build is missing or older than the source. Returns whether it built. */
export function ensureBuild(log: (line: string) => void = console.log): boolean {
  if (!buildIsStale(root) && !toolEnv().FORCE_BUILD) return false;
  log(`Building the app into ${distDir()} (missing or older than the source)…`);
  const result = runNextBuild({
    root,
    stdio: "pipe",
    // A production build even when run under Vitest (NODE_ENV=test), as `npm run build` would make.
    env: { NODE_ENV: "production", NEXT_DIST_DIR: distDir() },
  });
  if (result.status !== 0) {
    throw new Error(`next build failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return true;
}

export interface ProdServer {
  url: string;
  port: number;
  /** The SQLite file; with `databaseUrl` a file in a folder of its own that the server never makes. */
  databasePath: string;
  /** The PostgreSQL database it serves (DATABASE_URL), when started with one. */
  databaseUrl?: string;
  /** Milliseconds from spawning the start command to the first successful /api/health response. */
  startupMs: number;
  child: ChildProcess;
  /** Everything the server printed so far. */
  output: () => string;
  /** Kills the whole process group and waits for it to exit. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

export interface StartOptions {
  /** Database file; default a new file in a new temporary directory. */
  databasePath?: string;
  /** Serve from this PostgreSQL database (DATABASE_URL) instead of the SQLite file. */
  databaseUrl?: string;
  port?: number;
  env?: Record<string, string | undefined>;
  /**
   * "npm" runs `npm start` exactly as a user would; "tsx" runs scripts/start.ts directly (default), in
   * one node process with tsx's loader (`node --import tsx`), not under tsx's command-line wrapper, which
   * is a process of its own that only relays signals (~0.3 CPU-s a start; the suites stop a server by
   * its process group).
   */
  via?: "npm" | "tsx";
  timeoutMs?: number;
}

/**
 * The demo tutor of the servers started here. Not the published default password, which the app
 * makes its owner replace at first sign-in (a suite that tests that starts its server with it).
 */
export const PROOF_TUTOR = { email: "tutor@example.com", password: "proof tutor password" };

export function tempDatabasePath(prefix = "crm-proof-"): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), prefix)), "crm.sqlite");
}

/** Starts the production server from an existing build (SKIP_BUILD=1) and waits for /api/health. */
export async function startProdServer(options: StartOptions = {}): Promise<ProdServer> {
  const port = options.port ?? (await freePort());
  const databasePath = options.databasePath ?? tempDatabasePath();
  const env = childEnv({
    NODE_ENV: "production",
    NEXT_DIST_DIR: distDir(),
    SKIP_BUILD: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_PATH: databasePath,
    DATABASE_URL: options.databaseUrl,
    PORT: String(port),
    HOST: "127.0.0.1",
    DEMO_TUTOR_EMAIL: PROOF_TUTOR.email,
    DEMO_TUTOR_PASSWORD: PROOF_TUTOR.password,
    // Vitest sets these; the server must not think it is under test.
    VITEST: undefined,
    VITEST_POOL_ID: undefined,
    VITEST_WORKER_ID: undefined,
    ...options.env,
  });
  const [command, args] =
    options.via === "npm"
      ? ["npm", ["start", "--silent"]]
      : [process.execPath, ["--import", "tsx", path.join(root, "scripts", "start.ts")]];
  const started = performance.now();
  const child = spawn(command, args as string[], {
    cwd: root,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let alive = true;
  child.once("exit", () => (alive = false));

  const stop = async (signal: NodeJS.Signals = "SIGTERM") => {
    if (!alive) return;
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    }, 5_000);
    await exited;
    clearTimeout(timer);
    // `next start` is a grandchild: wait until the port is free again.
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline && (await portAnswers(port))) await sleep(50);
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  while (true) {
    if (!alive) throw new Error(`The server exited before it answered:\n${output}`);
    if (Date.now() > deadline) {
      await stop("SIGKILL");
      throw new Error(`The server did not answer /api/health in time:\n${output}`);
    }
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    await sleep(20);
  }
  const startupMs = performance.now() - started;
  return {
    url,
    port,
    databasePath,
    databaseUrl: options.databaseUrl,
    startupMs,
    child,
    output: () => output,
    stop,
  };
}

async function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------- a small tRPC HTTP client

export interface TrpcResponse {
  status: number;
  headers: Headers;
  /** The raw body text, exactly as the browser would receive it. */
  text: string;
  /** The superjson-decoded `result.data.json`, or undefined. */
  data: unknown;
  /** The error shape, or undefined. */
  error: { message: string; code: number; data?: { code?: string; httpStatus?: number } } | undefined;
}

/** One browser-like client: keeps the session cookie, talks tRPC over HTTP (no batching). */
export class HttpClient {
  cookie = "";
  constructor(
    readonly baseUrl: string,
    readonly extraHeaders: Record<string, string> = {},
  ) {}

  private remember(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const pair = c.split(";")[0]!;
      const [name] = pair.split("=");
      const rest = this.cookie
        .split("; ")
        .filter((p) => p && !p.startsWith(`${name}=`))
        .join("; ");
      this.cookie = /=$/.test(pair) || /max-age=0/i.test(c) ? rest : rest ? `${rest}; ${pair}` : pair;
    }
  }

  async raw(pathname: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    for (const [k, v] of Object.entries(this.extraHeaders)) if (!headers.has(k)) headers.set(k, v);
    if (this.cookie && !headers.has("cookie")) headers.set("cookie", this.cookie);
    const res = await fetch(`${this.baseUrl}${pathname}`, { ...init, headers, redirect: "manual" });
    this.remember(res);
    return res;
  }

  private async parse(res: Response): Promise<TrpcResponse> {
    const text = await res.text();
    let body: { result?: { data?: { json?: unknown } }; error?: { json?: TrpcResponse["error"] } } = {};
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON
    }
    return {
      status: res.status,
      headers: res.headers,
      text,
      data: body.result?.data?.json,
      error: body.error?.json,
    };
  }

  async mutation(
    procedure: string,
    input: unknown,
    headers: Record<string, string> = {},
  ): Promise<TrpcResponse> {
    const res = await this.raw(`/api/trpc/${procedure}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ json: input }),
    });
    return this.parse(res);
  }

  async query(
    procedure: string,
    input?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TrpcResponse> {
    const qs = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
    const res = await this.raw(`/api/trpc/${procedure}${qs}`, { headers });
    return this.parse(res);
  }

  /** A mutation that must succeed; returns its data. */
  async ok<T = unknown>(procedure: string, input: unknown): Promise<T> {
    const r = await this.mutation(procedure, input);
    if (r.status !== 200) throw new Error(`${procedure} → ${r.status}: ${r.text.slice(0, 300)}`);
    return r.data as T;
  }

  async get<T = unknown>(procedure: string, input?: unknown): Promise<T> {
    const r = await this.query(procedure, input);
    if (r.status !== 200) throw new Error(`${procedure} → ${r.status}: ${r.text.slice(0, 300)}`);
    return r.data as T;
  }
}

// ---------------------------------------------------------------------- latency of cheap requests

/** The p-th percentile (0–100) of some timings. */
export function percentile(times: number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * Times cheap requests (the health check and auth.me, one after another, 20 ms apart) until `until`
 * settles, or `count` of them when no promise is given (a baseline under the same machine load).
 */
export async function timeCheapRequests(
  baseUrl: string,
  until: Promise<unknown> | number,
): Promise<number[]> {
  let done = false;
  if (typeof until !== "number")
    void until.then(
      () => (done = true),
      () => (done = true),
    );
  const client = new HttpClient(baseUrl);
  const times: number[] = [];
  while (typeof until === "number" ? times.length < until : !done) {
    const started = performance.now();
    const res = await client.raw(times.length % 2 ? "/api/trpc/auth.me" : "/api/health");
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`A cheap request answered ${res.status}`);
    times.push(performance.now() - started);
    await sleep(20);
  }
  return times;
}
