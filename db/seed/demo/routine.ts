/** Routine contacts: loyalty-scheme questions, general notes, phone-order calls and follow-up tasks. */
import { AS_OF_MS, DAY, MINUTE, plus, type SeedContext } from "./context";
import { addInteraction, type Draft } from "./drafts";

const NOTES = [
  "Prefers deliveries after 2pm – works night shifts.",
  "Asked for plastic-free packaging where possible.",
  "Likes a darker roast; recommended the Espresso Roast beans.",
  "Buys gifts for family at Christmas – asked about gift wrapping.",
  "Asked whether the Crema One can use pre-ground coffee (it can).",
  "Shares the account address with a flatmate – check the name on parcels.",
];

export function addRoutineContacts(ctx: SeedContext, drafts: Draft[]): void {
  const { rng, atDay, staff } = ctx;
  for (const c of drafts) {
    if (!c.loyaltyMember && rng.chance(0.3)) {
      addInteraction(c, {
        kind: "note",
        direction: null,
        subject: "Loyalty scheme",
        body: "Asked about the loyalty scheme; explained points (1 point per £1, 100 points = £1 off). Customer will think about it.",
        author: staff(),
        occurredAt: plus(
          c.since,
          rng.int(3, Math.max(4, Math.floor((AS_OF_MS - c.since.getTime()) / DAY) - 1)) * DAY,
        ),
      });
    }
    if (rng.chance(0.3)) {
      addInteraction(c, {
        kind: "note",
        direction: null,
        subject: null,
        body: rng.pick(NOTES),
        author: staff(),
        occurredAt: plus(
          c.since,
          rng.int(3, Math.max(4, Math.floor((AS_OF_MS - c.since.getTime()) / DAY) - 1)) * DAY,
        ),
      });
    }
    for (const o of c.orders) {
      if (o.channel === "phone" && rng.chance(0.5)) {
        addInteraction(c, {
          kind: "call",
          direction: "inbound",
          subject: "Phone order",
          body: "Order {order} taken by phone; address and delivery instructions confirmed.",
          author: staff(),
          occurredAt: plus(o.placedAt, -5 * MINUTE),
          order: o,
        });
      }
    }
    if (c.plan.arch === "loyal" && rng.chance(0.6)) {
      const at = atDay(rng.int(20, 90));
      const done = rng.chance(0.5);
      addInteraction(c, {
        kind: "task",
        direction: null,
        subject: "Thank-you call",
        body: "Personal thank-you call for being one of our most loyal customers; mention the new single-origin range only if they are interested.",
        author: staff(),
        occurredAt: at,
        dueAt: plus(at, 7 * DAY),
        doneAt: done ? plus(at, 5 * DAY) : null,
      });
    }
    if ((c.plan.arch === "regular" || c.plan.arch === "subscriber") && rng.chance(0.25)) {
      const at = atDay(rng.int(1, 10));
      addInteraction(c, {
        kind: "task",
        direction: null,
        subject: "Send descaling tips",
        body: "Customer asked for descaling instructions for their kettle – send the guide.",
        author: staff(),
        occurredAt: at,
        dueAt: plus(at, rng.int(3, 14) * DAY),
        doneAt: null,
      });
    }
  }
}
