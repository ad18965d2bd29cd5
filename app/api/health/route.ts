import { sql } from "drizzle-orm";
import { getAppDatabase } from "@/server/data/app-database";

export const dynamic = "force-dynamic";

export function GET() {
  const { db } = getAppDatabase();
  db.get(sql`SELECT 1`);
  return Response.json({ ok: true });
}
