"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { Button, Card, Field, inputClass } from "@/components/ui";
import { formatDateTime } from "@/lib/format";
import { useTRPC } from "@/lib/trpc/client";
import { errorMessage } from "@/lib/trpc/error-message";

interface LearnerAttempt {
  learnerId: number;
  displayName: string;
  attemptId: number | null;
  inProgressAttemptId: number | null;
}

const KIND_LABEL = { reset: "Reset", voided: "Voided", restarted: "Started again" } as const;

/**
 * Reset (give the attempt back: it does not use one up and the learner can start afresh) or void
 * (cancel it: it is not marked but still counts) one learner's attempt, with a reason the learner
 * sees; and the record of every reset and void on this assignment: who, when and why.
 */
export function AttemptControlCard({ assignmentId, rows }: { assignmentId: number; rows: LearnerAttempt[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const record = useQuery(trpc.tutorAttempts.setAside.queryOptions({ assignmentId }));
  const withWork = rows.flatMap((r) => [
    ...(r.inProgressAttemptId
      ? [{ attemptId: r.inProgressAttemptId, label: `${r.displayName}: attempt in progress` }]
      : []),
    ...(r.attemptId ? [{ attemptId: r.attemptId, label: `${r.displayName}: submitted attempt` }] : []),
  ]);
  const [attemptId, setAttemptId] = useState("");
  const [kind, setKind] = useState<"reset" | "void">("reset");
  const [reason, setReason] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const onSuccess = async () => {
    const chosen = withWork.find((w) => String(w.attemptId) === attemptId);
    setDone(
      `${kind === "reset" ? "Reset" : "Voided"}: ${chosen?.label ?? "the attempt"}. The learner sees your reason.`,
    );
    setAttemptId("");
    setReason("");
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.results.assignmentResults.queryKey({ assignmentId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.tutorAttempts.setAside.queryKey({ assignmentId }) }),
    ]);
  };
  const reset = useMutation(trpc.tutorAttempts.reset.mutationOptions({ onSuccess }));
  const voidIt = useMutation(trpc.tutorAttempts.void.mutationOptions({ onSuccess }));
  const pending = reset.isPending || voidIt.isPending;
  const error = errorMessage(reset.error ?? voidIt.error);

  return (
    <Card title="Reset or void an attempt">
      <form
        className="flex flex-col gap-3"
        aria-label="Reset or void an attempt"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          setDone(null);
          reset.reset();
          voidIt.reset();
          const input = { attemptId: Number(attemptId), reason };
          if (kind === "reset") reset.mutate(input);
          else voidIt.mutate(input);
        }}
      >
        <Field label="Attempt" htmlFor={`${id}-attempt`}>
          <select
            id={`${id}-attempt`}
            className={inputClass}
            value={attemptId}
            required
            onChange={(e) => setAttemptId(e.target.value)}
          >
            <option value="">
              {withWork.length === 0 ? "Nobody has started yet" : "Choose a learner's attempt"}
            </option>
            {withWork.map((w) => (
              <option key={w.attemptId} value={String(w.attemptId)}>
                {w.label}
              </option>
            ))}
          </select>
        </Field>
        <fieldset className="text-sm">
          <legend className="font-medium text-slate-900">What to do</legend>
          <label className="mt-1 flex items-start gap-2">
            <input
              type="radio"
              name={`${id}-kind`}
              checked={kind === "reset"}
              onChange={() => setKind("reset")}
            />
            <span>Reset: set it aside and give the attempt back, so the learner can start afresh</span>
          </label>
          <label className="mt-1 flex items-start gap-2">
            <input
              type="radio"
              name={`${id}-kind`}
              checked={kind === "void"}
              onChange={() => setKind("void")}
            />
            <span>Void: cancel it, so it is not marked (it still counts as one of their attempts)</span>
          </label>
        </fieldset>
        <Field label="Reason (the learner sees this)" htmlFor={`${id}-reason`}>
          <textarea
            id={`${id}-reason`}
            className={inputClass}
            value={reason}
            maxLength={500}
            required
            onChange={(e) => setReason(e.target.value)}
          />
        </Field>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" variant="danger" disabled={pending}>
            {pending ? "Saving…" : kind === "reset" ? "Reset attempt" : "Void attempt"}
          </Button>
          <p className="text-sm text-slate-800" role="status">
            {done}
          </p>
        </div>
        {error && (
          <p role="alert" className="text-sm font-medium text-red-700">
            {error}
          </p>
        )}
      </form>
      {record.data && record.data.length > 0 && (
        <div className="mt-4">
          <h3 className="font-semibold text-slate-900">Reset and voided attempts</h3>
          <ul className="mt-1 divide-y divide-slate-100 text-sm" aria-label="Reset and voided attempts">
            {record.data.map((r) => (
              <li key={r.attemptId} className="py-2">
                <span className="font-medium">{r.learnerName}</span>: {KIND_LABEL[r.voidKind ?? "voided"]}
                {r.voidedAt ? ` on ${formatDateTime(r.voidedAt)}` : ""}
                {r.tutorName ? ` by ${r.tutorName}` : ""}. Reason: {r.voidReason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
