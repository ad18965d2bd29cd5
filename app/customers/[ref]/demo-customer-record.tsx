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
            {/* Markup in reading order: who the customer is, how to reach them, what they consented to and
                the actions, then their history, as the workspace's record reads (and at the same width, 48rem,
                it becomes two columns). On a wide page the contact column is placed beside the rest by the
                grid; it was moved with CSS `order`, drawn first (or on the left) below 1024 px while read
                and tabbed through last (WCAG 1.3.2, 2.4.3). */}
            <div className="grid grid-cols-1 items-start gap-6 @[48rem]:grid-cols-[minmax(0,1fr)_22rem]">
              <div className="min-w-0 @[48rem]:col-start-1">
                <CustomerStats record={query.data} />
              </div>
              <div className="min-w-0 @[48rem]:col-start-2 @[48rem]:row-span-2 @[48rem]:row-start-1">
                <CustomerSidebar record={query.data}>
                  <DemoActionsPanel record={query.data} />
                </CustomerSidebar>
              </div>
              <div className="flex min-w-0 flex-col gap-6 @[48rem]:col-start-1">
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
            </div>
          </div>
        </>
      )}
    </>
  );
}
