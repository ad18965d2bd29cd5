"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { HighlightedText } from "@/components/scenarios/highlighted-text";
import { Card, ErrorState, LoadingState } from "@/components/ui";
import { useTRPC } from "@/lib/trpc/client";

/**
 * "Remarks to check", on the report as the learner's tutor sees it (never the learner: the procedure refuses them).
 * Sentences the learned respect model reads as remarks about the customer that the marker did not count: not marks,
 * a list for the tutor to read and decide, with where each was written and the words in place.
 */
export function RemarksToCheck({
  attemptId,
  assignmentId,
}: {
  attemptId: number;
  assignmentId: number | null;
}) {
  const trpc = useTRPC();
  const query = useQuery(trpc.attempts.remarksToCheck.queryOptions({ attemptId }));
  const remarks = query.data?.remarks;
  return (
    <Card title="Remarks to check" id="remarks-to-check">
      <div className="flex flex-col gap-3" data-testid="remarks-to-check">
        <p className="text-sm text-slate-700">
          <strong className="font-semibold">Not marked.</strong> The marker catches some disrespect but misses
          remarks in words it has no rule for. A learned respect model reads everything the learner wrote and
          lists the sentences it takes for a remark about the customer that the marker did not count, so that
          you can read them and decide. If you agree one is disrespectful, change the respect mark on{" "}
          {assignmentId !== null ? (
            <Link href={`/tutor/assignments/${assignmentId}`} className="text-brand-700 underline">
              this assignment&apos;s results
            </Link>
          ) : (
            "the assignment's results page"
          )}
          . The learner does not see this list.
        </p>
        {query.isError ? (
          <ErrorState error={query.error} onRetry={() => query.refetch()} />
        ) : !remarks ? (
          <LoadingState label="Reading the learner's words…" />
        ) : remarks.length === 0 ? (
          <p className="text-sm text-slate-800" data-testid="remarks-none">
            Nothing to check: the model found no remark about the customer that the marker did not count.
          </p>
        ) : (
          <ol className="flex flex-col divide-y divide-slate-100" aria-label="Remarks to check">
            {remarks.map((r) => (
              <li key={`${r.seq}-${r.start}`} className="flex flex-col gap-2 py-3" data-testid="remark">
                <p className="text-sm text-slate-700">
                  <span className="mr-1 font-mono text-xs text-slate-600">{r.clock} </span>
                  <span className="font-medium text-slate-900">{r.where}</span>
                </p>
                <HighlightedText text={r.text} spans={[{ label: "to check", start: r.start, end: r.end }]} />
                <p className="text-sm text-slate-800">{r.reason}</p>
                <p className="text-xs text-slate-600">{r.reading}</p>
              </li>
            ))}
          </ol>
        )}
      </div>
    </Card>
  );
}
