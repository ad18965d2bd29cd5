/**
 * A throw-away PostgreSQL cluster for tests: initdb in a new temporary folder, a server on a free
 * loopback port with its unix socket in that folder too (nothing listens beyond 127.0.0.1), a fresh
 * database per caller, and everything stopped and removed at the end.
 *
 * The binaries come from POSTGRES_BIN_DIR, else Debian's /usr/lib/postgresql/<newest>/bin (where the
 * `postgresql` package puts them; `.ci/run` installs it on a fresh machine), else PATH. Missing binaries
 * are an error that says how to install them, never a skip: a suite that silently skips proves nothing.
 *
 * PostgreSQL refuses to run as root (initdb: "cannot be run as root"), and CI runs as root: then the
 * cluster runs as the `postgres` user the Debian package creates (or `nobody`), owning the folder.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { childEnv, toolEnv } from "@/server/env";
import { freePort } from "./free-port";

const PROGRAMS = ["initdb", "pg_ctl", "postgres"] as const;

export class PostgresMissingError extends Error {
  override name = "PostgresMissingError";
}

function hasPrograms(dir: string): boolean {
  return PROGRAMS.every((p) => fs.existsSync(path.join(dir, p)));
}

/** The folder holding initdb, pg_ctl and postgres; throws with an install hint when there is none. */
export function postgresBinDir(): string {
  const chosen = toolEnv().POSTGRES_BIN_DIR;
  if (chosen) {
    if (hasPrograms(chosen)) return chosen;
    throw new PostgresMissingError(
      `POSTGRES_BIN_DIR=${chosen} does not hold ${PROGRAMS.join(", ")}: point it at a PostgreSQL bin folder.`,
    );
  }
  const debian = "/usr/lib/postgresql";
  const versions = fs.existsSync(debian)
    ? fs
        .readdirSync(debian)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  for (const v of versions) {
    const dir = path.join(debian, v, "bin");
    if (hasPrograms(dir)) return dir;
  }
  for (const dir of (toolEnv().PATH ?? "").split(path.delimiter)) {
    if (dir && hasPrograms(dir)) return dir;
  }
  throw new PostgresMissingError(
    [
      "The PostgreSQL suite needs a PostgreSQL server (initdb, pg_ctl, postgres) and found none.",
      "Install it (Debian/Ubuntu: `apt-get install postgresql`; `.ci/run` does this on a fresh CI machine),",
      "or set POSTGRES_BIN_DIR to a folder that holds those programs.",
    ].join("\n"),
  );
}

/** When running as root, the unprivileged account the server runs as. */
function serverAccount(): { uid: number; gid: number; name: string } | undefined {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return undefined;
  const passwd = fs.readFileSync("/etc/passwd", "utf8").split("\n");
  for (const name of ["postgres", "nobody"]) {
    const line = passwd.find((l) => l.startsWith(`${name}:`));
    if (line) {
      const [, , uid, gid] = line.split(":");
      return { uid: Number(uid), gid: Number(gid), name };
    }
  }
  throw new PostgresMissingError(
    "Running as root, and there is no `postgres` or `nobody` account to run PostgreSQL as.",
  );
}

interface Run {
  code: number | null;
  output: string;
}

/** Runs a program to its end (pg_ctl forks the server and exits; the server keeps only the log file). */
function run(file: string, args: string[], account: ReturnType<typeof serverAccount>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(file, args, {
      stdio: ["ignore", "pipe", "pipe"],
      env: childEnv({ LC_ALL: "C", TZ: "UTC" }),
      ...(account ? { uid: account.uid, gid: account.gid } : {}),
    });
    let output = "";
    child.stdout!.on("data", (d) => (output += d));
    child.stderr!.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, output }));
  });
}

export interface PostgresCluster {
  /** Superuser URL of the `postgres` database (for creating databases). */
  adminUrl: string;
  port: number;
  dir: string;
  /** Creates an empty database and returns its URL. */
  createDatabase: (name?: string) => Promise<string>;
  /** Stops the server at once and removes the folder (idempotent). */
  stop: () => Promise<void>;
}

const SUPERUSER = "postgres";
let databases = 0;

/**
 * The stopped cluster's folder, removed by a detached `rm` the test run does not wait for. A run's cluster holds a
 * few hundred MB in ~10,000 files (PostgreSQL 15's CREATE DATABASE copies the template through the WAL, once per
 * database), and the synchronous removal at the end of the server stage took 2-28 s of wall time with nothing else
 * left to do (suites helper, session 45, docs/benchmarks.md). Where `rm` cannot start, it is removed here.
 */
function removeInBackground(dir: string): void {
  try {
    const rm = spawn("rm", ["-rf", dir], { detached: true, stdio: "ignore" });
    rm.on("error", () => fs.rmSync(dir, { recursive: true, force: true }));
    rm.unref();
  } catch {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Creates an empty database in the cluster at `adminUrl` and returns its URL. */
export async function createDatabase(
  adminUrl: string,
  name = `crm_test_${process.pid}_${++databases}`,
): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not a plain database name: ${name}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Starts a new cluster; the caller must call stop() (an exit hook stops it if the process ends first).
 * `durable`: fsync and full-page writes on, as production has them (the benchmark); tests leave them off.
 */
export async function startPostgresCluster(options: { durable?: boolean } = {}): Promise<PostgresCluster> {
  const bin = postgresBinDir();
  const account = serverAccount();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-pg-"));
  if (account) fs.chownSync(dir, account.uid, account.gid);
  const data = path.join(dir, "data");
  const log = path.join(dir, "server.log");

  const init = await run(
    path.join(bin, "initdb"),
    ["-D", data, "-U", SUPERUSER, "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"],
    account,
  );
  if (init.code !== 0) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed (${init.code}):\n${init.output}`);
  }

  const pgCtl = path.join(bin, "pg_ctl");
  // Stopping synchronously on exit covers a runner that dies without calling stop().
  const stopNow = () => {
    spawnSync(pgCtl, ["-D", data, "-m", "immediate", "-w", "stop"], {
      stdio: "ignore",
      ...(account ? { uid: account.uid, gid: account.gid } : {}),
    });
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.once("exit", stopNow);

  let port = 0;
  for (let tries = 1; ; tries++) {
    port = await freePort();
    // A test database: crash safety of the cluster itself is not under test (the app's is), so no fsync.
    const settings = [
      `-p ${port}`,
      `-k ${dir}`,
      "-c listen_addresses=127.0.0.1",
      ...(options.durable ? [] : ["-c fsync=off", "-c full_page_writes=off"]),
      "-c max_connections=60",
    ].join(" ");
    const started = await run(
      pgCtl,
      ["-D", data, "-l", log, "-w", "-t", "60", "-o", settings, "start"],
      account,
    );
    if (started.code === 0) break;
    const serverLog = fs.existsSync(log) ? fs.readFileSync(log, "utf8") : "";
    // Another process can take the port between choosing it and binding it: choose again.
    if (tries < 3 && /could not bind|already in use/i.test(serverLog)) continue;
    stopNow();
    process.removeListener("exit", stopNow);
    throw new Error(`PostgreSQL did not start (${started.code}):\n${started.output}\n${serverLog}`);
  }

  const adminUrl = `postgres://${SUPERUSER}@127.0.0.1:${port}/postgres`;
  let stopped = false;
  return {
    adminUrl,
    port,
    dir,
    createDatabase: (name) => createDatabase(adminUrl, name),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      process.removeListener("exit", stopNow);
      await run(pgCtl, ["-D", data, "-m", "immediate", "-w", "stop"], account);
      removeInBackground(dir);
    },
  };
}
