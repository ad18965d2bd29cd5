"use client";

import { StatusMessage } from "@/components/ui";
import type { ConnectionWait } from "./use-attempt-action";

/**
 * Said beside the button that sent an action while it cannot reach the server, in a live region that
 * is always in the page (WCAG 4.1.3): offline, the action is held and goes by itself when the device
 * is back online; with no answer from the server, it is being tried again. The learner's words stay
 * in the box until the action is stored.
 */
export function ConnectionWaitNotice({
  wait,
  done,
  testId,
}: {
  wait: ConnectionWait | null;
  /** "sent" for a reply, "saved" for a CRM record. */
  done: "sent" | "saved";
  testId: string;
}) {
  return (
    <StatusMessage
      className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
      testId={testId}
    >
      {wait === "offline"
        ? `You are offline. This will be ${done} by itself when your connection comes back: keep this page open.`
        : wait === "retrying"
          ? `Cannot reach the server at the moment. Trying again; your work stays here until it is ${done}.`
          : null}
    </StatusMessage>
  );
}
