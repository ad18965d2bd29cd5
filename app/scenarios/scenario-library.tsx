"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { BandBadge, StageBadge } from "@/components/scenarios/stage-badge";
import { Badge, ButtonLink, Card, EmptyState, ErrorState, LoadingState } from "@/components/ui";
import { formatDate, formatDateTime } from "@/lib/format";
import { useTRPC } from "@/lib/trpc/client";

const STATUS_LABEL = {
  not_started: "Not started",
  in_progress: "In progress",
  submitted: "Submitted",
} as const;
const STATUS_TONE = { not_started: "neutral", in_progress: "amber", submitted: "green" } as const;

export function ScenarioLibrary() {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const isLearner = me.data?.kind === "learner";
  const scenarios = useQuery(trpc.scenarios.list.queryOptions());
  const assigned = useQuery({ ...trpc.assignments.mine.queryOptions(), enabled: isLearner });
  const attempts = useQuery({ ...trpc.attempts.mine.queryOptions(), enabled: isLearner });
  // The newest attempt in progress per scenario, for "Carry on" on its card.
  const inProgress = new Map<string, number>();
  for (const a of attempts.data ?? [])
    if (a.status === "in_progress" && !inProgress.has(a.scenarioId)) inProgress.set(a.scenarioId, a.id);

  return (
    <div className="flex flex-col gap-8">
      {me.data && me.data.kind === "anonymous" && (
        <div className="rounded-xl border border-brand-200 bg-brand-50 px-4 py-3 text-sm text-brand-900">
          To start a scenario,{" "}
          <Link href="/join" className="font-semibold underline">
            join your class with its code
          </Link>{" "}
          or practise on your own. You only need a display name.
        </div>
      )}

      {isLearner && assigned.data && assigned.data.length > 0 && (
        <section aria-labelledby="assigned-heading">
          <h2 id="assigned-heading" className="mb-3 text-lg font-semibold">
            Assigned to you
          </h2>
          <ul className="grid grid-cols-1 gap-3 md:grid-cols-2">
            {assigned.data.map((a) => (
              <li
                key={a.id}
                className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
              >
                <div className="flex flex-wrap items-center gap-2">
                  <Badge tone={STATUS_TONE[a.status]}>
                    {a.awaitingMarks ? "Submitted, awaiting marks" : STATUS_LABEL[a.status]}
                  </Badge>
                  {a.band && <BandBadge band={a.band} percent={a.totalPercent} />}
                  {a.late && <Badge tone="amber">Late</Badge>}
                  {a.dueAt && <Badge tone={a.overdue ? "red" : "neutral"}>Due {formatDate(a.dueAt)}</Badge>}
                  {!a.open && <Badge tone="red">Closed</Badge>}
                </div>
                <h3 className="font-semibold">{a.scenario.title}</h3>
                {/* Each link names its scenario, as the welcome page's do: with two assignments a list
                    of links read "Start, Start" (WCAG 2.4.4; 2.4.9). A label, not hidden text: the link is
                    a flex box, so hidden text was read after a space ("Start : …"). */}
                <div className="flex flex-wrap gap-2">
                  {a.inProgressAttemptId && a.open ? (
                    <ButtonLink
                      href={`/attempts/${a.inProgressAttemptId}`}
                      aria-label={`Carry on: ${a.scenario.title}`}
                    >
                      Carry on
                    </ButtonLink>
                  ) : a.open && a.attemptsLeft !== 0 ? (
                    <ButtonLink
                      href={`/scenarios/${a.scenario.id}?assignment=${a.id}`}
                      aria-label={`${a.status === "submitted" ? "Try again" : "Start"}: ${a.scenario.title}`}
                    >
                      {a.status === "submitted" ? "Try again" : "Start"}
                    </ButtonLink>
                  ) : null}
                  {a.submittedAttemptId && !a.awaitingMarks && (
                    <ButtonLink
                      variant="secondary"
                      href={`/attempts/${a.submittedAttemptId}/report`}
                      aria-label={`View report: ${a.scenario.title}`}
                    >
                      View report
                    </ButtonLink>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="library-heading">
        <h2 id="library-heading" className="mb-3 text-lg font-semibold">
          Scenario library
        </h2>
        {scenarios.isError ? (
          <ErrorState error={scenarios.error} onRetry={() => scenarios.refetch()} />
        ) : !scenarios.data ? (
          <LoadingState label="Loading scenarios…" />
        ) : scenarios.data.length === 0 ? (
          <EmptyState title="No scenarios available">Ask your tutor to check the scenario files.</EmptyState>
        ) : (
          // Columns by the list's own width in rem (a container), not the window's: with 200% text at
          // 1366 px three columns were each about ten letters wide and titles broke mid-word
          // ("Complaint: the kettle that / stopp / ed"; WCAG 1.4.4; session 50).
          <div className="@container">
            <ul className="grid grid-cols-1 gap-4 @2xl:grid-cols-2 @5xl:grid-cols-3">
              {scenarios.data.map((s) => (
                <li
                  key={s.id}
                  className="flex flex-col rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
                >
                  <div className="flex flex-wrap items-center gap-2">
                    <StageBadge stage={s.lifecycleStage} />
                    <Badge>About {s.estimatedMinutes} minutes</Badge>
                  </div>
                  <h3 className="mt-3 text-lg font-semibold leading-snug">{s.title}</h3>
                  <h4 className="mt-3 text-xs font-semibold uppercase tracking-wide text-slate-600">
                    You will learn to
                  </h4>
                  <ul className="mt-1 flex-1 list-disc space-y-1 pl-5 text-sm text-slate-700">
                    {s.learningOutcomes.map((lo) => (
                      <li key={lo.text}>{lo.text}</li>
                    ))}
                  </ul>
                  {/* The accessible name starts with the visible text (WCAG 2.5.3 Label in Name). */}
                  <div className="mt-4 flex flex-wrap gap-2">
                    {inProgress.get(s.id) && (
                      <ButtonLink
                        href={`/attempts/${inProgress.get(s.id)}`}
                        aria-label={`Carry on: ${s.title}`}
                      >
                        Carry on
                      </ButtonLink>
                    )}
                    <ButtonLink
                      href={`/scenarios/${s.id}`}
                      variant={inProgress.get(s.id) ? "secondary" : "primary"}
                      aria-label={`Read the brief: ${s.title}`}
                    >
                      Read the brief
                    </ButtonLink>
                  </div>
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      {isLearner && attempts.data && attempts.data.length > 0 && (
        <Card title="Your attempts">
          <ul className="divide-y divide-slate-100">
            {attempts.data.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                <span>
                  <span className="font-medium">{a.scenarioTitle}</span>
                  <span className="text-slate-600"> · started {formatDateTime(a.startedAt)}</span>
                </span>
                <span className="flex flex-wrap items-center gap-2">
                  {a.voided ? (
                    <Badge tone="neutral">
                      {a.voided.kind === "restarted"
                        ? "Set aside"
                        : a.voided.kind === "reset"
                          ? "Reset by your tutor"
                          : "Voided by your tutor"}
                    </Badge>
                  ) : a.awaitingMarks ? (
                    <Badge tone="amber">Submitted, awaiting marks</Badge>
                  ) : a.status === "submitted" ? (
                    <BandBadge band={a.band} percent={a.totalPercent} />
                  ) : (
                    <Badge tone="amber">In progress</Badge>
                  )}
                  {a.late && <Badge tone="amber">Late</Badge>}
                  <Link
                    className="font-medium text-brand-700 hover:underline"
                    href={
                      a.status === "submitted" && !a.awaitingMarks
                        ? `/attempts/${a.id}/report`
                        : `/attempts/${a.id}`
                    }
                  >
                    {a.status === "in_progress"
                      ? "Carry on"
                      : a.status === "submitted" && !a.awaitingMarks
                        ? "Report"
                        : "View"}
                    <span className="sr-only"> {a.scenarioTitle}</span>
                  </Link>
                </span>
                {/* Shown for every kind: in a title attribute it reached only a mouse pointer (WCAG 1.3.1, 2.1.1). */}
                {a.voided && <p className="basis-full text-xs text-slate-700">{a.voided.notice}</p>}
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
