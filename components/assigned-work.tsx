"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { errorMessage } from "@/lib/trpc/error-message";
import { useTRPC } from "@/lib/trpc/client";
import { STAGE_LABEL, STAGE_TONE } from "./labels";
import { Badge, EmptyState, ErrorState, LoadingState, type BadgeTone } from "./ui";

export const ASSIGNMENT_STATUS_LABEL = {
  not_started: "Not started",
  in_progress: "In progress",
  submitted: "Submitted",
} as const;
const STATUS_TONE: Record<keyof typeof ASSIGNMENT_STATUS_LABEL, BadgeTone> = {
  not_started: "neutral",
  in_progress: "amber",
  submitted: "green",
};
const BAND_TONE: Record<string, BadgeTone> = {
  Fail: "red",
  Pass: "blue",
  Merit: "purple",
  Distinction: "green",
};

/** Words for a screen reader only. */
const Hidden = ({ children }: { children: string }) => <span className="sr-only">{children}</span>;

/** How often the list of assigned work is asked for again while it is on screen. */
const ASSIGNED_WORK_REFRESH_MS = 10_000;

/**
 * The signed-in learner's assigned work, to do first. Links go to the scenario pages: start an
 * assignment at /scenarios/<id>?assignment=<assignmentId>, carry on or read the report at /attempts/<id>.
 */
export function AssignedWork({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const trpc = useTRPC();
  // Tutors assign, close and reopen work mid-lesson while learners sit on this list: it is asked again
  // while on screen, so a new scenario or a closed one shows without a reload.
  const query = useQuery({
    ...trpc.assignments.mine.queryOptions(),
    refetchInterval: ASSIGNED_WORK_REFRESH_MS,
    refetchIntervalInBackground: false,
  });
  const Heading = headingLevel === 2 ? "h2" : "h3";

  if (query.isPending) return <LoadingState label="Loading your assigned work…" />;
  // A refresh that fails keeps the list on screen; only a list that never loaded is an error.
  if (query.isError && !query.data)
    return (
      <ErrorState
        error={{ message: errorMessage(query.error) ?? "Please try again." }}
        onRetry={() => void query.refetch()}
      />
    );
  if (query.data.length === 0) {
    return (
      <EmptyState title="Nothing assigned yet">
        Your tutor has not set any scenarios for your class. You can still{" "}
        <Link href="/scenarios" className="font-medium text-brand-700 underline">
          practise any scenario
        </Link>
        .
      </EmptyState>
    );
  }

  return (
    <ul className="flex flex-col gap-3" aria-label="Assigned scenarios">
      {query.data.map((a) => {
        const action =
          a.inProgressAttemptId && a.open
            ? { href: `/attempts/${a.inProgressAttemptId}`, label: "Carry on" }
            : a.status === "submitted" && a.submittedAttemptId
              ? // "See your report" opens the report itself: it opened the finished workspace, where the
                // learner had to find "View report" as well (WCAG 2.4.4, the link said where it went).
                a.awaitingMarks
                ? { href: `/attempts/${a.submittedAttemptId}`, label: "See your attempt" }
                : { href: `/attempts/${a.submittedAttemptId}/report`, label: "See your report" }
              : a.inProgressAttemptId
                ? { href: `/attempts/${a.inProgressAttemptId}`, label: "See your attempt" }
                : a.open
                  ? {
                      href: `/scenarios/${encodeURIComponent(a.scenario.id)}?assignment=${a.id}`,
                      label: "Start",
                    }
                  : null;
        return (
          <li
            key={a.id}
            className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3"
          >
            <div className="min-w-0">
              <Heading className="font-semibold text-slate-900">{a.scenario.title}</Heading>
              {/* Each fact is named and ends with a full stop for a screen reader ("Lifecycle stage: Engagement.
                  About 25 minutes. Status: Not started."): the badges alone were read as one run, "Engagement
                  About 25 minutes Not started". The words are hidden from sight, where the badges' colours and
                  places already tell them apart; they take no room (sr-only is out of the flow), and the words seen keep an element of their own. */}
              <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
                {a.scenario.lifecycleStage && (
                  <Badge tone={STAGE_TONE[a.scenario.lifecycleStage] ?? "neutral"}>
                    <Hidden>Lifecycle stage: </Hidden>
                    <span>{STAGE_LABEL[a.scenario.lifecycleStage] ?? a.scenario.lifecycleStage}</span>
                    <Hidden>.</Hidden>
                  </Badge>
                )}
                {a.scenario.estimatedMinutes > 0 && (
                  <span>
                    <span>About {a.scenario.estimatedMinutes} minutes</span>
                    <Hidden>.</Hidden>
                  </span>
                )}
                {a.dueAt && (
                  <span>
                    <span>
                      Due {formatDateTime(a.dueAt)}
                      {a.lateWork === "lock" && a.open ? ", then locks" : ""}
                    </span>
                    <Hidden>.</Hidden>
                  </span>
                )}
                {a.overdue && a.open && (
                  <Badge tone="red">
                    <span>Overdue</span>
                    <Hidden>.</Hidden>
                  </Badge>
                )}
                {!a.open && (
                  <Badge tone="red">
                    <span>Closed</span>
                    <Hidden>.</Hidden>
                  </Badge>
                )}
                {a.late && (
                  <Badge tone="amber">
                    <span>Late</span>
                    <Hidden>.</Hidden>
                  </Badge>
                )}
                {a.maxAttempts !== null && a.open && (
                  <span>
                    <span>
                      {a.attemptsLeft} of {a.maxAttempts} attempts left
                    </span>
                    <Hidden>.</Hidden>
                  </span>
                )}
              </p>
            </div>
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={STATUS_TONE[a.status]}>
                <Hidden>Status: </Hidden>
                <span>
                  {a.awaitingMarks ? "Submitted, awaiting marks" : ASSIGNMENT_STATUS_LABEL[a.status]}
                </span>
                <Hidden>.</Hidden>
              </Badge>
              {a.band && (
                <Badge
                  tone={BAND_TONE[a.band] ?? "neutral"}
                  title={a.totalPercent !== null ? `${a.totalPercent}%` : undefined}
                >
                  <Hidden>Result: </Hidden>
                  <span>
                    {a.band}
                    {a.totalPercent !== null ? ` · ${a.totalPercent}%` : ""}
                  </span>
                  <Hidden>.</Hidden>
                </Badge>
              )}
              {a.scenarioAvailable && action ? (
                <Link
                  href={action.href}
                  className="rounded-lg bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
                  aria-label={`${action.label}: ${a.scenario.title}`}
                >
                  {action.label}
                </Link>
              ) : (
                <span className="text-sm text-slate-600">
                  {a.scenarioAvailable ? a.closedMessage : "No longer available"}
                </span>
              )}
              {/* Trying again leaves the report of the attempt handed in before within reach: without this,
                  "Carry on" was the only way on from here once a new attempt was started. */}
              {action &&
                action.href !== `/attempts/${a.submittedAttemptId}/report` &&
                a.submittedAttemptId &&
                !a.awaitingMarks && (
                  <Link
                    href={`/attempts/${a.submittedAttemptId}/report`}
                    className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
                    aria-label={`Your last report: ${a.scenario.title}`}
                  >
                    Your last report
                  </Link>
                )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
