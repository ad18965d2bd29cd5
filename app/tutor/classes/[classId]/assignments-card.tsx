"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useState, type FormEvent } from "react";
import { focusSoon } from "@/components/focus-soon";
import { STAGE_LABEL, STAGE_TONE } from "@/components/labels";
import {
  Badge,
  Button,
  ButtonLink,
  Card,
  EmptyState,
  Field,
  StatusMessage,
  inputClass,
} from "@/components/ui";
import { formatDateTime, formatLongDate, plural } from "@/lib/format";
import { parseUkDate, UK_DATE_HINT } from "@/components/uk-date";
import { UkDateInput } from "@/components/uk-date-input";
import { useTRPC } from "@/lib/trpc/client";
import { errorMessage } from "@/lib/trpc/error-message";
import type { AppRouter } from "@/server/trpc/root";
import { AssignmentLifecycleButtons, AssignmentTermBadges, AssignmentTermsForm } from "./assignment-terms";
import { ConfirmButton, useInvalidateClass } from "./class-shared";

export type ClassAssignment = inferRouterOutputs<AppRouter>["classes"]["get"]["assignments"][number];

/** Who has not started the assignment yet (learners still in the class), so the tutor can nudge them. */
function NotStarted({ a, learnerCount }: { a: ClassAssignment; learnerCount: number }) {
  if (learnerCount === 0) return <p className="text-sm text-slate-700">Nobody has joined the class yet.</p>;
  if (a.notStarted.length === 0) return <p className="text-sm text-slate-700">Everyone has started.</p>;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium text-brand-800">
        Not started ({a.notStarted.length})<span className="sr-only">: {a.scenario.title}</span>
      </summary>
      <ul className="mt-1 flex flex-wrap gap-2" aria-label={`Not started: ${a.scenario.title}`}>
        {a.notStarted.map((l) => (
          <li key={l.id} className="rounded-full bg-slate-100 px-2 py-0.5 text-slate-800">
            {l.displayName}
          </li>
        ))}
      </ul>
    </details>
  );
}

const ASSIGNMENTS_ID = "assigned-scenarios";

export function AssignmentsCard({
  classId,
  archived,
  assignments,
  learnerCount,
}: {
  classId: number;
  archived: boolean;
  assignments: ClassAssignment[];
  learnerCount: number;
}) {
  const trpc = useTRPC();
  const invalidate = useInvalidateClass(classId);
  const [notice, setNotice] = useState<string | undefined>();
  // The last assignment made, told beside the form; one message at a time: a removal replaces it.
  const [assignedNotice, setAssignedNotice] = useState<string | undefined>();
  const remove = useMutation(
    trpc.assignments.remove.mutationOptions({
      onSuccess: async (_data, { assignmentId }) => {
        // Focus moves on before the item goes: to the next one, the one before, or the list (WCAG 2.4.3).
        const index = assignments.findIndex((a) => a.id === assignmentId);
        const neighbour = assignments[index + 1] ?? assignments[index - 1];
        setNotice(`Removed ${assignments[index]?.scenario.title ?? "the assignment"}.`);
        setAssignedNotice(undefined);
        focusSoon([neighbour && `assignment-${neighbour.id}`, ASSIGNMENTS_ID]);
        await invalidate();
      },
    }),
  );
  return (
    <Card title="Assigned scenarios" id={ASSIGNMENTS_ID}>
      <div className="flex flex-col gap-5">
        <StatusMessage className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {notice}
        </StatusMessage>
        {assignments.length === 0 ? (
          <EmptyState title="Nothing assigned yet">
            Assign a scenario below. Learners see assigned work first, with its due date.
          </EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label="Assigned scenarios">
            {assignments.map((a) => (
              <li key={a.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                <div className="min-w-0">
                  <h3 id={`assignment-${a.id}`} className="font-semibold text-slate-900">
                    {a.scenario.title}
                  </h3>
                  <div className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
                    {a.scenario.lifecycleStage && (
                      <Badge tone={STAGE_TONE[a.scenario.lifecycleStage] ?? "neutral"}>
                        {STAGE_LABEL[a.scenario.lifecycleStage] ?? a.scenario.lifecycleStage}
                      </Badge>
                    )}
                    {a.scenario.estimatedMinutes > 0 && (
                      <span>About {a.scenario.estimatedMinutes} minutes ·</span>
                    )}
                    <span>{a.dueAt ? `Due ${formatDateTime(a.dueAt)}` : "No due date"} ·</span>
                    <span>
                      {a.learnersStarted} of {plural(learnerCount, "learner")} started, {a.learnersSubmitted}{" "}
                      submitted
                    </span>
                  </div>
                  <div className="mt-2">
                    <AssignmentTermBadges a={a} />
                  </div>
                </div>
                <div className="flex flex-wrap items-center gap-2">
                  <AssignmentLifecycleButtons a={a} classId={classId} />
                  {/* NEXT ENGINEER: the results grid for this assignment. */}
                  <ButtonLink
                    href={`/tutor/assignments/${a.id}`}
                    variant="secondary"
                    aria-label={`Results: ${a.scenario.title}`}
                  >
                    Results
                  </ButtonLink>
                  <ConfirmButton
                    label="Remove"
                    accessibleLabel={`Remove ${a.scenario.title}`}
                    question={
                      a.learnersStarted > 0
                        ? `Remove it? ${plural(a.learnersStarted, "learner has", "learners have")} started it; their attempts are kept but no longer listed here.`
                        : "Remove this assignment?"
                    }
                    confirmLabel="Yes, remove"
                    pending={remove.isPending}
                    onConfirm={() => remove.mutate({ assignmentId: a.id })}
                  />
                </div>
                {/* min-w-0: a flex item is otherwise at least as wide as its widest line, and the settings'
                    fields and radios at 200% text in a 320 px window then ran past the card (WCAG 1.4.10). */}
                <div className="min-w-0 basis-full">
                  <NotStarted a={a} learnerCount={learnerCount} />
                  <details className="mt-2 text-sm">
                    <summary className="cursor-pointer font-medium text-brand-800">
                      Settings<span className="sr-only">: {a.scenario.title}</span>
                    </summary>
                    <AssignmentTermsForm a={a} classId={classId} />
                  </details>
                </div>
              </li>
            ))}
          </ul>
        )}
        {remove.error && (
          <p role="alert" className="text-sm font-medium text-red-700">
            {errorMessage(remove.error)}
          </p>
        )}
        {archived ? (
          <p className="text-sm text-slate-700">Restore the class to assign more scenarios.</p>
        ) : (
          <AssignForm
            classId={classId}
            assigned={new Set(assignments.map((a) => a.scenario.id))}
            notice={assignedNotice}
            onAssigned={(message) => {
              setNotice(undefined);
              setAssignedNotice(message);
            }}
          />
        )}
      </div>
    </Card>
  );
}

const weekday = new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: "Europe/London" });

/** What a typed due date means, in words, so the tutor sees which day it is before assigning. */
function dueDateWords(text: string): string {
  if (!text.trim()) return "No due date: learners can do it at any time.";
  const parsed = parseUkDate(text, "the due date");
  if (!parsed.ok) return "Not a date yet: type the day, the month, then the year.";
  const d = new Date(`${parsed.iso}T12:00:00Z`);
  return `Due by 23:59 UK time on ${weekday.format(d)} ${formatLongDate(d)}.`;
}

function AssignForm({
  classId,
  assigned,
  notice,
  onAssigned,
}: {
  classId: number;
  assigned: Set<string>;
  /** What was last assigned (or nothing): the card clears it when something else happens. */
  notice: string | undefined;
  onAssigned: (message: string | undefined) => void;
}) {
  const trpc = useTRPC();
  const invalidate = useInvalidateClass(classId);
  const options = useQuery(trpc.assignments.scenarioOptions.queryOptions());
  const [scenarioId, setScenarioId] = useState("");
  const [dueText, setDueText] = useState("");
  const [dueError, setDueError] = useState<string | undefined>();
  // What was assigned, told in a status region that is always there (WCAG 4.1.3): the new assignment
  // appears in the list above while focus stays on "Assign", and a screen-reader user heard nothing, or
  // only the date hint going back to "No due date", as if the assignment had none.
  const create = useMutation(
    trpc.assignments.create.mutationOptions({
      onSuccess: async (_data, { scenarioId: assignedId, dueAt }) => {
        const title = options.data?.find((s) => s.id === assignedId)?.title ?? "The scenario";
        const due = dueAt ? `due ${formatLongDate(new Date(`${dueAt}T12:00:00Z`))}` : "no due date";
        onAssigned(`Assigned ${title}, ${due}. It is in the list above.`);
        setScenarioId("");
        setDueText("");
        await invalidate();
      },
    }),
  );
  // The server's word on the date ("already passed", "within the next 100 years") goes beside the field too.
  const serverMessage = create.error ? errorMessage(create.error) : undefined;
  const dueServerError =
    serverMessage && /due date|real date/i.test(serverMessage) ? serverMessage : undefined;
  const available = (options.data ?? []).filter((s) => !assigned.has(s.id));

  return (
    <form
      className="flex flex-col gap-3 rounded-lg bg-slate-50 p-4"
      aria-label="Assign a scenario"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        const parsed = dueText.trim() ? parseUkDate(dueText, "the due date") : null;
        if (parsed && !parsed.ok) {
          setDueError(parsed.message);
          focusSoon(["assign-due"]);
          return;
        }
        onAssigned(undefined);
        create.mutate({ classId, scenarioId, dueAt: parsed?.iso ?? null });
      }}
    >
      <h3 className="font-semibold text-slate-900">Assign a scenario</h3>
      {/* Fields lined up by their tops: the date's hint and error sit under it without pushing its box
          out of line with the scenario's; the button sits level with the boxes (below the labels). */}
      <div className="flex flex-wrap items-start gap-3">
        <div className="min-w-[min(16rem,100%)] flex-1">
          <Field label="Scenario" htmlFor="assign-scenario">
            <select
              id="assign-scenario"
              className={inputClass}
              value={scenarioId}
              onChange={(e) => setScenarioId(e.target.value)}
              required
              disabled={options.isPending}
            >
              <option value="">
                {options.isPending
                  ? "Loading scenarios…"
                  : available.length === 0
                    ? "Every scenario is assigned"
                    : "Choose a scenario"}
              </option>
              {available.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title} ({STAGE_LABEL[s.lifecycleStage] ?? s.lifecycleStage}, about {s.estimatedMinutes}{" "}
                  min)
                </option>
              ))}
            </select>
          </Field>
        </div>
        <div>
          <Field
            label="Due date (optional)"
            htmlFor="assign-due"
            hint={UK_DATE_HINT}
            error={dueError ?? dueServerError}
          >
            <UkDateInput
              id="assign-due"
              value={dueText}
              onText={(text) => {
                setDueText(text);
                setDueError(undefined);
                if (dueServerError) create.reset();
              }}
            />
          </Field>
        </div>
        <Button type="submit" className="mt-6" disabled={create.isPending || options.isPending}>
          {create.isPending ? "Assigning…" : "Assign"}
        </Button>
      </div>
      <p className="text-sm text-slate-700" aria-live="polite">
        {dueDateWords(dueText)}
      </p>
      <StatusMessage className="text-sm font-medium text-emerald-800" testId="assigned-notice">
        {notice}
      </StatusMessage>
      {((create.error && !dueServerError) || options.error) && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {errorMessage(create.error ?? options.error)}
        </p>
      )}
    </form>
  );
}
