"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { useTRPC } from "@/lib/trpc/client";
import type { CustomerRecord } from "@/lib/trpc/router-outputs";
import { CHANNEL_LABEL, STAGE_LABEL } from "../labels";
import { enterGoesToNextField } from "../enter-next-field";
import { focusSoon } from "../focus-soon";
import { TabList } from "../tab-list";
import { taskDoneId } from "./customer-record";
import { Button, Card, Field, StatusMessage, cx, inputClass } from "../ui";

const TABS = [
  { id: "note", label: "Note" },
  { id: "call", label: "Call" },
  { id: "task", label: "Task" },
  { id: "stage", label: "Stage" },
  { id: "consent", label: "Consent" },
] as const;
type TabId = (typeof TABS)[number]["id"];

function useInvalidateRecord(customerRef: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({
        queryKey: trpc.crm.getCustomer.queryKey({ workspace: {}, customerRef }),
      }),
      queryClient.invalidateQueries({ queryKey: trpc.crm.listCustomers.queryKey() }),
    ]);
}

function FormShell({
  onSubmit,
  pending,
  error,
  submitLabel,
  children,
  success,
}: {
  onSubmit: () => void;
  pending: boolean;
  error?: string;
  submitLabel: string;
  children: ReactNode;
  success?: string;
}) {
  return (
    <form
      onKeyDown={enterGoesToNextField}
      className="flex flex-col gap-3"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
      {error && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
      <StatusMessage className="text-sm text-emerald-800">{success}</StatusMessage>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </Button>
    </form>
  );
}

export function DemoActionsPanel({ record }: { record: CustomerRecord }) {
  const [tab, setTab] = useState<TabId>("note");
  const baseId = useId();
  return (
    <Card title="Actions">
      <TabList
        tabs={TABS}
        selected={tab}
        onSelect={setTab}
        label="Record an action"
        panelId={`${baseId}-panel`}
        className="mb-4 flex flex-wrap gap-1 rounded-lg bg-slate-100 p-1"
        tabClassName={(on) =>
          cx(
            "flex-1 rounded-md px-2 py-1 text-sm font-medium",
            on ? "bg-white text-slate-900 shadow-sm" : "text-slate-700 hover:text-slate-900",
          )
        }
      />
      <div role="tabpanel" id={`${baseId}-panel`} aria-label={TABS.find((t) => t.id === tab)?.label}>
        {tab === "note" && <NoteForm record={record} />}
        {tab === "call" && <CallForm record={record} />}
        {tab === "task" && <TaskForm record={record} />}
        {tab === "stage" && <StageForm record={record} />}
        {tab === "consent" && <ConsentForm record={record} />}
      </div>
    </Card>
  );
}

function NoteForm({ record }: { record: CustomerRecord }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateRecord(record.customer.ref);
  const [text, setText] = useState("");
  const mutation = useMutation(
    trpc.crm.addNote.mutationOptions({
      onSuccess: async () => {
        setText("");
        await invalidate();
      },
    }),
  );
  return (
    <FormShell
      submitLabel="Add note"
      pending={mutation.isPending}
      error={mutation.error?.message}
      success={mutation.isSuccess ? "Note added to the timeline." : undefined}
      onSubmit={() => mutation.mutate({ workspace: {}, customerRef: record.customer.ref, text })}
    >
      <Field label="Note" htmlFor="note-text" hint="Keep it factual: what happened and what was agreed.">
        <textarea
          id="note-text"
          className={cx(inputClass, "min-h-24")}
          value={text}
          maxLength={4000}
          required
          onChange={(e) => setText(e.target.value)}
        />
      </Field>
    </FormShell>
  );
}

function CallForm({ record }: { record: CustomerRecord }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateRecord(record.customer.ref);
  const [summary, setSummary] = useState("");
  const [direction, setDirection] = useState<"inbound" | "outbound">("outbound");
  const mutation = useMutation(
    trpc.crm.logCall.mutationOptions({
      onSuccess: async () => {
        setSummary("");
        await invalidate();
      },
    }),
  );
  return (
    <FormShell
      submitLabel="Log call"
      pending={mutation.isPending}
      error={mutation.error?.message}
      success={mutation.isSuccess ? "Call logged." : undefined}
      onSubmit={() =>
        mutation.mutate({ workspace: {}, customerRef: record.customer.ref, direction, summary })
      }
    >
      <Field label="Direction" htmlFor="call-direction">
        <select
          id="call-direction"
          className={inputClass}
          value={direction}
          onChange={(e) => setDirection(e.target.value as "inbound" | "outbound")}
        >
          <option value="outbound">We called the customer</option>
          <option value="inbound">The customer called us</option>
        </select>
      </Field>
      <Field label="Call summary" htmlFor="call-summary">
        <textarea
          id="call-summary"
          className={cx(inputClass, "min-h-24")}
          value={summary}
          maxLength={4000}
          required
          onChange={(e) => setSummary(e.target.value)}
        />
      </Field>
    </FormShell>
  );
}

function TaskForm({ record }: { record: CustomerRecord }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateRecord(record.customer.ref);
  const [title, setTitle] = useState("");
  const [note, setNote] = useState("");
  const [dueInDays, setDueInDays] = useState(7);
  const mutation = useMutation(
    trpc.crm.createTask.mutationOptions({
      onSuccess: async () => {
        setTitle("");
        setNote("");
        await invalidate();
      },
    }),
  );
  return (
    <FormShell
      submitLabel="Create task"
      pending={mutation.isPending}
      error={mutation.error?.message}
      success={mutation.isSuccess ? "Task created." : undefined}
      onSubmit={() =>
        mutation.mutate({
          workspace: {},
          customerRef: record.customer.ref,
          title,
          dueInDays,
          ...(note.trim() ? { note } : {}),
        })
      }
    >
      <Field label="Follow-up task" htmlFor="task-title">
        <input
          id="task-title"
          className={inputClass}
          value={title}
          maxLength={200}
          required
          onChange={(e) => setTitle(e.target.value)}
          placeholder="e.g. Call to check the replacement arrived"
        />
      </Field>
      <Field label="Due in (days)" htmlFor="task-due">
        <input
          id="task-due"
          type="number"
          min={0}
          max={365}
          className={inputClass}
          value={dueInDays}
          onChange={(e) => setDueInDays(Number(e.target.value))}
        />
      </Field>
      <Field
        label="Task note (optional)"
        htmlFor="task-note"
        hint="What the task is for: what was promised, what to check, any deadline."
      >
        <textarea
          id="task-note"
          className={cx(inputClass, "min-h-20")}
          value={note}
          maxLength={2000}
          onChange={(e) => setNote(e.target.value)}
        />
      </Field>
    </FormShell>
  );
}

function StageForm({ record }: { record: CustomerRecord }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateRecord(record.customer.ref);
  const [stage, setStage] = useState(record.customer.lifecycleStage);
  const [reason, setReason] = useState("");
  const mutation = useMutation(
    trpc.crm.changeStage.mutationOptions({
      onSuccess: async () => {
        setReason("");
        await invalidate();
      },
    }),
  );
  return (
    <FormShell
      submitLabel="Change stage"
      pending={mutation.isPending}
      error={mutation.error?.message}
      success={mutation.isSuccess ? "Lifecycle stage changed." : undefined}
      onSubmit={() => mutation.mutate({ workspace: {}, customerRef: record.customer.ref, stage, reason })}
    >
      <Field label="Lifecycle stage" htmlFor="stage-select">
        <select
          id="stage-select"
          className={inputClass}
          value={stage}
          onChange={(e) => setStage(e.target.value as typeof stage)}
        >
          {Object.entries(STAGE_LABEL).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label="Reason"
        htmlFor="stage-reason"
        hint="Why the customer has moved stage, for colleagues reading later."
      >
        <input
          id="stage-reason"
          className={inputClass}
          value={reason}
          maxLength={500}
          required
          onChange={(e) => setReason(e.target.value)}
        />
      </Field>
    </FormShell>
  );
}

function ConsentForm({ record }: { record: CustomerRecord }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateRecord(record.customer.ref);
  const [channel, setChannel] = useState<"email" | "sms" | "phone" | "post">("email");
  const current = record.consents.find((k) => k.channel === channel)?.granted ?? false;
  const [granted, setGranted] = useState(!current);
  const [method, setMethod] = useState<"phone call" | "email" | "web form" | "in writing" | "live chat">(
    "phone call",
  );
  const [reason, setReason] = useState("");
  const mutation = useMutation(
    trpc.crm.updateConsent.mutationOptions({
      onSuccess: async () => {
        setReason("");
        await invalidate();
      },
    }),
  );
  return (
    <FormShell
      submitLabel="Record consent"
      pending={mutation.isPending}
      error={mutation.error?.message}
      success={mutation.isSuccess ? "Consent recorded." : undefined}
      onSubmit={() =>
        mutation.mutate({ workspace: {}, customerRef: record.customer.ref, channel, granted, method, reason })
      }
    >
      <Field label="Channel" htmlFor="consent-channel">
        <select
          id="consent-channel"
          className={inputClass}
          value={channel}
          onChange={(e) => {
            const next = e.target.value as typeof channel;
            setChannel(next);
            setGranted(!(record.consents.find((k) => k.channel === next)?.granted ?? false));
          }}
        >
          {(["email", "sms", "phone", "post"] as const).map((ch) => (
            <option key={ch} value={ch}>
              {CHANNEL_LABEL[ch]} (now:{" "}
              {record.consents.find((k) => k.channel === ch)?.granted ? "consented" : "no consent"})
            </option>
          ))}
        </select>
      </Field>
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium text-slate-800">Marketing consent</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="consent-granted" checked={granted} onChange={() => setGranted(true)} />{" "}
          Customer gives consent
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="consent-granted" checked={!granted} onChange={() => setGranted(false)} />{" "}
          Customer withdraws or refuses consent
        </label>
      </fieldset>
      <Field label="How it was given" htmlFor="consent-method">
        <select
          id="consent-method"
          className={inputClass}
          value={method}
          onChange={(e) => setMethod(e.target.value as typeof method)}
        >
          {(["phone call", "email", "web form", "in writing", "live chat"] as const).map((m) => (
            <option key={m} value={m}>
              {m[0]!.toUpperCase() + m.slice(1)}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label="Reason or customer's words"
        htmlFor="consent-reason"
        hint="Recorded on the timeline as evidence of the customer's choice."
      >
        <input
          id="consent-reason"
          className={inputClass}
          value={reason}
          maxLength={500}
          required
          onChange={(e) => setReason(e.target.value)}
        />
      </Field>
    </FormShell>
  );
}

export function CompleteTaskButton({ customerRef, taskId }: { customerRef: string; taskId: number }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateRecord(customerRef);
  const mutation = useMutation(
    trpc.crm.completeTask.mutationOptions({
      onSuccess: async () => {
        // The button is replaced by the task's "Done" date: focus goes there rather than to the page (WCAG 2.4.3).
        focusSoon([taskDoneId(taskId)]);
        await invalidate();
      },
    }),
  );
  return (
    <Button
      variant="secondary"
      className="px-2 py-0.5 text-xs"
      disabled={mutation.isPending}
      onClick={() => mutation.mutate({ workspace: {}, customerRef, taskId })}
    >
      {mutation.isPending ? "Saving…" : "Mark done"}
    </Button>
  );
}
