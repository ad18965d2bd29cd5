"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { TutorQueryError, TutorSignInNeeded } from "@/components/tutor/tutor-page-states";
import { Button, LoadingState, PageTitle } from "@/components/ui";
import { formatDate, plural } from "@/lib/format";
import { useTRPC } from "@/lib/trpc/client";
import type { RouterOutputs } from "@/lib/trpc/router-outputs";

type Debrief = RouterOutputs["results"]["debrief"];

const BAND_BAR: Record<string, string> = {
  Distinction: "bg-violet-700",
  Merit: "bg-emerald-700",
  Pass: "bg-sky-700",
  Fail: "bg-red-700",
};
const STATUS_WORDS = { met: "met", partly: "partly met", not_met: "not met" } as const;

/**
 * A debrief to show on a projector or print: large type, no learner names, the class's band spread,
 * the criteria most often missed with what the rubric teaches and anonymised examples, and the
 * model answer once everyone has submitted.
 */
export function DebriefView({ assignmentId }: { assignmentId: number }) {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const isTutor = me.data?.kind === "tutor";
  const query = useQuery({ ...trpc.results.debrief.queryOptions({ assignmentId }), enabled: isTutor });

  if (!me.data) return <LoadingState />;
  if (!isTutor) return <TutorSignInNeeded title="Debrief" toDo="show a debrief" />;
  if (query.isPending) return <LoadingState label="Preparing the debrief…" />;
  if (query.isError) {
    return (
      <TutorQueryError
        title="Debrief"
        notFoundTitle="Assignment not found"
        notFoundText="There is no assignment here, or it belongs to another tutor's class."
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  const d = query.data;
  return (
    <article
      className="debrief mx-auto flex max-w-5xl flex-col gap-8 text-lg"
      aria-labelledby="debrief-title"
    >
      <div className="flex flex-wrap items-end justify-between gap-4 print:hidden">
        <Link
          href={`/tutor/assignments/${assignmentId}`}
          className="text-sm font-medium text-brand-700 hover:underline"
        >
          ← Results: {d.assignment.scenarioTitle}
        </Link>
        <Button variant="secondary" onClick={() => window.print()}>
          Print
        </Button>
      </div>
      <header>
        <PageTitle title={`Debrief: ${d.assignment.scenarioTitle} (${d.assignment.className})`} />
        <p className="text-base font-medium text-brand-700">
          Debrief · {d.assignment.className}
          {d.assignment.dueAt ? ` · due ${formatDate(d.assignment.dueAt)}` : ""}
        </p>
        <h1 id="debrief-title" className="text-3xl font-semibold tracking-tight text-slate-900 md:text-4xl">
          {d.assignment.scenarioTitle}
        </h1>
        <p className="mt-2 text-slate-700" data-testid="debrief-counts">
          {d.counts.submitted} of {plural(d.counts.learners, "learner")} submitted
          {d.averageTotal !== null ? ` · class average ${d.averageTotal}%` : ""}
          {d.counts.inProgress > 0 ? ` · ${d.counts.inProgress} still working` : ""}
          {d.counts.notStarted > 0 ? ` · ${d.counts.notStarted} not started` : ""}
        </p>
      </header>

      <BandSpread d={d} />
      <MostMissed d={d} />
      <ModelAnswer d={d} />
    </article>
  );
}

function BandSpread({ d }: { d: Debrief }) {
  const most = Math.max(1, ...d.bands.map((b) => b.count));
  return (
    <section
      aria-labelledby="bands-title"
      className="debrief-section rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
    >
      <h2 id="bands-title" className="text-2xl font-semibold">
        How the class did
      </h2>
      {d.counts.submitted === 0 ? (
        <p className="mt-2 text-slate-700">Nobody has submitted yet.</p>
      ) : (
        // Band, bar and count on one line where there is room; in a narrow box (a phone, or 200% text)
        // the bar goes under its band, as 14rem of fixed columns made the page scroll sideways (1.4.10).
        <ul className="@container mt-4 flex flex-col gap-3" aria-label="Band spread">
          {d.bands.map((b) => (
            <li
              key={b.band}
              className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-1 @[24rem]:grid-cols-[8rem_minmax(0,1fr)_6rem]"
              data-testid={`band-${b.band}`}
            >
              <span className="font-semibold">{b.band}</span>
              <span
                className="col-span-full row-start-2 h-6 rounded bg-slate-100 @[24rem]:col-span-1 @[24rem]:row-start-1"
                aria-hidden
              >
                <span
                  className={`debrief-bar block h-6 rounded ${BAND_BAR[b.band] ?? "bg-slate-700"}`}
                  style={{ width: `${(b.count / most) * 100}%` }}
                />
              </span>
              <span className="text-right tabular-nums">
                {b.count}
                {b.percent !== null ? ` (${b.percent}%)` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function MostMissed({ d }: { d: Debrief }) {
  return (
    <section
      aria-labelledby="missed-title"
      className="debrief-section rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
    >
      <h2 id="missed-title" className="text-2xl font-semibold">
        Most often missed
      </h2>
      {d.mostMissed.length === 0 ? (
        <p className="mt-2 text-slate-700">
          {d.counts.submitted === 0
            ? "Nothing to show until someone submits."
            : "Every submitted attempt met every criterion."}
        </p>
      ) : (
        <ol className="mt-4 flex flex-col gap-6">
          {d.mostMissed.map((m) => (
            <li
              key={m.criterionId}
              className="debrief-section border-t border-slate-100 pt-4 first:border-t-0 first:pt-0"
            >
              <h3 className="text-xl font-semibold">
                {m.shortName}{" "}
                <span className="font-normal text-slate-700">
                  · missed by {m.missed} of {m.marked}
                  {m.partly > 0 ? ` (${m.partly} partly)` : ""}
                  {m.notAttempted > 0 ? ` (${m.notAttempted} not attempted)` : ""}
                </span>
              </h3>
              <p className="text-base text-slate-700">{m.title}</p>
              <p className="mt-2">{m.feedback}</p>
              {m.examples.length > 0 && (
                <div className="mt-3">
                  <h4 className="text-base font-semibold text-slate-800">From the class (names removed)</h4>
                  <ul className="mt-1 flex flex-col gap-2">
                    {m.examples.map((e) => (
                      <li key={e.text} className="rounded-lg bg-slate-50 px-4 py-2 text-base">
                        {e.kind === "words" ? <q className="italic">{e.text}</q> : e.text}{" "}
                        <span className="text-sm text-slate-700">({STATUS_WORDS[e.status]})</span>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function ModelAnswer({ d }: { d: Debrief }) {
  return (
    <section
      aria-labelledby="model-title"
      className="debrief-section rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
    >
      <h2 id="model-title" className="text-2xl font-semibold">
        Model answer
      </h2>
      {d.modelAnswer ? (
        <div data-testid="model-answer">
          <p className="mt-2">{d.modelAnswer.summary}</p>
          <ol className="mt-3 list-decimal space-y-1 pl-6">
            {d.modelAnswer.steps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </div>
      ) : (
        <p className="mt-2 text-slate-700" data-testid="model-answer-withheld">
          {d.modelAnswerWithheld}
        </p>
      )}
    </section>
  );
}
