"use client";

import { EMPTY_LIST_STATE, type CustomerListState } from "@/components/crm/customer-list";

/**
 * Where a learner is in an attempt's workspace: the record open, the customer list with its search and
 * filters, or Insights, and the CRM action tab open on a record (a reload used to reopen "Add note" under
 * a learner half-way through an escalation: session 39). Kept for this browser tab (sessionStorage), per attempt, so a reload or a page
 * left and come back to in the same tab opens where they were. It used to open the first customer who
 * contacted us: a win-back learner who had worked through to David's record and reloaded landed on
 * Keith's, and a learner reading the list lost their filters.
 */
export type WorkspaceView = "record" | "list" | "insights";
export interface WorkspacePlace {
  /** The customer whose record is (or was last) open; null for the first customer who contacted us. */
  selected: string | null;
  view: WorkspaceView;
  list: CustomerListState;
  /** The CRM action tab open on a record ("escalate"); null for the first. The panel checks it is one of its own. */
  action: string | null;
}

const PREFIX = "hearth-bean:place:";
const VIEWS: readonly WorkspaceView[] = ["record", "list", "insights"];

function isListState(v: unknown): v is CustomerListState {
  if (!v || typeof v !== "object") return false;
  const s = v as Record<string, unknown>;
  return (
    Object.entries(EMPTY_LIST_STATE).every(([k, empty]) => typeof s[k] === typeof empty) &&
    (s.dir === "asc" || s.dir === "desc") &&
    Number.isInteger(s.page) &&
    (s.page as number) >= 1
  );
}

/** The place kept for this attempt in this tab, or null (none, storage unavailable, or not ours). */
export function readWorkspacePlace(attemptId: number): WorkspacePlace | null {
  if (typeof window === "undefined") return null;
  try {
    const raw = window.sessionStorage.getItem(`${PREFIX}${attemptId}`);
    if (!raw) return null;
    const v = JSON.parse(raw) as Record<string, unknown>;
    const selected = typeof v.selected === "string" && /^[\w-]{1,40}$/.test(v.selected) ? v.selected : null;
    const view = VIEWS.find((x) => x === v.view) ?? "record";
    const action = typeof v.action === "string" && /^[a-z-]{1,30}$/.test(v.action) ? v.action : null;
    return { selected, view, list: isListState(v.list) ? v.list : EMPTY_LIST_STATE, action };
  } catch {
    return null;
  }
}

export function writeWorkspacePlace(attemptId: number, place: WorkspacePlace) {
  try {
    window.sessionStorage.setItem(`${PREFIX}${attemptId}`, JSON.stringify(place));
  } catch {
    // Not kept: a reload opens the first customer, as before.
  }
}

/** Forgets every kept place in this tab (someone leaving a shared computer). */
export function clearWorkspacePlaces() {
  try {
    const keys = Array.from({ length: window.sessionStorage.length }, (_, i) => window.sessionStorage.key(i));
    for (const key of keys) if (key?.startsWith(PREFIX)) window.sessionStorage.removeItem(key);
  } catch {
    // Storage unavailable: nothing was kept.
  }
}
