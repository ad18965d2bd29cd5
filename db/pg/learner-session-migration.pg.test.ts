/**
 * Migration 0001 (learner session tokens) on PostgreSQL: as db/learner-session-migration.test.ts on
 * SQLite, learners who joined before it get 31 days to swap their old cookie for a token; removed
 * learners and preview learners get no window.
 */
import fs from "node:fs";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { migrationsUpTo } from "@/server/test-support/migrations-up-to";
import { afterAll, expect, it } from "vitest";
import { freshPostgresDatabase } from "@/server/test-support/postgres-database";
import { openPostgres, PG_MIGRATIONS_FOLDER } from "./client";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

it("gives learners from before tokens a 31-day window to swap their cookie, and nobody a token", async () => {
  const db = openPostgres(await freshPostgresDatabase());
  try {
    await migrate(db, { migrationsFolder: migrationsUpTo(PG_MIGRATIONS_FOLDER, "0000_init", dirs) });
    const q = (text: string) => db.$client.query(text);
    await q("INSERT INTO tutors (id, email, name, password_hash) VALUES (1, 't@x.example', 'T', 'x')");
    await q("INSERT INTO classes (id, tutor_id, name, join_code) VALUES (1, 1, 'C', 'ABCDEF')");
    await q("INSERT INTO learners (id, class_id, display_name) VALUES (1, 1, 'Ann')");
    await q("INSERT INTO learners (id, class_id, display_name, session_version) VALUES (2, 1, 'Ben', 4)");
    await q("INSERT INTO learners (id, class_id, display_name, removed_at) VALUES (3, 1, 'Cal', 1)");
    await q("INSERT INTO learners (id, display_name, preview_tutor_id) VALUES (4, 'T (preview)', 1)");
    const before = Date.now();

    await migrate(db, { migrationsFolder: PG_MIGRATIONS_FOLDER });

    const { rows } = await db.$client.query<{
      session_version: string;
      session_hash: null;
      legacy_session_until: string | null;
    }>("SELECT session_version, session_hash, legacy_session_until FROM learners ORDER BY id");
    expect(rows.map((r) => r.session_hash)).toEqual([null, null, null, null]);
    expect(rows.map((r) => Number(r.session_version))).toEqual([1, 4, 1, 1]);
    const day = 86_400_000;
    for (const r of rows.slice(0, 2)) {
      expect(Number(r.legacy_session_until)).toBeGreaterThanOrEqual(before + 31 * day - 1_000);
      expect(Number(r.legacy_session_until)).toBeLessThanOrEqual(Date.now() + 31 * day + 1_000);
    }
    expect(rows.slice(2).map((r) => r.legacy_session_until)).toEqual([null, null]);
  } finally {
    await db.$client.end();
  }
});
