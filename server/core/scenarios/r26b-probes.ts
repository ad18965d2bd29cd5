/**
 * Probes for the three round 26 B kinds, written and committed after the round's first run and before any
 * reader was written or run on them. `caught: true` is the kind in words unlike the round's playthroughs;
 * `caught: false` an honest look-alike. Even ids may be used while writing a reader (its tests may quote
 * them); odd ids are held out and only counted (playthroughs README, round 26 B): a miss among them is a
 * figure to report, not a test to make pass.
 *
 * - `narrow-first`: a subject access request held until she narrows it to a part of her data, or answered
 *   a part at a time (UK GDPR Art 15(1), 15(3), Art 12(2)-(3); ICO "Right of access": clarification only
 *   where a large amount of data is held, never as a condition of a clear request). A whole message.
 * - `opt-out`: an easy way out of marketing said informally, which must count as one (PECR reg 22(3)(c),
 *   reg 23; UK GDPR Art 21(4)); look-alikes that offer no way out. A whole message.
 * - `template`: two messages to different customers; `caught: true` when they are one template (stock
 *   sentences reordered, a word or two swapped, one product noun each), false when honestly personal.
 */
export type R26bProbe =
  | { id: number; reader: "narrow-first" | "opt-out"; caught: boolean; text: string }
  | { id: number; reader: "template"; caught: boolean; text: string; other: string };

export const R26B_PROBES: R26bProbe[] = [
  // A request held until she narrows it.
  {
    id: 1,
    reader: "narrow-first",
    caught: true,
    text: "Once you've told us which records you're interested in, the team will begin the search.",
  },
  {
    id: 2,
    reader: "narrow-first",
    caught: true,
    text: "Which bits of your data do you need: orders, contact details or emails? We can only get going when you've chosen.",
  },
  {
    id: 3,
    reader: "narrow-first",
    caught: true,
    text: "The month starts when you've narrowed the request down to the information you actually need.",
  },
  {
    id: 4,
    reader: "narrow-first",
    caught: true,
    text: "We can only look out one area at a time, so tell me whether you'd like your orders or your marketing history first.",
  },
  {
    id: 5,
    reader: "narrow-first",
    caught: true,
    text: "Before the data team can start, they'll need you to pick which part of your information you want a copy of.",
  },
  {
    id: 6,
    reader: "narrow-first",
    caught: false,
    text: "You'll get a full copy of everything we hold by 14 December. If there's one part you'd like first, tell me and I'll ask the team to start there.",
  },
  {
    id: 7,
    reader: "narrow-first",
    caught: false,
    text: "The month starts once you've given me your postcode and your last order number.",
  },
  {
    id: 8,
    reader: "narrow-first",
    caught: false,
    text: "You don't need to narrow it down or pick anything: we'll send you all of it, and where it came from.",
  },
  {
    id: 9,
    reader: "narrow-first",
    caught: false,
    text: "Is there anything in particular that worried you? Either way, you'll receive a copy of all your data within the month.",
  },
  {
    id: 10,
    reader: "narrow-first",
    caught: false,
    text: "Once you've picked a delivery day, we'll send the beans out.",
  },
  // An easy way out said informally, and look-alikes.
  {
    id: 11,
    reader: "opt-out",
    caught: true,
    text: "Here's 10% off your next bag. Give us a shout if you'd rather not get these and we'll stop, simple as that.",
  },
  {
    id: 12,
    reader: "opt-out",
    caught: true,
    text: "Free delivery for three months on us. Shout if you'd rather we didn't email you offers and we'll stop.",
  },
  {
    id: 13,
    reader: "opt-out",
    caught: true,
    text: "15% off with code BACK15. Had enough of our emails? Ping us a reply and we'll stop sending them.",
  },
  {
    id: 14,
    reader: "opt-out",
    caught: true,
    text: "Double points on your next order. Drop us a note if you'd prefer we didn't write, and we'll stop.",
  },
  {
    id: 15,
    reader: "opt-out",
    caught: true,
    text: "Here's 10% off. Not for you? Give us a shout and we'll take you off the list.",
  },
  {
    id: 16,
    reader: "opt-out",
    caught: false,
    text: "Here's 10% off your next order. Give us a shout if you need anything and we'll stop by with a sample.",
  },
  {
    id: 17,
    reader: "opt-out",
    caught: false,
    text: "Here's 15% off. Shout if you'd like a different grind and we'll sort it.",
  },
  {
    id: 18,
    reader: "opt-out",
    caught: false,
    text: "Free delivery for three months. Give us a shout when you're ready to order.",
  },
  {
    id: 19,
    reader: "opt-out",
    caught: false,
    text: "Here's 10% off. Ping us a message and we'll stop your old subscription and start the new one.",
  },
  {
    id: 20,
    reader: "opt-out",
    caught: false,
    text: "Double points this month. Drop us a line if you'd rather we didn't grind the beans and we'll send them whole.",
  },
  // Templates: stock sentences reordered with a word swapped and a product noun each; honest pairs.
  {
    id: 21,
    reader: "template",
    caught: true,
    text: "Hi Sam, we've missed you lately. It's been some time since your last filter papers order. Enjoy 10% off your next order with code HELLO10 this month. We hope to see you back soon.",
    other:
      "Hi Jo, we hope to see you back soon. Enjoy 10% off your next order with code HELLO10 this month. It's been some time since your last House Blend order. We've been missing you lately.",
  },
  {
    id: 22,
    reader: "template",
    caught: true,
    text: "Dear Ana, thank you for being a customer. Your last Burr Pro order was a while ago. As a thank you, here's free delivery for three months. We'd be delighted to welcome you back.",
    other:
      "Dear Raj, we'd be so delighted to welcome you back. As a thank you, here's free delivery for three months. Thank you for being a customer. Your last toaster order was a while ago.",
  },
  {
    id: 23,
    reader: "template",
    caught: true,
    text: "Hello Mo. It has been a while since your last Espresso Roast. We miss you! Use code SPRING15 for 15% off before the end of the month. Reply STOP to opt out.",
    other:
      "Hello Lee. We really miss you! It has been a while since your last decaf. Use code SPRING15 for 15% off before the end of the month. To stop these emails, just reply and tell us.",
  },
  {
    id: 24,
    reader: "template",
    caught: true,
    text: "Hi Tess, looking for a refill for your kettle? We have missed seeing you. Take 10% off anything with code TEN10 until Sunday. We would love you to come back.",
    other:
      "Hi Ola, we would really love you to come back. We have missed seeing you. Looking for a refill for your grinder? Take 10% off anything with code TEN10 until Sunday.",
  },
  {
    id: 25,
    reader: "template",
    caught: false,
    text: "Hi Sam, thanks for ordering your filter papers with us every six weeks. It's been a little longer than usual this time, so here's 10% off your next order with code SAM10, valid to the end of the month. Just reply if you'd rather not hear from us.",
    other:
      "Hi Jo, I hope the Crema One is still going strong. We haven't sent you a bag of Espresso Roast since the summer, and we'd love to: here's 10% off your next order with code JO10, valid to the end of the month. Just reply if you'd rather not hear from us.",
  },
  {
    id: 26,
    reader: "template",
    caught: false,
    text: "Dear Mrs Patel, we were sorry to hear the toaster let you down last spring, and we're glad the replacement has been reliable. As a thank you for sticking with us, here's free delivery for three months.",
    other:
      "Dear Mr Okafor, your gooseneck kettle and pour-over set tell us you like your coffee done properly, so we thought you'd enjoy our new single-origin beans. Here's free delivery for three months as a thank you.",
  },
  {
    id: 27,
    reader: "template",
    caught: false,
    text: "Hi Lee, it's been a few months since your last House Blend, and I noticed you used to order every four weeks. Is everything all right with the beans? Here's 15% off your next bag if you fancy one. Reply STOP to opt out.",
    other:
      "Hi Mo, your decaf orders stopped after the delivery that arrived late in August, and I'm sorry about that one. We've changed courier since. Here's 15% off your next order if you'd like to try us again. Reply STOP to opt out.",
  },
  {
    id: 28,
    reader: "template",
    caught: false,
    text: "Dear Grace, we haven't had your telephone order for the decaf in a while, and we miss hearing from you. Free delivery for three months is yours if you'd like it. Just tell us when you ring if you'd rather we didn't write.",
    other:
      "Dear Helen, it's been a long while since your last Espresso Roast for the Crema One and the Burr Pro. Here's 15% off your next order with HELEN15 until the end of the month. Just reply if you'd rather we didn't write.",
  },
];
