/**
 * Order histories, one per kind of customer (see plans.ts): how many orders, how far back, what they buy,
 * which story they carry and how often they answer surveys. Customers run in plan order and every
 * history draws from the shared generator, so this order is part of what keeps the seed data stable.
 */
import { DAY, MINUTE, plus, type SeedContext } from "./context";
import { addFeedback, type Draft, type DraftOrder } from "./drafts";
import { ambientFeedback } from "./feedback";
import { addOrder, basket, evenDays, oneOffOrders, spreadDays, subscriptionOrders } from "./orders";
import { SUB_500 } from "./plans";
import { item, lineTotal, TIERS } from "./products";
import { lapseStory } from "./stories/lapse";
import { onboardingStory } from "./stories/onboarding";
import {
  changeOfMindReturn,
  doubleChargeStory,
  largePrintStory,
  pausedSubscriptionStory,
  replacedGrinderStory,
  subjectAccessStory,
  vulnerableCallerStory,
} from "./stories/service";
import { unhappyStory } from "./stories/unhappy";
import { oldWinBackContact, winBackContact } from "./stories/win-back";

type NewestDay = (min: number, max: number) => number;

export function buildHistories(ctx: SeedContext, drafts: Draft[]): void {
  /** The first few loyal and regular customers ordered in the last few days: their orders are still in progress. */
  const recentSlots = [0, 1, 1, 2, 3];
  const newestDay: NewestDay = (min, max) => recentSlots.shift() ?? ctx.rng.int(min, max);
  for (const c of drafts) {
    const owned = new Set<string>();
    switch (c.plan.arch) {
      case "loyal":
        loyalHistory(ctx, c, owned, newestDay);
        break;
      case "subscriber":
        subscriberHistory(ctx, c, owned);
        break;
      case "regular":
        regularHistory(ctx, c, owned, newestDay);
        break;
      case "occasional":
        occasionalHistory(ctx, c, owned);
        break;
      case "lapsed":
      case "winback":
        lapsedHistory(ctx, c, owned);
        break;
      case "newbie":
        newCustomerHistory(ctx, c, owned);
        break;
      case "unhappy":
        unhappyStory(ctx, c, owned);
        c.loyaltyMember = ctx.rng.chance(0.4);
        break;
    }
  }
}

/** Loyal high spenders: 10–15 orders over about two years topped up to over £750, a big appliance first. */
function loyalHistory(ctx: SeedContext, c: Draft, owned: Set<string>, newestDay: NewestDay) {
  const { rng } = ctx;
  const plan = c.plan;
  const oldest = rng.int(560, 725);
  const days = evenDays(ctx, oldest, newestDay(2, 70), rng.int(10, 15));
  const orders = oneOffOrders(ctx, c, days, { big: 22, mid: 35, small: 23, consumable: 20 }, 3, owned);
  const first = orders[0];
  const unownedBig = TIERS.big.filter((s) => !owned.has(s));
  if (first && unownedBig.length > 0 && !first.items.some((i) => TIERS.big.includes(i.sku))) {
    const sku = rng.pick(unownedBig);
    owned.add(sku);
    first.items.unshift(item(sku, first.placedAt));
  }
  if (plan.sub) subscriptionOrders(ctx, c, plan.sub.sku, rng.int(300, oldest - 20), 1);
  // Top up to a clearly high spend: the pattern must hold for any seed.
  const spend = () =>
    c.orders
      .filter((o) => o.status !== "cancelled")
      .reduce((s, o) => s + o.items.reduce((t, i) => t + lineTotal(i), 0), 0);
  let guard = 0;
  while (spend() < 75_000 && guard++ < 10) {
    const target = rng.pick(orders.filter((o) => o.status !== "cancelled"));
    const candidates = TIERS.big.filter((s) => !owned.has(s));
    const sku = candidates.length > 0 ? rng.pick(candidates) : rng.pick(TIERS.mid);
    owned.add(sku);
    target.items.push(item(sku, target.placedAt));
  }
  c.loyaltyMember = true;
  if (plan.extra === "loyal-recovered") replacedGrinderStory(ctx, c, orders, owned);
  ambientFeedback(ctx, c, "loyal", 0.75, 0.3);
}

/** Coffee subscribers: a monthly box (paused for one) and a few one-off orders. */
function subscriberHistory(ctx: SeedContext, c: Draft, owned: Set<string>) {
  const { rng, atDay } = ctx;
  const plan = c.plan;
  const sub = plan.sub ?? { sku: SUB_500, state: "active" as const };
  const start = rng.int(120, 700);
  const end = sub.state === "paused" ? rng.int(62, 80) : 1;
  const subs = subscriptionOrders(ctx, c, sub.sku, start, end);
  const extraDays = evenDays(ctx, start - 5, Math.max(end + 3, 5), rng.int(2, 4));
  oneOffOrders(ctx, c, extraDays.slice(1), { big: 12, mid: 33, small: 30, consumable: 25 }, 2, owned);
  c.loyaltyMember = true;
  if (sub.state === "paused") pausedSubscriptionStory(ctx, c, subs, end);
  if (plan.extra === "double-charge") doubleChargeStory(ctx, c, subs);
  if (rng.chance(0.6)) {
    const at = atDay(rng.int(20, Math.max(21, start - 30)));
    addFeedback(c, {
      kind: "ces",
      score: rng.int(1, 3),
      comment: rng.pick([
        "Easy to skip a month online.",
        "Changing my grind size took seconds.",
        null,
      ] as const),
      channel: "web",
      receivedAt: at,
    });
  }
  ambientFeedback(ctx, c, "subscriber", 0.6, 0.2);
}

/** Regular customers: 3–7 orders spread evenly over up to two years. */
function regularHistory(ctx: SeedContext, c: Draft, owned: Set<string>, newestDay: NewestDay) {
  const { rng } = ctx;
  const plan = c.plan;
  const n = rng.int(3, 7);
  const oldest = rng.int(Math.min(720, 120 + 60 * n), 720);
  const days = evenDays(ctx, oldest, newestDay(3, 150), n);
  const orders = oneOffOrders(ctx, c, days, { big: 8, mid: 37, small: 30, consumable: 25 }, 3, owned);
  c.loyaltyMember = rng.chance(0.6);
  if (plan.extra === "change-of-mind") changeOfMindReturn(ctx, c, orders);
  if (plan.extra === "sar") subjectAccessStory(ctx, c);
  if (plan.extra === "large-print-case") largePrintStory(ctx, c, oldest);
  if (plan.vulnerability) vulnerableCallerStory(ctx, c);
  ambientFeedback(ctx, c, "regular", 0.45, 0.22);
}

/** Occasional customers: one to three orders (gift buyers order before Christmas and recently). */
function occasionalHistory(ctx: SeedContext, c: Draft, owned: Set<string>) {
  const { rng } = ctx;
  const plan = c.plan;
  let days: number[];
  if (plan.extra === "gift") days = [rng.int(330, 360), rng.int(4, 30)];
  else {
    const n = rng.weighted([
      [1, 4],
      [2, 4],
      [3, 2],
    ] as const);
    days = spreadDays(ctx, rng.int(60, 600), rng.int(10, 170), n);
  }
  const orders = oneOffOrders(ctx, c, days, { big: 10, mid: 40, small: 35, consumable: 15 }, 2, owned);
  c.loyaltyMember = rng.chance(0.2);
  if (plan.extra === "gift") c.tags.add("gift buyer");
  if (plan.extra === "change-of-mind") changeOfMindReturn(ctx, c, orders);
  ambientFeedback(ctx, c, "occasional", 0.35, 0.2);
}

/** Lapsed and win-back customers: no order for 6–18 months, and the story of why. */
function lapsedHistory(ctx: SeedContext, c: Draft, owned: Set<string>) {
  const { rng } = ctx;
  const plan = c.plan;
  const reason = plan.reason ?? "drifted";
  const last = plan.arch === "winback" ? rng.int(200, 450) : rng.int(190, 540);
  let lastOrder: DraftOrder;
  if (reason === "price-sub") {
    const subsEnd = Math.min(last, 400);
    const subs = subscriptionOrders(
      ctx,
      c,
      plan.sub?.sku ?? SUB_500,
      rng.int(Math.max(subsEnd + 150, 460), 725),
      subsEnd,
    );
    const earlier = spreadDays(ctx, subsEnd + 100, subsEnd + 20, rng.int(1, 2));
    oneOffOrders(ctx, c, earlier, { big: 10, mid: 40, small: 30, consumable: 20 }, 2, owned);
    lastOrder = subs[subs.length - 1] as DraftOrder;
  } else {
    const oldest = Math.min(725, last + rng.int(90, 300));
    const days = spreadDays(ctx, oldest, last, rng.int(2, 6));
    const orders = oneOffOrders(ctx, c, days, { big: 12, mid: 40, small: 28, consumable: 20 }, 3, owned);
    lastOrder = orders[orders.length - 1] as DraftOrder;
    if (reason === "late") {
      // Re-place the last order as a late delivery.
      c.orders.pop();
      lastOrder = addOrder(ctx, c, lastOrder.placedAt, lastOrder.items, {
        late: true,
        channel: lastOrder.channel,
      });
    }
    if (lastOrder.status === "cancelled") {
      lastOrder.status = "delivered";
      lastOrder.deliveredAt = plus(lastOrder.placedAt, 2 * DAY + 3 * 60 * MINUTE);
    }
  }
  c.loyaltyMember = rng.chance(plan.arch === "winback" ? 0.5 : 0.4);
  lapseStory(ctx, c, reason, lastOrder);
  ambientFeedback(ctx, c, reason === "drifted" ? "drifted" : "regular", 0.45, 0.22);
  if (plan.arch === "winback") winBackContact(ctx, c, reason, lastOrder);
  if (plan.extra === "old-winback") oldWinBackContact(ctx, c, lastOrder);
}

/** New customers: joined in the last 60 days, with a first order or subscription box. */
function newCustomerHistory(ctx: SeedContext, c: Draft, owned: Set<string>) {
  const { rng, atDay } = ctx;
  const plan = c.plan;
  const sinceDays = rng.int(3, 57);
  const first = atDay(sinceDays);
  if (plan.sub) {
    const subs = subscriptionOrders(ctx, c, plan.sub.sku, sinceDays, 1);
    const firstSub = subs[0];
    if (firstSub && rng.chance(0.5))
      firstSub.items.push(
        item(rng.pick(["GRD-HAND-CER", "CAF-GLASS-8", "CAN-COFFEE-VAC"]), firstSub.placedAt),
      );
  } else {
    addOrder(ctx, c, first, basket(ctx, first, { big: 15, mid: 45, small: 25, consumable: 15 }, 2, owned));
    if (sinceDays > 20 && rng.chance(0.5)) {
      const second = atDay(rng.int(2, sinceDays - 10));
      addOrder(ctx, c, second, basket(ctx, second, { big: 5, mid: 25, small: 40, consumable: 30 }, 2, owned));
    }
  }
  c.loyaltyMember = rng.chance(0.5);
  onboardingStory(ctx, c);
}
