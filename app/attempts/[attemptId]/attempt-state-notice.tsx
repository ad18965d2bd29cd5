"use client";

import Link from "next/link";
import type { inferRouterOutputs } from "@trpc/server";
import { ButtonLink } from "@/components/ui";
import { formatDateTime } from "@/lib/format";
import { errorMessage } from "@/lib/trpc/error-message";
import type { AppRouter } from "@/server/trpc/root";

type AttemptView = inferRouterOutputs<AppRouter>["attempts"]["get"];

/**
 * Why this attempt no longer takes work, said on the page (never only in the console): submitted,
 * awaiting marks, set aside (by "Start again" or the tutor, with their reason), or its assignment
 * closed or locked. An action the server refused as a conflict (say, sent from a tab opened before
 * submitting) is explained here too, after the page has caught up.
 */
export function AttemptStateNotice({
  attempt,
  actionError,
  reopened = false,
}: {
  attempt: AttemptView;
  actionError: unknown;
  /** The assignment was closed while this page was open and has just been reopened. */
  reopened?: boolean;
}) {
  const conflict = (actionError as { data?: { code?: string } } | null)?.data?.code === "CONFLICT";
  const refused = conflict ? errorMessage(actionError) : undefined;
  const learnerView = attempt.canAct || attempt.viewer === "learner";
  if (!learnerView) return null;

  let body: React.ReactNode = null;
  if (attempt.voided) {
    body = (
      <>
        <p className="font-semibold">
          This attempt has been set aside{attempt.voided.at ? ` (${formatDateTime(attempt.voided.at)})` : ""}.
        </p>
        <p>{attempt.voided.notice}</p>
        <p className="mt-2">
          <Link
            href={`/scenarios/${encodeURIComponent(attempt.scenarioId)}`}
            className="font-medium text-brand-800 underline"
          >
            Go to the brief
          </Link>{" "}
          to carry on with your current attempt or start again.
        </p>
      </>
    );
  } else if (attempt.status === "submitted") {
    body = (
      <>
        <p className="font-semibold">
          You submitted this attempt{attempt.submittedAt ? ` on ${formatDateTime(attempt.submittedAt)}` : ""}
          {attempt.late ? " (after the due date, so it is marked as late)" : ""}. It can no longer be changed.
        </p>
        {attempt.reportReady ? (
          <p className="mt-2">
            <ButtonLink href={`/attempts/${attempt.id}/report`}>View report</ButtonLink>
          </p>
        ) : (
          <p>
            Submitted, awaiting marks: your tutor will release the marks, and your report will be here then.
          </p>
        )}
      </>
    );
  } else if (attempt.blockedReason) {
    body = <p className="font-semibold">{attempt.blockedReason} Your work so far is kept.</p>;
  } else if (refused) {
    body = <p className="font-semibold">Your last change was not saved: {refused}</p>;
  } else if (reopened) {
    body = (
      <p className="font-semibold">
        Your tutor has reopened this assignment: carry on where you left off. Anything that was not saved
        while it was closed needs doing again.
      </p>
    );
  }
  const bodyIsRefusal = !attempt.voided && attempt.status !== "submitted" && !attempt.blockedReason;
  // The live region is always in the page, empty (and taking no space) until there is a notice: one that
  // arrived together with its words, such as a refusal after the tutor closes the assignment, is not
  // announced by every screen reader (WCAG 4.1.3; the same pattern as StatusMessage in components/ui).
  return (
    <div aria-live="polite" aria-atomic="true" className={body ? undefined : "sr-only"}>
      {body && (
        <div
          role="status"
          className="rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
          data-testid="attempt-notice"
        >
          {refused && !bodyIsRefusal && (
            <p className="mb-1 font-semibold">
              {/* The reason is said once: not again when the notice below already says it. */}
              Your last change was not saved
              {refused === attempt.blockedReason || refused === attempt.voided?.notice ? "." : `: ${refused}`}
            </p>
          )}
          {body}
        </div>
      )}
    </div>
  );
}
