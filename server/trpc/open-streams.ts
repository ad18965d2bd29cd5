/**
 * Caps on the tutor's live streams (server-sent events: `results.liveStream`, `results.watchAttempt`)
 * open at once in this process. Each open stream asks the database for its change signature every
 * LIVE_POLL_MS and rebuilds its view every few seconds, for as long as the connection stays open, and
 * nothing bounded how many one tutor held: any visitor may sign up as a tutor (sign-up is on by
 * default), and one tutor's 1,000 streams on their own class made `/api/health` take up to 183 s to
 * answer (probe, session 43; 300 streams, 2.3 s). OWASP ASVS 4.0.3 V11.1.4 (anti-automation against
 * excessive calls), CWE-770 (allocation of resources without limits).
 *
 * Past a cap the stream is refused at its start (429, as its first event): the page then polls the
 * same view every 1.5 s (lib/trpc/live.ts), so a refused tutor still sees their class, only later.
 * Per process, like the export caps (in-flight.ts): what a stream costs is this process's thread.
 */
import { DomainError } from "@/server/core/domain-errors";

/** A tutor's live pages: a dashboard per class and a watch view or two, in a few tabs; 10 is many. */
export const MAX_OPEN_STREAMS_PER_TUTOR = 10;
/**
 * Across every tutor: a college's tutors each with a couple of live pages open. 300 streams cost
 * about 40% of a core here (session 43), so this leaves the thread for everything else.
 */
export const MAX_OPEN_STREAMS = 200;

export const TUTOR_STREAMS_REFUSAL = `You have the live view open in more than ${MAX_OPEN_STREAMS_PER_TUTOR} tabs or windows, so this one is refreshed every few seconds instead of live. Close the ones you are not using, then reload this page.`;
export const SERVER_STREAMS_REFUSAL =
  "The server has a lot of live views open at the moment, so this one is refreshed every few seconds instead of live.";

export class OpenStreams {
  private readonly open = new Map<string, number>();
  private total = 0;

  constructor(
    readonly perKey: number,
    readonly overall: number,
  ) {}

  /** How many streams `key` has open now. */
  count(key: string): number {
    return this.open.get(key) ?? 0;
  }

  /** Streams open now across every key. */
  size(): number {
    return this.total;
  }

  /**
   * Takes one of `key`'s places, or throws rate_limited when `key` already has `perKey` streams open
   * or the process `overall`. Taken before the stream is returned, so the refusal goes through the
   * one mapping of domain errors (init.ts) like any other; the function returned gives the place back
   * (once, however often it is called).
   */
  take(key: string): () => void {
    const now = this.count(key);
    if (now >= this.perKey) throw new DomainError("rate_limited", TUTOR_STREAMS_REFUSAL, 5);
    if (this.total >= this.overall) throw new DomainError("rate_limited", SERVER_STREAMS_REFUSAL, 5);
    this.open.set(key, now + 1);
    this.total += 1;
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      this.total -= 1;
      const left = this.count(key) - 1;
      if (left > 0) this.open.set(key, left);
      else this.open.delete(key);
    };
  }
}

/**
 * `stream` holding one of `key`'s places until it ends, however it ends: it finishes or fails, the
 * reader stops (`return`, also before the first read, when a generator's own `finally` would never
 * run), or `signal` aborts (the client gone, even if the stream was never read).
 */
export function heldOpen<T>(
  places: OpenStreams,
  key: string,
  signal: AbortSignal | undefined,
  stream: AsyncIterable<T>,
): AsyncIterableIterator<T> {
  const release = places.take(key);
  const end = () => {
    signal?.removeEventListener("abort", end);
    release();
  };
  signal?.addEventListener("abort", end, { once: true });
  const inner = (async function* () {
    try {
      yield* stream;
    } finally {
      end();
    }
  })();
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next: () => inner.next(),
    return: (value?: unknown) => {
      end();
      return inner.return(value as undefined);
    },
    throw: (error?: unknown) => {
      end();
      return inner.throw(error);
    },
  };
}

/** The process's one count, shared by both live procedures. */
export const openStreams = new OpenStreams(MAX_OPEN_STREAMS_PER_TUTOR, MAX_OPEN_STREAMS);
