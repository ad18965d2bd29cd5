/**
 * What the server log may say about a failed request. drizzle wraps a failed statement as "Failed
 * query: … params: …" and keeps the values on the error, so logging the error as it is wrote every
 * value of the statement to the log: a learner's whole message or report, a tutor's new password hash
 * (argon2, which can be attacked offline), names and emails. On a full disk every action failed that
 * way (probe, session 35). The log keeps what the person running the server needs (the statement
 * without its values, the database's error code and message, where it happened) and withholds the
 * values: UK GDPR Art 5(1)(c) (no more personal data than the purpose needs) and 32 (security of
 * processing); OWASP Logging Cheat Sheet ("data to exclude": passwords, personal data).
 */

interface Described {
  name: string;
  message: string;
  code?: string;
  stack?: string;
}

/** drizzle's DrizzleQueryError, by shape (it may come from either engine's driver). */
function isQueryError(error: object): error is Error & { query: string; params: unknown[] } {
  return (
    typeof (error as { query?: unknown }).query === "string" &&
    Array.isArray((error as { params?: unknown }).params)
  );
}

function describe(error: unknown): Described {
  if (!(error instanceof Error)) return { name: typeof error, message: "(not an Error: withheld)" };
  const code = (error as { code?: unknown }).code;
  const message = isQueryError(error)
    ? `Failed query: ${error.query} (${error.params.length} values withheld)`
    : error.message;
  return {
    name: error.name,
    message,
    ...(typeof code === "string" || typeof code === "number" ? { code: String(code) } : {}),
    ...(error.stack ? { stack: error.stack } : {}),
  };
}

/** The stack's "at …" lines (its first lines repeat the message, which may hold the values). */
function frames(stack: string | undefined): string[] {
  return (stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
}

/**
 * One error and its causes, for the log: each as name, code and message, with the outermost error's
 * stack frames. Statement values are withheld; so is a driver's `detail` (PostgreSQL writes the
 * offending row's values there, "Key (email)=(…) already exists"), which is never printed.
 */
export function forTheLog(error: unknown): string {
  const lines: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    const d = describe(current);
    lines.push(`${depth === 0 ? "" : "caused by "}${d.name}${d.code ? ` [${d.code}]` : ""}: ${d.message}`);
    if (depth === 0) lines.push(...frames(d.stack).slice(0, 12));
    current = current instanceof Error ? current.cause : undefined;
  }
  return lines.join("\n");
}
