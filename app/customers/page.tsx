import type { Metadata } from "next";
import { Suspense } from "react";
import { LoadingState, PageHeader } from "@/components/ui";
import { DemoCustomerList } from "./demo-customer-list";

export const metadata: Metadata = { title: "Customers" };

export default function CustomersPage() {
  return (
    <>
      <PageHeader
        eyebrow="Demo CRM"
        title="Customers"
        description="Every Hearth & Bean customer, with their orders, feedback and consent. Search, filter and sort to find patterns: loyal high spenders, lapsed customers and unhappy detractors."
      />
      <Suspense fallback={<LoadingState />}>
        <DemoCustomerList />
      </Suspense>
    </>
  );
}
