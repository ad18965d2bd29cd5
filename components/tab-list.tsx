"use client";

import { useId, type KeyboardEvent } from "react";
import { cx } from "./ui";

/**
 * An accessible tab list (WAI-ARIA tabs pattern): arrow keys move between tabs and wrap, Home and End
 * jump to the ends, and only the selected tab is a Tab stop. The caller renders the panel with
 * `id={panelId}` and `role="tabpanel"`.
 */
export function TabList<T extends string>({
  tabs,
  selected,
  onSelect,
  label,
  panelId,
  className,
  tabClassName,
}: {
  tabs: readonly { id: T; label: string }[];
  selected: T;
  onSelect: (id: T) => void;
  label: string;
  panelId: string;
  className?: string;
  tabClassName: (selected: boolean) => string;
}) {
  const baseId = useId();
  const tabId = (id: string) => `${baseId}-tab-${id}`;
  const onKeyDown = (e: KeyboardEvent) => {
    const index = tabs.findIndex((t) => t.id === selected);
    const next =
      e.key === "ArrowRight"
        ? (index + 1) % tabs.length
        : e.key === "ArrowLeft"
          ? (index - 1 + tabs.length) % tabs.length
          : e.key === "Home"
            ? 0
            : e.key === "End"
              ? tabs.length - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    onSelect(tabs[next]!.id);
    document.getElementById(tabId(tabs[next]!.id))?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={className} onKeyDown={onKeyDown}>
      {tabs.map((t) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          id={tabId(t.id)}
          aria-selected={selected === t.id}
          aria-controls={panelId}
          tabIndex={selected === t.id ? 0 : -1}
          onClick={() => onSelect(t.id)}
          className={cx(tabClassName(selected === t.id))}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
