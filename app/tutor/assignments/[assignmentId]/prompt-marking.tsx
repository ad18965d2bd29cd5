"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Badge, Button, Card, Field, cx, inputClass } from "@/components/ui";
import { useTRPC } from "@/lib/trpc/client";
import { errorMessage } from "@/lib/trpc/error-message";
import type { RouterOutputs } from "@/lib/trpc/router-outputs";

type Data = RouterOutputs["results"]["promptAnswers"];
type Answer = Data["answers"][number];
type Status = Answer["status"];
const STATUS_TEXT: Record<Status, string> = { met: "Met", partly: "Partly met", not_met: "Not met" };

/**
 * Fast marking of answers to reasoning prompts: one answer at a time beside the rubric, the hints
 * the engine found and the model answer; one click marks it (saved as a criterion override, so it
 * is audited and the learner sees the comment).
 */
export function PromptMarking({ assignmentId }: { assignmentId: number }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.results.promptAnswers.queryOptions({ assignmentId }));
  if (!query.data || query.data.prompts.length === 0) return null;
  const { prompts, answers } = query.data;
  const waiting = answers.filter((a) => a.awaiting).length;
  return (
    <Card title={`Answers to mark (${waiting} awaiting)`}>
      <div className="flex flex-col gap-6">
        {prompts.map((p) => (
          <section
            key={p.criterionId}
            aria-labelledby={`prompt-${p.criterionId}`}
            className="flex flex-col gap-3"
          >
            <h3 id={`prompt-${p.criterionId}`} className="font-semibold">
              {p.question}
            </h3>
            <dl className="grid grid-cols-1 gap-2 text-sm sm:grid-cols-3">
              {(["met", "partly", "not_met"] as const).map((s) => (
                <div key={s} className="rounded-lg bg-slate-50 px-3 py-2">
                  <dt className="text-xs font-semibold uppercase text-slate-700">{STATUS_TEXT[s]}</dt>
                  <dd>{p.rubric[s]}</dd>
                </div>
              ))}
            </dl>
            <details className="text-sm">
              <summary className="cursor-pointer font-medium">Model answer</summary>
              <p className="mt-1 whitespace-pre-wrap">{p.modelAnswer}</p>
            </details>
            <ol className="flex flex-col gap-3">
              {answers
                .filter((a) => a.criterionId === p.criterionId)
                .map((a) => (
                  <li key={`${a.attemptId}-${a.criterionId}`}>
                    <AnswerRow assignmentId={assignmentId} answer={a} />
                  </li>
                ))}
            </ol>
          </section>
        ))}
      </div>
    </Card>
  );
}

function AnswerRow({ assignmentId, answer }: { assignmentId: number; answer: Answer }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [comment, setComment] = useState("");
  const commentId = useId();
  const mark = useMutation(
    trpc.results.overrideCriterion.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.results.promptAnswers.queryKey({ assignmentId }) }),
          queryClient.invalidateQueries({
            queryKey: trpc.results.assignmentResults.queryKey({ assignmentId }),
          }),
        ]),
    }),
  );
  const error = errorMessage(mark.error);
  return (
    <article
      aria-label={`${answer.learnerName}'s answer`}
      className={cx("rounded-lg border px-3 py-2", answer.awaiting ? "border-amber-300" : "border-slate-200")}
    >
      <p className="flex flex-wrap items-center gap-2 text-sm font-medium">
        {answer.learnerName}
        {answer.awaiting ? (
          <Badge tone="amber">Awaiting your mark</Badge>
        ) : (
          <Badge tone={answer.status === "met" ? "green" : answer.status === "partly" ? "amber" : "red"}>
            {STATUS_TEXT[answer.status]}
          </Badge>
        )}
      </p>
      <p className="mt-1 whitespace-pre-wrap text-sm">{answer.text ?? "(not answered)"}</p>
      {answer.hints.length > 0 && (
        <ul className="mt-1 flex flex-wrap gap-1 text-xs" aria-label="Automatic hints">
          {answer.hints.map((h) => (
            <li
              key={h.id}
              className={cx(
                "rounded px-1.5 py-0.5",
                h.found ? "bg-emerald-100 text-emerald-950" : "bg-slate-100 text-slate-700",
              )}
            >
              {h.found ? "✓" : "✗"} {h.note}
            </li>
          ))}
        </ul>
      )}
      {answer.comment && <p className="mt-1 text-xs text-slate-700">Your comment: {answer.comment}</p>}
      {answer.text && (
        <form
          className="mt-2 flex flex-col gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            const status = (e.nativeEvent as SubmitEvent).submitter?.getAttribute("value") as Status | null;
            if (!status) return;
            mark.mutate(
              { attemptId: answer.attemptId, criterionId: answer.criterionId, newStatus: status, comment },
              { onSuccess: () => setComment("") },
            );
          }}
        >
          <Field label="Comment for the learner" htmlFor={commentId} error={error}>
            <input
              id={commentId}
              className={inputClass}
              value={comment}
              maxLength={1000}
              required
              onChange={(e) => setComment(e.target.value)}
            />
          </Field>
          <div className="flex flex-wrap gap-2">
            {(["met", "partly", "not_met"] as const).map((s) => (
              <Button key={s} type="submit" value={s} variant="secondary" disabled={mark.isPending}>
                {STATUS_TEXT[s]}
              </Button>
            ))}
          </div>
        </form>
      )}
    </article>
  );
}
