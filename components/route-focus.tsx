"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { focusPending } from "./focus-soon";

/** The page's main heading, made focusable by script (it is not a control, so not a Tab stop). */
function focusMainHeading(): boolean {
  const heading = document.querySelector<HTMLElement>("#main h1");
  if (!heading) return false;
  if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
  heading.focus();
  return true;
}

/**
 * Keeps keyboard focus somewhere sensible when the page changes under it (WCAG 2.4.3):
 * - after a client-side navigation, focus moves to the new page's h1 (once its data has rendered it),
 *   as a full page load would start reading from the top;
 * - when the focused control disappears (a form replaced by what it produced, a confirmation that
 *   led elsewhere), focus goes to the page's h1 instead of falling back to the whole document.
 * Components that place focus themselves (dialogs, the workspace's record heading) do so first.
 */
export function RouteFocus() {
  const pathname = usePathname();
  const firstPath = useRef(true);
  const lastFocused = useRef<Element | null>(null);

  useEffect(() => {
    const onFocusIn = (e: FocusEvent) => {
      lastFocused.current = e.target as Element;
    };
    const lost = () => document.activeElement === document.body || document.activeElement === null;
    const observer = new MutationObserver(() => {
      // The heading may not be there yet (a loading state in between): keep trying as the page fills in.
      // A component that asked for focus to go somewhere specific (focus-soon.ts) is waiting for it: let it.
      if (
        lost() &&
        !focusPending() &&
        lastFocused.current &&
        !lastFocused.current.isConnected &&
        focusMainHeading()
      )
        lastFocused.current = null;
    });
    document.addEventListener("focusin", onFocusIn);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      document.removeEventListener("focusin", onFocusIn);
      observer.disconnect();
    };
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on purpose each time the route changes
  useEffect(() => {
    if (firstPath.current) {
      firstPath.current = false;
      return;
    }
    const main = document.getElementById("main");
    // Leave focus alone if the new page already put it inside itself.
    const placed = () => main?.contains(document.activeElement) && document.activeElement !== main;
    if (placed() || focusMainHeading()) return;
    // Client pages render their h1 when their data arrives: wait for it (briefly).
    const observer = new MutationObserver(() => {
      if (placed() || focusMainHeading()) observer.disconnect();
    });
    if (main) observer.observe(main, { childList: true, subtree: true });
    const timer = setTimeout(() => observer.disconnect(), 10_000);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [pathname]);

  return null;
}
