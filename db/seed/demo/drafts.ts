/**
 * Drafts: each customer's record while the stories are still adding to it. Orders and cases get their
 * references (ORD-…, CASE-…) only at the end, once everything is in date order; until then text refers
 * to them as {order} and {case}.
 */
import type {
  Channel,
  DatasetCase,
  DatasetConsent,
  DatasetCustomer,
  DatasetFeedback,
  DatasetInteraction,
  DatasetOrder,
  DatasetOrderItem,
} from "../../../server/core/crm-dataset";
import { isPast } from "./context";
import type { AgeBand, TownKey } from "./people";
import type { Plan } from "./plans";

export interface DraftOrder {
  customer: Draft;
  seq: number;
  ref: string;
  placedAt: Date;
  channel: "web" | "app" | "phone";
  status: DatasetOrder["status"];
  deliveredAt: Date | null;
  paymentMethod: string;
  items: DatasetOrderItem[];
}

export interface DraftCase {
  customer: Draft;
  seq: number;
  ref: string;
  category: DatasetCase["category"];
  status: DatasetCase["status"];
  summary: string;
  resolution: string | null;
  openedAt: Date;
  closedAt: Date | null;
  order: DraftOrder | null;
}

export interface DraftFeedback extends Omit<DatasetFeedback, "orderRef"> {
  order: DraftOrder | null;
}

export interface DraftInteraction extends Omit<DatasetInteraction, "caseRef"> {
  case: DraftCase | null;
  order: DraftOrder | null;
}

export interface Draft {
  index: number;
  plan: Plan;
  person: { first: string; last: string; age: AgeBand; town: TownKey };
  since: Date;
  preferredChannel: Channel;
  payment: string;
  orderChannels: readonly (readonly ["web" | "app" | "phone", number])[];
  consents: Map<Channel, DatasetConsent>;
  orders: DraftOrder[];
  feedback: DraftFeedback[];
  cases: DraftCase[];
  interactions: DraftInteraction[];
  /** Orders placed on or after this moment are outside ambient surveys (planted feedback instead). */
  problemAt: Date | null;
  loyaltyMember: boolean;
  tags: Set<string>;
  subscription: DatasetCustomer["subscription"];
  /** Channels that must have been consented to at sign-up (the customer is contacted through them). */
  requiredConsent: Set<Channel>;
  /** Consent records set by a story (e.g. all withdrawn after a complaint); they override sign-up consent. */
  consentOverrides: Map<Channel, DatasetConsent>;
}

/** Adds feedback unless it would arrive after DEMO_AS_OF (a survey sent recently may not be answered yet). */
export function addFeedback(
  c: Draft,
  f: Omit<DraftFeedback, "order"> & { order?: DraftOrder | null },
): DraftFeedback | null {
  if (!isPast(f.receivedAt)) return null;
  const fb: DraftFeedback = { ...f, order: f.order ?? null };
  c.feedback.push(fb);
  return fb;
}

export function addInteraction(
  c: Draft,
  i: Omit<DraftInteraction, "case" | "order"> & { case?: DraftCase | null; order?: DraftOrder | null },
): DraftInteraction {
  const it: DraftInteraction = { ...i, case: i.case ?? null, order: i.order ?? null };
  c.interactions.push(it);
  return it;
}

export function addCase(c: Draft, k: Omit<DraftCase, "customer" | "seq" | "ref">): DraftCase {
  const kase: DraftCase = { ...k, customer: c, seq: c.cases.length, ref: "" };
  c.cases.push(kase);
  return kase;
}
