"use client";

import { useEffect, useId, useState } from "react";
import { cx } from "@/components/ui";

/**
 * A results-grid column heading: the criterion's short name, with its full wording in a tooltip
 * that opens on hover AND on keyboard focus (the heading is a button, so Tab reaches it), and meets
 * WCAG 1.4.13 Content on Hover or Focus:
 * - hoverable: the pointer can move from the heading onto the tooltip without it closing (the tooltip
 *   touches the heading: its gap is padding inside the hover area, not a margin outside it);
 * - dismissible: Escape closes it without moving the pointer or focus, whether it was opened by the
 *   pointer or by focus (the key is listened for on the document while it is open);
 * - persistent: it stays until the pointer leaves heading and tooltip, focus leaves, or Escape.
 * Screen readers get the full wording as the button's description.
 */
export function CriterionHeading({
  criterion,
}: {
  criterion: { number: number; shortName: string; title: string; weight: number; gate: boolean };
}) {
  const tipId = useId();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  // Escape hides it until the pointer or focus comes back.
  const [dismissed, setDismissed] = useState(false);
  const open = (hovered || focused) && !dismissed;

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") setDismissed(true);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: pointer tracking only; the button inside is the control.
    <span
      className="relative inline-block"
      onMouseEnter={() => {
        setHovered(true);
        setDismissed(false);
      }}
      onMouseLeave={() => setHovered(false)}
    >
      <button
        type="button"
        aria-describedby={tipId}
        data-testid={`criterion-heading-${criterion.number}`}
        onFocus={() => {
          setFocused(true);
          setDismissed(false);
        }}
        onBlur={() => setFocused(false)}
        className="block max-w-[7.5rem] rounded px-1 text-center text-xs font-semibold leading-tight text-slate-800 underline decoration-dotted decoration-slate-400 underline-offset-2 hover:text-brand-800"
      >
        {criterion.shortName}
      </button>
      <span
        id={tipId}
        role="tooltip"
        className={cx(
          "absolute left-1/2 top-full z-30 w-60 -translate-x-1/2 pt-1",
          open ? "block" : "hidden",
        )}
      >
        <span className="block rounded-md bg-slate-900 px-3 py-2 text-left text-xs font-normal normal-case leading-snug tracking-normal text-white shadow-lg">
          C{criterion.number}. {criterion.title} (
          {criterion.gate ? "gate, no points" : `${criterion.weight} points`})
        </span>
      </span>
    </span>
  );
}
