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
 * just now, or a statement ran past statement_timeout (57014) or a transaction sat idle past its limit
 * (25P03): the work was rolled back whole, so trying again works. Unavailable: the connection broke, the
 * disk is full, the server is shutting down or read-only. Constraint violations (class 23) and the like
 * are not storage faults.
 */
const PG_BUSY = new Set(["40001", "40P01", "55P03", "53300", "57P03", "57014", "25P03"]);
const PG_UNAVAILABLE_CLASSES = ["08", "58", "XX"];
const PG_UNAVAILABLE = new Set(["53100", "53200", "57P01", "57P02", "25006"]);

function postgresFault(code: string): StorageFault | undefined {
  if (PG_BUSY.has(code)) return "busy";
  if (PG_UNAVAILABLE.has(code) || PG_UNAVAILABLE_CLASSES.includes(code.slice(0, 2))) return "unavailable";
  return undefined;
}

/**
 * A database server that cannot be reached at all gives no SQLSTATE: Node's own error from opening the
 * connection (ECONNREFUSED and the like, from `connect` or the address lookup), or node-postgres's
 * message when an open connection ends. The app opens no other outgoing connections, so a failed
 * connect is the database; the same codes from writing to a browser's socket (EPIPE) are not.
 */
const CONNECT_FAILURES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
]);
const CONNECTION_ENDED = /^Connection terminated( unexpectedly| due to connection timeout)?$/;
/**
 * node-postgres's pool when every connection stayed in use for its `connectionTimeoutMillis`
 * (db/pg/client.ts CONNECTION_WAIT_MS): other requests hold them, so trying again works.
 */
const POOL_WAIT_EXPIRED = "timeout exceeded when trying to connect";

function unreachable(error: unknown): boolean {
  if (error instanceof AggregateError) return error.errors.some(unreachable);
  const e = error as { code?: unknown; syscall?: unknown; message?: unknown } | null;
  if (typeof e?.code === "string" && CONNECT_FAILURES.has(e.code))
    return e.syscall === "connect" || e.syscall === "getaddrinfo";
  return error instanceof Error && CONNECTION_ENDED.test(error.message);
}

/**
 * The fault an error stands for. drizzle wraps a driver's error from an awaited query (always, on
 * PostgreSQL) in its own "Failed query" error with the driver's as `cause`, so causes are read too.
 */
export function storageFault(error: unknown): StorageFault | undefined {
  let e = error;
  for (let depth = 0; depth < 4 && e; depth++) {
    const fault = faultOf(e);
    if (fault) return fault;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The database's own error code (a SQLSTATE or SQLITE_*), from the error or a cause drizzle wrapped it in. */
export function databaseErrorCode(error: unknown): string | undefined {
  let e = error;
  for (let depth = 0; depth < 4 && e; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

function faultOf(error: unknown): StorageFault | undefined {
  if (unreachable(error)) return "unavailable";
  if (error instanceof Error && error.message === POOL_WAIT_EXPIRED) return "busy";
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return undefined;
  if (/^[0-9A-Z]{5}$/.test(code) && (error as { severity?: unknown }).severity !== undefined)
    return postgresFault(code);
  if (!code.startsWith("SQLITE_")) return undefined;
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) return "busy";
  if (UNAVAILABLE.some((prefix) => code === prefix || code.startsWith(`${prefix}_`))) return "unavailable";
  return undefined;
}
