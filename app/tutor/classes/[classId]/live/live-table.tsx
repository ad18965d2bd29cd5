"use client";

import Link from "next/link";
import { AwaitingTutorNote } from "@/components/scenarios/awaiting-tutor";
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

const LASS_LABEL = { listen: "Listen", apologise: "Apologise", solve: "Solve", thank: "Thank" } as const;

/** The fragment of the "What each scenario is marked on" entry for a scenario. */
export const markedOnId = (scenarioId: string) => `marked-on-${scenarioId}`;

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

/**
 * Each learner's current scenario: status, LASS steps, progress, customer mood and result.
 *
 * Seven columns need about 50rem. Below the `lg` breakpoint (a tablet, a narrow projector window)
 * each row is laid out as a card instead, every cell with its own label, so nothing hides behind a
 * sideways scroll inside the card; it stays one table in the markup, so screen readers still get
 * the column headers and there is one row per learner either way.
 */
export function LiveTable({ learners, nameOf }: { learners: LiveLearner[]; nameOf: NameOf }) {
  return (
    <div className="relative -mx-4 lg:overflow-x-auto" data-testid="live-table">
      <table
        className="w-full text-left text-sm max-lg:block lg:min-w-[50rem]"
        aria-label="Learners' progress"
      >
        <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-600 max-lg:sr-only">
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
        <tbody className="divide-y divide-slate-100 max-lg:block">
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
    <tr
      data-testid={`live-row-${learner.learnerId}`}
      className="align-top max-lg:grid max-lg:grid-cols-1 max-lg:gap-x-4 max-lg:gap-y-2 max-lg:px-4 max-lg:py-3 sm:max-lg:grid-cols-3"
    >
      <th
        scope="row"
        className="px-4 py-3 font-medium text-slate-900 max-lg:col-span-full max-lg:block max-lg:p-0"
      >
        <span className="block max-w-[12rem] break-words" data-testid="learner-name">
          {name}
        </span>
      </th>
      <td className={cx("px-3 py-3 lg:min-w-[9rem] lg:max-w-[12rem]", CARD_CELL)}>
        <CardLabel>Scenario</CardLabel>
        {a ? (
          <>
            <span className="block text-slate-900">{a.scenarioTitle}</span>
            <span className="text-xs text-slate-600 lg:whitespace-nowrap">
              Last active {clockFormat.format(a.updatedAt)}
            </span>
          </>
        ) : (
          <NoValue>Not started</NoValue>
        )}
      </td>
      <td className={cx("px-3 py-3", CARD_CELL)}>
        <CardLabel>Status</CardLabel>
        <Badge tone={STATUS_TONE[learner.status]}>{STATUS_LABEL[learner.status]}</Badge>
      </td>
      <td className={cx("px-3 py-3", CARD_CELL)}>
        <CardLabel>LASS steps reached</CardLabel>
        {a && a.lassSteps.length === 0 ? (
          // No chips where LASS is not what the scenario marks step by step (loyalty, win-back…): four
          // "not yet"s against offers that owe no apology read as gaps. Say where its marking is told.
          <span className="block text-xs text-slate-700" data-testid="lass-steps">
            No LASS steps here:{" "}
            <a href={`#${markedOnId(a.scenarioId)}`} className="text-brand-700 underline">
              what it is marked on
            </a>
          </span>
        ) : a ? (
          // Chips wrap as whole chips: a grid of minmax(0, max-content) columns let the table squeeze a
          // column below its chip's text, so "✓ Apologise" ran through its own outline at 1366 px.
          <ul
            className="flex max-w-full flex-wrap gap-1"
            aria-label={`LASS steps for ${name}`}
            data-testid="lass-steps"
          >
            {a.lassSteps.map((key) => {
              const s = { key, label: LASS_LABEL[key] };
              const reached = a.lass[key];
              const position = a.lassOrder.indexOf(key);
              return (
                <li
                  key={key}
                  title={reached ? `${s.label}: reached (${ordinal(position + 1)})` : `${s.label}: not yet`}
                  className={cx(
                    "inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset",
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
          <NoValue>No steps yet</NoValue>
        )}
      </td>
      <td className={cx("px-3 py-3 tabular-nums lg:min-w-[10rem] lg:max-w-[16rem]", CARD_CELL)}>
        <CardLabel>Progress</CardLabel>
        {a ? (
          <>
            <span className="block lg:whitespace-nowrap" data-testid="actions">
              <span className="font-semibold text-slate-900" data-testid="action-count">
                {a.actions}
              </span>{" "}
              {a.actions === 1 ? "action" : "actions"} · {plural(a.messages, "message")}
            </span>
            <span className="block text-xs text-slate-600 lg:whitespace-nowrap">
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
          <NoValue>No actions yet</NoValue>
        )}
      </td>
      <td className={cx("px-3 py-3", CARD_CELL)} data-testid="mood">
        <CardLabel>Customer mood</CardLabel>
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
          <NoValue>No customers yet</NoValue>
        )}
      </td>
      <td className={cx("px-4 py-3 lg:whitespace-nowrap", CARD_CELL)}>
        <CardLabel>Result</CardLabel>
        <span className="block" data-testid="result">
          {a?.status === "submitted" && a.band ? (
            <BandBadge band={a.band} percent={a.totalPercent} />
          ) : (
            <NoValue>No result yet</NoValue>
          )}
          {a?.status === "submitted" && <AwaitingTutorNote count={a.awaitingTutor} />}
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

/** In the card layout (below lg) a cell's td loses its column header visually: this label stands in. */
const CARD_CELL = "max-lg:block max-lg:min-w-0 max-lg:max-w-none max-lg:p-0";

/** An empty cell's dash, which a screen reader would read as "dash": it hears what the dash means. */
function NoValue({ children }: { children: string }) {
  return (
    <span className="text-slate-600">
      <span aria-hidden>–</span>
      <span className="sr-only">{children}</span>
    </span>
  );
}

function CardLabel({ children }: { children: string }) {
  // Hidden from screen readers: the table's own column header already names the cell.
  return (
    <span
      aria-hidden
      className="mb-0.5 block text-xs font-medium uppercase tracking-wide text-slate-600 lg:hidden"
    >
      {children}
    </span>
  );
}

function ordinal(n: number): string {
  return ["first", "second", "third", "fourth"][n - 1] ?? `${n}th`;
}
