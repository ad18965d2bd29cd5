/**
 * Respect, eleventh pass (issue 8 item 5, session 39): 44 disrespectful lines and 34 honest look-alikes in the voices a
 * UK Level 3 learner or a fed-up agent uses in an email, a chat or a CRM note. Kinds, in blocks: mock gratitude ("Many
 * thanks for your fourth email today"), an endearment joined to a correction or put-down ("Right, sweetheart, the plug
 * goes in the wall first"), sarcasm kinds the tenth pass did not read (mock apology for her standards, mock
 * helpfulness, "yes, because…"), minimising her loss in fresh words, and blame by implication ("Most people read the
 * manual before using it"). The look-alikes share their words: real thanks (for patience, for telling us quickly), a
 * gentle correction with an apology, a sympathetic endearment alone (not a respect breach by the lead's decision of
 * session 38), real praise, honest words about a small loss, and honest words that share blame's words. Written by
 * session 39's respect helper and committed before any code of that pass.
 *
 * Split decided before the lines were counted: odd numbers are the tune half (may be read), even numbers the held-out
 * half (counted only). Every kind is a block of even length starting at an odd number, so each half holds the same
 * number of each kind. The lines the lead's brief quoted were placed at odd numbers (tune), since they had been seen.
 */
import type { VoiceLine } from "./respect-voices";

/** Odd-numbered lines tune, even-numbered held out (the number ends the id). */
export function eleventhSplit(id: string): "tune" | "held-out" {
  return Number(id.slice(id.lastIndexOf("-") + 1)) % 2 === 1 ? "tune" : "held-out";
}

export const RESPECT_ELEVENTH: VoiceLine[] = [
  {
    id: "s11-rude-01",
    voice: "agent email",
    kind: "sarcasm",
    text: "Thanks so much for waiting until the 29th day to tell us.",
  },
  {
    id: "s11-rude-02",
    voice: "learner email",
    kind: "sarcasm",
    text: "Thanks ever so much for letting us know three months after it arrived.",
  },
  {
    id: "s11-rude-03",
    voice: "agent email",
    kind: "sarcasm",
    text: "Many thanks for your fourth email today.",
  },
  {
    id: "s11-rude-04",
    voice: "chat",
    kind: "sarcasm",
    text: "Cheers for the seven voicemails, really helped.",
  },
  {
    id: "s11-rude-05",
    voice: "agent email",
    kind: "sarcasm",
    text: "Thank you for your patience, which I'm sure is endless.",
  },
  {
    id: "s11-rude-06",
    voice: "agent email",
    kind: "sarcasm",
    text: "Thank you for sharing your thoughts on our staff at such length.",
  },
  {
    id: "s11-rude-07",
    voice: "learner email",
    kind: "sarcasm",
    text: "Thanks for finally getting back to us after five weeks.",
  },
  {
    id: "s11-rude-08",
    voice: "chat",
    kind: "sarcasm",
    text: "Appreciate you taking the time to tell us how to do our jobs.",
  },
  {
    id: "s11-rude-09",
    voice: "agent email",
    kind: "sarcasm",
    text: "Thanks for the lovely one-star review, very constructive.",
  },
  {
    id: "s11-rude-10",
    voice: "learner email",
    kind: "sarcasm",
    text: "Thank you for reading my last email so carefully, as the same question is back again.",
  },
  { id: "s11-rude-11", voice: "chat", kind: "belittle", text: "Oh no, love. You've put it in upside down." },
  {
    id: "s11-rude-12",
    voice: "chat",
    kind: "belittle",
    text: "Aw hun, the filter goes in the other way round.",
  },
  {
    id: "s11-rude-13",
    voice: "chat",
    kind: "belittle",
    text: "Right, sweetheart, the plug goes in the wall first.",
  },
  {
    id: "s11-rude-14",
    voice: "learner email",
    kind: "belittle",
    text: "Okay my dear, let's try reading the label this time.",
  },
  {
    id: "s11-rude-15",
    voice: "chat",
    kind: "belittle",
    text: "Bless you, pet, the beans go in the top, not the water tank.",
  },
  {
    id: "s11-rude-16",
    voice: "chat",
    kind: "belittle",
    text: "Sorry babe, that's the descale light, not the power light.",
  },
  {
    id: "s11-rude-17",
    voice: "learner email",
    kind: "belittle",
    text: "Oh dear, darling. It's the on switch on the back.",
  },
  {
    id: "s11-rude-18",
    voice: "chat",
    kind: "belittle",
    text: "Now then, duck, the lid only clicks shut if you push it down.",
  },
  {
    id: "s11-rude-19",
    voice: "agent email",
    kind: "sarcasm",
    text: "Sorry our kettle wasn't up to your very high standards.",
  },
  {
    id: "s11-rude-20",
    voice: "chat",
    kind: "sarcasm",
    text: "Oh yes, because the kettle definitely jumped off the worktop by itself.",
  },
  {
    id: "s11-rude-21",
    voice: "chat",
    kind: "sarcasm",
    text: "Let me know if you need a hand opening the box as well.",
  },
  {
    id: "s11-rude-22",
    voice: "agent email",
    kind: "sarcasm",
    text: "No rush on the photos, it's only been a fortnight.",
  },
  {
    id: "s11-rude-23",
    voice: "learner email",
    kind: "sarcasm",
    text: "Yes, because we obviously post out broken grinders on purpose.",
  },
  {
    id: "s11-rude-24",
    voice: "chat",
    kind: "sarcasm",
    text: "Must be nice having the time to write four reviews in a day.",
  },
  {
    id: "s11-rude-25",
    voice: "note",
    kind: "sarcasm",
    text: "Cust says the jug 'just cracked on its own'. As they do.",
  },
  {
    id: "s11-rude-26",
    voice: "agent email",
    kind: "sarcasm",
    text: "Apologies that we can't read minds here at Hearth & Bean.",
  },
  {
    id: "s11-rude-27",
    voice: "chat",
    kind: "sarcasm",
    text: "I'll get right on that, straight after the other forty people who want it yesterday.",
  },
  {
    id: "s11-rude-28",
    voice: "learner email",
    kind: "sarcasm",
    text: "Good luck finding another shop that puts up with this.",
  },
  {
    id: "s11-rude-29",
    voice: "chat",
    kind: "minimise",
    text: "It's a few quid of coffee, I wouldn't lose sleep over it.",
  },
  {
    id: "s11-rude-30",
    voice: "learner email",
    kind: "minimise",
    text: "Honestly it's a tiny chip, you'll hardly notice it once it's on the shelf.",
  },
  { id: "s11-rude-31", voice: "chat", kind: "minimise", text: "Worse things happen at sea." },
  {
    id: "s11-rude-32",
    voice: "agent email",
    kind: "minimise",
    text: "It's one missed delivery out of how many?",
  },
  {
    id: "s11-rude-33",
    voice: "note",
    kind: "minimise",
    text: "Cust upset over a dented box. Contents fine, bit of a storm in a teacup.",
  },
  {
    id: "s11-rude-34",
    voice: "agent email",
    kind: "minimise",
    text: "In the grand scheme of things a late bag of beans isn't a big deal.",
  },
  {
    id: "s11-rude-35",
    voice: "learner email",
    kind: "minimise",
    text: "You've still got a working kettle, it just takes a bit longer to boil.",
  },
  {
    id: "s11-rude-36",
    voice: "chat",
    kind: "minimise",
    text: "Three days without a grinder won't hurt anyone.",
  },
  {
    id: "s11-rude-37",
    voice: "agent email",
    kind: "blame",
    text: "Most people read the manual before using it.",
  },
  {
    id: "s11-rude-38",
    voice: "chat",
    kind: "blame",
    text: "Our other customers seem to manage the app fine.",
  },
  {
    id: "s11-rude-39",
    voice: "learner email",
    kind: "blame",
    text: "The instructions do say to let it cool first, just saying.",
  },
  {
    id: "s11-rude-40",
    voice: "agent email",
    kind: "blame",
    text: "We've sold thousands of these and this is the first one to come back like this.",
  },
  {
    id: "s11-rude-41",
    voice: "chat",
    kind: "blame",
    text: "Funny how it worked perfectly until your son had a go with it.",
  },
  {
    id: "s11-rude-42",
    voice: "agent email",
    kind: "blame",
    text: "Nobody else who ordered that day has had a problem with the address.",
  },
  {
    id: "s11-rude-43",
    voice: "note",
    kind: "blame",
    text: "A cracked jug like that doesn't happen from normal use.",
  },
  {
    id: "s11-rude-44",
    voice: "learner email",
    kind: "blame",
    text: "If the box had been opened carefully the lid wouldn't be scratched.",
  },
  {
    id: "s11-polite-01",
    voice: "agent email",
    kind: "polite",
    text: "Thanks so much for letting us know so quickly.",
  },
  {
    id: "s11-polite-02",
    voice: "agent email",
    kind: "polite",
    text: "Thank you for your patience while we waited for the courier, and I'm sorry it took so long.",
  },
  {
    id: "s11-polite-03",
    voice: "learner email",
    kind: "polite",
    text: "Many thanks for your email today, and for the photos, which made it easy to see the fault.",
  },
  {
    id: "s11-polite-04",
    voice: "chat",
    kind: "polite",
    text: "Thanks for waiting while I checked with the warehouse; your replacement goes out tomorrow.",
  },
  {
    id: "s11-polite-05",
    voice: "agent email",
    kind: "polite",
    text: "Thank you for your patience, it's been a long wait and you've been very kind about it.",
  },
  {
    id: "s11-polite-06",
    voice: "learner email",
    kind: "polite",
    text: "Thanks for all your emails this week, I know it shouldn't have taken four to get an answer.",
  },
  {
    id: "s11-polite-07",
    voice: "chat",
    kind: "polite",
    text: "Cheers for the quick reply, I've booked the collection for Thursday.",
  },
  {
    id: "s11-polite-08",
    voice: "agent email",
    kind: "polite",
    text: "Thank you for telling us on the 29th day rather than leaving it, as you're still within the 30 days to reject it for a refund.",
  },
  {
    id: "s11-polite-09",
    voice: "chat",
    kind: "polite",
    text: "I'm sorry, I think it may be in upside down; it's an easy mistake, the arrow is tiny.",
  },
  {
    id: "s11-polite-10",
    voice: "learner email",
    kind: "polite",
    text: "Sorry, I should have said: the filter goes in with the arrow pointing up, and lots of people miss it.",
  },
  {
    id: "s11-polite-11",
    voice: "agent email",
    kind: "polite",
    text: "Apologies if I wasn't clear, the plug needs to go in the wall before the base lights up.",
  },
  {
    id: "s11-polite-12",
    voice: "chat",
    kind: "polite",
    text: "It looks like the lid might not be clicked shut; it's stiff on new ones, so give it a firm push.",
  },
  {
    id: "s11-polite-13",
    voice: "agent email",
    kind: "polite",
    text: "I'm sorry, the code only works once, which our email didn't make clear; I've sent you a new one.",
  },
  {
    id: "s11-polite-14",
    voice: "learner email",
    kind: "polite",
    text: "The beans go in the top hopper, not the water tank; our quick-start card shows it the wrong way round, sorry about that.",
  },
  { id: "s11-polite-15", voice: "chat", kind: "polite", text: "Oh no, love, not again." },
  { id: "s11-polite-16", voice: "chat", kind: "polite", text: "Aw hun, I'm so sorry, that's rotten luck." },
  { id: "s11-polite-17", voice: "chat", kind: "polite", text: "Oh pet, what a week you've had." },
  {
    id: "s11-polite-18",
    voice: "chat",
    kind: "polite",
    text: "Sorry to hear that, my love, let me get it sorted for you today.",
  },
  {
    id: "s11-polite-19",
    voice: "chat",
    kind: "polite",
    text: "Oh no, sweetheart, that must have been such a fright.",
  },
  {
    id: "s11-polite-20",
    voice: "chat",
    kind: "polite",
    text: "Bless you, duck, I'm so sorry it's been such a faff.",
  },
  {
    id: "s11-polite-21",
    voice: "learner email",
    kind: "polite",
    text: "Well done for keeping the receipt, that makes the refund really quick.",
  },
  {
    id: "s11-polite-22",
    voice: "agent email",
    kind: "polite",
    text: "You've done exactly the right thing by sending the photos.",
  },
  {
    id: "s11-polite-23",
    voice: "chat",
    kind: "polite",
    text: "Brilliant, thank you for finding the order number, that saves us loads of time.",
  },
  {
    id: "s11-polite-24",
    voice: "learner email",
    kind: "polite",
    text: "Great job spotting the crack before you used it, that could have been dangerous.",
  },
  {
    id: "s11-polite-25",
    voice: "note",
    kind: "polite",
    text: "Cust very organised, had all order numbers and dates ready. Really helpful call.",
  },
  {
    id: "s11-polite-26",
    voice: "agent email",
    kind: "polite",
    text: "You clearly know your coffee, so I think you'll love the Ethiopian roast.",
  },
  {
    id: "s11-polite-27",
    voice: "learner email",
    kind: "polite",
    text: "It might only be a few pounds of coffee, but it's your morning routine, so I'm sending a fresh bag today.",
  },
  {
    id: "s11-polite-28",
    voice: "agent email",
    kind: "polite",
    text: "The chip is small, but you paid for a perfect jug and you should have one, so a replacement is on its way.",
  },
  {
    id: "s11-polite-29",
    voice: "learner email",
    kind: "polite",
    text: "I know a late delivery isn't the biggest thing in the world, but it still shouldn't have happened, and I'm sorry.",
  },
  {
    id: "s11-polite-30",
    voice: "note",
    kind: "polite",
    text: "Cust upset over the dented box; contents checked and fine, but sent a goodwill voucher as it was a gift.",
  },
  {
    id: "s11-polite-31",
    voice: "agent email",
    kind: "polite",
    text: "Most people don't read the manual, and that's fine; the key steps are on the card in the box.",
  },
  {
    id: "s11-polite-32",
    voice: "learner email",
    kind: "polite",
    text: "The instructions do say to let it cool first, but that's easy to miss, so I've attached the page.",
  },
  {
    id: "s11-polite-33",
    voice: "agent email",
    kind: "polite",
    text: "We've sold thousands of these and very few come back, so I'm sorry yours was one of them; a replacement is on its way.",
  },
  {
    id: "s11-polite-34",
    voice: "agent email",
    kind: "polite",
    text: "Nobody else on your street has had a problem, so it looks like the courier's scan was wrong; I've raised it with them.",
  },
];
