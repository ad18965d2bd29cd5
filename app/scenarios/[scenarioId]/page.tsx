import type { Metadata } from "next";
import { Suspense } from "react";
import { LoadingState } from "@/components/ui";
import { ScenarioBrief } from "./scenario-brief";

export const metadata: Metadata = { title: "Scenario brief" };

export default async function ScenarioPage({ params }: { params: Promise<{ scenarioId: string }> }) {
  const { scenarioId } = await params;
  return (
    <Suspense fallback={<LoadingState />}>
      <ScenarioBrief scenarioId={decodeURIComponent(scenarioId)} />
    </Suspense>
  );
}
