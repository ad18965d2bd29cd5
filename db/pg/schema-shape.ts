/**
 * The shape of a migrated database, read from the engine itself (SQLite's PRAGMAs, PostgreSQL's
 * catalogue), in terms both engines share: tables, columns (storage kind, nullability, whether there is
 * a default), primary keys, foreign keys with their actions, and indexes with their columns and
 * uniqueness. db/pg/schema-parity.pg.test.ts compares the two.
 */
import type Database from "better-sqlite3";
import type pg from "pg";

export interface ColumnShape {
  /** SQLite's storage kind: "integer" or "text" (PostgreSQL's bigint and boolean are "integer", json "text"). */
  kind: string;
  notNull: boolean;
  hasDefault: boolean;
}

export interface TableShape {
  columns: Record<string, ColumnShape>;
  primaryKey: string[];
  /** "customer_id → customers(id) on delete cascade on update no action", sorted. */
  foreignKeys: string[];
  /** "unique customers_workspace_ref (workspace_id, ref)", sorted; the primary key's own index left out. */
  indexes: string[];
}

export type SchemaShape = Record<string, TableShape>;

const MIGRATION_TABLES = new Set(["__drizzle_migrations"]);

function sortedObject<T>(entries: [string, T][]): Record<string, T> {
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

const foreignKey = (from: string[], table: string, to: string[], onDelete: string, onUpdate: string) =>
  `${from.join(", ")} → ${table}(${to.join(", ")}) on delete ${onDelete.toLowerCase()} on update ${onUpdate.toLowerCase()}`;

const indexLine = (name: string, unique: boolean, columns: string[]) =>
  `${unique ? "unique " : ""}${name} (${columns.join(", ")})`;

export function sqliteShape(db: Database.Database): SchemaShape {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return sortedObject(
    tables
      .filter((t) => !MIGRATION_TABLES.has(t))
      .map((table): [string, TableShape] => {
        const info = db.pragma(`table_info("${table}")`) as {
          name: string;
          type: string;
          notnull: number;
          dflt_value: string | null;
          pk: number;
        }[];
        const primaryKey = info
          .filter((c) => c.pk > 0)
          .sort((a, b) => a.pk - b.pk)
          .map((c) => c.name);
        // A lone INTEGER PRIMARY KEY is the rowid: never null, numbered by SQLite when not given.
        const rowid =
          primaryKey.length === 1
            ? info.find((c) => c.pk === 1 && c.type.toLowerCase() === "integer")
            : undefined;
        const columns = sortedObject(
          info.map((c): [string, ColumnShape] => [
            c.name,
            {
              kind: c.type.toLowerCase(),
              notNull: c.notnull === 1 || c.pk > 0,
              hasDefault: c.dflt_value !== null || c === rowid,
            },
          ]),
        );
        const fkRows = db.pragma(`foreign_key_list("${table}")`) as {
          id: number;
          seq: number;
          table: string;
          from: string;
          to: string;
          on_update: string;
          on_delete: string;
        }[];
        const byId = new Map<number, typeof fkRows>();
        for (const row of fkRows) byId.set(row.id, [...(byId.get(row.id) ?? []), row]);
        const foreignKeys = [...byId.values()]
          .map((rows) => {
            rows.sort((a, b) => a.seq - b.seq);
            const first = rows[0]!;
            return foreignKey(
              rows.map((r) => r.from),
              first.table,
              rows.map((r) => r.to),
              first.on_delete,
              first.on_update,
            );
          })
          .sort();
        const indexList = db.pragma(`index_list("${table}")`) as {
          name: string;
          unique: number;
          origin: string;
        }[];
        const indexes = indexList
          .filter((ix) => ix.origin !== "pk")
          .map((ix) => {
            const cols = (db.pragma(`index_info("${ix.name}")`) as { seqno: number; name: string }[])
              .sort((a, b) => a.seqno - b.seqno)
              .map((c) => c.name);
            return indexLine(ix.name, ix.unique === 1, cols);
          })
          .sort();
        return [table, { columns, primaryKey, foreignKeys, indexes }];
      }),
  );
}

/** PostgreSQL types as SQLite would store them (what the derived schema maps each SQLite type to). */
const PG_KIND: Record<string, string> = {
  bigint: "integer",
  integer: "integer",
  boolean: "integer",
  text: "text",
  json: "text",
  jsonb: "text",
};

const PG_ACTION: Record<string, string> = {
  a: "no action",
  r: "restrict",
  c: "cascade",
  n: "set null",
  d: "set default",
};

export async function postgresShape(client: pg.ClientBase, schema = "public"): Promise<SchemaShape> {
  const tables = (
    await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'",
      [schema],
    )
  ).rows.map((r) => r.name);
  const columns = (
    await client.query<{
      table: string;
      name: string;
      type: string;
      nullable: string;
      default: string | null;
      identity: string;
    }>(
      `SELECT table_name AS table, column_name AS name, data_type AS type, is_nullable AS nullable,
              column_default AS default, is_identity AS identity
         FROM information_schema.columns WHERE table_schema = $1`,
      [schema],
    )
  ).rows;
  const constraints = (
    await client.query<{
      table: string;
      type: string;
      columns: string[];
      foreign_table: string | null;
      foreign_columns: string[] | null;
      on_delete: string;
      on_update: string;
    }>(
      `SELECT t.relname AS table, c.contype AS type,
              ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(n, i)
                      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i)::text[] AS columns,
              f.relname AS foreign_table,
              ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(n, i)
                      JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i)::text[] AS foreign_columns,
              c.confdeltype AS on_delete, c.confupdtype AS on_update
         FROM pg_constraint c
         JOIN pg_class t ON t.oid = c.conrelid
         JOIN pg_namespace s ON s.oid = t.relnamespace
         LEFT JOIN pg_class f ON f.oid = c.confrelid
        WHERE s.nspname = $1 AND c.contype IN ('p', 'f')`,
      [schema],
    )
  ).rows;
  const indexes = (
    await client.query<{ table: string; name: string; unique: boolean; columns: string[] }>(
      `SELECT t.relname AS table, i.relname AS name, x.indisunique AS unique,
              ARRAY(SELECT a.attname FROM unnest(x.indkey) WITH ORDINALITY k(n, o)
                      JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.n ORDER BY k.o)::text[] AS columns
         FROM pg_index x
         JOIN pg_class i ON i.oid = x.indexrelid
         JOIN pg_class t ON t.oid = x.indrelid
         JOIN pg_namespace s ON s.oid = t.relnamespace
        WHERE s.nspname = $1 AND NOT x.indisprimary`,
      [schema],
    )
  ).rows;

  return sortedObject(
    tables
      .filter((t) => !MIGRATION_TABLES.has(t))
      .map((table): [string, TableShape] => {
        const cols = sortedObject(
          columns
            .filter((c) => c.table === table)
            .map((c): [string, ColumnShape] => [
              c.name,
              {
                kind: PG_KIND[c.type] ?? c.type,
                notNull: c.nullable === "NO",
                hasDefault: c.default !== null || c.identity === "YES",
              },
            ]),
        );
        const own = constraints.filter((c) => c.table === table);
        const primaryKey = own.find((c) => c.type === "p")?.columns ?? [];
        const foreignKeys = own
          .filter((c) => c.type === "f")
          .map((c) =>
            foreignKey(
              c.columns,
              c.foreign_table!,
              c.foreign_columns!,
              PG_ACTION[c.on_delete] ?? c.on_delete,
              PG_ACTION[c.on_update] ?? c.on_update,
            ),
          )
          .sort();
        const ix = indexes
          .filter((i) => i.table === table)
          .map((i) => indexLine(i.name, i.unique, i.columns))
          .sort();
        return [table, { columns: cols, primaryKey, foreignKeys, indexes: ix }];
      }),
  );
}
