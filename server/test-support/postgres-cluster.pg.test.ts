/** The throw-away cluster the PostgreSQL suite runs on: local only, fresh databases, gone after stop(). */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { PostgresMissingError, postgresBinDir, startPostgresCluster } from "./postgres-cluster";
import { freshPostgresDatabase } from "./postgres-database";

async function query<T>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

describe("the PostgreSQL test cluster", () => {
  const saved = process.env.POSTGRES_BIN_DIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.POSTGRES_BIN_DIR;
    else process.env.POSTGRES_BIN_DIR = saved;
  });

  it("gives each caller its own empty database, listening on loopback only", async () => {
    const a = await freshPostgresDatabase();
    const b = await freshPostgresDatabase();
    expect(a).not.toBe(b);
    expect(new URL(a).hostname).toBe("127.0.0.1");
    const [settings] = await query<{ listen: string; sockets: string; version: string }>(
      a,
      "SELECT current_setting('listen_addresses') AS listen, current_setting('unix_socket_directories') AS sockets, current_setting('server_version_num') AS version",
    );
    expect(settings!.listen).toBe("127.0.0.1");
    expect(settings!.sockets.startsWith(path.join(os.tmpdir(), "crm-pg-"))).toBe(true);
    expect(Number(settings!.version)).toBeGreaterThanOrEqual(130000);
    await query(a, "CREATE TABLE only_in_a (id integer)");
    const tables = await query<{ n: number }>(
      b,
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'",
    );
    expect(tables[0]!.n).toBe(0);
  });

  it("stops the server and removes its folder", async () => {
    const cluster = await startPostgresCluster();
    const url = await cluster.createDatabase("stop_check");
    expect((await query<{ one: number }>(url, "SELECT 1 AS one"))[0]!.one).toBe(1);
    expect(fs.existsSync(cluster.dir)).toBe(true);
    await cluster.stop();
    // The server is down at once; its folder goes by a detached rm the run does not wait for.
    await expect(query(url, "SELECT 1")).rejects.toThrow(/ECONNREFUSED/);
    await expect.poll(() => fs.existsSync(cluster.dir), { timeout: 30_000 }).toBe(false);
  });

  it("fails with an install hint, not a skip, when the programs are missing", () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "crm-no-pg-"));
    process.env.POSTGRES_BIN_DIR = empty;
    try {
      expect(() => postgresBinDir()).toThrow(PostgresMissingError);
      expect(() => postgresBinDir()).toThrow(/POSTGRES_BIN_DIR=.* does not hold initdb, pg_ctl, postgres/);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
