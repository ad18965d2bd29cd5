/**
 * Consumer Rights Act 2015 (goods) and the Consumer Contracts Regulations 2013, as a pure function:
 * given when a faulty item was delivered, when the fault was reported, what it cost and the remedy a
 * trader proposes, say which statutory right applies, whether the remedy is lawful, and why.
 *
 * The rules taught (UK, consumer buying goods from a trader):
 * - Goods must be of satisfactory quality, fit for purpose and as described.
 * - Short-term right to reject: within 30 days of delivery a faulty item can be rejected for a FULL
 *   refund. The consumer may instead ask for a repair or replacement, but cannot be made to accept one.
 * - From 30 days to 6 months: the trader gets one chance to repair or replace. If that fails (or is
 *   impossible), the final right to reject (refund) or a price reduction applies.
 * - Within 6 months of delivery a fault is presumed to have been there at delivery; after that the
 *   consumer has to show it was (claims can be made for up to 6 years; 5 in Scotland).
 * - Refunds are due within 14 days of the trader agreeing the consumer is entitled to one, to the
 *   original payment method, without a fee. Within 6 months there is no deduction for use.
 * - A voucher or credit note alone is not a remedy the consumer can be made to accept; a goodwill
 *   gesture is a kindness, not a remedy.
 * - Online (distance) purchases also carry a 14-day change-of-mind cancellation right, from the day
 *   after delivery, under the Consumer Contracts Regulations 2013 — this needs no fault at all.
 */
import { DAY_MS, formatPounds, formatUkDate } from "./scenarios/dates";

export type CraRemedyKind = "refund" | "replacement" | "repair" | "goodwill" | "voucher";

export type CraRight =
  | "short-term right to reject"
  | "repair or replace"
  | "final right to reject / price reduction"
  | "change-of-mind cancellation"
  | "no statutory remedy";

export interface CraInput {
  deliveredAt: Date;
  /** When the customer told the trader about the fault (or asked to cancel, for change of mind). */
  reportedAt: Date;
  /** What the customer paid for the item, in pence. */
  itemPricePence: number;
  remedy: { kind: CraRemedyKind; amountPence?: number };
  /** Has the trader already had its one repair or replacement, and it failed? */
  previousRepairOrReplacementFailed?: boolean;
  /** Has the customer agreed to this remedy instead of the one they are entitled to? */
  customerAgreed?: boolean;
  /** False when the goods are not faulty and the customer simply changed their mind. Default true. */
  faulty?: boolean;
  /** Bought online, by phone or by post (a distance contract). Default true for this shop. */
  distanceSale?: boolean;
}

export interface CraAssessment {
  lawful: boolean;
  right: CraRight;
  /** Whole days from delivery to the report. */
  daysSinceDelivery: number;
  /** Within six months of delivery a fault is presumed to have been present at delivery. */
  faultPresumedAtDelivery: boolean;
  /** The remedies the customer is entitled to insist on under that right. */
  entitledRemedies: CraRemedyKind[];
  /** For refunds: the latest date it should reach the customer (14 days from agreeing). */
  refundDueBy?: Date;
  explanation: string;
}

/** Adds calendar months in UTC (31 January + 1 month = 28/29 February). */
export function addMonths(d: Date, months: number): Date {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const targetMonthDays = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const day = Math.min(d.getUTCDate(), targetMonthDays);
  return new Date(
    Date.UTC(y, m, day, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()),
  );
}

const REFUND_RULE =
  "A refund must be paid within 14 days of agreeing it, to the original payment method, without any fee.";

/**
 * Works out the customer's statutory right and whether the proposed remedy honours it.
 * "Lawful" means the remedy meets the customer's rights without their having to accept less:
 * a remedy the customer has freely agreed to (customerAgreed) is lawful even if it is not the one
 * they could insist on, except a goodwill gesture, which is never a remedy for faulty goods.
 */
export function assessRemedy(input: CraInput): CraAssessment {
  const { deliveredAt, reportedAt, itemPricePence, remedy } = input;
  const faulty = input.faulty ?? true;
  const agreed = input.customerAgreed ?? false;
  const days = Math.max(0, Math.floor((reportedAt.getTime() - deliveredAt.getTime()) / DAY_MS));
  const sixMonths = addMonths(deliveredAt, 6);
  const withinSixMonths = reportedAt.getTime() <= sixMonths.getTime();
  const amount = remedy.amountPence ?? (remedy.kind === "refund" ? itemPricePence : 0);
  const fullRefund = remedy.kind === "refund" && amount >= itemPricePence;
  const refundDueBy = remedy.kind === "refund" ? new Date(reportedAt.getTime() + 14 * DAY_MS) : undefined;
  const deliveredText = `Delivered on ${formatUkDate(deliveredAt)}, ${days} day${days === 1 ? "" : "s"} before it was reported`;
  const price = formatPounds(itemPricePence);

  if (!faulty) {
    const withinCancellation = (input.distanceSale ?? true) && days <= 14;
    if (!withinCancellation) {
      return {
        lawful: true,
        right: "no statutory remedy",
        daysSinceDelivery: days,
        faultPresumedAtDelivery: false,
        entitledRemedies: [],
        explanation: `${deliveredText}. The item is not faulty and the 14-day change-of-mind period under the Consumer Contracts Regulations 2013 has passed, so any refund or exchange is at the shop's discretion (its returns policy).`,
      };
    }
    const lawful = fullRefund || agreed;
    return {
      lawful,
      right: "change-of-mind cancellation",
      daysSinceDelivery: days,
      faultPresumedAtDelivery: false,
      entitledRemedies: ["refund"],
      refundDueBy,
      explanation: `${deliveredText}. Bought online, so under the Consumer Contracts Regulations 2013 the customer may cancel within 14 days of delivery for any reason, return the item within a further 14 days and get a refund of the price (${price}) plus standard delivery. ${
        lawful ? "This remedy honours that." : "A voucher, partial refund or exchange cannot be imposed instead."
      }`,
    };
  }

  if (days <= 30) {
    let lawful: boolean;
    let why: string;
    switch (remedy.kind) {
      case "refund":
        lawful = fullRefund || agreed;
        why = fullRefund
          ? `A full refund of ${price} honours the short-term right to reject. ${REFUND_RULE}`
          : `Within 30 days the customer is entitled to a FULL refund (${price}); a partial refund of ${formatPounds(amount)} is only acceptable if the customer agrees to it.`;
        break;
      case "replacement":
      case "repair":
        lawful = agreed;
        why = agreed
          ? `The customer has chosen a ${remedy.kind} instead of rejecting the goods, which they may do.`
          : `Within 30 days the customer can reject the goods for a full refund; a ${remedy.kind} is only lawful if the customer chooses it — the shop cannot insist.`;
        break;
      case "voucher":
        lawful = agreed;
        why = agreed
          ? "The customer has freely chosen a voucher instead of a refund."
          : `A voucher alone is not a remedy the customer can be made to accept: within 30 days they are entitled to a full refund of ${price} to their original payment method.`;
        break;
      case "goodwill":
        lawful = false;
        why = `A goodwill gesture is a kindness on top of a remedy, not a remedy: the customer is still entitled to reject the faulty item for a full refund of ${price}.`;
        break;
    }
    return {
      lawful,
      right: "short-term right to reject",
      daysSinceDelivery: days,
      faultPresumedAtDelivery: true,
      entitledRemedies: ["refund", "replacement", "repair"],
      refundDueBy,
      explanation: `${deliveredText} (within 30 days), so the Consumer Rights Act 2015 short-term right to reject applies: the item must be of satisfactory quality, fit for purpose and as described, and the customer may reject it for a full refund. ${why}`,
    };
  }

  const presumption = withinSixMonths
    ? "Within six months of delivery the fault is presumed to have been there at delivery, so the shop cannot ask the customer to prove it."
    : "More than six months after delivery the customer has to show the fault was there at delivery (for example, an inherent defect), but they can still claim for up to six years (five in Scotland).";

  if (!input.previousRepairOrReplacementFailed) {
    let lawful: boolean;
    let why: string;
    switch (remedy.kind) {
      case "repair":
      case "replacement":
        lawful = true;
        why = `The shop gets one chance to ${remedy.kind === "repair" ? "repair" : "replace"} the item, at no cost to the customer and within a reasonable time.`;
        break;
      case "refund":
        lawful = fullRefund || agreed;
        why = fullRefund
          ? `Offering a full refund of ${price} is more than the law requires at this stage, so it is lawful. ${REFUND_RULE}`
          : `A partial refund (price reduction) normally only applies after a repair or replacement has failed; it is lawful now only if the customer agrees to it instead.`;
        break;
      case "voucher":
        lawful = agreed;
        why = "A voucher alone is not a remedy the customer can be made to accept: the shop must offer a repair or replacement.";
        break;
      case "goodwill":
        lawful = false;
        why = "A goodwill gesture is not a remedy for faulty goods: the shop must offer a repair or replacement.";
        break;
    }
    return {
      lawful,
      right: "repair or replace",
      daysSinceDelivery: days,
      faultPresumedAtDelivery: withinSixMonths,
      entitledRemedies: ["repair", "replacement"],
      refundDueBy,
      explanation: `${deliveredText} (after the 30-day short-term right to reject). Under the Consumer Rights Act 2015 the customer is entitled to a repair or replacement. ${presumption} ${why}`,
    };
  }

  let lawful: boolean;
  let why: string;
  switch (remedy.kind) {
    case "refund":
      lawful = true;
      why = fullRefund
        ? `A full refund of ${price} honours the final right to reject${withinSixMonths ? " (no deduction for use is allowed within six months)" : ""}. ${REFUND_RULE}`
        : `A partial refund of ${formatPounds(amount)} is a price reduction, which the customer may choose if they keep the item. ${REFUND_RULE}`;
      break;
    case "repair":
    case "replacement":
      lawful = agreed;
      why = agreed
        ? `The customer has agreed to another ${remedy.kind}.`
        : `The shop has had its one chance to repair or replace; another ${remedy.kind} is only lawful if the customer agrees to it.`;
      break;
    case "voucher":
      lawful = agreed;
      why = "A voucher alone is not a remedy the customer can be made to accept: they are entitled to a refund or a price reduction.";
      break;
    case "goodwill":
      lawful = false;
      why = "A goodwill gesture is not a remedy: the customer is entitled to a refund or a price reduction.";
      break;
  }
  return {
    lawful,
    right: "final right to reject / price reduction",
    daysSinceDelivery: days,
    faultPresumedAtDelivery: withinSixMonths,
    entitledRemedies: ["refund"],
    refundDueBy,
    explanation: `${deliveredText}, and the shop's repair or replacement has already failed, so the Consumer Rights Act 2015 final right to reject (a refund) or a price reduction applies. ${presumption} ${why}`,
  };
}

/** The last day of the 14-day change-of-mind cancellation period for an online purchase. */
export function cancellationDeadline(deliveredAt: Date): Date {
  return new Date(deliveredAt.getTime() + 14 * DAY_MS);
}
