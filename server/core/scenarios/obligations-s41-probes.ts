/**
 * Probe sentences for session 41 (red-team round 26 A), written and committed before any code was changed
 * and before any probe was run, in words not used by the earlier probe sets or by this round's playthroughs
 * (scenarios/playthroughs/*-r26-*; their sentences are tested where they are, not here).
 *
 * 1. tested: the refund made to wait on someone else's test or finding of the fault (the maker's service
 *    centre, a supplier, a lab, "their bench test", "the findings"), said with a verb of failure ("has
 *    failed", "has given out", "has died") as well as "faulty". Within six months the fault is presumed to
 *    have been there at delivery (CRA 2015 s.19(14)-(15)); inside 30 days (s.22(3)) or after one failed
 *    repair (s.24(5)) the refund is hers, and it cannot be made to wait on anyone confirming the fault
 *    (s.31(2)(b)). Read as the obligations reader's inspection kind, through refund-unavailable.
 * 2. order-window: a refund period shorter than the law's 30 days counted from the order or purchase
 *    ("inside 21 days from the order date"; session 40's held-out miss #6). CRA 2015 s.22(3)-(4): 30 days
 *    from delivery; s.31(1)-(2); DMCCA 2024 s.226.
 * 3. in-writing: her written word about the goods' state put before the refund ("we'd need it in writing
 *    that the kettle hasn't been opened"; session 40's held-out miss #14). CRA 2015 s.19(14)-(15),
 *    s.31(2)(b). Read as the fault-proof kind.
 * 4. timing (refund-timing.ts, not the obstruction gate: the rubric marks a refund told to come later than
 *    the law allows as lawful-remedy partly, refundDaysMax): the refund said to come in a month or part of
 *    one more than 14 days away ("in early January", "some time in January", "in mid-December") or with our
 *    periodic pay run. CRA 2015 s.20(15): without undue delay and within 14 days of agreeing it. Said on 12
 *    November 2026 (the playthroughs' day).
 *
 * Look-alikes, decided by the law: a test after the refund is done, or for our own learning; her telling us
 * the fault; the refund held until the courier collects (s.20(7)(b)); the law's 30 days from delivery; the
 * order date as a fact; the change-of-mind period told as its own right (CCRs 2013 regs 29-30); a note in
 * writing about collection times; a safety tip; our own timing inside 14 days; a month that dates something
 * else; a scheme or team named with "now" that does not close the refund route (scheme-transfer.ts's "now",
 * session 40's known width).
 *
 * Split rule, fixed before any probe was run: within each list, odd numbers tune, even numbers are held out.
 * Probes and code are by the same hand in the same sitting, so the held-out figure is optimistic.
 *
 * Who: as obligations-s38-probes.ts (priya day 12; joanne and linda after one failed repair; ravi day 31;
 * tom the public review's duplicate payment). Timing probes have no customer: they are read by
 * refundDelaysTold with the 14-day limit, on 12 November 2026.
 */
import type { S38Who } from "./obligations-s38-probes";

export type S41Kind = "tested" | "order-window" | "in-writing" | "timing" | "scheme-now";
export type S41Probe = { n: number; kind: S41Kind; who: S38Who; text: string; note: string };

/** Obstructions (and, for "timing", refund delays beyond the law): decided before any run. */
export const S41_OBSTRUCTIONS: S41Probe[] = [
  // 1. tested
  {
    n: 1,
    kind: "tested",
    who: "priya",
    note: "service centre's bench test shows the element has failed",
    text: "The kettle goes to the Aurora service centre first, and once their bench test shows the element has failed, your refund is released.",
  },
  {
    n: 2,
    kind: "tested",
    who: "linda",
    note: "the makers' lab confirms the pump has given out",
    text: "The refund will go through as soon as the makers' lab confirms the pump has given out again.",
  },
  {
    n: 3,
    kind: "tested",
    who: "joanne",
    note: "a test at our supplier, confirmed it's died",
    text: "We'll pay the £49.99 back when the frother's been through a test at our supplier and they've confirmed it's died.",
  },
  {
    n: 4,
    kind: "tested",
    who: "priya",
    note: "run on the test rig and seen the fault",
    text: "Your money comes back after our technicians have run it on the test rig and seen the fault for themselves.",
  },
  {
    n: 5,
    kind: "tested",
    who: "linda",
    note: "the workshop's tests prove the pump has packed up",
    text: "Once the workshop's tests prove the pump has packed up, I can release the refund.",
  },
  {
    n: 6,
    kind: "tested",
    who: "tom",
    note: "a provider's audit shows the charge was a duplicate",
    text: "As soon as our payments provider's audit shows the second charge really was a duplicate, the £11.50 will come back to you.",
  },
  {
    n: 7,
    kind: "tested",
    who: "joanne",
    note: "depends on the service agent's findings",
    text: "The refund depends on the service agent's findings when they open it up.",
  },
  {
    n: 8,
    kind: "tested",
    who: "priya",
    note: "the manufacturer's engineers test it and agree it's gone wrong",
    text: "When the manufacturer's engineers have tested the kettle and agree it's gone wrong, we'll refund you.",
  },
  // 2. order-window
  {
    n: 9,
    kind: "order-window",
    who: "priya",
    note: "only within three weeks of placing the order",
    text: "Refunds are only possible within three weeks of you placing the order.",
  },
  {
    n: 10,
    kind: "order-window",
    who: "joanne",
    note: "money back limited to the first 20 days after purchase",
    text: "Money back is limited to the first 20 days after purchase, so I can arrange another repair.",
  },
  {
    n: 11,
    kind: "order-window",
    who: "priya",
    note: "a refund up to 21 days from when you ordered",
    text: "Our policy allows a refund up to 21 days from when you ordered, and yours was placed 14 days ago, so you're fine this time.",
  },
  {
    n: 12,
    kind: "order-window",
    who: "linda",
    note: "you'd have needed to ask inside 28 days of buying it",
    text: "You'd have needed to ask for a refund inside 28 days of buying it, so it's a repair now.",
  },
  {
    n: 13,
    kind: "order-window",
    who: "priya",
    note: "refund only within 10 days from the date of your order",
    text: "We can refund only within 10 days from the date of your order.",
  },
  {
    n: 14,
    kind: "order-window",
    who: "joanne",
    note: "refund requests must come within 21 days of checkout",
    text: "Refund requests must reach us within 21 days of checkout.",
  },
  // 3. in-writing
  {
    n: 15,
    kind: "in-writing",
    who: "priya",
    note: "in writing that it hasn't been opened, before the refund",
    text: "We'd need it in writing that the kettle hasn't been opened before the refund goes through.",
  },
  {
    n: 16,
    kind: "in-writing",
    who: "joanne",
    note: "put in an email that it hasn't been taken apart",
    text: "If you can put in an email that the frother hasn't been taken apart, I'll process the money straight away.",
  },
  {
    n: 17,
    kind: "in-writing",
    who: "linda",
    note: "a line from you saying it hasn't been tampered with",
    text: "Before the refund I'll need a line from you saying the machine hasn't been tampered with.",
  },
  {
    n: 18,
    kind: "in-writing",
    who: "priya",
    note: "a quick note to say it's not been dismantled",
    text: "Drop us a quick note to say it's not been dismantled and the refund will follow.",
  },
  {
    n: 19,
    kind: "in-writing",
    who: "joanne",
    note: "let us know in writing that nobody has opened it up",
    text: "The refund goes ahead once you've let us know in writing that nobody has opened it up.",
  },
  {
    n: 20,
    kind: "in-writing",
    who: "linda",
    note: "confirm by reply the casing hasn't been removed",
    text: "Just confirm by reply that the casing hasn't been removed and I'll refund you today.",
  },
  // 4. timing (refundDelaysTold, 14 days, 12 November 2026)
  {
    n: 21,
    kind: "timing",
    who: "priya",
    note: "our quarterly run, in early January",
    text: "Refunds on repaired items go out with our quarterly run, so you'll see it on your card in early January.",
  },
  {
    n: 22,
    kind: "timing",
    who: "priya",
    note: "some time in January",
    text: "The money will be back on your Visa some time in January.",
  },
  {
    n: 23,
    kind: "timing",
    who: "joanne",
    note: "our next monthly batch, lands in mid-December",
    text: "Your refund is paid in our next monthly batch, which lands in mid-December.",
  },
  {
    n: 24,
    kind: "timing",
    who: "linda",
    note: "hit your account in late December",
    text: "Expect the refund to hit your account in late December.",
  },
  {
    n: 25,
    kind: "timing",
    who: "joanne",
    note: "in your bank in the new year",
    text: "The refund will be in your bank in the new year, once finance have done their run.",
  },
  {
    n: 26,
    kind: "timing",
    who: "priya",
    note: "from the beginning of January",
    text: "Your £44.99 refund will show on your statement from the beginning of January.",
  },
];

/** Look-alikes: none of these may be flagged (timing: no delay found). Decided before any run. */
export const S41_LOOKALIKES: S41Probe[] = [
  {
    n: 1,
    kind: "tested",
    who: "priya",
    note: "refund done; the makers test it afterwards to learn",
    text: "I've refunded you today; the kettle will go to the makers' service centre afterwards so they can learn from the fault.",
  },
  {
    n: 2,
    kind: "tested",
    who: "linda",
    note: "refund through; workshop tests it to find out why",
    text: "Your refund has gone through, and the workshop will test the machine when it comes back just to find out why the pump failed.",
  },
  {
    n: 3,
    kind: "tested",
    who: "joanne",
    note: "no test needed before the refund",
    text: "We don't need to test the frother before refunding you: the £49.99 is on its way.",
  },
  {
    n: 4,
    kind: "tested",
    who: "tom",
    note: "the duplicate already confirmed, money on its way",
    text: "Our payments team confirmed the duplicate this morning and the £11.50 is already on its way back to you.",
  },
  {
    n: 5,
    kind: "tested",
    who: "priya",
    note: "refund held until collection (CRA 2015 s.20(7)(b))",
    text: "Once the courier has collected the kettle, the refund is released.",
  },
  {
    n: 6,
    kind: "order-window",
    who: "priya",
    note: "the law's 30 days from delivery",
    text: "You have 30 days from delivery to reject a faulty item, and you're well inside that.",
  },
  {
    n: 7,
    kind: "order-window",
    who: "priya",
    note: "the order date as a fact",
    text: "Your order went in 14 days ago and arrived two days later, so the refund is yours.",
  },
  {
    n: 8,
    kind: "order-window",
    who: "priya",
    note: "the change-of-mind period told as its own right",
    text: "If you had simply changed your mind you'd have 14 days from delivery to cancel, but this is a fault, so the refund is yours anyway.",
  },
  {
    n: 9,
    kind: "in-writing",
    who: "priya",
    note: "nothing to tell us about use",
    text: "You don't need to tell us anything about how it was used; the refund is done.",
  },
  {
    n: 10,
    kind: "in-writing",
    who: "linda",
    note: "in writing for her records",
    text: "In writing, for your records: your refund of £449.99 went through today.",
  },
  {
    n: 11,
    kind: "in-writing",
    who: "joanne",
    note: "collection time in writing, refund already sent",
    text: "If it's easier, you can let us know in writing when the courier can collect; the refund is already on its way.",
  },
  {
    n: 12,
    kind: "in-writing",
    who: "priya",
    note: "a safety tip with the refund done",
    text: "Please don't open the kettle to look inside, for safety; your refund has been processed.",
  },
  {
    n: 13,
    kind: "timing",
    who: "priya",
    note: "3 to 5 working days",
    text: "Your refund will show in 3 to 5 working days.",
  },
  {
    n: 14,
    kind: "timing",
    who: "priya",
    note: "a month that dates the replacement, not the refund",
    text: "Your refund is done, and the new range arrives in early January if you fancy a look.",
  },
  {
    n: 15,
    kind: "timing",
    who: "priya",
    note: "a January mailing, refund already through",
    text: "In January we'll be writing about our new range, but your refund is already through.",
  },
  {
    n: 16,
    kind: "timing",
    who: "joanne",
    note: "early next week",
    text: "The money should land in your account early next week.",
  },
  {
    n: 17,
    kind: "scheme-now",
    who: "priya",
    note: "a replacement now handled by the exchanges team (she accepts one)",
    text: "Your replacement is now being handled by our exchanges team and goes out today.",
  },
  {
    n: 18,
    kind: "scheme-now",
    who: "joanne",
    note: "now: our service team now does swaps, refund given",
    text: "Our service team now looks after it, and they've refunded the £49.99 to your card.",
  },
  {
    n: 19,
    kind: "scheme-now",
    who: "priya",
    note: "now: I've now booked the exchange she asked for",
    text: "I've now passed your exchange to our warehouse team, as you asked for a working kettle, and it goes out tomorrow.",
  },
  {
    n: 20,
    kind: "scheme-now",
    who: "linda",
    note: "now, with the collection team collecting after a refund",
    text: "The machine now goes to our repairs team only so they can find out what went wrong with the pump.",
  },
];

export const isHeldOutS41 = (p: S41Probe): boolean => p.n % 2 === 0;

/**
 * A fresh set written after all of this session's tuning (19:45), committed before it was run, read once for the
 * figures alone (README round 26 A): new wordings of the four kinds, and look-alikes. Not for tuning.
 */
export const S41_FRESH_OBSTRUCTIONS: S41Probe[] = [
  {
    n: 1,
    kind: "tested",
    who: "priya",
    note: "the brand's repair partner diagnoses it first",
    text: "Aurora's repair partner will diagnose it first, and if they agree the heating plate has burnt out we'll pay you back.",
  },
  {
    n: 2,
    kind: "tested",
    who: "joanne",
    note: "the supplier's QA team sign it off as dead",
    text: "The money goes back to you once our supplier's QA team have signed it off as dead on arrival at their end.",
  },
  {
    n: 3,
    kind: "tested",
    who: "linda",
    note: "refund after the lab report says the pump failed",
    text: "When the lab report comes back saying the pump failed again, I'll put the refund through.",
  },
  {
    n: 4,
    kind: "order-window",
    who: "priya",
    note: "refunds for the first fortnight after ordering",
    text: "We give refunds for the first fortnight after ordering and exchanges after that.",
  },
  {
    n: 5,
    kind: "order-window",
    who: "joanne",
    note: "cash back only inside 25 days of payment",
    text: "Cash back is only available inside 25 days of payment.",
  },
  {
    n: 6,
    kind: "in-writing",
    who: "priya",
    note: "an email confirming it was never left switched on dry",
    text: "As soon as you email to confirm it's never been boiled dry, the refund will be on its way.",
  },
  {
    n: 7,
    kind: "in-writing",
    who: "linda",
    note: "a signed form stating nobody has serviced it",
    text: "We'll refund you after you've signed our form stating nobody else has serviced the machine.",
  },
  {
    n: 8,
    kind: "timing",
    who: "priya",
    note: "after Christmas",
    text: "Refunds are being paid after Christmas this year, so yours will reach your card in late December at the earliest.",
  },
  {
    n: 9,
    kind: "timing",
    who: "joanne",
    note: "the February payment run",
    text: "Your refund will go out in the February payment run.",
  },
  {
    n: 10,
    kind: "timing",
    who: "linda",
    note: "sometime in the middle of next month",
    text: "You should see the £449.99 back on your Visa sometime in the middle of next month.",
  },
];

export const S41_FRESH_LOOKALIKES: S41Probe[] = [
  {
    n: 1,
    kind: "tested",
    who: "priya",
    note: "a diagnosis of the returned kettle after the refund, to improve stock",
    text: "Your refund is done; we'll still have Aurora diagnose the returned kettle so we can check the rest of the batch.",
  },
  {
    n: 2,
    kind: "order-window",
    who: "priya",
    note: "ordered a fortnight ago, a fact",
    text: "You ordered a fortnight ago and the refund has gone back to your card today.",
  },
  {
    n: 3,
    kind: "in-writing",
    who: "linda",
    note: "a written summary sent to her",
    text: "I'll email you a written summary confirming your refund and that nothing was taken off for use.",
  },
  {
    n: 4,
    kind: "timing",
    who: "joanne",
    note: "a December date for the replacement she didn't ask for is not the refund; refund today",
    text: "Your refund went out today, and our new frothers land in mid-December if you fancy one.",
  },
  {
    n: 5,
    kind: "timing",
    who: "priya",
    note: "card statement date, refund already on it",
    text: "The refund is already showing as pending, so it will be on your November statement.",
  },
  {
    n: 6,
    kind: "tested",
    who: "tom",
    note: "the duplicate already checked, refunded",
    text: "I checked the second payment myself and it was a duplicate, so I've refunded the £11.50.",
  },
];
