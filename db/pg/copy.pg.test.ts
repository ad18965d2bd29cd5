/**
 * Moving a college's SQLite data into PostgreSQL: a database made by the real app (the seeded demo CRM,
 * a tutor, a class, learners, attempts with events, a submitted and moderated report, sessions and rate
 * limits) is copied, every table arrives with the same rows as drizzle reads them on each engine (ids,
 * Dates, booleans, JSON), new rows number on after the copied ids, and a target that already holds rows
 * is refused with nothing written.
 */
import { asc, count, eq } from "drizzle-orm";
import { getTableColumns } from "drizzle-orm";
import { getTableConfig } from "drizzle-orm/pg-core";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as sqliteSchema from "@/db/schema";
import { freshPostgresDatabase } from "@/server/test-support/postgres-database";
import { createTestApp, type SqliteTestApp } from "@/server/test-support/test-app";
import { migratePostgres, openPostgres, type PgAppDatabase } from "./client";
import { copySqliteToPostgres } from "./copy";
import * as pgSchema from "./schema";
import { TABLE_PAIRS } from "./schema";

const SCENARIO = "complaint-faulty-kettle";
const CUSTOMER = "CUS-2041";

let app: SqliteTestApp;
let target: PgAppDatabase;

/** Every row of a table on each engine, in primary-key order, as the app would read it. */
async function rowsOnBoth({ sqlite: from, pg: to }: (typeof TABLE_PAIRS)[number]) {
  const keyColumn = Object.entries(getTableColumns(from)).find(([, c]) => (c as SQLiteColumn).primary)![0];
  const sqliteRows = app.db
    .select()
    .from(from)
    .orderBy(asc(getTableColumns(from)[keyColumn]!))
    .all();
  const pgRows = await target
    .select()
    .from(to)
    .orderBy(asc((getTableColumns(to) as Record<string, never>)[keyColumn]!));
  return { sqliteRows, pgRows };
}

beforeAll(async () => {
  app = createTestApp({ engine: "sqlite" });
  const tutor = app.caller({}, { ip: "10.1.0.1" });
  await tutor.auth.tutorSignUp({
    email: "copy@college.example",
    name: "Copy Tutor",
    password: "a long enough password",
  });
  const signedIn = app.browser({}, { ip: "10.1.0.1" });
  await signedIn.api.auth.tutorSignIn({ email: "copy@college.example", password: "a long enough password" });
  const klass = await signedIn.api.classes.create({ name: "Level 3, Group C" });
  await signedIn.api.assignments.create({ classId: klass.id, scenarioId: SCENARIO });

  const learners = [];
  for (const [i, name] of ["Ana", "Ben"].entries()) {
    const device = app.browser({}, { ip: `10.1.1.${i + 1}` });
    await device.api.auth.joinClass({ code: klass.joinCode!, displayName: name });
    learners.push(device.api);
  }
  for (const [i, learner] of learners.entries()) {
    const { attemptId } = await learner.attempts.start({ scenarioId: SCENARIO });
    await learner.attempts.act({
      attemptId,
      clientId: `copy-${i}-1`,
      action: {
        type: "send_message",
        customerRef: CUSTOMER,
        channel: "email",
        text: "I'm so sorry about the kettle.",
      },
    });
    await learner.attempts.act({
      attemptId,
      clientId: `copy-${i}-2`,
      action: { type: "add_note", customerRef: CUSTOMER, text: "Customer prefers email." },
    });
    if (i === 0) {
      await learner.attempts.submit({ attemptId });
      await signedIn.api.results.overrideCriterion({
        attemptId,
        criterionId: "follow-up",
        newStatus: "partly",
        comment: "A follow-up was promised.",
      });
    }
  }

  target = openPostgres(await freshPostgresDatabase());
  await migratePostgres(target);
});

afterAll(async () => {
  await target?.$client.end();
  app?.close();
});

describe("copying a SQLite database into PostgreSQL", () => {
  it("copies every table, and drizzle reads the same rows back on both engines", async () => {
    const counts = await copySqliteToPostgres(app.db, target);
    expect(counts.map((c) => c.table).sort()).toEqual(
      TABLE_PAIRS.map((p) => getTableConfig(p.pg).name).sort(),
    );
    for (const c of counts) expect(c.postgres, c.table).toBe(c.sqlite);
    const byTable = Object.fromEntries(counts.map((c) => [c.table, c.postgres]));
    expect(byTable.customers).toBeGreaterThanOrEqual(74);
    expect(byTable.attempts).toBe(2);
    expect(byTable.attempt_events).toBeGreaterThan(4);
    expect(byTable.mark_overrides).toBe(1);
    expect(byTable.tutor_sessions).toBe(1);

    for (const pair of TABLE_PAIRS) {
      const { sqliteRows, pgRows } = await rowsOnBoth(pair);
      expect(pgRows, pair.key).toEqual(sqliteRows);
    }
    // Spot checks that the comparison above compares real values of each kind.
    const [submitted] = await target
      .select()
      .from(pgSchema.attempts)
      .where(eq(pgSchema.attempts.status, "submitted"));
    expect(submitted!.submittedAt).toBeInstanceOf(Date);
    expect(typeof submitted!.report).toBe("object");
    expect(typeof submitted!.late).toBe("boolean");
  });

  it("numbers new rows on after the copied ids", async () => {
    const [{ n }] = (await target.select({ n: count() }).from(pgSchema.workspaces)) as [{ n: number }];
    const [row] = await target
      .insert(pgSchema.workspaces)
      .values({ kind: "demo", label: "after the copy", asOf: new Date() })
      .returning({ id: pgSchema.workspaces.id });
    const largest = app.db.select({ id: sqliteSchema.workspaces.id }).from(sqliteSchema.workspaces).all();
    expect(row!.id).toBe(Math.max(...largest.map((r) => r.id)) + 1);
    expect(n).toBe(largest.length);
  });

  it("refuses a database that already has rows, and writes nothing", async () => {
    const before = await target.select({ n: count() }).from(pgSchema.attemptEvents);
    await expect(copySqliteToPostgres(app.db, target)).rejects.toThrow(
      /already has rows: copy into an empty database/,
    );
    expect(await target.select({ n: count() }).from(pgSchema.attemptEvents)).toEqual(before);
  });
});
