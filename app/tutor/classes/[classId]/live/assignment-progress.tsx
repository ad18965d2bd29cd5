"use client";

import Link from "next/link";
import { AwaitingTutorNote } from "@/components/scenarios/awaiting-tutor";
import { BandBadge } from "@/components/scenarios/stage-badge";
import { Badge } from "@/components/ui";
import { formatDate, plural } from "@/lib/format";
import { STATUS_LABEL, STATUS_TONE } from "./live-table";
import type { LiveData, NameOf } from "./live-types";

/** Learner × assignment: where each learner is with each piece of work set for the class. */
export function AssignmentProgress({
  data,
  learners,
  nameOf,
}: {
  data: LiveData;
  learners: LiveData["learners"];
  nameOf: NameOf;
}) {
  if (data.assignments.length === 0) {
    return (
      <p className="text-sm text-slate-700">
        Nothing has been assigned to this class yet. Assign a scenario on the{" "}
        <Link href={`/tutor/classes/${data.classId}`} className="font-medium text-brand-700 underline">
          class page
        </Link>
        .
      </p>
    );
  }
  return (
    <div className="relative -mx-4 overflow-x-auto">
      <table className="w-full text-left text-sm" aria-label="Progress by assignment">
        <thead className="border-b border-slate-200 text-xs text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium uppercase tracking-wide">
              Learner
            </th>
            {data.assignments.map((a) => (
              <th key={a.id} scope="col" className="min-w-[10rem] px-3 py-2 align-bottom font-medium">
                <Link
                  href={`/tutor/assignments/${a.id}`}
                  className="text-slate-900 underline decoration-slate-500 hover:decoration-brand-700"
                >
                  {a.scenarioTitle}
                </Link>
                {a.dueAt && <span className="block font-normal">Due {formatDate(a.dueAt)}</span>}
                <span className="block font-normal" data-testid={`assignment-${a.id}-submitted`}>
                  {learners.filter((l) => l.assignments[a.id]?.status === "submitted").length} of{" "}
                  {plural(learners.length, "learner")} submitted
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {learners.map((l) => (
            <tr key={l.learnerId} data-testid={`progress-row-${l.learnerId}`}>
              <th scope="row" className="max-w-[12rem] break-words px-4 py-2 font-medium text-slate-900">
                {nameOf(l)}
              </th>
              {data.assignments.map((a) => {
                const p = l.assignments[a.id];
                if (!p) return <td key={a.id} className="px-3 py-2" />;
                return (
                  <td key={a.id} className="px-3 py-2" data-testid={`progress-${a.id}`}>
                    {p.status === "submitted" && p.band ? (
                      <BandBadge band={p.band} percent={p.totalPercent} />
                    ) : (
                      <Badge tone={STATUS_TONE[p.status]}>{STATUS_LABEL[p.status]}</Badge>
                    )}
                    {p.status === "submitted" && <AwaitingTutorNote count={p.awaitingTutor} />}
                    {p.status === "in_progress" && (
                      <span className="ml-1 text-xs text-slate-700">{plural(p.actions, "action")}</span>
                    )}
                    {p.attempts > 1 && (
                      <span className="block text-xs text-slate-600">{p.attempts} attempts</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
