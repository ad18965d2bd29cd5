/**
 * Migration 0003 (learner idle sign-out) on PostgreSQL: as db/learner-idle-migration.test.ts on SQLite,
 * learners signed in at the upgrade start their idle clock then; rows without a token get none.
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

it("starts the idle clock at the upgrade for learners signed in then, and for nobody else", async () => {
  const db = openPostgres(await freshPostgresDatabase());
  try {
    await migrate(db, {
      migrationsFolder: migrationsUpTo(PG_MIGRATIONS_FOLDER, "0002_learner_reclaim_codes", dirs),
    });
    const q = (text: string) => db.$client.query(text);
    await q("INSERT INTO tutors (id, email, name, password_hash) VALUES (1, 't@x.example', 'T', 'x')");
    await q("INSERT INTO classes (id, tutor_id, name, join_code) VALUES (1, 1, 'C', 'ABCDEF')");
    await q("INSERT INTO learners (id, class_id, display_name, session_hash) VALUES (1, 1, 'Ann', 'h1')");
    await q("INSERT INTO learners (id, class_id, display_name) VALUES (2, 1, 'Ben')");
    const before = Date.now();

    await migrate(db, { migrationsFolder: PG_MIGRATIONS_FOLDER });

    const { rows } = await db.$client.query<{ at: string | null }>(
      "SELECT session_active_at AS at FROM learners ORDER BY id",
    );
    expect(Number(rows[0]!.at)).toBeGreaterThanOrEqual(before - 1_000);
    expect(Number(rows[0]!.at)).toBeLessThanOrEqual(Date.now() + 1_000);
    expect(rows[1]!.at).toBeNull();
  } finally {
    await db.$client.end();
  }
});
