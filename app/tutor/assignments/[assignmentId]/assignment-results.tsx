"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { ButtonLink, Card, EmptyState, LoadingState, PageHeader, cx } from "@/components/ui";
import { formatDateTime, plural } from "@/lib/format";
import { useTRPC } from "@/lib/trpc/client";
import { AttemptControlCard } from "./attempt-control";
import { TutorQueryError, TutorSignInNeeded } from "@/components/tutor/tutor-page-states";
import { PromptMarking } from "./prompt-marking";
import type { Editing } from "./results-shared";
import { ClassSummary, MostMissed } from "./results-summary";
import { ResultsGrid, CriteriaKey } from "./results-grid";
import { ModerationLog } from "./moderation-log";
import { OverrideDialog } from "./override-dialog";
import { DownloadCsvButton } from "./download-csv-button";

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
        documentTitle={`Results: ${assignment.scenarioTitle} (${assignment.className})`}
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
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
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
