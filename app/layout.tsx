import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { AppNav } from "@/components/app-nav";
import { FormChecks } from "@/components/form-checks";
import { IdleWarning } from "@/components/idle-warning";
import { RouteFocus } from "@/components/route-focus";
import { TrpcReactProvider } from "@/lib/trpc/client";
import "./globals.css";

// Every page is rendered per request so that its scripts carry the CSP nonce from proxy.ts.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Hearth & Bean CRM Trainer", template: "%s · Hearth & Bean CRM Trainer" },
  description:
    "Practise real customer-service CRM work in scripted scenarios, marked against LASS and the retention lifecycle.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow"
        >
          Skip to content
        </a>
        <TrpcReactProvider>
          <FormChecks>
            <RouteFocus />
            <IdleWarning />
            <div className="flex min-h-screen flex-col lg:flex-row">
              <AppNav />
              <div className="flex min-w-0 flex-1 flex-col">
                {/* Focusable by script and by the skip link, so "Skip to content" moves focus, not just the view. */}
                <main id="main" tabIndex={-1} className="min-w-0 px-4 pt-6 md:px-8">
                  <div className="mx-auto max-w-7xl">{children}</div>
                </main>
                {/* Outside main, so it is the page's contentinfo landmark: inside main a footer is none, and
                    a screen reader's landmark list had no footer (WCAG 1.3.1). Drawn where it was. */}
                <footer className="px-4 pb-6 text-sm text-slate-700 md:px-8 print:hidden">
                  <div className="mx-auto mt-12 max-w-7xl border-t border-slate-200 pt-4">
                    <Link
                      href="/accessibility"
                      className="font-medium text-brand-700 underline underline-offset-2"
                    >
                      Accessibility statement
                    </Link>
                  </div>
                </footer>
              </div>
            </div>
          </FormChecks>
        </TrpcReactProvider>
      </body>
    </html>
  );
}
