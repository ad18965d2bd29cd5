"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { PageQueryError } from "@/components/page-error";
import { HighlightedText } from "@/components/scenarios/highlighted-text";
import {
  Badge,
  Button,
  Card,
  ErrorState,
  LoadingState,
  PageHeader,
  Stat,
  cx,
  type BadgeTone,
} from "@/components/ui";
import { formatDateTime } from "@/lib/format";
import { useTRPC } from "@/lib/trpc/client";
import { RemarksToCheck } from "./remarks-to-check";

const STATUS_TEXT = { met: "Met", partly: "Partly met", not_met: "Not met" } as const;
const STATUS_TONE: Record<string, BadgeTone> = { met: "green", partly: "amber", not_met: "red" };
const STATUS_ICON = { met: "✓", partly: "◐", not_met: "✗" } as const;

/** A framework's points, and its gates (no points) by whether they held: "0 / 0" would say nothing. */
function frameworkResult(f: { points: number; maxPoints: number; gates?: number; gatesFailed?: number }) {
  const gates = f.gates ?? 0;
  const failed = f.gatesFailed ?? 0;
  const gateText =
    gates === 0 ? "" : failed > 0 ? `${failed} gate${failed === 1 ? "" : "s"} not met` : "gate met";
  if (f.maxPoints === 0 && gateText) return gateText.charAt(0).toUpperCase() + gateText.slice(1);
  return gateText ? `${f.points} / ${f.maxPoints} · ${gateText}` : `${f.points} / ${f.maxPoints}`;
}
const CHURN_TONE: Record<string, BadgeTone> = { low: "green", medium: "amber", high: "red" };

function frameworkTags(f: Record<string, unknown>): string[] {
  const tags: string[] = [];
  if (f.lass) tags.push(`LASS: ${String(f.lass)}`);
  if (f.heat) tags.push(`HEAT: ${String(f.heat)}`);
  if (f.lifecycle) tags.push(`Lifecycle: ${String(f.lifecycle)}`);
  if (f.rater) tags.push(`RATER: ${String(f.rater)}`);
  if (f.legislation) for (const l of ([] as unknown[]).concat(f.legislation)) tags.push(String(l));
  if (f.kpi) tags.push(`KPI: ${String(f.kpi)}`);
  return tags;
}

export function AttemptReportView({ attemptId }: { attemptId: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const query = useQuery(trpc.attempts.report.queryOptions({ attemptId }));
  const me = useQuery(trpc.auth.me.queryOptions());
  const retry = useMutation(
    trpc.attempts.start.mutationOptions({ onSuccess: ({ attemptId: id }) => router.push(`/attempts/${id}`) }),
  );

  if (query.isError)
    return (
      <PageQueryError
        title="Report"
        notFoundTitle="Report not found"
        error={query.error}
        onRetry={() => query.refetch()}
      />
    );
  if (!query.data) return <LoadingState label="Loading the report…" />;
  const { report, overrides } = query.data;
  const outcome = report.customerOutcomes;
  // With two customers in one scenario, the replay says which of them replied.
  const customerNames = new Map(outcome.map((o) => [o.customerRef, o.name]));
  // A tutor (or anyone but the learner) reading it is told whose result it is.
  const ownReport = me.data?.kind === "learner";
  const whose = ownReport ? "Your result" : `${query.data.learnerName}'s result`;

  return (
    <div className="@container flex flex-col gap-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        {/* A tutor reviewing a learner's work goes back to where they came from, not the learners' library. */}
        {me.data?.kind === "tutor" ? (
          query.data.assignmentId !== null ? (
            <Link
              href={`/tutor/assignments/${query.data.assignmentId}`}
              className="text-brand-700 hover:underline"
            >
              ← Results: {query.data.scenarioTitle}
            </Link>
          ) : (
            <Link href="/tutor" className="text-brand-700 hover:underline">
              ← Your classes
            </Link>
          )
        ) : me.data?.kind === "learner" && me.data.className ? (
          // A class learner's home is their class's welcome page (their assigned work), not the library.
          <Link href="/join" className="text-brand-700 hover:underline">
            ← Your class: {me.data.className}
          </Link>
        ) : (
          <Link href="/scenarios" className="text-brand-700 hover:underline">
            ← Scenarios
          </Link>
        )}
      </nav>
      <PageHeader
        eyebrow={`Report for ${query.data.learnerName}${query.data.submittedAt ? ` · submitted ${formatDateTime(query.data.submittedAt)}` : ""}`}
        title={query.data.scenarioTitle}
        documentTitle={
          ownReport
            ? `Your report: ${query.data.scenarioTitle}`
            : `Report for ${query.data.learnerName}: ${query.data.scenarioTitle}`
        }
        actions={
          me.data?.kind === "learner" ? (
            <Button
              onClick={() => retry.mutate({ scenarioId: query.data.scenarioId })}
              disabled={retry.isPending}
            >
              {retry.isPending ? "Preparing…" : "Try again with a fresh CRM"}
            </Button>
          ) : null
        }
      />

      {/* Columns by the report's own width in rem (container queries), so with 200% text the result and
          the customer's answers stack instead of overlapping (WCAG 1.4.4). */}
      <section aria-label="Result" className="grid grid-cols-1 gap-4 @4xl:grid-cols-[20rem_minmax(0,1fr)]">
        {/* The figure and the band are sized by the card's own width in rem (a container): with 200% text
            on a 320 px phone the card is 9rem wide, and "100%" at 3rem and "Distinction" at 1.5rem ran out
            of it and pushed the page sideways (WCAG 1.4.4, 1.4.10; session 50). */}
        <div className="@container flex min-w-0 flex-col items-start gap-2 break-words rounded-xl bg-brand-900 p-5 text-white shadow-sm">
          <p className="text-sm text-brand-100" data-testid="report-whose">
            {whose}
          </p>
          <p className="text-3xl font-semibold tabular-nums @[14rem]:text-5xl" data-testid="report-total">
            {report.totalPercent}%
          </p>
          <p
            className="max-w-full text-lg font-semibold wrap-anywhere @[14rem]:text-2xl"
            data-testid="report-band"
          >
            {report.band}
          </p>
          <p className="text-xs text-brand-100">
            {report.totalPoints} of {report.maxPoints} points · Distinction 80%+, Merit 65%+, Pass 50%+
          </p>
          {(report.bandCappedBy.length > 0 || report.bandNotes.length > 0) && (
            <p className="mt-1 rounded bg-white/10 px-2 py-1 text-sm">
              {report.bandCappedBy.length > 0 &&
                `${ownReport ? "Your" : "The"} band was capped at ${report.band} because a must-have criterion was not met (the percentage alone would give ${report.uncappedBand}).`}
              {report.bandNotes.map((note) => (
                <span key={note} className="mt-1 block">
                  {note}
                </span>
              ))}
            </p>
          )}
        </div>
        <Card title="How the customer felt afterwards">
          <div className="@container flex flex-col gap-4">
            {outcome.map((o) => (
              <div key={o.customerRef} className="flex flex-col gap-2">
                <dl className="grid grid-cols-1 gap-3 @[12rem]:grid-cols-2 @xl:grid-cols-4">
                  <Stat label="Customer" value={o.name} hint={`Feels ${o.moodLabel}`} />
                  <Stat label="Their CSAT answer" value={`${o.csat} / 5`} />
                  <Stat
                    label="Their NPS answer"
                    value={`${o.nps} / 10`}
                    hint={o.npsCategory[0]!.toUpperCase() + o.npsCategory.slice(1)}
                  />
                  <Stat
                    label="Churn risk"
                    value={
                      <Badge tone={CHURN_TONE[o.churnRisk]}>
                        {o.churnRisk[0]!.toUpperCase() + o.churnRisk.slice(1)}
                      </Badge>
                    }
                  />
                </dl>
                <blockquote className="border-l-4 border-brand-200 pl-3 text-sm italic text-slate-800">
                  “{o.quote}”
                </blockquote>
              </div>
            ))}
            <SatisfactionNote note={report.satisfactionNote} />
          </div>
        </Card>
      </section>

      <Card title="Marking, criterion by criterion">
        <ol className="flex flex-col divide-y divide-slate-100" aria-label="Criteria">
          {report.criteria.map((c) => {
            const tutorOverride = overrides.filter((o) => o.criterionId === c.id).at(-1);
            return (
              <li key={c.id} className="py-4" data-testid={`criterion-${c.id}`}>
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div className="min-w-0">
                    <h3 className="font-semibold">
                      <span
                        aria-hidden
                        className={cx(
                          "mr-2",
                          c.status === "met"
                            ? "text-emerald-700"
                            : c.status === "partly"
                              ? "text-amber-700"
                              : "text-red-700",
                        )}
                      >
                        {STATUS_ICON[c.status]}
                      </span>
                      {c.title}
                    </h3>
                    <div className="mt-1 flex flex-wrap gap-1">
                      {frameworkTags(c.frameworks as Record<string, unknown>).map((tag) => (
                        <Badge key={tag} tone="blue">
                          {tag}
                        </Badge>
                      ))}
                    </div>
                  </div>
                  <div className="flex flex-wrap items-center gap-2">
                    {/* A reasoning answer counts for nothing either way until the tutor marks it. */}
                    <Badge tone={c.awaitingTutor ? "neutral" : STATUS_TONE[c.status]}>
                      <span data-testid="criterion-status">
                        {c.awaitingTutor
                          ? "Awaiting the tutor"
                          : c.notAttempted && c.status === "not_met"
                            ? "Not attempted"
                            : STATUS_TEXT[c.status]}
                      </span>
                    </Badge>
                    <span className="text-sm tabular-nums text-slate-700">
                      {c.gate
                        ? `Gate: caps at ${c.capBandIfNotMet}`
                        : `${c.awaitingTutor ? "–" : c.points} / ${c.weight}`}
                    </span>
                  </div>
                </div>
                <p className="mt-2 text-sm text-slate-700">{c.detail}</p>
                {c.evidence.length > 0 && (
                  <div className="mt-2 flex flex-col gap-2">
                    <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-600">Evidence</h4>
                    {c.evidence.map((e, i) => (
                      <div key={i} className="text-sm">
                        <p className="text-slate-700">
                          {e.clock && (
                            // A space after the clock, not only a margin: "09:09First reply" was read as one word.
                            <span className="mr-1 font-mono text-xs text-slate-600">{e.clock} </span>
                          )}
                          {e.summary}
                        </p>
                        {e.text && <HighlightedText text={e.text} spans={e.spans ?? []} />}
                      </div>
                    ))}
                  </div>
                )}
                <p className="mt-2 rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-900">
                  <span className="font-semibold">Feedback: </span>
                  {c.feedback}
                </p>
                {tutorOverride && (
                  <p
                    className="mt-2 rounded-lg bg-violet-50 px-3 py-2 text-sm text-violet-950"
                    data-testid="override-comment"
                  >
                    <span className="font-semibold">Tutor moderation ({tutorOverride.tutorName}):</span>{" "}
                    changed from{" "}
                    {STATUS_TEXT[tutorOverride.previousStatus as keyof typeof STATUS_TEXT] ??
                      tutorOverride.previousStatus}{" "}
                    to {STATUS_TEXT[tutorOverride.newStatus]}. “{tutorOverride.comment}”
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      </Card>

      {/* The tutor's unmarked list (respect-review-list.ts); a learner is never shown it, nor asks for it. */}
      {me.data?.kind === "tutor" && (
        <RemarksToCheck attemptId={query.data.attemptId} assignmentId={query.data.assignmentId} />
      )}

      {report.frameworkSummary.length > 0 && (
        <Card title="By framework">
          <ul className="grid grid-cols-1 gap-2 text-sm @xl:grid-cols-2 @4xl:grid-cols-3">
            {report.frameworkSummary.map((f) => (
              <li
                key={`${f.framework}-${f.tag}`}
                className="flex flex-wrap items-center justify-between gap-2 rounded-lg bg-slate-50 px-3 py-2"
              >
                <span>
                  <span className="font-medium">{f.framework}</span>: {f.tag}
                </span>
                <span className="tabular-nums text-slate-700">{frameworkResult(f)}</span>
              </li>
            ))}
          </ul>
        </Card>
      )}

      <Card title={ownReport ? "Replay of your attempt" : `Replay of ${query.data.learnerName}'s attempt`}>
        <ol className="relative flex flex-col gap-3 border-l border-slate-200 pl-5" aria-label="Replay">
          {query.data.events.map((e) => {
            const p = e.payload as Record<string, unknown>;
            const clock = String(p.clock ?? "");
            if (e.type === "customer_mood") return null;
            const text =
              e.type === "customer_message"
                ? String(p.text)
                : e.actor === "learner" && e.type === "send_message"
                  ? String((p.action as { text: string }).text)
                  : // A task's note is what the task is for: the summary gives only its title.
                    e.actor === "learner" && e.type === "create_task"
                    ? ((p.action as { note?: string }).note ?? null)
                    : null;
            return (
              <li key={e.seq} className="relative text-sm">
                <span
                  aria-hidden
                  className={cx(
                    "absolute -left-[calc(var(--spacing)*6.4)] top-1.5 h-2.5 w-2.5 rounded-full ring-4 ring-white",
                    e.actor === "customer"
                      ? "bg-slate-400"
                      : e.actor === "learner"
                        ? "bg-brand-600"
                        : "bg-amber-500",
                  )}
                />
                <p>
                  <span className="mr-1 font-mono text-xs text-slate-600">{clock} </span>
                  <span className="font-medium">
                    {e.actor === "customer"
                      ? (customerNames.get(String(p.customerRef)) ?? "Customer")
                      : e.actor === "learner"
                        ? "You"
                        : "System"}
                  </span>
                  {" · "}
                  {e.type === "customer_message"
                    ? `replied (${String(p.moodLabel ?? "")})`
                    : e.type === "attempt_submitted"
                      ? "submitted the attempt"
                      : String(p.summary ?? e.type)}
                </p>
                {text && e.actor === "learner" && p.analysis ? (
                  <HighlightedText
                    text={text}
                    spans={(p.analysis as { spans: { label: string; start: number; end: number }[] }).spans}
                  />
                ) : text ? (
                  <p className="mt-1 whitespace-pre-wrap break-words rounded-lg bg-slate-50 px-3 py-2 text-slate-800">
                    {text}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      </Card>

      <Card title="A model approach">
        <p className="text-sm text-slate-800">{report.modelAnswer.summary}</p>
        <ol className="mt-3 list-decimal space-y-1 pl-5 text-sm text-slate-800">
          {report.modelAnswer.steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
        <p className="mt-3 whitespace-pre-line text-sm text-slate-700">{report.modelAnswer.teachingNotes}</p>
      </Card>
      {retry.error && <ErrorState error={retry.error} />}
    </div>
  );
}

/**
 * The seeds' point, satisfaction is not loyalty, in bold once. The marker's note usually makes the point
 * itself ("Satisfaction is not the same as loyalty: …"), so a bold lead-in saying it too was read twice;
 * then the note's own words are the bold ones.
 */
function SatisfactionNote({ note }: { note: string }) {
  const point = /satisfaction is not (?:the same as )?loyalty[.:]?/i.exec(note);
  return (
    <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="satisfaction-note">
      {point ? (
        <>
          {note.slice(0, point.index)}
          <strong className="font-semibold">{point[0]}</strong>
          {note.slice(point.index + point[0].length)}
        </>
      ) : (
        <>
          <strong className="font-semibold">Satisfaction is not loyalty. </strong>
          {note}
        </>
      )}
    </p>
  );
}
