"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useState } from "react";
import { SectionHeading } from "@/components/heading-level";
import { Card, ErrorState, LoadingState, cx, inputClass } from "@/components/ui";
import { formatDate } from "@/lib/format";
import { useTRPC } from "@/lib/trpc/client";

// The charts library is most of this view's weight (about 100 kB gzip) and only the service review's
// Insights tab draws charts: loaded when they are first shown, so every other scenario's workspace
// (and the library page) starts without it.
const InsightsCharts = dynamic(() => import("./insights-charts").then((m) => m.InsightsCharts), {
  ssr: false,
  loading: () => <LoadingState label="Loading the charts…" />,
});

const PERIODS = [
  { value: "3m", label: "Last 3 months" },
  { value: "6m", label: "Last 6 months" },
  { value: "12m", label: "Last 12 months" },
  { value: "prev12m", label: "The 12 months before that" },
  { value: "24m", label: "Last 24 months" },
] as const;

/** The shop's insights; with `attemptId`, computed from that attempt's own CRM (its copy of the data). */
export function InsightsView({ attemptId }: { attemptId?: number } = {}) {
  const trpc = useTRPC();
  const [period, setPeriod] = useState<(typeof PERIODS)[number]["value"]>("12m");
  const query = useQuery({
    ...trpc.insights.overview.queryOptions(
      attemptId === undefined ? { period } : { period, workspace: { attemptId } },
    ),
    placeholderData: keepPreviousData,
  });

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="insights-period" className="text-sm font-medium text-slate-800">
            Period
          </label>
          <select
            id="insights-period"
            className={cx(inputClass, "w-64 max-w-full")}
            value={period}
            onChange={(e) => setPeriod(e.target.value as typeof period)}
          >
            {PERIODS.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
        {query.data && (
          <p className="pb-2 text-sm text-slate-600">
            {formatDate(query.data.period.from)} to {formatDate(query.data.period.to)}
          </p>
        )}
      </div>

      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : !query.data ? (
        <LoadingState label="Calculating metrics…" />
      ) : (
        <>
          {/* Columns by the room this view has (a container query), not the window's width: with 200% text
              three columns of big figures would spill sideways (WCAG 1.4.4), and in the workspace the
              view is narrower than the window. */}
          <div className="@container">
            <div
              className={cx(
                "grid grid-cols-1 gap-4 @xl:grid-cols-2 @4xl:grid-cols-3",
                query.isFetching && "opacity-70",
              )}
            >
              {query.data.metrics.map((m) => (
                <section
                  key={m.key}
                  aria-labelledby={`metric-${m.key}`}
                  className="flex flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
                  data-testid={`metric-${m.key}`}
                >
                  <SectionHeading id={`metric-${m.key}`} className="text-sm font-medium text-slate-600">
                    {m.title}
                  </SectionHeading>
                  <p className="mt-1 text-3xl font-semibold tabular-nums text-slate-900">{m.display}</p>
                  <p className="mt-1 text-sm text-slate-700">{m.summary}</p>
                  <details className="mt-3 text-sm">
                    {/* Named for its metric (the words on screen first, WCAG 2.5.3): seven alike read as
                        one in a screen reader's list of controls (WCAG 2.4.6, 4.1.2). */}
                    <summary className="cursor-pointer font-medium text-brand-700">
                      How it is calculated<span className="sr-only"> for {m.title}</span>
                    </summary>
                    <p className="mt-2 rounded bg-slate-50 px-2 py-1 font-mono text-xs text-slate-800">
                      {m.formula}
                    </p>
                    <ul className="mt-2 list-disc space-y-0.5 pl-5 text-slate-700">
                      {m.working.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                    {m.note && <p className="mt-2 text-xs text-slate-600">{m.note}</p>}
                  </details>
                </section>
              ))}
            </div>
          </div>

          <InsightsCharts monthly={query.data.monthly} />

          <Card title="Satisfaction is not loyalty">
            <p className="text-sm text-slate-700">{query.data.loyaltyNote}</p>
          </Card>
        </>
      )}
    </div>
  );
}
