/**
 * Consumer Rights Act 2015 (goods) and the Consumer Contracts Regulations 2013, as pure functions:
 * given when a faulty item was delivered, when the fault was reported, what it cost, what the
 * customer asked for and the remedy a trader proposes, say which statutory right applies, whether
 * the remedy is lawful, and why. Every period is counted in UK calendar days by `statutoryDeadline`
 * (one function, used by every verdict here).
 *
 * The rules taught (UK, consumer buying goods from a trader; sections of the Consumer Rights Act
 * 2015 (CRA) and regulations of the Consumer Contracts (Information, Cancellation and Additional
 * Charges) Regulations 2013 (CCR), as published on legislation.gov.uk):
 * - Goods must be of satisfactory quality, fit for purpose and as described (CRA ss.9–11).
 * - Short-term right to reject (CRA s.20, s.22(3)): until the end of 30 days beginning with the first
 *   day after delivery, a faulty item can be rejected for a FULL refund. The consumer may ask for a
 *   repair or replacement instead, but cannot be made to accept one.
 * - Repair or replacement (CRA s.23): the consumer chooses which; the trader may refuse the chosen
 *   one only if it is impossible or disproportionate compared with the other (s.23(3)–(4)), and has
 *   one go at it.
 * - Price reduction or final right to reject (CRA s.24): after one failed repair or replacement
 *   (s.24(5)) the consumer chooses a full refund or to keep the goods with a price reduction "of an
 *   appropriate amount" (s.24(1)–(2)); a partial refund the customer has not agreed to is neither.
 *   No deduction for use may be made if the consumer EXERCISES the final right to reject (tells the
 *   trader she rejects the goods, s.20(5)–(6)) before the end of six months beginning with the first
 *   day after delivery (s.24(10)–(11); motor vehicles excepted); rejected later, a fair deduction for
 *   use may be made (s.24(8)). That window is judged at the day she rejects, not the day she first
 *   reported the fault, and it ends a day later than the presumption's below.
 * - Six-month presumption (CRA s.19(14)–(15)): a fault that shows within six months beginning with
 *   the day of delivery is taken to have been there on that day, unless the trader shows otherwise
 *   (s.19(15)(a)). It applies to repair or replacement and to the price reduction or final right to
 *   reject (s.19(14) names s.19(3)(b)–(c) and (4)(a)–(b)), not to the short-term right to reject.
 * - Refunds (CRA s.20(15)): without undue delay, and within 14 days beginning with the day the trader
 *   agrees the consumer is entitled to one, by the original means of payment (s.20(16)), without a fee
 *   (s.20(17)).
 * - A voucher or credit note alone is not a remedy the consumer can be made to accept; a goodwill
 *   gesture is a kindness, not a remedy.
 * - Online (distance) purchases also carry a change-of-mind cancellation right (CCR regs 29–31): the
 *   period ends at the end of 14 days after the day the goods came into the consumer's physical
 *   possession (reg 30(3)). The refund is due within 14 days after the day the trader receives the
 *   goods back or, if earlier, the day the consumer supplies evidence of having sent them back
 *   (reg 34(4)–(6)), by the same means of payment (reg 34(7)) and without a fee (reg 34(8)). The trader
 *   may deduct for a loss in value caused by handling the goods more than was needed to establish
 *   their nature, characteristics and functioning, up to the price (reg 34(9)–(10)), but not if it
 *   failed to give the information on the right to cancel (reg 34(11), Sch 2 para (l)). Modelled by
 *   `handledBeyondNecessary` and `cancellationInfoGiven`; no scenario has a change-of-mind return
 *   today (remedies.ts judges faults only), so no attempt reaches this branch.
 */
import { formatPence } from "./money";
import {
  addUkDays,
  addUkMonths,
  endOfUkDay,
  formatUkDate,
  formatUkDay,
  ukDate,
  ukDaysBetween,
  type UkDate,
} from "./scenarios/dates";

export type CraRemedyKind = "refund" | "replacement" | "repair" | "goodwill" | "voucher";

/** The remedies the Consumer Rights Act 2015 gives for faulty goods (ss.19-24): not a goodwill gesture or a voucher. */
export type StatutoryRemedy = "refund" | "replacement" | "repair";
export function isStatutoryRemedy(kind: string): kind is StatutoryRemedy {
  return kind === "refund" || kind === "replacement" || kind === "repair";
}

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
  /** What the customer asked for (their choice, CRA s.23(2)–(3), s.24(5)); undefined: no choice expressed. */
  requestedRemedy?: "refund" | "repair" | "replacement";
  /** A repair or replacement that is impossible or disproportionate (CRA s.23(3)–(4)). */
  disproportionate?: "repair" | "replacement";
  /** When the trader agreed the remedy (refund due dates count from it); default: reportedAt. */
  agreedAt?: Date;
  /**
   * When the customer exercised the final right to reject, by telling the trader she rejects the
   * goods (CRA s.20(5)–(6)): s.24(10) (no deduction for use) is judged on this day. Default: reportedAt.
   */
  rejectedAt?: Date;
  /**
   * Change of mind: the goods came back worth less because the customer handled them beyond what was
   * needed to establish their nature, characteristics and functioning (CCR reg 34(9)). Default false.
   */
  handledBeyondNecessary?: boolean;
  /** Change of mind: the trader gave the information on the right to cancel (CCR reg 34(11)). Default true. */
  cancellationInfoGiven?: boolean;
  /** Change of mind: when the goods (or proof of sending them back) reached the trader, if known. */
  goodsReturnedAt?: Date;
  /** False when the goods are not faulty and the customer simply changed their mind. Default true. */
  faulty?: boolean;
  /** Bought online, by phone or by post (a distance contract). Default true for this shop. */
  distanceSale?: boolean;
}

export interface CraAssessment {
  lawful: boolean;
  right: CraRight;
  /** UK calendar days from the day of delivery to the day of the report (day 0 = delivery day). */
  daysSinceDelivery: number;
  /**
   * Reported within six months of delivery, so the fault is presumed to have been present at delivery
   * for a repair, replacement, price reduction or final rejection (s.19(14)). Within the first 30
   * days this is true by date only: the presumption does not apply to the short-term right to reject.
   */
  faultPresumedAtDelivery: boolean;
  /** The remedies the customer is entitled to insist on under that right. */
  entitledRemedies: CraRemedyKind[];
  /** For refunds: the end of the last UK day by which it must reach the customer, when known. */
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

// ------------------------------------------------------------------------ statutory periods

export type StatutoryPeriod =
  | "short-term right to reject"
  | "change-of-mind cancellation"
  | "six-month presumption"
  | "no deduction for use"
  | "refund after rejection"
  | "refund after cancellation";

export interface Deadline {
  period: StatutoryPeriod;
  /** The last UK calendar day of the period ("YYYY-MM-DD"). */
  lastDay: UkDate;
  /** The last instant of that day (23:59:59.999 UK time): the period ends at the end of the day. */
  endsAt: Date;
  /** The law that sets the period, for explanations. */
  basis: string;
}

const PERIOD_BASIS: Record<StatutoryPeriod, string> = {
  "short-term right to reject":
    "Consumer Rights Act 2015 s.22(3): the end of 30 days beginning with the first day after delivery",
  "change-of-mind cancellation":
    "Consumer Contracts Regulations 2013 reg 30(3): the end of 14 days after the day the goods came into the consumer's physical possession",
  "six-month presumption":
    "Consumer Rights Act 2015 s.19(14)–(15): six months beginning with the day of delivery",
  "no deduction for use":
    "Consumer Rights Act 2015 s.24(10)–(11): no deduction for use if the goods are rejected before the end of six months beginning with the first day after delivery",
  "refund after rejection":
    "Consumer Rights Act 2015 s.20(15): within 14 days beginning with the day the trader agrees the consumer is entitled to a refund",
  "refund after cancellation":
    "Consumer Contracts Regulations 2013 reg 34(4)–(6): within 14 days after the day the trader receives the goods back or evidence of their return",
};

/**
 * The one deadline function every verdict uses. `from` is the event the period counts from: the
 * delivery (rejection, cancellation, presumption), the trader's agreement (refund after rejection)
 * or the goods or proof of return reaching the trader (refund after cancellation).
 *
 * "Six months beginning with" a day ends the day before the same date six months on; when that
 * month has no such date (delivered 31 August), the period runs to the end of that month (28 or 29
 * February), the reading that never shortens the consumer's protection. The presumption's six
 * months begin with the day of delivery (s.19(14)); the no-deduction six months begin with the first
 * day after it (s.24(11)), so they end a day later (delivered 10 January: 9 July and 10 July).
 */
export function statutoryDeadline(period: StatutoryPeriod, from: Date): Deadline {
  const day = ukDate(from);
  let lastDay: UkDate;
  switch (period) {
    case "short-term right to reject":
      lastDay = addUkDays(day, 30); // 30 days beginning with day + 1
      break;
    case "change-of-mind cancellation":
    case "refund after cancellation":
      lastDay = addUkDays(day, 14); // 14 days after the day
      break;
    case "refund after rejection":
      lastDay = addUkDays(day, 13); // 14 days beginning with the day
      break;
    case "six-month presumption":
      lastDay = lastDayOfSixMonthsBeginning(day);
      break;
    case "no deduction for use":
      lastDay = lastDayOfSixMonthsBeginning(addUkDays(day, 1));
      break;
  }
  return { period, lastDay, endsAt: endOfUkDay(lastDay), basis: PERIOD_BASIS[period] };
}

/** The last day of "six months beginning with" `first`: see `statutoryDeadline`. */
function lastDayOfSixMonthsBeginning(first: UkDate): UkDate {
  const sameDate = addUkMonths(first, 6);
  const clamped = Number(sameDate.slice(8)) !== Number(first.slice(8));
  return clamped ? sameDate : addUkDays(sameDate, -1);
}

/** Is `at` on or before the last UK day of the period that counts from `from`? */
export function withinPeriod(period: StatutoryPeriod, from: Date, at: Date): boolean {
  return ukDate(at) <= statutoryDeadline(period, from).lastDay;
}

/** The end of the 14-day change-of-mind cancellation period for an online purchase (CCR reg 30(3)). */
export function cancellationDeadline(deliveredAt: Date): Date {
  return statutoryDeadline("change-of-mind cancellation", deliveredAt).endsAt;
}

// ------------------------------------------------------------------------------ the verdicts

const REFUND_RULE =
  "A refund must be paid without undue delay and within 14 days beginning with the day it is agreed, to the original payment method, without any fee (Consumer Rights Act 2015 s.20(15)–(17)).";

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
  const days = Math.max(0, ukDaysBetween(deliveredAt, reportedAt));
  const presumption = statutoryDeadline("six-month presumption", deliveredAt);
  const withinSixMonths = ukDate(reportedAt) <= presumption.lastDay;
  const amount = remedy.amountPence ?? (remedy.kind === "refund" ? itemPricePence : 0);
  const fullRefund = remedy.kind === "refund" && amount >= itemPricePence;
  const refundDueBy =
    remedy.kind === "refund"
      ? statutoryDeadline("refund after rejection", input.agreedAt ?? reportedAt).endsAt
      : undefined;
  const deliveredText = `Delivered on ${formatUkDate(deliveredAt)}, ${days} day${days === 1 ? "" : "s"} before it was reported`;
  const price = formatPence(itemPricePence);
  const requested = input.requestedRemedy;

  if (!faulty) {
    const cancellation = statutoryDeadline("change-of-mind cancellation", deliveredAt);
    const withinCancellation = (input.distanceSale ?? true) && ukDate(reportedAt) <= cancellation.lastDay;
    if (!withinCancellation) {
      return {
        lawful: true,
        right: "no statutory remedy",
        daysSinceDelivery: days,
        faultPresumedAtDelivery: false,
        entitledRemedies: [],
        explanation: `${deliveredText}. The item is not faulty and the 14-day change-of-mind period under the Consumer Contracts Regulations 2013 ended at the end of ${formatUkDay(cancellation.lastDay)} (reg 30(3)), so any refund or exchange is at the shop's discretion (its returns policy).`,
      };
    }
    // CCR reg 34(9)-(11): a deduction for loss in value from handling beyond what was needed to
    // establish the goods' nature, characteristics and functioning, unless the trader failed to give
    // the cancellation information. Any other shortfall needs the customer's agreement.
    const handlingDeduction =
      remedy.kind === "refund" &&
      amount > 0 &&
      (input.handledBeyondNecessary ?? false) &&
      (input.cancellationInfoGiven ?? true);
    const lawful = fullRefund || agreed || handlingDeduction;
    const due = input.goodsReturnedAt
      ? statutoryDeadline("refund after cancellation", input.goodsReturnedAt)
      : undefined;
    return {
      lawful,
      right: "change-of-mind cancellation",
      daysSinceDelivery: days,
      faultPresumedAtDelivery: false,
      entitledRemedies: ["refund"],
      refundDueBy: remedy.kind === "refund" ? due?.endsAt : undefined,
      explanation: `${deliveredText}. Bought online, so under the Consumer Contracts Regulations 2013 the customer may cancel for any reason until the end of ${formatUkDay(cancellation.lastDay)} (14 days after the day of delivery, reg 30(3)), return the item within a further 14 days (reg 35(4)) and get a refund of the price (${price}) plus standard delivery (reg 34), due within 14 days after the day the goods or proof of sending them back reach us${
        due ? ` (by the end of ${formatUkDay(due.lastDay)})` : ""
      }. ${
        fullRefund || agreed
          ? "This remedy honours that."
          : handlingDeduction
            ? `The refund of ${formatPence(amount)} may be reduced only by the loss in value caused by handling the item more than was needed to see what it is and how it works (reg 34(9)–(10)).`
            : `A voucher or exchange cannot be imposed instead, and the refund may be reduced only by a loss in value caused by handling the item more than was needed to see what it is and how it works (reg 34(9)–(10))${
                input.handledBeyondNecessary
                  ? ", which cannot be deducted here because the cancellation information was not given (reg 34(11))"
                  : ""
              }.`
      }`,
    };
  }

  if (withinPeriod("short-term right to reject", deliveredAt, reportedAt)) {
    const last = statutoryDeadline("short-term right to reject", deliveredAt).lastDay;
    let lawful: boolean;
    let why: string;
    switch (remedy.kind) {
      case "refund":
        lawful = fullRefund || agreed;
        why = fullRefund
          ? `A full refund of ${price} honours the short-term right to reject. ${REFUND_RULE}`
          : `Within 30 days the customer is entitled to a FULL refund (${price}); a partial refund of ${formatPence(amount)} is only acceptable if the customer agrees to it.`;
        break;
      case "replacement":
      case "repair":
        lawful = agreed || requested === remedy.kind;
        why = lawful
          ? `The customer has chosen a ${remedy.kind} instead of rejecting the goods, which they may do (Consumer Rights Act 2015 s.23).`
          : `Within 30 days the customer can reject the goods for a full refund; a ${remedy.kind} is only lawful if the customer chooses it, the shop cannot insist.`;
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
      explanation: `${deliveredText}: the 30-day short-term right to reject runs to the end of ${formatUkDay(last)} (Consumer Rights Act 2015 s.22(3)), so it applies: the item must be of satisfactory quality, fit for purpose and as described, and the customer may reject it for a full refund. ${why}`,
    };
  }

  const presumptionText = withinSixMonths
    ? `Within six months of delivery (to the end of ${formatUkDay(presumption.lastDay)}) the fault is presumed to have been there at delivery, so the shop cannot ask the customer to prove it (Consumer Rights Act 2015 s.19(14)–(15)).`
    : "More than six months after delivery the customer has to show the fault was there at delivery (for example, an inherent defect), but they can still claim for up to six years (five in Scotland).";

  if (!input.previousRepairOrReplacementFailed) {
    let lawful: boolean;
    let why: string;
    switch (remedy.kind) {
      case "repair":
      case "replacement": {
        const other = remedy.kind === "repair" ? "replacement" : "repair";
        // The customer chooses (s.23(3)); the trader may only refuse a choice that is impossible
        // or disproportionate compared with the other remedy (s.23(3)–(4)).
        const choiceRefused = requested === other && input.disproportionate !== other;
        lawful = agreed || !choiceRefused;
        why =
          choiceRefused && !agreed
            ? `The customer asked for a ${other}, and the choice between repair and replacement is theirs: the shop may refuse it only if it is impossible or disproportionate compared with a ${remedy.kind} (Consumer Rights Act 2015 s.23(3)–(4)), and nothing shows that here.`
            : requested === other
              ? `The customer asked for a ${other}, but that is ${agreed ? "not what they have now agreed to" : "disproportionate or impossible here"}, so a ${remedy.kind} is lawful (Consumer Rights Act 2015 s.23(3)–(4)).`
              : `The shop gets one chance to ${remedy.kind === "repair" ? "repair" : "replace"} the item, at no cost to the customer, within a reasonable time and without significant inconvenience (Consumer Rights Act 2015 s.23(2)).`;
        break;
      }
      case "refund":
        lawful = fullRefund || agreed;
        why = fullRefund
          ? `Offering a full refund of ${price} is more than the law requires at this stage, so it is lawful. ${REFUND_RULE}`
          : `A partial refund (price reduction) normally only applies after a repair or replacement has failed (Consumer Rights Act 2015 s.24(5)); it is lawful now only if the customer agrees to it instead.`;
        break;
      case "voucher":
        lawful = agreed;
        why =
          "A voucher alone is not a remedy the customer can be made to accept: the shop must offer a repair or replacement.";
        break;
      case "goodwill":
        lawful = false;
        why =
          "A goodwill gesture is not a remedy for faulty goods: the shop must offer a repair or replacement.";
        break;
    }
    return {
      lawful,
      right: "repair or replace",
      daysSinceDelivery: days,
      faultPresumedAtDelivery: withinSixMonths,
      entitledRemedies: ["repair", "replacement"],
      refundDueBy,
      explanation: `${deliveredText}, after the 30-day short-term right to reject ended at the end of ${formatUkDay(statutoryDeadline("short-term right to reject", deliveredAt).lastDay)} (s.22(3)). Under the Consumer Rights Act 2015 the customer is entitled to a repair or replacement, whichever they choose. ${presumptionText} ${why}`,
    };
  }

  // s.24(10)-(11): no deduction for use if she rejected within six months beginning with the day
  // after delivery, judged on the day she rejected (s.20(5)-(6)), not the day she first reported it.
  const window = statutoryDeadline("no deduction for use", deliveredAt);
  const rejectedAt = input.rejectedAt ?? reportedAt;
  const noDeduction = ukDate(rejectedAt) <= window.lastDay;
  const noDeductionText = noDeduction
    ? `the customer rejected the goods on ${formatUkDate(rejectedAt)}, within the six months that began the day after delivery and run to the end of ${formatUkDay(window.lastDay)}, so nothing may be deducted for use (s.24(10)–(11))`
    : `the customer rejected the goods on ${formatUkDate(rejectedAt)}, after the six months that began the day after delivery ended on ${formatUkDay(window.lastDay)}`;
  let lawful: boolean;
  let why: string;
  switch (remedy.kind) {
    case "refund":
      if (fullRefund) {
        lawful = true;
        why = `A full refund of ${price} honours the final right to reject${noDeduction ? `: ${noDeductionText}` : ""}. ${REFUND_RULE}`;
      } else if (agreed) {
        lawful = true;
        why = `A partial refund of ${formatPence(amount)} is a price reduction the customer has agreed to while keeping the item (Consumer Rights Act 2015 s.24(1)(a)). ${REFUND_RULE}`;
      } else if (!noDeduction) {
        lawful = true;
        why = `As ${noDeductionText}, the refund under the final right to reject may be reduced by a fair deduction for the use she has had (Consumer Rights Act 2015 s.24(8), (10)–(11)), so ${formatPence(amount)} can be lawful if the deduction is fair.`;
      } else {
        lawful = false;
        why = `A partial refund of ${formatPence(amount)} that the customer has not agreed to is neither remedy: the customer chooses a full refund of ${price} or to keep the item with a price reduction they agree is appropriate (s.24(1)–(2)); ${noDeductionText}.`;
      }
      break;
    case "repair":
    case "replacement":
      lawful = agreed || requested === remedy.kind;
      why = lawful
        ? `The customer has asked for another ${remedy.kind}, which they may do instead of a refund.`
        : `The shop has had its one chance to repair or replace; another ${remedy.kind} is only lawful if the customer asks for it (Consumer Rights Act 2015 s.24(5)).`;
      break;
    case "voucher":
      lawful = agreed;
      why =
        "A voucher alone is not a remedy the customer can be made to accept: they are entitled to a full refund or a price reduction.";
      break;
    case "goodwill":
      lawful = false;
      why =
        "A goodwill gesture is not a remedy: the customer is entitled to a full refund or a price reduction.";
      break;
  }
  return {
    lawful,
    right: "final right to reject / price reduction",
    daysSinceDelivery: days,
    faultPresumedAtDelivery: withinSixMonths,
    entitledRemedies: ["refund"],
    refundDueBy,
    explanation: `${deliveredText}, and the shop's repair or replacement has already failed, so the Consumer Rights Act 2015 final right to reject (a full refund) or a price reduction applies, whichever the customer chooses (s.24). ${presumptionText} ${why}`,
  };
}
