"use client";

import Link from "next/link";
import { Button, PageHeader } from "@/components/ui";

/**
 * A page that failed while showing (a bug, or data it did not expect): instead of Next's bare
 * fallback, a page inside the usual layout, in English (en-GB, from the layout), with its own title and
 * h1, what happened in plain words, and ways on (WCAG 2.4.2, 2.4.6, 3.1.1). The error is announced as
 * an alert; focus goes to the h1 (components/route-focus.tsx) when the control that had it is gone.
 */
export default function PageError({ retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <>
      <PageHeader title="Sorry, this page could not be shown" documentTitle="Page could not be shown" />
      <div
        role="alert"
        className="max-w-2xl rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-red-900"
      >
        <p>
          Something went wrong while showing this page. Anything you had already saved is kept. Try again, or
          go back to where you were.
        </p>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <Button variant="secondary" onClick={retry}>
          Try again
        </Button>
        <Link href="/" className="text-sm font-medium text-brand-700 underline underline-offset-2">
          Go to the home page
        </Link>
      </div>
    </>
  );
}
