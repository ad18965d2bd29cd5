/** Win-back contact: a recent personal offer to a lapsed customer, or an old one that went unanswered. */
import { DAY, MINUTE, monthName, plus, type SeedContext } from "../context";
import { addInteraction, type Draft, type DraftOrder } from "../drafts";
import type { Reason } from "../plans";

export function winBackContact(ctx: SeedContext, c: Draft, reason: Reason, lastOrder: DraftOrder) {
  const { rng, atDay, staff } = ctx;
  const at = atDay(rng.int(5, 40), 9, 17);
  // Marketing goes only through a channel the customer consented to (recorded at sign-up).
  const channel: "email" | "sms" = c.preferredChannel === "sms" ? "sms" : "email";
  c.requiredConsent.add(channel);
  const personal =
    reason === "late"
      ? "We're sorry your last delivery let you down – we've since changed courier for your area."
      : reason === "price-sub"
        ? "You can now choose a 250g bag or skip months whenever you like, so the subscription costs less."
        : reason === "faulty"
          ? "Thank you for giving us the chance to put things right with your replacement."
          : `It's been a while since your last order in ${monthName(lastOrder.placedAt)}.`;
  addInteraction(c, {
    kind: channel,
    direction: "outbound",
    subject: channel === "email" ? `We've missed you, ${c.person.first}` : null,
    body: `Hi ${c.person.first},\n\n${personal} Here's 15% off your next order (code WELCOMEBACK15, valid 30 days). ${channel === "sms" ? "Reply STOP to opt out." : "You can unsubscribe from offers at any time using the link below."}`,
    author: staff(),
    occurredAt: at,
  });
  c.tags.add("win-back offer sent");
  const due = plus(at, 14 * DAY);
  addInteraction(c, {
    kind: "task",
    direction: null,
    subject: "Follow up win-back offer",
    body: "Check whether the customer has used the offer; if not, one personal follow-up through the same channel – no more.",
    author: staff(),
    occurredAt: plus(at, 5 * MINUTE),
    dueAt: due,
    doneAt: null,
  });
  if (rng.chance(0.4)) {
    addInteraction(c, {
      kind: channel,
      direction: "inbound",
      subject: channel === "email" ? `Re: We've missed you, ${c.person.first}` : null,
      body: rng.pick([
        "Thanks – I might give the new blend a try.",
        "Appreciate you getting in touch. Will have a look next payday.",
      ]),
      author: `${c.person.first} ${c.person.last}`,
      occurredAt: plus(at, rng.int(1, 3) * DAY),
    });
  }
}

export function oldWinBackContact(ctx: SeedContext, c: Draft, lastOrder: DraftOrder) {
  const { rng, atDay, staff } = ctx;
  c.requiredConsent.add("email");
  void lastOrder;
  const at = atDay(rng.int(90, 150), 9, 17);
  addInteraction(c, {
    kind: "email",
    direction: "outbound",
    subject: `We've missed you, ${c.person.first}`,
    body: `Hi ${c.person.first},\n\nIt's been a while! Here's 10% off your next order (code COMEBACK10, valid 30 days).`,
    author: staff(),
    occurredAt: at,
  });
  addInteraction(c, {
    kind: "task",
    direction: null,
    subject: "Follow up win-back offer",
    body: "Check whether the offer was used.",
    author: staff(),
    occurredAt: plus(at, 5 * MINUTE),
    dueAt: plus(at, 21 * DAY),
    doneAt: plus(at, 22 * DAY),
  });
  addInteraction(c, {
    kind: "note",
    direction: null,
    subject: "No response",
    body: "No response to the win-back offer and code unused. Leave for six months.",
    author: staff(),
    occurredAt: plus(at, 22 * DAY),
  });
}
