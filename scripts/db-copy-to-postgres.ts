/**
 * `npm run db:copy-to-postgres`: moves a college's SQLite data (DATABASE_PATH) into an empty PostgreSQL
 * database (DATABASE_URL): applies the PostgreSQL migrations, copies every table in one transaction,
 * then compares row counts table by table and prints them. Stop the app servers first, so no action
 * arrives in the file after the copy. See db/pg/copy.ts.
 */
import fs from "node:fs";
import { databasePath, openDatabase } from "@/db/client";
import { describePostgresUrl, migratePostgres, openPostgres } from "@/db/pg/client";
import { copySqliteToPostgres } from "@/db/pg/copy";
import { env } from "@/server/env";

const { DATABASE_URL } = env();
const file = databasePath();
if (!DATABASE_URL) {
  console.error(
    "Set DATABASE_URL to the PostgreSQL database to copy into (postgres://user:password@host/name).",
  );
  process.exit(1);
}
if (!fs.existsSync(file)) {
  console.error(`No SQLite database at ${file} (set DATABASE_PATH).`);
  process.exit(1);
}

const source = openDatabase(file);
const target = openPostgres(DATABASE_URL, { statementTimeoutMs: 0 });
try {
  await migratePostgres(target);
  const counts = await copySqliteToPostgres(source, target);
  const width = Math.max(...counts.map((c) => c.table.length));
  for (const c of counts) console.log(`  ${c.table.padEnd(width)}  ${String(c.postgres).padStart(8)} rows`);
  const total = counts.reduce((sum, c) => sum + c.postgres, 0);
  console.log(`Copied ${total} rows from ${file} to PostgreSQL at ${describePostgresUrl(DATABASE_URL)}.`);
  console.log("Every table has the same number of rows on both sides.");
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  source.$client.close();
  await target.$client.end();
}
