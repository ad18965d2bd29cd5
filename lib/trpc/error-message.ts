/**
 * A message a person can read from a tRPC error: the first field message for invalid input (the
 * server sends zod's field errors, see server/trpc/init.ts), otherwise the server's own message.
 */
export function errorMessage(error: unknown): string | undefined {
  if (!error) return undefined;
  const data = (error as { data?: { code?: string; fieldErrors?: Record<string, string[] | undefined> } }).data;
  const fields = data?.fieldErrors;
  if (fields) {
    for (const messages of Object.values(fields)) if (messages?.[0]) return messages[0];
  }
  if (data?.code === "INTERNAL_SERVER_ERROR") return "Something went wrong on the server. Please try again.";
  const message = (error as { message?: string }).message;
  if (!message || message.startsWith("[")) return "Please check what you entered and try again.";
  if (message === "Failed to fetch") return "Could not reach the server. Check your connection and try again.";
  return message;
}

/** True when a tRPC call failed because the thing is missing (or, for ownership, belongs to someone else). */
export function isNotFound(error: unknown): boolean {
  return (error as { data?: { code?: string } } | null)?.data?.code === "NOT_FOUND";
}

/** The field's first message, for showing beside that field. */
export function fieldError(error: unknown, field: string): string | undefined {
  return (error as { data?: { fieldErrors?: Record<string, string[] | undefined> } } | null)?.data?.fieldErrors?.[field]?.[0];
}
