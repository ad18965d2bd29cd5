/** `npm run db:seed`: migrates, then loads the catalogue and the demo CRM if they are missing (idempotent). */
import { databasePath, migrateDatabase, openDatabase } from "@/db/client";
import { bootstrapDatabase } from "@/server/data/bootstrap";
import { ensureDemoTutor } from "@/server/data/demo-tutor";

const db = openDatabase(databasePath());
migrateDatabase(db);
const { demoWorkspaceId } = bootstrapDatabase(db);
const tutor = await ensureDemoTutor(db);
db.$client.close();
console.log(`Demo CRM ready (workspace ${demoWorkspaceId}) in ${databasePath()}`);
if (tutor.created) console.log(`Demo tutor created: ${tutor.email} / ${tutor.password}`);
