"use client";

import Link from "next/link";
import { BandBadge } from "@/components/scenarios/stage-badge";
import { Badge, cx, type BadgeTone } from "@/components/ui";
import { plural } from "@/lib/format";
import type { LiveLearner, NameOf } from "./live-types";

export const clockFormat = new Intl.DateTimeFormat("en-GB", {
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  timeZone: "Europe/London",
});

const LASS_STEPS = [
  { key: "listen", label: "Listen" },
  { key: "apologise", label: "Apologise" },
  { key: "solve", label: "Solve" },
  { key: "thank", label: "Thank" },
] as const;

export const STATUS_LABEL: Record<LiveLearner["status"], string> = {
  not_started: "Not started",
  in_progress: "Working",
  submitted: "Submitted",
};
export const STATUS_TONE: Record<LiveLearner["status"], BadgeTone> = {
  not_started: "neutral",
  in_progress: "blue",
  submitted: "green",
};

function moodTone(mood: number): BadgeTone {
  if (mood <= -2) return "red";
  if (mood < 0) return "amber";
  if (mood === 0) return "neutral";
  return "green";
}

/** Each learner's current scenario: status, LASS steps, progress, customer mood and result. */
export function LiveTable({ learners, nameOf }: { learners: LiveLearner[]; nameOf: NameOf }) {
  return (
    <div className="relative -mx-4 overflow-x-auto">
      <table className="w-full min-w-[50rem] text-left text-sm" aria-label="Learners' progress">
        <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">
              Learner
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Scenario
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Status
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              <abbr title="Listen, Apologise, Solve, Say thank you" className="no-underline">
                LASS
              </abbr>{" "}
              steps reached
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Progress
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Customer mood
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Result
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {learners.map((l) => (
            <LiveRow key={l.learnerId} learner={l} name={nameOf(l)} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function LiveRow({ learner, name }: { learner: LiveLearner; name: string }) {
  const a = learner.attempt;
  return (
    <tr data-testid={`live-row-${learner.learnerId}`} className="align-top">
      <th scope="row" className="px-4 py-3 font-medium text-slate-900">
        <span className="block max-w-[12rem] break-words" data-testid="learner-name">
          {name}
        </span>
      </th>
      <td className="min-w-[9rem] max-w-[12rem] px-3 py-3">
        {a ? (
          <>
            <span className="block text-slate-900">{a.scenarioTitle}</span>
            <span className="whitespace-nowrap text-xs text-slate-600">
              Active {clockFormat.format(a.updatedAt)}
            </span>
          </>
        ) : (
          <span className="text-slate-600">–</span>
        )}
      </td>
      <td className="px-3 py-3">
        <Badge tone={STATUS_TONE[learner.status]}>{STATUS_LABEL[learner.status]}</Badge>
      </td>
      <td className="px-3 py-3">
        {a ? (
          <ul
            className="grid w-max grid-cols-2 gap-1"
            aria-label={`LASS steps for ${name}`}
            data-testid="lass-steps"
          >
            {LASS_STEPS.map((s) => {
              const reached = a.lass[s.key];
              const position = a.lassOrder.indexOf(s.key);
              return (
                <li
                  key={s.key}
                  title={reached ? `${s.label}: reached (${ordinal(position + 1)})` : `${s.label}: not yet`}
                  className={cx(
                    "inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset",
                    reached
                      ? "bg-emerald-50 text-emerald-900 ring-emerald-300"
                      : "bg-white text-slate-600 ring-slate-200",
                  )}
                >
                  <span aria-hidden>{reached ? "✓" : "○"}</span>
                  {s.label}
                  <span className="sr-only">{reached ? ": reached" : ": not yet"}</span>
                </li>
              );
            })}
          </ul>
        ) : (
          <span className="text-slate-600">–</span>
        )}
      </td>
      <td className="min-w-[10rem] max-w-[16rem] px-3 py-3 tabular-nums">
        {a ? (
          <>
            <span className="block whitespace-nowrap" data-testid="actions">
              <span className="font-semibold text-slate-900" data-testid="action-count">
                {a.actions}
              </span>{" "}
              {a.actions === 1 ? "action" : "actions"} · {plural(a.messages, "message")}
            </span>
            <span className="block whitespace-nowrap text-xs text-slate-600">
              Sim clock{" "}
              <span className="font-mono text-sm text-slate-900" data-testid="sim-clock">
                {a.clock}
              </span>
            </span>
            {/* Wraps rather than being cut off: the last action is often the most useful thing in the row. */}
            {a.lastAction && (
              <span className="mt-1 block break-words text-xs text-slate-700" data-testid="last-action">
                Last: {a.lastAction}
              </span>
            )}
          </>
        ) : (
          <span className="text-slate-600">–</span>
        )}
      </td>
      <td className="px-3 py-3">
        {a && a.customers.length > 0 ? (
          <ul className="flex flex-col gap-1">
            {a.customers.slice(0, 3).map((c) => (
              <li key={c.name} className="flex flex-col items-start">
                <span className="max-w-[9rem] break-words text-xs text-slate-700">{c.name}</span>
                <Badge tone={moodTone(c.mood)}>{c.moodLabel}</Badge>
              </li>
            ))}
            {a.customers.length > 3 && (
              <li className="text-xs text-slate-600">and {a.customers.length - 3} more</li>
            )}
          </ul>
        ) : (
          <span className="text-slate-600">–</span>
        )}
      </td>
      <td className="whitespace-nowrap px-4 py-3">
        <span className="block" data-testid="result">
          {a?.status === "submitted" && a.band ? (
            <BandBadge band={a.band} percent={a.totalPercent} />
          ) : (
            <span className="text-slate-600">–</span>
          )}
        </span>
        {a?.status === "submitted" ? (
          <Link
            href={`/attempts/${a.id}/report`}
            className="mt-1 inline-block font-medium text-brand-700 underline"
            aria-label={`Review ${name}'s attempt`}
          >
            Review
          </Link>
        ) : a ? (
          <Link
            href={`/attempts/${a.id}`}
            className="mt-1 inline-block text-brand-700 underline"
            aria-label={`Watch ${name}'s workspace`}
          >
            Watch
          </Link>
        ) : null}
      </td>
    </tr>
  );
}

function ordinal(n: number): string {
  return ["first", "second", "third", "fourth"][n - 1] ?? `${n}th`;
}
