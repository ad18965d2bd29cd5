/**
 * Respect by meaning (5 December 2026, morning): three probes of fresh wordings, each written by the respect helper
 * after the frames it measures and counted before its lines were read (README.md, "Respect by meaning").
 * Probes 1 and 2 were then read and frames written from their misses: they are tuning data now.
 * kind "rude": disrespectful, kind not classified. Probe 3 was written after the last frame and measured once (1/20 caught, 0/10 accused), 2/20 after
 * the third pass; the fourth pass studied its misses (kinds, not lines), so it is tuning data now (17/20 after).
 * Probe 4 (5 December 2026, late morning) was written by the respect helper before the third pass changed anything, as
 * real learners and cheats write to a customer or in a CRM note (sarcasm, minimising, patronising, blame by
 * implication, disparaging notes, backhanded politeness, age and ability put-downs), with 20 polite look-alikes that
 * share their surface words. It is measured before and after the third pass and never read to write a frame.
 */
import type { RespectLine } from "./respect-tune";

export const RESPECT_PROBE_1: RespectLine[] = [
  { id: "p1-rude-01", kind: "rude", text: "Let's be honest, you probably dropped it." },
  { id: "p1-rude-02", kind: "rude", text: "Well, nobody forced you to buy it." },
  { id: "p1-rude-03", kind: "rude", text: "At your age I'd expect a bit more patience." },
  { id: "p1-rude-04", kind: "rude", text: "I've explained this three times now." },
  { id: "p1-rude-05", kind: "rude", text: "You really need to read things properly before you email us." },
  { id: "p1-rude-06", kind: "rude", text: "It's a grinder, it grinds. Not complicated." },
  { id: "p1-rude-07", kind: "rude", text: "Maybe you should stick to buying from the supermarket." },
  { id: "p1-rude-08", kind: "rude", text: "We're a coffee shop, not a miracle worker." },
  { id: "p1-rude-09", kind: "rude", text: "I'm sure you meant well, but you clearly broke it." },
  { id: "p1-rude-10", kind: "rude", text: "It would help if you actually answered my questions." },
  { id: "p1-rude-11", kind: "rude", text: "Perhaps in future you could be a little less demanding." },
  {
    id: "p1-rude-12",
    kind: "rude",
    text: "People who can't follow simple instructions shouldn't buy espresso machines.",
  },
  { id: "p1-rude-13", kind: "rude", text: "I can't be held responsible for what you do with it at home." },
  { id: "p1-rude-14", kind: "rude", text: "Try turning your brain on before the machine." },
  { id: "p1-rude-15", kind: "rude", text: "You're not our only customer, you know." },
  { id: "p1-rude-16", kind: "rude", text: "I hope you're happy now you've wasted everyone's time." },
  { id: "p1-rude-17", kind: "rude", text: "Thanks for the essay." },
  {
    id: "p1-rude-18",
    kind: "rude",
    text: "Not sure what you expected from a \u00a320 kettle, to be honest.",
  },
  { id: "p1-rude-19", kind: "rude", text: "That's just life, I'm afraid, deal with it." },
  {
    id: "p1-rude-20",
    kind: "rude",
    text: "The courier isn't going to lose sleep over your parcel and neither am I.",
  },
  { id: "p1-rude-21", kind: "rude", text: "Sorry, but that sounds like a you problem." },
  { id: "p1-rude-22", kind: "rude", text: "I don't make the rules, so don't shout at me." },
  {
    id: "p1-rude-23",
    kind: "rude",
    text: "Frankly, it's amazing it lasted as long as it did with you in charge of it.",
  },
  { id: "p1-rude-24", kind: "rude", text: "Customer is confused as usual." },
  { id: "p1-rude-25", kind: "rude", text: "Your constant emails are clogging up our inbox." },
  { id: "p1-rude-26", kind: "rude", text: "We'll refund you, just to make you go away." },
  { id: "p1-rude-27", kind: "rude", text: "Honestly, some people." },
  { id: "p1-rude-28", kind: "rude", text: "Clearly you didn't bother reading the delivery page." },
  { id: "p1-rude-29", kind: "rude", text: "Next time try not to leave it on the doorstep all day." },
  { id: "p1-rude-30", kind: "rude", text: "I doubt you even descaled it once." },
  { id: "p1-polite-01", kind: "polite", text: "Let's be honest, we should have caught this." },
  { id: "p1-polite-02", kind: "polite", text: "Nobody should have to wait this long for a kettle." },
  { id: "p1-polite-03", kind: "polite", text: "Honestly, I'd be annoyed too." },
  {
    id: "p1-polite-04",
    kind: "polite",
    text: "I've explained the refund steps below so you have them in one place.",
  },
  {
    id: "p1-polite-05",
    kind: "polite",
    text: "Please read the attached guide when you have a moment; it covers the settings.",
  },
  { id: "p1-polite-06", kind: "polite", text: "It's a simple fix and I'll talk you through it." },
  {
    id: "p1-polite-07",
    kind: "polite",
    text: "We're only a small team, but I'll make sure this is sorted today.",
  },
  { id: "p1-polite-08", kind: "polite", text: "Thanks for the detailed email; it really helped." },
  {
    id: "p1-polite-09",
    kind: "polite",
    text: "You're not our only customer to see this, so we've changed courier.",
  },
  { id: "p1-polite-10", kind: "polite", text: "I hope you're happy with the replacement." },
  { id: "p1-polite-11", kind: "polite", text: "Next time you order, you'll get free delivery." },
  {
    id: "p1-polite-12",
    kind: "polite",
    text: "Clearly the courier left it in the wrong place, and I'm sorry.",
  },
  { id: "p1-polite-13", kind: "polite", text: "Customer confused by our email; explained the new price." },
  { id: "p1-polite-14", kind: "polite", text: "If you'd prefer, I can ring you instead." },
  {
    id: "p1-polite-15",
    kind: "polite",
    text: "Don't worry, it happens to the best of us, and I'll send a new lid.",
  },
];

export const RESPECT_PROBE_2: RespectLine[] = [
  {
    id: "p2-rude-01",
    kind: "rude",
    text: "I'm not sure why you thought a glass kettle could survive being dropped.",
  },
  { id: "p2-rude-02", kind: "rude", text: "You were told twice it wouldn't arrive before Friday." },
  { id: "p2-rude-03", kind: "rude", text: "Please try to keep your emails to the point in future." },
  { id: "p2-rude-04", kind: "rude", text: "Apparently reading the confirmation email was too much trouble." },
  {
    id: "p2-rude-05",
    kind: "rude",
    text: "We get hundreds of complaints like yours and most of them are nonsense.",
  },
  { id: "p2-rude-06", kind: "rude", text: "It's a delay of one day. You'll live." },
  { id: "p2-rude-07", kind: "rude", text: "Clearly you're the expert, so I'll leave you to it." },
  {
    id: "p2-rude-08",
    kind: "rude",
    text: "Have a think about whether you really need to complain about this.",
  },
  { id: "p2-rude-09", kind: "rude", text: "Maybe get your facts straight before accusing us." },
  { id: "p2-rude-10", kind: "rude", text: "I really can't help people who won't help themselves." },
  { id: "p2-rude-11", kind: "rude", text: "Customer kicking off again over nothing, ignore until Monday." },
  { id: "p2-rude-12", kind: "rude", text: "You'd think a grown woman could manage a subscription page." },
  {
    id: "p2-rude-13",
    kind: "rude",
    text: "If it's that important to you, perhaps you should have paid for express.",
  },
  { id: "p2-rude-14", kind: "rude", text: "Not our fault you weren't in." },
  { id: "p2-rude-15", kind: "rude", text: "Well, some of us have to work for a living." },
  { id: "p2-rude-16", kind: "rude", text: "You seem to think we have nothing better to do." },
  {
    id: "p2-rude-17",
    kind: "rude",
    text: "The instructions are in English, so I'm not sure what the problem is.",
  },
  { id: "p2-rude-18", kind: "rude", text: "Sorry not sorry, rules are there for a reason." },
  { id: "p2-rude-19", kind: "rude", text: "Don't take this the wrong way, but you're hard work." },
  { id: "p2-rude-20", kind: "rude", text: "Another day, another complaint from Mrs Shah." },
  {
    id: "p2-polite-01",
    kind: "polite",
    text: "You were right to chase us twice; it shouldn't have taken that long.",
  },
  {
    id: "p2-polite-02",
    kind: "polite",
    text: "Please keep any emails from us about the recall, just in case.",
  },
  {
    id: "p2-polite-03",
    kind: "polite",
    text: "I'll leave you to enjoy your coffee, and do get in touch if anything changes.",
  },
  {
    id: "p2-polite-04",
    kind: "polite",
    text: "If it's important to arrive by Friday, I've upgraded you to express at no cost.",
  },
  {
    id: "p2-polite-05",
    kind: "polite",
    text: "Most of the complaints we've had this week are about the same courier, so it isn't just you.",
  },
  {
    id: "p2-polite-06",
    kind: "polite",
    text: "It's a one-day delay, and I'm sorry: your beans will be with you tomorrow.",
  },
  {
    id: "p2-polite-07",
    kind: "polite",
    text: "Have a think about which roast you'd like and I'll send a sample.",
  },
  {
    id: "p2-polite-08",
    kind: "polite",
    text: "Customer called again about the parcel; still missing, chased courier.",
  },
  {
    id: "p2-polite-09",
    kind: "polite",
    text: "The instructions were unclear, so I've written them out more simply below.",
  },
  {
    id: "p2-polite-10",
    kind: "polite",
    text: "Don't worry about getting the order number; I found it from your email.",
  },
];

export const RESPECT_PROBE_3: RespectLine[] = [
  { id: "p3-rude-01", kind: "rude", text: "Oh dear, another one who can't read a delivery note." },
  { id: "p3-rude-02", kind: "rude", text: "I'll use short sentences so nothing gets lost." },
  {
    id: "p3-rude-03",
    kind: "rude",
    text: "If you'd bought the right model in the first place we wouldn't be talking.",
  },
  { id: "p3-rude-04", kind: "rude", text: "You must have a very interesting way of making coffee." },
  { id: "p3-rude-05", kind: "rude", text: "It's honestly not that deep." },
  { id: "p3-rude-06", kind: "rude", text: "A refund won't fix your attitude, but here it is." },
  { id: "p3-rude-07", kind: "rude", text: "Please stop treating our team like your personal helpdesk." },
  { id: "p3-rude-08", kind: "rude", text: "Look, I get it, you're upset, but the world hasn't ended." },
  { id: "p3-rude-09", kind: "rude", text: "That's the third time you've asked the same question." },
  { id: "p3-rude-10", kind: "rude", text: "I'd love to help, but you've made that impossible." },
  { id: "p3-rude-11", kind: "rude", text: "Well, you're the one who chose the cheapest option." },
  { id: "p3-rude-12", kind: "rude", text: "Let's not pretend the kettle broke itself." },
  { id: "p3-rude-13", kind: "rude", text: "I'll pass your concerns on, for what it's worth." },
  { id: "p3-rude-14", kind: "rude", text: "Hope the replacement survives longer in your hands." },
  { id: "p3-rude-15", kind: "rude", text: "Not everyone needs hand-holding, but clearly you do." },
  { id: "p3-rude-16", kind: "rude", text: "It's all there in black and white if you care to look." },
  { id: "p3-rude-17", kind: "rude", text: "Customer insists it arrived broken. Yeah, right." },
  { id: "p3-rude-18", kind: "rude", text: "Sure, we'll get right on that." },
  { id: "p3-rude-19", kind: "rude", text: "You can't expect a free upgrade just for moaning." },
  {
    id: "p3-rude-20",
    kind: "rude",
    text: "With the amount you spend, I'm surprised you bother complaining.",
  },
  {
    id: "p3-polite-01",
    kind: "polite",
    text: "I'll use short sentences and bullet points so it's easy to follow on your phone.",
  },
  {
    id: "p3-polite-02",
    kind: "polite",
    text: "You chose the cheapest delivery, so I've upgraded it for free this time.",
  },
  { id: "p3-polite-03", kind: "polite", text: "Hope the replacement gives you years of good coffee." },
  {
    id: "p3-polite-04",
    kind: "polite",
    text: "It's all there in the attached PDF, but I'll summarise it below.",
  },
  { id: "p3-polite-05", kind: "polite", text: "Sure, I'll get that sorted for you today." },
  {
    id: "p3-polite-06",
    kind: "polite",
    text: "I'll pass your concerns on to our quality team and let you know what they say.",
  },
  { id: "p3-polite-07", kind: "polite", text: "I get it: you're upset, and you've every right to be." },
  {
    id: "p3-polite-08",
    kind: "polite",
    text: "That's the third time the courier has let you down, and I'm sorry.",
  },
  { id: "p3-polite-09", kind: "polite", text: "You can expect the refund within five working days." },
  { id: "p3-polite-10", kind: "polite", text: "Not everyone finds the app easy, so here's a quick guide." },
];

export const RESPECT_PROBE_4: RespectLine[] = [
  { id: "p4-rude-01", kind: "rude", text: "Shame you didn't think to check the size before ordering." },
  { id: "p4-rude-02", kind: "rude", text: "I'm sure it must all be very confusing for you." },
  {
    id: "p4-rude-03",
    kind: "rude",
    text: "We did send three reminders, but I suppose emails are easy to ignore.",
  },
  {
    id: "p4-rude-04",
    kind: "rude",
    text: "Strange that you're the only one who's had trouble with this batch.",
  },
  {
    id: "p4-rude-05",
    kind: "rude",
    text: "Customer is elderly and gets muddled easily, keep replies basic.",
  },
  {
    id: "p4-rude-06",
    kind: "rude",
    text: "Bit rich to complain about the price when you picked the premium blend.",
  },
  { id: "p4-rude-07", kind: "rude", text: "I appreciate technology can be daunting at your stage of life." },
  { id: "p4-rude-08", kind: "rude", text: "Happy to help, even if the question rather answers itself." },
  { id: "p4-rude-09", kind: "rude", text: "Thanks for your patience, or whatever passes for it." },
  {
    id: "p4-rude-10",
    kind: "rude",
    text: "Mr Patel has a habit of exaggerating, so take his claims with a pinch of salt.",
  },
  { id: "p4-rude-11", kind: "rude", text: "A couple of days without a grinder is hardly a hardship." },
  { id: "p4-rude-12", kind: "rude", text: "You've clearly got plenty of free time to write all this." },
  { id: "p4-rude-13", kind: "rude", text: "I've made the instructions extra simple for you this time." },
  { id: "p4-rude-14", kind: "rude", text: "The box does say fragile, which I'd have hoped was a clue." },
  { id: "p4-rude-15", kind: "rude", text: "Customer claims she never got the email, which seems unlikely." },
  { id: "p4-rude-16", kind: "rude", text: "Perhaps ask your son to set it up for you." },
  { id: "p4-rude-17", kind: "rude", text: "If money is that tight, maybe a subscription isn't for you." },
  {
    id: "p4-rude-18",
    kind: "rude",
    text: "You waited six weeks to tell us, so it's a bit late to be upset now.",
  },
  {
    id: "p4-rude-19",
    kind: "rude",
    text: "Pausing takes two clicks, which most people seem to find manageable.",
  },
  { id: "p4-rude-20", kind: "rude", text: "We're not here to hold your hand through every order." },
  {
    id: "p4-rude-21",
    kind: "rude",
    text: "To be fair, the kettle was working fine until you got hold of it.",
  },
  {
    id: "p4-rude-22",
    kind: "rude",
    text: "I'll assume this was a genuine mistake and not another attempt at a freebie.",
  },
  { id: "p4-rude-23", kind: "rude", text: "A one-line email would have done the job, for future reference." },
  { id: "p4-rude-24", kind: "rude", text: "Some customers just aren't cut out for espresso machines." },
  { id: "p4-rude-25", kind: "rude", text: "Customer very emotional about a \u00a36 bag of coffee, handled." },
  { id: "p4-rude-26", kind: "rude", text: "If you can't tell decaf from regular, that's not really on us." },
  { id: "p4-rude-27", kind: "rude", text: "Lovely, so the parcel was sitting in your porch the whole time." },
  { id: "p4-rude-28", kind: "rude", text: "Let me know if any of the long words cause trouble." },
  { id: "p4-rude-29", kind: "rude", text: "Your review says more about you than it does about us." },
  { id: "p4-rude-30", kind: "rude", text: "Poor thing, a whole day without her flat white." },
  {
    id: "p4-polite-01",
    kind: "polite",
    text: "Shame the courier didn't check the address; I've rebooked it for tomorrow.",
  },
  { id: "p4-polite-02", kind: "polite", text: "It's a confusing page, I'm sorry: here's a simpler guide." },
  {
    id: "p4-polite-03",
    kind: "polite",
    text: "We sent the reminders to an old email address, so it's no wonder you missed them.",
  },
  {
    id: "p4-polite-04",
    kind: "polite",
    text: "You're the only one who's reported this so far, so thank you for flagging it.",
  },
  {
    id: "p4-polite-05",
    kind: "polite",
    text: "Customer is 82 and prefers phone calls to email; please ring her.",
  },
  {
    id: "p4-polite-06",
    kind: "polite",
    text: "I've highlighted the important bits of the guide for you, to save you scrolling.",
  },
  { id: "p4-polite-07", kind: "polite", text: "The box should have said fragile, so that's on us." },
  {
    id: "p4-polite-08",
    kind: "polite",
    text: "Customer says she never got the email; resent it and checked the address.",
  },
  {
    id: "p4-polite-09",
    kind: "polite",
    text: "If your son usually helps with the app, he's welcome to ring us with you.",
  },
  {
    id: "p4-polite-10",
    kind: "polite",
    text: "If money is tight at the moment, I can pause your subscription for free.",
  },
  {
    id: "p4-polite-11",
    kind: "polite",
    text: "A couple of days without a grinder is a real nuisance, so I've sent a loan one.",
  },
  {
    id: "p4-polite-12",
    kind: "polite",
    text: "You don't need to write all this out again: I've got your notes here.",
  },
  {
    id: "p4-polite-13",
    kind: "polite",
    text: "Some espresso machines are fiddly at first, so here's a short video.",
  },
  {
    id: "p4-polite-14",
    kind: "polite",
    text: "Customer upset about a \u00a36 bag of coffee arriving split; refunded and apologised.",
  },
  {
    id: "p4-polite-15",
    kind: "polite",
    text: "Lovely, so the parcel turned up in your porch after all? I'm glad.",
  },
  {
    id: "p4-polite-16",
    kind: "polite",
    text: "Let me know if any of the wording is unclear and I'll explain it another way.",
  },
  {
    id: "p4-polite-17",
    kind: "polite",
    text: "To be fair to you, the kettle should never have leaked after a week.",
  },
  {
    id: "p4-polite-18",
    kind: "polite",
    text: "For future reference, you can pause in the app at any time, or just reply to this email.",
  },
  {
    id: "p4-polite-19",
    kind: "polite",
    text: "Pausing takes two clicks in the app, and I've done it for you this time.",
  },
  {
    id: "p4-polite-20",
    kind: "polite",
    text: "Happy to help, and it's a good question: the grind setting is on the side.",
  },
];

/**
 * Probe 5 (5 December 2026, afternoon): written by a new respect helper (not the author of the frames or of probes 1-4)
 * before the fourth pass changed anything, as learners and frustrated agents write to a customer or in a CRM note, with
 * polite look-alikes sharing their surface words. Measured before the fourth pass and after it; never read to write a
 * frame or used to train anything (README, "Respect by meaning: fourth pass").
 */
export const RESPECT_PROBE_5: RespectLine[] = [
  {
    id: "p5-rude-01",
    kind: "rude",
    text: "We can't be expected to guess what you meant when you didn't say which grinder you ordered.",
  },
  {
    id: "p5-rude-02",
    kind: "rude",
    text: "Customer rang for the fourth time today about the same parcel. Attention-seeking, if you ask me.",
  },
  { id: "p5-rude-03", kind: "rude", text: "I'm not sure what else you were hoping for from a £25 machine." },
  { id: "p5-rude-04", kind: "rude", text: "Surely you checked the size before you clicked buy?" },
  { id: "p5-rude-05", kind: "rude", text: "We did warn you in the email, but obviously nobody reads those." },
  { id: "p5-rude-06", kind: "rude", text: "Your mum could probably help you set the app up." },
  { id: "p5-rude-07", kind: "rude", text: "It's coffee beans, not the crown jewels." },
  { id: "p5-rude-08", kind: "rude", text: "Refunded, although between you and me she's been trying it on." },
  { id: "p5-rude-09", kind: "rude", text: "Gosh, a whole two days late. However did you survive?" },
  {
    id: "p5-rude-10",
    kind: "rude",
    text: "If you'd taken the time to look at the tracking, you'd have seen it was delivered.",
  },
  {
    id: "p5-rude-11",
    kind: "rude",
    text: "Happy to help, though I'd gently suggest reading the label this time.",
  },
  {
    id: "p5-rude-12",
    kind: "rude",
    text: "Let me make this really easy for you: click the big green button.",
  },
  {
    id: "p5-rude-13",
    kind: "rude",
    text: "A grown man complaining about a frother. Refunded to close it off.",
  },
  { id: "p5-rude-14", kind: "rude", text: "You've clearly misunderstood how subscriptions work." },
  { id: "p5-rude-15", kind: "rude", text: "I'm sure your urgent deadline will survive one more day." },
  {
    id: "p5-rude-16",
    kind: "rude",
    text: "Not our problem if your neighbour took it in and didn't tell you.",
  },
  { id: "p5-rude-17", kind: "rude", text: "Honestly, I don't know why you bother ordering online." },
  { id: "p5-rude-18", kind: "rude", text: "Customer thinks she knows better than the engineer." },
  {
    id: "p5-rude-19",
    kind: "rude",
    text: "We're not in the habit of sending out broken kettles, so I suspect something happened after it arrived.",
  },
  {
    id: "p5-rude-20",
    kind: "rude",
    text: "It was working perfectly when it left us, so I'll leave you to draw your own conclusions.",
  },
  {
    id: "p5-rude-21",
    kind: "rude",
    text: "There's really no need for the dramatics over a late bag of beans.",
  },
  { id: "p5-rude-22", kind: "rude", text: "Fine, have your refund, if it means that much to you." },
  { id: "p5-rude-23", kind: "rude", text: "Lovely to hear from you yet again." },
  { id: "p5-rude-24", kind: "rude", text: "I'd love to help but I can't fix impatience." },
  {
    id: "p5-rude-25",
    kind: "rude",
    text: "Some of us have been doing this for years, so trust me, it's the descaling.",
  },
  {
    id: "p5-rude-26",
    kind: "rude",
    text: "Please try to keep your messages to the point; we have other customers.",
  },
  { id: "p5-rude-27", kind: "rude", text: "Quite the saga for a £4 bag of decaf." },
  {
    id: "p5-rude-28",
    kind: "rude",
    text: "Won't be offering her anything extra, she's had enough out of us already.",
  },
  {
    id: "p5-rude-29",
    kind: "rude",
    text: "Maybe give the instructions a second read before deciding it's faulty.",
  },
  {
    id: "p5-rude-30",
    kind: "rude",
    text: "Bit of a fuss over some froth, but fine, a new wand is on its way.",
  },
  {
    id: "p5-polite-01",
    kind: "polite",
    text: "We can't be sure what happened in transit, so I've sent a new one anyway.",
  },
  {
    id: "p5-polite-02",
    kind: "polite",
    text: "Customer rang for the fourth time about the same parcel; escalated, and I apologised for our delays.",
  },
  { id: "p5-polite-03", kind: "polite", text: "I'm not sure yet what went wrong, but I'll find out today." },
  {
    id: "p5-polite-04",
    kind: "polite",
    text: "Could you check the size on the box label for me, so I order the right one?",
  },
  {
    id: "p5-polite-05",
    kind: "polite",
    text: "We did warn the courier with a fragile label, but it still got crushed; sorry.",
  },
  { id: "p5-polite-06", kind: "polite", text: "If it's easier, a family member can call us on your behalf." },
  {
    id: "p5-polite-07",
    kind: "polite",
    text: "It's only a small thing, but I've added a free bag of beans to say sorry.",
  },
  {
    id: "p5-polite-08",
    kind: "polite",
    text: "Refunded; between you and me, that courier has let us down before.",
  },
  { id: "p5-polite-09", kind: "polite", text: "Two whole days late is not good enough, and I'm sorry." },
  {
    id: "p5-polite-10",
    kind: "polite",
    text: "If you look at the tracking page, you'll see it's now at your local depot.",
  },
  {
    id: "p5-polite-11",
    kind: "polite",
    text: "Happy to help: the label is on the base, and I've attached a photo of where.",
  },
  {
    id: "p5-polite-12",
    kind: "polite",
    text: "Let me make this easy: I'll book the collection so you don't have to do anything.",
  },
  {
    id: "p5-polite-13",
    kind: "polite",
    text: "Customer upset about the frother; second fault in a month, so refunded in full.",
  },
  {
    id: "p5-polite-14",
    kind: "polite",
    text: "You've understood it perfectly; it's our page that's confusing.",
  },
  { id: "p5-polite-15", kind: "polite", text: "Your deadline is tomorrow, so I've sent it by express." },
  {
    id: "p5-polite-16",
    kind: "polite",
    text: "It's not your fault the neighbour took it in; I'll trace it with the courier.",
  },
  { id: "p5-polite-17", kind: "polite", text: "Honestly, I'd be fed up too after three late orders." },
  {
    id: "p5-polite-18",
    kind: "polite",
    text: "Customer knows the machine well and spotted the fault before our engineer did.",
  },
  {
    id: "p5-polite-19",
    kind: "polite",
    text: "There's really no need to send it back; keep it and I'll refund you.",
  },
  {
    id: "p5-polite-20",
    kind: "polite",
    text: "Some of the instructions are unclear, so here's a second copy with pictures.",
  },
];

/**
 * Probe 6 (5 December 2026, evening): written by session 33's respect helper before the clause reader (who did what to
 * whom) existed, as learners and tired agents write to a customer or in a CRM note: the customer as the agent of the
 * fault, complaining verbs in notes, motive and entitlement, hedged and concessive accusations ("I'm sure you didn't
 * mean to, but…", "happy to help, even though…"), and the customer compared against others; with 20 polite look-alikes
 * sharing their words (the firm, product or courier as the agent; the customer's experience validated). Measured
 * before and after the reader; never read to write a rule (README, "Respect by meaning: fifth pass").
 */
export const RESPECT_PROBE_6: RespectLine[] = [
  {
    id: "p6-rude-01",
    kind: "rude",
    text: "To be fair, if you'd read the setup card you wouldn't be in this mess.",
  },
  {
    id: "p6-rude-02",
    kind: "rude",
    text: "No offence, but most people manage to fit the lid the right way round.",
  },
  {
    id: "p6-rude-03",
    kind: "rude",
    text: "I'm sure you didn't mean to, but you've obviously overfilled it.",
  },
  {
    id: "p6-rude-04",
    kind: "rude",
    text: "Happy to help, even though this was all in the welcome email you ignored.",
  },
  {
    id: "p6-rude-05",
    kind: "rude",
    text: "Not to be funny, but nobody else has had a problem with this batch.",
  },
  { id: "p6-rude-06", kind: "rude", text: "Cust kicked off about a two-day delay." },
  { id: "p6-rude-07", kind: "rude", text: "She went on and on about the box being slightly dented." },
  { id: "p6-rude-08", kind: "rude", text: "Convinced the leak is our fault. It isn't." },
  { id: "p6-rude-09", kind: "rude", text: "He's only after a free replacement, if you ask me." },
  {
    id: "p6-rude-10",
    kind: "rude",
    text: "You're not the first to forget to register the warranty, and you won't be the last.",
  },
  { id: "p6-rude-11", kind: "rude", text: "Bless you, you've put the filter in upside down." },
  { id: "p6-rude-12", kind: "rude", text: "Customer chasing again, wants everything done yesterday." },
  { id: "p6-rude-13", kind: "rude", text: "You could have avoided all this by checking your postcode." },
  {
    id: "p6-rude-14",
    kind: "rude",
    text: "Mrs Patel misused the steam wand and now wants us to pay for it.",
  },
  {
    id: "p6-rude-15",
    kind: "rude",
    text: "Honestly, you should have updated your address before ordering.",
  },
  { id: "p6-rude-16", kind: "rude", text: "Cust dropped the machine and is now blaming the courier." },
  {
    id: "p6-rude-17",
    kind: "rude",
    text: "The payment failed because you typed the card number wrong, not because of us.",
  },
  {
    id: "p6-rude-18",
    kind: "rude",
    text: "Everyone else seems to find the returns page without any trouble.",
  },
  {
    id: "p6-rude-19",
    kind: "rude",
    text: "She's moaning because she didn't read the subscription terms.",
  },
  { id: "p6-rude-20", kind: "rude", text: "I appreciate you're upset, but you cracked the carafe yourself." },
  { id: "p6-rude-21", kind: "rude", text: "He wants a full refund for a mug he chipped himself." },
  {
    id: "p6-rude-22",
    kind: "rude",
    text: "It's a shame you didn't follow the descaling guide, because the warranty won't cover neglect.",
  },
  {
    id: "p6-rude-23",
    kind: "rude",
    text: "No disrespect, but the app isn't hard; you just have to actually open it.",
  },
  {
    id: "p6-rude-24",
    kind: "rude",
    text: "Customer going on about her rights again, knows nothing about how warranties work.",
  },
  { id: "p6-rude-25", kind: "rude", text: "We can't help if you keep ignoring the emails we send." },
  {
    id: "p6-rude-26",
    kind: "rude",
    text: "Tried to explain, but she'd decided it was our fault before I'd finished.",
  },
  {
    id: "p6-rude-27",
    kind: "rude",
    text: "You must be the only person who's managed to snap the lid hinge.",
  },
  {
    id: "p6-rude-28",
    kind: "rude",
    text: "Happy to sort it, though you really could have checked the size chart first.",
  },
  {
    id: "p6-rude-29",
    kind: "rude",
    text: "Cust demanding compensation for her own mistake with the delivery date.",
  },
  {
    id: "p6-rude-30",
    kind: "rude",
    text: "Not being funny, but the instructions are pretty clear if you take the time to read them.",
  },
  {
    id: "p6-polite-01",
    kind: "polite",
    text: "To be fair to you, the setup card is confusing and we're rewriting it.",
  },
  { id: "p6-polite-02", kind: "polite", text: "No offence taken at all; you were right to chase us." },
  {
    id: "p6-polite-03",
    kind: "polite",
    text: "I'm sure you've already tried this, but could you check the socket is switched on at the wall?",
  },
  {
    id: "p6-polite-04",
    kind: "polite",
    text: "Happy to help, even though it's a Sunday: here's your new code.",
  },
  {
    id: "p6-polite-05",
    kind: "polite",
    text: "You're not the first to report a fault in this batch, so we've recalled it.",
  },
  {
    id: "p6-polite-06",
    kind: "polite",
    text: "Customer went on holiday and the parcel was left outside; redelivered free of charge.",
  },
  {
    id: "p6-polite-07",
    kind: "polite",
    text: "Customer convinced it's a fault with the thermostat; engineer booked for Tuesday.",
  },
  {
    id: "p6-polite-08",
    kind: "polite",
    text: "You shouldn't have had to chase us three times; that's our failing.",
  },
  { id: "p6-polite-09", kind: "polite", text: "It's not your fault the courier dropped it." },
  {
    id: "p6-polite-10",
    kind: "polite",
    text: "Cust chasing refund (third contact); issued today and apologised for the delay.",
  },
  { id: "p6-polite-11", kind: "polite", text: "You did exactly the right thing by sending the photo." },
  {
    id: "p6-polite-12",
    kind: "polite",
    text: "Nobody else has had to wait this long, and I'm sorry you did.",
  },
  {
    id: "p6-polite-13",
    kind: "polite",
    text: "The courier dropped the parcel at the depot, so we'll replace it.",
  },
  {
    id: "p6-polite-14",
    kind: "polite",
    text: "Most people don't know the warranty needs registering, so I've registered it for you.",
  },
  {
    id: "p6-polite-15",
    kind: "polite",
    text: "She kicked off her subscription in May and wants to pause it for August.",
  },
  {
    id: "p6-polite-16",
    kind: "polite",
    text: "He wants a full refund, which he's entitled to under the Consumer Rights Act, so I've issued it.",
  },
  { id: "p6-polite-17", kind: "polite", text: "We should have checked your postcode before dispatch." },
  { id: "p6-polite-18", kind: "polite", text: "Bless you, that's very kind of you to say." },
  {
    id: "p6-polite-19",
    kind: "polite",
    text: "There was nothing you could have done to avoid this: the fault was in the element.",
  },
  {
    id: "p6-polite-20",
    kind: "polite",
    text: "Mrs Patel used the steam wand as the manual says and it still failed, so it's covered.",
  },
];

/**
 * Probe 7 (5 December 2026, session 34): written by session 34's respect helper before the sixth pass changed any code,
 * of what the fifth pass left unread and what a tutor's rude-but-correct attempt might use: a subject carried across
 * sentences in a note ("Dropped it. Now wants a refund."), a note naming the customer by first name or "they", tone with
 * no act in it (condescending register, scare quotes, "Right. Once more, slowly."), passive-aggressive office formulae,
 * rhetorical incredulity, sarcastic praise, curt exasperation and brush-offs, lecturing, minimising, threats and
 * riddance; with 20 polite look-alikes sharing their words. Split by id hash (`respectSplitForId`): the sixth pass may
 * read the tune half's misses; the held-out half is counted only (README, "Respect by meaning: sixth pass").
 */
export const RESPECT_PROBE_7_TUNE: RespectLine[] = [
  { id: "p7-rude-01", kind: "rude", text: "Dropped it. Now wants a refund." },
  { id: "p7-rude-03", kind: "rude", text: "Claims the parcel never came. Third time this year, apparently." },
  { id: "p7-rude-05", kind: "rude", text: "They clearly haven't opened a single one of our emails." },
  { id: "p7-rude-07", kind: "rude", text: "Bless." },
  { id: "p7-rude-09", kind: "rude", text: "Okay sweetie, the refund's gone through." },
  { id: "p7-rude-10", kind: "rude", text: 'Your "faulty" grinder works perfectly when we test it.' },
  {
    id: "p7-rude-12",
    kind: "rude",
    text: "As per my last three emails, the refund has already been issued.",
  },
  {
    id: "p7-rude-14",
    kind: "rude",
    text: "Did you honestly think a glass jug would survive the dishwasher?",
  },
  { id: "p7-rude-16", kind: "rude", text: "There. Refunded. Can we move on now?" },
  { id: "p7-rude-18", kind: "rude", text: "Look, I've done what I can, the rest is your problem." },
  { id: "p7-rude-21", kind: "rude", text: "Read the tracking page next time before emailing." },
  { id: "p7-rude-23", kind: "rude", text: "Elderly, doesn't do email, wants everything posted. Hard work." },
  { id: "p7-rude-25", kind: "rude", text: "Lol, it's a £4 bag of beans." },
  {
    id: "p7-rude-27",
    kind: "rude",
    text: "Honestly, I'm amazed you managed to order it in the first place.",
  },
  { id: "p7-rude-29", kind: "rude", text: "Mrs Cole phoned. Again. Same lid, same story." },
  {
    id: "p7-rude-30",
    kind: "rude",
    text: "We've refunded you, so hopefully that's the last we'll hear from you.",
  },
  {
    id: "p7-polite-02",
    kind: "polite",
    text: "Says it leaked from the base. Also reports a funny noise; engineer booked.",
  },
  {
    id: "p7-polite-04",
    kind: "polite",
    text: "Priya couldn't register it because our form was down, so I've registered it for her.",
  },
  {
    id: "p7-polite-06",
    kind: "polite",
    text: "Gary again today: still waiting for the mug, so I've chased the courier.",
  },
  {
    id: "p7-polite-08",
    kind: "polite",
    text: "Let's go through it together, shall we? First, unplug the base.",
  },
  {
    id: "p7-polite-11",
    kind: "polite",
    text: "Right, here are the steps once more, with pictures this time.",
  },
  {
    id: "p7-polite-13",
    kind: "polite",
    text: "Which part of the instructions was unclear? I'd like to fix them.",
  },
  {
    id: "p7-polite-15",
    kind: "polite",
    text: "Well done on spotting the fault so quickly; it helped us a lot.",
  },
  { id: "p7-polite-17", kind: "polite", text: "I have time today to go over this with you properly." },
  {
    id: "p7-polite-19",
    kind: "polite",
    text: "Once it's left our warehouse, we still handle any courier problems for you.",
  },
  {
    id: "p7-polite-20",
    kind: "polite",
    text: "You won't be without your frother for long: a loan one is on its way.",
  },
];

/** Probe 7, held-out half: counted before and after the sixth pass, never read to write a frame. */
export const RESPECT_PROBE_7_HELD_OUT: RespectLine[] = [
  { id: "p7-rude-02", kind: "rude", text: "Says it leaked. Funny how it only leaks for her." },
  {
    id: "p7-rude-04",
    kind: "rude",
    text: "Priya forgot to register it and is now blaming us for the warranty.",
  },
  { id: "p7-rude-06", kind: "rude", text: "Gary again. Wants compensation for a late mug, of all things." },
  { id: "p7-rude-08", kind: "rude", text: "Let's try to keep up, shall we?" },
  { id: "p7-rude-11", kind: "rude", text: "Right. Once more, slowly." },
  { id: "p7-rude-13", kind: "rude", text: 'What part of "do not put it in the dishwasher" was unclear?' },
  { id: "p7-rude-15", kind: "rude", text: "Well done on finally finding the order number." },
  { id: "p7-rude-17", kind: "rude", text: "I don't have time to keep going over this with you." },
  {
    id: "p7-rude-19",
    kind: "rude",
    text: "Once it's left our warehouse it's really between you and the courier, isn't it?",
  },
  {
    id: "p7-rude-20",
    kind: "rude",
    text: "If you'd bothered checking your spam folder we wouldn't be here.",
  },
  { id: "p7-rude-22", kind: "rude", text: "You'll survive a day without your frother." },
  { id: "p7-rude-24", kind: "rude", text: "Any more emails about this and we'll be closing the case." },
  { id: "p7-rude-26", kind: "rude", text: "I'm going to need you to actually read what I write." },
  {
    id: "p7-rude-28",
    kind: "rude",
    text: "With the greatest respect, you don't know how an espresso machine works.",
  },
  {
    id: "p7-polite-01",
    kind: "polite",
    text: "Dropped off at the depot this morning. Now waiting for the refund to clear.",
  },
  {
    id: "p7-polite-03",
    kind: "polite",
    text: "Claim form sent for the missing parcel. Third delivery problem this year, so I've added a goodwill credit.",
  },
  {
    id: "p7-polite-05",
    kind: "polite",
    text: "They haven't received any of our emails, so I've updated the address.",
  },
  { id: "p7-polite-07", kind: "polite", text: "Bless you for being so patient with us." },
  {
    id: "p7-polite-09",
    kind: "polite",
    text: "Okay, the refund has gone through, and I'm sorry it took so long.",
  },
  { id: "p7-polite-10", kind: "polite", text: 'Press the "Descale" button for three seconds.' },
  {
    id: "p7-polite-12",
    kind: "polite",
    text: "As per your request, the refund has been issued to your card.",
  },
  {
    id: "p7-polite-14",
    kind: "polite",
    text: "Did the new jug survive the dishwasher? We've changed the glass.",
  },
  { id: "p7-polite-16", kind: "polite", text: "Refund done. Can I help with anything else today?" },
  {
    id: "p7-polite-18",
    kind: "polite",
    text: "I've done what I can on our side, and the courier is now investigating too.",
  },
];
