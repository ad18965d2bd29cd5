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
  /**
   * How long ago the person at this browser last touched the page (key, pointer, wheel, touch), as its
   * tRPC client reports (lib/trpc/activity.ts); absent means "just now". Only the idle clocks of tutor
   * and learner sessions read it (tutor-sessions.ts, learner-idle.ts): what a page fetches by itself
   * (the dashboard's polls) is not activity, so a page left open on a classroom computer still lets
   * its session run out. A client that lies only
   * keeps its own session alive, which it could do by sending requests anyway.
   */
  idleMs?: number;
}
