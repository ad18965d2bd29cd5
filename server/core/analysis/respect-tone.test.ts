import { describe, expect, it } from "vitest";
import { analyseMessage, explainMessage } from "./analyse-message";
import { ninthSplit, RESPECT_NINTH } from "./corpus/respect-ninth";
import { eleventhSplit, RESPECT_ELEVENTH } from "./corpus/respect-eleventh";
import { RESPECT_TENTH, tenthSplit } from "./corpus/respect-tenth";
import { RESPECT_VOICES } from "./corpus/respect-voices";
import { respectSplitForId } from "./corpus/respect-tune";
import { RESPECT_THIRTEENTH, thirteenthSplit } from "./corpus/respect-thirteenth";
import { fourteenthSplit, RESPECT_FOURTEENTH } from "./corpus/respect-fourteenth";
import { RESPECT_TWELFTH, twelfthSplit } from "./corpus/respect-twelfth";
import {
  CLARIFIED_IN_HER_FAVOUR,
  MINIMISER_EXCUSED,
  sympatheticEndearments,
  TONE_STRUCTURES,
} from "./respect-tone";

const BREACHES = ["blame", "dismissive", "calm_down"];
const breaches = (text: string) => analyseMessage(text).labels.filter((l) => BREACHES.includes(l));
/** The tone structures that fired, with the words they kept as evidence. */
const toneHits = (text: string) =>
  explainMessage(text)
    .spans.filter((s) => s.rules.some((r) => r.startsWith("meaning.tone.")))
    .map((s) => ({ rules: s.rules.filter((r) => r.startsWith("meaning.tone.")), text: s.text, why: s.why }));

/** A probe's halves, and per half how many breaches are caught and look-alikes accused (counts only, no lines). */
function halves<L extends { id: string; kind: string; text: string }>(
  set: readonly L[],
  split: (id: string) => "tune" | "held-out",
) {
  const half = (h: "tune" | "held-out") => set.filter((l) => split(l.id) === h);
  const count = (h: "tune" | "held-out") => ({
    caught: half(h).filter((l) => l.kind !== "polite" && breaches(l.text).length > 0).length,
    accused: half(h).filter((l) => l.kind === "polite" && breaches(l.text).length > 0).length,
  });
  return { half, count };
}

/** A probe split by number: both halves counted (printed), floors on each, and no polite line accused. */
function expectProbeHalves(
  name: string,
  set: readonly { id: string; kind: string; text: string }[],
  split: (id: string) => "tune" | "held-out",
  rude: number,
  tuneFloor: number,
  heldFloor: number,
): void {
  const { half } = halves(set, split);
  expect(half("tune").length + half("held-out").length).toBe(set.length);
  expect(set.filter((l) => l.kind !== "polite")).toHaveLength(rude);
  const caught = (h: "tune" | "held-out") =>
    half(h).filter((l) => l.kind !== "polite" && breaches(l.text).length > 0).length;
  console.log(
    `respect ${name}: tune ${caught("tune")}/${rude / 2}, held-out ${caught("held-out")}/${rude / 2}`,
  );
  expect(caught("tune")).toBeGreaterThanOrEqual(tuneFloor);
  expect(caught("held-out")).toBeGreaterThanOrEqual(heldFloor);
  for (const l of set.filter((l) => l.kind === "polite")) expect(breaches(l.text), l.text).toEqual([]);
}

// Seventh pass (README, "Respect by meaning: seventh pass"). Each line is my own wording of a structure, none a line of
// respect-voices.ts or any probe; the polite ones share the structure's words.
const CASES: { id: string; rude: string[]; polite: string[] }[] = [
  {
    id: "tone.judged-person",
    rude: [
      "Honestly, you're being a little dramatic about one missing scoop.",
      "Caller extremely impatient, wanted it sorted in five minutes.",
      "He was very demanding, so I ended the call.",
    ],
    polite: [
      "You're entitled to a full refund, and I've issued it.",
      "Customer is slow to reply by email, so I've also left a voicemail.",
      "You're not being demanding at all; it should have arrived on Tuesday.",
      "Customer finds the app difficult to use, so I placed the order for her.",
    ],
  },
  {
    id: "tone.compared-with-normal",
    rude: [
      "Every other customer manages to fit the filter without ringing us.",
      "Please just use the app like any sensible adult would.",
    ],
    polite: [
      "Most customers don't know the warranty needs registering, so I've done it for you.",
      "Lots of people find the filter fiddly, so here's a short video.",
    ],
  },
  {
    id: "tone.praise-then-contrary",
    rude: [
      "Brilliant, that's your sixth email about the same bag of beans.",
      "Lovely to hear from you, you've finally read the instructions.",
    ],
    polite: [
      "Great news, your refund went through this morning.",
      "Thanks for your two emails; I've answered both questions below.",
      "Thanks for bearing with us, I'm sorry it took five emails to sort.",
    ],
  },
  {
    id: "tone.told-you-before",
    rude: [
      "We've already explained this to you several times.",
      "She's been advised the same thing by two of us already.",
    ],
    polite: [
      "I've explained the refund steps below so you have them together.",
      "As I mentioned, the courier will collect on Thursday.",
    ],
  },
  {
    id: "tone.lecture",
    rude: [
      "In future, please read the product page before you order.",
      "Going forward, don't put the carafe in the dishwasher.",
    ],
    polite: [
      "In future, don't hesitate to ring us if anything goes wrong.",
      "Maybe check your spam folder, as our emails sometimes land there.",
    ],
  },
  {
    id: "tone.hindsight",
    rude: [
      "If you'd answered the door, none of this would have happened.",
      "If you had just followed the descaling guide, none of this would have happened.",
    ],
    polite: [
      "If you'd been in, the driver would have handed it to you; as you weren't, it should have gone to a safe place, and that's on us.",
      "If you have checked the fuse and it still won't boil, we'll replace it.",
    ],
  },
  {
    id: "tone.note-typed",
    rude: ["Mr Patel is one of those customers who complains about everything."],
    polite: ["Customer asked what type of grinder suits a French press; recommended the burr model."],
  },
  {
    id: "tone.scare-quotes",
    rude: ["Customer 'lost' the first replacement as well."],
    polite: ["Customer said the box was marked 'fragile' but arrived crushed."],
  },
  {
    id: "tone.emotion-is-the-problem",
    rude: ["Getting angry with the team won't get it to you any sooner."],
    polite: ["I can hear how angry you are, and you have every right to be."],
  },
  {
    id: "tone.cannot-make-it-clearer",
    rude: ["I don't know how to make this any simpler for you."],
    polite: ["I'm not sure what else could cause it, so I'm sending an engineer."],
  },
  {
    id: "tone.failure-named",
    rude: [
      "The leak is down to your failure to follow the descaling guide.",
      "Looks like somebody didn't check the size before ordering.",
    ],
    polite: ["Someone at our depot didn't check the label, so it went to the wrong address."],
  },
  {
    id: "tone.tautology",
    rude: ["It's a toaster, it toasts."],
    polite: ["It's a grinder with five settings, so it suits any brewer."],
  },
  {
    id: "tone.price-expectation",
    rude: ["Not sure what she thought she would get for £9.99."],
    polite: ["That's not what you expected for £40, and I've refunded it."],
  },
  // Eighth pass (README, "Respect by meaning: eighth pass"): my own wordings, none a line of respect-generality.ts
  // except the brief's named misses, which are the kinds' definitions.
  {
    id: "tone.generic-cause",
    rude: [
      "Leaks like this are nearly always down to the jug being overfilled.",
      "We tend to see this when owners don't descale as often as the booklet says.",
      "As a rule, a seized burr means the grinder has been misused.",
      "This usually only happens when a product hasn't been used the way the instructions say.",
      "In our experience these only fail when they're descaled wrong.",
    ],
    polite: [
      "Leaks like this are nearly always a faulty seal, so I've sent a new one.",
      "We tend to see this when the courier has dropped the box, so I've raised a claim.",
      "As a rule, a seized burr is a manufacturing fault, and yours is covered.",
      "It usually only happens when the thermostat fails, and it's not down to anything you did.",
      "Most owners don't realise it needs descaling; that's our booklet's fault, and we're rewriting it.",
    ],
  },
  {
    id: "tone.watched-for-complaining",
    rude: [
      "Accounts with a pattern of complaints get reviewed.",
      "We do keep an eye on customers who return a lot.",
      "Just so you know, we log every complaint you make against your account.",
      "Frequent returners may find their accounts restricted.",
      "Just so you know, our system does flag customers who send a lot back, though I'm sure it won't come to anything with you.",
    ],
    polite: [
      "We keep an eye on products that get returned a lot, so thank you, this helps us.",
      "I've flagged your case to my team leader so it's looked at today.",
      "Returning items as often as you need won't affect your account.",
      "We record every complaint so we can spot faults early.",
      "You shouldn't have needed repeated refund requests; I've noted on your file that it's settled.",
    ],
  },
  {
    id: "tone.customer-as-category",
    rude: [
      "Honestly, your lot are never happy.",
      "It's always people your age who can't work the app.",
      "Typical pensioner, couldn't find the power button.",
      "Another call from one of the regular moaners.",
    ],
    polite: [
      "Your lot number is printed on the base of the tin.",
      "Customers in your area get next-day delivery.",
      "We love hearing from people of all ages.",
      "Our classic grinder is back in stock.",
    ],
  },
  {
    id: "tone.they-always-do",
    rude: [
      "She's probably fat-fingered the postcode, they usually do.",
      "He's typed his email wrong again, they always do.",
      "Customer didn't read the leaflet. They never do.",
    ],
    polite: [
      "She's probably not had the email yet; they usually arrive within the hour.",
      "He said the beans arrived fresh, as they always do.",
      "The parcels got lost at the depot; they usually turn up within a week.",
    ],
  },
  {
    id: "tone.praise-for-the-obvious",
    rude: ["Well done, you've found the power button.", "Good job, you've located the on switch."],
    polite: [
      "Well done for spotting the fault we'd missed.",
      "Congratulations on your new grinder: the instructions are in the box.",
    ],
  },
  {
    id: "tone.pointed-correction",
    rude: [
      "The warning was, in fact, printed on the box.",
      "The details are very clearly stated on the order page.",
    ],
    polite: [
      "Your refund was, in fact, processed on Monday.",
      "The instructions were in fact missing from your box, so here's a copy.",
    ],
  },
  {
    id: "tone.ironic-title",
    rude: ["Einstein here put the glass jug on the hob.", "Sherlock then decided the kettle was faulty."],
    polite: [
      "A genius idea from the customer: a scoop holder. Passed to product.",
      "Princess kettle returned, refund issued.",
    ],
  },
  {
    id: "tone.nobody-died",
    rude: ["It's a late parcel, nobody's died.", "Worse things happen at sea, I'm afraid."],
    polite: [
      "Nobody was hurt, thank goodness, and we're replacing the kettle.",
      "It could have been much worse, and I'm so glad you're safe.",
    ],
  },
  {
    id: "tone.deemed-insignificant",
    rude: [
      "A delay of two days is not deemed significant under our terms.",
      "The scratch is considered minor and no action is required.",
    ],
    polite: [
      "A delay of two days is not deemed significant by the courier, but we're refunding the delivery charge anyway.",
      "This dent is considered a fault, so you'll get a replacement.",
    ],
  },
  {
    id: "tone.simplified-for-you",
    rude: ["I've explained it below in the simplest terms possible.", "Here it is again in small words."],
    polite: [
      "To help, the steps are below in plain English.",
      "As you asked, I've put it in very simple terms for your screen reader.",
    ],
  },
  {
    id: "tone.have-to-accept-it",
    rude: ["You'll just have to accept it.", "Customer will have to live with it; no refund."],
    polite: [
      "You shouldn't have to put up with this, so I've refunded you.",
      "You won't have to deal with it again: we've fixed the account.",
    ],
  },
];

// Ninth pass (README, "Respect by meaning: ninth pass"): my own wordings, none a line of respect-ninth.ts.
const NINTH_CASES: { id: string; rude: string[]; polite: string[] }[] = [
  {
    id: "tone.generic-cause",
    rude: [
      "In our experience it's down to how people look after their machines.",
      "Nine times out of ten it comes down to how folk are treating them at home.",
      "The majority of returns we get arise from the way the jug has been handled.",
      "Generally it's the owner, not the kettle.",
      "Most of the ones we see are the ones owners haven't bothered descaling.",
    ],
    polite: [
      "In our experience it's down to a worn gasket, so I've sent a new one.",
      "The majority of these faults are covered by the guarantee.",
      "How often people descale varies a lot, so here's a simple guide.",
      "It usually comes down to how the parcel was handled in transit, which is on us.",
      "Most of the time it's the filter: here's a spare, free of charge.",
    ],
  },
  {
    id: "tone.care-condition",
    rude: [
      "They hold up for years provided owners use them properly.",
      "These work fine if people look after them. Yours clearly hasn't been.",
      "It is normally the case that the grinder runs well where customers follow the cleaning guide.",
    ],
    polite: [
      "These last longer if they're descaled monthly, so I've added a free pack.",
      "It works best when you use filtered water.",
      "They run quietly as long as the feet are on a flat surface.",
    ],
  },
  {
    id: "tone.note-category",
    rude: [
      "Usual sort, wants everything for free.",
      "The type who reads you the small print; wants a manager.",
      "Typical - wants a new one and to keep the old one.",
      "Another one of those. Wants compensation for the stress.",
      "Proper compo hunter.",
      "Expects the earth for a £15 grinder.",
      "Difficult as ever, wants a call every day.",
    ],
    polite: [
      "Cust wants a refund before the weekend as money is tight.",
      "Usual sort of fault for this model; replacement out today.",
      "Typical symptoms of a blocked burr; cleaning guide sent.",
      "Another one of the split bags. Another one of those. Wants a refund.",
      "One of those weeks: three parcels lost by the courier. All resent.",
      "She's not a chancer; the photos show the crack.",
      "He isn't a freebie hunter: the box was crushed in transit.",
      "We can't expect miracles from the courier in this snow.",
      "Wants everything in writing, so I emailed a summary.",
    ],
  },
  {
    id: "tone.bare-dismissal",
    rude: ["Check the manual.", "Just let it go.", "We don't swap opened beans, end of story."],
    polite: [
      "Check the manual for the reset: it's on page 4.",
      "Move on to step two when the light goes green.",
      "Let it go cold before you clean it.",
    ],
  },
  {
    id: "tone.someone-is-moody",
    rude: ["Oh dear, someone's a bit tetchy today!", "Wow, four calls before lunch, somebody's keen."],
    polite: [
      "Someone from our team will call you today.",
      "Somebody's been busy: your order has already left the warehouse!",
    ],
  },
  {
    id: "tone.clear-enough-for-you",
    rude: ["I trust that is now plain enough for you.", "This should be straightforward enough for you."],
    polite: [
      "Is that clear enough for you, or shall I ring you to go through it?",
      "I hope the guide is clear enough for you to follow; if not, I'll call.",
    ],
  },
  {
    id: "tone.no-further-correspondence",
    rude: ["We will not be responding to any further emails on this subject."],
    polite: ["No further action is needed from you.", "Further correspondence can go to our Leeds office."],
  },
  {
    id: "tone.did-not-see-fit",
    rude: [
      "Customer did not see fit to register the warranty.",
      "You didn't check the voltage before ringing us.",
    ],
    polite: [
      "Do whatever you see fit with the old one.",
      "You didn't receive the email before contacting us, and that's our fault.",
    ],
  },
  {
    id: "tone.complains-too-much",
    rude: ["She complains every single week.", "Cust moaning constantly about delivery slots."],
    polite: [
      "You have every right to complain, and I'm glad you did.",
      "You complained in March and we didn't fix it; this time I've escalated it.",
    ],
  },
  {
    id: "tone.big-fuss-over-small",
    rude: ["Making such a big drama about one tiny chip.", "Why does she make so huge a fuss?"],
    polite: [
      "I don't want to make a big fuss about a small slip, but thank you for flagging it.",
      "It's not a big problem for a small business like ours to swap it.",
    ],
  },
  {
    id: "tone.do-not-write-again",
    rude: ["Kindly stop emailing us about this again.", "Please don't ask the same question again."],
    polite: [
      "Please don't email again to chase; I'll update you by Friday.",
      "Please don't worry about calling again: I'll ring you at three.",
    ],
  },
  {
    id: "tone.exists-for-a-reason",
    rude: [
      "The warnings really are there for a reason.",
      "I'm sure you didn't mean to, but your descaling routine is the cause.",
    ],
    polite: [
      "The warning is there so you know the base gets hot.",
      "I'm sure it wasn't intentional on our courier's part, but the box was crushed, so I've refunded you.",
    ],
  },
  {
    // redC's round 22 ask (their sentence and other words for it; their look-alikes below)
    id: "tone.generic-cause",
    rude: [
      "To be honest the Aurora doesn't normally go like this, it's nearly always people filling it past the max line or letting it boil dry that kills them, but I've refunded you anyway.",
      "These usually only go when they've been run dry.",
      "In my experience it's normally limescale from not descaling that does that.",
      "Most of the time it's down to how they've been used.",
    ],
    polite: [
      "It's nothing you've done, sometimes a part just fails.",
      "It shouldn't have gone like this, they normally last for years.",
      "Please don't fill it past the max line on the new one, just so you know.",
    ],
  },
  {
    // redB's round 22 ask
    id: "tone.be-in-for-delivery",
    rude: [
      "As for the neighbour, when there's nobody home to take a parcel the driver has to leave it somewhere, so it's worth making sure someone's around on delivery day.",
      "If you're not in, the courier will just leave it outside, so you need to make sure you're home.",
    ],
    polite: [
      "If nobody's home, the driver will now ring you first.",
      "You can choose a safe place on your account.",
      "We'll make sure someone's around at the depot to take your call.",
      "For Tuesday's delivery it's worth making sure someone's in, as it needs a signature.",
    ],
  },
  {
    // redA's round 22 ask
    id: "tone.colleague-blamed",
    rude: [
      "I'm afraid our warehouse lad Dev got the depot wrong on the label, so it's been sat in the wrong place all week.",
      "Our new starter mixed up the two orders.",
      "She's been disciplined for it.",
    ],
    polite: [
      "I'm afraid the courier lost it at their Leeds depot.",
      "Dev in our warehouse is re-sending it today.",
      "That's our mistake, and I'm sorry.",
      "He's had a word with the courier and it's on its way.",
      "Customer abusive on the phone. He's been spoken to by the manager.",
    ],
  },
  {
    id: "tone.line-under-at-last",
    rude: ["That should put this to bed once and for all."],
    polite: [
      "I hope this draws a line under a miserable month for you.",
      "I hope this finally puts things right.",
    ],
  },
];
CASES.push(...NINTH_CASES);

// Tenth pass (README, "Respect by meaning: tenth pass"): my own wordings, none a line of respect-tenth.ts.
const TENTH_CASES: { id: string; rude: string[]; polite: string[] }[] = [
  {
    id: "tone.ironic-certainty",
    rude: [
      "I'm quite sure you've never once got anything wrong in your whole life.",
      "No doubt she read every page of the booklet, as she tells us.",
      "Surely someone as organised as you would never have left it plugged in.",
      "Of course, you're the professional here.",
      "I'm sure it was pure coincidence that it stopped the week the guarantee ended.",
    ],
    polite: [
      "I'm sure you'll enjoy the darker roast.",
      "No doubt you're tired of chasing us, so I've refunded you today.",
      "I'm sure you followed every step, so it must be the thermostat.",
      "Of course you can keep the old one.",
      "Obviously you're very organised, you kept every receipt, which made this easy.",
      "I'm sure you'd never put up with that from a shop, and you shouldn't from us.",
    ],
  },
  {
    id: "tone.mock-praise-for-a-failing",
    rude: [
      "Well done, it only took you three reminders to send the receipt.",
      "Great job, you've managed to snap the lid again.",
      "Congratulations, only two months late with the return.",
    ],
    polite: [
      "Well done, it only took two minutes to set up your account!",
      "Nice work, you've managed to fix it yourself!",
      "Great news: the courier only took a day.",
    ],
  },
  {
    id: "tone.mock-marvel",
    rude: [
      "Surprise, surprise, the one you dropped has a cracked jug.",
      "Who would have guessed that putting it in the dishwasher would ruin the finish.",
      "Lo and behold, you read the email in the end.",
    ],
    polite: [
      "Who knew, you earned enough points for a free bag!",
      "Oh look at that, you found it! Brilliant, I'll cancel the replacement.",
      "Who could have predicted the snow? The courier's running a day behind.",
      "What a surprise that must have been, finding the box empty.",
    ],
  },
];
CASES.push(...TENTH_CASES);

// Eleventh pass (README, "Respect by meaning: eleventh pass"): my own wordings, none a line of respect-eleventh.ts.
const ELEVENTH_CASES: { id: string; rude: string[]; polite: string[] }[] = [
  {
    id: "tone.mock-thanks",
    rude: [
      "Thanks for leaving it until the very last minute to send the photos.",
      "Thank you for taking three weeks to reply to my email.",
      "Cheers for telling us two months later.",
      "Many thanks for your understanding, which I'm sure is boundless.",
      "Thank you for your feedback, of which you clearly have plenty.",
    ],
    polite: [
      "Thanks for waiting until the engineer had been before sending it back, that was really helpful.",
      "Thank you for taking the time to fill in our survey.",
      "Thanks for letting us know in good time, we've stopped the order.",
      "Thank you for your patience, which I know has been tested this month.",
      "Thanks for your patience, I know it's been a long wait.",
    ],
  },
  {
    id: "tone.mock-apology",
    rude: [
      "Apologies that the grinder was not up to your exacting standards.",
      "So sorry the beans didn't meet your very discerning tastes.",
    ],
    polite: [
      "I'm sorry it wasn't up to standard; I've sent a replacement.",
      "We know you have high standards for your coffee, so we've picked our best roast for you.",
      "I'm sorry the coffee didn't meet your high standards, and I've refunded the bag.",
    ],
  },
  {
    id: "tone.mock-offer-of-help",
    rude: ["Do you want a hand plugging it in too?", "Shall I come round and switch it on for you as well?"],
    polite: [
      "Let me know if you need a hand setting it up as well.",
      "If you'd like help reading the instructions, I can send a large print copy too.",
      "Would you like me to talk you through switching it on as well?",
    ],
  },
  {
    id: "tone.eager-then-never",
    rude: [
      "I'll get straight on to it, right after the other thirty complaints in my inbox.",
      "We'll make it our top priority, just as soon as hell freezes over.",
    ],
    polite: [
      "I'll get right on that and call you back by 3pm.",
      "I'll get straight on to it once the courier replies.",
    ],
  },
  {
    id: "tone.small-loss-shrug",
    rude: [
      "It's a couple of quid, I'd not lose any sleep over it.",
      "It's hardly worth getting upset about a fiver.",
    ],
    polite: [
      "Don't lose sleep over the missed payment, I've sorted it.",
      "I wouldn't worry about the warranty card, your order number is enough.",
      "It's a few pounds, but it's still your money, so I've refunded it.",
      // dp-r18-liam-wont-wait-long (round 18): reassurance to a worried caller, not a loss made small
      "Between you and me, I wouldn't lose any sleep over it: whatever she's waiting for, I don't think she'll be waiting much longer.",
    ],
  },
  {
    id: "tone.silver-lining",
    rude: [
      "At least it still works, it's just a bit louder than before.",
      "The kettle still boils fine, it only takes a little longer.",
    ],
    polite: [
      "It still works for now, but it shouldn't be that loud, so I'll send a replacement.",
      "At least it still works until the replacement arrives tomorrow.",
      "The good news is you still have all your points.",
      "It still works fine, it just needs a descale; here's how.",
    ],
  },
  {
    id: "tone.not-from-normal-use",
    rude: [
      "Damage like this doesn't occur with everyday use.",
      "That dent is consistent with it being dropped.",
      "A crack like that doesn't just happen under normal use.",
    ],
    polite: [
      "A crack like that doesn't happen from normal use, so it must be a faulty batch; a replacement is on its way.",
      "The dent is consistent with a knock in transit, so I've raised it with the courier.",
      "That's not normal wear and tear, so it's covered as a fault.",
    ],
  },
  {
    id: "tone.endearment-then-correction",
    rude: [
      "Oh no, hun. That's the descale button, not the power button.",
      "Aw, bless you, pet. You've fitted the filter the wrong way round.",
      "Oh no, my love. The lid goes on first.",
    ],
    polite: [
      "Oh no, love, not again. I'll send a new one today.",
      "Oh no, hun. I'm so sorry, I'll get it sorted.",
      "Oh no, pet. It's the thermostat, I'm afraid: a known fault on that batch.",
      "Oh no, love. You might have the filter in upside down, it's an easy mistake as the arrow is tiny.",
      "Oh dear, love. I'll send you a new lid today.",
    ],
  },
];
CASES.push(...ELEVENTH_CASES);

// redA's round-24 ask (ASK-redA-to-respect): my own wordings of its three kinds, none a line of redA's attempts.
CASES.push(
  {
    id: "tone.lesser-substitute",
    rude: [
      "It's not as if you're left without a kettle, you've still got the hob.",
      "There's always the old one in the garage, isn't there?",
      "You'll just have to make do with the old grinder.",
    ],
    polite: [
      "In the meantime, would a loan machine help so you're not without coffee?",
      "I'll send a loan grinder today so you're not without one.",
      "It's not as if you did anything wrong; the seal failed.",
      "There's always someone on the line if the chat can't help.",
      "You can always return it within 30 days if you change your mind.",
    ],
  },
  {
    id: "tone.reaction-as-disaster",
    rude: [
      "Cust acting like it's the end of the world over a late bag of beans.",
      "She's treating a dented box like a family tragedy.",
      "Customer making out it's a national disaster.",
      "He went on like there'd been a death in the family.",
    ],
    polite: [
      "We're treating this as an emergency and it goes out today.",
      "Customer treating it as urgent because her baby's steriliser is part of the order.",
    ],
  },
  {
    id: "tone.feeling-inflated",
    rude: [
      "I'm sure a late parcel must feel like a national emergency, but it will turn up.",
      "A lost order probably feels like the crime of the century to you.",
    ],
    polite: [
      "I know how stressful it must feel with the birthday on Saturday.",
      "I can imagine it feels like a disaster when the only present doesn't arrive, and I'm so sorry.",
      "It looks like a national courier delay, so I've sent another by a different carrier.",
    ],
  },
);

// Twelfth pass (README, "Respect by meaning: twelfth pass"): my own wordings, none a line of respect-twelfth.ts; the
// look-alikes share each structure's stance words. redA's round-25 kinds (ASK-redA-to-respect) in my own words too.
CASES.push(
  {
    id: "tone.mock-praise-for-the-obvious",
    rude: [
      "Ten out of ten for realising that a toaster won't toast when it isn't switched on.",
      "Excellent detective work, discovering that the lid needs to be shut before it boils.",
      "Well observed, yes, the app does need a signal before it can load.",
    ],
    polite: [
      "Top marks for spotting that the serial number was missing; it let us trace the batch.",
      "Full marks for noticing the seal was split, because that's the fault we'd missed.",
      "Great catch on the date: the bag was a week past its best, so a fresh one is on its way.",
      "Ten out of ten for the photos of the box.",
    ],
  },
  {
    id: "tone.mock-sympathy-for-a-trifle",
    rude: [
      "How dreadful for you, having to wait an extra minute for the milk to froth.",
      "My heart bleeds that your artisan decaf came in a plain bag.",
      "Poor you, forced to grind your own beans by hand for a weekend.",
    ],
    polite: [
      "How dreadful for you, and on your wedding anniversary too; I've sent a new one by courier.",
      "My heart goes out to you after such a week, and I'm so sorry we added to it.",
      "Poor you, having to chase us three times; I've refunded the delivery charge.",
      "It must be hard being without the machine when you run a café.",
    ],
  },
  {
    id: "tone.explains-the-obvious",
    rude: [
      "In case it wasn't obvious, the kettle boils water.",
      "To be clear, there has to be water in the tank before it can make a drink.",
      '"Cancelled" just means the order was cancelled.',
      "Quick lesson: a parcel can't be in two places at once.",
    ],
    polite: [
      "To be clear, the kettle needs to be plugged into a wall socket rather than an extension lead, as it draws 3kW.",
      "Just so you know, the tank holds 1.5 litres.",
      '"Dispatched" means it has left our warehouse; it usually arrives the next day.',
      "For your reference, the grinder needs to be cleaned monthly to stay at its best.",
    ],
  },
  {
    id: "tone.others-fared-fine",
    rude: [
      "Every other parcel on that route got there in one piece.",
      "Even our eldest subscribers get the app working on the first try.",
      "Hundreds of owners have had years of use out of this exact model.",
    ],
    polite: [
      "We designed it so that thousands of customers can use it without any help.",
      "Everyone else on the waiting list has had theirs without any problems, so yours must be a faulty unit; I'm replacing it.",
      "Most people find it easier after the first day, but I'm happy to go through it now.",
      "Thousands of our customers pause their plan each summer.",
    ],
  },
  {
    id: "tone.worse-elsewhere",
    rude: [
      "There are worse things going on in the world than a dent in a tin.",
      "Families are queuing at food banks; a late refund can wait.",
      "Some people have it far worse, so a wobbly lid is small beer.",
    ],
    polite: [
      "I know there's a lot going on for you at the moment, so I'll keep this short.",
      "With everything happening at the moment, it may not seem big to others, but it matters, and I'll fix it today.",
      "Our food bank appeal raised £2,000 this winter, thank you.",
    ],
  },
  {
    id: "tone.pointed-repeat",
    rude: [
      "As I said before, and to be absolutely clear, the voucher has expired.",
      "To reiterate what I've already written, we cannot refund opened coffee.",
      "For the third time, in black and white: the code only works once.",
    ],
    polite: [
      "As I said on the phone, the engineer will ring before he arrives.",
      "Once again, thank you for your patience while we sorted this.",
      "As mentioned, the refund is already on its way.",
      "To be clear, I'm sorry I didn't explain this properly the first time.",
    ],
  },
  {
    id: "tone.note-contempt",
    rude: [
      "Caller ranted about the froth for 20 mins. Complete waste of my time.",
      "Cust says the beans are 'stale' (!!). Sent leaflet.",
      "Self-styled espresso expert, told me how to do my job.",
      "Gave her the voucher to get rid of her.",
      "Mr D = nightmare. Escalated.",
    ],
    polite: [
      "Cust said the first call was a waste of her time; apologised and refunded the postage.",
      "Cust says the beans taste stale; sent a fresh bag and asked for the batch code.",
      "Customer is a trained barista and gave useful detail on the grind.",
      "Gave her the voucher as goodwill for the delay.",
    ],
  },
  {
    id: "tone.failure-normalised",
    rude: ["Don't worry, late parcels happen to everyone.", "Damaged boxes happen all the time, I'm afraid."],
    polite: [
      "Late parcels happen far too often at the moment, and that's not good enough: I'm sorry.",
      "Don't worry, it happens to everyone, and I've changed the size for you.",
      "Things happen to all of us.",
    ],
  },
  {
    id: "tone.easy-taunt",
    rude: ["There, it wasn't that difficult, was it?", "The grown-up settings are on the second page."],
    polite: [
      "It wasn't your fault, was it?",
      "Was it difficult to set up? I'm happy to help.",
      "The adult and child settings are on the second page.",
    ],
  },
  {
    id: "tone.left-us-working",
    rude: [
      "It passed all our checks before it was returned, so whatever's wrong has happened since you've had it back.",
      "Our engineers tested it for an hour and it was fine, so the problem must be at your end.",
    ],
    polite: [
      "It passed our checks before it went back, so I'm sorry it has failed again: that's on us.",
      "We tested it before dispatch, which makes it all the more frustrating that it failed for you.",
      "The tracking shows it left our warehouse on Tuesday.",
    ],
  },
  {
    id: "tone.routine-no-harm",
    rude: [
      "Orders get lost every so often, and it's easy enough to replace, so no real loss.",
      "Parcels do go missing now and then, so no damage done.",
    ],
    polite: [
      "No harm done at all: there was no need to apologise for chasing.",
      "Parcels occasionally go missing, and I'm sorry yours was one of them.",
      "It's an easy item to send again, so a new one goes out today.",
    ],
  },
);

// Thirteenth pass (README, "Respect by meaning: thirteenth pass"): my own wordings and the brief's quoted examples,
// none a line of respect-thirteenth.ts; the look-alikes share each kind's stance words (courage, ordeal, beginner,
// "it happens to everyone", "well spotted", "used to"). The last two are read across sentences.
CASES.push(
  {
    id: "tone.mock-heroic",
    rude: [
      "I can only imagine the ordeal, and I salute your courage.",
      "So very brave, carrying on with only one working hob.",
      "Honestly, I take my hat off to your stamina in the face of a lukewarm latte.",
      "You've been a real martyr to that wobbly tray.",
      "Soldiering on without a milk jug for a weekend, how very British.",
      "The trauma of a slightly bent spoon, truly.",
    ],
    polite: [
      "It was brave of you to tell us about the diagnosis, and we'll do whatever helps.",
      "You deserve a medal for your patience with us!",
      "Our drivers soldiered on through the snow, but yours still came late, and I'm sorry.",
      "I admire how calmly you've dealt with us, given how long it's taken.",
      "It must have taken real courage to come back to us after your accident, and I'm grateful you did.",
      "Hats off to the warehouse team for packing it so fast.",
    ],
  },
  {
    id: "tone.grand-words-for-her-trouble",
    rude: [
      "What a trial for you.",
      "Such a tragedy, a grinder that's a bit loud.",
      "I can hardly imagine the torment of a fortnight with decaf.",
      "Oh, what a hardship: your oat milk came a day late.",
    ],
    polite: [
      "I'm so sorry. What an ordeal you've had with the three missed deliveries.",
      "What a trial you've had with us, so I've refunded the delivery charge.",
      "It's been a real trial since your mum passed away, and I'm sorry to add to it.",
      "What a great trial offer that was!",
      "I can only imagine how frustrating that was.",
    ],
  },
  {
    id: "tone.ranked-a-beginner",
    rude: [
      "You'd understand if you'd been drinking proper coffee for longer.",
      "A cafetière is really the beginner's option.",
      "Honestly, a drip machine is just an entry-level setup.",
      "Most people move on to a proper burr grinder once they know what they're doing.",
      "With a bit more experience you'll understand why the dark roast suits espresso better.",
      "Pods are perfectly fine if you're new to coffee.",
    ],
    polite: [
      "The Brew One is our entry-level model, at £49.",
      "If you're new to coffee, the medium roast is a gentle place to start.",
      "Once you know which roast you like, you can upgrade to the annual plan and save 10%.",
      "Once you've tried the sample, you'll see why it's our best seller.",
      "Your parcel has moved on to the local depot and should arrive once the driver is ready.",
      "The starter kit is a great choice and comes with a free scoop.",
    ],
  },
  {
    id: "tone.excused-by-ignorance",
    rude: [
      "For someone new to coffee that's understandable.",
      "It's not surprising, given you're not very technical.",
      "An easy slip for somebody so new to espresso machines.",
    ],
    polite: [
      "It's completely understandable to feel unsure when you're new to the app, so here's a quick guide.",
      "It's an easy mistake to make, because our quick-start card shows the filter the wrong way up.",
      "If you're new to espresso, it's easy to over-tamp, so here's a tip.",
      "It's understandable to want a refund when you've never had a fault like this before.",
    ],
  },
  {
    id: "tone.others-know-better",
    rude: [
      "The more experienced customers go for the burr grinder.",
      "Discerning coffee drinkers usually steer clear of pre-ground.",
      "Experienced coffee lovers would never grind that fine, but never mind.",
      "Most of our customers would know to rinse the jug first.",
    ],
    polite: [
      "Plenty of our most experienced customers still use a cafetière too.",
      "Our more experienced baristas recommend a coarse grind for the cafetière.",
      "Advanced users can use manual mode to set the grind.",
      "Most customers don't know the warranty needs registering, so I've done it for you.",
    ],
  },
  {
    id: "tone.simple-once-you-know",
    rude: [
      "It's quite simple once you get the hang of it.",
      "Setting the timer is really very easy once you've read the manual.",
      "Honestly, it's a piece of cake once you know what you're doing.",
      "Refilling the hopper is literally child's play.",
    ],
    polite: [
      "It's quite simple once you've downloaded the app: tap Subscribe and choose a date.",
      "It's fiddly at first, but it becomes second nature once you get the hang of it.",
      "It's easy once you've paired it: press and hold the button for 3 seconds.",
      "It's really easy if you'd like to change your delivery day: just use the app.",
      "Descaling is simple once you know where the valve is, and it isn't obvious, so here's a photo.",
    ],
  },
  {
    id: "tone.praised-for-her-own-complaint",
    rude: [
      "Well spotted that it doesn't boil.",
      "Great work noticing the frother isn't frothing.",
      "Congratulations on noticing the kettle won't switch on.",
      "Nice catch: the grinder won't grind.",
    ],
    polite: [
      "Thank you for spotting the double charge and telling us.",
      "Good spot that the charge went through twice; I've refunded the second one.",
      "Well spotted that the label doesn't match the bag, that's a packing error we missed.",
      "Thanks for noticing the kettle doesn't boil so quickly any more; it helped us find the fault.",
    ],
  },
  {
    id: "tone.status-sneer",
    rude: [
      "That must be a real hardship for someone used to the finer things.",
      "Bit of a comedown from your usual luxury, I imagine.",
      "I suppose someone of your breeding would expect hand-picked beans.",
      "So sorry the house blend offends such a cultivated palate.",
    ],
    polite: [
      "I know you're used to better from us, and I'm sorry.",
      "If you're used to a bean-to-cup machine, the cafetière will taste a little different.",
      "As someone with discerning taste, you might enjoy our new Ethiopian.",
      "You clearly know your coffee, so I think you'd enjoy the single origin.",
    ],
  },
  {
    id: "tone.failure-reassured-as-normal",
    rude: [
      "Your parcel is late. Don't worry, it happens to everyone.",
      "We've lost your order. It happens to the best of us, so no stress.",
      "Your refund went to the wrong card. Ah well, it can happen to anybody.",
      "Don't fret, it happens to everyone. The courier misplaced your box on Tuesday.",
    ],
    polite: [
      "You typed your email with a letter missing. No need to apologise, it happens to everyone.",
      "You forgot to tick the gift box. Not to worry, it happens to all of us; I've added it.",
      "Your order was delayed. Sorry, that's our fault, and it shouldn't happen to anyone.",
    ],
  },
  {
    id: "tone.bare-mock-detective",
    rude: ["Great detective work!", "Impressive deduction there.", "Elementary, my dear Watson."],
    polite: [
      "Great detective work! The batch code you found tells us it came from the faulty run.",
      "You found the serial number under the base. Brilliant sleuthing!",
      "Our detective work with the courier found your parcel.",
    ],
  },
);

// redA's round-26 ask (ASK-redA-to-respect, session 41): my own wordings; redA's look-alikes among the polite lines.
CASES.push(
  {
    id: "tone.misuse-tip-disowned",
    rude: [
      "Just so you know, grinders like this don't cope well with being run empty, not that I'm saying you did.",
      "A word to the wise for next time: these jugs aren't designed to go in the dishwasher.",
      "I'm sure you know already, but the element doesn't like being switched on empty.",
    ],
    polite: [
      "These kettles don't like being boiled dry, so the cut-out switched it off, and it's a fault that it didn't reset, so I'm replacing it.",
      "The jug isn't designed for the dishwasher, so hand-wash it, and here's a free brush.",
      "For the future, the new kettle comes with a limescale filter.",
      "The MAX line is there because overfilling can spit boiling water, but none of that is behind a light that flickers and dies: this one is simply faulty.",
      "Nothing you did caused this, so please don't worry about how you used it.",
    ],
  },
  {
    id: "tone.patience-preached",
    rude: ["Patience is a virtue, as they say.", "It pays to be a little patient on Mondays."],
    polite: [
      "Thank you: a little patience goes a long way, and yours has.",
      "Thank you for your patience while we sorted it.",
      "Please bear with us while we check.",
    ],
  },
);

// Thirteenth pass, after the red teams' held-out probes were run once (README: "Held-out, another writer"); tuned by kind,
// in my own wordings, none a probe line.
CASES.push(
  {
    id: "tone.mock-feat",
    rude: [
      "Goodness, what an odyssey, all the way to the post office.",
      "You must be exhausted after all that, clicking two whole buttons.",
    ],
    polite: [
      "What a marathon you've had with us, I'm so sorry, and I've refunded the postage.",
      "Twenty minutes with a bot is a marathon nobody should have to run, and that's on us.",
      "You must be exhausted after such a week with the new baby in hospital, so I'll keep this short.",
      "The London Marathon closes some roads on Sunday, so delivery may be Monday.",
    ],
  },
  {
    id: "tone.skill-hard-for-you",
    rude: [
      "As spelling seems to be a challenge for you, I've corrected your address.",
      "Since numbers appear to be difficult for you, the total is £12.",
    ],
    polite: [
      "Since the app seems to be tricky for you to use, I've placed the order for you myself.",
      "The dates on the label can be confusing, so I've checked them for you: it's in date.",
    ],
  },
  {
    id: "tone.reflect-on-your-care",
    rude: [
      "You might want to ask yourself how it's been looked after.",
      "It may be worth thinking about how your grinder has been cleaned.",
    ],
    polite: [
      "Could you tell me how the machine has been used, for example how often, so our engineer knows what to look for?",
      "It may be worth thinking about whether you'd prefer a refund or a replacement.",
    ],
  },
  {
    id: "tone.our-slip-made-small",
    rude: [
      "The late delivery was only a small hiccup, so a one-star review seems harsh.",
      "Losing one parcel is hardly something to get worked up about.",
    ],
    polite: [
      "It was a small error on our part, but it caused you real trouble, and I'm sorry.",
      "A minor glitch in our system charged you twice; I've refunded the second payment.",
      "The pending payment drops off on its own within three days, so you won't be charged twice.",
      "It's not something you need to worry about: the refund is automatic.",
    ],
  },
  {
    id: "tone.mock-admiring-her-life",
    rude: [
      "You must lead a thrilling life if you need every email we've ever sent.",
      "Must have such a fascinating existence, tracking your beans this closely.",
    ],
    polite: [
      "You must lead a busy life with the twins, so I'll keep this short.",
      "What an exciting new job, congratulations!",
    ],
  },
  {
    id: "tone.most-people-know",
    rude: [
      "Most people know a kettle needs water in it.",
      "Most of our customers realise the pods go in pointy end first.",
    ],
    polite: [
      "Most customers don't know the warranty needs registering, so I've done it for you.",
      "Lots of people aren't sure which grind suits a cafetière, so we'll grind yours coarse.",
      "Most of our subscribers know the box arrives on a Friday, which is why we've added a text reminder for everyone.",
    ],
  },
);

// Fourteenth pass (README, "Respect by meaning: fourteenth pass"): the function reader, by what a clause does to her.
// My own wordings, none a line of respect-fourteenth.ts or of another writer's probe; each look-alike uses the same
// structure helpfully (advice for the remedy or asked for, her feeling upheld, others on her side, our hindsight).
CASES.push(
  {
    id: "tone.fn-unasked-advice",
    rude: [
      "In future, please read the quick-start card before you email us about the lid.",
      "You might want to keep a closer eye on your inbox so you're not surprised by the delivery date.",
      "It's worth measuring the cupboard properly next time you order.",
      "Cust reminded to empty the drip tray after every use.",
      "A friendly tip: the kettle needs water in it before you switch it on.",
    ],
    polite: [
      "You might want to keep the box until the refund arrives, just in case.",
      "Make sure the courier gives you a receipt when they collect it.",
      "I'd recommend the medium roast next time, as you said the dark was too bitter.",
      "It's worth checking the tracking link tomorrow, as the new one should be with you by noon.",
      "Please make sure you're in on Thursday before noon so the engineer can fit the part.",
    ],
  },
  {
    id: "tone.fn-her-feeling-judged",
    rude: [
      "There was no need to be so sarcastic with the driver.",
      "There's no need to keep ringing the shop; we heard you the first time.",
      "You sound extremely worked up about a small scratch.",
    ],
    polite: [
      "There's no need to send it back or pay anything.",
      "You sound really upset about the mix-up, and you're right to be.",
    ],
  },
  {
    id: "tone.fn-her-reason-judged",
    rude: [
      "Bit of a funny thing to complain about, if I'm honest.",
      "I hardly think a bent spoon warrants a formal complaint.",
      "Your expectations are frankly a bit much for a £20 grinder.",
    ],
    polite: [
      "It's not an odd thing to ask at all; here's how the guarantee works.",
      "Your complaint deserves a full answer, so here it is.",
      "Your reasons make complete sense, and I've cancelled it.",
    ],
  },
  {
    id: "tone.fn-others-held-against-her",
    rude: [
      "Everyone else seems perfectly fine with the new app.",
      "Nobody else has complained about the new lids.",
      "The rest of our subscribers never have a problem with the bot.",
    ],
    polite: [
      "Nobody else has reported this yet, so thank you for flagging it.",
      "Most customers would be cross about a cracked jug too.",
      "Other subscribers have had the same fault, so it's on us to fix it.",
    ],
  },
  {
    id: "tone.fn-her-taste-mocked",
    rude: [
      "Charming as your choice of instant coffee is, it's not really what we do.",
      "Oat milk in a flat white? Rather like ordering a steak well done, but it's your call.",
      "Pods in a bean-to-cup machine, really? Each to their own.",
    ],
    polite: [
      "It works a bit like setting an alarm: hold the button until it beeps.",
      "Each to their own: some like it strong and some mild, and we roast both.",
      "Heat will ruin good beans, so a cool cupboard is best.",
    ],
  },
  {
    id: "tone.fn-written-off",
    rude: [
      "Not exactly a discerning buyer, is she? Wanted the cheapest grinder going.",
      "Wouldn't expect much from this one, she's returned three things already.",
      "Caller clearly no techie, couldn't find the app.",
    ],
    polite: [
      "Customer isn't a coffee drinker herself; the grinder was a gift for her son.",
      "I'm no expert on espresso, so I've asked our barista to ring you.",
      "Don't expect the refund before Friday, as banks take three days.",
    ],
  },
  {
    id: "tone.fn-cheer-at-her-trouble",
    rude: [
      "Ah well, at least the rain stopped while you waited in for the driver!",
      "On the bright side, you've had a week off washing the jug.",
      "Haha, that's the third parcel gone walkabout this month!",
    ],
    polite: [
      "At least let me refund the delivery charge for the trouble.",
      "Ha, great choice, that's my favourite roast too!",
      "On the plus side, your refund has already gone through.",
    ],
  },
  {
    id: "tone.fn-hindsight",
    rude: [
      "Had you descaled it monthly, the element would still be fine.",
      "If the seal had been pushed in firmly, nothing would have dripped.",
      "You could easily have just checked the order confirmation.",
      "It would have been quicker if you'd sent the photo straight away.",
    ],
    polite: [
      "Had we checked it before dispatch, this wouldn't have happened.",
      "You could have been scalded, and I'm so sorry.",
      "It would have helped to have the order number, but I found it from your email, so no problem.",
      "With hindsight, we should never have switched couriers.",
    ],
  },
);

describe("respect by tone: structures composed from word classes (seventh pass)", () => {
  it("every structure has cases here", () => {
    const named = new Set(CASES.map((c) => c.id));
    for (const s of TONE_STRUCTURES.filter(
      (s) => s.id !== "tone.doubted-claim" && s.id !== "tone.note-guess",
    ))
      expect(named).toContain(s.id);
  });

  for (const c of CASES) {
    it(`${c.id}: caught with its evidence and explanation; its look-alikes are not`, () => {
      for (const text of c.rude) {
        const hits = toneHits(text).filter((h) => h.rules.includes(`meaning.${c.id}`));
        expect(hits, text).toHaveLength(1);
        expect(hits[0]!.text.length, text).toBeGreaterThan(3);
        expect(text).toContain(hits[0]!.text);
        expect(hits[0]!.why).not.toMatch(/read by meaning: respect-meaning\.ts/);
        expect(breaches(text).length, text).toBeGreaterThan(0);
      }
      for (const text of c.polite) {
        expect(toneHits(text), text).toEqual([]);
        expect(breaches(text), text).toEqual([]);
      }
    });
  }

  it("a note's doubt after her claim is read; a doubt with no claim before it is not", () => {
    expect(toneHits("Says she never got the email. Likely story.").map((h) => h.rules)).toEqual([
      ["meaning.tone.doubted-claim"],
    ]);
    expect(toneHits("Parcel tracking shows delivered. Obviously.")).toEqual([]);
    expect(toneHits("Said the kettle trips the fuse. Sent a replacement today.")).toEqual([]);
  });

  it("respect-voices.ts: split by id hash; tune half mostly caught, no polite line accused by a structure", () => {
    for (const l of RESPECT_VOICES) expect(["tune", "held-out"]).toContain(respectSplitForId(l.id));
    const tune = RESPECT_VOICES.filter((l) => respectSplitForId(l.id) === "tune");
    const held = RESPECT_VOICES.filter((l) => respectSplitForId(l.id) === "held-out");
    const caught = (set: typeof tune) =>
      set.filter((l) => l.kind !== "polite" && breaches(l.text).length > 0).length;
    const tuneRude = tune.filter((l) => l.kind !== "polite").length;
    const heldRude = held.filter((l) => l.kind !== "polite").length;
    console.log(`respect voices: tune ${caught(tune)}/${tuneRude}, held-out ${caught(held)}/${heldRude}`);
    // Measured 9/31 and 7/29 before the structures, 30/31 and 16/29 after (README); floors, not targets.
    expect(caught(tune)).toBeGreaterThanOrEqual(29);
    expect(caught(held)).toBeGreaterThanOrEqual(15);
    for (const l of RESPECT_VOICES.filter((l) => l.kind === "polite"))
      expect(toneHits(l.text), l.text).toEqual([]);
  });

  it("respect-ninth.ts: odd numbers tune, even held out; both halves mostly caught; no polite line accused", () => {
    // Measured 9/33 and 7/33 before the ninth pass, 32/33 and 21/33 after (README); floors, not targets.
    expectProbeHalves("ninth", RESPECT_NINTH, ninthSplit, 66, 31, 20);
  });
});

// Tenth pass, the lead's rubric decision (session 38): an endearment attached to sympathy is register, not respect; one
// attached to a correction, an instruction or a brush-off stays patronising. My own wordings besides the brief's.
describe("an endearment is read by what it is attached to (tenth pass)", () => {
  const sympathy = [
    "Oh no, Linda, love, not again.",
    "Sorry to hear that, pet",
    "aw bless you, that's rotten luck",
    "Aw, love, that's rotten luck, and I'm so sorry.",
    "Oh no, hun, you poor thing.",
    "Hiya love, so sorry about the wait, I'll get it sorted now.",
    "Oh no, pet, what a week you've had of it.",
    "I'm so sorry, my love, that must have been awful.",
    // eleventh pass
    "Oh no, sweetheart, that must have been a real scare.",
    "Oh dear, love.",
  ];
  const patronising = [
    "calm down, love",
    "listen, love, it's not rocket science",
    "sweetheart, you just have to press the button",
    "Sorry, love, but you've put the filter in upside down.",
    "Oh no, love, did you not read the manual?",
    "Sorry, love, we don't do refunds on opened coffee.",
    "Oh dear, sweetie, that's not how it works.",
    "Listen, pet, it's a kettle.",
    "Thanks hun, I'll sort it.",
    "Aw bless, did the big scary app confuse you?",
    "Bless.",
  ];
  it("sympathy alone: no respect label; the endearment is returned for the register point", () => {
    for (const text of sympathy) {
      expect(breaches(text), text).toEqual([]);
      expect(sympatheticEndearments(text).length, text).toBeGreaterThan(0);
    }
    const [hit] = sympatheticEndearments("Oh no, Linda, love, not again.");
    expect(hit).toEqual({ start: 14, end: 18, text: "love" });
  });
  it("beside a correction, an instruction or a brush-off: still patronising, and not register", () => {
    for (const text of patronising) {
      expect(breaches(text), text).toContain("dismissive");
      expect(sympatheticEndearments(text), text).toEqual([]);
    }
  });
  it("sympathy does not excuse a sneer in the same sentence (the sneer's own reader still fires)", () => {
    expect(breaches("Oh no, love, not again, I'm sure you'll survive.")).toContain("dismissive");
    expect(breaches("Oh no, love, it's only a kettle.")).toContain("dismissive");
  });
});

describe("respect-tenth.ts: sarcasm by ironic certainty, mock praise and mock surprise (tenth pass)", () => {
  it("odd numbers tune, even held out; both halves mostly caught; no look-alike accused", () => {
    // Measured 2/22 and 2/22 on main before the tenth pass, 22/22 and 11/22 after (README); floors, not targets.
    expectProbeHalves("tenth", RESPECT_TENTH, tenthSplit, 44, 21, 10);
  });
  it("a note's certainty after her claim is doubt ('Says he unplugs it every night. Naturally.')", () => {
    expect(toneHits("Claims he unplugs it every night. Naturally.").map((h) => h.rules)).toEqual([
      ["meaning.tone.doubted-claim"],
    ]);
    expect(toneHits("Said the kettle trips the fuse. Naturally, sent a replacement.")).toEqual([]);
    expect(toneHits("Adamant the order was placed on the 3rd. Checked: she's right.")).toEqual([]);
  });
});

describe("respect-eleventh.ts: mock gratitude, endearments joined to corrections, sarcasm, minimising, implied blame (eleventh pass)", () => {
  const { half, count } = halves(RESPECT_ELEVENTH, eleventhSplit);
  it("odd numbers tune, even held out: counted (held-out lines never printed), floors and ceilings as measured", () => {
    expect(RESPECT_ELEVENTH.filter((l) => l.kind !== "polite")).toHaveLength(44);
    expect(RESPECT_ELEVENTH.filter((l) => l.kind === "polite")).toHaveLength(34);
    expect(half("tune")).toHaveLength(39);
    const [tune, held] = [count("tune"), count("held-out")];
    console.log(
      `respect eleventh: tune ${tune.caught}/22 caught, ${tune.accused}/17 accused; held-out ${held.caught}/22, ${held.accused}/17`,
    );
    // Measured on main before the pass: tune 13/22, 1/17; held-out 7/22, 2/17. After it: tune 22/22, 0/17; held-out
    // 8/22, 2/17 (README). A floor and a ceiling, not targets: the held-out half is never read.
    expect(tune).toEqual({ caught: 22, accused: 0 });
    expect(held.caught).toBeGreaterThanOrEqual(8);
    expect(held.accused).toBeLessThanOrEqual(2);
  });
  it("a note's 'As they do.' after her claim is doubt; 'Oh dear, love.' alone is sympathy", () => {
    expect(toneHits("Says he unplugs it after every use. As you do.").map((h) => h.rules)).toEqual([
      ["meaning.tone.doubted-claim"],
    ]);
    expect(toneHits("Says the lid was cracked on arrival. As the photo shows.")).toEqual([]);
    expect(breaches("Oh dear, love.")).toEqual([]);
    expect(breaches("Oh dear, sweetie, that's not how it works.")).toContain("dismissive");
  });
});

describe("twelfth pass: endearments, a note's guess at her motive, and the sentence frames that excuse older rules", () => {
  it("sunshine, flower, chick, my lovely as address: patronising beside a correction or a taunt; register beside sympathy", () => {
    for (const text of [
      "Right, sunshine, the plug goes in first.",
      "Okay flower, you press the big button.",
      "No, chick, that's the descale light.",
      "Now, my lovely, let's try again from the top.",
    ])
      expect(breaches(text), text).toContain("dismissive");
    for (const text of [
      "Oh no, sunshine, what a rotten end to the week.",
      "Aw, flower, I'm so sorry, I'll get it sorted.",
      "Enjoy the sunshine this weekend!",
      "The flower-shaped biscuits are back in stock.",
    ])
      expect(breaches(text), text).toEqual([]);
    expect(sympatheticEndearments("Oh no, sunshine, what a rotten end to the week.")).toHaveLength(1);
  });
  it("a note's one-word guess at her motive as a sentence is contempt; a real question to her is not", () => {
    expect(toneHits("Mr T rang again about the lid. Bored?").map((h) => h.rules)).toEqual([
      ["meaning.tone.note-guess"],
    ]);
    expect(toneHits("Third chaser this week. Lonely?").map((h) => h.rules)).toEqual([
      ["meaning.tone.note-guess"],
    ]);
    expect(breaches("Are you bored of the same roast? We have a new one.")).toEqual([]);
    expect(breaches("Lonely hearts mug back in stock?")).toEqual([]);
  });
  it("MINIMISER_EXCUSED: reassurance about her slip and a concession then her stake affirmed; not our failure waved off", () => {
    const excused = (s: string) => MINIMISER_EXCUSED.test(s);
    for (const s of [
      "No need to apologise for the typo, honestly, it happens to all of us.",
      "Not to worry, it happens all the time with new accounts.",
      "It might not seem the end of the world to other people, but it matters to you.",
      "On paper it's not a big deal, but it's still a big deal to you, and that counts.",
    ])
      expect(excused(s), s).toBe(true);
    for (const s of [
      "Don't worry, delayed orders happen to everyone.",
      "Don't worry, it happens to everyone when the courier is busy.",
      "It's not the end of the world, but I'll look into it.",
      "I know it's not a big deal, but I'll pass it on.",
      "It's not the end of the world, is it?",
    ])
      expect(excused(s), s).toBe(false);
  });
  it("CLARIFIED_IN_HER_FAVOUR: 'for the avoidance of doubt' before news in her favour; not before a refusal or a truism", () => {
    const ok = (s: string) => CLARIFIED_IN_HER_FAVOUR.test(s);
    expect(ok("For the avoidance of doubt, there's no charge for the collection.")).toBe(true);
    expect(ok("For the avoidance of any doubt, you remain fully covered by the guarantee.")).toBe(true);
    expect(ok("For the avoidance of doubt, we will not refund opened bags.")).toBe(false);
    expect(ok("For the avoidance of doubt, the machine needs water to work.")).toBe(false);
  });
});

describe("respect-twelfth.ts: eight kinds and their look-alikes (twelfth pass)", () => {
  const { half, count } = halves(RESPECT_TWELFTH, twelfthSplit);
  it("odd numbers held out, even tune: counted (held-out lines never printed), floors and ceilings as measured", () => {
    expect(RESPECT_TWELFTH.filter((l) => l.kind !== "polite")).toHaveLength(44);
    expect(RESPECT_TWELFTH.filter((l) => l.kind === "polite")).toHaveLength(36);
    expect(half("tune")).toHaveLength(40);
    const [tune, held] = [count("tune"), count("held-out")];
    console.log(
      `respect twelfth: tune ${tune.caught}/22 caught, ${tune.accused}/18 accused; held-out ${held.caught}/22, ${held.accused}/18`,
    );
    // Measured on main before the pass: held-out 5/22, 0/18; tune 2/22, 3/18 (the three known false accusations).
    // After it: tune 22/22, 0/18; held-out 18/22, 0/18 (README). A floor and a ceiling: the held-out half is never read.
    expect(tune).toEqual({ caught: 22, accused: 0 });
    expect(held.caught).toBeGreaterThanOrEqual(18);
    expect(held.accused).toBe(0);
  });
});

describe("twelfth pass: the older rules' exceptions, read through the whole analyser (ASK-respect-1)", () => {
  it("dismissive.minimising: her slip reassured and a concession with her stake affirmed are not minimising", () => {
    for (const text of [
      "Don't worry, it happens to everyone.",
      "No need to apologise for the mix-up, it happens to all of us.",
      "I know this isn't the end of the world to anyone else, but it matters to you.",
      "It might not seem a big deal to other people, but it matters, and I'll fix it.",
    ])
      expect(breaches(text), text).toEqual([]);
    for (const text of [
      "It's not the end of the world, but I'll look into it.",
      "Don't worry, it happens all the time when the courier is busy.",
      "These things happen.",
    ])
      expect(breaches(text), text).toContain("dismissive");
  });
  it("dismissive.pointed-framing: a clarification in her favour is not pointed; a truism or refusal still is", () => {
    expect(breaches("For the avoidance of doubt, you don't need to send the old one back.")).toEqual([]);
    expect(breaches("For the avoidance of doubt, there's no charge for the collection.")).toEqual([]);
    expect(breaches("For the avoidance of doubt, we will not refund opened bags.")).toContain("dismissive");
  });
  it("dismissive.sarcasm: praise for noticing with its reason is praise; 'finally' or no reason is sarcasm", () => {
    expect(
      breaches("Well done for noticing the seal was split, because that's the fault we'd missed."),
    ).toEqual([]);
    expect(breaches("Well done for spotting the double charge, it saved us a lot of digging.")).toEqual([]);
    expect(breaches("Well done for noticing a kettle that doesn't boil isn't working.")).toContain(
      "dismissive",
    );
    expect(breaches("Well done for finally reading the email, because it was all in there.")).toContain(
      "dismissive",
    );
  });
  it("a lot of people like to…, so here's how: advice, not blame", () => {
    expect(breaches("A lot of people like to descale monthly, so here's how.")).toEqual([]);
    expect(breaches("Plenty of people prefer to rinse the jug daily, so here's a quick guide.")).toEqual([]);
  });
});

describe("respect-thirteenth.ts: mock-heroic sympathy, condescension, failure reassured as normal, mock praise and status (thirteenth pass)", () => {
  const { half, count } = halves(RESPECT_THIRTEENTH, thirteenthSplit);
  it("every line has a decided label and a reason; FNV halves counted (held-out lines never printed)", () => {
    expect(RESPECT_THIRTEENTH.filter((l) => l.kind !== "polite")).toHaveLength(31);
    expect(RESPECT_THIRTEENTH.filter((l) => l.kind === "polite")).toHaveLength(26);
    for (const l of RESPECT_THIRTEENTH) expect(l.reason.length, l.id).toBeGreaterThan(10);
    expect(half("tune")).toHaveLength(28);
    const [tune, held] = [count("tune"), count("held-out")];
    console.log(
      `respect thirteenth: tune ${tune.caught}/16 caught, ${tune.accused}/12 accused; held-out ${held.caught}/15, ${held.accused}/14`,
    );
    // Measured on main before the pass: tune 2/16, 0/12; held-out 1/15, 1/14. After it: tune 16/16, 0/12; held-out
    // 15/15, 1/14 (the one accusation is an older rule's, unchanged). Same author as the readers: optimistic (README).
    expect(tune).toEqual({ caught: 16, accused: 0 });
    expect(held.caught).toBeGreaterThanOrEqual(15);
    expect(held.accused).toBeLessThanOrEqual(1);
  });
  it("a serious event anywhere in the reply makes grand words sincere; without it they are sarcasm", () => {
    expect(breaches("What an ordeal. I salute your courage.")).toContain("dismissive");
    expect(
      breaches("I was so sorry to hear about the funeral. What an ordeal, and I admire your courage."),
    ).toEqual([]);
  });
  it("our failure reassured as normal is read across the sentence before or after; her slip reassured is not", () => {
    expect(breaches("The grinder we sent was faulty. Never mind, it happens to all of us.")).toContain(
      "dismissive",
    );
    expect(
      breaches("It happens to everybody, so don't worry. Our courier left it at the wrong house."),
    ).toContain("dismissive");
    expect(
      breaches("You left the postcode off. Don't worry, it happens to everyone; I've added it."),
    ).toEqual([]);
  });
});

describe("redA's round-26 ask: others who fared fine, then patience asked (session 41)", () => {
  it("the comparison and the lecture are each read; owned or thanked look-alikes are not", () => {
    const text =
      "For what it's worth, thousands of subscribers use Bean Bot every week without getting stuck, and Saturday is our busiest day, so a little patience goes a long way.";
    expect(breaches(text)).toEqual(expect.arrayContaining(["blame", "dismissive"]));
    expect(breaches("Hundreds of owners set it up without running into a problem.")).toContain("blame");
    for (const ok of [
      "Most subscribers never hit this loop, which makes it worse that you did: it's our bug and we're fixing it.",
      "Saturday is our busiest day, but that's no excuse for a bot that won't pass you to a person.",
      "Thousands of subscribers use it without getting stuck, so this must be a fault on our side; I've raised it.",
    ])
      expect(breaches(ok), ok).toEqual([]);
  });
});

describe("ASK-respect-1: her own slip named to fix it and reassured is not blame (the lead's answer)", () => {
  it("reassured in the same or next sentence: clean; kept by 'next time' or 'should have', or no reassurance: blame", () => {
    expect(breaches("You typed the wrong email. Don't worry, it happens to everyone.")).toEqual([]);
    expect(breaches("You picked the wrong roast, no worries at all, I've swapped it.")).toEqual([]);
    // a lawful cost after the reassurance does not keep the blame (CCRs 2013 reg 34(2), when she was told beforehand)
    expect(
      breaches("You ordered the wrong size. Don't worry, but you'll have to pay the return postage."),
    ).toEqual([]);
    expect(
      breaches(
        "You typed the wrong email, so next time please check it. Don't worry, it happens to everyone.",
      ),
    ).toContain("blame");
    expect(
      breaches("You ordered the wrong size, and you should have checked the chart. Don't worry."),
    ).toContain("blame");
    expect(breaches("You ordered the wrong size.")).toContain("blame");
    expect(breaches("You must have dropped it. Don't worry, it happens to everyone.")).toContain("blame");
  });
});

describe("respect-fourteenth.ts: the function reader (advice on her conduct, evaluation of her, cheer at her trouble, hindsight)", () => {
  const { half, count } = halves(RESPECT_FOURTEENTH, fourteenthSplit);
  it("every line has a function, a decided label and a reason; FNV halves counted (held-out lines never printed)", () => {
    expect(RESPECT_FOURTEENTH.filter((l) => l.kind !== "polite")).toHaveLength(45);
    expect(RESPECT_FOURTEENTH.filter((l) => l.kind === "polite")).toHaveLength(43);
    for (const l of RESPECT_FOURTEENTH) expect(l.reason.length, l.id).toBeGreaterThan(10);
    expect(half("tune")).toHaveLength(43);
    const [tune, held] = [count("tune"), count("held-out")];
    console.log(
      `respect fourteenth: tune ${tune.caught}/20 caught, ${tune.accused}/23 accused; held-out ${held.caught}/25, ${held.accused}/20`,
    );
    // On main before any code (00b3cfe): tune 3/20, 3/23; held-out 1/25, 0/20. After the pass: tune 20/20, 3/23 (the
    // three accusations are older readers', unchanged); held-out 22/25, 0/20 (same author: optimistic, README).
    expect(tune).toEqual({ caught: 20, accused: 3 });
    expect(held.caught).toBeGreaterThanOrEqual(20);
    expect(held.accused).toBe(0);
  });
  it("redB's round-26 kinds: a choice mocked by an analogy and shrugged off; a note writing her off", () => {
    // my own wordings of the two kinds, not redB's lines
    expect(
      breaches(
        "Instant in a £900 machine, though? Bit like towing a caravan with a Ferrari, but whatever floats your boat.",
      ),
    ).toContain("dismissive");
    expect(
      breaches("Shops at the discounter. Not a real tea person, wouldn't expect much from him."),
    ).toContain("dismissive");
    expect(
      breaches("Buys decaf only. Prefers the mild roasts; set her plan to the Swiss Water decaf."),
    ).toEqual([]);
  });
  it("her own slip reassured with the parcel on its way is not minimising; our failure reassured still is", () => {
    expect(
      breaches(
        "You picked the wrong colour. No worries, it happens all the time, and the parcel has gone out again.",
      ),
    ).toEqual([]);
    expect(breaches("Your parcel went to the wrong house. Don't worry, it happens to everyone.")).toContain(
      "dismissive",
    );
    expect(
      breaches("Don't worry, it happens to everyone; the parcel didn't arrive but I'll resend."),
    ).toContain("dismissive");
  });
  it("decided: 'at least nobody was hurt' beside an apology is relief; weighing her loss with no apology is minimising", () => {
    expect(
      breaches("I'm so sorry the lid flew off; at least nobody was hurt, and the new kettle goes out today."),
    ).toEqual([]);
    expect(breaches("The lid flew off, but at least nobody was hurt, so it's all fine really.")).toContain(
      "dismissive",
    );
  });
});

// Session 44 (the lead's decision on loyalty-r28-freeze-half): a friendly tip on getting more out of what she
// bought is not disrespect; a tip that tells her she got it wrong still is.
describe("a friendly tip about the goods is not a lesson about her conduct (session 44)", () => {
  const respectLabels = (text: string) =>
    analyseMessage(text).labels.filter((l) => l === "dismissive" || l === "blame");
  it.each([
    "Top tip: split the bag into a few small jars as soon as it arrives and pop the ones you won't open this fortnight in the freezer, and the 1kg bag will last you perfectly.",
    "Quick tip: keep the open bag in an airtight tin away from the kettle and it'll stay fresh to the last scoop.",
    "Pro tip: grind just before you brew and it tastes even better.",
    "Handy tip - a quick rinse with hot water first keeps the cup at its best.",
    // fresh probes read once (1 of 4 friendly tips accused, 4 of 4 lessons read; README, session 44), tuning since
    "Quick tip: the beans keep their flavour longest in an airtight tin, and your 500g bag is on its way.",
    "Handy tip – a medium grind brings out the best in the Ethiopian for a pour-over.",
    "Top tip: pop a spare bag in the freezer and it'll keep for months.",
    "A little tip: warming the cup first keeps your espresso hotter for longer.",
  ])("leaves alone %s", (text) => {
    expect(respectLabels(text)).toEqual([]);
  });
  it.each([
    "A friendly tip: the kettle needs water in it before you switch it on.",
    "Top tip: read the instructions next time and the beans will stay fresh.",
    "Quick tip: store them properly in future and they'll last longer.",
    "Word of advice: check the manual before you email us and you'll get the best out of it.",
    "Top tip: next time read the label and you'll get the most out of your beans.",
    "Friendly tip: the grinder works much better if you actually plug it in.",
    "Quick tip: store them properly and they'd stay fresh, as the bag says.",
    "Word of advice: follow the instructions in future and the machine will last longer.",
  ])("still reads %s as talking down", (text) => {
    expect(respectLabels(text)).toContain("dismissive");
  });
});
