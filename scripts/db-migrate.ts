/** `npm run db:migrate`: applies the committed migrations to DATABASE_PATH (npm start does this too). */
import { databasePath, migrateDatabase, openDatabase } from "@/db/client";

const db = openDatabase(databasePath());
migrateDatabase(db);
db.$client.close();
console.log(`Migrations applied to ${databasePath()}`);
