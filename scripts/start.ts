/**
 * `npm start`: builds the app if the build is missing or older than the source, prepares the
 * database (migrations + seed data), then serves it and prints the address. The database is the
 * SQLite file (DATABASE_PATH), or PostgreSQL when DATABASE_URL is set (docs/postgres.md).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { databasePath, getDb } from "@/db/client";
import { storageFault } from "@/db/faults";
import { describePostgresUrl, migratePostgres } from "@/db/pg/client";
import { openPostgresStore } from "@/db/pg/store";
import { sqliteStore } from "@/db/store";
import { bootstrapDatabase, bootstrapStore } from "@/server/data/bootstrap";
import { demoPasswordStillSet, ensureDemoTutor } from "@/server/data/demo-tutor";
import { parseTrustProxy } from "@/server/auth/client-address";
import { sessionSecret } from "@/server/auth/session-secret";
import { childEnv, env, toolEnv } from "@/server/env";
import { joinAddresses, joinUrl, publicUrlIsInvalid } from "@/server/join-addresses";
import { buildIsStale, runNextBuild } from "./next-build";

const root = process.cwd();
// Every setting is read (and checked, with a message naming the variable) before anything starts.
const { PORT: port, HOST: host, TRUST_PROXY, DATABASE_URL } = env();
const { FORCE_BUILD, SKIP_BUILD } = toolEnv();
parseTrustProxy(TRUST_PROXY);
// Everything the server makes is this account's alone: the SQLite database with its -wal and -shm
// (every learner's work, password and session-token hashes), the cookie key, Next's cache. With the
// usual umask (022) the database was readable by every account on a shared classroom or lab PC
// (probe, session 40; UK GDPR Art. 32). The server process (scripts/serve.mjs) inherits it.
process.umask(0o077);

/**
 * A SQLite database made before that (or copied in) is tightened the same way at start: its files
 * lose every permission for other accounts. Only our own files; one we cannot change is left as it is.
 */
function tightenDatabaseFiles(file: string) {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      const { mode } = fs.statSync(f);
      if ((mode & 0o077) === 0) continue;
      fs.chmodSync(f, mode & 0o700);
      console.log(`Made ${f} readable by this account only (other accounts on this computer could read it).`);
    } catch {
      // not there yet (made owner-only by the umask above), or not ours to change
    }
  }
}

function buildIfNeeded() {
  if (!buildIsStale(root) && !FORCE_BUILD) return;
  console.log("Building the app (first run or the code has changed; this takes a minute or two)…");
  const result = runNextBuild({ root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function isLoopback(address: string): boolean {
  return address === "localhost" || address === "::1" || /^127\.\d+\.\d+\.\d+$/.test(address);
}

async function waitForServer(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

/** Where the data lives, for messages (a PostgreSQL URL without its user or password). */
const where = DATABASE_URL ? `PostgreSQL ${describePostgresUrl(DATABASE_URL)}` : databasePath();

type DemoTutor = Awaited<ReturnType<typeof ensureDemoTutor>>;

/**
 * Migrates and seeds the database, makes the demo tutor if there is none, and says whether the
 * published demo password is still set. On PostgreSQL the connections are closed again: the server
 * opens its own pool (server/data/app-database.ts), which finds nothing left to do.
 */
async function prepareDatabase(): Promise<{ tutor: DemoTutor; demoPasswordSet: boolean }> {
  if (DATABASE_URL) {
    const store = openPostgresStore(DATABASE_URL, { max: 2, statementTimeoutMs: 0 });
    try {
      await migratePostgres(store.pg);
      await bootstrapStore(store);
      const tutor = await ensureDemoTutor(store);
      await sessionSecret(store);
      return { tutor, demoPasswordSet: await demoPasswordStillSet(store) };
    } finally {
      await store.close();
    }
  }
  tightenDatabaseFiles(databasePath());
  const db = getDb();
  bootstrapDatabase(db);
  const store = sqliteStore(db);
  const tutor = await ensureDemoTutor(store);
  // The cookie-sealing key: made (or moved out of an older database) now, so a problem with its file
  // stops the start with a message rather than failing requests (server/auth/session-secret.ts).
  await sessionSecret(store);
  return { tutor, demoPasswordSet: await demoPasswordStillSet(store) };
}

async function main() {
  if (!SKIP_BUILD) buildIfNeeded();

  const { tutor, demoPasswordSet } = await prepareDatabase();
  console.log(`Database ready at ${where}`);
  if (!isLoopback(host) && demoPasswordSet) {
    console.error(
      [
        "",
        `  Not starting: HOST=${host} would let other computers reach this server, and the demo tutor`,
        `  (${tutor.email}) still has the password published in this project, or a DEMO_TUTOR_PASSWORD`,
        "  too short or too easy to guess. Sign in once with `npm start` (only this computer can reach",
        "  it) and choose a new password when asked, or set a stronger DEMO_TUTOR_PASSWORD (15 characters",
        "  or more, e.g. three ordinary words) before the very first start. Then start with HOST again.",
        "",
      ].join("\n"),
    );
    process.exit(1);
  }

  // scripts/serve.mjs: Next.js behind Node's HTTP server, so the app sees each connection's address.
  // Its environment is ours, DATABASE_URL included, so it serves the same database.
  const child = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs"), String(port), host], {
    stdio: ["ignore", "inherit", "inherit"],
    env: childEnv({ NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" }),
  });
  let stopping: NodeJS.Signals | undefined;
  const stop = (signal: NodeJS.Signals) => {
    stopping = signal;
    child.kill(signal);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code, signal) => {
    if (stopping) {
      // Asked to stop: end the way the signal would have ended us, so a supervisor sees the same.
      process.removeAllListeners(stopping);
      process.kill(process.pid, stopping);
      return;
    }
    // The server died on its own (killed, crashed, or exited): never report success, so a supervisor
    // that restarts on failure does restart it.
    console.error(
      `The server process stopped unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`}).`,
    );
    process.exit(code ? code : 1);
  });

  const url = `http://${host === "0.0.0.0" ? "localhost" : host}:${port}`;
  if (await waitForServer(`${url}/api/health`, 60_000)) {
    console.log("");
    console.log(`  Hearth & Bean CRM Trainer is running at ${url}`);
    if (publicUrlIsInvalid())
      console.log("  PUBLIC_URL is not an http:// or https:// address, so it is ignored.");
    const joinAt = joinAddresses();
    if (joinAt.length > 0) {
      console.log(`  Learners join at ${joinAt.map(joinUrl).join(" or ")}`);
    } else {
      console.log(
        "  Only this computer can open it. To let a class join over your network: HOST=0.0.0.0 npm start",
      );
    }
    if (tutor.created) {
      console.log(`  Demo tutor sign-in: ${tutor.email} / ${tutor.password}`);
      if (tutor.mustChangePassword)
        console.log("  (you will be asked to choose a new password when you first sign in)");
    } else {
      console.log(`  Demo tutor: ${tutor.email} (password as set on first start)`);
    }
    console.log("");
  }
}

main().catch((error) => {
  console.error(error);
  if (storageFault(error) === "unavailable") {
    console.error(
      DATABASE_URL
        ? `\n  The database (${where}) cannot be reached or written (the server is stopped or refuses connections, or is read-only or out of disk). Fix that, then start again.\n`
        : `\n  The database at ${where} cannot be written (a read-only file, folder or disk, or a failing disk). Fix that, then start again.\n`,
    );
  }
  process.exit(1);
});
