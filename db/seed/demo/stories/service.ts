/**
 * Service stories of customers who stay: a change-of-mind return, a grinder replaced the next day, a paused
 * subscription, a double charge refunded, a subject access request, a large-print adjustment, and a call
 * with a customer living with dementia. Each was put right, which is why these customers are still here.
 */
import { formatPence } from "../../../../server/core/money";
import { DAY, daysBefore, MINUTE, monthName, plus, type SeedContext } from "../context";
import { addCase, addFeedback, addInteraction, type Draft, type DraftOrder } from "../drafts";
import { pickFaultItem } from "../orders";
import { lineTotal, nameOf, TIERS } from "../products";

/** An unused item sent back within the 14-day cancellation period (Consumer Contracts Regulations 2013). */
export function changeOfMindReturn(ctx: SeedContext, c: Draft, orders: DraftOrder[]) {
  const { rng, staff } = ctx;
  const candidates = orders.filter(
    (o) => o.deliveredAt && o.items.some((i) => TIERS.mid.includes(i.sku) || TIERS.small.includes(i.sku)),
  );
  const order = candidates[0] ?? orders.find((o) => o.deliveredAt);
  if (!order || !order.deliveredAt) return;
  const it =
    order.items.find((i) => TIERS.mid.includes(i.sku) || TIERS.small.includes(i.sku)) ?? order.items[0];
  if (!it) return;
  it.returnStatus = "returned";
  it.refundStatus = "full";
  it.refundedPence = lineTotal(it);
  const at = plus(order.deliveredAt, rng.int(3, 10) * DAY + rng.int(60, 400) * MINUTE);
  addInteraction(c, {
    kind: "note",
    direction: null,
    subject: "Change-of-mind return",
    body: `${nameOf(it)} from order {order} returned unused within the 14-day cancellation period (Consumer Contracts Regulations 2013): "${rng.pick(["the colour doesn't suit my kitchen", "bought the wrong size", "found I didn't need it after all"])}". Full refund of ${formatPence(lineTotal(it))} to the original payment method.`,
    author: staff(),
    occurredAt: at,
    order,
  });
}

/** A loyal customer's grinder failed after a week or two and was replaced the next day: recovered, still a promoter. */
export function replacedGrinderStory(ctx: SeedContext, c: Draft, orders: DraftOrder[], owned: Set<string>) {
  const { rng } = ctx;
  const target = orders.find((o) => daysBefore(o.placedAt) > 300 && o.deliveredAt) ?? orders[0];
  if (target && target.deliveredAt) {
    const grinder = pickFaultItem(ctx, target, ["GRD-BURR-PRO"]);
    owned.add("GRD-BURR-PRO");
    grinder.returnStatus = "returned";
    grinder.refundStatus = "none";
    const openedAt = plus(target.deliveredAt, rng.int(8, 14) * DAY + rng.int(60, 300) * MINUTE);
    const closedAt = plus(openedAt, 26 * 60 * MINUTE);
    const kase = addCase(c, {
      category: "faulty_product",
      status: "closed",
      summary: `Burr Pro Coffee Grinder from order {order} stopped grinding after ${daysBefore(target.deliveredAt) - daysBefore(openedAt)} days (motor hums, burrs do not turn).`,
      resolution:
        "Offered a full refund (short-term right to reject, Consumer Rights Act 2015) or a replacement; customer chose a replacement, sent next-day delivery. Faulty unit collected by courier at no cost.",
      openedAt,
      closedAt,
      order: target,
    });
    addInteraction(c, {
      kind: "call",
      direction: "inbound",
      subject: "Grinder not working",
      body: "Customer called: new Burr Pro grinder has stopped working. Listened, apologised, checked order {order}. Explained the customer can reject it for a full refund or have a replacement.",
      author: "Tom Reilly",
      occurredAt: openedAt,
      case: kase,
      order: target,
    });
    addInteraction(c, {
      kind: "remedy",
      direction: null,
      subject: "Replacement sent",
      body: "Replacement Burr Pro Coffee Grinder dispatched by next-day delivery; courier collection booked for the faulty one.",
      author: "Tom Reilly",
      occurredAt: plus(openedAt, 20 * MINUTE),
      case: kase,
      order: target,
    });
    addInteraction(c, {
      kind: "email",
      direction: "outbound",
      subject: "Your replacement grinder",
      body: "Thank you for letting us know and for your patience. Your replacement grinder arrives tomorrow and the courier will collect the faulty one at the same time.",
      author: "Tom Reilly",
      occurredAt: plus(openedAt, 35 * MINUTE),
      case: kase,
    });
    addFeedback(c, {
      kind: "ces",
      score: 2,
      comment: "Sorted in one phone call.",
      channel: "email",
      receivedAt: plus(closedAt, 2 * DAY),
    });
    addFeedback(c, {
      kind: "nps",
      score: 10,
      comment:
        "My grinder broke and they replaced it the very next day with no quibbles. That's why I keep coming back.",
      channel: "email",
      receivedAt: plus(closedAt, 9 * DAY),
      order: target,
    });
  }
}

/** A subscriber in financial difficulty asked to cancel and was offered a pause instead, with no pressure. */
export function pausedSubscriptionStory(ctx: SeedContext, c: Draft, subs: DraftOrder[], end: number) {
  const { rng, atDay } = ctx;
  const lastSub = subs[subs.length - 1];
  const at = plus(lastSub?.placedAt ?? atDay(end), 6 * DAY + rng.int(60, 400) * MINUTE);
  addInteraction(c, {
    kind: "call",
    direction: "inbound",
    subject: "Pause subscription",
    body: "Customer called to cancel the bean subscription because money is tight at the moment. Offered a pause instead of cancelling, with no pressure; customer chose a three-month pause. No offers made.",
    author: "Adebayo Ogun",
    occurredAt: at,
  });
  addInteraction(c, {
    kind: "note",
    direction: null,
    subject: "Subscription paused",
    body: "Subscription paused for three months at the customer's request. Vulnerability note added with the customer's agreement.",
    author: "Adebayo Ogun",
    occurredAt: plus(at, 10 * MINUTE),
  });
  addInteraction(c, {
    kind: "task",
    direction: null,
    subject: "Check in before the pause ends",
    body: "Check in before the subscription restarts – ask whether they want to restart, extend the pause or cancel. No upselling.",
    author: "Adebayo Ogun",
    occurredAt: plus(at, 12 * MINUTE),
    dueAt: plus(at, 80 * DAY),
    doneAt: null,
  });
}

/** A subscription box charged twice (the payment provider retried) and refunded the same day. */
export function doubleChargeStory(ctx: SeedContext, c: Draft, subs: DraftOrder[]) {
  const { rng } = ctx;
  const target = subs[Math.max(0, subs.length - rng.int(3, 6))];
  if (target) {
    const openedAt = plus(target.placedAt, 2 * DAY + rng.int(60, 500) * MINUTE);
    const price = target.items[0]?.unitPricePence ?? 2100;
    const kase = addCase(c, {
      category: "billing",
      status: "resolved",
      summary: `Charged twice for the ${monthName(target.placedAt)} subscription box (order {order}).`,
      resolution: `Duplicate payment of ${formatPence(price)} refunded to the original card on the same day. Cause: payment retried by the provider after a time-out.`,
      openedAt,
      closedAt: plus(openedAt, 3 * 60 * MINUTE),
      order: target,
    });
    addInteraction(c, {
      kind: "email",
      direction: "inbound",
      subject: "Charged twice?",
      body: `I've been charged ${formatPence(price)} twice this month for my beans. Can you check please?`,
      author: `${c.person.first} ${c.person.last}`,
      occurredAt: openedAt,
      case: kase,
      order: target,
    });
    addInteraction(c, {
      kind: "email",
      direction: "outbound",
      subject: "Re: Charged twice?",
      body: `Sorry about that – you're right, the payment went through twice. I've refunded ${formatPence(price)} to your card today; it usually shows within 3–5 working days. Thank you for telling us.`,
      author: "Jess Carter",
      occurredAt: plus(openedAt, 2 * 60 * MINUTE),
      case: kase,
    });
    addFeedback(c, {
      kind: "ces",
      score: 1,
      comment: "Quick and easy.",
      channel: "email",
      receivedAt: plus(openedAt, 2 * DAY),
    });
  }
}

/** A subject access request answered within the one-month limit (UK GDPR Article 12(3)). */
export function subjectAccessStory(ctx: SeedContext, c: Draft) {
  const { rng, atDay } = ctx;
  const openedAt = atDay(rng.int(90, 200), 9, 16);
  const closedAt = plus(openedAt, 18 * DAY);
  const kase = addCase(c, {
    category: "data_protection",
    status: "closed",
    summary: "Subject access request: customer asked for a copy of all personal data we hold.",
    resolution:
      "Identity verified (account email plus postcode and last order number). Copy of personal data, order history and call notes sent by secure download link on day 18 – within the one-month limit.",
    openedAt,
    closedAt,
    order: null,
  });
  addInteraction(c, {
    kind: "email",
    direction: "inbound",
    subject: "Subject access request",
    body: "Under data protection law please send me a copy of all the personal data you hold about me.",
    author: `${c.person.first} ${c.person.last}`,
    occurredAt: openedAt,
    case: kase,
  });
  addInteraction(c, {
    kind: "case_update",
    direction: null,
    subject: "Identity verified",
    body: "Identity verified by replying from the account email and confirming postcode and last order number. Deadline: one month from receipt.",
    author: "Gareth Evans",
    occurredAt: plus(openedAt, 1 * DAY),
    case: kase,
  });
  addInteraction(c, {
    kind: "email",
    direction: "outbound",
    subject: "Your personal data",
    body: "Your copy of the personal data we hold is ready. Use the secure link to download it; it expires in 7 days.",
    author: "Gareth Evans",
    occurredAt: closedAt,
    case: kase,
  });
}

/** A reasonable adjustment (Equality Act 2010): letters and order confirmations in large print. */
export function largePrintStory(ctx: SeedContext, c: Draft, oldest: number) {
  const { rng, atDay } = ctx;
  const openedAt = plus(c.orders[0]?.placedAt ?? atDay(oldest), rng.int(5, 20) * DAY);
  const kase = addCase(c, {
    category: "accessibility",
    status: "resolved",
    summary: "Customer struggles to read standard-print order confirmations and asked for large print.",
    resolution:
      "Reasonable adjustment (Equality Act 2010): account flagged so order confirmations and letters are posted in 16pt large print.",
    openedAt,
    closedAt: plus(openedAt, 2 * DAY),
    order: null,
  });
  addInteraction(c, {
    kind: "call",
    direction: "inbound",
    subject: "Large-print letters",
    body: "Customer called: can't read the small print on our letters. Agreed to send everything in large print.",
    author: "Jess Carter",
    occurredAt: openedAt,
    case: kase,
  });
  addInteraction(c, {
    kind: "letter",
    direction: "outbound",
    subject: "Large-print confirmation",
    body: "Large-print (16pt) letter confirming the change to future letters and order confirmations.",
    author: "Jess Carter",
    occurredAt: plus(openedAt, 2 * DAY),
    case: kase,
  });
}

/** A call with a customer living with dementia, kept short and confirmed in writing. */
export function vulnerableCallerStory(ctx: SeedContext, c: Draft) {
  const { rng, atDay } = ctx;
  const at = atDay(rng.int(40, 160), 10, 15);
  addInteraction(c, {
    kind: "call",
    direction: "inbound",
    subject: "Order query",
    body: "Customer called about an order already delivered; confirmed details slowly and followed up in writing. Agreed with the customer and their son (named contact, verified) to keep calls short and confirm everything in writing.",
    author: "Tom Reilly",
    occurredAt: at,
  });
  addInteraction(c, {
    kind: "letter",
    direction: "outbound",
    subject: "Confirming our call",
    body: "Letter confirming what we agreed on the phone, in plain English.",
    author: "Tom Reilly",
    occurredAt: plus(at, 1 * DAY),
  });
}
