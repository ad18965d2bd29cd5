"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { returnFocus, showModalFrom } from "@/components/dialog-focus";
import { BandBadge } from "@/components/scenarios/stage-badge";
import {
  Badge,
  Button,
  ButtonLink,
  Card,
  EmptyState,
  Field,
  LoadingState,
  PageHeader,
  Stat,
  cx,
  inputClass,
  type BadgeTone,
} from "@/components/ui";
import { formatDateTime, plural } from "@/lib/format";
import { useTRPC } from "@/lib/trpc/client";
import { AttemptControlCard } from "./attempt-control";
import { errorMessage, fieldError } from "@/lib/trpc/error-message";
import { TutorQueryError, TutorSignInNeeded } from "@/components/tutor/tutor-page-states";
import { CriterionHeading } from "./criterion-heading";
import type { AppRouter } from "@/server/trpc/root";
import { PromptMarking } from "./prompt-marking";

type Results = inferRouterOutputs<AppRouter>["results"]["assignmentResults"];
type Row = Results["rows"][number];
type Criterion = Results["criteria"][number];
type Status = "met" | "partly" | "not_met";

const STATUS_TEXT: Record<Status, string> = { met: "Met", partly: "Partly met", not_met: "Not met" };
const STATUS_ICON: Record<Status, string> = { met: "✓", partly: "◐", not_met: "✗" };
const STATUS_CELL: Record<Status, string> = {
  met: "bg-emerald-50 text-emerald-900 ring-emerald-200 hover:bg-emerald-100",
  partly: "bg-amber-50 text-amber-950 ring-amber-300 hover:bg-amber-100",
  not_met: "bg-red-50 text-red-900 ring-red-200 hover:bg-red-100",
};
/** The debrief panel opens with this many criteria; the rest are one click away. */
const TOP_MISSED = 5;

const LEARNER_STATUS: Record<Row["status"], { label: string; tone: BadgeTone }> = {
  submitted: { label: "Submitted", tone: "green" },
  in_progress: { label: "In progress", tone: "blue" },
  not_started: { label: "Not started", tone: "neutral" },
};

interface Editing {
  row: Row;
  criterion: Criterion;
  status: Status;
  originalStatus: Status | null;
}

/** An assignment's results for its tutor: grid, class aggregates, debrief, moderation and export. */
export function AssignmentResultsView({ assignmentId }: { assignmentId: number }) {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const isTutor = me.data?.kind === "tutor";
  const query = useQuery({
    ...trpc.results.assignmentResults.queryOptions({ assignmentId }),
    enabled: isTutor,
    // New submissions arrive during a lesson; the live dashboard is the place for second-by-second.
    refetchInterval: (q) =>
      (q.state.error as { data?: { code?: string } } | null)?.data?.code ? false : 10_000,
    refetchIntervalInBackground: false,
  });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (!me.data) return <LoadingState />;
  if (!isTutor) return <TutorSignInNeeded title="Results" toDo="see results" />;
  if (query.isPending) return <LoadingState label="Loading results…" />;
  if (query.isError) {
    return (
      <TutorQueryError
        title="Results"
        notFoundTitle="Assignment not found"
        notFoundText="There is no assignment here, or it belongs to another tutor’s class."
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }

  const data = query.data;
  const { assignment, aggregates } = data;
  return (
    <>
      <PageHeader
        eyebrow={
          <Link href={`/tutor/classes/${assignment.classId}`} className="hover:underline">
            ← {assignment.className}
          </Link>
        }
        title={`Results: ${assignment.scenarioTitle}`}
        description={`${aggregates.submitted} of ${plural(aggregates.learners, "learner")} submitted${assignment.dueAt ? ` · due ${formatDateTime(assignment.dueAt)}` : ""}. Select any mark to override it with a comment the learner will see.`}
        actions={
          <>
            <ButtonLink href={`/tutor/classes/${assignment.classId}/live`} variant="secondary">
              Live dashboard
            </ButtonLink>
            <ButtonLink href={`/tutor/assignments/${assignmentId}/debrief`} variant="secondary">
              Debrief (projector)
            </ButtonLink>
            <DownloadCsvButton assignmentId={assignmentId} />
          </>
        }
      />
      <div
        role="status"
        aria-live="polite"
        className={cx(
          notice
            ? "mb-4 rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-950"
            : "sr-only",
        )}
      >
        {notice}
      </div>
      <div className="flex flex-col gap-6">
        <ClassSummary data={data} />
        <PromptMarking assignmentId={assignmentId} />
        <Card title="Results by criterion">
          {data.rows.length === 0 ? (
            <EmptyState title="Nobody has joined this class yet" />
          ) : (
            <ResultsGrid data={data} onEdit={(e) => setEditing(e)} />
          )}
        </Card>
        <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <MostMissed data={data} />
          <CriteriaKey criteria={data.criteria} />
        </div>
        <ModerationLog rows={data.rows} />
        <AttemptControlCard assignmentId={assignmentId} rows={data.rows} />
      </div>
      {editing && (
        <OverrideDialog
          editing={editing}
          assignmentId={assignmentId}
          onClose={() => setEditing(null)}
          onDone={(message) => {
            setEditing(null);
            setNotice(message);
          }}
        />
      )}
    </>
  );
}

function ClassSummary({ data }: { data: Results }) {
  const { aggregates } = data;
  return (
    <Card title="Class summary">
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
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
        <div className="rounded-lg bg-slate-50 px-3 py-2 sm:col-span-2">
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
    </Card>
  );
}

function ResultsGrid({ data, onEdit }: { data: Results; onEdit: (e: Editing) => void }) {
  const { criteria, rows, aggregates } = data;
  return (
    <div className="relative -mx-4 overflow-x-auto">
      <table
        className="w-full border-separate border-spacing-0 text-sm"
        aria-label="Results: learners by criterion"
      >
        <thead className="text-xs text-slate-600">
          <tr>
            <th
              scope="col"
              className="sticky left-0 z-10 border-b border-slate-200 bg-white px-4 py-2 text-left font-medium uppercase tracking-wide"
            >
              Learner
            </th>
            <th
              scope="col"
              className="border-b border-slate-200 px-2 py-2 text-right font-medium uppercase tracking-wide"
            >
              Total
            </th>
            <th
              scope="col"
              className="border-b border-slate-200 px-2 py-2 text-left font-medium uppercase tracking-wide"
            >
              Band
            </th>
            {criteria.map((c) => (
              <th key={c.id} scope="col" className="border-b border-slate-200 px-1 py-2 align-bottom">
                <CriterionHeading criterion={c} />
              </th>
            ))}
            <th
              scope="col"
              className="border-b border-slate-200 px-2 py-2 text-right font-medium uppercase tracking-wide"
            >
              Overrides
            </th>
            <th scope="col" className="border-b border-slate-200 px-4 py-2 font-medium">
              <span className="sr-only">Attempt</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.learnerId} data-testid={`result-row-${row.learnerId}`}>
              <th
                scope="row"
                className="sticky left-0 z-10 max-w-[14rem] border-b border-slate-100 bg-white px-4 py-2 text-left font-medium text-slate-900"
              >
                <span className="block break-words">{row.displayName}</span>
                {row.late && <Badge tone="amber">Late</Badge>}
                {row.status !== "submitted" && (
                  <Badge tone={LEARNER_STATUS[row.status].tone}>{LEARNER_STATUS[row.status].label}</Badge>
                )}
              </th>
              <td
                className="border-b border-slate-100 px-2 py-2 text-right font-semibold tabular-nums"
                data-testid="total"
              >
                {row.totalPercent === null ? "–" : `${row.totalPercent}%`}
              </td>
              <td className="border-b border-slate-100 px-2 py-2" data-testid="band">
                {row.band ? <BandBadge band={row.band} /> : <span className="text-slate-600">–</span>}
              </td>
              {criteria.map((c, i) => {
                const cell = row.cells[i];
                if (!cell || !cell.status) {
                  return (
                    <td key={c.id} className="border-b border-slate-100 px-1 py-2 text-center text-slate-600">
                      <span aria-hidden>·</span>
                      <span className="sr-only">No mark</span>
                    </td>
                  );
                }
                const status = cell.status;
                const overridden = cell.originalStatus !== null;
                const label = `${row.displayName}, C${c.number} ${c.title}: ${STATUS_TEXT[status]}${
                  overridden ? ` (overridden; machine mark ${STATUS_TEXT[cell.originalStatus!]})` : ""
                }. Change this mark`;
                return (
                  <td key={c.id} className="border-b border-slate-100 px-1 py-1.5 text-center">
                    <button
                      type="button"
                      aria-label={label}
                      title={`${c.title}: ${STATUS_TEXT[status]}${overridden ? ` (overridden from ${STATUS_TEXT[cell.originalStatus!]}): ${cell.overrideComment}` : ""}`}
                      onClick={() =>
                        onEdit({ row, criterion: c, status, originalStatus: cell.originalStatus })
                      }
                      data-testid={`cell-${row.learnerId}-${c.id}`}
                      className={cx(
                        "relative inline-flex h-8 w-9 items-center justify-center rounded-md text-base font-semibold ring-1 ring-inset",
                        STATUS_CELL[status],
                      )}
                    >
                      <span aria-hidden>{STATUS_ICON[status]}</span>
                      {overridden && (
                        <span
                          aria-hidden
                          className="absolute -right-1.5 -top-1.5 grid h-4 w-4 place-items-center rounded-full bg-slate-800 text-xs leading-none text-white"
                        >
                          ✎
                        </span>
                      )}
                    </button>
                  </td>
                );
              })}
              <td
                className="border-b border-slate-100 px-2 py-2 text-right tabular-nums"
                data-testid="overrides"
              >
                {row.overrides.length > 0 ? row.overrides.length : <span className="text-slate-600">0</span>}
              </td>
              <td className="whitespace-nowrap border-b border-slate-100 px-4 py-2 text-right">
                {row.attemptId ? (
                  <Link
                    href={`/attempts/${row.attemptId}/report`}
                    className="font-medium text-brand-700 underline"
                    aria-label={`Review ${row.displayName}'s attempt`}
                  >
                    Review
                  </Link>
                ) : row.inProgressAttemptId ? (
                  <Link
                    href={`/attempts/${row.inProgressAttemptId}`}
                    className="text-brand-700 underline"
                    aria-label={`Watch ${row.displayName}'s workspace`}
                  >
                    Watch
                  </Link>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot className="text-xs text-slate-700">
          <tr>
            <th
              scope="row"
              className="sticky left-0 z-10 bg-slate-50 px-4 py-2 text-left font-semibold text-slate-900"
            >
              Class ({aggregates.submitted} submitted)
            </th>
            <td className="bg-slate-50 px-2 py-2 text-right font-semibold tabular-nums" title="Average total">
              {aggregates.averageTotal === null ? "–" : `${aggregates.averageTotal}%`}
              <span className="sr-only"> average</span>
            </td>
            <td className="bg-slate-50 px-2 py-2" />
            {aggregates.criteria.map((a, i) => (
              <td
                key={a.criterionId}
                className="bg-slate-50 px-1 py-2 text-center tabular-nums"
                title={`${criteria[i]!.title}: ${a.met} met, ${a.partly} partly met, ${a.notMet} not met`}
              >
                {a.metPercent === null ? (
                  "–"
                ) : (
                  <>
                    <span className="block font-semibold text-slate-900">{a.metPercent}%</span>
                    <span className="sr-only">
                      met; {a.partlyPercent}% partly met; {a.notMetPercent}% not met
                    </span>
                    <span aria-hidden className="block text-xs text-slate-700">
                      {a.partly}◐ {a.notMet}✗
                    </span>
                  </>
                )}
              </td>
            ))}
            <td className="bg-slate-50" colSpan={2} />
          </tr>
        </tfoot>
      </table>
      <p className="mt-3 px-4 text-xs text-slate-600">
        Each column is a criterion: hover over or Tab to its name for the full wording (all are listed under
        Criteria). ✓ met · ◐ partly met · ✗ not met · ✎ overridden by a tutor. The class row shows the
        percentage of submitted attempts that met each criterion, then how many partly met (◐) and did not
        meet (✗) it.
      </p>
    </div>
  );
}

function MostMissed({ data }: { data: Results }) {
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

function MissedItem({ m }: { m: Results["mostMissed"][number] }) {
  return (
    <li className="rounded-lg border border-slate-200 p-3">
      <h3 className="font-semibold text-slate-900">
        C{m.number}. {m.title}
      </h3>
      <p className="mt-0.5 text-sm text-slate-700">
        Missed by {m.missed} of {m.marked}
        {m.partly > 0 && ` (${m.notMet} not met, ${m.partly} partly)`}
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
        {m.learners.map((l) => `${l.displayName}${l.status === "partly" ? " (partly)" : ""}`).join(", ")}
      </p>
    </li>
  );
}

function CriteriaKey({ criteria }: { criteria: Criterion[] }) {
  return (
    <Card title="Criteria">
      <ol className="flex flex-col gap-2 text-sm" aria-label="Criteria key">
        {criteria.map((c) => (
          <li key={c.id} className="flex gap-2">
            <span className="w-8 shrink-0 font-semibold text-slate-900">C{c.number}</span>
            <span className="text-slate-800">
              <span className="font-semibold">{c.shortName}</span>: {c.title}
              <span className="block text-xs text-slate-600">
                {c.weight} points{c.frameworks.length ? ` · ${c.frameworks.join(" · ")}` : ""}
                {c.capBandIfNotMet ? ` · if not met, the band is capped at ${c.capBandIfNotMet}` : ""}
              </span>
            </span>
          </li>
        ))}
      </ol>
    </Card>
  );
}

function ModerationLog({ rows }: { rows: Row[] }) {
  const entries = rows
    .flatMap((r) => r.overrides.map((o) => ({ ...o, learner: r.displayName })))
    .sort((a, b) => new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime() || b.id - a.id);
  return (
    <Card title="Moderation log">
      {entries.length === 0 ? (
        <p className="text-sm text-slate-700">
          No marks have been overridden. Every change is listed here with the mark it replaced.
        </p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm" aria-label="Overrides, newest first">
          {entries.map((e) => (
            <li key={e.id} className="py-2">
              <p className="text-slate-900">
                <strong>{e.learner}</strong>, {e.criterionTitle}:{" "}
                {STATUS_TEXT[e.previousStatus as Status] ?? e.previousStatus} → {STATUS_TEXT[e.newStatus]}
              </p>
              <p className="text-slate-700">“{e.comment}”</p>
              <p className="text-xs text-slate-600">
                {e.tutorName} · {formatDateTime(e.createdAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function OverrideDialog({
  editing,
  assignmentId,
  onClose,
  onDone,
}: {
  editing: Editing;
  assignmentId: number;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const commentId = useId();
  const { row, criterion } = editing;
  const [status, setStatus] = useState<Status>(editing.status);
  const [comment, setComment] = useState("");
  const override = useMutation(
    trpc.results.overrideCriterion.mutationOptions({
      onSuccess: async (result) => {
        await Promise.all([
          queryClient.invalidateQueries({
            queryKey: trpc.results.assignmentResults.queryKey({ assignmentId }),
          }),
          queryClient.invalidateQueries({ queryKey: trpc.results.live.queryKey() }),
        ]);
        onDone(
          `${row.displayName}: “${criterion.title}” is now ${STATUS_TEXT[result.newStatus].toLowerCase()} (was ${STATUS_TEXT[result.previousStatus].toLowerCase()}). New total ${result.totalPercent}%, ${result.band}.`,
        );
      },
    }),
  );

  // Focus starts on the mark shown now and goes back to the grid cell that opened the dialog (WCAG 2.4.3).
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    showModalFrom(dialog, dialog.querySelector<HTMLInputElement>('input[name="status"]:checked'));
    return () => returnFocus(dialog);
  }, []);

  const history = row.overrides.filter((o) => o.criterionId === criterion.id);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    override.mutate({ attemptId: row.attemptId!, criterionId: criterion.id, newStatus: status, comment });
  };
  const commentError = fieldError(override.error, "comment");
  const otherError = override.error && !commentError ? errorMessage(override.error) : undefined;

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={() => {
        returnFocus(ref.current);
        onClose();
      }}
      className="m-auto w-full max-w-lg rounded-xl bg-white p-0 shadow-xl backdrop:bg-slate-900/50"
    >
      <form onSubmit={submit} className="flex flex-col gap-4 p-5" noValidate>
        <div>
          <h2 id={titleId} className="text-lg font-semibold text-slate-900">
            Change a mark
          </h2>
          <p className="mt-1 text-sm text-slate-700">
            <strong>{row.displayName}</strong>, C{criterion.number}: {criterion.title}
          </p>
          <p className="mt-1 text-sm text-slate-700">
            Shown now: <strong>{STATUS_TEXT[editing.status]}</strong>
            {editing.originalStatus && <> (machine mark: {STATUS_TEXT[editing.originalStatus]})</>}
          </p>
        </div>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">New mark</legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {(["met", "partly", "not_met"] as const).map((s) => (
              <label
                key={s}
                className={cx(
                  "flex cursor-pointer items-center gap-2 rounded-lg px-3 py-2 text-sm ring-1 ring-inset",
                  status === s ? "bg-brand-50 ring-brand-600" : "ring-slate-300",
                )}
              >
                <input
                  type="radio"
                  name="status"
                  value={s}
                  checked={status === s}
                  onChange={() => setStatus(s)}
                  className="accent-brand-600"
                />
                <span aria-hidden>{STATUS_ICON[s]}</span> {STATUS_TEXT[s]}
              </label>
            ))}
          </div>
        </fieldset>
        <Field
          label="Comment for the learner"
          htmlFor={commentId}
          hint="Required. The learner sees this on their report."
          error={commentError}
        >
          <textarea
            id={commentId}
            value={comment}
            onChange={(e) => {
              setComment(e.target.value);
              if (override.error) override.reset();
            }}
            rows={4}
            maxLength={1000}
            required
            aria-invalid={commentError ? true : undefined}
            className={inputClass}
          />
        </Field>
        <p className="-mt-3 text-right text-xs text-slate-600">{comment.length} / 1,000</p>
        {history.length > 0 && (
          <div className="text-xs text-slate-700">
            <p className="font-medium">Earlier changes to this mark</p>
            <ul className="mt-1 list-disc pl-5">
              {history.map((h) => (
                <li key={h.id}>
                  {STATUS_TEXT[h.previousStatus as Status] ?? h.previousStatus} → {STATUS_TEXT[h.newStatus]}{" "}
                  by {h.tutorName}, {formatDateTime(h.createdAt)}: “{h.comment}”
                </li>
              ))}
            </ul>
          </div>
        )}
        {otherError && (
          <p role="alert" className="text-sm font-medium text-red-700">
            {otherError}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => ref.current?.close()}>
            Cancel
          </Button>
          <Button type="submit" disabled={override.isPending}>
            {override.isPending ? "Saving…" : "Save mark"}
          </Button>
        </div>
      </form>
    </dialog>
  );
}

function DownloadCsvButton({ assignmentId }: { assignmentId: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const download = async () => {
    setState({ busy: true, error: null });
    try {
      const { filename, csv } = await queryClient.fetchQuery({
        ...trpc.results.exportCsv.queryOptions({ assignmentId }),
        staleTime: 0,
      });
      const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
      const a = document.createElement("a");
      a.href = url;
      a.download = filename;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error: errorMessage(error) ?? "The download failed. Please try again." });
    }
  };
  return (
    <div className="flex flex-col items-end">
      <Button onClick={() => void download()} disabled={state.busy}>
        {state.busy ? "Preparing…" : "Download CSV"}
      </Button>
      {state.error && (
        <p role="alert" className="mt-1 text-xs font-medium text-red-700">
          {state.error}
        </p>
      )}
    </div>
  );
}
