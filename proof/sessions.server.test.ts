/**
 * Sessions on the production server (probe, 5 December 2026): the cookie-sealing key is kept out of the
 * database (so out of its backups and dumps), the upgrade from a database that held it keeps everyone
 * signed in, a learner's cookie carries a random token that the key alone cannot forge, the cookie is __Host- where it is Secure (and a cookie planted under the plain name is not taken up), and a tutor's session runs out when the tutor leaves it alone (TUTOR_IDLE_MINUTES), with
 * what a page fetches by itself (its idle hint) not counting. On both engines.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { sealData, unsealData } from "iron-session";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { engine, freshDatabase, openRows, sameDatabase, startServer, type DatabaseAt } from "./engine";
import { HttpClient, PROOF_TUTOR, type ProdServer } from "./prod-server";

const servers: ProdServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop();
  for (const s of servers) fs.rmSync(path.dirname(s.databasePath), { recursive: true, force: true });
});

/** Where the key file is: beside the SQLite file by default; on PostgreSQL the suite names a folder of its own. */
const keyFile = (at: DatabaseAt) => path.join(path.dirname(at.databasePath), "session-secret");
const keyEnv = (at: DatabaseAt) => (engine === "postgres" ? { SESSION_SECRET_FILE: keyFile(at) } : {});

async function start(at: DatabaseAt, env: Record<string, string | undefined> = {}) {
  const server = await startServer({ ...sameDatabase(at), env: { ...keyEnv(at), ...env } });
  servers.push(server);
  return server;
}

/**
 * One server (with a database of its own) shared by the tests below that need no start or restart of
 * their own: each start costs seconds. The cookie tests each add learners of their own names and read
 * only those back; the idle tests each sign in afresh and read the newest tutor session (no cookie test
 * signs a tutor in). It runs with the idle tests' TUTOR_IDLE_MINUTES=15, which only tutors' sessions
 * read. Started by the first test that asks for it, so any one of them still runs alone.
 */
let shared: Promise<{ at: DatabaseAt; server: ProdServer }> | undefined;
function sharedServer() {
  shared ??= freshDatabase("crm-sessions-").then(async (at) => ({
    at,
    server: await start(at, { TUTOR_IDLE_MINUTES: "15" }),
  }));
  return shared;
}

/** Runs a statement on the server's database directly (as someone with the file or a dump could). */
async function execute(at: DatabaseAt, query: string, ...params: unknown[]): Promise<void> {
  if (!at.databaseUrl) {
    const sqlite = new Database(at.databasePath);
    try {
      sqlite.prepare(query).run(...params);
    } finally {
      sqlite.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: at.databaseUrl });
  await client.connect();
  try {
    let n = 0;
    await client.query(
      query.replace(/\?/g, () => `$${++n}`),
      params,
    );
  } finally {
    await client.end();
  }
}

async function storedKeys(at: DatabaseAt) {
  const rows = await openRows(at);
  try {
    return await rows.all<{ key: string }>("SELECT key FROM app_settings");
  } finally {
    await rows.close();
  }
}

describe(`the cookie-sealing key (production server on ${engine})`, () => {
  it("is generated into an owner-only file of its own, never into the database; a learner stays signed in across a restart", async () => {
    const at = await freshDatabase("crm-key-");
    let server = await start(at);
    const learner = new HttpClient(server.url);
    await learner.ok("auth.practiseAlone", { displayName: "Kept Kim" });
    expect(await storedKeys(at)).toEqual([]);
    expect(fs.statSync(keyFile(at)).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(keyFile(at), "utf8").trim().length).toBeGreaterThanOrEqual(32);

    await server.stop();
    server = await start(at);
    const again = new HttpClient(server.url);
    again.cookie = learner.cookie;
    expect(await again.get("auth.me")).toMatchObject({ kind: "learner", displayName: "Kept Kim" });
  });

  it("upgrading from a database that held the key: cookies out keep working, and the key leaves the database", async () => {
    const at = await freshDatabase("crm-key-");
    const old = "a-key-an-older-version-kept-in-the-database-0123";
    // The older version sealed with the key it kept in app_settings; SESSION_SECRET stands in for it here.
    let server = await start(at, { SESSION_SECRET: old });
    const learner = new HttpClient(server.url);
    await learner.ok("auth.practiseAlone", { displayName: "Upgraded Uma" });
    await server.stop();
    await execute(at, "INSERT INTO app_settings (key, value) VALUES (?, ?)", "session_secret", old);
    expect(fs.existsSync(keyFile(at))).toBe(false);

    server = await start(at);
    const after = new HttpClient(server.url);
    after.cookie = learner.cookie;
    expect(await after.get("auth.me")).toMatchObject({ kind: "learner", displayName: "Upgraded Uma" });
    expect(await storedKeys(at)).toEqual([]);
    expect(fs.readFileSync(keyFile(at), "utf8").trim()).toBe(old);
  });
});

/** The sealed session in a client's Cookie header. */
const sealOf = (cookie: string) => /crm_trainer_session=([^;]+)/.exec(cookie)![1]!;

async function learnerRow(at: DatabaseAt, displayName: string) {
  const rows = await openRows(at);
  try {
    const [row] = await rows.all<{ id: number; session_version: number; session_hash: string | null }>(
      "SELECT id, session_version, session_hash FROM learners WHERE display_name = ?",
      displayName,
    );
    return { id: Number(row!.id), version: Number(row!.session_version), hash: row!.session_hash };
  } finally {
    await rows.close();
  }
}

describe(`a learner's cookie (production server on ${engine})`, () => {
  it("cannot be forged with the cookie key: a seal of the learner's id and session version is refused, and the database holds only the token's hash", async () => {
    const { at, server } = await sharedServer();
    const learner = new HttpClient(server.url);
    await learner.ok("auth.practiseAlone", { displayName: "Forged Fen" });
    const key = fs.readFileSync(keyFile(at), "utf8").trim();
    const row = await learnerRow(at, "Forged Fen");
    const { learnerSession } = await unsealData<{ learnerSession: string }>(sealOf(learner.cookie), {
      password: key,
    });
    expect(row.hash).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(row.hash).not.toBe(learnerSession);

    // Everything an attacker with the key (a leaked SESSION_SECRET, the key file in a backup) can seal.
    const attacker = new HttpClient(server.url);
    attacker.cookie = `crm_trainer_session=${await sealData({ learnerId: row.id, learnerVersion: row.version }, { password: key })}`;
    expect(await attacker.get("auth.me")).toMatchObject({ kind: "anonymous", learnerAccessEnded: true });
    attacker.cookie = `crm_trainer_session=${await sealData({ learnerId: row.id, learnerSession: row.hash }, { password: key })}`;
    expect(await attacker.get("auth.me")).toMatchObject({ kind: "anonymous" });
    expect(await learner.get("auth.me")).toMatchObject({ kind: "learner", displayName: "Forged Fen" });
  });

  it("from before session tokens keeps a learner in their place: swapped for a token over HTTP on first use", async () => {
    const { at, server } = await sharedServer();
    const learner = new HttpClient(server.url);
    await learner.ok("auth.practiseAlone", { displayName: "Legacy Lou" });
    const row = await learnerRow(at, "Legacy Lou");
    // As migration 0005 leaves a learner who joined before tokens, holding the cookie of that version.
    await execute(
      at,
      "UPDATE learners SET session_hash = NULL, legacy_session_until = ? WHERE id = ?",
      Date.now() + 86_400_000,
      row.id,
    );
    const key = fs.readFileSync(keyFile(at), "utf8").trim();
    const before = new HttpClient(server.url);
    before.cookie = `crm_trainer_session=${await sealData({ learnerId: row.id, learnerVersion: row.version }, { password: key, ttl: 20 * 86_400 })}`;
    const answer = await before.query("auth.me");
    expect(answer.data).toMatchObject({ kind: "learner", displayName: "Legacy Lou" });
    const swapped = answer.headers.getSetCookie().find((c) => c.startsWith("crm_trainer_session="));
    expect(swapped?.toLowerCase()).toMatch(/httponly/);
    const sealed = swapped!.split(";")[0]!.split("=")[1]!;
    expect(await unsealData(sealed, { password: key })).toEqual({
      learnerId: row.id,
      learnerSession: expect.any(String),
      sealedFor: "plain",
    });
    expect((await learnerRow(at, "Legacy Lou")).hash).not.toBeNull();
    expect(await before.get("auth.me")).toMatchObject({ kind: "learner", displayName: "Legacy Lou" });
  });

  it("is sealed afresh when used more than a day after it was made, so a learner coming back every week is never locked out after 30 days", async () => {
    const { at, server } = await sharedServer();
    const learner = new HttpClient(server.url);
    await learner.ok("auth.practiseAlone", { displayName: "Term-long Tia" });
    // Used the same day: nothing to renew.
    expect((await learner.query("auth.me")).headers.getSetCookie()).toEqual([]);

    // A cookie sealed 28 days ago (two days left), as the learner's browser would hold it by then.
    const key = fs.readFileSync(keyFile(at), "utf8").trim();
    const held = await unsealData<Record<string, unknown>>(sealOf(learner.cookie), { password: key });
    expect(held).toEqual({
      learnerId: expect.any(Number),
      learnerSession: expect.any(String),
      sealedFor: "plain",
    });
    const old = await sealData(held, { password: key, ttl: 2 * 86_400 });
    const later = new HttpClient(server.url);
    later.cookie = `crm_trainer_session=${old}`;
    const answer = await later.query("auth.me");
    expect(answer.data).toMatchObject({ kind: "learner", displayName: "Term-long Tia" });
    const renewed = answer.headers.getSetCookie().find((c) => c.startsWith("crm_trainer_session="));
    expect(renewed).toBeDefined();
    const expires = Number(renewed!.split(";")[0]!.split("=")[1]!.split("*")[5]);
    expect(expires - Date.now()).toBeGreaterThan(29 * 86_400_000);
    expect(renewed!.toLowerCase()).toMatch(/httponly/);
    expect(await later.get("auth.me")).toMatchObject({ kind: "learner", displayName: "Term-long Tia" });
  });
});

describe(`the cookie's name (production server on ${engine})`, () => {
  const HOST = "__Host-crm_trainer_session";
  const https = { "x-forwarded-proto": "https" };
  const named = (res: { headers: Headers }, name: string) =>
    res.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));

  it("over HTTPS is __Host-: Secure, Path=/, no Domain; over plain HTTP the plain name, not Secure", async () => {
    const { server } = await sharedServer();
    const secure = new HttpClient(server.url, https);
    const res = await secure.mutation("auth.practiseAlone", { displayName: "Secure Sal" });
    const cookie = named(res, HOST);
    expect(cookie, res.headers.getSetCookie().join("\n")).toBeDefined();
    const attrs = cookie!.split(";").map((a) => a.trim().toLowerCase());
    expect(attrs).toEqual(expect.arrayContaining(["secure", "path=/", "httponly", "samesite=lax"]));
    expect(attrs.some((a) => a.startsWith("domain="))).toBe(false);
    expect(await secure.get("auth.me")).toMatchObject({ kind: "learner", displayName: "Secure Sal" });

    const plainHttp = new HttpClient(server.url);
    const answer = await plainHttp.mutation("auth.practiseAlone", { displayName: "Plain Pat" });
    const plainCookie = named(answer, "crm_trainer_session");
    expect(plainCookie).toBeDefined();
    expect(plainCookie!.toLowerCase()).not.toMatch(/;\s*secure/);
    expect(named(answer, HOST)).toBeUndefined();
    expect(await plainHttp.get("auth.me")).toMatchObject({ kind: "learner", displayName: "Plain Pat" });
  });

  it("a cookie from before the prefix is moved to it on its first HTTPS request; one sealed since is not taken up from the plain name", async () => {
    const { at, server } = await sharedServer();
    const key = fs.readFileSync(keyFile(at), "utf8").trim();
    const owner = new HttpClient(server.url);
    await owner.ok("auth.practiseAlone", { displayName: "Moving Mo" });
    const held = await unsealData<{ learnerId: number; learnerSession: string }>(sealOf(owner.cookie), {
      password: key,
    });
    // As a browser holds a cookie sealed by the version before the prefix (no sealedFor).
    const before = new HttpClient(server.url, https);
    before.cookie = `crm_trainer_session=${await sealData(
      { learnerId: held.learnerId, learnerSession: held.learnerSession },
      { password: key },
    )}`;
    const moved = await before.query("auth.me");
    expect(moved.data).toMatchObject({ kind: "learner", displayName: "Moving Mo" });
    expect(named(moved, HOST)).toBeDefined();
    expect(named(moved, "crm_trainer_session")).toMatch(/Max-Age=0/i);
    expect(before.cookie).toMatch(/^__Host-crm_trainer_session=/);
    expect(await before.get("auth.me")).toMatchObject({ kind: "learner", displayName: "Moving Mo" });

    // Someone on the network plants their own cookie under the plain name (a forged plain-HTTP answer):
    // sealed since the prefix, it says so, and an HTTPS request does not take it up.
    const planter = new HttpClient(server.url, https);
    await planter.ok("auth.practiseAlone", { displayName: "Planter Pip" });
    const theirs = /__Host-crm_trainer_session=([^;]+)/.exec(planter.cookie)![1]!;
    const overHttp = new HttpClient(server.url);
    await overHttp.ok("auth.practiseAlone", { displayName: "Planter Pip 2" });
    for (const planted of [theirs, sealOf(overHttp.cookie)]) {
      const victim = new HttpClient(server.url, https);
      victim.cookie = `crm_trainer_session=${planted}`;
      const answer = await victim.query("auth.me");
      expect(answer.data).toMatchObject({ kind: "anonymous" });
      expect(named(answer, "crm_trainer_session")).toMatch(/Max-Age=0/i);
    }
    // A learner from before tokens too (both upgrades at once): their old cookie is swapped for a token
    // under the prefixed name, and the plain one cleared.
    const { at: legacyAt, server: legacyServer } = await sharedServer();
    const legacyKey = fs.readFileSync(keyFile(legacyAt), "utf8").trim();
    await new HttpClient(legacyServer.url).ok("auth.practiseAlone", { displayName: "Legacy Lia" });
    const row = await learnerRow(legacyAt, "Legacy Lia");
    await execute(
      legacyAt,
      "UPDATE learners SET session_hash = NULL, legacy_session_until = ? WHERE id = ?",
      Date.now() + 86_400_000,
      row.id,
    );
    const old = new HttpClient(legacyServer.url, https);
    old.cookie = `crm_trainer_session=${await sealData(
      { learnerId: row.id, learnerVersion: row.version },
      { password: legacyKey },
    )}`;
    const swapped = await old.query("auth.me");
    expect(swapped.data).toMatchObject({ kind: "learner", displayName: "Legacy Lia" });
    expect(named(swapped, "crm_trainer_session")).toMatch(/Max-Age=0/i);
    const token = /__Host-crm_trainer_session=([^;]+)/.exec(named(swapped, HOST) ?? "")?.[1];
    expect(await unsealData(token ?? "", { password: legacyKey })).toEqual({
      learnerId: row.id,
      learnerSession: expect.any(String),
      sealedFor: "host",
    });
    expect(await old.get("auth.me")).toMatchObject({ kind: "learner", displayName: "Legacy Lia" });

    // With both names present, the prefixed one is the session.
    const both = new HttpClient(server.url, https);
    both.cookie = `crm_trainer_session=${theirs}; ${before.cookie}`;
    expect(await both.get("auth.me")).toMatchObject({ kind: "learner", displayName: "Moving Mo" });
  });
});

describe(`a tutor who leaves the session alone (production server on ${engine})`, () => {
  const MINUTE = 60_000;

  async function tutorOn(server: ProdServer) {
    const tutor = new HttpClient(server.url);
    await tutor.ok("auth.tutorSignIn", PROOF_TUTOR);
    return tutor;
  }

  async function deadline(at: DatabaseAt): Promise<number> {
    const rows = await openRows(at);
    try {
      const [row] = await rows.all<{ expires_at: number }>(
        "SELECT expires_at FROM tutor_sessions ORDER BY created_at DESC LIMIT 1",
      );
      return Number(row!.expires_at);
    } finally {
      await rows.close();
    }
  }

  it("is signed out once the idle deadline passes, and told why, on the API and on auth.me", async () => {
    const { at, server } = await sharedServer();
    const tutor = await tutorOn(server);
    const first = await deadline(at);
    expect(first - Date.now()).toBeGreaterThan(14 * MINUTE);
    expect(first - Date.now()).toBeLessThanOrEqual(15 * MINUTE);

    // Fifteen minutes pass with nobody at the computer.
    await execute(at, "UPDATE tutor_sessions SET expires_at = ?", Date.now() - 1_000);
    const refused = await tutor.query("classes.list");
    expect(refused.status).toBe(401);
    expect(refused.error?.message).toMatch(
      /^You were signed out as a tutor after 15 minutes without activity/,
    );
    expect(await tutor.get("auth.me")).toMatchObject({
      kind: "anonymous",
      tutorSignedOut: expect.stringMatching(/after 15 minutes without activity/),
    });
  });

  it("the page's own refreshes (its idle hint) do not keep the session; the tutor's requests do", async () => {
    const { at, server } = await sharedServer();
    const tutor = await tutorOn(server);
    const soon = Date.now() + 5 * MINUTE;
    await execute(at, "UPDATE tutor_sessions SET expires_at = ?", soon);

    // Untouched for 14 minutes: the grid refreshing itself leaves the deadline where it was.
    const polled = await tutor.query("classes.list", undefined, { "x-crm-idle-ms": String(14 * MINUTE) });
    expect(polled.status).toBe(200);
    expect(await deadline(at)).toBe(soon);

    // The tutor clicks: the deadline moves to fifteen minutes from now.
    expect((await tutor.query("classes.list", undefined, { "x-crm-idle-ms": "200" })).status).toBe(200);
    const moved = await deadline(at);
    expect(moved - Date.now()).toBeGreaterThan(14 * MINUTE);
  });
});
