import { afterEach, describe, expect, it } from "vitest";
import { EnvError, env, toolEnv } from "./env";

const saved = { ...process.env };
afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
});

describe("env", () => {
  it("gives the README's defaults when nothing is set", () => {
    expect(env({})).toEqual({
      NODE_ENV: "development",
      DATABASE_PATH: "./data/crm.sqlite",
      SQLITE_SYNCHRONOUS: "normal",
      DATABASE_URL: undefined,
      PORT: 3000,
      HOST: "127.0.0.1",
      PUBLIC_URL: undefined,
      SESSION_SECRET: undefined,
      SESSION_SECRET_FILE: undefined,
      TUTOR_IDLE_MINUTES: 120,
      LEARNER_IDLE_MINUTES: 43_200,
      COOKIE_SECURE: false,
      DEMO_TUTOR_EMAIL: "tutor@example.com",
      DEMO_TUTOR_PASSWORD: "change-me-please",
      ALLOW_TUTOR_SIGNUP: true,
      SCENARIOS_DIR: undefined,
      BACKUP_DIR: "./backups",
      NEXT_DIST_DIR: ".next",
      LIVE_POLL_MS: 150,
      ENABLE_BENCH_ROUTE: false,
    });
  });

  it("types what is set: numbers, yes/no flags, trimmed names", () => {
    const e = env({
      PORT: "8080",
      HOST: " 0.0.0.0 ",
      COOKIE_SECURE: "true",
      ALLOW_TUTOR_SIGNUP: "FALSE",
      ENABLE_BENCH_ROUTE: "1",
      DEMO_TUTOR_EMAIL: " Tutor@College.ac.uk ",
    });
    expect(e.PORT).toBe(8080);
    expect(e.HOST).toBe("0.0.0.0");
    expect(e.COOKIE_SECURE).toBe(true);
    expect(e.ALLOW_TUTOR_SIGNUP).toBe(false);
    expect(e.ENABLE_BENCH_ROUTE).toBe(true);
    expect(e.DEMO_TUTOR_EMAIL).toBe("Tutor@College.ac.uk");
  });

  it("keeps passwords and secrets exactly as given", () => {
    const secret = "  a secret of more than thirty-two characters  ";
    const e = env({ DEMO_TUTOR_PASSWORD: " pass word ", SESSION_SECRET: secret });
    expect(e.DEMO_TUTOR_PASSWORD).toBe(" pass word ");
    expect(e.SESSION_SECRET).toBe(secret);
  });

  it("treats an empty variable as unset", () => {
    expect(env({ PORT: "", PUBLIC_URL: "", DATABASE_PATH: "" })).toMatchObject({
      PORT: 3000,
      PUBLIC_URL: undefined,
      DATABASE_PATH: "./data/crm.sqlite",
    });
  });

  it("fails with a message naming every bad variable and its value", () => {
    let error: unknown;
    try {
      env({ PORT: "abc", COOKIE_SECURE: "sometimes", DEMO_TUTOR_EMAIL: "tutor" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    const message = (error as Error).message;
    expect(message).toContain('PORT: PORT must be a whole number from 1 to 65535. (it is "abc")');
    expect(message).toContain(
      'COOKIE_SECURE: COOKIE_SECURE: use true or false (or 1/0, yes/no, on/off). (it is "sometimes")',
    );
    expect(message).toContain("DEMO_TUTOR_EMAIL: DEMO_TUTOR_EMAIL must be an email address");
    expect(() => env({ PORT: "70000" })).toThrow(/PORT must be a whole number from 1 to 65535/);
    expect(() => env({ PORT: "80.5" })).toThrow(/PORT must be a whole number/);
  });

  it("checks the sign-in guard and hashing settings", () => {
    expect(
      env({ AUTH_BACKOFF_BASE_MS: "0", AUTH_BACKOFF_MAX_MS: "250", PASSWORD_HASH_COST: "low" }),
    ).toMatchObject({
      AUTH_BACKOFF_BASE_MS: 0,
      AUTH_BACKOFF_MAX_MS: 250,
      PASSWORD_HASH_COST: "low",
    });
    expect(env({}).AUTH_BACKOFF_BASE_MS).toBeUndefined();
    expect(() => env({ AUTH_BACKOFF_BASE_MS: "soon" })).toThrow(
      /AUTH_BACKOFF_BASE_MS must be a number, 0 or more/,
    );
    expect(() => env({ AUTH_BACKOFF_MAX_MS: "-1" })).toThrow(
      /AUTH_BACKOFF_MAX_MS must be a number, 0 or more/,
    );
    expect(() => env({ PASSWORD_HASH_COST: "medium" })).toThrow(/PASSWORD_HASH_COST must be low or full/);
  });

  it("takes the live views' poll from 50 to 3000 ms", () => {
    expect(env({ LIVE_POLL_MS: "2000" }).LIVE_POLL_MS).toBe(2000);
    for (const bad of ["49", "3001", "1.5", "soon"])
      expect(() => env({ LIVE_POLL_MS: bad })).toThrow(
        /LIVE_POLL_MS must be a whole number of milliseconds from 50 to 3000/,
      );
  });

  it("takes SQLite's power-cut safety as normal or full (security ASK, session 40)", () => {
    expect(env({ SQLITE_SYNCHRONOUS: "full" }).SQLITE_SYNCHRONOUS).toBe("full");
    expect(() => env({ SQLITE_SYNCHRONOUS: "extra" })).toThrow(/SQLITE_SYNCHRONOUS: use "normal" or "full"/);
  });

  it("takes the tutor idle timeout from 15 to 720 minutes", () => {
    expect(env({ TUTOR_IDLE_MINUTES: "180" }).TUTOR_IDLE_MINUTES).toBe(180);
    for (const bad of ["14", "721", "90.5", "later"])
      expect(() => env({ TUTOR_IDLE_MINUTES: bad })).toThrow(
        /TUTOR_IDLE_MINUTES must be a whole number of minutes from 15 to 720/,
      );
  });

  it("takes the learner idle timeout from 15 minutes to 30 days", () => {
    expect(env({ LEARNER_IDLE_MINUTES: "240" }).LEARNER_IDLE_MINUTES).toBe(240);
    for (const bad of ["14", "43201", "90.5", "a week"])
      expect(() => env({ LEARNER_IDLE_MINUTES: bad })).toThrow(
        /LEARNER_IDLE_MINUTES must be a whole number of minutes from 15 to 43200/,
      );
  });

  it("never repeats a secret in its error", () => {
    expect(() => env({ SESSION_SECRET: "too-short-secret" })).toThrow(
      "SESSION_SECRET: SESSION_SECRET must be at least 32 characters long.",
    );
    expect(() => env({ SESSION_SECRET: "too-short-secret" })).not.toThrow(/too-short-secret/);
  });

  it("takes a PostgreSQL URL with a database name, and never repeats it (it may hold a password)", () => {
    expect(env({ DATABASE_URL: " postgres://crm:pw@db.example:5432/crm " }).DATABASE_URL).toBe(
      "postgres://crm:pw@db.example:5432/crm",
    );
    expect(env({ DATABASE_URL: "postgresql://localhost/crm" }).DATABASE_URL).toBe(
      "postgresql://localhost/crm",
    );
    for (const bad of ["mysql://u:hunter2@h/crm", "postgres://u:hunter2@host", "./data/crm.sqlite"]) {
      expect(() => env({ DATABASE_URL: bad })).toThrow(/DATABASE_URL must be a PostgreSQL URL/);
      expect(() => env({ DATABASE_URL: bad })).not.toThrow(/hunter2|crm\.sqlite/);
    }
  });

  it("reads process.env on each call, so a change made at run time is seen", () => {
    process.env.SCENARIOS_DIR = "/tmp/one";
    expect(env().SCENARIOS_DIR).toBe("/tmp/one");
    expect(env().SCENARIOS_DIR).toBe("/tmp/one");
    process.env.SCENARIOS_DIR = "/tmp/two";
    expect(env().SCENARIOS_DIR).toBe("/tmp/two");
    delete process.env.SCENARIOS_DIR;
    expect(env().SCENARIOS_DIR).toBeUndefined();
  });
});

describe("toolEnv", () => {
  it("gives the scripts' defaults and checks their numbers", () => {
    expect(toolEnv({})).toMatchObject({
      CHROMIUM_PATH: "/usr/bin/chromium",
      SHOT_WIDTH: 1366,
      BENCH_SECONDS: 5,
      E2E_PORT: 3100,
      FORCE_BUILD: false,
      FUZZ_RUNS: 100,
    });
    expect(toolEnv({ BENCH_SECONDS: "0.5", SKIP_BUILD: "1" })).toMatchObject({
      BENCH_SECONDS: 0.5,
      SKIP_BUILD: true,
    });
    expect(() => toolEnv({ BENCH_ROUNDS: "-1" })).toThrow(/BENCH_ROUNDS must be a number above 0/);
  });
});
