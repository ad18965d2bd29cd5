"use client";

import { Card } from "@/components/ui";
import { formatDateTime } from "@/lib/format";
import { type Row, type Status, STATUS_TEXT } from "./results-shared";

export function ModerationLog({ rows }: { rows: Row[] }) {
  const entries = rows
    .flatMap((r) => r.overrides.map((o) => ({ ...o, learner: r.displayName })))
    .sort((a, b) => new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime() || b.id - a.id);
  return (
    <Card title="Moderation log">
      {entries.length === 0 ? (
        <p className="text-sm text-slate-700">
          No marks have been overridden. Every change is listed here with the mark it replaced.
        </p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm" aria-label="Overrides, newest first">
          {entries.map((e) => (
            <li key={e.id} className="py-2">
              <p className="text-slate-900">
                <strong>{e.learner}</strong>, {e.criterionTitle}:{" "}
                {STATUS_TEXT[e.previousStatus as Status] ?? e.previousStatus} → {STATUS_TEXT[e.newStatus]}
              </p>
              <p className="text-slate-700">“{e.comment}”</p>
              <p className="text-xs text-slate-600">
                {e.tutorName} · {formatDateTime(e.createdAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
