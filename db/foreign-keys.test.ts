/**
 * The database's foreign keys do what db/schema.ts says. drizzle-kit once wrote `ALTER TABLE … ADD
 * … REFERENCES tutors(id)` without the schema's ON DELETE action (migration 0003), so the schema and
 * the real tables disagreed; migration 0004 rebuilds the two tables. These tests read SQLite's own
 * PRAGMA foreign_key_list on fresh databases, and upgrade a database holding a lesson's rows from
 * 0003 to check the rebuild keeps every row (a table copy run with enforcement on would cascade-delete
 * the attempts' events).
 */
import { eq, getTableName, is } from "drizzle-orm";
import { getTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { scratchSqlite } from "@/server/test-support/scratch-sqlite";
import { describe, expect, it } from "vitest";
import { type AppDatabase, migrateDatabase } from "./client";
import * as t from "./schema";

const scratch = scratchSqlite("fk");
const freshDatabase = scratch.fresh;

interface ForeignKeyRow {
  table: string;
  from: string;
  to: string;
  on_delete: string;
}

function foreignKeys(db: AppDatabase, table: string): ForeignKeyRow[] {
  return db.$client.pragma(`foreign_key_list(${table})`) as ForeignKeyRow[];
}

function onDelete(db: AppDatabase, table: string, column: string): string | undefined {
  return foreignKeys(db, table).find((fk) => fk.from === column)?.on_delete;
}

const tables: SQLiteTable[] = (Object.values(t) as unknown[]).filter((v): v is SQLiteTable =>
  is(v, SQLiteTable),
);

describe("foreign keys on a freshly migrated database", () => {
  it("match db/schema.ts for every table and column", () => {
    const db = freshDatabase();
    migrateDatabase(db);
    const mismatches: string[] = [];
    for (const table of tables) {
      const config = getTableConfig(table);
      const actual = foreignKeys(db, config.name);
      for (const fk of config.foreignKeys) {
        const ref = fk.reference();
        const column = ref.columns[0]!.name;
        const expected = (fk.onDelete ?? "no action").toUpperCase();
        const found = actual.find((a) => a.from === column);
        if (!found) mismatches.push(`${config.name}.${column}: no foreign key in the database`);
        else if (found.table !== getTableName(ref.foreignTable) || found.on_delete !== expected)
          mismatches.push(
            `${config.name}.${column}: schema ${expected}, database ${found.on_delete} → ${found.table}`,
          );
      }
      if (actual.length !== config.foreignKeys.length)
        mismatches.push(
          `${config.name}: ${actual.length} foreign keys in the database, ${config.foreignKeys.length} in the schema`,
        );
    }
    expect(mismatches).toEqual([]);
  });

  it("clear the voiding tutor but keep the reason, and take a tutor's preview learner with them", () => {
    const db = freshDatabase();
    migrateDatabase(db);
    expect(onDelete(db, "attempts", "voided_by_tutor_id")).toBe("SET NULL");
    expect(onDelete(db, "learners", "preview_tutor_id")).toBe("CASCADE");
    const rows = lessonRows(db);

    db.delete(t.tutors).where(eq(t.tutors.id, rows.voidingTutorId)).run();
    const voided = db.select().from(t.attempts).where(eq(t.attempts.id, rows.voidedAttemptId)).get();
    expect(voided).toMatchObject({
      voidedByTutorId: null,
      voidKind: "voided",
      voidReason: "Copied from a neighbour",
    });
    expect(voided?.voidedAt).toBeInstanceOf(Date);

    db.delete(t.tutors).where(eq(t.tutors.id, rows.previewTutorId)).run();
    expect(
      db.select().from(t.learners).where(eq(t.learners.id, rows.previewLearnerId)).get(),
    ).toBeUndefined();
    // The class, its learner and their attempts belong to the class's own tutor and stay.
    expect(db.select().from(t.attempts).all()).toHaveLength(1);
  });
});

describe("upgrading a database from migration 0003", () => {
  it("keeps every row while the tutor foreign keys gain their ON DELETE actions", () => {
    const db = scratch.atMigration("0003_lesson_lifecycle");
    expect(onDelete(db, "attempts", "voided_by_tutor_id")).toBe("NO ACTION");
    expect(onDelete(db, "learners", "preview_tutor_id")).toBe("NO ACTION");
    lessonRows(db);
    const before = counts(db);
    expect(before.attemptEvents).toBeGreaterThan(0);

    migrateDatabase(db);

    expect(onDelete(db, "attempts", "voided_by_tutor_id")).toBe("SET NULL");
    expect(onDelete(db, "learners", "preview_tutor_id")).toBe("CASCADE");
    expect(counts(db)).toEqual(before);
    expect(db.$client.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(db.$client.pragma("foreign_key_check")).toEqual([]);
  });
});

function counts(db: AppDatabase) {
  // Counted in SQL: a select of today's columns fails on a table from an older migration.
  const n = (table: SQLiteTable) =>
    (db.$client.prepare(`SELECT count(*) AS n FROM "${getTableName(table)}"`).get() as { n: number }).n;
  return {
    learners: n(t.learners),
    attempts: n(t.attempts),
    attemptEvents: n(t.attemptEvents),
    markOverrides: n(t.markOverrides),
  };
}

/** A class with one learner whose attempt a second tutor voided, and a third tutor's preview learner. */
function lessonRows(db: AppDatabase) {
  const tutor = (email: string) =>
    db.insert(t.tutors).values({ email, name: email, passwordHash: "x" }).returning().get().id;
  const classTutorId = tutor("class@example.org");
  const voidingTutorId = tutor("cover@example.org");
  const previewTutorId = tutor("preview@example.org");
  const classId = db
    .insert(t.classes)
    .values({ tutorId: classTutorId, name: "Level 3" })
    .returning()
    .get().id;
  // In SQL: drizzle names every column of today's schema, and these rows are written at migration 0003.
  const learner = db.$client.prepare(
    "INSERT INTO learners (class_id, display_name, preview_tutor_id) VALUES (?, ?, ?) RETURNING id",
  );
  const learnerId = (learner.get(classId, "Sam", null) as { id: number }).id;
  const previewLearnerId = (learner.get(null, "Preview", previewTutorId) as { id: number }).id;
  const workspaceId = db
    .insert(t.workspaces)
    .values({ kind: "attempt", label: "attempt", asOf: new Date("2026-11-02T09:00:00Z") })
    .returning()
    .get().id;
  const voidedAttemptId = db
    .insert(t.attempts)
    .values({
      learnerId,
      scenarioId: "complaint",
      workspaceId,
      status: "void",
      voidKind: "voided",
      voidedAt: new Date("2026-11-02T10:00:00Z"),
      voidedByTutorId: voidingTutorId,
      voidReason: "Copied from a neighbour",
    })
    .returning()
    .get().id;
  db.insert(t.attemptEvents)
    .values({
      attemptId: voidedAttemptId,
      seq: 1,
      actor: "learner",
      type: "reply",
      payload: {},
      simMinute: 0,
    })
    .run();
  db.insert(t.markOverrides)
    .values({
      attemptId: voidedAttemptId,
      criterionId: "listen",
      tutorId: classTutorId,
      previousStatus: "not_met",
      newStatus: "met",
      comment: "Restated the fault",
    })
    .run();
  return { voidingTutorId, previewTutorId, previewLearnerId, voidedAttemptId };
}
