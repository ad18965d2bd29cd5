import type { AppDatabase } from "@/server/data/app-database";
import type { SessionStore } from "@/server/auth/session";

export interface TrpcContext {
  db: AppDatabase;
  session: SessionStore;
  /** Client address for rate limiting ("unknown" when not behind HTTP). */
  ip: string;
  /** The Host header the browser used (absent outside HTTP); only ever shown back to the same user. */
  host?: string;
  now: () => Date;
}
