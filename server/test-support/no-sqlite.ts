import type { AppDatabase } from "@/db/client";

/** Stands in for the SQLite database in a context on PostgreSQL: any use is a procedure not yet converted. */
export const NO_SQLITE = new Proxy({} as AppDatabase, {
  get(_target, property) {
    throw new Error(`ctx.db.${String(property)} used on PostgreSQL: this procedure is not on the store yet.`);
  },
});
