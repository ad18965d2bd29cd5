"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { BandBadge } from "@/components/scenarios/stage-badge";
import { Badge, Card, EmptyState, LoadingState, PageHeader, cx, type BadgeTone } from "@/components/ui";
import { formatTime, plural } from "@/lib/format";
import { useTRPC } from "@/lib/trpc/client";
import { isNotFound } from "@/lib/trpc/error-message";
import { TutorQueryError, TutorSignInNeeded } from "@/components/tutor/tutor-page-states";
import type { AppRouter } from "@/server/trpc/root";
import type { inferRouterOutputs } from "@trpc/server";

type LiveData = inferRouterOutputs<AppRouter>["results"]["live"];
type LiveLearner = LiveData["learners"][number];

/** How often the dashboard asks the server (the brief: changes show within 2 seconds). */
const POLL_MS = 1500;

const clockFormat = new Intl.DateTimeFormat("en-GB", {
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  timeZone: "Europe/London",
});

const LASS_STEPS = [
  { key: "listen", label: "Listen" },
  { key: "apologise", label: "Apologise" },
  { key: "solve", label: "Solve" },
  { key: "thank", label: "Thank" },
] as const;

const STATUS_LABEL: Record<LiveLearner["status"], string> = {
  not_started: "Not started",
  in_progress: "Working",
  submitted: "Submitted",
};
const STATUS_TONE: Record<LiveLearner["status"], BadgeTone> = {
  not_started: "neutral",
  in_progress: "blue",
  submitted: "green",
};

function moodTone(mood: number): BadgeTone {
  if (mood <= -2) return "red";
  if (mood < 0) return "amber";
  if (mood === 0) return "neutral";
  return "green";
}

/** The tutor's live view of a class: each learner's current scenario, progress and result, polled. */
export function LiveDashboard({ classId }: { classId: number }) {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const isTutor = me.data?.kind === "tutor";
  const live = useQuery({
    ...trpc.results.live.queryOptions({ classId }),
    enabled: isTutor,
    refetchInterval: (query) => (isNotFound(query.state.error) ? false : POLL_MS),
    refetchIntervalInBackground: false,
    staleTime: 0,
  });
  const announcements = useSubmissionAnnouncements(live.data);

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

  const data = live.data!;
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
        description="Each learner's current scenario, how far they have got and their result when they submit. It updates by itself every couple of seconds."
      />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <dl className="flex flex-wrap gap-2 text-sm" aria-label="Class summary">
          <SummaryPill label="Learners" value={counts.learners} />
          <SummaryPill label="Working" value={counts.inProgress} />
          <SummaryPill label="Submitted" value={counts.submitted} />
          <SummaryPill label="Not started" value={counts.notStarted} />
        </dl>
        <p className="flex items-center gap-2 text-sm text-slate-700" data-testid="live-updated">
          <span
            aria-hidden
            className={cx(
              "inline-block h-2.5 w-2.5 rounded-full",
              live.isError ? "bg-red-600" : "bg-emerald-600",
              live.isFetching && "motion-safe:animate-pulse",
            )}
          />
          {live.isError ? (
            <span role="status">
              Connection lost, retrying… (last updated {clockFormat.format(live.dataUpdatedAt)})
            </span>
          ) : (
            <span>Updated {clockFormat.format(live.dataUpdatedAt)}</span>
          )}
        </p>
      </div>

      <div className="flex flex-col gap-6">
        <Card title="Learners">
          {data.learners.length === 0 ? (
            <EmptyState title="Nobody has joined yet">
              Share the join code from the{" "}
              <Link href={`/tutor/classes/${classId}`} className="font-medium text-brand-700 underline">
                class page
              </Link>
              . Learners appear here as soon as they join.
            </EmptyState>
          ) : (
            <LiveTable learners={data.learners} />
          )}
        </Card>

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

function LiveTable({ learners }: { learners: LiveLearner[] }) {
  return (
    <div className="relative -mx-4 overflow-x-auto">
      <table className="w-full min-w-[52rem] text-left text-sm" aria-label="Learners' progress">
        <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">
              Learner
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Scenario
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Status
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              <abbr title="Listen, Apologise, Solve, Say thank you" className="no-underline">
                LASS
              </abbr>{" "}
              steps reached
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Progress
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Customer mood
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Result
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {learners.map((l) => (
            <LiveRow key={l.learnerId} learner={l} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function LiveRow({ learner }: { learner: LiveLearner }) {
  const a = learner.attempt;
  return (
    <tr data-testid={`live-row-${learner.learnerId}`} className="align-top">
      <th scope="row" className="px-4 py-3 font-medium text-slate-900">
        <span className="block max-w-[12rem] break-words">{learner.displayName}</span>
        {a?.lastAction && (
          <span
            className="mt-0.5 block max-w-[12rem] truncate text-xs font-normal text-slate-600"
            title={a.lastAction}
          >
            Last: {a.lastAction}
          </span>
        )}
      </th>
      <td className="min-w-[9rem] max-w-[12rem] px-3 py-3">
        {a ? (
          <>
            <span className="block text-slate-900">{a.scenarioTitle}</span>
            <span className="whitespace-nowrap text-xs text-slate-600">
              Active {clockFormat.format(a.updatedAt)}
            </span>
          </>
        ) : (
          <span className="text-slate-600">–</span>
        )}
      </td>
      <td className="px-3 py-3">
        <Badge tone={STATUS_TONE[learner.status]}>{STATUS_LABEL[learner.status]}</Badge>
      </td>
      <td className="px-3 py-3">
        {a ? (
          <ul
            className="grid w-max grid-cols-2 gap-1"
            aria-label={`LASS steps for ${learner.displayName}`}
            data-testid="lass-steps"
          >
            {LASS_STEPS.map((s) => {
              const reached = a.lass[s.key];
              const position = a.lassOrder.indexOf(s.key);
              return (
                <li
                  key={s.key}
                  title={reached ? `${s.label}: reached (${ordinal(position + 1)})` : `${s.label}: not yet`}
                  className={cx(
                    "inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset",
                    reached
                      ? "bg-emerald-50 text-emerald-900 ring-emerald-300"
                      : "bg-white text-slate-600 ring-slate-200",
                  )}
                >
                  <span aria-hidden>{reached ? "✓" : "○"}</span>
                  {s.label}
                  <span className="sr-only">{reached ? ": reached" : ": not yet"}</span>
                </li>
              );
            })}
          </ul>
        ) : (
          <span className="text-slate-600">–</span>
        )}
      </td>
      <td className="whitespace-nowrap px-3 py-3 tabular-nums">
        {a ? (
          <>
            <span className="block" data-testid="actions">
              <span className="font-semibold text-slate-900" data-testid="action-count">
                {a.actions}
              </span>{" "}
              {a.actions === 1 ? "action" : "actions"} · {plural(a.messages, "message")}
            </span>
            <span className="block text-xs text-slate-600">
              Sim clock{" "}
              <span className="font-mono text-sm text-slate-900" data-testid="sim-clock">
                {a.clock}
              </span>
            </span>
          </>
        ) : (
          <span className="text-slate-600">–</span>
        )}
      </td>
      <td className="px-3 py-3">
        {a && a.customers.length > 0 ? (
          <ul className="flex flex-col gap-1">
            {a.customers.slice(0, 3).map((c) => (
              <li key={c.name} className="flex flex-col items-start">
                <span className="max-w-[9rem] truncate text-xs text-slate-700" title={c.name}>
                  {c.name}
                </span>
                <Badge tone={moodTone(c.mood)}>{c.moodLabel}</Badge>
              </li>
            ))}
            {a.customers.length > 3 && (
              <li className="text-xs text-slate-600">and {a.customers.length - 3} more</li>
            )}
          </ul>
        ) : (
          <span className="text-slate-600">–</span>
        )}
      </td>
      <td className="whitespace-nowrap px-4 py-3">
        <span className="block" data-testid="result">
          {a?.status === "submitted" && a.band ? (
            <BandBadge band={a.band} percent={a.totalPercent} />
          ) : (
            <span className="text-slate-600">–</span>
          )}
        </span>
        {a?.status === "submitted" ? (
          <Link
            href={`/attempts/${a.id}/report`}
            className="mt-1 inline-block font-medium text-brand-700 underline"
            aria-label={`Review ${learner.displayName}'s attempt`}
          >
            Review
          </Link>
        ) : a ? (
          <Link
            href={`/attempts/${a.id}`}
            className="mt-1 inline-block text-brand-700 underline"
            aria-label={`Watch ${learner.displayName}'s workspace`}
          >
            Watch
          </Link>
        ) : null}
      </td>
    </tr>
  );
}

function ordinal(n: number): string {
  return ["first", "second", "third", "fourth"][n - 1] ?? `${n}th`;
}

/**
 * Messages for learners who submit while the dashboard is open (not those already submitted when it
 * opened): shown in a log region so screen readers announce them.
 */
function useSubmissionAnnouncements(data: LiveData | undefined) {
  const seen = useRef<Map<number, string> | null>(null);
  const [messages, setMessages] = useState<{ key: string; at: Date; text: string }[]>([]);
  useEffect(() => {
    if (!data) return;
    const next = new Map<number, string>();
    const fresh: { key: string; at: Date; text: string }[] = [];
    for (const l of data.learners) {
      const a = l.attempt;
      const key = a?.status === "submitted" ? `${a.id}` : "";
      next.set(l.learnerId, key);
      if (seen.current && a && key && seen.current.get(l.learnerId) !== key) {
        const result = a.band ? `: ${a.band}${a.totalPercent !== null ? `, ${a.totalPercent}%` : ""}` : "";
        fresh.push({
          key: `${a.id}-${Date.now()}`,
          at: a.submittedAt ?? new Date(),
          text: `${l.displayName} submitted ${a.scenarioTitle}${result}.`,
        });
      }
    }
    seen.current = next;
    if (fresh.length > 0) setMessages((m) => [...fresh, ...m].slice(0, 8));
  }, [data]);
  return messages;
}
