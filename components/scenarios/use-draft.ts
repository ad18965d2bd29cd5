"use client";

import { createContext, createElement, type ReactNode, useContext, useEffect, useState } from "react";

/**
 * Text a learner has typed in the workspace but not yet sent or saved (a reply, a case note, an
 * answer to a prompt), kept on this device as it is typed, so a reload, Back, or switching to another
 * CRM action or record and back does not lose it. Each attempt has its own drafts; a draft is removed
 * once it has been sent (set to ""). Storage can be unavailable (private mode, full): then drafts are
 * kept in memory for as long as the page is open, which still survives switching tabs.
 */
const memory = new Map<string, string>();

function read(key: string): string {
  try {
    const stored = window.localStorage.getItem(key);
    if (stored !== null) return stored;
  } catch {
    // fall through to memory
  }
  return memory.get(key) ?? "";
}

function write(key: string, value: string) {
  if (value === "") memory.delete(key);
  else memory.set(key, value);
  try {
    if (value === "") window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Not stored: the in-memory copy lasts as long as the page.
  }
}

const DRAFT_PREFIXES = ["hearth-bean:draft:", "hearth-bean:reply-draft:"];

/**
 * Forgets every draft on this device: called when someone leaves or signs out, so the next person
 * on a shared classroom computer cannot read what the last one was writing.
 */
export function clearDrafts() {
  memory.clear();
  try {
    const keys = Array.from({ length: window.localStorage.length }, (_, i) => window.localStorage.key(i));
    for (const key of keys)
      if (key && DRAFT_PREFIXES.some((p) => key.startsWith(p))) window.localStorage.removeItem(key);
  } catch {
    // Storage unavailable: nothing was kept there.
  }
}

/** Where an unsent reply is kept on this device: per attempt and customer, cleared once sent. */
export function replyDraftKey(attemptId: number, customerRef: string): string {
  return `hearth-bean:reply-draft:${attemptId}:${customerRef}`;
}

/**
 * What the attempt has already stored in the learner's own words (every text of their actions). A
 * draft restored from the device that is one of these was saved, though its answer never came back
 * (the page was reloaded while it said "Saving…"): it is dropped, so it is not saved twice.
 */
const StoredTexts = createContext<ReadonlySet<string> | null>(null);

export function StoredTextsScope({ texts, children }: { texts: ReadonlySet<string>; children: ReactNode }) {
  return createElement(StoredTexts.Provider, { value: texts }, children);
}

/**
 * What is left in a box once `sent` has been stored: nothing if it still holds just that, and only the
 * words added after it if the learner kept typing while it was sending (a slow or dropped connection),
 * so those are never lost. Words changed in the meantime are all kept.
 */
export function afterSending(current: string, sent: string): string {
  if (current === sent) return "";
  if (current.startsWith(sent)) return current.slice(sent.length).replace(/^\s+/, "");
  return current;
}

/** A draft kept under `key` (none: ordinary state). Setting "" removes it. */
export function useStoredDraft(key: string | null) {
  const stored = useContext(StoredTexts);
  // Read after mounting, so the first render matches the server's.
  const [text, setTextState] = useState("");
  // biome-ignore lint/correctness/useExhaustiveDependencies: checked only when a draft is restored, never as the learner types
  useEffect(() => {
    const restored = key ? read(key) : "";
    if (key && restored.trim() && stored?.has(restored.trim())) {
      write(key, "");
      setTextState("");
    } else setTextState(restored);
  }, [key]);
  const setText = (value: string | ((current: string) => string)) => {
    setTextState((current) => {
      const next = typeof value === "function" ? value(current) : value;
      if (key) write(key, next);
      return next;
    });
  };
  return [text, setText] as const;
}

const DraftAttempt = createContext<number | null>(null);

/** Names the attempt whose drafts the forms inside keep (the workspace wraps itself in this). */
export function DraftScope({ attemptId, children }: { attemptId: number; children: ReactNode }) {
  return createElement(DraftAttempt.Provider, { value: attemptId }, children);
}

/**
 * A draft of one field in the workspace, named by what it is for (for example `note:CUS-2041` or
 * `prompt:root-cause`); outside a DraftScope it is ordinary state.
 */
export function useDraft(name: string) {
  const attemptId = useContext(DraftAttempt);
  return useStoredDraft(attemptId === null ? null : `hearth-bean:draft:${attemptId}:${name}`);
}
