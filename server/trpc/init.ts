import { initTRPC, TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { FieldRefusal } from "@/server/auth/field-refusal";
import superjson from "superjson";
import { ZodError } from "zod";
import { storageFault } from "@/db/faults";
import {
  DomainError,
  RETRYABLE_KINDS,
  busy,
  unavailable,
  type DomainErrorKind,
} from "@/server/core/domain-errors";
import { NAME_KEYS } from "@/server/data/name-text";
import type { TrpcContext } from "./context";

const CODE_FOR_KIND: Record<DomainErrorKind, TRPC_ERROR_CODE_KEY> = {
  not_found: "NOT_FOUND",
  invalid: "BAD_REQUEST",
  conflict: "CONFLICT",
  unauthenticated: "UNAUTHORIZED",
  forbidden: "FORBIDDEN",
  rate_limited: "TOO_MANY_REQUESTS",
  busy: "SERVICE_UNAVAILABLE",
  unavailable: "SERVICE_UNAVAILABLE",
};

/**
 * The domain error an error stands for: a DomainError itself, a core error with a compatible `kind`
 * (e.g. scenario rules), or a database fault (locked → busy, read-only or failing disk → unavailable).
 */
function asDomainError(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  const fault = storageFault(error);
  // The database's own error is kept as the cause, for the server log.
  if (fault === "busy") return Object.assign(busy(), { cause: error });
  if (fault === "unavailable") return Object.assign(unavailable(), { cause: error });
  if (error instanceof Error && "kind" in error) {
    const kind = (error as { kind: unknown }).kind;
    if (kind === "invalid_action") return new DomainError("invalid", error.message);
    if (typeof kind === "string" && kind in CODE_FOR_KIND)
      return new DomainError(kind as DomainErrorKind, error.message);
  }
  return undefined;
}

/** Every procedure declares who may call it; the authorisation matrix test reads this. */
export interface ProcedureMeta {
  access: "public" | "learner" | "tutor" | "signed-in";
  /** A call that builds something large (a class's export): capped per caller (server/trpc/in-flight.ts). */
  heavy?: boolean;
}

/** Seconds to wait before retrying, for errors that say (busy, unavailable, rate limited); sent as Retry-After. */
export function retryAfterSeconds(error: TRPCError): number | undefined {
  return error.cause instanceof DomainError ? error.cause.retryAfterSeconds : undefined;
}

/**
 * What the browser is told of an error nobody expected. Its own message may hold SQL with its
 * parameters, a file path or a library's internals (drizzle's "Failed query: … params: …"): that stays
 * in the server log (app/api/trpc/[trpc]/route.ts), and the page says this (lib/trpc/error-message.ts).
 */
export const INTERNAL_ERROR_MESSAGE = "Something went wrong on the server. Please try again.";

/**
 * What a caller is told when its request could not even be read, as when it nests too deeply (a
 * hand-made request: superjson walks its "meta" recursively, and 10,000 levels overflow the stack).
 * The engine's own words ("Maximum call stack size exceeded") say nothing useful to anyone else.
 */
export const UNREADABLE_REQUEST_MESSAGE =
  "The server could not read that request: it is nested too deeply or built wrongly.";

/**
 * What a 400 says. A request that could not be read (bad JSON, a superjson shape it refuses, a
 * prototype key) or input that failed its schema used to answer with the reader's own words: zod's
 * issue list as JSON, superjson's with a link to its issue tracker, the JSON parser's with a position
 * (probe, session 40). Those map the server for an attacker and help nobody else (OWASP ASVS 4.0
 * V7.4.1), so a schema failure says its first field's message (the field errors still go in `data`)
 * and anything else unreadable says UNREADABLE_REQUEST_MESSAGE. Our own refusals keep their words.
 */
function badRequestMessage(cause: unknown, message: string): string {
  if (cause instanceof DomainError || cause === undefined) return message;
  if (cause instanceof ZodError) return cause.issues[0]?.message ?? UNREADABLE_REQUEST_MESSAGE;
  return UNREADABLE_REQUEST_MESSAGE;
}

const t = initTRPC
  .context<TrpcContext>()
  .meta<ProcedureMeta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error }) {
      const cause = error.cause instanceof DomainError ? error.cause : undefined;
      const unexpected = error.code === "INTERNAL_SERVER_ERROR" && !cause;
      return {
        ...shape,
        message: unexpected
          ? INTERNAL_ERROR_MESSAGE
          : error.code === "BAD_REQUEST"
            ? badRequestMessage(error.cause, shape.message)
            : shape.message,
        data: {
          ...shape.data,
          // Field-level messages for forms; never a stack trace.
          fieldErrors:
            error.cause instanceof ZodError
              ? error.cause.flatten().fieldErrors
              : error.cause instanceof FieldRefusal
                ? { [error.cause.field]: [error.cause.message] }
                : undefined,
          // Clients retry these unchanged (learner actions keep their client id, so nothing is doubled).
          retryable: cause ? RETRYABLE_KINDS.includes(cause.kind) : false,
          retryAfterSeconds: cause?.retryAfterSeconds,
          stack: undefined,
        },
      };
    },
  });

/** The one place domain errors become tRPC errors. Unknown errors stay INTERNAL_SERVER_ERROR. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const domain = asDomainError(result.error.cause);
    if (domain)
      throw new TRPCError({ code: CODE_FOR_KIND[domain.kind], message: domain.message, cause: domain });
  }
  return result;
});

/**
 * The database waits only briefly for a lock held by another process (see server/data/app-database.ts),
 * because better-sqlite3 waits synchronously and would stall every other request. Here the wait goes
 * on asynchronously: a request that found the database locked runs again after a growing pause, and
 * is answered 503 (busy, Retry-After) only if the lock is still held after about three seconds. Safe to
 * repeat: a write that met the lock was rolled back whole (transactions start IMMEDIATE, so the lock is
 * taken before anything is written), and learner actions are stored once per client id.
 */
export const BUSY_RETRY_DELAYS_MS = [10, 25, 50, 100, 200, 400, 800, 1_000, 1_000];
/**
 * No retry starts once a request has waited this long in all. On SQLite each try waits 20 ms, so every
 * delay above is used; on PostgreSQL one try already waits up to `lock_timeout` (5 s) for the row, so a
 * lock held throughout is answered 503 after that one wait, not after ten of them (about 54 s).
 */
export const BUSY_RETRY_BUDGET_MS = 4_500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const retryWhenBusy = t.middleware(async ({ next }) => {
  const started = performance.now();
  for (let attempt = 0; ; attempt++) {
    const result = await next();
    if (
      result.ok ||
      storageFault(result.error.cause) !== "busy" ||
      attempt >= BUSY_RETRY_DELAYS_MS.length ||
      performance.now() - started >= BUSY_RETRY_BUDGET_MS
    )
      return result;
    await sleep(BUSY_RETRY_DELAYS_MS[attempt]!);
  }
});

/** Whether any string in `input` (however nested) passes `test`. Walked without recursion. */
function holdsText(input: unknown, test: (text: string) => boolean): boolean {
  const pending: unknown[] = [input];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === "string") {
      if (test(value)) return true;
    } else if (Array.isArray(value)) {
      pending.push(...value);
    } else if (value !== null && typeof value === "object" && !(value instanceof Date)) {
      for (const [key, inner] of Object.entries(value)) pending.push(key, inner);
    }
  }
  return false;
}

/**
 * Text holding the NUL character (U+0000) is refused, the same on both engines: PostgreSQL cannot
 * store it in a text column (SQLSTATE 22021, which would surface as a 500), while SQLite would keep it.
 * No form produces it, so only a hand-made request meets this.
 */
const refuseNul = t.middleware(async ({ getRawInput, next }) => {
  if (holdsText(await getRawInput(), (text) => text.includes("\u0000")))
    throw new TRPCError({ code: "BAD_REQUEST", message: "Text cannot contain the NUL character (U+0000)." });
  return next();
});

/**
 * Bidirectional embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069). Invisible, they
 * reorder the text after them as it prints: a demo CRM note holding U+202E shows every visitor its
 * words backwards, so "‮gnp.txt" reads as "txt.png", and on the projector's debrief a learner's quoted
 * line can print as something else (Unicode TR #36 §2.1; the "Trojan Source" attack, CVE-2021-42574).
 * No keyboard types them, and mixed left-to-right and right-to-left text needs none of them (the bidi
 * algorithm orders it, helped where needed by the marks U+200E, U+200F and U+061C, which stay).
 */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const A_DIRECTION_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/** Keys whose text is a secret, compared as typed: a password keeps every character it was set with. */
const SECRET_KEY = /password/i;
/**
 * Keys whose text is kept as sent: secrets, and names (name-text.ts), whose schemas refuse a direction control
 * with a message saying so instead of storing the name without it (session 47).
 */
const keptAsSent = (key: string) => SECRET_KEY.test(key) || NAME_KEYS.has(key);

/** `input` with the direction controls removed from every string in it (however nested), but secrets and names. */
export function withoutDirectionControls(input: unknown): unknown {
  // Most inputs hold none: nothing is copied then.
  if (!holdsText(input, (text) => A_DIRECTION_CONTROL.test(text))) return input;
  const clean = (value: unknown, depth: number): unknown => {
    if (typeof value === "string") return value.replace(DIRECTION_CONTROLS, "");
    // Deeper than any form sends: left as it is, for the input's own schema to refuse.
    if (depth > 32 || value === null || typeof value !== "object" || value instanceof Date) return value;
    if (Array.isArray(value)) return value.map((v) => clean(v, depth + 1));
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, keptAsSent(k) ? v : clean(v, depth + 1)]),
    );
  };
  return clean(input, 0);
}

/** Every text input loses its direction controls before its schema reads it (learner text, notes, names). */
const dropDirectionControls = t.middleware(async ({ getRawInput, next }) => {
  const raw = await getRawInput();
  const clean = withoutDirectionControls(raw);
  return clean === raw ? next() : next({ getRawInput: async () => clean });
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;
export const baseProcedure = t.procedure
  .use(refuseNul)
  .use(dropDirectionControls)
  .use(mapDomainErrors)
  .use(retryWhenBusy);
