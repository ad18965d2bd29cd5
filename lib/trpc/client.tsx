"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useState, type ReactNode } from "react";
import superjson from "superjson";
import type { AppRouter } from "@/server/trpc/root";
import { idleHeaders } from "./activity";
import { CLIENT_MAX_BATCH } from "./batch-limit";
import { isRetryable, retryDelayMs } from "./error-message";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        // Validation and permission errors will not change on a retry; a busy database will.
        retry: (count, error) => {
          if (isRetryable(error)) return count < 5;
          const code = (error as { data?: { code?: string } }).data?.code;
          if (code && code !== "INTERNAL_SERVER_ERROR") return false;
          return count < 2;
        },
        retryDelay: retryDelayMs,
      },
    },
  });
}

export function TrpcReactProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        // Subscriptions (the tutor's live views) arrive as server-sent events; everything else is batched HTTP.
        splitLink({
          condition: (op) => op.type === "subscription",
          true: httpSubscriptionLink({ url: "/api/trpc", transformer: superjson }),
          // Each request says how long ago the page was last touched (lib/trpc/activity.ts).
          false: httpBatchLink({
            url: "/api/trpc",
            transformer: superjson,
            maxItems: CLIENT_MAX_BATCH,
            headers: idleHeaders,
          }),
        }),
      ],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
