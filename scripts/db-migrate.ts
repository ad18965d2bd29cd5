/**
 * `npm run db:migrate`: applies the committed migrations (npm start does this too): to DATABASE_URL's
 * PostgreSQL database when it is set (db/migrations-pg), else to the SQLite file DATABASE_PATH.
 */
import { databasePath, migrateDatabase, openDatabase } from "@/db/client";
import { describePostgresUrl, migratePostgres, openPostgres } from "@/db/pg/client";
import { env } from "@/server/env";

const { DATABASE_URL } = env();
if (DATABASE_URL) {
  const db = openPostgres(DATABASE_URL, { statementTimeoutMs: 0 });
  try {
    await migratePostgres(db);
  } finally {
    await db.$client.end();
  }
  console.log(`Migrations applied to PostgreSQL at ${describePostgresUrl(DATABASE_URL)}`);
} else {
  const db = openDatabase(databasePath());
  migrateDatabase(db);
  db.$client.close();
  console.log(`Migrations applied to ${databasePath()}`);
}
