"use client";

import { cloneElement, isValidElement, type ReactElement, type ReactNode } from "react";
import { useFormProblem } from "./form-checks";
import { problemMessage } from "./form-problem";

/**
 * A labelled control with its hint and its error. The error is the one given, or else the browser's
 * field check that refused the form (empty, too short…) in the app's words (`FormChecks`).
 */
export function Field({
  label,
  htmlFor,
  hint,
  error,
  children,
}: {
  label: string;
  htmlFor: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  const problem = useFormProblem(htmlFor);
  const shown = error || (problem ? problemMessage(label, problem) : undefined);
  // The hint and the error are announced with the field they belong to, and an error marks it invalid (WCAG 3.3.1, 1.3.1).
  const describedBy =
    [hint && `${htmlFor}-hint`, shown && `${htmlFor}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={htmlFor} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      {isValidElement(children)
        ? cloneElement(children as ReactElement<{ "aria-describedby"?: string; "aria-invalid"?: boolean }>, {
            "aria-describedby": describedBy,
            "aria-invalid": shown ? true : undefined,
          })
        : children}
      {hint && (
        <p id={`${htmlFor}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {shown && (
        <p id={`${htmlFor}-error`} className="text-xs font-medium text-red-700" role="alert">
          {shown}
        </p>
      )}
    </div>
  );
}
