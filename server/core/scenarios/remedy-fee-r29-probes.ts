/**
 * Round 29 probes for remedy-fee.ts, written after the reader's first draft and read once, not tuned on
 * (rules helper, session 44). `charged`: the customer told she pays for the work of the remedy; the rest are
 * honest look-alikes. Figures in scenarios/playthroughs/README.md (round 29).
 */
export const REMEDY_FEE_R29_PROBES: { text: string; charged: boolean }[] = [
  {
    text: "Our repair partner does charge a £30 bench fee, but that comes back to you if they find a fault.",
    charged: true,
  },
  { text: "Just so you know, an inspection will set you back £18, payable up front.", charged: true },
  { text: "We'll need £7.50 towards the courier before it can be picked up.", charged: true },
  { text: "The fault-finding costs £20 and then the repair itself is free.", charged: true },
  { text: "There is a testing charge of £12 for returned appliances.", charged: true },
  { text: "Any collection is £6.99 per item, added to your card.", charged: true },
  { text: "The return label costs £3.50, deducted from what we send back.", charged: true },
  { text: "Our engineers charge a flat £25 for a home visit.", charged: true },
  { text: "We'll pay for the courier and there's nothing to pay for the repair.", charged: false },
  { text: "The collection and the repair are both on us.", charged: false },
  { text: "We don't charge for testing returned goods.", charged: false },
  { text: "Your £449.99 refund has no fees taken off it.", charged: false },
  { text: "If you'd rather post it yourself, we'll refund the postage you paid.", charged: false },
  { text: "You'll see the £11.50 charge reversed on your statement in 3 to 5 days.", charged: false },
];
