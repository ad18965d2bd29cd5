"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect, useId, useState, type FormEvent } from "react";
import { focusSoon } from "@/components/focus-soon";
import { Badge, Button, Field, inputClass } from "@/components/ui";
import { parseUkDate, UK_DATE_HINT, ukDateText } from "@/components/uk-date";
import { UkDateInput } from "@/components/uk-date-input";
import { formatDateTime, plural } from "@/lib/format";
import { useTRPC } from "@/lib/trpc/client";
import { errorMessage } from "@/lib/trpc/error-message";
import { ConfirmButton, useInvalidateClass } from "./class-shared";
import type { ClassAssignment } from "./assignments-card";

/** The UK calendar date of an instant as YYYY-MM-DD (what the server takes). */
export function ukDateInput(d: Date | number): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/London",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(d);
}

const ATTEMPT_CHOICES = [1, 2, 3, 5, 10] as const;

/** Badges that say how the assignment runs, read at a glance on the class page. */
export function AssignmentTermBadges({ a }: { a: ClassAssignment }) {
  const pastDue = a.dueAt !== null && new Date(a.dueAt).getTime() < Date.now();
  return (
    <span className="flex flex-wrap items-center gap-1">
      {a.classArchivedAt ? (
        <Badge>Class archived: takes no work</Badge>
      ) : a.closedAt ? (
        <Badge tone="red">Closed</Badge>
      ) : pastDue && a.lateWork === "lock" ? (
        <Badge tone="red">Locked at due date</Badge>
      ) : (
        <Badge tone="green">Open</Badge>
      )}
      {a.dueAt && (
        <Badge>{a.lateWork === "lock" ? "Locks at due date" : "Late work accepted, flagged late"}</Badge>
      )}
      <Badge>
        {a.maxAttempts === null
          ? "Unlimited attempts"
          : `${a.maxAttempts} attempt${a.maxAttempts === 1 ? "" : "s"} allowed`}
      </Badge>
      {a.marksRelease === "held" && (
        <Badge tone={a.marksReleasedAt ? "green" : "amber"}>
          {a.marksReleasedAt ? "Marks released" : "Marks held"}
        </Badge>
      )}
    </span>
  );
}

/** Close/reopen, release held marks and try the scenario as a learner. */
export function AssignmentLifecycleButtons({ a, classId }: { a: ClassAssignment; classId: number }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateClass(classId);
  // Close becomes Reopen (and back): focus follows to the button that replaced it (WCAG 2.4.3).
  const openCloseId = `assignment-${a.id}-open-close`;
  const setClosed = useMutation(
    trpc.assignments.setClosed.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        focusSoon([openCloseId]);
      },
    }),
  );
  const release = useMutation(trpc.assignments.releaseMarks.mutationOptions({ onSuccess: invalidate }));
  const preview = useMutation(
    trpc.preview.start.mutationOptions({
      // A full load, so every page's idea of who is signed in starts afresh as the preview learner.
      onSuccess: ({ attemptId }) => window.location.assign(`/attempts/${attemptId}`),
    }),
  );
  const error = errorMessage(setClosed.error ?? release.error ?? preview.error);
  // Learners who started it and have no submitted attempt (a learner who submitted and started
  // again is not counted: the question under-states rather than over-states).
  const unsubmitted = Math.max(0, a.learnersStarted - a.learnersSubmitted);
  return (
    <>
      {a.classArchivedAt ? null : !a.closedAt && unsubmitted > 0 ? (
        // Closing mid-lesson stops learners who are still working from saving or submitting: ask first.
        <ConfirmButton
          label="Close"
          accessibleLabel={`Close ${a.scenario.title}`}
          question={`Close it now? ${plural(unsubmitted, "learner has", "learners have")} started but not submitted. Until you reopen it they cannot save more work or submit; what they have done so far is kept.`}
          confirmLabel="Yes, close"
          pending={setClosed.isPending}
          onConfirm={() => setClosed.mutate({ assignmentId: a.id, closed: true })}
        />
      ) : (
        <Button
          id={openCloseId}
          variant="secondary"
          disabled={setClosed.isPending}
          onClick={() => setClosed.mutate({ assignmentId: a.id, closed: !a.closedAt })}
          aria-label={`${a.closedAt ? "Reopen" : "Close"} ${a.scenario.title}`}
        >
          {a.closedAt ? "Reopen" : "Close"}
        </Button>
      )}
      {a.marksRelease === "held" && !a.marksReleasedAt && (
        <Button
          variant="secondary"
          disabled={release.isPending}
          onClick={() => release.mutate({ assignmentId: a.id })}
          aria-label={`Release marks: ${a.scenario.title}`}
        >
          Release marks
        </Button>
      )}
      {a.scenarioAvailable && (
        <Button
          variant="secondary"
          disabled={preview.isPending}
          onClick={() => preview.mutate({ scenarioId: a.scenario.id })}
          aria-label={`Try as a learner: ${a.scenario.title}`}
        >
          Try as a learner
        </Button>
      )}
      {error && (
        <p role="alert" className="basis-full text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </>
  );
}

/** Due date, what happens at it, attempts allowed and when learners see marks. */
export function AssignmentTermsForm({ a, classId }: { a: ClassAssignment; classId: number }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateClass(classId);
  const id = useId();
  const savedDue = a.dueAt ? ukDateInput(a.dueAt) : null;
  const [dueText, setDueText] = useState(savedDue ? ukDateText(savedDue) : "");
  const [dueError, setDueError] = useState<string | undefined>();
  const [lateWork, setLateWork] = useState(a.lateWork);
  const [maxAttempts, setMaxAttempts] = useState(a.maxAttempts === null ? "" : String(a.maxAttempts));
  const [marksRelease, setMarksRelease] = useState(a.marksRelease);
  const [saved, setSaved] = useState<string | null>(null);
  const update = useMutation(
    trpc.assignments.update.mutationOptions({
      onSuccess: async () => {
        setSaved(
          `Saved at ${new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit", timeZone: "Europe/London" }).format(new Date())}.`,
        );
        await invalidate();
      },
    }),
  );
  useEffect(() => setSaved(null), []);
  // The server's word on the date ("already passed") goes beside the field.
  const serverMessage = update.error ? errorMessage(update.error) : undefined;
  const dueServerError =
    serverMessage && /due date|real date/i.test(serverMessage) ? serverMessage : undefined;
  const choices = new Set<number>([...ATTEMPT_CHOICES, ...(a.maxAttempts ? [a.maxAttempts] : [])]);

  return (
    <form
      className="mt-2 flex flex-col gap-3 rounded-lg bg-slate-50 p-3"
      aria-label={`Settings: ${a.scenario.title}`}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        setSaved(null);
        const parsed = dueText.trim() ? parseUkDate(dueText, "the due date") : null;
        if (parsed && !parsed.ok) {
          setDueError(parsed.message);
          focusSoon([`${id}-due`]);
          return;
        }
        const due = parsed?.iso ?? null;
        update.mutate({
          assignmentId: a.id,
          // Unchanged dates are not sent, so a date already passed can stay as it is.
          ...(due === savedDue ? {} : { dueAt: due }),
          lateWork,
          maxAttempts: maxAttempts === "" ? null : Number(maxAttempts),
          marksRelease,
        });
      }}
    >
      <div className="flex flex-wrap items-start gap-4">
        <Field
          label="Due date"
          htmlFor={`${id}-due`}
          hint={`${UK_DATE_HINT}. ${a.dueAt ? `Now ${formatDateTime(a.dueAt)}` : "None set"}; leave it empty for none.`}
          error={dueError ?? dueServerError}
        >
          <UkDateInput
            id={`${id}-due`}
            value={dueText}
            onText={(text) => {
              setDueText(text);
              setDueError(undefined);
              if (dueServerError) update.reset();
            }}
          />
        </Field>
        <Field label="Attempts allowed" htmlFor={`${id}-attempts`}>
          <select
            id={`${id}-attempts`}
            className={inputClass}
            value={maxAttempts}
            onChange={(e) => setMaxAttempts(e.target.value)}
          >
            <option value="">Unlimited</option>
            {[...choices]
              .sort((x, y) => x - y)
              .map((n) => (
                <option key={n} value={String(n)}>
                  {n}
                </option>
              ))}
          </select>
        </Field>
      </div>
      <fieldset className="text-sm">
        <legend className="font-medium text-slate-900">At the due date</legend>
        <label className="mt-1 flex items-center gap-2">
          <input
            type="radio"
            name={`${id}-late`}
            checked={lateWork === "accept"}
            onChange={() => setLateWork("accept")}
          />
          Keep accepting work, flagged as late
        </label>
        <label className="mt-1 flex items-center gap-2">
          <input
            type="radio"
            name={`${id}-late`}
            checked={lateWork === "lock"}
            onChange={() => setLateWork("lock")}
          />
          Lock it: no more work after the due date
        </label>
      </fieldset>
      <fieldset className="text-sm">
        <legend className="font-medium text-slate-900">Marks</legend>
        <label className="mt-1 flex items-center gap-2">
          <input
            type="radio"
            name={`${id}-release`}
            checked={marksRelease === "immediate"}
            onChange={() => setMarksRelease("immediate")}
          />
          Learners see their marks as soon as they submit
        </label>
        <label className="mt-1 flex items-center gap-2">
          <input
            type="radio"
            name={`${id}-release`}
            checked={marksRelease === "held"}
            onChange={() => setMarksRelease("held")}
          />
          Hold marks until I release them (learners see “submitted, awaiting marks”)
        </label>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={update.isPending}>
          {update.isPending ? "Saving…" : "Save settings"}
        </Button>
        <p className="text-sm text-slate-700" aria-live="polite">
          {saved}
        </p>
      </div>
      {update.error && !dueServerError && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {errorMessage(update.error)}
        </p>
      )}
    </form>
  );
}
