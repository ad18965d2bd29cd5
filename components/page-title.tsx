"use client";

import { useEffect, useRef } from "react";

const SITE_NAME = "Hearth & Bean CRM Trainer";

/**
 * The document's title (WCAG 2.4.2): what the page is about, then the site. Rendered where the page
 * knows its subject (a class's name, a scenario, a learner), often only once its data has arrived, so
 * two tabs of two classes' results are told apart. React puts it in the head; the route's default
 * title from `metadata` can arrive after it (streamed), so it keeps itself first in the head, the one
 * the browser shows. When it unmounts, the route's title is the only one left.
 */
export function PageTitle({ title }: { title: string }) {
  const ref = useRef<HTMLTitleElement>(null);
  useEffect(() => {
    const own = ref.current;
    if (!own) return;
    const keepFirst = () => {
      const first = document.head.querySelector("title");
      if (first && first !== own && own.parentNode === document.head) document.head.insertBefore(own, first);
    };
    keepFirst();
    const observer = new MutationObserver(keepFirst);
    observer.observe(document.head, { childList: true });
    return () => observer.disconnect();
  }, []);
  return <title ref={ref}>{`${title} · ${SITE_NAME}`}</title>;
}
