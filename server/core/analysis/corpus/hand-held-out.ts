/**
 * Held-out labelled sentences, to estimate how the rules do on phrasing they were not written
 * against. Each round was written after the rules and labelled before the analyser was run on it.
 *
 * - Round 1 (HELD_OUT_SENTENCES): first measured at 53/68 exact; its misses then showed vocabulary
 *   gaps (e.g. "swap", "take it easy", "that one's on me") which were fixed, so it is no longer a
 *   clean estimate.
 * - Round 2 (HELD_OUT_ROUND_2): written after that tuning and NOT tuned on. Its score is the honest
 *   estimate; do not tune rules against it (write a round 3 instead).
 *
 * The test prints their scores but enforces no thresholds on them (see README.md, "Accuracy").
 */
import { GRINDER, KETTLE, LAPSED, SUBSCRIBER, TOASTER, type LabelledSentence } from "./hand-labelled";

/** Round 1 (tuned on after the first measurement). */
export const HELD_OUT_SENTENCES: LabelledSentence[] = [
  {
    text: "Hello Priya, I've gone through your complaint and I'm really sorry for the hassle.",
    context: KETTLE,
    expect: ["listen", "apologise", "personalised"],
  },
  { text: "We're terribly sorry about the leaking lid.", expect: ["apologise"] },
  { text: "Sincere apologies, Mr Evans.", context: GRINDER, expect: ["apologise", "personalised"] },
  { text: "Sorry you've had such a rotten experience with us.", expect: ["apologise"] },
  { text: "I am sorry that you are disappointed with the roast.", expect: ["non_apology"] },
  { text: "We regret any inconvenience caused.", expect: ["non_apology"] },
  { text: "I'm sorry, however our returns window has closed.", expect: ["non_apology"] },
  { text: "Apologies if this wasn't clear.", expect: ["non_apology"] },
  { text: "We will send you a prepaid label so you can return the toaster.", expect: ["solve"] },
  { text: "I'm pleased to confirm your refund of £24.99 has been approved.", expect: ["solve"] },
  { text: "A replacement is not something we can offer for this item.", expect: [] },
  { text: "We're happy to swap it for a different colour.", expect: ["solve"] },
  { text: "Your new toaster is already on its way.", expect: ["solve"] },
  { text: "I'm unable to authorise a refund without proof of purchase.", expect: [] },
  { text: "Refunds cannot be issued after 30 days.", expect: [] },
  { text: "Many thanks for your patience, Gareth.", context: GRINDER, expect: ["thank", "personalised"] },
  { text: "Thank you for bringing this to our attention.", expect: ["thank"] },
  { text: "We really appreciate your loyalty over the years.", expect: ["thank"] },
  { text: "Thanks a lot for shouting at my colleague.", expect: [] },
  { text: "Clearly you've been using the wrong setting.", expect: ["blame"] },
  { text: "The grinder wouldn't have jammed if you had cleaned it.", expect: ["blame"] },
  { text: "To be honest, this kind of damage only happens when people are careless.", expect: ["blame"] },
  { text: "It's not your fault, and we'll put it right.", expect: ["ownership"] },
  { text: "Please try to stay calm so I can help.", expect: ["calm_down"] },
  { text: "Honestly, you're making a fuss over nothing.", expect: ["calm_down"] },
  { text: "I'm going to have to ask you to lower your voice.", expect: ["calm_down"] },
  {
    text: "Take it easy, it's just a delay.",
    expect: ["calm_down", "dismissive"],
    note: "minimising; relabelled when the dismissive label was added (issue 8)",
  },
  { text: "Your case has gone to tier 2 for an NFF check.", expect: ["jargon"] },
  { text: "The SLA for returns is 5 working days.", expect: ["jargon", "timeframe"] },
  {
    text: "I've passed your details to our returns team, who will call you tomorrow.",
    expect: ["timeframe"],
  },
  { text: "That sounds incredibly stressful, especially with guests coming.", expect: ["empathy"] },
  { text: "I'd be annoyed too if my kettle packed up after a week.", expect: ["empathy"] },
  { text: "I completely get why you're fed up.", expect: ["empathy"] },
  { text: "I'll take care of this personally and ring you on Thursday.", expect: ["ownership", "timeframe"] },
  { text: "I'm going to follow this up with the courier myself.", expect: ["ownership"] },
  { text: "That one's on me - I sent the wrong size.", expect: ["ownership"] },
  { text: "Here's a £15 gift card to say sorry.", expect: ["apologise", "offer"] },
  { text: "Rejoin this week and your first bag is half price.", expect: ["offer", "timeframe"] },
  { text: "We can't give you a discount, but we can add free delivery.", expect: ["offer"] },
  { text: "Loyalty members get 10% off every order.", expect: ["offer"] },
  { text: "Your replacement will be dispatched within 24 hours.", expect: ["solve", "timeframe"] },
  { text: "We'll collect the old kettle on Wednesday morning.", expect: ["solve", "timeframe"] },
  { text: "I'll ring you back first thing tomorrow.", expect: ["timeframe"] },
  { text: "Expect an email from us later this week.", expect: ["timeframe"] },
  { text: "It broke last Friday, didn't it?", expect: ["listen", "question"] },
  {
    text: "What exactly went wrong with the frother?",
    context: LAPSED,
    expect: ["listen", "order_reference", "question"],
  },
  { text: "Could you pop the serial number in a reply?", expect: ["listen", "question"] },
  { text: "Have you still got the original packaging?", expect: ["listen", "question"] },
  { text: "When would suit you for a collection?", expect: ["listen", "solve", "question"] },
  { text: "Shall we just forget about it?", expect: ["question"] },
  { text: "Do you want to speak to a manager?", expect: ["question"] },
  { text: "Hi Sam, thanks for your patience.", context: GRINDER, expect: ["thank", "wrong_name"] },
  {
    text: "Dear Mr Evens, we're sorry about the grinder.",
    context: GRINDER,
    expect: ["apologise", "wrong_name", "order_reference"],
    note: "misspelt surname",
  },
  {
    text: "Hello Margaret, your order ORD-10877 is on its way back to our workshop.",
    context: TOASTER,
    expect: ["personalised", "order_reference"],
  },
  {
    text: "Your toaster will be repaired and returned within 10 working days.",
    context: TOASTER,
    expect: ["solve", "order_reference", "timeframe"],
  },
  { text: "Aisha from our returns team will be in touch.", context: GRINDER, expect: [] },
  {
    text: "Thanks again, Kwame, and enjoy your Sumatra!",
    context: SUBSCRIBER,
    expect: ["thank", "personalised", "order_reference"],
  },
  { text: "Welcome back, Chloe – we've missed you.", context: LAPSED, expect: ["personalised"] },
  { text: "Hi Zoe! We'd love to have you back.", context: LAPSED, expect: ["wrong_name"] },
  { text: "Per SOP we can't action this until QC sign it off.", expect: ["jargon"] },
  {
    text: "I'm afraid there's nothing more I can do.",
    expect: ["dismissive"],
    note: "brush-off; relabelled when the dismissive label was added (issue 8)",
  },
  { text: "I hear how disappointing this has been.", expect: ["empathy"] },
  { text: "I’m so sorry – that’s not the experience we want you to have.", expect: ["apologise"] },
  { text: "You’ll receive your money back in 5–7 working days.", expect: ["solve", "timeframe"] },
  { text: "No problem at all, I’ll send a new one today.", expect: ["solve", "timeframe"] },
  { text: "I won't be able to replace it, but I can arrange a repair.", expect: ["solve"] },
  { text: "We do not offer refunds on personalised items.", expect: [] },
  {
    text: "Thank you for choosing to stay with us - as a thank you, here's double points this month.",
    expect: ["thank", "offer", "timeframe"],
  },
];

/** Round 2: never tuned on. */
export const HELD_OUT_ROUND_2: LabelledSentence[] = [
  {
    text: "Hi Gareth, I'm so sorry the grinder arrived in pieces.",
    context: GRINDER,
    expect: ["apologise", "personalised", "order_reference"],
  },
  { text: "From what you've described, the motor is overheating.", expect: ["listen"] },
  { text: "Can you describe the noise it makes?", expect: ["listen", "question"] },
  { text: "Roughly how long had you been using it before it failed?", expect: ["listen", "question"] },
  { text: "We'd be grateful if you could send a photo.", expect: ["listen"] },
  { text: "Please accept my apologies for the mix-up.", expect: ["apologise"] },
  { text: "I'm sorry you see it that way.", expect: ["non_apology"] },
  { text: "We apologise for any upset, but our decision is final.", expect: ["non_apology"] },
  { text: "I'm sorry you were let down by the courier.", expect: ["apologise"] },
  { text: "I'll pop a replacement in the post this afternoon.", expect: ["solve", "timeframe"] },
  { text: "You're entitled to reject the kettle and get a full refund.", expect: ["solve"] },
  { text: "We can't take it back as it's been used.", expect: [] },
  { text: "Unfortunately a refund won't be possible this time.", expect: [] },
  { text: "I've arranged for the courier to pick it up on Monday.", expect: ["solve", "timeframe"] },
  { text: "Cheers for your help earlier.", expect: ["thank"] },
  { text: "Thanks so much for sticking with us.", expect: ["thank"] },
  { text: "Thank you for your patience, Mrs O'Neill.", context: TOASTER, expect: ["thank", "personalised"] },
  { text: "You obviously haven't read the care guide.", expect: ["blame"] },
  { text: "The warranty doesn't cover accidental drops.", expect: [] },
  { text: "If you'd registered the product, we could have helped sooner.", expect: ["blame"] },
  { text: "Please stop shouting so I can help you.", expect: ["calm_down"] },
  { text: "There's really no need to get so worked up.", expect: ["calm_down"] },
  { text: "Your query is with our 2nd line team.", expect: ["jargon"] },
  { text: "The item's SKU and batch number are on the base.", expect: ["jargon"] },
  { text: "I know how stressful a broken kettle can be first thing.", expect: ["empathy"] },
  { text: "That sounds like a real pain.", expect: ["empathy"] },
  { text: "No wonder you're annoyed.", expect: ["empathy"] },
  { text: "I'll see this through to the end.", expect: ["ownership"] },
  {
    text: "I'm personally going to check on your order every day until it arrives.",
    expect: ["ownership", "timeframe"],
  },
  { text: "Enjoy 30% off when you come back to us.", expect: ["offer"] },
  { text: "We'll throw in a free bag of beans with your next order.", expect: ["offer"] },
  { text: "You'll have a decision from us by 12 May.", expect: ["timeframe"] },
  { text: "Someone will call you in a few days.", expect: [] },
  { text: "Your beans usually arrive two days after dispatch.", expect: ["timeframe"] },
  {
    text: "Dear Janet, I'm sorry about the kettle.",
    context: KETTLE,
    expect: ["apologise", "wrong_name", "order_reference"],
  },
  {
    text: "Priya - I've issued your refund this morning.",
    context: KETTLE,
    expect: ["solve", "personalised"],
  },
  { text: "Our technician, Marcus, will be in touch.", context: KETTLE, expect: [] },
  {
    text: "Good afternoon Mr Mensah, your first delivery is booked for Friday.",
    context: SUBSCRIBER,
    expect: ["personalised", "timeframe"],
  },
  {
    text: "Hi Chloe, could you tell us why you cancelled?",
    context: LAPSED,
    expect: ["listen", "personalised", "question"],
  },
  {
    text: "We've noticed you haven't used your Ember frother voucher yet.",
    context: LAPSED,
    expect: ["order_reference", "offer"],
  },
  { text: "Hello, is that Mrs O'Neill?", context: TOASTER, expect: ["personalised", "question"] },
  {
    text: "Please could you confirm your postcode so I can find your order?",
    expect: ["listen", "question"],
  },
  {
    text:
      "Dear Mr Evans, thank you for your patience. I understand the grinder arrived with a cracked hopper, and I'm " +
      "very sorry. I've booked a courier to collect it tomorrow and a replacement will be sent as soon as it's back with us.",
    context: GRINDER,
    expect: ["listen", "apologise", "solve", "thank", "personalised", "order_reference", "timeframe"],
  },
  {
    text: "Hiya Kwame! Loads of subscribers ask this - yes, you can pause whenever you like. Anything else, just give me a shout.",
    context: SUBSCRIBER,
    expect: ["personalised"],
  },
];
