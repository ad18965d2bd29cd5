/** What the pages receive, inferred from the router so no output type is ever copied by hand. */
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/root";

export type RouterOutputs = inferRouterOutputs<AppRouter>;

/** A customer's whole record as the CRM record page shows it. */
export type CustomerRecord = RouterOutputs["crm"]["getCustomer"];
