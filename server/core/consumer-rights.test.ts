import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addMonths,
  assessRemedy,
  cancellationDeadline,
  statutoryDeadline,
  withinPeriod,
} from "./consumer-rights";

const DAY = 86_400_000;
const delivered = new Date("2026-10-01T10:00:00Z");
const after = (days: number) => new Date(delivered.getTime() + days * DAY);

describe("assessRemedy: short-term right to reject (within 30 days)", () => {
  it("a full refund 12 days after delivery is lawful and due within 14 days", () => {
    const a = assessRemedy({
      deliveredAt: delivered,
      reportedAt: after(12),
      itemPricePence: 4499,
      remedy: { kind: "refund" },
    });
    expect(a.right).toBe("short-term right to reject");
    expect(a.lawful).toBe(true);
    expect(a.daysSinceDelivery).toBe(12);
    expect(a.faultPresumedAtDelivery).toBe(true);
    // CRA s.20(15): 14 days *beginning with* the day the refund is agreed (13 October), so the last
    // day is 26 October, to its end (UK time; GMT by then).
    expect(a.refundDueBy?.toISOString()).toBe("2026-10-26T23:59:59.999Z");
    expect(a.explanation).toContain("full refund of £44.99");
    expect(a.explanation).toContain("1 October 2026");
    expect(a.explanation).toContain("original payment method");
  });

  it("day 30 is still inside the short-term right", () => {
    expect(
      assessRemedy({
        deliveredAt: delivered,
        reportedAt: after(30),
        itemPricePence: 100,
        remedy: { kind: "refund" },
      }).right,
    ).toBe("short-term right to reject");
    expect(
      assessRemedy({
        deliveredAt: delivered,
        reportedAt: after(31),
        itemPricePence: 100,
        remedy: { kind: "refund" },
      }).right,
    ).toBe("repair or replace");
  });

  it("a voucher alone is not lawful unless the customer agrees", () => {
    const base = { deliveredAt: delivered, reportedAt: after(12), itemPricePence: 4499 } as const;
    const v = assessRemedy({ ...base, remedy: { kind: "voucher", amountPence: 5000 } });
    expect(v.lawful).toBe(false);
    expect(v.explanation).toMatch(/voucher alone is not a remedy/i);
    expect(
      assessRemedy({ ...base, remedy: { kind: "voucher", amountPence: 5000 }, customerAgreed: true }).lawful,
    ).toBe(true);
  });

  it("a partial refund, an imposed replacement or a goodwill gesture is not lawful", () => {
    const base = { deliveredAt: delivered, reportedAt: after(5), itemPricePence: 4499 } as const;
    expect(assessRemedy({ ...base, remedy: { kind: "refund", amountPence: 2000 } }).lawful).toBe(false);
    expect(assessRemedy({ ...base, remedy: { kind: "replacement" } }).lawful).toBe(false);
    expect(assessRemedy({ ...base, remedy: { kind: "replacement" }, customerAgreed: true }).lawful).toBe(
      true,
    );
    expect(
      assessRemedy({ ...base, remedy: { kind: "goodwill", amountPence: 1000 }, customerAgreed: true }).lawful,
    ).toBe(false);
  });
});

describe("assessRemedy: after 30 days", () => {
  it("30 days to 6 months: one repair or replacement is lawful; fault presumed", () => {
    const a = assessRemedy({
      deliveredAt: delivered,
      reportedAt: after(60),
      itemPricePence: 12999,
      remedy: { kind: "repair" },
    });
    expect(a.right).toBe("repair or replace");
    expect(a.lawful).toBe(true);
    expect(a.faultPresumedAtDelivery).toBe(true);
    expect(a.entitledRemedies).toEqual(["repair", "replacement"]);
    expect(
      assessRemedy({
        deliveredAt: delivered,
        reportedAt: after(60),
        itemPricePence: 12999,
        remedy: { kind: "voucher" },
      }).lawful,
    ).toBe(false);
  });

  it("after a failed repair: final right to reject or price reduction", () => {
    const base = {
      deliveredAt: delivered,
      reportedAt: after(90),
      itemPricePence: 12999,
      previousRepairOrReplacementFailed: true,
    } as const;
    const full = assessRemedy({ ...base, remedy: { kind: "refund" } });
    expect(full.right).toBe("final right to reject / price reduction");
    expect(full.lawful).toBe(true);
    // CRA s.24(1)-(2), s.24(10): the customer chooses a full refund or an agreed price reduction; a
    // partial refund imposed within six months of delivery is neither.
    expect(assessRemedy({ ...base, remedy: { kind: "refund", amountPence: 4000 } }).lawful).toBe(false);
    expect(
      assessRemedy({ ...base, remedy: { kind: "refund", amountPence: 4000 }, customerAgreed: true }).lawful,
    ).toBe(true);
    expect(assessRemedy({ ...base, remedy: { kind: "repair" } }).lawful).toBe(false);
  });

  it("after six months the fault is no longer presumed", () => {
    const a = assessRemedy({
      deliveredAt: delivered,
      reportedAt: after(200),
      itemPricePence: 5499,
      remedy: { kind: "replacement" },
    });
    expect(a.faultPresumedAtDelivery).toBe(false);
    expect(a.explanation).toMatch(/six years/);
  });
});

describe("change of mind (Consumer Contracts Regulations 2013)", () => {
  it("within 14 days of delivery an online purchase can be cancelled for a refund", () => {
    const a = assessRemedy({
      deliveredAt: delivered,
      reportedAt: after(10),
      itemPricePence: 2499,
      remedy: { kind: "voucher", amountPence: 2499 },
      faulty: false,
    });
    expect(a.right).toBe("change-of-mind cancellation");
    expect(a.lawful).toBe(false);
    expect(a.explanation).toContain("Consumer Contracts Regulations 2013");
  });

  it("a deduction only for handling beyond what was needed, and only if the cancellation information was given (CCR reg 34(9)-(11))", () => {
    const base = {
      deliveredAt: delivered,
      reportedAt: after(10),
      itemPricePence: 2499,
      remedy: { kind: "refund", amountPence: 1999 },
      faulty: false,
    } as const;
    const plain = assessRemedy(base);
    expect(plain.lawful).toBe(false);
    expect(plain.explanation).toMatch(
      /more than was needed to see what it is and how it works \(reg 34\(9\)–\(10\)\)/,
    );
    expect(plain.explanation).not.toMatch(/partial refund[^.]*cannot be imposed/);
    const handled = assessRemedy({ ...base, handledBeyondNecessary: true });
    expect(handled.lawful).toBe(true);
    const noInfo = assessRemedy({ ...base, handledBeyondNecessary: true, cancellationInfoGiven: false });
    expect(noInfo.lawful).toBe(false);
    expect(noInfo.explanation).toMatch(/reg 34\(11\)/);
    // Handling never makes a voucher lawful.
    expect(
      assessRemedy({ ...base, remedy: { kind: "voucher", amountPence: 2499 }, handledBeyondNecessary: true })
        .lawful,
    ).toBe(false);
  });

  it("after 14 days there is no statutory right for a non-faulty item", () => {
    const a = assessRemedy({
      deliveredAt: delivered,
      reportedAt: after(20),
      itemPricePence: 2499,
      remedy: { kind: "refund" },
      faulty: false,
    });
    expect(a.right).toBe("no statutory remedy");
  });

  it("cancellation deadline and calendar months", () => {
    // CCR reg 30(3): the period ends at the END of the 14th day after delivery (15 October, BST).
    expect(cancellationDeadline(delivered).toISOString()).toBe("2026-10-15T22:59:59.999Z");
    expect(addMonths(new Date("2026-08-31T00:00:00Z"), 6).toISOString()).toBe("2027-02-28T00:00:00.000Z");
  });
});

// Boundary cases: periods are UK calendar days ending at the end of a UK day, not 24-hour blocks.
const uk = (iso: string) => new Date(iso); // ISO instants written with their UK offset
const refundOf = (deliveredAt: Date, reportedAt: Date) =>
  assessRemedy({ deliveredAt, reportedAt, itemPricePence: 4999, remedy: { kind: "refund" } });

describe("UK calendar-day periods (CRA s.22(3), s.19(15); CCR reg 30(3))", () => {
  it("day 31 after a late-evening delivery is outside the short-term right, even under 31 × 24 hours", () => {
    const delivered = uk("2026-10-01T21:40:00+01:00"); // 21:40 BST
    expect(refundOf(delivered, uk("2026-10-31T23:30:00+00:00")).right).toBe("short-term right to reject"); // day 30, late
    const day31 = refundOf(delivered, uk("2026-11-01T08:00:00+00:00")); // 30 days 11h20m later
    expect(day31.right).toBe("repair or replace");
    expect(day31.daysSinceDelivery).toBe(31);
    expect(day31.explanation).toContain("31 October 2026");
  });

  it("across the spring clock change the period ends at midnight BST, not midnight UTC", () => {
    const delivered = uk("2027-03-10T22:30:00+00:00");
    const d = statutoryDeadline("short-term right to reject", delivered);
    expect(d.lastDay).toBe("2027-04-09");
    expect(d.endsAt.toISOString()).toBe("2027-04-09T22:59:59.999Z");
    expect(refundOf(delivered, uk("2027-04-09T23:30:00+01:00")).right).toBe("short-term right to reject");
    // 00:30 BST on 10 April is still 9 April in UTC: a UTC calendar would get this wrong.
    expect(refundOf(delivered, uk("2027-04-10T00:30:00+01:00")).right).toBe("repair or replace");
  });

  it("across the autumn clock change the cancellation period ends at the end of the UK day, and the deadline agrees with the verdict", () => {
    const delivered = uk("2026-10-20T22:00:00+01:00");
    expect(cancellationDeadline(delivered).toISOString()).toBe("2026-11-03T23:59:59.999Z");
    const cancel = (at: string) =>
      assessRemedy({
        deliveredAt: delivered,
        reportedAt: uk(at),
        itemPricePence: 2499,
        remedy: { kind: "refund" },
        faulty: false,
      }).right;
    expect(cancel("2026-11-03T23:59:00+00:00")).toBe("change-of-mind cancellation");
    expect(cancel("2026-11-04T00:01:00+00:00")).toBe("no statutory remedy");
  });

  it("the cancellation verdict and cancellationDeadline never disagree", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2028, 0, 1) }),
        fc.integer({ min: 0, max: 20 * 24 * 60 }),
        (deliveredMs, minutesLater) => {
          const deliveredAt = new Date(deliveredMs);
          const reportedAt = new Date(deliveredMs + minutesLater * 60_000);
          const a = assessRemedy({
            deliveredAt,
            reportedAt,
            itemPricePence: 1000,
            remedy: { kind: "refund" },
            faulty: false,
          });
          return (
            (a.right === "change-of-mind cancellation") === reportedAt <= cancellationDeadline(deliveredAt)
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("the six-month presumption runs six months beginning with the day of delivery, no day longer", () => {
    const delivered = uk("2026-10-01T19:00:00+01:00");
    expect(statutoryDeadline("six-month presumption", delivered).lastDay).toBe("2027-03-31");
    const at = (iso: string) =>
      assessRemedy({
        deliveredAt: delivered,
        reportedAt: uk(iso),
        itemPricePence: 4999,
        remedy: { kind: "repair" },
      }).faultPresumedAtDelivery;
    expect(at("2027-03-31T23:00:00+01:00")).toBe(true);
    expect(at("2027-04-01T09:00:00+01:00")).toBe(false);
    // No corresponding date: the period runs to the end of that month.
    expect(statutoryDeadline("six-month presumption", uk("2026-08-31T12:00:00+01:00")).lastDay).toBe(
      "2027-02-28",
    );
    expect(statutoryDeadline("six-month presumption", uk("2027-08-31T12:00:00+01:00")).lastDay).toBe(
      "2028-02-29",
    );
  });

  it("no deduction for use: six months beginning the day AFTER delivery, judged on the day she rejects (CRA s.24(10)-(11))", () => {
    const delivered = uk("2027-01-10T15:00:00+00:00");
    // s.19(14) begins with the day of delivery (to 9 July); s.24(11) with the day after (to 10 July).
    expect(statutoryDeadline("six-month presumption", delivered).lastDay).toBe("2027-07-09");
    expect(statutoryDeadline("no deduction for use", delivered).lastDay).toBe("2027-07-10");
    // Delivered on the last day of February: the period begins 1 March and ends 31 August, not 28 August.
    expect(statutoryDeadline("no deduction for use", uk("2027-02-28T12:00:00+00:00")).lastDay).toBe(
      "2027-08-31",
    );
    // No corresponding date: to the end of February.
    expect(statutoryDeadline("no deduction for use", uk("2026-08-30T12:00:00+01:00")).lastDay).toBe(
      "2027-02-28",
    );
    const partial = (reportedAt: string, rejectedAt?: string) =>
      assessRemedy({
        deliveredAt: delivered,
        reportedAt: uk(reportedAt),
        rejectedAt: rejectedAt ? uk(rejectedAt) : undefined,
        itemPricePence: 12999,
        previousRepairOrReplacementFailed: true,
        remedy: { kind: "refund", amountPence: 9000 },
      });
    // Rejected on 10 July, the presumption's day after: still no deduction (the old code allowed one).
    const lastDay = partial("2027-07-10T21:00:00+01:00");
    expect(lastDay.lawful).toBe(false);
    expect(lastDay.explanation).toMatch(/nothing may be deducted for use \(s\.24\(10\)–\(11\)\)/);
    expect(lastDay.explanation).toContain("10 July 2027");
    expect(partial("2027-07-11T08:00:00+01:00").lawful).toBe(true);
    // Reported inside the window, rejected after it (when the repair failed): a fair deduction may be made.
    const late = partial("2027-06-01T10:00:00+01:00", "2027-07-20T10:00:00+01:00");
    expect(late.lawful).toBe(true);
    expect(late.explanation).toMatch(/rejected the goods on 20 July 2027, after the six months/);
    // Rejected inside it, whenever the refund is finally paid: no deduction.
    expect(partial("2027-07-01T10:00:00+01:00", "2027-07-02T10:00:00+01:00").lawful).toBe(false);
  });

  it("refund due dates: 14 days beginning with the agreement (CRA s.20(15)); 14 days after the goods come back (CCR reg 34)", () => {
    const agreed = uk("2027-03-20T21:00:00+00:00");
    expect(statutoryDeadline("refund after rejection", agreed).lastDay).toBe("2027-04-02");
    expect(statutoryDeadline("refund after rejection", agreed).endsAt.toISOString()).toBe(
      "2027-04-02T22:59:59.999Z",
    );
    const returned = uk("2027-03-27T18:00:00+00:00");
    expect(statutoryDeadline("refund after cancellation", returned).lastDay).toBe("2027-04-10");
    const a = assessRemedy({
      deliveredAt: uk("2027-03-15T10:00:00+00:00"),
      reportedAt: uk("2027-03-20T10:00:00+00:00"),
      goodsReturnedAt: returned,
      itemPricePence: 2499,
      remedy: { kind: "refund" },
      faulty: false,
    });
    expect(a.refundDueBy?.toISOString()).toBe("2027-04-10T22:59:59.999Z");
    expect(a.explanation).toContain("10 April 2027");
    // Without the return date the due date is not known yet: it counts from the goods coming back.
    expect(
      assessRemedy({
        deliveredAt: uk("2027-03-15T10:00:00Z"),
        reportedAt: uk("2027-03-20T10:00:00Z"),
        itemPricePence: 2499,
        remedy: { kind: "refund" },
        faulty: false,
      }).refundDueBy,
    ).toBeUndefined();
    expect(withinPeriod("refund after cancellation", returned, uk("2027-04-10T23:00:00+01:00"))).toBe(true);
  });
});

describe("tier-one and final-right remedies (CRA ss.23-24)", () => {
  const base = { deliveredAt: delivered, reportedAt: after(60), itemPricePence: 4999 } as const;

  it("between 30 days and six months the customer chooses repair or replacement", () => {
    expect(
      assessRemedy({ ...base, requestedRemedy: "replacement", remedy: { kind: "replacement" } }).lawful,
    ).toBe(true);
    const imposed = assessRemedy({ ...base, requestedRemedy: "replacement", remedy: { kind: "repair" } });
    expect(imposed.lawful).toBe(false);
    expect(imposed.explanation).toMatch(/choice between repair and replacement is theirs/);
    // Disproportion (or impossibility) of the chosen remedy is the only exception.
    expect(
      assessRemedy({
        ...base,
        requestedRemedy: "replacement",
        disproportionate: "replacement",
        remedy: { kind: "repair" },
      }).lawful,
    ).toBe(true);
    expect(
      assessRemedy({
        ...base,
        requestedRemedy: "replacement",
        remedy: { kind: "repair" },
        customerAgreed: true,
      }).lawful,
    ).toBe(true);
    // Within 30 days a repair the customer asked for is lawful too.
    expect(
      assessRemedy({ ...base, reportedAt: after(5), requestedRemedy: "repair", remedy: { kind: "repair" } })
        .lawful,
    ).toBe(true);
  });

  it("after a failed repair a £10 partial refund on £49.99 the customer never agreed to is unlawful", () => {
    const failed = { ...base, previousRepairOrReplacementFailed: true } as const;
    const partial = assessRemedy({ ...failed, remedy: { kind: "refund", amountPence: 1000 } });
    expect(partial.right).toBe("final right to reject / price reduction");
    expect(partial.lawful).toBe(false);
    expect(partial.explanation).toMatch(/full refund of £49\.99/);
    expect(assessRemedy({ ...failed, remedy: { kind: "refund" } }).lawful).toBe(true);
    expect(
      assessRemedy({ ...failed, remedy: { kind: "refund", amountPence: 1000 }, customerAgreed: true }).lawful,
    ).toBe(true);
    // After six months a fair deduction for use may be made (s.24(8)-(10)).
    expect(
      assessRemedy({ ...failed, reportedAt: after(200), remedy: { kind: "refund", amountPence: 3500 } })
        .lawful,
    ).toBe(true);
    // Another repair only if the customer asks for one.
    expect(assessRemedy({ ...failed, remedy: { kind: "repair" } }).lawful).toBe(false);
    expect(assessRemedy({ ...failed, requestedRemedy: "repair", remedy: { kind: "repair" } }).lawful).toBe(
      true,
    );
  });
});
