"use client";

import { useQuery } from "@tanstack/react-query";
import { ButtonLink, Card, ErrorState, PageHeader } from "@/components/ui";
import { useTRPC } from "@/lib/trpc/client";
import { errorMessage, isNotFound } from "@/lib/trpc/error-message";

/** Shown on tutor pages to anyone who is not signed in as a tutor. */
export function TutorSignInNeeded({ title, toDo }: { title: string; toDo: string }) {
  // Why this browser is no longer signed in (idle, 30 days, ended elsewhere), when the server says.
  const me = useQuery(useTRPC().auth.me.queryOptions());
  const signedOut = me.data?.kind === "anonymous" ? me.data.tutorSignedOut : undefined;
  return (
    <>
      <PageHeader title={title} />
      <Card>
        {signedOut && (
          <p role="status" data-testid="tutor-signed-out" className="mb-2 text-sm text-amber-950">
            {signedOut}
          </p>
        )}
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
