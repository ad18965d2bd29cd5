import type { AppDatabase } from "@/db/client";
import type { SessionStore } from "@/server/auth/session";

export interface TrpcContext {
  db: AppDatabase;
  session: SessionStore;
  /** Client address for rate limiting ("unknown" when not behind HTTP). */
  ip: string;
  now: () => Date;
}
