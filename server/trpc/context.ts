import type { Store } from "@/server/data/app-database";
import type { SessionStore } from "@/server/auth/session";

/**
 * What a procedure gets. The data layer is reached only through `store`, the same on both engines;
 * there is deliberately no SQLite handle here, so a procedure cannot depend on one engine.
 */
export interface TrpcContext {
  /** The data layer's engine-neutral handle (db/store.ts). */
  store: Store;
  session: SessionStore;
  /** Client address for rate limiting ("unknown" when not behind HTTP). */
  ip: string;
  /** The Host header the browser used (absent outside HTTP); only ever shown back to the same user. */
  host?: string;
  now: () => Date;
}
