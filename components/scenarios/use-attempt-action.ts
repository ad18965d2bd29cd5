"use client";

import { onlineManager, useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/lib/trpc/client";
import { isRetryable, retryDelayMs } from "@/lib/trpc/error-message";
import type { LearnerAction } from "@/server/core/scenarios/learner-actions";

/** A random id for one learner action, so a retried request is stored once (works without HTTPS too). */
export function newClientId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Why a learner's action has not been stored yet, when it is more than the usual moment's wait. */
export type ConnectionWait = "offline" | "retrying";

/** Sends learner actions for an attempt and refreshes the workspace once they are stored. */
export function useAttemptAction(attemptId: number) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // Which form sent the latest action, so only that form shows its error (not every form at once).
  const [source, setSource] = useState<string | null>(null);
  const mutation = useMutation(
    trpc.attempts.act.mutationOptions({
      // One attempt's actions are sent one after another, in the order the learner made them. Sent side
      // by side, a reply typed while the record view was still being logged could be stored first, so
      // the log (and "checked the history first", and the tutor's "Last:") had them the wrong way round.
      scope: { id: `attempt-${attemptId}` },
      // A lost connection or a busy database (503, retryable) is retried with the same variables,
      // so the same client id: the server stores the action once however often it arrives.
      retry: (count, error) => isRetryable(error) && count < 6,
      retryDelay: retryDelayMs,
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.attempts.get.queryKey({ attemptId }) }),
          queryClient.invalidateQueries({ queryKey: trpc.crm.getCustomer.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.crm.listCustomers.queryKey() }),
        ]),
    }),
  );
  // Actions the learner started and not yet settled. The workspace's own background action (opening a
  // record is logged as "viewed") is not counted: it must not disable or relabel a form the learner is
  // about to use, or a click landing while it is in flight would be swallowed.
  const [learnerActionsInFlight, setLearnerActionsInFlight] = useState(0);
  // Which forms have an action in flight: only those say "Sending…" or "Saving…". A note held while the
  // device is offline used to relabel the reply's button "Sending…" too, for a reply never sent.
  const [sendingFrom, setSendingFrom] = useState<Readonly<Record<string, number>>>({});
  const countFrom = (from: string, by: 1 | -1) =>
    setSendingFrom((now) => ({ ...now, [from]: Math.max(0, (now[from] ?? 0) + by) }));
  const wait: ConnectionWait | null =
    learnerActionsInFlight === 0
      ? null
      : mutation.isPaused && !onlineManager.isOnline()
        ? "offline" // paused while online is only waiting its turn behind an earlier action
        : mutation.failureCount > 0 && mutation.isPending
          ? "retrying"
          : null;
  return {
    ...mutation,
    /** Some action the learner started is not stored yet (every form waits for it). */
    isPending: learnerActionsInFlight > 0,
    /** An action `from` sent is not stored yet: that form's button says so. */
    isSendingFrom: (from: string) => (sendingFrom[from] ?? 0) > 0,
    /** Why the learner's actions, whichever form sent them, are still waiting (see waitFrom). */
    wait,
    /** The error of the latest action, if `from` sent it. */
    errorFrom: (from: string) => (source === from ? mutation.error : null),
    /**
     * Why the latest action, if `from` sent it, is still waiting: the device is offline (the action is
     * held and goes when the connection is back) or the server did not answer (it is being tried again).
     * Without this the learner saw only "Sending…", for as long as the connection was gone.
     */
    waitFrom: (from: string): ConnectionWait | null => (source !== from ? null : wait),
    act: (
      action: LearnerAction,
      options?: { onSuccess?: () => void; from?: string; background?: boolean },
    ) => {
      const counted = !options?.background;
      const from = options?.from ?? "";
      if (counted) {
        setSource(options?.from ?? null);
        setLearnerActionsInFlight((n) => n + 1);
        countFrom(from, 1);
      }
      // mutateAsync, not mutate: each call settles on its own, so a reply's onSuccess (which clears the
      // draft) still runs when another action started while it was being sent.
      mutation
        .mutateAsync({ attemptId, clientId: newClientId(), action })
        .then(
          () => options?.onSuccess?.(),
          () => undefined, // shown by errorFrom
        )
        .finally(() => {
          if (!counted) return;
          setLearnerActionsInFlight((n) => n - 1);
          countFrom(from, -1);
        });
    },
  };
}
