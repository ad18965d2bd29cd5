/**
 * A self-contained set of CRM records: the demo CRM's seed data and every scenario's starting data
 * have this shape, and one loader writes it into a workspace. Plain data, no database types.
 * References between records use human refs (customer "CUS-0001", order "ORD-10001"), never row ids.
 */
import type {
  CASE_CATEGORIES,
  CASE_STATUSES,
  CHANNELS,
  FEEDBACK_KINDS,
  INTERACTION_KINDS,
  LIFECYCLE_STAGES,
  ORDER_STATUSES,
  REFUND_STATUSES,
  RETURN_STATUSES,
} from "./vocabulary";

export type Channel = (typeof CHANNELS)[number];
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export interface DatasetConsent {
  channel: Channel;
  granted: boolean;
  method: string;
  recordedAt: Date;
}

export interface DatasetOrderItem {
  sku: string;
  quantity: number;
  /** Price paid per unit, in pence (may differ from today's catalogue price). */
  unitPricePence: number;
  returnStatus?: (typeof RETURN_STATUSES)[number];
  refundStatus?: (typeof REFUND_STATUSES)[number];
  refundedPence?: number;
}

export interface DatasetOrder {
  ref: string;
  placedAt: Date;
  channel: "web" | "app" | "phone";
  status: (typeof ORDER_STATUSES)[number];
  deliveredAt?: Date | null;
  paymentMethod: string;
  items: DatasetOrderItem[];
}

export interface DatasetFeedback {
  kind: (typeof FEEDBACK_KINDS)[number];
  score?: number | null;
  comment?: string | null;
  channel: string;
  receivedAt: Date;
  orderRef?: string | null;
}

export interface DatasetCase {
  ref: string;
  category: (typeof CASE_CATEGORIES)[number];
  status: (typeof CASE_STATUSES)[number];
  summary: string;
  resolution?: string | null;
  openedAt: Date;
  closedAt?: Date | null;
  orderRef?: string | null;
}

export interface DatasetInteraction {
  kind: (typeof INTERACTION_KINDS)[number];
  direction?: "inbound" | "outbound" | null;
  subject?: string | null;
  body: string;
  author: string;
  occurredAt: Date;
  dueAt?: Date | null;
  doneAt?: Date | null;
  caseRef?: string | null;
}

export interface DatasetCustomer {
  ref: string;
  firstName: string;
  lastName: string;
  email: string;
  phone?: string | null;
  addressLine?: string | null;
  town?: string | null;
  postcode?: string | null;
  preferredChannel: Channel;
  lifecycleStage: LifecycleStage;
  segment: string;
  tags: string[];
  accessibilityNotes?: string | null;
  vulnerabilityNotes?: string | null;
  subscription: "none" | "active" | "paused" | "cancelled";
  loyaltyPoints: number;
  customerSince: Date;
  consents: DatasetConsent[];
  orders: DatasetOrder[];
  feedback: DatasetFeedback[];
  cases: DatasetCase[];
  interactions: DatasetInteraction[];
}

export interface CrmDataset {
  /** The CRM's "today" for this data. */
  asOf: Date;
  customers: DatasetCustomer[];
}

export interface CatalogueProduct {
  sku: string;
  name: string;
  category: string;
  pricePence: number;
}
