/**
 * What a SQLite error means for a request. better-sqlite3 throws SqliteError with SQLite's (extended)
 * result code as `code` (https://www.sqlite.org/rescode.html):
 * - "busy": another connection holds the lock (SQLITE_BUSY*, SQLITE_LOCKED*). Waiting and trying
 *   again will work, so the request is retried and, if the lock is still held, answered 503.
 * - "unavailable": the file cannot be written or read as it should (read-only file or folder,
 *   the file moved away, disk I/O error, disk full, corrupt or missing file). Retrying at once
 *   will not help; the person running the server has to look, so the answer is a 503 that says so.
 * Anything else (a constraint failing, a bug) is not a storage fault.
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

export function storageFault(error: unknown): StorageFault | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string" || !code.startsWith("SQLITE_")) return undefined;
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) return "busy";
  if (UNAVAILABLE.some((prefix) => code === prefix || code.startsWith(`${prefix}_`))) return "unavailable";
  return undefined;
}
