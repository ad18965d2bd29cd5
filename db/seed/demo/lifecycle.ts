/** The seed data's lifecycle rule: the stage each customer is in, derived from their orders and contacts. */
import type { LifecycleStage } from "../../../server/core/crm-dataset";
import { DAY } from "./context";

/** A customer who joined fewer than this many days ago is in onboarding. */
export const ONBOARDING_DAYS = 60;
/** No (non-cancelled) order for more than this many days: lapsed. */
export const LAPSED_AFTER_DAYS = 180;
/** A lapsed customer contacted by staff (outbound call/email/SMS/letter/message) this recently is in win-back. */
export const WIN_BACK_CONTACT_DAYS = 45;
/** Loyalty: at least this many orders and at least HIGH_VALUE_SPEND_PENCE spent (net of refunds). */
export const LOYALTY_MIN_ORDERS = 8;
export const HIGH_VALUE_SPEND_PENCE = 60_000;

export interface LifecycleInput {
  customerSince: Date;
  /** Placed dates of the customer's non-cancelled orders up to the moment being judged. */
  orderDates: Date[];
  /** Net spend (items less refunds, cancelled orders excluded) on those orders, in pence. */
  netSpendPence: number;
  /** Times of outbound contacts by staff (not automated messages, not surveys or tasks). */
  outboundContactDates: Date[];
}

/**
 * The seed data's lifecycle rule, applied in this order:
 * onboarding (joined < 60 days ago) → win-back (no order for > 180 days and contacted by staff in the
 * last 45 days) → lapsed (no order for > 180 days) → loyalty (≥ 8 orders and ≥ £600 net spend) →
 * engagement.
 */
export function deriveLifecycleStage(input: LifecycleInput, at: Date): LifecycleStage {
  const now = at.getTime();
  if (now - input.customerSince.getTime() < ONBOARDING_DAYS * DAY) return "onboarding";
  const past = input.orderDates.filter((d) => d.getTime() <= now);
  const last = past.reduce((max, d) => Math.max(max, d.getTime()), Number.NEGATIVE_INFINITY);
  if (past.length === 0 || now - last > LAPSED_AFTER_DAYS * DAY) {
    const contacted = input.outboundContactDates.some(
      (d) => d.getTime() <= now && now - d.getTime() <= WIN_BACK_CONTACT_DAYS * DAY,
    );
    return contacted ? "win-back" : "lapsed";
  }
  if (past.length >= LOYALTY_MIN_ORDERS && input.netSpendPence >= HIGH_VALUE_SPEND_PENCE) return "loyalty";
  return "engagement";
}

/** Interaction kinds that count as a staff contact for the win-back rule (with direction "outbound"). */
export const CONTACT_KINDS = ["call", "email", "sms", "letter", "message"] as const;
export const SYSTEM_AUTHOR = "System";
