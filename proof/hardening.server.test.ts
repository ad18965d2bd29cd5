/**
 * Attack probes against the production server, each from a finding (round of 5 December 2026):
 * - the session cookie is Secure on a request that came over HTTPS, even without COOKIE_SECURE;
 * - an IPv6 client cannot rotate through its /64 for fresh guessing allowances;
 * - a class behind one college address, after a few mistyped codes, all get in when joining at once;
 * - before submitting, nothing a learner's browser receives in any scenario carries the analyser's
 *   verdicts or a mark (issue 8 item 9), while the report after submitting does;
 * - API answers (one person's data) are never stored by a browser's cache or a proxy, and the live
 *   stream still streams.
 * And from session 34's: a client id reused for another action is refused (409), and two classes of
 * one name are told apart by their tutor's name when a learner joins. From session 35's: a statement
 * that fails is logged without its values (a learner's text, a password hash).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import pg from "pg";
import { childEnv } from "@/server/env";
import { engine, startServer } from "./engine";
import { HttpClient, PROOF_TUTOR, type ProdServer, sleep } from "./prod-server";

let server: ProdServer;
beforeAll(async () => {
  // Behind one reverse proxy (each client's X-Forwarded-For is its address); waits before a guessed
  // code is checked scaled down tenfold from production's (500 ms → 50 ms, 8 s → 800 ms).
  server = await startServer({
    env: { TRUST_PROXY: "1", AUTH_BACKOFF_BASE_MS: "50", AUTH_BACKOFF_MAX_MS: "800" },
  });
});
afterAll(async () => {
  await server?.stop();
  if (server) fs.rmSync(path.dirname(server.databasePath), { recursive: true, force: true });
});

let ipCounter = 0;
const client = (ip = `198.51.100.${++ipCounter}`, headers: Record<string, string> = {}) =>
  new HttpClient(server.url, { "x-forwarded-for": ip, ...headers });

async function newClassCode(): Promise<string> {
  const tutor = client();
  await tutor.ok("auth.tutorSignIn", PROOF_TUTOR);
  const klass = await tutor.ok<{ joinCode: string }>("classes.create", { name: `Probe class ${ipCounter}` });
  return klass.joinCode;
}

const wrongCodeFor = (code: string) => (code === "ZZZZZZ" ? "YYYYYY" : "ZZZZZZ");

describe("the session cookie over HTTPS", () => {
  const sessionCookie = async (headers: Record<string, string>) => {
    const res = await client(undefined, headers).raw("/api/trpc/auth.practiseAlone", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { displayName: "Cookie Probe" } }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => /^(__Host-)?crm_trainer_session=/.test(c));
    expect(cookie).toBeDefined();
    return cookie!.split(";").map((a) => a.trim().toLowerCase());
  };

  it("is Secure and __Host- when the proxy says the request came over HTTPS, even without COOKIE_SECURE", async () => {
    const attrs = await sessionCookie({ "x-forwarded-proto": "https" });
    expect(attrs[0]).toMatch(/^__host-crm_trainer_session=/);
    expect(attrs).toContain("secure");
  });

  it("is not Secure over plain HTTP, and keeps the plain name (a classroom server without a certificate still works)", async () => {
    const attrs = await sessionCookie({});
    expect(attrs[0]).toMatch(/^crm_trainer_session=/);
    expect(attrs).not.toContain("secure");
  });
});

describe("guessing join codes", () => {
  it("addresses rotated within one IPv6 /64 share one allowance; another /64 has its own", async () => {
    const code = await newClassCode();
    const wrong = wrongCodeFor(code);
    const fromSlash64 = (prefix: string, i: number) =>
      client(`${prefix}:${(i + 1).toString(16)}:${(i * 7 + 3).toString(16)}:9`).mutation("auth.joinClass", {
        code: wrong,
        displayName: "Rotator",
      });
    for (let i = 0; i < 10; i++) expect((await fromSlash64("2001:db8:77:1:a", i)).status).toBe(404);
    expect((await fromSlash64("2001:db8:77:1:a", 10)).status).toBe(429);
    expect((await fromSlash64("2001:db8:77:2:a", 0)).status).toBe(404);
    // The right code still joins from the rotated network.
    const joined = await client("2001:db8:77:1::beef").mutation("auth.joinClass", {
      code,
      displayName: "Real learner",
    });
    expect(joined.status).toBe(200);
  });

  it("a class of 30 behind one college address, joining one every 100 ms after 15 mistyped codes, all get in", async () => {
    const code = await newClassCode();
    const college = "203.0.113.99";
    for (let i = 0; i < 15; i++)
      await client(college).mutation("auth.joinClass", { code: wrongCodeFor(code), displayName: "Typo" });
    // Each try now waits 800 ms before it is checked, so many overlap.
    const joins: Promise<number>[] = [];
    for (let i = 0; i < 30; i++) {
      joins.push(
        client(college)
          .mutation("auth.joinClass", { code, displayName: `Learner ${i + 1}` })
          .then((r) => r.status),
      );
      await sleep(100);
    }
    expect(await Promise.all(joins)).toEqual(Array(30).fill(200));
  });
});

describe("nothing before submission (issue 8 item 9)", () => {
  const playthroughs = fs
    .readdirSync(path.join("scenarios", "playthroughs"))
    .filter((f) => f.endsWith("-model.yaml"))
    .map((f) => ({
      file: f,
      ...(parseYaml(fs.readFileSync(path.join("scenarios", "playthroughs", f), "utf8")) as {
        scenario: string;
        actions: unknown[];
      }),
    }));
  // One model playthrough per scenario.
  const perScenario = [...new Map(playthroughs.map((p) => [p.scenario, p])).values()];

  /** Keys that carry the analyser's or the marker's verdicts, and marks that are not null. */
  const VERDICTS = /"(analysis|labels|spans|lass|lassOrder|steps|ruleId|ruleIds|criteria|report|cra)"\s*:/g;
  const MARKS = /"(band|totalPercent)"\s*:\s*(?!null)/g;

  it("has a model playthrough for each of the ten scenarios", () => {
    expect(perScenario).toHaveLength(10);
  });

  it.each(perScenario.map((p) => [p.scenario, p] as const))(
    "%s: no labels, LASS steps, criteria or marks in any response before submitting",
    async (_scenario, playthrough) => {
      const learner = client();
      await learner.ok("auth.practiseAlone", { displayName: "Verdict Probe" });
      const { attemptId } = await learner.ok<{ attemptId: number }>("attempts.start", {
        scenarioId: playthrough.scenario,
      });
      const responses: { what: string; status: number; text: string }[] = [];
      const record = (what: string, r: { status: number; text: string }) =>
        responses.push({ what, status: r.status, text: r.text });
      for (const [i, action] of playthrough.actions.entries()) {
        const clientId = `nine-${attemptId}-${i}-probe`;
        record(`act #${i}`, await learner.mutation("attempts.act", { attemptId, clientId, action }));
        // A retry with the same client id answers from what was stored.
        if (i === 0)
          record("act #0 again", await learner.mutation("attempts.act", { attemptId, clientId, action }));
      }
      record("attempts.get", await learner.query("attempts.get", { attemptId }));
      record("attempts.mine", await learner.query("attempts.mine"));
      record("attempts.report", await learner.query("attempts.report", { attemptId }));
      const customers = (
        await learner.get<{ customers: { ref: string }[] }>("crm.listCustomers", {
          workspace: { attemptId },
          pageSize: 100,
        })
      ).customers;
      for (const c of customers.slice(0, 12))
        record(
          `crm.getCustomer ${c.ref}`,
          await learner.query("crm.getCustomer", { workspace: { attemptId }, customerRef: c.ref }),
        );
      record("insights.overview", await learner.query("insights.overview", { workspace: { attemptId } }));

      expect(responses.filter((r) => r.status >= 500).map((r) => `${r.what} ${r.status}`)).toEqual([]);
      const leaks = responses.flatMap((r) => [
        ...[...r.text.matchAll(VERDICTS)].map((m) => `${r.what}: "${m[1]}"`),
        ...[...r.text.matchAll(MARKS)].map((m) => `${r.what}: ${m[1]}`),
      ]);
      expect([...new Set(leaks)]).toEqual([]);

      // Submitted: the same learner's report carries the labels and the mark (the check can see them).
      await learner.ok("attempts.submit", { attemptId });
      const report = await learner.query("attempts.report", { attemptId });
      expect(report.status).toBe(200);
      expect(report.text).toMatch(MARKS);
      expect(report.text).toMatch(/"criteria"\s*:/);
    },
  );
});

describe("what browsers and proxies keep", () => {
  it("API answers are never stored (a shared classroom PC's disk cache, a proxy), pages neither", async () => {
    const learner = client();
    await learner.ok("auth.practiseAlone", { displayName: "Cache Probe" });
    const { attemptId } = await learner.ok<{ attemptId: number }>("attempts.start", {
      scenarioId: "complaint-faulty-kettle",
    });
    for (const p of [
      "/api/trpc/auth.me",
      `/api/trpc/attempts.get?input=${encodeURIComponent(JSON.stringify({ json: { attemptId } }))}`,
      "/api/trpc/attempts.mine",
      "/api/health",
      `/attempts/${attemptId}`,
    ]) {
      const res = await learner.raw(p);
      await res.arrayBuffer();
      expect(res.status, p).toBe(200);
      expect(res.headers.get("cache-control") ?? "", p).toMatch(/no-store/);
    }
  });

  it("the tutor's live stream is still a stream, not stored and not transformed by a proxy", async () => {
    const tutor = client();
    await tutor.ok("auth.tutorSignIn", PROOF_TUTOR);
    const klass = await tutor.ok<{ id: number }>("classes.create", { name: "Live stream probe" });
    const stop = new AbortController();
    const res = await tutor.raw(
      `/api/trpc/results.liveStream?input=${encodeURIComponent(JSON.stringify({ json: { classId: klass.id } }))}`,
      { signal: stop.signal },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/event-stream/);
    expect(res.headers.get("cache-control")).toMatch(/no-store/);
    expect(res.headers.get("cache-control")).toMatch(/no-transform/);
    const reader = res.body!.getReader();
    let text = "";
    while (!text.includes("Live stream probe")) text += new TextDecoder().decode((await reader.read()).value);
    stop.abort();
  });
});

describe("a client id names one action (session 34's finding)", () => {
  it("the same id with a different action is 409 saying so, raced or not: one action stored, nothing of the other", async () => {
    const learner = client();
    await learner.ok("auth.practiseAlone", { displayName: "Client Id Probe" });
    const { attemptId } = await learner.ok<{ attemptId: number }>("attempts.start", {
      scenarioId: "complaint-faulty-kettle",
    });
    const note = (text: string) => ({ type: "add_note", customerRef: "CUS-2041", text });
    const first = await learner.mutation("attempts.act", {
      attemptId,
      clientId: "reused-id-1",
      action: note("A"),
    });
    expect(first.status).toBe(200);
    const other = await learner.mutation("attempts.act", {
      attemptId,
      clientId: "reused-id-1",
      action: note("B"),
    });
    expect(other.status).toBe(409);
    expect(other.error?.message).toMatch(/already used for another action.*not stored/);

    // Ten at once under one new id, five of each action: whichever is stored first, its five are
    // answered 200 and the other five 409.
    const raced = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        learner.mutation("attempts.act", {
          attemptId,
          clientId: "reused-id-2",
          action: note(i % 2 ? "Odd" : "Even"),
        }),
      ),
    );
    const statuses = raced.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s === 409)).toHaveLength(5);
    const winner = statuses[0] === 200 ? "Even" : "Odd";
    for (const [i, r] of raced.entries())
      expect(r.status).toBe((i % 2 ? "Odd" : "Even") === winner ? 200 : 409);

    const record = await learner.get<{ timeline: { body: string | null }[] }>("crm.getCustomer", {
      workspace: { attemptId },
      customerRef: "CUS-2041",
    });
    const bodies = record.timeline.map((i) => i.body);
    expect(bodies.filter((b) => b === "A")).toHaveLength(1);
    expect(bodies.filter((b) => b === "B")).toHaveLength(0);
    expect(bodies.filter((b) => b === winner)).toHaveLength(1);
    expect(bodies.filter((b) => b === (winner === "Odd" ? "Even" : "Odd"))).toHaveLength(0);
  });
});

describe("which class a code joined (session 34's finding)", () => {
  it("two classes of one name answer with their own tutor's name, and no tutor's email", async () => {
    const demo = client();
    await demo.ok("auth.tutorSignIn", PROOF_TUTOR);
    const other = client();
    const email = "maya.osei@college.example";
    await other.ok("auth.tutorSignUp", { email, name: "Maya Osei", password: "a long enough password" });
    await other.ok("auth.tutorSignIn", { email, password: "a long enough password" });
    const codes = [
      (await demo.ok<{ joinCode: string }>("classes.create", { name: "Year 12 Retail" })).joinCode,
      (await other.ok<{ joinCode: string }>("classes.create", { name: "Year 12 Retail" })).joinCode,
    ];
    const answers = [];
    for (const [i, code] of codes.entries()) {
      const learner = client();
      const joined = await learner.mutation("auth.joinClass", { code, displayName: `Same Name ${i}` });
      const me = await learner.query("auth.me");
      answers.push(joined.text, me.text);
      const tutorName = ["Demo Tutor", "Maya Osei"][i];
      expect(joined.data).toMatchObject({ learner: { className: "Year 12 Retail", tutorName } });
      expect(me.data).toMatchObject({ className: "Year 12 Retail", tutorName });
    }
    for (const text of answers) {
      expect(text).not.toContain(PROOF_TUTOR.email);
      expect(text).not.toContain(email);
    }
  });
});

describe("what the server log keeps of a failed statement (session 35's finding)", () => {
  /** Makes the database refuse this attempt's new events, as a fault mid-action would. */
  async function failEventInserts(attemptId: number): Promise<() => Promise<void>> {
    if (engine === "sqlite") {
      const db = new Database(server.databasePath);
      db.exec(
        `CREATE TRIGGER probe_fail_insert BEFORE INSERT ON attempt_events WHEN NEW.attempt_id = ${attemptId} BEGIN SELECT RAISE(ABORT, 'injected failure'); END`,
      );
      return async () => {
        db.exec("DROP TRIGGER probe_fail_insert");
        db.close();
      };
    }
    const db = new pg.Client({ connectionString: server.databaseUrl });
    await db.connect();
    await db.query(
      "CREATE FUNCTION probe_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$",
    );
    await db.query(
      `CREATE TRIGGER probe_fail_insert BEFORE INSERT ON attempt_events FOR EACH ROW WHEN (NEW.attempt_id = ${attemptId}) EXECUTE FUNCTION probe_fail()`,
    );
    return async () => {
      await db.query("DROP TRIGGER probe_fail_insert ON attempt_events");
      await db.query("DROP FUNCTION probe_fail()");
      await db.end();
    };
  }

  it("names the statement and the database's error, never the learner's words; the action is then stored once", async () => {
    const learner = client();
    await learner.ok("auth.practiseAlone", { displayName: "Log Probe" });
    const { attemptId } = await learner.ok<{ attemptId: number }>("attempts.start", {
      scenarioId: "complaint-faulty-kettle",
    });
    const words = "Mentioned her hospital appointment on Tuesday 7QX";
    const act = {
      attemptId,
      clientId: "log-probe-0001",
      action: { type: "add_note", customerRef: "CUS-2041", text: words },
    };
    const restore = await failEventInserts(attemptId);
    const from = server.output().length;
    let failed: Awaited<ReturnType<typeof learner.mutation>>;
    try {
      failed = await learner.mutation("attempts.act", act);
    } finally {
      await restore();
    }
    expect(failed.status).toBe(500);
    expect(failed.text).not.toContain("7QX");
    // The log line is written as the answer goes out: wait for it, briefly.
    const deadline = Date.now() + 5_000;
    while (!server.output().slice(from).includes("tRPC attempts.act failed:") && Date.now() < deadline)
      await sleep(50);
    const logged = server.output().slice(from);
    expect(logged).toContain("tRPC attempts.act failed:");
    // PostgreSQL's driver error comes wrapped in drizzle's "Failed query", which held every value; a
    // prepared SQLite statement's comes bare (SqliteError, no values in it).
    if (engine === "postgres")
      expect(logged).toMatch(/Failed query: insert into "attempt_events"[^\n]*values withheld/);
    else expect(logged).toContain("SqliteError [SQLITE_CONSTRAINT_TRIGGER]");
    expect(logged).toContain("injected failure");
    expect(logged).not.toContain("7QX");
    expect(logged).not.toContain("hospital");

    // Nothing of it was stored, and the page's retry (same client id) stores it once.
    const again = await learner.mutation("attempts.act", act);
    expect(again.status).toBe(200);
    expect((again.data as { duplicate: boolean }).duplicate).toBe(false);
    expect(((await learner.mutation("attempts.act", act)).data as { duplicate: boolean }).duplicate).toBe(
      true,
    );
  });
});

/**
 * Probe, session 40: `npm start` made the SQLite database, its -wal and -shm files readable by every
 * account on the computer (0644, in a 0755 folder), though they hold every learner's work, the tutors'
 * password hashes and the session-token hashes; only the cookie key had been made owner-only. A
 * classroom or lab PC is often shared by several accounts (UK GDPR Art. 32: keep personal data
 * confidential). Now everything the server makes is owner-only, and a database from before is tightened
 * at start.
 */
describe.skipIf(engine !== "sqlite")("the database files on disk", () => {
  const mode = (file: string) => fs.statSync(file).mode & 0o777;

  it("are this account's alone: made so, and an older world-readable database is tightened at start", async () => {
    const root = fs.mkdtempSync(path.join(path.dirname(server.databasePath), "owner-only-"));
    const databasePath = path.join(root, "data", "crm.sqlite");
    const files = [databasePath, `${databasePath}-wal`, `${databasePath}-shm`];
    const first = await startServer({ databasePath });
    try {
      await new HttpClient(first.url).ok("auth.practiseAlone", { displayName: "Owner Only" });
      expect(mode(path.dirname(databasePath)).toString(8)).toBe("700");
      for (const file of files) expect(`${file}: ${mode(file).toString(8)}`).toBe(`${file}: 600`);
    } finally {
      await first.stop();
    }
    for (const file of files) if (fs.existsSync(file)) fs.chmodSync(file, 0o644);
    const again = await startServer({ databasePath });
    try {
      await new HttpClient(again.url).ok("auth.practiseAlone", { displayName: "Owner Again" });
      for (const file of files) expect(`${file}: ${mode(file).toString(8)}`).toBe(`${file}: 600`);
      expect(again.output()).toMatch(/readable by this account only/);
    } finally {
      await again.stop();
    }
    // `npm run db:backup`'s copy too.
    const backups = path.join(root, "backups");
    execFileSync(
      process.execPath,
      [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/db-backup.ts"],
      {
        env: childEnv({ DATABASE_PATH: databasePath, BACKUP_DIR: backups, DATABASE_URL: undefined }),
        stdio: "pipe",
      },
    );
    expect(mode(backups).toString(8)).toBe("700");
    for (const file of fs.readdirSync(backups))
      expect(mode(path.join(backups, file)).toString(8)).toBe("600");
  }, 120_000);
});
