/**
 * Copies a college's SQLite database into an empty, migrated PostgreSQL database (`npm run
 * db:copy-to-postgres`), then checks that every table has the same number of rows on both sides.
 *
 * - Reads one consistent snapshot of the SQLite file (a read transaction on its own connection), so a
 *   server still writing meanwhile cannot tear the copy; stop the servers first all the same, or later
 *   actions stay behind in the file.
 * - Writes everything in one PostgreSQL transaction, parents before children (the order of
 *   db/pg/schema.ts), ids as they are; then moves each identity sequence past the largest id, so new
 *   rows number on from there. A failure or a count that differs rolls the whole copy back.
 * - Refuses a target that already holds rows: merging two colleges' ids is not a copy.
 * Rows go through drizzle on both sides (SQLite's integers, Dates, booleans and JSON decoded, then
 * encoded for PostgreSQL by the derived tables), so the types the app sees are what is compared.
 */
import { sql } from "drizzle-orm";
import { getTableConfig as sqliteConfig } from "drizzle-orm/sqlite-core";
import { getTableConfig as pgConfig } from "drizzle-orm/pg-core";
import type { AppDatabase } from "../client";
import type { PgAppDatabase } from "./client";
import { TABLE_PAIRS } from "./schema";

export interface TableCount {
  table: string;
  sqlite: number;
  postgres: number;
}

const BATCH_ROWS = 500;

export async function copySqliteToPostgres(
  source: AppDatabase,
  target: PgAppDatabase,
): Promise<TableCount[]> {
  const sqlite = source.$client;
  // One snapshot of the file for the whole copy (WAL: a read transaction sees the file as it began).
  sqlite.exec("BEGIN");
  try {
    return await target.transaction(async (tx) => {
      const countOf = async (name: string) =>
        (await tx.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${sql.identifier(name)}`))
          .rows[0]!.n;
      const counts: TableCount[] = [];
      for (const { sqlite: from, pg: to } of TABLE_PAIRS) {
        const { name, columns } = pgConfig(to);
        if ((await countOf(name)) > 0)
          throw new Error(`The PostgreSQL table ${name} already has rows: copy into an empty database.`);
        const rows = source.select().from(from).all();
        for (let i = 0; i < rows.length; i += BATCH_ROWS) {
          await tx.insert(to).values(rows.slice(i, i + BATCH_ROWS) as never);
        }
        for (const column of columns.filter((c) => c.generatedIdentity)) {
          await tx.execute(
            sql`SELECT setval(pg_get_serial_sequence(${name}, ${column.name}), coalesce(max(${sql.identifier(column.name)}), 0) + 1, false) FROM ${sql.identifier(name)}`,
          );
        }
        const expected = sqlite
          .prepare(`SELECT count(*) FROM "${sqliteConfig(from).name}"`)
          .pluck()
          .get() as number;
        counts.push({ table: name, sqlite: expected, postgres: await countOf(name) });
      }
      const wrong = counts.filter((c) => c.sqlite !== c.postgres);
      if (wrong.length > 0) {
        throw new Error(
          `Row counts differ, so nothing was copied: ${wrong.map((c) => `${c.table} ${c.sqlite} → ${c.postgres}`).join(", ")}`,
        );
      }
      return counts;
    });
  } finally {
    sqlite.exec("COMMIT");
  }
}
