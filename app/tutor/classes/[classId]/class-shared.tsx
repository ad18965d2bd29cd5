"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui";
import { useTRPC } from "@/lib/trpc/client";

/** Refreshes the class page and the class list after a change. */
export function useInvalidateClass(classId: number) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.classes.get.queryKey({ classId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.classes.list.queryKey() }),
    ]);
}

/** A button that asks first: the question and a confirm/cancel pair replace it in place. */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  pending,
  variant = "secondary",
  accessibleLabel,
}: {
  label: string;
  question: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  pending?: boolean;
  variant?: "secondary" | "danger";
  accessibleLabel?: string;
}) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  const questionId = useId();
  // Focus goes into the question, and back to the button that asked once it is answered (WCAG 2.4.3).
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (asked.current) askRef.current?.focus();
    asked.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <Button
        ref={askRef}
        variant={variant}
        onClick={() => setAsking(true)}
        disabled={pending}
        aria-label={accessibleLabel}
      >
        {label}
      </Button>
    );
  }
  return (
    <div
      role="group"
      aria-label={accessibleLabel ?? label}
      className="flex flex-wrap items-center gap-2 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-950 ring-1 ring-amber-200"
    >
      <span id={questionId}>{question}</span>
      {/* Focus lands on the answer, not the question: the question is its description, so a screen
          reader says what "Yes, remove" would do, not just the words on the button (WCAG 1.3.1, 2.4.6). */}
      <Button
        ref={confirmRef}
        aria-describedby={questionId}
        variant="danger"
        disabled={pending}
        onClick={() => {
          onConfirm();
          setAsking(false);
        }}
      >
        {confirmLabel}
      </Button>
      <Button variant="secondary" onClick={() => setAsking(false)}>
        Cancel
      </Button>
    </div>
  );
}
