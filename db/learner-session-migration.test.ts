/**
 * Migration 0005 (learner session tokens) on SQLite: learners who joined before it keep their place for
 * 31 days (their old cookie is swapped for a token on first use); removed learners and tutors' preview
 * learners get no window. PostgreSQL's twin is db/pg/learner-session-migration.pg.test.ts.
 */
import { expect, it } from "vitest";
import { scratchSqlite } from "@/server/test-support/scratch-sqlite";
import { migrateDatabase } from "./client";

const scratch = scratchSqlite("learner-tokens");

it("gives learners from before tokens a 31-day window to swap their cookie, and nobody a token", () => {
  const db = scratch.atMigration("0004_tutor_fk_actions");
  const sql = db.$client;
  sql
    .prepare("INSERT INTO tutors (id, email, name, password_hash) VALUES (1, 't@x.example', 'T', 'x')")
    .run();
  sql.prepare("INSERT INTO classes (id, tutor_id, name, join_code) VALUES (1, 1, 'C', 'ABCDEF')").run();
  sql.prepare("INSERT INTO learners (id, class_id, display_name) VALUES (1, 1, 'Ann')").run();
  sql
    .prepare("INSERT INTO learners (id, class_id, display_name, session_version) VALUES (2, 1, 'Ben', 4)")
    .run();
  sql.prepare("INSERT INTO learners (id, class_id, display_name, removed_at) VALUES (3, 1, 'Cal', 1)").run();
  sql.prepare("INSERT INTO learners (id, display_name, preview_tutor_id) VALUES (4, 'T (preview)', 1)").run();
  const before = Date.now();

  migrateDatabase(db);

  const rows = sql
    .prepare("SELECT id, session_version, session_hash, legacy_session_until FROM learners ORDER BY id")
    .all() as {
    id: number;
    session_version: number;
    session_hash: null;
    legacy_session_until: number | null;
  }[];
  expect(rows.map((r) => r.session_hash)).toEqual([null, null, null, null]);
  expect(rows.map((r) => r.session_version)).toEqual([1, 4, 1, 1]);
  const day = 86_400_000;
  for (const r of rows.slice(0, 2)) {
    expect(r.legacy_session_until).toBeGreaterThanOrEqual(before + 31 * day - 1_000);
    expect(r.legacy_session_until).toBeLessThanOrEqual(Date.now() + 31 * day + 1_000);
  }
  expect(rows.slice(2).map((r) => r.legacy_session_until)).toEqual([null, null]);
});
