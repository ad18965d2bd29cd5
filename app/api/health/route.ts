import { sql } from "drizzle-orm";
import { appDatabase } from "@/server/data/app-database";

export const dynamic = "force-dynamic";

/** Answers once the database answers a trivial query, on whichever engine the store is. */
export async function GET() {
  const { store } = await appDatabase();
  await store.rows(sql`SELECT 1`);
  return Response.json({ ok: true });
}
