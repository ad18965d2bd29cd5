/**
 * Unhappy active customers with a recent complaint still open: a new item that broke, a leaking one on
 * its way back, a repeat fault escalated for a refund, a parcel marked delivered but not received, and a
 * charge after cancelling a subscription.
 */
import type { DatasetOrderItem } from "../../../../server/core/crm-dataset";
import { formatPence } from "../../../../server/core/money";
import { DAY, MINUTE, plus, type SeedContext } from "../context";
import { addCase, addFeedback, addInteraction, type Draft } from "../drafts";
import { ambientFeedback, npsSurvey } from "../feedback";
import { SYSTEM_AUTHOR } from "../lifecycle";
import { addOrder, basket, oneOffOrders, pickFaultItem, spreadDays, subscriptionOrders } from "../orders";
import { TEAM_LEADER } from "../people";
import { SUB_500 } from "../plans";
import { FAULT_PRONE, item, lineTotal, nameOf } from "../products";

export function unhappyStory(ctx: SeedContext, c: Draft, owned: Set<string>) {
  const { rng, atDay } = ctx;
  const reason = c.plan.reason ?? "faulty-new";
  const customerName = `${c.person.first} ${c.person.last}`;
  const problemDays =
    reason === "faulty-repeat"
      ? rng.int(75, 110)
      : reason === "missing-parcel"
        ? rng.int(6, 12)
        : reason === "billing"
          ? rng.int(8, 14)
          : rng.int(12, 26);
  const oldest = rng.int(problemDays + 150, 600);
  if (reason === "billing") {
    const cancelDays = problemDays + rng.int(20, 30);
    const subs = subscriptionOrders(ctx, c, c.plan.sub?.sku ?? SUB_500, oldest, cancelDays);
    oneOffOrders(
      ctx,
      c,
      spreadDays(ctx, oldest - 10, cancelDays + 15, 2),
      { big: 10, mid: 40, small: 30, consumable: 20 },
      2,
      owned,
    );
    const cancelledAt = plus(subs[subs.length - 1]?.placedAt ?? atDay(cancelDays), 5 * DAY);
    addInteraction(c, {
      kind: "message",
      direction: "inbound",
      subject: "Cancel subscription",
      body: "Please cancel my subscription – I'm moving to decaf.",
      author: customerName,
      occurredAt: cancelledAt,
    });
    addInteraction(c, {
      kind: "message",
      direction: "outbound",
      subject: "Re: Cancel subscription",
      body: "Done – your subscription is cancelled and you won't be charged again.",
      author: "Tom Reilly",
      occurredAt: plus(cancelledAt, 90 * MINUTE),
    });
    const wrongAt = atDay(problemDays, 6, 8);
    const wrong = addOrder(ctx, c, wrongAt, [item(c.plan.sub?.sku ?? SUB_500, wrongAt)], {
      channel: "web",
      payment: `${c.payment} (subscription)`,
    });
    wrong.status = "cancelled";
    wrong.deliveredAt = null;
    const wrongItem = wrong.items[0] as DatasetOrderItem;
    wrongItem.refundStatus = "full";
    wrongItem.refundedPence = lineTotal(wrongItem);
    c.problemAt = plus(cancelledAt, -1 * DAY);
    const openedAt = plus(wrongAt, 1 * DAY + 3 * 60 * MINUTE);
    const kase = addCase(c, {
      category: "billing",
      status: "resolved",
      summary: `Charged ${formatPence(lineTotal(wrongItem))} for a subscription box (order {order}) after cancelling the subscription.`,
      resolution: `Cancellation had not been applied because of a system error. Order {order} cancelled before dispatch and ${formatPence(lineTotal(wrongItem))} refunded in full to the original card.`,
      openedAt,
      closedAt: plus(openedAt, 2 * DAY),
      order: wrong,
    });
    addFeedback(c, {
      kind: "complaint",
      score: null,
      comment: "I cancelled my subscription weeks ago and you've charged me again. I want it refunded today.",
      channel: "web",
      receivedAt: openedAt,
      order: wrong,
    });
    addInteraction(c, {
      kind: "message",
      direction: "inbound",
      subject: "Charged after cancelling",
      body: "I cancelled weeks ago and you've charged me again!",
      author: customerName,
      occurredAt: openedAt,
      case: kase,
      order: wrong,
    });
    addInteraction(c, {
      kind: "remedy",
      direction: null,
      subject: "Full refund",
      body: `Refunded ${formatPence(lineTotal(wrongItem))} in full; order {order} cancelled.`,
      author: "Tom Reilly",
      occurredAt: plus(openedAt, 2 * DAY),
      case: kase,
      order: wrong,
    });
    addInteraction(c, {
      kind: "message",
      direction: "outbound",
      subject: "Refund issued",
      body: "You're right, and I'm sorry – your cancellation didn't go through properly. I've cancelled the order and refunded you in full.",
      author: "Tom Reilly",
      occurredAt: plus(openedAt, 2 * DAY + 5 * MINUTE),
      case: kase,
    });
    npsSurvey(
      ctx,
      c,
      plus(openedAt, 4 * DAY),
      rng.int(3, 5),
      "Had to chase a refund for something I'd already cancelled. Sorted in the end, but I shouldn't have had to.",
      null,
    );
    ambientFeedback(ctx, c, "regular", 0.4, 0.2);
    return;
  }

  const earlier = spreadDays(ctx, oldest, problemDays + 30, rng.int(2, 5));
  oneOffOrders(ctx, c, earlier, { big: 10, mid: 40, small: 30, consumable: 20 }, 2, owned);
  const at = atDay(problemDays);
  const order = addOrder(
    ctx,
    c,
    at,
    basket(ctx, at, { big: 0, mid: 20, small: 50, consumable: 30 }, 2, owned),
  );
  if (order.status !== "delivered") {
    order.status = "delivered";
    order.deliveredAt = plus(at, 2 * DAY);
  }
  const deliveredAt = order.deliveredAt as Date;
  c.problemAt = plus(at, -1 * DAY);
  ambientFeedback(ctx, c, "regular", 0.4, 0.2);

  if (reason === "missing-parcel") {
    const openedAt = plus(deliveredAt, 20 * 60 * MINUTE);
    const kase = addCase(c, {
      category: "delivery",
      status: "in_progress",
      summary:
        "Tracking for order {order} shows delivered but the customer has not received it; neighbours have not got it either.",
      resolution: null,
      openedAt,
      closedAt: null,
      order,
    });
    addFeedback(c, {
      kind: "complaint",
      score: null,
      comment: "Tracking says delivered but nothing arrived and the photo shows someone else's door.",
      channel: "phone",
      receivedAt: openedAt,
      order,
    });
    addInteraction(c, {
      kind: "call",
      direction: "inbound",
      subject: "Parcel not received",
      body: "Customer called: order {order} marked delivered yesterday but not received. Delivery photo shows a different front door. Opened courier investigation.",
      author: "Adebayo Ogun",
      occurredAt: openedAt,
      case: kase,
      order,
    });
    addInteraction(c, {
      kind: "case_update",
      direction: null,
      subject: "Courier investigation",
      body: "Claim raised with courier; they reply within 2 working days.",
      author: "Adebayo Ogun",
      occurredAt: plus(openedAt, 30 * MINUTE),
      case: kase,
    });
    addInteraction(c, {
      kind: "task",
      direction: null,
      subject: "Update customer on courier claim",
      body: "Call the customer with the courier's answer and offer a replacement or refund if the parcel cannot be found.",
      author: "Adebayo Ogun",
      occurredAt: plus(openedAt, 32 * MINUTE),
      dueAt: plus(openedAt, 2 * DAY),
      doneAt: null,
    });
    addFeedback(c, {
      kind: "ces",
      score: 6,
      comment: "Had to wait 25 minutes to get through.",
      channel: "sms",
      receivedAt: plus(openedAt, 1 * DAY),
    });
    return;
  }

  const faultyPool =
    reason === "faulty-repeat"
      ? ["AFR-CRISP-55", "AFR-CRISP-DUO-9"]
      : reason === "faulty-return"
        ? ["KET-AURORA-17", "KET-STEEL-15", "BLD-VORTEX-1200", "CFM-DRIP-10"] // "leaking from the base"
        : FAULT_PRONE;
  const faulty = pickFaultItem(
    ctx,
    order,
    faultyPool.filter((s) => !owned.has(s) || order.items.some((i) => i.sku === s)),
  );
  owned.add(faulty.sku);
  const name = nameOf(faulty);
  if (reason === "faulty-new") {
    const openedAt = atDay(rng.int(1, 2), 9, 16);
    const days = Math.round((openedAt.getTime() - deliveredAt.getTime()) / DAY);
    faulty.returnStatus = "requested";
    const kase = addCase(c, {
      category: "faulty_product",
      status: "open",
      summary: `${name} from order {order} stopped working ${days} days after delivery. Customer wants a refund, not a replacement.`,
      resolution: null,
      openedAt,
      closedAt: null,
      order,
    });
    addFeedback(c, {
      kind: "complaint",
      score: null,
      comment: `My ${name} only worked for ${days} days. I want my money back, not another one that breaks.`,
      channel: "email",
      receivedAt: openedAt,
      order,
    });
    addInteraction(c, {
      kind: "email",
      direction: "inbound",
      subject: `Broken ${name}`,
      body: `The ${name} I bought on order {order} has stopped working after ${days} days. I'm really disappointed – I want a refund.`,
      author: customerName,
      occurredAt: openedAt,
      case: kase,
      order,
    });
    addInteraction(c, {
      kind: "task",
      direction: null,
      subject: "Reply to complaint",
      body: "Reply within one working day. Within 30 days of delivery the customer can reject the item for a full refund.",
      author: SYSTEM_AUTHOR,
      occurredAt: plus(openedAt, 1 * MINUTE),
      dueAt: plus(openedAt, 1 * DAY),
      doneAt: null,
      case: kase,
    });
  } else if (reason === "faulty-return") {
    const openedAt = plus(deliveredAt, rng.int(5, 9) * DAY + rng.int(60, 400) * MINUTE);
    faulty.returnStatus = "requested";
    const kase = addCase(c, {
      category: "faulty_product",
      status: "in_progress",
      summary: `${name} from order {order} is leaking from the base. Customer accepted a full refund under the short-term right to reject; waiting for the return to arrive.`,
      resolution: null,
      openedAt,
      closedAt: null,
      order,
    });
    addFeedback(c, {
      kind: "complaint",
      score: null,
      comment: `The ${name} leaks all over the worktop. Not what I expect for the price.`,
      channel: "phone",
      receivedAt: openedAt,
      order,
    });
    addInteraction(c, {
      kind: "call",
      direction: "inbound",
      subject: `Leaking ${name}`,
      body: "Customer called: the item leaks from the base. Listened, apologised, agreed a full refund once it is back; emailed a prepaid returns label.",
      author: "Jess Carter",
      occurredAt: openedAt,
      case: kase,
      order,
    });
    addInteraction(c, {
      kind: "email",
      direction: "outbound",
      subject: "Your returns label",
      body: "Here is your prepaid returns label. We'll refund you in full to your original payment method as soon as it arrives back with us.",
      author: "Jess Carter",
      occurredAt: plus(openedAt, 15 * MINUTE),
      case: kase,
    });
    addInteraction(c, {
      kind: "task",
      direction: null,
      subject: "Check return has arrived",
      body: "Check the warehouse has received the return and issue the refund (within 14 days of agreeing it).",
      author: "Jess Carter",
      occurredAt: plus(openedAt, 16 * MINUTE),
      dueAt: plus(openedAt, 7 * DAY),
      doneAt: null,
      case: kase,
    });
    npsSurvey(
      ctx,
      c,
      plus(openedAt, 2 * DAY),
      rng.int(4, 6),
      "Disappointing product, though the person on the phone was kind and sorted the return quickly.",
      order,
    );
  } else {
    // faulty-repeat: 30 days to 6 months, one repair/replacement already failed → escalated for a refund.
    const firstFault = plus(deliveredAt, rng.int(35, 45) * DAY);
    const secondFault = atDay(rng.int(3, 6), 9, 16);
    faulty.returnStatus = "requested";
    const kase = addCase(c, {
      category: "faulty_product",
      status: "escalated",
      summary: `${name} from order {order} failed after ${Math.round((firstFault.getTime() - deliveredAt.getTime()) / DAY)} days; the replacement has now developed the same fault.`,
      resolution: null,
      openedAt: firstFault,
      closedAt: null,
      order,
    });
    addInteraction(c, {
      kind: "email",
      direction: "inbound",
      subject: `${name} fault`,
      body: "The basket coating is peeling and it keeps cutting out.",
      author: customerName,
      occurredAt: firstFault,
      case: kase,
      order,
    });
    addInteraction(c, {
      kind: "remedy",
      direction: null,
      subject: "Replacement",
      body: `Replacement ${name} sent (fault reported after 30 days: one repair or replacement first).`,
      author: "Gareth Evans",
      occurredAt: plus(firstFault, 1 * DAY),
      case: kase,
      order,
    });
    addInteraction(c, {
      kind: "call",
      direction: "inbound",
      subject: "Replacement faulty too",
      body: "Customer called: the replacement has the same fault. Very frustrated – 'I'm done with replacements'. The replacement has failed, so the customer is now entitled to a refund or a price reduction (Consumer Rights Act 2015).",
      author: "Gareth Evans",
      occurredAt: secondFault,
      case: kase,
    });
    addInteraction(c, {
      kind: "escalation",
      direction: null,
      subject: "Escalated to team leader",
      body: "Escalated: second failure of the same model. Recommend a full refund and collection of the unit.",
      author: "Gareth Evans",
      occurredAt: plus(secondFault, 20 * MINUTE),
      case: kase,
    });
    addInteraction(c, {
      kind: "task",
      direction: null,
      subject: "Team leader to call customer",
      body: "Call the customer, apologise and agree the refund.",
      author: TEAM_LEADER,
      occurredAt: plus(secondFault, 25 * MINUTE),
      dueAt: plus(secondFault, 1 * DAY),
      doneAt: null,
      case: kase,
    });
    addFeedback(c, {
      kind: "complaint",
      score: null,
      comment: `Second ${name}, same fault. I'm done with replacements – I want a refund.`,
      channel: "phone",
      receivedAt: secondFault,
      order,
    });
    npsSurvey(
      ctx,
      c,
      plus(firstFault, 10 * DAY),
      rng.int(1, 3),
      `The first ${name} broke after a few weeks and I'm waiting to see if the replacement is any better.`,
      order,
    );
  }
}
