/**
 * Probe sentences for the three round 24 A readers (remedy-discretion.ts, partial-rejection.ts,
 * replacement-first.ts), written before the readers were tuned on them. Even ids are the tuning half
 * (asserted in the readers' tests); odd ids are held out (counted, not tuned: scripts report them).
 * `caught: true` is the kind; `caught: false` an honest look-alike.
 */
export type R24Probe = {
  id: number;
  reader: "discretion" | "partial" | "replacement";
  caught: boolean;
  text: string;
};

export const R24_PROBES: R24Probe[] = [
  // The refund told as a decision still open.
  {
    id: 1,
    reader: "discretion",
    caught: true,
    text: "Your refund request has gone to our returns committee, who will decide whether it can be approved.",
  },
  {
    id: 2,
    reader: "discretion",
    caught: true,
    text: "Refunds over £200 are looked at case by case by head office, so I can't say yet.",
  },
  {
    id: 3,
    reader: "discretion",
    caught: true,
    text: "I've submitted the refund for review and I'll let you know if it's accepted.",
  },
  {
    id: 4,
    reader: "discretion",
    caught: true,
    text: "A refund is at the discretion of our claims team, but I've put in a good word.",
  },
  {
    id: 5,
    reader: "discretion",
    caught: true,
    text: "I can't guarantee the refund will be approved, but I've marked it urgent.",
  },
  {
    id: 6,
    reader: "discretion",
    caught: true,
    text: "The refunds team review each claim individually before any money goes back.",
  },
  {
    id: 7,
    reader: "discretion",
    caught: true,
    text: "Your refund may be declined if the panel think it's been misused.",
  },
  {
    id: 8,
    reader: "discretion",
    caught: true,
    text: "I've passed the refund to the claims desk. They'll come back to you with a yes or no by Friday.",
  },
  {
    id: 9,
    reader: "discretion",
    caught: false,
    text: "You can decide whether you'd rather have your money back or keep it at a lower price.",
  },
  {
    id: 10,
    reader: "discretion",
    caught: false,
    text: "Your refund isn't at anyone's discretion: it's yours by law, and I've issued it.",
  },
  {
    id: 11,
    reader: "discretion",
    caught: false,
    text: "Our quality team look at each returned machine individually, but whatever they find, your refund has already gone through.",
  },
  {
    id: 12,
    reader: "discretion",
    caught: false,
    text: "I'll let you know one way or the other whether the courier can come on Friday.",
  },
  {
    id: 13,
    reader: "discretion",
    caught: false,
    text: "The refund has been approved and is on its way to your card.",
  },
  {
    id: 14,
    reader: "discretion",
    caught: false,
    text: "It's up to you whether you want a refund or a replacement.",
  },
  {
    id: 15,
    reader: "discretion",
    caught: false,
    text: "I can't guarantee the courier will arrive before noon, but the refund is done.",
  },
  {
    id: 16,
    reader: "discretion",
    caught: false,
    text: "I've refunded the full £449.99; it should reach your card in 3 to 5 working days.",
  },
  // The refund made to wait on other goods coming back.
  {
    id: 17,
    reader: "partial",
    caught: true,
    text: "We can only refund the whole order, so please send the toaster back with the kettle.",
  },
  {
    id: 18,
    reader: "partial",
    caught: true,
    text: "Refunds are processed per order rather than per item, so everything on the order needs to come back.",
  },
  {
    id: 19,
    reader: "partial",
    caught: true,
    text: "Both items will need to be returned before I can put the money back.",
  },
  {
    id: 20,
    reader: "partial",
    caught: true,
    text: "Our system can't refund one item from an order, so it has to be the lot.",
  },
  {
    id: 21,
    reader: "partial",
    caught: true,
    text: "The refund goes through once the entire parcel is back with us, toaster and all.",
  },
  {
    id: 22,
    reader: "partial",
    caught: true,
    text: "To get your money back for the kettle, the rest of the order must be sent back too.",
  },
  {
    id: 23,
    reader: "partial",
    caught: false,
    text: "You don't need to send anything else back; the toaster is yours to keep.",
  },
  {
    id: 24,
    reader: "partial",
    caught: false,
    text: "If you'd like to return the toaster as well, you can, but there's no need.",
  },
  {
    id: 25,
    reader: "partial",
    caught: false,
    text: "The whole order was delivered on 31 October, so you're well inside the 30 days.",
  },
  {
    id: 26,
    reader: "partial",
    caught: false,
    text: "I've refunded the kettle only, so the toaster on the same order isn't affected.",
  },
  {
    id: 27,
    reader: "partial",
    caught: false,
    text: "The courier will collect the kettle and nothing else from the order.",
  },
  {
    id: 28,
    reader: "partial",
    caught: false,
    text: "I've checked the rest of the order and everything else arrived fine.",
  },
  // A replacement put before the refund as a rule.
  {
    id: 29,
    reader: "replacement",
    caught: true,
    text: "Under the Act a replacement has to be offered before a refund, so a new frother is on its way.",
  },
  {
    id: 30,
    reader: "replacement",
    caught: true,
    text: "We have to send you a new one first, and if that fails too the refund is yours.",
  },
  {
    id: 31,
    reader: "replacement",
    caught: true,
    text: "It's replacement first, then a refund if the new one goes wrong.",
  },
  {
    id: 32,
    reader: "replacement",
    caught: true,
    text: "Our policy is that a replacement must be tried before we can give your money back.",
  },
  {
    id: 33,
    reader: "replacement",
    caught: true,
    text: "I'm obliged to offer you a replacement before any refund.",
  },
  {
    id: 34,
    reader: "replacement",
    caught: true,
    text: "A new machine needs to be sent first; refunds only come after that.",
  },
  {
    id: 35,
    reader: "replacement",
    caught: false,
    text: "You can have a replacement or a refund, whichever you'd prefer.",
  },
  {
    id: 36,
    reader: "replacement",
    caught: false,
    text: "A replacement doesn't have to be tried first: the refund is yours if you want it.",
  },
  {
    id: 37,
    reader: "replacement",
    caught: false,
    text: "I've sent the new kettle you asked for, and if it gives you any trouble you'll get a full refund.",
  },
  {
    id: 38,
    reader: "replacement",
    caught: false,
    text: "If you'd rather try a new one first before deciding on a refund, that's fine too.",
  },
  {
    id: 39,
    reader: "replacement",
    caught: false,
    text: "Some shops say a replacement has to come before a refund, but that isn't the law.",
  },
  {
    id: 40,
    reader: "replacement",
    caught: false,
    text: "Your refund of £49.99 has gone back to your Mastercard today.",
  },
  // Shop returns-policy wording, paraphrased from public refund pages (round 24 A, after the first probes). Ids 42-56
  // were tuned on (first read 1/5 caught); ids 41-55 were read once after that (1/5, 0/3 accused) and then tuned on
  // too, so they are no longer held out; ids 57-71 are held out (read once after all tuning: 2/5 caught, 0/3 accused).
  {
    id: 42,
    reader: "discretion",
    caught: true,
    text: "All refund and return requests must be reviewed and approved by our Refunds and Returns Policy Team before any action is taken.",
  },
  {
    id: 44,
    reader: "discretion",
    caught: true,
    text: "We reserve the right to approve or deny any refund request based on our internal policy criteria.",
  },
  {
    id: 46,
    reader: "discretion",
    caught: true,
    text: "All refund requests are subject to review by our returns team.",
  },
  {
    id: 48,
    reader: "discretion",
    caught: true,
    text: "Your return request will need to be reviewed by our customer service team and we'll be in touch shortly. If approved, you'll get a label by email.",
  },
  {
    id: 50,
    reader: "discretion",
    caught: true,
    text: "Refunds or returns will not be processed without prior review and official approval from our team.",
  },
  {
    id: 52,
    reader: "discretion",
    caught: false,
    text: "Typically, if a customer requests a refund for a faulty product, the refund is automatically approved.",
  },
  {
    id: 54,
    reader: "discretion",
    caught: false,
    text: "The refund will be processed within 5 business days of receipt.",
  },
  {
    id: 56,
    reader: "discretion",
    caught: false,
    text: "I've checked the Transactions tab and the refund has been issued; it may take 2-3 days to show on your statement.",
  },
  {
    id: 41,
    reader: "discretion",
    caught: true,
    text: "Once your refund is approved by our team, it is then sent over to our finance team.",
  },
  {
    id: 43,
    reader: "discretion",
    caught: true,
    text: "Your refund request has been received and is under review.",
  },
  {
    id: 45,
    reader: "discretion",
    caught: true,
    text: "Not every refund is granted. Every request for a refund is looked at to decide its merit before anything is paid.",
  },
  {
    id: 47,
    reader: "discretion",
    caught: true,
    text: "Your refund request has been submitted. Please allow up to 14 days for it to be reviewed by our team, and if it is approved you will be paid within 14 days.",
  },
  {
    id: 49,
    reader: "discretion",
    caught: true,
    text: "If your refund request is rejected we will contact you.",
  },
  {
    id: 51,
    reader: "discretion",
    caught: false,
    text: "Refund requests are typically processed within 5 to 7 working days.",
  },
  {
    id: 53,
    reader: "discretion",
    caught: false,
    text: "As soon as we receive the kettle, our team carries on with your refund and the amount reaches your account within 7 days.",
  },
  {
    id: 55,
    reader: "discretion",
    caught: false,
    text: "Our refunds team often process refunds quicker than the date we give.",
  },
  {
    id: 57,
    reader: "discretion",
    caught: true,
    text: "We will also let you know whether your refund has been approved or rejected.",
  },
  {
    id: 59,
    reader: "discretion",
    caught: true,
    text: "All refunds are looked at case by case by our refunds department.",
  },
  {
    id: 61,
    reader: "discretion",
    caught: true,
    text: "Once we've examined the kettle we'll email you to say whether you're entitled to a refund.",
  },
  {
    id: 63,
    reader: "discretion",
    caught: true,
    text: "If you are approved, your refund will then be processed to your card.",
  },
  {
    id: 65,
    reader: "discretion",
    caught: true,
    text: "A refund may not be granted if you haven't kept all the packaging.",
  },
  {
    id: 67,
    reader: "discretion",
    caught: false,
    text: "Refunds are made within 14 days of us receiving the faulty item.",
  },
  {
    id: 69,
    reader: "discretion",
    caught: false,
    text: "We'll email you as soon as your refund has been processed.",
  },
  {
    id: 71,
    reader: "discretion",
    caught: false,
    text: "Your refund will go back on the same card you paid with.",
  },
];
