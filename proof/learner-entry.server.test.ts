/**
 * Two suites over real HTTP against the production build that need the same server (`TRUST_PROXY=1`:
 * each client's X-Forwarded-For is its address, so a flood can come from many), and so share one
 * start per engine; each uses addresses, a class and learners of its own.
 *
 * Session 42 (ANSWER security-1): a learner cookie already in the browser (a shared college computer,
 * or planted), the per-class cap on new learners, and deep-nested bodies refused before the parse.
 *
 * One caller's heavy calls in flight are capped (server/trpc/in-flight.ts). From the session 33 probe:
 * 60 class workbook exports sent at once by one tutor made /api/health wait up to 17 s. Past the cap
 * a call is refused at once (429, Retry-After) with a message the page shows; a tutor downloading two
 * classes at once, and another tutor meanwhile, are unaffected, and nothing stays counted afterwards.
 * (These were proof/heavy-calls.server.test.ts, on a server of their own.)
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HEAVY_CALL_REFUSAL, MAX_HEAVY_CALLS_IN_FLIGHT } from "@/server/trpc/in-flight";
import { startServer } from "./engine";
import { HttpClient, PROOF_TUTOR, type ProdServer } from "./prod-server";

let server: ProdServer;
beforeAll(async () => {
  server = await startServer({ env: { TRUST_PROXY: "1" } });
});
afterAll(async () => {
  await server?.stop();
  if (server) fs.rmSync(path.dirname(server.databasePath), { recursive: true, force: true });
});

let ipCounter = 0;
const client = () =>
  new HttpClient(server.url, { "x-forwarded-for": `198.18.${++ipCounter >> 8}.${ipCounter & 255}` });
/** Another browser holding exactly this cookie (a copy, or a planted one). */
const holding = (cookie: string) => Object.assign(client(), { cookie });

let tutor: HttpClient;
async function newClass(name: string) {
  return tutor.ok<{ id: number; joinCode: string }>("classes.create", { name });
}
const kind = async (c: HttpClient) => ((await c.get<{ kind: string }>("auth.me")) as { kind: string }).kind;

beforeAll(async () => {
  tutor = client();
  await tutor.ok("auth.tutorSignIn", PROOF_TUTOR);
});

describe("a learner cookie already in the browser", () => {
  it("joining under the same name: a new cookie, and the planted copy reads nothing after", async () => {
    const { joinCode: code } = await newClass("Fixation");
    const planter = client();
    await planter.ok("auth.joinClass", { code, displayName: "Vic Target" });
    const victim = holding(planter.cookie);
    const entry = await victim.mutation("auth.joinClass", { code, displayName: "Vic Target" });
    expect(entry.status).toBe(200);
    expect(entry.headers.getSetCookie().join()).toMatch(/crm_trainer_session=/);
    expect(victim.cookie).not.toBe(planter.cookie);
    expect(await kind(victim)).toBe("learner");
    expect(await kind(planter)).toBe("anonymous");
  });

  it("another name at a shared computer: a learner of their own; the last learner is not renamed and is signed out", async () => {
    const { joinCode: code, id: classId } = await newClass("Shared PC");
    const pc = client();
    await pc.ok("auth.joinClass", { code, displayName: "Priya Left" });
    const priya = pc.cookie;
    expect((await pc.mutation("auth.joinClass", { code, displayName: "Bo Next" })).data).toMatchObject({
      how: "new",
      learner: { displayName: "Bo Next" },
    });
    const roster = await tutor.get<{ learners: { displayName: string }[] }>("classes.get", { classId });
    expect(roster.learners.map((l) => l.displayName)).toEqual(["Priya Left", "Bo Next"]);
    expect(await kind(holding(priya))).toBe("anonymous");
  });

  it("practising alone over a practice cookie under another name: a new learner, the planted one kept as it was", async () => {
    const planter = client();
    await planter.ok("auth.practiseAlone", { displayName: "Mal Practice" });
    const victim = holding(planter.cookie);
    expect((await victim.mutation("auth.practiseAlone", { displayName: "Hana Honest" })).data).toMatchObject({
      how: "new",
    });
    expect(await victim.get("auth.me")).toMatchObject({ displayName: "Hana Honest" });
    expect(await kind(planter)).toBe("anonymous");
  });
});

describe("new learners in one class (60 in 10 minutes per class and code)", () => {
  it("61 joins from 61 addresses: 60 in, the 61st 429 with the tutor's words; the tutor sees it; a new code ends it", async () => {
    const { joinCode: code, id: classId } = await newClass("Leaked code");
    const other = await newClass("Next door");
    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: 61 }, (_, i) =>
        client().mutation("auth.joinClass", { code, displayName: `Flood ${i}` }),
      ),
    );
    const ms = performance.now() - started;
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(60);
    const refused = answers.find((a) => a.status === 429)!;
    expect(refused.error?.message).toBe(
      "This class has had a lot of new learners in the last few minutes. Ask your tutor.",
    );
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(500);
    const view = await tutor.get<{ joinPausedUntil: string | null; learners: unknown[] }>("classes.get", {
      classId,
    });
    expect(view.learners).toHaveLength(60);
    expect(view.joinPausedUntil).not.toBeNull();
    // Another class joins as before; after a new code the class takes new learners at once.
    expect(
      (await client().mutation("auth.joinClass", { code: other.joinCode, displayName: "Neighbour" })).status,
    ).toBe(200);
    const renewed = await tutor.ok<{ joinCode: string }>("classes.regenerateCode", { classId });
    expect(
      (await client().mutation("auth.joinClass", { code: renewed.joinCode, displayName: "Real One" })).status,
    ).toBe(200);
    console.log(
      `61 joins at once from 61 addresses: ${statuses.join(",").replace(/(200,)+/, "200×60,")} in ${ms.toFixed(0)} ms`,
    );
  }, 120_000);
});

describe("deep-nested bodies", () => {
  it("20 bodies of 240 KB nested at once: each 400 before the parse, and the health check stays quick", async () => {
    const deep = JSON.stringify({
      json: { attemptId: 1, clientId: "x", action: "[".repeat(240_000) },
    }).replace(/"\[+"/, "[".repeat(240_000));
    // Sent by a signed-in learner, so the flat body below is read (a visitor's would be refused 401 first).
    const learner = client();
    await learner.ok("auth.practiseAlone", { displayName: "Deep Sender" });
    const healthMs: number[] = [];
    let flooding = true;
    const health = (async () => {
      while (flooding) {
        const t0 = performance.now();
        await (await client().raw("/api/health")).arrayBuffer();
        healthMs.push(performance.now() - t0);
      }
    })();
    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const res = await holding(learner.cookie).raw("/api/trpc/attempts.act", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: deep,
        });
        return { status: res.status, body: await res.text() };
      }),
    );
    const ms = performance.now() - started;
    flooding = false;
    await health;
    expect(answers.every((a) => a.status === 400)).toBe(true);
    expect(answers[0]!.body).toContain("nested too deeply");
    healthMs.sort((a, b) => a - b);
    console.log(
      `20 deep bodies at once: all 400 in ${ms.toFixed(0)} ms; /api/health p50 ${healthMs[Math.floor(healthMs.length / 2)]?.toFixed(0)} ms, worst ${healthMs.at(-1)?.toFixed(0)} ms (${healthMs.length} checks)`,
    );
    // For comparison, 20 flat bodies of the same size (a 240 KB note, refused by its schema after the
    // parse): what one address can still send, and what a per-address ceiling would have to bound.
    const flat = JSON.stringify({
      json: { attemptId: 1, clientId: "x", action: { note: "x".repeat(240_000) } },
    });
    const flatStarted = performance.now();
    const flatAnswers = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const res = await holding(learner.cookie).raw("/api/trpc/attempts.act", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: flat,
        });
        await res.arrayBuffer();
        return res.status;
      }),
    );
    console.log(
      `20 flat 240 KB bodies at once: ${[...new Set(flatAnswers)].join("/")} in ${(performance.now() - flatStarted).toFixed(0)} ms`,
    );
    // An honest body still goes through to its procedure (a learner's practice sign-in).
    expect((await client().mutation("auth.practiseAlone", { displayName: "After The Flood" })).status).toBe(
      200,
    );
  }, 120_000);
});

interface BatchAnswer {
  result?: unknown;
  error?: { json: { message: string; data: { httpStatus: number } } };
}

/** Twenty workbook exports of one class in one batched GET, as a hand-made client can send. */
async function twentyAtOnce(client: HttpClient, classId: number) {
  const paths = Array(20).fill("results.exportClassWorkbook").join(",");
  const input = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [i, { json: { classId } }]));
  const res = await client.raw(
    `/api/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`,
  );
  return { res, answers: (await res.json()) as BatchAnswer[] };
}

describe("heavy calls in flight, per caller", () => {
  // A tutor (the same account as above, from an address of its own) with two classes of three learners.
  let exporter: HttpClient;
  const classIds: number[] = [];
  beforeAll(async () => {
    exporter = new HttpClient(server.url, { "x-forwarded-for": "198.51.100.7" });
    await exporter.ok("auth.tutorSignIn", PROOF_TUTOR);
    for (const name of ["Heavy A", "Heavy B"]) {
      const klass = await exporter.ok<{ id: number; joinCode: string }>("classes.create", { name });
      classIds.push(klass.id);
      await exporter.ok("assignments.create", { classId: klass.id, scenarioId: "complaint-faulty-kettle" });
      for (let i = 1; i <= 3; i++) {
        const learner = new HttpClient(server.url, { "x-forwarded-for": `198.51.100.${20 + i}` });
        await learner.ok("auth.joinClass", { code: klass.joinCode, displayName: `${name} learner ${i}` });
      }
    }
  });

  it("twenty exports at once: at most the cap run, the rest are refused with a message and Retry-After", async () => {
    const { res, answers } = await twentyAtOnce(exporter, classIds[0]!);
    const done = answers.filter((a) => a.result !== undefined);
    const refused = answers.filter((a) => a.error?.json.data.httpStatus === 429);
    expect(done.length + refused.length).toBe(20);
    // Calls that finished before later ones of the batch started may free their places, so "at most".
    expect(refused.length).toBeGreaterThanOrEqual(20 - 2 * MAX_HEAVY_CALLS_IN_FLIGHT);
    expect(done.length).toBeGreaterThanOrEqual(1);
    for (const a of refused) expect(a.error!.json.message).toBe(HEAVY_CALL_REFUSAL);
    expect(res.headers.get("retry-after")).toBe("2");
  });

  // (A CSV is built without pausing for anything, so separate CSV requests never overlap to be counted.)
  it("separate requests count together: twenty at once leave most refused", async () => {
    const statuses = await Promise.all(
      Array.from({ length: 20 }, () =>
        exporter.query("results.exportClassWorkbook", { classId: classIds[1]! }).then((r) => r.status),
      ),
    );
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(
      20 - 2 * MAX_HEAVY_CALLS_IN_FLIGHT,
    );
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
  });

  it("a tutor downloading two classes at once gets both, and nothing stays counted after a flood", async () => {
    const [a, b] = await Promise.all([
      exporter.query("results.exportClassWorkbook", { classId: classIds[0]! }),
      exporter.query("results.exportClassCsv", { classId: classIds[1]! }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect((a.data as { base64: string }).base64.length).toBeGreaterThan(1000);
    expect((b.data as { csv: string }).csv).toContain("Heavy B learner 3");
  });

  it("one tutor's flood does not refuse another caller", async () => {
    const other = new HttpClient(server.url, { "x-forwarded-for": "198.51.100.99" });
    await other.ok("auth.tutorSignUp", {
      name: "Other Tutor",
      email: "other.heavy@example.com",
      password: "another long password",
    });
    await other.ok("auth.tutorSignIn", {
      email: "other.heavy@example.com",
      password: "another long password",
    });
    const klass = await other.ok<{ id: number }>("classes.create", { name: "Other class" });
    const [flood, own] = await Promise.all([
      twentyAtOnce(exporter, classIds[0]!),
      other.query("results.exportClassWorkbook", { classId: klass.id }),
    ]);
    expect(flood.answers.some((a) => a.error?.json.data.httpStatus === 429)).toBe(true);
    expect(own.status).toBe(200);
  });
});
