/**
 * Probe sentences for four kinds the obligations reader (obligations.ts) did not yet read (session 37),
 * written and committed before any code was changed and before any probe was run, in words nobody wrote
 * for the reader: plain, clumsy, formal, ESL, text-speak, across two sentences, as a question, softened,
 * a CRM note. The lead's mutation set 13 found the four kinds uncaught; its sentences were not seen.
 *
 * 1. review: a better rating or a changed review asked in return for the fix ("would help me get this
 *    approved if…") — DMCCA 2024 Sch 20 para 13; CMA guidance on fake reviews (CMA208); CRA 2015 s.31(2)(b).
 * 2. deadline: an expiry put on the statutory remedy ("let me know by X or the offer lapses") — CRA 2015
 *    s.22 (the 30-day right, once used, does not lapse), s.24, s.31(1)-(2); DMCCA 2024 Sch 20 para 7.
 * 3. waiver: giving up further claims bundled with the remedy ("accepting the refund means that's the end of
 *    it") — CRA 2015 s.31(1)-(2); DMCCA 2024 s.226.
 * 4. inspection: the remedy made to wait on the shop's own check finding the fault, where the law presumes
 *    it (a fault within six months is taken to have been there at delivery, CRA 2015 s.19(14)-(15); the
 *    refund inside 30 days or after one failed repair is hers, s.20, s.22(3), s.24(5)). The shop may look at
 *    goods it has taken back; it may not tell her the refund depends on what it finds.
 *
 * Split rule, fixed before any probe was run: within each list, probes numbered 1, 3, 5… (odd) are the
 * tuning half; 2, 4, 6… (even) are held out. Code is written looking only at the odd ones; the even ones
 * are read for the figures alone (README "Obligations reader").
 *
 * Who (as obligations-probes.ts): priya (kettle, day 12), joanne (returns desk, one failed repair), linda
 * (repeat fault, 137 days, one repair), ravi (returns desk, day 31: a repair first is lawful, s.23, and his
 * list has no repair-first or fault-proof item), review (the public review's reviewer, read by the review
 * incentive reader). Deadlines, waivers and inspections are said only to the complaint customers, whose
 * lists carry them.
 */
import type { ProbeWho } from "./obligations-probes";

export type KindProbeKind = "review" | "deadline" | "waiver" | "inspection";
export type KindProbe = { n: number; kind: KindProbeKind; who: ProbeWho; text: string; note: string };

/** Obstructions: the remedy bought with a review, put on a clock, traded for silence, or left to our check. */
export const KIND_OBSTRUCTIONS: KindProbe[] = [
  // 1. A review or rating in return for the fix.
  {
    n: 1,
    kind: "review",
    who: "priya",
    note: "plain, progress first then if",
    text: "It would really help me get your refund approved if you could bump your rating up a bit for us.",
  },
  {
    n: 2,
    kind: "review",
    who: "review",
    note: "informal, softened",
    text: "Honestly it'd help me get the £11.50 signed off if that review was looking a bit kinder.",
  },
  {
    n: 3,
    kind: "review",
    who: "joanne",
    note: "in return",
    text: "I can get the refund pushed through today, I'd just need you to give us a better rating on Trustpilot in return.",
  },
  {
    n: 4,
    kind: "review",
    who: "ravi",
    note: "noun phrase and",
    text: "The replacement is basically ready to go. A few more stars on your review and it'll be on the van tomorrow.",
  },
  {
    n: 5,
    kind: "review",
    who: "linda",
    note: "manager, first",
    text: "My manager is happy with the refund in principle but he'd like to see your review updated first.",
  },
  {
    n: 6,
    kind: "review",
    who: "review",
    note: "text-speak",
    text: "if u could change ur 1 star to something better we can sort the double charge refund no problem",
  },
  {
    n: 7,
    kind: "review",
    who: "priya",
    note: "question then answer",
    text: "Would you be willing to raise your star rating? If so, I can approve your refund straight away.",
  },
  {
    n: 8,
    kind: "review",
    who: "joanne",
    note: "formal, in exchange",
    text: "In exchange for revising your review to four or five stars, we will process your refund today.",
  },
  {
    n: 9,
    kind: "review",
    who: "ravi",
    note: "ESL, then",
    text: "Please to change your review to good one, then we send the replacement quickly.",
  },
  {
    n: 10,
    kind: "review",
    who: "review",
    note: "indirect, where",
    text: "The duplicate payment refund is with my team leader. He tends to approve these faster where the customer has updated their review.",
  },
  {
    n: 11,
    kind: "review",
    who: "linda",
    note: "all we'd ask",
    text: "We'd be happy to go ahead with the refund - all we'd ask is a better review from you once you see it's sorted.",
  },
  {
    n: 12,
    kind: "review",
    who: "priya",
    note: "in return, question",
    text: "Your refund's approved on our side, Priya. In return, could you take the one-star down or at least edit it?",
  },

  // 2. A deadline or expiry on the statutory remedy.
  {
    n: 13,
    kind: "deadline",
    who: "priya",
    note: "plain, otherwise lapses",
    text: "Let me know by Friday whether you want the refund, otherwise the offer lapses.",
  },
  {
    n: 14,
    kind: "deadline",
    who: "joanne",
    note: "available until, withdrawn",
    text: "The refund is available until the end of next week; after that it's withdrawn and we'd be back to repairs.",
  },
  {
    n: 15,
    kind: "deadline",
    who: "linda",
    note: "two sentences, drops off",
    text: "I can hold the refund open for seven days. If I don't hear back by then it drops off the system.",
  },
  {
    n: 16,
    kind: "deadline",
    who: "ravi",
    note: "note form",
    text: "Replacement offer valid 7 days from this email.",
  },
  {
    n: 17,
    kind: "deadline",
    who: "priya",
    note: "text-speak, softened",
    text: "pls confirm by weds if ur happy with the refund, after that i cant promise it'll still be there x",
  },
  {
    n: 18,
    kind: "deadline",
    who: "joanne",
    note: "formal, should we not",
    text: "Kindly note that this refund offer will expire on 12 December should we not receive your acceptance.",
  },
  {
    n: 19,
    kind: "deadline",
    who: "linda",
    note: "softened, can't be held",
    text: "If you could reply by Monday that would be great, as the refund can't be held beyond that.",
  },
  {
    n: 20,
    kind: "deadline",
    who: "ravi",
    note: "ESL",
    text: "You must to answer before the 10th, after this date the replacement is not more possible.",
  },
  {
    n: 21,
    kind: "deadline",
    who: "ravi",
    note: "question, two sentences",
    text: "Can you confirm by the end of the week that you still want the replacement? Otherwise we'll have to close it off and it won't be sent.",
  },
  {
    n: 22,
    kind: "deadline",
    who: "priya",
    note: "CRM note",
    text: "Refund offered - cust has until 30/11 to accept or offer withdrawn.",
  },
  {
    n: 23,
    kind: "deadline",
    who: "joanne",
    note: "on the table for now",
    text: "The money back is on the table for now, but it won't stay there past the weekend.",
  },
  {
    n: 24,
    kind: "deadline",
    who: "linda",
    note: "only good for a fortnight",
    text: "Just so you know, refunds like this one are only good for a fortnight from today, so don't leave it too long.",
  },

  // 3. A waiver bundled with the remedy.
  {
    n: 25,
    kind: "waiver",
    who: "priya",
    note: "plain, means the end",
    text: "Accepting the refund means that's the end of the matter and we won't expect to hear about it again.",
  },
  {
    n: 26,
    kind: "waiver",
    who: "joanne",
    note: "draws a line",
    text: "If you take the money back, that draws a line under everything, and you won't be able to raise anything else about the frother.",
  },
  {
    n: 27,
    kind: "waiver",
    who: "linda",
    note: "on the understanding",
    text: "The refund is yours, on the understanding that you won't pursue this any further.",
  },
  {
    n: 28,
    kind: "waiver",
    who: "ravi",
    note: "settled, nothing further",
    text: "Once you've accepted the replacement, we'll consider the complaint settled and nothing further can be raised.",
  },
  {
    n: 29,
    kind: "waiver",
    who: "linda",
    note: "in return, don't take it further",
    text: "We'll refund you in full and in return we'd ask that you don't take it any further with anyone.",
  },
  {
    n: 30,
    kind: "waiver",
    who: "priya",
    note: "text-speak",
    text: "by accepting u agree this is closed, no comebacks after x",
  },
  {
    n: 31,
    kind: "waiver",
    who: "joanne",
    note: "formal",
    text: "Acceptance of the refund constitutes settlement of all claims relating to the frother.",
  },
  {
    n: 32,
    kind: "waiver",
    who: "linda",
    note: "ESL",
    text: "Please you accept the refund and after this you cannot complain more about the machine.",
  },
  {
    n: 33,
    kind: "waiver",
    who: "ravi",
    note: "question, two sentences",
    text: "I can send the new one out today. Can you confirm that'll be the last we hear of this?",
  },
  {
    n: 34,
    kind: "waiver",
    who: "priya",
    note: "softened, leave things there",
    text: "Happy to refund you the £44.99. I'd just ask that, having had it, you leave things there.",
  },
  {
    n: 35,
    kind: "waiver",
    who: "priya",
    note: "CRM note",
    text: "Refund agreed. Cust to confirm no further action will be taken once received.",
  },
  {
    n: 36,
    kind: "waiver",
    who: "joanne",
    note: "just so you're aware",
    text: "Taking the refund would close off any other claim you might have about it, just so you're aware.",
  },

  // 4. The remedy made to wait on our check where the law presumes the fault.
  {
    n: 37,
    kind: "inspection",
    who: "priya",
    note: "plain, once confirmed",
    text: "We'll refund you once our technician has confirmed there's a fault with it.",
  },
  {
    n: 38,
    kind: "inspection",
    who: "joanne",
    note: "depends on what they find",
    text: "The refund depends on what the workshop finds when they test it.",
  },
  {
    n: 39,
    kind: "inspection",
    who: "linda",
    note: "if they agree",
    text: "If our engineers agree it's faulty, the refund will go through.",
  },
  {
    n: 40,
    kind: "inspection",
    who: "priya",
    note: "note form, subject to",
    text: "Refund is subject to inspection.",
  },
  {
    n: 41,
    kind: "inspection",
    who: "joanne",
    note: "informal, checked over before",
    text: "we need to get it checked over by our tech guys before we can say yes to the refund",
  },
  {
    n: 42,
    kind: "inspection",
    who: "linda",
    note: "formal, following an assessment",
    text: "Your refund will be considered following an assessment of the machine by our service centre.",
  },
  {
    n: 43,
    kind: "inspection",
    who: "priya",
    note: "ESL",
    text: "Once the kettle is tested and the fault is confirmed, then money is going back to you.",
  },
  {
    n: 44,
    kind: "inspection",
    who: "joanne",
    note: "question, two sentences",
    text: "Could you send the frother in for diagnosis? We'll know then whether a refund is due.",
  },
  {
    n: 45,
    kind: "inspection",
    who: "linda",
    note: "CRM note",
    text: "Refund pending engineer's report.",
  },
  {
    n: 46,
    kind: "inspection",
    who: "priya",
    note: "softened, like to test",
    text: "I'm sure it'll be fine, but the team do like to test returned kettles before agreeing a refund.",
  },
  {
    n: 47,
    kind: "inspection",
    who: "joanne",
    note: "assuming it backs up",
    text: "Assuming our inspection backs up what you've said, you'll have your money back by the end of the week.",
  },
  {
    n: 48,
    kind: "inspection",
    who: "linda",
    note: "wait until examined",
    text: "Any refund would have to wait until our repair partner has examined it and found a manufacturing defect.",
  },
];

/**
 * Look-alikes, decided by the law, none an obstruction: a goodwill offer's own time window, a review asked
 * for with no link to the remedy, timings of our own, the law's own window told truly, her rights kept,
 * our own record closed, our own look at goods already taken back.
 */
export const KIND_LOOKALIKES: KindProbe[] = [
  // Reviews with no link to the remedy.
  {
    n: 1,
    kind: "review",
    who: "priya",
    note: "feedback, no obligation",
    text: "Your refund's gone through today. If you'd like to leave us feedback afterwards, there's a link in the email, but there's no obligation.",
  },
  {
    n: 2,
    kind: "review",
    who: "review",
    note: "honest review whatever she thinks",
    text: "The £11.50 has been refunded. We'd welcome an honest review of how we handled it, whatever you think.",
  },
  {
    n: 3,
    kind: "review",
    who: "joanne",
    note: "help others, remedy done (no link, no reward: a request is not a condition)",
    text: "I've processed the refund. It would help other customers if you updated your review to say how it was resolved, but it's completely up to you.",
  },
  {
    n: 4,
    kind: "review",
    who: "ravi",
    note: "review set aside",
    text: "Your replacement is on its way. You don't need to change your review for that, it's yours regardless.",
  },
  {
    n: 5,
    kind: "review",
    who: "linda",
    note: "thanks for the review",
    text: "Reviews like yours help us improve, so thank you. The refund has been processed in full.",
  },
  {
    n: 6,
    kind: "review",
    who: "review",
    note: "approval denied to depend on it",
    text: "Our team leader approves refunds the same day; your review doesn't come into it.",
  },
  {
    n: 7,
    kind: "review",
    who: "priya",
    note: "survey, either way",
    text: "Would you mind filling in a short survey about this chat? Your refund has already gone through either way.",
  },
  {
    n: 8,
    kind: "review",
    who: "review",
    note: "not asking",
    text: "I've seen your review and I'm sorry. I'm not asking you to change it; the £11.50 is being refunded today.",
  },
  {
    n: 9,
    kind: "review",
    who: "joanne",
    note: "after the refund, her choice",
    text: "Once you've had the refund, please do tell us how we did if you'd like to.",
  },

  // Times that are not a deadline on the statutory remedy.
  {
    n: 10,
    kind: "deadline",
    who: "priya",
    note: "goodwill voucher's own window (not a statutory remedy)",
    text: "As a goodwill gesture there's also a £10 voucher, valid until the end of January.",
  },
  {
    n: 11,
    kind: "deadline",
    who: "joanne",
    note: "goodwill credit window, refund said to have none",
    text: "The extra £5 credit we've offered for the trouble is open until Friday; your refund is separate and has no deadline.",
  },
  {
    n: 12,
    kind: "deadline",
    who: "linda",
    note: "courier cut-off (a service time)",
    text: "If you let me know by 2pm, I can get the courier booked for tomorrow.",
  },
  {
    n: 13,
    kind: "deadline",
    who: "ravi",
    note: "our delivery time",
    text: "The replacement should reach you within five working days.",
  },
  {
    n: 14,
    kind: "deadline",
    who: "priya",
    note: "the law's own refund time (s.20(15))",
    text: "Your refund will be back on your card within 14 days of us agreeing it, which is today.",
  },
  {
    n: 15,
    kind: "deadline",
    who: "joanne",
    note: "chase if not arrived",
    text: "Please let me know by Friday if the money hasn't arrived and I'll chase it.",
  },
  {
    n: 16,
    kind: "deadline",
    who: "priya",
    note: "the law's 30 days told truly",
    text: "You have 30 days from delivery to reject a faulty item, and you're well within that, so the refund is yours.",
  },
  {
    n: 17,
    kind: "deadline",
    who: "linda",
    note: "no rush",
    text: "There's no rush at all to decide; the refund will be there whenever you're ready.",
  },
  {
    n: 18,
    kind: "deadline",
    who: "joanne",
    note: "goodwill discount code expiry",
    text: "Our 10% goodwill discount code expires on 31 December, if you fancy using it on your next order.",
  },
  {
    n: 19,
    kind: "deadline",
    who: "ravi",
    note: "collection day, booked either way",
    text: "Can you let me know by Thursday which day suits for collection? The replacement is booked either way.",
  },

  // Her rights kept; our own record closed.
  {
    n: 20,
    kind: "waiver",
    who: "priya",
    note: "closes on our side, rights kept",
    text: "The refund closes this complaint on our side, but you keep all your rights and you're welcome to come back to us at any time.",
  },
  {
    n: 21,
    kind: "waiver",
    who: "joanne",
    note: "our admin",
    text: "Once the refund has landed I'll mark the case as resolved on our system.",
  },
  {
    n: 22,
    kind: "waiver",
    who: "linda",
    note: "rights told",
    text: "Accepting the refund doesn't stop you taking this further if you're still unhappy.",
  },
  {
    n: 23,
    kind: "waiver",
    who: "ravi",
    note: "statutory rights unaffected",
    text: "If anything else goes wrong with the new one, just get in touch; this doesn't affect your statutory rights.",
  },
  {
    n: 24,
    kind: "waiver",
    who: "priya",
    note: "the end of the problem, not of her rights",
    text: "That's the end of the faulty kettle saga now - the £44.99 is back with you.",
  },
  {
    n: 25,
    kind: "waiver",
    who: "priya",
    note: "route further told",
    text: "If you're not happy with how we've handled this, you can take it further through Citizens Advice or the ombudsman.",
  },
  {
    n: 26,
    kind: "waiver",
    who: "joanne",
    note: "her choice of closing",
    text: "Would you like me to close the complaint now the refund's through, or keep it open until it lands?",
  },
  {
    n: 27,
    kind: "waiver",
    who: "linda",
    // Decided: a statement of our own complaint record says nothing of her rights or of her pursuing them
    // (CRA 2015 s.31 strikes at terms that exclude or restrict them; "on our side" is our process). Not a waiver.
    note: "closes on our side, said neutrally",
    text: "Once the refund's gone through, that closes the complaint on our side.",
  },

  // Our own look at goods, not a condition on the refund.
  {
    n: 28,
    kind: "inspection",
    who: "ravi",
    note: "inspect then repair (day 31: repair first lawful, s.23)",
    text: "Our technician will inspect the machine when it comes in and then repair it for you.",
  },
  {
    n: 29,
    kind: "inspection",
    who: "priya",
    note: "test after, refund done",
    text: "Our engineers may test the kettle once it's back, but your refund has already gone through.",
  },
  {
    n: 30,
    kind: "inspection",
    who: "joanne",
    note: "look afterwards, not holding up",
    text: "The workshop will look at it afterwards so we can learn from it; that won't hold up your money.",
  },
  {
    n: 31,
    kind: "inspection",
    who: "linda",
    note: "collection before refund (s.20(7)(b))",
    text: "Once the courier has collected the machine, the refund goes back to your card.",
  },
  {
    n: 32,
    kind: "inspection",
    who: "priya",
    note: "safety",
    text: "Please don't use the kettle until it's been collected, for your safety.",
  },
  {
    n: 33,
    kind: "inspection",
    who: "linda",
    note: "question for records, either way",
    text: "Has the machine been checked by anyone since it went wrong? Only asking for our records - the refund is yours either way.",
  },
  {
    n: 34,
    kind: "inspection",
    who: "joanne",
    note: "her choice of test and repair",
    text: "If you'd like us to test it first and repair it instead, we can do that, but the refund is yours if you want it.",
  },
  {
    n: 35,
    kind: "inspection",
    who: "priya",
    note: "our records checked, done",
    text: "We've checked our order records and can confirm the kettle was delivered on the 3rd, so the refund is on its way back.",
  },
  {
    n: 36,
    kind: "inspection",
    who: "priya",
    note: "our own sign-off today (s.20(15))",
    text: "Once I've confirmed the refund with my manager this afternoon, it'll go back to your card.",
  },
];

/** The half a probe is in, by the rule above. */
export const isHeldOutKind = (p: KindProbe): boolean => p.n % 2 === 0;
