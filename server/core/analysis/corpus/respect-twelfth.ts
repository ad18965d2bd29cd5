/**
 * Respect, twelfth pass (issue 8 item 5, session 40): 44 disrespectful lines and 36 honest look-alikes, written by
 * session 40's respect helper before any code of that pass, in wording unlike every older respect corpus file (each
 * line was checked against them: no line shares more than a third of its words with an older one). Voices: an agent's
 * or a Level 3 learner's email, a chat reply, a CRM note.
 *
 * Rude kinds, in blocks: mock praise for stating the obvious (1-6), sarcasm by exaggerated sympathy about a trivial
 * hardship or her supposed luxury habits (7-12), patronising explanations of the obvious (13-18), implied blame by what
 * other customers manage (19-24), minimising by comparison with disasters (25-30), contempt in CRM-note shorthand
 * (31-36), condescending endearments (37-40), passive-aggressive "as previously stated" (41-44).
 *
 * Look-alikes a good agent would write, in blocks: real praise for a helpful detail she gave (1-6), real sympathy in the
 * same words as the mock kind (7-12), "a lot of people like to…, so here's how" (13-18), "it may seem small to others,
 * but it matters to you" (19-22), "don't worry, it happens to everyone" about her own slip (23-26), plain instructions
 * and clarifications (27-30), honest CRM notes of the same calls (31-34), a sympathetic endearment (35-36: register,
 * not respect, by the lead's session-38 decision).
 *
 * Split decided before anything was counted: ODD numbers are held out (counted only, never read), EVEN numbers tune.
 * Every block has even length and starts at an odd number, so each half holds the same kinds. The three look-alikes
 * the brief quoted as known false positives on main (polite 14, 20, 24) sit at even numbers, since they had been seen.
 */
import type { VoiceLine } from "./respect-voices";

/** Odd-numbered lines held out, even-numbered lines tune (the number ends the id). */
export function twelfthSplit(id: string): "tune" | "held-out" {
  return Number(id.slice(id.lastIndexOf("-") + 1)) % 2 === 1 ? "held-out" : "tune";
}

export const RESPECT_TWELFTH: VoiceLine[] = [
  {
    id: "s12-rude-01",
    voice: "agent email",
    kind: "sarcasm",
    text: "Top marks for working out that a machine with no plug in the wall won't heat up.",
  },
  {
    id: "s12-rude-02",
    voice: "chat",
    kind: "sarcasm",
    text: "Brilliant deduction, yes, the grinder does need beans in it before it grinds anything.",
  },
  {
    id: "s12-rude-03",
    voice: "learner email",
    kind: "sarcasm",
    text: "Gold star for noticing that the kettle is empty when there is no water in it.",
  },
  {
    id: "s12-rude-04",
    voice: "chat",
    kind: "sarcasm",
    text: "What a sharp eye you have, clocking that the red light means it is switched off.",
  },
  {
    id: "s12-rude-05",
    voice: "agent email",
    kind: "sarcasm",
    text: "Nice bit of detective work there, realising the pods go in the pod drawer.",
  },
  {
    id: "s12-rude-06",
    voice: "learner email",
    kind: "sarcasm",
    text: "Full credit to you for discovering that cold milk comes out of the fridge cold.",
  },
  {
    id: "s12-rude-07",
    voice: "agent email",
    kind: "sarcasm",
    text: "How dreadful for you, having to use a teaspoon instead of the scoop for a whole morning.",
  },
  {
    id: "s12-rude-08",
    voice: "chat",
    kind: "sarcasm",
    text: "My heart goes out to you, reduced to drinking instant like the rest of us for two days.",
  },
  {
    id: "s12-rude-09",
    voice: "agent email",
    kind: "sarcasm",
    text: "It must be terribly hard, only having the one espresso machine in the house.",
  },
  {
    id: "s12-rude-10",
    voice: "learner email",
    kind: "sarcasm",
    text: "I can only imagine the suffering of a weekend without your single-origin Ethiopian.",
  },
  {
    id: "s12-rude-11",
    voice: "chat",
    kind: "sarcasm",
    text: "Poor you, having to walk all the way to the front door to collect a parcel.",
  },
  {
    id: "s12-rude-12",
    voice: "agent email",
    kind: "sarcasm",
    text: "What a trial it must be when the oat milk arrives a shade warmer than you'd like.",
  },
  {
    id: "s12-rude-13",
    voice: "agent email",
    kind: "belittle",
    text: 'To clarify, "out of stock" means we do not currently have any of it to send you.',
  },
  {
    id: "s12-rude-14",
    voice: "learner email",
    kind: "belittle",
    text: "Just so we're on the same page, there needs to be water in the tank before the machine can make coffee.",
  },
  {
    id: "s12-rude-15",
    voice: "chat",
    kind: "belittle",
    text: "Let me explain this slowly: an order cannot arrive before it has been posted.",
  },
  {
    id: "s12-rude-16",
    voice: "agent email",
    kind: "belittle",
    text: "In case it wasn't obvious, a refund goes back to the card you paid with, which is your card.",
  },
  {
    id: "s12-rude-17",
    voice: "agent email",
    kind: "belittle",
    text: "For the avoidance of doubt, a plug has to be in a socket that is switched on for the kettle to get any electricity.",
  },
  {
    id: "s12-rude-18",
    voice: "chat",
    kind: "belittle",
    text: 'Quick lesson for you: "delivered" means the courier has delivered it.',
  },
  {
    id: "s12-rude-19",
    voice: "agent email",
    kind: "blame",
    text: "Thousands of our customers set this up every week without needing to ring us.",
  },
  {
    id: "s12-rude-20",
    voice: "learner email",
    kind: "blame",
    text: "Nearly everyone else who bought this model has had years of use out of it.",
  },
  {
    id: "s12-rude-21",
    voice: "agent email",
    kind: "blame",
    text: "We've sold over ten thousand of these and yours is the only one with a bent lid, funnily enough.",
  },
  {
    id: "s12-rude-22",
    voice: "chat",
    kind: "blame",
    text: "Every other order in that van arrived without a scratch, so you can see why I have questions.",
  },
  {
    id: "s12-rude-23",
    voice: "agent email",
    kind: "blame",
    text: "For what it's worth, the checkout has worked for everybody else this morning.",
  },
  {
    id: "s12-rude-24",
    voice: "learner email",
    kind: "blame",
    text: "Even our first-time buyers tend to get the milk frother going on the first day.",
  },
  {
    id: "s12-rude-25",
    voice: "agent email",
    kind: "minimise",
    text: "People are losing their homes in floods this winter; a late bag of coffee will keep.",
  },
  {
    id: "s12-rude-26",
    voice: "chat",
    kind: "minimise",
    text: "There are bigger problems in the world than a scuffed box, I'm sure you'd agree.",
  },
  {
    id: "s12-rude-27",
    voice: "learner email",
    kind: "minimise",
    text: "With everything on the news at the moment, a missing lid barely registers.",
  },
  {
    id: "s12-rude-28",
    voice: "agent email",
    kind: "minimise",
    text: "The hospitals are full this week, so a noisy grinder isn't going to make anyone's list.",
  },
  {
    id: "s12-rude-29",
    voice: "chat",
    kind: "minimise",
    text: "Compared with what some people are going through, a two-day delay is nothing.",
  },
  {
    id: "s12-rude-30",
    voice: "chat",
    kind: "minimise",
    text: "Nobody's died, it's a cracked mug in a gift box.",
  },
  {
    id: "s12-rude-31",
    voice: "CRM note",
    kind: "complain",
    text: 'Cust rang re "broken" grinder (unplugged). Fixed by plugging in. Eye roll.',
  },
  {
    id: "s12-rude-32",
    voice: "CRM note",
    kind: "complain",
    text: "Mrs P again. Fourth call this week. Lonely?",
  },
  {
    id: "s12-rude-33",
    voice: "CRM note",
    kind: "complain",
    text: "Caller v. precious about his beans. Humoured him.",
  },
  {
    id: "s12-rude-34",
    voice: "CRM note",
    kind: "complain",
    text: "Complaint re froth texture (!!). NFA. Waste of a call.",
  },
  {
    id: "s12-rude-35",
    voice: "CRM note",
    kind: "complain",
    text: "Cust = hard work. Refunded so she'd stop ringing.",
  },
  {
    id: "s12-rude-36",
    voice: "CRM note",
    kind: "complain",
    text: "Mr K, self-appointed coffee expert, lectured me for 20 mins.",
  },
  {
    id: "s12-rude-37",
    voice: "chat",
    kind: "belittle",
    text: "There we go, flower, all it needed was the on button.",
  },
  {
    id: "s12-rude-38",
    voice: "chat",
    kind: "belittle",
    text: "There you are, sunshine, that wasn't so hard, was it?",
  },
  {
    id: "s12-rude-39",
    voice: "learner email",
    kind: "belittle",
    text: "Right, my lovely, we'll go through it one more time, nice and slow.",
  },
  {
    id: "s12-rude-40",
    voice: "chat",
    kind: "belittle",
    text: "Never mind, chick, the grown-up buttons can be tricky.",
  },
  {
    id: "s12-rude-41",
    voice: "agent email",
    kind: "dismiss",
    text: "As I have already explained twice, the offer ended on Sunday.",
  },
  {
    id: "s12-rude-42",
    voice: "agent email",
    kind: "dismiss",
    text: "Per my earlier messages (all four of them), the tracking number is in your confirmation.",
  },
  {
    id: "s12-rude-43",
    voice: "learner email",
    kind: "dismiss",
    text: "As set out in my previous reply, which you may not have had the chance to read, the refund takes five days.",
  },
  {
    id: "s12-rude-44",
    voice: "chat",
    kind: "dismiss",
    text: "Once again, and for clarity, we do not deliver on Sundays.",
  },
  {
    id: "s12-polite-01",
    voice: "agent email",
    kind: "polite",
    text: "Thank you for noting the batch number; it let us trace the fault straight away.",
  },
  {
    id: "s12-polite-02",
    voice: "chat",
    kind: "polite",
    text: "That was a great catch about the seal; our engineer hadn't spotted it.",
  },
  {
    id: "s12-polite-03",
    voice: "learner email",
    kind: "polite",
    text: "It was really useful that you mentioned the light flashes twice, as that points to the pump.",
  },
  {
    id: "s12-polite-04",
    voice: "agent email",
    kind: "polite",
    text: "Top marks for the photos, they showed the crack clearly and saved you a trip to the post office.",
  },
  {
    id: "s12-polite-05",
    voice: "agent email",
    kind: "polite",
    text: "You were right to check the date on the bag; it was past its best, and a fresh one is on its way.",
  },
  {
    id: "s12-polite-06",
    voice: "chat",
    kind: "polite",
    text: "Good spot on the double charge, I've refunded the second payment.",
  },
  {
    id: "s12-polite-07",
    voice: "agent email",
    kind: "polite",
    text: "How frustrating to come home to a flooded worktop; I'm so sorry.",
  },
  {
    id: "s12-polite-08",
    voice: "learner email",
    kind: "polite",
    text: "I can only imagine how stressful it was with guests arriving and no coffee.",
  },
  {
    id: "s12-polite-09",
    voice: "agent email",
    kind: "polite",
    text: "It must be hard managing without the machine when you work from home, so I've sent a loan unit.",
  },
  {
    id: "s12-polite-10",
    voice: "chat",
    kind: "polite",
    text: "Poor you, what a morning, I've rebooked the delivery for 8am tomorrow.",
  },
  {
    id: "s12-polite-11",
    voice: "learner email",
    kind: "polite",
    text: "My heart sank reading this, and I'm sorry it spoiled the birthday.",
  },
  {
    id: "s12-polite-12",
    voice: "agent email",
    kind: "polite",
    text: "What an ordeal with the courier; I've taken it up with them directly.",
  },
  {
    id: "s12-polite-13",
    voice: "agent email",
    kind: "polite",
    text: "Most customers find a slightly coarser grind works better in a cafetière, if you'd like to try it.",
  },
  {
    id: "s12-polite-14",
    voice: "learner email",
    kind: "polite",
    text: "A lot of people like to descale monthly, so here's how.",
  },
  {
    id: "s12-polite-15",
    voice: "chat",
    kind: "polite",
    text: "Thousands of customers use the pause button each month, so do take a break whenever you like.",
  },
  {
    id: "s12-polite-16",
    voice: "agent email",
    kind: "polite",
    text: "Plenty of our regulars keep a spare filter, so I've added one to your parcel free.",
  },
  {
    id: "s12-polite-17",
    voice: "chat",
    kind: "polite",
    text: "Most people find the app easier after the first go, but I'm happy to talk you through it now.",
  },
  {
    id: "s12-polite-18",
    voice: "agent email",
    kind: "polite",
    text: "Nearly everyone who has reported this fault has a machine from the 2024 batch, so it's nothing you did.",
  },
  {
    id: "s12-polite-19",
    voice: "agent email",
    kind: "polite",
    text: "It may seem small to others, but a missing gift on a birthday matters, and I'm sorry.",
  },
  {
    id: "s12-polite-20",
    voice: "learner email",
    kind: "polite",
    text: "I know this isn't the end of the world to anyone else, but it matters to you.",
  },
  {
    id: "s12-polite-21",
    voice: "agent email",
    kind: "polite",
    text: "I know there are bigger things going on for you right now, so let's get this off your plate quickly.",
  },
  {
    id: "s12-polite-22",
    voice: "learner email",
    kind: "polite",
    text: "A cracked mug might not sound like much, but it was a present, and a new one is on its way.",
  },
  {
    id: "s12-polite-23",
    voice: "chat",
    kind: "polite",
    text: "Ordering the wrong size is so easy to do, honestly; I've swapped it.",
  },
  { id: "s12-polite-24", voice: "chat", kind: "polite", text: "Don't worry, it happens to everyone." },
  {
    id: "s12-polite-25",
    voice: "chat",
    kind: "polite",
    text: "You forgot the code at checkout? Don't worry, we all do it, and I've applied it now.",
  },
  {
    id: "s12-polite-26",
    voice: "agent email",
    kind: "polite",
    text: "No need to apologise for the postcode typo, we've all done it; I've corrected it.",
  },
  {
    id: "s12-polite-27",
    voice: "agent email",
    kind: "polite",
    text: "To reset it, hold the power button for ten seconds until the light flashes.",
  },
  {
    id: "s12-polite-28",
    voice: "chat",
    kind: "polite",
    text: "As I mentioned on the phone, the engineer will come between 8 and 12 on Thursday.",
  },
  {
    id: "s12-polite-29",
    voice: "agent email",
    kind: "polite",
    text: "Just to set expectations, refunds land back on the original card, usually within five working days.",
  },
  {
    id: "s12-polite-30",
    voice: "agent email",
    kind: "polite",
    text: "For the avoidance of doubt, you don't need to send the old kettle back.",
  },
  {
    id: "s12-polite-31",
    voice: "CRM note",
    kind: "polite",
    text: "Cust rang re grinder not starting. Unplugged at wall; talked through, working now. No fault.",
  },
  {
    id: "s12-polite-32",
    voice: "CRM note",
    kind: "polite",
    text: "Mrs P, 4th contact re missing parcel; understandably fed up. Courier claim opened, callback Fri.",
  },
  {
    id: "s12-polite-33",
    voice: "CRM note",
    kind: "polite",
    text: "Caller particular about bean freshness; sent roast-date info and a fresh bag.",
  },
  {
    id: "s12-polite-34",
    voice: "CRM note",
    kind: "polite",
    text: "Complaint re froth texture. Milk setting changed, customer happy. NFA.",
  },
  {
    id: "s12-polite-35",
    voice: "chat",
    kind: "polite",
    text: "Oh no, flower, what a rotten start to the day; I'll get a new one out to you today.",
  },
  {
    id: "s12-polite-36",
    voice: "chat",
    kind: "polite",
    text: "Aw, sunshine, what a miserable end to your week, I'm sorry.",
  },
];
