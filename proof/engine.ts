/**
 * The engine a server suite runs on, and what differs by engine: `npm run test:server` runs every
 * *.server.test.ts on a SQLite file and again on PostgreSQL (vitest.server.config.ts's two projects;
 * the cluster comes from proof/postgres-setup.ts). Suites start servers through `startServer` and read
 * what was stored through `openRows`, so one test body checks both engines.
 */
import Database from "better-sqlite3";
import pg from "pg";
import { inject } from "vitest";
import { createDatabase } from "@/server/test-support/postgres-cluster";
import { type ProdServer, type StartOptions, startProdServer, tempDatabasePath } from "./prod-server";

export type ServerEngine = "sqlite" | "postgres";

export const engine: ServerEngine = inject("testEngine") ?? "sqlite";

/** Where a server keeps its data: a SQLite file, and on PostgreSQL the database it serves. */
export type DatabaseAt = Pick<ProdServer, "databasePath" | "databaseUrl">;

/** A new, empty database on the run's engine (the server's start migrates and seeds it). */
export async function freshDatabase(prefix?: string): Promise<DatabaseAt> {
  const databasePath = tempDatabasePath(prefix);
  if (engine === "sqlite") return { databasePath };
  return { databasePath, databaseUrl: await createDatabase(inject("postgresAdminUrl")) };
}

/** The production server on the run's engine: on a new database, unless `options` name one. */
export async function startServer(options: StartOptions = {}): Promise<ProdServer> {
  const fresh = options.databasePath || options.databaseUrl ? {} : await freshDatabase();
  return startProdServer({ ...fresh, ...options });
}

/** Restarts on the same database. */
export function sameDatabase(server: DatabaseAt): DatabaseAt {
  return { databasePath: server.databasePath, databaseUrl: server.databaseUrl };
}

/** Reads what a server stored, straight from its database (not through the app). */
export interface Rows {
  /** Rows of a query with `?` placeholders; integers arrive as numbers on both engines. */
  all<T>(query: string, ...params: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

const BIGINT = 20;

export async function openRows(at: DatabaseAt): Promise<Rows> {
  if (!at.databaseUrl) {
    const sqlite = new Database(at.databasePath, { readonly: true, fileMustExist: true });
    return {
      all: async <T>(query: string, ...params: unknown[]) => sqlite.prepare(query).all(...params) as T[],
      close: async () => void sqlite.close(),
    };
  }
  const client = new pg.Client({
    connectionString: at.databaseUrl,
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") =>
        oid === BIGINT ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  await client.connect();
  return {
    all: async <T>(query: string, ...params: unknown[]) => {
      let n = 0;
      const text = query.replace(/\?/g, () => `$${++n}`);
      return (await client.query(text, params)).rows as T[];
    },
    close: () => client.end(),
  };
}

/** The attempt's stored event seqs, in order: a log with no gaps and no repeats is exactly 1, 2, 3, … */
export async function eventSeqs(stored: Rows, attemptId: number): Promise<number[]> {
  const rows = await stored.all<{ seq: number }>(
    "SELECT seq FROM attempt_events WHERE attempt_id = ? ORDER BY seq",
    attemptId,
  );
  return rows.map((r) => r.seq);
}
