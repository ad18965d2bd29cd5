/**
 * A recommendation that pays a whole group of customers instead of fixing the cause, in words a list of
 * discount words does not hold: "Give every customer whose parcel goes with SwiftParcel a £5 credit
 * towards their next order, and keep monitoring the scores" (red-team round 27 B,
 * service-review-r27-fiver-for-swiftparcel-routes). The service review's `action-specific` asks for "a
 * specific, proportionate change aimed at the cause … and no blanket discount": money, credit, points or
 * free goods for everyone on a courier, a route or a plan costs margin on the customers who were happy and
 * stops no late parcel; goodwill belongs to the customers who were let down (the criterion's not-met text).
 *
 * Read a sentence at a time: a payment (a sum or a share off, credit, a voucher, a refund of a charge,
 * points, something free) and a group named by who they are rather than by what went wrong (every, all,
 * each or any customer, subscriber, order or parcel; everyone; anyone). Not read: goodwill for the
 * customers who were let down ("a £5 credit for each customer whose parcel arrived late", "the five
 * detractors", "everyone affected"); a payment ruled out ("no credit for everyone: fix the courier");
 * a sentence with no payment or no group.
 */

export type BlanketPayment = { start: number; end: number; text: string };

const PAYMENT = new RegExp(
  [
    String.raw`£\s?\d+(?:\.\d\d)?`,
    String.raw`\b\d+\s?(?:%|per\s*cent|percent)`,
    String.raw`\ba\s+(?:fiver|tenner)\b`,
    String.raw`\b(?:credits?|vouchers?|coupons?|discounts?|money\s+off|cash\s*back|goodwill\s+(?:payments?|gestures?|credits?)|(?:double|bonus|extra)\s+(?:loyalty\s+)?points|free\s+(?:delivery|postage|shipping|bags?|gifts?|months?|coffee|beans))\b`,
    String.raw`\brefund(?:s|ed|ing)?\s+(?:of\s+)?(?:the\s+|their\s+)?(?:delivery|postage|shipping)\s+(?:charges?|fees?|costs?)`,
  ].join("|"),
  "i",
);
const GROUP =
  /\b(?:every|all|each|any)\b[^.!?;\n]{0,30}?\b(?:customers?|subscribers?|orders?|parcels?|accounts?|members?|buyers?)\b|\b(?:everyone|everybody|anyone|anybody)\b/i;
/** The group is the customers who were let down: goodwill aimed at them is not a blanket payment. */
const LET_DOWN =
  /\b(?:late|delayed|let\s+down|affected|detractors?|complain(?:ed|ts?)?|unhappy|missed|lost|damaged|went\s+wrong|had\s+(?:a|the)\s+problem|low\s+scores?|scored\s+us)\b/i;
const RULED_OUT =
  /\b(?:no|not|never|rather\s+than|instead\s+of|without|don['\u2019]t|do\s+not|wouldn['\u2019]t|would\s+not|shouldn['\u2019]t|should\s+not|avoid)\b/i;

/** Each sentence of a recommendation that pays a whole group of customers, with its words. */
export function blanketPayments(text: string): BlanketPayment[] {
  const out: BlanketPayment[] = [];
  for (const m of text.matchAll(/[^.!?\n;]+[.!?;]?/g)) {
    const s = m[0];
    const pay = PAYMENT.exec(s);
    if (!pay) continue;
    const group = GROUP.exec(s);
    if (!group || LET_DOWN.test(s) || RULED_OUT.test(s.slice(0, pay.index))) continue;
    const at = (m.index ?? 0) + Math.min(pay.index, group.index);
    out.push({ start: at, end: (m.index ?? 0) + s.trimEnd().length, text: s.trim() });
  }
  return out;
}
