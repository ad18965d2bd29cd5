"use client";

import { useEffect, useId, useLayoutEffect, useRef, useState } from "react";
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
 *
 * It is placed against the window (fixed), under the heading or above it where there is no room below,
 * and kept inside the window's width: placed inside the grid, which scrolls sideways, it was cut off at
 * the grid's edge for a column at the edge of the view (at 320 px, "C1. Replied within the…" lost its
 * end), and at 200% text its 15rem ran wider than a 320 px window (WCAG 1.4.10, 1.4.13).
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
  const buttonRef = useRef<HTMLButtonElement>(null);
  const tipRef = useRef<HTMLSpanElement>(null);
  const [place, setPlace] = useState<{ left: number; top: number; above: boolean } | null>(null);

  // Where it goes is worked out before it is painted, and again as the page or the grid scrolls.
  useLayoutEffect(() => {
    if (!open) {
      setPlace(null);
      return;
    }
    const update = () => {
      const heading = buttonRef.current?.getBoundingClientRect();
      const tip = tipRef.current;
      if (!heading || !tip) return;
      const margin = 8;
      const width = tip.offsetWidth;
      const height = tip.offsetHeight;
      const left = Math.max(
        margin,
        Math.min(heading.left + heading.width / 2 - width / 2, window.innerWidth - width - margin),
      );
      const above = heading.bottom + height > window.innerHeight && heading.top - height >= 0;
      setPlace({ left, top: above ? heading.top - height : heading.bottom, above });
    };
    update();
    window.addEventListener("scroll", update, true);
    window.addEventListener("resize", update);
    return () => {
      window.removeEventListener("scroll", update, true);
      window.removeEventListener("resize", update);
    };
  }, [open]);

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
        ref={buttonRef}
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
        ref={tipRef}
        id={tipId}
        role="tooltip"
        // The gap to the heading is padding on the heading's side, so the pointer crosses no gap.
        className={cx(
          "fixed z-30 w-60 max-w-[calc(100vw-1rem)]",
          place?.above ? "pb-1" : "pt-1",
          open ? "block" : "hidden",
          open && !place && "invisible",
        )}
        style={place ? { left: place.left, top: place.top } : { left: 0, top: 0 }}
      >
        <span className="block rounded-md bg-slate-900 px-3 py-2 text-left text-xs font-normal normal-case leading-snug tracking-normal text-white shadow-lg">
          C{criterion.number}. {criterion.title} (
          {criterion.gate ? "gate, no points" : `${criterion.weight} points`})
        </span>
      </span>
    </span>
  );
}
