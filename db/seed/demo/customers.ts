/** Who each demo customer is: a plan given to each person, their draft record, and when they joined. */
import type { Channel } from "../../../server/core/crm-dataset";
import { DAY, DEMO_AS_OF, AS_OF_MS, MINUTE, plus, type SeedContext } from "./context";
import type { Draft, DraftOrder } from "./drafts";
import { ONBOARDING_DAYS } from "./lifecycle";
import { PEOPLE } from "./people";
import { PLANS, type Plan } from "./plans";

/** Gives every plan a person (plans that need an age band first) and starts each one's draft record. */
export function createDrafts(ctx: SeedContext): Draft[] {
  const { rng } = ctx;
  const unassigned = PEOPLE.map((p, i) => i);
  const assignments: { plan: Plan; personIndex: number }[] = [];
  const constrained = PLANS.filter((p) => p.ages);
  const free = PLANS.filter((p) => !p.ages);
  for (const plan of constrained) {
    const pool = unassigned.filter((i) => plan.ages?.includes((PEOPLE[i] as (typeof PEOPLE)[number])[2]));
    const chosen = rng.pick(pool.length > 0 ? pool : unassigned);
    unassigned.splice(unassigned.indexOf(chosen), 1);
    assignments.push({ plan, personIndex: chosen });
  }
  const rest = rng.shuffle(unassigned);
  free.forEach((plan, k) => {
    const personIndex = rest[k];
    if (personIndex === undefined) throw new Error("More plans than people");
    assignments.push({ plan, personIndex });
  });

  const drafts: Draft[] = assignments.map(({ plan, personIndex }, index) => {
    const [first, last, age, town] = PEOPLE[personIndex] as (typeof PEOPLE)[number];
    const preferredChannel =
      plan.preferredChannel ??
      rng.weighted<Channel>(
        age === "retired"
          ? [
              ["phone", 4],
              ["email", 4],
              ["post", 2],
            ]
          : age === "older"
            ? [
                ["email", 5],
                ["phone", 4],
                ["post", 1],
              ]
            : age === "mid"
              ? [
                  ["email", 7],
                  ["sms", 2],
                  ["phone", 1],
                ]
              : [
                  ["email", 5],
                  ["sms", 5],
                ],
      );
    const orderChannels: Draft["orderChannels"] =
      age === "retired" || age === "older"
        ? [
            ["web", 6],
            ["phone", 4],
            ["app", 1],
          ]
        : age === "mid"
          ? [
              ["web", 6],
              ["app", 3],
              ["phone", 1],
            ]
          : [
              ["app", 5],
              ["web", 5],
            ];
    const payment =
      age === "retired" || age === "older"
        ? rng.pick(["Visa debit", "Mastercard credit", "Visa debit", "PayPal"])
        : rng.pick(["Visa debit", "Apple Pay", "PayPal", "Mastercard debit", "Google Pay", "Apple Pay"]);
    return {
      index,
      plan,
      person: { first, last, age, town },
      since: DEMO_AS_OF, // set once the first order is known
      preferredChannel,
      payment,
      orderChannels,
      consents: new Map(),
      orders: [],
      feedback: [],
      cases: [],
      interactions: [],
      problemAt: null,
      loyaltyMember: false,
      tags: new Set(),
      subscription: plan.sub?.state ?? "none",
      requiredConsent: new Set(),
      consentOverrides: new Map(),
    };
  });
  return drafts;
}

/** A customer joined a few minutes before their first order (some a little earlier); new customers within 60 days. */
export function settleCustomerSince(ctx: SeedContext, drafts: Draft[]): void {
  const { rng, atDay } = ctx;
  for (const c of drafts) {
    const firstOrder = c.orders.reduce<DraftOrder | null>(
      (a, o) => (!a || o.placedAt < a.placedAt ? o : a),
      null,
    );
    const firstAt = firstOrder?.placedAt ?? atDay(30);
    c.since = plus(firstAt, -rng.int(3, 25) * MINUTE);
    if (c.plan.arch !== "newbie" && rng.chance(0.15)) c.since = plus(c.since, -rng.int(2, 20) * DAY);
    if (c.plan.arch === "newbie" && AS_OF_MS - c.since.getTime() >= ONBOARDING_DAYS * DAY)
      c.since = plus(DEMO_AS_OF, -55 * DAY);
  }
}
