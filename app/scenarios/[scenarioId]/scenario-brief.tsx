"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { BriefText } from "@/components/scenarios/brief-text";
import { PageQueryError } from "@/components/page-error";
import { StageBadge } from "@/components/scenarios/stage-badge";
import { Badge, Button, Card, Field, LoadingState, PageHeader, inputClass } from "@/components/ui";
import { useTRPC } from "@/lib/trpc/client";
import {
  AssignmentDeadline,
  CarryOnFirst,
  LearnerStart,
  TutorPreviewStart,
  useStartAttempt,
} from "./start-panel";

export function ScenarioBrief({ scenarioId }: { scenarioId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const assignmentParam = Number(useSearchParams().get("assignment"));
  const assignmentId = Number.isInteger(assignmentParam) && assignmentParam > 0 ? assignmentParam : undefined;
  const scenario = useQuery(trpc.scenarios.get.queryOptions({ scenarioId }));
  const me = useQuery(trpc.auth.me.queryOptions());
  const [displayName, setDisplayName] = useState("");

  const start = useStartAttempt();
  const practise = useMutation(
    trpc.auth.practiseAlone.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
        start.mutate({ scenarioId, assignmentId });
      },
    }),
  );

  if (scenario.isError)
    return (
      <PageQueryError
        title="Scenario brief"
        notFoundTitle="Scenario not found"
        error={scenario.error}
        onRetry={() => scenario.refetch()}
      />
    );
  if (!scenario.data) return <LoadingState label="Loading the brief…" />;
  const s = scenario.data;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-3 text-sm">
        {/* Opened from a class learner's assigned work: back goes to that list, where they came from. */}
        {assignmentId !== undefined && me.data?.kind === "learner" && me.data.className ? (
          <Link href="/join" className="text-brand-700 hover:underline">
            ← Your class: {me.data.className}
          </Link>
        ) : (
          <Link href="/scenarios" className="text-brand-700 hover:underline">
            ← All scenarios
          </Link>
        )}
      </nav>
      <PageHeader
        title={s.title}
        documentTitle={`Brief: ${s.title}`}
        eyebrow={
          <span className="flex flex-wrap gap-2">
            <StageBadge stage={s.lifecycleStage} />
            <Badge>About {s.estimatedMinutes} minutes</Badge>
          </span>
        }
      />
      {me.data?.kind === "learner" && (
        <>
          <AssignmentDeadline scenarioId={scenarioId} assignmentId={assignmentId} />
          <CarryOnFirst scenarioId={scenarioId} assignmentId={assignmentId} />
        </>
      )}
      {/* Two columns by the room the page has in rem, not the window's px: with 200% text a 22rem column beside the first squeezed it to a sliver under the second (WCAG 1.4.4). */}
      <div className="@container">
        <div className="grid grid-cols-1 gap-6 @[44rem]:grid-cols-[minmax(0,1fr)_22rem]">
          <div className="flex flex-col gap-6">
            <Card title="Your brief">
              <BriefText text={s.brief} />
            </Card>
            <Card title="Learning outcomes">
              <ul className="flex flex-col gap-3 text-sm">
                {s.learningOutcomes.map((lo) => (
                  <li key={lo.text}>
                    <p className="text-slate-800">{lo.text}</p>
                    {lo.syllabus.length > 0 && (
                      <p className="mt-1 text-xs text-slate-600">
                        Assessment criteria:{" "}
                        {lo.syllabus.map((c) => `${c.code}${c.text ? ` (${c.text})` : ""}`).join("; ")}
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            </Card>
          </div>
          <div className="flex flex-col gap-4">
            <Card title="Your objectives">
              <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800">
                {s.objectives.map((o) => (
                  <li key={o}>{o}</li>
                ))}
              </ul>
              <p className="mt-3 text-xs text-slate-600">
                The clock starts at {s.clock.startTime}. Each action takes simulated time; our service
                standard is a reply within {s.clock.serviceStandardMinutes} minutes.
              </p>
            </Card>
            <Card title="Policy">
              <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800">
                {s.policy.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </Card>
            <Card title="Ready?">
              {me.data?.kind === "learner" ? (
                <LearnerStart scenarioId={scenarioId} assignmentId={assignmentId} />
              ) : me.data?.kind === "tutor" ? (
                <TutorPreviewStart scenarioId={scenarioId} />
              ) : (
                <form
                  className="flex flex-col gap-3"
                  onSubmit={(e) => {
                    e.preventDefault();
                    practise.mutate({ displayName });
                  }}
                >
                  <p className="text-sm text-slate-700">
                    In a class?{" "}
                    <Link href="/join" className="font-medium text-brand-700 underline">
                      Join with your class code
                    </Link>{" "}
                    first. Otherwise, practise on your own:
                  </p>
                  <Field
                    label="Your display name"
                    htmlFor="practise-name"
                    hint="Just a first name or nickname. No email needed."
                  >
                    <input
                      id="practise-name"
                      className={inputClass}
                      value={displayName}
                      maxLength={40}
                      required
                      onChange={(e) => setDisplayName(e.target.value)}
                    />
                  </Field>
                  <Button type="submit" disabled={practise.isPending || start.isPending}>
                    {practise.isPending || start.isPending ? "Preparing your CRM…" : "Practise on my own"}
                  </Button>
                </form>
              )}
              {me.data?.kind !== "learner" && (start.error || practise.error) && (
                <p role="alert" className="mt-2 text-sm font-medium text-red-700">
                  {(start.error ?? practise.error)?.message}
                </p>
              )}
            </Card>
          </div>
        </div>
      </div>
    </>
  );
}
