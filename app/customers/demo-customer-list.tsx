"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { CustomerList, EMPTY_LIST_STATE, type CustomerListState } from "@/components/crm/customer-list";

/** The list's search and filters live in the URL, so a reload or a shared link shows the same list. */
export function DemoCustomerList() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();

  const state = useMemo<CustomerListState>(() => {
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
  }, [params]);

  const onChange = useCallback(
    (next: CustomerListState) => {
      const search = new URLSearchParams();
      for (const [k, v] of Object.entries(next)) {
        if (String(v) !== String(EMPTY_LIST_STATE[k as keyof CustomerListState])) search.set(k, String(v));
      }
      const qs = search.toString();
      router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
    },
    [router, pathname],
  );

  return <CustomerList state={state} onChange={onChange} hrefFor={(ref) => `/customers/${ref}`} />;
}
