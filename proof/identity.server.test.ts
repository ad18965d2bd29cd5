/**
 * Identity, sessions and limits over real HTTP against the production server with its default
 * settings (no TRUST_PROXY) and the published demo password: who counts as a client, revoking
 * sessions, unreadable cookies, the forced password change, body and batch limits, CSP on prefetches,
 * and `npm start` refusing other computers while the published password is set.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childEnv } from "@/server/env";
import { freshDatabase, startServer } from "./engine";
import { HttpClient, freePort, type ProdServer } from "./prod-server";

const PUBLISHED = { email: "tutor@example.com", password: "change-me-please" };
const NEW_PASSWORD = "a password of my own";

let server: ProdServer;
beforeAll(async () => {
  server = await startServer({
    env: { DEMO_TUTOR_PASSWORD: PUBLISHED.password, AUTH_BACKOFF_BASE_MS: "20", AUTH_BACKOFF_MAX_MS: "200" },
  });
});
afterAll(async () => {
  await server?.stop();
  if (server) fs.rmSync(path.dirname(server.databasePath), { recursive: true, force: true });
});

const client = (headers: Record<string, string> = {}) => new HttpClient(server.url, headers);

/**
 * POSTs a body too large for the server on a connection of its own, and answers the status. "declared":
 * only the headers, declaring the length (the server refuses on them); "streamed": the body in chunks
 * with no length, past the limit, and then nothing more until the answer. The upload is never finished,
 * so nothing is written after the server's refusal (which ends the connection: through fetch's shared
 * pool, that connection was later handed to another request, which failed with ECONNRESET).
 */
function uploadAlone(pathname: string, body: string, length: "declared" | "streamed"): Promise<number> {
  return new Promise((resolve, reject) => {
    const bytes = Buffer.from(body);
    const req = http.request(`${server.url}${pathname}`, {
      method: "POST",
      agent: false,
      headers: {
        "content-type": "application/json",
        ...(length === "declared" ? { "content-length": bytes.length } : {}),
      },
    });
    req.on("response", (res) => {
      res.resume();
      res.on("end", () => req.destroy());
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    if (length === "declared") return void req.flushHeaders();
    let offset = 0;
    const write = () => {
      while (offset < bytes.length) {
        const piece = bytes.subarray(offset, offset + 65_536);
        offset += piece.length;
        if (!req.write(piece)) return void req.once("drain", write);
      }
    };
    write();
  });
}

/** Signs in as the demo tutor, replacing the published password the first time. */
let demoPassword = PUBLISHED.password;
async function demoTutor(): Promise<HttpClient> {
  const tutor = client();
  await tutor.ok("auth.tutorSignIn", { email: PUBLISHED.email, password: demoPassword });
  return tutor;
}

describe("the published demo password", () => {
  it("must be replaced at first sign-in before the account can do anything else", async () => {
    const tutor = await demoTutor();
    expect(await tutor.get("auth.me")).toMatchObject({ kind: "tutor", mustChangePassword: true });
    const refused = await tutor.query("classes.list");
    expect(refused.status).toBe(403);
    expect(refused.error?.message).toMatch(/Choose a new password first/);
    const copy = client();
    copy.cookie = tutor.cookie;

    const changed = await tutor.mutation("auth.changePassword", {
      currentPassword: PUBLISHED.password,
      newPassword: NEW_PASSWORD,
    });
    expect(changed.status).toBe(200);
    demoPassword = NEW_PASSWORD;
    expect((await tutor.query("classes.list")).status).toBe(200);
    // The old password no longer works, and a copy of the old cookie stopped working at once.
    expect((await client().mutation("auth.tutorSignIn", PUBLISHED)).status).toBe(401);
    expect((await copy.query("classes.list")).status).toBe(401);
  });

  it("npm start will not serve other computers (HOST=0.0.0.0) while the published password is set", async () => {
    const { databasePath, databaseUrl } = await freshDatabase();
    const env = childEnv({
      NODE_ENV: "production",
      SKIP_BUILD: "1",
      DATABASE_PATH: databasePath,
      DATABASE_URL: databaseUrl,
      HOST: "0.0.0.0",
      PORT: String(await freePort()),
      // The defaults: the published demo tutor.
      DEMO_TUTOR_EMAIL: undefined,
      DEMO_TUTOR_PASSWORD: undefined,
    });
    const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout!.on("data", (d) => (output += d));
    child.stderr!.on("data", (d) => (output += d));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    fs.rmSync(path.dirname(databasePath), { recursive: true, force: true });
    expect(code).toBe(1);
    expect(output).toMatch(/Not starting: HOST=0\.0\.0\.0/);
    expect(output).not.toMatch(/is running at/);
  });
});

describe("who counts as a client", () => {
  it("ignores X-Forwarded-For without TRUST_PROXY: rotating it gives a guesser no new allowance, and the right code still joins", async () => {
    const tutor = await demoTutor();
    const klass = await tutor.ok<{ joinCode: string }>("classes.create", { name: "Identity class" });
    const statuses: number[] = [];
    for (let i = 1; i <= 11; i++) {
      statuses.push(
        (
          await client({ "x-forwarded-for": `10.55.0.${i}` }).mutation("auth.joinClass", {
            code: "QQQQQQ",
            displayName: "Guesser",
          })
        ).status,
      );
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(404));
    expect(statuses[10]).toBe(429);
    // Everyone here shares the guesser's address (127.0.0.1), and still the right code is not refused.
    const learner = client();
    expect(
      (await learner.mutation("auth.joinClass", { code: klass.joinCode, displayName: "Right Code" })).status,
    ).toBe(200);
    expect(await learner.get("auth.me")).toMatchObject({ kind: "learner", displayName: "Right Code" });
  });

  it("31 wrong passwords for the tutor from rotating addresses do not lock the tutor out", async () => {
    for (let i = 1; i <= 31; i++) {
      const r = await client({ "x-forwarded-for": `10.56.0.${i}` }).mutation("auth.tutorSignIn", {
        email: PUBLISHED.email,
        password: `guess number ${i}`,
      });
      expect([401, 429]).toContain(r.status);
    }
    expect(
      (await client().mutation("auth.tutorSignIn", { email: PUBLISHED.email, password: demoPassword }))
        .status,
    ).toBe(200);
  });

  it("tutor sign-up gives the same answer for an existing email, and cannot be repeated from rotating addresses", async () => {
    const existing = await client().mutation("auth.tutorSignUp", {
      email: PUBLISHED.email,
      name: "Not The Tutor",
      password: "attacker password",
    });
    const fresh = await client().mutation("auth.tutorSignUp", {
      email: "brand.new@example.com",
      name: "New Tutor",
      password: "a long enough password",
    });
    expect(existing.status).toBe(200);
    expect(fresh.status).toBe(200);
    expect(Object.keys(existing.data as object)).toEqual(Object.keys(fresh.data as object));
    expect(existing.headers.getSetCookie()).toEqual([]);
    expect(fresh.headers.getSetCookie()).toEqual([]);
    let refused = 0;
    for (let i = 0; i < 6; i++) {
      const r = await client({ "x-forwarded-for": `10.57.0.${i}` }).mutation("auth.tutorSignUp", {
        email: `rotating${i}@example.com`,
        name: `Rotator ${i}`,
        password: "a long enough password",
      });
      if (r.status === 429) refused++;
    }
    expect(refused).toBeGreaterThan(0);
  });
});

describe("sessions can be revoked", () => {
  it("sign-out ends the session everywhere: a copy of the cookie taken before no longer reads classes", async () => {
    const tutor = await demoTutor();
    const copy = client();
    copy.cookie = tutor.cookie;
    expect((await copy.query("classes.list")).status).toBe(200);
    expect((await tutor.mutation("auth.signOut", {})).status).toBe(200);
    expect((await copy.query("classes.list")).status).toBe(401);
    expect(await copy.get("auth.me")).toMatchObject({ kind: "anonymous" });
  });

  it("sign out everywhere ends every session of the account", async () => {
    const laptop = await demoTutor();
    const phone = await demoTutor();
    expect((await laptop.mutation("auth.signOutEverywhere", {})).status).toBe(200);
    expect((await phone.query("classes.list")).status).toBe(401);
    expect((await laptop.query("classes.list")).status).toBe(401);
  });

  it("a learner's copied cookie stops working when the learner signs out", async () => {
    const learner = client();
    await learner.ok("auth.practiseAlone", { displayName: "Copied Cookie" });
    const copy = client();
    copy.cookie = learner.cookie;
    expect(await copy.get("auth.me")).toMatchObject({ kind: "learner" });
    await learner.ok("auth.signOut", {});
    expect(await copy.get("auth.me")).toMatchObject({ kind: "anonymous" });
  });
});

describe("a cookie that cannot be read", () => {
  const bad = [
    ["a wrong prefix", "Fe26.1**abc*def*ghi*jkl*1*mno*pqr"],
    ["a bad expiry", "Fe26.2**abc*def*ghi*jkl*notanumber*mno*pqr"],
    ["too few parts", "Fe26.2**abc"],
    ["not a seal at all", "hello"],
    [
      "a seal from another server's secret",
      "Fe26.2*1*0123456789abcdef0123456789abcdef*AAAAAAAAAAAAAAAAAAAAAA*AAAA*9999999999999*0123456789abcdef*AAAA~2",
    ],
  ];

  it.each(bad)(
    "with %s is signed out and cleared, never a 500 (sign-out and batches too)",
    async (_label, value) => {
      const browser = client();
      browser.cookie = `crm_trainer_session=${value}`;
      const me = await browser.raw("/api/trpc/auth.me");
      expect(me.status).toBe(200);
      expect(await me.json()).toMatchObject({ result: { data: { json: { kind: "anonymous" } } } });
      browser.cookie = `crm_trainer_session=${value}`;
      const batch = await browser.raw("/api/trpc/auth.me,auth.options?batch=1&input=%7B%7D", {
        headers: { cookie: `crm_trainer_session=${value}` },
      });
      expect(batch.status).toBe(200);
      expect(batch.headers.getSetCookie().join()).toMatch(/crm_trainer_session=;.*Max-Age=0/i);
      const out = await browser.raw("/api/trpc/auth.signOut", {
        method: "POST",
        headers: { "content-type": "application/json", cookie: `crm_trainer_session=${value}` },
        body: "{}",
      });
      expect(out.status).toBe(200);
    },
  );
});

describe("bounds", () => {
  it("refuses a body over the limit with 413, declared or streamed", async () => {
    const big = JSON.stringify({ json: { displayName: "x".repeat(20 * 1024 * 1024) } });
    expect(await uploadAlone("/api/trpc/auth.practiseAlone", big, "declared")).toBe(413);
    expect(await uploadAlone("/api/trpc/auth.practiseAlone", big.slice(0, 320_000), "streamed")).toBe(413);
    expect((await client().raw("/api/health")).status).toBe(200);
  });

  it("one batched POST cannot write hundreds of notes to the demo CRM", async () => {
    const paths = Array(200).fill("crm.addNote").join(",");
    const input = Object.fromEntries(
      Array.from({ length: 200 }, (_, i) => [
        i,
        { json: { workspace: {}, customerRef: "CUS-0001", text: `Batch note ${i}` } },
      ]),
    );
    const res = await client().raw(`/api/trpc/${paths}?batch=1`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(input),
    });
    await res.arrayBuffer();
    expect(res.status).toBe(400);
  });

  it("throttles anonymous writes to the demo CRM", async () => {
    const visitor = client();
    const statuses: number[] = [];
    for (let i = 0; i < 65; i++) {
      statuses.push(
        (
          await visitor.mutation("crm.addNote", {
            workspace: {},
            customerRef: "CUS-0001",
            text: `Visitor note ${i}`,
          })
        ).status,
      );
    }
    expect(statuses.slice(0, 60).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(60)).toEqual(Array(5).fill(429));
  });

  it("answers an anonymous caller the same for an attempt that exists and one that does not", async () => {
    const learner = client();
    await learner.ok("auth.practiseAlone", { displayName: "Has An Attempt" });
    const { attemptId } = await learner.ok<{ attemptId: number }>("attempts.start", {
      scenarioId: "complaint-faulty-kettle",
    });
    const existing = await client().query("crm.getCustomer", {
      workspace: { attemptId },
      customerRef: "CUS-2041",
    });
    const missing = await client().query("crm.getCustomer", {
      workspace: { attemptId: 987_654 },
      customerRef: "CUS-2041",
    });
    expect(existing.status).toBe(missing.status);
    expect(existing.error?.message).toBe(missing.error?.message);
  });

  it.each([
    ["next-router-prefetch", { "next-router-prefetch": "1" }],
    ["purpose: prefetch", { purpose: "prefetch" }],
  ])("sends the page CSP on HTML fetched with a %s header", async (_label, headers) => {
    const res = await client().raw("/scenarios", { headers });
    const body = await res.text();
    if ((res.headers.get("content-type") ?? "").includes("text/html")) expect(body).toMatch(/<html/i);
    expect(res.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-/);
  });
});
