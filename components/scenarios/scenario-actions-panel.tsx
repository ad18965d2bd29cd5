"use client";

import { useId, useState, type ReactNode } from "react";
import { formatPence } from "@/lib/format";
import { errorMessage } from "@/lib/trpc/error-message";
import type { LearnerAction } from "@/server/core/scenarios/learner-actions";
import type { CustomerRecord } from "@/lib/trpc/router-outputs";
import { CASE_CATEGORY_LABEL, CASE_STATUS_LABEL, CHANNEL_LABEL, STAGE_LABEL } from "../labels";
import { TabList } from "../tab-list";
import { Button, Card, Field, StatusMessage, cx, inputClass } from "../ui";
import type { LearnerView } from "@/server/core/scenarios/learner-view";
import { personLabel } from "./people-panel";
import { useDraft } from "./use-draft";
import type { useAttemptAction } from "./use-attempt-action";
import { ConnectionWaitNotice } from "./connection-wait";
import { enterGoesToNextField } from "../enter-next-field";

const ACTIONS = [
  { id: "note", label: "Add note" },
  { id: "call", label: "Log call" },
  { id: "case", label: "Open case" },
  { id: "update-case", label: "Update case" },
  { id: "remedy", label: "Issue remedy" },
  { id: "task", label: "Follow-up task" },
  { id: "stage", label: "Lifecycle stage" },
  { id: "consent", label: "Consent" },
  { id: "preferences", label: "Preferences" },
  { id: "survey", label: "Send survey" },
  { id: "escalate", label: "Escalate" },
  { id: "verify", label: "Verify identity" },
] as const;
export type ActionId = (typeof ACTIONS)[number]["id"];

type Act = ReturnType<typeof useAttemptAction>;

/**
 * One CRM action form. It shows only the errors of actions it sent, once: beside the field the error is
 * about when `fieldFor` names one (the field is then marked invalid), otherwise above the button,
 * which it describes. The button keeps focus while saving.
 */
function ActionForm({
  act,
  build,
  submitLabel,
  children,
  reset,
  fieldFor,
}: {
  act: Act;
  build: () => LearnerAction | null;
  submitLabel: string;
  children: ReactNode | ((fieldError: (field: string) => string | undefined) => ReactNode);
  reset?: () => void;
  /** Which field an error message is about, if any. */
  fieldFor?: (message: string) => string | undefined;
}) {
  const [done, setDone] = useState(false);
  const from = useId();
  const errorId = useId();
  const message = errorMessage(act.errorFrom(from));
  const errorField = message ? fieldFor?.(message) : undefined;
  const formError = errorField ? undefined : message;
  return (
    <form
      className="flex flex-col gap-3"
      // Enter in a remedy's amount or a task's title goes on to the next field: it used to record the
      // marked action half filled in.
      onKeyDown={enterGoesToNextField}
      onSubmit={(e) => {
        e.preventDefault();
        const action = build();
        if (!action) return;
        setDone(false);
        act.act(action, {
          from,
          onSuccess: () => {
            setDone(true);
            reset?.();
          },
        });
      }}
    >
      {typeof children === "function"
        ? children((field) => (field === errorField ? message : undefined))
        : children}
      {formError && (
        <p id={errorId} role="alert" className="text-sm font-medium text-red-700">
          {formError}
        </p>
      )}
      <StatusMessage className="text-sm text-emerald-800">
        {done && !message ? "Saved to the CRM." : null}
      </StatusMessage>
      <Button
        type="submit"
        disabled={act.isPending}
        className="self-start"
        aria-describedby={formError ? errorId : undefined}
      >
        {act.isSendingFrom(from) ? "Saving…" : submitLabel}
      </Button>
      <ConnectionWaitNotice wait={act.waitFrom(from)} done="saved" testId="connection-wait" />
    </form>
  );
}

const isActionId = (id: string | null): id is ActionId => ACTIONS.some((a) => a.id === id);

export function ScenarioActionsPanel({
  record,
  action,
  policy,
  people = [],
  tab = null,
  onTabChange,
}: {
  record: CustomerRecord;
  action: Act;
  policy: { goodwillMax: string; voucherMax: string };
  /** The scenario's other people: escalations can be routed to those who take them. */
  people?: LearnerView["people"];
  /** The tab open, kept by the workspace so a reload opens it again; an unknown id opens the first. */
  tab?: string | null;
  onTabChange?: (id: ActionId) => void;
}) {
  const [own, setOwn] = useState<ActionId>("note");
  const choice: ActionId = onTabChange ? (isActionId(tab) ? tab : "note") : own;
  const setChoice = onTabChange ?? setOwn;
  const panelId = useId();
  const ref = record.customer.ref;
  return (
    <Card title="CRM actions">
      {/* Columns by the card's own width in rem, not the window's: with 200% text at 320 px two columns of
          tabs were wider than the card and the workspace scrolled sideways (WCAG 1.4.10). */}
      <div className="@container">
        <TabList
          tabs={ACTIONS}
          selected={choice}
          onSelect={setChoice}
          label="Choose a CRM action"
          panelId={panelId}
          className="mb-4 grid grid-cols-1 gap-1 @[12rem]:grid-cols-2 @[24rem]:grid-cols-4 @[35rem]:grid-cols-6"
          tabClassName={(on) =>
            cx(
              "rounded-md px-2 py-1.5 text-xs font-medium",
              on ? "bg-brand-700 text-white" : "bg-slate-100 text-slate-800 hover:bg-slate-200",
            )
          }
        />
      </div>
      <div id={panelId} role="tabpanel" aria-label={ACTIONS.find((a) => a.id === choice)?.label}>
        {choice === "note" && <NoteForm customerRef={ref} act={action} />}
        {choice === "call" && <CallForm customerRef={ref} act={action} />}
        {choice === "case" && <OpenCaseForm record={record} act={action} />}
        {choice === "update-case" && <UpdateCaseForm record={record} act={action} />}
        {choice === "remedy" && <RemedyForm record={record} act={action} policy={policy} />}
        {choice === "task" && <TaskForm customerRef={ref} act={action} />}
        {choice === "stage" && <StageForm record={record} act={action} />}
        {choice === "consent" && <ConsentForm record={record} act={action} />}
        {choice === "preferences" && <PreferencesForm record={record} act={action} />}
        {choice === "survey" && <SurveyForm customerRef={ref} act={action} />}
        {choice === "escalate" && <EscalateForm record={record} act={action} people={people} />}
        {choice === "verify" && <VerifyForm customerRef={ref} act={action} />}
      </div>
    </Card>
  );
}

function NoteForm({ customerRef, act }: { customerRef: string; act: Act }) {
  const [text, setText] = useDraft(`note:${customerRef}`);
  return (
    <ActionForm
      act={act}
      submitLabel="Add note"
      build={() => ({ type: "add_note", customerRef, text })}
      reset={() => setText("")}
    >
      <Field label="Note" htmlFor="act-note" hint="Factual and useful to a colleague picking this up later.">
        <textarea
          id="act-note"
          className={cx(inputClass, "min-h-20")}
          value={text}
          maxLength={4000}
          required
          onChange={(e) => setText(e.target.value)}
        />
      </Field>
    </ActionForm>
  );
}

function CallForm({ customerRef, act }: { customerRef: string; act: Act }) {
  const [summary, setSummary] = useDraft(`call:${customerRef}`);
  const [direction, setDirection] = useState<"inbound" | "outbound">("outbound");
  return (
    <ActionForm
      act={act}
      submitLabel="Log call"
      build={() => ({ type: "log_call", customerRef, direction, summary })}
      reset={() => setSummary("")}
    >
      <Field label="Direction" htmlFor="act-call-direction">
        <select
          id="act-call-direction"
          className={inputClass}
          value={direction}
          onChange={(e) => setDirection(e.target.value as typeof direction)}
        >
          <option value="outbound">We called the customer</option>
          <option value="inbound">The customer called us</option>
        </select>
      </Field>
      <Field label="Call summary" htmlFor="act-call-summary">
        <textarea
          id="act-call-summary"
          className={cx(inputClass, "min-h-20")}
          value={summary}
          maxLength={4000}
          required
          onChange={(e) => setSummary(e.target.value)}
        />
      </Field>
    </ActionForm>
  );
}

function OpenCaseForm({ record, act }: { record: CustomerRecord; act: Act }) {
  const [category, setCategory] = useState("faulty_product");
  const [orderRef, setOrderRef] = useState(record.orders[0]?.ref ?? "");
  const [summary, setSummary] = useDraft(`case:${record.customer.ref}`);
  return (
    <ActionForm
      act={act}
      submitLabel="Open case"
      build={() => ({
        type: "open_case",
        customerRef: record.customer.ref,
        category: category as never,
        summary,
        ...(orderRef ? { orderRef } : {}),
      })}
      reset={() => setSummary("")}
    >
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Field label="Category" htmlFor="act-case-category">
          <select
            id="act-case-category"
            className={inputClass}
            value={category}
            onChange={(e) => setCategory(e.target.value)}
          >
            {Object.entries(CASE_CATEGORY_LABEL).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Order" htmlFor="act-case-order">
          <select
            id="act-case-order"
            className={inputClass}
            value={orderRef}
            onChange={(e) => setOrderRef(e.target.value)}
          >
            <option value="">Not about an order</option>
            {record.orders.map((o) => (
              <option key={o.ref} value={o.ref}>
                {o.ref} · {o.items.map((i) => i.productName).join(", ")}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label="Case summary" htmlFor="act-case-summary" hint="What went wrong, in the customer's terms.">
        <textarea
          id="act-case-summary"
          className={cx(inputClass, "min-h-20")}
          value={summary}
          maxLength={2000}
          required
          onChange={(e) => setSummary(e.target.value)}
        />
      </Field>
    </ActionForm>
  );
}

function UpdateCaseForm({ record, act }: { record: CustomerRecord; act: Act }) {
  const open = record.cases.filter((c) => c.status !== "closed");
  const [caseRef, setCaseRef] = useState(open[0]?.ref ?? "");
  const [mode, setMode] = useState<"status" | "close">("close");
  const [status, setStatus] = useState("in_progress");
  const [text, setText] = useDraft(`update-case:${record.customer.ref}`);
  // The case this form has just closed: once the last open case is closed the form has nothing left
  // to offer, and the learner must still be told that the close was saved.
  const [justClosed, setJustClosed] = useState<string | null>(null);
  const selected = open.some((c) => c.ref === caseRef) ? caseRef : (open[0]?.ref ?? "");
  // The live region stays in place while the form gives way to the message, so the message is announced.
  const closedNotice =
    open.length === 0 && justClosed
      ? `Saved to the CRM: case ${justClosed} is closed. This customer has no other open cases.`
      : null;
  return (
    <>
      <StatusMessage className="text-sm text-emerald-800" testId="case-closed-saved">
        {closedNotice}
      </StatusMessage>
      {open.length === 0 ? (
        !justClosed && (
          <p className="text-sm text-slate-600">This customer has no open cases. Open one first.</p>
        )
      ) : (
        <UpdateCaseFields
          act={act}
          open={open}
          selected={selected}
          setCaseRef={setCaseRef}
          mode={mode}
          setMode={setMode}
          status={status}
          setStatus={setStatus}
          text={text}
          setText={setText}
          onClosed={setJustClosed}
        />
      )}
    </>
  );
}

function UpdateCaseFields({
  act,
  open,
  selected,
  setCaseRef,
  mode,
  setMode,
  status,
  setStatus,
  text,
  setText,
  onClosed,
}: {
  act: Act;
  open: CustomerRecord["cases"];
  selected: string;
  setCaseRef: (ref: string) => void;
  mode: "status" | "close";
  setMode: (mode: "status" | "close") => void;
  status: string;
  setStatus: (status: string) => void;
  text: string;
  setText: (text: string) => void;
  onClosed: (ref: string) => void;
}) {
  return (
    <ActionForm
      act={act}
      submitLabel={mode === "close" ? "Close case" : "Update case"}
      build={() =>
        mode === "close"
          ? { type: "close_case", caseRef: selected, resolution: text }
          : {
              type: "update_case",
              caseRef: selected,
              status: status as never,
              ...(text.trim() ? { note: text } : {}),
            }
      }
      reset={() => {
        setText("");
        if (mode === "close") onClosed(selected);
      }}
    >
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Field label="Case" htmlFor="act-upd-case">
          <select
            id="act-upd-case"
            className={inputClass}
            value={selected}
            onChange={(e) => setCaseRef(e.target.value)}
          >
            {open.map((c) => (
              <option key={c.ref} value={c.ref}>
                {c.ref} · {CASE_CATEGORY_LABEL[c.category]} ({CASE_STATUS_LABEL[c.status]})
              </option>
            ))}
          </select>
        </Field>
        <Field label="What to do" htmlFor="act-upd-mode">
          <select
            id="act-upd-mode"
            className={inputClass}
            value={mode}
            onChange={(e) => setMode(e.target.value as typeof mode)}
          >
            <option value="close">Close it with a resolution</option>
            <option value="status">Change its status</option>
          </select>
        </Field>
      </div>
      {mode === "status" && (
        <Field label="New status" htmlFor="act-upd-status">
          <select
            id="act-upd-status"
            className={inputClass}
            value={status}
            onChange={(e) => setStatus(e.target.value)}
          >
            {Object.entries(CASE_STATUS_LABEL)
              .filter(([v]) => v !== "closed")
              .map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
          </select>
        </Field>
      )}
      <Field label={mode === "close" ? "Resolution" : "Note (optional)"} htmlFor="act-upd-text">
        <textarea
          id="act-upd-text"
          className={cx(inputClass, "min-h-20")}
          value={text}
          maxLength={2000}
          required={mode === "close"}
          onChange={(e) => setText(e.target.value)}
        />
      </Field>
    </ActionForm>
  );
}

function RemedyForm({
  record,
  act,
  policy,
}: {
  record: CustomerRecord;
  act: Act;
  policy: { goodwillMax: string; voucherMax: string };
}) {
  const [orderRef, setOrderRef] = useState(record.orders[0]?.ref ?? "");
  const order = record.orders.find((o) => o.ref === orderRef);
  const [sku, setSku] = useState(order?.items[0]?.sku ?? "");
  const [kind, setKind] = useState("refund");
  const [amount, setAmount] = useState("");
  const [note, setNote] = useDraft(`remedy:${record.customer.ref}`);
  const item = order?.items.find((i) => i.sku === sku) ?? order?.items[0];
  const needsAmount = kind === "refund" || kind === "goodwill" || kind === "voucher";
  if (record.orders.length === 0)
    return <p className="text-sm text-slate-600">This customer has no orders to put right.</p>;
  return (
    <ActionForm
      act={act}
      submitLabel="Issue remedy"
      build={() => {
        const pence = Math.round(Number(amount) * 100);
        return {
          type: "issue_remedy",
          customerRef: record.customer.ref,
          orderRef,
          kind: kind as never,
          ...(item ? { sku: item.sku } : {}),
          ...(needsAmount && amount.trim() !== "" && Number.isFinite(pence) ? { amountPence: pence } : {}),
          ...(note.trim() ? { note } : {}),
        };
      }}
      reset={() => setNote("")}
      // The policy and refund limits are about the amount: say so beside it.
      fieldFor={(message) => (needsAmount && /£|amount|value of/i.test(message) ? "amount" : undefined)}
    >
      {(fieldError) => (
        <>
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            <Field label="Order" htmlFor="act-rem-order">
              <select
                id="act-rem-order"
                className={inputClass}
                value={orderRef}
                onChange={(e) => {
                  setOrderRef(e.target.value);
                  setSku(record.orders.find((o) => o.ref === e.target.value)?.items[0]?.sku ?? "");
                }}
              >
                {record.orders.map((o) => (
                  <option key={o.ref} value={o.ref}>
                    {o.ref} · {formatPence(o.totalPence)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Item" htmlFor="act-rem-item">
              <select
                id="act-rem-item"
                className={inputClass}
                value={item?.sku ?? ""}
                onChange={(e) => setSku(e.target.value)}
              >
                {order?.items.map((i) => (
                  <option key={i.id} value={i.sku}>
                    {i.productName} · {formatPence(i.unitPricePence * i.quantity)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Remedy" htmlFor="act-rem-kind">
              <select
                id="act-rem-kind"
                className={inputClass}
                value={kind}
                onChange={(e) => setKind(e.target.value)}
              >
                <option value="refund">Refund</option>
                <option value="replacement">Replacement</option>
                <option value="repair">Repair</option>
                <option value="goodwill">Goodwill gesture (up to {policy.goodwillMax})</option>
                <option value="voucher">Voucher (up to {policy.voucherMax})</option>
              </select>
            </Field>
            {needsAmount && (
              <Field
                label="Amount (£)"
                htmlFor="act-rem-amount"
                hint={
                  item && kind === "refund"
                    ? `Item price ${formatPence(item.unitPricePence * item.quantity)}`
                    : undefined
                }
                error={fieldError("amount")}
              >
                <input
                  id="act-rem-amount"
                  type="number"
                  min={0}
                  step="0.01"
                  inputMode="decimal"
                  className={inputClass}
                  value={amount}
                  required
                  onChange={(e) => setAmount(e.target.value)}
                />
              </Field>
            )}
          </div>
          <Field label="Note (optional)" htmlFor="act-rem-note">
            <input
              id="act-rem-note"
              className={inputClass}
              value={note}
              maxLength={1000}
              onChange={(e) => setNote(e.target.value)}
            />
          </Field>
        </>
      )}
    </ActionForm>
  );
}

function TaskForm({ customerRef, act }: { customerRef: string; act: Act }) {
  const [title, setTitle] = useDraft(`task:${customerRef}`);
  const [note, setNote] = useDraft(`task-note:${customerRef}`);
  const [days, setDays] = useState(7);
  return (
    <ActionForm
      act={act}
      submitLabel="Create task"
      build={() => ({
        type: "create_task",
        customerRef,
        title,
        dueInDays: days,
        ...(note.trim() ? { note } : {}),
      })}
      reset={() => {
        setTitle("");
        setNote("");
      }}
    >
      <Field label="Task" htmlFor="act-task-title">
        <input
          id="act-task-title"
          className={inputClass}
          value={title}
          maxLength={200}
          required
          onChange={(e) => setTitle(e.target.value)}
          placeholder="e.g. Check in after the first delivery"
        />
      </Field>
      <Field label="Due in (days)" htmlFor="act-task-due">
        <input
          id="act-task-due"
          type="number"
          min={0}
          max={365}
          className={inputClass}
          value={days}
          onChange={(e) => setDays(Number(e.target.value))}
        />
      </Field>
      {/* A title alone ("Call Helen") does not tell whoever picks the task up what it is for. */}
      <Field
        label="Task note (optional)"
        htmlFor="act-task-note"
        hint="What the task is for: what was promised, what to check, any deadline."
      >
        <textarea
          id="act-task-note"
          className={cx(inputClass, "min-h-20")}
          value={note}
          maxLength={2000}
          onChange={(e) => setNote(e.target.value)}
        />
      </Field>
    </ActionForm>
  );
}

function StageForm({ record, act }: { record: CustomerRecord; act: Act }) {
  const [stage, setStage] = useState(record.customer.lifecycleStage);
  return (
    <ActionForm
      act={act}
      submitLabel="Change stage"
      build={() => ({ type: "change_stage", customerRef: record.customer.ref, stage })}
    >
      <Field
        label="Lifecycle stage"
        htmlFor="act-stage"
        hint={`Currently: ${STAGE_LABEL[record.customer.lifecycleStage]}`}
      >
        <select
          id="act-stage"
          className={inputClass}
          value={stage}
          onChange={(e) => setStage(e.target.value as typeof stage)}
        >
          {Object.entries(STAGE_LABEL).map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </Field>
    </ActionForm>
  );
}

function ConsentForm({ record, act }: { record: CustomerRecord; act: Act }) {
  const [channel, setChannel] = useState<"email" | "sms" | "phone" | "post">("email");
  const current = record.consents.find((k) => k.channel === channel)?.granted ?? false;
  const [granted, setGranted] = useState<boolean | null>(null);
  const [reason, setReason] = useDraft(`consent:${record.customer.ref}`);
  const value = granted ?? !current;
  return (
    <ActionForm
      act={act}
      submitLabel="Record consent"
      build={() => ({
        type: "update_consent",
        customerRef: record.customer.ref,
        channel,
        granted: value,
        reason,
      })}
      reset={() => {
        setReason("");
        setGranted(null);
      }}
    >
      <Field label="Channel" htmlFor="act-consent-channel">
        <select
          id="act-consent-channel"
          className={inputClass}
          value={channel}
          onChange={(e) => {
            setChannel(e.target.value as typeof channel);
            setGranted(null);
          }}
        >
          {(["email", "sms", "phone", "post"] as const).map((c) => (
            <option key={c} value={c}>
              {CHANNEL_LABEL[c]} (now:{" "}
              {record.consents.find((k) => k.channel === c)?.granted ? "consented" : "no consent"})
            </option>
          ))}
        </select>
      </Field>
      <fieldset className="flex flex-col gap-1 text-sm">
        <legend className="font-medium text-slate-800">Marketing consent</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="act-consent" checked={value} onChange={() => setGranted(true)} /> Customer
          gives consent
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="act-consent" checked={!value} onChange={() => setGranted(false)} />{" "}
          Customer refuses or withdraws consent
        </label>
      </fieldset>
      <Field label="Reason or customer's words" htmlFor="act-consent-reason">
        <input
          id="act-consent-reason"
          className={inputClass}
          value={reason}
          maxLength={500}
          required
          onChange={(e) => setReason(e.target.value)}
        />
      </Field>
    </ActionForm>
  );
}

function PreferencesForm({ record, act }: { record: CustomerRecord; act: Act }) {
  const [channel, setChannel] = useState(record.customer.preferredChannel);
  const [notes, setNotes] = useState(record.customer.accessibilityNotes ?? "");
  return (
    <ActionForm
      act={act}
      submitLabel="Save preferences"
      build={() =>
        ({
          type: "update_preferences",
          customerRef: record.customer.ref,
          ...(channel !== record.customer.preferredChannel ? { preferredChannel: channel } : {}),
          ...(notes !== (record.customer.accessibilityNotes ?? "") ? { accessibilityNotes: notes } : {}),
        }) as LearnerAction
      }
    >
      <Field label="Preferred channel" htmlFor="act-pref-channel">
        <select
          id="act-pref-channel"
          className={inputClass}
          value={channel}
          onChange={(e) => setChannel(e.target.value as typeof channel)}
        >
          {(["email", "sms", "phone", "post"] as const).map((c) => (
            <option key={c} value={c}>
              {CHANNEL_LABEL[c]}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label="Accessibility and preference notes"
        htmlFor="act-pref-notes"
        hint="For example a preferred format or a reasonable adjustment."
      >
        <textarea
          id="act-pref-notes"
          className={cx(inputClass, "min-h-16")}
          value={notes}
          maxLength={1000}
          onChange={(e) => setNotes(e.target.value)}
        />
      </Field>
    </ActionForm>
  );
}

function SurveyForm({ customerRef, act }: { customerRef: string; act: Act }) {
  const [kind, setKind] = useState<"csat" | "nps" | "ces">("csat");
  return (
    <ActionForm
      act={act}
      submitLabel="Send survey"
      build={() => ({ type: "send_survey", customerRef, kind })}
    >
      <Field label="Survey" htmlFor="act-survey">
        <select
          id="act-survey"
          className={inputClass}
          value={kind}
          onChange={(e) => setKind(e.target.value as typeof kind)}
        >
          <option value="csat">Customer satisfaction (CSAT, 1–5)</option>
          <option value="nps">Net Promoter Score (NPS, 0–10)</option>
          <option value="ces">Customer effort (CES, 1–7)</option>
        </select>
      </Field>
    </ActionForm>
  );
}

function EscalateForm({
  record,
  act,
  people,
}: {
  record: CustomerRecord;
  act: Act;
  people: LearnerView["people"];
}) {
  const open = record.cases.filter((c) => c.status !== "closed");
  const takers = people.filter((p) => p.takesEscalations);
  const [caseRef, setCaseRef] = useState("");
  const [reason, setReason] = useDraft(`escalate:${record.customer.ref}`);
  const [toRef, setToRef] = useState(takers[0]?.personRef ?? "");
  const to = takers.find((p) => p.personRef === toRef);
  return (
    <ActionForm
      act={act}
      submitLabel={to ? `Escalate to ${to.name}` : "Escalate to a manager"}
      build={() => ({
        type: "escalate",
        customerRef: record.customer.ref,
        reason,
        ...(caseRef ? { caseRef } : {}),
        ...(to ? { toRef: to.personRef } : {}),
      })}
      reset={() => setReason("")}
    >
      {takers.length > 0 && (
        <Field label="Escalate to" htmlFor="act-esc-to">
          <select
            id="act-esc-to"
            className={inputClass}
            value={toRef}
            onChange={(e) => setToRef(e.target.value)}
          >
            {takers.map((p) => (
              <option key={p.personRef} value={p.personRef}>
                {personLabel(p)}
              </option>
            ))}
          </select>
        </Field>
      )}
      {open.length > 0 && (
        <Field label="Case" htmlFor="act-esc-case">
          <select
            id="act-esc-case"
            className={inputClass}
            value={caseRef}
            onChange={(e) => setCaseRef(e.target.value)}
          >
            <option value="">No case</option>
            {open.map((c) => (
              <option key={c.ref} value={c.ref}>
                {c.ref}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field label={to ? `Why it needs ${to.name}` : "Why it needs a manager"} htmlFor="act-esc-reason">
        <textarea
          id="act-esc-reason"
          className={cx(inputClass, "min-h-16")}
          value={reason}
          maxLength={2000}
          required
          onChange={(e) => setReason(e.target.value)}
        />
      </Field>
    </ActionForm>
  );
}

function VerifyForm({ customerRef, act }: { customerRef: string; act: Act }) {
  const [method, setMethod] = useDraft(`verify:${customerRef}`);
  return (
    <ActionForm
      act={act}
      submitLabel="Record identity check"
      build={() => ({ type: "verify_identity", customerRef, method })}
      reset={() => setMethod("")}
    >
      <Field
        label="How you verified them"
        htmlFor="act-verify"
        hint="e.g. confirmed postcode and last order number"
      >
        <input
          id="act-verify"
          className={inputClass}
          value={method}
          maxLength={300}
          required
          onChange={(e) => setMethod(e.target.value)}
        />
      </Field>
    </ActionForm>
  );
}
