/** Order histories: single orders, baskets, subscription boxes, and the spacing of order days. */
import type { DatasetOrderItem } from "../../../server/core/crm-dataset";
import { AS_OF_MS, DAY, daysBefore, MINUTE, type SeedContext } from "./context";
import type { Draft, DraftOrder } from "./drafts";
import { FAULT_PRONE, item, TIERS, type Tier } from "./products";

/** Adds an order with a delivery 1–5 days later (9–13 if late); orders still on their way are dispatched or processing. */
export function addOrder(
  ctx: SeedContext,
  c: Draft,
  placedAt: Date,
  items: DatasetOrderItem[],
  opts: { late?: boolean; allowCancel?: boolean; channel?: DraftOrder["channel"]; payment?: string } = {},
): DraftOrder {
  const { rng } = ctx;
  const channel = opts.channel ?? rng.weighted(c.orderChannels);
  const payment =
    opts.payment ??
    (channel === "phone"
      ? "Card by phone"
      : rng.chance(0.85)
        ? c.payment
        : rng.pick(["PayPal", "Visa debit", "Klarna (pay in 3)"]));
  const order: DraftOrder = {
    customer: c,
    seq: c.orders.length,
    ref: "",
    placedAt,
    channel,
    status: "delivered",
    deliveredAt: null,
    paymentMethod: payment,
    items,
  };
  const lagDays = opts.late
    ? rng.int(9, 13)
    : rng.weighted([
        [1, 3],
        [2, 5],
        [3, 3],
        [4, 1],
        [5, 1],
      ] as const);
  const placedDay = Date.UTC(placedAt.getUTCFullYear(), placedAt.getUTCMonth(), placedAt.getUTCDate());
  const delivered = new Date(placedDay + lagDays * DAY + rng.int(9 * 60, 19 * 60) * MINUTE);
  if (opts.allowCancel && rng.chance(0.035) && daysBefore(placedAt) > 14) {
    order.status = "cancelled";
  } else if (delivered.getTime() < AS_OF_MS) {
    order.status = "delivered";
    order.deliveredAt = delivered;
  } else {
    order.status = AS_OF_MS - placedAt.getTime() < 1.5 * DAY ? "processing" : "dispatched";
  }
  c.orders.push(order);
  return order;
}

/** One to `maxItems` distinct products drawn by tier weight; an appliance the customer already owns is not bought again. */
export function basket(
  ctx: SeedContext,
  at: Date,
  weights: Record<Tier, number>,
  maxItems: number,
  owned: Set<string>,
): DatasetOrderItem[] {
  const { rng } = ctx;
  const n = rng.weighted<number>(
    [
      [1, 5],
      [2, 3],
      [3, 2],
    ].filter(([k]) => (k as number) <= maxItems) as [number, number][],
  );
  const items: DatasetOrderItem[] = [];
  const used = new Set<string>();
  let guard = 0;
  while (items.length < n && guard++ < 50) {
    const tier = rng.weighted<Tier>(Object.entries(weights) as [Tier, number][]);
    const sku = rng.pick(TIERS[tier]);
    if (used.has(sku)) continue;
    if ((tier === "big" || tier === "mid") && owned.has(sku)) continue;
    used.add(sku);
    if (tier === "big" || tier === "mid") owned.add(sku);
    const quantity =
      tier === "consumable"
        ? rng.weighted([
            [1, 6],
            [2, 3],
            [3, 1],
          ] as const)
        : tier === "small"
          ? rng.weighted([
              [1, 4],
              [2, 1],
            ] as const)
          : 1;
    items.push(item(sku, at, quantity));
  }
  return items;
}

/** Distinct day offsets (days before DEMO_AS_OF) from `oldest` to `newest`, oldest first, both ends included. */
export function spreadDays(ctx: SeedContext, oldest: number, newest: number, n: number): number[] {
  const count = Math.min(n, oldest - newest + 1);
  if (count <= 1) return [newest];
  const set = new Set<number>([oldest, newest]);
  while (set.size < count) set.add(ctx.rng.int(newest, oldest));
  return [...set].sort((a, b) => b - a).slice(0, Math.max(count, 1));
}

/** n order days spaced evenly (with jitter) from `oldest` to `newest`, oldest first: for steady customers. */
export function evenDays(ctx: SeedContext, oldest: number, newest: number, n: number): number[] {
  if (n <= 1) return [newest];
  const gap = (oldest - newest) / (n - 1);
  const out: number[] = [];
  for (let k = 0; k < n; k++) {
    const base = oldest - k * gap;
    const jitter = k === 0 || k === n - 1 ? 0 : Math.round((ctx.rng.next() - 0.5) * gap * 0.6);
    const day = Math.round(base + jitter);
    if (out.length === 0 || day < (out[out.length - 1] as number)) out.push(day);
  }
  return out;
}

/** Monthly subscription deliveries from `startDaysBefore` until `endDaysBefore` (inclusive). */
export function monthlyDates(ctx: SeedContext, startDaysBefore: number, endDaysBefore: number): Date[] {
  const start = ctx.atDay(startDaysBefore, 6, 8);
  if (start.getUTCDate() > 28) start.setUTCDate(28);
  const out: Date[] = [];
  for (let k = 0; ; k++) {
    const d = new Date(start.getTime());
    d.setUTCMonth(start.getUTCMonth() + k);
    if (d.getTime() > AS_OF_MS - endDaysBefore * DAY) break;
    out.push(d);
  }
  return out;
}

export function subscriptionOrders(
  ctx: SeedContext,
  c: Draft,
  sku: string,
  startDaysBefore: number,
  endDaysBefore: number,
): DraftOrder[] {
  return monthlyDates(ctx, startDaysBefore, endDaysBefore).map((d) =>
    addOrder(ctx, c, d, [item(sku, d)], {
      channel: "web",
      payment: `${c.payment} (subscription)`,
      allowCancel: false,
    }),
  );
}

/** One order on each of `days`; any but the first and last may turn out cancelled. */
export function oneOffOrders(
  ctx: SeedContext,
  c: Draft,
  days: number[],
  weights: Record<Tier, number>,
  maxItems: number,
  owned = new Set<string>(),
): DraftOrder[] {
  return days.map((d, k) => {
    const at = ctx.atDay(d);
    return addOrder(ctx, c, at, basket(ctx, at, weights, maxItems, owned), {
      allowCancel: k > 0 && k < days.length - 1,
    });
  });
}

/** The order's item that develops a fault: one already in it if possible, otherwise one added to it. */
export function pickFaultItem(
  ctx: SeedContext,
  order: DraftOrder,
  preferred: readonly string[] = FAULT_PRONE,
): DatasetOrderItem {
  const existing = order.items.find((i) => preferred.includes(i.sku));
  if (existing) return existing;
  const notInOrder = (pool: readonly string[]) => pool.filter((s) => !order.items.some((i) => i.sku === s));
  const pool = notInOrder(preferred).length > 0 ? notInOrder(preferred) : notInOrder(FAULT_PRONE);
  const sku = ctx.rng.pick(pool);
  const added = item(sku, order.placedAt);
  order.items.unshift(added);
  return added;
}
