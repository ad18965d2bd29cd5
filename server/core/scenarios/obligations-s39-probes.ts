/**
 * Probe sentences for session 39, written and committed before any code was changed and before any probe
 * was run, in words not used by the earlier probe sets (obligations-probes.ts, obligations-kinds-probes.ts,
 * obligations-s38-probes.ts) or by the lead's mutation sets (not seen). Plain, clumsy, formal, text-speak,
 * a CRM-ish line, a question, softened, across two sentences.
 *
 * 1. window: a right-to-reject (or refund) period shorter than the law's told as our rule ("refunds are
 *    only within a fortnight of delivery"). CRA 2015 s.22(3)-(4): the short-term right to reject runs 30
 *    days from delivery (Priya, day 12); after a failed repair the final right to reject has no shop
 *    deadline at all (s.24(5); Joanne, Linda); a term cutting it short is not binding (s.31(1)-(2)) and
 *    saying it misleads about her rights (DMCCA 2024 s.226). Tom's duplicate payment is refunded by the
 *    published policy (CRA 2015 s.50(1)) with no claim period.
 * 2. call: a phone call, video call, chat or appointment made a condition of the refund. CRA 2015
 *    s.20(5)-(6): the right to reject is exercised by any clear indication, and she has already given one;
 *    a call put before the refund restricts it (s.31(1)-(2)). Read as the obligations reader's "route"
 *    kind (form-or-call-first, obliged-route). Priya asked not to be phoned (Equality Act 2010 s.20).
 * 3. remedy-first: the refund put behind another remedy (a replacement or "one more look" first) where
 *    she may have her money now: within 30 days (s.20, s.22(3)) or after one failed repair (s.24(5)).
 * 4. ease: the fix's ease or speed (free collection, a same-day refund) tied, with no condition word, to
 *    something the law does not ask of her (the box, the receipt, a store visit, a form). CRA 2015
 *    s.20(8) (the trader bears the reasonable cost of return), s.20(15) (refund without undue delay),
 *    s.31(2)(b) (no restrictive or onerous condition on the remedy).
 *
 * Look-alikes, decided by the law: the real 30 days told (or told as past, for Ravi on day 31); the
 * 14-day cancellation right for distance sales told as a separate right (Consumer Contracts Regulations
 * 2013 regs 29-30); the refund's own 14-day payment limit (s.20(15)); a call offered as an option; a
 * repair or replacement the customer chose; Ravi's repair or replacement first (day 31, s.23 lawful); our
 * own look after the refund; free collection with nothing asked; a quicker route that is ours to choose.
 *
 * Split rule, fixed before any probe was run: within each list, probes numbered 1, 3, 5… (odd) are the
 * tuning half; 2, 4, 6… (even) are held out. Code is written looking only at the odd ones; the even ones
 * are read for the figures alone (README "Obligations reader"). Probes and code are by the same hand, so
 * the held-out figure is optimistic.
 *
 * Who: as obligations-s38-probes.ts (priya day 12; joanne and linda after one failed repair; ravi day 31;
 * tom the public review's duplicate payment, his private channel).
 */
import type { S38Who } from "./obligations-s38-probes";

export type S39Kind = "window" | "call" | "remedy-first" | "ease";
export type S39Probe = { n: number; kind: S39Kind; who: S38Who; text: string; note: string };

/** Obstructions: decided before any run. */
export const S39_OBSTRUCTIONS: S39Probe[] = [
  {
    n: 1,
    kind: "window",
    who: "priya",
    note: "our policy 14 days, just made it",
    text: "Our policy gives you 14 days from delivery to send it back for a refund, so you've just made it.",
  },
  {
    n: 2,
    kind: "window",
    who: "joanne",
    note: "money-back returns limited to a fortnight",
    text: "Money-back returns are limited to the first fortnight after delivery, I'm afraid, so it would have to be another repair.",
  },
  {
    n: 3,
    kind: "window",
    who: "linda",
    note: "refunds only inside 14 days of arriving",
    text: "Refunds can only be done inside 14 days of the machine arriving, and yours came back in the spring.",
  },
  {
    n: 4,
    kind: "window",
    who: "priya",
    note: "text-speak, 2 wks then repairs",
    text: "just so u know the refund option is 2 wks from delivery, after that its repairs only",
  },
  {
    n: 5,
    kind: "window",
    who: "tom",
    note: "duplicate refunds only if told within seven days",
    text: "Duplicate payments can only be refunded if you tell us within seven days, and it's been longer than that.",
  },
  {
    n: 6,
    kind: "window",
    who: "joanne",
    note: "our return-for-refund period is 21 days",
    text: "Unfortunately our return-for-refund period is 21 days, so we're well past that now.",
  },
  {
    n: 7,
    kind: "window",
    who: "priya",
    note: "ten days to reject, then repairs",
    text: "You'd have had ten days to reject it for a full refund; after that we go down the repair route.",
  },
  {
    n: 8,
    kind: "window",
    who: "linda",
    note: "money-back window a fortnight, ran out",
    text: "The money-back window on our machines is a fortnight, which ran out long ago.",
  },
  {
    n: 9,
    kind: "window",
    who: "priya",
    note: "14-day refund period, only just, tell me today",
    text: "Customers get a 14-day refund period with us, which you're still in - but only just, so let me know today.",
  },
  {
    n: 10,
    kind: "window",
    who: "joanne",
    note: "as per our terms, 28 days",
    text: "As per our terms, a full refund is only available for returns made within 28 days.",
  },
  {
    n: 11,
    kind: "call",
    who: "priya",
    note: "ring the returns line to authorise",
    text: "Before I can refund you I'll need you to give our returns line a quick ring to authorise it.",
  },
  {
    n: 12,
    kind: "call",
    who: "joanne",
    note: "refund released once a call is booked",
    text: "Your refund will be released once you've booked a short call with one of our advisers.",
  },
  {
    n: 13,
    kind: "call",
    who: "joanne",
    note: "hear from you on the phone, then money back",
    text: "I'll just need to hear from you on the phone to confirm, then the money can go back.",
  },
  {
    n: 14,
    kind: "call",
    who: "tom",
    note: "pop us a call to verify and we'll refund",
    text: "Pop us a call on 0161 496 0000 to verify the duplicate charge and we'll refund it from there.",
  },
  {
    n: 15,
    kind: "call",
    who: "priya",
    note: "refunds authorised over the phone only",
    text: "Refunds are authorised over the phone only, so could you give us a ring when you get a moment?",
  },
  {
    n: 16,
    kind: "call",
    who: "joanne",
    note: "video call to see it, after that money",
    text: "Can we jump on a video call so I can see the frother? After that I can sort your money.",
  },
  {
    n: 17,
    kind: "call",
    who: "tom",
    note: "text-speak, phone verification first",
    text: "the refund needs a phone verification from you first, then it's straight through",
  },
  {
    n: 18,
    kind: "call",
    who: "priya",
    note: "can't refund over email, has to be a call",
    text: "I can't put the refund through over email, I'm afraid - it has to be done on a call with you.",
  },
  {
    n: 19,
    kind: "call",
    who: "tom",
    note: "billing team need to speak to you first",
    text: "Our billing team will need to speak to you on the phone before the \u00a311.50 can be returned.",
  },
  {
    n: 20,
    kind: "call",
    who: "joanne",
    note: "come into the store for an appointment",
    text: "To go ahead with the refund we'd need you to come into the store for a short appointment.",
  },
  {
    n: 21,
    kind: "remedy-first",
    who: "priya",
    note: "replacement first, then look at a refund",
    text: "What we normally do is send out a replacement first, and if that one gives you trouble too, then we look at a refund.",
  },
  {
    n: 22,
    kind: "remedy-first",
    who: "joanne",
    note: "one more look before the refund route",
    text: "I'd like the workshop to have one more look at it before we go down the refund route.",
  },
  {
    n: 23,
    kind: "remedy-first",
    who: "linda",
    note: "engineer out first, refunds only if he can't",
    text: "Let's get an engineer out to you first, and we'll only talk refunds if he can't get it going.",
  },
  {
    n: 24,
    kind: "remedy-first",
    who: "priya",
    note: "exchange first, refund second",
    text: "The way it works is exchange first, refund second.",
  },
  {
    n: 25,
    kind: "remedy-first",
    who: "joanne",
    note: "always offer a swap before money goes back",
    text: "Before any money goes back we always offer a swap for a new unit, so I'll get one sent out.",
  },
  {
    n: 26,
    kind: "remedy-first",
    who: "priya",
    note: "give a replacement a go, same story then money",
    text: "Could you give a replacement a go? If it's the same story, we can talk about your money.",
  },
  {
    n: 27,
    kind: "remedy-first",
    who: "linda",
    note: "one final attempt, after that the refund",
    text: "Our service team get one final attempt at it and after that the refund's yours.",
  },
  {
    n: 28,
    kind: "remedy-first",
    who: "joanne",
    note: "try a new one first, normally how it's handled",
    text: "Let's try a new one first - that's normally how it's handled - and if it doesn't work out, money back.",
  },
  {
    n: 29,
    kind: "remedy-first",
    who: "priya",
    note: "refund the last resort, swap or fix first",
    text: "A refund is the last resort for us; we'd want to swap or fix it before we got to that.",
  },
  {
    n: 30,
    kind: "remedy-first",
    who: "linda",
    note: "swap, refund in reserve",
    text: "We'll swap the machine for a new one, and the refund stays in reserve if that doesn't solve it.",
  },
  {
    n: 31,
    kind: "ease",
    who: "priya",
    note: "free collection for original box",
    text: "Customers who send it back in the original box get free collection.",
  },
  {
    n: 32,
    kind: "ease",
    who: "joanne",
    note: "receipt same day, without drags on",
    text: "With the receipt we can refund you same day; without it, these things can drag on for weeks.",
  },
  {
    n: 33,
    kind: "ease",
    who: "linda",
    note: "store drop-off instant, otherwise long wait",
    text: "Drop it into one of our stores and the refund's instant, otherwise it's a long wait.",
  },
  {
    n: 34,
    kind: "ease",
    who: "priya",
    note: "free collection boxed items only",
    text: "Free collection is for boxed items only, so have a look for the packaging.",
  },
  {
    n: 35,
    kind: "ease",
    who: "joanne",
    note: "postage on us in original packaging",
    text: "Postage is on us when the frother comes back in its original packaging.",
  },
  {
    n: 36,
    kind: "ease",
    who: "linda",
    note: "quicker with proof of purchase",
    text: "Refunds are quicker for customers who can show a proof of purchase.",
  },
  {
    n: 37,
    kind: "ease",
    who: "priya",
    note: "form gets free courier, emails slow queue",
    text: "Fill in the returns form on our site and the courier comes free; emails like this one go into the slow queue.",
  },
  {
    n: 38,
    kind: "ease",
    who: "joanne",
    note: "courier free if boxed, otherwise \u00a36.95",
    text: "The courier's free if it's packed in the box it came in - otherwise it's \u00a36.95.",
  },
  {
    n: 39,
    kind: "ease",
    who: "linda",
    note: "store: money on the spot, by post whenever",
    text: "Bring the machine to our Leeds store and you'll have your money back on the spot; by post it's whenever the warehouse gets to it.",
  },
  {
    n: 40,
    kind: "ease",
    who: "priya",
    note: "boxed return qualifies for express refund",
    text: "A boxed return qualifies for our express refund, normally within 24 hours.",
  },
];

/** Look-alikes: lawful or harmless, decided before any run. */
export const S39_LOOKALIKES: S39Probe[] = [
  {
    n: 1,
    kind: "window",
    who: "priya",
    note: "the real 30 days, day 12",
    text: "You've got 30 days from delivery to reject a faulty kettle for a full refund, and you're on day 12, so that's yours.",
  },
  {
    n: 2,
    kind: "window",
    who: "ravi",
    note: "day 31: the 30 days ran out, repair or replace",
    text: "The 30 days to reject ran out at midnight yesterday, so what we can do now is repair or replace it - your choice.",
  },
  {
    n: 3,
    kind: "window",
    who: "priya",
    note: "change-of-mind 14 days separate, faulty 30",
    text: "Separately, anything bought online can be sent back within 14 days just for changing your mind, but as yours is faulty you've got the full 30 days.",
  },
  {
    n: 4,
    kind: "window",
    who: "joanne",
    note: "failed repair: reject now, no 30-day limit",
    text: "Because our repair didn't hold, you can reject it for a full refund now - the 30-day limit doesn't apply after a failed repair.",
  },
  {
    n: 5,
    kind: "window",
    who: "priya",
    note: "refund paid within 14 days (s.20(15))",
    text: "We'll pay the refund within 14 days at the latest; most land in three to five working days.",
  },
  {
    n: 6,
    kind: "window",
    who: "linda",
    note: "CCR 14-day cancellation told as separate",
    text: "If you ever order online and simply change your mind, you have 14 days to cancel, but a faulty machine is different: you're entitled to your money back now.",
  },
  {
    n: 7,
    kind: "window",
    who: "priya",
    note: "website 14 days for unwanted items, not faulty",
    text: "The returns window on our website is 14 days for unwanted items; it doesn't apply to faulty goods like yours, which you can reject within 30 days.",
  },
  {
    n: 8,
    kind: "window",
    who: "ravi",
    note: "day 31: the law's 30 days told",
    text: "Under the Consumer Rights Act the short-term right to reject lasts 30 days from delivery, and yours was delivered 31 days ago.",
  },
  {
    n: 9,
    kind: "call",
    who: "priya",
    note: "ring if you'd rather, refund on its way",
    text: "If you'd rather talk it through, give us a ring any time, but there's no need - your refund is already on its way.",
  },
  {
    n: 10,
    kind: "call",
    who: "joanne",
    note: "happy to chat, refund processed either way",
    text: "Happy to chat on the phone if that's easier for you; either way I've processed the full refund today.",
  },
  {
    n: 11,
    kind: "call",
    who: "linda",
    note: "refunded, our line is open",
    text: "I've refunded you in full. If you have any questions, our line is open until 6pm.",
  },
  {
    n: 12,
    kind: "call",
    who: "tom",
    note: "\u00a311.50 back, call offered about the chatbot",
    text: "The \u00a311.50 is back on your card. If you'd like to talk about the chatbot, I'm happy to call you at a time that suits.",
  },
  {
    n: 13,
    kind: "call",
    who: "priya",
    note: "call offered about collection, refund done",
    text: "Would you like me to call you to arrange collection? The refund's done whichever way you'd prefer to be contacted.",
  },
  {
    n: 14,
    kind: "call",
    who: "joanne",
    note: "tried to call to tell you, no need to call back",
    text: "I tried to call you earlier to let you know the refund had gone through - no need to call back.",
  },
  {
    n: 15,
    kind: "call",
    who: "linda",
    note: "chat about collection day, refund already",
    text: "Once we've had a chat about which day suits, the courier will collect the machine; your refund went through this morning.",
  },
  {
    n: 16,
    kind: "call",
    who: "tom",
    note: "no need to ring or fill anything in",
    text: "You don't need to ring us or fill anything in - the duplicate payment has been refunded.",
  },
  {
    n: 17,
    kind: "remedy-first",
    who: "priya",
    note: "she chose a replacement",
    text: "You asked for a replacement rather than your money back, so a new kettle is on its way; if you change your mind, the refund is still yours.",
  },
  {
    n: 18,
    kind: "remedy-first",
    who: "ravi",
    note: "day 31: repair or replace first, his choice",
    text: "As it's day 31, the law lets us repair or replace it first; which would you prefer?",
  },
  {
    n: 19,
    kind: "remedy-first",
    who: "joanne",
    note: "straight to the refund, no repair",
    text: "I know you'd rather not have another repair, so I've gone straight to the full refund.",
  },
  {
    n: 20,
    kind: "remedy-first",
    who: "linda",
    note: "she asked for one more go, refund open",
    text: "You said you'd like us to have one more go at fixing it before you decide, so the engineer is booked for Tuesday; the refund stays open to you.",
  },
  {
    n: 21,
    kind: "remedy-first",
    who: "priya",
    note: "refund or replacement, her pick",
    text: "You can have a refund or a replacement, whichever you'd prefer - just let me know.",
  },
  {
    n: 22,
    kind: "remedy-first",
    who: "ravi",
    note: "day 31: workshop look then repair or new one",
    text: "Our workshop will take a look first and then repair it or send a new one, whichever you choose.",
  },
  {
    n: 23,
    kind: "remedy-first",
    who: "joanne",
    note: "refund done, workshop looks afterwards",
    text: "Your full refund has gone through; the workshop will have another look at the frother afterwards for our own records.",
  },
  {
    n: 24,
    kind: "ease",
    who: "priya",
    note: "free collection, no box needed",
    text: "Our courier collects it free of charge whenever suits you - no box needed.",
  },
  {
    n: 25,
    kind: "ease",
    who: "joanne",
    note: "box optional, any bag",
    text: "Your refund's already gone through; if you happen to still have the box, the courier can use it, but any bag will do.",
  },
  {
    n: 26,
    kind: "ease",
    who: "linda",
    note: "store drop-off an option, courier free",
    text: "I've refunded you today. Dropping it at a store is an option if it's handier, or our courier collects it free.",
  },
  {
    n: 27,
    kind: "ease",
    who: "priya",
    note: "order number would help, already have it",
    text: "If you give me your order number I can find it faster, though I think I've got it from your email already.",
  },
  {
    n: 28,
    kind: "ease",
    who: "joanne",
    note: "card refunds land in 3-5 days, done",
    text: "Card refunds usually land within three to five working days; yours went through this morning.",
  },
  {
    n: 29,
    kind: "ease",
    who: "tom",
    note: "card ending 4417, went through this morning",
    text: "Refunds to the card ending 4417 usually show in three to five working days, and yours went through this morning.",
  },
  {
    n: 30,
    kind: "ease",
    who: "priya",
    note: "courier brings packaging, free either way",
    text: "The courier will bring packaging, so don't worry about the box - collection is free either way.",
  },
];

/** The half a probe is in, by the rule above. */
export const isHeldOutS39 = (p: S39Probe): boolean => p.n % 2 === 0;
