/**
 * The SQL forms that differ between the engines (db/dialect.ts) give the same answers on both: the
 * same rows in the same order, whatever collation PostgreSQL would otherwise have used.
 */
import { type SQL, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshPostgresDatabase } from "@/server/test-support/postgres-database";
import { openDatabase } from "./client";
import {
  caseInsensitiveLike,
  caseInsensitiveOrder,
  jsonArrayElements,
  jsonArrayOfRows,
  jsonValue,
} from "./dialect";
import { openPostgresStore, type PostgresStore } from "./pg/store";
import { type Scope, sqliteStore } from "./store";

/** Ids in an order that gives nothing away; names that only a byte-wise ASCII fold sorts as SQLite does. */
const NAMES = [
  "Émile",
  "emile",
  "ANA",
  "Mc Donald",
  "_under",
  "ana",
  "McDonald",
  "Zoë",
  "zoe",
  "Ana",
  "o'brien",
  "O'Brien",
  "Ørsted",
  "ben",
  "Ben-Ali",
  "Ben Ali",
];

/** The names as rows (id, name) of a sub-select both engines read. */
const namesTable = sql.raw(
  NAMES.map((name, i) => `select ${i + 1} as id, '${name.replace(/'/g, "''")}' as name`).join(" union all "),
);

let sqliteScope: Scope;
let closeSqlite: () => void;
let pg: PostgresStore;

beforeAll(async () => {
  const db = openDatabase(":memory:");
  sqliteScope = sqliteStore(db);
  closeSqlite = () => db.$client.close();
  pg = openPostgresStore(await freshPostgresDatabase());
});
afterAll(async () => {
  closeSqlite?.();
  await pg?.close();
});

async function ordered(scope: Scope, name: SQL): Promise<string[]> {
  const rows = await scope.rows<{ name: string }>(
    sql`select name from (${namesTable}) as n order by ${caseInsensitiveOrder(scope.engine, name)}, id`,
  );
  return rows.map((r) => r.name);
}

describe("caseInsensitiveOrder", () => {
  it("sorts as SQLite's NOCASE does on both engines, whatever PostgreSQL's collation would say", async () => {
    const onSqlite = await ordered(sqliteScope, sql`name`);
    // SQLite's own answer, written out: A–Z folded, then bytes; case-only ties kept in id order.
    expect(onSqlite).toEqual([
      "_under",
      "ANA",
      "ana",
      "Ana",
      "ben",
      "Ben Ali",
      "Ben-Ali",
      "emile",
      "Mc Donald",
      "McDonald",
      "o'brien",
      "O'Brien",
      "zoe",
      "Zoë",
      "Émile",
      "Ørsted",
    ]);
    expect(await ordered(pg, sql`name`)).toEqual(onSqlite);
    // A database made with an English locale: the text arrives carrying that collation.
    const [icu] = await pg.rows<{ collname: string }>(
      sql`select collname from pg_collation where collname in ('en-GB-x-icu', 'en-x-icu', 'und-x-icu') order by collname limit 1`,
    );
    if (!icu) throw new Error("This PostgreSQL has no ICU collations to test against.");
    const localeText = sql`(name collate ${sql.identifier(icu.collname)})`;
    expect(await ordered(pg, localeText)).toEqual(onSqlite);
    // Which is why lower() alone will not do: by the locale it interleaves accents and ignores punctuation.
    const byLower = await pg.rows<{ name: string }>(
      sql`select name from (${namesTable}) as n order by lower(${localeText}), id`,
    );
    expect(byLower.map((r) => r.name)).not.toEqual(onSqlite);
  });
});

describe("caseInsensitiveLike", () => {
  it("matches the same rows on both engines: A–Z ignoring case, other letters exactly, % and _ escaped", async () => {
    const cases: [string, string][] = [
      ["%ana%", "name"],
      ["%ANA%", "name"],
      ["%mile%", "name"],
      ["%ÉMILE%", "name"],
      ["%émile%", "name"],
      ["\\_%", "name"],
      ["%o'b%", "name"],
      ["%ben_ali%", "name"],
      ["%ben\\_ali%", "name"],
    ];
    for (const [pattern] of cases) {
      const ask = async (scope: Scope) =>
        (
          await scope.rows<{ name: string }>(
            sql`select name from (${namesTable}) as n where ${caseInsensitiveLike(scope.engine, sql`name`, pattern)} order by id`,
          )
        ).map((r) => r.name);
      const onSqlite = await ask(sqliteScope);
      expect({ pattern, rows: await ask(pg) }).toEqual({ pattern, rows: onSqlite });
    }
    const onSqlite = async (pattern: string) =>
      (
        await sqliteScope.rows<{ name: string }>(
          sql`select name from (${namesTable}) as n where ${caseInsensitiveLike("sqlite", sql`name`, pattern)} order by id`,
        )
      ).map((r) => r.name);
    // What the comparison covers: case folded for A–Z only, and an escaped underscore is literal.
    expect(await onSqlite("%ANA%")).toEqual(["ANA", "ana", "Ana"]);
    expect(await onSqlite("%ÉMILE%")).toEqual(["Émile"]);
    expect(await onSqlite("%ben\\_ali%")).toEqual([]);
    expect(await onSqlite("%ben_ali%")).toEqual(["Ben-Ali", "Ben Ali"]);
  });
});

/** A report-like JSON value, as a JSON column would hold it on each engine. */
const jsonText = (scope: Scope) => {
  const text = '{"awaitingTutor":["a","b"],"x":1}';
  return scope.engine === "sqlite" ? sql`${text}` : sql`cast(${text} as json)`;
};

describe("JSON arrays of rows", () => {
  it("builds and reads back the same arrays on both engines, empty included", async () => {
    const ask = async (scope: Scope, where: SQL) => {
      const [row] = await scope.rows<{ items: unknown; awaiting: number }>(sql`
        select
          (select ${jsonArrayOfRows(scope.engine, [sql`id`, sql`name`])} from (${namesTable}) as n where ${where}) as "items",
          (select count(*) from ${jsonArrayElements(scope.engine, jsonText(scope), "awaitingTutor", "j")} where j.value != 'a') as "awaiting"`);
      return { items: jsonValue(row!.items) ?? [], awaiting: Number(row!.awaiting) };
    };
    for (const where of [sql`id <= 2`, sql`id < 0`]) {
      expect(await ask(pg, where)).toEqual(await ask(sqliteScope, where));
    }
    expect(await ask(sqliteScope, sql`id <= 2`)).toEqual({
      items: [
        [1, "Émile"],
        [2, "emile"],
      ],
      awaiting: 1,
    });
  });
});
