/**
 * The demo CRM's seed data: about 74 customers of Hearth & Bean with two years of orders, feedback,
 * cases and a timeline each. Deterministic: a seeded PRNG (never Math.random) and dates derived from
 * DEMO_AS_OF (never Date.now), so every fresh install has exactly the same data.
 *
 * The data is generated from customer "plans" (loyal high spender, coffee subscriber, regular,
 * occasional, lapsed, win-back, new, unhappy), so it holds patterns worth finding:
 *  - loyal high spenders: 9+ orders, over £700 spent, promoters (NPS 9–10);
 *  - lapsed customers (last order 6–18 months ago), many with detractor scores and comments that say
 *    why (late delivery, faulty item, price, unwanted marketing), some of whom refused all marketing;
 *  - lapsed customers who were satisfied (CSAT 4–5, NPS 7–8) but left anyway: satisfaction is not loyalty;
 *  - win-back customers: lapsed but contacted in the last 45 days through a channel they consented to;
 *  - new customers and subscribers in onboarding; unhappy active customers with open complaints.
 * Lifecycle stages are derived from the data by `deriveLifecycleStage`, so they are always consistent.
 *
 * The stories live in ./demo, one module per concern over a shared context (./demo/context.ts: the
 * demo's "today" and the seeded generator). They run in a fixed order below; each draws from the same
 * generator, so reordering them changes the data (the test pins a hash of it).
 */
import type { CrmDataset } from "../../server/core/crm-dataset";
import { recordConsents } from "./demo/consents";
import { AS_OF_MS, createSeedContext, DEMO_SEED } from "./demo/context";
import { createDrafts, settleCustomerSince } from "./demo/customers";
import { buildHistories } from "./demo/histories";
import { assignRefs, toCustomerRecords } from "./demo/records";
import { addRoutineContacts } from "./demo/routine";
import { addStageHistory } from "./demo/stages";

export { DEMO_AS_OF, DEMO_SEED } from "./demo/context";
export {
  CONTACT_KINDS,
  deriveLifecycleStage,
  HIGH_VALUE_SPEND_PENCE,
  LAPSED_AFTER_DAYS,
  LOYALTY_MIN_ORDERS,
  ONBOARDING_DAYS,
  SYSTEM_AUTHOR,
  WIN_BACK_CONTACT_DAYS,
  type LifecycleInput,
} from "./demo/lifecycle";

export function generateDemoDataset(seed = DEMO_SEED): CrmDataset {
  const ctx = createSeedContext(seed);
  const drafts = createDrafts(ctx);
  buildHistories(ctx, drafts);
  settleCustomerSince(ctx, drafts);
  recordConsents(ctx, drafts);
  addRoutineContacts(ctx, drafts);
  addStageHistory(drafts);
  assignRefs(drafts);
  const customers = toCustomerRecords(ctx, drafts);
  return { asOf: new Date(AS_OF_MS), customers };
}
