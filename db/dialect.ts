/**
 * The few SQL forms that differ between SQLite and PostgreSQL, each under a name, so a query written
 * once runs on either engine and means the same there (docs/postgres.md, "The data layer"). Everything
 * else the data layer writes is SQL both engines read alike.
 */
import { type SQL, sql } from "drizzle-orm";
import type { Engine } from "./store";

const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOWER = "abcdefghijklmnopqrstuvwxyz";

/**
 * Text folded as SQLite's NOCASE folds it: A–Z to a–z and nothing else (not "É", not "ß"). On
 * PostgreSQL `lower()` would fold every letter, by the database's locale, so `translate` is used.
 */
function asciiFolded(expression: SQL): SQL {
  return sql`translate(${expression}, ${sql.raw(`'${UPPER}'`)}, ${sql.raw(`'${LOWER}'`)})`;
}

/**
 * An ORDER BY term that sorts text ignoring the case of A–Z, in the same order on both engines:
 * SQLite's `COLLATE NOCASE` (ASCII folding, then byte order), and on PostgreSQL the same folding
 * compared in the "C" collation (byte order, whatever the database's locale would say about spaces
 * and punctuation). Names that differ only in case tie, so the caller adds a tie-breaker (the id).
 */
export function caseInsensitiveOrder(engine: Engine, expression: SQL): SQL {
  return engine === "sqlite"
    ? sql`${expression} collate nocase`
    : sql`${asciiFolded(expression)} collate "C"`;
}

/**
 * `expression LIKE pattern` ignoring the case of A–Z, with `\` escaping `%` and `_`: SQLite's LIKE
 * already ignores ASCII case; PostgreSQL's does not, so both sides are folded as SQLite folds them.
 */
export function caseInsensitiveLike(engine: Engine, expression: SQL, pattern: string): SQL {
  return engine === "sqlite"
    ? sql`${expression} LIKE ${pattern} ESCAPE '\\'`
    : sql`${asciiFolded(expression)} LIKE ${asciiFolded(sql`${pattern}`)} ESCAPE '\\'`;
}

/**
 * A JSON array with one small array per row of a sub-select (`[[a, b], [c, d]]`). An empty
 * sub-select gives `[]` on SQLite and NULL on PostgreSQL; read it with `jsonValue`.
 */
export function jsonArrayOfRows(engine: Engine, values: SQL[]): SQL {
  const items = sql.join(values, sql`, `);
  return engine === "sqlite"
    ? sql`json_group_array(json_array(${items}))`
    : sql`json_agg(json_build_array(${items}))`;
}

/**
 * A FROM item with one row per text element of the array under `key` in a JSON column, as `alias`
 * with the element in `alias.value`; no rows when the key is missing or the column is NULL.
 */
export function jsonArrayElements(engine: Engine, json: SQL, key: string, alias: string): SQL {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) || !/^[a-z_][a-z0-9_]*$/.test(alias))
    throw new Error("jsonArrayElements takes a plain key and alias.");
  return engine === "sqlite"
    ? sql`json_each(${json}, ${sql.raw(`'$.${key}'`)}) ${sql.raw(alias)}`
    : sql`json_array_elements_text(${json} -> ${sql.raw(`'${key}'`)}) as ${sql.raw(`${alias}(value)`)}`;
}

/**
 * A JSON value read back from raw SQL: SQLite returns JSON as text, node-postgres parses a `json`
 * result itself; NULL (PostgreSQL's empty aggregate) stays null.
 */
export function jsonValue(value: unknown): unknown {
  return typeof value === "string" ? (JSON.parse(value) as unknown) : (value ?? null);
}
