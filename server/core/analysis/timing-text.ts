/**
 * The 2 000-character reply the analyser is timed on (the unit test and `npm run bench`), so both
 * measure the same thing: a realistic complaint reply with every kind of label in it.
 */
import type { AnalysisContext } from "./analyse-message";

const REPLY =
  "Hi Priya, thank you for getting in touch about your Aurora kettle, order ORD-10234. I'm so sorry it stopped " +
  "working after only a week; that must be really frustrating. I can see from your account that it was delivered " +
  "on 3 March, so you can reject it for a full refund. Could you tell me whether the power light comes on at all? " +
  "Either way, I'll arrange for a courier to collect the faulty kettle, and I can send a replacement out today or " +
  "refund you in full, whichever you prefer. Your refund would be back on your card within 3 to 5 working days. " +
  "I'll personally keep you updated. Thanks again for your patience. Kind regards, Tom\n";

export const TIMING_TEXT = REPLY.repeat(4).slice(0, 2000);

export const TIMING_CONTEXT: AnalysisContext = {
  customerFirstName: "Priya",
  customerLastName: "Shah",
  otherNames: ["Tom", "Janet", "Marcus"],
  orderRefs: ["ORD-10234"],
  productNames: ["Aurora 1.7L Glass Kettle"],
};
