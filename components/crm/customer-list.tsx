"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { formatDate, formatPence, plural } from "@/lib/format";
import { useTRPC } from "@/lib/trpc/client";
import { CHANNEL_LABEL, NPS_LABEL, NPS_TONE, STAGE_LABEL, STAGE_TONE } from "../labels";
import { Badge, Button, EmptyState, ErrorState, LoadingState, cx, inputClass } from "../ui";

export interface CustomerListState {
  search: string;
  stage: string;
  recency: string;
  spend: string;
  nps: string;
  consent: string;
  sort: string;
  dir: "asc" | "desc";
  page: number;
}

export const EMPTY_LIST_STATE: CustomerListState = {
  search: "",
  stage: "",
  recency: "",
  spend: "",
  nps: "",
  consent: "",
  sort: "name",
  dir: "asc",
  page: 1,
};

const FILTERS = [
  {
    key: "stage",
    label: "Lifecycle stage",
    options: Object.entries(STAGE_LABEL),
  },
  {
    key: "recency",
    label: "Last order",
    options: [
      ["d30", "In the last 30 days"],
      ["d90", "In the last 90 days"],
      ["d180", "In the last 6 months"],
      ["d365", "In the last 12 months"],
      ["over180", "More than 6 months ago"],
      ["over365", "More than 12 months ago"],
      ["never", "Never ordered"],
    ],
  },
  {
    key: "spend",
    label: "Total spend",
    options: [
      ["under100", "Under £100"],
      ["100to500", "£100 to £499"],
      ["500to1000", "£500 to £999"],
      ["over1000", "£1,000 or more"],
    ],
  },
  {
    key: "nps",
    label: "NPS category",
    options: [
      ["promoter", "Promoters (9–10)"],
      ["passive", "Passives (7–8)"],
      ["detractor", "Detractors (0–6)"],
      ["none", "No NPS answer"],
    ],
  },
  {
    key: "consent",
    label: "Marketing consent",
    options: [
      ["email", "Email: consented"],
      ["sms", "SMS: consented"],
      ["phone", "Phone: consented"],
      ["post", "Post: consented"],
      ["none", "No marketing consent"],
    ],
  },
] as const;

const SORTABLE: { key: string; label: string; defaultDir: "asc" | "desc" }[] = [
  { key: "name", label: "Customer", defaultDir: "asc" },
  { key: "lastOrder", label: "Last order", defaultDir: "desc" },
  { key: "orders", label: "Orders", defaultDir: "desc" },
  { key: "totalSpend", label: "Total spend", defaultDir: "desc" },
  { key: "nps", label: "Latest NPS", defaultDir: "desc" },
];

export function CustomerList({
  attemptId,
  state,
  onChange,
  hrefFor,
  onOpen,
  compact = false,
}: {
  attemptId?: number;
  state: CustomerListState;
  onChange: (next: CustomerListState) => void;
  hrefFor: (ref: string) => string;
  /** When set, names open the record in place instead of navigating. */
  onOpen?: (ref: string) => void;
  compact?: boolean;
}) {
  const trpc = useTRPC();
  const [searchDraft, setSearchDraft] = useState(state.search);
  // The search we last sent up. When the list's state comes back with it, that is our own echo and must not
  // overwrite the box: on a slow device the learner may have typed more letters meanwhile, and they were lost.
  // Only a change from elsewhere (Clear filters, back/forward, a link) replaces what is in the box.
  const sentSearch = useRef(state.search);
  useEffect(() => {
    if (state.search === sentSearch.current) return;
    sentSearch.current = state.search;
    setSearchDraft(state.search);
  }, [state.search]);
  const sendSearch = (search: string) => {
    sentSearch.current = search;
    onChange({ ...state, search, page: 1 });
  };

  // Debounce typing so each keystroke does not become a request.
  useEffect(() => {
    if (searchDraft === state.search) return;
    const timer = setTimeout(() => {
      sentSearch.current = searchDraft;
      onChange({ ...state, search: searchDraft, page: 1 });
    }, 250);
    return () => clearTimeout(timer);
  }, [searchDraft, state, onChange]);

  const query = useQuery({
    ...trpc.crm.listCustomers.queryOptions({
      workspace: attemptId ? { attemptId } : {},
      search: state.search || undefined,
      stage: (state.stage || undefined) as never,
      recency: (state.recency || undefined) as never,
      spend: (state.spend || undefined) as never,
      nps: (state.nps || undefined) as never,
      consent: (state.consent || undefined) as never,
      sort: state.sort as never,
      dir: state.dir,
      page: state.page,
      pageSize: compact ? 10 : 20,
    }),
    placeholderData: keepPreviousData,
  });

  const activeFilters = FILTERS.filter((f) => state[f.key]).length + (state.search ? 1 : 0);
  const data = query.data;

  return (
    <div className="flex flex-col gap-4">
      <form
        role="search"
        aria-label="Search and filter customers"
        className={cx(
          "grid gap-3",
          compact ? "grid-cols-1 sm:grid-cols-2" : "grid-cols-1 sm:grid-cols-2 lg:grid-cols-5",
        )}
        onSubmit={(e) => {
          e.preventDefault();
          sendSearch(searchDraft);
        }}
      >
        <div className={cx("flex flex-col gap-1", compact ? "sm:col-span-2" : "sm:col-span-2 lg:col-span-5")}>
          <label htmlFor="customer-search" className="text-xs font-medium text-slate-700">
            Search
          </label>
          <input
            id="customer-search"
            type="search"
            className={inputClass}
            placeholder="Search by name, email, postcode or customer ref"
            value={searchDraft}
            maxLength={100}
            onChange={(e) => setSearchDraft(e.target.value)}
          />
        </div>
        {FILTERS.map((filter) => (
          <div key={filter.key} className="flex flex-col gap-1">
            <label htmlFor={`filter-${filter.key}`} className="text-xs font-medium text-slate-700">
              {filter.label}
            </label>
            <select
              id={`filter-${filter.key}`}
              className={inputClass}
              value={state[filter.key]}
              onChange={(e) => onChange({ ...state, [filter.key]: e.target.value, page: 1 })}
            >
              <option value="">Any</option>
              {filter.options.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        ))}
      </form>

      <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
        <p aria-live="polite">
          {data ? plural(data.total, "customer") : " "}
          {activeFilters > 0 && data
            ? ` ${data.total === 1 ? "matches" : "match"} ${activeFilters === 1 ? "this filter" : "these filters"}`
            : ""}
        </p>
        {data && (
          <p className="text-slate-600">
            Records as of {formatDate(data.asOf)}: “days ago” and the last-order filter count from that day.
          </p>
        )}
        {activeFilters > 0 && (
          <Button
            variant="ghost"
            onClick={() => onChange({ ...EMPTY_LIST_STATE, sort: state.sort, dir: state.dir })}
          >
            Clear filters
          </Button>
        )}
      </div>

      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : !data ? (
        <LoadingState label="Loading customers…" />
      ) : data.customers.length === 0 ? (
        <EmptyState title="No customers match">
          Try removing a filter or searching for something else.
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
          <table className="w-full min-w-[44rem] text-left text-sm">
            <caption className="sr-only">
              Customers, sorted by {SORTABLE.find((s) => s.key === state.sort)?.label ?? "name"}
            </caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
              <tr>
                {SORTABLE.map((col) => {
                  const active = state.sort === col.key;
                  return (
                    <th
                      key={col.key}
                      scope="col"
                      className={cx("px-3 py-2 font-medium", col.key !== "name" && "text-right")}
                      aria-sort={active ? (state.dir === "asc" ? "ascending" : "descending") : "none"}
                    >
                      <button
                        type="button"
                        className="inline-flex items-center gap-1 uppercase hover:text-slate-900"
                        onClick={() =>
                          onChange({
                            ...state,
                            sort: col.key,
                            dir: active ? (state.dir === "asc" ? "desc" : "asc") : col.defaultDir,
                            page: 1,
                          })
                        }
                      >
                        {col.label}
                        <span aria-hidden className="text-slate-600">
                          {active ? (state.dir === "asc" ? "▲" : "▼") : "↕"}
                        </span>
                      </button>
                    </th>
                  );
                })}
                <th scope="col" className="px-3 py-2 font-medium">
                  Stage
                </th>
                {!compact && (
                  <th scope="col" className="px-3 py-2 font-medium">
                    Marketing consent
                  </th>
                )}
              </tr>
            </thead>
            <tbody className={cx("divide-y divide-slate-100", query.isFetching && "opacity-70")}>
              {data.customers.map((c) => (
                <tr key={c.ref} className="hover:bg-brand-50">
                  <td className="px-3 py-2">
                    {onOpen ? (
                      <button
                        type="button"
                        onClick={() => onOpen(c.ref)}
                        className="text-left font-medium text-brand-700 underline-offset-2 hover:underline"
                      >
                        {c.name}
                      </button>
                    ) : (
                      <Link
                        href={hrefFor(c.ref)}
                        className="font-medium text-brand-700 underline-offset-2 hover:underline"
                      >
                        {c.name}
                      </Link>
                    )}
                    <div className="text-xs text-slate-600">
                      {c.ref} · {c.email}
                      {c.postcode ? (
                        <>
                          {" · "}
                          <span className="whitespace-nowrap">{c.postcode}</span>
                        </>
                      ) : null}
                    </div>
                  </td>
                  <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
                    {c.lastOrderAt ? formatDate(c.lastOrderAt) : "Never"}
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{c.orderCount}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatPence(c.totalSpendPence)}</td>
                  <td className="px-3 py-2 text-right">
                    {c.latestNps === null ? (
                      <span className="text-slate-500">–</span>
                    ) : (
                      <Badge tone={NPS_TONE[c.npsCategory!]} title={NPS_LABEL[c.npsCategory!]}>
                        {c.latestNps} · {NPS_LABEL[c.npsCategory!]}
                      </Badge>
                    )}
                  </td>
                  <td className="px-3 py-2">
                    <Badge tone={STAGE_TONE[c.lifecycleStage]}>{STAGE_LABEL[c.lifecycleStage]}</Badge>
                  </td>
                  {!compact && (
                    <td className="px-3 py-2 text-xs text-slate-700">
                      {c.consentedChannels.length ? (
                        c.consentedChannels.map((ch) => CHANNEL_LABEL[ch]).join(", ")
                      ) : (
                        <span className="text-slate-500">None</span>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {data && data.pageCount > 1 && (
        <nav aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-2 text-sm">
          <Button
            variant="secondary"
            disabled={data.page <= 1}
            onClick={() => onChange({ ...state, page: data.page - 1 })}
          >
            ← Previous
          </Button>
          <span className="text-slate-600">
            Page {data.page} of {data.pageCount}
          </span>
          <Button
            variant="secondary"
            disabled={data.page >= data.pageCount}
            onClick={() => onChange({ ...state, page: data.page + 1 })}
          >
            Next →
          </Button>
        </nav>
      )}
    </div>
  );
}
