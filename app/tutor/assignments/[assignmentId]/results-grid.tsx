"use client";

import Link from "next/link";
import { type FocusEvent, useRef } from "react";
import { AWAITING_ICON, AWAITING_TEXT } from "@/components/scenarios/awaiting-tutor";
import { BandBadge } from "@/components/scenarios/stage-badge";
import { Badge, Card, cx } from "@/components/ui";
import { CriterionHeading } from "./criterion-heading";
import {
  type Results,
  type Criterion,
  STATUS_TEXT,
  STATUS_ICON,
  STATUS_CELL,
  NOT_ATTEMPTED_ICON,
  NOT_ATTEMPTED_TEXT,
  LEARNER_STATUS,
  type Editing,
} from "./results-shared";

export function ResultsGrid({ data, onEdit }: { data: Results; onEdit: (e: Editing) => void }) {
  const { criteria, rows, aggregates } = data;
  const stickyColumn = useStickyColumn();
  return (
    // The learner column stays put while the marks scroll under it. A mark reached with Shift+Tab
    // is scrolled clear of the column, not left under it (WCAG 2.4.11 Focus Not Obscured): the
    // browser counts a control under a sticky cell as already in view and does not scroll to it.
    <div>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: focus bubbling up from the grid's buttons; the box itself is no control. */}
      <div className="relative -mx-4 overflow-x-auto" onFocus={stickyColumn.keepClear}>
        <table
          className="w-full border-separate border-spacing-0 text-sm"
          aria-label="Results: learners by criterion"
        >
          <thead className="text-xs text-slate-600">
            <tr>
              <th
                ref={stickyColumn.ref}
                scope="col"
                className="sticky left-0 z-10 border-b border-slate-200 bg-white px-4 py-2 text-left font-medium uppercase tracking-wide"
              >
                Learner
              </th>
              <th
                scope="col"
                className="border-b border-slate-200 px-2 py-2 text-right font-medium uppercase tracking-wide"
              >
                Total
              </th>
              <th
                scope="col"
                className="border-b border-slate-200 px-2 py-2 text-left font-medium uppercase tracking-wide"
              >
                Band
              </th>
              {criteria.map((c) => (
                <th key={c.id} scope="col" className="border-b border-slate-200 px-1 py-2 align-bottom">
                  <CriterionHeading criterion={c} />
                </th>
              ))}
              <th
                scope="col"
                className="border-b border-slate-200 px-2 py-2 text-right font-medium uppercase tracking-wide"
              >
                Overrides
              </th>
              <th scope="col" className="border-b border-slate-200 px-4 py-2 font-medium">
                <span className="sr-only">Attempt</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.learnerId} data-testid={`result-row-${row.learnerId}`}>
                <th
                  scope="row"
                  className="sticky left-0 z-10 max-w-[14rem] border-b border-slate-100 bg-white px-4 py-2 text-left font-medium text-slate-900"
                >
                  <span className="block break-words">{row.displayName}</span>
                  {row.late && <Badge tone="amber">Late</Badge>}
                  {row.status !== "submitted" && (
                    <Badge tone={LEARNER_STATUS[row.status].tone}>{LEARNER_STATUS[row.status].label}</Badge>
                  )}
                </th>
                <td
                  className="border-b border-slate-100 px-2 py-2 text-right font-semibold tabular-nums"
                  data-testid="total"
                >
                  {row.totalPercent === null ? "–" : `${row.totalPercent}%`}
                </td>
                <td className="border-b border-slate-100 px-2 py-2" data-testid="band">
                  {row.band ? <BandBadge band={row.band} /> : <span className="text-slate-600">–</span>}
                </td>
                {criteria.map((c, i) => {
                  const cell = row.cells[i];
                  if (!cell || !cell.status) {
                    return (
                      <td
                        key={c.id}
                        className="border-b border-slate-100 px-1 py-2 text-center text-slate-600"
                      >
                        <span aria-hidden>·</span>
                        <span className="sr-only">No mark</span>
                      </td>
                    );
                  }
                  const status = cell.status;
                  if (cell.awaitingTutor) {
                    // An unmarked reasoning answer: not "not met", and marked from here like any cell.
                    return (
                      <td key={c.id} className="border-b border-slate-100 px-1 py-1.5 text-center">
                        <button
                          type="button"
                          aria-label={`${row.displayName}, C${c.number} ${c.title}: ${AWAITING_TEXT.toLowerCase()}'s mark. Mark this answer`}
                          title={`${c.title}: ${AWAITING_TEXT.toLowerCase()}'s mark`}
                          onClick={() =>
                            onEdit({ row, criterion: c, status, originalStatus: null, awaiting: true })
                          }
                          data-testid={`cell-${row.learnerId}-${c.id}`}
                          data-awaiting="true"
                          className="inline-flex h-[2rem] w-[2.25rem] items-center justify-center rounded-md border border-dashed border-slate-500 bg-white text-base font-semibold text-slate-800 hover:bg-slate-100"
                        >
                          <span aria-hidden>{AWAITING_ICON}</span>
                        </button>
                      </td>
                    );
                  }
                  const overridden = cell.originalStatus !== null;
                  // A gate judged on work never done: scored as not met, read as not attempted.
                  const shown = cell.notAttempted ? NOT_ATTEMPTED_TEXT : STATUS_TEXT[status];
                  const label = `${row.displayName}, C${c.number} ${c.title}: ${shown}${
                    overridden ? ` (overridden; machine mark ${STATUS_TEXT[cell.originalStatus!]})` : ""
                  }. Change this mark`;
                  return (
                    <td key={c.id} className="border-b border-slate-100 px-1 py-1.5 text-center">
                      <button
                        type="button"
                        aria-label={label}
                        title={`${c.title}: ${shown}${overridden ? ` (overridden from ${STATUS_TEXT[cell.originalStatus!]}): ${cell.overrideComment}` : ""}`}
                        onClick={() =>
                          onEdit({ row, criterion: c, status, originalStatus: cell.originalStatus })
                        }
                        data-testid={`cell-${row.learnerId}-${c.id}`}
                        data-not-attempted={cell.notAttempted ? "true" : undefined}
                        className={cx(
                          "relative inline-flex h-[2rem] w-[2.25rem] items-center justify-center rounded-md text-base font-semibold ring-1 ring-inset",
                          STATUS_CELL[status],
                        )}
                      >
                        <span aria-hidden>
                          {cell.notAttempted ? NOT_ATTEMPTED_ICON : STATUS_ICON[status]}
                        </span>
                        {overridden && (
                          <span
                            aria-hidden
                            className="absolute -right-1.5 -top-1.5 grid h-4 w-4 place-items-center rounded-full bg-slate-800 text-xs leading-none text-white"
                          >
                            ✎
                          </span>
                        )}
                      </button>
                    </td>
                  );
                })}
                <td
                  className="border-b border-slate-100 px-2 py-2 text-right tabular-nums"
                  data-testid="overrides"
                >
                  {row.overrides.length > 0 ? (
                    row.overrides.length
                  ) : (
                    <span className="text-slate-600">0</span>
                  )}
                </td>
                <td className="whitespace-nowrap border-b border-slate-100 px-4 py-2 text-right">
                  {row.attemptId ? (
                    <Link
                      href={`/attempts/${row.attemptId}/report`}
                      className="font-medium text-brand-700 underline"
                      aria-label={`Review ${row.displayName}'s attempt`}
                    >
                      Review
                    </Link>
                  ) : row.inProgressAttemptId ? (
                    <Link
                      href={`/attempts/${row.inProgressAttemptId}`}
                      className="text-brand-700 underline"
                      aria-label={`Watch ${row.displayName}'s workspace`}
                    >
                      Watch
                    </Link>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot className="text-xs text-slate-700">
            <tr>
              <th
                scope="row"
                className="sticky left-0 z-10 bg-slate-50 px-4 py-2 text-left font-semibold text-slate-900"
              >
                Class ({aggregates.submitted} submitted)
              </th>
              <td
                className="bg-slate-50 px-2 py-2 text-right font-semibold tabular-nums"
                title="Average total"
              >
                {aggregates.averageTotal === null ? "–" : `${aggregates.averageTotal}%`}
                <span className="sr-only"> average</span>
              </td>
              <td className="bg-slate-50 px-2 py-2" />
              {aggregates.criteria.map((a, i) => (
                <td
                  key={a.criterionId}
                  className="bg-slate-50 px-1 py-2 text-center tabular-nums"
                  title={`${criteria[i]!.title}: ${a.met} met, ${a.partly} partly met, ${a.notMet} not met${a.awaiting ? `, ${a.awaiting} awaiting the tutor` : ""}`}
                >
                  {a.metPercent === null ? (
                    a.awaiting > 0 ? (
                      <>
                        <span aria-hidden>
                          {a.awaiting}
                          {AWAITING_ICON}
                        </span>
                        <span className="sr-only">{a.awaiting} awaiting the tutor</span>
                      </>
                    ) : (
                      "–"
                    )
                  ) : (
                    <>
                      <span className="block font-semibold text-slate-900">{a.metPercent}%</span>
                      <span className="sr-only">
                        met; {a.partlyPercent}% partly met; {a.notMetPercent}% not met
                      </span>
                      <span aria-hidden className="block text-xs text-slate-700">
                        {a.partly}◐ {a.notMet}✗{a.awaiting > 0 ? ` ${a.awaiting}${AWAITING_ICON}` : ""}
                      </span>
                      {a.awaiting > 0 && <span className="sr-only">; {a.awaiting} awaiting the tutor</span>}
                    </>
                  )}
                </td>
              ))}
              <td className="bg-slate-50" colSpan={2} />
            </tr>
          </tfoot>
        </table>
      </div>
      {/* Outside the scroll box: scrolled to the last criteria on a narrow screen, the key to the
          symbols used to scroll away with the columns it explains. */}
      <p className="mt-3 text-xs text-slate-600" data-testid="results-legend">
        Each column is a criterion: hover over or Tab to its name for the full wording (all are listed under
        Criteria). ✓ met · ◐ partly met · ✗ not met · {NOT_ATTEMPTED_ICON} not attempted (nobody was written
        to, so there was nothing to judge; scored as not met) · {AWAITING_ICON} an answer awaiting the tutor's
        mark (counted in no percentage until marked) · ✎ overridden by a tutor. The class row shows the
        percentage of submitted attempts that met each criterion, then how many partly met (◐) and did not
        meet (✗) it.
      </p>
    </div>
  );
}

export function CriteriaKey({ criteria }: { criteria: Criterion[] }) {
  return (
    <Card title="Criteria">
      <ol className="flex flex-col gap-2 text-sm" aria-label="Criteria key">
        {criteria.map((c) => (
          <li key={c.id} className="flex gap-2">
            <span className="w-[2rem] shrink-0 font-semibold text-slate-900">C{c.number}</span>
            <span className="min-w-0 text-slate-800 wrap-anywhere">
              <span className="font-semibold">{c.shortName}</span>: {c.title}
              <span className="block text-xs text-slate-600">
                {c.gate ? "Gate, no points" : `${c.weight} points`}
                {c.frameworks.length ? ` · ${c.frameworks.join(" · ")}` : ""}
                {c.capBandIfNotMet ? ` · if not met, the band is capped at ${c.capBandIfNotMet}` : ""}
              </span>
            </span>
          </li>
        ))}
      </ol>
    </Card>
  );
}

/**
 * The sticky learner column, and a focus handler for its scroll box that scrolls a focused control
 * out from under the column (a small gap to its right, so the focus ring shows whole).
 */
function useStickyColumn() {
  const ref = useRef<HTMLTableCellElement>(null);
  const keepClear = (e: FocusEvent<HTMLDivElement>) => {
    const column = ref.current;
    const box = e.currentTarget;
    if (!column || e.target === box) return;
    // A control in the sticky column itself is never under it.
    for (let n: Element | null = e.target; n && n !== box; n = n.parentElement)
      if (getComputedStyle(n).position === "sticky") return;
    const hiddenBy = column.getBoundingClientRect().right + 8 - e.target.getBoundingClientRect().left;
    if (hiddenBy > 0) box.scrollLeft -= hiddenBy;
  };
  return { ref, keepClear };
}
