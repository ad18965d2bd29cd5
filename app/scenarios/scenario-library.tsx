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
          <ul className="grid gap-3 md:grid-cols-2">
            {assigned.data.map((a) => (
              <li
                key={a.id}
                className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
              >
                <div className="flex flex-wrap items-center gap-2">
                  <Badge tone={STATUS_TONE[a.status]}>{STATUS_LABEL[a.status]}</Badge>
                  {a.band && <BandBadge band={a.band} percent={a.totalPercent} />}
                  {a.dueAt && <Badge tone={a.overdue ? "red" : "neutral"}>Due {formatDate(a.dueAt)}</Badge>}
                </div>
                <h3 className="font-semibold">{a.scenario.title}</h3>
                <div className="flex flex-wrap gap-2">
                  {a.inProgressAttemptId ? (
                    <ButtonLink href={`/attempts/${a.inProgressAttemptId}`}>Continue</ButtonLink>
                  ) : (
                    <ButtonLink href={`/scenarios/${a.scenario.id}?assignment=${a.id}`}>
                      {a.status === "submitted" ? "Try again" : "Start"}
                    </ButtonLink>
                  )}
                  {a.submittedAttemptId && (
                    <ButtonLink variant="secondary" href={`/attempts/${a.submittedAttemptId}/report`}>
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
          <ul className="grid gap-4 lg:grid-cols-3">
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
                <ButtonLink
                  href={`/scenarios/${s.id}`}
                  className="mt-4 self-start"
                  aria-label={`Read the brief: ${s.title}`}
                >
                  Read the brief
                </ButtonLink>
              </li>
            ))}
          </ul>
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
                <span className="flex items-center gap-2">
                  {a.status === "submitted" ? (
                    <BandBadge band={a.band} percent={a.totalPercent} />
                  ) : (
                    <Badge tone="amber">In progress</Badge>
                  )}
                  <Link
                    className="font-medium text-brand-700 hover:underline"
                    href={a.status === "submitted" ? `/attempts/${a.id}/report` : `/attempts/${a.id}`}
                  >
                    {a.status === "submitted" ? "Report" : "Continue"}
                    <span className="sr-only"> {a.scenarioTitle}</span>
                  </Link>
                </span>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
