/**
 * Authored training replies for the analyser's model (issue 8 item 7, sixth pass): TRAINING DATA ONLY.
 *
 * The dev set has few real examples of the guide's Blame and Solve (67 and 95 replies in `tune`), and the
 * learning curve (README, "Sixth pass") shows both still gaining from more. Real, citable replies of that
 * kind are scarce, so these were written by the analyser helper from the labelling guide in ../README.md:
 * fixes described in everyday words (the trainer's kettles, grinders and subscriptions as well as
 * troubleshooting), and near-misses that are neither Solve nor Blame (empathy, restating, instructions,
 * redirects, policy, refusals, "you did everything right"). They were written without looking at the dev
 * set's holdout, and not as paraphrases of `tune` replies; whether they help is judged by cross-validation
 * on `tune` (they are always in training and never scored), then reported on holdout. 66 authored BLAME
 * replies were tried too and left out: cross-validated blame fell (0.648 -> 0.629), real blame being
 * worded too differently from anything written to order.
 *
 * They are not evidence about the analyser and are not in the rules' test set (hand-labelled.ts).
 * Labels list every model label that applies (listen, apologise, solve, thank, non_apology, blame,
 * dismissive) plus `question`; other labels are left out.
 */
import type { MessageLabel } from "../analyse-message";

export interface AuthoredReply {
  text: string;
  labels: MessageLabel[];
}

const solve = (text: string, ...more: MessageLabel[]): AuthoredReply => ({
  text,
  labels: ["solve", ...more],
});
const none = (text: string, ...labels: MessageLabel[]): AuthoredReply => ({ text, labels });

export const AUTHORED_TRAINING: readonly AuthoredReply[] = [
  // ------------------------------------------------------------ solve: fixes in everyday words
  solve("I've put the full £39.99 back on your card this morning."),
  solve("Your money is on its way back to the account you paid from."),
  solve("I've cancelled the second payment, so you won't be charged twice."),
  solve("I've reversed the delivery charge on your last order."),
  solve("I've taken the late fee off your bill."),
  solve("I've switched your subscription to fortnightly like you asked."),
  solve("I've paused your plan, so nothing will go out next month."),
  solve("I've moved your delivery to Saturday morning."),
  solve("I've re-sent the missing grinder burr by tracked post."),
  solve("A new jug is being packed for you now."),
  solve("We'll swap it for a working one as soon as the old one is back."),
  solve("We'll collect the broken one from your door on Thursday."),
  solve("I'll book an engineer visit to look at the boiler."),
  solve("I've booked a courier to pick it up, so there's nothing to post."),
  solve("Print the label I've attached, and the return is free."),
  solve("Our technician will replace the heating element at no charge."),
  solve("We'll send someone round to re-fit the door hinge."),
  solve("You'll get a brand-new toaster, and you can keep the old one."),
  solve("I've unlocked your account, so you can sign in again now."),
  solve("I've reset your password and sent a link to your email."),
  solve("I've merged your two accounts so your points are in one place."),
  solve("I've corrected the address on the order before it ships."),
  solve("I've updated the spelling of your name on the booking."),
  solve("Hold the power button for ten seconds, then let go and it will restart."),
  solve("Switch it off at the wall, wait a minute, then switch it back on."),
  solve("Take the filter out, rinse it under the tap and pop it back in."),
  solve("Run a cycle with the descaler sachet, then two cycles of plain water."),
  solve("Turn the grind dial two clicks coarser and it should stop clogging."),
  solve("Sign out of the app, delete it, then reinstall it from the store."),
  solve("Clear your browser history and cookies, then load the page again."),
  solve("Unpair the speaker in Bluetooth settings and pair it again."),
  solve("Update the app to the latest version and the error goes away."),
  solve("Turn off the VPN and the checkout will go through."),
  solve("Plug the router straight into the master socket instead of the extension."),
  solve("Let's reseat the memory card: push it in until it clicks."),
  solve("Try a different USB cable; the one in the box is charge-only."),
  solve("I've credited £15 to your account for the missed delivery.", "apologise"),
  solve("I'm so sorry it arrived broken; I've ordered you a replacement today.", "apologise"),
  solve("Thanks for letting us know. I've refunded the missing item.", "thank"),
  solve("Sorry about that! I've changed it to oat milk for you.", "apologise"),
  solve("Would you prefer the money back or a replacement?", "question"),
  solve("Shall I send a new one out today?", "question"),
  solve("Have you tried turning the machine off and on again?", "listen", "question"),
  solve("Have you tried a fresh pair of batteries?", "listen", "question"),
  // ------------------------------------------------------------ near-misses: neither blame nor solve
  none("You must have been so disappointed when it wouldn't switch on."),
  none("You did everything right; the fault is ours."),
  none("You weren't to know the part was faulty."),
  none("None of this is your fault, and I'm sorry it happened.", "apologise"),
  none("You ordered the 1.7-litre kettle and it arrived without a lid, is that right?", "listen", "question"),
  none("I can see you ordered two bags and only one came.", "listen"),
  none("You mentioned the light comes on but it doesn't heat.", "listen"),
  none("So the grinder stops after a few seconds?", "listen", "question"),
  none("Could you send a photo of the base so I can see what's happened?", "listen", "question"),
  none("When did you first notice the leak?", "listen", "question"),
  none("Did it arrive like that, or did it break later?", "listen", "question"),
  none("Please keep the box in case we need to collect it."),
  none("Make sure you keep your receipt for the guarantee."),
  none("You can drop it off at any of our shops."),
  none("You should have received a confirmation email by now."),
  none("You should get the tracking number tomorrow."),
  none("The instructions are also on our website if you've lost the leaflet."),
  none("Our returns policy is on the website."),
  none("You can find the troubleshooting guide here: [link]"),
  none("For refunds, please contact our payments team on [phone]."),
  none("Please fill in the form on our website and someone will look at it."),
  none("We can't refund the delivery fee on change-of-mind returns."),
  none("A replacement isn't possible for this model any more."),
  none("Refunds normally take three to five working days to show."),
  none("Our engineers are looking into the problem."),
  none("I'll pass this on to the team."),
  none("I'm sorry to hear the kettle has stopped working.", "apologise"),
  none("Thank you for your patience while we look into it.", "thank"),
  none("The courier damaged the parcel in transit, and that's on us to put right."),
  none("Our warehouse sent the wrong size, which is our mistake."),
  none("The driver dropped it, not you."),
  none("Customer says it stopped working after a week."),
  none("Customer dropped the old one off at the shop for recycling."),
  none("You dropped us a line last week about the grinder."),
  none("You signed up for the newsletter in March."),
  none("I've read your email about the missing lid.", "listen"),
  none("Is there anything else I can help with today?", "question"),
  none("Enjoy your new coffee machine!"),
];
