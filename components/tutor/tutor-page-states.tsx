"use client";

import { ButtonLink, Card, ErrorState, PageHeader } from "@/components/ui";
import { errorMessage, isNotFound } from "@/lib/trpc/error-message";

/** Shown on tutor pages to anyone who is not signed in as a tutor. */
export function TutorSignInNeeded({ title, toDo }: { title: string; toDo: string }) {
  return (
    <>
      <PageHeader title={title} />
      <Card>
        <p className="text-sm text-slate-700">Please sign in as a tutor to {toDo}.</p>
        <ButtonLink href="/tutor" className="mt-3">
          Tutor sign in
        </ButtonLink>
      </Card>
    </>
  );
}

/**
 * A tutor page whose main query failed: "not found" (which also covers another tutor's class, so
 * as not to reveal that it exists) or a retryable error.
 */
export function TutorQueryError(props: {
  title: string;
  notFoundTitle: string;
  notFoundText: string;
  error: unknown;
  onRetry: () => void;
}) {
  const notFound = isNotFound(props.error);
  return (
    <>
      <PageHeader title={notFound ? props.notFoundTitle : props.title} />
      {notFound ? (
        <Card>
          <p className="text-sm text-slate-700">{props.notFoundText}</p>
          <ButtonLink href="/tutor" variant="secondary" className="mt-3">
            Back to your classes
          </ButtonLink>
        </Card>
      ) : (
        <ErrorState
          error={{ message: errorMessage(props.error) ?? "Please try again." }}
          onRetry={props.onRetry}
        />
      )}
    </>
  );
}
