"use client";

import { isNotFound } from "@/lib/trpc/error-message";
import { ErrorState, PageHeader } from "./ui";

/**
 * A page whose main query failed: still a page with an h1 and a title that say what it is (WCAG 1.3.1,
 * 2.4.2, 2.4.6), then the error and, unless the thing does not exist, a way to try again.
 */
export function PageQueryError({
  title,
  notFoundTitle,
  error,
  onRetry,
}: {
  title: string;
  notFoundTitle: string;
  error: { message: string } | null | undefined;
  onRetry: () => void;
}) {
  const notFound = isNotFound(error);
  return (
    <>
      <PageHeader title={notFound ? notFoundTitle : title} />
      <ErrorState error={error} onRetry={notFound ? undefined : onRetry} />
    </>
  );
}
