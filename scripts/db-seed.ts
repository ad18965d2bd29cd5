/**
 * `npm run db:seed`: migrates, then loads the catalogue and the demo CRM if they are missing, and makes
 * the demo tutor if there is no tutor yet (idempotent). On the SQLite file (DATABASE_PATH), or on
 * PostgreSQL when DATABASE_URL is set (two runs at once seed once: see server/data/bootstrap.ts).
 */
import { databasePath, migrateDatabase, openDatabase } from "@/db/client";
import { describePostgresUrl, migratePostgres } from "@/db/pg/client";
import { openPostgresStore } from "@/db/pg/store";
import { sqliteStore } from "@/db/store";
import { bootstrapDatabase, bootstrapStore } from "@/server/data/bootstrap";
import { ensureDemoTutor } from "@/server/data/demo-tutor";
import { env } from "@/server/env";

async function seed(): Promise<{
  demoWorkspaceId: number;
  where: string;
  tutor: Awaited<ReturnType<typeof ensureDemoTutor>>;
}> {
  const url = env().DATABASE_URL;
  if (url) {
    const store = openPostgresStore(url, { statementTimeoutMs: 0 });
    try {
      await migratePostgres(store.pg);
      const { demoWorkspaceId } = await bootstrapStore(store);
      const tutor = await ensureDemoTutor(store);
      return { demoWorkspaceId, tutor, where: `PostgreSQL at ${describePostgresUrl(url)}` };
    } finally {
      await store.close();
    }
  }
  const db = openDatabase(databasePath());
  try {
    migrateDatabase(db);
    const { demoWorkspaceId } = bootstrapDatabase(db);
    const tutor = await ensureDemoTutor(sqliteStore(db));
    return { demoWorkspaceId, tutor, where: databasePath() };
  } finally {
    db.$client.close();
  }
}

const { demoWorkspaceId, tutor, where } = await seed();
console.log(`Demo CRM ready (workspace ${demoWorkspaceId}) in ${where}`);
if (tutor.created) console.log(`Demo tutor created: ${tutor.email} / ${tutor.password}`);
