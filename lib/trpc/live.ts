"use client";

/**
 * The tutor's pushed live views on the client. Each keeps an ordinary query and a subscription
 * (server-sent events, see server/trpc/polling-stream.ts) side by side: what the stream pushes goes
 * straight into the query's cache, and while the stream is not delivering (not yet connected, a
 * proxy that buffers events, a network that drops them, the server restarting) the query polls
 * instead, so the page never stops updating.
 */
import { skipToken, useQuery, useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useEffect, useState } from "react";
import { useTRPC } from "./client";
import { isNotFound } from "./error-message";

/**
 * The server no longer lets this browser in as the tutor (signed out elsewhere, idle, 30 days) or
 * does not let it see this (a preview started in another tab): asking again every 1.5 s cannot help.
 */
function refusedForGood(error: unknown): boolean {
  const code = (error as { data?: { code?: string } } | null)?.data?.code;
  return code === "UNAUTHORIZED" || code === "FORBIDDEN" || isNotFound(error);
}

/**
 * Once refused: stop, and have the page ask who is signed in, so it shows the sign-in card with the
 * server's reason (auth.me's tutorSignedOut) once, instead of "Connection lost, retrying…" for ever.
 */
function useStopWhenRefused(error: unknown): boolean {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refused = refusedForGood(error);
  const signedOut = (error as { data?: { code?: string } } | null)?.data?.code === "UNAUTHORIZED";
  useEffect(() => {
    if (signedOut) void queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
  }, [signedOut, queryClient, trpc]);
  return refused;
}

/** How often a view polls while its stream is down. */
export const FALLBACK_POLL_MS = 1500;
/**
 * The server says "still current" every 3 s when nothing changes; a stream silent for longer than
 * this is treated as down (the page polls) until it speaks again.
 */
const SILENT_STREAM_MS = 8_000;
/**
 * A stream that has not spoken this long after the page opened counts as down, so the page polls and
 * says so; a blocked or buffering connection otherwise stays "connecting" for ever while it retries.
 */
const CONNECT_GRACE_MS = 3_000;

export type LiveConnection = "live" | "connecting" | "polling";

/** The stream's state, counting a connected but silent stream as down. */
function useConnection(status: string, lastMessageAt: number | undefined): LiveConnection {
  const [openedAt] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  const current = Math.max(now, Date.now());
  if (lastMessageAt === undefined && (status === "connecting" || status === "pending")) {
    return current - openedAt > CONNECT_GRACE_MS ? "polling" : "connecting";
  }
  if (status !== "pending" || lastMessageAt === undefined) return "polling";
  return current - lastMessageAt > SILENT_STREAM_MS ? "polling" : "live";
}

/** The class's live dashboard view, pushed; polled while the stream is down. */
export function useLiveClass(classId: number, enabled: boolean) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = trpc.results.live.queryOptions({ classId });
  const [checkedAt, setCheckedAt] = useState<Date | undefined>();
  const refused = useStopWhenRefused(queryClient.getQueryState(options.queryKey)?.error);
  const on = enabled && !refused;
  const stream = useSubscription(
    trpc.results.liveStream.subscriptionOptions(on ? { classId } : skipToken, {
      onData: (pushed) => {
        if (pushed.view) queryClient.setQueryData(options.queryKey, pushed.view);
        setCheckedAt(pushed.checkedAt);
      },
    }),
  );
  const connection = useConnection(stream.status, checkedAt?.getTime());
  const live = useQuery({
    ...options,
    enabled: on,
    refetchInterval: (query) =>
      connection === "live" || refusedForGood(query.state.error) ? false : FALLBACK_POLL_MS,
    refetchIntervalInBackground: false,
    staleTime: connection === "live" ? Number.POSITIVE_INFINITY : 0,
  });
  // When the view was last known to be current: the stream's last word, or the last poll.
  const currentAt = Math.max(checkedAt?.getTime() ?? 0, live.dataUpdatedAt);
  return { live, connection, currentAt };
}

function reloadAttempt(
  queryClient: ReturnType<typeof useQueryClient>,
  trpc: ReturnType<typeof useTRPC>,
  attemptId: number,
) {
  void queryClient.invalidateQueries({ queryKey: trpc.attempts.get.queryKey({ attemptId }) });
  void queryClient.invalidateQueries({ queryKey: trpc.crm.pathKey() });
}

/**
 * For a tutor watching one learner's attempt: each pushed version reloads the attempt and its CRM
 * copy; while the stream is down they are reloaded every FALLBACK_POLL_MS instead.
 */
export function useAttemptWatch(attemptId: number, enabled: boolean): LiveConnection {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [lastMessageAt, setLastMessageAt] = useState<number | undefined>();
  const attempt = useQuery({ ...trpc.attempts.get.queryOptions({ attemptId }), enabled: false });
  const refused = useStopWhenRefused(attempt.error);
  const on = enabled && !refused;
  const stream = useSubscription(
    trpc.results.watchAttempt.subscriptionOptions(on ? { attemptId } : skipToken, {
      onData: (pushed) => {
        setLastMessageAt(pushed.checkedAt.getTime());
        if (pushed.view) reloadAttempt(queryClient, trpc, attemptId);
      },
    }),
  );
  const connection = useConnection(stream.status, lastMessageAt);
  const polling = on && connection === "polling";
  useEffect(() => {
    if (!polling) return;
    const timer = setInterval(() => reloadAttempt(queryClient, trpc, attemptId), FALLBACK_POLL_MS);
    return () => clearInterval(timer);
  }, [polling, queryClient, trpc, attemptId]);
  return on ? connection : "polling";
}
