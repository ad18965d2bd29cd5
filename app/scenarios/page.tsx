import type { Metadata } from "next";
import { PageHeader } from "@/components/ui";
import { ScenarioLibrary } from "./scenario-library";

export const metadata: Metadata = { title: "Scenarios" };

export default function ScenariosPage() {
  return (
    <>
      <PageHeader
        title="Scenarios"
        description="Each scenario puts you in front of real-feeling Hearth & Bean customers with your own private copy of the CRM. What you write and what you do in the CRM are both marked, and the report explains every point."
      />
      <ScenarioLibrary />
    </>
  );
}
