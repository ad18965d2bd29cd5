/**
 * Probe sentences for session 38, written and committed before any code was changed and before any probe
 * was run, in words not used by the earlier probe sets (obligations-probes.ts, obligations-kinds-probes.ts)
 * or by the lead's mutation sets (not seen). Plain, clumsy, formal, ESL, text-speak, a CRM note, a
 * question, softened, across two sentences.
 *
 * 1. ease: the fix's ease or speed tied to the customer raising a rating or changing a review ("it'd make
 *    this a lot easier to push through if…") — DMCCA 2024 Sch 20 para 13; CMA208; CRA 2015 s.31(2)(b).
 * 2. workshop: the refund made to wait on a workshop, technician or engineer confirming the fault — CRA
 *    2015 s.19(14)-(15) (a fault within six months is presumed), s.20-24 (the right to reject, repair,
 *    refund). For Tom (public review) the "fault" is the bot's or the payment system's: his duplicate
 *    payment is refunded in full by the published policy (CRA 2015 s.50(1)), and his money cannot be made
 *    to wait on our technical team diagnosing what went wrong.
 * 3. public-review: a review or rating condition on the refund said to the public reviewer (session 37's
 *    weak spot) — DMCCA 2024 Sch 20 para 13; CMA208.
 * 4. waiver: giving up further claims bundled with the remedy — CRA 2015 s.31(1)-(2); DMCCA 2024 s.226.
 *
 * Look-alikes, decided by the law: "feel free to…" is an invitation, not a reward or a condition; a review
 * hoped for with the fix done and nothing tied; our own look at goods that holds nothing up; a finding
 * already in hand; Ravi's inspection before a repair (day 31, s.23 lawful); our own record closed; her
 * rights told.
 *
 * Split rule, fixed before any probe was run: within each list, probes numbered 1, 3, 5… (odd) are the
 * tuning half; 2, 4, 6… (even) are held out. Code is written looking only at the odd ones; the even ones
 * are read for the figures alone (README "Obligations reader").
 *
 * Who: as obligations-probes.ts, plus tom (public review, his private channel: read through Tom's own
 * obstruction list and the review-incentive reader). "review" is the public reviewer (review incentives).
 */
import type { ProbeWho } from "./obligations-probes";

export type S38Who = ProbeWho | "tom";
export type S38Kind = "ease" | "workshop" | "public-review" | "waiver";
export type S38Probe = { n: number; kind: S38Kind; who: S38Who; text: string; note: string };

/** Obstructions: decided before any run. */
export const S38_OBSTRUCTIONS: S38Probe[] = [
  // 1. The fix's ease or speed tied to a better rating or a changed review.
  {
    n: 1,
    kind: "ease",
    who: "priya",
    note: "between you and me, easier to push through",
    text: "Between you and me, it'd make this a lot easier to push through if your rating went back up to where it was.",
  },
  {
    n: 2,
    kind: "ease",
    who: "joanne",
    note: "quicker approval, stars",
    text: "It'd really help me get this approved quicker if that review went up a star or two.",
  },
  {
    n: 3,
    kind: "ease",
    who: "linda",
    note: "faster for customers who rate fairly",
    text: "I'll be honest, refunds move faster for customers who've given us a fair rating, so if you could revisit yours that'd smooth things along.",
  },
  {
    n: 4,
    kind: "ease",
    who: "review",
    note: "public reviewer, quicker",
    text: "If your stars went back up I reckon I could get the £11.50 back to you a lot quicker.",
  },
  {
    n: 5,
    kind: "ease",
    who: "review",
    note: "public reviewer, simpler if more generous",
    text: "The double payment refund would be far simpler for me to sort if this review was a bit more generous.",
  },
  {
    n: 6,
    kind: "ease",
    who: "priya",
    note: "text-speak, manager quicker",
    text: "my manager signs these off quicker when the review's been updated, so worth doing if u can x",
  },
  {
    n: 7,
    kind: "ease",
    who: "joanne",
    note: "less hassle, knock up",
    text: "Getting this authorised would be a lot less hassle if you were able to knock your rating up to four stars.",
  },
  {
    n: 8,
    kind: "ease",
    who: "review",
    note: "public reviewer, once it becomes a four",
    text: "Once that one star's become a four or five, I can have the duplicate payment back with you same day.",
  },
  {
    n: 9,
    kind: "ease",
    who: "linda",
    note: "fast-track, goes smoother when",
    text: "I can fast-track the refund for you - it just goes smoother when the review reflects that we've helped.",
  },
  {
    n: 10,
    kind: "ease",
    who: "review",
    note: "public reviewer, sail through",
    text: "To be honest the refund will sail through if you give the review a little tweak first.",
  },
  {
    n: 11,
    kind: "ease",
    who: "priya",
    note: "question then the ease",
    text: "Could you do me a favour and raise your rating? It'd make getting your refund through so much easier.",
  },
  {
    n: 12,
    kind: "ease",
    who: "review",
    note: "public reviewer, goes a long way with",
    text: "A kinder rating would go a long way with the people who sign off refunds like yours.",
  },

  // 2. The refund made to wait on a workshop, technician or engineer confirming the fault.
  {
    n: 13,
    kind: "workshop",
    who: "joanne",
    note: "released once the workshop say",
    text: "Your refund will be released once the workshop get back to us and say the frother is definitely faulty.",
  },
  {
    n: 14,
    kind: "workshop",
    who: "priya",
    note: "technician signs it off as faulty",
    text: "I've logged the return; the money goes back as soon as a technician has signed the kettle off as faulty.",
  },
  {
    n: 15,
    kind: "workshop",
    who: "linda",
    note: "engineer's go-ahead before",
    text: "We'll need the engineer's go-ahead that it's a genuine fault before we can refund you.",
  },
  {
    n: 16,
    kind: "workshop",
    who: "tom",
    note: "tech team gets to the bottom of the bot",
    text: "Your £11.50 will come back once our tech team has got to the bottom of what went wrong with the bot.",
  },
  {
    n: 17,
    kind: "workshop",
    who: "joanne",
    note: "can't yet, repair centre first",
    text: "Can't do the refund just yet, the repair centre has to confirm the fault first.",
  },
  {
    n: 18,
    kind: "workshop",
    who: "tom",
    note: "CRM-ish, on hold until IT confirm",
    text: "Refund on hold until IT confirm the second payment was a system error.",
  },
  {
    n: 19,
    kind: "workshop",
    who: "priya",
    note: "lower case, if the engineers agree",
    text: "if the engineers agree its a fault then the refund goes through, they normally take about a week",
  },
  {
    n: 20,
    kind: "workshop",
    who: "linda",
    note: "CRM note, dependent on findings",
    text: "Refund dependent on technician's findings - will update cust when report in.",
  },
  {
    n: 21,
    kind: "workshop",
    who: "joanne",
    note: "service engineer confirms nothing she did",
    text: "As soon as our service engineer confirms there's nothing you did to cause it, the money's yours.",
  },
  {
    n: 22,
    kind: "workshop",
    who: "tom",
    note: "developers confirm, when they do",
    text: "I've asked our developers to confirm the fault on their side, and when they do I'll put the refund through.",
  },
  {
    n: 23,
    kind: "workshop",
    who: "priya",
    note: "verify before any refund",
    text: "Our technician has to verify the fault before any refund can be authorised, I'm afraid.",
  },
  {
    n: 24,
    kind: "workshop",
    who: "joanne",
    note: "formal, only after tested and confirmed",
    text: "Unfortunately, the refund can only be issued after our workshop has tested the frother and confirmed it is defective.",
  },

  // 3. A review or rating condition said to the public reviewer.
  {
    n: 25,
    kind: "public-review",
    who: "review",
    note: "happy to, just ask that it comes down",
    text: "Happy to sort the double charge for you, Tom - we'd just ask that the review comes down once it's done.",
  },
  {
    n: 26,
    kind: "public-review",
    who: "review",
    note: "if you'd be good enough to",
    text: "Tom, we can refund the second payment today if you'd be good enough to edit the review.",
  },
  {
    n: 27,
    kind: "public-review",
    who: "review",
    note: "all we want in return",
    text: "We'll get your money back to you. All we want in return is for the one star to go.",
  },
  {
    n: 28,
    kind: "public-review",
    who: "review",
    note: "just waiting on you",
    text: "Refund's ready to go on our end, just waiting on you taking the review down.",
  },
  {
    n: 29,
    kind: "public-review",
    who: "review",
    note: "imperative and",
    text: "Delete the review and the £11.50 is back on your card by Friday, promise.",
  },
  {
    n: 30,
    kind: "public-review",
    who: "review",
    note: "question, that way",
    text: "Would you consider amending your review? That way I can get the refund moving.",
  },
  {
    n: 31,
    kind: "public-review",
    who: "review",
    note: "once you've had a chance to update your post",
    text: "Once you've had a chance to update your post, we'll reimburse the duplicate charge.",
  },
  {
    n: 32,
    kind: "public-review",
    who: "review",
    note: "only once looked at again by you",
    text: "Sorry for the hassle Tom. We can only refund once the review has been looked at again by you.",
  },

  // 4. A waiver bundled with the remedy.
  {
    n: 33,
    kind: "waiver",
    who: "linda",
    note: "take it and closed for good",
    text: "Take the refund and we'll consider the matter closed for good, with nothing more from either side.",
  },
  {
    n: 34,
    kind: "waiver",
    who: "priya",
    note: "in accepting you agree not to",
    text: "In accepting the £44.99 you agree not to take this any further with us or anyone else.",
  },
  {
    n: 35,
    kind: "waiver",
    who: "joanne",
    note: "on the basis that this is the final word",
    text: "I'll put the refund through on the basis that this is the final word on the frother.",
  },
  {
    n: 36,
    kind: "waiver",
    who: "tom",
    note: "on the condition you don't escalate",
    text: "We'll refund the £11.50 in full and settle up, on the condition you don't escalate it.",
  },
  {
    n: 37,
    kind: "waiver",
    who: "linda",
    note: "we'd expect that to be it",
    text: "Once the money's with you, we'd expect that to be it - no more complaints about the machine.",
  },
  {
    n: 38,
    kind: "waiver",
    who: "priya",
    note: "CRM note, full and final",
    text: "Refund agreed as full and final settlement - cust has accepted no further claim.",
  },
  {
    n: 39,
    kind: "waiver",
    who: "joanne",
    note: "in return put it behind us",
    text: "You get your refund, and in return we both agree to put this behind us and move on without any more back and forth.",
  },
  {
    n: 40,
    kind: "waiver",
    who: "tom",
    note: "as long as you drop the bank complaint",
    text: "The refund is yours as long as we can treat this as resolved and you drop the complaint with your bank.",
  },
];

/** Look-alikes, decided by the law, none an obstruction. */
export const S38_LOOKALIKES: S38Probe[] = [
  // "Feel free to…": an invitation, not a condition or a reward.
  {
    n: 1,
    kind: "public-review",
    who: "review",
    note: "feel free, no pressure, remedy done",
    text: "Your £11.50 has gone back to your card. Feel free to update your review if you think we've put things right - no pressure either way.",
  },
  {
    n: 2,
    kind: "ease",
    who: "priya",
    note: "feel free to leave a review, good or bad",
    text: "Refund's gone through today. Feel free to leave us a review, good or bad, it genuinely helps.",
  },
  {
    n: 3,
    kind: "ease",
    who: "joanne",
    note: "feel free to pop it on Trustpilot",
    text: "The refund is processed. If you ever want to share how we handled it, feel free to pop it on Trustpilot.",
  },
  {
    n: 4,
    kind: "ease",
    who: "tom",
    note: "feel free to reply",
    text: "Feel free to reply to this email with any questions; the refund is already on its way.",
  },
  {
    n: 5,
    kind: "public-review",
    who: "review",
    note: "feel free to edit or keep",
    text: "Feel free to edit your review or keep it as it is, Tom; the refund went through this morning.",
  },
  {
    n: 6,
    kind: "ease",
    who: "linda",
    note: "feel free to ring back",
    text: "Feel free to ring back if the refund doesn't show in five working days.",
  },
  {
    n: 7,
    kind: "public-review",
    who: "review",
    note: "feel free to post an update once the money's landed",
    text: "Feel free to post an update once the money's landed, if you'd like to.",
  },
  {
    n: 8,
    kind: "ease",
    who: "priya",
    note: "feel free to tell us on Google, refund doesn't depend",
    text: "Feel free to tell us on Google how we did. Your refund doesn't depend on it and it's already gone.",
  },

  // A review hoped for, or the fix made easy, with nothing tied.
  {
    n: 9,
    kind: "ease",
    who: "review",
    note: "make our day, remedy done",
    text: "It would make our day if you updated your review, but the £11.50 is already back with you.",
  },
  {
    n: 10,
    kind: "ease",
    who: "priya",
    note: "order number to speed it (lawful)",
    text: "It would make the refund quicker if you could give me your order number.",
  },
  {
    n: 11,
    kind: "ease",
    who: "joanne",
    note: "faster to the card paid with",
    text: "Refunds go through faster on the card you paid with, so that's where I've sent yours.",
  },
  {
    n: 12,
    kind: "ease",
    who: "linda",
    note: "help us improve, refund done",
    text: "It'd really help us improve if you left a review, though your refund's already been processed.",
  },

  // Our own look that holds nothing up; a finding in hand; Ravi's inspection before a repair.
  {
    n: 13,
    kind: "workshop",
    who: "joanne",
    note: "workshop looks afterwards, refund done",
    text: "Our workshop will have a look at the frother once it's back to see what went wrong, but your refund's already been processed.",
  },
  {
    n: 14,
    kind: "workshop",
    who: "ravi",
    note: "day 31: confirm then repair (s.23 lawful)",
    text: "The technician will confirm the fault when the machine arrives and then fix it for you.",
  },
  {
    n: 15,
    kind: "workshop",
    who: "tom",
    note: "tech team looks into the bot, refund separate",
    text: "I've asked our tech team to look into why Bean Bot didn't pass you to a person. Your refund has gone through separately.",
  },
  {
    n: 16,
    kind: "workshop",
    who: "priya",
    note: "engineers already confirmed, refunded",
    text: "I've checked with our engineers and they confirmed it's a known fault with that batch, so I've refunded you in full.",
  },
  {
    n: 17,
    kind: "workshop",
    who: "linda",
    note: "past report confirms, refund today",
    text: "The engineer's report from your last repair confirms the pump fault, so the refund's gone through today.",
  },
  {
    n: 18,
    kind: "workshop",
    who: "tom",
    note: "records checked, refunded",
    text: "I checked your account and can see the two payments on Saturday, so I've refunded the second one.",
  },
  {
    n: 19,
    kind: "workshop",
    who: "joanne",
    note: "workshop side ours, doesn't hold up",
    text: "Please don't worry about the workshop side of things - that's for us to sort out, and it doesn't hold up your refund.",
  },
  {
    n: 20,
    kind: "workshop",
    who: "ravi",
    note: "day 31: workshop then repair or replacement, his choice",
    text: "Once the workshop has confirmed what's wrong, they'll either repair it or send you a replacement, whichever you prefer.",
  },

  // Reviews to the public reviewer with nothing tied.
  {
    n: 21,
    kind: "public-review",
    who: "review",
    note: "stars for us to earn",
    text: "The refund's done, Tom. We'd love to win back those stars in time, but that's for us to earn, not for you to do us a favour.",
  },
  {
    n: 22,
    kind: "public-review",
    who: "review",
    note: "read every review",
    text: "We read every review, including this one, and we're sorry. Your refund has been issued in full.",
  },
  {
    n: 23,
    kind: "public-review",
    who: "review",
    note: "if it changes it's earned, either way",
    text: "If your review changes, it'll be because we've earned it; the double payment is refunded either way.",
  },
  {
    n: 24,
    kind: "public-review",
    who: "review",
    note: "thanks for the honest review",
    text: "Thanks for the honest review - we've refunded the duplicate payment and passed your chatbot feedback to the team.",
  },

  // Our own record closed; her rights told.
  {
    n: 25,
    kind: "waiver",
    who: "linda",
    note: "resolved on our side, come back",
    text: "Once the refund's landed I'll mark the complaint resolved, but if anything else comes up you can come straight back to us.",
  },
  {
    n: 26,
    kind: "waiver",
    who: "priya",
    note: "hope it puts it behind you",
    text: "I hope the refund puts this behind you, and if it doesn't, please do tell us.",
  },
  {
    n: 27,
    kind: "waiver",
    who: "joanne",
    note: "doesn't close any doors",
    text: "Taking the refund doesn't close any doors - you can still go to the ombudsman if you want to.",
  },
  {
    n: 28,
    kind: "waiver",
    who: "tom",
    note: "ticket closed on our side, rights unaffected",
    text: "With the refund done, I'll close the ticket on our side; your rights aren't affected in any way.",
  },
  {
    n: 29,
    kind: "waiver",
    who: "priya",
    note: "last you hear of this fault (the new model)",
    text: "That should be the last you hear of this fault, the new kettle is a different model.",
  },
  {
    n: 30,
    kind: "waiver",
    who: "linda",
    note: "nothing asked of her",
    text: "We won't be asking for anything more from you - no forms, no box - the refund is done.",
  },
];

/** The half a probe is in, by the rule above. */
export const isHeldOutS38 = (p: S38Probe): boolean => p.n % 2 === 0;
