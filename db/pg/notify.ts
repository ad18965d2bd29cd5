/**
 * Live updates across app servers on PostgreSQL (LISTEN/NOTIFY,
 * https://www.postgresql.org/docs/current/sql-notify.html).
 *
 * - Sending: every write that changes an attempt (the store's `write({ attempt })`) queues
 *   `pg_notify('attempt_changed', '<attempt id>,<assignment id>')` inside its own transaction.
 *   PostgreSQL delivers a notification only when that transaction commits, and never for one rolled
 *   back, so a listener hears of stored changes only, in commit order.
 * - Receiving: one connection per app server runs `LISTEN attempt_changed` and passes each notice to
 *   the subscribers (the open live views). If that connection drops, it reconnects with a growing
 *   pause and then tells every subscriber to look again (`null`), since notices sent meanwhile are lost.
 * The live views keep polling their change signature as well, more slowly: a notice only wakes them
 * early, so a lost one costs a little delay, never a missed change.
 */
import { sql } from "drizzle-orm";
import pg from "pg";
import type { AttemptChange } from "../store";
import * as pgSchema from "./schema";

export const ATTEMPT_CHANGED = "attempt_changed";

export type ChangeListener = (change: AttemptChange) => void;

/** The column to add to the store's `SELECT … FOR UPDATE` on an attempt: queues the notice in that transaction. */
export const notifyColumn = sql<string>`pg_notify(${ATTEMPT_CHANGED}, ${pgSchema.attempts.id}::text || ',' || coalesce(${pgSchema.attempts.assignmentId}::text, ''))`;

export function parseNotice(payload: string | undefined): AttemptChange {
  const match = /^(\d+),(\d*)$/.exec(payload ?? "");
  if (!match) return null;
  return { attemptId: Number(match[1]), assignmentId: match[2] ? Number(match[2]) : null };
}

export interface ChangeFeed {
  /** Calls `listener` for every change any app server commits; returns a function that stops it. */
  subscribe(listener: ChangeListener): () => void;
  /** Resolves once the LISTEN connection is listening (after a reconnect, the next time it is). */
  listening(): Promise<void>;
  close(): Promise<void>;
}

const FIRST_RETRY_MS = 100;
const LONGEST_RETRY_MS = 5_000;

/**
 * The change feed of one app server: a single LISTEN connection to `url`, opened on the first
 * subscriber and kept (reconnecting) until `close`.
 */
export function changeFeed(url: string): ChangeFeed {
  const listeners = new Set<ChangeListener>();
  let client: pg.Client | undefined;
  let closed = false;
  let connecting: Promise<void> | undefined;
  let retryMs = FIRST_RETRY_MS;
  let retryTimer: NodeJS.Timeout | undefined;
  let waiting: (() => void)[] = [];
  let isListening = false;

  const tell = (change: AttemptChange) => {
    for (const listener of [...listeners]) {
      try {
        listener(change);
      } catch {
        // One view's failure must not stop the others hearing of the change.
      }
    }
  };

  const lost = (which: pg.Client) => {
    if (client !== which) return;
    client = undefined;
    isListening = false;
    which.end().catch(() => undefined);
    if (closed) return;
    // Reconnect after a pause that grows while the server stays away (a restart, a failover).
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void connect(true);
    }, retryMs);
    retryMs = Math.min(retryMs * 2, LONGEST_RETRY_MS);
  };

  const connect = (again: boolean): Promise<void> =>
    (connecting ??= (async () => {
      const next = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
      next.on("error", () => lost(next));
      next.on("end", () => lost(next));
      next.on("notification", (message) => {
        if (message.channel === ATTEMPT_CHANGED) tell(parseNotice(message.payload));
      });
      client = next;
      try {
        await next.connect();
        await next.query(`LISTEN ${ATTEMPT_CHANGED}`);
        if (closed) {
          await next.end();
          return;
        }
        isListening = true;
        retryMs = FIRST_RETRY_MS;
        for (const resolve of waiting) resolve();
        waiting = [];
        // Anything committed while this server was not listening went unheard.
        if (again) tell(null);
      } catch {
        lost(next);
      } finally {
        connecting = undefined;
      }
    })());

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (!client && !retryTimer && !closed) void connect(false);
      return () => {
        listeners.delete(listener);
      };
    },
    listening() {
      if (isListening) return Promise.resolve();
      if (!client && !retryTimer && !closed) void connect(false);
      return new Promise((resolve) => waiting.push(resolve));
    },
    async close() {
      closed = true;
      listeners.clear();
      if (retryTimer) clearTimeout(retryTimer);
      const last = client;
      client = undefined;
      isListening = false;
      await last?.end().catch(() => undefined);
    },
  };
}
