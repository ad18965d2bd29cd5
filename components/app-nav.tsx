"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { SessionMenu } from "./session-menu";
import { cx } from "./ui";

const LINKS = [
  { href: "/", label: "Home", match: (p: string) => p === "/" },
  {
    href: "/scenarios",
    label: "Scenarios",
    match: (p: string) => p.startsWith("/scenarios") || p.startsWith("/attempts"),
  },
  { href: "/customers", label: "Customers", match: (p: string) => p.startsWith("/customers") },
  { href: "/insights", label: "Insights", match: (p: string) => p.startsWith("/insights") },
  { href: "/tutor", label: "Tutor", match: (p: string) => p.startsWith("/tutor") },
];

export function AppNav() {
  const pathname = usePathname() ?? "/";
  return (
    <header className="border-b border-brand-800 bg-brand-900 text-white print:hidden lg:sticky lg:top-0 lg:h-screen lg:w-56 lg:shrink-0 lg:border-b-0 lg:border-r">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 lg:flex-col lg:flex-nowrap lg:items-stretch lg:gap-6 lg:py-6">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight">
          <span aria-hidden className="grid h-8 w-8 place-items-center rounded-lg bg-white/15 text-lg">
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
            {LINKS.map((link) => {
              const active = link.match(pathname);
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
