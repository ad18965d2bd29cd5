/**
 * Typed errors the core and the data layer raise. The tRPC layer maps them to HTTP-style codes in
 * one place (server/trpc/init.ts), so handlers never build TRPCErrors by hand.
 */
export type DomainErrorKind =
  | "not_found"
  | "invalid"
  | "conflict"
  | "unauthenticated"
  | "forbidden"
  | "rate_limited"
  /** Retryable: the database is locked by someone else; the same request will work shortly. */
  | "busy"
  /** Retryable: the server cannot store or read data right now (read-only or failing disk). */
  | "unavailable";

/** Kinds a client may retry unchanged (with the same client id, so nothing is stored twice). */
export const RETRYABLE_KINDS: readonly DomainErrorKind[] = ["busy", "unavailable"];

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    /** For retryable kinds: when to try again, sent as the Retry-After header. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (what: string) => new DomainError("not_found", `${what} was not found.`);
export const invalid = (message: string) => new DomainError("invalid", message);
export const conflict = (message: string) => new DomainError("conflict", message);
export const forbidden = (message = "You do not have access to this.") =>
  new DomainError("forbidden", message);
export const busy = (retryAfterSeconds = 1) =>
  new DomainError(
    "busy",
    "The server is busy saving other work. Trying again in a moment will work; nothing you did was lost.",
    retryAfterSeconds,
  );
export const unavailable = (retryAfterSeconds = 30) =>
  new DomainError(
    "unavailable",
    "The server cannot save work at the moment (a problem with its database storage). Please tell whoever runs it; try again in a little while.",
    retryAfterSeconds,
  );
