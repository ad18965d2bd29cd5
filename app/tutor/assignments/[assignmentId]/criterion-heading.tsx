"use client";

import { useId, useState } from "react";
import { cx } from "@/components/ui";

/**
 * A results-grid column heading: the criterion's short name, with its full wording in a tooltip
 * that opens on hover AND on keyboard focus (the heading is a button, so Tab reaches it), stays
 * open while the pointer is over it, and closes with Escape (WCAG 1.4.13). Screen readers get the
 * full wording as the button's description.
 */
export function CriterionHeading({
  criterion,
}: {
  criterion: { number: number; shortName: string; title: string; weight: number; gate: boolean };
}) {
  const tipId = useId();
  const [dismissed, setDismissed] = useState(false);
  return (
    <span className="group relative inline-block">
      <button
        type="button"
        aria-describedby={tipId}
        data-testid={`criterion-heading-${criterion.number}`}
        onKeyDown={(e) => {
          if (e.key === "Escape") setDismissed(true);
        }}
        // Escape hides it until the pointer or focus comes back.
        onBlur={() => setDismissed(false)}
        onMouseEnter={() => setDismissed(false)}
        className="block max-w-[6.5rem] rounded px-1 text-center text-xs font-semibold leading-tight text-slate-800 underline decoration-dotted decoration-slate-400 underline-offset-2 hover:text-brand-800"
      >
        {criterion.shortName}
      </button>
      <span
        role="tooltip"
        id={tipId}
        className={cx(
          "absolute left-1/2 top-full z-30 mt-1 w-60 -translate-x-1/2 rounded-md bg-slate-900 px-3 py-2 text-left text-xs font-normal normal-case leading-snug tracking-normal text-white shadow-lg",
          dismissed ? "hidden" : "hidden group-hover:block group-focus-within:block",
        )}
      >
        C{criterion.number}. {criterion.title} (
        {criterion.gate ? "gate, no points" : `${criterion.weight} points`})
      </span>
    </span>
  );
}
