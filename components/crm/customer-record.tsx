"use client";

import { useState, type ReactNode } from "react";
import { formatDate, formatDateTime, formatPence, formatRelativeDays } from "@/lib/format";
import type { CustomerRecord } from "@/lib/trpc/router-outputs";
import {
  CASE_CATEGORY_LABEL,
  CASE_STATUS_LABEL,
  CHANNEL_LABEL,
  INTERACTION_LABEL,
  NPS_LABEL,
  NPS_TONE,
  ORDER_STATUS_LABEL,
  STAGE_LABEL,
  STAGE_TONE,
} from "../labels";
import { SectionHeading } from "../heading-level";
import { Badge, Card, EmptyState, PageTitle, Stat, cx, type BadgeTone } from "../ui";

const FEEDBACK_LABEL: Record<string, string> = {
  nps: "NPS",
  csat: "CSAT",
  ces: "Effort (CES)",
  comment: "Comment",
  complaint: "Complaint",
};
const FEEDBACK_SCALE: Record<string, string> = { nps: "/10", csat: "/5", ces: "/7" };

/** "app" → "App": the stored channel as a word in a list (SMS and the rest have labels). */
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function feedbackTone(kind: string, score: number | null): BadgeTone {
  if (score === null) return kind === "complaint" ? "red" : "neutral";
  if (kind === "nps") return score >= 9 ? "green" : score >= 7 ? "neutral" : "red";
  if (kind === "csat") return score >= 4 ? "green" : score === 3 ? "neutral" : "red";
  if (kind === "ces") return score <= 3 ? "green" : score <= 4 ? "neutral" : "red";
  return "neutral";
}

/**
 * The record's title block. The customer's name is the page's h1 on the record page and an h2 inside
 * the attempt workspace (whose h1 is the scenario); `headingId` lets the workspace move focus to it.
 */
export function CustomerHeader({
  record,
  headingLevel = 1,
  headingId,
}: {
  record: CustomerRecord;
  headingLevel?: 1 | 2;
  headingId?: string;
}) {
  const c = record.customer;
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
      {headingLevel === 1 && <PageTitle title={`Customer record: ${c.name}`} />}
      <div>
        <p className="text-sm text-slate-600">
          {c.ref} · Customer since {formatDate(c.customerSince)}
        </p>
        <Heading
          id={headingId}
          tabIndex={headingId ? -1 : undefined}
          className="text-2xl font-semibold tracking-tight text-slate-900"
        >
          {c.name}
        </Heading>
        {/* A list, so a screen reader says where each label ends: read as running text it was "Stage:
            Engagement Regular tea drinker kitchen appliances". */}
        <ul className="mt-2 flex flex-wrap items-center gap-2" aria-label="About this customer">
          <li>
            <Badge tone={STAGE_TONE[c.lifecycleStage]}>Stage: {STAGE_LABEL[c.lifecycleStage]}</Badge>
          </li>
          <li>
            <Badge tone="brown">{c.segment}</Badge>
          </li>
          {c.subscription !== "none" && (
            <li>
              <Badge tone="blue">Bean subscription: {c.subscription}</Badge>
            </li>
          )}
          {c.tags.map((tag) => (
            <li key={tag}>
              <Badge>{tag}</Badge>
            </li>
          ))}
        </ul>
      </div>
      {(c.accessibilityNotes || c.vulnerabilityNotes) && (
        <section
          aria-label="Support needs"
          className="w-full rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 lg:w-auto lg:max-w-md"
        >
          <SectionHeading className="font-semibold">Support needs</SectionHeading>
          {c.accessibilityNotes && (
            <p className="mt-1">
              <span className="font-medium">Accessibility:</span> {c.accessibilityNotes}
            </p>
          )}
          {c.vulnerabilityNotes && (
            <p className="mt-1">
              <span className="font-medium">Vulnerability:</span> {c.vulnerabilityNotes}
            </p>
          )}
        </section>
      )}
    </div>
  );
}

export function CustomerSidebar({ record, children }: { record: CustomerRecord; children?: ReactNode }) {
  const c = record.customer;
  return (
    <div className="flex flex-col gap-4">
      <Card title="Contact and preferences">
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1.5 break-words text-sm">
          <dt className="text-slate-600">Email</dt>
          <dd className="break-all">{c.email}</dd>
          <dt className="text-slate-600">Phone</dt>
          <dd>{c.phone ?? "–"}</dd>
          <dt className="text-slate-600">Address</dt>
          <dd>{[c.addressLine, c.town, c.postcode].filter(Boolean).join(", ") || "–"}</dd>
          <dt className="text-slate-600">Prefers</dt>
          <dd>{CHANNEL_LABEL[c.preferredChannel]}</dd>
          <dt className="text-slate-600">Loyalty</dt>
          <dd>{c.loyaltyPoints.toLocaleString("en-GB")} points</dd>
        </dl>
      </Card>
      <Card title="Marketing consent">
        <ul className="flex flex-col gap-2 text-sm" aria-label="Marketing consent by channel">
          {record.consents.map((k) => (
            // With 200% text in a phone's width even "Consented" is wider than the card: it breaks.
            <li key={k.channel} className="flex items-start justify-between gap-3 wrap-anywhere">
              <div>
                <span className="font-medium">{CHANNEL_LABEL[k.channel]}</span>
                <div className="text-xs text-slate-600">
                  {k.recordedAt ? `${k.method}, ${formatDate(k.recordedAt)}` : k.method}
                </div>
              </div>
              <Badge tone={k.granted ? "green" : "red"}>{k.granted ? "Consented" : "No consent"}</Badge>
            </li>
          ))}
        </ul>
        <p className="mt-3 text-xs text-slate-600">
          Marketing by email or SMS needs consent, or the soft opt-in (an existing customer, similar products,
          a chance to refuse when they bought and in every message: PECR reg 22(3)). A service message about
          an order needs neither if it sells nothing.
        </p>
      </Card>
      {children}
    </div>
  );
}

export function CustomerStats({ record }: { record: CustomerRecord }) {
  const s = record.stats;
  return (
    // Four across only where the column is wide enough for a date on one line (the workspace's is narrower).
    <div className="@container">
      <dl className="grid grid-cols-1 gap-3 @[12rem]:grid-cols-2 @2xl:grid-cols-4">
        <Stat label="Orders" value={s.orderCount} />
        <Stat
          label="Total spend"
          value={formatPence(s.totalSpendPence)}
          hint={s.averageOrderPence !== null ? `${formatPence(s.averageOrderPence)} average` : undefined}
        />
        <Stat
          label="Last order"
          value={s.lastOrderAt ? formatDate(s.lastOrderAt) : "Never"}
          hint={formatRelativeDays(s.daysSinceLastOrder)}
        />
        <Stat
          label="Latest NPS"
          value={s.latestNps ?? "–"}
          hint={s.npsCategory ? NPS_LABEL[s.npsCategory] : "Not answered"}
        />
      </dl>
    </div>
  );
}

const ORDERS_SHOWN = 8;

export function OrdersCard({ record }: { record: CustomerRecord }) {
  const [showAll, setShowAll] = useState(false);
  const orders = showAll ? record.orders : record.orders.slice(0, ORDERS_SHOWN);
  return (
    <Card
      title={`Purchase history (${record.orders.length})`}
      actions={
        record.orders.length > ORDERS_SHOWN ? (
          <button
            type="button"
            className="text-sm font-medium text-brand-700 hover:underline"
            onClick={() => setShowAll(!showAll)}
          >
            {showAll ? "Show the latest only" : `Show all ${record.orders.length} orders`}
          </button>
        ) : undefined
      }
    >
      {record.orders.length === 0 ? (
        <EmptyState title="No orders yet" />
      ) : (
        <ul className="flex flex-col divide-y divide-slate-100">
          {orders.map((o) => (
            <li key={o.id} className="py-2">
              <details className="group">
                <summary className="flex cursor-pointer list-none flex-wrap items-center justify-between gap-2 rounded px-1 py-1 hover:bg-slate-50">
                  <span className="flex flex-wrap items-center gap-2">
                    <span aria-hidden className="text-slate-600 transition group-open:rotate-90">
                      ▸
                    </span>
                    <span className="font-medium">{o.ref}</span>
                    <span className="text-sm text-slate-600">{formatDate(o.placedAt)}</span>
                  </span>
                  <span className="flex flex-wrap items-center gap-2">
                    <Badge
                      tone={o.status === "delivered" ? "green" : o.status === "cancelled" ? "red" : "blue"}
                    >
                      {ORDER_STATUS_LABEL[o.status]}
                    </Badge>
                    <span className="tabular-nums font-medium">{formatPence(o.totalPence)}</span>
                  </span>
                </summary>
                <div className="mt-2 pl-6 text-sm">
                  <p className="text-xs text-slate-600">
                    Ordered by {o.channel === "web" ? "website" : o.channel} · paid by {o.paymentMethod}
                    {o.deliveredAt ? ` · delivered ${formatDate(o.deliveredAt)}` : ""}
                  </p>
                  {/* A data table may scroll in its own box when it cannot fit (WCAG 1.4.10); the page does not. */}
                  <div className="overflow-x-auto">
                    <table className="mt-1 w-full text-left">
                      <caption className="sr-only">Items in order {o.ref}</caption>
                      <thead className="text-xs text-slate-600">
                        <tr>
                          <th scope="col" className="py-1 font-medium">
                            Item
                          </th>
                          <th scope="col" className="py-1 text-right font-medium">
                            Qty
                          </th>
                          <th scope="col" className="py-1 text-right font-medium">
                            Price
                          </th>
                          <th scope="col" className="py-1 pl-3 font-medium">
                            Returns and refunds
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {o.items.map((i) => (
                          <tr key={i.id}>
                            <td className="py-1">{i.productName}</td>
                            <td className="py-1 text-right tabular-nums">{i.quantity}</td>
                            <td className="py-1 text-right tabular-nums">{formatPence(i.unitPricePence)}</td>
                            <td className="py-1 pl-3 text-xs">
                              {i.returnStatus === "none" && i.refundStatus === "none" ? (
                                <span className="text-slate-500">–</span>
                              ) : (
                                <span className="flex flex-wrap gap-1">
                                  {i.returnStatus !== "none" && (
                                    <Badge tone="amber">Return {i.returnStatus}</Badge>
                                  )}
                                  {i.refundStatus !== "none" && (
                                    <Badge tone="amber">
                                      {i.refundStatus === "full" ? "Refunded" : "Part refund"}{" "}
                                      {formatPence(i.refundedPence)}
                                    </Badge>
                                  )}
                                </span>
                              )}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                </div>
              </details>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export function FeedbackCard({ record }: { record: CustomerRecord }) {
  return (
    <Card title={`Feedback (${record.feedback.length})`}>
      {record.feedback.length === 0 ? (
        <EmptyState title="No feedback yet">
          Sending a survey after an interaction closes the feedback loop.
        </EmptyState>
      ) : (
        <ul className="flex flex-col gap-3">
          {record.feedback.map((f) => (
            <li key={f.id} className="text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={feedbackTone(f.kind, f.score)}>
                  {FEEDBACK_LABEL[f.kind]}
                  {f.score !== null ? ` ${f.score}${FEEDBACK_SCALE[f.kind] ?? ""}` : ""}
                </Badge>
                {f.kind === "nps" && f.score !== null && (
                  <Badge tone={NPS_TONE[f.score >= 9 ? "promoter" : f.score >= 7 ? "passive" : "detractor"]}>
                    {NPS_LABEL[f.score >= 9 ? "promoter" : f.score >= 7 ? "passive" : "detractor"]}
                  </Badge>
                )}
                <span className="text-xs text-slate-600">
                  {formatDate(f.receivedAt)} · {CHANNEL_LABEL[f.channel] ?? capitalised(f.channel)}
                  {f.orderRef ? ` · ${f.orderRef}` : ""}
                </span>
              </div>
              {f.comment && <p className="mt-1 whitespace-pre-wrap text-slate-800">“{f.comment}”</p>}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export function CasesCard({ record }: { record: CustomerRecord }) {
  return (
    <Card title={`Cases (${record.cases.length})`}>
      {record.cases.length === 0 ? (
        <EmptyState title="No cases" />
      ) : (
        <ul className="flex flex-col gap-3">
          {record.cases.map((k) => (
            <li key={k.id} className="rounded-lg border border-slate-200 p-3 text-sm">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-medium">
                  {k.ref} · {CASE_CATEGORY_LABEL[k.category]}
                </span>
                <Badge
                  tone={
                    k.status === "closed" || k.status === "resolved"
                      ? "green"
                      : k.status === "escalated"
                        ? "red"
                        : "amber"
                  }
                >
                  {CASE_STATUS_LABEL[k.status]}
                </Badge>
              </div>
              <p className="mt-1 whitespace-pre-wrap">{k.summary}</p>
              <p className="mt-1 text-xs text-slate-600">
                Opened {formatDate(k.openedAt)}
                {k.orderRef ? ` · order ${k.orderRef}` : ""}
                {k.closedAt ? ` · closed ${formatDate(k.closedAt)}` : ""}
              </p>
              {k.resolution && (
                <p className="mt-1 text-sm">
                  <span className="font-medium">Resolution:</span> {k.resolution}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

const TIMELINE_DOT: Record<string, string> = {
  note: "bg-slate-400",
  call: "bg-sky-500",
  email: "bg-brand-500",
  sms: "bg-brand-500",
  message: "bg-brand-500",
  letter: "bg-brand-500",
  task: "bg-violet-500",
  consent_change: "bg-amber-500",
  stage_change: "bg-amber-500",
  case_update: "bg-red-500",
  remedy: "bg-emerald-600",
  survey: "bg-teal-500",
  escalation: "bg-red-600",
};

/** The id of a done task's "Done" date, where focus goes after marking it done. */
export const taskDoneId = (taskId: number) => `task-${taskId}-done`;

export function TimelineCard({
  record,
  renderTaskAction,
}: {
  record: CustomerRecord;
  renderTaskAction?: (task: CustomerRecord["timeline"][number]) => ReactNode;
}) {
  return (
    <Card title={`Timeline (${record.timeline.length})`}>
      {record.timeline.length === 0 ? (
        <EmptyState title="Nothing on the timeline yet">
          Notes, calls, messages and tasks appear here as soon as they are saved.
        </EmptyState>
      ) : (
        <ol
          className="relative flex flex-col gap-4 border-l border-slate-200 pl-5"
          aria-label="Interaction timeline"
        >
          {record.timeline.map((i) => (
            <li key={i.id} className="relative text-sm" data-testid="timeline-entry">
              <span
                aria-hidden
                className={cx(
                  "absolute -left-[calc(var(--spacing)*6.6)] top-1.5 h-2.5 w-2.5 rounded-full ring-4 ring-white",
                  TIMELINE_DOT[i.kind] ?? "bg-slate-400",
                )}
              />
              <div className="flex flex-wrap items-center gap-2">
                <Badge>{INTERACTION_LABEL[i.kind] ?? i.kind}</Badge>
                {/* A note that came in is someone else's message put on the record, its subject saying whose
                    ("From Dev Malik", the warehouse): it was labelled "From customer". */}
                {i.direction && !(i.kind === "note" && i.direction === "inbound") && (
                  <span className="text-xs text-slate-600">
                    {i.direction === "inbound" ? "From customer" : "To customer"}
                  </span>
                )}
                {i.subject && <span className="font-medium">{i.subject}</span>}
                <span className="text-xs text-slate-600">
                  {formatDateTime(i.occurredAt)} · {i.author}
                </span>
              </div>
              <p className="mt-1 whitespace-pre-wrap break-words text-slate-800">{i.body}</p>
              {i.kind === "task" && (
                <div className="mt-1 flex flex-wrap items-center gap-2 text-xs">
                  {i.doneAt ? (
                    <span id={taskDoneId(i.id)}>
                      <Badge tone="green">Done {formatDate(i.doneAt)}</Badge>
                    </span>
                  ) : (
                    <Badge tone={i.dueAt && i.dueAt < record.asOf ? "red" : "purple"}>
                      Due {i.dueAt ? formatDate(i.dueAt) : "–"}
                    </Badge>
                  )}
                  {!i.doneAt && renderTaskAction?.(i)}
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
