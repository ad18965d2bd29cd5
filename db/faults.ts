/**
 * What a SQLite error means for a request. better-sqlite3 throws SqliteError with SQLite's (extended)
 * result code as `code` (https://www.sqlite.org/rescode.html):
 * - "busy": another connection holds the lock (SQLITE_BUSY*, SQLITE_LOCKED*). Waiting and trying
 *   again will work, so the request is retried and, if the lock is still held, answered 503.
 * - "unavailable": the file cannot be written or read as it should (read-only file or folder,
 *   the file moved away, disk I/O error, disk full, corrupt or missing file). Retrying at once
 *   will not help; the person running the server has to look, so the answer is a 503 that says so.
 * Anything else (a constraint failing, a bug) is not a storage fault. PostgreSQL's errors map onto the
 * same two kinds (below), so the rest of the app need not know which engine answered.
 */
export type StorageFault = "busy" | "unavailable";

const UNAVAILABLE = [
  "SQLITE_READONLY",
  "SQLITE_IOERR",
  "SQLITE_FULL",
  "SQLITE_CANTOPEN",
  "SQLITE_CORRUPT",
  "SQLITE_NOTADB",
  "SQLITE_PROTOCOL",
  "SQLITE_PERM",
];

/**
 * PostgreSQL's SQLSTATEs (https://www.postgresql.org/docs/current/errcodes-appendix.html), as node-postgres
 * gives them in `code`. Busy: another transaction is in the way, or the server cannot take the connection
 * just now; trying again works. Unavailable: the connection broke, the disk is full, the server is
 * shutting down or read-only. Constraint violations (class 23) and the like are not storage faults.
 * (A server that cannot be reached at all gives Node's ECONNREFUSED, not a SQLSTATE: to be mapped when
 * the app serves from PostgreSQL, see docs/postgres.md.)
 */
const PG_BUSY = new Set(["40001", "40P01", "55P03", "53300", "57P03"]);
const PG_UNAVAILABLE_CLASSES = ["08", "58", "XX"];
const PG_UNAVAILABLE = new Set(["53100", "53200", "57P01", "57P02", "25006"]);

function postgresFault(code: string): StorageFault | undefined {
  if (PG_BUSY.has(code)) return "busy";
  if (PG_UNAVAILABLE.has(code) || PG_UNAVAILABLE_CLASSES.includes(code.slice(0, 2))) return "unavailable";
  return undefined;
}

export function storageFault(error: unknown): StorageFault | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return undefined;
  if (/^[0-9A-Z]{5}$/.test(code) && (error as { severity?: unknown }).severity !== undefined)
    return postgresFault(code);
  if (!code.startsWith("SQLITE_")) return undefined;
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) return "busy";
  if (UNAVAILABLE.some((prefix) => code === prefix || code.startsWith(`${prefix}_`))) return "unavailable";
  return undefined;
}
