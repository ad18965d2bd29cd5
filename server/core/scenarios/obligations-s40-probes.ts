/**
 * Probe sentences for session 40 (red-team round 25 A), written and committed before any code was changed
 * and before any probe was run, in words not used by the earlier probe sets or by this round's playthroughs
 * (scenarios/playthroughs/*-r25-*; their sentences are tested where they are, not here).
 *
 * 1. window: a period shorter than the law's 30 days told as the end of her refund, in the two forms session
 *    39 left unread: with no refund word in the sentence ("the returns window closed after a fortnight"), and
 *    with no limit word ("refunds are 14 days after delivery"); also counted from the order, and the refund
 *    named as cash. CRA 2015 s.22(3)-(4): 30 days from delivery; s.24(5): no shop period at all after a
 *    failed repair; s.31(1)-(2): a shorter term does not bind; DMCCA 2024 s.226: saying so misleads.
 * 2. declaration: the refund made to wait on her declaring how she used or looked after the goods ("only
 *    ever used with…", "never been dropped", "the parts are the originals"). Within six months the fault is
 *    presumed to have been there at delivery (CRA 2015 s.19(14)-(15)); a declaration of proper use put
 *    before the remedy shifts that proof onto her and is a restrictive and onerous condition (s.31(2)(b)).
 *    Read as the obligations reader's fault-proof kind.
 * 3. scheme: the refund taken away by moving the goods, by their age, out of returns into another of our
 *    schemes or teams that only repairs or exchanges ("aftercare", "warranty", "the repairs desk"). Inside
 *    30 days the refund is hers (s.20, s.22(3)); after one failed repair she may reject (s.24(5)); a scheme
 *    that leaves the refund out does not bind her (s.31(1)-(2)). Read through refund-unavailable (Ravi, on
 *    day 31, for whom repair or replacement is lawful, has no such item).
 *
 * Look-alikes, decided by the law: the law's 30 days told truly (or as past, to Ravi); the change-of-mind
 * period (Consumer Contracts Regulations 2013 regs 29-30) told as its own right; our own payment timing
 * (s.20(15)); a question about use asked with the refund already done or said not to depend on it; a care
 * tip; a team named that does the refund; Ravi told his repair or replacement by the repairs team.
 *
 * Split rule, fixed before any probe was run: within each list, odd numbers tune, even numbers are held out.
 * Probes and code are by the same hand in the same sitting, so the held-out figure is optimistic.
 *
 * Who: as obligations-s38-probes.ts (priya day 12; joanne and linda after one failed repair; ravi day 31;
 * tom the public review's duplicate payment).
 */
import type { S38Who } from "./obligations-s38-probes";

export type S40Kind = "window" | "declaration" | "scheme";
export type S40Probe = { n: number; kind: S40Kind; who: S38Who; text: string; note: string };

/** Obstructions: decided before any run. */
export const S40_OBSTRUCTIONS: S40Probe[] = [
  // 1. window
  {
    n: 1,
    kind: "window",
    who: "priya",
    note: "returns window closed, no refund word",
    text: "I'm sorry, but the returns window on small appliances closed after a fortnight.",
  },
  {
    n: 2,
    kind: "window",
    who: "joanne",
    note: "return period ended at two weeks",
    text: "Unfortunately our return period ended at two weeks, so this one will have to go back to the workshop.",
  },
  {
    n: 3,
    kind: "window",
    who: "priya",
    note: "refunds are N days after delivery, no limit word",
    text: "Refunds are 14 days after delivery for kitchen electricals.",
  },
  {
    n: 4,
    kind: "window",
    who: "linda",
    note: "money back is ten days from arrival",
    text: "Money back is ten days from arrival on our machines, so we're looking at a repair.",
  },
  {
    n: 5,
    kind: "window",
    who: "priya",
    note: "counted from the order, cash",
    text: "You could have sent it back for cash within seven days of ordering, but that's gone now.",
  },
  {
    n: 6,
    kind: "window",
    who: "joanne",
    note: "from the order date, refund",
    text: "We only do refunds inside 21 days from the order date, I'm afraid.",
  },
  {
    n: 7,
    kind: "window",
    who: "linda",
    note: "cash refunds stop at the two-week mark",
    text: "Cash refunds stop at the two-week mark, so I can offer another repair instead.",
  },
  {
    n: 8,
    kind: "window",
    who: "priya",
    note: "the window shut after ten days, ESL",
    text: "Sorry the return window is shut after 10 days from when it come to you.",
  },
  // 2. declaration
  {
    n: 9,
    kind: "declaration",
    who: "joanne",
    note: "declare only used as directed, then refund",
    text: "Once you've emailed to say it's only ever been used with the jug it came with, I'll send the refund across.",
  },
  {
    n: 10,
    kind: "declaration",
    who: "linda",
    note: "never been dropped, confirm first",
    text: "Can you confirm for me that it's never been dropped or knocked over? Then I can get the money back to you.",
  },
  {
    n: 11,
    kind: "declaration",
    who: "priya",
    note: "sign a form: never immersed",
    text: "Before the refund can go through, we just need you to sign to say the kettle was never immersed in water.",
  },
  {
    n: 12,
    kind: "declaration",
    who: "joanne",
    note: "original parts, reply to release",
    text: "If you reply confirming all the parts are the originals, I'll release your £49.99.",
  },
  {
    n: 13,
    kind: "declaration",
    who: "linda",
    note: "only filtered water, CRM note",
    text: "Refund pending: cust to confirm machine only ever run on filtered water.",
  },
  {
    n: 14,
    kind: "declaration",
    who: "priya",
    note: "never been opened or tampered with",
    text: "We'll need your written word that the kettle hasn't been opened or tampered with, and then the money goes straight back.",
  },
  {
    n: 15,
    kind: "declaration",
    who: "joanne",
    note: "text-speak, never in the dishwasher",
    text: "just need u to confirm it never went in the dishwasher n then ur refund is sorted",
  },
  {
    n: 16,
    kind: "declaration",
    who: "linda",
    note: "descaled monthly, statement",
    text: "All I need is a quick statement that it's been descaled every month, and the refund will be processed.",
  },
  // 3. scheme
  {
    n: 17,
    kind: "scheme",
    who: "joanne",
    note: "after a month it's the repairs team's",
    text: "After the first month it becomes a job for our repairs team, who can fix it or swap it for you.",
  },
  {
    n: 18,
    kind: "scheme",
    who: "linda",
    note: "warranty department, repair or replacement",
    text: "At this stage your machine falls under our warranty department, which deals in repairs and replacements.",
  },
  {
    n: 19,
    kind: "scheme",
    who: "priya",
    note: "aftercare rather than returns",
    text: "As it's been used, it's an aftercare matter rather than a return, so our aftercare team will send you a replacement.",
  },
  {
    n: 20,
    kind: "scheme",
    who: "joanne",
    note: "service plan covers repair or exchange",
    text: "Items over 30 days old are covered by our service plan, and that covers a repair or an exchange.",
  },
  {
    n: 21,
    kind: "scheme",
    who: "linda",
    note: "passed over to after-sales",
    text: "Once the returns period is over, the machine passes to after-sales, and after-sales look after it with repairs.",
  },
  {
    n: 22,
    kind: "scheme",
    who: "priya",
    note: "care plan, exchange only",
    text: "Anything that's been out of the box goes through our care scheme, which is exchange only.",
  },
  {
    n: 23,
    kind: "scheme",
    who: "joanne",
    note: "no longer with returns, tech desk repairs",
    text: "Your frother's no longer with the returns team; the tech desk handles it now, and they offer a repair or a like-for-like swap.",
  },
  {
    n: 24,
    kind: "scheme",
    who: "linda",
    note: "ESL, moved to guarantee team",
    text: "Your machine is moved to our guarantee team because it is more than one month, they will repair or change it.",
  },
];

/** Look-alikes: not obstructions, decided by the law before any run. */
export const S40_LOOKALIKES: S40Probe[] = [
  // window
  {
    n: 1,
    kind: "window",
    who: "priya",
    note: "the law's 30 days, day 12",
    text: "The returns window for a faulty item is 30 days from delivery, and you're on day 12, so the refund is yours.",
  },
  {
    n: 2,
    kind: "window",
    who: "ravi",
    note: "day 31: his 30 days closed",
    text: "The 30-day window closed at midnight last night, so we'll replace the kettle instead.",
  },
  {
    n: 3,
    kind: "window",
    who: "priya",
    note: "change of mind told as its own right",
    text: "Our 14-day returns window is for unwanted items; a faulty kettle is different and you can have your money back.",
  },
  {
    n: 4,
    kind: "window",
    who: "joanne",
    note: "our payment timing",
    text: "Refunds are paid within 14 days of us agreeing them, and yours went through today.",
  },
  {
    n: 5,
    kind: "window",
    who: "linda",
    note: "a time point",
    text: "The first repair was 58 days after delivery, and the same fault is back now.",
  },
  {
    n: 6,
    kind: "window",
    who: "priya",
    note: "a label's validity",
    text: "The returns label is valid for 14 days, but there's no rush and the refund is already on its way.",
  },
  {
    n: 7,
    kind: "window",
    who: "tom",
    note: "our timing on Tom's refund",
    text: "Refunds are usually 3 to 5 working days after we process them.",
  },
  {
    n: 8,
    kind: "window",
    who: "joanne",
    note: "the law after a failed repair",
    text: "There's no time limit on this once a repair has failed, so the full refund is yours.",
  },
  // declaration
  {
    n: 9,
    kind: "declaration",
    who: "joanne",
    note: "question after the refund, not tied",
    text: "Your refund has gone through. Out of interest, has it only been used with milk? It helps the product team.",
  },
  {
    n: 10,
    kind: "declaration",
    who: "linda",
    note: "said not to matter",
    text: "You don't need to confirm how you've used or descaled it; the refund is yours either way.",
  },
  {
    n: 11,
    kind: "declaration",
    who: "priya",
    note: "a care tip",
    text: "A tip for the new one: it's best only ever used with fresh water, and never put in the dishwasher.",
  },
  {
    n: 12,
    kind: "declaration",
    who: "joanne",
    note: "her own account restated",
    text: "You've told us it's only ever been used as the manual says, and I believe you; the refund is done.",
  },
  {
    n: 13,
    kind: "declaration",
    who: "linda",
    note: "collection detail, no condition",
    text: "Could you confirm the address for the courier? Your refund has already been issued.",
  },
  {
    n: 14,
    kind: "declaration",
    who: "priya",
    note: "reassurance",
    text: "Please don't worry that it was anything you did; the refund goes back today.",
  },
  {
    n: 15,
    kind: "declaration",
    who: "joanne",
    note: "CRM note of what she said",
    text: "Cust says never in dishwasher. Full refund issued.",
  },
  {
    n: 16,
    kind: "declaration",
    who: "linda",
    note: "our check after, not tied",
    text: "Our engineers will see whether it was ever dropped, but that has no bearing on your refund.",
  },
  // scheme
  {
    n: 17,
    kind: "scheme",
    who: "ravi",
    note: "day 31: repairs team, lawful",
    text: "As it's past the 30 days, it goes to our repairs team, who will repair or replace it.",
  },
  {
    n: 18,
    kind: "scheme",
    who: "priya",
    note: "a team that does the refund",
    text: "Our returns team will collect it and your refund goes through today.",
  },
  {
    n: 19,
    kind: "scheme",
    who: "joanne",
    note: "the refund and the team named",
    text: "I've passed it to our aftercare team to arrange the collection, and your full refund is already done.",
  },
  {
    n: 20,
    kind: "scheme",
    who: "linda",
    note: "the law told rightly, refund offered",
    text: "After 30 days the law gives us a repair first, which we did; as that failed, you can have a full refund.",
  },
  {
    n: 21,
    kind: "scheme",
    who: "tom",
    note: "billing team fixes the duplicate",
    text: "Our billing team has refunded the duplicate payment and fixed your account.",
  },
  {
    n: 22,
    kind: "scheme",
    who: "priya",
    note: "replacement as her choice",
    text: "If you'd prefer a replacement, our aftercare team can send one; otherwise the refund is yours.",
  },
  {
    n: 23,
    kind: "scheme",
    who: "joanne",
    note: "warranty as extra, refund owed",
    text: "You also have a two-year warranty, but you don't need it: after the failed repair you're owed a refund.",
  },
  {
    n: 24,
    kind: "scheme",
    who: "linda",
    note: "service plan offered for the future",
    text: "If you buy another machine, our service plan covers repairs for three years; your refund for this one is done.",
  },
];

export const isHeldOutS40 = (p: S40Probe): boolean => p.n % 2 === 0;

/**
 * A second held-out set, written after all of this session's tuning and read once for the figures alone (README
 * "Session 40"): new wordings of the three kinds, and look-alikes. Read once (1 of 10 caught, 0 of 6 accused); its
 * misses were then read as kinds, so obligations.test.ts now uses it as tuning.
 */
export const S40_FRESH_OBSTRUCTIONS: S40Probe[] = [
  {
    n: 1,
    kind: "window",
    who: "priya",
    note: "money-back period ten days from dispatch",
    text: "Our money-back period runs ten days from dispatch, which you're past now.",
  },
  {
    n: 2,
    kind: "window",
    who: "joanne",
    note: "cash back only for the first fortnight",
    text: "Cash back is just for the first fortnight you own it.",
  },
  {
    n: 3,
    kind: "window",
    who: "linda",
    note: "refund cut-off day 21",
    text: "The refund cut-off for machines is day 21 after it lands with you.",
  },
  {
    n: 4,
    kind: "window",
    who: "priya",
    note: "return for refund finished after 7 days",
    text: "Return-for-refund finished a week after the kettle came, so it's a swap now.",
  },
  {
    n: 5,
    kind: "declaration",
    who: "joanne",
    note: "tick a box: used as directed",
    text: "If you can tick the box on the form to say you used it as directed, the refund goes straight out.",
  },
  {
    n: 6,
    kind: "declaration",
    who: "linda",
    note: "confirm no third-party repairs",
    text: "Can you confirm nobody else has had it apart? Once that's confirmed the money's yours.",
  },
  {
    n: 7,
    kind: "declaration",
    who: "priya",
    note: "declare plain water only",
    text: "Refund released on receipt of your declaration that only plain water went in it.",
  },
  {
    n: 8,
    kind: "scheme",
    who: "joanne",
    note: "handed over to our repair partner",
    text: "Because it's over a month old, it's been handed over to our repair partner's service team, who'll repair or exchange it.",
  },
  {
    n: 9,
    kind: "scheme",
    who: "linda",
    note: "warranty side now",
    text: "It's on the warranty side now rather than returns, so it'll be another repair or a replacement machine.",
  },
  {
    n: 10,
    kind: "scheme",
    who: "priya",
    note: "used items go to the exchange desk",
    text: "Items that have been used are dealt with by our exchange desk, which swaps them like for like.",
  },
];
export const S40_FRESH_LOOKALIKES: S40Probe[] = [
  {
    n: 1,
    kind: "window",
    who: "priya",
    note: "law's period told",
    text: "You have until the 30th day after delivery to reject it, and the refund is yours.",
  },
  {
    n: 2,
    kind: "window",
    who: "joanne",
    note: "our timing",
    text: "Refunds reach your card 3 to 5 days after we send them; yours went today.",
  },
  {
    n: 3,
    kind: "declaration",
    who: "linda",
    note: "question, not a condition",
    text: "Just so I can tell the engineers, was it ever descaled with vinegar? Your refund is done regardless.",
  },
  {
    n: 4,
    kind: "declaration",
    who: "joanne",
    note: "her word noted",
    text: "You've confirmed it only ever had milk in it, which I've noted; the refund is on its way.",
  },
  {
    n: 5,
    kind: "scheme",
    who: "priya",
    note: "our team does the refund",
    text: "Our returns team handles it from here and the refund will be back on your card this week.",
  },
  {
    n: 6,
    kind: "scheme",
    who: "ravi",
    note: "day 31 repair lawful",
    text: "It's past 30 days, so our repairs team will swap it for a new one.",
  },
];
