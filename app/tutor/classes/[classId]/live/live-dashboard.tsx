"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useMemo, useState } from "react";
import { TutorQueryError, TutorSignInNeeded } from "@/components/tutor/tutor-page-states";
import { Card, EmptyState, LoadingState, PageHeader, cx } from "@/components/ui";
import { formatTime } from "@/lib/format";
import { useTRPC } from "@/lib/trpc/client";
import { type LiveConnection, useLiveClass } from "@/lib/trpc/live";
import { AssignmentProgress } from "./assignment-progress";
import { clockFormat, LiveTable, markedOnId } from "./live-table";
import { useSubmissionAnnouncements } from "./submission-announcements";
import { useProjectorNames } from "./use-projector-names";

const CONNECTION_TEXT: Record<LiveConnection, string> = {
  live: "Live",
  connecting: "Connecting",
  polling: "Checking every 1.5 s",
};

/** The tutor's live view of a class: each learner's current scenario, progress on each assignment and results, pushed. */
export function LiveDashboard({ classId }: { classId: number }) {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const isTutor = me.data?.kind === "tutor";
  const { live, connection, currentAt } = useLiveClass(classId, isTutor);
  // Pause (WCAG 2.2.2): the view keeps what it showed, while the data goes on arriving underneath;
  // resuming shows the class as it is now (and announces whoever submitted in the meantime).
  const [frozen, setFrozen] = useState<{ data: NonNullable<typeof live.data>; at: number } | null>(null);
  const shown = frozen?.data ?? live.data;
  const learnersIn = shown?.learners;
  const { hidden, setHidden, nameOf } = useProjectorNames(learnersIn ?? []);
  // With names hidden, rows follow the learner numbers rather than the (hidden) alphabetical order.
  const learners = useMemo(
    () => (hidden ? [...(learnersIn ?? [])].sort((a, b) => a.learnerId - b.learnerId) : (learnersIn ?? [])),
    [hidden, learnersIn],
  );
  const announcements = useSubmissionAnnouncements(shown, nameOf);
  const hideId = useId();
  const pauseId = useId();

  if (!me.data) return <LoadingState />;
  if (!isTutor) return <TutorSignInNeeded title="Live dashboard" toDo="follow a class live" />;
  if (live.isPending) return <LoadingState label="Loading the class…" />;
  if (live.isError && !live.data) {
    return (
      <TutorQueryError
        title="Live dashboard"
        notFoundTitle="Class not found"
        notFoundText="There is no class here, or it belongs to another tutor."
        error={live.error}
        onRetry={() => void live.refetch()}
      />
    );
  }

  const data = shown!;
  const { counts } = data;
  return (
    <>
      <PageHeader
        eyebrow={
          <Link href={`/tutor/classes/${classId}`} className="hover:underline">
            ← {data.className}
          </Link>
        }
        title="Live dashboard"
        documentTitle={`Live dashboard: ${data.className}`}
        description="Each learner's current scenario, how far they have got with each assignment and their result when they submit. It updates by itself as learners work."
      />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <dl className="flex flex-wrap gap-2 text-sm" aria-label="Class summary">
          <SummaryPill label="Learners" value={counts.learners} />
          <SummaryPill label="Working" value={counts.inProgress} />
          <SummaryPill label="Submitted" value={counts.submitted} />
          <SummaryPill label="Not started" value={counts.notStarted} />
        </dl>
        <div className="flex flex-wrap items-center gap-4 text-sm text-slate-700">
          <label htmlFor={hideId} className="inline-flex items-center gap-2">
            <input
              id={hideId}
              type="checkbox"
              className="accent-brand-700"
              checked={hidden}
              onChange={(e) => setHidden(e.target.checked)}
            />
            Hide names (for a projector)
          </label>
          <label htmlFor={pauseId} className="inline-flex items-center gap-2">
            <input
              id={pauseId}
              type="checkbox"
              className="accent-brand-700"
              checked={frozen !== null}
              onChange={(e) =>
                setFrozen(e.target.checked && live.data ? { data: live.data, at: currentAt } : null)
              }
            />
            Pause updates
          </label>
          <p className="flex items-center gap-2" data-testid="live-updated">
            <span
              aria-hidden
              className={cx(
                "inline-block h-2.5 w-2.5 rounded-full",
                frozen
                  ? "bg-slate-400"
                  : live.isError
                    ? "bg-red-600"
                    : connection === "live"
                      ? "bg-emerald-600"
                      : "bg-amber-500",
                live.isFetching && !frozen && "motion-safe:animate-pulse",
              )}
            />
            {/* Always in the page, so a lost connection is announced (WCAG 4.1.3); the ticking time is not. */}
            <span aria-live="polite" aria-atomic="true" className="empty:sr-only">
              {live.isError && !frozen
                ? `Connection lost, retrying… (last updated ${clockFormat.format(currentAt)})`
                : null}
            </span>
            {frozen ? (
              <span data-connection="paused">
                Paused · showing the class at {clockFormat.format(frozen.at)}
              </span>
            ) : live.isError ? null : (
              <span data-connection={connection}>
                {CONNECTION_TEXT[connection]} · up to date at {clockFormat.format(currentAt)}
              </span>
            )}
          </p>
        </div>
      </div>

      <div className="flex flex-col gap-6">
        <Card title="Learners">
          {learners.length === 0 ? (
            <EmptyState title="Nobody has joined yet">
              Share the join code from the{" "}
              <Link href={`/tutor/classes/${classId}`} className="font-medium text-brand-700 underline">
                class page
              </Link>
              . Learners appear here as soon as they join.
            </EmptyState>
          ) : (
            <LiveTable learners={learners} nameOf={nameOf} />
          )}
        </Card>

        {learners.length > 0 && (
          <Card title="Progress by assignment">
            <AssignmentProgress data={data} learners={learners} nameOf={nameOf} />
          </Card>
        )}

        <MarkedOn data={data} />

        <Card title="Latest submissions">
          <div
            role="log"
            aria-live="polite"
            aria-relevant="additions"
            aria-label="Latest submissions"
            className="text-sm text-slate-700"
          >
            {announcements.length === 0 ? (
              <p>Submissions during this session will appear here (and are announced to screen readers).</p>
            ) : (
              <ul className="flex flex-col gap-1">
                {announcements.map((a) => (
                  <li key={a.key}>
                    <span className="font-mono text-xs text-slate-600">{formatTime(a.at)}</span> {a.text}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </Card>
      </div>
    </>
  );
}

function SummaryPill({ label, value }: { label: string; value: number }) {
  return (
    <div className="flex items-baseline gap-1.5 rounded-full bg-white px-3 py-1 ring-1 ring-slate-200">
      <dt className="text-slate-600">{label}</dt>
      <dd className="font-semibold text-slate-900">{value}</dd>
    </div>
  );
}

/**
 * What each scenario on the dashboard is marked on (its core outcomes), so a tutor reads a row with no
 * LASS steps (loyalty, win-back…) against what counts there, and a complaint's chips as part of a whole.
 */
function MarkedOn({ data }: { data: NonNullable<ReturnType<typeof useLiveClass>["live"]["data"]> }) {
  const scenarios = new Map<string, { title: string; coreOutcomes: string[] }>();
  for (const a of data.assignments)
    scenarios.set(a.scenarioId, { title: a.scenarioTitle, coreOutcomes: a.coreOutcomes });
  for (const l of data.learners)
    if (l.attempt && !scenarios.has(l.attempt.scenarioId))
      scenarios.set(l.attempt.scenarioId, {
        title: l.attempt.scenarioTitle,
        coreOutcomes: l.attempt.coreOutcomes,
      });
  if (scenarios.size === 0) return null;
  return (
    <Card title="What each scenario is marked on">
      <p className="text-sm text-slate-700">
        Its core outcomes: a Distinction needs every one of them met. The full marking is on each results
        page.
      </p>
      <div className="mt-3 grid grid-cols-1 gap-4">
        {[...scenarios].map(([id, s]) => (
          <section key={id} aria-labelledby={markedOnId(id)} className="min-w-0">
            <h3
              id={markedOnId(id)}
              tabIndex={-1}
              className="break-words text-sm font-semibold text-slate-900"
            >
              {s.title}
            </h3>
            {s.coreOutcomes.length > 0 ? (
              <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-slate-700">
                {s.coreOutcomes.map((o) => (
                  <li key={o}>{o}</li>
                ))}
              </ul>
            ) : (
              <p className="mt-1 text-sm text-slate-700">This scenario is no longer available.</p>
            )}
          </section>
        ))}
      </div>
    </Card>
  );
}
