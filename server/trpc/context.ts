import type { AppDatabase, Store } from "@/server/data/app-database";
import type { SessionStore } from "@/server/auth/session";

export interface TrpcContext {
  /** The SQLite database, for code not yet moved to the store (docs/postgres.md). */
  db: AppDatabase;
  /** The data layer's engine-neutral handle (db/store.ts). */
  store: Store;
  session: SessionStore;
  /** Client address for rate limiting ("unknown" when not behind HTTP). */
  ip: string;
  /** The Host header the browser used (absent outside HTTP); only ever shown back to the same user. */
  host?: string;
  now: () => Date;
}
