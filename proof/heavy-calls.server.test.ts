/**
 * One caller's heavy calls in flight are capped (server/trpc/in-flight.ts). From the session 33 probe:
 * 60 class workbook exports sent at once by one tutor made /api/health wait up to 17 s. Past the cap
 * a call is refused at once (429, Retry-After) with a message the page shows; a tutor downloading two
 * classes at once, and another tutor meanwhile, are unaffected, and nothing stays counted afterwards.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HEAVY_CALL_REFUSAL, MAX_HEAVY_CALLS_IN_FLIGHT } from "@/server/trpc/in-flight";
import { startServer } from "./engine";
import { HttpClient, PROOF_TUTOR, type ProdServer } from "./prod-server";

let server: ProdServer;
let tutor: HttpClient;
const classIds: number[] = [];

beforeAll(async () => {
  server = await startServer({ env: { TRUST_PROXY: "1" } });
  tutor = new HttpClient(server.url, { "x-forwarded-for": "198.51.100.7" });
  await tutor.ok("auth.tutorSignIn", PROOF_TUTOR);
  for (const name of ["Heavy A", "Heavy B"]) {
    const klass = await tutor.ok<{ id: number; joinCode: string }>("classes.create", { name });
    classIds.push(klass.id);
    await tutor.ok("assignments.create", { classId: klass.id, scenarioId: "complaint-faulty-kettle" });
    for (let i = 1; i <= 3; i++) {
      const learner = new HttpClient(server.url, { "x-forwarded-for": `198.51.100.${20 + i}` });
      await learner.ok("auth.joinClass", { code: klass.joinCode, displayName: `${name} learner ${i}` });
    }
  }
});
afterAll(async () => {
  await server?.stop();
  if (server) fs.rmSync(path.dirname(server.databasePath), { recursive: true, force: true });
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
  it("twenty exports at once: at most the cap run, the rest are refused with a message and Retry-After", async () => {
    const { res, answers } = await twentyAtOnce(tutor, classIds[0]!);
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
        tutor.query("results.exportClassWorkbook", { classId: classIds[1]! }).then((r) => r.status),
      ),
    );
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(
      20 - 2 * MAX_HEAVY_CALLS_IN_FLIGHT,
    );
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
  });

  it("a tutor downloading two classes at once gets both, and nothing stays counted after a flood", async () => {
    const [a, b] = await Promise.all([
      tutor.query("results.exportClassWorkbook", { classId: classIds[0]! }),
      tutor.query("results.exportClassCsv", { classId: classIds[1]! }),
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
      twentyAtOnce(tutor, classIds[0]!),
      other.query("results.exportClassWorkbook", { classId: klass.id }),
    ]);
    expect(flood.answers.some((a) => a.error?.json.data.httpStatus === 429)).toBe(true);
    expect(own.status).toBe(200);
  });
});
