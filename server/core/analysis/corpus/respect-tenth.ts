/**
 * Respect, tenth pass (issue 8 item 5, session 38): sarcasm by ironic certainty ("I'm sure you've never made a
 * mistake in your life", "no doubt you followed the instructions to the letter") and by mock praise or mock surprise
 * ("well done for spotting that eventually", "what a surprise, another one"): 44 sarcastic lines and 34 honest
 * look-alikes that share their words ("I'm sure you'll love the new one", "I'm certain this will sort it", "no doubt
 * you're fed up", "well done for spotting that so quickly"), in six voices (curt manager, chatty, formal-cold, ESL,
 * CRM note, passive-aggressive). Written by session 38's respect helper and committed before any code of that pass.
 *
 * Split decided before the lines were counted: within each kind, odd numbers are the tune half (may be read), even
 * numbers the held-out half (counted only). The five sarcastic lines and three look-alikes the lead's brief quoted
 * were placed at odd numbers (tune), since they had been seen (README, "Respect by meaning: tenth pass").
 */
import type { VoiceLine } from "./respect-voices";

/** Odd-numbered lines tune, even-numbered held out (the number ends the id). */
export function tenthSplit(id: string): "tune" | "held-out" {
  return Number(id.slice(id.lastIndexOf("-") + 1)) % 2 === 1 ? "tune" : "held-out";
}

export const RESPECT_TENTH: VoiceLine[] = [
  {
    id: "s10-rude-01",
    voice: "passive-aggressive",
    kind: "rude",
    text: "I'm sure you've never made a mistake in your life.",
  },
  {
    id: "s10-rude-02",
    voice: "passive-aggressive",
    kind: "rude",
    text: "I'm sure you've read the care guide cover to cover, so it can't possibly be the descaling.",
  },
  {
    id: "s10-rude-03",
    voice: "curt manager",
    kind: "rude",
    text: "I'm certain you read every word of the manual.",
  },
  {
    id: "s10-rude-04",
    voice: "passive-aggressive",
    kind: "rude",
    text: "I've no doubt you measured the water perfectly every single time.",
  },
  {
    id: "s10-rude-05",
    voice: "formal-cold",
    kind: "rude",
    text: "No doubt you followed the instructions to the letter.",
  },
  {
    id: "s10-rude-06",
    voice: "chatty",
    kind: "rude",
    text: "Of course you cleaned it after every use, everyone does!",
  },
  { id: "s10-rude-07", voice: "curt manager", kind: "rude", text: "What a surprise, another one." },
  {
    id: "s10-rude-08",
    voice: "chatty",
    kind: "rude",
    text: "Well, who'd have guessed, the parcel you never got has turned up at your neighbour's.",
  },
  {
    id: "s10-rude-09",
    voice: "passive-aggressive",
    kind: "rude",
    text: "Well done for spotting that eventually.",
  },
  {
    id: "s10-rude-10",
    voice: "chatty",
    kind: "rude",
    text: "Top marks for finding the reset button in the end!",
  },
  {
    id: "s10-rude-11",
    voice: "note",
    kind: "rude",
    text: "Customer assures us she's never once overfilled it. Naturally.",
  },
  {
    id: "s10-rude-12",
    voice: "note",
    kind: "rude",
    text: "Cust is certain she did everything right. Of course she did.",
  },
  {
    id: "s10-rude-13",
    voice: "passive-aggressive",
    kind: "rude",
    text: "Surely someone as careful as you would never have dropped it.",
  },
  {
    id: "s10-rude-14",
    voice: "formal-cold",
    kind: "rude",
    text: "I am confident that you have studied the user guide thoroughly, as all our customers do.",
  },
  {
    id: "s10-rude-15",
    voice: "curt manager",
    kind: "rude",
    text: "Shock horror, the kettle that was left on the hob has a melted base.",
  },
  {
    id: "s10-rude-16",
    voice: "chatty",
    kind: "rude",
    text: "Fancy that, it works when it's actually plugged in!",
  },
  {
    id: "s10-rude-17",
    voice: "passive-aggressive",
    kind: "rude",
    text: "I'm sure you're an expert on espresso machines, so you won't need me to explain.",
  },
  {
    id: "s10-rude-18",
    voice: "chatty",
    kind: "rude",
    text: "Amazing effort getting it back to us only three weeks late.",
  },
  {
    id: "s10-rude-19",
    voice: "ESL",
    kind: "rude",
    text: "I am sure you never make any mistake with the settings, yes?",
  },
  {
    id: "s10-rude-20",
    voice: "ESL",
    kind: "rude",
    text: "Very good, you find the button finally after four emails.",
  },
  {
    id: "s10-rude-21",
    voice: "curt manager",
    kind: "rude",
    text: "Bravo, it only took a month to send the photos.",
  },
  {
    id: "s10-rude-22",
    voice: "formal-cold",
    kind: "rude",
    text: "Congratulations are in order: you have located the power switch.",
  },
  {
    id: "s10-rude-23",
    voice: "formal-cold",
    kind: "rude",
    text: "Doubtless you checked the postcode twice before submitting it.",
  },
  {
    id: "s10-rude-24",
    voice: "passive-aggressive",
    kind: "rude",
    text: "Obviously you'd never leave it switched on overnight, would you.",
  },
  {
    id: "s10-rude-25",
    voice: "curt manager",
    kind: "rude",
    text: "Of course, you're the expert, so I'll leave you to fix it.",
  },
  {
    id: "s10-rude-26",
    voice: "chatty",
    kind: "rude",
    text: "Gold star for reading the email the third time round!",
  },
  { id: "s10-rude-27", voice: "note", kind: "rude", text: "Says she always descales monthly. I'm sure." },
  {
    id: "s10-rude-28",
    voice: "passive-aggressive",
    kind: "rude",
    text: "Well, there's a first: a customer who reads the instructions.",
  },
  {
    id: "s10-rude-29",
    voice: "passive-aggressive",
    kind: "rude",
    text: "I'm sure it's a total coincidence that it broke the day after the warranty ran out.",
  },
  {
    id: "s10-rude-30",
    voice: "curt manager",
    kind: "rude",
    text: "No doubt it was already cracked when it came out of the box.",
  },
  { id: "s10-rude-31", voice: "ESL", kind: "rude", text: "Me sure you are very very careful person always." },
  {
    id: "s10-rude-32",
    voice: "curt manager",
    kind: "rude",
    text: "What a shock, the order with the wrong address didn't arrive.",
  },
  {
    id: "s10-rude-33",
    voice: "chatty",
    kind: "rude",
    text: "I'm positive you'd never put the jug in the dishwasher, would you!",
  },
  { id: "s10-rude-34", voice: "note", kind: "rude", text: "Caller insists she followed every step. Right." },
  {
    id: "s10-rude-35",
    voice: "chatty",
    kind: "rude",
    text: "Nice work, you've managed to lock yourself out of the account again.",
  },
  {
    id: "s10-rude-36",
    voice: "formal-cold",
    kind: "rude",
    text: "It is, of course, entirely unthinkable that the filter was fitted incorrectly.",
  },
  {
    id: "s10-rude-37",
    voice: "passive-aggressive",
    kind: "rude",
    text: "Who could have predicted that leaving it out in the rain would hurt it.",
  },
  {
    id: "s10-rude-38",
    voice: "ESL",
    kind: "rude",
    text: "I am certain you are reading all our emails very carefully.",
  },
  {
    id: "s10-rude-39",
    voice: "chatty",
    kind: "rude",
    text: "Well look at that, you found your order number after all!",
  },
  {
    id: "s10-rude-40",
    voice: "curt manager",
    kind: "rude",
    text: "Sure, sure, you never touched the settings.",
  },
  {
    id: "s10-rude-41",
    voice: "note",
    kind: "rude",
    text: "Of course she's never used it without water. Never.",
  },
  {
    id: "s10-rude-42",
    voice: "passive-aggressive",
    kind: "rude",
    text: "Such a clever idea to pour the descaler into the bean hopper.",
  },
  {
    id: "s10-rude-43",
    voice: "formal-cold",
    kind: "rude",
    text: "We have every confidence that you read the terms before ordering, as you say.",
  },
  {
    id: "s10-rude-44",
    voice: "ESL",
    kind: "rude",
    text: "Good job, you are finally understand the app after two week.",
  },
  { id: "s10-polite-01", voice: "chatty", kind: "polite", text: "I'm sure you'll love the new one." },
  { id: "s10-polite-02", voice: "ESL", kind: "polite", text: "I am sure we can find a solution together." },
  { id: "s10-polite-03", voice: "curt manager", kind: "polite", text: "I'm certain this will sort it." },
  {
    id: "s10-polite-04",
    voice: "formal-cold",
    kind: "polite",
    text: "I am confident the replacement will reach you by Friday.",
  },
  { id: "s10-polite-05", voice: "chatty", kind: "polite", text: "No doubt you're fed up with all this." },
  {
    id: "s10-polite-06",
    voice: "passive-aggressive",
    kind: "polite",
    text: "I'm sure you followed the instructions; this is a fault with the pump, so I've sent a replacement.",
  },
  {
    id: "s10-polite-07",
    voice: "chatty",
    kind: "polite",
    text: "Well done for spotting that so quickly, it saved us sending the wrong part.",
  },
  {
    id: "s10-polite-08",
    voice: "chatty",
    kind: "polite",
    text: "What a lovely surprise to get your photos, thank you.",
  },
  {
    id: "s10-polite-09",
    voice: "curt manager",
    kind: "polite",
    text: "I've no doubt the new filter will make a difference.",
  },
  {
    id: "s10-polite-10",
    voice: "curt manager",
    kind: "polite",
    text: "Of course you can return it; I've emailed the label.",
  },
  {
    id: "s10-polite-11",
    voice: "note",
    kind: "polite",
    text: "Cust is certain she ordered the large size; order history confirms it. Swapped.",
  },
  {
    id: "s10-polite-12",
    voice: "note",
    kind: "polite",
    text: "Customer says she's never had a problem before. Replacement sent.",
  },
  {
    id: "s10-polite-13",
    voice: "chatty",
    kind: "polite",
    text: "Top marks to you for keeping the receipt, it made the refund quick.",
  },
  {
    id: "s10-polite-14",
    voice: "formal-cold",
    kind: "polite",
    text: "No doubt you have had enough of waiting, so I have upgraded you to next-day delivery.",
  },
  {
    id: "s10-polite-15",
    voice: "passive-aggressive",
    kind: "polite",
    text: "I'm sure it's very frustrating after everything you've been through.",
  },
  {
    id: "s10-polite-16",
    voice: "chatty",
    kind: "polite",
    text: "Congratulations on your new home! Your first bag of beans is on us.",
  },
  {
    id: "s10-polite-17",
    voice: "passive-aggressive",
    kind: "polite",
    text: "Surely you shouldn't have had to chase us three times; I'm sorry.",
  },
  {
    id: "s10-polite-18",
    voice: "formal-cold",
    kind: "polite",
    text: "Obviously you would want it working before the weekend, so it is going out today.",
  },
  {
    id: "s10-polite-19",
    voice: "chatty",
    kind: "polite",
    text: "Good job you kept the box, it makes the collection easier.",
  },
  {
    id: "s10-polite-20",
    voice: "chatty",
    kind: "polite",
    text: "Fancy a free bag of our new roast with your next order?",
  },
  {
    id: "s10-polite-21",
    voice: "passive-aggressive",
    kind: "polite",
    text: "What a shock that must have been when it sparked; I'm so sorry.",
  },
  {
    id: "s10-polite-22",
    voice: "formal-cold",
    kind: "polite",
    text: "Who could blame you for being cross after three failed deliveries?",
  },
  {
    id: "s10-polite-23",
    voice: "curt manager",
    kind: "polite",
    text: "I'm positive the courier will ring before they come.",
  },
  {
    id: "s10-polite-24",
    voice: "chatty",
    kind: "polite",
    text: "Well done on your first year with us, and thank you.",
  },
  {
    id: "s10-polite-25",
    voice: "passive-aggressive",
    kind: "polite",
    text: "I'm sure you've tried it already, but could you hold the button for ten seconds?",
  },
  {
    id: "s10-polite-26",
    voice: "ESL",
    kind: "polite",
    text: "I am sure you are careful, the crack is a known fault of this model.",
  },
  {
    id: "s10-polite-27",
    voice: "note",
    kind: "polite",
    text: "Customer very certain of the date she ordered; checked, she's right.",
  },
  {
    id: "s10-polite-28",
    voice: "formal-cold",
    kind: "polite",
    text: "No doubt you read the manual, but page 6 is easy to miss, so here is the part you need.",
  },
  {
    id: "s10-polite-29",
    voice: "ESL",
    kind: "polite",
    text: "Of course you follow the instructions: the problem is the thermostat, not you.",
  },
  {
    id: "s10-polite-30",
    voice: "chatty",
    kind: "polite",
    text: "Nice work finding the serial number, that's exactly what I needed.",
  },
  {
    id: "s10-polite-31",
    voice: "curt manager",
    kind: "polite",
    text: "It was a surprise to us too that the parcel went back to the depot; I've resent it.",
  },
  {
    id: "s10-polite-32",
    voice: "formal-cold",
    kind: "polite",
    text: "We have every confidence you will enjoy the new grinder.",
  },
  {
    id: "s10-polite-33",
    voice: "curt manager",
    kind: "polite",
    text: "Sure, I'll change the address on the order now.",
  },
  {
    id: "s10-polite-34",
    voice: "chatty",
    kind: "polite",
    text: "Such a clever idea to send a video, it showed the fault straight away.",
  },
];
