"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { keepTabInside, returnFocus, showModalFrom } from "./dialog-focus";
import { Button } from "./ui";

/**
 * A question that must be answered before something that cannot be undone: a modal alert dialog, so
 * it takes focus (on the safe answer) and screen readers read the question at once (WCAG 4.1.3);
 * Escape or the cancel button closes it and focus goes back to the button that asked.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  busyLabel,
  busy = false,
  confirmDisabled = false,
  error,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  busyLabel?: string;
  busy?: boolean;
  /** The answer cannot be given yet (the dialog's text says why); unlike `busy`, it can still be cancelled. */
  confirmDisabled?: boolean;
  error?: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const textId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) showModalFrom(dialog, cancelRef.current);
    if (!open && dialog.open) dialog.close();
  }, [open]);
  // Leaving the page with the dialog open (after confirming) must not strand focus either.
  useEffect(() => () => returnFocus(ref.current), []);

  return (
    <dialog
      ref={ref}
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onCancel();
      }}
      onClose={() => returnFocus(ref.current)}
      onKeyDown={(e) => keepTabInside(e, ref.current)}
      className="m-auto w-[calc(100%-2rem)] max-w-md rounded-xl bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
    >
      <div className="flex flex-col gap-4 p-5">
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        <div id={textId} className="text-sm text-slate-700">
          {children}
        </div>
        {error && (
          <p role="alert" className="text-sm font-medium text-red-700">
            {error}
          </p>
        )}
        <div className="flex flex-wrap justify-end gap-2">
          <Button ref={cancelRef} variant="secondary" onClick={onCancel}>
            {cancelLabel}
          </Button>
          <Button onClick={onConfirm} disabled={busy || confirmDisabled}>
            {busy && busyLabel ? busyLabel : confirmLabel}
          </Button>
        </div>
      </div>
    </dialog>
  );
}
