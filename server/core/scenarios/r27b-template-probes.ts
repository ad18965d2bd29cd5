/**
 * Probes for round 27 B's set reading of templates (templates.ts `shuffledCopies`), written and committed
 * before they were run. Each probe is the messages one learner sent to different customers;
 * `caught: true` when they are one stock letter reshuffled (sentences reordered, a word or two swapped,
 * names and one product noun changed), false when each is honestly written for its customer, however
 * many standard sentences (greeting, offer line, sign-off, opt-out) they share. Even ids may be read while
 * tuning; odd ids are held out and only counted (playthroughs README, round 27 B): a miss among them is a
 * figure to report, not a test to make pass. `names` are the customers' names removed before comparing.
 */
export type R27bTemplateProbe = { id: number; caught: boolean; names: string[]; texts: string[] };

export const R27B_TEMPLATE_PROBES: R27bTemplateProbe[] = [
  {
    id: 1,
    caught: true,
    names: ["Sam", "Jo", "Ana"],
    texts: [
      "Hi Sam. We've noticed you haven't ordered in a while. Your favourite filter papers are waiting for you. Here's double points on your next order this month. Thanks for being a loyal customer. Just reply to stop these emails.",
      "Hi Jo. Thanks so much for being a loyal customer. Here's double points on your next order this month. We've noticed you haven't ordered for a while. Your favourite House Blend is waiting for you. Reply STOP to opt out.",
      "Hi Ana. Your favourite decaf is waiting for you! We've noticed you haven't ordered in some time. Thanks for being a loyal customer, and here's double points on your next order this month. Unsubscribe with the link below.",
    ],
  },
  {
    id: 2,
    caught: true,
    names: ["Aisha", "Gareth", "Mei", "Daniel"],
    texts: [
      "Dear Aisha, thank you for your feedback on your recent order. We're sorry your delivery didn't arrive on time. We are reviewing our courier arrangements. We value your custom and hope to serve you again.",
      "Dear Gareth, we're so sorry your grinder delivery didn't arrive on time. Thank you for your feedback on your recent order. We value your custom and hope to serve you again soon. We are reviewing our courier arrangements.",
      "Dear Mei, we are reviewing all our courier arrangements. We value your custom and hope to serve you again. Thank you for your feedback on your recent kettle order. We're sorry your delivery didn't arrive on time.",
      "Dear Daniel, we value your custom and hope to serve you again. We're sorry your beans delivery didn't arrive on time. We are currently reviewing our courier arrangements. Thank you for your feedback on your recent order.",
    ],
  },
  {
    id: 3,
    caught: true,
    names: ["Whitfield", "Carter", "Adams"],
    texts: [
      "Dear Mrs Whitfield, it is some time since we last received an order from you. We would be delighted to welcome you back to Hearth & Bean. Please accept free delivery for three months on your decaf. If you would prefer not to receive letters, simply let us know.",
      "Dear Mrs Carter, we would be very delighted to welcome you back to Hearth & Bean. Please accept free delivery for three months on your Espresso Roast. It is some time since we last received an order from you. If you would prefer not to hear from us, simply let us know.",
      "Dear Ms Adams, please accept free delivery for three months on your toaster bread. It is quite some time since we last received an order from you. We would be delighted to welcome you back to Hearth & Bean. To stop these letters, simply let us know.",
    ],
  },
  {
    id: 4,
    caught: true,
    names: ["Helen", "David", "Fatima", "Chloe", "Grace"],
    texts: [
      "Hi Helen, long time no see! Your Crema One deserves fresh beans. Grab 15% off with BACK15 before Friday. Reply STOP to opt out.",
      "Hi David, your mugs deserve fresh coffee. Long time no see! Grab 15% off with BACK15 before Friday. Reply STOP to opt out.",
      "Hi Fatima! Grab 15% off with BACK15 before Friday. Long time no see. Your Crema Duo deserves fresh beans. Reply STOP to opt out.",
      "Hi Chloe, grab 15% off with BACK15 before Friday. Your toaster deserves fresh bread! Long time no see. Unsubscribe below.",
      "Hi Grace, long time no see. Grab 15% off with BACK15 before Friday! Your decaf deserves fresh beans. Reply STOP to opt out.",
    ],
  },
  {
    id: 5,
    caught: true,
    names: ["Priya", "Hassan", "Tom"],
    texts: [
      "Hello Priya, hope you're keeping well. We haven't seen an order from you recently, and we'd love to change that. As one of our valued regulars, you'll get 10% off your next Espresso Roast. Thank you for choosing Hearth & Bean. Just reply if you'd rather not hear from us.",
      "Hello Hassan, we haven't seen an order from you lately, and we'd really love to change that. Thank you for choosing Hearth & Bean. As one of our most valued regulars, you'll get 10% off your next House Blend. Reply STOP to opt out.",
      "Hello Tom, as one of our valued regulars, you'll get 10% off your next pour-over papers. Thank you for always choosing Hearth & Bean. We haven't seen an order from you recently, and we'd love to change that. Just reply if you'd rather not hear from us.",
    ],
  },
  {
    id: 6,
    caught: false,
    names: ["Sam", "Jo", "Ana"],
    texts: [
      "Hi Sam, thanks for being with us. You used to order filter papers every six weeks, and it's been three months now, so I wondered whether the pour-over is still in use. Here's 10% off your next order with code LOYAL10 this month. Warm regards, Kit at Hearth & Bean. Just reply to stop these emails.",
      "Hi Jo, thanks for being with us. Your House Blend subscription went on pause in August, just after the price change, and I'd like to know if that's why. Here's 10% off your next order with code LOYAL10 this month. Warm regards, Kit at Hearth & Bean. Reply STOP to opt out.",
      "Hi Ana, thanks for being with us. You told us in the spring that decaf after 6pm is your one treat, so I'm sorry we ran out in October. Here's 10% off your next order with code LOYAL10 this month. Warm regards, Kit at Hearth & Bean. Unsubscribe with the link below.",
    ],
  },
  {
    id: 7,
    caught: false,
    names: ["Aisha", "Gareth", "Mei", "Daniel"],
    texts: [
      "Dear Aisha, I'm sorry your subscription beans were five days late, the third late parcel since the summer, and after three years with us. Thank you for telling us. We are reviewing our courier arrangements with SwiftParcel. Kind regards, Sam.",
      "Dear Gareth, I'm sorry your Burr Pro came four days late and was left with a neighbour you'd never met; that was your first order with us. Thank you for telling us. We are reviewing our courier arrangements with SwiftParcel. Kind regards, Sam.",
      "Dear Mei, I'm sorry the kettle you bought as a birthday present arrived the day after the birthday. Thank you for telling us. We are reviewing our courier arrangements with SwiftParcel. Kind regards, Sam.",
      "Dear Daniel, I'm sorry the tracking said your Espresso beans were delivered three days before they came. Thank you for telling us. We are reviewing our courier arrangements with SwiftParcel. Kind regards, Sam.",
    ],
  },
  {
    id: 8,
    caught: false,
    names: ["Helen", "Priya", "Ravi"],
    texts: [
      "Hi Helen, I hope the Crema One is still making you good coffee. You bought it with the Burr Pro two years ago and ordered Espresso Roast every couple of months until the spring. Here's 15% off your next bag. Reply STOP to opt out.",
      "Hi Priya, I hope the Crema One is still making you good coffee. Since you moved to three office days you've been finding a kilo goes stale, so a 500g bag every six weeks might suit you better. Reply STOP to opt out.",
      "Hi Ravi, I hope the Crema One is still making you good coffee, now that the replacement steam wand is fitted. I'm sorry the first one failed within a month. Here's 15% off your next bag. Reply STOP to opt out.",
    ],
  },
  {
    id: 9,
    caught: false,
    names: ["Helen", "David", "Fatima", "Chloe", "Grace"],
    texts: [
      "Hi Helen, Rob at Hearth & Bean. Still enjoying the Espresso Roast in the Crema One? 15% off with BACK15 till Friday. Reply STOP to opt out.",
      "Hi David, Rob at Hearth & Bean. I know the last three parcels came late, and I'd like to hear what happened. Reply STOP to opt out.",
      "Hi Fatima, Rob at Hearth & Bean. Your Crema Duo must be nearly out of beans by now. 15% off with BACK15 till Friday. Reply STOP to opt out.",
      "Hi Chloe, Rob at Hearth & Bean. Glad we could swap your Halo toaster in the spring. 15% off with BACK15 till Friday. Unsubscribe below.",
      "Hi Grace, Rob at Hearth & Bean. We've missed your phone orders for the decaf; delivery is free for three months. Just say if you'd rather we didn't write.",
    ],
  },
  {
    id: 10,
    caught: false,
    names: ["Lucy", "Sam", "Greg"],
    texts: [
      "Dear Lucy, thank you for your order. We hope you enjoy your new grinder. Your order was packed on Tuesday and will reach you by Thursday with Royal Mail Tracked 48. If anything is wrong with it, reply to this email and we will sort it out.",
      "Dear Sam, thank you for your order. You asked whether the decaf is Swiss Water processed: it is, and the bag says so on the back. It was packed on Tuesday and will reach you by Thursday with Royal Mail Tracked 48.",
      "Dear Greg, thank you for your order. I've added the spare filter you asked about, at no charge, since the first one split. It was packed on Tuesday and will reach you by Thursday with Royal Mail Tracked 48.",
    ],
  },
];
