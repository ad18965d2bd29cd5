"use client";

import { useEffect, useRef, useState } from "react";
import type { LiveData, NameOf } from "./live-types";

/**
 * Messages for learners who submit while the dashboard is open (not those already submitted when it
 * opened): shown in a log region so screen readers announce them. Names follow the projector setting
 * at the moment of submission.
 */
export function useSubmissionAnnouncements(data: LiveData | undefined, nameOf: NameOf) {
  const seen = useRef<Map<number, string> | null>(null);
  const [messages, setMessages] = useState<{ key: string; at: Date; text: string }[]>([]);
  useEffect(() => {
    if (!data) return;
    const next = new Map<number, string>();
    const fresh: { key: string; at: Date; text: string }[] = [];
    for (const l of data.learners) {
      const a = l.attempt;
      const key = a?.status === "submitted" ? `${a.id}` : "";
      next.set(l.learnerId, key);
      if (seen.current && a && key && seen.current.get(l.learnerId) !== key) {
        const result = a.band ? `: ${a.band}${a.totalPercent !== null ? `, ${a.totalPercent}%` : ""}` : "";
        fresh.push({
          key: `${a.id}-${Date.now()}`,
          at: a.submittedAt ?? new Date(),
          text: `${nameOf(l)} submitted ${a.scenarioTitle}${result}.`,
        });
      }
    }
    seen.current = next;
    if (fresh.length > 0) setMessages((m) => [...fresh, ...m].slice(0, 8));
  }, [data, nameOf]);
  return messages;
}
