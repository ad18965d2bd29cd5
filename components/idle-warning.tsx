"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { formatTime } from "@/lib/format";
import { focusWithoutTouch, touchTimes } from "@/lib/trpc/activity";
import { useTRPC } from "@/lib/trpc/client";
import { keepTabInside, returnFocus, showModalFrom } from "./dialog-focus";
import { Button, StatusMessage } from "./ui";

/** How long before the earliest sign-out the warning comes: well over WCAG 2.2.1's 20 seconds. */
const WARN_BEFORE_MS = 3 * 60_000;
const CHECK_EVERY_MS = 15_000;
/** WCAG 2.2.1's 20-hour exception: a longer idle period (a learner's default, 30 days) needs no warning. */
const TWENTY_HOURS_MS = 20 * 3_600_000;

/**
 * A warning before the idle sign-out (WCAG 2.2.1 Timing Adjustable): a tutor who leaves the app alone for
 * TUTOR_IDLE_MINUTES is signed out (server/auth/tutor-sessions.ts), as is a learner after
 * LEARNER_IDLE_MINUTES where a college sets it short. Minutes before it could happen, a modal alert dialog
 * says when and offers "Stay signed in", a request that counts as use. Use of the page that no request has
 * reported yet (typing a long note, reading and scrolling) is reported by a quiet request instead.
 */
export function IdleWarning() {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const who = me.data?.kind === "tutor" ? "tutor" : me.data?.kind === "learner" ? "learner" : null;
  const idleMs = me.data && me.data.kind !== "anonymous" ? me.data.idleMinutes * 60_000 : null;
  // The server writes the idle deadline at most once per touch step (auth.me says how long), so the
  // sign-out can fall due that much earlier than the last reported touch plus the idle period.
  const touchStepMs = me.data && me.data.kind !== "anonymous" ? me.data.touchStepMinutes * 60_000 : 0;
  const [signOutAt, setSignOutAt] = useState<number | null>(null);
  const [status, setStatus] = useState("");
  const dialogRef = useRef<HTMLDialogElement>(null);
  const stayRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const textId = useId();
  const refetch = me.refetch;
  const warning = signOutAt !== null;

  useEffect(() => {
    if (idleMs === null || idleMs >= TWENTY_HOURS_MS) return;
    const check = () => {
      const { touched, reported } = touchTimes();
      const earliest = reported + idleMs - touchStepMs;
      const now = Date.now();
      if (now < earliest - WARN_BEFORE_MS) return;
      if (warning) {
        // Past the latest the server could have kept the session: the page finds out and says so.
        if (now > reported + idleMs) {
          setSignOutAt(null);
          void refetch();
        }
        return;
      }
      // Used, but no request has said so: one does now, and the clock starts again from that use.
      if (touched > reported) void refetch();
      else setSignOutAt(earliest);
    };
    const timer = window.setInterval(check, CHECK_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [idleMs, touchStepMs, warning, refetch]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (warning && !dialog.open) {
      setStatus("");
      // The dialog takes focus by itself: that is not the person coming back (lib/trpc/activity.ts).
      focusWithoutTouch(() => showModalFrom(dialog, stayRef.current));
    }
    if (!warning && dialog.open) focusWithoutTouch(() => dialog.close());
  }, [warning]);

  const stay = () => {
    setSignOutAt(null);
    // The press itself is the touch this request reports.
    void refetch();
    setStatus("You are still signed in.");
  };

  if (!who) return null;
  const minutes = signOutAt === null ? 0 : Math.max(1, Math.round((signOutAt - Date.now()) / 60_000));
  return (
    <>
      <StatusMessage className="sr-only" testId="idle-status">
        {status}
      </StatusMessage>
      <dialog
        ref={dialogRef}
        role="alertdialog"
        aria-labelledby={titleId}
        aria-describedby={textId}
        onCancel={(e) => {
          // Escape answers the question the safe way: stay signed in.
          e.preventDefault();
          stay();
        }}
        // Focus going back is the page's doing too; pressing "Stay signed in" was the touch.
        onClose={() => focusWithoutTouch(() => returnFocus(dialogRef.current))}
        onKeyDown={(e) => keepTabInside(e, dialogRef.current)}
        className="m-auto w-[calc(100%-2rem)] max-w-md rounded-xl bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
      >
        {warning && (
          <div className="flex flex-col gap-4 p-5">
            <h2 id={titleId} className="text-lg font-semibold">
              Are you still there?
            </h2>
            <p id={textId} className="text-sm text-slate-700">
              Nothing has been done on this page for a while, so you will be signed out at{" "}
              {formatTime(signOutAt)} (in about {minutes} {minutes === 1 ? "minute" : "minutes"}), so that{" "}
              {who === "tutor"
                ? "nobody else at this computer can use your account"
                : "nobody else using this device can carry on as you"}
              . Anything you have saved is kept.
            </p>
            <div className="flex flex-wrap justify-end gap-2">
              <Button ref={stayRef} onClick={stay} data-focus-always="">
                Stay signed in
              </Button>
            </div>
          </div>
        )}
      </dialog>
    </>
  );
}
