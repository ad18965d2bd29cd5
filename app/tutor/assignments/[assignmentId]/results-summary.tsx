"use client";
import { BandBadge } from "@/components/scenarios/stage-badge";
import { Badge, Card, EmptyState, Stat } from "@/components/ui";
import { plural } from "@/lib/format";
import { type Results, TOP_MISSED } from "./results-shared";

export function ClassSummary({ data }: { data: Results }) {
  const { aggregates } = data;
  return (
    <Card title="Class summary">
      {/* Columns by the card's own width in rem (a container), not the window's: with 200% text at 1366 px
          four columns left each about 4 words wide, and "Submitted", "Average" and "submitted" were broken
          mid-word ("SUBMITT / ED"; WCAG 1.4.4; session 50). */}
      <div className="@container">
        <dl className="grid grid-cols-1 gap-3 @lg:grid-cols-2 @3xl:grid-cols-4">
          <Stat
            label="Submitted"
            value={`${aggregates.submitted} of ${aggregates.learners}`}
            hint={`${aggregates.inProgress} in progress · ${aggregates.notStarted} not started`}
          />
          <Stat
            label="Average total"
            value={aggregates.averageTotal === null ? "–" : `${aggregates.averageTotal}%`}
            hint="Latest submitted attempt each, after overrides"
          />
          <div className="rounded-lg bg-slate-50 px-3 py-2 @lg:col-span-2">
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">Bands</dt>
            <dd className="mt-1">
              <ul className="flex flex-wrap gap-2" aria-label="Band distribution">
                {aggregates.bands.map((b) => (
                  <li key={b.band} className="flex items-center gap-1.5 text-sm">
                    <BandBadge band={b.band} />
                    <span className="font-semibold tabular-nums">{b.count}</span>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        </dl>
      </div>
    </Card>
  );
}

export function MostMissed({ data }: { data: Results }) {
  return (
    <Card title="Most often missed">
      {data.aggregates.submitted === 0 ? (
        <EmptyState title="No submissions yet">
          The criteria the class missed most will appear here for your debrief.
        </EmptyState>
      ) : data.mostMissed.length === 0 ? (
        <EmptyState title="Nothing missed">Every submitted attempt met every criterion.</EmptyState>
      ) : (
        <>
          <ol className="flex flex-col gap-4" aria-label="Criteria most often missed">
            {data.mostMissed.slice(0, TOP_MISSED).map((m) => (
              <MissedItem key={m.criterionId} m={m} />
            ))}
          </ol>
          {data.mostMissed.length > TOP_MISSED && (
            <details className="mt-4">
              <summary className="cursor-pointer text-sm font-medium text-brand-700">
                {plural(data.mostMissed.length - TOP_MISSED, "more criterion", "more criteria")} missed by
                someone
              </summary>
              <ol className="mt-3 flex flex-col gap-4" aria-label="Other criteria missed">
                {data.mostMissed.slice(TOP_MISSED).map((m) => (
                  <MissedItem key={m.criterionId} m={m} />
                ))}
              </ol>
            </details>
          )}
        </>
      )}
    </Card>
  );
}

export function MissedItem({ m }: { m: Results["mostMissed"][number] }) {
  return (
    <li className="rounded-lg border border-slate-200 p-3">
      <h3 className="font-semibold text-slate-900">
        C{m.number}. {m.title}
      </h3>
      <p className="mt-0.5 text-sm text-slate-700">
        Missed by {m.missed} of {m.marked}
        {missedBreakdown(m)}
      </p>
      {m.frameworks.length > 0 && (
        <div className="mt-1 flex flex-wrap gap-1">
          {m.frameworks.map((f) => (
            <Badge key={f} tone="purple">
              {f}
            </Badge>
          ))}
        </div>
      )}
      <p className="mt-2 text-sm text-slate-800">{m.feedback}</p>
      <p className="mt-2 text-xs text-slate-600">
        {m.learners
          .map(
            (l) =>
              `${l.displayName}${l.notAttempted ? " (not attempted)" : l.status === "partly" ? " (partly)" : ""}`,
          )
          .join(", ")}
      </p>
    </li>
  );
}

/** "(2 not met, 1 partly, 1 not attempted)": how the misses split, when they are not all plain "not met". */
function missedBreakdown(m: { notMet: number; partly: number; notAttempted: number }): string {
  if (m.partly === 0 && m.notAttempted === 0) return "";
  const parts = [
    m.notMet - m.notAttempted > 0 ? `${m.notMet - m.notAttempted} not met` : null,
    m.partly > 0 ? `${m.partly} partly` : null,
    m.notAttempted > 0 ? `${m.notAttempted} not attempted` : null,
  ].filter(Boolean);
  return ` (${parts.join(", ")})`;
}
