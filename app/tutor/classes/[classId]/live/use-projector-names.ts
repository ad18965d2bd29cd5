"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";

/**
 * "Hide names on the projector": when on, the live view calls each learner "Learner 1", "Learner 2"…
 * (numbered in the order they joined, so a number stays with a learner while the lesson runs). The
 * choice is kept in this browser's localStorage, so a classroom PC keeps it and a tutor's own laptop
 * need not; it is never sent to the server.
 */
const STORAGE_KEY = "crm-trainer:live:hide-names";
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === "1";
  } catch {
    return false;
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => e.key === STORAGE_KEY && listener();
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

export function useProjectorNames(learners: { learnerId: number; displayName: string }[]) {
  const hidden = useSyncExternalStore(subscribe, read, () => false);
  const setHidden = useCallback((next: boolean) => {
    try {
      if (next) window.localStorage.setItem(STORAGE_KEY, "1");
      else window.localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Storage blocked: the choice lasts until the page is left.
    }
    for (const l of listeners) l();
  }, []);
  const numbers = useMemo(() => {
    const byJoin = [...learners].sort((a, b) => a.learnerId - b.learnerId);
    return new Map(byJoin.map((l, i) => [l.learnerId, i + 1]));
  }, [learners]);
  const nameOf = useCallback(
    (l: { learnerId: number; displayName: string }) =>
      hidden ? `Learner ${numbers.get(l.learnerId) ?? "?"}` : l.displayName,
    [hidden, numbers],
  );
  return { hidden, setHidden, nameOf };
}
