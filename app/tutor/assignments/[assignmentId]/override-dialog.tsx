"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { keepTabInside, returnFocus, showModalFrom } from "@/components/dialog-focus";
import { Button, Field, cx, inputClass } from "@/components/ui";
import { formatDateTime } from "@/lib/format";
import { useTRPC } from "@/lib/trpc/client";
import { errorMessage, fieldError } from "@/lib/trpc/error-message";
import { type Status, STATUS_TEXT, STATUS_ICON, type Editing } from "./results-shared";

export function OverrideDialog({
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
      onKeyDown={(e) => keepTabInside(e, ref.current)}
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
            Shown now:{" "}
            <strong>{editing.awaiting ? "Awaiting your mark" : STATUS_TEXT[editing.status]}</strong>
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
