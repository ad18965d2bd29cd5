import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { MAX_BATCH_SIZE, readRequestWithin } from "@/server/trpc/request-limits";
import { isCrossSite } from "@/server/trpc/cross-site";
import { createHttpContext } from "@/server/trpc/http-context";
import { retryAfterSeconds } from "@/server/trpc/init";
import { forTheLog } from "@/server/trpc/loggable-error";
import { appRouter } from "@/server/trpc/root";

export const dynamic = "force-dynamic";

const refuse = (status: number, code: string, message: string) =>
  Response.json(
    {
      error: {
        json: {
          message,
          code: status === 413 ? -32013 : status === 400 ? -32600 : -32003,
          data: { code, httpStatus: status },
        },
      },
    },
    { status },
  );

async function handler(original: Request) {
  if (isCrossSite(original))
    return refuse(403, "FORBIDDEN", "This request came from another site, so it was refused.");
  const req = await readRequestWithin(original);
  if (req === "too-large")
    return refuse(413, "PAYLOAD_TOO_LARGE", "That request was too large for the server to accept.");
  if (req === "too-deep")
    return refuse(400, "BAD_REQUEST", "That request was nested too deeply for the server to read.");
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: () => createHttpContext(req),
    responseMeta({ errors }) {
      // Busy, unavailable and rate-limited answers say when to try again.
      const waits = errors.map(retryAfterSeconds).filter((s): s is number => s !== undefined);
      return waits.length > 0 ? { headers: new Headers({ "retry-after": String(Math.max(...waits)) }) } : {};
    },
    // Printed through forTheLog: the failed statement's values (learners' text, password hashes) stay out of the log.
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR")
        console.error(`tRPC ${path ?? "?"} failed:\n${forTheLog(error.cause ?? error)}`);
      // The person running the server must see a storage fault, not only the learner.
      if (error.code === "SERVICE_UNAVAILABLE")
        console.error(
          `tRPC ${path ?? "?"} answered 503:\n${forTheLog(error.cause?.cause ?? error.cause ?? error)}`,
        );
    },
  });
}

export { handler as GET, handler as POST };
