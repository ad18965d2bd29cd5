/** Lifecycle stages over time: the stage on any day, and a stage_change entry on the timeline at each change. */
import type { LifecycleStage } from "../../../server/core/crm-dataset";
import { formatPence } from "../../../server/core/money";
import { AS_OF_MS, DAY, MINUTE } from "./context";
import { addInteraction, type Draft, type DraftOrder } from "./drafts";
import {
  CONTACT_KINDS,
  deriveLifecycleStage,
  HIGH_VALUE_SPEND_PENCE,
  LAPSED_AFTER_DAYS,
  LOYALTY_MIN_ORDERS,
  ONBOARDING_DAYS,
  SYSTEM_AUTHOR,
  WIN_BACK_CONTACT_DAYS,
} from "./lifecycle";
import { lineTotal } from "./products";

const outboundContacts = (c: Draft) =>
  c.interactions
    .filter(
      (i) =>
        i.direction === "outbound" &&
        (CONTACT_KINDS as readonly string[]).includes(i.kind) &&
        i.author !== SYSTEM_AUTHOR,
    )
    .map((i) => i.occurredAt);

export const liveOrders = (c: Draft) => c.orders.filter((o) => o.status !== "cancelled");

export const netOf = (orders: DraftOrder[]) =>
  orders.reduce((s, o) => s + o.items.reduce((t, i) => t + lineTotal(i) - (i.refundedPence ?? 0), 0), 0);

/** The lifecycle stage on a given day, from the orders and contacts up to then. */
export const stageAt = (c: Draft, at: Date): LifecycleStage => {
  const placed = liveOrders(c).filter((o) => o.placedAt.getTime() <= at.getTime());
  return deriveLifecycleStage(
    {
      customerSince: c.since,
      orderDates: placed.map((o) => o.placedAt),
      netSpendPence: netOf(placed),
      outboundContactDates: outboundContacts(c),
    },
    at,
  );
};

const STAGE_REASON: Record<LifecycleStage, string> = {
  onboarding: "new customer",
  engagement: "regular orders",
  loyalty: `${LOYALTY_MIN_ORDERS}+ orders and over ${formatPence(HIGH_VALUE_SPEND_PENCE)} spent`,
  "win-back": "lapsed customer contacted with a win-back offer",
  lapsed: `no order for over ${LAPSED_AFTER_DAYS} days`,
};

export function addStageHistory(drafts: Draft[]): void {
  for (const c of drafts) {
    const contacts = outboundContacts(c);
    const times = new Set<number>([c.since.getTime() + ONBOARDING_DAYS * DAY]);
    for (const o of liveOrders(c)) {
      times.add(o.placedAt.getTime());
      times.add(o.placedAt.getTime() + LAPSED_AFTER_DAYS * DAY + MINUTE);
    }
    for (const d of contacts) {
      times.add(d.getTime());
      times.add(d.getTime() + WIN_BACK_CONTACT_DAYS * DAY + MINUTE);
    }
    let stage: LifecycleStage = "onboarding";
    for (const t of [...times].sort((a, b) => a - b)) {
      if (t >= AS_OF_MS || t < c.since.getTime()) continue;
      const next = stageAt(c, new Date(t));
      if (next !== stage) {
        const why =
          next === "engagement"
            ? stage === "onboarding"
              ? `${ONBOARDING_DAYS} days since joining`
              : stage === "loyalty"
                ? "below the loyalty threshold"
                : "ordered again"
            : STAGE_REASON[next];
        addInteraction(c, {
          kind: "stage_change",
          direction: null,
          subject: `Lifecycle stage: ${next}`,
          body: `Lifecycle stage changed from ${stage} to ${next} (${why}).`,
          author: SYSTEM_AUTHOR,
          occurredAt: new Date(t + 1000),
        });
        stage = next;
      }
    }
  }
}
