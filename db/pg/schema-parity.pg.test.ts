/**
 * One schema, two engines: a SQLite file migrated with db/migrations and a PostgreSQL database migrated
 * with db/migrations-pg have the same tables, columns, keys and indexes, read back from each engine.
 * Fails when someone changes db/schema.ts and generates only one engine's migration, or when the
 * derivation (db/pg/derive.ts) leaves something out.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase } from "@/db/client";
import { freshPostgresDatabase } from "@/server/test-support/postgres-database";
import { migratePostgres, openPostgres, type PgAppDatabase } from "./client";
import { postgresShape, type SchemaShape, sqliteShape } from "./schema-shape";

/** Everything that differs, one line each, so a failure names the table and what is wrong. */
function differences(a: SchemaShape, b: SchemaShape, names: [string, string]): string[] {
  const out: string[] = [];
  for (const table of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const [x, y] = [a[table], b[table]];
    if (!x || !y) {
      out.push(`table ${table} only in ${x ? names[0] : names[1]}`);
      continue;
    }
    for (const column of new Set([...Object.keys(x.columns), ...Object.keys(y.columns)])) {
      const [cx, cy] = [JSON.stringify(x.columns[column]), JSON.stringify(y.columns[column])];
      if (cx !== cy) out.push(`${table}.${column}: ${names[0]} ${cx ?? "none"}, ${names[1]} ${cy ?? "none"}`);
    }
    for (const part of ["primaryKey", "foreignKeys", "indexes"] as const) {
      const [px, py] = [JSON.stringify(x[part]), JSON.stringify(y[part])];
      if (px !== py) out.push(`${table} ${part}: ${names[0]} ${px}, ${names[1]} ${py}`);
    }
  }
  return out;
}

describe("the SQLite and PostgreSQL schemas", () => {
  let dir: string;
  let sqlite: SchemaShape;
  let pgDb: PgAppDatabase;
  let postgres: SchemaShape;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "crm-parity-"));
    const lite = openDatabase(path.join(dir, "parity.sqlite"));
    migrateDatabase(lite);
    sqlite = sqliteShape(lite.$client);
    lite.$client.close();

    pgDb = openPostgres(await freshPostgresDatabase());
    await migratePostgres(pgDb);
    const client = await pgDb.$client.connect();
    try {
      postgres = await postgresShape(client);
    } finally {
      client.release();
    }
  });

  afterAll(async () => {
    await pgDb?.$client.end();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("have the same tables, columns, keys and indexes once migrated", () => {
    expect(Object.keys(sqlite).length).toBeGreaterThanOrEqual(20);
    expect(sqlite.attempt_events?.indexes).toContain("unique attempt_events_client (attempt_id, client_id)");
    expect(differences(sqlite, postgres, ["SQLite", "PostgreSQL"])).toEqual([]);
    expect(postgres).toEqual(sqlite);
  });

  it("notices a column, an index or a foreign-key action that only one engine has", async () => {
    const client = await pgDb.$client.connect();
    try {
      await client.query("BEGIN");
      await client.query("ALTER TABLE attempts ADD COLUMN only_here text");
      await client.query("DROP INDEX attempt_events_client");
      await client.query(
        "ALTER TABLE remedies DROP CONSTRAINT remedies_case_id_cases_id_fk, ADD CONSTRAINT remedies_case_id_cases_id_fk FOREIGN KEY (case_id) REFERENCES cases(id) ON DELETE CASCADE",
      );
      const changed = await postgresShape(client);
      await client.query("ROLLBACK");
      const found = differences(sqlite, changed, ["SQLite", "PostgreSQL"]);
      expect(found).toHaveLength(3);
      expect(found).toContain(
        'attempts.only_here: SQLite none, PostgreSQL {"kind":"text","notNull":false,"hasDefault":false}',
      );
      expect(found.find((l) => l.startsWith("attempt_events indexes:"))).toMatch(
        /SQLite \[.*"unique attempt_events_client \(attempt_id, client_id\)".*\], PostgreSQL \["unique attempt_events_seq \(attempt_id, seq\)"\]$/,
      );
      expect(found.find((l) => l.startsWith("remedies foreignKeys:"))).toMatch(
        /SQLite \["case_id → cases\(id\) on delete set null .*PostgreSQL \["case_id → cases\(id\) on delete cascade/,
      );
    } finally {
      client.release();
    }
  });
});
