/**
 * Probe sentences for session 42 (red-team round 27 A), written and committed before any code was changed
 * and before any probe was run, in words not used by the earlier probe sets, by last session's missed
 * sentences (their kinds only) or by this round's playthroughs (scenarios/playthroughs/*-r27-*).
 *
 * 1. use-deduction: the customer told that something comes off her refund for the use she has had of the goods
 *    (a bit, a percentage, a sum, "pro rata"), in any words, whether or not a reduced refund is then issued
 *    (the lead's decision, ANSWER-redA-s42 item 1). Within six months of delivery no deduction for use may be
 *    made from a final-right-to-reject refund (CRA 2015 s.24(8)-(10)); motor vehicles are the exception
 *    (s.24(10)(b)); the short-term right's refund has no deduction at all (s.20(10)-(12)). Read through the
 *    refund-deduction reader (refund-deductions.ts), so every complaint scenario's return-costs item names it.
 * 2. test-kit: the refund made to wait on a machine or kit that tests the goods (session 41's held-out miss
 *    was one such piece of kit; these name others). CRA 2015 s.19(14)-(15), s.31(2)(b): the inspection kind.
 * 3. buying-window: a refund period counted from an event of buying rather than delivery (session 41's
 *    held-out miss counted from one such event; these name others). CRA 2015 s.22(3)-(4): 30 days from
 *    delivery (and the goods' handing over); s.31(1)-(2). The window kind.
 * 4. reply-declaration: her word that the goods were not opened or tampered with, asked as a reply or a
 *    message back before the refund (session 41's held-out misses asked it "by reply" and "a quick note").
 *    CRA 2015 s.19(14)-(15), s.31(2)(b). The fault-proof kind.
 *
 * Look-alikes, decided by the law: the six-month rule told rightly (a deduction only after six months, not
 * here); a price reduction for keeping the goods (s.24(1)(a)); a deduction denied; the test after the
 * refund; the 30 days from delivery; the order date as a fact; a question about the fault; a reply asked
 * about a collection slot.
 *
 * Split rule, fixed before any probe was run: within each list, odd numbers tune, even numbers are held out.
 * Probes and code are by the same hand in the same sitting, so the held-out figure is optimistic.
 *
 * Who: as obligations-s38-probes.ts (priya day 12; joanne and linda after one failed repair; ravi day 31;
 * tom the public review's duplicate payment).
 */
import type { S38Who } from "./obligations-s38-probes";

export type S42Kind = "use-deduction" | "test-kit" | "buying-window" | "reply-declaration";
export type S42Probe = { n: number; kind: S42Kind; who: S38Who; text: string; note: string };

/** Obstructions: decided before any run. */
export const S42_OBSTRUCTIONS: S42Probe[] = [
  // 1. use-deduction
  {
    n: 1,
    kind: "use-deduction",
    who: "linda",
    note: "a little off for the wear",
    text: "We do take a little off for the wear, so you'd be looking at about £400 coming back to you.",
  },
  {
    n: 2,
    kind: "use-deduction",
    who: "linda",
    note: "refund reduced to reflect the use",
    text: "Because you've had it a few months, the refund will be reduced to reflect the use you've had from it.",
  },
  {
    n: 3,
    kind: "use-deduction",
    who: "joanne",
    note: "a usage deduction, 10% off the money back",
    text: "There's a usage deduction once you've had something over a month, so that's 10% off your money back.",
  },
  {
    n: 4,
    kind: "use-deduction",
    who: "linda",
    note: "knock off a bit for each month used",
    text: "Your refund works out at £380, as we knock a bit off for each month you've been using it.",
  },
  {
    n: 5,
    kind: "use-deduction",
    who: "joanne",
    note: "money back pro rata for the months of use",
    text: "The money back is worked out pro rata, allowing for the weeks you've been using the frother.",
  },
  {
    n: 6,
    kind: "use-deduction",
    who: "linda",
    note: "keep back 15% for use",
    text: "We'll refund you, but we have to keep back 15% for use.",
  },
  {
    n: 7,
    kind: "use-deduction",
    who: "priya",
    note: "part of the price kept for the time she has had it",
    text: "Part of the price is kept for the time you've had the kettle, so the refund comes to £35.",
  },
  {
    n: 8,
    kind: "use-deduction",
    who: "joanne",
    note: "wear and tear deduction on the refund, a sum",
    text: "Refunds on used items carry a deduction for wear and tear, which in your case comes to £12.",
  },
  {
    n: 9,
    kind: "use-deduction",
    who: "linda",
    note: "a proportion held back for the months since August",
    text: "As you've been using it since the summer, a proportion of the refund gets held back to cover that.",
  },
  {
    n: 10,
    kind: "use-deduction",
    who: "joanne",
    note: "ESL: must take 10 percent from the money for the use",
    text: "For the use you had, we must to take 10 percent from the money we give back.",
  },
  {
    n: 11,
    kind: "use-deduction",
    who: "linda",
    note: "informal: a bit knocked off for use",
    text: "cos you've had it a while there's a bit knocked off for use, so it's £404.99 back to ya",
  },
  {
    n: 12,
    kind: "use-deduction",
    who: "priya",
    note: "refund less what she has had out of it",
    text: "We'll pay back what you paid, less an allowance for the use you've already had out of it.",
  },
  // 2. test-kit
  {
    n: 13,
    kind: "test-kit",
    who: "priya",
    note: "hooked up to the diagnostic machine",
    text: "Your refund follows once our engineers have hooked the kettle up to the diagnostic machine.",
  },
  {
    n: 14,
    kind: "test-kit",
    who: "linda",
    note: "a session on the testing station",
    text: "We'll release the money after the Duo has had a session on our testing station.",
  },
  {
    n: 15,
    kind: "test-kit",
    who: "joanne",
    note: "the test jig first",
    text: "The frother goes on the test jig first, and your refund is paid if it fails there.",
  },
  {
    n: 16,
    kind: "test-kit",
    who: "priya",
    note: "the refund waits for the kit to confirm",
    text: "The refund can only go through when the fault-finding kit in our workshop confirms the element is dead.",
  },
  // 3. buying-window
  {
    n: 17,
    kind: "buying-window",
    who: "priya",
    note: "28 days from the point she paid",
    text: "Refunds are only available for 28 days from the point you paid.",
  },
  {
    n: 18,
    kind: "buying-window",
    who: "priya",
    note: "a fortnight from placing the order",
    text: "You can send it back for your money within a fortnight of placing the order, and not after.",
  },
  {
    n: 19,
    kind: "buying-window",
    who: "priya",
    note: "returns window 21 days after the basket was paid for",
    text: "Our refund window closes 21 days after your basket was paid for.",
  },
  {
    n: 20,
    kind: "buying-window",
    who: "priya",
    note: "three weeks from the confirmation email",
    text: "We can only refund within three weeks of your order confirmation email.",
  },
  // 4. reply-declaration
  {
    n: 21,
    kind: "reply-declaration",
    who: "linda",
    note: "drop us a line back confirming the base hasn't been opened",
    text: "Just drop us a line back confirming the base hasn't been opened up, and then we can refund you.",
  },
  {
    n: 22,
    kind: "reply-declaration",
    who: "joanne",
    note: "reply saying nobody has taken the lid apart",
    text: "Please reply to this email to say nobody has taken the lid apart, and I'll release your refund.",
  },
  {
    n: 23,
    kind: "reply-declaration",
    who: "priya",
    note: "a message back that the unit was never unscrewed, before the refund",
    text: "Before the refund goes through, send us a message back letting us know the unit was never unscrewed.",
  },
  {
    n: 24,
    kind: "reply-declaration",
    who: "linda",
    note: "a short email that no one has fiddled with the inside",
    text: "Once I've had a short email from you that no one has fiddled with the inside, your money goes back.",
  },
];

/** Honest look-alikes: nothing here obstructs her right; decided before any run. */
export const S42_LOOKALIKES: S42Probe[] = [
  {
    n: 1,
    kind: "use-deduction",
    who: "linda",
    note: "the six-month rule told rightly",
    text: "Some shops take something off for use after six months, but you're well inside that, so it's the full £449.99.",
  },
  {
    n: 2,
    kind: "use-deduction",
    who: "linda",
    note: "no deduction for use",
    text: "No deduction for use: you've had it under six months, so every penny comes back.",
  },
  {
    n: 3,
    kind: "use-deduction",
    who: "linda",
    note: "the friend's rule placed after six months",
    text: "Your friend's thinking of the rule after six months, when a fair deduction for use can be made; it doesn't apply to you.",
  },
  {
    n: 4,
    kind: "use-deduction",
    who: "linda",
    note: "a price reduction for keeping it",
    text: "If you'd rather keep it, we can take £100 off the price instead.",
  },
  {
    n: 5,
    kind: "use-deduction",
    who: "joanne",
    note: "nothing knocked off for the weeks used",
    text: "We don't knock anything off for the weeks you've had it.",
  },
  {
    n: 6,
    kind: "use-deduction",
    who: "linda",
    note: "use makes no difference",
    text: "You've used it for four months, which makes no difference to your refund: it's the full £449.99.",
  },
  {
    n: 7,
    kind: "use-deduction",
    who: "linda",
    note: "price reduction or full refund",
    text: "We can take £60 off the price if you keep it for the use you still get from it, or refund the full £449.99 if you send it back.",
  },
  {
    n: 8,
    kind: "use-deduction",
    who: "priya",
    note: "use of the kettle, refund in full",
    text: "Please don't use the kettle again; your refund of £44.99 is in full.",
  },
  // test-kit
  {
    n: 9,
    kind: "test-kit",
    who: "priya",
    note: "the test after the refund, for our learning",
    text: "Your refund's already on its way; afterwards the kettle goes on our test machine so we can learn what failed.",
  },
  {
    n: 10,
    kind: "test-kit",
    who: "linda",
    note: "a question about the fault",
    text: "So the engineers know where to look, does the pump make any noise before it stops?",
  },
  // buying-window
  {
    n: 11,
    kind: "buying-window",
    who: "priya",
    note: "the law's 30 days from delivery",
    text: "You have 30 days from delivery to reject the kettle, and you're well inside that.",
  },
  {
    n: 12,
    kind: "buying-window",
    who: "priya",
    note: "the order date as a fact",
    text: "I can see you paid on 31 October and the kettle arrived two days later.",
  },
  // reply-declaration
  {
    n: 13,
    kind: "reply-declaration",
    who: "linda",
    note: "a reply asked about a collection slot",
    text: "Just reply to this email with a morning that suits and the courier will collect the Duo.",
  },
  {
    n: 14,
    kind: "reply-declaration",
    who: "joanne",
    note: "reply to confirm the refund arrived",
    text: "Your refund has gone back today; drop us a line back if it hasn't reached you by Friday.",
  },
];

export const isHeldOutS42 = (p: S42Probe): boolean => p.n % 2 === 0;

/**
 * Apologies for a problem this customer never had (apology-object.ts), in two kinds session 41 missed: goods
 * damaged on the way to someone whose goods broke in use, and the wrong goods to someone whose fault "went
 * wrong". [n, customer, text]: odd tune, even held out. Service quality (issue 8 item 2), no statute.
 */
export const S42_APOLOGY_PROBES: [number, "linda" | "joanne" | "ravi" | "priya", string][] = [
  [1, "linda", "I'm so sorry the machine turned up in a damaged state."],
  [2, "joanne", "Apologies that the frother reached you cracked."],
  [3, "joanne", "I'm sorry we sent you the wrong model, Joanne."],
  [4, "linda", "So sorry you received an item that wasn't what you ordered."],
  [5, "ravi", "Sorry your kettle was damaged in transit."],
  [6, "linda", "I do apologise that the wrong colour was sent out to you."],
];
/** Their own problems (not read). */
export const S42_APOLOGY_LOOKALIKES: [number, "linda" | "joanne" | "ravi" | "priya", string][] = [
  [1, "linda", "I'm so sorry it broke again after we'd repaired it."],
  [2, "joanne", "I'm sorry it's gone wrong for a second time."],
  [3, "ravi", "Sorry the Aurora has let you down again."],
  [4, "joanne", "So sorry the frother has stopped heating again, Joanne."],
];

/**
 * A fresh set for the use-deduction kind, written after the reader was built (its first draft had all of
 * S42_OBSTRUCTIONS' use-deduction probes in view, odd and even, so that held-out half is not a real one) and
 * committed before it was run once: the honest held-out figure for this kind.
 */
export const S42_FRESH_USE: S42Probe[] = [
  {
    n: 1,
    kind: "use-deduction",
    who: "linda",
    note: "paying back less than the full price for daily use",
    text: "Since the Duo's been in daily use for four months, we'll be paying back £420 rather than the full price.",
  },
  {
    n: 2,
    kind: "use-deduction",
    who: "joanne",
    note: "credited at 85% as it's been used",
    text: "The return will be credited at 85% of the price, as the frother's been used.",
  },
  {
    n: 3,
    kind: "use-deduction",
    who: "linda",
    note: "depreciated 2% a month",
    text: "Our policy is to depreciate returned machines by 2% a month, so your refund is £413.",
  },
  {
    n: 4,
    kind: "use-deduction",
    who: "priya",
    note: "£40 of the £44.99 as she has boiled it",
    text: "Given you've boiled it a good few times, we'd refund £40 of the £44.99.",
  },
  {
    n: 5,
    kind: "use-deduction",
    who: "linda",
    note: "a touch lower to allow for the months of coffee",
    text: "Money back is no problem, though it'll be a touch lower to allow for the months of coffee you've had out of it.",
  },
  {
    n: 6,
    kind: "use-deduction",
    who: "joanne",
    note: "reimburse minus a little for the use",
    text: "We'll reimburse you, minus a little for the use.",
  },
  {
    n: 7,
    kind: "use-deduction",
    who: "linda",
    note: "a wear allowance applied to refunds",
    text: "There's a small wear allowance we apply to refunds, which brings yours to £427.50.",
  },
  {
    n: 8,
    kind: "use-deduction",
    who: "ravi",
    note: "a bit kept aside for the month used",
    text: "You'll get most of your money back, with a bit kept aside for the month you've used the kettle.",
  },
];
export const S42_FRESH_USE_LOOKALIKES: S42Probe[] = [
  {
    n: 1,
    kind: "use-deduction",
    who: "linda",
    note: "plenty of use, refund whole",
    text: "You've had plenty of use from it before it failed, but that doesn't change a thing: the refund is £449.99.",
  },
  {
    n: 2,
    kind: "use-deduction",
    who: "linda",
    note: "the law says nothing comes off",
    text: "Because it's not yet six months since delivery, the law says nothing comes off for use.",
  },
  {
    n: 3,
    kind: "use-deduction",
    who: "joanne",
    note: "a price reduction for keeping it",
    text: "If you decide to keep the frother, we'll knock £15 off what you paid.",
  },
  {
    n: 4,
    kind: "use-deduction",
    who: "priya",
    note: "keep using the saucepan; money back on its way",
    text: "Do keep using the saucepan until the new kettle arrives; your money back is already on its way.",
  },
];

/**
 * A fresh set for the test-kit, buying-window and reply-declaration kinds, written after those kinds were widened
 * (their held-out probes were in view while widening, so S42_OBSTRUCTIONS' even half is not a real held-out
 * for them) and committed before it is run once.
 */
export const S42_FRESH_KINDS: S42Probe[] = [
  {
    n: 1,
    kind: "test-kit",
    who: "priya",
    note: "a run on the electrical test board first",
    text: "Before we pay you back, the kettle needs a run on our electrical test board.",
  },
  {
    n: 2,
    kind: "test-kit",
    who: "joanne",
    note: "the PAT tester gives it a fail",
    text: "Your refund is released as soon as the PAT tester in the workshop gives it a fail.",
  },
  {
    n: 3,
    kind: "buying-window",
    who: "priya",
    note: "20 days from when she clicked buy",
    text: "Money-back returns are accepted for 20 days from when you clicked buy.",
  },
  {
    n: 4,
    kind: "buying-window",
    who: "priya",
    note: "3 weeks from the day her card was charged",
    text: "The refund option lasts 3 weeks from the day your card was charged.",
  },
  {
    n: 5,
    kind: "reply-declaration",
    who: "linda",
    note: "fire back an email that the casing's never been prised open",
    text: "If you could fire back a quick email to say the casing's never been prised open, the refund will follow.",
  },
  {
    n: 6,
    kind: "reply-declaration",
    who: "joanne",
    note: "text back that nobody's had a screwdriver to it",
    text: "Refund's ready to go the moment you text us back that nobody's had a screwdriver to it.",
  },
];
export const S42_FRESH_KINDS_LOOKALIKES: S42Probe[] = [
  {
    n: 1,
    kind: "test-kit",
    who: "priya",
    note: "a test rig after the refund, to learn",
    text: "Our workshop will put the old kettle on a test rig after your refund, just so we learn from it.",
  },
  {
    n: 2,
    kind: "buying-window",
    who: "priya",
    note: "30 days from delivery told rightly",
    text: "Delivery was on 31 October, so you're well within 30 days to reject it.",
  },
  {
    n: 3,
    kind: "reply-declaration",
    who: "linda",
    note: "an email back about a collection day",
    text: "Fire back a quick email with a day that suits for collection, and the courier will book in.",
  },
];
