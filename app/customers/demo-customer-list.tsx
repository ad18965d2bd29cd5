"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { CustomerList, EMPTY_LIST_STATE, type CustomerListState } from "@/components/crm/customer-list";

function stateFromParams(params: Pick<URLSearchParams, "get">): CustomerListState {
  const get = (k: keyof CustomerListState) => params.get(k) ?? String(EMPTY_LIST_STATE[k]);
  const page = Number(params.get("page") ?? 1);
  return {
    search: get("search"),
    stage: get("stage"),
    recency: get("recency"),
    spend: get("spend"),
    nps: get("nps"),
    consent: get("consent"),
    sort: get("sort"),
    dir: params.get("dir") === "desc" ? "desc" : "asc",
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

function queryString(state: CustomerListState): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(state)) {
    if (String(v) !== String(EMPTY_LIST_STATE[k as keyof CustomerListState])) search.set(k, String(v));
  }
  return search.toString();
}

/**
 * The list's search and filters live in the URL, so a reload or a shared link shows the same list.
 * The component's own state leads and the URL follows with history.replaceState (which Next keeps in
 * step with useSearchParams): a router navigation per change would finish later than a quick second
 * change and overwrite it with stale filters.
 */
export function DemoCustomerList() {
  const params = useSearchParams();
  const pathname = usePathname();
  const paramsKey = params.toString();
  const [state, setState] = useState(() => stateFromParams(params));
  // URLs this component wrote that useSearchParams may not have reported yet, oldest first.
  const pending = useRef<string[]>([]);

  // Only a change of URL counts: a new params object with the old URL must not undo a pending change.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the URL string, not the params object
  useEffect(() => {
    const ours = pending.current.indexOf(paramsKey);
    if (ours >= 0) {
      pending.current = pending.current.slice(ours + 1);
      return;
    }
    // Back/forward or a link to this page changed the URL: follow it.
    pending.current = [];
    setState(stateFromParams(params));
  }, [paramsKey]);

  const onChange = useCallback(
    (next: CustomerListState) => {
      const qs = queryString(next);
      setState(next);
      if (qs === window.location.search.slice(1)) return;
      pending.current.push(qs);
      window.history.replaceState(null, "", qs ? `${pathname}?${qs}` : pathname);
    },
    [pathname],
  );

  return <CustomerList state={state} onChange={onChange} hrefFor={(ref) => `/customers/${ref}`} />;
}
