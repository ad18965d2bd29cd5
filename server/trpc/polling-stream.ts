/**
 * The server side of the pushed live views (tRPC subscriptions over server-sent events).
 *
 * Several server processes may share one database, and a learner's action may be stored by any of
 * them, so no process can wait for an in-memory event. Instead each open stream asks the database a
 * cheap question ("what is the change signature now?", server/data/results/change-signature.ts)
 * every `intervalMs`, rebuilds the view only when the answer changed, and sends it only when it
 * differs from what this stream last sent. Every `refreshMs` the view is rebuilt anyway (a change the
 * signature does not count still shows, just later), `stillAllowed` is asked again (a tutor signed
 * out elsewhere stops receiving) and, if nothing changed, a small "still current" message is sent,
 * so the page can say how fresh it is and notice a stream that has silently stopped (a proxy that
 * buffers events). A busy database skips one tick rather than ending the stream.
 */
import { storageFault } from "@/db/faults";

export interface PollingStreamOptions<T> {
  signal: AbortSignal | undefined;
  /**
   * Wakes the stream before its next poll (on PostgreSQL, any app server committing a change to an
   * attempt: db/pg/notify.ts); returns a function that stops it. Polling goes on regardless.
   */
  wake?: (listener: () => void) => () => void;
  /** How often the signature is read (the main part of the push delay). */
  intervalMs: number;
  /** How often the view is rebuilt and access checked again, whatever the signature says. */
  refreshMs: number;
  /** Undefined once the thing watched is gone or out of reach: the stream ends. */
  signature: () => Promise<string | undefined> | string | undefined;
  load: () => Promise<T> | T;
  stillAllowed: () => Promise<boolean> | boolean;
}

/** A wake that lands between two polls, remembered so one arriving while the view is built counts. */
interface Early {
  woken: boolean;
  now?: () => void;
}

/** Until `ms` have passed, the signal aborts or the stream is woken (at once if it already was). */
function pause(ms: number, signal: AbortSignal | undefined, early: Early): Promise<void> {
  return new Promise<void>((resolve) => {
    if (signal?.aborted || early.woken) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      early.now = undefined;
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
    early.now = done;
  }).then(() => {
    early.woken = false;
  });
}

/** What a stream sends: a new view, or `view: null` when the last one sent is still current. */
export interface Pushed<T> {
  view: T | null;
  checkedAt: Date;
}

export async function* pollingStream<T>(
  options: PollingStreamOptions<T>,
): AsyncGenerator<Pushed<T>, void, unknown> {
  const early: Early = { woken: false };
  const stopWaking = options.wake?.(() => {
    early.woken = true;
    early.now?.();
  });
  try {
    yield* polling(options, early);
  } finally {
    stopWaking?.();
  }
}

async function* polling<T>(
  options: PollingStreamOptions<T>,
  early: Early,
): AsyncGenerator<Pushed<T>, void, unknown> {
  const { signal, intervalMs, refreshMs } = options;
  let lastSignature: string | undefined;
  let lastSent: string | undefined;
  let lastFull = 0;
  while (!signal?.aborted) {
    let next: Pushed<T> | undefined;
    try {
      const now = Date.now();
      const full = now - lastFull >= refreshMs;
      if (full && !(await options.stillAllowed())) return;
      const signature = await options.signature();
      if (signature === undefined) return;
      if (full || signature !== lastSignature) {
        lastFull = now;
        lastSignature = signature;
        const view = await options.load();
        const text = JSON.stringify(view);
        if (text !== lastSent) {
          lastSent = text;
          next = { view, checkedAt: new Date(now) };
        } else if (full) {
          next = { view: null, checkedAt: new Date(now) };
        }
      }
    } catch (error) {
      // A lock held by another process: try again next tick. Anything else ends the stream (the
      // client reconnects, or falls back to polling, which reports the error properly).
      if (storageFault(error) !== "busy") throw error;
    }
    if (next !== undefined) yield next;
    await pause(intervalMs, signal, early);
  }
}
