/**
 * The environment, typed and validated in one place: every variable the README's Configuration table
 * lists (`env()`), and those only the scripts and tests read (`toolEnv()`). Read these instead of
 * `process.env`, so a typo or a bad value fails with a message that names the variable, not somewhere
 * downstream (a NaN port, a relative path resolved against the wrong folder).
 *
 * Read lazily, on each call: a test or script may set `process.env` after this module has loaded
 * (e.g. SCENARIOS_DIR for a temporary folder), and the next call sees it. The parsed result is reused
 * while the raw values stay the same, so reading it on a hot path costs a few property reads.
 *
 * NODE_ENV is read directly in proxy.ts and next.config.js, where Next.js inlines it at build time.
 * Nothing else reads `process.env`: server/env-usage.test.ts fails on a new read elsewhere.
 *
 * An empty variable counts as unset (a shell line `PUBLIC_URL=` means "none"). Yes/no variables take
 * true/false, 1/0, yes/no or on/off, in any case.
 */
import { z } from "zod";

const flag = (description: string) =>
  z.stringbool({ error: `${description}: use true or false (or 1/0, yes/no, on/off).` });

const port = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a whole number from 1 to 65535.` })
    .int(`${name} must be a whole number from 1 to 65535.`)
    .min(1, `${name} must be a whole number from 1 to 65535.`)
    .max(65535, `${name} must be a whole number from 1 to 65535.`);

const positive = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a number above 0.` })
    .positive(`${name} must be a number above 0.`);

const nonNegative = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a number, 0 or more.` })
    .min(0, `${name} must be a number, 0 or more.`);

const appSchema = z.object({
  /** Set by Next.js and the test runner; anything but "production" counts as development. */
  NODE_ENV: z.string().default("development"),
  /** SQLite database file (created, migrated and seeded on start). */
  DATABASE_PATH: z.string().default("./data/crm.sqlite"),
  /**
   * How hard SQLite makes each saved action survive a power cut (https://sqlite.org/pragma.html#pragma_synchronous).
   * "normal" (the default): nothing is lost if the server crashes, but a power cut or an operating-system
   * crash can undo the last few seconds of acknowledged work. "full": every action is on disk before it is
   * acknowledged, at the cost of a disk sync per action.
   */
  SQLITE_SYNCHRONOUS: z
    .enum(["normal", "full"], {
      error: 'SQLITE_SYNCHRONOUS: use "normal" or "full".',
    })
    .default("normal"),
  /**
   * A PostgreSQL database instead of the SQLite file (postgres://user:password@host:port/name). Its
   * migrations are applied at start; serving from it is being built (docs/postgres.md).
   */
  DATABASE_URL: z
    .string()
    .trim()
    .regex(
      /^postgres(ql)?:\/\/[^/\s]+\/[^\s]+$/,
      "DATABASE_URL must be a PostgreSQL URL with a database name, like postgres://crm:secret@db.example:5432/crm.",
    )
    .optional(),
  /** Where `npm start` listens. */
  PORT: port("PORT").default(3000),
  HOST: z.string().trim().default("127.0.0.1"),
  /**
   * The address learners should type, when it is not this computer's own. Not checked here: an
   * invalid one is ignored with a warning at start-up (see server/join-addresses.ts), not fatal.
   */
  PUBLIC_URL: z.string().trim().optional(),
  /**
   * Key for sealing session cookies. Unset, one is generated once and kept in SESSION_SECRET_FILE,
   * never in the database (server/auth/session-secret.ts), so a copy of the database cannot forge cookies.
   */
  SESSION_SECRET: z.string().min(32, "SESSION_SECRET must be at least 32 characters long.").optional(),
  /**
   * Where the generated key is kept when SESSION_SECRET is unset: by default `session-secret` in the
   * SQLite database's folder, or `./data/session-secret` with DATABASE_URL (server/auth/session-secret.ts).
   */
  SESSION_SECRET_FILE: z.string().trim().optional(),
  /** Minutes without activity after which a tutor is signed out (server/auth/tutor-sessions.ts). */
  TUTOR_IDLE_MINUTES: z.coerce
    .number({ error: "TUTOR_IDLE_MINUTES must be a whole number of minutes from 15 to 720." })
    .int("TUTOR_IDLE_MINUTES must be a whole number of minutes from 15 to 720.")
    .min(15, "TUTOR_IDLE_MINUTES must be a whole number of minutes from 15 to 720.")
    .max(720, "TUTOR_IDLE_MINUTES must be a whole number of minutes from 15 to 720.")
    .default(120),
  /**
   * Minutes without use after which a learner's device is signed out (server/auth/learner-idle.ts): 15
   * to 43,200 (30 days, the cookie's own lifetime without a visit). Getting back in takes a reclaim code
   * from the tutor, so the default keeps a weekly class's place across a holiday.
   */
  LEARNER_IDLE_MINUTES: z.coerce
    .number({ error: "LEARNER_IDLE_MINUTES must be a whole number of minutes from 15 to 43200." })
    .int("LEARNER_IDLE_MINUTES must be a whole number of minutes from 15 to 43200.")
    .min(15, "LEARNER_IDLE_MINUTES must be a whole number of minutes from 15 to 43200.")
    .max(43_200, "LEARNER_IDLE_MINUTES must be a whole number of minutes from 15 to 43200.")
    .default(43_200),
  COOKIE_SECURE: flag("COOKIE_SECURE").default(false),
  /**
   * Which proxies to believe about the client's address (a hop count, or addresses and ranges):
   * parsed, with an error naming the variable, by server/auth/client-address.ts (checked at start).
   */
  TRUST_PROXY: z.string().trim().optional(),
  /** Set by scripts/serve.mjs for its own server process (the header carrying the socket's address), never by hand. */
  CRM_TRAINER_PEER_HEADER: z.string().optional(),
  /** The first and the longest wait before checking a guessed password or join code (guarded-attempt.ts). */
  AUTH_BACKOFF_BASE_MS: nonNegative("AUTH_BACKOFF_BASE_MS").optional(),
  AUTH_BACKOFF_MAX_MS: nonNegative("AUTH_BACKOFF_MAX_MS").optional(),
  /** Password hashing cost: full outside tests, low under tests (NODE_ENV=test); this overrides both. */
  PASSWORD_HASH_COST: z
    .enum(["low", "full"], { error: "PASSWORD_HASH_COST must be low or full." })
    .optional(),
  /** The tutor account created on first start (sign-in needs a valid email address, so this does too). */
  DEMO_TUTOR_EMAIL: z
    .string()
    .trim()
    .pipe(z.email("DEMO_TUTOR_EMAIL must be an email address, like tutor@college.ac.uk."))
    .default("tutor@example.com"),
  DEMO_TUTOR_PASSWORD: z.string().default("change-me-please"),
  ALLOW_TUTOR_SIGNUP: flag("ALLOW_TUTOR_SIGNUP").default(true),
  /** Where the scenario YAML files are; `./scenarios` when unset. */
  SCENARIOS_DIR: z.string().optional(),
  /** Where `npm run db:backup` writes. */
  BACKUP_DIR: z.string().default("./backups"),
  /** The build folder, so a second build (e.g. for a benchmark) can sit beside the usual one. */
  NEXT_DIST_DIR: z.string().default(".next"),
  /**
   * How often each open live view (the tutor's dashboard, the Watch view) asks the database whether
   * anything changed. On PostgreSQL a commit on any app server wakes the views at once (LISTEN/NOTIFY),
   * so a longer poll there only saves database reads; on SQLite it is the push delay. At most 3,000:
   * the view also says "still current" at its polls, and the page counts 8 s of silence as down.
   */
  LIVE_POLL_MS: z.coerce
    .number({ error: "LIVE_POLL_MS must be a whole number of milliseconds from 50 to 3000." })
    .int("LIVE_POLL_MS must be a whole number of milliseconds from 50 to 3000.")
    .min(50, "LIVE_POLL_MS must be a whole number of milliseconds from 50 to 3000.")
    .max(3000, "LIVE_POLL_MS must be a whole number of milliseconds from 50 to 3000.")
    .default(150),
  /** Enables POST /api/bench (the benchmark's bare-insert baseline); a 404 otherwise. */
  ENABLE_BENCH_ROUTE: flag("ENABLE_BENCH_ROUTE").default(false),
});

const toolSchema = z.object({
  /** Browser for the end-to-end tests and screenshots. */
  CHROMIUM_PATH: z.string().default("/usr/bin/chromium"),
  /** `npm start`: build even if the build looks up to date, or never build. */
  FORCE_BUILD: flag("FORCE_BUILD").default(false),
  SKIP_BUILD: flag("SKIP_BUILD").default(false),
  /** scripts/screenshots.ts: viewport width in pixels. */
  SHOT_WIDTH: positive("SHOT_WIDTH").default(1366),
  /** scripts/bench.ts: seconds per load run, rounds, concurrent connections, attempts prepared, JSON output file. */
  BENCH_SECONDS: positive("BENCH_SECONDS").default(5),
  BENCH_ROUNDS: positive("BENCH_ROUNDS").default(3),
  BENCH_CONNECTIONS: positive("BENCH_CONNECTIONS").default(10),
  BENCH_ATTEMPTS: positive("BENCH_ATTEMPTS").default(60),
  BENCH_JSON: z.string().optional(),
  /** scripts/bench-scale.ts: seconds per row and requests in flight (the same for 1, 2 and 4 processes). */
  BENCH_SCALE_SECONDS: positive("BENCH_SCALE_SECONDS").default(4),
  BENCH_SCALE_CONNECTIONS: positive("BENCH_SCALE_CONNECTIONS").default(8),
  /** scripts/bench-live.ts: learners acting at once, how long, and how often each acts. */
  BENCH_LIVE_LEARNERS: positive("BENCH_LIVE_LEARNERS").default(30),
  BENCH_LIVE_SECONDS: positive("BENCH_LIVE_SECONDS").default(30),
  BENCH_LIVE_INTERVAL_MS: positive("BENCH_LIVE_INTERVAL_MS").default(2_000),
  /** Playwright: the port the e2e server listens on, and where e2e screenshots go. */
  E2E_PORT: port("E2E_PORT").default(3100),
  E2E_SHOTS_DIR: z.string().default("/tmp/e2e-shots"),
  /** proof/bad-input.test.ts: fuzz runs per property, and a log of what got through. */
  FUZZ_RUNS: positive("FUZZ_RUNS").default(100),
  FUZZ_DEBUG: flag("FUZZ_DEBUG").default(false),
  /** e2e/accessibility.spec.ts: a folder for its screenshots (none when unset). */
  A11Y_SHOTS: z.string().optional(),
  /** e2e/lesson-s39-*.spec.ts: a folder for the scripted lesson's screenshots (the lesson spec saves none when unset). */
  LESSON_SHOTS: z.string().optional(),
  CI: z.string().optional(),
  /**
   * The PostgreSQL suite and `npm run db:backup` on PostgreSQL: the folder holding initdb, pg_ctl and
   * postgres, or pg_dump and pg_restore (else Debian's newest, else PATH).
   */
  POSTGRES_BIN_DIR: z.string().optional(),
  /** Searched for the PostgreSQL programs when neither of the above has them. */
  PATH: z.string().optional(),
});

export type Env = z.output<typeof appSchema>;
export type ToolEnv = z.output<typeof toolSchema>;

type Source = Record<string, string | undefined>;

/** Thrown when a variable is set to something unusable; the message names every bad variable. */
export class EnvError extends Error {
  override name = "EnvError";
}

function reader<S extends z.ZodObject>(schema: S) {
  const keys = Object.keys(schema.shape);
  let last: { key: string; value: z.output<S> } | null = null;
  return (source: Source = process.env): z.output<S> => {
    const raw = Object.fromEntries(keys.map((k) => [k, source[k] === "" ? undefined : source[k]]));
    const key = JSON.stringify(keys.map((k) => raw[k] ?? null));
    if (source === process.env && last?.key === key) return last.value;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => {
        const name = String(i.path[0] ?? "");
        const secret = name === "SESSION_SECRET" || name === "DATABASE_URL" || name.endsWith("PASSWORD");
        const shown = secret ? "" : ` (it is "${raw[name]}")`;
        return `  ${name}: ${i.message}${shown}`;
      });
      throw new EnvError(
        `Some environment variables are not valid (see the README's Configuration table):\n${lines.join("\n")}`,
      );
    }
    if (source === process.env) last = { key, value: parsed.data };
    return parsed.data;
  };
}

/** The app's settings (the README's Configuration table), from `process.env` unless given another source. */
export const env = reader(appSchema);

/** Settings only the scripts and tests use (builds, benchmark, screenshots, e2e, fuzzing). */
export const toolEnv = reader(toolSchema);

/**
 * The environment for a child process (a build, the server): this process's own, with `overrides`
 * on top (an undefined override leaves the variable out).
 */
export function childEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...process.env, ...overrides };
  for (const [k, v] of Object.entries(out)) if (v === undefined) delete out[k];
  return out;
}
