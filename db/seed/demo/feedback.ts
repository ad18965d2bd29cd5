/** Surveys and feedback: what customers say (text banks), how they score, and the background survey waves. */
import { SHOP_NAME } from "../../../server/core/catalogue";
import { AS_OF_MS, DAY, isPast, MINUTE, plus, type SeedContext } from "./context";
import { addFeedback, addInteraction, type Draft, type DraftOrder } from "./drafts";
import { SYSTEM_AUTHOR } from "./lifecycle";

const PROMOTER_NPS = [
  "Brilliant service every time – the beans arrive fresh and well packed.",
  "Great quality kit and the team really know their coffee. I've recommended you to friends.",
  "Quick delivery and lovely products. The loyalty points are a nice bonus.",
  "Every order has been spot on. Keep doing what you're doing!",
  "Helpful people on the phone and fair prices. I wouldn't shop anywhere else for kitchen bits.",
  "The subscription is so easy to manage – I can skip a month in two clicks.",
  "You remembered I like the darker roast without me asking. That's why I keep coming back.",
];
const PASSIVE_NPS = [
  "Good products, but delivery can be slow at busy times.",
  "Fine overall – nothing special compared with the big shops.",
  "Decent beans, though a bit pricey for what they are.",
  "The website is fiddly on my phone, otherwise OK.",
  "Happy enough. Would like more decaf options.",
  "Products are nice but the delivery charge on small orders puts me off.",
];
const MILD_DETRACTOR_NPS = [
  "Took a week to arrive and the box was battered.",
  "Prices have crept up and I can get similar things cheaper elsewhere.",
  "Had to chase a reply to a simple question twice.",
  "Too many marketing emails – it feels like you only want to sell to me.",
];
export const CSAT_HIGH = [
  "Arrived a day early and beautifully packed.",
  "Exactly as described – really pleased.",
  "Smooth from order to delivery, thank you.",
  "Lovely quality, better than I expected for the price.",
  "Courier was friendly and put it in the porch as asked.",
];
const CSAT_MID = [
  "Fine, but delivery took longer than the estimate.",
  "Product OK, far too much packaging though.",
  "Does the job. The instructions could be clearer.",
];
const CSAT_LOW = [
  "Box was damaged and one mug was chipped.",
  "Delivery was two days late with no update.",
  "Smaller than the photos suggest.",
];
const GENERAL_COMMENTS = [
  "Please bring back the Ethiopian single-origin beans!",
  "Could you offer plastic-free packaging for the subscription bags?",
  "Would love a recipe booklet with the air fryer.",
  "The new checkout is much quicker – thank you.",
  "Any plans for a click-and-collect option?",
  "It would help to choose which day the subscription arrives.",
  "Your descaling guide on the website was really useful.",
];

const npsDist: Record<string, readonly (readonly [number, number])[]> = {
  loyal: [
    [10, 55],
    [9, 40],
    [8, 5],
  ],
  subscriber: [
    [10, 30],
    [9, 35],
    [8, 25],
    [7, 10],
  ],
  regular: [
    [10, 5],
    [9, 20],
    [8, 35],
    [7, 30],
    [6, 10],
  ],
  occasional: [
    [9, 10],
    [8, 30],
    [7, 35],
    [6, 15],
    [5, 10],
  ],
  drifted: [
    [9, 15],
    [8, 45],
    [7, 40],
  ],
};
const csatDist: Record<string, readonly (readonly [number, number])[]> = {
  loyal: [
    [5, 60],
    [4, 35],
    [3, 5],
  ],
  subscriber: [
    [5, 45],
    [4, 40],
    [3, 15],
  ],
  regular: [
    [5, 30],
    [4, 45],
    [3, 15],
    [2, 10],
  ],
  occasional: [
    [5, 25],
    [4, 40],
    [3, 20],
    [2, 10],
    [1, 5],
  ],
  drifted: [
    [5, 50],
    [4, 50],
  ],
};
function npsComment({ rng }: SeedContext, c: Draft, score: number): string {
  return score >= 9
    ? rng.pick(
        c.subscription === "none" ? PROMOTER_NPS.filter((t) => !t.includes("subscription")) : PROMOTER_NPS,
      )
    : score >= 7
      ? rng.pick(PASSIVE_NPS)
      : rng.pick(MILD_DETRACTOR_NPS);
}
function csatComment({ rng }: SeedContext, score: number): string {
  return score >= 4 ? rng.pick(CSAT_HIGH) : score === 3 ? rng.pick(CSAT_MID) : rng.pick(CSAT_LOW);
}
const surveyChannel = (c: Draft) => (c.preferredChannel === "sms" ? "sms" : "email");

/** Records a relationship NPS survey being sent and (optionally) answered. */
export function npsSurvey(
  ctx: SeedContext,
  c: Draft,
  sentAt: Date,
  score: number | null,
  comment: string | null,
  order: DraftOrder | null = null,
) {
  if (!isPast(sentAt)) return;
  addInteraction(c, {
    kind: "survey",
    direction: "outbound",
    subject: "How likely are you to recommend us?",
    body: `NPS survey sent by ${surveyChannel(c) === "sms" ? "SMS" : "email"}: "How likely are you to recommend ${SHOP_NAME} to a friend or colleague?" (0–10)`,
    author: SYSTEM_AUTHOR,
    occurredAt: sentAt,
  });
  if (score !== null) {
    addFeedback(c, {
      kind: "nps",
      score,
      comment,
      channel: surveyChannel(c),
      receivedAt: plus(sentAt, ctx.rng.int(2, 60 * 24 * 4) * MINUTE),
      order,
    });
  }
}

/** Background surveys: biannual NPS waves and post-delivery CSAT, before any planted problem. */
export function ambientFeedback(
  ctx: SeedContext,
  c: Draft,
  profile: keyof typeof npsDist,
  npsRate: number,
  csatRate: number,
) {
  const { rng, atDay } = ctx;
  const firstOrderAt = c.orders.reduce((min, o) => Math.min(min, o.placedAt.getTime()), AS_OF_MS);
  // Relationship NPS survey about every five months, on dates that vary by customer.
  const offset = rng.int(-70, 70);
  const waves = [680, 530, 380, 230, 80].map((w) => w + offset).filter((w) => w >= 3 && w <= 725);
  for (const w of waves) {
    const sentAt = atDay(w, 9, 11);
    if (c.problemAt && sentAt.getTime() >= c.problemAt.getTime()) continue;
    if (sentAt.getTime() - firstOrderAt < 30 * DAY) continue;
    const hadDelivery = c.orders.some((o) => o.deliveredAt && o.deliveredAt.getTime() < sentAt.getTime());
    if (!hadDelivery) continue;
    if (!rng.chance(npsRate)) {
      npsSurvey(ctx, c, sentAt, null, null);
      continue;
    }
    const score = rng.weighted(npsDist[profile] ?? npsDist.regular ?? [[8, 1]]);
    npsSurvey(ctx, c, sentAt, score, rng.chance(0.55) ? npsComment(ctx, c, score) : null);
  }
  for (const o of c.orders) {
    if (!o.deliveredAt) continue;
    if (c.problemAt && o.placedAt.getTime() >= c.problemAt.getTime() - 2 * DAY) continue;
    if (!rng.chance(csatRate)) continue;
    const score = rng.weighted(csatDist[profile] ?? csatDist.regular ?? [[4, 1]]);
    addFeedback(c, {
      kind: "csat",
      score,
      comment: rng.chance(0.35) ? csatComment(ctx, score) : null,
      channel: o.channel === "app" ? "app" : "email",
      receivedAt: plus(o.deliveredAt, rng.int(1, 6) * DAY + rng.int(0, 600) * MINUTE),
      order: o,
    });
  }
  if (rng.chance(0.12)) {
    const at = new Date(
      firstOrderAt + rng.int(10, Math.max(11, Math.floor((AS_OF_MS - firstOrderAt) / DAY) - 1)) * DAY,
    );
    addFeedback(c, {
      kind: "comment",
      score: null,
      comment: rng.pick(GENERAL_COMMENTS),
      channel: "web",
      receivedAt: at,
    });
  }
}
