"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import {
  CustomerHeader,
  CustomerSidebar,
  CustomerStats,
  CasesCard,
  FeedbackCard,
  OrdersCard,
  TimelineCard,
} from "@/components/crm/customer-record";
import { DemoActionsPanel, CompleteTaskButton } from "@/components/crm/demo-actions-panel";
import { PageQueryError } from "@/components/page-error";
import { LoadingState } from "@/components/ui";
import { useTRPC } from "@/lib/trpc/client";

export function DemoCustomerRecord({ customerRef }: { customerRef: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.crm.getCustomer.queryOptions({ workspace: {}, customerRef }));

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-3 text-sm">
        <Link href="/customers" className="text-brand-700 hover:underline">
          ← All customers
        </Link>
      </nav>
      {query.isError ? (
        <PageQueryError
          title="Customer record"
          notFoundTitle="Customer not found"
          error={query.error}
          onRetry={() => query.refetch()}
        />
      ) : !query.data ? (
        <LoadingState label="Loading customer record…" />
      ) : (
        <>
          <CustomerHeader record={query.data} />
          {/* Two columns by the room the page has in rem, not the window's px: with 200% text a 22rem column beside the first squeezed it to a sliver under the second (WCAG 1.4.4). */}
          <div className="@container">
            <div className="grid grid-cols-1 gap-6 @[44rem]:grid-cols-[minmax(0,1fr)_22rem]">
              <div className="flex min-w-0 flex-col gap-6">
                <CustomerStats record={query.data} />
                <TimelineCard
                  record={query.data}
                  renderTaskAction={(task) => (
                    <CompleteTaskButton customerRef={customerRef} taskId={task.id} />
                  )}
                />
                <OrdersCard record={query.data} />
                <FeedbackCard record={query.data} />
                <CasesCard record={query.data} />
              </div>
              <CustomerSidebar record={query.data} firstOnSmallScreens>
                <DemoActionsPanel record={query.data} />
              </CustomerSidebar>
            </div>
          </div>
        </>
      )}
    </>
  );
}
