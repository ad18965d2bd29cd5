"use client";

import { useEffect, useState } from "react";

/** The largest share of the window's height a sticky bar may take; a taller one scrolls away with the page. */
const MAX_SHARE = 0.2;

/**
 * A header that sticks to the top only while it is small next to the window (WCAG 2.4.11 Focus Not
 * Obscured): at 320 px wide, in a short window or at 200% text it would hide much of the page and the
 * focused control, so there it scrolls away. While it sticks, its height is published as
 * `--sticky-header-height` on the root, which the page's scroll-padding uses so that a control
 * reached with Tab is scrolled into view below the header, not under it.
 * Pass `ref` to the header's `ref` and add the `sticky` class when `sticky` is true.
 */
export function useStickyHeader<T extends HTMLElement>() {
  const [element, ref] = useState<T | null>(null);
  const [sticky, setSticky] = useState(false);

  useEffect(() => {
    if (!element) return;
    const root = document.documentElement;
    const measure = () => {
      const height = element.getBoundingClientRect().height;
      const fits = height <= window.innerHeight * MAX_SHARE;
      setSticky(fits);
      root.style.setProperty("--sticky-header-height", fits ? `${Math.ceil(height)}px` : "0px");
    };
    measure();
    // Its height changes with the text size and the width; the window's with resizing and zoom.
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    window.addEventListener("resize", measure);
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", measure);
      root.style.removeProperty("--sticky-header-height");
    };
  }, [element]);

  return { ref, sticky };
}
