import { getDb, type AppDatabase } from "@/db/client";
import { bootstrapDatabase } from "./bootstrap";

let ready: { db: AppDatabase; demoWorkspaceId: number } | undefined;

/** The process-wide database, migrated and seeded on first use (never at import time). */
export function getAppDatabase() {
  if (!ready) {
    const db = getDb();
    ready = { db, ...bootstrapDatabase(db) };
  }
  return ready;
}
