/** A new customer's first weeks: an optional first question, then the 30-day engagement check-in. */
import { SHOP_NAME } from "../../../../server/core/catalogue";
import { AS_OF_MS, DAY, MINUTE, plus, type SeedContext } from "../context";
import { addFeedback, addInteraction, type Draft } from "../drafts";
import { CSAT_HIGH } from "../feedback";
import { SYSTEM_AUTHOR } from "../lifecycle";

export function onboardingStory(ctx: SeedContext, c: Draft) {
  const { rng, staff } = ctx;
  const first = c.orders[0];
  if (!first) return;
  const checkIn = plus(first.placedAt, 30 * DAY);
  if (c.plan.extra === "first-question") {
    const at = plus(first.placedAt, rng.int(1, 3) * DAY);
    addInteraction(c, {
      kind: "email",
      direction: "inbound",
      subject: "Grind size?",
      body: "Hi, I've just signed up for the beans. I use a cafetière – can you send them ground instead of whole bean?",
      author: `${c.person.first} ${c.person.last}`,
      occurredAt: at,
    });
    addInteraction(c, {
      kind: "email",
      direction: "outbound",
      subject: "Re: Grind size?",
      body: `Hi ${c.person.first}, welcome to ${SHOP_NAME}! Yes – I've changed your subscription to a coarse cafetière grind from your next bag. You can change it any time under "My subscription". Thank you for joining us.`,
      author: "Jess Carter",
      occurredAt: plus(at, 3 * 60 * MINUTE),
    });
    addFeedback(c, {
      kind: "ces",
      score: 1,
      comment: "Answered in one email.",
      channel: "email",
      receivedAt: plus(at, 1 * DAY),
    });
  }
  const done = checkIn.getTime() < AS_OF_MS && rng.chance(0.6);
  addInteraction(c, {
    kind: "task",
    direction: null,
    subject: "Engagement check-in",
    body: "30-day check-in: how are they getting on with their first order? Any questions? Record preferences.",
    author: SYSTEM_AUTHOR,
    occurredAt: plus(first.placedAt, 10 * MINUTE),
    dueAt: checkIn,
    doneAt: done ? plus(checkIn, rng.int(0, 2) * DAY) : null,
  });
  if (done) {
    const at = plus(checkIn, 1 * MINUTE);
    addInteraction(c, {
      kind: c.preferredChannel === "phone" ? "call" : "email",
      direction: "outbound",
      subject: "How are you getting on?",
      body: `Check-in with ${c.person.first}: happy with the first order; no questions.`,
      author: staff(),
      occurredAt: at,
    });
    if (first.deliveredAt)
      addFeedback(c, {
        kind: "csat",
        score: rng.weighted([
          [5, 5],
          [4, 4],
          [3, 1],
        ] as const),
        comment: rng.chance(0.5) ? rng.pick(CSAT_HIGH) : null,
        channel: "email",
        receivedAt: plus(at, 1 * DAY),
        order: first,
      });
  } else if (first.deliveredAt) {
    addFeedback(c, {
      kind: "csat",
      score: rng.weighted([
        [5, 4],
        [4, 4],
        [3, 2],
      ] as const),
      comment: rng.chance(0.4) ? rng.pick(CSAT_HIGH) : null,
      channel: "email",
      receivedAt: plus(first.deliveredAt, 2 * DAY),
      order: first,
    });
  }
}
