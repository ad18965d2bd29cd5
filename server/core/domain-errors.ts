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
  | "rate_limited";

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
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
