import type { Metadata } from "next";
import { PageHeader } from "@/components/ui";
import { InsightsView } from "./insights-view";

export const metadata: Metadata = { title: "Insights" };

export default function InsightsPage() {
  return (
    <>
      <PageHeader
        eyebrow="Demo CRM"
        title="Service insights"
        description="Customer-service metrics calculated from the CRM's own orders and feedback. Open “How it is calculated” on any card to see the formula and the numbers that went into it."
      />
      <InsightsView />
    </>
  );
}
