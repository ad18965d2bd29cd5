import { initTRPC, TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import superjson from "superjson";
import { ZodError } from "zod";
import { DomainError, type DomainErrorKind } from "@/server/core/domain-errors";
import type { TrpcContext } from "./context";

const CODE_FOR_KIND: Record<DomainErrorKind, TRPC_ERROR_CODE_KEY> = {
  not_found: "NOT_FOUND",
  invalid: "BAD_REQUEST",
  conflict: "CONFLICT",
  unauthenticated: "UNAUTHORIZED",
  forbidden: "FORBIDDEN",
  rate_limited: "TOO_MANY_REQUESTS",
};

/** Errors from the core that are not DomainError but carry a compatible `kind` (e.g. scenario rules). */
function domainKindOf(error: unknown): DomainErrorKind | undefined {
  if (error instanceof DomainError) return error.kind;
  if (error instanceof Error && "kind" in error) {
    const kind = (error as { kind: unknown }).kind;
    if (kind === "invalid_action") return "invalid";
    if (typeof kind === "string" && kind in CODE_FOR_KIND) return kind as DomainErrorKind;
  }
  return undefined;
}

/** Every procedure declares who may call it; the authorisation matrix test reads this. */
export interface ProcedureMeta {
  access: "public" | "learner" | "tutor" | "signed-in";
}

const t = initTRPC.context<TrpcContext>().meta<ProcedureMeta>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    return {
      ...shape,
      data: {
        ...shape.data,
        // Field-level messages for forms; never a stack trace.
        fieldErrors: error.cause instanceof ZodError ? error.cause.flatten().fieldErrors : undefined,
        stack: undefined,
      },
    };
  },
});

/** The one place domain errors become tRPC errors. Unknown errors stay INTERNAL_SERVER_ERROR. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const kind = domainKindOf(result.error.cause);
    if (kind) {
      throw new TRPCError({ code: CODE_FOR_KIND[kind], message: result.error.cause!.message, cause: result.error.cause });
    }
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;
export const baseProcedure = t.procedure.use(mapDomainErrors);
