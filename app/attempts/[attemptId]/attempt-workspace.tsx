"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { DeadlineNotice } from "@/components/deadline-notice";
import { SubHeadings } from "@/components/heading-level";
import { CustomerList, EMPTY_LIST_STATE, type CustomerListState } from "@/components/crm/customer-list";
import {
  CasesCard,
  CustomerHeader,
  CustomerSidebar,
  CustomerStats,
  FeedbackCard,
  OrdersCard,
  TimelineCard,
} from "@/components/crm/customer-record";
import { BriefText } from "@/components/scenarios/brief-text";
import { CONVERSATION_HEADING_ID, ConversationPanel } from "@/components/scenarios/conversation-panel";
import { PeoplePanel } from "@/components/scenarios/people-panel";
import { ReasoningPanel } from "@/components/scenarios/reasoning-panel";
import { ScenarioActionsPanel } from "@/components/scenarios/scenario-actions-panel";
import { useAttemptAction } from "@/components/scenarios/use-attempt-action";
import {
  readWorkspacePlace,
  type WorkspaceView,
  writeWorkspacePlace,
} from "@/components/scenarios/workspace-place";
import { AttemptStateNotice } from "./attempt-state-notice";
import { TabList } from "@/components/tab-list";
import { useStickyHeader } from "@/components/use-sticky-header";
import { StoredTextsScope } from "@/components/scenarios/use-draft";
import { PageQueryError } from "@/components/page-error";
import {
  Badge,
  Button,
  ButtonLink,
  ErrorState,
  LoadingState,
  PageTitle,
  StatusMessage,
  cx,
} from "@/components/ui";
import { useTRPC } from "@/lib/trpc/client";
import { errorMessage } from "@/lib/trpc/error-message";
import { useAttemptWatch } from "@/lib/trpc/live";
import { InsightsView } from "../../insights/insights-view";

export function AttemptWorkspace({ attemptId }: { attemptId: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const attempt = useQuery(trpc.attempts.get.queryOptions({ attemptId }));
  // Where the learner was in this tab (a reload opens the same record, or the list with its filters).
  // Read in the initialiser: before the attempt loads the page is "Opening your CRM…" on the server and
  // in the browser alike, so nothing rendered differs.
  const [place] = useState(() => readWorkspacePlace(attemptId));
  const [selected, setSelected] = useState<string | null>(place?.selected ?? null);
  const [view, setView] = useState<WorkspaceView>(place?.view ?? "record");
  const [listState, setListState] = useState<CustomerListState>(place?.list ?? EMPTY_LIST_STATE);
  const [actionTab, setActionTab] = useState<string | null>(place?.action ?? null);
  useEffect(
    () => writeWorkspacePlace(attemptId, { selected, view, list: listState, action: actionTab }),
    [attemptId, selected, view, listState, actionTab],
  );
  const [confirmSubmit, setConfirmSubmit] = useState(false);
  const crmPanelId = useId();
  const recordHeadingId = useId();
  // Opening a record from a name or a chip moves focus to the record's heading (WCAG 2.4.3); the tabs keep it.
  const focusRecordHeading = useRef(false);
  const action = useAttemptAction(attemptId);
  const queryClient = useQueryClient();
  const header = useStickyHeader<HTMLElement>();
  // The brief starts open on a fresh attempt and closed on one with work in it. Decided once, when the
  // attempt first loads: the view of the first record that the workspace stores by itself must not
  // fold the brief up under a learner who has started reading it.
  const briefOpenAtStart = useRef<boolean | null>(null);
  const submit = useMutation(
    trpc.attempts.submit.mutationOptions({
      onSuccess: async (done) => {
        // The cached workspace must not come back editable on Back: mark it submitted before leaving.
        queryClient.setQueryData(trpc.attempts.get.queryKey({ attemptId }), (old) =>
          old
            ? { ...old, status: "submitted" as const, canAct: false, awaitingMarks: done.awaitingMarks }
            : old,
        );
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.attempts.get.queryKey({ attemptId }) }),
          queryClient.invalidateQueries({ queryKey: trpc.attempts.mine.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.assignments.mine.queryKey() }),
        ]);
        router.push(`/attempts/${attemptId}/report`);
      },
    }),
  );

  const data = attempt.data;
  // The tutor reopened the assignment while this page was open: a change refused while it was closed
  // is no longer the state of things, so that refusal goes and the learner is told to carry on.
  const blockedReason = data?.blockedReason ?? null;
  const wasBlocked = useRef<string | null>(null);
  const [reopened, setReopened] = useState(false);
  const resetAction = action.reset;
  useEffect(() => {
    if (wasBlocked.current && !blockedReason) {
      resetAction();
      setReopened(true);
    }
    if (blockedReason) setReopened(false);
    wasBlocked.current = blockedReason;
  }, [blockedReason, resetAction]);
  // At the moment a locking assignment locks, the page catches up and says so, rather than waiting for
  // the learner's next change to be refused.
  const locksAt = data?.deadline?.lateWork === "lock" ? new Date(data.deadline.dueAt).getTime() : null;
  const refetchAttempt = attempt.refetch;
  useEffect(() => {
    if (locksAt === null) return;
    const wait = locksAt - Date.now() + 1000;
    if (wait < 0 || wait > 2 ** 31 - 1) return;
    const timer = setTimeout(() => void refetchAttempt(), wait);
    return () => clearTimeout(timer);
  }, [locksAt, refetchAttempt]);
  // Someone who cannot act on an attempt still in progress is its learner's tutor watching: follow it live.
  const watching = useAttemptWatch(attemptId, data?.canAct === false && data.status === "in_progress");
  const firstContact = data?.scenario.customers[0]?.customerRef ?? null;
  const customerRef = selected ?? firstContact;

  // With nobody contacting us there is no record to open at first: the list instead. Only then: this ran
  // again whenever the attempt's data came back after an action, and threw a learner saving a
  // recommendation on Insights out to the list, focus and all (session 41 audit; WCAG 2.4.3, 3.2.2).
  useEffect(() => {
    if (data && !selected && !firstContact && view === "record") setView("list");
  }, [data, selected, firstContact, view]);

  const record = useQuery({
    ...trpc.crm.getCustomer.queryOptions({
      workspace: { attemptId },
      customerRef: customerRef ?? "CUS-0000",
    }),
    enabled: Boolean(data && customerRef && view === "record"),
  });

  // Opening a record is itself an action the report can credit ("checked the history first").
  const viewed = useMemo(
    () =>
      new Set(
        (data?.events ?? [])
          .filter((e) => e.type === "view_record")
          .map((e) => String((e.payload as { customerRef?: string }).customerRef)),
      ),
    [data?.events],
  );
  // The learner's own words already stored, so a draft whose save was stored but never answered
  // (reloaded while saving) is not restored to be saved twice (use-draft.ts).
  const storedTexts = useMemo(() => {
    const texts = new Set<string>();
    for (const e of data?.events ?? []) {
      if (e.actor !== "learner") continue;
      const stored = (e.payload as { action?: Record<string, unknown> }).action ?? {};
      for (const value of Object.values(stored))
        if (typeof value === "string" && value.trim()) texts.add(value.trim());
    }
    return texts;
  }, [data?.events]);
  const sentView = useRef(new Set<string>());
  useEffect(() => {
    if (!data?.canAct || !customerRef || view !== "record" || !record.data) return;
    if (viewed.has(customerRef) || sentView.current.has(customerRef)) return;
    sentView.current.add(customerRef);
    action.act({ type: "view_record", customerRef }, { background: true });
  }, [data?.canAct, customerRef, view, record.data, viewed, action]);

  useEffect(() => {
    if (focusRecordHeading.current && view === "record" && record.data) {
      focusRecordHeading.current = false;
      document.getElementById(recordHeadingId)?.focus();
    }
  }, [view, record.data, recordHeadingId]);

  const openRecord = (ref: string) => {
    if (view === "record" && ref === customerRef && record.data) {
      document.getElementById(recordHeadingId)?.focus();
      return;
    }
    focusRecordHeading.current = true;
    setSelected(ref);
    setView("record");
  };

  if (attempt.isError)
    return (
      <PageQueryError
        title="Scenario workspace"
        notFoundTitle="Attempt not found"
        error={attempt.error}
        onRetry={() => attempt.refetch()}
      />
    );
  if (!data) return <LoadingState label="Opening your CRM…" />;

  briefOpenAtStart.current ??= !data.events.some((e) => e.actor === "learner" && e.type !== "view_record");
  const progress = (data.progress ?? {}) as { clock?: string };
  const submitted = data.status === "submitted";

  // Columns are chosen by the workspace's width in rem (a container query), so with 200% text the
  // conversation stacks under the CRM instead of overlapping it.
  return (
    <StoredTextsScope texts={storedTexts}>
      <div className="@container flex flex-col gap-4">
        {/* Sticky only while it is small next to the window, so it cannot cover the focused control (WCAG 2.4.11). */}
        <header
          ref={header.ref}
          className={cx(
            "top-0 z-20 -mx-4 flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 bg-slate-50 px-4 py-3 md:-mx-8 md:px-8",
            header.sticky && "sticky",
          )}
        >
          <div className="min-w-0">
            <p className="text-xs font-medium text-brand-700">
              {/* Whose attempt and how it is followed are for the tutor watching it: a learner whose
                assignment was closed or whose class was archived must not read their own name and
                "Checking every 1.5 s" as if someone were watching. */}
              Scenario{data.viewer === "tutor" ? ` · ${data.learnerName}` : ""}
              {data.viewer === "tutor" && !submitted && (
                <span
                  className="ml-2 font-normal text-slate-700"
                  data-testid="watch-connection"
                  data-connection={watching}
                >
                  {watching === "live"
                    ? "· Watching live"
                    : watching === "connecting"
                      ? "· Connecting…"
                      : "· Checking every 1.5 s"}
                </span>
              )}
            </p>
            <PageTitle
              title={
                data.viewer === "tutor"
                  ? `${data.learnerName}'s workspace: ${data.scenario.title}`
                  : `Workspace: ${data.scenario.title}`
              }
            />
            <h1 className="break-words text-lg font-semibold">{data.scenario.title}</h1>
          </div>
          <div className="flex flex-wrap items-center gap-3">
            {/* Read as a whole when it changes: "Simulated time: 09:13", not just "09:13". */}
            <p
              className="rounded-lg bg-brand-900 px-3 py-1.5 text-white"
              aria-live="polite"
              aria-atomic="true"
            >
              <span className="text-xs text-brand-100">
                Simulated time<span className="sr-only">:</span>{" "}
              </span>
              <span className="font-mono text-lg font-semibold" data-testid="sim-clock">
                {progress.clock ?? data.scenario.clock.startTime}
              </span>
            </p>
            {submitted && !data.reportReady ? (
              <Badge tone="amber">Submitted, awaiting marks</Badge>
            ) : submitted || (data.voided && data.submittedAt) ? (
              <ButtonLink href={`/attempts/${attemptId}/report`}>View report</ButtonLink>
            ) : data.canAct ? (
              <Button onClick={() => setConfirmSubmit(true)}>Submit for marking</Button>
            ) : null}
          </div>
        </header>
        <AttemptStateNotice attempt={data} actionError={action.error} reopened={reopened} />
        {data.deadline && <DeadlineNotice deadline={data.deadline} />}
        <ConfirmDialog
          open={confirmSubmit}
          title="Confirm submission"
          confirmLabel="Yes, submit"
          cancelLabel="Not yet"
          busy={submit.isPending}
          busyLabel="Marking…"
          // A change still on its way (held while offline, or being tried again) must be stored before
          // the attempt is marked: sent together, the two raced and the change could miss the marking.
          confirmDisabled={action.isPending}
          error={errorMessage(submit.error)}
          onConfirm={() => submit.mutate({ attemptId })}
          onCancel={() => {
            submit.reset();
            setConfirmSubmit(false);
          }}
        >
          Submit for marking? You cannot change anything afterwards.
          <StatusMessage
            className="mt-2 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950"
            testId="submit-wait"
          >
            {!confirmSubmit
              ? null
              : action.isPending
                ? action.wait === "offline"
                  ? "Your last change has not been saved yet: you are offline. It is saved by itself when your connection comes back; then you can submit. Keep this page open."
                  : "Your last change is still being saved. You can submit as soon as it is."
                : submit.isPaused
                  ? "You are offline. Your attempt is submitted by itself when your connection comes back: keep this page open."
                  : null}
          </StatusMessage>
          {data.nothingToMark && (
            <strong className="mt-2 block">
              You have not replied to anyone or recorded anything yet, so there is nothing to mark: it would
              be marked as a Fail.
            </strong>
          )}
        </ConfirmDialog>

        <details
          className="rounded-xl border border-slate-200 bg-white shadow-sm"
          open={briefOpenAtStart.current}
        >
          <summary className="cursor-pointer px-4 py-3 font-semibold">Brief and objectives</summary>
          {/* Side by side by the workspace's own width in rem, not the window's: with 200% text on a
              tablet the 20rem column would push the page sideways (WCAG 1.4.4). */}
          <div className="grid grid-cols-1 gap-6 border-t border-slate-100 p-4 @[40rem]:grid-cols-[minmax(0,1fr)_20rem]">
            <BriefText text={data.scenario.brief} />
            <div className="text-sm">
              <h2 className="font-semibold">Objectives</h2>
              <ul className="mt-1 list-disc space-y-1 pl-5">
                {data.scenario.objectives.map((o) => (
                  <li key={o}>{o}</li>
                ))}
              </ul>
              <h2 className="mt-3 font-semibold">Policy</h2>
              <ul className="mt-1 list-disc space-y-1 pl-5">
                {data.scenario.policy.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
              <p className="mt-3 text-xs text-slate-600">
                Service standard: reply within {data.scenario.clock.serviceStandardMinutes} simulated minutes.
              </p>
            </div>
          </div>
        </details>

        {/* One column no wider than the page until there is room for two: an implicit column grew to its
            widest content, so with 200% text at 320 px the workspace scrolled sideways (WCAG 1.4.10). */}
        <div className="grid grid-cols-1 gap-4 @[60rem]:grid-cols-[minmax(0,1fr)_26rem]">
          <section aria-label="CRM" className="flex min-w-0 flex-col gap-4">
            {/* Narrow: the conversation stacks under the whole record, thousands of pixels down on a phone. */}
            <a
              href={`#${CONVERSATION_HEADING_ID}`}
              onClick={(e) => {
                // Focus follows (a fragment link only scrolls), so the next Tab reaches the reply box.
                e.preventDefault();
                document.getElementById(CONVERSATION_HEADING_ID)?.focus();
              }}
              className="self-start text-sm font-medium text-brand-700 underline @[60rem]:hidden"
            >
              Go to the conversation
            </a>
            <div className="flex flex-wrap items-center gap-2">
              {/* Only the two tabs belong to the tablist; the "Contacting us" shortcuts are plain buttons beside it. */}
              <TabList
                tabs={[
                  { id: "list" as const, label: "All customers" },
                  { id: "insights" as const, label: "Insights" },
                  ...(customerRef
                    ? [
                        {
                          id: "record" as const,
                          label: `Record: ${record.data?.customer.name ?? customerRef}`,
                        },
                      ]
                    : []),
                ]}
                selected={view}
                onSelect={setView}
                label="CRM view"
                panelId={crmPanelId}
                className="flex flex-wrap items-center gap-2"
                tabClassName={(on) =>
                  cx(
                    "rounded-lg px-3 py-1.5 text-sm font-medium",
                    on
                      ? "bg-brand-700 text-white"
                      : "bg-white text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50",
                  )
                }
              />
              {data.scenario.customers.length > 0 && (
                // A group, so each name button is heard with what it is for (WCAG 1.3.1, 2.4.6).
                // 24 px tall (py-1 on 12 px text), not 20: WCAG 2.5.8 without relying on the gaps between them.
                <span
                  role="group"
                  aria-label="Contacting us: open their record"
                  className="ml-auto flex flex-wrap items-center gap-1 text-xs text-slate-600"
                >
                  Contacting us:
                  {data.scenario.customers.map((c) => (
                    <button
                      key={c.customerRef}
                      type="button"
                      className="rounded-full bg-white px-2 py-1 font-medium text-brand-800 ring-1 ring-brand-200 hover:bg-brand-50"
                      onClick={() => openRecord(c.customerRef)}
                    >
                      {c.name}
                    </button>
                  ))}
                </span>
              )}
            </div>

            <div
              id={crmPanelId}
              role="tabpanel"
              aria-label={
                view === "list" ? "All customers" : view === "insights" ? "Insights" : "Customer record"
              }
            >
              {view === "insights" ? (
                <div className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
                  <h2 className="text-lg font-semibold">Insights from this CRM</h2>
                  <SubHeadings>
                    <InsightsView attemptId={attemptId} />
                    <ReasoningPanel
                      prompts={[]}
                      events={data.events}
                      canAct={data.canAct}
                      action={action}
                      recommend
                    />
                  </SubHeadings>
                </div>
              ) : view === "list" ? (
                <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
                  <h2 className="mb-3 text-lg font-semibold">All customers</h2>
                  <CustomerList
                    attemptId={attemptId}
                    state={listState}
                    onChange={setListState}
                    compact
                    hrefFor={(ref) => `#${ref}`}
                    onOpen={openRecord}
                  />
                </div>
              ) : record.isError ? (
                <ErrorState error={record.error} onRetry={() => record.refetch()} />
              ) : !record.data ? (
                <LoadingState label="Loading customer record…" />
              ) : (
                <div className="@container rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
                  {/* Under the customer's name (h2), the record's own cards are h3. */}
                  <SubHeadings>
                    <CustomerHeader record={record.data} headingLevel={2} headingId={recordHeadingId} />
                    {/* Reading order is the order a learner needs: who they are, how they want to be
                      contacted and what they consented to, then the actions, then their history. The
                      contact and consent cards sit in the right-hand column beside the rest on a wide
                      record, but come straight after the figures in the markup: they came after the
                      whole timeline, so a screen-reader or keyboard user met the CRM actions and every
                      order before learning the customer refused marketing by email (WCAG 1.3.2, 2.4.3). */}
                    <div className="grid grid-cols-1 items-start gap-4 @[48rem]:grid-cols-[minmax(0,1fr)_20rem]">
                      <div className="min-w-0 @[48rem]:col-start-1">
                        <CustomerStats record={record.data} />
                      </div>
                      <div className="min-w-0 @[48rem]:col-start-2 @[48rem]:row-span-3 @[48rem]:row-start-1">
                        <CustomerSidebar record={record.data} />
                      </div>
                      {data.canAct && (
                        <div className="min-w-0 @[48rem]:col-start-1">
                          <ScenarioActionsPanel
                            record={record.data}
                            action={action}
                            policy={data.scenario.policy}
                            people={data.scenario.people}
                            tab={actionTab}
                            onTabChange={setActionTab}
                          />
                        </div>
                      )}
                      <div className="flex min-w-0 flex-col gap-4 @[48rem]:col-start-1">
                        <OrdersCard record={record.data} />
                        <CasesCard record={record.data} />
                        <FeedbackCard record={record.data} />
                        <TimelineCard record={record.data} />
                      </div>
                    </div>
                  </SubHeadings>
                </div>
              )}
            </div>
            {/* Colleagues and questions sit in the CRM column: the conversation column is sticky on wide screens. */}
            {data.scenario.people.length > 0 && (
              <PeoplePanel
                people={data.scenario.people}
                events={data.events}
                customerRef={view === "record" ? customerRef : null}
                openCases={(record.data?.cases ?? []).filter((c) => c.status !== "closed").map((c) => c.ref)}
                canAct={data.canAct}
                action={action}
              />
            )}
            {data.scenario.prompts.length > 0 && (
              <ReasoningPanel
                prompts={data.scenario.prompts}
                events={data.events}
                canAct={data.canAct}
                action={action}
                recommend={false}
              />
            )}
          </section>

          <ConversationPanel
            events={data.events}
            customerRef={customerRef}
            customerName={record.data?.customer.name ?? null}
            preferredChannel={record.data?.customer.preferredChannel ?? null}
            canAct={data.canAct}
            action={action}
            attemptId={attemptId}
          />
        </div>
        {!data.canAct && !submitted && !data.voided && !data.blockedReason && (
          <p className="text-sm text-slate-600">
            You are viewing this attempt read-only.{" "}
            <Link href="/scenarios" className="text-brand-700 underline">
              Back to scenarios
            </Link>
          </p>
        )}
        {submitted && <Badge tone="green">Submitted</Badge>}
      </div>
    </StoredTextsScope>
  );
}
