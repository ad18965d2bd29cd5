"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { DeadlineNotice } from "@/components/deadline-notice";
import { Button, ButtonLink } from "@/components/ui";
import { formatDateTime } from "@/lib/format";
import { useTRPC } from "@/lib/trpc/client";
import { errorMessage } from "@/lib/trpc/error-message";

/** Keeps the lists that show "Carry on" in step with a start, so Back never offers a stale choice. */
export function useStartAttempt() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.attempts.start.mutationOptions({
      onSuccess: async ({ attemptId }) => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.attempts.mine.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.attempts.startPlan.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.assignments.mine.queryKey() }),
        ]);
        router.push(`/attempts/${attemptId}`);
      },
    }),
  );
}

/**
 * On a phone or tablet the brief comes first and the "Ready?" card last, a long scroll below: a
 * learner who came back here (Back, or the library) with an attempt in progress is offered it at the
 * top as well. Hidden on wide screens, where the card sits beside the brief.
 */
export function CarryOnFirst({ scenarioId, assignmentId }: { scenarioId: string; assignmentId?: number }) {
  const trpc = useTRPC();
  const plan = useQuery(trpc.attempts.startPlan.queryOptions({ scenarioId, assignmentId }));
  const open = plan.data?.openAttempt;
  if (!open) return null;
  return (
    <div
      className="mb-6 flex flex-wrap items-center gap-3 rounded-xl border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-950 lg:hidden"
      data-testid="carry-on-first"
    >
      <p>You have an attempt in progress, started {formatDateTime(open.startedAt)}.</p>
      <ButtonLink href={`/attempts/${open.id}`}>Carry on</ButtonLink>
    </div>
  );
}

/**
 * When the assignment a start here counts towards is due, and whether it locks then: at the top of the
 * brief, where a learner on a phone reads it before the long brief (the "Ready?" card is last there).
 */
export function AssignmentDeadline({
  scenarioId,
  assignmentId,
}: {
  scenarioId: string;
  assignmentId?: number;
}) {
  const trpc = useTRPC();
  const plan = useQuery(trpc.attempts.startPlan.queryOptions({ scenarioId, assignmentId }));
  const deadline = plan.data?.deadline;
  return deadline ? <DeadlineNotice deadline={deadline} className="mb-6" /> : null;
}

/**
 * A learner's way into the scenario: "Carry on" with the attempt in progress (for this assignment,
 * or for practice), or "Start again", which asks first and says what happens to the old attempt.
 */
export function LearnerStart({ scenarioId, assignmentId }: { scenarioId: string; assignmentId?: number }) {
  const trpc = useTRPC();
  // The server decides where a start counts and what it would resume, by the rule `start` itself uses.
  const plan = useQuery(trpc.attempts.startPlan.queryOptions({ scenarioId, assignmentId }));
  const start = useStartAttempt();
  const [confirmRestart, setConfirmRestart] = useState(false);

  if (plan.isPending) return <p className="text-sm text-slate-700">Checking your attempts…</p>;
  if (plan.isError)
    return (
      <p role="alert" className="text-sm font-medium text-red-700">
        {errorMessage(plan.error) ?? "Your attempts could not be checked. Please reload the page."}
      </p>
    );

  const { closedMessage, maxAttempts, attemptsLeft, openAttempt: open } = plan.data;
  const countsTowards = plan.data.assignmentId;
  const closedNote = closedMessage ? (
    <p className="mb-3 text-sm text-slate-800">
      {closedMessage} You can still practise it: practice does not count towards the assignment.
    </p>
  ) : null;
  const noneLeft = attemptsLeft === 0 && !open;

  return (
    <>
      {closedNote}
      {maxAttempts !== null && (
        <p className="mb-3 text-sm text-slate-700">
          {attemptsLeft === 0
            ? "You have used all the attempts allowed for this assignment."
            : `Attempts left for this assignment: ${attemptsLeft} of ${maxAttempts}.`}
        </p>
      )}
      {open ? (
        <div className="flex flex-col gap-2">
          <p className="text-sm text-slate-800" data-testid="attempt-in-progress">
            You have an attempt in progress, started {formatDateTime(open.startedAt)}.
          </p>
          <ButtonLink href={`/attempts/${open.id}`} className="w-full justify-center">
            Carry on
          </ButtonLink>
          <Button
            variant="secondary"
            className="w-full"
            onClick={() => setConfirmRestart(true)}
            disabled={start.isPending}
          >
            Start again
          </Button>
          <ConfirmDialog
            open={confirmRestart}
            title="Start again?"
            confirmLabel="Yes, start again"
            cancelLabel="No, keep my attempt"
            busy={start.isPending}
            busyLabel="Preparing your CRM…"
            error={errorMessage(start.error)}
            onConfirm={() =>
              start.mutate({ scenarioId, assignmentId: countsTowards ?? undefined, restart: true })
            }
            onCancel={() => {
              start.reset();
              setConfirmRestart(false);
            }}
          >
            Your attempt in progress (started {formatDateTime(open.startedAt)}) will be set aside: it is kept
            on record for your tutor but never marked, and you cannot go back to it. You start again with a
            fresh copy of the CRM.
          </ConfirmDialog>
        </div>
      ) : noneLeft ? null : (
        <>
          <p className="mb-3 text-sm text-slate-700">
            You get your own copy of the CRM: nothing you do affects anyone else.
          </p>
          <Button
            className="w-full"
            disabled={start.isPending}
            onClick={() => start.mutate({ scenarioId, assignmentId: countsTowards ?? undefined })}
          >
            {start.isPending ? "Preparing your CRM…" : "Start scenario"}
          </Button>
        </>
      )}
      {start.error && !confirmRestart && (
        <p role="alert" className="mt-2 text-sm font-medium text-red-700">
          {errorMessage(start.error)}
        </p>
      )}
    </>
  );
}

/** A tutor tries the scenario as a learner; nothing they do counts in any class. */
export function TutorPreviewStart({ scenarioId }: { scenarioId: string }) {
  const trpc = useTRPC();
  const preview = useMutation(
    trpc.preview.start.mutationOptions({
      // A full load, so every part of the page starts afresh as the preview learner.
      onSuccess: ({ attemptId }) => window.location.assign(`/attempts/${attemptId}`),
    }),
  );
  return (
    <>
      <p className="mb-3 text-sm text-slate-700">
        You are signed in as a tutor. Learners start scenarios from their own device; assign this scenario to
        a class from the Tutor pages. You can try it yourself as a learner: nothing you do counts in any
        class.
      </p>
      <Button
        className="w-full"
        variant="secondary"
        disabled={preview.isPending}
        onClick={() => preview.mutate({ scenarioId })}
      >
        {preview.isPending ? "Preparing your CRM…" : "Try as a learner"}
      </Button>
      {preview.error && (
        <p role="alert" className="mt-2 text-sm font-medium text-red-700">
          {errorMessage(preview.error)}
        </p>
      )}
    </>
  );
}
