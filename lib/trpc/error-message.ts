/**
 * A message a person can read from a tRPC error: the first field message for invalid input (the
 * server sends zod's field errors, see server/trpc/init.ts), otherwise the server's own message.
 */
export function errorMessage(error: unknown): string | undefined {
  if (!error) return undefined;
  const data = (error as { data?: { code?: string; fieldErrors?: Record<string, string[] | undefined> } })
    .data;
  const fields = data?.fieldErrors;
  if (fields) {
    for (const messages of Object.values(fields)) if (messages?.[0]) return messages[0];
  }
  if (data?.code === "INTERNAL_SERVER_ERROR") return "Something went wrong on the server. Please try again.";
  const message = (error as { message?: string }).message;
  if (!message || message.startsWith("[")) return "Please check what you entered and try again.";
  if (message === "Failed to fetch")
    return "Could not reach the server. Check your connection and try again.";
  return message;
}

/** True when a tRPC call failed because the thing is missing (or, for ownership, belongs to someone else). */
export function isNotFound(error: unknown): boolean {
  return (error as { data?: { code?: string } } | null)?.data?.code === "NOT_FOUND";
}

/** The field's first message, for showing beside that field. */
export function fieldError(error: unknown, field: string): string | undefined {
  return (error as { data?: { fieldErrors?: Record<string, string[] | undefined> } } | null)?.data
    ?.fieldErrors?.[field]?.[0];
}

/**
 * True when the server said the same request will work if sent again (database busy or briefly
 * unavailable, 503), or the request never reached it. Such calls are retried unchanged: a learner
 * action keeps its client id, so the server stores it once however often it arrives.
 */
export function isRetryable(error: unknown): boolean {
  const data = (error as { data?: { retryable?: boolean } | null } | null)?.data;
  if (data === undefined || data === null) return true; // no answer at all: the connection failed
  return data.retryable === true;
}

/** How long to wait before retry number `attempt` (0-based): the server's Retry-After if it gave one, else doubling from ½ s, at most 10 s. */
export function retryDelayMs(attempt: number, error: unknown): number {
  const seconds = (error as { data?: { retryAfterSeconds?: number } | null } | null)?.data?.retryAfterSeconds;
  const backoff = Math.min(10_000, 500 * 2 ** attempt);
  return typeof seconds === "number" && seconds > 0
    ? Math.min(10_000, Math.max(seconds * 1000, backoff))
    : backoff;
}
