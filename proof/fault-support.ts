/**
 * What the database-fault suites share (proof/database-faults.server.test.ts, which times requests and
 * runs alone, and proof/database-faults-untimed.server.test.ts, whose servers are each its own and
 * which runs beside the other suites): the action they send, and how they check what was stored.
 */
import { expect } from "vitest";
import pg from "pg";
import { type DatabaseAt, eventSeqs, openRows } from "./engine";
import type { HttpClient } from "./prod-server";

export const view = { type: "view_record", customerRef: "CUS-2041" };

/**
 * Runs `query` as the cluster's superuser, connected to its `postgres` database: a session on the
 * database under test would itself be read-only once that database is made so.
 */
export async function asAdmin(url: string, query: string): Promise<void> {
  const adminUrl = new URL(url);
  adminUrl.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  try {
    await admin.query(query);
  } finally {
    await admin.end();
  }
}

/** Sends one learner action until the server takes it (a client retrying after 503s), for up to 30 s. */
export async function actUntilTaken(learner: HttpClient, attemptId: number, clientId: string) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const r = await learner.mutation("attempts.act", { attemptId, clientId, action: view });
    if (r.status === 200) return r.data as { duplicate: boolean };
    expect(r.status, r.text).toBe(503);
    if (Date.now() > deadline) throw new Error(`still refused after 30 s: ${r.text}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Every action of an attempt stored exactly once, in an unbroken sequence. */
export async function expectStoredOnce(at: DatabaseAt, attemptId: number, clientIds: string[]) {
  const stored = await openRows(at);
  try {
    const rows = await stored.all<{ id: string; n: number }>(
      "SELECT client_id AS id, COUNT(*) AS n FROM attempt_events WHERE attempt_id = ? AND client_id IS NOT NULL GROUP BY client_id ORDER BY client_id",
      attemptId,
    );
    expect(rows).toEqual([...clientIds].sort().map((id) => ({ id, n: 1 })));
    const seqs = await eventSeqs(stored, attemptId);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  } finally {
    await stored.close();
  }
}

/** The answer to a write the database cannot take: 503, Retry-After, saying so, safe to retry. */
export function expectUnavailable(r: Awaited<ReturnType<HttpClient["mutation"]>>) {
  expect(r.status, r.text).toBe(503);
  expect(Number(r.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  expect(r.error?.message).toMatch(/cannot save work at the moment/);
  expect(r.error?.data).toMatchObject({ code: "SERVICE_UNAVAILABLE" });
}
