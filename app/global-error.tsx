"use client";

import "./globals.css";

/**
 * The last resort, when the layout itself fails: Next's own fallback has no language, title or
 * landmarks, so this one replaces it with a page in English (en-GB) that says what happened and how to
 * carry on (WCAG 2.4.2, 3.1.1, 1.3.1).
 */
export default function GlobalError({ retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <html lang="en-GB">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <title>Page could not be shown · Hearth &amp; Bean CRM Trainer</title>
        <main className="mx-auto max-w-2xl px-4 py-10">
          <h1 className="text-2xl font-semibold tracking-tight">Sorry, this page could not be shown</h1>
          <p role="alert" className="mt-3 text-slate-800">
            Something went wrong while showing this page. Anything you had already saved is kept.
          </p>
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <button
              type="button"
              onClick={retry}
              className="rounded-lg bg-white px-3 py-2 text-sm font-medium text-slate-800 ring-1 ring-inset ring-slate-300"
            >
              Try again
            </button>
            {/* A full load, not a client navigation: the app around this page is what failed. */}
            <a href="/" className="text-sm font-medium text-brand-700 underline underline-offset-2">
              Go to the home page
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
