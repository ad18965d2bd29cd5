/**
 * Migration 0007 (learner idle sign-out) on SQLite: learners signed in at the upgrade start their idle
 * clock then (session_active_at), so nobody is signed out by the upgrade itself; rows without a token
 * get none. PostgreSQL's twin is db/pg/learner-idle-migration.pg.test.ts.
 */
import { expect, it } from "vitest";
import { scratchSqlite } from "@/server/test-support/scratch-sqlite";
import { migrateDatabase } from "./client";

const scratch = scratchSqlite("learner-idle");

it("starts the idle clock at the upgrade for learners signed in then, and for nobody else", () => {
  const db = scratch.atMigration("0006_learner_reclaim_codes");
  const sql = db.$client;
  sql.exec("INSERT INTO tutors (id, email, name, password_hash) VALUES (1, 't@x.example', 'T', 'x')");
  sql.exec("INSERT INTO classes (id, tutor_id, name, join_code) VALUES (1, 1, 'C', 'ABCDEF')");
  sql.exec("INSERT INTO learners (id, class_id, display_name, session_hash) VALUES (1, 1, 'Ann', 'h1')");
  sql.exec("INSERT INTO learners (id, class_id, display_name) VALUES (2, 1, 'Ben')");
  const before = Date.now();

  migrateDatabase(db);

  const rows = sql.prepare("SELECT session_active_at AS at FROM learners ORDER BY id").all() as {
    at: number | null;
  }[];
  expect(rows[0]!.at).toBeGreaterThanOrEqual(before - 1_000);
  expect(rows[0]!.at).toBeLessThanOrEqual(Date.now() + 1_000);
  expect(rows[1]!.at).toBeNull();
});
