import { defineConfig } from "drizzle-kit";

/**
 * The PostgreSQL migrations (`npm run db:generate` runs this after the SQLite ones). The tables come
 * from db/pg/schema.ts, which derives them from db/schema.ts; generating needs no database.
 */
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/pg/schema.ts",
  out: "./db/migrations-pg",
});
