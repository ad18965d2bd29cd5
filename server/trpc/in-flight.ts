/**
 * Caps on heavy calls (exports that build a whole class's file). Node runs each build on the one thread
 * every other request shares, so 60 workbook exports sent at once by one tutor made /api/health wait up
 * to 17 s (docs/security.md, session 33). Two caps:
 *
 * - Per caller: at most 3 running or waiting; past that a call is refused at once with a message the
 *   page shows, not queued, so one caller cannot hold the server's memory with requests sent faster
 *   than they finish.
 * - Per process, across callers (session 36): at most 4 build at once; the next 16 wait their turn in
 *   order of arrival, and past that calls are refused ("preparing a lot of downloads for other people").
 *   The per-caller cap alone let 20 tutors run 60 workbooks at once on one thread: every one of them
 *   then took 3.5-8.7 s instead of under one, all held in memory together.
 *
 * Both counts are per server process, on purpose, also with several app servers on one PostgreSQL
 * (probe, sessions 35 and 36). What they protect is the process's own thread and memory: a workbook's
 * cost is building it here (reports, the spreadsheet), while its database reads are a few short
 * indexed queries on pooled connections, none held across the build (3.1-7.9 ms of database time in
 * 530-1,018 ms of wall time). N servers can build 4N at once because they have N threads; a total kept
 * in the database would cap the whole deployment at a number that adding servers does not raise, and
 * would need a row per call and a lease for a server killed mid-export, whose places would otherwise
 * stay taken until the lease ran out. docs/security.md has the figures.
 */
import { DomainError } from "@/server/core/domain-errors";

/**
 * Three: a tutor downloading two classes' results at once (two tabs) and one more (an assignment's
 * CSV) all go through; the page's own buttons send one at a time.
 */
export const MAX_HEAVY_CALLS_IN_FLIGHT = 3;

/**
 * The process's own total across every caller: at most this many heavy calls build at once, the next
 * ones wait their turn (in order of arrival) up to MAX_HEAVY_CALLS_WAITING, and past that are refused.
 * The per-caller cap alone let many tutors at once run 3 each on the one thread (docs/security.md,
 * session 36 has the figures this was chosen from).
 */
export const MAX_HEAVY_CALLS_RUNNING = 4;
export const MAX_HEAVY_CALLS_WAITING = 16;

export const HEAVY_CALL_REFUSAL = `You already have ${MAX_HEAVY_CALLS_IN_FLIGHT} downloads being prepared. Wait for one to finish, then try again.`;
export const SERVER_BUSY_REFUSAL =
  "The server is preparing a lot of downloads for other people at the moment. Try again in a few seconds.";

export class InFlightCap {
  private readonly running = new Map<string, number>();
  private building = 0;
  private readonly queue: (() => void)[] = [];

  /**
   * `limit`: calls per key (running or waiting). `total`: calls building at once across all keys;
   * `waiting`: how many more may wait for a place before calls are refused.
   */
  constructor(
    readonly limit: number,
    readonly total = Number.POSITIVE_INFINITY,
    readonly waiting = 0,
  ) {}

  /** How many calls `key` has running or waiting now (0 when none; keys at 0 are not kept). */
  count(key: string): number {
    return this.running.get(key) ?? 0;
  }

  /** Calls building now, and calls waiting for a place, across every key. */
  load(): { building: number; waiting: number } {
    return { building: this.building, waiting: this.queue.length };
  }

  /**
   * Runs `work` if `key` has fewer than `limit` calls running or waiting, once fewer than `total` are
   * building (waiting its turn when `waiting` allows), otherwise throws a rate_limited DomainError
   * without running it. The counts drop when `work` settles, however it ends.
   */
  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const now = this.count(key);
    if (now >= this.limit) throw new DomainError("rate_limited", HEAVY_CALL_REFUSAL, 2);
    if (this.building >= this.total && this.queue.length >= this.waiting)
      throw new DomainError("rate_limited", SERVER_BUSY_REFUSAL, 5);
    this.running.set(key, now + 1);
    try {
      if (this.building < this.total) this.building += 1;
      // A place is handed over by the call that ends (below), so `building` never goes past `total`.
      else await new Promise<void>((resolve) => this.queue.push(resolve));
      try {
        return await work();
      } finally {
        const next = this.queue.shift();
        if (next) next();
        else this.building -= 1;
      }
    } finally {
      const left = this.count(key) - 1;
      if (left > 0) this.running.set(key, left);
      else this.running.delete(key);
    }
  }
}

/** The server's one cap (per process), shared by every heavy procedure. */
export const heavyCalls = new InFlightCap(
  MAX_HEAVY_CALLS_IN_FLIGHT,
  MAX_HEAVY_CALLS_RUNNING,
  MAX_HEAVY_CALLS_WAITING,
);
