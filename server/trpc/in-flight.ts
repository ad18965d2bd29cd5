/**
 * A cap on how many heavy calls (exports that build a whole class's file, class-wide reads) one caller
 * may have running at once. Node runs each build on the one thread every other request shares, so 60
 * workbook exports sent at once by one tutor made /api/health wait up to 17 s (docs/security.md,
 * session 33). Past the cap a call is refused at once with a message the page shows, not queued: a
 * queue would still let one caller hold the server's memory with requests it sends faster than they
 * finish.
 *
 * The count is per server process, on purpose, also with several app servers on one PostgreSQL
 * (probe, session 35). What the cap protects is the process's one thread: a workbook's cost is building
 * it in this process (reports, the spreadsheet), while its database reads are a few short indexed
 * queries on pooled connections, none held across the build (docs/security.md has the figures). A tutor
 * whose calls the load balancer spreads over N servers gets at most 3 on each, so each server's other
 * requests wait behind at most 3 of theirs, as with one server. A shared count would need a row per
 * call in the database and a lease for a server killed mid-export, whose count would otherwise lock the
 * tutor out; it would protect nothing these per-process counts do not.
 */
import { DomainError } from "@/server/core/domain-errors";

/**
 * Three: a tutor downloading two classes' results at once (two tabs) and one more (an assignment's
 * CSV) all go through; the page's own buttons send one at a time.
 */
export const MAX_HEAVY_CALLS_IN_FLIGHT = 3;

export const HEAVY_CALL_REFUSAL = `You already have ${MAX_HEAVY_CALLS_IN_FLIGHT} downloads being prepared. Wait for one to finish, then try again.`;

export class InFlightCap {
  private readonly running = new Map<string, number>();

  constructor(readonly limit: number) {}

  /** How many calls `key` has running now (0 when none; keys at 0 are not kept). */
  count(key: string): number {
    return this.running.get(key) ?? 0;
  }

  /**
   * Runs `work` if `key` has fewer than `limit` calls running, otherwise throws a rate_limited
   * DomainError without running it. The count drops when `work` settles, however it ends.
   */
  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const now = this.count(key);
    if (now >= this.limit) throw new DomainError("rate_limited", HEAVY_CALL_REFUSAL, 2);
    this.running.set(key, now + 1);
    try {
      return await work();
    } finally {
      const left = this.count(key) - 1;
      if (left > 0) this.running.set(key, left);
      else this.running.delete(key);
    }
  }
}

/** The server's one cap (per process), shared by every heavy procedure. */
export const heavyCalls = new InFlightCap(MAX_HEAVY_CALLS_IN_FLIGHT);
