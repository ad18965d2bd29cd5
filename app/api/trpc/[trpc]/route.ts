import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { isCrossSite } from "@/server/trpc/cross-site";
import { createHttpContext } from "@/server/trpc/http-context";
import { appRouter } from "@/server/trpc/root";

export const dynamic = "force-dynamic";

const forbidden = () =>
  Response.json(
    { error: { json: { message: "This request came from another site, so it was refused.", code: -32003, data: { code: "FORBIDDEN", httpStatus: 403 } } } },
    { status: 403 },
  );

const handler = (req: Request) =>
  isCrossSite(req)
    ? forbidden()
    : fetchRequestHandler({
        endpoint: "/api/trpc",
        req,
        router: appRouter,
        createContext: () => createHttpContext(req),
        onError({ error, path }) {
          if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
        },
      });

export { handler as GET, handler as POST };
