/**
 * Why lapsed customers left: a late delivery, a faulty item, a price rise, a bereavement, unwanted
 * marketing, or nothing at all (satisfied, then drifted away: satisfaction is not loyalty). Each story
 * plants the evidence a learner can find: the case, the timeline and the survey comments.
 */
import type { DatasetOrderItem } from "../../../../server/core/crm-dataset";
import { formatPence } from "../../../../server/core/money";
import { DAY, MINUTE, plus, type SeedContext } from "../context";
import { addCase, addFeedback, addInteraction, type Draft, type DraftOrder } from "../drafts";
import { CSAT_HIGH, npsSurvey } from "../feedback";
import { SYSTEM_AUTHOR } from "../lifecycle";
import { pickFaultItem } from "../orders";
import { TEAM_LEADER } from "../people";
import type { Reason } from "../plans";
import { lineTotal, nameOf } from "../products";

export function lapseStory(ctx: SeedContext, c: Draft, reason: Reason, lastOrder: DraftOrder) {
  const { rng, atDay, staff } = ctx;
  const deliveredAt = lastOrder.deliveredAt ?? plus(lastOrder.placedAt, 3 * DAY);
  const customerName = `${c.person.first} ${c.person.last}`;
  switch (reason) {
    case "late": {
      c.problemAt = lastOrder.placedAt;
      const lag = Math.round((deliveredAt.getTime() - lastOrder.placedAt.getTime()) / DAY);
      const main = lastOrder.items[0] as DatasetOrderItem;
      const chased = plus(lastOrder.placedAt, 6 * DAY + rng.int(60, 500) * MINUTE);
      const logged = rng.chance(0.67) || c.plan.arch === "winback";
      const kase = logged
        ? addCase(c, {
            category: "delivery",
            status: "closed",
            summary: `Order {order} arrived ${lag} days after it was placed; the courier lost it at a depot and the customer had to chase twice.`,
            resolution:
              "Apologised. £5.00 goodwill gesture refunded to the original payment method. Courier performance raised with the logistics team.",
            openedAt: chased,
            closedAt: plus(deliveredAt, 1 * DAY),
            order: lastOrder,
          })
        : null;
      addInteraction(c, {
        kind: "email",
        direction: "inbound",
        subject: "Where is my order?",
        body: `Order {order} was due days ago and tracking hasn't moved. ${rng.pick(["It's a birthday present.", "I took a day off to wait in for it.", "Nobody has replied to my first email."])}`,
        author: customerName,
        occurredAt: chased,
        order: lastOrder,
        case: kase,
      });
      if (kase) {
        main.refundStatus = "partial";
        main.refundedPence = Math.min(500, lineTotal(main) - 1);
        const agent = staff();
        addInteraction(c, {
          kind: "email",
          direction: "outbound",
          subject: "Re: Where is my order?",
          body: "Sorry for the delay. The courier has found the parcel at their depot and it is on its way. We've refunded £5.00 as a goodwill gesture.",
          author: agent,
          occurredAt: plus(chased, 26 * 60 * MINUTE),
          case: kase,
          order: lastOrder,
        });
        addInteraction(c, {
          kind: "remedy",
          direction: null,
          subject: "Goodwill refund",
          body: `£5.00 goodwill gesture refunded against ${nameOf(main)} (order {order}).`,
          author: agent,
          occurredAt: plus(chased, 27 * 60 * MINUTE),
          case: kase,
          order: lastOrder,
        });
      }
      const score = rng.int(2, 5);
      npsSurvey(
        ctx,
        c,
        plus(deliveredAt, rng.int(3, 7) * DAY),
        score,
        `${nameOf(main)} took ${lag} days to arrive and nobody told me why – I had to chase ${logged ? "twice" : "and never heard back"}. Won't be ordering again in a hurry.`,
        lastOrder,
      );
      addFeedback(c, {
        kind: "csat",
        score: rng.int(1, 2),
        comment: "Delivery was very late with no updates.",
        channel: "email",
        receivedAt: plus(deliveredAt, 2 * DAY),
        order: lastOrder,
      });
      if (!logged) {
        addInteraction(c, {
          kind: "task",
          direction: null,
          subject: "Call back detractor",
          body: "Detractor survey response about a late delivery – call back to apologise and close the loop.",
          author: SYSTEM_AUTHOR,
          occurredAt: plus(deliveredAt, 9 * DAY),
          dueAt: plus(deliveredAt, 12 * DAY),
          doneAt: null,
        });
      }
      break;
    }
    case "faulty": {
      c.problemAt = lastOrder.placedAt;
      const faulty = pickFaultItem(ctx, lastOrder);
      const openedAt = plus(deliveredAt, rng.int(9, 24) * DAY + rng.int(60, 500) * MINUTE);
      const days = Math.round((openedAt.getTime() - deliveredAt.getTime()) / DAY);
      faulty.returnStatus = "returned";
      const winback = c.plan.arch === "winback";
      if (winback) faulty.refundStatus = "none";
      else {
        faulty.refundStatus = "full";
        faulty.refundedPence = lineTotal(faulty);
      }
      const closedAt = plus(openedAt, (winback ? 6 : 17) * DAY);
      const kase = addCase(c, {
        category: "faulty_product",
        status: "closed",
        summary: `${nameOf(faulty)} (order {order}) stopped working ${days} days after delivery.`,
        resolution: winback
          ? "Customer chose a replacement over a refund (short-term right to reject explained). Replacement delivered; faulty unit collected."
          : `Rejected within 30 days (Consumer Rights Act 2015): full refund of ${formatPence(lineTotal(faulty))} to the original payment method once the item was collected. The customer had to chase the refund twice.`,
        openedAt,
        closedAt,
        order: lastOrder,
      });
      addInteraction(c, {
        kind: "email",
        direction: "inbound",
        subject: "Faulty item",
        body: `My ${nameOf(faulty)} has stopped working after ${days} days. ${rng.pick(["It just clicks and does nothing.", "It trips the fuse every time.", "The switch won't stay down."])} I'd like my money back.`,
        author: customerName,
        occurredAt: openedAt,
        case: kase,
        order: lastOrder,
      });
      addInteraction(c, {
        kind: "case_update",
        direction: null,
        subject: "Collection booked",
        body: "Courier collection booked for the faulty item.",
        author: staff(),
        occurredAt: plus(openedAt, 2 * DAY),
        case: kase,
      });
      if (!winback) {
        addInteraction(c, {
          kind: "email",
          direction: "inbound",
          subject: "Still waiting for my refund",
          body: "You collected it over a week ago. Where is my refund?",
          author: customerName,
          occurredAt: plus(openedAt, 12 * DAY),
          case: kase,
        });
        addInteraction(c, {
          kind: "remedy",
          direction: null,
          subject: "Full refund",
          body: `Full refund of ${formatPence(lineTotal(faulty))} issued to the original payment method.`,
          author: staff(),
          occurredAt: plus(openedAt, 15 * DAY),
          case: kase,
          order: lastOrder,
        });
        addFeedback(c, {
          kind: "ces",
          score: rng.int(5, 7),
          comment: "Had to explain the problem three times to different people.",
          channel: "email",
          receivedAt: plus(closedAt, 2 * DAY),
        });
        npsSurvey(
          ctx,
          c,
          plus(closedAt, 5 * DAY),
          rng.int(0, 4),
          `The ${nameOf(faulty)} packed up after ${Math.round(days / 7) <= 1 ? "a week" : `${Math.round(days / 7)} weeks`}. I got my money back in the end but it took three emails and a phone call.`,
          lastOrder,
        );
      } else {
        addInteraction(c, {
          kind: "remedy",
          direction: null,
          subject: "Replacement",
          body: `Replacement ${nameOf(faulty)} dispatched.`,
          author: staff(),
          occurredAt: plus(openedAt, 2 * DAY),
          case: kase,
          order: lastOrder,
        });
        addFeedback(c, {
          kind: "ces",
          score: 4,
          comment: null,
          channel: "email",
          receivedAt: plus(closedAt, 2 * DAY),
        });
        npsSurvey(
          ctx,
          c,
          plus(closedAt, 5 * DAY),
          6,
          `Replacement works but it took nearly a week to sort out and I've lost confidence in the ${nameOf(faulty)}.`,
          lastOrder,
        );
      }
      break;
    }
    case "price-sub": {
      c.problemAt = plus(lastOrder.placedAt, -40 * DAY);
      const at = plus(lastOrder.placedAt, rng.int(3, 10) * DAY + rng.int(60, 500) * MINUTE);
      addInteraction(c, {
        kind: "email",
        direction: "inbound",
        subject: "Cancel my subscription",
        body: "Please cancel my bean subscription. The price has gone up again and supermarket beans are fine for me now.",
        author: customerName,
        occurredAt: at,
      });
      addInteraction(c, {
        kind: "email",
        direction: "outbound",
        subject: "Re: Cancel my subscription",
        body: "Your subscription has been cancelled and no further payments will be taken. Sorry to see you go.",
        author: staff(),
        occurredAt: plus(at, 5 * 60 * MINUTE),
      });
      addInteraction(c, {
        kind: "note",
        direction: null,
        subject: "Subscription cancelled",
        body: "Reason given: price rise. No retention offer was made.",
        author: staff(),
        occurredAt: plus(at, 5 * 60 * MINUTE + 5 * MINUTE),
      });
      npsSurvey(
        ctx,
        c,
        plus(at, rng.int(10, 30) * DAY),
        rng.int(4, 6),
        "The subscription went up from £10.50 to £11.50 a bag with barely any notice. Supermarket beans are half the price.",
        null,
      );
      break;
    }
    case "price": {
      c.problemAt = plus(lastOrder.placedAt, 1 * DAY);
      const priciest = lastOrder.items.reduce((a, b) => (b.unitPricePence > a.unitPricePence ? b : a));
      const main =
        priciest.unitPricePence >= 3000
          ? priciest
          : pickFaultItem(ctx, lastOrder, ["KET-GOOSE-08", "GRD-HAND-CER", "CAF-STEEL-3", "TST-HALO-4"]);
      const saving = Math.max(3, Math.round((main.unitPricePence * 0.15) / 100));
      npsSurvey(
        ctx,
        c,
        plus(deliveredAt, rng.int(20, 60) * DAY),
        rng.int(3, 6),
        `Found the ${nameOf(main)} £${saving} cheaper elsewhere a week after I bought it, and the delivery charge on small orders is too much. Loyalty should count for something.`,
        lastOrder,
      );
      break;
    }
    case "drifted": {
      // Satisfied but not loyal: good scores, then simply stopped buying.
      if (lastOrder.deliveredAt) {
        addFeedback(c, {
          kind: "csat",
          score: rng.int(4, 5),
          comment: rng.pick(CSAT_HIGH),
          channel: "email",
          receivedAt: plus(lastOrder.deliveredAt, 2 * DAY),
          order: lastOrder,
        });
      }
      c.problemAt = plus(lastOrder.placedAt, 3 * DAY);
      npsSurvey(
        ctx,
        c,
        plus(lastOrder.placedAt, rng.int(20, 60) * DAY),
        rng.int(7, 8),
        rng.pick([
          "Nothing wrong really – I've got all the kit I need now.",
          "Happy with everything. I just buy my beans with the weekly shop now.",
          "Good service. Nothing stands out enough to come back for.",
        ]),
        null,
      );
      break;
    }
    case "bereaved": {
      c.problemAt = plus(lastOrder.placedAt, 1 * DAY);
      const at = atDay(rng.int(70, 130), 10, 15);
      addInteraction(c, {
        kind: "call",
        direction: "inbound",
        subject: "Bereavement",
        body: "Customer called to let us know their partner, who placed most of the orders, has died. Offered condolences and took it slowly. Removed the partner's saved payment card at the customer's request and stopped reminder emails about past purchases. They may order again later.",
        author: "Jess Carter",
        occurredAt: at,
      });
      addInteraction(c, {
        kind: "note",
        direction: null,
        subject: "Handle with care",
        body: "Vulnerability note added with the customer's agreement. No marketing or win-back contact for now; let the customer get in touch when ready.",
        author: "Jess Carter",
        occurredAt: plus(at, 15 * MINUTE),
      });
      break;
    }
    case "marketing": {
      c.problemAt = plus(lastOrder.placedAt, 1 * DAY);
      const at = plus(deliveredAt, rng.int(40, 80) * DAY + rng.int(60, 400) * MINUTE);
      const kase = addCase(c, {
        category: "data_protection",
        status: "closed",
        summary: "Customer kept receiving marketing texts after replying STOP.",
        resolution:
          "Apologised. All marketing consent withdrawn at the customer's request and the SMS opt-out sync fault fixed (PECR). Data protection officer informed.",
        openedAt: at,
        closedAt: plus(at, 3 * DAY),
        order: null,
      });
      addInteraction(c, {
        kind: "call",
        direction: "inbound",
        subject: "Unwanted marketing texts",
        body: "Customer angry: replied STOP twice and still getting offer texts. Apologised, withdrew consent for all marketing channels while on the call.",
        author: "Gareth Evans",
        occurredAt: at,
        case: kase,
      });
      addInteraction(c, {
        kind: "escalation",
        direction: null,
        subject: "Possible PECR breach",
        body: "Escalated to the team leader and the data protection officer: SMS opt-outs were not syncing to the marketing platform.",
        author: "Gareth Evans",
        occurredAt: plus(at, 30 * MINUTE),
        case: kase,
      });
      addInteraction(c, {
        kind: "email",
        direction: "outbound",
        subject: "We've stopped all marketing",
        body: "Confirming that you will not receive any more marketing from us by email, text, phone or post. We have fixed the fault that caused this. We're sorry.",
        author: TEAM_LEADER,
        occurredAt: plus(at, 3 * DAY),
        case: kase,
      });
      npsSurvey(
        ctx,
        c,
        plus(at, 20 * DAY),
        1,
        "I replied STOP and still got texts. That's not OK. Don't contact me again.",
        null,
      );
      c.requiredConsent.add("sms");
      for (const ch of ["email", "sms", "phone", "post"] as const) {
        c.consentOverrides.set(ch, {
          channel: ch,
          granted: false,
          method: "phone call",
          recordedAt: plus(at, 5 * MINUTE),
        });
      }
      break;
    }
    default:
      break;
  }
}
