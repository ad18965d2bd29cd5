"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { useTRPC } from "@/lib/trpc/client";
import { SessionMenu } from "./session-menu";
import { cx } from "./ui";

type NavLink = { href: string; label: string; match: (path: string, search: string) => boolean };

/** A brief opened from a class's assigned work carries `?assignment=`. */
const fromAssignedWork = (p: string, search: string) =>
  p.startsWith("/scenarios/") && new URLSearchParams(search).has("assignment");

const LINKS: NavLink[] = [
  { href: "/", label: "Home", match: (p) => p === "/" },
  {
    href: "/scenarios",
    label: "Scenarios",
    match: (p) => p.startsWith("/scenarios") || p.startsWith("/attempts"),
  },
  { href: "/customers", label: "Customers", match: (p) => p.startsWith("/customers") },
  { href: "/insights", label: "Insights", match: (p) => p.startsWith("/insights") },
  { href: "/tutor", label: "Tutor", match: (p) => p.startsWith("/tutor") },
];

/**
 * A class learner's home is their class (the welcome page with their assigned work), and their work and
 * reports lead back there: the navigation says so, rather than marking "Scenarios" (the library) as
 * where they are (WCAG 2.4.8's aim, and consistent with the breadcrumb, 3.2.4).
 */
const CLASS_LINKS: NavLink[] = [
  LINKS[0]!,
  {
    href: "/join",
    label: "Your class",
    match: (p, search) => p.startsWith("/join") || p.startsWith("/attempts") || fromAssignedWork(p, search),
  },
  {
    href: "/scenarios",
    label: "Scenarios",
    match: (p, search) => p.startsWith("/scenarios") && !fromAssignedWork(p, search),
  },
  ...LINKS.slice(2),
];

export function AppNav() {
  const pathname = usePathname() ?? "/";
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const inClass = me.data?.kind === "learner" && !me.data.preview && Boolean(me.data.className);
  // Read after the page has loaded: `useSearchParams` here would make every page wait for the client.
  const [search, setSearch] = useState("");
  useEffect(() => {
    if (pathname) setSearch(window.location.search);
  }, [pathname]);
  return (
    // The side bar is pinned to the window's height; when its contents are taller (200% text, a short
    // screen, a learner's "Leave on this device?" question open) it scrolls by itself. Without that the
    // rest ran below the window where no scrolling could reach it: at 1366 × 768 with 200% text a learner
    // could not reach "Leave" (WCAG 1.4.4, 1.4.10; session 50).
    <header className="border-b border-brand-800 bg-brand-900 text-white print:hidden lg:sticky lg:top-0 lg:h-screen lg:w-56 lg:shrink-0 lg:overflow-y-auto lg:border-b-0 lg:border-r">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 lg:flex-col lg:flex-nowrap lg:items-stretch lg:gap-6 lg:py-6">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight">
          <span
            aria-hidden
            className="grid h-[2rem] w-[2rem] place-items-center rounded-lg bg-white/15 text-lg"
          >
            ☕
          </span>
          <span className="leading-tight">
            Hearth &amp; Bean
            <span className="block text-xs font-normal text-brand-100">CRM Trainer</span>
          </span>
        </Link>
        {/* The links wrap rather than scroll, so every one stays in view at 320 px (WCAG 1.4.10). */}
        <nav aria-label="Main" className="max-w-full lg:flex-1">
          <ul className="flex flex-wrap gap-1 lg:flex-col">
            {(inClass ? CLASS_LINKS : LINKS).map((link) => {
              const active = link.match(pathname, search);
              return (
                <li key={link.href}>
                  <Link
                    href={link.href}
                    aria-current={active ? "page" : undefined}
                    className={cx(
                      "block whitespace-nowrap rounded-lg px-3 py-2 text-sm font-medium",
                      active ? "bg-white text-brand-900" : "text-brand-50 hover:bg-white/10",
                    )}
                  >
                    {link.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        {/* Beside the links where there is room, on a line of its own below them on a tablet. */}
        <div className="min-w-0 max-w-full sm:ml-auto lg:ml-0">
          <SessionMenu />
        </div>
      </div>
    </header>
  );
}
