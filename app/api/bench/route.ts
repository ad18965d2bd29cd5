/**
 * Benchmark baseline (`npm run bench`): a bare route handler that does one SQLite insert, to compare
 * the learner-action tRPC mutation against. It is off unless the server was started with
 * ENABLE_BENCH_ROUTE=1 (only the benchmark does that, on a throw-away database); otherwise it is a
 * plain 404. Its table is created on first use in that database and is never part of the schema.
 * It is a raw SQLite insert, so with DATABASE_URL (PostgreSQL) it is a 404 that says so; the scale
 * table (scripts/bench-scale.ts) is what measures PostgreSQL.
 */
import type Database from "better-sqlite3";
import { getAppDatabase } from "@/server/data/app-database";
import { env } from "@/server/env";

export const dynamic = "force-dynamic";

let insert: Database.Statement | undefined;

function insertStatement(): Database.Statement {
  if (!insert) {
    const sqlite = getAppDatabase().db.$client;
    sqlite.exec(
      "CREATE TABLE IF NOT EXISTS bench_inserts (id INTEGER PRIMARY KEY AUTOINCREMENT, client_id TEXT NOT NULL UNIQUE, payload TEXT NOT NULL, created_at INTEGER NOT NULL)",
    );
    insert = sqlite.prepare("INSERT INTO bench_inserts (client_id, payload, created_at) VALUES (?, ?, ?)");
  }
  return insert;
}

export async function POST(req: Request) {
  const { ENABLE_BENCH_ROUTE, DATABASE_URL } = env();
  if (!ENABLE_BENCH_ROUTE) return new Response("Not found", { status: 404 });
  if (DATABASE_URL)
    return new Response("Not found: the bare-insert baseline runs on the SQLite file only.", { status: 404 });
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    return Response.json({ error: "Expected JSON." }, { status: 400 });
  }
  const input = (body as { json?: { clientId?: unknown } } | null)?.json;
  const clientId = typeof input?.clientId === "string" ? input.clientId : crypto.randomUUID();
  const result = insertStatement().run(clientId, JSON.stringify(input ?? null), Date.now());
  return Response.json({ result: { data: { json: { id: Number(result.lastInsertRowid) } } } });
}
